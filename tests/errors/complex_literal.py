z = 3j
print(z)
