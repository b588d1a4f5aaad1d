nums = [1, 2, 3, 4, 5, 6]
evens = [n for n in nums if n % 2 == 0]
odds = []
for n in nums[:]:
    if n % 2 == 0:
        nums.remove(n)
print(nums, evens)
stack = [1]
seen = []
while stack:
    top = stack.pop()
    seen.append(top)
    if top < 20:
        stack.append(top * 2)
        if top % 3 == 0:
            stack.append(top + 1)
print(seen)
queue = [0]
order = []
while queue:
    cur = queue.pop(0)
    order.append(cur)
    for nxt in (2 * cur + 1, 2 * cur + 2):
        if nxt < 12:
            queue.append(nxt)
print(order)
lst = [0] * 5
for i in range(len(lst)):
    lst[i] = i * i
print(lst)
