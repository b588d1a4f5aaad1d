use super::*;
use molt_syntax::{parse_module, SourceFile};
use Binding::*;

fn try_resolve(src: &str) -> Result<ScopeTree, Vec<Diagnostic>> {
    let file = SourceFile::new("t.py", src);
    let module = parse_module(&file).unwrap_or_else(|e| panic!("parse failed: {e:?}"));
    resolve(&module)
}

fn tree(src: &str) -> ScopeTree {
    match try_resolve(src) {
        Ok(t) => t,
        Err(e) => panic!("unexpected errors: {:?}", messages(&e)),
    }
}

fn messages(d: &[Diagnostic]) -> Vec<String> {
    d.iter().map(|d| d.message.clone()).collect()
}

fn errors(src: &str) -> Vec<String> {
    match try_resolve(src) {
        Ok(_) => panic!("expected errors for:\n{src}"),
        Err(e) => messages(&e),
    }
}

fn err1(src: &str) -> String {
    let e = errors(src);
    assert_eq!(e.len(), 1, "{e:?}");
    e[0].clone()
}

fn scope(t: &ScopeTree, qualname: &str) -> ScopeId {
    let found: Vec<usize> = t
        .scopes
        .iter()
        .enumerate()
        .filter(|(_, s)| s.qualname == qualname)
        .map(|(i, _)| i)
        .collect();
    assert_eq!(found.len(), 1, "scope {qualname}: {found:?}");
    ScopeId(found[0] as u32)
}

fn b(t: &ScopeTree, qualname: &str, name: &str) -> Binding {
    let s = scope(t, qualname);
    t.lookup(s, name)
        .unwrap_or_else(|| panic!("no symbol {name} in {qualname}"))
        .binding
}

fn has(t: &ScopeTree, qualname: &str, name: &str) -> bool {
    t.lookup(scope(t, qualname), name).is_some()
}

// --- basic bindings -------------------------------------------------------

#[test]
fn module_names_are_global_implicit() {
    let t = tree("x = 1\nimport os\ndef f(): pass\nclass C: pass\nprint(x)\nglobal y\ny = 2\n");
    let m = t.root();
    assert_eq!(t.scope(m).kind, ScopeKind::Module);
    for n in ["x", "os", "f", "C", "print", "y"] {
        assert_eq!(t.lookup(m, n).unwrap().binding, GlobalImplicit, "{n}");
    }
    let names: Vec<&str> = t.scope(m).symbols.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["x", "os", "f", "C", "print", "y"]);
}

#[test]
fn function_locals_and_globals() {
    let src = "
def f(a, b=1, *args, c, d=2, **kw):
    x = 1
    y += 1
    for i in range(3): pass
    with open(p) as fh: pass
    try: pass
    except E as e: pass
    import os.path
    from m import n as nn
    def g(): pass
    class K: pass
    del z
    (w := 5)
    print(x)
";
    let t = tree(src);
    for n in [
        "a", "b", "args", "c", "d", "kw", "x", "y", "i", "fh", "e", "os", "nn", "g", "K", "z", "w",
    ] {
        assert_eq!(b(&t, "f", n), Local, "{n}");
    }
    for n in ["range", "open", "p", "E", "print"] {
        assert_eq!(b(&t, "f", n), GlobalImplicit, "{n}");
    }
    let f = t.scope(scope(&t, "f"));
    assert_eq!(f.params, ["a", "b", "args", "c", "d", "kw"]);
    assert!(t.lookup(scope(&t, "f"), "a").unwrap().is_param);
    let y = t.lookup(scope(&t, "f"), "y").unwrap();
    assert!(y.is_assigned && y.is_used);
    let x = t.lookup(scope(&t, "f"), "x").unwrap();
    assert!(x.is_assigned && x.is_used && !x.is_param);
}

#[test]
fn posonly_params_order() {
    let t = tree("def f(a, /, b, *, c, **k): pass\ndef g(a, /, *r): pass\n");
    assert_eq!(t.scope(scope(&t, "f")).params, ["a", "b", "c", "k"]);
    assert_eq!(t.scope(scope(&t, "g")).params, ["a", "r"]);
}

#[test]
fn annotation_only_binds_in_function() {
    let t = tree("def f():\n    x: int\n    (y): int\n    return x\n");
    assert_eq!(b(&t, "f", "x"), Local);
    assert!(!has(&t, "f", "y"));
    assert_eq!(b(&t, "f", "int"), GlobalImplicit);
}

#[test]
fn future_annotations_are_not_uses() {
    let t = tree(
        "from __future__ import annotations\ndef f():\n    T = 1\n    def g(x: T) -> T:\n        y: T = 1\n",
    );
    assert_eq!(b(&t, "f", "T"), Local);
    assert!(!has(&t, "f.<locals>.g", "T"));
    let t =
        tree("def f():\n    T = 1\n    def g(x: T) -> T: pass\n    def h():\n        y: T = 1\n");
    // Without the future import, g's annotations are evaluated in f; h's
    // local annotation is recorded as a use (as CPython's symtable does).
    assert_eq!(b(&t, "f", "T"), Cell);
    assert!(!has(&t, "f.<locals>.g", "T"));
    assert_eq!(b(&t, "f.<locals>.h", "T"), Free);
}

#[test]
fn match_captures_bind() {
    let src = "
def f(v):
    match v:
        case [a, *rest]: pass
        case {'k': b, **others}: pass
        case Point(x=c) | Point(y=c): pass
        case (1 | 2) as d: pass
        case Q.e: pass
";
    let t = tree(src);
    for n in ["a", "rest", "b", "others", "c", "d"] {
        assert_eq!(b(&t, "f", n), Local, "{n}");
    }
    assert_eq!(b(&t, "f", "Point"), GlobalImplicit);
    assert_eq!(b(&t, "f", "Q"), GlobalImplicit);
}

#[test]
fn import_binds_first_component() {
    let t = tree("def f():\n    import a.b.c\n    import d.e as g\n");
    assert_eq!(b(&t, "f", "a"), Local);
    assert_eq!(b(&t, "f", "g"), Local);
    assert!(!has(&t, "f", "d"));
}

// --- closures -------------------------------------------------------------

#[test]
fn simple_closure() {
    let t = tree("def f(a):\n    x = 1\n    def g():\n        return x + a + y\n    return g\n");
    assert_eq!(b(&t, "f", "x"), Cell);
    assert_eq!(b(&t, "f", "a"), Cell);
    assert_eq!(b(&t, "f.<locals>.g", "x"), Free);
    assert_eq!(b(&t, "f.<locals>.g", "a"), Free);
    assert_eq!(b(&t, "f.<locals>.g", "y"), GlobalImplicit);
    assert_eq!(t.cell_vars(scope(&t, "f")), ["a", "x"]);
    assert_eq!(t.free_vars(scope(&t, "f.<locals>.g")), ["a", "x"]);
    let g = scope(&t, "f.<locals>.g");
    assert_eq!(t.cell_owner(g, "x"), Some(scope(&t, "f")));
}

#[test]
fn free_passes_through_intermediate_scopes() {
    let src = "
def f():
    x = 1
    def g():
        def h():
            return x
        return h
    return g
";
    let t = tree(src);
    assert_eq!(b(&t, "f", "x"), Cell);
    assert_eq!(b(&t, "f.<locals>.g", "x"), Free);
    assert_eq!(b(&t, "f.<locals>.g.<locals>.h", "x"), Free);
    assert_eq!(t.free_vars(scope(&t, "f.<locals>.g")), ["x"]);
    assert!(t.cell_vars(scope(&t, "f.<locals>.g")).is_empty());
    let h = scope(&t, "f.<locals>.g.<locals>.h");
    assert_eq!(t.cell_owner(h, "x"), Some(scope(&t, "f")));
}

#[test]
fn nearest_binding_wins() {
    let src = "
def f():
    x = 1
    def g():
        x = 2
        def h():
            return x
";
    let t = tree(src);
    assert_eq!(b(&t, "f", "x"), Local);
    assert_eq!(b(&t, "f.<locals>.g", "x"), Cell);
    assert_eq!(b(&t, "f.<locals>.g.<locals>.h", "x"), Free);
}

#[test]
fn module_level_names_are_not_captured() {
    let t = tree("x = 1\ndef f():\n    def g():\n        return x\n");
    assert_eq!(b(&t, "f.<locals>.g", "x"), GlobalImplicit);
    assert!(!has(&t, "f", "x"));
}

#[test]
fn nested_nonlocal() {
    let src = "
def f():
    x = 0
    def g():
        nonlocal x
        x += 1
        def h():
            nonlocal x
            x = 5
        return h
    return g
";
    let t = tree(src);
    assert_eq!(b(&t, "f", "x"), Cell);
    assert_eq!(b(&t, "f.<locals>.g", "x"), Free);
    assert_eq!(b(&t, "f.<locals>.g.<locals>.h", "x"), Free);
    assert!(
        t.lookup(scope(&t, "f.<locals>.g"), "x")
            .unwrap()
            .is_assigned
    );
}

#[test]
fn nonlocal_binding_declared_later_in_enclosing_function() {
    let t = tree("def f():\n    def g():\n        nonlocal x\n        x = 1\n    x = 0\n");
    assert_eq!(b(&t, "f", "x"), Cell);
    assert_eq!(b(&t, "f.<locals>.g", "x"), Free);
}

#[test]
fn global_in_nested_function() {
    let src = "
def f():
    x = 1
    def g():
        global x
        x = 2
        def h():
            return x
    return x
";
    let t = tree(src);
    assert_eq!(b(&t, "f", "x"), Local);
    assert_eq!(b(&t, "f.<locals>.g", "x"), GlobalExplicit);
    // h sees g's global declaration, not f's local.
    assert_eq!(b(&t, "f.<locals>.g.<locals>.h", "x"), GlobalImplicit);
    // The module's table learns about it too, and knows it is assigned.
    let m = t.lookup(t.root(), "x").unwrap();
    assert_eq!(m.binding, GlobalImplicit);
    assert!(m.is_assigned);
}

#[test]
fn parameters_can_be_cells() {
    let t = tree("def f(a, *b, **c):\n    return lambda: (a, b, c)\n");
    assert_eq!(t.cell_vars(scope(&t, "f")), ["a", "b", "c"]);
    assert_eq!(b(&t, "f.<locals>.<lambda>", "a"), Free);
}

// --- classes --------------------------------------------------------------

#[test]
fn class_body_not_visible_to_methods() {
    let src = "
class C:
    x = 1
    y = x + 1
    def m(self):
        return x
";
    let t = tree(src);
    assert_eq!(b(&t, "C", "x"), Local);
    assert_eq!(b(&t, "C.m", "x"), GlobalImplicit);
    assert_eq!(b(&t, "C.m", "self"), Local);
    assert_eq!(t.scope(scope(&t, "C.m")).kind, ScopeKind::Function);
}

#[test]
fn closure_through_class() {
    let src = "
def f():
    x = 1
    y = 2
    class C:
        x = 3
        print(y)
        def m(self):
            return x, y
    return C
";
    let t = tree(src);
    assert_eq!(b(&t, "f", "x"), Cell);
    assert_eq!(b(&t, "f", "y"), Cell);
    assert_eq!(b(&t, "f.<locals>.C", "x"), Local);
    assert_eq!(b(&t, "f.<locals>.C", "y"), Free);
    assert_eq!(b(&t, "f.<locals>.C.m", "x"), Free);
    assert_eq!(b(&t, "f.<locals>.C.m", "y"), Free);
    let c = scope(&t, "f.<locals>.C");
    assert!(t.lookup(c, "x").unwrap().also_free_in_class);
    assert_eq!(t.free_vars(c), ["x", "y"]);
    let m = scope(&t, "f.<locals>.C.m");
    assert_eq!(t.cell_owner(m, "x"), Some(scope(&t, "f")));
}

#[test]
fn class_only_passes_through() {
    let t = tree("def f():\n    x = 1\n    class C:\n        def m(self): return x\n");
    assert_eq!(b(&t, "f.<locals>.C", "x"), Free);
    assert!(!t.lookup(scope(&t, "f.<locals>.C"), "x").unwrap().is_used);
}

#[test]
fn class_cell_for_super() {
    let src = "
class C(B):
    def m(self):
        return super().m()
    def n(self):
        return __class__
    def o(self):
        return 1
";
    let t = tree(src);
    let c = scope(&t, "C");
    assert!(t.scope(c).needs_class_cell);
    assert_eq!(t.cell_vars(c), ["__class__"]);
    assert!(!has(&t, "C", "__class__"));
    assert_eq!(b(&t, "C.m", "__class__"), Free);
    assert_eq!(b(&t, "C.m", "super"), GlobalImplicit);
    assert_eq!(b(&t, "C.n", "__class__"), Free);
    assert!(!has(&t, "C.o", "__class__"));
    assert_eq!(t.free_vars(scope(&t, "C.m")), ["__class__"]);
    assert_eq!(t.cell_owner(scope(&t, "C.m"), "__class__"), Some(c));
    assert_eq!(b(&t, "<module>", "B"), GlobalImplicit);
}

#[test]
fn no_class_cell_without_super() {
    let t = tree("class C:\n    def m(self): return 1\n");
    assert!(!t.scope(scope(&t, "C")).needs_class_cell);
    assert!(t.cell_vars(scope(&t, "C")).is_empty());
    // super outside a class is a plain global.
    let t = tree("def f(): return super()\n");
    assert_eq!(b(&t, "f", "__class__"), GlobalImplicit);
}

#[test]
fn super_in_nested_function_of_method() {
    let src = "
class C:
    def m(self):
        def g():
            return super()
        return g
";
    let t = tree(src);
    assert!(t.scope(scope(&t, "C")).needs_class_cell);
    assert_eq!(b(&t, "C.m", "__class__"), Free);
    assert_eq!(b(&t, "C.m.<locals>.g", "__class__"), Free);
    // Comprehensions and lambdas in methods count too.
    let t = tree("class C:\n    def m(self):\n        return [super() for _ in ()]\n");
    assert!(t.scope(scope(&t, "C")).needs_class_cell);
    assert_eq!(b(&t, "C.m", "__class__"), Free);
    assert_eq!(b(&t, "C.m.<locals>.<listcomp>", "__class__"), Free);
}

#[test]
fn class_bases_and_decorators_in_enclosing_scope() {
    let src = "
def f():
    B = object
    d = None
    @d
    class C(B, metaclass=B):
        pass
";
    let t = tree(src);
    assert_eq!(b(&t, "f", "B"), Local);
    assert_eq!(b(&t, "f", "d"), Local);
    assert_eq!(b(&t, "f", "C"), Local);
    assert!(!has(&t, "f.<locals>.C", "B"));
}

#[test]
fn nonlocal_in_class_body() {
    let t = tree("def f():\n    x = 1\n    class C:\n        nonlocal x\n        x = 2\n");
    assert_eq!(b(&t, "f", "x"), Cell);
    assert_eq!(b(&t, "f.<locals>.C", "x"), Free);
}

#[test]
fn private_names_are_mangled() {
    let src = "
class C:
    __x = 1
    __dunder__ = 2
    def m(self, __p):
        __y = __p
        return __x
";
    let t = tree(src);
    let c = scope(&t, "C");
    assert!(t.scope(c).index.contains_key("_C__x"));
    assert!(t.scope(c).index.contains_key("__dunder__"));
    assert_eq!(b(&t, "C", "__x"), Local);
    assert_eq!(t.scope(scope(&t, "C.m")).params, ["self", "_C__p"]);
    assert_eq!(b(&t, "C.m", "__y"), Local);
    assert_eq!(t.mangle(scope(&t, "C.m"), "__y"), "_C__y");
    assert_eq!(mangle(Some("__Foo"), "__x"), "_Foo__x");
    assert_eq!(mangle(Some("___"), "__x"), "__x");
    assert_eq!(mangle(None, "__x"), "__x");
}

// --- comprehensions -------------------------------------------------------

#[test]
fn comprehension_scoping() {
    let src = "
def f(xs, ys):
    return [x + y + z for x in xs if x for y in ys]
";
    let t = tree(src);
    let c = scope(&t, "f.<locals>.<listcomp>");
    assert_eq!(t.scope(c).kind, ScopeKind::Comprehension);
    assert_eq!(t.scope(c).params, [".0"]);
    assert!(!t.scope(c).is_generator);
    assert_eq!(b(&t, "f.<locals>.<listcomp>", "x"), Local);
    assert_eq!(b(&t, "f.<locals>.<listcomp>", "y"), Local);
    assert_eq!(b(&t, "f.<locals>.<listcomp>", "z"), GlobalImplicit);
    // The first iterable is evaluated in f; the second inside.
    assert_eq!(b(&t, "f", "xs"), Local);
    assert!(!has(&t, "f.<locals>.<listcomp>", "xs"));
    assert_eq!(b(&t, "f", "ys"), Cell);
    assert_eq!(b(&t, "f.<locals>.<listcomp>", "ys"), Free);
    assert!(!has(&t, "f", "x"));
}

#[test]
fn comprehension_kinds_and_names() {
    let t = tree(
        "a = [x for x in y]\nb = {x for x in y}\nc = {k: v for k, v in y}\nd = (x for x in y)\n",
    );
    for (q, gen) in [
        ("<listcomp>", false),
        ("<setcomp>", false),
        ("<dictcomp>", false),
        ("<genexpr>", true),
    ] {
        let s = t.scope(scope(&t, q));
        assert_eq!(s.name, q);
        assert_eq!(s.is_generator, gen, "{q}");
    }
    assert_eq!(b(&t, "<dictcomp>", "k"), Local);
}

#[test]
fn nested_comprehensions_nest_scopes() {
    let t = tree("def f(m):\n    return [[c * r for c in row] for row in m]\n");
    let outer = scope(&t, "f.<locals>.<listcomp>");
    let inner = scope(&t, "f.<locals>.<listcomp>.<listcomp>");
    assert_eq!(t.scope(inner).parent, Some(outer));
    // row is the inner comprehension's first iterable: evaluated in outer.
    assert_eq!(b(&t, "f.<locals>.<listcomp>", "row"), Local);
    assert!(!has(&t, "f.<locals>.<listcomp>.<listcomp>", "row"));
    assert!(!has(&t, "f.<locals>.<listcomp>", "r"));
    assert_eq!(
        b(&t, "f.<locals>.<listcomp>.<listcomp>", "r"),
        GlobalImplicit
    );
    // Here r is bound by the outer comprehension: a cell there.
    let t = tree("def f(m):\n    return [[c * r for c in m] for r in m]\n");
    assert_eq!(b(&t, "f.<locals>.<listcomp>", "r"), Cell);
    assert_eq!(b(&t, "f.<locals>.<listcomp>.<listcomp>", "r"), Free);
    assert_eq!(b(&t, "f", "m"), Cell);
}

#[test]
fn class_body_comprehension_cannot_see_class_names() {
    let t = tree("class C:\n    n = 3\n    xs = [n for _ in range(n)]\n");
    assert_eq!(b(&t, "C", "n"), Local);
    assert_eq!(b(&t, "C.<listcomp>", "n"), GlobalImplicit);
    assert_eq!(b(&t, "C", "range"), GlobalImplicit);
}

#[test]
fn walrus_in_comprehension_binds_in_function() {
    let src = "
def f(xs):
    ys = [last := x for x in xs]
    return last
";
    let t = tree(src);
    assert_eq!(b(&t, "f", "last"), Cell);
    assert_eq!(b(&t, "f.<locals>.<listcomp>", "last"), Free);
    assert_eq!(b(&t, "f.<locals>.<listcomp>", "x"), Local);
    assert!(t.lookup(scope(&t, "f"), "last").unwrap().is_assigned);
}

#[test]
fn walrus_in_nested_comprehension() {
    let t = tree("def f(m):\n    [[(t := c) for c in r] for r in m]\n");
    assert_eq!(b(&t, "f", "t"), Cell);
    assert_eq!(b(&t, "f.<locals>.<listcomp>", "t"), Free);
    assert_eq!(b(&t, "f.<locals>.<listcomp>.<listcomp>", "t"), Free);
}

#[test]
fn walrus_in_comprehension_at_module_and_under_global() {
    let t = tree("ys = [last := x for x in range(3)]\nprint(last)\n");
    assert_eq!(b(&t, "<listcomp>", "last"), GlobalExplicit);
    assert!(t.lookup(t.root(), "last").unwrap().is_assigned);
    let t = tree("def f():\n    global g\n    [g := x for x in ()]\n");
    assert_eq!(b(&t, "f", "g"), GlobalExplicit);
    assert_eq!(b(&t, "f.<locals>.<listcomp>", "g"), GlobalExplicit);
    // Inside a lambda the lambda is the binding function.
    let t = tree("f = lambda: [y := 1 for _ in ()]\n");
    assert_eq!(b(&t, "<lambda>", "y"), Cell);
}

#[test]
fn walrus_outside_comprehension_is_plain_local() {
    let t = tree("def f():\n    if (n := 3) > 2: return n\n");
    assert_eq!(b(&t, "f", "n"), Local);
}

#[test]
fn walrus_errors() {
    assert_eq!(
        err1("[x := 1 for x in y]\n"),
        "assignment expression cannot rebind comprehension iteration variable 'x'"
    );
    assert_eq!(
        err1("[x for x in (y := [1])]\n"),
        "assignment expression cannot be used in a comprehension iterable expression"
    );
    assert_eq!(
        err1("[x for a in b for x in (y := [1])]\n"),
        "assignment expression cannot be used in a comprehension iterable expression"
    );
    assert_eq!(
        err1("class C:\n    [(y := x) for x in z]\n"),
        "assignment expression within a comprehension cannot be used in a class body"
    );
    assert_eq!(
        err1("[(a := 1) for b in c for a in d]\n"),
        "assignment expression cannot rebind comprehension iteration variable 'a'"
    );
    assert_eq!(
        err1("[i for i in range(5) if (j := 0) for j in range(5)]\n"),
        "comprehension inner loop cannot rebind assignment expression target 'j'"
    );
}

#[test]
fn generator_flags() {
    let t = tree("def f():\n    yield 1\ndef g():\n    x = yield from h()\ndef k():\n    return (y for y in z)\nl = lambda: (yield)\n");
    assert!(t.scope(scope(&t, "f")).is_generator);
    assert!(t.scope(scope(&t, "g")).is_generator);
    assert!(!t.scope(scope(&t, "k")).is_generator);
    assert!(t.scope(scope(&t, "k.<locals>.<genexpr>")).is_generator);
    assert!(t.scope(scope(&t, "<lambda>")).is_generator);
    // yield in the outermost iterable belongs to the enclosing function.
    let t = tree("def f():\n    return [x for x in (yield)]\n");
    assert!(t.scope(scope(&t, "f")).is_generator);
    // A nested function's yield does not make the outer one a generator.
    let t = tree("def f():\n    def g(): yield\n");
    assert!(!t.scope(scope(&t, "f")).is_generator);
}

// --- lambdas, defaults, decorators ----------------------------------------

#[test]
fn defaults_and_decorators_in_enclosing_scope() {
    let src = "
def f():
    d = 1
    deco = None
    A = int
    @deco
    def g(a=d, *, b=d, c: A = 1) -> A:
        return a
    h = lambda x=d: x
";
    let t = tree(src);
    for n in ["d", "deco", "A"] {
        assert_eq!(b(&t, "f", n), Local, "{n}");
    }
    assert!(!has(&t, "f.<locals>.g", "d"));
    assert!(!has(&t, "f.<locals>.g", "A"));
    assert_eq!(b(&t, "f.<locals>.<lambda>", "x"), Local);
    assert!(!has(&t, "f.<locals>.<lambda>", "d"));
}

#[test]
fn qualnames() {
    let src = "
def f():
    def g():
        pass
    class C:
        def m(self):
            return lambda: [x for x in ()]
    return lambda: 1
class D:
    class E:
        def n(self): pass
    lam = lambda: 0
def h():
    global k
    def k(): pass
    return [lambda: 0 for _ in ()]
";
    let t = tree(src);
    let q: Vec<&str> = t.scopes.iter().map(|s| s.qualname.as_str()).collect();
    assert_eq!(
        q,
        [
            "<module>",
            "f",
            "f.<locals>.g",
            "f.<locals>.C",
            "f.<locals>.C.m",
            "f.<locals>.C.m.<locals>.<lambda>",
            "f.<locals>.C.m.<locals>.<lambda>.<locals>.<listcomp>",
            "f.<locals>.<lambda>",
            "D",
            "D.E",
            "D.E.n",
            "D.<lambda>",
            "h",
            "k",
            "h.<locals>.<listcomp>",
            "h.<locals>.<listcomp>.<lambda>",
        ]
    );
}

#[test]
fn scope_of_node_finds_definitions() {
    let file = SourceFile::new(
        "t.py",
        "def f():\n    g = lambda: [x for x in ()]\nclass C: pass\n",
    );
    let module = parse_module(&file).unwrap();
    let t = resolve(&module).unwrap();
    let Stmt::FunctionDef(f) = &module.body[0] else {
        panic!()
    };
    let fid = t.scope_of_node(f.range).unwrap();
    assert_eq!(t.scope(fid).name, "f");
    let Stmt::Assign(a) = &f.body[0] else {
        panic!()
    };
    let Expr::Lambda(l) = &*a.value else { panic!() };
    let lid = t.scope_of_node(l.range).unwrap();
    assert_eq!(t.scope(lid).kind, ScopeKind::Lambda);
    assert_eq!(t.scope(lid).parent, Some(fid));
    let Expr::ListComp(c) = &*l.body else {
        panic!()
    };
    let cid = t.scope_of_node(c.range).unwrap();
    assert_eq!(t.scope(cid).parent, Some(lid));
    let Stmt::ClassDef(cl) = &module.body[1] else {
        panic!()
    };
    assert_eq!(
        t.scope(t.scope_of_node(cl.range).unwrap()).kind,
        ScopeKind::Class
    );
    assert_eq!(t.scope_of_node(TextRange::default()), None);
    assert_eq!(t.scope(t.root()).children.len(), 2);
}

// --- errors ---------------------------------------------------------------

#[test]
fn global_declaration_errors() {
    assert_eq!(
        err1("def f():\n    print(x)\n    global x\n"),
        "name 'x' is used prior to global declaration"
    );
    assert_eq!(
        err1("def f():\n    x = 1\n    global x\n"),
        "name 'x' is assigned to before global declaration"
    );
    assert_eq!(
        err1("def f(x):\n    global x\n"),
        "name 'x' is parameter and global"
    );
    assert_eq!(
        err1("x = 1\nglobal x\n"),
        "name 'x' is assigned to before global declaration"
    );
    assert_eq!(
        err1("def f():\n    x: int\n    global x\n"),
        "annotated name 'x' can't be global"
    );
    assert_eq!(
        err1("def f():\n    global x\n    x: int = 1\n"),
        "annotated name 'x' can't be global"
    );
}

#[test]
fn nonlocal_declaration_errors() {
    assert_eq!(
        err1("def f():\n    def g():\n        nonlocal x\n"),
        "no binding for nonlocal 'x' found"
    );
    assert_eq!(
        err1("x = 1\ndef g():\n    nonlocal x\n"),
        "no binding for nonlocal 'x' found"
    );
    assert_eq!(
        err1("nonlocal x\n"),
        "nonlocal declaration not allowed at module level"
    );
    assert_eq!(
        err1("x = 1\nnonlocal x\n"),
        "name 'x' is assigned to before nonlocal declaration"
    );
    assert_eq!(
        err1("def f(x):\n    def g(x):\n        nonlocal x\n"),
        "name 'x' is parameter and nonlocal"
    );
    assert_eq!(
        err1("def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x\n"),
        "name 'x' is used prior to nonlocal declaration"
    );
    assert_eq!(
        err1("def f():\n    x = 1\n    def g():\n        nonlocal x\n        global x\n"),
        "name 'x' is nonlocal and global"
    );
    // A global in between hides the binding.
    assert_eq!(
        err1("def f():\n    x = 1\n    def g():\n        global x\n        def h():\n            nonlocal x\n"),
        "no binding for nonlocal 'x' found"
    );
    // A class at module level has no enclosing function.
    assert_eq!(
        err1("class C:\n    nonlocal x\n"),
        "no binding for nonlocal 'x' found"
    );
    // Class bindings are not visible to nonlocal.
    assert_eq!(
        err1("class C:\n    x = 1\n    def m(self):\n        nonlocal x\n"),
        "no binding for nonlocal 'x' found"
    );
}

#[test]
fn nonlocal_error_range_is_the_statement() {
    let src = "def f():\n    nonlocal q\n";
    let e = try_resolve(src).unwrap_err();
    let start = usize::from(e[0].range.start());
    let end = usize::from(e[0].range.end());
    assert_eq!(&src[start..end], "nonlocal q");
}

#[test]
fn misplaced_statements() {
    assert_eq!(err1("return 1\n"), "'return' outside function");
    assert_eq!(err1("class C:\n    return\n"), "'return' outside function");
    assert_eq!(err1("yield 1\n"), "'yield' outside function");
    assert_eq!(
        err1("class C:\n    x = yield\n"),
        "'yield' outside function"
    );
    assert_eq!(err1("x = yield from y\n"), "'yield' outside function");
    assert_eq!(err1("await x\n"), "'await' outside function");
    assert_eq!(
        err1("def f():\n    await x\n"),
        "'await' outside async function"
    );
    assert_eq!(err1("break\n"), "'break' outside loop");
    assert_eq!(err1("continue\n"), "'continue' not properly in loop");
    assert_eq!(
        err1("for x in y:\n    def f():\n        break\n"),
        "'break' outside loop"
    );
    assert_eq!(
        err1("while x:\n    pass\nelse:\n    continue\n"),
        "'continue' not properly in loop"
    );
    assert_eq!(
        err1("def f():\n    [(yield) for x in y]\n"),
        "'yield' inside list comprehension"
    );
    assert_eq!(
        err1("def f():\n    ((yield) for x in y)\n"),
        "'yield' inside generator expression"
    );
    assert_eq!(
        err1("def f():\n    from m import *\n"),
        "import * only allowed at module level"
    );
    // All fine:
    tree("for x in y:\n    if x: break\n    else: continue\nelse:\n    pass\nwhile 1:\n    try:\n        break\n    finally:\n        pass\nasync def f():\n    await g()\nfrom m import *\n");
    tree("for a in b:\n    for c in d:\n        pass\n    break\n");
}

#[test]
fn duplicate_arguments() {
    assert_eq!(
        err1("def f(a, b, a): pass\n"),
        "duplicate argument 'a' in function definition"
    );
    assert_eq!(
        err1("def f(a, *, a): pass\n"),
        "duplicate argument 'a' in function definition"
    );
    assert_eq!(
        err1("f = lambda a, **a: 0\n"),
        "duplicate argument 'a' in function definition"
    );
}

#[test]
fn several_errors_are_all_reported_in_order() {
    let e = errors("break\ndef f(a, a): pass\nreturn\n");
    assert_eq!(
        e,
        [
            "'break' outside loop",
            "duplicate argument 'a' in function definition",
            "'return' outside function"
        ]
    );
}

// --- refusals -------------------------------------------------------------

#[test]
fn refuses_dynamic_code() {
    for name in ["eval", "exec", "compile"] {
        let e = err1(&format!("{name}('1')\n"));
        assert_eq!(
            e,
            format!("`{name}` is not supported: Molt compiles the whole program ahead of time and cannot run code created at run time")
        );
    }
    assert!(err1("m = __import__('os')\n").starts_with("`__import__` is not supported"));
    assert!(err1("def f():\n    return eval\n").starts_with("`eval` is not supported"));
    assert!(err1("class C:\n    x = exec\n").starts_with("`exec` is not supported"));
    assert!(err1("def f():\n    global eval\n    return eval('1')\n")
        .starts_with("`eval` is not supported"));
}

#[test]
fn allows_program_bound_names() {
    tree("def eval(s): return s\neval('1')\n");
    tree("def f():\n    exec = print\n    exec('x')\n");
    tree("def f():\n    compile = 1\n    def g(): return compile\n");
    tree("from m import eval\nprint(eval)\n");
    tree("def setup():\n    global eval\n    eval = len\ndef use():\n    return eval('x')\n");
    tree("class C:\n    eval = 1\n    y = eval\n");
    tree("x = obj.eval('1')\n");
}

#[test]
fn refuses_namespace_dictionaries() {
    assert!(err1("print(locals())\n").starts_with("`locals()` is not supported"));
    assert!(err1("def f():\n    return globals()\n").starts_with("`globals()` is not supported"));
    assert!(err1("g = globals\n").starts_with("`globals()` is not supported"));
    assert!(err1("def f():\n    return vars()\n").starts_with("`vars()` without an argument"));
    assert!(err1("vars(*a)\n").starts_with("`vars()` without an argument"));
    tree("class P: pass\nprint(vars(P()))\nm = map(vars, [])\n");
    tree("def f(locals): return locals()\n");
    assert!(err1("def f():\n    return dir()\n").starts_with("`dir()` without an argument"));
    tree("class P: pass\nprint(dir(P), dir(P()))\nm = map(dir, [])\n");
}

#[test]
fn refusal_messages_live_in_one_table() {
    let names: Vec<&str> = REFUSED_BUILTINS.iter().map(|r| r.name).collect();
    assert_eq!(
        names,
        [
            "eval",
            "exec",
            "compile",
            "__import__",
            "globals",
            "locals",
            "dir",
            "ExceptionGroup",
            "BaseExceptionGroup",
            "vars"
        ]
    );
    for r in REFUSED_BUILTINS {
        assert!(
            r.message.starts_with(&format!("`{}", r.name)),
            "{}",
            r.message
        );
    }
}

// --- robustness -----------------------------------------------------------

fn deep(src: String) {
    // Run on a thread with a small stack: the pass must grow its own.
    std::thread::Builder::new()
        .stack_size(1 << 20)
        .spawn(move || {
            let file = SourceFile::new("t.py", src);
            let module = stacker::grow(256 << 20, || parse_module(&file));
            let module = module.expect("parses");
            let r = resolve(&module);
            assert!(r.is_ok(), "{:?}", r.err().map(|e| messages(&e)));
            // Dropping a deep tree is the parser's business; keep it off
            // this thread's small stack.
            stacker::grow(256 << 20, || drop(module));
        })
        .unwrap()
        .join()
        .unwrap();
}

// The front door (molt-syntax) refuses brackets nested past 200 and
// syntax nested past about 2,900 levels, as CPython does; the resolver must
// handle everything it accepts, on a small stack.

#[test]
fn survives_deeply_nested_lists() {
    let n = 200;
    deep(format!("x = {}1{}\n", "[".repeat(n), "]".repeat(n)));
}

#[test]
fn survives_deeply_nested_parentheses_and_calls() {
    let n = 200;
    deep(format!("x = {}1{}\n", "(".repeat(n), ")".repeat(n)));
    deep(format!("x = {}1{}\n", "f(".repeat(n), ")".repeat(n)));
    deep(format!("x = {}\n", vec!["1"; 2_800].join(" + ")));
}

#[test]
fn survives_deeply_nested_scopes() {
    let n = 1_400;
    deep(format!("f = {}y\n", "lambda: ".repeat(2 * n)));
    deep(format!(
        "x = {}y{}\n",
        "[(".repeat(n / 14),
        " for y in z)]".repeat(n / 14)
    ));
    // Free variable threaded through every level.
    deep(format!(
        "def f():\n    y = 1\n    return {}y\n",
        "lambda: ".repeat(2 * n)
    ));
}

#[test]
fn deterministic_output() {
    let src =
        "def f(a):\n    b = c = d = 1\n    def g():\n        return d, c, b, a\n    return g\n";
    let t1 = tree(src);
    let t2 = tree(src);
    assert_eq!(t1, t2);
    let names: Vec<&str> = t1
        .scope(scope(&t1, "f"))
        .symbols
        .iter()
        .map(|s| s.name.as_str())
        .collect();
    assert_eq!(names, ["a", "b", "c", "d", "g"]);
    assert_eq!(t1.cell_vars(scope(&t1, "f")), ["a", "b", "c", "d"]);
}

/// Differential aid: `MOLT_RESOLVE_DUMP=file.py cargo test -p molt-resolve
/// dump_for_diff -- --ignored --nocapture` prints the bindings in the format
/// of a small script over CPython's `symtable` module; `symtable-diff/run.sh`
/// runs both over `symtable-diff/cases/` and reports any difference.
#[test]
#[ignore]
fn dump_for_diff() {
    let Ok(path) = std::env::var("MOLT_RESOLVE_DUMP") else {
        return;
    };
    let src = std::fs::read_to_string(&path).unwrap();
    let mut out = String::from("<<<\n");
    match try_resolve(&src) {
        Err(e) => {
            for m in messages(&e) {
                out.push_str(&format!("ERROR {m}\n"));
            }
        }
        Ok(t) => {
            let mut stack = vec![t.root()];
            while let Some(id) = stack.pop() {
                let s = t.scope(id);
                let name = if s.kind == ScopeKind::Module {
                    "top".to_string()
                } else {
                    s.name
                        .trim_start_matches('<')
                        .trim_end_matches('>')
                        .to_string()
                };
                out.push_str(&format!("{:?} {name}\n", s.kind));
                if s.kind != ScopeKind::Module {
                    let mut syms: Vec<&Symbol> = s.symbols.iter().collect();
                    syms.sort_by(|a, b| a.name.cmp(&b.name));
                    for sym in syms {
                        let p = if sym.is_param { " param" } else { "" };
                        out.push_str(&format!("  {}={:?}{p}\n", sym.name, sym.binding));
                    }
                }
                stack.extend(s.children.iter().rev());
            }
        }
    }
    out.push_str(">>>\n");
    print!("{out}");
}
