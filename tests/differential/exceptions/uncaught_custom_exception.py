class BankError(Exception):
    pass
class InsufficientFunds(BankError):
    def __init__(self, needed):
        super().__init__(f"need {needed} more")
        self.needed = needed
balance = 50
for amount in [10, 20]:
    balance -= amount
    print("withdrew", amount, "balance", balance)
try:
    raise InsufficientFunds(5)
except BankError as e:
    print("handled:", e, e.needed)
print("final withdrawal")
raise InsufficientFunds(100)
