//! The build cache of `molt run`: executables keyed by the SHA-256 of the
//! source and of the compiler itself, so unchanged programs are not rebuilt.

use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

pub fn build_cached(file: &Path) -> Result<PathBuf, String> {
    let source =
        std::fs::read(file).map_err(|e| format!("error: cannot read {}: {e}", file.display()))?;
    let mut h = Sha256::new();
    h.update(env!("CARGO_PKG_VERSION").as_bytes());
    h.update(compiler_identity());
    h.update(file.display().to_string().as_bytes());
    h.update([0]);
    h.update(&source);
    let key: String = h
        .finalize()
        .iter()
        .take(16)
        .map(|b| format!("{b:02x}"))
        .collect();
    let dir = crate::link::cache_dir().join("run");
    let exe = dir.join(key);
    if exe.exists() {
        return Ok(exe);
    }
    std::fs::create_dir_all(&dir)
        .map_err(|e| format!("error: cannot create {}: {e}", dir.display()))?;
    let program = crate::compile::front_end(file)?;
    let tmp = dir.join(format!(".tmp-{}", std::process::id()));
    crate::compile::build_executable(&program, &tmp)?;
    std::fs::rename(&tmp, &exe)
        .map_err(|e| format!("error: cannot write {}: {e}", exe.display()))?;
    Ok(exe)
}

/// Identifies this build of the compiler, so a rebuilt `molt` never reuses
/// binaries made by an older one.
fn compiler_identity() -> Vec<u8> {
    std::env::current_exe()
        .ok()
        .and_then(|p| std::fs::read(p).ok())
        .map(|b| Sha256::digest(&b).to_vec())
        .unwrap_or_default()
}
