//! Unit tests comparing every public function against vectors produced by
//! CPython 3.11.7 (`gen/gen.py` writes `vectors.rs`).

use crate::format::vectors::*;
use crate::format::*;
use num_bigint::BigInt;

fn show<T>(r: Result<T, FmtError>, f: impl Fn(T) -> String) -> String {
    match r {
        Ok(v) => format!("OK:{}", f(v)),
        Err(e) => format!("{:?}:{}", e.kind, e.msg),
    }
}

fn big(s: &str) -> BigInt {
    let (neg, digits) = match s.strip_prefix('-') {
        Some(d) => (true, d),
        None => (false, s),
    };
    let v = BigInt::parse_bytes(digits.as_bytes(), 16).expect("hex int");
    if neg {
        -v
    } else {
        v
    }
}

fn ihex(x: &BigInt) -> String {
    int_to_str_radix(x, 16, "")
}

fn check(name: &str, fails: Vec<String>, total: usize) {
    for f in fails.iter().take(40) {
        eprintln!("{}: {}", name, f);
    }
    assert!(
        fails.is_empty(),
        "{}: {} of {} vectors failed",
        name,
        fails.len(),
        total
    );
}

#[test]
fn float_repr_vectors() {
    let mut fails = vec![];
    for &(b, want) in FLOAT_REPR {
        let got = float_repr(f64::from_bits(b));
        if got != want {
            fails.push(format!("{:#x}: got {} want {}", b, got, want));
        }
    }
    check("repr", fails, FLOAT_REPR.len());
}

#[test]
fn format_float_vectors() {
    let mut fails = vec![];
    for &(b, spec, want) in FORMAT_FLOAT {
        let x = f64::from_bits(b);
        let got = show(
            parse_format_spec(spec, "float").and_then(|s| format_float(x, &s)),
            |s| s,
        );
        if got != want {
            fails.push(format!(
                "format({:e}, {:?}): got {:?} want {:?}",
                x, spec, got, want
            ));
        }
    }
    check("format_float", fails, FORMAT_FLOAT.len());
}

#[test]
fn format_int_vectors() {
    let mut fails = vec![];
    for &(xs, spec, want) in FORMAT_INT {
        let x = big(xs);
        let got = show(
            parse_format_spec(spec, "int").and_then(|s| format_int(&x, &s)),
            |s| s,
        );
        if got != want {
            fails.push(format!(
                "format(0x{}, {:?}): got {:?} want {:?}",
                xs, spec, got, want
            ));
        }
    }
    check("format_int", fails, FORMAT_INT.len());
}

#[test]
fn format_str_vectors() {
    let mut fails = vec![];
    for &(x, spec, want) in FORMAT_STR {
        let got = show(
            parse_format_spec(spec, "str").and_then(|s| format_str(x, &s)),
            |s| s,
        );
        if got != want {
            fails.push(format!(
                "format({:?}, {:?}): got {:?} want {:?}",
                x, spec, got, want
            ));
        }
    }
    check("format_str", fails, FORMAT_STR.len());
}

#[test]
fn parse_int_vectors() {
    let mut fails = vec![];
    for &(s, base, want) in PARSE_INT {
        let got = show(parse_int(s, base), |v| ihex(&v));
        if got != want {
            fails.push(format!(
                "int({:?}, {}): got {:?} want {:?}",
                s, base, got, want
            ));
        }
    }
    check("parse_int", fails, PARSE_INT.len());
}

#[test]
fn parse_float_vectors() {
    let mut fails = vec![];
    for &(s, want) in PARSE_FLOAT {
        let got = show(parse_float(s), |v| format!("0x{:016x}", v.to_bits()));
        if got != want {
            fails.push(format!("float({:?}): got {:?} want {:?}", s, got, want));
        }
    }
    check("parse_float", fails, PARSE_FLOAT.len());
}

#[test]
fn round_vectors() {
    let mut fails = vec![];
    for &(b, n, want) in ROUND {
        let x = f64::from_bits(b);
        let got = show(round_float(x, n), |v| format!("0x{:016x}", v.to_bits()));
        if got != want {
            fails.push(format!(
                "round({:e}, {}): got {:?} want {:?}",
                x, n, got, want
            ));
        }
    }
    for &(b, want) in ROUND0 {
        let x = f64::from_bits(b);
        let got = round_half_even(x).to_bits();
        // CPython returns an int; compare values (ignore the sign of zero).
        if got != want && !(f64::from_bits(got) == 0.0 && f64::from_bits(want) == 0.0) {
            fails.push(format!("round({:e}): got {:#x} want {:#x}", x, got, want));
        }
    }
    check("round", fails, ROUND.len() + ROUND0.len());
}

fn split_percent(spec: &str) -> (PercentFlags, Option<usize>, Option<usize>) {
    let fmt = format!("%{}d", spec);
    let (p, _) = parse_percent_spec(&fmt, 0).expect("spec");
    let fixed = |c: Option<PercentCount>| match c {
        Some(PercentCount::Fixed(n)) => Some(n),
        _ => None,
    };
    (p.flags, fixed(p.width), fixed(p.precision))
}

#[test]
fn percent_int_vectors() {
    let mut fails = vec![];
    for &(xs, spec, conv, want) in PERCENT_INT {
        let x = big(xs);
        let (flags, w, p) = split_percent(spec);
        let c = conv.chars().next().unwrap_or('d');
        let got = show(percent_format_int(&x, &flags, w, p, c), |s| s);
        if got != want {
            fails.push(format!(
                "'%{}{}' % 0x{}: got {:?} want {:?}",
                spec, conv, xs, got, want
            ));
        }
    }
    check("percent_int", fails, PERCENT_INT.len());
}

#[test]
fn percent_float_vectors() {
    let mut fails = vec![];
    for &(b, spec, conv, want) in PERCENT_FLOAT {
        let x = f64::from_bits(b);
        let (flags, w, p) = split_percent(spec);
        let c = conv.chars().next().unwrap_or('f');
        let got = show(percent_format_float(x, &flags, w, p, c), |s| s);
        if got != want {
            fails.push(format!(
                "'%{}{}' % {:e}: got {:?} want {:?}",
                spec, conv, x, got, want
            ));
        }
    }
    check("percent_float", fails, PERCENT_FLOAT.len());
}

#[test]
fn percent_parse_vectors() {
    let mut fails = vec![];
    for &(fmt, want) in PERCENT_PARSE {
        let pos = fmt.find('%').unwrap_or(0);
        let got = match parse_percent_spec(fmt, pos).and_then(|(s, _)| s.check_conversion()) {
            Ok(()) => "OK".to_string(),
            Err(e) => format!("{:?}:{}", e.kind, e.msg),
        };
        if got != want {
            fails.push(format!("{:?}: got {:?} want {:?}", fmt, got, want));
        }
    }
    check("percent_parse", fails, PERCENT_PARSE.len());
}

#[test]
fn percent_parse_details() {
    let (s, end) = parse_percent_spec("x%(k(1))#-+ 012.4lgz", 1).expect("ok");
    assert_eq!(s.key.as_deref(), Some("k(1)"));
    assert!(s.flags.alt && s.flags.left && s.flags.plus && s.flags.space && s.flags.zero);
    assert_eq!(s.width, Some(PercentCount::Fixed(12)));
    assert_eq!(s.precision, Some(PercentCount::Fixed(4)));
    assert_eq!(s.conv, 'g');
    assert_eq!(end, 19);
    let (s, end) = parse_percent_spec("%*.*f", 0).expect("ok");
    assert_eq!(
        (s.width, s.precision, end),
        (Some(PercentCount::Star), Some(PercentCount::Star), 5)
    );
    let (s, end) = parse_percent_spec("a%%b", 1).expect("ok");
    assert!(s.literal_percent && end == 3);
    let (s, _) = parse_percent_spec("%.f", 0).expect("ok");
    assert_eq!(s.precision, Some(PercentCount::Fixed(0)));
    assert!(parse_percent_spec("é", 1).is_err());
}

#[test]
fn str_repr_vectors() {
    let mut fails = vec![];
    for &(s, want) in STR_REPR {
        let got = py_str_repr(s);
        if got != want {
            fails.push(format!("repr({:?}): got {} want {}", s, got, want));
        }
    }
    check("str_repr", fails, STR_REPR.len());
}

#[test]
fn radix_vectors() {
    let mut fails = vec![];
    for &(xs, h, o, b) in RADIX {
        let x = big(xs);
        let got = (
            int_to_str_radix(&x, 16, "0x"),
            int_to_str_radix(&x, 8, "0o"),
            int_to_str_radix(&x, 2, "0b"),
        );
        if got != (h.to_string(), o.to_string(), b.to_string()) {
            fails.push(format!("{}: got {:?}", xs, got));
        }
    }
    check("radix", fails, RADIX.len());
}

#[test]
fn int_to_float_rounding() {
    // 2**53 + 1 rounds to even, 2**54 + 3 rounds up; big sticky bits.
    let two = BigInt::from(2u32);
    let p53: BigInt = num_traits::Pow::pow(&two, 53u32);
    assert_eq!(
        int_to_f64(&(p53.clone() + 1u32)).ok(),
        Some(9007199254740992.0)
    );
    assert_eq!(
        int_to_f64(&(p53.clone() + 3u32)).ok(),
        Some(9007199254740996.0)
    );
    let big1: BigInt = (p53.clone() + 1u32) * num_traits::Pow::pow(&two, 900u32) + 1u32;
    assert_eq!(
        int_to_f64(&big1).ok(),
        Some(9007199254740994.0 * 2f64.powi(900))
    );
    let huge: BigInt = num_traits::Pow::pow(&two, 1024u32);
    assert_eq!(
        int_to_f64(&huge).map_err(|e| e.msg),
        Err("int too large to convert to float".to_string())
    );
}

#[test]
fn fuzz_format_vectors() {
    let mut fails = vec![];
    for &(kind, v, spec, want) in FUZZ_FORMAT {
        let got = match kind {
            "i" => show(
                parse_format_spec(spec, "int").and_then(|s| format_int(&big(v), &s)),
                |s| s,
            ),
            "f" => {
                let x = f64::from_bits(u64::from_str_radix(v, 16).unwrap_or(0));
                show(
                    parse_format_spec(spec, "float").and_then(|s| format_float(x, &s)),
                    |s| s,
                )
            }
            _ => show(
                parse_format_spec(spec, "str").and_then(|s| format_str(v, &s)),
                |s| s,
            ),
        };
        if got != want {
            fails.push(format!(
                "format({} {}, {:?}): got {:?} want {:?}",
                kind, v, spec, got, want
            ));
        }
    }
    check("fuzz_format", fails, FUZZ_FORMAT.len());
}

#[test]
fn fuzz_parse_vectors() {
    let mut fails = vec![];
    for &(s, base, want_i, want_f) in FUZZ_PARSE {
        let got = show(parse_int(s, base), |v| ihex(&v));
        if got != want_i {
            fails.push(format!(
                "int({:?}, {}): got {:?} want {:?}",
                s, base, got, want_i
            ));
        }
        let got = show(parse_float(s), |v| format!("0x{:016x}", v.to_bits()));
        if got != want_f {
            fails.push(format!("float({:?}): got {:?} want {:?}", s, got, want_f));
        }
    }
    check("fuzz_parse", fails, FUZZ_PARSE.len() * 2);
}

fn float_to_big(x: f64) -> Result<BigInt, FmtError> {
    use num_traits::FromPrimitive;
    if x.is_nan() {
        return Err(FmtError::value("cannot convert float NaN to integer"));
    }
    BigInt::from_f64(x.trunc())
        .ok_or_else(|| FmtError::overflow("cannot convert float infinity to integer"))
}

#[test]
fn fuzz_percent_vectors() {
    let mut fails = vec![];
    let mut checked = 0usize;
    for &(kind, v, body, want) in FUZZ_PERCENT {
        if want.starts_with("TypeError") {
            continue;
        }
        checked += 1;
        let fmt = format!("%{}", body);
        let r = parse_percent_spec(&fmt, 0).and_then(|(spec, end)| {
            spec.check_conversion()?;
            let fixed = |c: Option<PercentCount>| match c {
                Some(PercentCount::Fixed(n)) => Some(n),
                _ => None,
            };
            let (w, p) = (fixed(spec.width), fixed(spec.precision));
            let is_float_conv = matches!(spec.conv, 'e' | 'E' | 'f' | 'F' | 'g' | 'G');
            let out = if kind == "i" {
                let x = big(v);
                if is_float_conv {
                    percent_format_float(int_to_f64(&x)?, &spec.flags, w, p, spec.conv)?
                } else {
                    percent_format_int(&x, &spec.flags, w, p, spec.conv)?
                }
            } else {
                let x = f64::from_bits(u64::from_str_radix(v, 16).unwrap_or(0));
                if is_float_conv {
                    percent_format_float(x, &spec.flags, w, p, spec.conv)?
                } else {
                    percent_format_int(&float_to_big(x)?, &spec.flags, w, p, spec.conv)?
                }
            };
            Ok(format!("{}{}", out, fmt.get(end..).unwrap_or("")))
        });
        let got = show(r, |s| s);
        if got != want {
            fails.push(format!(
                "{:?} % {} {}: got {:?} want {:?}",
                fmt, kind, v, got, want
            ));
        }
    }
    check("fuzz_percent", fails, checked);
}

#[test]
fn huge_precision_does_not_panic() {
    let spec = parse_format_spec(".70000f", "float").expect("spec");
    let s = format_float(1.0, &spec).expect("ok");
    assert_eq!(s.len(), 70002);
    let spec = parse_format_spec(".70000g", "float").expect("spec");
    assert_eq!(format_float(1e-300, &spec).expect("ok").len(), 756);
    let flags = PercentFlags::default();
    assert_eq!(
        percent_format_float(1.5, &flags, None, Some(70000), 'e')
            .expect("ok")
            .len(),
        70006
    );
    let spec = parse_format_spec("0=1000000000000000000,", "int").expect("spec");
    assert!(format_int(&BigInt::from(5), &spec).is_err());
}
