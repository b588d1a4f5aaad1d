inventory = {"apples": 3, "pears": 0}
for item in ["apples", "pears", "plums"]:
    print(item, inventory.get(item), inventory.get(item, -1), item in inventory)
    if item in inventory and inventory[item]:
        print(" in stock:", inventory[item])
    elif item in inventory:
        print(" sold out")
    else:
        print(" unknown")
print(inventory.get("plums") is None)
