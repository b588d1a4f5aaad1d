def describe(name, age, city="unknown"):
    return f"{name} ({age}) from {city}"
print(describe("Ann", 30))
print(describe(age=25, name="Bob"))
print(describe("Cy", city="Rome", age=41))
print(describe("Di", 22, "Oslo"))
def order(a, b, c):
    return [a, b, c]
print(order(1, c=3, b=2), order(c="z", a="x", b="y"))
