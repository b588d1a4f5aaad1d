def connect(host, *, port=80, secure=False):
    return f"{host}:{port} secure={secure}"
print(connect("a"), connect("b", port=443, secure=True), connect(secure=True, host="c"))
def kw_required(*, x, y=2):
    return x + y
print(kw_required(x=1), kw_required(y=10, x=5))
def mixed(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))
print(mixed(1, c=3))
print(mixed(1, 2, 3, 4, c=5, e=6, f=7))
for call in [lambda: connect("a", 8080), lambda: kw_required()]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
