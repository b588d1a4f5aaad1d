import random
random.seed(99)
print([random.choice("abcdefg") for _ in range(10)])
print(random.choice([1, 2, 3]), random.choice((4, 5)), random.choice(range(100, 200)))
l = list(range(30))
random.shuffle(l)
print(l)
words = ["w%d" % i for i in range(10)]
random.shuffle(words)
print(words)
e = []
random.shuffle(e)
print(e)
try:
    random.choice([])
except IndexError as e:
    print(type(e).__name__, e)
try:
    random.choice("")
except IndexError as e:
    print(type(e).__name__, e)
