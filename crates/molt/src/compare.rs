//! `molt compare`: the program under CPython and under Molt, side by side:
//! standard output, standard error (tracebacks) and exit status.

use std::path::Path;
use std::process::{Command, ExitCode, Stdio};

pub fn compare(file: &Path, args: &[String]) -> Result<ExitCode, String> {
    let exe = crate::cache::build_cached(file)?;
    // Molt does not print warnings, so CPython's are left out.
    let python = Command::new("python3")
        .args(["-W", "ignore"])
        .arg(file)
        .args(args)
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("error: cannot run python3: {e}"))?;
    let molt = Command::new(&exe)
        .args(args)
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("error: cannot run {}: {e}", exe.display()))?;
    let dir = file
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let dir = dir.canonicalize().unwrap_or_else(|_| dir.to_path_buf());
    let py_out = relative_paths(&python.stdout, &dir);
    let py_err = relative_paths(&python.stderr, &dir);
    let molt_out = String::from_utf8_lossy(&molt.stdout);
    let molt_err = String::from_utf8_lossy(&molt.stderr);
    let (pc, mc) = (python.status.code(), molt.status.code());
    if py_out == molt_out && py_err == molt_err && pc == mc {
        println!("same");
        return Ok(ExitCode::SUCCESS);
    }
    println!("--- python3");
    println!("+++ molt");
    if py_out != molt_out {
        print!("{}", line_diff(&py_out, &molt_out));
    }
    if py_err != molt_err {
        println!("stderr:");
        print!("{}", line_diff(&py_err, &molt_err));
    }
    println!(
        "exit code: python3 {} / molt {}",
        code_text(pc),
        code_text(mc)
    );
    Ok(ExitCode::from(1))
}

/// CPython's output with the script's directory removed from traceback
/// `File "..."` lines: Molt names files relative to the main script.
fn relative_paths(output: &[u8], dir: &Path) -> String {
    let text = String::from_utf8_lossy(output);
    text.replace(&format!("File \"{}/", dir.display()), "File \"")
}

fn code_text(c: Option<i32>) -> String {
    c.map(|c| c.to_string())
        .unwrap_or_else(|| "killed by a signal".into())
}

/// A unified-style diff of two texts by lines (longest common subsequence).
pub fn line_diff(a: &str, b: &str) -> String {
    let x: Vec<&str> = a.lines().collect();
    let y: Vec<&str> = b.lines().collect();
    let (n, m) = (x.len(), y.len());
    let mut lcs = vec![vec![0u32; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if x[i] == y[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let mut out = String::new();
    let (mut i, mut j) = (0, 0);
    while i < n || j < m {
        if i < n && j < m && x[i] == y[j] {
            out.push_str(&format!(" {}\n", x[i]));
            i += 1;
            j += 1;
        } else if j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j]) {
            out.push_str(&format!("+{}\n", y[j]));
            j += 1;
        } else {
            out.push_str(&format!("-{}\n", x[i]));
            i += 1;
        }
    }
    out
}
