from collections import ChainMap
base = {"a": 1, "b": 2}
over = {"b": 20, "c": 30}
cm = ChainMap(over, base)
print(cm["a"], cm["b"], cm["c"], len(cm), sorted(cm), "a" in cm, "z" in cm, cm.get("z", 0))
cm["d"] = 4; print(over, base)
child = cm.new_child(); child["a"] = 100; print(child["a"], cm["a"], len(child.maps))
print(cm, cm.parents)
try:
    del cm["a"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    cm["zz"]
except KeyError as e:
    print(type(e).__name__, e)
