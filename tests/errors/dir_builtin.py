class A:
    x = 1


print(dir(A))
