//! Process start and end: runs the compiled main module on a thread with a
//! large native stack, then reports an uncaught exception the way CPython
//! does (traceback to stderr, exit status 1) or honours `SystemExit`.

use crate::exc;
use crate::objects::function::Args;
use crate::objects::types;
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
    crate::os::write_stderr(&crate::traceback::uncaught_text(e));
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
