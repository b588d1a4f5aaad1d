//! Differential tests: every behaviour Molt supports is proved by running a
//! Python program under CPython and as a Molt-built native binary, and
//! comparing stdout and the exit code byte for byte.
//!
//! Each `.py` file under `<workspace>/tests/differential/` (walked in sorted
//! order) becomes one test named after its path, e.g.
//! `tests/differential/str/split_whitespace.py` is `str::split_whitespace`.
//! For each test the harness:
//!
//! 1. builds the program with `molt build <file.py> -o <tmp>/<name>`
//!    (a failed build fails the test and shows Molt's stderr);
//! 2. runs `python3 <file.py> ARGS` (with `PYTHONHASHSEED=0`) and the built
//!    binary with the same arguments, the same stdin and the same working
//!    directory (the program's own directory), in a near-empty environment
//!    that keeps only `PATH` (CPython also gets `PYTHONUTF8=1` and
//!    `PYTHONDONTWRITEBYTECODE=1`; the binary gets `MOLT_GC_STRESS` if set);
//! 3. compares stdout bytes, stderr bytes (tracebacks included) and exit
//!    codes, failing with a line diff and both exit codes on a mismatch.
//!    CPython names the main script and the modules beside it by absolute
//!    path in tracebacks while a Molt binary names them relative to the
//!    script's directory, so that directory prefix is removed from
//!    CPython's `File "..."` lines (on both streams: `traceback` output
//!    may go to either) first. CPython runs with `-W ignore`:
//!    Molt does not print warnings.
//!
//! Programs listed in `tests/differential/pending.txt` are expected to fail
//! (their features are not implemented yet); one that passes fails the run,
//! so the list can only shrink.
//!
//! Packages (directories with an `__init__.py`) inside the corpus are
//! modules that programs import, not programs themselves.
//!
//! Per-program options:
//! * a sibling `<name>.stdin` file is fed to both runs (default: empty stdin);
//! * a first line `# molt-args: a b c` gives space-separated argv.
//!
//! The CPython used is `$MOLT_PYTHON` if set, else the `sys.executable` of
//! the `python3` on `PATH`. Each process is killed after a timeout (60 s, or
//! 600 s when `MOLT_GC_STRESS` is set) so a hang fails instead of blocking.
//! Built binaries live in a temp dir named by process id, removed at the end.

use std::ffi::OsString;
use std::fs::{self, File};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::OnceLock;
use std::thread;
use std::time::{Duration, Instant};

use libtest_mimic::{Arguments, Failed, Trial};

/// Marker of the optional argv line at the top of a program.
const ARGS_MARKER: &str = "# molt-args:";
/// How many differing lines (per side) a mismatch report shows.
const DIFF_LINES: usize = 12;
/// Lines of matching context shown before the first difference.
const DIFF_CONTEXT: usize = 3;

fn main() {
    let args = Arguments::from_args();
    let pending = pending_tests();
    let trials = collect_programs(&corpus_dir())
        .into_iter()
        .map(|program| {
            let name = test_name(&program);
            if pending.contains(&name) {
                // Expected to fail until the feature lands; a pending program
                // that passes fails the run, so the list only ever shrinks.
                Trial::test(name, move || match run_differential(&program) {
                    Ok(()) => {
                        Err("passes now: remove it from tests/differential/pending.txt".into())
                    }
                    Err(_) => Ok(()),
                })
                .with_kind("pending")
            } else {
                Trial::test(name, move || run_differential(&program))
            }
        })
        .collect();
    let conclusion = libtest_mimic::run(&args, trials);
    let _ = fs::remove_dir_all(work_dir());
    conclusion.exit();
}

// ---------------------------------------------------------------------------
// Discovery

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/differential")
}

/// Test names listed in `pending.txt`: corpus programs whose features are
/// not implemented yet (one name per line; `#` starts a comment).
fn pending_tests() -> std::collections::BTreeSet<String> {
    let text = fs::read_to_string(corpus_dir().join("pending.txt")).unwrap_or_default();
    text.lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

/// All `.py` files under `dir`, recursively, in sorted order.
fn collect_programs(dir: &Path) -> Vec<PathBuf> {
    let mut entries: Vec<PathBuf> = match fs::read_dir(dir) {
        Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).collect(),
        Err(_) => return Vec::new(),
    };
    entries.sort();
    let mut programs = Vec::new();
    for path in entries {
        if path.is_dir() {
            // Packages are modules the programs import, not programs.
            if !path.join("__init__.py").exists() {
                programs.extend(collect_programs(&path));
            }
        } else if path.extension().is_some_and(|ext| ext == "py") {
            programs.push(path);
        }
    }
    programs
}

/// `<corpus>/str/split_whitespace.py` -> `str::split_whitespace`.
fn test_name(program: &Path) -> String {
    let rel = program.strip_prefix(corpus_dir()).unwrap_or(program);
    let rel = rel.with_extension("");
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("::")
}

// ---------------------------------------------------------------------------
// Environment

fn gc_stress() -> Option<OsString> {
    std::env::var_os("MOLT_GC_STRESS")
}

fn timeout() -> Duration {
    if gc_stress().is_some() {
        Duration::from_secs(600)
    } else {
        Duration::from_secs(60)
    }
}

/// Per-process scratch directory for built binaries.
fn work_dir() -> PathBuf {
    std::env::temp_dir().join(format!("molt-differential-{}", std::process::id()))
}

/// The real CPython interpreter, resolved once.
fn python() -> Result<&'static Path, Failed> {
    static PYTHON: OnceLock<Result<PathBuf, String>> = OnceLock::new();
    PYTHON
        .get_or_init(resolve_python)
        .as_deref()
        .map_err(|e| Failed::from(e.clone()))
}

fn resolve_python() -> Result<PathBuf, String> {
    if let Some(p) = std::env::var_os("MOLT_PYTHON") {
        return Ok(PathBuf::from(p));
    }
    let out = Command::new("python3")
        .args(["-c", "import sys; print(sys.executable)"])
        .output()
        .map_err(|e| format!("cannot run python3 (set MOLT_PYTHON): {e}"))?;
    let exe = String::from_utf8_lossy(&out.stdout).trim().to_string();
    if !out.status.success() || exe.is_empty() {
        return Err(format!(
            "python3 did not report sys.executable (set MOLT_PYTHON): {}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    Ok(PathBuf::from(exe))
}

/// A command with a cleared environment except `PATH`.
fn clean_command(program: &Path) -> Command {
    let mut cmd = Command::new(program);
    cmd.env_clear();
    if let Some(path) = std::env::var_os("PATH") {
        cmd.env("PATH", path);
    }
    cmd
}

// ---------------------------------------------------------------------------
// Per-program options

/// Arguments from a first line `# molt-args: a b c`.
fn program_args(source: &str) -> Vec<String> {
    source
        .lines()
        .next()
        .and_then(|line| line.strip_prefix(ARGS_MARKER))
        .map(|rest| rest.split_whitespace().map(str::to_string).collect())
        .unwrap_or_default()
}

/// The sibling `<name>.stdin` file, if any.
fn stdin_file(program: &Path) -> Option<PathBuf> {
    let path = program.with_extension("stdin");
    path.is_file().then_some(path)
}

fn stdin_for(file: Option<&Path>) -> Result<Stdio, Failed> {
    match file {
        Some(path) => File::open(path)
            .map(Stdio::from)
            .map_err(|e| format!("cannot open {}: {e}", path.display()).into()),
        None => Ok(Stdio::null()),
    }
}

// ---------------------------------------------------------------------------
// Running processes

struct Output {
    status: ExitStatus,
    stdout: Vec<u8>,
    stderr: Vec<u8>,
}

fn spawn_reader<R: Read + Send + 'static>(mut pipe: R) -> thread::JoinHandle<Vec<u8>> {
    thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = pipe.read_to_end(&mut buf);
        buf
    })
}

/// Waits for `child`, killing it once `limit` has passed.
fn wait_with_timeout(child: &mut Child, limit: Duration) -> Result<ExitStatus, Failed> {
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait().map_err(|e| format!("wait failed: {e}"))? {
            return Ok(status);
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            return Err(format!("timed out after {} s", limit.as_secs()).into());
        }
        thread::sleep(Duration::from_millis(5));
    }
}

/// Runs `cmd` to completion with captured stdout/stderr and a timeout.
fn run(mut cmd: Command, stdin: Stdio, what: &str) -> Result<Output, Failed> {
    cmd.stdin(stdin)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd
        .spawn()
        .map_err(|e| format!("{what}: cannot start: {e}"))?;
    let out = spawn_reader(child.stdout.take().expect("piped stdout"));
    let err = spawn_reader(child.stderr.take().expect("piped stderr"));
    let status = wait_with_timeout(&mut child, timeout())
        .map_err(|e| Failed::from(format!("{what}: {}", e.message().unwrap_or("failed"))))?;
    Ok(Output {
        status,
        stdout: out.join().unwrap_or_default(),
        stderr: err.join().unwrap_or_default(),
    })
}

// ---------------------------------------------------------------------------
// The test

fn run_differential(program: &Path) -> Result<(), Failed> {
    let source = fs::read_to_string(program)
        .map_err(|e| format!("cannot read {}: {e}", program.display()))?;
    let args = program_args(&source);
    let stdin = stdin_file(program);
    let dir = program.parent().expect("program has a parent directory");

    let binary = build(program)?;
    let mut expected = run_cpython(program, dir, &args, stdin.as_deref())?;
    let canonical = dir.canonicalize().unwrap_or_else(|_| dir.to_path_buf());
    expected.stdout = relative_paths(&expected.stdout, &canonical);
    expected.stderr = relative_paths(&expected.stderr, &canonical);
    let actual = run_binary(&binary, dir, &args, stdin.as_deref())?;
    let _ = fs::remove_file(&binary);
    compare(&expected, &actual)
}

/// `molt build <file.py> -o <tmp>/<unique>`; returns the binary's path.
fn build(program: &Path) -> Result<PathBuf, Failed> {
    let dir = work_dir();
    fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let unique = test_name(program).replace("::", "__");
    let binary = dir.join(format!("{unique}{}", std::env::consts::EXE_SUFFIX));

    let mut cmd = Command::new(env!("CARGO_BIN_EXE_molt"));
    cmd.arg("build").arg(program).arg("-o").arg(&binary);
    let out = run(cmd, Stdio::null(), "molt build")?;
    if !out.status.success() {
        return Err(format!(
            "molt build failed ({}):\n{}{}",
            describe(&out.status),
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
        .into());
    }
    if !binary.is_file() {
        return Err(format!(
            "molt build exited successfully but wrote no binary at {}",
            binary.display()
        )
        .into());
    }
    Ok(binary)
}

fn run_cpython(
    program: &Path,
    dir: &Path,
    args: &[String],
    stdin: Option<&Path>,
) -> Result<Output, Failed> {
    let mut cmd = clean_command(python()?);
    cmd.env("PYTHONHASHSEED", "0")
        .env("PYTHONUTF8", "1")
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .current_dir(dir)
        .args(["-W", "ignore"])
        .arg(program.file_name().expect("program has a file name"))
        .args(args);
    run(cmd, stdin_for(stdin)?, "cpython")
}

fn run_binary(
    binary: &Path,
    dir: &Path,
    args: &[String],
    stdin: Option<&Path>,
) -> Result<Output, Failed> {
    let mut cmd = clean_command(binary);
    if let Some(stress) = gc_stress() {
        cmd.env("MOLT_GC_STRESS", stress);
    }
    cmd.current_dir(dir).args(args);
    run(cmd, stdin_for(stdin)?, "molt binary")
}

// ---------------------------------------------------------------------------
// Comparison and reporting

/// `stderr` with `File "<dir>/` shortened to `File "`.
fn relative_paths(stderr: &[u8], dir: &Path) -> Vec<u8> {
    let text = String::from_utf8_lossy(stderr);
    let prefix = format!("File \"{}/", dir.display());
    text.replace(&prefix, "File \"").into_bytes()
}

fn compare(expected: &Output, actual: &Output) -> Result<(), Failed> {
    let same_code = expected.status.code() == actual.status.code();
    if same_code && expected.stdout == actual.stdout && expected.stderr == actual.stderr {
        return Ok(());
    }
    let mut report = String::new();
    if !same_code {
        report.push_str("exit codes differ\n");
    }
    report.push_str(&format!(
        "exit code: cpython {}, molt {}\n",
        describe(&expected.status),
        describe(&actual.status)
    ));
    if expected.stdout != actual.stdout {
        report.push_str("stdout differs (- cpython, + molt):\n");
        report.push_str(&line_diff(&expected.stdout, &actual.stdout));
    }
    if expected.stderr != actual.stderr {
        report.push_str("stderr differs (- cpython, + molt):\n");
        report.push_str(&line_diff(&expected.stderr, &actual.stderr));
    } else {
        report.push_str(&format!(
            "--- stderr (the same) ---\n{}",
            String::from_utf8_lossy(&actual.stderr)
        ));
    }
    Err(report.into())
}

fn describe(status: &ExitStatus) -> String {
    match status.code() {
        Some(code) => code.to_string(),
        None => format!("{status}"),
    }
}

/// Shows a few lines of context, then the first differing lines of each side,
/// with 1-based line numbers.
fn line_diff(expected: &[u8], actual: &[u8]) -> String {
    let exp = String::from_utf8_lossy(expected);
    let act = String::from_utf8_lossy(actual);
    let exp: Vec<&str> = exp.split_inclusive('\n').collect();
    let act: Vec<&str> = act.split_inclusive('\n').collect();
    let first = exp
        .iter()
        .zip(&act)
        .position(|(a, b)| a != b)
        .unwrap_or(exp.len().min(act.len()));

    let mut out = format!(
        "@@ first difference at line {} (cpython {} lines, molt {} lines) @@\n",
        first + 1,
        exp.len(),
        act.len()
    );
    for (i, line) in exp
        .iter()
        .enumerate()
        .take(first)
        .skip(first.saturating_sub(DIFF_CONTEXT))
    {
        out.push_str(&format_line(' ', i, line));
    }
    for (i, line) in exp.iter().enumerate().skip(first).take(DIFF_LINES) {
        out.push_str(&format_line('-', i, line));
    }
    for (i, line) in act.iter().enumerate().skip(first).take(DIFF_LINES) {
        out.push_str(&format_line('+', i, line));
    }
    out
}

fn format_line(sign: char, index: usize, line: &str) -> String {
    match line.strip_suffix('\n') {
        Some(text) => format!("{sign}{:>5} | {text}\n", index + 1),
        None => format!("{sign}{:>5} | {line}  (no newline at end)\n", index + 1),
    }
}
