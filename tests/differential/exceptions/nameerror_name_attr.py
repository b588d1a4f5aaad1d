# NameError.name (3.10+) is the missing name.
try:
    undefined_name_here
except NameError as n:
    print(getattr(n, "name", "<no name attribute>"))
