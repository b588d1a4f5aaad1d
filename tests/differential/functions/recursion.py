def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
def hanoi(n, a, b, c, moves):
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append((a, c))
        hanoi(n - 1, b, a, c, moves)
    return moves
def flatten(x):
    if not isinstance(x, list):
        return [x]
    out = []
    for i in x:
        out.extend(flatten(i))
    return out
def perms(s):
    if len(s) <= 1:
        return [s]
    return [c + p for i, c in enumerate(s) for p in perms(s[:i] + s[i + 1:])]
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(fact(20), fact(50))
print([fib(i) for i in range(20)])
print(hanoi(3, "A", "B", "C", []))
print(len(hanoi(10, "A", "B", "C", [])))
print(flatten([1, [2, [3, [4, []]], 5], [[6]]]))
print(perms("abc"), len(perms("abcde")))
print(ackermann(2, 3))
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(10), is_odd(7), is_even(7))
