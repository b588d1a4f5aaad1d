try:
    {[1, 2]}
except TypeError as e:
    print("TypeError:", e)
try:
    s = set()
    s.add({})
except TypeError as e:
    print("TypeError:", e)
try:
    {1} + {2}
except TypeError as e:
    print("TypeError:", e)
try:
    pair = {1, 2}
    pair[0]
except TypeError as e:
    print("TypeError:", e)
try:
    {1} | [2]
except TypeError as e:
    print("TypeError:", e)
print({1} | set([2]), {1}.union([2]))
