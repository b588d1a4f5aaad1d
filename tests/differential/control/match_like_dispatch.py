def op(name, a, b):
    if name == "add":
        return a + b
    elif name == "sub":
        return a - b
    elif name in ("mul", "times"):
        return a * b
    elif name == "div" and b != 0:
        return a / b
    elif name == "div":
        return "div by zero"
    return f"unknown op {name!r}"
for name in ["add", "sub", "mul", "times", "div", "pow"]:
    print(name, op(name, 12, 4), op(name, 3, 0))
table = {"a": lambda: "alpha", "b": lambda: "beta"}
for key in "abc":
    print(key, table.get(key, lambda: "default")())
