//! Process start and end: runs the compiled main module on a thread with a
//! large native stack, then reports an uncaught exception the way CPython
//! does (traceback to stderr, exit status 1) or honours `SystemExit`.

use crate::exc;
use crate::object::Kind;
use crate::objects::exception::ExcObj;
use crate::objects::function::Args;
use crate::objects::types::{self, as_type};
use crate::objects::{int, tuple};
use crate::protocol;
use crate::value::Value;
use molt_abi::FuncDesc;

/// Native stack reserved for the program thread. Only touched pages are
/// committed, so a large reservation costs nothing until deep recursion
/// uses it; `frames` raises RecursionError well before its end.
pub const STACK_SIZE: usize = 1 << 30;

/// Runs the program whose main module is described by `desc`; returns the
/// process exit status.
pub fn run(desc_addr: usize, args: Vec<String>) -> i32 {
    // The description crosses to the program thread as an address: it is
    // static data, valid for the whole process.
    match crate::os::run_on_big_stack(STACK_SIZE, move || {
        run_program(crate::entry::desc_at(desc_addr), args)
    }) {
        Ok(code) => code,
        Err(why) => {
            crate::os::write_stderr(&format!("Fatal Python error: molt runtime: {why}\n"));
            70
        }
    }
}

fn run_program(desc: &'static FuncDesc, args: Vec<String>) -> i32 {
    crate::frames::init_stack(STACK_SIZE);
    crate::gc::init(crate::os::env_flag("MOLT_GC_STRESS"));
    types::init();
    crate::builtins::init();
    crate::modules::sys::set_argv(&args);
    crate::program::set_main(desc);
    let main = crate::entry::make_function(desc, Value::NONE, Value::NONE, Value::NONE);
    crate::gc::make_permanent(main);
    let result = protocol::call(main, Args::positional(&[]));
    let code = match result {
        Ok(_) => 0,
        Err(_) => match exc::take_pending() {
            Some(e) => {
                let interrupt =
                    types::exc_type("KeyboardInterrupt").is_some_and(|k| types::isinstance(e, k));
                let code = uncaught(e);
                if interrupt {
                    crate::os::die_of_sigint();
                }
                code
            }
            None => 0,
        },
    };
    crate::os::flush_stdout();
    code
}

/// Handles an exception that reached the top: `SystemExit` gives the exit
/// status; anything else prints a traceback and gives 1.
pub fn uncaught(e: Value) -> i32 {
    crate::gc::make_permanent(e);
    if let Some(se) = types::exc_type("SystemExit") {
        if types::isinstance(e, se) {
            return system_exit_code(e);
        }
    }
    crate::os::flush_stdout();
    let mut out = String::new();
    let mut seen = Vec::new();
    format_chain(e, &mut seen, &mut out);
    crate::os::write_stderr(&out);
    1
}

fn system_exit_code(e: Value) -> i32 {
    let code = exc::as_exc(e)
        .and_then(|x| tuple::as_slice(x.args.get()))
        .map(|a| match a.len() {
            0 => Value::NONE,
            1 => a[0],
            _ => x_args_tuple(a),
        })
        .unwrap_or(Value::NONE);
    if code.is_none() {
        return 0;
    }
    if int::is_int(code) && !code.is_float() {
        return int::to_i64(code).map_or(1, |c| c as i32);
    }
    crate::os::flush_stdout();
    let text = protocol::str_of(code).unwrap_or_default();
    exc::take_pending();
    crate::os::write_stderr(&format!("{text}\n"));
    1
}

fn x_args_tuple(a: &[Value]) -> Value {
    tuple::new(a.to_vec())
}

fn exc_obj(v: Value) -> Option<&'static ExcObj> {
    match v.obj().map(|o| &o.kind) {
        Some(Kind::Exception(e)) => Some(e),
        _ => None,
    }
}

/// The traceback text of `e`, preceded by its cause or context chain.
pub fn format_chain(e: Value, seen: &mut Vec<Value>, out: &mut String) {
    seen.push(e);
    let Some(x) = exc_obj(e) else {
        out.push_str(&format!("{}\n", protocol::repr(e).unwrap_or_default()));
        return;
    };
    let cause = x.cause.get();
    let context = x.context.get();
    if exc_obj(cause).is_some() && !seen.contains(&cause) {
        format_chain(cause, seen, out);
        out.push_str("\nThe above exception was the direct cause of the following exception:\n\n");
    } else if !x.suppress_context.get() && exc_obj(context).is_some() && !seen.contains(&context) {
        format_chain(context, seen, out);
        out.push_str("\nDuring handling of the above exception, another exception occurred:\n\n");
    }
    let tb = x.traceback.borrow().clone();
    if !tb.is_empty() {
        out.push_str("Traceback (most recent call last):\n");
        for entry in tb.iter().rev() {
            let (name, file) = crate::frames::code_names(entry.code);
            out.push_str(&format!(
                "  File \"{file}\", line {}, in {name}\n",
                entry.line
            ));
        }
    }
    out.push_str(&exception_line(e));
    out.push('\n');
}

/// `TypeName: message` (or just `TypeName` when the message is empty).
pub fn exception_line(e: Value) -> String {
    let cls = types::type_of(e);
    let name = match as_type(cls) {
        Some(t) if t.module == "builtins" || t.module == "__main__" => t.qualname.clone(),
        Some(t) => format!("{}.{}", t.module, t.qualname),
        None => "?".into(),
    };
    let msg = match protocol::str_of(e) {
        Ok(m) => m,
        Err(_) => {
            exc::take_pending();
            "<exception str() failed>".into()
        }
    };
    if msg.is_empty() {
        name
    } else {
        format!("{name}: {msg}")
    }
}
