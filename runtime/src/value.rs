//! `Value`: the 64-bit NaN-boxed word every Python value travels in (the
//! encoding is defined in `molt_abi`). Decoding a pointer validates its tag
//! and address in every build, so a corrupted word is caught, not followed.

use crate::object::Obj;
use molt_abi as abi;

#[derive(Clone, Copy, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct Value(pub u64);

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Value({:#018x})", self.0)
    }
}

impl Value {
    pub const NONE: Value = Value(abi::NONE);
    pub const TRUE: Value = Value(abi::TRUE);
    pub const FALSE: Value = Value(abi::FALSE);
    pub const UNBOUND: Value = Value(abi::UNBOUND);
    pub const ERR: Value = Value(abi::ERR);
    pub const ITER_DONE: Value = Value(abi::ITER_DONE);

    #[inline]
    pub fn tag(self) -> u64 {
        self.0 >> abi::TAG_SHIFT
    }

    /// A float. Each NaN made here is a new object, as in CPython (where
    /// `float('nan') is float('nan')` is False and a NaN key is found only
    /// by identity): it gets its own payload, from a counter kept below
    /// 2**48 so the top 16 bits stay those of the canonical NaN (and of its
    /// negation, which is still a float, not a tag).
    #[inline]
    pub fn float(f: f64) -> Value {
        if f.is_nan() {
            Value(abi::CANONICAL_NAN | next_nan_id())
        } else {
            Value(f.to_bits())
        }
    }

    #[inline]
    pub fn is_float(self) -> bool {
        self.tag() < abi::TAG_INT
    }

    #[inline]
    pub fn as_float(self) -> Option<f64> {
        self.is_float().then(|| f64::from_bits(self.0))
    }

    /// Small int; the caller guarantees the range (see `objects::int` for
    /// the constructor that promotes to a big int).
    #[inline]
    pub fn small_int(v: i64) -> Value {
        debug_assert!(abi::fits_small_int(v));
        Value(abi::small_int(v))
    }

    #[inline]
    pub fn is_small_int(self) -> bool {
        self.tag() == abi::TAG_INT
    }

    #[inline]
    pub fn as_small_int(self) -> Option<i64> {
        self.is_small_int().then_some(((self.0 << 16) as i64) >> 16)
    }

    #[inline]
    pub fn bool(b: bool) -> Value {
        if b {
            Value::TRUE
        } else {
            Value::FALSE
        }
    }

    #[inline]
    pub fn is_bool(self) -> bool {
        self.tag() == abi::TAG_BOOL
    }

    #[inline]
    pub fn as_bool(self) -> Option<bool> {
        self.is_bool().then_some(self.0 & 1 == 1)
    }

    #[inline]
    pub fn is_none(self) -> bool {
        self.0 == abi::NONE
    }

    #[inline]
    pub fn is_ptr(self) -> bool {
        self.tag() == abi::TAG_PTR
    }

    #[inline]
    pub fn from_obj(ptr: *const Obj) -> Value {
        Value((abi::TAG_PTR << abi::TAG_SHIFT) | (ptr as u64 & abi::PAYLOAD_MASK))
    }

    /// The heap object this value points to, if it is a pointer.
    ///
    /// The address is validated (tag, canonical form, alignment, non-null) in
    /// every build. Objects are only freed by a collection, and a collection
    /// only frees objects unreachable from the roots, so the reference stays
    /// valid while the value is rooted (see `gc` for the rooting rules).
    #[inline]
    pub fn obj(self) -> Option<&'static Obj> {
        if !self.is_ptr() {
            return None;
        }
        let addr = self.0 & abi::PAYLOAD_MASK;
        if addr == 0 || !addr.is_multiple_of(std::mem::align_of::<Obj>() as u64) {
            crate::fatal("corrupted object pointer");
        }
        // SAFETY: pointer-tagged values are only created by `from_obj` on
        // objects allocated by `gc::alloc`, which live until a collection
        // finds them unreachable; a value being decoded is reachable.
        Some(unsafe { &*(addr as *const Obj) })
    }

    #[inline]
    pub fn is_err(self) -> bool {
        self.0 == abi::ERR
    }
}

thread_local! {
    static NAN_IDS: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// The payload of the next NaN object: 1 ..= 2**48 - 1, wrapping.
fn next_nan_id() -> u64 {
    NAN_IDS.with(|c| {
        let id = c.get() % ((1 << 48) - 1) + 1;
        c.set(id);
        id
    })
}

/// `x` with a NaN's payload cleared (keeping its sign): the bits CPython's
/// NaNs have, for code that exposes a float's bytes.
pub fn plain_nan(x: f64) -> f64 {
    if x.is_nan() {
        f64::NAN.copysign(x)
    } else {
        x
    }
}
