from string import Template
def show(f):
    try:
        print(repr(f()))
    except (KeyError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
show(lambda: Template("$who").substitute())
show(lambda: Template("$who $what").substitute(who="x"))
show(lambda: Template("$who").substitute({"x": 1}, y=2))
show(lambda: Template("cost: $ 5").substitute())
show(lambda: Template("line1\nline2 $").substitute())
show(lambda: Template("ok\nbad ${ x}").substitute(x=1))
show(lambda: Template("${1abc}").substitute())
show(lambda: Template("$").substitute())
show(lambda: Template("$$ $1").substitute())
