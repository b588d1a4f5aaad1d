//! Builds the runtime's static archive so the `molt` executable can carry it
//! inside itself: compiled programs are linked against it with nothing but
//! the system C linker.
//!
//! The runtime is built by a nested cargo with its own target directory, so
//! it never contends for the outer build's lock.

use sha2::{Digest, Sha256};
use std::path::PathBuf;
use std::process::Command;

fn main() {
    let manifest_dir = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets it"));
    let workspace = manifest_dir.join("../..");
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets it"));
    let target_dir = out.join("runtime-target");
    for dir in [
        "runtime/src",
        "runtime/Cargo.toml",
        "crates/molt-abi/src",
        "crates/molt-regex/src",
        "Cargo.lock",
    ] {
        println!("cargo:rerun-if-changed={}", workspace.join(dir).display());
    }
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let status = Command::new(cargo)
        .args([
            "build",
            "--release",
            "--locked",
            "-p",
            "molt-runtime",
            "--manifest-path",
        ])
        .arg(workspace.join("Cargo.toml"))
        .arg("--target-dir")
        .arg(&target_dir)
        .env_remove("RUSTFLAGS")
        .env_remove("CARGO_ENCODED_RUSTFLAGS")
        .env_remove("CARGO_TARGET_DIR")
        .status()
        .expect("running cargo to build the runtime");
    assert!(status.success(), "building the runtime archive failed");
    let archive = target_dir.join("release/libmolt_runtime.a");
    let bytes = std::fs::read(&archive).expect("the runtime archive exists");
    let digest = Sha256::digest(&bytes);
    let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
    std::fs::write(out.join("libmolt_runtime.a"), &bytes).expect("copying the runtime archive");
    println!("cargo:rustc-env=MOLT_RUNTIME_SHA256={hex}");
}
