from string import Template
class Obj:
    def __str__(self):
        return "<obj>"
t = Template("[$a] [$b] [$c] [$d]")
print(t.substitute(a=Obj(), b=[1, 2], c={"k": "v"}, d=(1,)))
print(t.substitute(a="é", b="😀", c=10**20, d=True))
m = {"a": 1, "b": 2, "c": 3, "d": 4}
print(t.substitute(m), t.safe_substitute(m))
long = Template("$x" * 1000).substitute(x="ab")
print(len(long))
