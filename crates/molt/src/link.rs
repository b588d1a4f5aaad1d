//! Linking: the program's object file plus the runtime archive this
//! executable carries, joined by the system C compiler driver (`cc`).

use std::path::{Path, PathBuf};
use std::process::Command;

static RUNTIME_ARCHIVE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/libmolt_runtime.a"));
const RUNTIME_SHA256: &str = env!("MOLT_RUNTIME_SHA256");

/// The directory Molt caches things in.
pub fn cache_dir() -> PathBuf {
    if let Some(d) = std::env::var_os("MOLT_CACHE_DIR") {
        return PathBuf::from(d);
    }
    if let Some(d) = std::env::var_os("XDG_CACHE_HOME") {
        return PathBuf::from(d).join("molt");
    }
    match std::env::var_os("HOME") {
        Some(h) => PathBuf::from(h).join(".cache/molt"),
        None => std::env::temp_dir().join("molt-cache"),
    }
}

/// The runtime archive on disk, written once per runtime version.
fn runtime_archive() -> Result<PathBuf, String> {
    let dir = cache_dir().join("runtime");
    let path = dir.join(format!("libmolt_runtime-{}.a", &RUNTIME_SHA256[..16]));
    if path.exists() {
        return Ok(path);
    }
    std::fs::create_dir_all(&dir)
        .map_err(|e| format!("error: cannot create {}: {e}", dir.display()))?;
    // Write under a unique name, then rename, so concurrent builds never see
    // a partial archive.
    let tmp = dir.join(format!(".tmp-{}", std::process::id()));
    std::fs::write(&tmp, RUNTIME_ARCHIVE)
        .map_err(|e| format!("error: cannot write {}: {e}", tmp.display()))?;
    std::fs::rename(&tmp, &path)
        .map_err(|e| format!("error: cannot write {}: {e}", path.display()))?;
    Ok(path)
}

pub fn link(obj: &[u8], out: &Path) -> Result<(), String> {
    let archive = runtime_archive()?;
    let work = tempdir()?;
    let obj_path = work.join("program.o");
    std::fs::write(&obj_path, obj)
        .map_err(|e| format!("error: cannot write {}: {e}", obj_path.display()))?;
    let result = Command::new("cc")
        .arg("-o")
        .arg(out)
        .arg(&obj_path)
        .arg(&archive)
        .args([
            "-lm",
            "-lpthread",
            "-ldl",
            "-Wl,--gc-sections",
            "-Wl,--build-id=none",
            "-s",
        ])
        .output();
    let _ = std::fs::remove_dir_all(&work);
    let output = result.map_err(|e| format!("error: cannot run the system linker `cc`: {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "error: linking failed:\n{}",
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    Ok(())
}

fn tempdir() -> Result<PathBuf, String> {
    let base = std::env::temp_dir();
    for n in 0..1000u32 {
        let p = base.join(format!("molt-{}-{n}", std::process::id()));
        if std::fs::create_dir(&p).is_ok() {
            return Ok(p);
        }
    }
    Err("error: cannot create a temporary directory".into())
}
