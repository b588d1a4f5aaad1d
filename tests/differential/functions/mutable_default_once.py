def append(item, bucket=[]):
    bucket.append(item)
    return bucket
print(append(1))
print(append(2))
print(append(3, []))
print(append(4))
def counter(state={"n": 0}):
    state["n"] += 1
    return state["n"]
print(counter(), counter(), counter())
def safe(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket
print(safe(1), safe(2))
