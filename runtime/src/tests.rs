//! End-to-end checks of the runtime through its entry points, without the
//! compiler: values are built with the constructors, operations run through
//! `entry`, and results are compared by their `repr` (the expected texts
//! are CPython 3.11's).

use crate::entry::*;
use crate::objects::{int, list, str as pystr, tuple};
use crate::protocol;
use crate::value::Value;
use molt_abi::entry::ops;
use molt_abi::{CodeInfo, FuncDesc, StrRef, ERR};

pub(crate) fn init() {
    thread_local! { static DONE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) }; }
    if !DONE.with(|d| d.replace(true)) {
        crate::gc::init(true);
        crate::objects::types::init();
        crate::builtins::init();
    }
}

fn s(text: &str) -> Value {
    pystr::new(text)
}

fn i(v: i64) -> Value {
    int::from_i64(v)
}

fn repr(v: u64) -> String {
    if v == ERR {
        return format!("ERR {}", pending());
    }
    protocol::repr(Value(v)).unwrap_or_else(|_| "repr failed".into())
}

/// The pending exception as `Type: message`, cleared.
fn pending() -> String {
    match crate::exc::take_pending() {
        Some(e) => crate::traceback::exception_line(e),
        None => "<none>".into(),
    }
}

fn builtin(name: &str) -> Value {
    Value(molt_load_builtin(s(name).0))
}

fn call(f: Value, args: &[Value]) -> String {
    repr(molt_call(
        f.0,
        args.as_ptr() as *const u64,
        args.len() as u64,
        molt_abi::NONE,
    ))
}

fn call_kw(f: Value, args: &[Value], names: &[&str]) -> String {
    let kw = tuple::new(names.iter().map(|n| s(n)).collect());
    repr(molt_call(
        f.0,
        args.as_ptr() as *const u64,
        args.len() as u64,
        kw.0,
    ))
}

fn method(obj: Value, name: &str, args: &[Value]) -> String {
    repr(molt_call_method(
        obj.0,
        s(name).0,
        args.as_ptr() as *const u64,
        args.len() as u64,
        molt_abi::NONE,
        std::ptr::null(),
    ))
}

#[test]
fn arithmetic_and_errors() {
    init();
    assert_eq!(repr(molt_binop(ops::ADD, i(2).0, i(3).0)), "5");
    assert_eq!(repr(molt_binop(ops::FLOORDIV, i(-7).0, i(2).0)), "-4");
    assert_eq!(repr(molt_binop(ops::MOD, i(-7).0, i(2).0)), "1");
    assert_eq!(
        repr(molt_binop(ops::TRUEDIV, i(1).0, i(3).0)),
        "0.3333333333333333"
    );
    assert_eq!(
        repr(molt_binop(
            ops::ADD,
            Value::float(0.1).0,
            Value::float(0.2).0
        )),
        "0.30000000000000004"
    );
    assert_eq!(
        repr(molt_binop(ops::POW, i(2).0, i(100).0)),
        "1267650600228229401496703205376"
    );
    assert_eq!(repr(molt_binop(ops::POW, i(2).0, i(-1).0)), "0.5");
    assert_eq!(
        repr(molt_binop(ops::MUL, i(1 << 40).0, i(1 << 40).0)),
        "1208925819614629174706176"
    );
    assert_eq!(
        repr(molt_binop(ops::TRUEDIV, i(1).0, i(0).0)),
        "ERR ZeroDivisionError: division by zero"
    );
    assert_eq!(
        repr(molt_binop(ops::ADD, i(1).0, s("a").0)),
        "ERR TypeError: unsupported operand type(s) for +: 'int' and 'str'"
    );
    assert_eq!(
        repr(molt_binop(ops::ADD, s("a").0, i(1).0)),
        "ERR TypeError: can only concatenate str (not \"int\") to str"
    );
    assert_eq!(repr(molt_binop(ops::MUL, s("ab").0, i(3).0)), "'ababab'");
    assert_eq!(
        repr(molt_binop(ops::AND, Value::TRUE.0, Value::FALSE.0)),
        "False"
    );
    assert_eq!(repr(molt_unary(ops::NEG, Value::TRUE.0)), "-1");
    assert_eq!(
        repr(molt_unary(ops::INVERT, Value::float(1.0).0)),
        "ERR TypeError: bad operand type for unary ~: 'float'"
    );
    assert_eq!(
        repr(molt_compare(ops::LT, i(1).0, s("a").0)),
        "ERR TypeError: '<' not supported between instances of 'int' and 'str'"
    );
    assert_eq!(
        repr(molt_binop(
            ops::MOD,
            s("%5.2f|%-4d|%s").0,
            tuple::new(vec![Value::float(1.23456), i(7), s("x")]).0
        )),
        "' 1.23|7   |x'"
    );
}

#[test]
fn containers() {
    init();
    let l = list::new(vec![i(3), i(1), i(2)]);
    assert_eq!(method(l, "sort", &[]), "None");
    assert_eq!(repr(l.0), "[1, 2, 3]");
    assert_eq!(repr(molt_getitem(l.0, i(-1).0)), "3");
    assert_eq!(
        repr(molt_getitem(l.0, i(5).0)),
        "ERR IndexError: list index out of range"
    );
    assert_eq!(
        repr(molt_getitem(l.0, s("x").0)),
        "ERR TypeError: list indices must be integers or slices, not str"
    );
    let sl = molt_build_slice(Value::NONE.0, Value::NONE.0, i(-1).0);
    assert_eq!(repr(molt_getitem(l.0, sl)), "[3, 2, 1]");
    assert_eq!(
        method(l, "remove", &[i(9)]),
        "ERR ValueError: list.remove(x): x not in list"
    );
    let d = Value(molt_build_dict(std::ptr::null(), 0));
    molt_dict_set(d.0, s("b").0, i(1).0);
    molt_dict_set(d.0, s("a").0, i(2).0);
    assert_eq!(repr(d.0), "{'b': 1, 'a': 2}");
    assert_eq!(repr(molt_getitem(d.0, s("zz").0)), "ERR KeyError: 'zz'");
    assert_eq!(method(d, "items", &[]), "dict_items([('b', 1), ('a', 2)])");
    let items: Vec<Value> = [5, 1, 9, 33, 17, 2].iter().map(|x| i(*x)).collect();
    let st = Value(molt_build_set(
        items.as_ptr() as *const u64,
        items.len() as u64,
    ));
    assert_eq!(repr(st.0), "{1, 33, 2, 5, 9, 17}");
    let strs: Vec<Value> = ["a", "b"].iter().map(|x| s(x)).collect();
    let t = tuple::new(strs);
    assert_eq!(repr(t.0), "('a', 'b')");
    assert_eq!(method(s(", "), "join", &[t]), "'a, b'");
    assert_eq!(
        method(s("a,b,,c"), "split", &[s(",")]),
        "['a', 'b', '', 'c']"
    );
}

#[test]
fn builtins_namespace() {
    init();
    assert_eq!(call(builtin("len"), &[s("héllo")]), "5");
    assert_eq!(
        call(builtin("sorted"), &[tuple::new(vec![i(3), i(1)])]),
        "[1, 3]"
    );
    assert_eq!(
        call(builtin("max"), &[list::new(vec![])]),
        "ERR ValueError: max() arg is an empty sequence"
    );
    assert_eq!(call(builtin("int"), &[s(" 42 ")]), "42");
    assert_eq!(
        call(builtin("int"), &[s("4x")]),
        "ERR ValueError: invalid literal for int() with base 10: '4x'"
    );
    assert_eq!(call(builtin("float"), &[s("1e3")]), "1000.0");
    assert_eq!(call(builtin("round"), &[Value::float(2.5)]), "2");
    assert_eq!(call(builtin("divmod"), &[i(7), i(-2)]), "(-4, -1)");
    assert_eq!(call(builtin("hex"), &[i(-255)]), "'-0xff'");
    assert_eq!(
        call(builtin("format"), &[Value::float(1234.5), s(",.2f")]),
        "'1,234.50'"
    );
    assert_eq!(protocol::repr(s("it's")).ok().as_deref(), Some("\"it's\""));
    assert_eq!(
        call(builtin("range"), &[i(0), i(10), i(3)]),
        "range(0, 10, 3)"
    );
    assert_eq!(
        call(builtin("list"), &[call_value(builtin("range"), &[i(5)])]),
        "[0, 1, 2, 3, 4]"
    );
    assert_eq!(
        call(builtin("isinstance"), &[Value::TRUE, builtin("int")]),
        "True"
    );
    assert_eq!(
        call(builtin("chr"), &[i(0x110000)]),
        "ERR ValueError: chr() arg not in range(0x110000)"
    );
    assert_eq!(
        call(builtin("sum"), &[list::new(vec![i(1), Value::float(0.5)])]),
        "1.5"
    );
    assert_eq!(
        call_kw(
            builtin("sorted"),
            &[list::new(vec![i(1), i(3), i(2)]), Value::TRUE],
            &["reverse"]
        ),
        "[3, 2, 1]"
    );
    assert_eq!(
        repr(molt_load_builtin(s("nope").0)),
        "ERR NameError: name 'nope' is not defined"
    );
}

fn call_value(f: Value, args: &[Value]) -> Value {
    Value(molt_call(
        f.0,
        args.as_ptr() as *const u64,
        args.len() as u64,
        molt_abi::NONE,
    ))
}

// A compiled function stand-in: returns its bound arguments as a tuple.
thread_local! { static NPARAMS: std::cell::Cell<u64> = const { std::cell::Cell::new(0) }; }

extern "C" fn echo_entry(_func: u64, args: *const u64) -> u64 {
    molt_build_tuple(args, NPARAMS.with(|n| n.get()))
}

fn leak_str(t: &'static str) -> StrRef {
    StrRef {
        ptr: t.as_ptr(),
        len: t.len() as u64,
    }
}

fn echo_function(
    params: &'static [&'static str],
    nposonly: u32,
    nkwonly: u32,
    flags: u32,
    defaults: Value,
) -> Value {
    let names: &'static [StrRef] = Box::leak(
        params
            .iter()
            .map(|p| leak_str(p))
            .collect::<Vec<_>>()
            .into_boxed_slice(),
    );
    let desc: &'static FuncDesc = Box::leak(Box::new(FuncDesc {
        code: CodeInfo {
            name: "f".as_ptr(),
            name_len: 1,
            file: "t.py".as_ptr(),
            file_len: 4,
            source: std::ptr::null(),
            source_len: 0,
            varnames: std::ptr::null(),
            varnames_len: 0,
        },
        entry: echo_entry as *const u8,
        resume: std::ptr::null(),
        qualname: leak_str("f"),
        param_names: names.as_ptr(),
        nparams: params.len() as u32,
        nposonly,
        nkwonly,
        flags,
        nslots: 0,
        _pad: 0,
    }));
    NPARAMS.with(|n| n.set(params.len() as u64));
    make_function(desc, defaults, Value::NONE, Value::NONE)
}

#[test]
fn argument_binding() {
    init();
    let f = echo_function(&["a", "b"], 0, 0, 0, Value::NONE);
    assert_eq!(call(f, &[i(1), i(2)]), "(1, 2)");
    assert_eq!(
        call(f, &[i(1), i(2), i(3)]),
        "ERR TypeError: f() takes 2 positional arguments but 3 were given"
    );
    assert_eq!(
        call(f, &[i(1)]),
        "ERR TypeError: f() missing 1 required positional argument: 'b'"
    );
    assert_eq!(
        call(f, &[]),
        "ERR TypeError: f() missing 2 required positional arguments: 'a' and 'b'"
    );
    assert_eq!(
        call_kw(f, &[i(1), i(2)], &["z"]),
        "ERR TypeError: f() got an unexpected keyword argument 'z'"
    );
    assert_eq!(
        call_kw(f, &[i(1), i(2)], &["a"]),
        "ERR TypeError: f() got multiple values for argument 'a'"
    );
    assert_eq!(call_kw(f, &[i(2), i(1)], &["b", "a"]), "(1, 2)");
    let g = echo_function(&["a", "b"], 0, 0, 0, tuple::new(vec![i(9)]));
    assert_eq!(call(g, &[i(1)]), "(1, 9)");
    assert_eq!(
        call(g, &[i(1), i(2), i(3)]),
        "ERR TypeError: f() takes from 1 to 2 positional arguments but 3 were given"
    );
    let h = echo_function(
        &["a", "args", "k", "kw"],
        0,
        1,
        molt_abi::sig_flags::VARARGS | molt_abi::sig_flags::VARKW,
        Value::NONE,
    );
    assert_eq!(
        call_kw(h, &[i(1), i(2), i(3), i(4), i(5)], &["k", "z"]),
        "(1, (2, 3), 4, {'z': 5})"
    );
    assert_eq!(
        call(h, &[i(1)]),
        "ERR TypeError: f() missing 1 required keyword-only argument: 'k'"
    );
}

#[test]
fn exceptions_and_traceback_text() {
    init();
    let ve = builtin("ValueError");
    molt_raise(ve.0, molt_abi::UNBOUND);
    let e = crate::exc::take_pending().unwrap_or(Value::NONE);
    assert_eq!(crate::traceback::exception_line(e), "ValueError");
    let ke = call_value(builtin("KeyError"), &[s("k")]);
    assert_eq!(crate::traceback::exception_line(ke), "KeyError: 'k'");
    assert_eq!(repr(ke.0), "KeyError('k')");
    assert_eq!(molt_exc_match(ke.0, builtin("LookupError").0), 1);
    assert_eq!(molt_exc_match(ke.0, i(1).0), ERR);
    assert_eq!(
        pending(),
        "TypeError: catching classes that do not inherit from BaseException is not allowed"
    );
    // Chained: raise TypeError from KeyError.
    let te = call_value(builtin("TypeError"), &[s("bad")]);
    molt_raise(te.0, ke.0);
    let e = crate::exc::take_pending().unwrap_or(Value::NONE);
    let out = crate::traceback::uncaught_text(e);
    assert_eq!(out, "KeyError: 'k'\n\nThe above exception was the direct cause of the following exception:\n\nTypeError: bad\n");
}

#[test]
fn formatting() {
    init();
    assert_eq!(
        repr(molt_format_value(Value::float(1.23456).0, s(".2f").0, 0)),
        "'1.23'"
    );
    assert_eq!(repr(molt_format_value(i(42).0, s(">6").0, 0)), "'    42'");
    assert_eq!(
        repr(molt_format_value(s("x").0, Value::NONE.0, 2)),
        "\"'x'\""
    );
    assert_eq!(
        method(s("{} and {name}!"), "format", &[i(1)]),
        "ERR KeyError: 'name'"
    );
    let f = s("{0}-{1:>3}");
    assert_eq!(method(f, "format", &[s("a"), i(5)]), "'a-  5'");
    let r = Value(molt_call_method(
        s("{x}").0,
        s("format").0,
        [i(1)].as_ptr() as *const u64,
        1,
        tuple::new(vec![s("x")]).0,
        std::ptr::null(),
    ));
    assert_eq!(repr(r.0), "'1'");
}

#[test]
fn gc_collects_garbage_and_keeps_roots() {
    init();
    let roots = crate::gc::Roots::new();
    let keep = roots.push(list::new(vec![s("kept")]));
    for _ in 0..1000 {
        let _ = list::new(vec![s("garbage"); 10]);
    }
    crate::gc::collect();
    assert_eq!(repr(keep.0), "['kept']");
}

#[test]
fn set_displays_follow_cpython_order() {
    init();
    let items: Vec<Value> = [5, 1, 9, 33, 17, 2].iter().map(|x| i(*x)).collect();
    let st = Value(molt_build_set(
        items.as_ptr() as *const u64,
        items.len() as u64,
    ));
    assert_eq!(repr(st.0), "{1, 33, 2, 5, 9, 17}");
    let st = Value(molt_build_const_set(
        items.as_ptr() as *const u64,
        items.len() as u64,
    ));
    assert_eq!(repr(st.0), "{1, 2, 33, 17, 5, 9}");
}

#[test]
fn object_header_stays_small() {
    // Every heap object pays for the largest `Kind` variant.
    assert!(
        std::mem::size_of::<crate::object::Obj>() <= 64,
        "{}",
        std::mem::size_of::<crate::object::Obj>()
    );
}

extern "C" fn counting_resume(_func: u64, slots: *mut u64, _sent: u64) -> u64 {
    // SAFETY: the runtime passes the generator's 3 heap slots.
    let state = unsafe { *slots };
    let n = Value(state).as_small_int().unwrap_or(0);
    if n >= 3 {
        return molt_abi::ITER_DONE;
    }
    // SAFETY: as above.
    unsafe { *slots = molt_abi::small_int(n + 1) };
    molt_abi::small_int(n * 10)
}

extern "C" fn counting_entry(func: u64, _args: *const u64) -> u64 {
    let g = molt_gen_new(func);
    let slots = molt_gen_slots(g) as *mut u64;
    // SAFETY: a fresh generator has `nslots` (3) slots.
    unsafe { *slots = molt_abi::small_int(0) };
    g
}

#[test]
fn generators_resume_until_done() {
    init();
    let desc: &'static FuncDesc = Box::leak(Box::new(FuncDesc {
        code: CodeInfo {
            name: "g".as_ptr(),
            name_len: 1,
            file: "t.py".as_ptr(),
            file_len: 4,
            source: std::ptr::null(),
            source_len: 0,
            varnames: std::ptr::null(),
            varnames_len: 0,
        },
        entry: counting_entry as *const u8,
        resume: counting_resume as *const u8,
        qualname: leak_str("g"),
        param_names: std::ptr::null(),
        nparams: 0,
        nposonly: 0,
        nkwonly: 0,
        flags: molt_abi::sig_flags::GENERATOR,
        nslots: 3,
        _pad: 0,
    }));
    let f = make_function(desc, Value::NONE, Value::NONE, Value::NONE);
    let g = call_value(f, &[]);
    assert_eq!(call(builtin("list"), &[g]), "[0, 10, 20]");
    assert_eq!(molt_iter_next(g.0), molt_abi::ITER_DONE);
    let g2 = call_value(f, &[]);
    assert_eq!(call(builtin("next"), &[g2]), "0");
    assert_eq!(method(g2, "send", &[i(5)]), "10");
}

fn native_repr(_r: Value, _args: Args) -> crate::exc::PyResult {
    Ok(s("<P>"))
}

fn native_area(r: Value, _args: Args) -> crate::exc::PyResult {
    let w = crate::attr::getattr(r, "w")?;
    crate::ops::binop(crate::numeric::BinOp::Mul, w, w)
}

use crate::objects::function::Args;

#[test]
fn user_classes_attributes_and_special_methods() {
    init();
    let ns = Value(molt_build_dict(std::ptr::null(), 0));
    let unbound = |name: &'static str, f: crate::objects::function::NativeFn| {
        crate::gc::alloc(crate::object::Kind::Builtin(
            crate::objects::function::BuiltinObj {
                name,
                f,
                receiver: Value::UNBOUND,
            },
        ))
    };
    molt_dict_set(ns.0, s("__repr__").0, unbound("__repr__", native_repr).0);
    molt_dict_set(ns.0, s("area").0, unbound("area", native_area).0);
    molt_dict_set(ns.0, s("__module__").0, s("__main__").0);
    let bases = tuple::new(vec![]);
    let cls = Value(molt_make_class(s("P").0, s("P").0, bases.0, ns.0));
    assert_eq!(repr(cls.0), "<class '__main__.P'>");
    let p = call_value(cls, &[]);
    assert_eq!(repr(p.0), "<P>");
    assert_eq!(
        molt_setattr(p.0, s("w").0, i(7).0, std::ptr::null()),
        molt_abi::NONE
    );
    assert_eq!(method(p, "area", &[]), "49");
    assert_eq!(
        repr(molt_getattr(p.0, s("nope").0, std::ptr::null())),
        "ERR AttributeError: 'P' object has no attribute 'nope'"
    );
    assert_eq!(call(cls, &[i(1)]), "ERR TypeError: P() takes no arguments");
    // A subclass of an exception class.
    let eb = tuple::new(vec![builtin("ValueError")]);
    let ns2 = Value(molt_build_dict(std::ptr::null(), 0));
    let my = Value(molt_make_class(s("MyError").0, s("MyError").0, eb.0, ns2.0));
    let e = call_value(my, &[s("boom")]);
    assert_eq!(crate::traceback::exception_line(e), "MyError: boom");
    assert_eq!(molt_exc_match(e.0, builtin("Exception").0), 1);
    assert_eq!(
        call(builtin("hash"), &[ns]),
        "ERR TypeError: unhashable type: 'dict'"
    );
}

#[test]
fn memory_is_paced_by_collections() {
    init();
    crate::gc::init(false);
    let before = crate::gc::collections();
    for _ in 0..200_000 {
        let l = list::new(vec![i(1); 16]);
        let _ = crate::builtins::methods::list_push(
            list::as_list(l).unwrap_or_else(|| unreachable!()),
            i(2),
        );
        crate::gc::safepoint();
    }
    assert!(crate::gc::collections() > before);
    assert!(
        crate::gc::heap_bytes() < 64 << 20,
        "{}",
        crate::gc::heap_bytes()
    );
    crate::gc::init(true);
}

#[test]
fn corpus_error_messages() {
    init();
    let l = list::new(vec![i(1)]);
    assert_eq!(
        method(l, "index", &[i(2)]),
        "ERR ValueError: 2 is not in list"
    );
    assert_eq!(
        method(list::new(vec![]), "pop", &[]),
        "ERR IndexError: pop from empty list"
    );
    assert_eq!(
        call(builtin("sum"), &[list::new(vec![s("a")])]),
        "ERR TypeError: unsupported operand type(s) for +: 'int' and 'str'"
    );
    assert_eq!(
        call(builtin("dict"), &[list::new(vec![i(1)])]),
        "ERR TypeError: cannot convert dictionary update sequence element #0 to a sequence"
    );
    assert_eq!(call(builtin("int"), &[Value::NONE]), "ERR TypeError: int() argument must be a string, a bytes-like object or a real number, not 'NoneType'");
    let big = Value(molt_binop(ops::POW, i(10).0, i(400).0));
    assert_eq!(
        repr(molt_binop(ops::MUL, big.0, Value::float(1.0).0)),
        "ERR OverflowError: int too large to convert to float"
    );
    assert_eq!(
        repr(molt_binop(ops::POW, i(0).0, i(-1).0)),
        "ERR ZeroDivisionError: 0.0 cannot be raised to a negative power"
    );
    let sl = molt_build_slice(i(1).0, i(2).0, i(0).0);
    assert_eq!(
        repr(molt_getitem(list::new(vec![i(1)]).0, sl)),
        "ERR ValueError: slice step cannot be zero"
    );
    assert_eq!(
        repr(molt_getattr(Value::NONE.0, s("attr").0, std::ptr::null())),
        "ERR AttributeError: 'NoneType' object has no attribute 'attr'"
    );
    assert_eq!(
        call(builtin("iter"), &[i(5)]),
        "ERR TypeError: 'int' object is not iterable"
    );
    assert_eq!(
        method(s("x"), "join", &[list::new(vec![i(1)])]),
        "ERR TypeError: sequence item 0: expected str instance, int found"
    );
    let e = call_value(builtin("StopIteration"), &[i(5)]);
    assert_eq!(repr(molt_getattr(e.0, s("value").0, std::ptr::null())), "5");
    let d = Value(molt_build_dict(std::ptr::null(), 0));
    molt_dict_set(d.0, s("a").0, i(1).0);
    molt_dict_set(d.0, s("b").0, i(2).0);
    let keys = Value(molt_call_method(
        d.0,
        s("keys").0,
        std::ptr::null(),
        0,
        molt_abi::NONE,
        std::ptr::null(),
    ));
    let other = list::new(vec![s("b"), s("c")]);
    assert_eq!(repr(molt_binop(ops::AND, keys.0, other.0)), "{'b'}");
}

#[test]
fn super_reaches_native_defaults() {
    init();
    let eb = tuple::new(vec![builtin("ValueError")]);
    let ns = Value(molt_build_dict(std::ptr::null(), 0));
    let my = Value(molt_make_class(s("E").0, s("E").0, eb.0, ns.0));
    let e = call_value(my, &[s("m")]);
    let sup = call_value(builtin("super"), &[my, e]);
    let f = Value(molt_getattr(sup.0, s("__str__").0, std::ptr::null()));
    assert_eq!(call(f, &[]), "'m'");
    let obj_repr = Value(molt_getattr(
        builtin("object").0,
        s("__repr__").0,
        std::ptr::null(),
    ));
    assert_eq!(call(obj_repr, &[e]), "\"E('m')\"");
}

// A compiled function stand-in that collects on entry, as a compiled
// function does at its frame-entry safepoint under MOLT_GC_STRESS.
extern "C" fn collecting_identity(_func: u64, args: *const u64) -> u64 {
    crate::gc::collect();
    // SAFETY: one bound argument.
    let v = unsafe { *args };
    // A fresh allocation per call, so freed memory would be reused.
    let _ = list::new(vec![s("noise"); 4]);
    v
}

#[test]
fn runtime_loops_keep_their_values_rooted_across_python_calls() {
    init();
    let names: &'static [StrRef] = Box::leak(vec![leak_str("x")].into_boxed_slice());
    let desc: &'static FuncDesc = Box::leak(Box::new(FuncDesc {
        code: CodeInfo {
            name: "k".as_ptr(),
            name_len: 1,
            file: "t.py".as_ptr(),
            file_len: 4,
            source: std::ptr::null(),
            source_len: 0,
            varnames: std::ptr::null(),
            varnames_len: 0,
        },
        entry: collecting_identity as *const u8,
        resume: std::ptr::null(),
        qualname: leak_str("k"),
        param_names: names.as_ptr(),
        nparams: 1,
        nposonly: 0,
        nkwonly: 0,
        flags: 0,
        nslots: 0,
        _pad: 0,
    }));
    let key = make_function(desc, Value::NONE, Value::NONE, Value::NONE);
    let roots = crate::gc::Roots::new();
    roots.push(key);
    let words = || {
        list::new(
            ["pear", "fig", "apple", "kiwi"]
                .iter()
                .map(|w| s(&format!("{w}!")))
                .collect(),
        )
    };
    assert_eq!(
        call_kw(builtin("sorted"), &[words(), key], &["key"]),
        "['apple!', 'fig!', 'kiwi!', 'pear!']"
    );
    assert_eq!(
        call_kw(builtin("max"), &[words(), key], &["key"]),
        "'pear!'"
    );
    let m = call_value(builtin("map"), &[key, words()]);
    roots.push(m);
    assert_eq!(
        call(builtin("list"), &[m]),
        "['pear!', 'fig!', 'apple!', 'kiwi!']"
    );
    let f = call_value(builtin("filter"), &[key, words()]);
    roots.push(f);
    assert_eq!(
        call(builtin("tuple"), &[f]),
        "('pear!', 'fig!', 'apple!', 'kiwi!')"
    );
    let l = words();
    roots.push(l);
    assert_eq!(
        repr(molt_call_method(
            l.0,
            s("sort").0,
            [key].as_ptr() as *const u64,
            1,
            tuple::new(vec![s("key")]).0,
            std::ptr::null(),
        )),
        "None"
    );
    assert_eq!(repr(l.0), "['apple!', 'fig!', 'kiwi!', 'pear!']");
}

#[test]
fn native_data_round_trips_through_an_instance() {
    use crate::modules::native_class;
    use crate::objects::native::NativeData;
    use std::cell::Cell;
    struct Counter(Cell<u32>);
    impl NativeData for Counter {}
    struct Other;
    impl NativeData for Other {}
    init();
    let cls = native_class::new_class("Counter", "test", None, &[]);
    let obj = native_class::native_instance(cls, Box::new(Counter(Cell::new(41))));
    let c = native_class::native_of::<Counter>(obj, cls).expect("a Counter");
    c.0.set(c.0.get() + 1);
    assert_eq!(
        native_class::native_of::<Counter>(obj, cls).map(|c| c.0.get()),
        Some(42)
    );
    assert!(native_class::native_of::<Other>(obj, cls).is_none());
    assert!(native_class::native_receiver::<Counter>(i(1), cls, "bump").is_err());
}
