//! The garbage collector: tracing, non-moving, mark and sweep.
//!
//! Roots are found precisely, never by scanning native stacks (which would
//! not work on WebAssembly):
//! - the shadow stack of `Frame`s that generated code links for every active
//!   function (all Python values a compiled function holds live in its
//!   frame's slots);
//! - module globals and constant tables registered by the program at start;
//! - permanent objects (built-in types, singletons);
//! - the exception state;
//! - `Roots` scopes that runtime code opens around values it holds in Rust
//!   variables while it calls back into Python code.
//!
//! Allocation never collects. It only *requests* a collection once enough
//! has been allocated; the collection happens at the next safepoint: a
//! function entry, a loop back-edge, or a call from the runtime back into
//! Python code. Runtime code therefore only has to root values it keeps
//! across such calls. `MOLT_GC_STRESS=1` collects at every safepoint that
//! follows an allocation, which is how missing roots are caught.

use crate::object::{Kind, Obj};
use crate::value::Value;
use std::cell::{Cell, RefCell};
use std::sync::atomic::{AtomicU8, Ordering};

/// Non-zero when a collection is wanted; generated code tests it at loop
/// back-edges and calls `molt_gc_safepoint` only when it is set.
#[no_mangle]
pub static MOLT_GC_PENDING: AtomicU8 = AtomicU8::new(0);

const MIN_THRESHOLD: usize = 8 << 20;

struct Heap {
    objects: Vec<*mut Obj>,
    /// Object blocks freed by the last sweeps, their contents already
    /// dropped, reused by `alloc` before asking the system allocator.
    free: Vec<*mut Obj>,
    /// Bytes allocated since the last collection.
    allocated: usize,
    /// Bytes live after the last collection.
    live: usize,
    threshold: usize,
    stress: bool,
    collecting: bool,
}

thread_local! {
    static HEAP: RefCell<Heap> = const { RefCell::new(Heap {
        objects: Vec::new(),
        free: Vec::new(),
        allocated: 0,
        live: 0,
        threshold: MIN_THRESHOLD,
        stress: false,
        collecting: false,
    }) };
    static PERMANENT: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
    static TEMP_ROOTS: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
    static ROOT_ARRAYS: RefCell<Vec<(*const u64, usize)>> = const { RefCell::new(Vec::new()) };
    static COLLECTIONS: Cell<u64> = const { Cell::new(0) };
    /// Suspended generators found unreachable, kept alive until their
    /// `close()` has run (see `collect`).
    static TO_FINALIZE: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
}

pub fn init(stress: bool) {
    HEAP.with(|h| h.borrow_mut().stress = stress);
}

/// Most freed object blocks kept for reuse (beyond it they go back to the
/// system allocator).
const FREE_LIST_MAX: usize = 1 << 18;

/// Allocates an object and returns the value pointing to it.
pub fn alloc(kind: Kind) -> Value {
    let obj = Obj {
        marked: Cell::new(false),
        kind,
    };
    let size = obj.size();
    let ptr = HEAP.with(|h| {
        let mut h = h.borrow_mut();
        let ptr = match h.free.pop() {
            Some(p) => {
                // Free-list blocks came from `Box::new` of an `Obj` and had
                // their previous value dropped in place by the sweep.
                // SAFETY: nothing refers to the block, so this initialises it.
                unsafe { p.write(obj) };
                p
            }
            None => Box::into_raw(Box::new(obj)),
        };
        h.objects.push(ptr);
        h.allocated += size;
        if h.stress || h.allocated > h.threshold {
            MOLT_GC_PENDING.store(1, Ordering::Relaxed);
        }
        ptr
    });
    Value::from_obj(ptr)
}

/// Accounts `bytes` of growth of an existing object (a list that grew, a
/// dict that gained entries), so collections are paced by real memory use.
pub fn account(bytes: usize) {
    HEAP.with(|h| {
        let mut h = h.borrow_mut();
        h.allocated = h.allocated.saturating_add(bytes);
        if h.stress || h.allocated > h.threshold {
            MOLT_GC_PENDING.store(1, Ordering::Relaxed);
        }
    });
}

/// Allocates an object that is never collected (types, singletons).
pub fn alloc_permanent(kind: Kind) -> Value {
    let v = alloc(kind);
    PERMANENT.with(|p| p.borrow_mut().push(v));
    v
}

/// A permanent str.
pub fn alloc_permanent_str(s: &str) -> Value {
    let v = crate::objects::str::new(s);
    make_permanent(v);
    v
}

/// Makes an already allocated object permanent (program constants).
pub fn make_permanent(v: Value) {
    if v.is_ptr() {
        PERMANENT.with(|p| p.borrow_mut().push(v));
    }
}

/// Registers an array of values owned by generated code (module globals,
/// constant tables) as a root for the life of the program.
pub fn register_root_array(ptr: *const u64, len: usize) {
    ROOT_ARRAYS.with(|r| r.borrow_mut().push((ptr, len)));
}

/// Bytes currently accounted to live objects (for the heap limit).
pub fn heap_bytes() -> usize {
    HEAP.with(|h| {
        let h = h.borrow();
        h.live + h.allocated
    })
}

pub fn collections() -> u64 {
    COLLECTIONS.with(|c| c.get())
}

/// Collects if a collection was requested, then closes the generators it
/// found abandoned. Called at safepoints only, where running Python code
/// is safe.
#[inline]
pub fn safepoint() {
    if MOLT_GC_PENDING.load(Ordering::Relaxed) != 0 {
        collect();
        crate::call::finalize_generators();
    }
}

/// The next abandoned generator to close, if any. The caller must root it:
/// it is no longer kept by the queue.
pub fn next_to_finalize() -> Option<Value> {
    TO_FINALIZE.with(|q| q.borrow_mut().pop())
}

/// Does `o` need closing before it is freed: a generator suspended at a
/// `yield` (a `finally` or `with` may be waiting)?
fn needs_close(o: &Obj) -> bool {
    match &o.kind {
        Kind::Generator(g) => {
            let state = g.state.get();
            state != 0 && state != u32::MAX && !g.running.get()
        }
        _ => false,
    }
}

/// A scope whose values are roots until it is dropped. Runtime code uses it
/// for values held in Rust variables across calls into Python code.
pub struct Roots {
    base: usize,
}

impl Roots {
    pub fn new() -> Roots {
        Roots {
            base: TEMP_ROOTS.with(|r| r.borrow().len()),
        }
    }

    pub fn push(&self, v: Value) -> Value {
        TEMP_ROOTS.with(|r| r.borrow_mut().push(v));
        v
    }

    /// Roots `v` in a slot that `set` can later overwrite (for a value a
    /// loop keeps replacing, such as an accumulator).
    pub fn slot(&self, v: Value) -> usize {
        TEMP_ROOTS.with(|r| {
            let mut r = r.borrow_mut();
            r.push(v);
            r.len() - 1
        })
    }

    pub fn set(&self, slot: usize, v: Value) {
        TEMP_ROOTS.with(|r| {
            if let Some(s) = r.borrow_mut().get_mut(slot) {
                *s = v;
            }
        });
    }

    pub fn extend(&self, vs: &[Value]) {
        TEMP_ROOTS.with(|r| r.borrow_mut().extend_from_slice(vs));
    }
}

impl Default for Roots {
    fn default() -> Self {
        Roots::new()
    }
}

impl Drop for Roots {
    fn drop(&mut self) {
        TEMP_ROOTS.with(|r| r.borrow_mut().truncate(self.base));
    }
}

fn mark_value(v: Value, stack: &mut Vec<&'static Obj>) {
    if let Some(o) = v.obj() {
        if !o.marked.get() {
            o.marked.set(true);
            stack.push(o);
        }
    }
}

pub fn collect() {
    MOLT_GC_PENDING.store(0, Ordering::Relaxed);
    let already = HEAP.with(|h| std::mem::replace(&mut h.borrow_mut().collecting, true));
    if already {
        return;
    }
    let mut stack: Vec<&'static Obj> = Vec::new();
    // Mark from every root. The mark stack is explicit, so deeply nested
    // structures cannot overflow the native stack.
    PERMANENT.with(|p| p.borrow().iter().for_each(|v| mark_value(*v, &mut stack)));
    TEMP_ROOTS.with(|r| r.borrow().iter().for_each(|v| mark_value(*v, &mut stack)));
    ROOT_ARRAYS.with(|r| {
        for &(ptr, len) in r.borrow().iter() {
            for i in 0..len {
                // SAFETY: registered arrays are static data emitted by the
                // compiler, `len` words long, alive for the whole program.
                let w = unsafe { *ptr.add(i) };
                mark_value(Value(w), &mut stack);
            }
        }
    });
    crate::frames::for_each_frame_value(&mut |v| mark_value(v, &mut stack));
    crate::exc::for_each_root(&mut |v| mark_value(v, &mut stack));
    crate::yield_from::for_each_root(&mut |v| mark_value(v, &mut stack));
    TO_FINALIZE.with(|q| q.borrow().iter().for_each(|v| mark_value(*v, &mut stack)));
    while let Some(o) = stack.pop() {
        o.trace(&mut |v| mark_value(v, &mut stack));
    }
    // The language closes a generator when it is collected, so abandoned
    // suspended ones (and all they refer to) survive this cycle and are
    // queued; `safepoint` closes them once the collection is over.
    let abandoned: Vec<Value> = HEAP.with(|h| {
        h.borrow()
            .objects
            .iter()
            .filter_map(|&ptr| {
                // SAFETY: `objects` holds live blocks (see the sweep).
                let o = unsafe { &*ptr };
                (!o.marked.get() && needs_close(o)).then(|| Value::from_obj(ptr))
            })
            .collect()
    });
    for &g in &abandoned {
        mark_value(g, &mut stack);
    }
    while let Some(o) = stack.pop() {
        o.trace(&mut |v| mark_value(v, &mut stack));
    }
    TO_FINALIZE.with(|q| q.borrow_mut().extend(abandoned));
    // Sweep.
    HEAP.with(|h| {
        let mut h = h.borrow_mut();
        let h = &mut *h;
        let mut live = 0usize;
        // Under GC stress freed blocks are not reused, so a missing root
        // shows up as a use of freed memory rather than of another object.
        let reuse = !h.stress;
        let free = &mut h.free;
        h.objects.retain(|&ptr| {
            // SAFETY: every pointer in `objects` came from `Box::into_raw` in
            // `alloc` (possibly reused from the free list) and is freed or
            // recycled only here, once, when unmarked.
            let o = unsafe { &*ptr };
            if o.marked.get() {
                o.marked.set(false);
                live += o.size();
                true
            } else if reuse && free.len() < FREE_LIST_MAX {
                // SAFETY: as above; nothing reachable refers to it. Its
                // contents are dropped now; the block is reused by `alloc`.
                unsafe { std::ptr::drop_in_place(ptr) };
                free.push(ptr);
                false
            } else {
                // SAFETY: as above; nothing reachable refers to it.
                drop(unsafe { Box::from_raw(ptr) });
                false
            }
        });
        h.live = live;
        h.allocated = 0;
        h.threshold = MIN_THRESHOLD.max(live);
        h.collecting = false;
    });
    COLLECTIONS.with(|c| c.set(c.get() + 1));
}
