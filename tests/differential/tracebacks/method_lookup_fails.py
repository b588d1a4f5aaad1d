# A method call whose method does not exist is marked at `obj.name`, not
# the whole call.
class Account:
    def deposit(self, n):
        return n

acct = Account()
print(acct.deposit(5))
acct.withdraw(5)
