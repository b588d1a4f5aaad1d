import symtable, sys
NAMES = {1: "Local", 2: "GlobalExplicit", 3: "GlobalImplicit", 4: "Free", 5: "Cell"}
def walk(t, out):
    typ = t.get_type()
    kind = {"module": "Module", "function": "Function", "class": "Class"}[str(typ).split('.')[-1].lower() if not isinstance(typ, str) else typ]
    name = t.get_name()
    if name == "lambda": kind = "Lambda"
    if name in ("listcomp", "setcomp", "dictcomp", "genexpr"): kind = "Comprehension"
    out.append(f"{kind} {name}")
    if kind != "Module":
        for s in sorted(t.get_symbols(), key=lambda s: s.get_name()):
            sc = NAMES[s._Symbol__scope]
            out.append(f"  {s.get_name()}={sc}{' param' if s.is_parameter() else ''}")
    for c in t.get_children():
        walk(c, out)
src = open(sys.argv[1]).read()
out = []
try:
    walk(symtable.symtable(src, "t.py", "exec"), out)
    compile(src, "t.py", "exec")
except SyntaxError as e:
    out = ["ERROR " + e.msg]
print("\n".join(out))
