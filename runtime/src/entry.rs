//! The ABI surface: every entry point of `molt_abi::entry`, as
//! `#[no_mangle] extern "C"` functions over 64-bit words, plus the C `main`
//! and the two calls from the runtime into compiled code (a function's
//! entry, a generator's resume).
//!
//! This is an FFI edge: pointers from generated code are turned into
//! slices here (the only place besides `gc`, `object`, `frames` and
//! `value` that uses `unsafe`), and everything else is delegated to safe
//! code. Fallible entry points return `ERR` with the exception pending.

// Entry points take raw pointers from generated code by design: the
// compiler upholds the ABI contract documented on each, so they are safe
// functions whose pointer uses are justified where they are dereferenced.
#![allow(clippy::not_unsafe_ptr_arg_deref)]

use crate::exc::{self, PyResult};
use crate::gc::{self, Roots};
use crate::ic::InlineCache;
use crate::numeric::BinOp;
use crate::object::Kind;
use crate::objects::function::{Args, FuncObj};
use crate::objects::generator::GenObj;
use crate::objects::types::{self, AttrMap, Layout};
use crate::objects::{bytes, dict, int, list, set, str as pystr, tuple};
use crate::protocol::{self, type_name, CmpOp};
use crate::value::Value;
use molt_abi::{Frame, FuncDesc, ERR, NONE};
use std::cell::{Cell, RefCell};

#[inline]
fn ret(r: PyResult) -> u64 {
    match r {
        Ok(v) => v.0,
        Err(_) => ERR,
    }
}

#[inline]
fn ret_unit(r: PyResult<()>) -> u64 {
    match r {
        Ok(()) => NONE,
        Err(_) => ERR,
    }
}

/// `n` words at `ptr` from generated code, as values.
fn words<'a>(ptr: *const u64, n: u64) -> &'a [Value] {
    if n == 0 || ptr.is_null() {
        return &[];
    }
    // SAFETY: generated code passes a pointer to `n` initialised words in
    // its frame slots (or static data), alive for the duration of the call;
    // `Value` is `repr(transparent)` over `u64`.
    unsafe { std::slice::from_raw_parts(ptr as *const Value, n as usize) }
}

/// `n` writable words at `ptr` from generated code.
fn words_mut<'a>(ptr: *mut u64, n: u64) -> &'a mut [Value] {
    if n == 0 || ptr.is_null() {
        return &mut [];
    }
    // SAFETY: generated code passes a pointer to `n` words of its frame it
    // does not touch until the call returns.
    unsafe { std::slice::from_raw_parts_mut(ptr as *mut Value, n as usize) }
}

/// Static bytes of constants emitted by the compiler.
fn static_bytes<'a>(ptr: *const u8, len: u64) -> &'a [u8] {
    if len == 0 || ptr.is_null() {
        return &[];
    }
    // SAFETY: constants are `len` bytes of read-only data in the program.
    unsafe { std::slice::from_raw_parts(ptr, len as usize) }
}

fn name_of(v: u64) -> &'static str {
    pystr::as_str(Value(v)).unwrap_or("?")
}

// ---------------------------------------------------------------------------
// Calls into compiled code
// ---------------------------------------------------------------------------

/// Runs a compiled function's entry on bound arguments.
pub fn invoke_entry(desc: &FuncDesc, func: Value, args: &[Value]) -> Value {
    if desc.entry.is_null() {
        return Value(ERR);
    }
    // SAFETY: `entry` is the address of a compiled function with the
    // signature `extern "C" fn(func, args) -> value` (molt_abi::FuncDesc);
    // `args` holds exactly `nparams` bound values.
    let f: extern "C" fn(u64, *const u64) -> u64 = unsafe { std::mem::transmute(desc.entry) };
    Value(f(func.0, args.as_ptr() as *const u64))
}

/// Resumes a generator's body with `sent`.
pub fn invoke_resume(desc: &FuncDesc, gen: Value, g: &GenObj, sent: Value) -> Value {
    let _ = gen;
    if desc.resume.is_null() {
        exc::raise_new("SystemError", "generator function without a resume entry");
        return Value(ERR);
    }
    // SAFETY: `resume` is a compiled `extern "C" fn(func, slots, sent) ->
    // value`; `slots` are the generator's `nslots` heap words, which stay
    // put while the generator object lives (it is rooted by the caller).
    let f: extern "C" fn(u64, *mut u64, u64) -> u64 = unsafe { std::mem::transmute(desc.resume) };
    let slots = g.slots.as_ptr() as *mut u64;
    Value(f(g.func.0, slots, sent.0))
}

// ---------------------------------------------------------------------------
// Process entry
// ---------------------------------------------------------------------------

#[cfg(not(test))]
extern "C" {
    static molt_main_desc: FuncDesc;
}

/// The C entry point of every compiled program.
#[cfg(not(test))]
#[no_mangle]
pub extern "C" fn main(
    argc: std::os::raw::c_int,
    argv: *const *const std::os::raw::c_char,
) -> std::os::raw::c_int {
    let mut args = Vec::new();
    for i in 0..argc.max(0) as usize {
        // SAFETY: the C runtime passes `argc` valid NUL-terminated strings.
        let s = unsafe {
            let p = *argv.add(i);
            if p.is_null() {
                break;
            }
            std::ffi::CStr::from_ptr(p)
        };
        args.push(s.to_string_lossy().into_owned());
    }
    // SAFETY: `molt_main_desc` is static data the compiler emits into every
    // program; it lives for the whole process.
    let desc: &'static FuncDesc = unsafe { &*std::ptr::addr_of!(molt_main_desc) };
    crate::start::run(desc as *const FuncDesc as usize, args)
}

/// The function description at `addr` (the address of a static
/// `FuncDesc` taken in `main`).
pub fn desc_at(addr: usize) -> &'static FuncDesc {
    // SAFETY: `addr` is the address of the compiler-emitted static
    // `molt_main_desc`, passed from `main`; static data lives forever.
    unsafe { &*(addr as *const FuncDesc) }
}

// ---------------------------------------------------------------------------
// Frames, GC, tracebacks
// ---------------------------------------------------------------------------

#[no_mangle]
pub extern "C" fn molt_frame_enter(frame: *mut Frame) -> u64 {
    if crate::frames::enter(frame) {
        NONE
    } else {
        ERR
    }
}

#[no_mangle]
pub extern "C" fn molt_frame_leave(frame: *mut Frame) {
    crate::frames::leave(frame)
}

#[no_mangle]
pub extern "C" fn molt_gc_safepoint() {
    gc::safepoint()
}

#[no_mangle]
pub extern "C" fn molt_traceback_add(
    frame: *mut Frame,
    pos: *const molt_abi::SourcePos,
    lookup_pos: *const molt_abi::SourcePos,
) {
    let lookup_failed = exc::take_method_lookup_failed();
    if frame.is_null() {
        return;
    }
    // SAFETY: generated code passes its own live frame.
    let code = unsafe { (*frame).code };
    let pos = if lookup_failed && !lookup_pos.is_null() {
        lookup_pos
    } else {
        pos
    };
    exc::add_traceback(code, pos)
}

#[no_mangle]
pub extern "C" fn molt_register_roots(ptr: *const u64, len: u64) {
    gc::register_root_array(ptr, len as usize)
}

// ---------------------------------------------------------------------------
// Constants
// ---------------------------------------------------------------------------

#[no_mangle]
pub extern "C" fn molt_const_str(ptr: *const u8, len: u64) -> u64 {
    let text = String::from_utf8_lossy(static_bytes(ptr, len));
    let s = crate::objects::str::new(&text);
    gc::make_permanent(s);
    s.0
}

#[no_mangle]
pub extern "C" fn molt_const_bigint(ptr: *const u8, len: u64) -> u64 {
    let text = String::from_utf8_lossy(static_bytes(ptr, len));
    let v = num_bigint::BigInt::parse_bytes(text.as_bytes(), 10).unwrap_or_default();
    let v = int::from_bigint(v);
    gc::make_permanent(v);
    v.0
}

#[no_mangle]
pub extern "C" fn molt_const_bytes(ptr: *const u8, len: u64) -> u64 {
    let v = bytes::new(static_bytes(ptr, len).to_vec());
    gc::make_permanent(v);
    v.0
}

#[no_mangle]
pub extern "C" fn molt_build_const_tuple(ptr: *const u64, n: u64) -> u64 {
    let v = tuple::new(words(ptr, n).to_vec());
    gc::make_permanent(v);
    v.0
}

// ---------------------------------------------------------------------------
// Operators
// ---------------------------------------------------------------------------

fn binop_code(op: u64) -> PyResult<BinOp> {
    BinOp::from_code(op).ok_or_else(|| exc::raise_new("SystemError", "bad operator code"))
}

#[no_mangle]
pub extern "C" fn molt_binop(op: u64, a: u64, b: u64) -> u64 {
    ret(binop_code(op).and_then(|op| crate::ops::binop(op, Value(a), Value(b))))
}

#[no_mangle]
pub extern "C" fn molt_inplace(op: u64, a: u64, b: u64) -> u64 {
    ret(binop_code(op).and_then(|op| crate::ops::inplace(op, Value(a), Value(b))))
}

#[no_mangle]
pub extern "C" fn molt_unary(op: u64, a: u64) -> u64 {
    ret(crate::ops::unary(op, Value(a)))
}

#[no_mangle]
pub extern "C" fn molt_compare(op: u64, a: u64, b: u64) -> u64 {
    ret(protocol::compare(CmpOp::from_code(op), Value(a), Value(b)))
}

#[no_mangle]
pub extern "C" fn molt_truthy(a: u64) -> u64 {
    match protocol::truthy(Value(a)) {
        Ok(b) => b as u64,
        Err(_) => ERR,
    }
}

#[no_mangle]
pub extern "C" fn molt_contains(container: u64, item: u64) -> u64 {
    ret(crate::ops::contains(Value(container), Value(item)).map(Value::bool))
}

// ---------------------------------------------------------------------------
// Names
// ---------------------------------------------------------------------------

fn name_error(name: &str) -> exc::Raised {
    crate::objects::exc_fields::raise_name_error(
        "NameError",
        &format!("name '{name}' is not defined"),
        name,
    )
}

#[no_mangle]
pub extern "C" fn molt_load_builtin(name: u64) -> u64 {
    let n = name_of(name);
    match crate::builtins::lookup(n) {
        Some(v) => v.0,
        None => {
            name_error(n);
            ERR
        }
    }
}

#[no_mangle]
pub extern "C" fn molt_unbound_local(name: u64) -> u64 {
    exc::raise_new(
        "UnboundLocalError",
        &format!(
            "cannot access local variable '{}' where it is not associated with a value",
            name_of(name)
        ),
    );
    ERR
}

#[no_mangle]
pub extern "C" fn molt_unbound_free(name: u64) -> u64 {
    crate::objects::exc_fields::raise_name_error(
        "NameError",
        &format!(
            "cannot access free variable '{}' where it is not associated with a value in enclosing scope",
            name_of(name)
        ),
        name_of(name),
    );
    ERR
}

#[no_mangle]
pub extern "C" fn molt_name_error(name: u64) -> u64 {
    name_error(name_of(name));
    ERR
}

/// A name read in a class body: the namespace, then the module global
/// (passed in, UNBOUND when there is none), then the builtins.
#[no_mangle]
pub extern "C" fn molt_ns_load(ns: u64, name: u64, global: u64) -> u64 {
    let r = (|| -> PyResult {
        if let Some(d) = dict::as_dict(Value(ns)) {
            if let Some(v) = dict::get(d, Value(name))? {
                return Ok(v);
            }
        }
        if global != molt_abi::UNBOUND {
            return Ok(Value(global));
        }
        let n = name_of(name);
        crate::builtins::lookup(n).ok_or_else(|| name_error(n))
    })();
    ret(r)
}

/// `del name` in a class body: removes it from the namespace.
#[no_mangle]
pub extern "C" fn molt_ns_delete(ns: u64, name: u64) -> u64 {
    let r = (|| -> PyResult {
        let removed = match dict::as_dict(Value(ns)) {
            Some(d) => dict::remove(d, Value(name))?,
            None => None,
        };
        match removed {
            Some(_) => Ok(Value::NONE),
            None => Err(name_error(name_of(name))),
        }
    })();
    ret(r)
}

// ---------------------------------------------------------------------------
// Attributes and items
// ---------------------------------------------------------------------------

/// The inline cache generated code passes (`Operand::Cache`): null, or
/// the address of this site's own `IC_WORDS` zero-initialised, 8-aligned
/// words in the program's writable data, alive for the whole run.
fn inline_cache<'a>(ptr: *const u64) -> Option<&'a InlineCache> {
    // SAFETY: as above; `InlineCache` is `repr(C)` over exactly those
    // words, all `Cell`s, and only this thread touches them.
    unsafe { (ptr as *const InlineCache).as_ref() }
}

#[no_mangle]
pub extern "C" fn molt_getattr(obj: u64, name: u64, cache: *const u64) -> u64 {
    ret(match inline_cache(cache) {
        Some(ic) => crate::ic::getattr(Value(obj), name_of(name), ic).inspect_err(|_| {
            crate::objects::exc_fields::add_attribute_error_context(Value(obj), name_of(name))
        }),
        None => crate::attr::getattr_reported(Value(obj), name_of(name)),
    })
}

#[no_mangle]
pub extern "C" fn molt_setattr(obj: u64, name: u64, value: u64, cache: *const u64) -> u64 {
    ret_unit(match inline_cache(cache) {
        Some(ic) => crate::ic::setattr(Value(obj), name_of(name), Value(value), ic),
        None => crate::attr::setattr(Value(obj), name_of(name), Value(value)),
    })
}

#[no_mangle]
pub extern "C" fn molt_delattr(obj: u64, name: u64) -> u64 {
    ret_unit(crate::attr::delattr(Value(obj), name_of(name)))
}

#[no_mangle]
pub extern "C" fn molt_getitem(obj: u64, key: u64) -> u64 {
    ret(crate::attr::getitem(Value(obj), Value(key)))
}

#[no_mangle]
pub extern "C" fn molt_setitem(obj: u64, key: u64, value: u64) -> u64 {
    ret_unit(crate::attr::setitem(Value(obj), Value(key), Value(value)))
}

#[no_mangle]
pub extern "C" fn molt_delitem(obj: u64, key: u64) -> u64 {
    ret_unit(crate::attr::delitem(Value(obj), Value(key)))
}

// ---------------------------------------------------------------------------
// Building containers
// ---------------------------------------------------------------------------

#[no_mangle]
pub extern "C" fn molt_build_list(ptr: *const u64, n: u64) -> u64 {
    list::new(words(ptr, n).to_vec()).0
}

#[no_mangle]
pub extern "C" fn molt_build_tuple(ptr: *const u64, n: u64) -> u64 {
    tuple::new(words(ptr, n).to_vec()).0
}

#[no_mangle]
pub extern "C" fn molt_build_set(ptr: *const u64, n: u64) -> u64 {
    ret(set::new_set(words(ptr, n)))
}

#[no_mangle]
pub extern "C" fn molt_build_dict(ptr: *const u64, npairs: u64) -> u64 {
    let items = words(ptr, npairs.saturating_mul(2));
    let d = dict::with_capacity(npairs as usize);
    let roots = Roots::new();
    roots.push(d);
    let r = (|| -> PyResult {
        if let Some(dd) = dict::as_dict(d) {
            for pair in items.chunks_exact(2) {
                dict::set(dd, pair[0], pair[1])?;
            }
        }
        Ok(d)
    })();
    ret(r)
}

/// A set display whose items are all constants (more than two of them):
/// CPython folds it into a frozenset constant at compile time and copies
/// that, so the iteration order is the folded table's, not the order of
/// adding the items one by one.
#[no_mangle]
pub extern "C" fn molt_build_const_set(ptr: *const u64, n: u64) -> u64 {
    let r = (|| -> PyResult {
        let items = words(ptr, n);
        let mut hashed = Vec::with_capacity(items.len());
        for v in items {
            hashed.push((protocol::hash(*v)?, *v));
        }
        let table = crate::objects::set_table::SetTable::from_const_literal(
            hashed,
            false,
            &mut dict::full_eq,
        )?;
        Ok(set::from_table(table, false))
    })();
    ret(r)
}

#[no_mangle]
pub extern "C" fn molt_build_slice(start: u64, stop: u64, step: u64) -> u64 {
    gc::alloc(Kind::Slice {
        start: Value(start),
        stop: Value(stop),
        step: Value(step),
    })
    .0
}

#[no_mangle]
pub extern "C" fn molt_build_string(ptr: *const u64, n: u64) -> u64 {
    let parts = words(ptr, n);
    let mut out = String::new();
    for p in parts {
        match pystr::as_str(*p) {
            Some(s) => out.push_str(s),
            None => {
                // Pieces are str by construction; anything else is formatted.
                match protocol::str_of(*p) {
                    Ok(s) => out.push_str(&s),
                    Err(_) => return ERR,
                }
            }
        }
    }
    gc::account(out.len());
    pystr::from_string(out).0
}

#[no_mangle]
pub extern "C" fn molt_list_append(l: u64, v: u64) -> u64 {
    match list::as_list(Value(l)) {
        Some(items) => ret_unit(crate::builtins::methods::list_push(items, Value(v))),
        None => {
            exc::type_error("list_append on a non-list");
            ERR
        }
    }
}

#[no_mangle]
pub extern "C" fn molt_list_extend(l: u64, it: u64) -> u64 {
    let r = (|| -> PyResult<()> {
        let Some(items) = list::as_list(Value(l)) else {
            return Err(exc::type_error("list_extend on a non-list"));
        };
        let extra = match protocol::collect(Value(it)) {
            Ok(v) => v,
            Err(e) => {
                if exc::pending_is("TypeError") && protocol::iter(Value(it)).is_err() {
                    exc::take_pending();
                    return Err(exc::type_error(format!(
                        "Value after * must be an iterable, not {}",
                        type_name(Value(it))
                    )));
                }
                return Err(e);
            }
        };
        gc::account(extra.len() * 8);
        items
            .try_borrow_mut()
            .map_err(|_| exc::raise_new("RuntimeError", "list modified during extend"))?
            .extend(extra);
        Ok(())
    })();
    ret_unit(r)
}

#[no_mangle]
pub extern "C" fn molt_set_add(s: u64, v: u64) -> u64 {
    match set::as_set(Value(s)) {
        Some(st) => ret_unit(st.add(Value(v))),
        None => {
            exc::type_error("set_add on a non-set");
            ERR
        }
    }
}

#[no_mangle]
pub extern "C" fn molt_set_update(s: u64, it: u64) -> u64 {
    let r = (|| -> PyResult<()> {
        let Some(st) = set::as_set(Value(s)) else {
            return Err(exc::type_error("set_update on a non-set"));
        };
        let items = protocol::collect(Value(it))?;
        let roots = Roots::new();
        roots.extend(&items);
        for v in items {
            st.add(v)?;
        }
        Ok(())
    })();
    ret_unit(r)
}

#[no_mangle]
pub extern "C" fn molt_dict_set(d: u64, k: u64, v: u64) -> u64 {
    match dict::as_dict(Value(d)) {
        Some(dd) => ret_unit(dict::set(dd, Value(k), Value(v))),
        None => {
            exc::type_error("dict_set on a non-dict");
            ERR
        }
    }
}

#[no_mangle]
pub extern "C" fn molt_dict_update(d: u64, m: u64) -> u64 {
    let r = (|| -> PyResult<()> {
        let Some(dd) = dict::as_dict(Value(d)) else {
            return Err(exc::type_error("dict_update on a non-dict"));
        };
        let mv = Value(m);
        if dict::as_dict(mv).is_none() && protocol::special(mv, "keys").is_none() {
            return Err(exc::type_error(format!(
                "'{}' object is not a mapping",
                type_name(mv)
            )));
        }
        crate::builtins::methods::dict_update_from(dd, mv)
    })();
    ret_unit(r)
}

#[no_mangle]
pub extern "C" fn molt_kwarg_set(d: u64, k: u64, v: u64, callee: u64) -> u64 {
    ret_unit(crate::kwargs::set(
        Value(d),
        Value(k),
        Value(v),
        Value(callee),
    ))
}

#[no_mangle]
pub extern "C" fn molt_kwargs_merge(d: u64, m: u64, callee: u64) -> u64 {
    ret_unit(crate::kwargs::merge(Value(d), Value(m), Value(callee)))
}

#[no_mangle]
pub extern "C" fn molt_list_to_tuple(l: u64) -> u64 {
    match list::as_list(Value(l)) {
        Some(items) => tuple::new(items.borrow().clone()).0,
        None => ret(protocol::collect(Value(l)).map(tuple::new)),
    }
}

#[no_mangle]
pub extern "C" fn molt_format_value(v: u64, spec: u64, conversion: u64) -> u64 {
    ret(crate::builtins::formatting::format_field(
        Value(v),
        Value(spec),
        conversion,
    ))
}

// ---------------------------------------------------------------------------
// Iteration and unpacking
// ---------------------------------------------------------------------------

#[no_mangle]
pub extern "C" fn molt_iter(v: u64) -> u64 {
    ret(protocol::iter(Value(v)))
}

#[no_mangle]
pub extern "C" fn molt_iter_next(it: u64) -> u64 {
    match protocol::next(Value(it)) {
        Ok(Some(v)) => v.0,
        Ok(None) => molt_abi::ITER_DONE,
        Err(_) => ERR,
    }
}

fn unpack_items(v: Value) -> PyResult<Vec<Value>> {
    match v.obj().map(|o| &o.kind) {
        Some(Kind::Tuple(t)) => Ok(t.to_vec()),
        Some(Kind::List(l)) => Ok(l.borrow().clone()),
        _ => {
            if protocol::iter(v).is_err() && exc::pending_is("TypeError") {
                exc::take_pending();
                return Err(exc::type_error(format!(
                    "cannot unpack non-iterable {} object",
                    type_name(v)
                )));
            }
            protocol::collect(v)
        }
    }
}

#[no_mangle]
pub extern "C" fn molt_unpack(v: u64, out: *mut u64, n: u64) -> u64 {
    let r = (|| -> PyResult<()> {
        let items = unpack_items(Value(v))?;
        let n = n as usize;
        if items.len() < n {
            return Err(exc::value_error(format!(
                "not enough values to unpack (expected {n}, got {})",
                items.len()
            )));
        }
        if items.len() > n {
            return Err(exc::value_error(format!(
                "too many values to unpack (expected {n})"
            )));
        }
        words_mut(out, n as u64).copy_from_slice(&items);
        Ok(())
    })();
    ret_unit(r)
}

#[no_mangle]
pub extern "C" fn molt_unpack_ex(v: u64, out: *mut u64, before: u64, after: u64) -> u64 {
    let r = (|| -> PyResult<()> {
        let items = unpack_items(Value(v))?;
        let (b, a) = (before as usize, after as usize);
        if items.len() < b + a {
            return Err(exc::value_error(format!(
                "not enough values to unpack (expected at least {}, got {})",
                b + a,
                items.len()
            )));
        }
        let roots = Roots::new();
        roots.extend(&items);
        let middle = list::new(items[b..items.len() - a].to_vec());
        let dst = words_mut(out, (b + 1 + a) as u64);
        dst[..b].copy_from_slice(&items[..b]);
        dst[b] = middle;
        dst[b + 1..].copy_from_slice(&items[items.len() - a..]);
        Ok(())
    })();
    ret_unit(r)
}

// ---------------------------------------------------------------------------
// Calls and functions
// ---------------------------------------------------------------------------

fn kwnames_of(kw: u64) -> &'static [Value] {
    if kw == NONE {
        return &[];
    }
    tuple::as_slice(Value(kw)).unwrap_or(&[])
}

#[no_mangle]
pub extern "C" fn molt_call(callee: u64, args: *const u64, nargs: u64, kwnames: u64) -> u64 {
    let values = words(args, nargs);
    // Fast path: exactly the positional parameters of a plain function.
    // The arguments are already in the caller's frame slots (rooted), in
    // parameter order, so they are passed through without binding.
    if kwnames == molt_abi::NONE {
        if let Some(f) = crate::call::as_function(Value(callee)) {
            let d = f.desc;
            if d.flags == 0 && d.nkwonly == 0 && u64::from(d.nparams) == nargs {
                return invoke_entry(d, Value(callee), values).0;
            }
        }
    }
    let kw = kwnames_of(kwnames);
    if kw.len() > values.len() {
        exc::raise_new("SystemError", "more keyword names than arguments");
        return ERR;
    }
    ret(protocol::call(
        Value(callee),
        Args {
            values,
            kwnames: kw,
        },
    ))
}

/// `f(*args, **kwargs)`.
pub fn call_ex(callee: Value, args: Value, kwargs: Value) -> PyResult {
    let roots = Roots::new();
    let mut values = protocol::collect(args)?;
    roots.extend(&values);
    let mut names = Vec::new();
    if !kwargs.is_none() {
        let Some(d) = dict::as_dict(kwargs) else {
            return Err(exc::type_error(format!(
                "argument after ** must be a mapping, not {}",
                type_name(kwargs)
            )));
        };
        for (k, v) in dict::items(d)? {
            if pystr::as_str(k).is_none() {
                return Err(exc::type_error("keywords must be strings"));
            }
            names.push(k);
            values.push(v);
        }
    }
    roots.extend(&names);
    protocol::call(
        callee,
        Args {
            values: &values,
            kwnames: &names,
        },
    )
}

#[no_mangle]
pub extern "C" fn molt_call_ex(callee: u64, args: u64, kwargs: u64) -> u64 {
    ret(call_ex(Value(callee), Value(args), Value(kwargs)))
}

/// `obj.name(args)`, without allocating a bound method when the method is
/// a plain function on the class or a method of a built-in type.
pub fn call_method(obj: Value, name: &str, args: Args) -> PyResult {
    find_and_call_method(obj, name, args, &mut false)
}

/// `call_method`, telling whether it failed to find the method (rather
/// than in the call).
fn find_and_call_method(obj: Value, name: &str, args: Args, lookup_failed: &mut bool) -> PyResult {
    match obj.obj().map(|o| &o.kind) {
        Some(Kind::Instance(i)) => {
            if i.attrs.borrow().get(name).is_none()
                && crate::attr::user_getattribute(i.class.get()).is_none()
            {
                if let Some(t) = types::as_type(i.class.get()) {
                    if let Some(f) = t.lookup(name) {
                        if matches!(f.obj().map(|o| &o.kind), Some(Kind::Function(_))) {
                            let mut v = Vec::with_capacity(args.values.len() + 1);
                            v.push(obj);
                            v.extend_from_slice(args.values);
                            return crate::call::call_function(
                                f,
                                Args {
                                    values: &v,
                                    kwnames: args.kwnames,
                                },
                            );
                        }
                    }
                }
            }
        }
        Some(
            Kind::Type(_)
            | Kind::Module(_)
            | Kind::Exception(_)
            | Kind::Function(_)
            | Kind::Super { .. }
            | Kind::BoundMethod { .. }
            | Kind::Builtin(_)
            | Kind::Property { .. },
        ) => {}
        _ => {
            if let Some((_, f)) = crate::builtins::methods::lookup(obj, name) {
                return f(obj, args);
            }
        }
    }
    let roots = Roots::new();
    let m = crate::attr::getattr_reported(obj, name).inspect_err(|_| *lookup_failed = true)?;
    let m = roots.push(m);
    protocol::call(m, args)
}

#[no_mangle]
pub extern "C" fn molt_call_method(
    obj: u64,
    name: u64,
    args: *const u64,
    nargs: u64,
    kwnames: u64,
    cache: *const u64,
) -> u64 {
    let values = words(args, nargs);
    let kw = kwnames_of(kwnames);
    if kw.len() > values.len() {
        exc::raise_new("SystemError", "more keyword names than arguments");
        return ERR;
    }
    // Fast path: a plain function found on the class of an instance that
    // does not shadow it, called with exactly its positional parameters.
    // The receiver sits in the caller's slot just before the arguments, so
    // `self, args...` are passed on as they are.
    if kw.is_empty() {
        let ic = inline_cache(cache);
        let cached = ic.and_then(|ic| crate::ic::cached_method(Value(obj), ic));
        let method = cached.or_else(|| plain_method(Value(obj), name_of(name)));
        if let Some(f) = method.and_then(|m| crate::call::as_function(m).map(|f| (m, f))) {
            let (m, f) = f;
            let d = f.desc;
            if d.flags == 0 && d.nkwonly == 0 && u64::from(d.nparams) == nargs + 1 {
                if cached.is_none() {
                    if let Some(ic) = ic {
                        crate::ic::remember_method(Value(obj), name_of(name), m, ic);
                    }
                }
                // SAFETY: per the CALL_METHOD contract, the word before
                // `args` is the caller's slot holding `obj`.
                let with_self = words(unsafe { args.sub(1) }, nargs + 1);
                return invoke_entry(d, m, with_self).0;
            }
        }
    }
    let mut lookup_failed = false;
    let result = find_and_call_method(
        Value(obj),
        name_of(name),
        Args {
            values,
            kwnames: kw,
        },
        &mut lookup_failed,
    );
    if lookup_failed {
        exc::note_method_lookup_failed();
    }
    ret(result)
}

/// The function a method call on an instance finds on its class, when the
/// instance does not shadow it.
fn plain_method(obj: Value, name: &str) -> Option<Value> {
    let Some(Kind::Instance(i)) = obj.obj().map(|o| &o.kind) else {
        return None;
    };
    if i.attrs.borrow().get(name).is_some()
        || crate::attr::user_getattribute(i.class.get()).is_some()
    {
        return None;
    }
    types::as_type(i.class.get()).and_then(|t| t.lookup(name))
}

/// Creates a function object for a static description.
pub fn make_function(
    desc: &'static FuncDesc,
    defaults: Value,
    kwdefaults: Value,
    closure: Value,
) -> Value {
    gc::alloc(Kind::Function(Box::new(FuncObj {
        desc,
        defaults: Cell::new(defaults),
        kwdefaults: Cell::new(kwdefaults),
        closure,
        attrs: RefCell::new(AttrMap::default()),
    })))
}

#[no_mangle]
pub extern "C" fn molt_make_function(
    desc: *const FuncDesc,
    defaults: u64,
    kwdefaults: u64,
    closure: u64,
) -> u64 {
    if desc.is_null() {
        exc::raise_new("SystemError", "null function description");
        return ERR;
    }
    // SAFETY: descriptions are static data emitted by the compiler.
    let desc: &'static FuncDesc = unsafe { &*desc };
    make_function(desc, Value(defaults), Value(kwdefaults), Value(closure)).0
}

#[no_mangle]
pub extern "C" fn molt_closure_cell(func: u64, index: u64) -> u64 {
    match crate::call::as_function(Value(func)) {
        Some(f) => {
            tuple::as_slice(f.closure)
                .and_then(|c| c.get(index as usize).copied())
                .unwrap_or(Value::NONE)
                .0
        }
        None => NONE,
    }
}

#[no_mangle]
pub extern "C" fn molt_make_cell(v: u64) -> u64 {
    gc::alloc(Kind::Cell(Cell::new(Value(v)))).0
}

#[no_mangle]
pub extern "C" fn molt_cell_get(c: u64) -> u64 {
    match Value(c).obj().map(|o| &o.kind) {
        Some(Kind::Cell(v)) => v.get().0,
        _ => molt_abi::UNBOUND,
    }
}

#[no_mangle]
pub extern "C" fn molt_cell_set(c: u64, v: u64) {
    if let Some(Kind::Cell(cell)) = Value(c).obj().map(|o| &o.kind) {
        cell.set(Value(v));
    }
}

/// Creates a class from its name, bases and namespace dict.
pub fn make_class(name: &str, qualname: &str, bases: Value, ns: Value) -> PyResult {
    let object = types::builtin_type(types::Ty::Object);
    let orig_bases = tuple::as_slice(bases)
        .map(|b| b.to_vec())
        .unwrap_or_default();
    let roots = Roots::new();
    let mut base_list = Vec::with_capacity(orig_bases.len());
    let mut replaced = false;
    for &b in &orig_bases {
        // `__mro_entries__` (PEP 560): `Generic[T]` as a base.
        if types::as_type(b).is_none() {
            if let Ok(f) = crate::attr::getattr(b, "__mro_entries__") {
                roots.push(f);
                let r = roots.push(protocol::call1(f, bases)?);
                base_list.extend(protocol::collect(r)?);
                replaced = true;
                continue;
            }
            exc::take_pending();
        }
        base_list.push(b);
    }
    for b in &base_list {
        let Some(bt) = types::as_type(*b) else {
            return Err(exc::type_error(format!(
                "bases must be types, not {}",
                type_name(*b)
            )));
        };
        if bt.layout == Layout::Builtin {
            const FINAL: &[&str] = &["bool", "range", "slice", "memoryview", "NoneType"];
            if bt.module == "builtins" && FINAL.contains(&bt.name.as_str()) {
                return Err(exc::type_error(format!(
                    "type '{}' is not an acceptable base type",
                    bt.name
                )));
            }
            return Err(exc::type_error(format!(
                "subclassing the built-in type '{}' is not supported by Molt yet",
                bt.name
            )));
        }
    }
    if base_list.is_empty() {
        base_list.push(object);
    }
    let layout = if base_list
        .iter()
        .any(|b| types::as_type(*b).is_some_and(|t| t.layout == Layout::Exception))
    {
        Layout::Exception
    } else {
        Layout::Object
    };
    let entries = match dict::as_dict(ns) {
        Some(d) => dict::items(d)?,
        None => Vec::new(),
    };
    let module = entries
        .iter()
        .find(|(k, _)| pystr::as_str(*k) == Some("__module__"))
        .and_then(|(_, v)| pystr::as_str(*v))
        .unwrap_or("__main__");
    let cls = types::new_type_full(name, qualname, module, base_list, layout, false)
        .map_err(exc::type_error)?;
    roots.push(cls);
    if let Some(t) = types::as_type(cls) {
        let mut d = t.dict.borrow_mut();
        for (k, v) in &entries {
            let Some(key) = pystr::as_str(*k) else {
                continue;
            };
            if key == "__qualname__" {
                continue;
            }
            if key == "__classcell__" {
                if let Some(Kind::Cell(c)) = v.obj().map(|o| &o.kind) {
                    c.set(cls);
                }
                continue;
            }
            // These two are class methods even when written as plain
            // functions, as `type.__new__` makes them.
            if matches!(key, "__init_subclass__" | "__class_getitem__")
                && crate::call::as_function(*v).is_some()
            {
                d.set(key, gc::alloc(Kind::ClassMethod(*v)));
                continue;
            }
            d.set(key, *v);
        }
        // Every class has its own `__doc__` (None without a docstring).
        if d.get("__doc__").is_none() {
            d.set("__doc__", Value::NONE);
        }
        // A class that defines __eq__ but not __hash__ is unhashable.
        if d.get("__eq__").is_some() && d.get("__hash__").is_none() {
            d.set("__hash__", Value::NONE);
        }
        if replaced {
            d.set("__orig_bases__", bases);
        }
        drop(d);
        // The runtime's metaclasses finish the class (enum members,
        // abstract methods).
        if let Some(f) = t.meta_lookup("__molt_class_init__") {
            protocol::call1(f, cls)?;
        }
        set_slots(t, &entries)?;
        // `__set_name__` on the attributes that define it, then the parent's
        // `__init_subclass__`, in CPython's order.
        for (k, v) in &entries {
            if let Some(set_name) = protocol::special(*v, "__set_name__") {
                if protocol::call(set_name, Args::positional(&[*v, cls, *k])).is_err() {
                    // CPython 3.11 wraps the error, keeping it as the cause.
                    let cause = exc::take_pending().unwrap_or(Value::NONE);
                    roots.push(cause);
                    let msg = format!(
                        "Error calling __set_name__ on '{}' instance {} in '{}'",
                        type_name(*v),
                        protocol::repr(*k)?,
                        t.name
                    );
                    let e = roots.push(exc::new_exc_with_args("RuntimeError", &[pystr::new(&msg)]));
                    return Err(raise(e, cause));
                }
            }
        }
        let parent_hook = t
            .mro
            .iter()
            .filter_map(|b| types::as_type(*b))
            .find_map(|b| b.dict.borrow().get("__init_subclass__"));
        if let Some(hook) = parent_hook {
            let f = match hook.obj().map(|o| &o.kind) {
                Some(Kind::ClassMethod(f)) => *f,
                _ => hook,
            };
            protocol::call1(f, cls)?;
        }
    }
    Ok(cls)
}

/// Records what `__slots__` here and on the bases declare.
fn set_slots(t: &types::TypeObj, entries: &[(Value, Value)]) -> PyResult<()> {
    let decl = entries
        .iter()
        .find(|(k, _)| pystr::as_str(*k) == Some("__slots__"))
        .map(|&(_, v)| v);
    let mut slots = types::Slots {
        names: Vec::new(),
        dict: decl.is_none(),
    };
    if let Some(decl) = decl {
        let names: Vec<Value> = if pystr::as_str(decl).is_some() {
            vec![decl]
        } else {
            protocol::collect(decl)?
        };
        for n in names {
            let Some(name) = pystr::as_str(n) else {
                return Err(exc::type_error(format!(
                    "__slots__ items must be strings, not '{}'",
                    type_name(n)
                )));
            };
            if name == "__dict__" {
                slots.dict = true;
                continue;
            }
            if t.dict.borrow().get(name).is_some() {
                return Err(exc::value_error(format!(
                    "'{name}' in __slots__ conflicts with class variable"
                )));
            }
            slots.names.push(name.to_string());
        }
    }
    for b in t.mro.iter().filter_map(|b| types::as_type(*b)) {
        if b.module == "builtins" && b.name == "object" {
            continue;
        }
        let inherited = b.slots.borrow();
        slots.dict |= inherited.dict;
        slots.names.extend(inherited.names.iter().cloned());
    }
    *t.slots.borrow_mut() = slots;
    Ok(())
}

#[no_mangle]
pub extern "C" fn molt_make_class(name: u64, qualname: u64, bases: u64, ns: u64) -> u64 {
    ret(make_class(
        name_of(name),
        name_of(qualname),
        Value(bases),
        Value(ns),
    ))
}

#[no_mangle]
pub extern "C" fn molt_import(name: u64) -> u64 {
    ret(crate::program::import(name_of(name)))
}

// ---------------------------------------------------------------------------
// Exceptions
// ---------------------------------------------------------------------------

/// An exception instance from `raise X` (a class is instantiated).
fn exception_instance(v: Value, what: &str) -> PyResult {
    if protocol::is_exception_class(v) {
        let e = protocol::call0(v)?;
        if exc::as_exc(e).is_none() {
            return Err(exc::type_error(format!(
                "calling {} should have returned an instance of BaseException, not {}",
                protocol::repr(v)?,
                type_name(e)
            )));
        }
        return Ok(e);
    }
    if exc::as_exc(v).is_some() {
        return Ok(v);
    }
    Err(exc::type_error(what))
}

pub fn raise(v: Value, cause: Value) -> exc::Raised {
    let r = (|| -> PyResult<exc::Raised> {
        let roots = Roots::new();
        roots.push(v);
        roots.push(cause);
        let e = roots.push(exception_instance(
            v,
            "exceptions must derive from BaseException",
        )?);
        if cause != Value::UNBOUND {
            let c = if cause.is_none() {
                Value::NONE
            } else {
                exception_instance(cause, "exception causes must derive from BaseException")?
            };
            if let Some(eo) = exc::as_exc(e) {
                eo.cause.set(c);
                eo.suppress_context.set(true);
            }
        }
        Ok(exc::raise(e))
    })();
    match r {
        Ok(r) | Err(r) => r,
    }
}

#[no_mangle]
pub extern "C" fn molt_raise(v: u64, cause: u64) -> u64 {
    raise(Value(v), Value(cause));
    ERR
}

#[no_mangle]
pub extern "C" fn molt_reraise() -> u64 {
    match exc::current_handled() {
        Some(e) => {
            exc::restore(e);
        }
        None => {
            exc::raise_new("RuntimeError", "No active exception to reraise");
        }
    }
    ERR
}

#[no_mangle]
pub extern "C" fn molt_exc_take() -> u64 {
    exc::take_pending().unwrap_or(Value::NONE).0
}

#[no_mangle]
pub extern "C" fn molt_exc_restore(e: u64) -> u64 {
    exc::restore(Value(e));
    ERR
}

/// `except cls`: every entry of a tuple is checked to be an exception class
/// before any is matched (nested tuples are refused), as CPython does.
fn exc_match(e: Value, cls: Value) -> PyResult<bool> {
    let classes = tuple::as_slice(cls).unwrap_or(std::slice::from_ref(&cls));
    if !classes.iter().all(|c| protocol::is_exception_class(*c)) {
        return Err(exc::type_error(
            "catching classes that do not inherit from BaseException is not allowed",
        ));
    }
    Ok(classes.iter().any(|c| types::isinstance(e, *c)))
}

#[no_mangle]
pub extern "C" fn molt_exc_match(e: u64, cls: u64) -> u64 {
    // The exception is being handled while the clauses are tested, so an
    // error in a test (a bad class in the tuple) has it as its context.
    exc::push_handling(Value(e));
    let matched = exc_match(Value(e), Value(cls));
    exc::pop_handling();
    match matched {
        Ok(b) => b as u64,
        Err(_) => ERR,
    }
}

#[no_mangle]
pub extern "C" fn molt_exc_push(e: u64) {
    exc::push_handling(Value(e))
}

#[no_mangle]
pub extern "C" fn molt_exc_pop() {
    exc::pop_handling()
}

/// An imaginary literal `xj`.
#[no_mangle]
pub extern "C" fn molt_complex_imag(x: u64) -> u64 {
    crate::builtins::complex::imaginary(Value(x).as_float().unwrap_or(0.0)).0
}

#[no_mangle]
pub extern "C" fn molt_assert_fail(msg: u64) -> u64 {
    let e = if msg == molt_abi::UNBOUND {
        exc::new_exc_with_args("AssertionError", &[])
    } else {
        exc::new_exc_with_args("AssertionError", &[Value(msg)])
    };
    exc::raise(e);
    ERR
}

// ---------------------------------------------------------------------------
// Generators
// ---------------------------------------------------------------------------

#[no_mangle]
pub extern "C" fn molt_gen_new(func: u64) -> u64 {
    ret(crate::call::gen_new(Value(func)))
}

#[no_mangle]
pub extern "C" fn molt_gen_slots(gen: u64) -> u64 {
    match crate::call::as_gen(Value(gen)) {
        Some(g) => g.slots.as_ptr() as u64,
        None => 0,
    }
}

/// `with manager:` — see `context::enter`.
#[no_mangle]
pub extern "C" fn molt_with_enter(manager: u64, exit_out: *mut u64) -> u64 {
    match crate::context::enter(Value(manager)) {
        Ok((value, exit)) => {
            // SAFETY: generated code passes the address of one of its frame
            // slots.
            unsafe { *exit_out = exit.0 };
            value.0
        }
        Err(_) => ERR,
    }
}

/// The end of a `with` block — see `context::exit`.
#[no_mangle]
pub extern "C" fn molt_with_exit(exit: u64, exception: u64) -> u64 {
    ret(crate::context::exit(Value(exit), Value(exception)).map(Value::bool))
}

/// One step of `yield from` (see `yield_from::send`): what the inner
/// iterator yields, or ITER_DONE when it finished.
#[no_mangle]
pub extern "C" fn molt_yield_from_send(it: u64, sent: u64) -> u64 {
    step_word(crate::yield_from::send(Value(it), Value(sent)))
}

/// An exception thrown into a generator suspended in `yield from` — see
/// `yield_from::throw`.
#[no_mangle]
pub extern "C" fn molt_yield_from_throw(it: u64) -> u64 {
    step_word(crate::yield_from::throw(Value(it)))
}

fn step_word(step: PyResult<Option<Value>>) -> u64 {
    match step {
        Ok(Some(v)) => v.0,
        Ok(None) => molt_abi::ITER_DONE,
        Err(_) => ERR,
    }
}

/// The value of a finished `yield from`: the inner generator's return
/// value or the inner iterator's StopIteration value, recorded by the step
/// that returned ITER_DONE.
#[no_mangle]
pub extern "C" fn molt_yield_from_result(_it: u64) -> u64 {
    crate::yield_from::take_result().0
}

/// Start-up: records a user module of the program (see `program`).
#[no_mangle]
pub extern "C" fn molt_register_module(
    name: u64,
    globals: *mut u64,
    nglobals: u64,
    names: *const molt_abi::StrRef,
    body: *const FuncDesc,
) {
    let name = name_of(name).to_string();
    // SAFETY: the compiler emits `nglobals` StrRefs at `names` and a
    // FuncDesc at `body`, all static data of the program.
    let (names, body) = unsafe { (std::slice::from_raw_parts(names, nglobals as usize), &*body) };
    crate::program::register(&name, globals, names, body);
}

/// `from module import name`: the attribute, else the submodule `name`
/// (imported now), else CPython's ImportError.
#[no_mangle]
pub extern "C" fn molt_import_name(module: u64, name: u64) -> u64 {
    ret(import_name(Value(module), name_of(name)))
}

fn import_name(module: Value, name: &str) -> PyResult {
    let e = match crate::attr::getattr(module, name) {
        Ok(v) => return Ok(v),
        Err(e) => e,
    };
    if !exc::pending_is("AttributeError") {
        return Err(e);
    }
    exc::take_pending();
    let mname = match module.obj().map(|o| &o.kind) {
        Some(Kind::Module(m)) => m.name.clone(),
        _ => "?".into(),
    };
    let full = format!("{mname}.{name}");
    if crate::program::is_user_module(&full) || crate::modules::is_runtime_module(&full) {
        let roots = Roots::new();
        let sub = roots.push(crate::program::import(&full)?);
        // The attribute the import set, unless the submodule's body
        // replaced it.
        return Ok(match module.obj().map(|o| &o.kind) {
            Some(Kind::Module(m)) => m.get(name).unwrap_or(sub),
            _ => sub,
        });
    }
    let path = crate::program::module_file(&mname);
    let shown = path.as_deref().unwrap_or("unknown location");
    let msg = if crate::program::is_initializing(&mname) {
        format!(
            "cannot import name '{name}' from partially initialized module '{mname}' \
             (most likely due to a circular import) ({shown})"
        )
    } else {
        format!("cannot import name '{name}' from '{mname}' ({shown})")
    };
    let roots = Roots::new();
    let e = roots.push(exc::new_exc("ImportError", &msg));
    let n = roots.push(pystr::new(&mname));
    let p = match &path {
        Some(p) => roots.push(pystr::new(p)),
        None => Value::NONE,
    };
    if let Some(x) = exc::as_exc(e) {
        let mut attrs = x.attrs.borrow_mut();
        attrs.set("name", n);
        attrs.set("path", p);
    }
    Err(exc::raise(e))
}

/// A module's attribute, or UNBOUND when it has none (for star imports).
#[no_mangle]
pub extern "C" fn molt_module_get(module: u64, name: u64) -> u64 {
    match Value(module).obj().map(|o| &o.kind) {
        Some(Kind::Module(m)) => m.get(name_of(name)).unwrap_or(Value::UNBOUND).0,
        _ => Value::UNBOUND.0,
    }
}

/// Writes a match's sub-pattern values to `out`; TRUE/FALSE/ERR.
fn match_result(r: PyResult<Option<Vec<Value>>>, out: *mut u64, nout: u64) -> u64 {
    match r {
        Ok(Some(values)) if values.len() as u64 == nout => {
            words_mut(out, nout).copy_from_slice(&values);
            molt_abi::TRUE
        }
        Ok(Some(_)) => {
            exc::raise_new("SystemError", "pattern produced the wrong number of values");
            ERR
        }
        Ok(None) => molt_abi::FALSE,
        Err(_) => ERR,
    }
}

#[no_mangle]
pub extern "C" fn molt_match_sequence(
    subject: u64,
    out: *mut u64,
    nout: u64,
    nbefore: u64,
    star: u64,
) -> u64 {
    let r = crate::matching::sequence(Value(subject), nout as usize, nbefore as usize, star != 0);
    match_result(r, out, nout)
}

#[no_mangle]
pub extern "C" fn molt_match_mapping(
    subject: u64,
    out: *mut u64,
    nout: u64,
    keys: u64,
    rest: u64,
) -> u64 {
    let r = crate::matching::mapping(Value(subject), Value(keys), rest != 0);
    match_result(r, out, nout)
}

#[no_mangle]
pub extern "C" fn molt_match_class(
    subject: u64,
    out: *mut u64,
    nout: u64,
    cls: u64,
    npos: u64,
    kwnames: u64,
) -> u64 {
    let r = crate::matching::class(Value(subject), Value(cls), npos as usize, Value(kwnames));
    match_result(r, out, nout)
}
