//! Lowering produces verified MIR for representative programs.

fn lower(src: &str) -> String {
    let file = molt_syntax::SourceFile::new("t.py", src);
    let module = molt_syntax::parse_module(&file).expect("parses");
    let tree = molt_resolve::resolve(&module).expect("resolves");
    let input = molt_mir::lower::ModuleInput {
        name: "__main__",
        package: "",
        file: &file,
        ast: &module,
        tree: &tree,
    };
    let program = molt_mir::lower::lower_program(&[input])
        .map_err(|e| e.len())
        .expect("lowers");
    molt_mir::verify::program(&program).expect("verifies");
    molt_mir::print::program(&program)
}

#[test]
fn recursive_function() {
    let mir = lower("def fib(n):\n    if n < 2:\n        return n\n    return fib(n-1) + fib(n-2)\nprint(fib(10))\n");
    assert!(mir.contains("fn1 fib(n)"), "{mir}");
}

#[test]
fn closures_loops_exceptions_classes() {
    lower(
        "def outer():\n    x = 1\n    def inner():\n        nonlocal x\n        x += 1\n        return x\n    return inner\n\
         for i in range(3):\n    if i == 1:\n        continue\n    print(i)\nelse:\n    print('done')\n\
         try:\n    1/0\nexcept ZeroDivisionError as e:\n    print(e)\nfinally:\n    print('f')\n\
         class A:\n    def __init__(self, v):\n        self.v = v\n    def get(self):\n        return self.v\n\
         class B(A):\n    def get(self):\n        return super().get() + 1\n\
         print([x*x for x in range(5) if x % 2], {k: v for k, v in [(1, 2)]}, f'{3.5:>8.2f}')\n\
         def gen(n):\n    for i in range(n):\n        yield i\n",
    );
}
