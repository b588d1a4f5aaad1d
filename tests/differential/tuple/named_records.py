people = [("Ann", 31, "Oslo"), ("Bob", 25, "Rome"), ("Cid", 31, "Lima"), ("Dee", 22, "Oslo")]
print(sorted(people))
print(sorted(people, key=lambda p: (p[1], p[0])))
print(sorted(people, key=lambda p: (-p[1], p[2])))
oldest = max(people, key=lambda p: p[1])
youngest = min(people, key=lambda p: p[1])
print(oldest, youngest)
by_city = {}
for name, age, city in people:
    by_city.setdefault(city, []).append(name)
print(by_city)
print(tuple(p[0] for p in people))
print(list(zip(*people)))
