//! The operating-system boundary: the only module that reads or writes
//! outside the process (standard streams, process exit). Everything else in
//! the runtime goes through these functions, so capabilities can be
//! checked in one place.
//!
//! Standard output is buffered (flushed at exit, before anything is written
//! to standard error, and on request); standard error is not.

use std::cell::RefCell;
use std::io::{BufRead, BufWriter, Read, Write};

thread_local! {
    static STDOUT: RefCell<Option<BufWriter<std::io::Stdout>>> = const { RefCell::new(None) };
}

fn with_stdout(f: impl FnOnce(&mut BufWriter<std::io::Stdout>)) {
    STDOUT.with(|s| {
        if let Ok(mut s) = s.try_borrow_mut() {
            let w = s.get_or_insert_with(|| BufWriter::with_capacity(64 * 1024, std::io::stdout()));
            f(w);
        }
    });
}

/// Writes text to standard output (buffered). Errors such as a closed pipe
/// are ignored, as the program has no way to report them usefully.
pub fn write_stdout(s: &str) {
    with_stdout(|w| {
        let _ = w.write_all(s.as_bytes());
    });
}

pub fn flush_stdout() {
    with_stdout(|w| {
        let _ = w.flush();
    });
}

/// Writes text to standard error, after flushing standard output so the two
/// streams interleave in program order.
pub fn write_stderr(s: &str) {
    flush_stdout();
    let mut e = std::io::stderr();
    let _ = e.write_all(s.as_bytes());
    let _ = e.flush();
}

/// Reads one line from standard input, including its newline; `None` at end
/// of input. Invalid UTF-8 is replaced, never an error.
pub fn read_line() -> Option<String> {
    flush_stdout();
    let mut buf = Vec::new();
    match std::io::stdin().lock().read_until(b'\n', &mut buf) {
        Ok(0) | Err(_) => None,
        Ok(_) => Some(String::from_utf8_lossy(&buf).into_owned()),
    }
}

/// Reads all of standard input.
pub fn read_all() -> String {
    let mut buf = Vec::new();
    let _ = std::io::stdin().lock().read_to_end(&mut buf);
    String::from_utf8_lossy(&buf).into_owned()
}

/// Ends the process with `code`, flushing standard output first.
pub fn exit(code: i32) -> ! {
    flush_stdout();
    std::process::exit(code)
}

/// Ends the process by SIGINT with its default action, as CPython does
/// after an uncaught KeyboardInterrupt (the parent sees "killed by SIGINT").
pub fn die_of_sigint() -> ! {
    const SIGINT: i32 = 2;
    const SIG_DFL: usize = 0;
    extern "C" {
        fn signal(sig: i32, handler: usize) -> usize;
        fn raise(sig: i32) -> i32;
    }
    flush_stdout();
    // SAFETY: C library calls with valid arguments: restore the default
    // SIGINT action, then send SIGINT to this process, which ends it.
    unsafe {
        signal(SIGINT, SIG_DFL);
        raise(SIGINT);
    }
    // Not reached unless the signal was blocked.
    std::process::exit(130)
}

pub fn abort() -> ! {
    std::process::abort()
}

/// An environment variable (read only at start, for `MOLT_GC_STRESS`).
pub fn env_flag(name: &str) -> bool {
    std::env::var_os(name).is_some_and(|v| v == "1")
}

/// Runs `f` on a new thread with a native stack of `stack_size` bytes and
/// waits for its result.
pub fn run_on_big_stack(
    stack_size: usize,
    f: impl FnOnce() -> i32 + Send + 'static,
) -> Result<i32, &'static str> {
    let handle = std::thread::Builder::new()
        .name("molt-main".into())
        .stack_size(stack_size)
        .spawn(f)
        .map_err(|_| "could not start the program thread")?;
    handle.join().map_err(|_| "internal error in the runtime")
}

/// Fills `buf` with random bytes from the operating system (for seeding
/// `random` without a seed); falls back to the clock and process id if
/// the system source cannot be read.
pub fn random_bytes(buf: &mut [u8]) {
    if let Ok(mut f) = std::fs::File::open("/dev/urandom") {
        if f.read_exact(buf).is_ok() {
            return;
        }
    }
    let t = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos() as u64)
        ^ ((std::process::id() as u64) << 32);
    let mut x = t | 1;
    for b in buf.iter_mut() {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        *b = x as u8;
    }
}
