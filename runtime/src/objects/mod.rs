//! One module per built-in object type: its layout and constructors. The
//! protocols that dispatch over types live in `protocol`; the methods of
//! built-in types in `builtins::methods`. `dict_table`, `set_table` and
//! `str_methods` are pure algorithms (no object model) that `dict`, `set`
//! and the str methods are built on.

pub mod bytes;
pub mod dict;
pub mod dict_table;
pub mod exc_fields;
pub mod exception;
pub mod function;
pub mod generator;
pub mod int;
pub mod iter;
pub mod list;
pub mod native;
pub mod set;
pub mod set_table;
pub mod shape;
pub mod str;
pub mod str_methods;
#[cfg(test)]
mod str_methods_vectors;
pub mod tuple;
pub mod types;
