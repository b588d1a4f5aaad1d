//! The Molt runtime: everything a compiled Python program needs at run time,
//! linked as a static archive into every executable `molt build` produces.
//!
//! Generated code and this crate meet only at the ABI of `molt-abi`: values
//! are NaN-boxed 64-bit words (`value`), compiled functions link a `Frame`
//! onto the shadow stack (`frames`) so the garbage collector (`gc`) finds
//! their roots precisely, and everything that is not emitted inline is a
//! call to one of the `extern "C"` entry points in `entry`. Fallible entry
//! points return `ERR` with the exception pending in `exc`.
//!
//! Reading order: `value` and `object` (the representation), `gc` and
//! `frames` (memory and the shadow stack), `exc` (raising), `objects/*` (one
//! file per built-in type), `protocol` (the abstract object layer: truth,
//! repr, compare, hash, call, iteration), `ops` (operators), `attr`
//! (attributes and subscription), `call` (argument binding, construction,
//! generators), `builtins` (the builtins namespace and built-in methods),
//! `modules` (the standard library modules written in Rust), `entry` (the
//! ABI surface) and `start` (process start and the uncaught-exception
//! report). Pure, object-model-free helpers sit beside them: `hash`
//! (CPython's hash functions), `format` (number formatting and parsing) and
//! `numeric` (int and float arithmetic, the math module's functions).
//!
//! `os` is the only module that touches the operating system.

pub mod attr;
pub mod builtins;
pub mod call;
pub mod context;
pub mod entry;
pub mod exc;
pub mod format;
pub mod frames;
pub mod gc;
pub mod hash;
mod ic;
mod instance_dict;
mod kwargs;
pub mod matching;
pub mod modules;
pub mod numeric;
pub mod object;
pub mod objects;
pub mod ops;
pub mod os;
pub mod program;
pub mod protocol;
pub mod start;
mod suggestions;
pub mod tb_object;
pub mod traceback;
pub mod value;
mod yield_from;

#[cfg(test)]
mod tests;

/// Stops the process on a broken runtime invariant (never on a Python
/// program's behaviour: those raise exceptions).
#[cold]
pub fn fatal(msg: &str) -> ! {
    os::flush_stdout();
    os::write_stderr(&format!("Fatal Python error: molt runtime: {msg}\n"));
    os::abort()
}
