# except clauses: tuples of types, order matters (first match wins), a
# handler for a base class catches subclasses, `as` name is deleted after
# the handler, and raising a class instantiates it.
class AppError(Exception):
    pass
class DbError(AppError):
    pass
class NetError(AppError):
    pass
def fail(kind):
    if kind == "db":
        raise DbError("db down")
    if kind == "net":
        raise NetError
    if kind == "key":
        raise KeyError(kind)
    return "ok"
for kind in ("db", "net", "key", "none"):
    try:
        r = fail(kind)
    except DbError as e:
        print("db handler:", e)
    except (NetError, KeyError) as e:
        print("tuple handler:", type(e).__name__, repr(e))
    except AppError:
        print("never: DbError/NetError handled first")
    else:
        print("else:", r)
try:
    raise NetError
except AppError as err:
    print(type(err).__name__, err.args)
try:
    err
except NameError as e:
    print(type(e).__name__, e)
handlers = (ValueError, TypeError)
try:
    int(None)
except handlers as e:
    print("dynamic tuple caught", type(e).__name__)
try:
    raise 42
except TypeError as e:
    print(type(e).__name__, e)
class NotAnException:
    pass
try:
    raise NotAnException()
except TypeError as e:
    print(type(e).__name__, e)
