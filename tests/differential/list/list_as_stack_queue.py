stack = []
for tok in "3 4 + 2 * 7 -".split():
    if tok.isdigit():
        stack.append(int(tok))
    else:
        b, a = stack.pop(), stack.pop()
        stack.append(a + b if tok == "+" else a - b if tok == "-" else a * b)
    print(tok, stack)
queue = ["a", "b", "c"]
queue.append("d")
served = [queue.pop(0) for _ in range(2)]
print(served, queue)
queue.insert(0, "vip")
print(queue, queue[0], queue[-1])
