# A failed assert whose test is a comparison marks the comparison.
def check(n):
    assert n >= 0, f"negative: {n}"
    return n

print(check(1))
check(-1)
