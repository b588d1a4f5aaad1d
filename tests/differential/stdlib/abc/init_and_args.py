from abc import ABC, abstractmethod

class Account(ABC):
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
    @abstractmethod
    def fee(self):
        ...
    def withdraw(self, amount):
        total = amount + self.fee()
        if total > self.balance:
            raise ValueError(f"insufficient funds: need {total}, have {self.balance}")
        self.balance -= total
        return self.balance

class Checking(Account):
    def fee(self):
        return 1

class Savings(Account):
    def fee(self):
        return 5

for cls in (Checking, Savings):
    acct = cls("ann", balance=20)
    print(cls.__name__, acct.withdraw(10))
    try:
        acct.withdraw(100)
    except ValueError as e:
        print(type(e).__name__, e)

try:
    Account("bob")
except TypeError as e:
    print(e)
try:
    Checking()
except TypeError as e:
    print(e)
