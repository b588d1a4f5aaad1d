import bisect
for f in [lambda: bisect.bisect_left([1], 1, -1), lambda: bisect.bisect_left([1]), lambda: bisect.bisect(1, 1),
          lambda: bisect.bisect_left([1, "a"], 2), lambda: bisect.insort([1], 2, lo="x"), lambda: bisect.bisect_right([1], 1, key=5)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
