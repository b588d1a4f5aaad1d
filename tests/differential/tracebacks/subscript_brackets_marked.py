# KeyError from a subscript: the value gets ~ and the brackets ^.
inventory = {"apple": 3}
def count(name):
    return inventory [name]  + 0
print(count("apple"))
print(count("pear"))
