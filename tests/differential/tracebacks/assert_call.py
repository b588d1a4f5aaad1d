# A failed assert whose test is a call is attributed to the whole statement.
def check(v):
    assert isinstance(v, int), "not an int"
    return v

print(check(1))
check("1")
