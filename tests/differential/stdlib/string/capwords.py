import string
print(string.capwords("hello world"))
print(string.capwords("  hello   WORLD  again "))
print(string.capwords("hello-world foo-bar", "-"))
print(string.capwords("x,y,,z", ","))
print(repr(string.capwords("")), repr(string.capwords("   ")))
print(string.capwords("ÉCOLE élève"))
print(string.capwords("a\tb\nc"))
