inventory = {"apple": 3}
print(inventory["apple"])
inventory["pear"] = 0
print(sorted(inventory))
print(inventory["banana"])
