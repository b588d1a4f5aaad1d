# Inside a class body, `obj.__name` means `obj._Class__name`: each class in
# a hierarchy gets its own private attribute.


class Account:
    def __init__(self, owner):
        self.__owner = owner
        self.__balance = 0

    def deposit(self, n):
        self.__balance += n
        return self.__balance

    def owner(self):
        return self.__owner

    def __secret(self):
        return "base secret"

    def reveal(self):
        return self.__secret()


class Savings(Account):
    def __init__(self, owner):
        super().__init__(owner)
        self.__balance = "separate"

    def mine(self):
        return self.__balance

    def __secret(self):
        return "derived secret"


s = Savings("ann")
print(s.deposit(5), s.deposit(7), s.owner(), s.mine(), s.reveal())
print(sorted(k for k in vars(s)) if False else sorted(s.__dict__))
print(s._Account__balance, s._Savings__balance, hasattr(s, "__balance"))
try:
    s.__owner
except AttributeError as e:
    print("AttributeError:", e)


class _Lead:
    def set(self):
        self.__v = 1
        return self.__dict__


print(_Lead().set())
