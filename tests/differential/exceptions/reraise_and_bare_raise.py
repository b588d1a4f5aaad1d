def process(items):
    results = []
    for it in items:
        try:
            results.append(100 // it)
        except ZeroDivisionError:
            results.append(None)
        except TypeError:
            print("type problem with", repr(it))
            raise
    return results
print(process([1, 2, 0, 50]))
try:
    process([5, "x"])
except TypeError as e:
    print("outer:", e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
