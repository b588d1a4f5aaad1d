//! `random`: CPython's Mersenne Twister (`_randommodule.c`) with its exact
//! seeding, and the algorithms of `random.py` on top of it, so a seeded
//! program draws CPython's numbers. `Random` instances keep their generator
//! in a table here (the instance holds its index); the module-level
//! functions are methods of a hidden instance, as in CPython.

use super::native_class as nc;
use crate::exc::{self, PyResult};
use crate::gc::{self, Roots};
use crate::object::Kind;
use crate::objects::function::{Args, BuiltinObj, NativeFn};
use crate::objects::types::AttrMap;
use crate::objects::{int, list, str as pystr, tuple};
use crate::protocol;
use crate::value::Value;
use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive};
use std::cell::{Cell, RefCell};

const N: usize = 624;
const M: usize = 397;

/// One generator: the Mersenne Twister state and `gauss_next`.
#[derive(Clone)]
pub struct Mt {
    state: [u32; N],
    index: usize,
    gauss_next: Option<f64>,
}

impl Mt {
    pub fn new() -> Mt {
        let mut m = Mt {
            state: [0; N],
            index: N,
            gauss_next: None,
        };
        m.init_genrand(19650218);
        m
    }

    fn init_genrand(&mut self, s: u32) {
        self.state[0] = s;
        for i in 1..N {
            let p = self.state[i - 1];
            self.state[i] = 1812433253u32
                .wrapping_mul(p ^ (p >> 30))
                .wrapping_add(i as u32);
        }
        self.index = N;
    }

    pub fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19650218);
        let key: &[u32] = if key.is_empty() { &[0] } else { key };
        let mt = &mut self.state;
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key.len()) {
            let p = mt[i - 1];
            mt[i] = (mt[i] ^ (p ^ (p >> 30)).wrapping_mul(1664525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let p = mt[i - 1];
            mt[i] = (mt[i] ^ (p ^ (p >> 30)).wrapping_mul(1566083941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x8000_0000;
        self.index = N;
    }

    pub fn genrand_u32(&mut self) -> u32 {
        const UPPER: u32 = 0x8000_0000;
        const LOWER: u32 = 0x7fff_ffff;
        const MATRIX_A: u32 = 0x9908_b0df;
        let mag = |y: u32| if y & 1 == 1 { MATRIX_A } else { 0 };
        if self.index >= N {
            let mt = &mut self.state;
            for kk in 0..N - M {
                let y = (mt[kk] & UPPER) | (mt[kk + 1] & LOWER);
                mt[kk] = mt[kk + M] ^ (y >> 1) ^ mag(y);
            }
            for kk in N - M..N - 1 {
                let y = (mt[kk] & UPPER) | (mt[kk + 1] & LOWER);
                mt[kk] = mt[kk + M - N] ^ (y >> 1) ^ mag(y);
            }
            let y = (mt[N - 1] & UPPER) | (mt[0] & LOWER);
            mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ mag(y);
            self.index = 0;
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// `random()`: 53 random bits as a float in [0, 1).
    pub fn random(&mut self) -> f64 {
        let a = (self.genrand_u32() >> 5) as f64;
        let b = (self.genrand_u32() >> 6) as f64;
        (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)
    }

    /// `getrandbits(k)` for `k <= 64`.
    pub fn bits64(&mut self, k: u32) -> u64 {
        if k == 0 {
            return 0;
        }
        if k <= 32 {
            return (self.genrand_u32() >> (32 - k)) as u64;
        }
        let lo = self.genrand_u32() as u64;
        let hi = (self.genrand_u32() >> (64 - k)) as u64;
        lo | (hi << 32)
    }

    /// `getrandbits(k)`.
    pub fn bits(&mut self, k: u64) -> BigInt {
        if k <= 64 {
            return BigInt::from(self.bits64(k as u32));
        }
        let words = (k - 1) / 32 + 1;
        let mut digits = Vec::with_capacity(words as usize);
        let mut left = k;
        for _ in 0..words {
            let mut r = self.genrand_u32();
            if left < 32 {
                r >>= 32 - left;
            }
            digits.push(r);
            left = left.saturating_sub(32);
        }
        BigInt::from_slice(Sign::Plus, &digits)
    }

    /// `_randbelow(n)` for `0 < n < 2**64`.
    pub fn below_u64(&mut self, n: u64) -> u64 {
        let k = 64 - n.leading_zeros();
        loop {
            let r = self.bits64(k);
            if r < n {
                return r;
            }
        }
    }

    /// `_randbelow(n)` for `n > 0`.
    pub fn below(&mut self, n: &BigInt) -> BigInt {
        if let Some(small) = n.to_u64() {
            return BigInt::from(self.below_u64(small));
        }
        let k = n.bits();
        loop {
            let r = self.bits(k);
            if &r < n {
                return r;
            }
        }
    }

    /// `seed(n)` for an int: all the bits of `abs(n)`.
    pub fn seed_int(&mut self, n: &BigInt) {
        let (_, digits) = n.abs().to_u32_digits();
        self.init_by_array(&digits);
        self.gauss_next = None;
    }

    /// `seed(s)` for str/bytes (version 2): the bytes followed by their
    /// SHA-512, read as a big-endian int.
    pub fn seed_bytes(&mut self, b: &[u8]) {
        let mut all = b.to_vec();
        all.extend_from_slice(&sha512(b));
        let n = BigInt::from_bytes_be(Sign::Plus, &all);
        self.seed_int(&n);
    }

    pub fn gauss(&mut self, mu: f64, sigma: f64) -> f64 {
        let z = match self.gauss_next.take() {
            Some(z) => z,
            None => {
                let x2pi = self.random() * std::f64::consts::TAU;
                let g2rad = (-2.0 * (1.0 - self.random()).ln()).sqrt();
                self.gauss_next = Some(x2pi.sin() * g2rad);
                x2pi.cos() * g2rad
            }
        };
        mu + z * sigma
    }

    pub fn normalvariate(&mut self, mu: f64, sigma: f64) -> f64 {
        let magic = 4.0 * (-0.5f64).exp() / 2.0f64.sqrt();
        loop {
            let u1 = self.random();
            let u2 = 1.0 - self.random();
            let z = magic * (u1 - 0.5) / u2;
            let zz = z * z / 4.0;
            if zz <= -u2.ln() {
                return mu + z * sigma;
            }
        }
    }
}

impl Default for Mt {
    fn default() -> Self {
        Mt::new()
    }
}

// ---- SHA-512 (FIPS 180-4), for string seeds.

const K512: [u64; 80] = [
    0x428a2f98d728ae22,
    0x7137449123ef65cd,
    0xb5c0fbcfec4d3b2f,
    0xe9b5dba58189dbbc,
    0x3956c25bf348b538,
    0x59f111f1b605d019,
    0x923f82a4af194f9b,
    0xab1c5ed5da6d8118,
    0xd807aa98a3030242,
    0x12835b0145706fbe,
    0x243185be4ee4b28c,
    0x550c7dc3d5ffb4e2,
    0x72be5d74f27b896f,
    0x80deb1fe3b1696b1,
    0x9bdc06a725c71235,
    0xc19bf174cf692694,
    0xe49b69c19ef14ad2,
    0xefbe4786384f25e3,
    0x0fc19dc68b8cd5b5,
    0x240ca1cc77ac9c65,
    0x2de92c6f592b0275,
    0x4a7484aa6ea6e483,
    0x5cb0a9dcbd41fbd4,
    0x76f988da831153b5,
    0x983e5152ee66dfab,
    0xa831c66d2db43210,
    0xb00327c898fb213f,
    0xbf597fc7beef0ee4,
    0xc6e00bf33da88fc2,
    0xd5a79147930aa725,
    0x06ca6351e003826f,
    0x142929670a0e6e70,
    0x27b70a8546d22ffc,
    0x2e1b21385c26c926,
    0x4d2c6dfc5ac42aed,
    0x53380d139d95b3df,
    0x650a73548baf63de,
    0x766a0abb3c77b2a8,
    0x81c2c92e47edaee6,
    0x92722c851482353b,
    0xa2bfe8a14cf10364,
    0xa81a664bbc423001,
    0xc24b8b70d0f89791,
    0xc76c51a30654be30,
    0xd192e819d6ef5218,
    0xd69906245565a910,
    0xf40e35855771202a,
    0x106aa07032bbd1b8,
    0x19a4c116b8d2d0c8,
    0x1e376c085141ab53,
    0x2748774cdf8eeb99,
    0x34b0bcb5e19b48a8,
    0x391c0cb3c5c95a63,
    0x4ed8aa4ae3418acb,
    0x5b9cca4f7763e373,
    0x682e6ff3d6b2b8a3,
    0x748f82ee5defb2fc,
    0x78a5636f43172f60,
    0x84c87814a1f0ab72,
    0x8cc702081a6439ec,
    0x90befffa23631e28,
    0xa4506cebde82bde9,
    0xbef9a3f7b2c67915,
    0xc67178f2e372532b,
    0xca273eceea26619c,
    0xd186b8c721c0c207,
    0xeada7dd6cde0eb1e,
    0xf57d4f7fee6ed178,
    0x06f067aa72176fba,
    0x0a637dc5a2c898a6,
    0x113f9804bef90dae,
    0x1b710b35131c471b,
    0x28db77f523047d84,
    0x32caab7b40c72493,
    0x3c9ebe0a15c9bebc,
    0x431d67c49c100d4c,
    0x4cc5d4becb3e42b6,
    0x597f299cfc657e2a,
    0x5fcb6fab3ad6faec,
    0x6c44198c4a475817,
];

pub fn sha512(data: &[u8]) -> [u8; 64] {
    let mut h: [u64; 8] = [
        0x6a09e667f3bcc908,
        0xbb67ae8584caa73b,
        0x3c6ef372fe94f82b,
        0xa54ff53a5f1d36f1,
        0x510e527fade682d1,
        0x9b05688c2b3e6c1f,
        0x1f83d9abfb41bd6b,
        0x5be0cd19137e2179,
    ];
    let mut msg = data.to_vec();
    msg.push(0x80);
    while msg.len() % 128 != 112 {
        msg.push(0);
    }
    msg.extend_from_slice(&((data.len() as u128) * 8).to_be_bytes());
    for block in msg.chunks_exact(128) {
        let mut w = [0u64; 80];
        for (t, c) in block.chunks_exact(8).enumerate() {
            let mut b = [0u8; 8];
            b.copy_from_slice(c);
            w[t] = u64::from_be_bytes(b);
        }
        for t in 16..80 {
            let s0 = w[t - 15].rotate_right(1) ^ w[t - 15].rotate_right(8) ^ (w[t - 15] >> 7);
            let s1 = w[t - 2].rotate_right(19) ^ w[t - 2].rotate_right(61) ^ (w[t - 2] >> 6);
            w[t] = w[t - 16]
                .wrapping_add(s0)
                .wrapping_add(w[t - 7])
                .wrapping_add(s1);
        }
        let [mut a, mut b, mut c, mut d, mut e, mut f, mut g, mut hh] = h;
        for t in 0..80 {
            let s1 = e.rotate_right(14) ^ e.rotate_right(18) ^ e.rotate_right(41);
            let ch = (e & f) ^ (!e & g);
            let t1 = hh
                .wrapping_add(s1)
                .wrapping_add(ch)
                .wrapping_add(K512[t])
                .wrapping_add(w[t]);
            let s0 = a.rotate_right(28) ^ a.rotate_right(34) ^ a.rotate_right(39);
            let maj = (a & b) ^ (a & c) ^ (b & c);
            let t2 = s0.wrapping_add(maj);
            hh = g;
            g = f;
            f = e;
            e = d.wrapping_add(t1);
            d = c;
            c = b;
            b = a;
            a = t1.wrapping_add(t2);
        }
        for (x, v) in h.iter_mut().zip([a, b, c, d, e, f, g, hh]) {
            *x = x.wrapping_add(v);
        }
    }
    let mut out = [0u8; 64];
    for (i, x) in h.iter().enumerate() {
        out[i * 8..i * 8 + 8].copy_from_slice(&x.to_be_bytes());
    }
    out
}

// ---- Python objects.

thread_local! {
    static GENS: RefCell<Vec<Mt>> = const { RefCell::new(Vec::new()) };
    static CLASS: Cell<Value> = const { Cell::new(Value::NONE) };
}

fn class() -> Value {
    CLASS.with(|c| c.get())
}

fn new_gen() -> usize {
    GENS.with(|g| {
        let mut g = g.borrow_mut();
        g.push(Mt::new());
        g.len() - 1
    })
}

/// Runs `f` on the generator of `Random` instance `r`.
fn with<T>(r: Value, method: &str, f: impl FnOnce(&mut Mt) -> T) -> PyResult<T> {
    let s = nc::receiver(r, class(), method)?;
    let idx = int::to_i64(nc::get(s, 0)).unwrap_or(0).max(0) as usize;
    GENS.with(|g| {
        let mut g = g.borrow_mut();
        match g.get_mut(idx) {
            Some(m) => Ok(f(m)),
            None => Err(exc::type_error("Random object is not initialised")),
        }
    })
}

/// A float argument (`must be real number, not str`).
fn real(v: Value) -> PyResult<f64> {
    if let Some(f) = v.as_float() {
        return Ok(f);
    }
    if int::is_int(v) {
        let b = int::to_bigint(v).unwrap_or_default();
        return crate::format::int_to_f64(&b).map_err(crate::builtins::formatting::fmt_error);
    }
    if protocol::special(v, "__float__").is_some() || protocol::special(v, "__index__").is_some() {
        return crate::builtins::construct::to_float(v);
    }
    Err(exc::type_error(format!(
        "must be real number, not {}",
        crate::protocol::type_name(v)
    )))
}

fn seed_value(r: Value, a: Value) -> PyResult<()> {
    if a.is_none() {
        let mut buf = [0u8; N * 4];
        crate::os::random_bytes(&mut buf);
        let key: Vec<u32> = buf
            .chunks_exact(4)
            .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect();
        return with(r, "seed", |m| {
            m.init_by_array(&key);
            m.gauss_next = None;
        });
    }
    if let Some(s) = pystr::as_str(a) {
        let bytes = s.as_bytes().to_vec();
        return with(r, "seed", |m| m.seed_bytes(&bytes));
    }
    if let Some(b) = crate::objects::bytes::as_bytes(a) {
        return with(r, "seed", |m| m.seed_bytes(b));
    }
    if int::is_int(a) {
        let n = int::to_bigint(a).unwrap_or_default();
        return with(r, "seed", |m| m.seed_int(&n));
    }
    if let Some(f) = a.as_float() {
        let h = crate::hash::hash_f64(f, 0) as u64;
        return with(r, "seed", |m| m.seed_int(&BigInt::from(h)));
    }
    Err(exc::type_error(
        "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.",
    ))
}

fn random_new(_r: Value, args: Args) -> PyResult {
    let (cls, args) = nc::new_args(&args)?;
    let idx = new_gen();
    let roots = Roots::new();
    let obj = roots.push(nc::instance(cls, vec![int::from_i64(idx as i64)]));
    // Seed here when `__init__` is this class's own (native) one, as
    // deque does; a subclass's Python `__init__` seeds through super().
    if nc::runs_native_init(cls) {
        random_init(obj, args)?;
    }
    Ok(obj)
}

fn random_init(r: Value, args: Args) -> PyResult {
    let b = nc::bind(&args, "Random", &["x"], &[], 0)?;
    seed_value(r, b[0].unwrap_or(Value::NONE))?;
    Ok(Value::NONE)
}

fn seed(r: Value, args: Args) -> PyResult {
    let b = nc::bind(&args, "seed", &["a", "version"], &[], 0)?;
    let a = b[0].unwrap_or(Value::NONE);
    let version = match b[1] {
        Some(v) => int::to_i64(v).unwrap_or(2),
        None => 2,
    };
    if version == 1 && (pystr::as_str(a).is_some() || crate::objects::bytes::as_bytes(a).is_some())
    {
        let codes: Vec<u32> = match pystr::as_str(a) {
            Some(s) => s.chars().map(|c| c as u32).collect(),
            None => crate::objects::bytes::as_bytes(a)
                .unwrap_or(&[])
                .iter()
                .map(|&c| c as u32)
                .collect(),
        };
        let mut x: u64 = codes.first().map_or(0, |&c| (c as u64) << 7);
        for &c in &codes {
            x = 1000003u64.wrapping_mul(x) ^ c as u64;
        }
        x ^= codes.len() as u64;
        return with(r, "seed", |m| m.seed_int(&BigInt::from(x))).map(|_| Value::NONE);
    }
    seed_value(r, a)?;
    Ok(Value::NONE)
}

fn random(r: Value, args: Args) -> PyResult {
    args.check("random", 0, 0, &[])?;
    Ok(Value::float(with(r, "random", |m| m.random())?))
}

fn getrandbits(r: Value, args: Args) -> PyResult {
    args.check("getrandbits", 1, 1, &[])?;
    let k = nc::int_arg(args.pos()[0])?;
    if k < 0 {
        return Err(exc::value_error("number of bits must be non-negative"));
    }
    let b = with(r, "getrandbits", |m| m.bits(k as u64))?;
    Ok(int::from_bigint(b))
}

/// `operator.index(v)`, or an integral float with CPython's deprecation
/// path (a non-integral one raises `ValueError(msg)`).
fn range_arg(v: Value, msg: &str) -> PyResult<BigInt> {
    if let Some(f) = v.as_float() {
        if f.fract() != 0.0 || !f.is_finite() {
            return Err(exc::value_error(msg));
        }
        return crate::numeric::int_ops::float_to_int(f).map_err(crate::ops::num_error);
    }
    if let Some(b) = int::to_bigint(v) {
        return Ok(b);
    }
    let i = protocol::index_value(v)?;
    Ok(BigInt::from(i))
}

fn below(r: Value, n: &BigInt, method: &str) -> PyResult<BigInt> {
    with(r, method, |m| m.below(n))
}

fn randrange_impl(r: Value, start: Value, stop: Option<Value>, step: Option<Value>) -> PyResult {
    let istart = range_arg(start, "non-integer arg 1 for randrange()")?;
    let Some(stop) = stop.filter(|v| !v.is_none()) else {
        if step.is_some() {
            return Err(exc::type_error("Missing a non-None stop argument"));
        }
        if istart.is_positive() {
            return Ok(int::from_bigint(below(r, &istart, "randrange")?));
        }
        return Err(exc::value_error("empty range for randrange()"));
    };
    let istop = range_arg(stop, "non-integer stop for randrange()")?;
    let width = &istop - &istart;
    let istep = match step {
        Some(s) => range_arg(s, "non-integer step for randrange()")?,
        None => BigInt::from(1),
    };
    if istep == BigInt::from(1) {
        if width.is_positive() {
            return Ok(int::from_bigint(istart + below(r, &width, "randrange")?));
        }
        return Err(exc::value_error(format!(
            "empty range for randrange() ({istart}, {istop}, {width})"
        )));
    }
    let n = if istep.is_positive() {
        num_integer::Integer::div_floor(&(&width + &istep - 1), &istep)
    } else if istep.is_negative() {
        num_integer::Integer::div_floor(&(&width + &istep + 1), &istep)
    } else {
        return Err(exc::value_error("zero step for randrange()"));
    };
    if !n.is_positive() {
        return Err(exc::value_error("empty range for randrange()"));
    }
    let k = below(r, &n, "randrange")?;
    Ok(int::from_bigint(istart + istep * k))
}

fn randrange(r: Value, args: Args) -> PyResult {
    let b = nc::bind(&args, "randrange", &["start", "stop", "step"], &[], 1)?;
    randrange_impl(r, b[0].unwrap_or(Value::NONE), b[1], b[2])
}

fn randint(r: Value, args: Args) -> PyResult {
    let b = nc::bind(&args, "randint", &["a", "b"], &[], 2)?;
    let hi = b[1].unwrap_or(Value::NONE);
    let hi1 = crate::ops::add(hi, Value::small_int(1))?;
    let roots = Roots::new();
    roots.push(hi1);
    randrange_impl(r, b[0].unwrap_or(Value::NONE), Some(hi1), None)
}

fn seq_len(v: Value) -> PyResult<usize> {
    Ok(protocol::len(v)?.max(0) as usize)
}

fn choice(r: Value, args: Args) -> PyResult {
    let b = nc::bind(&args, "choice", &["seq"], &[], 1)?;
    let seq = b[0].unwrap_or(Value::NONE);
    let n = seq_len(seq)?;
    if n == 0 {
        return Err(exc::raise_new(
            "IndexError",
            "Cannot choose from an empty sequence",
        ));
    }
    let i = with(r, "choice", |m| m.below_u64(n as u64))?;
    crate::attr::getitem(seq, int::from_i64(i as i64))
}

fn shuffle(r: Value, args: Args) -> PyResult {
    let b = nc::bind(&args, "shuffle", &["x"], &[], 1)?;
    let x = b[0].unwrap_or(Value::NONE);
    if let Some(l) = list::as_list(x) {
        let n = l.borrow().len();
        for i in (1..n).rev() {
            let j = with(r, "shuffle", |m| m.below_u64(i as u64 + 1))? as usize;
            let mut v = l.borrow_mut();
            if i < v.len() && j < v.len() {
                v.swap(i, j);
            }
        }
        return Ok(Value::NONE);
    }
    let n = seq_len(x)?;
    let roots = Roots::new();
    for i in (1..n).rev() {
        let j = with(r, "shuffle", |m| m.below_u64(i as u64 + 1))?;
        let (iv, jv) = (int::from_i64(i as i64), int::from_i64(j as i64));
        let a = roots.push(crate::attr::getitem(x, iv)?);
        let bb = roots.push(crate::attr::getitem(x, jv)?);
        crate::attr::setitem(x, iv, bb)?;
        crate::attr::setitem(x, jv, a)?;
    }
    Ok(Value::NONE)
}

fn is_sequence(v: Value) -> bool {
    match v.obj().map(|o| &o.kind) {
        Some(
            Kind::List(_) | Kind::Tuple(_) | Kind::Str(_) | Kind::Bytes(_) | Kind::Range { .. },
        ) => true,
        Some(Kind::Instance(_)) => {
            protocol::special(v, "__getitem__").is_some()
                && protocol::special(v, "__len__").is_some()
        }
        _ => false,
    }
}

fn sample(r: Value, args: Args) -> PyResult {
    let b = nc::bind(&args, "sample", &["population", "k"], &["counts"], 2)?;
    let pop = b[0].unwrap_or(Value::NONE);
    let kv = b[1].unwrap_or(Value::NONE);
    if !is_sequence(pop) {
        return Err(exc::type_error(
            "Population must be a sequence.  For dicts or sets, use sorted(d).",
        ));
    }
    let n = seq_len(pop)?;
    let roots = Roots::new();
    if let Some(counts) = b[2].filter(|v| !v.is_none()) {
        let counts = protocol::collect(counts)?;
        roots.extend(&counts);
        let mut cum: Vec<BigInt> = Vec::with_capacity(counts.len());
        let mut acc = Value::small_int(0);
        let mut all_int = true;
        for (i, &c) in counts.iter().enumerate() {
            acc = if i == 0 {
                c
            } else {
                roots.push(crate::ops::add(acc, c)?)
            };
            all_int = int::is_int(acc) && !acc.is_float();
            cum.push(int::to_bigint(acc).unwrap_or_default());
        }
        if cum.len() != n {
            return Err(exc::value_error(
                "The number of counts does not match the population",
            ));
        }
        if !all_int {
            return Err(exc::type_error("Counts must be integers"));
        }
        let total = cum.pop().unwrap_or_default();
        if !total.is_positive() {
            return Err(exc::value_error(
                "Total of counts must be greater than zero",
            ));
        }
        let total_v = roots.push(int::from_bigint(total));
        let range = roots.push(gc::alloc(Kind::Range {
            start: Value::small_int(0),
            stop: total_v,
            step: Value::small_int(1),
        }));
        let sel = roots.push(nc::call_kw(
            crate::attr::getattr(r, "sample")?,
            &[range],
            &[("k", kv)],
        )?);
        let mut out = Vec::new();
        for s in nc::list_items(sel) {
            let s = int::to_bigint(s).unwrap_or_default();
            let idx = cum.partition_point(|c| *c <= s);
            let v = crate::attr::getitem(pop, int::from_i64(idx as i64))?;
            out.push(roots.push(v));
        }
        return Ok(list::new(out));
    }
    let k = nc::int_arg(kv)?;
    if k < 0 || k as usize > n {
        return Err(exc::value_error(
            "Sample larger than population or is negative",
        ));
    }
    let k = k as usize;
    let mut setsize: f64 = 21.0;
    if k > 5 {
        setsize += 4f64.powi((((k * 3) as f64).ln() / 4f64.ln()).ceil() as i32);
    }
    let mut result = Vec::with_capacity(k);
    if (n as f64) <= setsize {
        let mut pool = protocol::collect(pop)?;
        roots.extend(&pool);
        for i in 0..k {
            let j = with(r, "sample", |m| m.below_u64((n - i) as u64))? as usize;
            result.push(pool[j]);
            pool[j] = pool[n - i - 1];
        }
    } else {
        let mut selected = std::collections::HashSet::new();
        for _ in 0..k {
            let mut j = with(r, "sample", |m| m.below_u64(n as u64))?;
            while selected.contains(&j) {
                j = with(r, "sample", |m| m.below_u64(n as u64))?;
            }
            selected.insert(j);
            let v = crate::attr::getitem(pop, int::from_i64(j as i64))?;
            result.push(roots.push(v));
        }
    }
    Ok(list::new(result))
}

fn choices(r: Value, args: Args) -> PyResult {
    let b = nc::bind(
        &args,
        "choices",
        &["population", "weights"],
        &["cum_weights", "k"],
        1,
    )?;
    let pop = b[0].unwrap_or(Value::NONE);
    let weights = b[1].filter(|v| !v.is_none());
    let cum_weights = b[2].filter(|v| !v.is_none());
    let k = match b[3] {
        Some(v) => nc::int_arg(v)?.max(0) as usize,
        None => 1,
    };
    let n = seq_len(pop)?;
    let roots = Roots::new();
    let mut out = Vec::with_capacity(k);
    let cum: Vec<f64> = match (weights, cum_weights) {
        (None, None) => {
            let nf = n as f64;
            for _ in 0..k {
                let i = with(r, "choices", |m| (m.random() * nf).floor())?;
                let v = crate::attr::getitem(pop, int::from_i64(i as i64))?;
                out.push(roots.push(v));
            }
            return Ok(list::new(out));
        }
        (Some(_), Some(_)) => {
            return Err(exc::type_error(
                "Cannot specify both weights and cumulative weights",
            ))
        }
        (Some(w), None) => {
            if int::is_int(w) && !w.is_float() {
                return Err(exc::type_error(format!(
                    "The number of choices must be a keyword argument: k={}",
                    protocol::repr(w)?
                )));
            }
            let ws = protocol::collect(w)?;
            let mut acc = 0.0;
            let mut cum = Vec::with_capacity(ws.len());
            for (i, &x) in ws.iter().enumerate() {
                let f = real(x)?;
                acc = if i == 0 { f } else { acc + f };
                cum.push(acc);
            }
            cum
        }
        (None, Some(c)) => {
            let cs = protocol::collect(c)?;
            let mut cum = Vec::with_capacity(cs.len());
            for x in cs {
                cum.push(real(x)?);
            }
            cum
        }
    };
    if cum.len() != n {
        return Err(exc::value_error(
            "The number of weights does not match the population",
        ));
    }
    let total = cum.last().copied().unwrap_or(0.0);
    if total <= 0.0 {
        return Err(exc::value_error(
            "Total of weights must be greater than zero",
        ));
    }
    if !total.is_finite() {
        return Err(exc::value_error("Total of weights must be finite"));
    }
    let hi = n.saturating_sub(1);
    for _ in 0..k {
        let x = with(r, "choices", |m| m.random() * total)?;
        let idx = cum[..hi].partition_point(|&c| c <= x);
        let v = crate::attr::getitem(pop, int::from_i64(idx as i64))?;
        out.push(roots.push(v));
    }
    Ok(list::new(out))
}

fn floats(
    args: &Args,
    fname: &str,
    names: &[&str],
    defaults: &[Option<f64>],
) -> PyResult<Vec<Option<f64>>> {
    let required = defaults.iter().take_while(|d| d.is_none()).count();
    let b = nc::bind(args, fname, names, &[], required)?;
    let mut out = Vec::with_capacity(names.len());
    for (i, v) in b.iter().enumerate() {
        out.push(match v {
            Some(v) if !v.is_none() => Some(real(*v)?),
            _ => defaults.get(i).copied().flatten(),
        });
    }
    Ok(out)
}

fn f(v: &[Option<f64>], i: usize) -> f64 {
    v.get(i).copied().flatten().unwrap_or(0.0)
}

fn zero_div() -> exc::Raised {
    exc::raise_new("ZeroDivisionError", "float division by zero")
}

fn uniform(r: Value, args: Args) -> PyResult {
    let v = floats(&args, "uniform", &["a", "b"], &[None, None])?;
    let (a, b) = (f(&v, 0), f(&v, 1));
    let u = with(r, "uniform", |m| m.random())?;
    Ok(Value::float(a + (b - a) * u))
}

fn triangular(r: Value, args: Args) -> PyResult {
    let b = nc::bind(&args, "triangular", &["low", "high", "mode"], &[], 0)?;
    let low = b[0].map(real).transpose()?.unwrap_or(0.0);
    let high = b[1].map(real).transpose()?.unwrap_or(1.0);
    let mode = b[2].filter(|v| !v.is_none()).map(real).transpose()?;
    let mut u = with(r, "triangular", |m| m.random())?;
    let mut c = match mode {
        None => 0.5,
        Some(md) => {
            if high - low == 0.0 {
                return Ok(b[0].unwrap_or(Value::float(0.0)));
            }
            (md - low) / (high - low)
        }
    };
    let (mut lo, mut hi) = (low, high);
    if u > c {
        u = 1.0 - u;
        c = 1.0 - c;
        std::mem::swap(&mut lo, &mut hi);
    }
    Ok(Value::float(lo + (hi - lo) * (u * c).sqrt()))
}

fn gauss(r: Value, args: Args) -> PyResult {
    let v = floats(&args, "gauss", &["mu", "sigma"], &[Some(0.0), Some(1.0)])?;
    Ok(Value::float(with(r, "gauss", |m| {
        m.gauss(f(&v, 0), f(&v, 1))
    })?))
}

fn normalvariate(r: Value, args: Args) -> PyResult {
    let v = floats(
        &args,
        "normalvariate",
        &["mu", "sigma"],
        &[Some(0.0), Some(1.0)],
    )?;
    Ok(Value::float(with(r, "normalvariate", |m| {
        m.normalvariate(f(&v, 0), f(&v, 1))
    })?))
}

fn lognormvariate(r: Value, args: Args) -> PyResult {
    let v = floats(&args, "lognormvariate", &["mu", "sigma"], &[None, None])?;
    let x = with(r, "lognormvariate", |m| m.normalvariate(f(&v, 0), f(&v, 1)))?;
    crate::numeric::math::exp(x)
        .map(Value::float)
        .map_err(crate::ops::num_error)
}

fn expovariate(r: Value, args: Args) -> PyResult {
    let v = floats(&args, "expovariate", &["lambd"], &[None])?;
    let lambd = f(&v, 0);
    let u = with(r, "expovariate", |m| m.random())?;
    if lambd == 0.0 {
        return Err(zero_div());
    }
    Ok(Value::float(-(1.0 - u).ln() / lambd))
}

fn paretovariate(r: Value, args: Args) -> PyResult {
    let v = floats(&args, "paretovariate", &["alpha"], &[None])?;
    let alpha = f(&v, 0);
    let u = 1.0 - with(r, "paretovariate", |m| m.random())?;
    if alpha == 0.0 {
        return Err(zero_div());
    }
    crate::numeric::math::pow(u, -1.0 / alpha)
        .map(Value::float)
        .map_err(crate::ops::num_error)
}

fn weibullvariate(r: Value, args: Args) -> PyResult {
    let v = floats(&args, "weibullvariate", &["alpha", "beta"], &[None, None])?;
    let (alpha, beta) = (f(&v, 0), f(&v, 1));
    let u = 1.0 - with(r, "weibullvariate", |m| m.random())?;
    if beta == 0.0 {
        return Err(zero_div());
    }
    let p = crate::numeric::math::pow(-u.ln(), 1.0 / beta).map_err(crate::ops::num_error)?;
    Ok(Value::float(alpha * p))
}

fn getstate(r: Value, args: Args) -> PyResult {
    args.check("getstate", 0, 0, &[])?;
    let (words, index, g) = with(r, "getstate", |m| (m.state, m.index, m.gauss_next))?;
    let roots = Roots::new();
    let mut items: Vec<Value> = words.iter().map(|&w| int::from_i64(w as i64)).collect();
    items.push(int::from_i64(index as i64));
    let inner = roots.push(tuple::new(items));
    let gv = g.map_or(Value::NONE, Value::float);
    Ok(tuple::new(vec![Value::small_int(3), inner, gv]))
}

fn setstate(r: Value, args: Args) -> PyResult {
    args.check("setstate", 1, 1, &[])?;
    let st = args.pos()[0];
    let parts =
        tuple::as_slice(st).ok_or_else(|| exc::type_error("state vector must be a tuple"))?;
    if parts.len() != 3 || int::to_i64(parts[0]) != Some(3) {
        let v = parts
            .first()
            .map(|v| protocol::repr(*v))
            .transpose()?
            .unwrap_or_default();
        return Err(exc::value_error(format!(
            "state with version {v} passed to Random.setstate() of version 3"
        )));
    }
    let inner =
        tuple::as_slice(parts[1]).ok_or_else(|| exc::type_error("state vector must be a tuple"))?;
    if inner.len() != N + 1 {
        return Err(exc::value_error("state vector is the wrong size"));
    }
    let mut words = [0u32; N];
    for (i, w) in inner[..N].iter().enumerate() {
        words[i] = int::to_i64(*w)
            .and_then(|x| u32::try_from(x).ok())
            .ok_or_else(|| {
                exc::raise_new(
                    "OverflowError",
                    "Python int too large to convert to C unsigned long",
                )
            })?;
    }
    let index = int::to_i64(inner[N]).unwrap_or(-1);
    if !(0..=N as i64).contains(&index) {
        return Err(exc::value_error("invalid state"));
    }
    let g = if parts[2].is_none() {
        None
    } else {
        Some(real(parts[2])?)
    };
    with(r, "setstate", |m| {
        m.state = words;
        m.index = index as usize;
        m.gauss_next = g;
    })?;
    Ok(Value::NONE)
}

fn randbytes(r: Value, args: Args) -> PyResult {
    args.check("randbytes", 1, 1, &[])?;
    let n = nc::int_arg(args.pos()[0])?;
    if n < 0 {
        return Err(exc::value_error("negative argument not allowed"));
    }
    let k = (n as u64) * 8;
    let b = with(r, "randbytes", |m| m.bits(k))?;
    let mut bytes = b.to_bytes_le().1;
    bytes.resize(n as usize, 0);
    Ok(crate::objects::bytes::new(bytes))
}

const METHODS: &[(&str, NativeFn)] = &[
    ("seed", seed),
    ("random", random),
    ("getrandbits", getrandbits),
    ("randrange", randrange),
    ("randint", randint),
    ("choice", choice),
    ("choices", choices),
    ("shuffle", shuffle),
    ("sample", sample),
    ("uniform", uniform),
    ("triangular", triangular),
    ("gauss", gauss),
    ("normalvariate", normalvariate),
    ("lognormvariate", lognormvariate),
    ("expovariate", expovariate),
    ("paretovariate", paretovariate),
    ("weibullvariate", weibullvariate),
    ("getstate", getstate),
    ("setstate", setstate),
    ("randbytes", randbytes),
];

pub fn init(attrs: &mut AttrMap) {
    let mut methods: Vec<(&'static str, NativeFn)> =
        vec![("__new__", random_new), ("__init__", random_init)];
    methods.extend_from_slice(METHODS);
    let cls = nc::new_class("Random", "random", None, &methods);
    CLASS.with(|c| c.set(cls));
    attrs.set("Random", cls);
    let idx = new_gen();
    let inst = nc::instance(cls, vec![int::from_i64(idx as i64)]);
    gc::make_permanent(inst);
    let _ = seed_value(inst, Value::NONE);
    for &(name, func) in METHODS {
        let bound = gc::alloc_permanent(Kind::Builtin(BuiltinObj {
            name,
            f: func,
            receiver: inst,
        }));
        attrs.set(name, bound);
    }
}
