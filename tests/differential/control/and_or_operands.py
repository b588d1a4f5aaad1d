print(0 and 1, 1 and 0, 2 and 3, [] and [1], [1] and [], "" and "x", "x" and "")
print(0 or 1, 1 or 0, 0 or "", "" or 0, None or [], [] or None, 0.0 or "z")
print(1 and 2 and 3, 1 and 0 and 3, 0 or 0 or 5, 0 or None or "")
print(not 0 and 5, not (0 and 5), (0 or 5) and "t")
def t(v):
    print("eval", v)
    return v
print("result", t(0) and t(1))
print("result", t(1) or t(0))
print("result", t(0) or t(2) and t(3))
print("result", (t(0) or t(2)) and t(0))
values = [0, 1, "", "a", None, [0]]
print([v or "empty" for v in values])
print([v and "full" for v in values])
