RATE = 20
load_note = "tax loaded"


def with_tax(amount):
    return amount + amount * RATE // 100
