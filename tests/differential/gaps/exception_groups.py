# ExceptionGroup / BaseExceptionGroup (3.11) are not defined in Molt (NameError at run
# time, not refused at build time), and `except*` is refused at build time
# ("`except*` is not supported by Molt yet"); COMPATIBILITY.md mentions neither.
g = ExceptionGroup("grp", [ValueError(1), TypeError(2)])
print(repr(g), g.exceptions, str(g))
m, rest = g.split(ValueError)
print(m, rest)
