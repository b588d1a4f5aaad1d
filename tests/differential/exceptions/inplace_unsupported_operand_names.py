# Augmented assignments between built-in types name the augmented operator
# (`**=`, `@=`) when unsupported; str += int keeps its concatenation message.
x = 1
try:
    x **= "a"
except TypeError as e:
    print(e)
try:
    x @= 2
except TypeError as e:
    print(e)
s = "a"
try:
    s += 1
except TypeError as e:
    print(e)
