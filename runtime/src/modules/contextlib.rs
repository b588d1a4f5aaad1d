//! `contextlib`: `contextmanager` (generator-based managers, with
//! exceptions thrown into the generator at its `yield`), `suppress`,
//! `closing`, `nullcontext` and `ExitStack`, following CPython 3.11's
//! `contextlib.py` step by step.

use super::native_class as nc;
use crate::exc::{self, PyResult};
use crate::gc::{self, Roots};
use crate::object::Kind;
use crate::objects::function::Args;
use crate::objects::types::{self, AttrMap};
use crate::objects::{dict, list, str as pystr, tuple};
use crate::protocol;
use crate::value::Value;
use std::cell::Cell;

thread_local! {
    /// contextmanager factory, _GeneratorContextManager, suppress, closing,
    /// nullcontext, ExitStack.
    static CLASSES: Cell<[Value; 6]> = const { Cell::new([Value::NONE; 6]) };
}

const FACTORY: usize = 0;
const GCM: usize = 1;
const SUPPRESS: usize = 2;
const CLOSING: usize = 3;
const NULL: usize = 4;
const EXITSTACK: usize = 5;

fn class(i: usize) -> Value {
    CLASSES.with(|c| c.get()[i])
}

fn runtime_error(msg: &str) -> exc::Raised {
    exc::raise_new("RuntimeError", msg)
}

// ---- contextmanager: the factory's state is [func]

fn contextmanager(_r: Value, args: Args) -> PyResult {
    let b = nc::bind(&args, "contextmanager", &["func"], &[], 1)?;
    let func = b[0].unwrap_or(Value::NONE);
    let roots = Roots::new();
    let f = roots.push(nc::instance(class(FACTORY), vec![func]));
    for name in ["__name__", "__qualname__", "__doc__"] {
        match crate::attr::getattr(func, name) {
            Ok(v) => crate::attr::generic_setattr(f, name, v)?,
            Err(_) => {
                exc::take_pending();
            }
        }
    }
    crate::attr::generic_setattr(f, "__wrapped__", func)?;
    Ok(f)
}

fn factory_call(r: Value, args: Args) -> PyResult {
    let s = nc::receiver(r, class(FACTORY), "__call__")?;
    let func = nc::get(s, 0);
    let roots = Roots::new();
    let gen = roots.push(protocol::call(func, args)?);
    let cm = roots.push(nc::instance(class(GCM), vec![gen]));
    // CPython keeps the call on the manager until `__enter__` deletes it
    // (so entering twice fails there).
    let a = roots.push(tuple::new(args.pos().to_vec()));
    let kw = roots.push(dict::new());
    if let Some(d) = dict::as_dict(kw) {
        for (k, v) in args.kw() {
            let key = roots.push(pystr::new(k));
            dict::set(d, key, v)?;
        }
    }
    for (name, v) in [("gen", gen), ("func", func), ("args", a), ("kwds", kw)] {
        crate::attr::generic_setattr(cm, name, v)?;
    }
    Ok(cm)
}

fn factory_get(r: Value, args: Args) -> PyResult {
    let obj = args.pos().first().copied().unwrap_or(Value::NONE);
    if obj.is_none() {
        return Ok(r);
    }
    Ok(gc::alloc(Kind::BoundMethod {
        func: r,
        receiver: obj,
    }))
}

fn gcm_enter(r: Value, _a: Args) -> PyResult {
    let s = nc::receiver(r, class(GCM), "__enter__")?;
    for name in ["args", "kwds", "func"] {
        crate::attr::generic_delattr(r, name)?;
    }
    let gen = nc::get(s, 0);
    match protocol::next(gen)? {
        Some(v) => Ok(v),
        None => {
            let e = exc::new_exc("RuntimeError", "generator didn't yield");
            if let Some(eo) = exc::as_exc(e) {
                eo.suppress_context.set(true);
            }
            Err(exc::raise(e))
        }
    }
}

fn gcm_exit(r: Value, args: Args) -> PyResult {
    let s = nc::receiver(r, class(GCM), "__exit__")?;
    let gen = nc::get(s, 0);
    let p = args.pos();
    let typ = p.first().copied().unwrap_or(Value::NONE);
    let mut value = p.get(1).copied().unwrap_or(Value::NONE);
    let roots = Roots::new();
    roots.push(r);
    if typ.is_none() {
        return match protocol::next(gen)? {
            None => Ok(Value::FALSE),
            Some(_) => Err(runtime_error("generator didn't stop")),
        };
    }
    if value.is_none() {
        value = roots.push(protocol::call0(typ)?);
    }
    match crate::call::gen_throw(gen, value) {
        Ok(None) => {
            // The generator finished: the exception was swallowed unless
            // it was the StopIteration thrown in.
            let stop = types::exc_type("StopIteration").unwrap_or(Value::NONE);
            Ok(Value::bool(!types::isinstance(value, stop)))
        }
        Ok(Some(_)) => Err(runtime_error("generator didn't stop after throw()")),
        Err(e) => {
            let Some(raised) = exc::pending() else {
                return Err(e);
            };
            if raised == value {
                exc::take_pending();
                return Ok(Value::FALSE);
            }
            let stop = types::exc_type("StopIteration").unwrap_or(Value::NONE);
            let rt = types::exc_type("RuntimeError").unwrap_or(Value::NONE);
            if types::isinstance(raised, rt) && types::isinstance(value, stop) {
                if let Some(eo) = exc::as_exc(raised) {
                    if eo.cause.get() == value {
                        exc::take_pending();
                        return Ok(Value::FALSE);
                    }
                }
            }
            Err(e)
        }
    }
}

// ---- suppress: state [exceptions tuple]

fn suppress_new(_r: Value, args: Args) -> PyResult {
    let (cls, args) = nc::new_args(&args)?;
    let roots = Roots::new();
    let t = roots.push(tuple::new(args.pos().to_vec()));
    Ok(nc::instance(cls, vec![t]))
}

fn none_enter(_r: Value, _a: Args) -> PyResult {
    Ok(Value::NONE)
}

fn suppress_exit(r: Value, args: Args) -> PyResult {
    let s = nc::receiver(r, class(SUPPRESS), "__exit__")?;
    let typ = args.pos().first().copied().unwrap_or(Value::NONE);
    if typ.is_none() {
        return Ok(Value::FALSE);
    }
    for c in nc::tuple_items(nc::get(s, 0)) {
        if types::is_subtype(typ, c) {
            return Ok(Value::TRUE);
        }
    }
    Ok(Value::FALSE)
}

// ---- closing: state [thing]

fn closing_new(_r: Value, args: Args) -> PyResult {
    let (cls, args) = nc::new_args(&args)?;
    let b = nc::bind(&args, "closing", &["thing"], &[], 1)?;
    Ok(nc::instance(cls, vec![b[0].unwrap_or(Value::NONE)]))
}

fn closing_enter(r: Value, _a: Args) -> PyResult {
    let s = nc::receiver(r, class(CLOSING), "__enter__")?;
    Ok(nc::get(s, 0))
}

fn closing_exit(r: Value, _a: Args) -> PyResult {
    let s = nc::receiver(r, class(CLOSING), "__exit__")?;
    crate::entry::call_method(nc::get(s, 0), "close", Args::positional(&[]))?;
    Ok(Value::NONE)
}

// ---- nullcontext: state [enter_result]

fn null_new(_r: Value, args: Args) -> PyResult {
    let (cls, args) = nc::new_args(&args)?;
    let b = nc::bind(&args, "nullcontext", &["enter_result"], &[], 0)?;
    Ok(nc::instance(cls, vec![b[0].unwrap_or(Value::NONE)]))
}

fn null_enter(r: Value, _a: Args) -> PyResult {
    let s = nc::receiver(r, class(NULL), "__enter__")?;
    Ok(nc::get(s, 0))
}

// ---- ExitStack: state [list of entries]; an entry is (exit_callable,)
// for exit functions, or (callback, args, kwargs) for callbacks.

fn stack_new(_r: Value, args: Args) -> PyResult {
    let (cls, _args) = nc::new_args(&args)?;
    let roots = Roots::new();
    let l = roots.push(list::new(Vec::new()));
    Ok(nc::instance(cls, vec![l]))
}

fn stack_list(r: Value, method: &str) -> PyResult<&'static std::cell::RefCell<Vec<Value>>> {
    let s = nc::receiver(r, class(EXITSTACK), method)?;
    list::as_list(nc::get(s, 0)).ok_or_else(|| exc::type_error("ExitStack without a stack"))
}

fn push_entry(r: Value, method: &str, entry: Vec<Value>) -> PyResult<()> {
    let l = stack_list(r, method)?;
    let roots = Roots::new();
    roots.extend(&entry);
    let t = tuple::new(entry);
    l.borrow_mut().push(t);
    Ok(())
}

fn stack_enter(r: Value, _a: Args) -> PyResult {
    Ok(r)
}

fn stack_enter_context(r: Value, args: Args) -> PyResult {
    let b = nc::bind(&args, "enter_context", &["cm"], &[], 1)?;
    let cm = b[0].unwrap_or(Value::NONE);
    let cls = types::type_of(cm);
    let t = types::as_type(cls);
    let (Some(enter), Some(exit)) = (
        t.and_then(|t| t.lookup("__enter__")),
        t.and_then(|t| t.lookup("__exit__")),
    ) else {
        let (m, q) = t.map_or((String::new(), String::new()), |t| {
            (t.module.clone(), t.qualname.clone())
        });
        return Err(exc::type_error(format!(
            "'{m}.{q}' object does not support the context manager protocol"
        )));
    };
    let roots = Roots::new();
    let bound_enter = roots.push(crate::attr::bind(enter, cm, cls)?);
    let bound_exit = roots.push(crate::attr::bind(exit, cm, cls)?);
    let result = roots.push(protocol::call0(bound_enter)?);
    push_entry(r, "enter_context", vec![bound_exit])?;
    Ok(result)
}

fn stack_push(r: Value, args: Args) -> PyResult {
    let b = nc::bind(&args, "push", &["exit"], &[], 1)?;
    let exit = b[0].unwrap_or(Value::NONE);
    let cls = types::type_of(exit);
    let roots = Roots::new();
    let cb = match types::as_type(cls).and_then(|t| t.lookup("__exit__")) {
        Some(x) if types::as_type(exit).is_none() => roots.push(crate::attr::bind(x, exit, cls)?),
        _ => exit,
    };
    push_entry(r, "push", vec![cb])?;
    Ok(exit)
}

fn stack_callback(r: Value, args: Args) -> PyResult {
    let p = args.pos();
    let Some((&cb, rest)) = p.split_first() else {
        return Err(exc::type_error(
            "ExitStack.callback() missing 1 required positional argument: 'callback'",
        ));
    };
    let roots = Roots::new();
    let a = roots.push(tuple::new(rest.to_vec()));
    let kw = roots.push(dict::new());
    if let Some(d) = dict::as_dict(kw) {
        for (k, v) in args.kw() {
            let key = roots.push(pystr::new(k));
            dict::set(d, key, v)?;
        }
    }
    push_entry(r, "callback", vec![cb, a, kw])?;
    Ok(cb)
}

fn stack_pop_all(r: Value, _a: Args) -> PyResult {
    let l = stack_list(r, "pop_all")?;
    let items: Vec<Value> = std::mem::take(&mut *l.borrow_mut());
    let roots = Roots::new();
    roots.extend(&items);
    let nl = roots.push(list::new(items));
    Ok(nc::instance(types::type_of(r), vec![nl]))
}

fn run_entry(entry: Value, details: &[Value; 3]) -> PyResult<bool> {
    let items = nc::tuple_items(entry);
    match items.as_slice() {
        [exit] => {
            let res = protocol::call(*exit, Args::positional(details))?;
            protocol::truthy(res)
        }
        [cb, a, kw] => {
            let roots = Roots::new();
            let mut values = nc::tuple_items(*a);
            let mut names = Vec::new();
            if let Some(d) = dict::as_dict(*kw) {
                for (k, v) in dict::items(d)? {
                    names.push(k);
                    values.push(v);
                }
            }
            roots.extend(&values);
            protocol::call(
                *cb,
                Args {
                    values: &values,
                    kwnames: &names,
                },
            )?;
            Ok(false)
        }
        _ => Ok(false),
    }
}

fn unwind(r: Value, mut details: [Value; 3]) -> PyResult<bool> {
    let l = stack_list(r, "__exit__")?;
    let received = !details[0].is_none();
    let mut suppressed = false;
    let mut pending_raise = false;
    let roots = Roots::new();
    roots.push(r);
    let slot = roots.slot(details[1]);
    loop {
        let entry = l.borrow_mut().pop();
        let Some(entry) = entry else {
            break;
        };
        roots.push(entry);
        match run_entry(entry, &details) {
            Ok(true) => {
                suppressed = true;
                pending_raise = false;
                details = [Value::NONE; 3];
            }
            Ok(false) => {}
            Err(_) => {
                let e = exc::take_pending().unwrap_or(Value::NONE);
                if let (Some(eo), false) = (exc::as_exc(e), details[1].is_none()) {
                    if eo.context.get().is_none() && e != details[1] {
                        eo.context.set(details[1]);
                    }
                }
                pending_raise = true;
                details = [types::type_of(e), e, Value::NONE];
                roots.set(slot, e);
            }
        }
    }
    if pending_raise {
        return Err(exc::restore(details[1]));
    }
    Ok(received && suppressed)
}

fn stack_exit(r: Value, args: Args) -> PyResult {
    let p = args.pos();
    let details = [
        p.first().copied().unwrap_or(Value::NONE),
        p.get(1).copied().unwrap_or(Value::NONE),
        p.get(2).copied().unwrap_or(Value::NONE),
    ];
    Ok(Value::bool(unwind(r, details)?))
}

fn stack_close(r: Value, _a: Args) -> PyResult {
    unwind(r, [Value::NONE; 3])?;
    Ok(Value::NONE)
}

pub fn init(m: &mut AttrMap) {
    let factory = nc::new_class(
        "_GeneratorContextManagerFactory",
        "contextlib",
        None,
        &[("__call__", factory_call), ("__get__", factory_get)],
    );
    let gcm = nc::new_class(
        "_GeneratorContextManager",
        "contextlib",
        None,
        &[("__enter__", gcm_enter), ("__exit__", gcm_exit)],
    );
    let suppress = nc::new_class(
        "suppress",
        "contextlib",
        None,
        &[
            ("__new__", suppress_new),
            ("__enter__", none_enter),
            ("__exit__", suppress_exit),
        ],
    );
    let closing = nc::new_class(
        "closing",
        "contextlib",
        None,
        &[
            ("__new__", closing_new),
            ("__enter__", closing_enter),
            ("__exit__", closing_exit),
        ],
    );
    let null = nc::new_class(
        "nullcontext",
        "contextlib",
        None,
        &[
            ("__new__", null_new),
            ("__enter__", null_enter),
            ("__exit__", none_enter),
        ],
    );
    let stack = nc::new_class(
        "ExitStack",
        "contextlib",
        None,
        &[
            ("__new__", stack_new),
            ("__enter__", stack_enter),
            ("__exit__", stack_exit),
            ("enter_context", stack_enter_context),
            ("push", stack_push),
            ("callback", stack_callback),
            ("pop_all", stack_pop_all),
            ("close", stack_close),
        ],
    );
    CLASSES.with(|c| c.set([factory, gcm, suppress, closing, null, stack]));
    m.set("suppress", suppress);
    m.set("closing", closing);
    m.set("nullcontext", null);
    m.set("ExitStack", stack);
    super::add_fn(m, "contextmanager", contextmanager);
}
