# NameError.name (3.10+) is missing: hasattr(n, "name") is False in Molt; CPython prints
# the missing name ("undefined_name_here").
try:
    undefined_name_here
except NameError as n:
    print(getattr(n, "name", "<no name attribute>"))
