# A small bank ledger with accounts, transfers, overdraft protection and a report.
class LedgerError(Exception):
    pass


class InsufficientFunds(LedgerError):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount} (balance {account.balance})")
        self.amount = amount


class Account:
    next_number = 1000

    def __init__(self, owner, balance=0, overdraft=0):
        self.owner = owner
        self.balance = balance
        self.overdraft = overdraft
        self.number = Account.next_number
        Account.next_number += 1
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise LedgerError(f"invalid deposit {amount}")
        self.balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        if amount > self.balance + self.overdraft:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount))

    def __repr__(self):
        return f"Account({self.number}, {self.owner!r}, {self.balance})"


class Bank:
    def __init__(self):
        self.accounts = {}
        self.failed = 0

    def open(self, owner, **kw):
        acct = Account(owner, **kw)
        self.accounts[owner] = acct
        return acct

    def transfer(self, src, dst, amount):
        a = self.accounts[src]
        b = self.accounts[dst]
        a.withdraw(amount)
        b.deposit(amount)

    def apply(self, ops):
        for op in ops:
            kind, *args = op
            try:
                if kind == "deposit":
                    self.accounts[args[0]].deposit(args[1])
                elif kind == "withdraw":
                    self.accounts[args[0]].withdraw(args[1])
                elif kind == "transfer":
                    self.transfer(*args)
                else:
                    raise LedgerError(f"unknown op {kind!r}")
                print("ok    ", op)
            except InsufficientFunds as e:
                self.failed += 1
                print("denied", op, "-", e)
            except LedgerError as e:
                self.failed += 1
                print("error ", op, "-", e)
            except KeyError as e:
                self.failed += 1
                print("no account", e)

    def report(self):
        total = 0
        for owner in sorted(self.accounts):
            a = self.accounts[owner]
            total += a.balance
            deps = sum(x for k, x in a.history if k == "deposit")
            wds = sum(x for k, x in a.history if k == "withdraw")
            print(f"{a.number} {owner:<6} {a.balance:>8.2f}  in={deps:<6} out={wds:<6} ops={len(a.history)}")
        print(f"total {total:.2f}, failed operations: {self.failed}")


bank = Bank()
bank.open("alice", balance=100)
bank.open("bob", balance=50, overdraft=25)
bank.open("carol")
print(list(bank.accounts.values()))
bank.apply([
    ("deposit", "alice", 25.5),
    ("withdraw", "bob", 70),
    ("withdraw", "bob", 10),
    ("transfer", "alice", "carol", 60),
    ("transfer", "carol", "dave", 1),
    ("deposit", "carol", -5),
    ("refund", "alice", 3),
    ("transfer", "carol", "bob", 60),
    ("withdraw", "alice", 65.5),
])
bank.report()
