import json
doc = '{"a": [1, 2.5, null, true, false, "x"], "b": {"c": {}, "d": []}, "e": -0, "f": 1E3, "g": 2e-3, "h": -12.5e+2}'
v = json.loads(doc)
print(v)
print(type(v["e"]).__name__, type(v["f"]).__name__, v["e"], v["f"])
print(json.loads('12345678901234567890123456789'), json.loads('-0.0'), json.loads(' \t\n 7 \r\n'))
print(json.loads('"\\u00e9\\ud83d\\ude00\\n\\t\\"\\\\\\/\\b\\f\\r"'))
print(json.loads('[NaN, Infinity, -Infinity]'))
print(json.loads('{"a": 1, "a": 2, "b": 3}'))
print(json.loads('"caf\u00e9 ok"'), json.loads('["\u4e2d\u6587"]'))
print(json.loads(b'{"bytes": "\xc3\xa9"}'), json.loads(b'\xef\xbb\xbf[1]'))
print(json.loads('1e400'), json.loads('-1e400'), json.loads('0.1'), json.loads('1.7976931348623157e308'))
print(json.loads('"a\x01b"', strict=False))
rt = {"k": [1, 2.5, "s", None, True, {"n": [[]]}]}
print(json.loads(json.dumps(rt)) == rt, json.loads(json.dumps(rt, indent=4)) == rt)
