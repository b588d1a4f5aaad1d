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

/// The thread's shadow stack. One thread-local holds all of it, so a call
/// costs one thread-local access on entry and one on exit.
struct ShadowStack {
    top: Cell<*mut Frame>,
    depth: Cell<u32>,
    limit: Cell<u32>,
    /// Lowest native stack address this thread may use before Python code
    /// must stop recursing (0: unknown, not checked).
    floor: Cell<usize>,
}

thread_local! {
    static STACK: ShadowStack = const {
        ShadowStack {
            top: Cell::new(std::ptr::null_mut()),
            depth: Cell::new(0),
            limit: Cell::new(1000),
            floor: Cell::new(0),
        }
    };
}

/// Bytes kept free at the bottom of the native stack for the runtime's own
/// work (raising the RecursionError, printing the traceback).
const STACK_RESERVE: usize = 256 * 1024;

/// Records the native stack this thread runs on (called once at start).
pub fn init_stack(size: usize) {
    let here = approx_sp();
    STACK.with(|s| {
        s.floor
            .set(here.saturating_sub(size).saturating_add(STACK_RESERVE))
    });
}

#[inline(never)]
fn approx_sp() -> usize {
    let marker = 0u8;
    std::hint::black_box(&marker) as *const u8 as usize
}

pub fn recursion_limit() -> u32 {
    STACK.with(|s| s.limit.get())
}

pub fn set_recursion_limit(n: u32) {
    STACK.with(|s| s.limit.set(n));
}

pub fn depth() -> u32 {
    STACK.with(|s| s.depth.get())
}

/// Is there room for one more level at native stack address `sp`?
#[inline]
fn has_room(s: &ShadowStack, sp: usize) -> bool {
    s.depth.get() < s.limit.get() && sp >= s.floor.get()
}

#[cold]
fn recursion_error(what: &str) -> crate::exc::Raised {
    crate::exc::raise_new(
        "RecursionError",
        &format!("maximum recursion depth exceeded{what}"),
    )
}

/// Checks depth and native stack before entering one more level of Python
/// recursion (a recursive runtime operation such as `repr` of a nested
/// list). Raises RecursionError when there is no room.
pub fn check_room(what: &str) -> Result<(), crate::exc::Raised> {
    let sp = approx_sp();
    if STACK.with(|s| has_room(s, sp)) {
        Ok(())
    } else {
        Err(recursion_error(what))
    }
}

/// A guard for recursive runtime operations: counts as one level of depth.
pub struct DepthGuard(());

impl DepthGuard {
    pub fn enter(what: &str) -> Result<DepthGuard, crate::exc::Raised> {
        check_room(what)?;
        STACK.with(|s| s.depth.set(s.depth.get() + 1));
        Ok(DepthGuard(()))
    }
}

impl Drop for DepthGuard {
    fn drop(&mut self) {
        STACK.with(|s| s.depth.set(s.depth.get().saturating_sub(1)));
    }
}

/// Links a frame whose slots are already initialised. Returns false (with
/// RecursionError pending) when there is no room for another call. The
/// frame lives on the native stack of the function entering it, so its
/// address measures how deep that stack is.
#[inline]
pub fn enter(frame: *mut Frame) -> bool {
    let linked = STACK.with(|s| {
        if !has_room(s, frame as usize) {
            return false;
        }
        s.depth.set(s.depth.get() + 1);
        // SAFETY: generated code passes a frame it owns for the whole call.
        unsafe { (*frame).prev = s.top.get() };
        s.top.set(frame);
        true
    });
    if !linked {
        recursion_error("");
        return false;
    }
    crate::gc::safepoint();
    true
}

#[inline]
pub fn leave(frame: *mut Frame) {
    STACK.with(|s| {
        s.depth.set(s.depth.get().saturating_sub(1));
        // SAFETY: `frame` is the top frame, linked by `enter`.
        s.top.set(unsafe { (*frame).prev });
    });
}

pub fn top() -> *mut Frame {
    STACK.with(|s| s.top.get())
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

/// What a code object records about itself, as UTF-8 strings.
pub struct CodeText {
    pub name: &'static str,
    pub file: &'static str,
    /// The whole source file.
    pub source: &'static str,
    /// The function's `co_varnames`, one per line.
    pub varnames: &'static str,
}

/// Name, file and source of a code object.
pub fn code_text(code: *const CodeInfo) -> CodeText {
    if code.is_null() {
        return CodeText {
            name: "?",
            file: "?",
            source: "",
            varnames: "",
        };
    }
    let text = |ptr: *const u8, len: u32| {
        if ptr.is_null() {
            return "";
        }
        // SAFETY: `CodeInfo` records are static data emitted by the
        // compiler, with strings of the recorded lengths.
        let bytes = unsafe { std::slice::from_raw_parts(ptr, len as usize) };
        std::str::from_utf8(bytes).unwrap_or("?")
    };
    // SAFETY: as above, the record itself is static.
    let c = unsafe { &*code };
    CodeText {
        name: text(c.name, c.name_len),
        file: text(c.file, c.file_len),
        source: text(c.source, c.source_len),
        varnames: text(c.varnames, c.varnames_len),
    }
}
