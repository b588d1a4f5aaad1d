//! The compiler's front door on arbitrary text: parsing, scope resolution,
//! lowering and MIR verification must return diagnostics, never panic or
//! overflow the stack. (Code generation sees only verified MIR.)
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let file = molt_syntax::SourceFile::new("fuzz.py", text);
    let Ok(module) = molt_syntax::parse_module(&file) else {
        return;
    };
    let Ok(tree) = molt_resolve::resolve(&module) else {
        return;
    };
    let input = molt_mir::lower::ModuleInput {
        name: "__main__",
        package: "",
        file: &file,
        ast: &module,
        tree: &tree,
    };
    if let Ok(program) = molt_mir::lower::lower_program(&[input]) {
        let verified = molt_mir::verify::program(&program);
        assert!(verified.is_ok(), "lowering produced invalid MIR: {verified:?}");
    }
});
