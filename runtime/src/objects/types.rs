//! `type` objects, instances of user classes, and modules. Built-in types are
//! type objects too, created once at start, so `type(x)`, `isinstance` and
//! attribute lookup work the same way for every value.

use crate::gc;
use crate::object::Kind;
use crate::objects::shape::{self, Shape};
use crate::value::Value;
use std::cell::{Cell, RefCell};
use thin_vec::ThinVec;

/// An insertion-ordered map from attribute names to values: the attributes
/// of an instance, a class, a module or a function. Normally the names are
/// a shared `Shape` and only the values are the object's own; an object
/// that deletes an attribute, or outgrows the shape bounds, keeps its names
/// itself ("own names"), as CPython's split dicts turn into combined ones.
pub struct AttrMap {
    names: Names,
    /// A thin vector (one word) keeps every heap object at 64 bytes.
    values: ThinVec<Value>,
}

enum Names {
    Shared(&'static Shape),
    /// Parallel to `values`.
    Own(ThinVec<Box<str>>),
}

impl Default for AttrMap {
    fn default() -> Self {
        AttrMap {
            names: Names::Shared(shape::empty()),
            values: ThinVec::new(),
        }
    }
}

impl AttrMap {
    fn index_of(&self, name: &str) -> Option<usize> {
        match &self.names {
            Names::Shared(s) => s.index_of(name),
            Names::Own(names) => names.iter().position(|k| &**k == name),
        }
    }

    pub fn get(&self, name: &str) -> Option<Value> {
        self.index_of(name).map(|i| self.values[i])
    }

    pub fn set(&mut self, name: &str, v: Value) {
        if let Some(i) = self.index_of(name) {
            self.values[i] = v;
            return;
        }
        match &mut self.names {
            Names::Shared(s) => match s.with(name) {
                Some(next) => *s = next,
                None => self.own_names().push(name.into()),
            },
            Names::Own(names) => names.push(name.into()),
        }
        self.values.push(v);
    }

    pub fn remove(&mut self, name: &str) -> Option<Value> {
        let i = self.index_of(name)?;
        self.own_names().remove(i);
        Some(self.values.remove(i))
    }

    /// Leaves the shared shape: the names become this map's own.
    fn own_names(&mut self) -> &mut ThinVec<Box<str>> {
        if let Names::Shared(s) = self.names {
            let names = s.names().iter().map(|n| (*n).into()).collect();
            self.names = Names::Own(names);
        }
        match &mut self.names {
            Names::Own(names) => names,
            Names::Shared(_) => unreachable!("just replaced"),
        }
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, Value)> {
        let (shared, own) = match &self.names {
            Names::Shared(s) => (s.names(), &[][..]),
            Names::Own(names) => (&[][..], names.as_slice()),
        };
        let names = shared.iter().copied().chain(own.iter().map(|n| &**n));
        names.zip(self.values.iter().copied())
    }

    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        self.values.iter().for_each(|v| f(*v));
    }

    /// The shared shape, or None when the map keeps its own names (inline
    /// caches key on it).
    pub fn shape(&self) -> Option<&'static Shape> {
        match self.names {
            Names::Shared(s) => Some(s),
            Names::Own(_) => None,
        }
    }

    /// The value at `index` of the shape (an inline cache's hit).
    pub fn value_at(&self, index: usize) -> Option<Value> {
        self.values.get(index).copied()
    }

    pub fn set_at(&mut self, index: usize, v: Value) -> bool {
        match self.values.get_mut(index) {
            Some(slot) => {
                *slot = v;
                true
            }
            None => false,
        }
    }

    /// Adds the value of the name that takes the map from shape `from` to
    /// `to` (an inline cache's cached transition).
    pub fn push_transition(&mut self, from: &'static Shape, to: &'static Shape, v: Value) -> bool {
        match &mut self.names {
            Names::Shared(s) if std::ptr::eq(*s, from) && to.len() == self.values.len() + 1 => {
                *s = to;
                self.values.push(v);
                true
            }
            _ => false,
        }
    }
}

thread_local! {
    /// Bumped whenever any class's dict may change, which invalidates every
    /// type's lookup cache (class dicts change rarely after start-up).
    static CLASS_DICT_VERSION: Cell<u64> = const { Cell::new(0) };
}

/// A class's namespace. Mutable access bumps the global class-dict version,
/// so cached MRO lookups are never stale.
#[derive(Default)]
pub struct ClassDict(RefCell<AttrMap>);

impl ClassDict {
    pub fn borrow(&self) -> std::cell::Ref<'_, AttrMap> {
        self.0.borrow()
    }

    pub fn borrow_mut(&self) -> std::cell::RefMut<'_, AttrMap> {
        CLASS_DICT_VERSION.with(|v| v.set(v.get().wrapping_add(1)));
        self.0.borrow_mut()
    }
}

/// Changes whenever any class's dict may have changed: what a lookup on
/// any class found is valid while this stays the same.
pub fn class_dict_version() -> u64 {
    CLASS_DICT_VERSION.with(|v| v.get())
}

/// The last few names looked up on a type and what the MRO gave for them
/// (misses included: most attribute reads check the class first).
#[derive(Default)]
struct LookupCache {
    version: u64,
    entries: Vec<(Box<str>, Option<Value>)>,
}

const LOOKUP_CACHE_SIZE: usize = 16;

impl LookupCache {
    fn get(&self, name: &str) -> Option<Option<Value>> {
        self.entries
            .iter()
            .find(|(k, _)| &**k == name)
            .map(|(_, v)| *v)
    }

    fn insert(&mut self, version: u64, name: &str, found: Option<Value>) {
        if self.version != version {
            self.entries.clear();
            self.version = version;
        }
        if self.entries.len() >= LOOKUP_CACHE_SIZE {
            self.entries.remove(0);
        }
        self.entries.push((name.into(), found));
    }
}

/// Which built-in storage an instance of a type uses.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Layout {
    /// Plain `object`: attributes in an `InstanceObj`.
    Object,
    /// `BaseException` and subclasses: an `ExcObj`.
    Exception,
    /// A built-in type whose instances are a specific `Kind` (int, str, ...);
    /// not subclassable yet.
    Builtin,
}

/// The `__slots__` of a class and its bases.
pub struct Slots {
    /// Every slot name on the MRO (their values are not in `__dict__`).
    pub names: Vec<String>,
    /// Do instances have a `__dict__` (some class on the MRO other than
    /// `object` has no `__slots__`, or lists `"__dict__"`)?
    pub dict: bool,
}

impl Default for Slots {
    fn default() -> Self {
        Slots {
            names: Vec::new(),
            dict: true,
        }
    }
}

impl Slots {
    /// May an instance hold an attribute `name`?
    pub fn allows(&self, name: &str) -> bool {
        self.dict || self.names.iter().any(|n| n == name)
    }

    pub fn is_slot(&self, name: &str) -> bool {
        self.names.iter().any(|n| n == name)
    }
}

pub struct TypeObj {
    pub name: String,
    pub qualname: String,
    pub module: String,
    pub bases: Vec<Value>,
    /// The method resolution order after the type itself.
    pub mro: Vec<Value>,
    pub dict: ClassDict,
    pub layout: Layout,
    /// Recent `lookup` results, valid while no class dict has changed.
    lookup_cache: RefCell<LookupCache>,
    /// Which built-in type this is (None for classes and exceptions).
    pub builtin: Cell<Option<Ty>>,
    /// What `__slots__` here and on the bases declare.
    pub slots: RefCell<Slots>,
    /// The metaclass when it is not `type` (the runtime's own metaclasses:
    /// `enum.EnumType`, `abc.ABCMeta`), else None. Inherited from the bases.
    pub meta: Cell<Value>,
    /// The name error messages use when it differs from `name`: CPython's
    /// `tp_name` of types written in C, such as `datetime.date`.
    pub c_name: std::cell::OnceCell<String>,
}

impl TypeObj {
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        self.bases.iter().for_each(|v| f(*v));
        self.mro.iter().for_each(|v| f(*v));
        self.dict.borrow().trace(f);
        f(self.meta.get());
    }

    /// A method of the metaclass (`None` for plain classes, whose metaclass
    /// is `type`). Only the metaclass's own methods count: those `type` and `object`
    /// provide are handled by the callers' ordinary paths.
    pub fn meta_lookup(&self, name: &str) -> Option<Value> {
        let m = as_type(self.meta.get())?;
        if let Some(v) = m.dict.borrow().get(name) {
            return Some(v);
        }
        m.mro
            .iter()
            .filter_map(|t| as_type(*t))
            .filter(|t| t.module != "builtins")
            .find_map(|t| t.dict.borrow().get(name))
    }

    /// Looks a name up along the MRO.
    pub fn lookup(&self, name: &str) -> Option<Value> {
        let version = CLASS_DICT_VERSION.with(|v| v.get());
        if let Ok(cache) = self.lookup_cache.try_borrow() {
            if cache.version == version {
                if let Some(hit) = cache.get(name) {
                    return hit;
                }
            }
        }
        let found = self.lookup_uncached(name);
        if let Ok(mut cache) = self.lookup_cache.try_borrow_mut() {
            cache.insert(version, name, found);
        }
        found
    }

    fn lookup_uncached(&self, name: &str) -> Option<Value> {
        if let Some(v) = self.dict.borrow().get(name) {
            return Some(v);
        }
        for t in &self.mro {
            if let Some(Kind::Type(t)) = t.obj().map(|o| &o.kind) {
                if let Some(v) = t.dict.borrow().get(name) {
                    return Some(v);
                }
            }
        }
        None
    }
}

pub struct InstanceObj {
    pub class: Cell<Value>,
    pub attrs: RefCell<AttrMap>,
}

impl InstanceObj {
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        f(self.class.get());
        self.attrs.borrow().trace(f);
    }
}

pub struct ModuleObj {
    pub name: String,
    pub attrs: RefCell<AttrMap>,
    /// A compiled user module's globals table, which its code reads and
    /// writes directly; `None` for modules the runtime implements.
    pub globals: Option<ModuleGlobals>,
}

/// The globals table of a compiled module: `names[i]` is stored in word
/// `i` of `table` (UNBOUND while unset). The table is static data of the
/// program, registered as a collector root at start.
pub struct ModuleGlobals {
    pub table: *mut u64,
    pub names: &'static [molt_abi::StrRef],
}

impl ModuleGlobals {
    fn index(&self, name: &str) -> Option<usize> {
        self.names
            .iter()
            .position(|n| crate::objects::function::static_str(n) == name)
    }

    fn word(&self, i: usize) -> &std::cell::Cell<u64> {
        // SAFETY: `table` points to `names.len()` words of writable static
        // data that live for the whole program, and `i` is in range; the
        // program is single-threaded, and `Cell` has the layout of `u64`.
        unsafe { &*(self.table.add(i) as *const std::cell::Cell<u64>) }
    }
}

impl ModuleObj {
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        self.attrs.borrow().trace(f);
    }

    pub fn get(&self, name: &str) -> Option<Value> {
        if let Some(g) = &self.globals {
            if let Some(i) = g.index(name) {
                let v = Value(g.word(i).get());
                return (v != Value::UNBOUND).then_some(v);
            }
        }
        self.attrs.borrow().get(name)
    }

    pub fn set(&self, name: &str, v: Value) {
        if let Some(g) = &self.globals {
            if let Some(i) = g.index(name) {
                g.word(i).set(v.0);
                return;
            }
        }
        self.attrs.borrow_mut().set(name, v);
    }

    pub fn remove(&self, name: &str) -> Option<Value> {
        if let Some(g) = &self.globals {
            if let Some(i) = g.index(name) {
                let old = Value(g.word(i).replace(Value::UNBOUND.0));
                return (old != Value::UNBOUND).then_some(old);
            }
        }
        self.attrs.borrow_mut().remove(name)
    }

    /// Every bound name, globals first (for `dir()` and star imports).
    pub fn names(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        if let Some(g) = &self.globals {
            for (i, n) in g.names.iter().enumerate() {
                if g.word(i).get() != Value::UNBOUND.0 {
                    out.push(crate::objects::function::static_str(n).to_string());
                }
            }
        }
        out.extend(self.attrs.borrow().iter().map(|(k, _)| k.to_string()));
        out
    }
}

/// `name` looked up on the metaclass of `v` when `v` is a class whose
/// metaclass is not `type`.
pub fn meta_method(v: Value, name: &str) -> Option<Value> {
    as_type(v).and_then(|t| t.meta_lookup(name))
}

pub fn as_type(v: Value) -> Option<&'static TypeObj> {
    match v.obj().map(|o| &o.kind) {
        Some(Kind::Type(t)) => Some(t),
        _ => None,
    }
}

/// Creates a type object. The MRO is computed from the bases (C3).
pub fn new_type(
    name: &str,
    module: &str,
    bases: Vec<Value>,
    layout: Layout,
    permanent: bool,
) -> Result<Value, String> {
    new_type_full(name, name, module, bases, layout, permanent)
}

pub fn new_type_full(
    name: &str,
    qualname: &str,
    module: &str,
    bases: Vec<Value>,
    layout: Layout,
    permanent: bool,
) -> Result<Value, String> {
    let mro_tail = c3_merge(&bases)?;
    let kind = |mro: Vec<Value>| {
        Kind::Type(Box::new(TypeObj {
            name: name.to_string(),
            qualname: qualname.to_string(),
            module: module.to_string(),
            bases: bases.clone(),
            mro,
            dict: ClassDict::default(),
            lookup_cache: RefCell::new(LookupCache::default()),
            layout,
            builtin: Cell::new(None),
            slots: RefCell::new(Slots::default()),
            meta: Cell::new(
                bases
                    .iter()
                    .filter_map(|b| as_type(*b).map(|t| t.meta.get()))
                    .find(|m| !m.is_none())
                    .unwrap_or(Value::NONE),
            ),
            c_name: std::cell::OnceCell::new(),
        }))
    };
    let v = if permanent {
        gc::alloc_permanent(kind(mro_tail))
    } else {
        gc::alloc(kind(mro_tail))
    };
    Ok(v)
}

/// C3 linearisation of the bases' MROs: the MRO of a new type after the
/// type itself. Errors with CPython's message when no consistent order
/// exists.
fn c3_merge(bases: &[Value]) -> Result<Vec<Value>, String> {
    for (i, b) in bases.iter().enumerate() {
        if bases[..i].contains(b) {
            let name = as_type(*b).map_or(String::new(), |t| t.name.clone());
            return Err(format!("duplicate base class {name}"));
        }
    }
    let mut seqs: Vec<Vec<Value>> = bases
        .iter()
        .filter_map(|b| {
            as_type(*b).map(|t| std::iter::once(*b).chain(t.mro.iter().copied()).collect())
        })
        .collect();
    seqs.push(bases.to_vec());
    let mut out = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let candidate = seqs
            .iter()
            .map(|s| s[0])
            .find(|c| seqs.iter().all(|s| !s[1..].contains(c)));
        let Some(c) = candidate else {
            // CPython names the classes still at the heads of the merge.
            let mut heads: Vec<Value> = Vec::new();
            for s in &seqs {
                if !heads.contains(&s[0]) {
                    heads.push(s[0]);
                }
            }
            let names: Vec<String> = heads
                .iter()
                .filter_map(|b| as_type(*b).map(|t| t.name.clone()))
                .collect();
            return Err(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            ));
        };
        out.push(c);
        for s in seqs.iter_mut() {
            if s[0] == c {
                s.remove(0);
            }
        }
    }
}

/// The built-in types every value maps to.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u8)]
pub enum Ty {
    Object,
    Type,
    Int,
    Bool,
    Float,
    Str,
    Bytes,
    List,
    Tuple,
    Dict,
    Set,
    FrozenSet,
    Range,
    Slice,
    NoneType,
    Function,
    BuiltinFunction,
    Method,
    Cell,
    Iterator,
    Generator,
    Module,
    NotImplementedType,
    Ellipsis,
    Property,
    StaticMethod,
    ClassMethod,
    Super,
    DictKeys,
    DictValues,
    DictItems,
    Enumerate,
    Zip,
    Map,
    Filter,
    Reversed,
    ListIterator,
    TupleIterator,
    StrIterator,
    StrAsciiIterator,
    BytesIterator,
    RangeIterator,
    DictKeyIterator,
    DictValueIterator,
    DictItemIterator,
    SetIterator,
    ListReverseIterator,
    CallableIterator,
}

const BUILTIN_TYPES: &[(Ty, &str)] = &[
    (Ty::Object, "object"),
    (Ty::Type, "type"),
    (Ty::Int, "int"),
    (Ty::Bool, "bool"),
    (Ty::Float, "float"),
    (Ty::Str, "str"),
    (Ty::Bytes, "bytes"),
    (Ty::List, "list"),
    (Ty::Tuple, "tuple"),
    (Ty::Dict, "dict"),
    (Ty::Set, "set"),
    (Ty::FrozenSet, "frozenset"),
    (Ty::Range, "range"),
    (Ty::Slice, "slice"),
    (Ty::NoneType, "NoneType"),
    (Ty::Function, "function"),
    (Ty::BuiltinFunction, "builtin_function_or_method"),
    (Ty::Method, "method"),
    (Ty::Cell, "cell"),
    (Ty::Iterator, "iterator"),
    (Ty::Generator, "generator"),
    (Ty::Module, "module"),
    (Ty::NotImplementedType, "NotImplementedType"),
    (Ty::Ellipsis, "ellipsis"),
    (Ty::Property, "property"),
    (Ty::StaticMethod, "staticmethod"),
    (Ty::ClassMethod, "classmethod"),
    (Ty::Super, "super"),
    (Ty::DictKeys, "dict_keys"),
    (Ty::DictValues, "dict_values"),
    (Ty::DictItems, "dict_items"),
    (Ty::Enumerate, "enumerate"),
    (Ty::Zip, "zip"),
    (Ty::Map, "map"),
    (Ty::Filter, "filter"),
    (Ty::Reversed, "reversed"),
    (Ty::ListIterator, "list_iterator"),
    (Ty::TupleIterator, "tuple_iterator"),
    (Ty::StrIterator, "str_iterator"),
    (Ty::StrAsciiIterator, "str_ascii_iterator"),
    (Ty::BytesIterator, "bytes_iterator"),
    (Ty::RangeIterator, "range_iterator"),
    (Ty::DictKeyIterator, "dict_keyiterator"),
    (Ty::DictValueIterator, "dict_valueiterator"),
    (Ty::DictItemIterator, "dict_itemiterator"),
    (Ty::SetIterator, "set_iterator"),
    (Ty::ListReverseIterator, "list_reverseiterator"),
    (Ty::CallableIterator, "callable_iterator"),
];

/// The built-in exception classes, each after its base.
const EXCEPTIONS: &[(&str, &str)] = &[
    ("BaseException", "object"),
    ("SystemExit", "BaseException"),
    ("KeyboardInterrupt", "BaseException"),
    ("GeneratorExit", "BaseException"),
    ("Exception", "BaseException"),
    ("StopIteration", "Exception"),
    ("StopAsyncIteration", "Exception"),
    ("ArithmeticError", "Exception"),
    ("FloatingPointError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("AssertionError", "Exception"),
    ("AttributeError", "Exception"),
    ("BufferError", "Exception"),
    ("EOFError", "Exception"),
    ("ImportError", "Exception"),
    ("ModuleNotFoundError", "ImportError"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("MemoryError", "Exception"),
    ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"),
    ("OSError", "Exception"),
    ("FileNotFoundError", "OSError"),
    ("FileExistsError", "OSError"),
    ("PermissionError", "OSError"),
    ("IsADirectoryError", "OSError"),
    ("NotADirectoryError", "OSError"),
    ("TimeoutError", "OSError"),
    ("ConnectionError", "OSError"),
    ("BrokenPipeError", "ConnectionError"),
    ("ConnectionAbortedError", "ConnectionError"),
    ("ConnectionRefusedError", "ConnectionError"),
    ("ConnectionResetError", "ConnectionError"),
    ("BlockingIOError", "OSError"),
    ("ChildProcessError", "OSError"),
    ("InterruptedError", "OSError"),
    ("ProcessLookupError", "OSError"),
    ("ReferenceError", "Exception"),
    ("RuntimeError", "Exception"),
    ("NotImplementedError", "RuntimeError"),
    ("RecursionError", "RuntimeError"),
    ("SyntaxError", "Exception"),
    ("SystemError", "Exception"),
    ("TypeError", "Exception"),
    ("ValueError", "Exception"),
    ("UnicodeError", "ValueError"),
    ("UnicodeDecodeError", "UnicodeError"),
    ("UnicodeEncodeError", "UnicodeError"),
    ("Warning", "Exception"),
    ("UserWarning", "Warning"),
    ("DeprecationWarning", "Warning"),
    ("RuntimeWarning", "Warning"),
];

thread_local! {
    static TYPES: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
    static EXC_TYPES: RefCell<Vec<(&'static str, Value)>> = const { RefCell::new(Vec::new()) };
}

/// Creates the built-in types and exception classes. Called once at start.
pub fn init() {
    let mut object = Value::NONE;
    let mut types = Vec::new();
    for &(ty, name) in BUILTIN_TYPES {
        let bases = if ty == Ty::Object {
            vec![]
        } else if ty == Ty::Bool {
            vec![types[Ty::Int as usize]]
        } else {
            vec![object]
        };
        let layout = if ty == Ty::Object {
            Layout::Object
        } else {
            Layout::Builtin
        };
        let t = new_type(name, "builtins", bases, layout, true).unwrap_or(Value::NONE);
        if let Some(tobj) = as_type(t) {
            tobj.builtin.set(Some(ty));
        }
        if ty == Ty::Object {
            object = t;
        }
        types.push(t);
    }
    TYPES.with(|t| *t.borrow_mut() = types);
    let mut excs: Vec<(&'static str, Value)> = Vec::new();
    for &(name, base) in EXCEPTIONS {
        let base = if base == "object" {
            object
        } else {
            excs.iter()
                .find(|(n, _)| *n == base)
                .map(|(_, v)| *v)
                .unwrap_or(object)
        };
        let t =
            new_type(name, "builtins", vec![base], Layout::Exception, true).unwrap_or(Value::NONE);
        excs.push((name, t));
    }
    EXC_TYPES.with(|e| *e.borrow_mut() = excs);
}

pub fn builtin_type(ty: Ty) -> Value {
    TYPES.with(|t| t.borrow().get(ty as usize).copied().unwrap_or(Value::NONE))
}

/// A built-in exception class by name.
pub fn exc_type(name: &str) -> Option<Value> {
    EXC_TYPES.with(|e| e.borrow().iter().find(|(n, _)| *n == name).map(|(_, v)| *v))
}

/// Names of every built-in exception class (for the builtins namespace).
pub fn exc_type_names() -> Vec<&'static str> {
    EXCEPTIONS.iter().map(|(n, _)| *n).collect()
}

/// The type of any value.
pub fn type_of(v: Value) -> Value {
    let ty = if v.is_float() {
        Ty::Float
    } else if v.is_small_int() {
        Ty::Int
    } else if v.is_bool() {
        Ty::Bool
    } else if v.is_none() {
        Ty::NoneType
    } else if let Some(o) = v.obj() {
        match &o.kind {
            Kind::Int(_) => Ty::Int,
            Kind::Str(_) => Ty::Str,
            Kind::Bytes(_) => Ty::Bytes,
            Kind::List(_) => Ty::List,
            Kind::Tuple(_) => Ty::Tuple,
            Kind::Dict(_) => Ty::Dict,
            Kind::Set(_) => Ty::Set,
            Kind::FrozenSet(_) => Ty::FrozenSet,
            Kind::Range { .. } => Ty::Range,
            Kind::Slice { .. } => Ty::Slice,
            Kind::Function(_) => Ty::Function,
            Kind::Builtin(_) => Ty::BuiltinFunction,
            Kind::BoundMethod { .. } => Ty::Method,
            Kind::Cell(_) => Ty::Cell,
            Kind::Type(t) => {
                let m = t.meta.get();
                if !m.is_none() {
                    return m;
                }
                Ty::Type
            }
            Kind::Instance(i) => return i.class.get(),
            Kind::Exception(e) => return e.class,
            Kind::Iter(state) => match state.try_borrow() {
                Ok(st) => st.ty(),
                Err(_) => Ty::Iterator,
            },
            Kind::Generator(_) => Ty::Generator,
            Kind::Module(_) => Ty::Module,
            Kind::NotImplemented => Ty::NotImplementedType,
            Kind::Ellipsis => Ty::Ellipsis,
            // Never reachable from Python: only native instances hold it.
            Kind::Native(_) => Ty::Object,
            Kind::Property { .. } => Ty::Property,
            Kind::StaticMethod(_) => Ty::StaticMethod,
            Kind::ClassMethod(_) => Ty::ClassMethod,
            Kind::Super { .. } => Ty::Super,
            Kind::DictView { what, .. } => match what {
                crate::objects::iter::DictView::Keys => Ty::DictKeys,
                crate::objects::iter::DictView::Values => Ty::DictValues,
                crate::objects::iter::DictView::Items => Ty::DictItems,
            },
        }
    } else {
        Ty::NoneType
    };
    builtin_type(ty)
}

pub fn type_name(v: Value) -> String {
    as_type(type_of(v))
        .map(|t| t.c_name.get().unwrap_or(&t.name).clone())
        .unwrap_or_else(|| "?".into())
}

/// `issubclass(a, b)` for type objects.
pub fn is_subtype(a: Value, b: Value) -> bool {
    a == b || as_type(a).is_some_and(|t| t.mro.contains(&b))
}

pub fn isinstance(v: Value, t: Value) -> bool {
    is_subtype(type_of(v), t)
}
