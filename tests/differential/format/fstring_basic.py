name, n, x = "Ada", 42, 3.14159
print(f"hello {name}", f"{n}", f"{x}", f"{n + 1}", f"{name!r}", f"{name!s}", f"{'é'!a}")
print(f"{{literal braces}}", f"{{{n}}}", f"{n}{n}", f"")
print(f"{[1, 2, 3]}", f"{(1, 'a')}", f"{ {'k': 1} }", f"{None}", f"{True}")
print(f"{n=}", f"{x = }", f"{name=!r}", f"{n*2=}")
items = ["a", "b"]
print(f"{len(items)} items: {', '.join(items)}")
print(f"{'nested' + f'{n}'}")
print(f"{n if n > 40 else 0}", f"{'yes' if x else 'no'}")
d = {"key": "value"}
print(f"{d['key']}", f"{items[-1]}", f"{name.upper()}", f"{name[1:]}")
print(f"multi {name} "
      f"line {n}")
print(F"upper F {n}", rf"raw \n {n}", fr"\t{name}")
