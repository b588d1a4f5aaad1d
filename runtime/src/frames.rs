//! The shadow stack: the chain of `Frame`s that generated code links while
//! its functions run. It gives the collector its roots, tracebacks their
//! lines, and the recursion limit its depth. The native stack is also
//! measured here, so no Python program can overflow it: past the limit, or
//! near the end of the native stack, a `RecursionError` is raised instead.

// `enter`/`leave`/`code_names` take the frame and code pointers generated
// code hands to the entry points; see the SAFETY notes where they are used.
#![allow(clippy::not_unsafe_ptr_arg_deref)]

use crate::value::Value;
use molt_abi::{CodeInfo, Frame};
use std::cell::Cell;

thread_local! {
    static TOP: Cell<*mut Frame> = const { Cell::new(std::ptr::null_mut()) };
    static DEPTH: Cell<u32> = const { Cell::new(0) };
    static LIMIT: Cell<u32> = const { Cell::new(1000) };
    /// Lowest native stack address this thread may use before Python code
    /// must stop recursing.
    static STACK_FLOOR: Cell<usize> = const { Cell::new(0) };
}

/// Bytes kept free at the bottom of the native stack for the runtime's own
/// work (raising the RecursionError, printing the traceback).
const STACK_RESERVE: usize = 256 * 1024;

/// Records the native stack this thread runs on (called once at start).
pub fn init_stack(size: usize) {
    let here = approx_sp();
    STACK_FLOOR.with(|f| f.set(here.saturating_sub(size).saturating_add(STACK_RESERVE)));
}

#[inline(never)]
fn approx_sp() -> usize {
    let marker = 0u8;
    std::hint::black_box(&marker) as *const u8 as usize
}

pub fn recursion_limit() -> u32 {
    LIMIT.with(|l| l.get())
}

pub fn set_recursion_limit(n: u32) {
    LIMIT.with(|l| l.set(n));
}

pub fn depth() -> u32 {
    DEPTH.with(|d| d.get())
}

/// Checks depth and native stack before entering one more level of Python
/// recursion (a call, or a recursive runtime operation such as `repr` of a
/// nested list). Raises RecursionError when there is no room.
pub fn check_room(what: &str) -> Result<(), crate::exc::Raised> {
    let depth = DEPTH.with(|d| d.get());
    let floor = STACK_FLOOR.with(|f| f.get());
    if depth >= recursion_limit() || (floor != 0 && approx_sp() < floor) {
        return Err(crate::exc::raise_new(
            "RecursionError",
            &format!("maximum recursion depth exceeded{what}"),
        ));
    }
    Ok(())
}

/// A guard for recursive runtime operations: counts as one level of depth.
pub struct DepthGuard(());

impl DepthGuard {
    pub fn enter(what: &str) -> Result<DepthGuard, crate::exc::Raised> {
        check_room(what)?;
        DEPTH.with(|d| d.set(d.get() + 1));
        Ok(DepthGuard(()))
    }
}

impl Drop for DepthGuard {
    fn drop(&mut self) {
        DEPTH.with(|d| d.set(d.get().saturating_sub(1)));
    }
}

/// Links a frame whose slots are already initialised. Returns false (with
/// RecursionError pending) when there is no room for another call.
pub fn enter(frame: *mut Frame) -> bool {
    if check_room("").is_err() {
        return false;
    }
    DEPTH.with(|d| d.set(d.get() + 1));
    TOP.with(|t| {
        // SAFETY: generated code passes a frame it owns for the whole call.
        unsafe { (*frame).prev = t.get() };
        t.set(frame);
    });
    crate::gc::safepoint();
    true
}

pub fn leave(frame: *mut Frame) {
    DEPTH.with(|d| d.set(d.get().saturating_sub(1)));
    // SAFETY: `frame` is the top frame, linked by `enter`.
    TOP.with(|t| t.set(unsafe { (*frame).prev }));
}

pub fn top() -> *mut Frame {
    TOP.with(|t| t.get())
}

/// Visits every value held by a linked frame.
pub fn for_each_frame_value(f: &mut dyn FnMut(Value)) {
    let mut frame = top();
    while !frame.is_null() {
        // SAFETY: linked frames are alive until `leave`, and their
        // `slots` point to `nslots` initialised words.
        unsafe {
            let fr = &*frame;
            for i in 0..fr.nslots as usize {
                f(Value(*fr.slots.add(i)));
            }
            frame = fr.prev;
        }
    }
}

/// Name and file of a code object, as UTF-8 strings.
pub fn code_names(code: *const CodeInfo) -> (&'static str, &'static str) {
    if code.is_null() {
        return ("?", "?");
    }
    // SAFETY: `CodeInfo` records are static data emitted by the compiler,
    // with UTF-8 strings of the recorded lengths.
    unsafe {
        let c = &*code;
        let name = std::slice::from_raw_parts(c.name, c.name_len as usize);
        let file = std::slice::from_raw_parts(c.file, c.file_len as usize);
        (
            std::str::from_utf8(name).unwrap_or("?"),
            std::str::from_utf8(file).unwrap_or("?"),
        )
    }
}
