//! `math`. (Temporary subset until the numeric helper's math functions are
//! wired in; missing names raise AttributeError, never a wrong answer.)

use crate::exc::PyResult;
use crate::objects::function::Args;
use crate::objects::types::AttrMap;
use crate::value::Value;

fn float_arg(args: &Args, name: &str) -> PyResult<f64> {
    args.check(name, 1, 1, &[])?;
    crate::builtins::construct::to_float(args.pos()[0])
}

fn sqrt(_r: Value, args: Args) -> PyResult {
    let x = float_arg(&args, "sqrt")?;
    if x < 0.0 {
        return Err(crate::exc::value_error("math domain error"));
    }
    Ok(Value::float(x.sqrt()))
}

pub fn init(m: &mut AttrMap) {
    m.set("pi", Value::float(std::f64::consts::PI));
    m.set("e", Value::float(std::f64::consts::E));
    m.set("tau", Value::float(std::f64::consts::TAU));
    m.set("inf", Value::float(f64::INFINITY));
    m.set("nan", Value::float(f64::NAN));
    super::add_fn(m, "sqrt", sqrt);
}
