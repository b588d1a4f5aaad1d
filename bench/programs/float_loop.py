# Float arithmetic in a tight loop: a midpoint-rule integral and a damped
# oscillator stepped with explicit Euler.
def integrate(n):
    h = 1.0 / n
    total = 0.0
    i = 0
    while i < n:
        x = (i + 0.5) * h
        total += 4.0 / (1.0 + x * x)
        i += 1
    return total * h


def oscillate(steps):
    x, v, dt = 1.0, 0.0, 0.0001
    for _ in range(steps):
        a = -x - 0.1 * v
        v += a * dt
        x += v * dt
    return x


print(round(integrate(3000000), 10))
print(round(oscillate(2000000), 10))
