a = list(range(10))
print(a.pop(), a.pop(0), a.pop(3), a.pop(-2), a)
a.remove(5)
print(a)
a.append(2)
a.remove(2)
print(a)
for op in ["pop_empty", "remove_missing", "pop_range"]:
    try:
        if op == "pop_empty":
            [].pop()
        elif op == "remove_missing":
            a.remove(99)
        else:
            a.pop(50)
    except (IndexError, ValueError) as e:
        print(op, type(e).__name__ + ":", e)
a.clear()
print(a, len(a))
