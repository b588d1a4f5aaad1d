//! placeholder
use crate::value::Value;
pub fn buffer_bytes(_v: Value) -> Option<Vec<u8>> {
    None
}
pub fn typecode_of(_v: Value) -> Option<char> {
    None
}
