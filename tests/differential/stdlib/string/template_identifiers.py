from string import Template
t = Template("$a ${b} $a $$ $c_d ${e}")
print(t.get_identifiers(), t.is_valid())
t2 = Template("$a $ b")
print(t2.is_valid())
try:
    print(t2.get_identifiers())
except ValueError as e:
    print(type(e).__name__, e)
print(Template("").get_identifiers(), Template("").is_valid())
