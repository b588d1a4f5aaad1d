print("a" < "b", "abc" < "abd", "ab" < "abc", "" < "a", "Z" < "a", "10" < "9")
print("abc" == "abc", "abc" != "ABC", "é" > "z", "中" > "é")
words = ["banana", "Apple", "cherry", "apple", "Banana", "", "a"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(max(words), min(words))
print("abc" <= "abc", "abd" >= "abc")
try:
    "a" < 1
except TypeError as e:
    print("TypeError:", e)
print("1" == 1, "a" is not None)
