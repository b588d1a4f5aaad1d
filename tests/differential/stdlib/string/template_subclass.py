from string import Template
class Pct(Template):
    delimiter = "%"
t = Pct("%who owes %%%amount")
print(t.substitute(who="bob", amount=12))
print(t.safe_substitute(who="sue"))
class Hash(Template):
    delimiter = "#"
print(Hash("#{x} and ${y}").substitute(x=1))
print(isinstance(t, Template), Template.delimiter, Pct.delimiter)
