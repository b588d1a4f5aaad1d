//! `int`: small ints are inline in the value word; anything beyond 48 bits
//! is a heap `BigInt`. Every constructor normalises, so an int that fits is
//! always small and equality of small ints is word equality.

use crate::gc;
use crate::object::Kind;
use crate::value::Value;
use num_bigint::BigInt;
use num_traits::ToPrimitive;

pub fn from_i64(v: i64) -> Value {
    if molt_abi::fits_small_int(v) {
        Value::small_int(v)
    } else {
        gc::alloc(Kind::Int(BigInt::from(v)))
    }
}

pub fn from_bigint(v: BigInt) -> Value {
    match v.to_i64() {
        Some(i) if molt_abi::fits_small_int(i) => Value::small_int(i),
        _ => gc::alloc(Kind::Int(v)),
    }
}

/// The value of an int (or bool) as a BigInt.
pub fn to_bigint(v: Value) -> Option<BigInt> {
    if let Some(i) = v.as_small_int() {
        return Some(BigInt::from(i));
    }
    if let Some(b) = v.as_bool() {
        return Some(BigInt::from(b as i64));
    }
    match v.obj().map(|o| &o.kind) {
        Some(Kind::Int(b)) => Some(b.clone()),
        _ => None,
    }
}

/// The value of an int (or bool) if it fits in an i64.
pub fn to_i64(v: Value) -> Option<i64> {
    if let Some(i) = v.as_small_int() {
        return Some(i);
    }
    if let Some(b) = v.as_bool() {
        return Some(b as i64);
    }
    match v.obj().map(|o| &o.kind) {
        Some(Kind::Int(b)) => b.to_i64(),
        _ => None,
    }
}

/// Is this an int (including bool, a subclass of int)?
pub fn is_int(v: Value) -> bool {
    v.is_small_int() || v.is_bool() || matches!(v.obj().map(|o| &o.kind), Some(Kind::Int(_)))
}

pub fn big_ref(v: Value) -> Option<&'static BigInt> {
    match v.obj().map(|o| &o.kind) {
        Some(Kind::Int(b)) => Some(b),
        _ => None,
    }
}
