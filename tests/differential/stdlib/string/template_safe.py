from string import Template
t = Template("$who likes $what ${missing} $$ $ end $1")
print(t.safe_substitute(who="tim"))
print(t.safe_substitute({"what": "tea"}))
print(t.safe_substitute())
print(Template("${a} ${b").safe_substitute(a="A"))
print(Template("$a$b$c").safe_substitute(b=""))
