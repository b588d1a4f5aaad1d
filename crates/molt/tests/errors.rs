//! Every program in `tests/errors/` must be refused by `molt build` with
//! exactly the message in the `.stderr` file beside it (rustc UI-test
//! style). `MOLT_BLESS=1` writes the current messages instead, for review.

use std::path::{Path, PathBuf};
use std::process::Command;

fn errors_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/errors")
}

#[test]
fn refused_programs_give_their_exact_message() {
    let dir = errors_dir();
    let mut cases: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/errors exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    cases.sort();
    assert!(cases.len() >= 20, "expected at least 20 refusal cases");
    let out_dir = std::env::temp_dir().join(format!("molt-errors-{}", std::process::id()));
    std::fs::create_dir_all(&out_dir).expect("temp dir");
    let bless = std::env::var_os("MOLT_BLESS").is_some();
    let mut failures = Vec::new();
    for case in &cases {
        let name = case.file_name().and_then(|n| n.to_str()).unwrap_or("?");
        let output = Command::new(env!("CARGO_BIN_EXE_molt"))
            .current_dir(&dir)
            .args(["build", name, "-o"])
            .arg(out_dir.join("a.out"))
            .output()
            .expect("molt runs");
        let stderr = String::from_utf8_lossy(&output.stderr).to_string();
        let expected_path = case.with_extension("stderr");
        if output.status.success() {
            failures.push(format!("{name}: was accepted, but must be refused"));
            continue;
        }
        if stderr.contains("panicked") || stderr.contains("RUST_BACKTRACE") {
            failures.push(format!("{name}: molt panicked:\n{stderr}"));
            continue;
        }
        if bless {
            std::fs::write(&expected_path, &stderr).expect("writing the expected message");
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
        if expected != stderr {
            failures.push(format!(
                "{name}: message differs\n--- expected\n{expected}--- got\n{stderr}"
            ));
        }
    }
    let _ = std::fs::remove_dir_all(&out_dir);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
