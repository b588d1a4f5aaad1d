# `in` converts __contains__'s result with bool(); `not in` negates it; a
# __contains__ raising propagates; __iter__ fallback stops at the first match.
class D:
    def __init__(self, result):
        self.result = result
    def __contains__(self, x):
        return self.result
for r in ([1], [], 0, "yes", None, 2.5):
    d = D(r)
    print(repr(r), 1 in d, 1 not in d)
class Loud:
    def __iter__(self):
        for i in range(5):
            print("  yield", i)
            yield i
print(2 in Loud())
