def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"
for n in [-5, 0, 3, 10, 99, 100, 10 ** 20]:
    print(n, classify(n))
x = 7
if x:
    print("truthy")
if not x:
    print("never")
else:
    print("else branch")
if x > 5:
    if x > 6:
        print("nested both")
    else:
        print("nested outer only")
if []:
    print("empty list true?")
elif {}:
    print("empty dict true?")
else:
    print("both empty")
