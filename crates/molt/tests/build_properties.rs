//! Properties of built executables as a user sees them: bit-for-bit
//! reproducible builds, standalone binaries, and memory that is really
//! reclaimed.

use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};
use std::process::Command;

fn programs() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/programs")
}

fn temp(tag: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("molt-{tag}-{}", std::process::id()));
    std::fs::create_dir_all(&d).expect("temp dir");
    d
}

/// Builds `program` from inside `dir` (copying the source there first).
fn build_in(dir: &Path, program: &str, env: &[(&str, &str)]) -> Vec<u8> {
    std::fs::copy(programs().join(program), dir.join(program)).expect("copy source");
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_molt"));
    cmd.current_dir(dir).args(["build", program, "-o", "app"]);
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().expect("molt runs");
    assert!(
        out.status.success(),
        "build failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    std::fs::read(dir.join("app")).expect("executable written")
}

#[test]
fn builds_are_bit_for_bit_reproducible() {
    let a = temp("repro-a");
    let b = temp("repro-b").join("nested/deeper");
    std::fs::create_dir_all(&b).expect("dir");
    let x = build_in(
        &a,
        "reproducible.py",
        &[("LANG", "C"), ("TZ", "UTC"), ("USER", "alice")],
    );
    let y = build_in(
        &b,
        "reproducible.py",
        &[
            ("LANG", "de_DE.UTF-8"),
            ("TZ", "Asia/Tokyo"),
            ("USER", "bob"),
            ("SOURCE_DATE_EPOCH", "1"),
        ],
    );
    assert_eq!(hex(&x), hex(&y), "the two builds differ");
    let _ = std::fs::remove_dir_all(&a);
}

#[test]
fn executable_runs_without_its_source_and_from_elsewhere() {
    let dir = temp("standalone");
    build_in(&dir, "reproducible.py", &[]);
    std::fs::remove_file(dir.join("reproducible.py")).expect("remove source");
    let out = Command::new(dir.join("app"))
        .current_dir("/")
        .output()
        .expect("runs");
    assert!(out.status.success());
    let expected = Command::new("python3")
        .arg(programs().join("reproducible.py"))
        .output()
        .expect("python3 runs");
    assert_eq!(out.stdout, expected.stdout);
    let ldd = Command::new("ldd")
        .arg(dir.join("app"))
        .output()
        .expect("ldd runs");
    assert!(!String::from_utf8_lossy(&ldd.stdout).contains("libpython"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn short_lived_garbage_is_reclaimed() {
    let dir = temp("memory");
    build_in(&dir, "memory_churn.py", &[]);
    // GNU time reports the peak resident set size in KiB.
    let out = Command::new("/usr/bin/time")
        .args(["-f", "%M"])
        .arg(dir.join("app"))
        .output()
        .expect("/usr/bin/time runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "6315000");
    let stderr = String::from_utf8_lossy(&out.stderr);
    let peak_kib: u64 = stderr
        .lines()
        .last()
        .and_then(|l| l.trim().parse().ok())
        .expect("peak RSS");
    assert!(
        peak_kib < 100 * 1024,
        "peak RSS {peak_kib} KiB is over 100 MB"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

fn hex(b: &[u8]) -> String {
    Sha256::digest(b)
        .iter()
        .map(|x| format!("{x:02x}"))
        .collect()
}
