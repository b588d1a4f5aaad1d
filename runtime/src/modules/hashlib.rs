//! `hashlib`: MD5, SHA-1, SHA-2, SHA-3, SHAKE and BLAKE2 (digest size,
//! key, salt, person) from the RustCrypto crates. A hash object is a
//! native instance whose Rust data is the running hash context. BLAKE2's
//! tree parameters, `pbkdf2_hmac`, `scrypt` and `file_digest` are absent; `algorithms_available` names what Molt has
//! (OpenSSL's extras such as `ripemd160` and `sm3` are not among them).

use super::buffer;
use super::native_class as nc;
use crate::exc::{self, PyResult};
use crate::gc::{self, Roots};
use crate::object::Kind;
use crate::objects::function::{Args, NativeFn};
use crate::objects::native::NativeData;
use crate::objects::types::AttrMap;
use crate::objects::{bytes, int, str as pystr};
use crate::protocol::type_name;
use crate::value::Value;
use blake2::digest::{ExtendableOutput, Update, XofReader};
use sha2::digest::DynDigest;
use std::borrow::Cow;
use std::cell::{Cell, RefCell};

/// The algorithms with a fixed digest, by the name CPython reports:
/// (name, block size, a fresh context).
/// Makes a fresh hash context.
type NewCtx = fn() -> Box<dyn DynDigest>;

const FIXED: &[(&str, usize, NewCtx)] = &[
    ("md5", 64, || Box::new(md5::Md5::default())),
    ("sha1", 64, || Box::new(sha1::Sha1::default())),
    ("sha224", 64, || Box::new(sha2::Sha224::default())),
    ("sha256", 64, || Box::new(sha2::Sha256::default())),
    ("sha384", 128, || Box::new(sha2::Sha384::default())),
    ("sha512", 128, || Box::new(sha2::Sha512::default())),
    ("sha3_224", 144, || Box::new(sha3::Sha3_224::default())),
    ("sha3_256", 136, || Box::new(sha3::Sha3_256::default())),
    ("sha3_384", 104, || Box::new(sha3::Sha3_384::default())),
    ("sha3_512", 72, || Box::new(sha3::Sha3_512::default())),
    ("sha512_224", 128, || Box::new(sha2::Sha512_224::default())),
    ("sha512_256", 128, || Box::new(sha2::Sha512_256::default())),
];

/// How many of `FIXED` have their own constructor in the module (the
/// SHA-512/t variants are reached through `new` only, as in CPython).
const FIXED_FNS: usize = 10;

enum Ctx {
    Fixed(Box<dyn DynDigest>),
    Blake2b(super::hashlib_blake2::Blake2b),
    Blake2s(super::hashlib_blake2::Blake2s),
    Shake128(sha3::Shake128),
    Shake256(sha3::Shake256),
}

impl Clone for Ctx {
    fn clone(&self) -> Ctx {
        match self {
            Ctx::Fixed(d) => Ctx::Fixed(d.box_clone()),
            Ctx::Blake2b(d) => Ctx::Blake2b(d.clone()),
            Ctx::Blake2s(d) => Ctx::Blake2s(d.clone()),
            Ctx::Shake128(d) => Ctx::Shake128(d.clone()),
            Ctx::Shake256(d) => Ctx::Shake256(d.clone()),
        }
    }
}

impl Ctx {
    fn update(&mut self, data: &[u8]) {
        match self {
            Ctx::Fixed(d) => d.update(data),
            Ctx::Blake2b(d) => d.update(data),
            Ctx::Blake2s(d) => d.update(data),
            Ctx::Shake128(d) => d.update(data),
            Ctx::Shake256(d) => d.update(data),
        }
    }

    fn size(&self) -> usize {
        match self {
            Ctx::Fixed(d) => d.output_size(),
            Ctx::Blake2b(d) => d.size(),
            Ctx::Blake2s(d) => d.size(),
            Ctx::Shake128(_) | Ctx::Shake256(_) => 0,
        }
    }

    /// The digest so far (the context itself keeps running).
    fn digest(&self) -> Vec<u8> {
        match self {
            Ctx::Blake2b(d) => return d.digest(),
            Ctx::Blake2s(d) => return d.digest(),
            _ => {}
        }
        let mut out = vec![0u8; self.size()];
        // Finalizing a copy; the sizes always agree, so these cannot fail.
        let _ = match self.clone() {
            Ctx::Fixed(mut d) => d.finalize_into_reset(&mut out).map_err(|_| ()),
            _ => Ok(()),
        };
        out
    }

    /// `length` bytes of a SHAKE output so far.
    fn xof(&self, out: &mut [u8]) {
        match self.clone() {
            Ctx::Shake128(d) => d.finalize_xof().read(out),
            Ctx::Shake256(d) => d.finalize_xof().read(out),
            _ => {}
        }
    }
}

struct Hash {
    name: &'static str,
    block_size: usize,
    ctx: RefCell<Ctx>,
}

impl NativeData for Hash {
    fn size(&self) -> usize {
        512
    }
}

thread_local! {
    /// `_hashlib.HASH`, `_blake2.blake2b`, `_blake2.blake2s`,
    /// `_hashlib.HASHXOF`.
    static CLASSES: Cell<[Value; 4]> = const { Cell::new([Value::NONE; 4]) };
}

const HASH: usize = 0;
const BLAKE2B: usize = 1;
const BLAKE2S: usize = 2;
const HASHXOF: usize = 3;

fn class(i: usize) -> Value {
    CLASSES.with(|c| c.get()[i])
}

/// The hash object a method was called on (any of the three classes).
fn this(r: Value, method: &str) -> PyResult<&'static Hash> {
    for i in [BLAKE2B, BLAKE2S, HASHXOF] {
        if let Some(h) = nc::native_of::<Hash>(r, class(i)) {
            return Ok(h);
        }
    }
    nc::native_receiver::<Hash>(r, class(HASH), method)
}

/// Data to hash: bytes-like; a str gets CPython's "encode first" error.
fn data_arg(v: Value) -> PyResult<Cow<'static, [u8]>> {
    if pystr::as_str(v).is_some() {
        return Err(exc::type_error("Strings must be encoded before hashing"));
    }
    buffer::bytes_like(v)
        .ok_or_else(|| exc::type_error("object supporting the buffer API required"))
}

fn make(
    cls: usize,
    name: &'static str,
    block_size: usize,
    ctx: Ctx,
    data: Option<Value>,
) -> PyResult {
    let h = Hash {
        name,
        block_size,
        ctx: RefCell::new(ctx),
    };
    if let Some(d) = data {
        h.ctx.borrow_mut().update(&data_arg(d)?);
    }
    Ok(nc::native_instance(class(cls), Box::new(h)))
}

/// `hashlib.<name>(string=b'', *, usedforsecurity=True)`.
fn fixed_ctor(args: &Args, idx: usize) -> PyResult {
    let (name, block, new) = FIXED[idx];
    let fname = format!("openssl_{name}");
    args.check_kw(&fname, &["string", "usedforsecurity"])?;
    let b = nc::bind(args, &fname, &["string"], &["usedforsecurity"], 0)?;
    make(HASH, name, block, Ctx::Fixed(new()), b[0])
}

macro_rules! fixed_fns {
    ($($f:ident => $i:expr;)*) => {
        $(fn $f(_r: Value, args: Args) -> PyResult { fixed_ctor(&args, $i) })*
    };
}

fixed_fns! {
    md5_fn => 0;
    sha1_fn => 1;
    sha224_fn => 2;
    sha256_fn => 3;
    sha384_fn => 4;
    sha512_fn => 5;
    sha3_224_fn => 6;
    sha3_256_fn => 7;
    sha3_384_fn => 8;
    sha3_512_fn => 9;
}

/// `blake2b(data=b'', *, digest_size=64, key=b'', salt=b'', person=b'',
/// usedforsecurity=True)` and the BLAKE2s one (half the sizes). The tree
/// parameters (fanout, depth, ...) are absent.
fn blake2_ctor(args: &Args, big: bool) -> PyResult {
    let (name, max) = if big {
        ("blake2b", 64)
    } else {
        ("blake2s", 32)
    };
    let kw = ["digest_size", "key", "salt", "person", "usedforsecurity"];
    args.check_kw(
        name,
        &[
            "data",
            "digest_size",
            "key",
            "salt",
            "person",
            "usedforsecurity",
        ],
    )?;
    let b = nc::bind(args, name, &["data"], &kw, 0)?;
    let size = match b[1] {
        Some(v) => nc::int_arg(v)?,
        None => max as i64,
    };
    if !(1..=max as i64).contains(&size) {
        return Err(exc::value_error(format!(
            "digest_size must be between 1 and {max} bytes"
        )));
    }
    let param = |i: usize, what: &str, limit: usize| -> PyResult<Vec<u8>> {
        let Some(v) = b[i] else {
            return Ok(Vec::new());
        };
        let data = buffer::data_arg(v)?;
        if data.len() > limit {
            return Err(exc::value_error(format!(
                "maximum {what} length is {limit} bytes"
            )));
        }
        Ok(data.into_owned())
    };
    let key = param(2, "key", max)?;
    let salt = param(3, "salt", max / 4)?;
    let person = param(4, "person", max / 4)?;
    let size = size as usize;
    let ctx = if big {
        Ctx::Blake2b(super::hashlib_blake2::Blake2b::new(
            size, &key, &salt, &person,
        ))
    } else {
        Ctx::Blake2s(super::hashlib_blake2::Blake2s::new(
            size, &key, &salt, &person,
        ))
    };
    let (cls, block) = if big { (BLAKE2B, 128) } else { (BLAKE2S, 64) };
    make(cls, name, block, ctx, b[0])
}

fn blake2_new(_r: Value, args: Args) -> PyResult {
    let (cls, rest) = nc::new_args(&args)?;
    blake2_ctor(&rest, cls == class(BLAKE2B))
}

/// OpenSSL's names for the algorithms (matched without regard to case),
/// which `new` accepts besides the Python ones.
const OPENSSL_NAMES: &[(&str, &str)] = &[
    ("md5", "md5"),
    ("ssl3-md5", "md5"),
    ("sha1", "sha1"),
    ("sha-1", "sha1"),
    ("ssl3-sha1", "sha1"),
    ("sha224", "sha224"),
    ("sha-224", "sha224"),
    ("sha2-224", "sha224"),
    ("sha256", "sha256"),
    ("sha-256", "sha256"),
    ("sha2-256", "sha256"),
    ("sha384", "sha384"),
    ("sha-384", "sha384"),
    ("sha2-384", "sha384"),
    ("sha512", "sha512"),
    ("sha-512", "sha512"),
    ("sha2-512", "sha512"),
    ("sha512-224", "sha512_224"),
    ("sha512_224", "sha512_224"),
    ("sha-512/224", "sha512_224"),
    ("sha2-512/224", "sha512_224"),
    ("sha512-256", "sha512_256"),
    ("sha512_256", "sha512_256"),
    ("sha-512/256", "sha512_256"),
    ("sha2-512/256", "sha512_256"),
    ("sha3-224", "sha3_224"),
    ("sha3-256", "sha3_256"),
    ("sha3-384", "sha3_384"),
    ("sha3-512", "sha3_512"),
    ("shake128", "shake_128"),
    ("shake-128", "shake_128"),
    ("shake256", "shake_256"),
    ("shake-256", "shake_256"),
    ("blake2b512", "blake2b"),
    ("blake2s256", "blake2s"),
];

/// The Python name of algorithm `name` as `hashlib.new` resolves it: the
/// Python names exactly, or an OpenSSL name in any case.
fn resolve(name: &str) -> Option<&'static str> {
    let python =
        FIXED
            .iter()
            .map(|(n, _, _)| *n)
            .chain(["blake2b", "blake2s", "shake_128", "shake_256"]);
    for n in python {
        if n == name {
            return Some(n);
        }
    }
    let lower = name.to_ascii_lowercase();
    OPENSSL_NAMES
        .iter()
        .find(|(alias, _)| *alias == lower)
        .map(|(_, n)| *n)
}

/// `hashlib.new(name, data=b'', **kwargs)`.
fn new_fn(_r: Value, args: Args) -> PyResult {
    let Some(&name_v) = args.pos().first().or(args.kwarg("name").as_ref()) else {
        return Err(exc::type_error(
            "__hash_new() missing 1 required positional argument: 'name'",
        ));
    };
    let Some(name) = pystr::as_str(name_v) else {
        return Err(exc::type_error("name must be a string"));
    };
    let Some(lower) = resolve(name) else {
        return Err(exc::value_error(format!("unsupported hash type {name}")));
    };
    let pos = args.pos().get(1..).unwrap_or(&[]);
    let mut values: Vec<Value> = pos.to_vec();
    let mut kwnames = Vec::new();
    for (i, (k, v)) in args.kw().enumerate() {
        if k != "name" {
            values.push(v);
            kwnames.push(args.kwnames[i]);
        }
    }
    let rest = Args {
        values: &values,
        kwnames: &kwnames,
    };
    if lower == "blake2b" || lower == "blake2s" {
        return blake2_ctor(&rest, lower == "blake2b");
    }
    if lower == "shake_128" || lower == "shake_256" {
        let b = nc::bind(&rest, "__hash_new", &["data"], &["usedforsecurity"], 0)?;
        return shake(lower == "shake_128", b[0]);
    }
    let Some(idx) = FIXED.iter().position(|(n, _, _)| *n == lower) else {
        return Err(exc::value_error(format!("unsupported hash type {name}")));
    };
    let (n, block, new) = FIXED[idx];
    let b = nc::bind(&rest, "__hash_new", &["data"], &["usedforsecurity"], 0)?;
    make(HASH, n, block, Ctx::Fixed(new()), b[0])
}

/// A SHAKE object (`_hashlib.HASHXOF`).
fn shake(small: bool, data: Option<Value>) -> PyResult {
    let (name, block, ctx) = if small {
        ("shake_128", 168, Ctx::Shake128(Default::default()))
    } else {
        ("shake_256", 136, Ctx::Shake256(Default::default()))
    };
    make(HASHXOF, name, block, ctx, data)
}

fn shake_ctor(args: &Args, small: bool) -> PyResult {
    let fname = if small {
        "openssl_shake_128"
    } else {
        "openssl_shake_256"
    };
    args.check_kw(fname, &["string", "usedforsecurity"])?;
    let b = nc::bind(args, fname, &["string"], &["usedforsecurity"], 0)?;
    shake(small, b[0])
}

fn shake_128_fn(_r: Value, args: Args) -> PyResult {
    shake_ctor(&args, true)
}

fn shake_256_fn(_r: Value, args: Args) -> PyResult {
    shake_ctor(&args, false)
}

/// `HASHXOF.digest(length)`: the output so far, `length` bytes long.
fn xof_output(r: Value, args: &Args, method: &str) -> PyResult<Vec<u8>> {
    let h = this(r, method)?;
    let b = nc::bind(args, method, &["length"], &[], 1)?;
    let n = nc::int_arg(b[0].unwrap_or(Value::NONE))?;
    if n < 0 {
        return Err(exc::raise_new(
            "SystemError",
            "Negative size passed to PyBytes_FromStringAndSize",
        ));
    }
    let n = usize::try_from(n).unwrap_or(usize::MAX);
    let mut out = buffer::with_capacity(n)?;
    out.resize(n, 0);
    h.ctx.borrow().xof(&mut out);
    Ok(out)
}

fn xof_digest(r: Value, args: Args) -> PyResult {
    Ok(bytes::new(xof_output(r, &args, "digest")?))
}

fn xof_hexdigest(r: Value, args: Args) -> PyResult {
    let out = xof_output(r, &args, "hexdigest")?;
    let hex = super::binascii::hex_encode(&out, None, 1);
    Ok(pystr::from_string(
        String::from_utf8(hex).unwrap_or_default(),
    ))
}

// ---- Methods.

fn update(r: Value, args: Args) -> PyResult {
    let h = this(r, "update")?;
    let v = args.check_one(&format!("{}.update", type_name(r)))?;
    let data = data_arg(v)?;
    h.ctx.borrow_mut().update(&data);
    Ok(Value::NONE)
}

/// A method taking no arguments: `HASH.digest() takes no arguments (1 given)`.
fn no_args(r: Value, args: &Args, method: &str) -> PyResult<&'static Hash> {
    let h = this(r, method)?;
    args.no_kw(&format!("{}.{method}", type_name(r)))?;
    if !args.pos().is_empty() {
        return Err(exc::type_error(format!(
            "{}.{method}() takes no arguments ({} given)",
            type_name(r),
            args.pos().len()
        )));
    }
    Ok(h)
}

fn digest(r: Value, args: Args) -> PyResult {
    let h = no_args(r, &args, "digest")?;
    Ok(bytes::new(h.ctx.borrow().digest()))
}

fn hexdigest(r: Value, args: Args) -> PyResult {
    let h = no_args(r, &args, "hexdigest")?;
    let hex = super::binascii::hex_encode(&h.ctx.borrow().digest(), None, 1);
    Ok(pystr::from_string(
        String::from_utf8(hex).unwrap_or_default(),
    ))
}

fn copy(r: Value, args: Args) -> PyResult {
    let h = no_args(r, &args, "copy")?;
    let c = Hash {
        name: h.name,
        block_size: h.block_size,
        ctx: RefCell::new(h.ctx.borrow().clone()),
    };
    Ok(nc::native_instance(
        crate::objects::types::type_of(r),
        Box::new(c),
    ))
}

fn repr(r: Value, _args: Args) -> PyResult {
    let h = this(r, "__repr__")?;
    let addr = r.0 & molt_abi::PAYLOAD_MASK;
    let text = if nc::native_of::<Hash>(r, class(HASH)).is_some() {
        format!("<{} _hashlib.HASH object @ {addr:#x}>", h.name)
    } else if nc::native_of::<Hash>(r, class(HASHXOF)).is_some() {
        format!("<{} _hashlib.HASHXOF object @ {addr:#x}>", h.name)
    } else {
        format!("<_blake2.{} object at {addr:#x}>", h.name)
    };
    Ok(pystr::from_string(text))
}

fn prop_name(_r: Value, args: Args) -> PyResult {
    let h = this(args.pos().first().copied().unwrap_or(Value::NONE), "name")?;
    Ok(pystr::new(h.name))
}

fn prop_digest_size(_r: Value, args: Args) -> PyResult {
    let h = this(
        args.pos().first().copied().unwrap_or(Value::NONE),
        "digest_size",
    )?;
    Ok(int::from_i64(h.ctx.borrow().size() as i64))
}

fn prop_block_size(_r: Value, args: Args) -> PyResult {
    let h = this(
        args.pos().first().copied().unwrap_or(Value::NONE),
        "block_size",
    )?;
    Ok(int::from_i64(h.block_size as i64))
}

const METHODS: &[(&str, NativeFn)] = &[
    ("update", update),
    ("digest", digest),
    ("hexdigest", hexdigest),
    ("copy", copy),
    ("__repr__", repr),
];

fn hash_class(name: &str, module: &str, ctor: Option<NativeFn>, xof: bool) -> Value {
    let mut methods = METHODS.to_vec();
    if xof {
        methods.retain(|(n, _)| !n.ends_with("digest"));
        methods.push(("digest", xof_digest));
        methods.push(("hexdigest", xof_hexdigest));
    }
    if let Some(f) = ctor {
        methods.push(("__new__", f));
    }
    let cls = nc::new_class(name, module, None, &methods);
    let props: [(&'static str, NativeFn); 3] = [
        ("name", prop_name),
        ("digest_size", prop_digest_size),
        ("block_size", prop_block_size),
    ];
    for (n, f) in props {
        nc::set_class_attr(
            cls,
            n,
            gc::alloc_permanent(Kind::Property {
                fget: crate::builtins::native(n, f),
                fset: Value::NONE,
                fdel: Value::NONE,
                doc: Value::NONE,
            }),
        );
    }
    cls
}

pub fn init(attrs: &mut AttrMap) {
    let hash = hash_class("HASH", "_hashlib", None, false);
    let b2b = hash_class("blake2b", "_blake2", Some(blake2_new), false);
    let b2s = hash_class("blake2s", "_blake2", Some(blake2_new), false);
    let xof = hash_class("HASHXOF", "_hashlib", None, true);
    CLASSES.with(|c| c.set([hash, b2b, b2s, xof]));
    let fns: &[(&'static str, NativeFn)] = &[
        ("md5", md5_fn),
        ("sha1", sha1_fn),
        ("sha224", sha224_fn),
        ("sha256", sha256_fn),
        ("sha384", sha384_fn),
        ("sha512", sha512_fn),
        ("sha3_224", sha3_224_fn),
        ("sha3_256", sha3_256_fn),
        ("sha3_384", sha3_384_fn),
        ("sha3_512", sha3_512_fn),
        ("shake_128", shake_128_fn),
        ("shake_256", shake_256_fn),
        ("new", new_fn),
    ];
    for &(n, f) in fns {
        super::add_fn(attrs, n, f);
    }
    attrs.set("blake2b", b2b);
    attrs.set("blake2s", b2s);
    let guaranteed: Vec<&str> = FIXED[..FIXED_FNS]
        .iter()
        .map(|(n, _, _)| *n)
        .chain(["blake2b", "blake2s", "shake_128", "shake_256"])
        .collect();
    let available: Vec<&str> = FIXED[FIXED_FNS..]
        .iter()
        .map(|(n, _, _)| *n)
        .chain(guaranteed.iter().copied())
        .collect();
    attrs.set("algorithms_guaranteed", name_set(&guaranteed));
    attrs.set("algorithms_available", name_set(&available));
}

/// A set of algorithm names.
fn name_set(names: &[&str]) -> Value {
    let roots = Roots::new();
    let items: Vec<Value> = names
        .iter()
        .map(|n| roots.push(gc::alloc_permanent_str(n)))
        .collect();
    let l = roots.push(crate::objects::list::new(items));
    nc::call(nc::builtin("set"), &[l]).unwrap_or(Value::NONE)
}
