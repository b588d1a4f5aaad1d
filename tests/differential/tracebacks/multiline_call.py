# A call spanning lines is marked from its start to the end of its first line.
def check(a, b):
    if a > b:
        raise ArithmeticError(f"{a} > {b}")
    return a

print(check(1, 2))
value = check(5,
              2)
