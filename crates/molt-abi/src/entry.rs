//! The runtime entry points generated code calls, with their arity.
//!
//! Every parameter and return value is a 64-bit word: a NaN-boxed value, a
//! pointer, or a count. Entry points marked fallible return `ERR` when they
//! raise (with the exception pending in the runtime); infallible ones
//! return a value or nothing. The runtime's `entry` module defines each one
//! as `#[no_mangle] extern "C"`; this table is what the code generator
//! declares them from.

/// (symbol, number of parameters, returns a word, fallible)
pub type EntryPoint = (&'static str, u8, bool, bool);

macro_rules! entry_points {
    ($($name:ident = $sym:literal, $n:literal, $ret:literal, $fallible:literal;)*) => {
        $(pub const $name: EntryPoint = ($sym, $n, $ret, $fallible);)*
    };
}

entry_points! {
    // Frames, GC, tracebacks.
    FRAME_ENTER = "molt_frame_enter", 1, true, true;          // (frame*) -> NONE | ERR (RecursionError)
    FRAME_LEAVE = "molt_frame_leave", 1, false, false;        // (frame*)
    GC_SAFEPOINT = "molt_gc_safepoint", 0, false, false;
    TRACEBACK_ADD = "molt_traceback_add", 3, false, false;    // (frame*, SourcePos*, method lookup SourcePos* or null): record where the pending exception left the frame
    REGISTER_ROOTS = "molt_register_roots", 2, false, false;  // (u64* array, len)
    // Constants (called once, at module start).
    CONST_STR = "molt_const_str", 2, true, false;             // (utf8*, len) -> str
    CONST_BIGINT = "molt_const_bigint", 2, true, false;       // (ascii decimal*, len) -> int
    CONST_BYTES = "molt_const_bytes", 2, true, false;         // (bytes*, len) -> bytes
    COMPLEX_IMAG = "molt_complex_imag", 1, true, false;       // (float) -> complex 0.0 + x*j (imaginary literal)
    // Operators. Operator codes are in `ops` below.
    BINOP = "molt_binop", 3, true, true;                      // (op, a, b)
    INPLACE = "molt_inplace", 3, true, true;                  // (op, a, b)
    UNARY = "molt_unary", 2, true, true;                      // (op, a)
    COMPARE = "molt_compare", 3, true, true;                  // (cmp, a, b) -> value
    TRUTHY = "molt_truthy", 1, true, true;                    // (a) -> 0 | 1 | ERR
    CONTAINS = "molt_contains", 2, true, true;                // (container, item) -> bool value
    // Names.
    LOAD_BUILTIN = "molt_load_builtin", 1, true, true;        // (name str) -> value | NameError
    UNBOUND_LOCAL = "molt_unbound_local", 1, true, true;      // (name str) -> ERR (UnboundLocalError)
    UNBOUND_FREE = "molt_unbound_free", 1, true, true;        // (name str) -> ERR (NameError, free variable)
    NAME_ERROR = "molt_name_error", 1, true, true;            // (name str) -> ERR (NameError: name 'x' is not defined)
    NS_LOAD = "molt_ns_load", 3, true, true;                  // (class namespace dict, name str, global value or UNBOUND) -> value
    NS_DELETE = "molt_ns_delete", 2, true, true;              // (class namespace dict, name str) -> NONE | NameError
    BUILD_CONST_TUPLE = "molt_build_const_tuple", 2, true, false; // (ptr, n) -> tuple, at program start
    // Attributes and items.
    GETATTR = "molt_getattr", 3, true, true;                  // (obj, name str, inline cache*)
    SETATTR = "molt_setattr", 4, true, true;                  // (obj, name str, value, inline cache*) -> NONE
    DELATTR = "molt_delattr", 2, true, true;
    GETITEM = "molt_getitem", 2, true, true;
    SETITEM = "molt_setitem", 3, true, true;                  // -> NONE
    DELITEM = "molt_delitem", 2, true, true;                  // -> NONE
    // Building containers from `n` consecutive words at `ptr`.
    BUILD_LIST = "molt_build_list", 2, true, true;            // (ptr, n)
    BUILD_TUPLE = "molt_build_tuple", 2, true, true;
    BUILD_SET = "molt_build_set", 2, true, true;
    BUILD_CONST_SET = "molt_build_const_set", 2, true, true;  // (ptr, n): a set display of > 2 items that are all constants (CPython folds those into a frozenset, which changes the iteration order)
    BUILD_DICT = "molt_build_dict", 2, true, true;            // (ptr, npairs): k0, v0, k1, v1, ...
    BUILD_SLICE = "molt_build_slice", 3, true, true;          // (start, stop, step), None for absent
    BUILD_STRING = "molt_build_string", 2, true, true;        // (ptr, n): concatenate str pieces
    LIST_APPEND = "molt_list_append", 2, true, true;          // -> NONE
    LIST_EXTEND = "molt_list_extend", 2, true, true;          // (list, iterable) -> NONE
    SET_ADD = "molt_set_add", 2, true, true;
    SET_UPDATE = "molt_set_update", 2, true, true;            // (set, iterable)
    DICT_SET = "molt_dict_set", 3, true, true;                // (dict, key, value) -> NONE
    DICT_UPDATE = "molt_dict_update", 2, true, true;          // (dict, mapping) -> NONE (for `**m`)
    KWARG_SET = "molt_kwarg_set", 4, true, true;              // (kwargs dict, name, value, callee) -> NONE | TypeError on a repeated name
    KWARGS_MERGE = "molt_kwargs_merge", 3, true, true;        // (kwargs dict, mapping, callee) -> NONE (`f(**m)`; CPython's messages)
    LIST_TO_TUPLE = "molt_list_to_tuple", 1, true, true;
    FORMAT_VALUE = "molt_format_value", 3, true, true;        // (value, spec str | NONE, conversion: 0 none, 1 str, 2 repr, 3 ascii)
    // Iteration and unpacking.
    ITER = "molt_iter", 1, true, true;
    ITER_NEXT = "molt_iter_next", 1, true, true;              // -> value | ITER_DONE | ERR
    UNPACK = "molt_unpack", 3, true, true;                    // (iterable, out*, n) -> NONE
    UNPACK_EX = "molt_unpack_ex", 4, true, true;              // (iterable, out*, before, after): out gets before + [list] + after
    // Calls and functions.
    CALL = "molt_call", 4, true, true;                        // (callee, args*, nargs, kwnames tuple | NONE)
    CALL_EX = "molt_call_ex", 3, true, true;                  // (callee, args iterable, kwargs mapping | NONE)
    CALL_METHOD = "molt_call_method", 6, true, true;          // (obj, name str, args*, nargs, kwnames | NONE, inline cache*); args[-1] holds obj too
    MAKE_FUNCTION = "molt_make_function", 4, true, true;      // (FuncDesc*, defaults tuple|NONE, kwdefaults dict|NONE, closure tuple|NONE)
    CLOSURE_CELL = "molt_closure_cell", 2, true, false;       // (func, index) -> cell
    MAKE_CELL = "molt_make_cell", 1, true, false;             // (initial value or UNBOUND) -> cell
    CELL_GET = "molt_cell_get", 1, true, false;               // (cell) -> value or UNBOUND
    CELL_SET = "molt_cell_set", 2, false, false;              // (cell, value)
    MAKE_CLASS = "molt_make_class", 4, true, true;            // (name str, qualname str, bases tuple, namespace dict)
    IMPORT = "molt_import", 1, true, true;                    // (module name str) -> module (user modules first, then the runtime's)
    IMPORT_NAME = "molt_import_name", 2, true, true;          // (module, name str) -> attribute, else ImportError "cannot import name ..."
    MODULE_GET = "molt_module_get", 2, true, false;           // (module, name str) -> attribute or UNBOUND (star imports)
    REGISTER_MODULE = "molt_register_module", 5, false, false; // (name str, globals*, nglobals, StrRef names*, body FuncDesc*), at program start
    // Exceptions.
    RAISE = "molt_raise", 2, true, true;                      // (exc or class, cause or UNBOUND) -> ERR
    RERAISE = "molt_reraise", 0, true, true;                  // bare `raise` -> ERR
    EXC_TAKE = "molt_exc_take", 0, true, false;               // pending exception, now cleared
    EXC_RESTORE = "molt_exc_restore", 1, true, true;          // make it pending again -> ERR
    EXC_MATCH = "molt_exc_match", 2, true, true;              // (exc, class or tuple) -> 0 | 1 | ERR
    EXC_PUSH = "molt_exc_push", 1, false, false;              // entering an `except` body
    EXC_POP = "molt_exc_pop", 0, false, false;                // leaving it
    ASSERT_FAIL = "molt_assert_fail", 1, true, true;
    // Structural pattern matching. Each writes `nout` values to `out*` and
    // returns TRUE when the subject matches, FALSE when not.
    MATCH_SEQUENCE = "molt_match_sequence", 5, true, true;    // (subject, out*, nout, nbefore, star 0|1): items before, [rest list], items after
    MATCH_MAPPING = "molt_match_mapping", 5, true, true;      // (subject, out*, nout, keys tuple, rest 0|1): values of keys, [dict of the rest]
    MATCH_CLASS = "molt_match_class", 6, true, true;          // (subject, out*, nout, class, npositional, keyword names tuple | NONE)
    // The `with` statement.
    WITH_ENTER = "molt_with_enter", 2, true, true;            // (manager, exit_out*) -> __enter__() result; *exit_out = bound __exit__
    WITH_EXIT = "molt_with_exit", 2, true, true;              // (bound __exit__, exception or NONE) -> bool value: suppress?          // (message or UNBOUND) -> ERR
    // Generators.
    GEN_NEW = "molt_gen_new", 1, true, true;                  // (func) -> generator with nslots heap slots
    GEN_SLOTS = "molt_gen_slots", 1, true, false;
    YIELD_FROM_SEND = "molt_yield_from_send", 2, true, true;  // (iterator, sent) -> next value to yield | ITER_DONE
    YIELD_FROM_THROW = "molt_yield_from_throw", 1, true, true; // (iterator): the pending exception goes to it -> next value to yield | ITER_DONE | ERR
    YIELD_FROM_RESULT = "molt_yield_from_result", 1, true, false; // (finished iterator) -> its return value             // (generator) -> u64* slots
}

/// Operator codes for `BINOP`/`INPLACE`, `UNARY` and `COMPARE`.
pub mod ops {
    pub const ADD: u64 = 0;
    pub const SUB: u64 = 1;
    pub const MUL: u64 = 2;
    pub const TRUEDIV: u64 = 3;
    pub const FLOORDIV: u64 = 4;
    pub const MOD: u64 = 5;
    pub const POW: u64 = 6;
    pub const LSHIFT: u64 = 7;
    pub const RSHIFT: u64 = 8;
    pub const AND: u64 = 9;
    pub const OR: u64 = 10;
    pub const XOR: u64 = 11;
    pub const MATMUL: u64 = 12;

    pub const NEG: u64 = 0;
    pub const POS: u64 = 1;
    pub const INVERT: u64 = 2;
    pub const NOT: u64 = 3;

    pub const EQ: u64 = 0;
    pub const NE: u64 = 1;
    pub const LT: u64 = 2;
    pub const LE: u64 = 3;
    pub const GT: u64 = 4;
    pub const GE: u64 = 5;
}

/// Symbols the generated object defines for the runtime.
pub mod program {
    /// `FuncDesc` of the main module's body; the runtime's `main` calls it.
    pub const MAIN_DESC: &str = "molt_main_desc";
}
