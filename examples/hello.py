def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


names = ["world", "Molt"]
for name in names:
    print(f"hello, {name}!")
print("fib(20) =", fib(20), "and 2**100 =", 2**100)
