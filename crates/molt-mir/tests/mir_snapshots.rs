//! Lowering snapshots: each `tests/mir/<case>.py` is lowered and its MIR
//! text compared with `<case>.mir` beside it, so a change in what lowering
//! produces shows up as a reviewable diff. `MOLT_BLESS=1` rewrites the
//! snapshots.

use std::path::Path;

fn lower(path: &Path) -> String {
    let text = std::fs::read_to_string(path).expect("case readable");
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("case.py");
    let file = molt_syntax::SourceFile::new(name, text);
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
fn lowering_matches_snapshots() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/mir");
    let mut cases: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/mir exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    cases.sort();
    assert!(!cases.is_empty());
    let bless = std::env::var_os("MOLT_BLESS").is_some();
    let mut failures = Vec::new();
    for case in cases {
        let got = lower(&case);
        let snapshot = case.with_extension("mir");
        if bless {
            std::fs::write(&snapshot, &got).expect("write snapshot");
            continue;
        }
        let want = std::fs::read_to_string(&snapshot).unwrap_or_default();
        if want != got {
            failures.push(format!(
                "{}:\n--- expected\n{want}--- got\n{got}",
                case.display()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
