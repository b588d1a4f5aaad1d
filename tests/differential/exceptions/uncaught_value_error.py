def parse(s):
    return int(s)
print("parsing")
print(parse("12"))
print(parse("twelve"))
print("not reached")
