def check(n):
    assert n > 0, f"n must be positive, got {n}"
    return n * 2
for n in [3, -1, 0, 7]:
    try:
        print("ok", check(n))
    except AssertionError as e:
        print("AssertionError:", e, e.args)
try:
    assert False
except AssertionError as e:
    print("bare:", repr(e), e.args, str(e) == "")
try:
    assert 1 == 2, ("tuple", "msg")
except AssertionError as e:
    print(e.args, e)
assert True, "never"
assert [1], "never"
print("after asserts")
