//! `operator`: the operators as functions, `itemgetter`, `attrgetter`
//! and `methodcaller`.

use super::native_class as nc;
use crate::exc::{self, PyResult};
use crate::gc::Roots;
use crate::numeric::BinOp;
use crate::object::Kind;
use crate::objects::function::Args;
use crate::objects::types::AttrMap;
use crate::objects::{int, str as pystr, tuple};
use crate::protocol::{self, type_name, CmpOp};
use crate::value::Value;
use molt_abi::entry::ops as opcodes;
use std::cell::Cell;

thread_local! {
    static CLASSES: Cell<[Value; 3]> = const { Cell::new([Value::NONE; 3]) };
}

fn class(i: usize) -> Value {
    CLASSES.with(|c| c.get()[i])
}

fn two(args: &Args, name: &str) -> PyResult<(Value, Value)> {
    args.no_kw(name)?;
    let p = args.pos();
    if p.len() != 2 {
        return Err(exc::type_error(format!(
            "{name} expected 2 arguments, got {}",
            p.len()
        )));
    }
    Ok((p[0], p[1]))
}

fn one(args: &Args, name: &str) -> PyResult<Value> {
    args.no_kw(name)?;
    let p = args.pos();
    if p.len() != 1 {
        return Err(exc::type_error(format!(
            "_operator.{name}() takes exactly one argument ({} given)",
            p.len()
        )));
    }
    Ok(p[0])
}

macro_rules! binops {
    ($($name:ident, $iname:ident => $op:expr;)*) => {
        $(
            fn $name(_r: Value, args: Args) -> PyResult {
                let (a, b) = two(&args, stringify!($name).trim_end_matches('_'))?;
                crate::ops::binop($op, a, b)
            }
            fn $iname(_r: Value, args: Args) -> PyResult {
                let (a, b) = two(&args, stringify!($iname))?;
                crate::ops::inplace($op, a, b)
            }
        )*
        const BINOPS: &[(&str, &str, crate::objects::function::NativeFn, crate::objects::function::NativeFn)] =
            &[$((stringify!($name), stringify!($iname), $name, $iname)),*];
    };
}

binops! {
    add, iadd => BinOp::Add;
    sub, isub => BinOp::Sub;
    mul, imul => BinOp::Mul;
    truediv, itruediv => BinOp::TrueDiv;
    floordiv, ifloordiv => BinOp::FloorDiv;
    mod_, imod => BinOp::Mod;
    pow, ipow => BinOp::Pow;
    lshift, ilshift => BinOp::LShift;
    rshift, irshift => BinOp::RShift;
    and_, iand => BinOp::And;
    or_, ior => BinOp::Or;
    xor, ixor => BinOp::Xor;
    matmul, imatmul => BinOp::MatMul;
}

macro_rules! cmps {
    ($($name:ident => $op:expr;)*) => {
        $(fn $name(_r: Value, args: Args) -> PyResult {
            let (a, b) = two(&args, stringify!($name))?;
            protocol::compare($op, a, b)
        })*
    };
}

cmps! {
    lt => CmpOp::Lt;
    le => CmpOp::Le;
    eq => CmpOp::Eq;
    ne => CmpOp::Ne;
    ge => CmpOp::Ge;
    gt => CmpOp::Gt;
}

fn neg(_r: Value, args: Args) -> PyResult {
    crate::ops::unary(opcodes::NEG, one(&args, "neg")?)
}

fn pos(_r: Value, args: Args) -> PyResult {
    crate::ops::unary(opcodes::POS, one(&args, "pos")?)
}

fn invert(_r: Value, args: Args) -> PyResult {
    crate::ops::unary(opcodes::INVERT, one(&args, "invert")?)
}

fn not_(_r: Value, args: Args) -> PyResult {
    Ok(Value::bool(!protocol::truthy(one(&args, "not_")?)?))
}

fn truth(_r: Value, args: Args) -> PyResult {
    Ok(Value::bool(protocol::truthy(one(&args, "truth")?)?))
}

fn abs(_r: Value, args: Args) -> PyResult {
    let v = one(&args, "abs")?;
    let f = crate::builtins::lookup("abs").unwrap_or(Value::NONE);
    nc::call(f, &[v])
}

fn index(_r: Value, args: Args) -> PyResult {
    protocol::number_index(one(&args, "index")?)
}

fn is_(_r: Value, args: Args) -> PyResult {
    let (a, b) = two(&args, "is_")?;
    Ok(Value::bool(a == b))
}

fn is_not(_r: Value, args: Args) -> PyResult {
    let (a, b) = two(&args, "is_not")?;
    Ok(Value::bool(a != b))
}

fn contains(_r: Value, args: Args) -> PyResult {
    let (a, b) = two(&args, "contains")?;
    Ok(Value::bool(crate::ops::contains(a, b)?))
}

fn count_of(_r: Value, args: Args) -> PyResult {
    let (a, b) = two(&args, "countOf")?;
    let items = protocol::collect(a)?;
    let roots = Roots::new();
    roots.extend(&items);
    let mut n = 0;
    for x in items {
        if x == b || protocol::eq(x, b)? {
            n += 1;
        }
    }
    Ok(int::from_i64(n))
}

fn index_of(_r: Value, args: Args) -> PyResult {
    let (a, b) = two(&args, "indexOf")?;
    let items = protocol::collect(a)?;
    let roots = Roots::new();
    roots.extend(&items);
    for (i, x) in items.into_iter().enumerate() {
        if x == b || protocol::eq(x, b)? {
            return Ok(int::from_i64(i as i64));
        }
    }
    Err(exc::value_error("sequence.index(x): x not in sequence"))
}

fn is_sequence(v: Value) -> bool {
    match v.obj().map(|o| &o.kind) {
        Some(
            Kind::List(_) | Kind::Tuple(_) | Kind::Str(_) | Kind::Bytes(_) | Kind::Range { .. },
        ) => true,
        Some(Kind::Instance(_)) => protocol::special(v, "__getitem__").is_some(),
        _ => false,
    }
}

fn concat(_r: Value, args: Args) -> PyResult {
    let (a, b) = two(&args, "concat")?;
    if !is_sequence(a) {
        return Err(exc::type_error(format!(
            "'{}' object can't be concatenated",
            type_name(a)
        )));
    }
    crate::ops::binop(BinOp::Add, a, b)
}

fn iconcat(_r: Value, args: Args) -> PyResult {
    let (a, b) = two(&args, "iconcat")?;
    if !is_sequence(a) {
        return Err(exc::type_error(format!(
            "'{}' object can't be concatenated",
            type_name(a)
        )));
    }
    crate::ops::inplace(BinOp::Add, a, b)
}

fn getitem(_r: Value, args: Args) -> PyResult {
    let (a, b) = two(&args, "getitem")?;
    crate::attr::getitem(a, b)
}

fn setitem(_r: Value, args: Args) -> PyResult {
    args.no_kw("setitem")?;
    let p = args.pos();
    if p.len() != 3 {
        return Err(exc::type_error(format!(
            "setitem expected 3 arguments, got {}",
            p.len()
        )));
    }
    crate::attr::setitem(p[0], p[1], p[2])?;
    Ok(Value::NONE)
}

fn delitem(_r: Value, args: Args) -> PyResult {
    let (a, b) = two(&args, "delitem")?;
    crate::attr::delitem(a, b)?;
    Ok(Value::NONE)
}

fn length_hint(_r: Value, args: Args) -> PyResult {
    let p = args.pos();
    if p.is_empty() || p.len() > 2 {
        return Err(exc::type_error(format!(
            "length_hint expected at most 2 arguments, got {}",
            p.len()
        )));
    }
    match protocol::len(p[0]) {
        Ok(n) => Ok(int::from_i64(n)),
        Err(e) => {
            if exc::pending_is("TypeError") {
                exc::take_pending();
                Ok(p.get(1).copied().unwrap_or(Value::small_int(0)))
            } else {
                Err(e)
            }
        }
    }
}

// itemgetter: state [items tuple]

fn itemgetter_new(_r: Value, args: Args) -> PyResult {
    let (cls, args) = nc::new_args(&args)?;
    if !args.kwnames.is_empty() {
        return Err(exc::type_error("itemgetter() takes no keyword arguments"));
    }
    if args.pos().is_empty() {
        return Err(exc::type_error("itemgetter expected 1 argument, got 0"));
    }
    let t = tuple::new(args.pos().to_vec());
    Ok(nc::instance(cls, vec![t]))
}

fn itemgetter_call(r: Value, args: Args) -> PyResult {
    let s = nc::receiver(r, class(0), "__call__")?;
    args.no_kw("itemgetter")?;
    let p = args.pos();
    if p.len() != 1 {
        return Err(exc::type_error(format!(
            "itemgetter expected 1 argument, got {}",
            p.len()
        )));
    }
    let items = nc::tuple_items(nc::get(s, 0));
    if items.len() == 1 {
        return crate::attr::getitem(p[0], items[0]);
    }
    let roots = Roots::new();
    let mut out = Vec::with_capacity(items.len());
    for k in items {
        out.push(roots.push(crate::attr::getitem(p[0], k)?));
    }
    Ok(tuple::new(out))
}

fn itemgetter_repr(r: Value, _args: Args) -> PyResult {
    let s = nc::receiver(r, class(0), "__repr__")?;
    let items = nc::tuple_items(nc::get(s, 0));
    Ok(pystr::from_string(format!(
        "operator.itemgetter({})",
        nc::reprs(&items)?
    )))
}

// attrgetter: state [names tuple]

fn attrgetter_new(_r: Value, args: Args) -> PyResult {
    let (cls, args) = nc::new_args(&args)?;
    if !args.kwnames.is_empty() {
        return Err(exc::type_error("attrgetter() takes no keyword arguments"));
    }
    if args.pos().is_empty() {
        return Err(exc::type_error("attrgetter expected 1 argument, got 0"));
    }
    for &n in args.pos() {
        nc::str_arg(n, "attribute name must be a string")?;
    }
    let t = tuple::new(args.pos().to_vec());
    Ok(nc::instance(cls, vec![t]))
}

fn dotted(obj: Value, name: &str) -> PyResult {
    let roots = Roots::new();
    let mut v = obj;
    for part in name.split('.') {
        v = roots.push(crate::attr::getattr(v, part)?);
    }
    Ok(v)
}

fn attrgetter_call(r: Value, args: Args) -> PyResult {
    let s = nc::receiver(r, class(1), "__call__")?;
    args.no_kw("attrgetter")?;
    let p = args.pos();
    if p.len() != 1 {
        return Err(exc::type_error(format!(
            "attrgetter expected 1 argument, got {}",
            p.len()
        )));
    }
    let names = nc::tuple_items(nc::get(s, 0));
    let roots = Roots::new();
    let mut out = Vec::with_capacity(names.len());
    for n in &names {
        let name = pystr::as_str(*n).unwrap_or("");
        out.push(roots.push(dotted(p[0], name)?));
    }
    if out.len() == 1 {
        return Ok(out[0]);
    }
    Ok(tuple::new(out))
}

fn attrgetter_repr(r: Value, _args: Args) -> PyResult {
    let s = nc::receiver(r, class(1), "__repr__")?;
    let items = nc::tuple_items(nc::get(s, 0));
    Ok(pystr::from_string(format!(
        "operator.attrgetter({})",
        nc::reprs(&items)?
    )))
}

// methodcaller: state [name, args tuple, kwnames tuple]

fn methodcaller_new(_r: Value, args: Args) -> PyResult {
    let (cls, args) = nc::new_args(&args)?;
    let p = args.pos();
    let Some(&name) = p.first() else {
        return Err(exc::type_error(
            "methodcaller needs at least one argument, the method name",
        ));
    };
    nc::str_arg(name, "method name must be a string")?;
    // Positional values after the name, then keyword values in order.
    let values = tuple::new(args.values[1..].to_vec());
    let names = tuple::new(args.kwnames.to_vec());
    Ok(nc::instance(cls, vec![name, values, names]))
}

fn methodcaller_call(r: Value, args: Args) -> PyResult {
    let s = nc::receiver(r, class(2), "__call__")?;
    args.no_kw("methodcaller")?;
    let p = args.pos();
    if p.len() != 1 {
        return Err(exc::type_error(format!(
            "methodcaller expected 1 argument, got {}",
            p.len()
        )));
    }
    let name = pystr::as_str(nc::get(s, 0)).unwrap_or("");
    let values = nc::tuple_items(nc::get(s, 1));
    let names = nc::tuple_items(nc::get(s, 2));
    let m = crate::attr::getattr(p[0], name)?;
    let roots = Roots::new();
    roots.push(m);
    protocol::call(
        m,
        Args {
            values: &values,
            kwnames: &names,
        },
    )
}

fn methodcaller_repr(r: Value, _args: Args) -> PyResult {
    let s = nc::receiver(r, class(2), "__repr__")?;
    let name = nc::get(s, 0);
    let values = nc::tuple_items(nc::get(s, 1));
    let names = nc::tuple_items(nc::get(s, 2));
    let npos = values.len() - names.len();
    let mut parts = vec![protocol::repr(name)?];
    for v in &values[..npos] {
        parts.push(protocol::repr(*v)?);
    }
    for (k, v) in names.iter().zip(&values[npos..]) {
        parts.push(format!(
            "{}={}",
            pystr::as_str(*k).unwrap_or(""),
            protocol::repr(*v)?
        ));
    }
    Ok(pystr::from_string(format!(
        "operator.methodcaller({})",
        parts.join(", ")
    )))
}

fn dunder(name: &str) -> String {
    format!("__{}__", name.trim_end_matches('_'))
}

pub fn init(m: &mut AttrMap) {
    for &(name, iname, f, fi) in BINOPS {
        let n = name.trim_end_matches('_');
        let pub_name: &'static str = if name == "mod_" { "mod" } else { name };
        super::add_fn(m, pub_name, f);
        super::add_fn(m, iname, fi);
        m.set(&dunder(n), m.get(pub_name).unwrap_or(Value::NONE));
        m.set(&dunder(iname), m.get(iname).unwrap_or(Value::NONE));
    }
    let fns: &[(&'static str, crate::objects::function::NativeFn)] = &[
        ("lt", lt),
        ("le", le),
        ("eq", eq),
        ("ne", ne),
        ("ge", ge),
        ("gt", gt),
        ("neg", neg),
        ("pos", pos),
        ("invert", invert),
        ("not_", not_),
        ("abs", abs),
        ("index", index),
        ("contains", contains),
        ("concat", concat),
        ("iconcat", iconcat),
        ("getitem", getitem),
        ("setitem", setitem),
        ("delitem", delitem),
    ];
    for &(name, f) in fns {
        super::add_fn(m, name, f);
        m.set(&dunder(name), m.get(name).unwrap_or(Value::NONE));
    }
    super::add_fn(m, "inv", invert);
    m.set("__inv__", m.get("inv").unwrap_or(Value::NONE));
    super::add_fn(m, "truth", truth);
    super::add_fn(m, "is_", is_);
    super::add_fn(m, "is_not", is_not);
    super::add_fn(m, "countOf", count_of);
    super::add_fn(m, "indexOf", index_of);
    super::add_fn(m, "length_hint", length_hint);
    let ig = nc::new_class(
        "itemgetter",
        "operator",
        None,
        &[
            ("__new__", itemgetter_new),
            ("__call__", itemgetter_call),
            ("__repr__", itemgetter_repr),
        ],
    );
    let ag = nc::new_class(
        "attrgetter",
        "operator",
        None,
        &[
            ("__new__", attrgetter_new),
            ("__call__", attrgetter_call),
            ("__repr__", attrgetter_repr),
        ],
    );
    let mc = nc::new_class(
        "methodcaller",
        "operator",
        None,
        &[
            ("__new__", methodcaller_new),
            ("__call__", methodcaller_call),
            ("__repr__", methodcaller_repr),
        ],
    );
    CLASSES.with(|c| c.set([ig, ag, mc]));
    m.set("itemgetter", ig);
    m.set("attrgetter", ag);
    m.set("methodcaller", mc);
}

/// `operator.itemgetter(i)` for other modules (namedtuple fields).
pub fn make_itemgetter(i: Value) -> Value {
    if class(0).is_none() {
        let _ = super::import("operator");
    }
    nc::instance(class(0), vec![tuple::new(vec![i])])
}
