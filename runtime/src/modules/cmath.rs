//! `cmath` (part): phase, polar, sqrt, log, log10, the classification
//! functions, isclose and the constants, with CPython 3.11's algorithms
//! (scaled square root, `log1p` near the unit circle) and its results for
//! infinite and NaN components.

use crate::builtins::complex::{self as cx, C};
use crate::exc::{self, PyResult};
use crate::gc::Roots;
use crate::objects::function::Args;
use crate::objects::tuple;
use crate::objects::types::AttrMap;
use crate::value::Value;
use std::f64::consts::{LN_10, LN_2};

fn domain_error() -> exc::Raised {
    exc::value_error("math domain error")
}

fn arg(v: Value) -> PyResult<C> {
    cx::number_arg(v)?.ok_or_else(|| {
        exc::type_error(format!(
            "must be real number, not {}",
            crate::protocol::type_name(v)
        ))
    })
}

fn one(args: &Args, name: &str) -> PyResult<C> {
    no_keywords(args, name)?;
    match args.pos() {
        [v] => arg(*v),
        p => Err(exc::type_error(format!(
            "cmath.{name}() takes exactly one argument ({} given)",
            p.len()
        ))),
    }
}

fn no_keywords(args: &Args, name: &str) -> PyResult<()> {
    if args.kwnames.is_empty() {
        Ok(())
    } else {
        Err(exc::type_error(format!(
            "cmath.{name}() takes no keyword arguments"
        )))
    }
}

fn c_sqrt(z: C) -> C {
    if !z.re.is_finite() || !z.im.is_finite() {
        return if z.im.is_infinite() {
            C {
                re: f64::INFINITY,
                im: z.im,
            }
        } else if z.re == f64::NEG_INFINITY {
            if z.im.is_nan() {
                C {
                    re: f64::NAN,
                    im: f64::INFINITY,
                }
            } else {
                C {
                    re: 0.0,
                    im: f64::INFINITY.copysign(z.im),
                }
            }
        } else if z.re == f64::INFINITY {
            C {
                re: f64::INFINITY,
                im: if z.im.is_nan() {
                    f64::NAN
                } else {
                    0.0f64.copysign(z.im)
                },
            }
        } else {
            C {
                re: f64::NAN,
                im: f64::NAN,
            }
        };
    }
    if z.re == 0.0 && z.im == 0.0 {
        return C { re: 0.0, im: z.im };
    }
    let (mut ax, ay) = (z.re.abs(), z.im.abs());
    let s = if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        // Scale subnormal inputs up so hypot keeps their precision.
        ax = ldexp(ax, 53);
        ldexp((ax + ax.hypot(ldexp(ay, 53))).sqrt(), -27)
    } else {
        ax /= 8.0;
        2.0 * (ax + ax.hypot(ay / 8.0)).sqrt()
    };
    let d = ay / (2.0 * s);
    if z.re >= 0.0 {
        C {
            re: s,
            im: d.copysign(z.im),
        }
    } else {
        C {
            re: d,
            im: s.copysign(z.im),
        }
    }
}

fn ldexp(x: f64, e: i32) -> f64 {
    x * 2f64.powi(e)
}

/// `c_log`: `Err` for log(0).
fn c_log(z: C) -> PyResult<C> {
    match c_log_raw(z) {
        (c, false) => Ok(c),
        (_, true) => Err(domain_error()),
    }
}

/// `c_log` and whether it flagged a domain error (log(0) is -inf then).
fn c_log_raw(z: C) -> (C, bool) {
    if !z.re.is_finite() || !z.im.is_finite() {
        let c = if z.re.is_infinite() || z.im.is_infinite() {
            C {
                re: f64::INFINITY,
                im: z.im.atan2(z.re),
            }
        } else {
            C {
                re: f64::NAN,
                im: f64::NAN,
            }
        };
        return (c, false);
    }
    let (ax, ay) = (z.re.abs(), z.im.abs());
    let large = f64::MAX / 4.0;
    let re = if ax > large || ay > large {
        (ax / 2.0).hypot(ay / 2.0).ln() + LN_2
    } else if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        if ax > 0.0 || ay > 0.0 {
            ldexp(ax, 53).hypot(ldexp(ay, 53)).ln() - 53.0 * LN_2
        } else {
            let c = C {
                re: f64::NEG_INFINITY,
                im: z.im.atan2(z.re),
            };
            return (c, true);
        }
    } else {
        let h = ax.hypot(ay);
        if (0.71..=1.73).contains(&h) {
            let (am, an) = if ax > ay { (ax, ay) } else { (ay, ax) };
            ((am - 1.0) * (am + 1.0) + an * an).ln_1p() / 2.0
        } else {
            h.ln()
        }
    };
    (
        C {
            re,
            im: z.im.atan2(z.re),
        },
        false,
    )
}

fn value(c: C) -> Value {
    cx::new(c)
}

fn sqrt(_r: Value, args: Args) -> PyResult {
    Ok(value(c_sqrt(one(&args, "sqrt")?)))
}

fn log(_r: Value, args: Args) -> PyResult {
    no_keywords(&args, "log")?;
    match args.pos().len() {
        0 => return Err(exc::type_error("log expected at least 1 argument, got 0")),
        n if n > 2 => {
            return Err(exc::type_error(format!(
                "log expected at most 2 arguments, got {n}"
            )))
        }
        _ => {}
    }
    let x = arg(args.pos()[0])?;
    let Some(&b) = args.pos().get(1) else {
        return Ok(value(c_log(x)?));
    };
    // With a base CPython drops the error of log(x) (it is -inf there)
    // but reports the base's and the division's.
    let (lx, _) = c_log_raw(x);
    let lb = c_log(arg(b)?)?;
    Ok(value(cx::quot(lx, lb).ok_or_else(domain_error)?))
}

fn log10(_r: Value, args: Args) -> PyResult {
    let z = c_log(one(&args, "log10")?)?;
    Ok(value(C {
        re: z.re / LN_10,
        im: z.im / LN_10,
    }))
}

fn phase(_r: Value, args: Args) -> PyResult {
    let z = one(&args, "phase")?;
    let p = z.im.atan2(z.re);
    // CPython reports atan2's total underflow (C's ERANGE) as an error.
    if p == 0.0 && z.im != 0.0 && z.im.is_finite() && z.re.is_finite() {
        return Err(exc::raise_new("OverflowError", "math range error"));
    }
    Ok(Value::float(p))
}

fn polar(_r: Value, args: Args) -> PyResult {
    let z = one(&args, "polar")?;
    let r = if z.re.is_infinite() || z.im.is_infinite() {
        f64::INFINITY
    } else if z.re.is_nan() || z.im.is_nan() {
        f64::NAN
    } else {
        let h = z.re.hypot(z.im);
        if h.is_infinite() {
            return Err(exc::raise_new("OverflowError", "math range error"));
        }
        h
    };
    let roots = Roots::new();
    let a = roots.push(Value::float(r));
    let p = roots.push(Value::float(z.im.atan2(z.re)));
    Ok(tuple::new(vec![a, p]))
}

fn isnan(_r: Value, args: Args) -> PyResult {
    let z = one(&args, "isnan")?;
    Ok(Value::bool(z.re.is_nan() || z.im.is_nan()))
}

fn isinf(_r: Value, args: Args) -> PyResult {
    let z = one(&args, "isinf")?;
    Ok(Value::bool(z.re.is_infinite() || z.im.is_infinite()))
}

fn isfinite(_r: Value, args: Args) -> PyResult {
    let z = one(&args, "isfinite")?;
    Ok(Value::bool(z.re.is_finite() && z.im.is_finite()))
}

fn abs_of(z: C) -> f64 {
    if z.re.is_infinite() || z.im.is_infinite() {
        f64::INFINITY
    } else {
        z.re.hypot(z.im)
    }
}

fn isclose(_r: Value, args: Args) -> PyResult {
    let b = super::native_class::bind(&args, "isclose", &["a", "b"], &["rel_tol", "abs_tol"], 2)?;
    let a = arg(b[0].unwrap_or(Value::NONE))?;
    let c = arg(b[1].unwrap_or(Value::NONE))?;
    let tol = |v: Option<Value>, d: f64| -> PyResult<f64> {
        match v {
            Some(v) => super::math::real(v),
            None => Ok(d),
        }
    };
    let rel = tol(b[2], 1e-9)?;
    let abs_tol = tol(b[3], 0.0)?;
    if rel < 0.0 || abs_tol < 0.0 {
        return Err(exc::value_error("tolerances must be non-negative"));
    }
    if a.re == c.re && a.im == c.im {
        return Ok(Value::TRUE);
    }
    if a.re.is_infinite() || a.im.is_infinite() || c.re.is_infinite() || c.im.is_infinite() {
        return Ok(Value::FALSE);
    }
    let diff = abs_of(C {
        re: a.re - c.re,
        im: a.im - c.im,
    });
    Ok(Value::bool(
        diff <= rel * abs_of(c) || diff <= rel * abs_of(a) || diff <= abs_tol,
    ))
}

pub fn init(m: &mut AttrMap) {
    use std::f64::consts::{E, PI, TAU};
    for (name, v) in [
        ("pi", PI),
        ("e", E),
        ("tau", TAU),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
    ] {
        m.set(name, Value::float(v));
    }
    for (name, im) in [("infj", f64::INFINITY), ("nanj", f64::NAN)] {
        let v = cx::new(C { re: 0.0, im });
        crate::gc::make_permanent(v);
        m.set(name, v);
    }
    let fns: &[(&'static str, crate::objects::function::NativeFn)] = &[
        ("sqrt", sqrt),
        ("log", log),
        ("log10", log10),
        ("phase", phase),
        ("polar", polar),
        ("isnan", isnan),
        ("isinf", isinf),
        ("isfinite", isfinite),
        ("isclose", isclose),
    ];
    for &(name, f) in fns {
        super::add_fn(m, name, f);
    }
}
