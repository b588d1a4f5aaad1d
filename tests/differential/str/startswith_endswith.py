s = "hello.world.py"
print(s.startswith("hello"), s.startswith("world"), s.startswith(""), s.startswith("world", 6), s.startswith("hello", 0, 3))
print(s.endswith(".py"), s.endswith(".txt"), s.endswith(("txt", "py")), s.startswith(("x", "he")), s.endswith("world", 0, 11))
print("".startswith(""), "".endswith("a"))
try:
    s.startswith(["h"])
except TypeError as e:
    print("TypeError:", e)
