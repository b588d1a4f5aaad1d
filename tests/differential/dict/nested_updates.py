config = {"db": {"host": "localhost", "port": 5432}, "debug": False, "paths": ["/a"]}
config["db"]["port"] += 1
config["paths"].append("/b")
config.setdefault("cache", {})["size"] = 128
config["debug"] = not config["debug"]
print(config)
def merge(a, b):
    out = dict(a)
    for k, v in b.items():
        if k in out and isinstance(out[k], dict) and isinstance(v, dict):
            out[k] = merge(out[k], v)
        else:
            out[k] = v
    return out
print(merge(config, {"db": {"host": "remote"}, "new": 1}))
print(config["db"])
print(sorted(config), len(config))
