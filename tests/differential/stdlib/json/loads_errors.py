import json
cases = ['', '   ', '[1,]', '{"a":1,}', '{"a" 1}', '{"a"', '[1 2]', '"abc', '"a\\', '{1:2}',
         '1 x', '"a\x01"', '\n\n  [1,\n  ]', '-', '-a', 'nul', 'tru', '01', '1.e5', '1.5e+',
         '"\\q"', '"\\u12x4"', '"\\u12', '[[[', '{"a": [1, {"b": }]}', '\ufeff[1]', '[1]]',
         '"\u00e9\u00e9" x', '{"é": 1 2}', 'NaN1', '[-]', '{"a":1 "b":2}', '{,}', '[,1]']
for s in cases:
    try:
        print(repr(s), json.loads(s))
    except json.JSONDecodeError as e:
        print(repr(s), type(e).__name__, "|", e, "|", e.msg, e.pos, e.lineno, e.colno, e.doc == s)
print(issubclass(json.JSONDecodeError, ValueError), json.decoder.JSONDecodeError is json.JSONDecodeError)
try:
    json.loads("[1,")
except ValueError as e:
    print("caught as ValueError:", e)
for bad in [3, None, [1]]:
    try:
        json.loads(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    json.loads("1" * 5000)
except ValueError as e:
    print(type(e).__name__, e)
for deep in ["[" * 100000, '{"a":' * 100000]:
    try:
        json.loads(deep)
    except RecursionError as e:
        print(type(e).__name__, e)
