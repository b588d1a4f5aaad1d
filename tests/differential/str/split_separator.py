print("a,b,c".split(","), "a,,b".split(","), ",a,".split(","), "".split(","))
print("a::b::c".split("::"), "abc".split("x"), "aaa".split("a"))
print("a,b,c,d".split(",", 2), "a,b,c,d".rsplit(",", 2), "a,b,c,d".rsplit(",", 0))
print("1-2-3".split(sep="-", maxsplit=1))
print("key=value=x".partition("="), "key=value=x".rpartition("="), "novalue".partition("="), "novalue".rpartition("="))
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)
print("a b".split(" "), "a  b".split(" "))
