import textwrap
print(repr(textwrap.dedent("""
    def f():
        return 1

    x = 2
""")))
print(repr(textwrap.dedent("  a\n    b\n  c")))
print(repr(textwrap.dedent("\ta\n\t\tb\n \tc")))
print(repr(textwrap.dedent("  a\n   \n  b\n")))
print(repr(textwrap.dedent("no indent\n  some")))
print(repr(textwrap.dedent("")), repr(textwrap.dedent("    ")))
print(repr(textwrap.dedent("   x\r\n   y")))
