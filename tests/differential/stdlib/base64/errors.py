import base64
import binascii

print(base64.b64decode is not None, binascii.Error.__name__)
tests = [
    (base64.b64encode, ("text",)),
    (base64.b64encode, (5,)),
    (base64.b64decode, (5,)),
    (base64.b64decode, ("caf\u00e9",)),
    (base64.b64decode, ()),
    (base64.b64decode, (b"a", None, False, 1)),
    (base64.b64encode, (b"a",), {"bogus": 1}),
    (base64.b16encode, ("x",)),
    (base64.b85encode, ("x",)),
    (base64.encodebytes, ("x",)),
    (base64.decodebytes, ("eA==",)),
    (base64.urlsafe_b64decode, (None,)),
]
for t in tests:
    f, a = t[0], t[1]
    kw = t[2] if len(t) > 2 else {}
    try:
        print(f(*a, **kw))
    except (TypeError, ValueError) as e:
        print(f.__name__, type(e).__name__, e)
