//! The `molt` commands as a user runs them: `run` (with its cache),
//! `compare`, `--emit mir`, and `--help`.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn temp(tag: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("molt-cli-{tag}-{}", std::process::id()));
    std::fs::create_dir_all(&d).expect("temp dir");
    d
}

fn molt(dir: &Path, cache: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_molt"))
        .current_dir(dir)
        .env("MOLT_CACHE_DIR", cache)
        .args(args)
        .output()
        .expect("molt runs")
}

fn cached_executables(cache: &Path) -> Vec<(PathBuf, std::time::SystemTime)> {
    let mut v: Vec<_> = std::fs::read_dir(cache.join("run"))
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
                .map(|e| {
                    (
                        e.path(),
                        e.metadata().and_then(|m| m.modified()).expect("mtime"),
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

#[test]
fn run_passes_output_and_exit_code_through_and_caches_the_build() {
    let dir = temp("run");
    let cache = dir.join("cache");
    std::fs::write(
        dir.join("app.py"),
        "import sys\nprint('args', sys.argv[1:])\nprint('to stderr', file=sys.stderr)\nsys.exit(3)\n",
    )
    .expect("write");
    let first = molt(&dir, &cache, &["run", "app.py", "--", "a", "b c"]);
    assert_eq!(
        String::from_utf8_lossy(&first.stdout),
        "args ['a', 'b c']\n"
    );
    assert_eq!(String::from_utf8_lossy(&first.stderr), "to stderr\n");
    assert_eq!(first.status.code(), Some(3));
    let built = cached_executables(&cache);
    assert_eq!(built.len(), 1, "one cached executable");
    let second = molt(&dir, &cache, &["run", "app.py", "--", "x"]);
    assert_eq!(String::from_utf8_lossy(&second.stdout), "args ['x']\n");
    assert_eq!(
        cached_executables(&cache),
        built,
        "unchanged source is not rebuilt"
    );
    std::fs::write(dir.join("app.py"), "print('changed')\n").expect("write");
    let third = molt(&dir, &cache, &["run", "app.py"]);
    assert_eq!(String::from_utf8_lossy(&third.stdout), "changed\n");
    assert_eq!(
        cached_executables(&cache).len(),
        2,
        "changed source is rebuilt"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn compare_says_same_or_shows_the_difference() {
    let dir = temp("compare");
    let cache = dir.join("cache");
    std::fs::write(dir.join("same.py"), "print(sum(range(10)), 0.1 + 0.2)\n").expect("write");
    let out = molt(&dir, &cache, &["compare", "same.py"]);
    assert_eq!(String::from_utf8_lossy(&out.stdout), "same\n");
    assert_eq!(out.status.code(), Some(0));
    // sys.argv[0] is the script under CPython and the executable under
    // Molt, so the two runs differ.
    std::fs::write(
        dir.join("differs.py"),
        "import sys\nscript = sys.argv[0].endswith('.py')\nprint(script)\nprint('same line')\nsys.exit(0 if script else 4)\n",
    )
    .expect("write");
    let out = molt(&dir, &cache, &["compare", "differs.py"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(text.contains(" same line"), "{text}");
    assert!(text.contains("exit code: python3 0 / molt 4"), "{text}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn emit_mir_prints_the_functions() {
    let dir = temp("mir");
    let cache = dir.join("cache");
    std::fs::write(
        dir.join("f.py"),
        "def double(x):\n    return x * 2\nprint(double(21))\n",
    )
    .expect("write");
    let out = molt(&dir, &cache, &["build", "f.py", "--emit", "mir"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success());
    assert!(text.contains("fn1 double(x) slots="), "{text}");
    assert!(text.contains("* %"), "{text}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn help_explains_every_command_and_flag() {
    let dir = temp("help");
    let out = molt(&dir, &dir, &["--help"]);
    let text = String::from_utf8_lossy(&out.stdout);
    for word in ["build", "run", "compare"] {
        assert!(text.contains(word), "{text}");
    }
    let out = molt(&dir, &dir, &["build", "--help"]);
    let text = String::from_utf8_lossy(&out.stdout);
    for flag in ["--output", "--emit"] {
        assert!(text.contains(flag), "{text}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}
