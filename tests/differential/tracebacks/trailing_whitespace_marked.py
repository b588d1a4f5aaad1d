# A line with trailing blanks after the failing part still gets markers
# (CPython compares against the line with its trailing blanks).
def fail():
    raise ValueError("trailing")   

fail()
