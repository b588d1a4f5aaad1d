//! Insertion-ordered hash table behind Python's `dict`, generic over key and
//! value handles.
//!
//! [`DictTable`] follows CPython 3.11's compact dict: an `entries` vector in
//! insertion order plus a power-of-two index table probed with CPython's
//! perturbation scheme (`i = 5*i + 1 + perturb`, `perturb >>= 5`).  The
//! Python-visible order is CPython's: insertion order, overwriting a key
//! keeps its position (and the originally stored key), deleting and
//! re-inserting moves a key to the end, `popitem` is LIFO.  Deleted entries
//! leave holes that iteration skips; holes are compacted away when the table
//! grows (to the smallest power of two >= `3 * len`, at least 8, as in
//! CPython), and usable capacity is two thirds of the index table.
//!
//! Key equality is decided by the caller through
//! `eq: &mut dyn FnMut(stored, probe) -> Result<bool, E>`, called only when
//! hashes match and the keys are not identical (`K: Eq` is identity).  An
//! `Err` aborts the operation unchanged and is returned.  Because the table
//! is borrowed while `eq` runs, the callback cannot mutate it; a runtime
//! keeping dicts in a `RefCell` should turn a failed re-entrant borrow into
//! `RuntimeError` (CPython would restart the lookup instead).  Iteration
//! cursors ([`DictTable::next_entry`]) let the runtime raise "dictionary
//! changed size during iteration" by comparing [`DictTable::len`] with the
//! length captured at iterator creation.  No operation panics.

/// Smallest index table (`PyDict_MINSIZE`).
pub const DICT_MINSIZE: usize = 8;
const PERTURB_SHIFT: u32 = 5;
const EMPTY: usize = usize::MAX;
const DUMMY: usize = usize::MAX - 1;

#[derive(Clone, Copy, Debug)]
struct Entry<K, V> {
    hash: i64,
    key: K,
    value: V,
}

/// Compact, insertion-ordered hash table (CPython 3.11 dict layout).
#[derive(Clone, Debug)]
pub struct DictTable<K: Copy, V: Copy> {
    indices: Vec<usize>,
    entries: Vec<Option<Entry<K, V>>>,
    used: usize,
    usable: usize,
}

impl<K: Copy + Eq, V: Copy> Default for DictTable<K, V> {
    fn default() -> Self {
        Self::new()
    }
}

#[inline]
fn usable_fraction(size: usize) -> usize {
    (size << 1) / 3
}

/// Smallest power of two >= `min` (at least [`DICT_MINSIZE`]).
fn size_for(min: usize) -> usize {
    let mut size = DICT_MINSIZE;
    while size < min {
        match size.checked_mul(2) {
            Some(s) => size = s,
            None => break,
        }
    }
    size
}

/// Iterator over `(key, value)` pairs in insertion order.
pub struct Iter<'a, K, V> {
    entries: std::slice::Iter<'a, Option<Entry<K, V>>>,
}

impl<K: Copy, V: Copy> Iterator for Iter<'_, K, V> {
    type Item = (K, V);
    fn next(&mut self) -> Option<(K, V)> {
        self.entries
            .by_ref()
            .flatten()
            .next()
            .map(|e| (e.key, e.value))
    }
}

type EqFn<'a, K, E> = &'a mut dyn FnMut(K, K) -> Result<bool, E>;

impl<K: Copy + Eq, V: Copy> DictTable<K, V> {
    /// An empty dict (8 index slots, 5 usable entries).
    pub fn new() -> Self {
        Self::with_index_size(DICT_MINSIZE)
    }

    /// An empty dict presized for `n` items (as `dict` literals and
    /// `_PyDict_NewPresized` do); order semantics are unaffected.
    pub fn with_capacity(n: usize) -> Self {
        Self::with_index_size(size_for(n.saturating_mul(3).div_ceil(2)))
    }

    fn with_index_size(size: usize) -> Self {
        DictTable {
            indices: vec![EMPTY; size],
            entries: Vec::new(),
            used: 0,
            usable: usable_fraction(size),
        }
    }

    /// Number of items (`len(d)`).
    pub fn len(&self) -> usize {
        self.used
    }

    /// `len(d) == 0`.
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    #[inline]
    fn mask(&self) -> usize {
        self.indices.len().wrapping_sub(1)
    }

    /// Finds `(index slot, entry position)` of the key.
    fn lookup<E>(
        &self,
        hash: i64,
        key: K,
        eq: EqFn<'_, K, E>,
    ) -> Result<Option<(usize, usize)>, E> {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        for _ in 0..self.probe_limit() {
            match self.indices.get(i).copied() {
                None | Some(EMPTY) => return Ok(None),
                Some(DUMMY) => {}
                Some(ix) => {
                    if let Some(Some(e)) = self.entries.get(ix) {
                        if e.key == key || (e.hash == hash && eq(e.key, key)?) {
                            return Ok(Some((i, ix)));
                        }
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = ((i as u64)
                .wrapping_mul(5)
                .wrapping_add(perturb)
                .wrapping_add(1) as usize)
                & mask;
        }
        Ok(None)
    }

    /// Generous bound on probe steps; real probe sequences end far earlier
    /// because the index table always keeps empty slots.
    fn probe_limit(&self) -> usize {
        self.indices.len().saturating_mul(4).saturating_add(64)
    }

    /// First slot that is empty or dummy on the probe path of `hash`.
    fn find_free_slot(&self, hash: i64) -> Option<usize> {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        for _ in 0..self.probe_limit() {
            match self.indices.get(i).copied() {
                Some(EMPTY) | Some(DUMMY) => return Some(i),
                None => return None,
                Some(_) => {}
            }
            perturb >>= PERTURB_SHIFT;
            i = ((i as u64)
                .wrapping_mul(5)
                .wrapping_add(perturb)
                .wrapping_add(1) as usize)
                & mask;
        }
        self.indices.iter().position(|&x| x == EMPTY || x == DUMMY)
    }

    /// Slot of the index table that points at entry `ix`.
    fn slot_of_entry(&self, hash: i64, ix: usize) -> Option<usize> {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        for _ in 0..self.probe_limit() {
            match self.indices.get(i).copied() {
                Some(x) if x == ix => return Some(i),
                None | Some(EMPTY) => break,
                Some(_) => {}
            }
            perturb >>= PERTURB_SHIFT;
            i = ((i as u64)
                .wrapping_mul(5)
                .wrapping_add(perturb)
                .wrapping_add(1) as usize)
                & mask;
        }
        self.indices.iter().position(|&x| x == ix)
    }

    /// Rebuilds the index table for `used * 3` and compacts the entries.
    fn grow(&mut self) {
        let size = size_for(self.used.saturating_mul(3));
        let entries: Vec<Option<Entry<K, V>>> =
            self.entries.drain(..).filter(Option::is_some).collect();
        self.indices = vec![EMPTY; size];
        self.entries = entries;
        for ix in 0..self.entries.len() {
            if let Some(Some(e)) = self.entries.get(ix) {
                let h = e.hash;
                if let Some(slot) = self.find_free_slot(h) {
                    if let Some(s) = self.indices.get_mut(slot) {
                        *s = ix;
                    }
                }
            }
        }
        self.usable = usable_fraction(size).saturating_sub(self.entries.len());
    }

    /// `d[key]` / `d.get(key)`: the value, if present.
    pub fn get<E>(&self, hash: i64, key: K, eq: EqFn<'_, K, E>) -> Result<Option<V>, E> {
        Ok(self
            .lookup(hash, key, eq)?
            .and_then(|(_, ix)| self.entry(ix))
            .map(|e| e.value))
    }

    /// The stored key and value equal to `key`, if present.
    pub fn get_item<E>(&self, hash: i64, key: K, eq: EqFn<'_, K, E>) -> Result<Option<(K, V)>, E> {
        Ok(self
            .lookup(hash, key, eq)?
            .and_then(|(_, ix)| self.entry(ix))
            .map(|e| (e.key, e.value)))
    }

    /// `key in d`.
    pub fn contains<E>(&self, hash: i64, key: K, eq: EqFn<'_, K, E>) -> Result<bool, E> {
        Ok(self.lookup(hash, key, eq)?.is_some())
    }

    /// Position of the key's entry (stable until the table grows or is
    /// cleared); use with [`entry_at`](Self::entry_at) /
    /// [`set_value_at`](Self::set_value_at).
    pub fn find<E>(&self, hash: i64, key: K, eq: EqFn<'_, K, E>) -> Result<Option<usize>, E> {
        Ok(self.lookup(hash, key, eq)?.map(|(_, ix)| ix))
    }

    fn entry(&self, ix: usize) -> Option<Entry<K, V>> {
        self.entries.get(ix).copied().flatten()
    }

    /// `(hash, key, value)` stored at entry position `ix`, if live.
    pub fn entry_at(&self, ix: usize) -> Option<(i64, K, V)> {
        self.entry(ix).map(|e| (e.hash, e.key, e.value))
    }

    /// Replaces the value at a live entry position; returns the old value.
    pub fn set_value_at(&mut self, ix: usize, value: V) -> Option<V> {
        match self.entries.get_mut(ix) {
            Some(Some(e)) => Some(std::mem::replace(&mut e.value, value)),
            _ => None,
        }
    }

    /// `d[key] = value`.  An existing key keeps its position and its stored
    /// key object; only the value is replaced (the old one is returned).
    /// A new key is appended at the end.
    pub fn insert<E>(
        &mut self,
        hash: i64,
        key: K,
        value: V,
        eq: EqFn<'_, K, E>,
    ) -> Result<Option<V>, E> {
        if let Some((_, ix)) = self.lookup(hash, key, eq)? {
            return Ok(self.set_value_at(ix, value));
        }
        self.push_new(hash, key, value);
        Ok(None)
    }

    /// `d.setdefault(key, default)`: the existing value, or `default` after
    /// inserting it.
    pub fn setdefault<E>(
        &mut self,
        hash: i64,
        key: K,
        default: V,
        eq: EqFn<'_, K, E>,
    ) -> Result<V, E> {
        if let Some((_, ix)) = self.lookup(hash, key, eq)? {
            if let Some(e) = self.entry(ix) {
                return Ok(e.value);
            }
        }
        self.push_new(hash, key, default);
        Ok(default)
    }

    /// Appends a key known to be absent.
    fn push_new(&mut self, hash: i64, key: K, value: V) {
        if self.usable == 0 {
            self.grow();
        }
        let ix = self.entries.len();
        if let Some(slot) = self.find_free_slot(hash) {
            if let Some(s) = self.indices.get_mut(slot) {
                *s = ix;
            }
        }
        self.entries.push(Some(Entry { hash, key, value }));
        self.used += 1;
        self.usable = self.usable.saturating_sub(1);
    }

    /// `del d[key]` / `d.pop(key)`: removes and returns the stored key and
    /// value (`None`: the caller raises `KeyError` or returns the default).
    pub fn remove<E>(
        &mut self,
        hash: i64,
        key: K,
        eq: EqFn<'_, K, E>,
    ) -> Result<Option<(K, V)>, E> {
        let Some((slot, ix)) = self.lookup(hash, key, eq)? else {
            return Ok(None);
        };
        if let Some(s) = self.indices.get_mut(slot) {
            *s = DUMMY;
        }
        let old = self.entries.get_mut(ix).and_then(Option::take);
        if old.is_some() {
            self.used -= 1;
        }
        Ok(old.map(|e| (e.key, e.value)))
    }

    /// `d.pop(key)`: same as [`remove`](Self::remove).
    pub fn pop<E>(&mut self, hash: i64, key: K, eq: EqFn<'_, K, E>) -> Result<Option<(K, V)>, E> {
        self.remove(hash, key, eq)
    }

    /// `d.popitem()`: removes the last item (LIFO).  `None` means the caller
    /// raises `KeyError('popitem(): dictionary is empty')`.
    pub fn popitem(&mut self) -> Option<(K, V)> {
        if self.used == 0 {
            return None;
        }
        while let Some(last) = self.entries.pop() {
            if let Some(e) = last {
                let ix = self.entries.len();
                if let Some(slot) = self.slot_of_entry(e.hash, ix) {
                    if let Some(s) = self.indices.get_mut(slot) {
                        *s = DUMMY;
                    }
                }
                self.used -= 1;
                return Some((e.key, e.value));
            }
        }
        None
    }

    /// `d.clear()`.
    pub fn clear(&mut self) {
        *self = Self::new();
    }

    /// Iterates `(key, value)` in insertion order, skipping deleted holes.
    pub fn iter(&self) -> Iter<'_, K, V> {
        Iter {
            entries: self.entries.iter(),
        }
    }

    /// Keys in order (`list(d)`).
    pub fn keys(&self) -> Vec<K> {
        self.iter().map(|(k, _)| k).collect()
    }

    /// Cursor iteration for the runtime's dict iterators: returns the next
    /// live entry at or after `*pos` as `(hash, key, value)` and moves
    /// `*pos` past it.  Positions are invalidated by growth (which only
    /// happens on insertion of a new key, i.e. a size change) and `clear`.
    pub fn next_entry(&self, pos: &mut usize) -> Option<(i64, K, V)> {
        while let Some(slot) = self.entries.get(*pos) {
            *pos += 1;
            if let Some(e) = slot {
                return Some((e.hash, e.key, e.value));
            }
        }
        None
    }

    /// `d.update(other)` / `{**a, **b}` from another table, in its order.
    pub fn update_from_table<E>(
        &mut self,
        other: &DictTable<K, V>,
        eq: EqFn<'_, K, E>,
    ) -> Result<(), E> {
        for e in other.entries.iter().flatten() {
            self.insert(e.hash, e.key, e.value, eq)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn h(v: i64) -> i64 {
        // hash(int) for CPython 3.11 (kept local so this module stands alone)
        let r = (v.unsigned_abs() % ((1u64 << 61) - 1)) as i64;
        let r = if v < 0 { -r } else { r };
        if r == -1 {
            -2
        } else {
            r
        }
    }

    fn run(ops: &str) -> Vec<String> {
        let mut d: DictTable<i64, i64> = DictTable::new();
        let mut eq = |a: i64, b: i64| -> Result<bool, ()> { Ok(a == b) };
        let mut out = Vec::new();
        for line in ops.lines() {
            let t: Vec<i64> = line
                .split_whitespace()
                .skip(1)
                .map(|x| x.parse().expect("int"))
                .collect();
            let opt = |v: Option<i64>| v.map_or("none".to_string(), |x| x.to_string());
            match line.split_whitespace().next().expect("op") {
                "set" => {
                    d.insert(h(t[0]), t[0], t[1], &mut eq).unwrap();
                }
                "del" => {
                    let r = d.remove(h(t[0]), t[0], &mut eq).unwrap();
                    out.push(format!("del {}", opt(r.map(|(_, v)| v))));
                }
                "popitem" => out.push(match d.popitem() {
                    Some((k, v)) => format!("popitem {k} {v}"),
                    None => "popitem none".to_string(),
                }),
                "clear" => d.clear(),
                "setdefault" => {
                    let v = d.setdefault(h(t[0]), t[0], t[1], &mut eq).unwrap();
                    out.push(format!("setdefault {v}"));
                }
                "get" => {
                    let v = d.get(h(t[0]), t[0], &mut eq).unwrap();
                    out.push(format!("get {}", opt(v)));
                }
                "show" => {
                    let mut s = "show".to_string();
                    for (k, v) in d.iter() {
                        s.push_str(&format!(" {k}:{v}"));
                    }
                    out.push(s);
                }
                other => panic!("bad op {other}"),
            }
            assert_eq!(d.iter().count(), d.len());
        }
        out
    }

    #[test]
    fn cpython_order_scenarios() {
        for (n, &(ops, expected)) in DICT_SCENARIOS.iter().enumerate() {
            let got = run(ops);
            let want: Vec<&str> = expected.lines().collect();
            assert_eq!(got, want, "dict scenario {n}");
        }
    }

    #[test]
    fn eq_errors_and_identity() {
        let mut d: DictTable<u32, u32> = DictTable::new();
        let mut calls = 0;
        let mut eq = |_: u32, _: u32| -> Result<bool, &'static str> {
            calls += 1;
            Err("boom")
        };
        // all keys share hash 7
        assert_eq!(d.insert(7, 1, 10, &mut eq), Ok(None));
        assert_eq!(d.insert(7, 1, 11, &mut eq), Ok(Some(10))); // identity: no eq call
        assert_eq!(d.insert(7, 2, 20, &mut eq), Err("boom"));
        assert_eq!(d.len(), 1);
        assert_eq!(d.get(7, 2, &mut eq), Err("boom"));
        assert_eq!(d.remove(7, 2, &mut eq), Err("boom"));
        assert_eq!(calls, 3);
        let mut eq_ok = |a: u32, b: u32| -> Result<bool, &'static str> { Ok(a % 100 == b % 100) };
        // 101 equals 1: keeps the stored key 1 and its position
        assert_eq!(d.insert(7, 101, 12, &mut eq_ok), Ok(Some(11)));
        assert_eq!(d.get_item(7, 1, &mut eq_ok), Ok(Some((1, 12))));
        assert_eq!(d.popitem(), Some((1, 12)));
        assert_eq!(d.popitem(), None);
    }

    #[test]
    fn cursor_and_growth() {
        let mut d: DictTable<i64, i64> = DictTable::with_capacity(3);
        let mut eq = |a: i64, b: i64| -> Result<bool, ()> { Ok(a == b) };
        for i in 0..1000 {
            d.insert(h(i), i, i * 2, &mut eq).unwrap();
            if i % 3 == 0 {
                d.remove(h(i / 2), i / 2, &mut eq).unwrap();
            }
        }
        let mut pos = 0;
        let mut seen = Vec::new();
        while let Some((hh, k, v)) = d.next_entry(&mut pos) {
            assert_eq!(hh, h(k));
            assert_eq!(v, k * 2);
            seen.push(k);
        }
        assert_eq!(seen, d.keys());
        assert_eq!(seen.len(), d.len());
        let mut copy = DictTable::new();
        copy.update_from_table(&d, &mut eq).unwrap();
        assert_eq!(copy.keys(), d.keys());
        let ix = copy.find(h(999), 999, &mut eq).unwrap().expect("present");
        assert_eq!(copy.set_value_at(ix, 5), Some(1998));
        assert_eq!(copy.entry_at(ix), Some((h(999), 999, 5)));
    }

    const DICT_SCENARIOS: &[(&str, &str)] = &[
        (
            "get 36\nset 8 527\nset 2305843009213693952 159\ndel 56\nset 88 344\nset -2 583\npopitem\nset 14 344\nset -1 344\npopitem\ndel 16\nsetdefault 32 496\nset 27 262\nset 144 492\nset 3 744\nset 26 483\nset 36 457\nset 2305843009213693952 892\nset -1 391\nset 0 547\nset -2 755\ndel 288\nset 5839714654244776434 498\nget -4717333476434022998\nget -1\nget 192\ndel -1\nset 15 112\ndel 8\nset -5861361080856407281 527\nset 17 378\nget 10\nset 2149415403705464732 924\nset 19 98\nget 40\ndel 1\nset 48 26\nsetdefault -9223372036854775808 418\nset 80 195\nget 224\nset 2305843009213693951 895\nset 13 512\nset -9223372036854775808 919\nset 4806519033277895049 18\nsetdefault 16 339\nget 80\nget 7520060735332138706\nget 11\nset 30 984\npopitem\nget 10\nsetdefault 24 754\nset 9223372036854775807 437\npopitem\npopitem\nset 5 668\nset 36 897\nset 1448019163052251122 22\nset 37 546\nget 0\ndel 232\nget 6\nset 13 274\nset 16 514\nset 38 124\ndel 224\nset 13 276\nset 0 323\nset 5 180\nget 37\npopitem\ndel -2\nget 34\nset 9223372036854775807 121\nset -5990157876085326225 542\nset 2 539\nget 676405421742295173\nset 32 467\nget 16\ndel 272\nget -5689359387158162183\npopitem\nset -3 600\nset 27 754\nset -9223372036854775808 98\nget 224\nset -3 618\nset -2 471\nset -9223372036854775808 647\nset 4 630\nget -9223372036854775808\nset 17 746\nget 6395351545123063852\nget 344\nset 376 519\nsetdefault 34 827\nset 64 375\nsetdefault -1 450\nset 4 612\nclear\npopitem\nset 22 998\nset -2 658\nset 5916811287641635223 767\ndel -2\nget 2305843009213693951\nset 2305843009213693951 732\ndel 10\nget 24\nsetdefault -1 167\nset 30 323\npopitem\nset 29 426\nset 2305843009213693952 624\nset -8545083991780079114 185\ndel -4512003922920547225\nset 2305843009213693952 849\ndel 38\nset 16 845\ndel 34\nget 4\nget 8610233844464504501\nget -9223372036854775808\nset 144 420\nset 22 773\nset 36 515\nget 3\nset 14 114\nset 2305843009213693951 425\nset 3 448\nget 192\nset 9 381\nset 5 639\ndel 27\nget 272\nset 37 632\nsetdefault 6 272\nset 38 298\nsetdefault 28 994\nget -2\nset 240 259\npopitem\nset 39 604\nsetdefault 136 946\nset -2 528\nset 3 787\nset 56 21\nset 392 521\nset 16 111\nset 27 334\nset 39 964\nset 25 804\nget -1\nset -1 952\nset 80 545\nclear\nsetdefault 0 509\nset 352 769\nset 36 659\nset 9223372036854775807 548\nset 232 407\nget 9223372036854775807\nget -2\ndel 32\nget 296\nsetdefault 264 71\nset 29 939\nsetdefault 2305843009213693951 489\nset 2305843009213693951 786\nset 16 314\nset -8843410122044403025 914\nset 27 910\nset -9223372036854775808 502\ndel -9216059995712176164\ndel 26\nset -1 732\nset 280 728\nset 10 76\ndel 2305843009213693951\nget -1\nset 400 249\nset 35 184\nset 2305843009213693951 897\nget 2305843009213693951\nget 2305843009213693951\nsetdefault 23 869\nset 0 629\ndel 32\nget 30\nset 659216620338166313 882\nset 296 309\nset 64 378\nset 2305843009213693952 297\npopitem\nget 25\nset 25 809\nset 200 838\nset 31 903\ndel 26\nsetdefault 328 720\npopitem\ndel 37\nget 0\ndel -1\ndel 2305843009213693951\nset 2305843009213693951 602\nset 13 558\nset 32 77\nset -3512764057289610000 160\nset 3 153\nset 368 801\nget 9\nset -1 44\ndel 18\nget 40\nset 15 280\nset 328 252\npopitem\nset -1 95\nset -9223372036854775808 456\nset 352 500\ndel 30\nget 19\ndel 72\npopitem\nget 264\nsetdefault 2305843009213693951 544\nset 35 152\nset 352 114\nset 2305843009213693951 669\nset -9223372036854775808 665\nset 224 775\nget 2305843009213693951\nget 22\nset 31 684\nsetdefault 304 376\nset 19 79\nset 2305843009213693952 738\nset 37 270\nset 400 194\nshow",
            "get none\ndel none\npopitem -2 583\npopitem -1 344\ndel none\nsetdefault 496\ndel none\nget none\nget 391\nget none\ndel 391\ndel 527\nget none\nget none\ndel none\nsetdefault 418\nget none\nsetdefault 339\nget 195\nget none\nget none\npopitem 30 984\nget none\nsetdefault 754\npopitem 9223372036854775807 437\npopitem 24 754\nget 547\ndel none\nget none\ndel none\nget 546\npopitem 38 124\ndel 755\nget none\nget none\nget 514\ndel none\nget none\npopitem 2 539\nget none\nget 647\nget none\nget none\nsetdefault 827\nsetdefault 450\npopitem none\ndel 658\nget none\ndel none\nget none\nsetdefault 167\npopitem 30 323\ndel none\ndel none\ndel none\nget none\nget none\nget none\nget none\nget none\ndel none\nget none\nsetdefault 272\nsetdefault 994\nget none\npopitem 240 259\nsetdefault 946\nget 167\nsetdefault 509\nget 548\nget none\ndel none\nget none\nsetdefault 71\nsetdefault 489\ndel none\ndel none\ndel 786\nget 732\nget 897\nget 897\nsetdefault 869\ndel none\nget none\npopitem 2305843009213693952 297\nget none\ndel none\nsetdefault 720\npopitem 328 720\ndel none\nget 629\ndel 732\ndel 897\nget none\ndel none\nget none\npopitem 328 252\ndel none\nget none\ndel none\npopitem 15 280\nget 71\nsetdefault 602\nget 669\nget none\nsetdefault 376\nshow 0:629 352:114 36:659 9223372036854775807:548 232:407 264:71 29:939 16:314 -8843410122044403025:914 27:910 -9223372036854775808:665 280:728 10:76 400:194 35:152 23:869 659216620338166313:882 296:309 64:378 25:809 200:838 31:684 2305843009213693951:669 13:558 32:77 -3512764057289610000:160 3:153 368:801 -1:95 224:775 304:376 19:79 2305843009213693952:738 37:270",
        ),
        (
            "get 20\nget 3145734191421688218\nset -1 689\nset 36 862\nset 16 698\nset 21 442\ndel 27\ndel 2305843009213693951\nget 11\nset 16 493\nset 120 303\nset 216 549\nset 192 347\npopitem\nset 352 786\nsetdefault 2305843009213693951 462\npopitem\nset 272 555\nset -3 734\nset 48 849\nset 31 683\nset 9081047307955946393 183\npopitem\npopitem\nset 2694161272089533838 928\nget 3\nset 0 467\nget 9223372036854775807\npopitem\nshow\nset 2305843009213693952 388\ndel 16\nget 21\ndel 22\nsetdefault 34 900\ndel 224\ndel -3\nset -5995304499909513075 959\nget 9223372036854775807\nset 10 888\nget 2305843009213693951\nget 152\nset 3 973\ndel 312\nset 39 182\nget 29\nset 29 370\ndel 37\nset 23 543\nset 26 992\nget 2305843009213693952\nset 288 639\nclear\npopitem\nsetdefault 24 324\nset 3 698\ndel 33\nset 19 173\nset 12 240\nset 352 910\nsetdefault 208 993\nget 6916811986387203404\nset 27 839\nget 2305843009213693952\nsetdefault 2305843009213693951 928\ndel 16\nget 17\nset 264 792\nset 25 254\nget 18\nset 320 872\nset 2305843009213693951 440\nsetdefault 2305843009213693952 457\ndel 26\nset 37 670\nset 40 335\nsetdefault 40 844\ndel 96\nget 8\nset 28 943\ndel 280\nset -2 531\npopitem\nset 35 203\nsetdefault 248 10\nget 35\nsetdefault 24 455\nget 38\nsetdefault 5549718761118475937 504\nset 13 606\nshow",
            "get none\nget none\ndel none\ndel none\nget none\npopitem 192 347\nsetdefault 462\npopitem 2305843009213693951 462\npopitem 9081047307955946393 183\npopitem 31 683\nget none\nget none\npopitem 0 467\nshow -1:689 36:862 16:493 21:442 120:303 216:549 352:786 272:555 -3:734 48:849 2694161272089533838:928\ndel 493\nget 442\ndel none\nsetdefault 900\ndel none\ndel 734\nget none\nget none\nget none\ndel none\nget none\ndel none\nget 388\npopitem none\nsetdefault 324\ndel none\nsetdefault 993\nget none\nget none\nsetdefault 928\ndel none\nget none\nget none\nsetdefault 457\ndel none\nsetdefault 335\ndel none\nget none\ndel none\npopitem -2 531\nsetdefault 10\nget 203\nsetdefault 324\nget none\nsetdefault 504\nshow 24:324 3:698 19:173 12:240 352:910 208:993 27:839 2305843009213693951:440 264:792 25:254 320:872 2305843009213693952:457 37:670 40:335 28:943 35:203 248:10 5549718761118475937:504 13:606",
        ),
        (
            "setdefault 160 770\nsetdefault -2705763127285492101 851\nget 2305843009213693952\nset 32 524\nset 14 417\nset 40 162\nset 28 762\nset 6 748\nset 56 338\nset 26 24\ndel 20\ndel -282027783783589181\npopitem\nget -9223372036854775808\nget 376\nset 8179204554574904123 929\nset -9223372036854775808 594\ndel 112\nset 9223372036854775807 761\nget -9026861153900724421\nsetdefault 6877374463651078738 226\nset 0 83\nget 14\ndel 27\ndel 9223372036854775807\nget -9223372036854775808\nset 2305843009213693951 849\ndel 25\nget 31\nget 25\nsetdefault 30 785\nget -5922744995887329257\nset 64 432\nset -2561262024586759738 187\nset 20 659\nget 36\ndel 10\nset 19 406\nget 7\nset 0 164\nget 8531233596051713160\npopitem\npopitem\ndel 9223372036854775807\nset 264 958\ndel 3\nget 14\nset 25 334\nget 27\nset 192 474\nset 2305843009213693952 199\nset -1 49\ndel 13\nset 376 428\nsetdefault 8644599206043005421 328\nset 9223372036854775807 897\nget -145315850288635699\nsetdefault -6464211458584451742 583\nset -2 393\nset -4771305197988658341 509\nget 32\nset 26029952571508603 98\nset 8 789\nsetdefault -5950017403736664401 322\ndel 15\nset 144 239\nget 9223372036854775807\nset -1 76\nset 18 18\nshow\ndel 2\nset 7740766399491513233 797\nset 32 196\nset 13 642\nset 0 281\nset 39 691\nset 591763827617450519 634\nset 12 547\nget -3554069270595919608\nget 15\nset -8287218200286955396 453\npopitem\nset 5193214414108119498 416\nget 320\nsetdefault 2305843009213693952 521\nget 28\nget 64\nset 72 735\nset 34 301\ndel 0\nset 22 561\nset 25 791\nset 8 755\ndel 27\nset -9223372036854775808 650\nget 29\nset 8801214171554998413 439\nget -9223372036854775808\ndel -1\nset -1 895\nset 2305843009213693952 324\nset 23 937\nset 4 557\nget 36\nset 248 959\npopitem\ndel 16\nset 9223372036854775807 342\nshow\nset 232 184\nsetdefault -2 6\nset 26 156\ndel 29\nset 80 96\npopitem\nget 23\nset 152 10\nset 33 595\nset 2305843009213693952 189\nget 21\ndel 23\ndel 12\nsetdefault 17 479\nset 17 503\nset 410319035203200678 53\nget 0\nset 33 460\ndel 24\ndel 72\nset -1 394\nset 280 5\ndel -3\nget 28\nset 9223372036854775807 212\ndel 19\nset 104 378\nset 23 893\nset -2 612\ndel -2\ndel 5\nset 5185298755236045930 805\nget 2\nget 9\ndel 312\nset 240 249\nget 14\nset 13 392\nset 13 961\ndel 38\nset 31 615\nset 4 618\nset 9223372036854775807 845\ndel 8\nset 19 90\nset -1 764\nset -9223372036854775808 153\nset 1581115996964658108 749\nget 16\ndel -3\nget -878339517643648659\ndel 14\ndel 224\ndel -5553362915446468136\nset 2305843009213693952 752\nget 0\npopitem\nsetdefault 208 447\nset -3 788\nget 336\nset 3 183\nset 22 86\ndel 352\nset 5 994\nset 136 352\nset 39 402\ndel 9223372036854775807\nget 8\nset 26 396\nget -5605243576409351838\nset 18 116\nset 2305843009213693952 819\nset 240 445\nget 31\nset 5 304\nset 176 475\ndel 5\nset 392 224\nget 168\nsetdefault 244419850111197580 108\ndel 12\npopitem\ndel 4598779685578321155\nset 16 777\npopitem\nset 32 825\nget 2305843009213693951\nset 9 155\nget 2455657441526649991\nset 9223372036854775807 2\nset 10 598\nget -3\nset 35 618\nget 7904921153993234629\nset 2305843009213693951 900\nset 368 283\ndel 176\ndel 9223372036854775807\ndel 4\nset 296 191\nset 10 718\nset 9223372036854775807 891\nset 88 899\nshow",
            "setdefault 770\nsetdefault 851\nget none\ndel none\ndel none\npopitem 26 24\nget none\nget none\ndel none\nget none\nsetdefault 226\nget 417\ndel none\ndel 761\nget 594\ndel none\nget none\nget none\nsetdefault 785\nget none\nget none\ndel none\nget none\nget none\npopitem 19 406\npopitem 20 659\ndel none\ndel none\nget 417\nget none\ndel none\nsetdefault 328\nget none\nsetdefault 583\nget 524\nsetdefault 322\ndel none\nget 897\nshow 160:770 -2705763127285492101:851 32:524 14:417 40:162 28:762 6:748 56:338 8179204554574904123:929 -9223372036854775808:594 6877374463651078738:226 0:164 2305843009213693951:849 30:785 64:432 -2561262024586759738:187 264:958 25:334 192:474 2305843009213693952:199 -1:76 376:428 8644599206043005421:328 9223372036854775807:897 -6464211458584451742:583 -2:393 -4771305197988658341:509 26029952571508603:98 8:789 -5950017403736664401:322 144:239 18:18\ndel none\nget none\nget none\npopitem -8287218200286955396 453\nget none\nsetdefault 199\nget 762\nget 432\ndel 281\ndel none\nget none\nget 650\ndel 76\nget none\npopitem 248 959\ndel none\nshow 160:770 -2705763127285492101:851 32:196 14:417 40:162 28:762 6:748 56:338 8179204554574904123:929 -9223372036854775808:650 6877374463651078738:226 2305843009213693951:849 30:785 64:432 -2561262024586759738:187 264:958 25:791 192:474 2305843009213693952:324 376:428 8644599206043005421:328 9223372036854775807:342 -6464211458584451742:583 -2:393 -4771305197988658341:509 26029952571508603:98 8:755 -5950017403736664401:322 144:239 18:18 7740766399491513233:797 13:642 39:691 591763827617450519:634 12:547 5193214414108119498:416 72:735 34:301 22:561 8801214171554998413:439 -1:895 23:937 4:557\nsetdefault 393\ndel none\npopitem 80 96\nget 937\nget none\ndel 937\ndel 547\nsetdefault 479\nget none\ndel none\ndel 735\ndel none\nget 762\ndel none\ndel 612\ndel none\nget none\nget none\ndel none\nget 417\ndel none\ndel 755\nget none\ndel none\nget none\ndel 417\ndel none\ndel none\nget none\npopitem 1581115996964658108 749\nsetdefault 447\nget none\ndel none\ndel 845\nget none\nget none\nget 615\ndel 304\nget none\nsetdefault 108\ndel none\npopitem 244419850111197580 108\ndel none\npopitem 16 777\nget 849\nget none\nget 788\nget none\ndel 475\ndel 2\ndel 618\nshow 160:770 -2705763127285492101:851 32:825 40:162 28:762 6:748 56:338 8179204554574904123:929 -9223372036854775808:153 6877374463651078738:226 2305843009213693951:900 30:785 64:432 -2561262024586759738:187 264:958 25:791 192:474 2305843009213693952:819 376:428 8644599206043005421:328 -6464211458584451742:583 -4771305197988658341:509 26029952571508603:98 -5950017403736664401:322 144:239 18:116 7740766399491513233:797 13:961 39:402 591763827617450519:634 5193214414108119498:416 34:301 22:86 8801214171554998413:439 -1:764 232:184 26:396 152:10 33:460 17:503 410319035203200678:53 280:5 104:378 23:893 5185298755236045930:805 240:445 31:615 19:90 208:447 -3:788 3:183 136:352 392:224 9:155 10:718 35:618 368:283 296:191 9223372036854775807:891 88:899",
        ),
        (
            "del 2\nset 9223372036854775807 798\nget -3\nset 184 80\nget 20\nset 33 89\nset 10 838\npopitem\nset 2760069489484695852 426\nset 22 465\nsetdefault -2 667\nset -9223372036854775808 166\npopitem\ndel 9\ndel 9223372036854775807\nset 27 440\nset 1537077172448888882 905\npopitem\nset 10 291\nget 33\nset 30 813\nset -9223372036854775808 846\nset 33 325\nset -6654603730271865650 942\ndel 2305843009213693951\nget 9\nshow",
            "del none\nget none\nget none\npopitem 10 838\nsetdefault 667\npopitem -9223372036854775808 166\ndel none\ndel 798\npopitem 1537077172448888882 905\nget 89\ndel none\nget none\nshow 184:80 33:325 2760069489484695852:426 22:465 -2:667 27:440 10:291 30:813 -9223372036854775808:846 -6654603730271865650:942",
        ),
        (
            "set 18 342\ndel 27\npopitem\nset 120 132\nsetdefault 26 335\nset 376 465\npopitem\nset 8 76\ndel -1\ndel 64\nset 14 710\nset -1 918\nset 96 540\nget 256\nget 29\nset 36 319\nset 2192363180431755059 634\nsetdefault 14 57\ndel 24\nset 13 497\nset 14 721\ndel -6675881869869246202\nset 9223372036854775807 505\nset -2 636\nset 9223372036854775807 387\nget -1\nset 10 222\nset 16 411\nset 39 43\nset 22 32\npopitem\nget 5\ndel -2\nset 25 308\nset 13 443\nset 200 121\nset 31 268\ndel 2305843009213693951\nset 28 360\ndel 15\nclear\nset 2305843009213693951 562\nset -9223372036854775808 562\nset 376 643\nset -2 485\nget 72\nset 35 775\nsetdefault 40 886\nget 15\nset 384 967\nget 40\npopitem\nset 31 109\npopitem\nset 192 437\nshow\nset 9223372036854775807 843\nsetdefault 37 370\nset 360 274\nset 9223372036854775807 12\nset 18 741\nsetdefault 96 333\nget -2\ndel -1\nset 14 617\nset 40 906\npopitem\ndel -3\ndel 21\nset -9223372036854775808 884\nsetdefault 32 903\nset 29 804\nset 2305843009213693952 355\nset 29 667\nsetdefault -3 945\nset 40 1\ndel 272\nset 296 276\nset 38 711\npopitem\ndel 24\nset 2305843009213693951 840\nset 9223372036854775807 676\ndel 232\nsetdefault -2 673\nset -1 604\nset 30 874\ndel 36\nget 2305843009213693952\nset 10 140\nset 16 888\nset 37 436\ndel 4\nset 128 349\nset 20 834\ndel 320\npopitem\nget 24\nset 24 169\nset 13 626\nget 2305843009213693951\ndel 18\ndel -9223372036854775808\ndel 15\nshow",
            "del none\npopitem 18 342\nsetdefault 335\npopitem 376 465\ndel none\ndel none\nget none\nget none\nsetdefault 710\ndel none\ndel none\nget 918\npopitem 22 32\nget none\ndel 636\ndel none\ndel none\nget none\nsetdefault 886\nget none\nget 886\npopitem 384 967\npopitem 31 109\nshow 2305843009213693951:562 -9223372036854775808:562 376:643 -2:485 35:775 40:886 192:437\nsetdefault 370\nsetdefault 333\nget 485\ndel none\npopitem 14 617\ndel none\ndel none\nsetdefault 903\nsetdefault 945\ndel none\npopitem 38 711\ndel none\ndel none\nsetdefault 485\ndel none\nget 355\ndel none\ndel none\npopitem 20 834\nget none\nget 840\ndel 741\ndel 884\ndel none\nshow 2305843009213693951:840 376:643 -2:485 35:775 40:1 192:437 9223372036854775807:676 37:436 360:274 96:333 32:903 29:667 2305843009213693952:355 -3:945 296:276 -1:604 30:874 10:140 16:888 128:349 24:169 13:626",
        ),
        (
            "set 27 351\nset 33 904\nset 112 689\nset 11 977\nget 14\nset -2 846\npopitem\nset 216 363\nset 216 848\nset 6 518\ndel 19\nsetdefault -1 931\nclear\nset -1379361806084429049 248\nget 4028488915241407714\nset -1 488\nset 8 530\nset 2305843009213693951 392\nset 2305843009213693951 625\nset 12 268\nset 2305843009213693952 515\nsetdefault 224 250\nset 29 793\nset -1 836\npopitem\nset 48 134\ndel -9223372036854775808\nset 36 848\nget -1\nset -2 641\nset 160 366\nset 13 473\nshow\nset 8 111\npopitem\nset 5 771\nset 8 624\npopitem\nsetdefault -1550961915435139802 741\ndel 8\ndel 15\nset 3610371420045407997 807\ndel 24\nset -1 681\nset 200 655\ndel 40\nset 6862854241238876154 243\nset 12 421\nset 5 398\nset 12 780\nset -5282129299059808579 332\ndel 23\nset 31 8\nset 40 36\nsetdefault -1188352487123066588 759\nset 384 86\nset 33 874\nget 37\nget 23\nsetdefault 56 50\npopitem\ndel 2305843009213693951\nget 40\nset -1 312\npopitem\nset 3 462\nget 136\ndel 27\nset 2305843009213693952 881\ndel 35\nset 160 61\nset -1 505\nset 18 596\nset 35 704\ndel 0\nset -414851346553623453 994\ndel 9\nset -5677977035077344353 355\nset 25 67\nget 2\nsetdefault 28 173\nget 23\ndel 328\ndel 344\nsetdefault 32 228\nset 12 60\nset 26 964\nset 22 144\nshow\nget 2305843009213693951\nset 28 891\ndel 272\ndel -6983063234311646142\nset 120 850\nset 25 823\nset 368 231\nset 384 211\nget 37\ndel 2305843009213693952\npopitem\nget 27\nset 392 501\nset 344 929\ndel -7754141444780982065\nset -3 499\nset 9223372036854775807 480\nset 392 826\nset 6 140\nset 1 179\nset 10 387\npopitem\nset 12 759\npopitem\nshow\nshow\nset -2 302\nset 8 288\nset 176 672\nset 384 430\nsetdefault 9223372036854775807 738\nset -1 921\npopitem\npopitem\nsetdefault 22 142\nset -7151054287462473619 12\nset 28 317\nset -9223372036854775808 273\nget 3\nsetdefault 21 727\nget 368\nset 96 166\ndel 2305843009213693951\ndel 312\nset 25 600\nsetdefault 2305843009213693951 182\nget 392\nget 5\nset 256 676\nget 10\ndel -3\nset 3 954\ndel 12\nset 2 887\nget 2305843009213693952\nset 2305843009213693952 849\nget 40\nset 5303948531683165223 658\nset 9223372036854775807 705\nset 32 368\nset 0 975\nget 8\nget 26\nset 2305843009213693951 221\ndel 4778442241849782700\nset 3 288\nset 17 290\npopitem\nset 392 583\nset 2 241\nset 24 830\nset 12 862\ndel 72\nset 272 216\nset 6 692\nset 23 92\nshow",
            "get none\npopitem -2 846\ndel none\nsetdefault 931\nget none\nsetdefault 250\npopitem 29 793\ndel none\nget 836\nshow -1379361806084429049:248 -1:836 8:530 2305843009213693951:625 12:268 2305843009213693952:515 224:250 48:134 36:848 -2:641 160:366 13:473\npopitem 13 473\npopitem 5 771\nsetdefault 741\ndel 624\ndel none\ndel none\ndel none\ndel none\nsetdefault 759\nget none\nget none\nsetdefault 50\npopitem 56 50\ndel 625\nget 36\npopitem 33 874\nget none\ndel none\ndel none\ndel none\ndel none\nget none\nsetdefault 173\nget none\ndel none\ndel none\nsetdefault 228\nshow -1379361806084429049:248 -1:505 12:60 2305843009213693952:881 224:250 48:134 36:848 -2:641 160:61 -1550961915435139802:741 3610371420045407997:807 200:655 6862854241238876154:243 5:398 -5282129299059808579:332 31:8 40:36 -1188352487123066588:759 384:86 3:462 18:596 35:704 -414851346553623453:994 -5677977035077344353:355 25:67 28:173 32:228 26:964 22:144\nget none\ndel none\ndel none\nget none\ndel 881\npopitem 368 231\nget none\ndel none\npopitem 10 387\npopitem 1 179\nshow -1379361806084429049:248 -1:505 12:759 224:250 48:134 36:848 -2:641 160:61 -1550961915435139802:741 3610371420045407997:807 200:655 6862854241238876154:243 5:398 -5282129299059808579:332 31:8 40:36 -1188352487123066588:759 384:211 3:462 18:596 35:704 -414851346553623453:994 -5677977035077344353:355 25:823 28:891 32:228 26:964 22:144 120:850 392:826 344:929 -3:499 9223372036854775807:480 6:140\nshow -1379361806084429049:248 -1:505 12:759 224:250 48:134 36:848 -2:641 160:61 -1550961915435139802:741 3610371420045407997:807 200:655 6862854241238876154:243 5:398 -5282129299059808579:332 31:8 40:36 -1188352487123066588:759 384:211 3:462 18:596 35:704 -414851346553623453:994 -5677977035077344353:355 25:823 28:891 32:228 26:964 22:144 120:850 392:826 344:929 -3:499 9223372036854775807:480 6:140\nsetdefault 480\npopitem 176 672\npopitem 8 288\nsetdefault 144\nget 462\nsetdefault 727\nget none\ndel none\ndel none\nsetdefault 182\nget 826\nget 398\nget none\ndel 499\ndel 759\nget none\nget 36\nget none\nget 964\ndel none\npopitem 17 290\ndel none\nshow -1379361806084429049:248 -1:921 224:250 48:134 36:848 -2:302 160:61 -1550961915435139802:741 3610371420045407997:807 200:655 6862854241238876154:243 5:398 -5282129299059808579:332 31:8 40:36 -1188352487123066588:759 384:430 3:288 18:596 35:704 -414851346553623453:994 -5677977035077344353:355 25:600 28:317 32:368 26:964 22:144 120:850 392:583 344:929 9223372036854775807:705 6:692 -7151054287462473619:12 -9223372036854775808:273 21:727 96:166 2305843009213693951:221 256:676 2:241 2305843009213693952:849 5303948531683165223:658 0:975 24:830 12:862 272:216 23:92",
        ),
        (
            "del 17\npopitem\nset -1 738\nset 2657549206033923879 872\nset -9223372036854775808 423\ndel -9050205462306813728\nget 72\nget 2305843009213693952\nset 216 384\nset 240 232\nset -2 903\nset 376 45\ndel -9223372036854775808\nset 36 743\nset 336 120\nset 38 414\nget 6\nset 19 873\nget -1\nset 80 917\nget 39\ndel 384\nset 144 353\nget 22\nset 20 336\nsetdefault 1 105\nset 80 466\nset 39 805\npopitem\nset 25 415\nset 3 254\nset 1 101\nget -4559927428250175986\nget 4308613917924054017\nset 1 959\nset 6329911490086986972 726\nget 16\nset 1131929503429195758 531\nset -9223372036854775808 931\nget 9223372036854775807\nset 0 839\nsetdefault 7 894\ndel -9223372036854775808\nset 21 308\ndel 40\nget 2305843009213693952\nset 48 280\nget 312\nget 8\ndel 12\nset -5303015222270842676 940\ndel 152\ndel 301800278588481385\nset 24 838\nset 22 541\nset -1 183\nset 27 254\ndel 39\ndel 232\nset 2305843009213693952 605\nset 200 626\nset 9223372036854775807 625\nget 40\nset 344 619\nset 31 176\nset 400 572\nset -2 360\nget 28\ndel 10\nget 7\nset 40 250\npopitem\nget 18\nsetdefault 27 90\ndel -5912778674625515235\npopitem\nget 32\ndel 72\nset 7 935\nget 38\nset -8454834240353220541 316\nget 3\nset 2305843009213693952 117\nget 184\nset -2292899257942976229 634\nset 38 518\nset 14 708\nset 32 573\nset 18 851\nset 112 546\npopitem\nget -1\nsetdefault -8220795962926523183 250\nget -2347947550306117116\nget 72\npopitem\nset 18 609\nset 368 452\nset 40 354\nget -3390022806213064886\nset -1 765\nset 264 583\nset -9223372036854775808 747\nget 144\nset -9223372036854775808 778\nget 328\nget 9223372036854775807\ndel -2\ndel 5\nset -1 635\nset 248 246\nset 160 963\nget -9223372036854775808\nset -9223372036854775808 740\ndel -147168735509258571\nset 14 957\nset 180881802343060796 253\nset 272 467\nget 37\nset 26 73\nset 33 82\npopitem\nset 48 219\nset -1 504\nsetdefault 16 565\ndel -1\nset -3 685\ndel -1\nset 13 766\nset 9223372036854775807 417\ndel -1\nset 16 309\nset -649761040162953664 237\nset 25 611\nset -7310226502532208545 906\nget 8159920657540554539\nset 208 703\nset -1 648\npopitem\ndel 56\nget 2305843009213693952\nget 264\nshow\ndel 13\ndel 35\nset 120 582\nget 32\npopitem\nset 7 349\nset 20 925\nget -2\nget 208\nset 48 904\nset -2 841\nsetdefault 18 451\nset 7 203\nset 38 28\nset 5 856\nget -2\nget 34\nget -9223372036854775808\nget 2305843009213693951\nset 2305843009213693951 927\nset 37 935\nset 328 300\nset 9223372036854775807 596\ndel 280\nset -9223372036854775808 823\nsetdefault 2305843009213693952 262\nget 32\nset 10 89\nset 384 221\nset 19 120\nset 23 335\nsetdefault 184 249\nset 288 48\npopitem\nset 9223372036854775807 194\nset 32 469\nset 13 792\nset 40 903\nget 13\nget 1\nget 19\nset -9223372036854775808 252\nget 1\nsetdefault 200 262\nset -7928754482140992654 123\nget -1\nset 20 860\nset -2 514\nget 72\nset 56 411\nset 35 630\ndel 15\nget 5\nset -3 133\nshow",
            "del none\npopitem none\ndel none\nget none\nget none\ndel 423\nget none\nget 738\nget none\ndel none\nget none\nsetdefault 105\npopitem 39 805\nget none\nget none\nget none\nget none\nsetdefault 894\ndel 931\ndel none\nget none\nget none\nget none\ndel none\ndel none\ndel none\ndel none\ndel none\nget none\nget none\ndel none\nget 894\npopitem 40 250\nget none\nsetdefault 254\ndel none\npopitem 400 572\nget none\ndel none\nget 414\nget 254\nget none\npopitem 112 546\nget 183\nsetdefault 250\nget none\nget none\npopitem -8220795962926523183 250\nget none\nget 353\nget none\nget 625\ndel 360\ndel none\nget 778\ndel none\nget none\npopitem 33 82\nsetdefault 565\ndel 504\ndel none\ndel none\nget none\npopitem -1 648\ndel none\nget 117\nget 583\nshow 2657549206033923879:872 216:384 240:232 376:45 36:743 336:120 38:518 19:873 80:466 144:353 20:336 1:959 25:611 3:254 6329911490086986972:726 1131929503429195758:531 0:839 7:935 21:308 48:219 -5303015222270842676:940 24:838 22:541 27:254 2305843009213693952:117 200:626 9223372036854775807:417 344:619 31:176 -8454834240353220541:316 -2292899257942976229:634 14:957 32:573 18:609 368:452 40:354 264:583 -9223372036854775808:740 248:246 160:963 180881802343060796:253 272:467 26:73 16:309 -3:685 13:766 -649761040162953664:237 -7310226502532208545:906 208:703\ndel 766\ndel none\nget 573\npopitem 120 582\nget none\nget 703\nsetdefault 609\nget 841\nget none\nget 740\nget none\ndel none\nsetdefault 117\nget 573\nsetdefault 249\npopitem 288 48\nget 792\nget 959\nget 120\nget 959\nsetdefault 626\nget none\nget none\ndel none\nget 856\nshow 2657549206033923879:872 216:384 240:232 376:45 36:743 336:120 38:28 19:120 80:466 144:353 20:860 1:959 25:611 3:254 6329911490086986972:726 1131929503429195758:531 0:839 7:203 21:308 48:904 -5303015222270842676:940 24:838 22:541 27:254 2305843009213693952:117 200:626 9223372036854775807:194 344:619 31:176 -8454834240353220541:316 -2292899257942976229:634 14:957 32:469 18:609 368:452 40:903 264:583 -9223372036854775808:252 248:246 160:963 180881802343060796:253 272:467 26:73 16:309 -3:133 -649761040162953664:237 -7310226502532208545:906 208:703 -2:514 5:856 2305843009213693951:927 37:935 328:300 10:89 384:221 23:335 184:249 13:792 -7928754482140992654:123 56:411 35:630",
        ),
        (
            "set 36 396\npopitem\nget 17\nset -2 142\nget 19\nset 34 528\nset 28 783\npopitem\ndel 88\nset 8 684\nset -3072935876453300765 945\nget 2305843009213693952\nset 23 232\npopitem\nset 200 658\nget 25\nset 26 106\nset -3 234\nset 12 717\nset 3 760\nset 24 965\nset 4 770\ndel 168\nset 32 853\nset 38 804\nset -1 732\nset -9223372036854775808 989\nset 38 943\npopitem\ndel -9223372036854775808\nclear\nset 11 31\nset 29 626\nset -2 683\nsetdefault 24 764\ndel 9223372036854775807\nget -1\nset 25 823\nset 16 257\nget 18\nget 2305843009213693952\nsetdefault -2 967\nget 37\nget -9223372036854775808\ndel -9223372036854775808\nset 25 961\ndel 9223372036854775807\ndel -7606407588672527987\nget -1\ndel 4\nset 10 394\nset -5727611637994805788 823\nget -363086491390005660\nset 39 507\nsetdefault 216 55\nset -9223372036854775808 426\nget 2305843009213693951\nset 0 432\nset 2305843009213693951 764\nset 9 302\nset 40 482\npopitem\nset 38 167\nset 31 71\nset 3 421\nget -4398511250245057171\nset 9223372036854775807 149\nset -9223372036854775808 920\ndel 336\nset 24 303\ndel 10\nset 2305843009213693952 252\nset 23 923\nget -2\nget -2812810160820426007\nset 26 908\npopitem\nset -1 718\nset -1 583\nset 21 574\nsetdefault 36 679\nsetdefault 17 281\nsetdefault 776453598061992402 571\nset 13 28\nset 8 968\ndel 16\npopitem\nget -213109810773309230\nset -9223372036854775808 971\npopitem\nset 4725450297551440594 811\nget 2305843009213693951\ndel 2\nset 64 102\nset 12 880\nset 35 95\ndel 3605873129057924322\nset 23 614\npopitem\nset 0 409\nset 184 107\nsetdefault 2305843009213693952 31\nget 384\nset -921907307463188154 460\nset 29 428\nget -6068902060056144567\nset 336 789\nset 60758484320450021 339\nget 25\nget 3886735826942217847\ndel 11\ndel 15\ndel 29\nget 2305843009213693952\nset 35 323\nset -8863415774211784412 365\nset 14 287\nset 18 544\ndel 2305843009213693952\nset 17 770\ndel 38\nset 360 421\nget 40\nset -2 445\nset 9223372036854775807 517\nset 2372557303525133535 335\nset 160 605\nget -2\ndel 280\nset 30 974\nset 2305843009213693952 704\nset 12 252\nsetdefault 22 793\nset 6 471\nset 5457104554653863582 759\nset -9223372036854775808 921\nset 392 688\nget 30\nset 2305843009213693951 253\nsetdefault 9223372036854775807 286\nset 104 441\nset 9223372036854775807 547\nset -2 813\nsetdefault 3 621\nset 360 465\npopitem\nget 20\nget 168\ndel 33\nset 88 335\nset 240 755\nset 23 305\ndel 272\nset -2699843742156300500 662\nset 34 790\nget 30\nget 40\ndel 9223372036854775807\nset 36 16\nset 72 858\nsetdefault 22 459\nset 192 53\nset 4 522\nset -29461617285992912 73\nsetdefault 36 406\nset -3 131\ndel 2305843009213693952\nget 26\nset 28 566\nget 24\nset 136 70\ndel -9223372036854775808\nset 24 367\nset 16 135\nset 35 492\nset 36 215\nset -3 802\nset 0 991\npopitem\nset 56 24\ndel 376\nset 14 325\nsetdefault 7 894\nget 16\nset 2 446\nget 11\nset 26 434\nget 352\nset 8 415\nset 2305843009213693951 741\nget 23\ndel 208\nget 34\nsetdefault 21 598\nget -1384207038485898946\nset 3 272\ndel -1\ndel 3692650825940606473\ndel 208\nshow",
            "popitem 36 396\nget none\nget none\npopitem 28 783\ndel none\nget none\npopitem 23 232\nget none\ndel none\npopitem -9223372036854775808 989\ndel none\nsetdefault 764\ndel none\nget none\nget none\nget none\nsetdefault 683\nget none\nget none\ndel none\ndel none\ndel none\nget none\ndel none\nget none\nsetdefault 55\nget none\npopitem 40 482\nget none\ndel none\ndel 394\nget 683\nget none\npopitem 26 908\nsetdefault 679\nsetdefault 281\nsetdefault 571\ndel 257\npopitem 8 968\nget none\npopitem 13 28\nget 764\ndel none\ndel none\npopitem 35 95\nsetdefault 252\nget none\nget none\nget 961\nget none\ndel 31\ndel none\ndel 428\nget 252\ndel 252\ndel 167\nget none\nget 445\ndel none\nsetdefault 793\nget 974\nsetdefault 517\nsetdefault 421\npopitem 104 441\nget none\nget none\ndel none\ndel none\nget 974\nget none\ndel 547\nsetdefault 793\nsetdefault 16\ndel 704\nget none\nget 303\ndel 921\npopitem 16 135\ndel none\nsetdefault 894\nget none\nget none\nget none\nget 305\ndel none\nget 790\nsetdefault 574\nget none\ndel 583\ndel none\ndel none\nshow -2:813 24:367 25:961 -5727611637994805788:823 39:507 216:55 0:991 2305843009213693951:741 9:302 31:71 3:272 23:305 21:574 36:215 17:770 776453598061992402:571 4725450297551440594:811 64:102 12:252 184:107 -921907307463188154:460 336:789 60758484320450021:339 35:492 -8863415774211784412:365 14:325 18:544 360:465 2372557303525133535:335 160:605 30:974 22:793 6:471 5457104554653863582:759 392:688 88:335 240:755 -2699843742156300500:662 34:790 72:858 192:53 4:522 -29461617285992912:73 -3:802 28:566 136:70 56:24 7:894 2:446 26:434 8:415",
        ),
        (
            "setdefault 2305843009213693952 972\nset 38 469\nset 26 601\nget 184\nget 12\nset 112 645\nset 35 78\nget 7\nget 39\ndel 16\nget -1\nset 21 70\nset 19 767\nset 11 421\nget 38\nset 328 96\ndel 2305843009213693951\nget 33\nget 13\nset 10 602\nset 200 110\nset 2305843009213693951 996\npopitem\nset 6 560\ndel 38\nsetdefault 40 759\nshow\nsetdefault 9223372036854775807 503\nget 352\ndel -605472961116412063\nset 7 368\nset 0 639\nclear\nset 368 692\nget -8235523749632518873\nget 13\nget 1\nset 28 518\nget 3560685889046720982\nset 1003917020402233127 515\nset 5 613\nset 64 413\nsetdefault 9223372036854775807 61\npopitem\npopitem\nset -2 243\nset 31 834\nget 320\nget 376\nset 32 930\npopitem\ndel 28\nget 9223372036854775807\nset 22 51\nset -2 801\nset 40 957\nget 176\ndel 18\nget -9223372036854775808\nset 21 168\nset 13 108\nset 749507606838208771 179\npopitem\nset 30 952\nget 36\nset 15 372\nset 38 417\ndel 34\nshow",
            "setdefault 972\nget none\nget none\nget none\nget none\ndel none\nget none\nget 469\ndel none\nget none\nget none\npopitem 2305843009213693951 996\ndel 469\nsetdefault 759\nshow 2305843009213693952:972 26:601 112:645 35:78 21:70 19:767 11:421 328:96 10:602 200:110 6:560 40:759\nsetdefault 503\nget none\ndel none\nget none\nget none\nget none\nget none\nsetdefault 61\npopitem 9223372036854775807 61\npopitem 64 413\nget none\nget none\npopitem 32 930\ndel 518\nget none\nget none\ndel none\nget none\npopitem 749507606838208771 179\nget none\ndel none\nshow 368:692 1003917020402233127:515 5:613 -2:801 31:834 22:51 40:957 21:168 13:108 30:952 15:372 38:417",
        ),
        (
            "del -6964995330216023609\npopitem\nsetdefault 25 47\nset 8488349531784023825 126\nset 2305843009213693952 681\nset 26 293\nset 3766919213853897969 501\nset 4 118\nset -3538088780273661647 708\nset 8835048045573166870 984\nset 33 233\nget 16\nclear\nset 1 40\ndel -2\nget 5\nset 29 13\nget -1\nset 12 185\nset -4164800242217142787 201\nset -3 656\nshow\nset 7485555450616241887 430\nget 4\nget 312\nget 9\nset 26 48\nsetdefault 16 19\nset 11 85\ndel 376\nset 2 384\ndel 31\ndel -1\npopitem\nget 3103897046959936264\nset 136 686\nset 18 196\nget 1\npopitem\nset 5 678\npopitem\nset 36 285\npopitem\nget 9\nget -3\nset -1 248\ndel 22\nset 30 382\npopitem\nsetdefault 10 823\nset 8 483\npopitem\nset 1 481\nget 27\nset 8384375141631910291 764\nset -3 90\nget -1\ndel -1\nset 7 351\npopitem\nset 3367549560337328604 569\nset -9223372036854775808 224\nset 2305843009213693951 7\nset -6072527743460536682 549\ndel 24\nset -695809954117292280 552\nget 7\nset 8 721\nget 10\ndel 5\npopitem\ndel 39\nset 20 558\nget 10\ndel 36\nget 23\ndel -2\nset 20 571\nset 17 745\nshow",
            "del none\npopitem none\nsetdefault 47\nget none\ndel none\nget none\nget none\nshow 1:40 29:13 12:185 -4164800242217142787:201 -3:656\nget none\nget none\nget none\nsetdefault 19\ndel none\ndel none\ndel none\npopitem 2 384\nget none\nget 40\npopitem 18 196\npopitem 5 678\npopitem 36 285\nget none\nget 656\ndel none\npopitem 30 382\nsetdefault 823\npopitem 8 483\nget none\nget 248\ndel 248\npopitem 7 351\ndel none\nget none\nget 823\ndel none\npopitem 8 721\ndel none\nget 823\ndel none\nget none\ndel none\nshow 1:481 29:13 12:185 -4164800242217142787:201 -3:90 7485555450616241887:430 26:48 16:19 11:85 136:686 10:823 8384375141631910291:764 3367549560337328604:569 -9223372036854775808:224 2305843009213693951:7 -6072527743460536682:549 -695809954117292280:552 20:571 17:745",
        ),
        (
            "popitem\ndel 21\nget 12\nset -3 369\nset -9223372036854775808 279\nset 2305843009213693952 740\nset 6 131\ndel -1\ndel 152\nset 18 169\nset 24 197\nget 8094887947931808858\npopitem\nset 280 851\nset 33 180\nset -3814243025388878216 103\nset 12 285\nset 2 844\nget 14\npopitem\npopitem\nget 14\nset -1 844\ndel 30\ndel 13\nset 16 764\nset 672678318395121764 322\ndel 20\nsetdefault 12 731\nget 272\nset 18 425\nget 192\nget 20\nset 7426608491958601551 573\nset 0 8\nget 22\nset 28 564\nset -2 382\nset -1812197407330995800 877\nset 112 290\nget 2\nsetdefault -2 791\nget 19\nset 20 444\nget 26\npopitem\nsetdefault 14 637\nget 2305843009213693951\nset 24 726\nsetdefault 38 77\ndel 2305843009213693951\nset 280 66\nset 1 393\nset 2305843009213693951 373\npopitem\nset 344 623\nset 22 551\nset 2305843009213693951 971\nset 72 117\npopitem\nget 2305843009213693951\ndel 33\nset 4 724\nget 9223372036854775807\nset 7304996427678911209 646\nset 22 703\nset 9 433\nset 2305843009213693951 661\ndel 7\nset 16 555\npopitem\ndel 21\npopitem\nget 304\nsetdefault 360 119\nset 16 287\nset 200 570\npopitem\nset 2305843009213693952 303\nset 29 255\ndel 10\nset 31 134\nget 26\nset 9223372036854775807 793\nset 0 896\ndel -280036175751744157\nset 88 667\npopitem\nclear\npopitem\nset 48 592\nset 56 295\nset 240 722\nset 7 819\nget 16\nset 23 573\nset 2305843009213693952 495\nset 19 977\nset 36 81\nset 9223372036854775807 106\nset 144 220\nset 56 397\nset 27 795\npopitem\nset 2305843009213693951 1\nset 336 787\ndel 35\nset 21 101\nsetdefault -9223372036854775808 433\nget 2175949433376107836\nset 5 783\nset 38 618\nset 1 685\nset 392 603\ndel -1\nset 2305843009213693952 150\ndel 9223372036854775807\nset 22 133\nset -2 202\nsetdefault 24 190\nget 6\nset 17 799\ndel 30\nget 19\nset 24 606\npopitem\nset 32 568\nset 2 131\npopitem\nget 1905572945040981322\nsetdefault 32 705\nset 2219342789269664097 106\nget 35\nsetdefault 9 47\nsetdefault 1 9\nset 2305843009213693951 353\nsetdefault 34 506\nshow\nset 15 504\nsetdefault 112 910\nget 32\nset 23 290\nset -1 534\nset 9223372036854775807 780\npopitem\nsetdefault 72 296\nsetdefault 2305843009213693952 593\ndel -3\nget 27\nset -1 331\npopitem\nset 168 154\nsetdefault -9223372036854775808 296\ndel 144\nset 40 248\ndel -1\nshow\nset 9223372036854775807 922\nget 200\nget -2\npopitem\nset 2 645\nget 21\nset -4589685669895467759 797\nsetdefault 6 363\nset 0 924\npopitem\nset 8 473\nget 17\nset 9 758\nset 2305843009213693951 47\nset 22 463\nset 208 876\nset -2370445792659001905 928\nget 19\ndel 2305843009213693952\nset 10 597\nset -1 707\npopitem\nget -3449866724136689588\nset 2 451\ndel 29\nset 1 200\nset 296 115\nset 9 203\nclear\nset 32 803\nset 2 75\nset 31 847\nset 19 113\nset 9223372036854775807 388\nset 264 812\nget 17\nset 3 566\nsetdefault 32 793\nset 23 52\nset 18 968\nset 344 792\nset 35 751\nset 9223372036854775807 449\nset 12 673\nset 232 923\nset 38 872\nset 232 160\nset -9223372036854775808 630\nset 11 108\nsetdefault -4555321313124254869 319\nclear\nset 2186373974019654244 389\nsetdefault 27 435\nset 479453719472584549 919\nget 232\nshow",
            "popitem none\ndel none\nget none\ndel none\ndel none\nget none\npopitem 24 197\nget none\npopitem 2 844\npopitem 12 285\nget none\ndel none\ndel none\ndel none\nsetdefault 731\nget none\nget none\nget none\nget none\nget none\nsetdefault 382\nget none\nget none\npopitem 20 444\nsetdefault 637\nget none\nsetdefault 77\ndel none\npopitem 2305843009213693951 373\npopitem 72 117\nget 971\ndel 180\nget none\ndel none\npopitem 9 433\ndel none\npopitem 7304996427678911209 646\nget none\nsetdefault 119\npopitem 200 570\ndel none\nget none\ndel none\npopitem 88 667\npopitem none\nget none\npopitem 27 795\ndel none\nsetdefault 433\nget none\ndel none\ndel 106\nsetdefault 190\nget none\ndel none\nget 977\npopitem 17 799\npopitem 2 131\nget none\nsetdefault 568\nget none\nsetdefault 47\nsetdefault 685\nsetdefault 506\nshow 48:592 56:397 240:722 7:819 23:573 2305843009213693952:150 19:977 36:81 144:220 2305843009213693951:353 336:787 21:101 -9223372036854775808:433 5:783 38:618 1:685 392:603 22:133 -2:202 24:606 32:568 2219342789269664097:106 9:47 34:506\nsetdefault 910\nget 568\npopitem 9223372036854775807 780\nsetdefault 296\nsetdefault 150\ndel none\nget none\npopitem 72 296\nsetdefault 433\ndel 220\ndel 331\nshow 48:592 56:397 240:722 7:819 23:290 2305843009213693952:150 19:977 36:81 2305843009213693951:353 336:787 21:101 -9223372036854775808:433 5:783 38:618 1:685 392:603 22:133 -2:202 24:606 32:568 2219342789269664097:106 9:47 34:506 15:504 112:910 168:154 40:248\nget none\nget 202\npopitem 9223372036854775807 922\nget 101\nsetdefault 363\npopitem 0 924\nget none\nget 977\ndel 150\npopitem -1 707\nget none\ndel none\nget none\nsetdefault 803\nsetdefault 319\nsetdefault 435\nget none\nshow 2186373974019654244:389 27:435 479453719472584549:919",
        ),
        (
            "setdefault 24 7\nget -1\nset 34 607\nset 16 884\nget 25\ndel 27\ndel 20\nset 104 526\nget 40\nget 2457137559613638844\ndel 1\nshow\nset 40 312\nset 9223372036854775807 696\ndel 80\nset 3 182\nset -2998915029145038258 559\nget 320\nset 25 581\npopitem\nset 5932813936936728220 477\nset -6852867043594772319 523\nset 384 433\npopitem\nset 296 546\nset 12 77\nset 368 323\nset 10 772\nset 2305843009213693951 935\nset 17 968\nset 2305843009213693951 790\ndel 16\nset 28 824\nset -5565025604722613251 570\nget 0\npopitem\nset 12 994\nset -9223372036854775808 15\nset -1 680\ndel -2\nset 9 574\nset -8932553001725862164 670\nset 18 750\nset 240 744\nget 376\nget 34\ndel -2\nset 11 878\nget 25\nsetdefault 39 866\ndel 4\nget 14\nset 2305843009213693952 88\nset -3 993\nset 11 692\nset 18 423\nset 2305843009213693951 327\ndel 26\ndel -9223372036854775808\nset 0 176\nset 36 781\npopitem\ndel 48\ndel 400\nset 40 738\nset 39 701\nset 21 435\nget 19\nset 21 998\nget 7\nset 7 212\nsetdefault 14 166\npopitem\nsetdefault 0 380\nset 10 123\nget 25\nset -2109759250531853815 249\ndel 19\ndel 2305843009213693952\ndel 392\ndel 8758205650799438821\nsetdefault -3 55\nget 37\nsetdefault 23 344\nset 0 385\ndel -3775512273843567746\ndel 35\nset 0 908\nget 26\nset -9223372036854775808 151\npopitem\nget 2543279351926516006\nset 37 738\nset 344 791\nset 2305843009213693952 240\nget -363210698090118599\nset -9223372036854775808 250\ndel 2\nset 96 551\ndel 208\nset 5978223866859241662 639\nsetdefault -1 970\nset 30 937\nset 18 996\ndel 24\nget 11\npopitem\nset 19 723\npopitem\nset 2305843009213693951 560\npopitem\nset 26 771\nset -3039583416636911622 954\nget 39\nset 16 64\nset 31 903\nsetdefault 112 502\nset 24 865\ndel 0\nset 384 465\nget 20\ndel -9223372036854775808\nset 2305843009213693952 256\nshow",
            "setdefault 7\nget none\nget none\ndel none\ndel none\nget none\nget none\ndel none\nshow 24:7 34:607 16:884 104:526\ndel none\nget none\npopitem 25 581\npopitem 384 433\ndel 884\nget none\npopitem -5565025604722613251 570\ndel none\nget none\nget 607\ndel none\nget none\nsetdefault 866\ndel none\nget none\ndel none\ndel 15\npopitem 36 781\ndel none\ndel none\nget none\nget none\nsetdefault 166\npopitem 14 166\nsetdefault 176\nget none\ndel none\ndel 88\ndel none\ndel none\nsetdefault 993\nget none\nsetdefault 344\ndel none\ndel none\nget none\npopitem -9223372036854775808 151\nget none\nget none\ndel none\ndel none\nsetdefault 680\ndel 7\nget 692\npopitem 30 937\npopitem 19 723\npopitem 5978223866859241662 639\nget 701\nsetdefault 502\ndel 908\nget none\ndel 250\nshow 34:607 104:526 40:738 9223372036854775807:696 3:182 -2998915029145038258:559 5932813936936728220:477 -6852867043594772319:523 296:546 12:994 368:323 10:123 2305843009213693951:560 17:968 28:824 -1:680 9:574 -8932553001725862164:670 18:996 240:744 11:692 39:701 -3:993 21:998 7:212 -2109759250531853815:249 23:344 37:738 344:791 2305843009213693952:256 96:551 26:771 -3039583416636911622:954 16:64 31:903 112:502 24:865 384:465",
        ),
        (
            "set -1 57\nsetdefault 36 562\nsetdefault 18 421\nset 176 996\ndel 5211552269971473867\nget -2561147846084209051\nset 9223372036854775807 138\ndel 128\ndel 17\nset 12 566\nget 96\nset 104 823\npopitem\nset -3 998\ndel 12\nget 8\nset -4414318995893611159 112\nset 10 628\npopitem\npopitem\nsetdefault 9 165\nsetdefault 32 187\nset -9223372036854775808 356\ndel 104\nset 1 65\nshow",
            "setdefault 562\nsetdefault 421\ndel none\nget none\ndel none\ndel none\nget none\npopitem 104 823\ndel 566\nget none\npopitem 10 628\npopitem -4414318995893611159 112\nsetdefault 165\nsetdefault 187\ndel none\nshow -1:57 36:562 18:421 176:996 9223372036854775807:138 -3:998 9:165 32:187 -9223372036854775808:356 1:65",
        ),
        (
            "set 360 619\nset 248 192\nget 2305843009213693952\nset -7777751981747025999 207\npopitem\nset 3 643\ndel 4113976516709697917\nset -1 160\nget 15\ndel 29\nset 232 663\nset 20 806\nset -8485601444386049291 121\nset 31 721\nset -2 37\nset -1 114\ndel 2305843009213693951\nset 104 248\nget 9223372036854775807\nset 48 968\ndel 15\nset 9 812\nsetdefault 37 861\ndel 32\nsetdefault 9223372036854775807 511\nget 27\nget 88\nset -3 856\nshow\nset 13 35\nset 18 785\nsetdefault 256 539\nsetdefault 18 535\ndel -2884163687191160392\nset 25 76\nset 34 479\nget 216\nset 15 503\nset 32 180\nget 8\ndel 11\nget 1\nset 19 130\nset 240 682\npopitem\nset 23 978\ndel 24\nclear\nset 8 510\nget 9223372036854775807\npopitem\nset 2305843009213693952 944\nget -3725563646198419247\nset 96 620\npopitem\nget 14\nget 184\nset 5 668\nset 26 715\npopitem\nset 144 948\nset 4 697\nset 27 829\nget 8819127449658329563\nset -1541798285512480434 760\nset 2305843009213693951 210\ndel 32\npopitem\nsetdefault 6 881\nset 38 820\npopitem\nget 24\nset 17 4\nget -8119485552521279995\nset 184 948\nget 20\ndel 104\nget 32\ndel -9223372036854775808\ndel 1612197781539478212\nget -9223372036854775808\nget 40\nset 9223372036854775807 993\nset 128 184\ndel 23\nget 2305843009213693952\ndel -1\nset 336 83\nget 1\ndel -9521841364926718\nset 14 417\ndel 28\nsetdefault 32 121\nset 6 257\nset 12 726\nset 40 951\ndel -2\npopitem\ndel -8812492140490146818\npopitem\nset 320 207\ndel 2305843009213693952\nget 6\nset 32 417\nset 2305843009213693952 75\nset 27 908\nset -2 836\nset 34 627\nset 200 958\nset 9223372036854775807 262\nset -7655470371360272557 747\nclear\nsetdefault 38 771\nset -4593962120991808878 535\nsetdefault 21 523\nset 11 939\nset 11 921\nget 23\ndel 5661955989901627596\nget 6586680975254796669\npopitem\nsetdefault 9223372036854775807 934\nget 34\nset 16 763\npopitem\nset 11 294\nset 16 401\nget 14\nsetdefault 39 552\nset 9223372036854775807 791\nset 24 452\ndel 264\ndel 20\nget 39\ndel 27\nset 12 891\nget 64\ndel 19\ndel 320\nset -3 217\nget 11\nset 4 94\nsetdefault 22 213\nset 39 399\nset 15 126\ndel 6909253731154845569\nset 104 695\nget -9223372036854775808\nset 392 413\nset 208 982\nget -1\npopitem\nset 160 391\nclear\nset 13 250\nshow\nget 8185035872472868561\nget 2305843009213693951\nget 40\nset 18 191\ndel 2305843009213693952\nsetdefault 2 957\npopitem\nget -2\nset 32 657\nset 27 951\nget 9223372036854775807\nset 312 908\nsetdefault 40 965\nset 3 687\nset 0 283\nshow",
            "get none\npopitem -7777751981747025999 207\ndel none\nget none\ndel none\ndel none\nget none\ndel none\nsetdefault 861\ndel none\nsetdefault 511\nget none\nget none\nshow 360:619 248:192 3:643 -1:114 232:663 20:806 -8485601444386049291:121 31:721 -2:37 104:248 48:968 9:812 37:861 9223372036854775807:511 -3:856\nsetdefault 539\nsetdefault 785\ndel none\nget none\nget none\ndel none\nget none\npopitem 240 682\ndel none\nget none\npopitem 8 510\nget none\npopitem 96 620\nget none\nget none\npopitem 26 715\nget none\ndel none\npopitem 2305843009213693951 210\nsetdefault 881\npopitem 38 820\nget none\nget none\nget none\ndel none\nget none\ndel none\ndel none\nget none\nget none\ndel none\nget 944\ndel none\nget none\ndel none\ndel none\nsetdefault 121\ndel none\npopitem 40 951\ndel none\npopitem 12 726\ndel 944\nget 257\nsetdefault 771\nsetdefault 523\nget none\ndel none\nget none\npopitem 11 921\nsetdefault 934\nget none\npopitem 16 763\nget none\nsetdefault 552\ndel none\ndel none\nget 552\ndel none\nget none\ndel none\ndel none\nget 294\nsetdefault 213\ndel none\nget none\nget none\npopitem 208 982\nshow 13:250\nget none\nget none\nget none\ndel none\nsetdefault 957\npopitem 2 957\nget none\nget none\nsetdefault 965\nshow 13:250 18:191 32:657 27:951 312:908 40:965 3:687 0:283",
        ),
        (
            "set 16 425\nset 80 576\nset -9223372036854775808 529\nget 9223372036854775807\nset 384 258\nget -2\nget 160\nset 376 35\ndel 344\nsetdefault -9223372036854775808 709\nset 224 130\nget 96\nget 40\ndel 280\nset 16 194\nset 304 636\nset -9223372036854775808 273\nset 38 760\nset 176 744\npopitem\npopitem\nset 4 537\nset 192 957\nset 9 669\nset 72 549\nset 27 893\nset 14 162\nget -8933493680229764642\nget 28\nset 64 78\npopitem\nget 12\nset 22 567\npopitem\ndel -1\nset 2305843009213693951 465\npopitem\ndel 14\nset 120 498\nset 20 777\nset 30 118\npopitem\nset -3 492\nset -9223372036854775808 659\nset -3728766670628224808 754\nset 9223372036854775807 726\nset 16 90\nget 19\nset -1 765\npopitem\nset 27 297\nset 2070190524792297787 592\nset 144 702\nset 12 204\nset 21 797\ndel 10\nsetdefault -860721813993743795 390\nsetdefault 2305843009213693951 595\ndel 2305843009213693952\nset 30 385\nshow\nget 40\npopitem\nset -3 375\nset 376 586\npopitem\nsetdefault 248 614\nset 1 438\ndel -1713704058562727468\npopitem\nsetdefault 13 310\nset 136 816\nset 336 620\ndel 136\nset 34 446\nget 14\nset 37 548\nsetdefault 6 188\nset 2 283\npopitem\nget 33\nsetdefault 11 181\nset 21 77\nset 20 438\nsetdefault -2623050271916313661 818\nshow\nget 8\nget 7\nset 2305843009213693952 720\nset 20 604\nset 4 871\nset 19 487\nset 37 946\ndel 10\ndel 35\nget 264\ndel -2\nget -1\ndel 31\nset -2 823\npopitem\nset -2 338\nsetdefault -8437854438000851810 254\ndel -2\nsetdefault 1356338584577718339 165\nsetdefault 2305843009213693951 310\nsetdefault -2556010782042310449 383\nset 12 327\nset 64 551\nget 1\nset 28 222\nset 280 138\nset 2305843009213693952 996\npopitem\nget 9223372036854775807\nset 72 34\nset -1 308\nget 8898407018796086556\nget 11\npopitem\ndel 152\nset 39 631\nset 12 3\nset -65975511495327527 152\nget 232\nset 38 525\npopitem\nset 0 609\nset 1 484\nget 2305843009213693952\nset 25 873\nget 240\ndel 96\nset 2305843009213693952 536\nset 10 211\nset -1 314\nsetdefault 2305843009213693952 367\nset -8345473164897121279 171\nset 27 356\nset 7395562965969754368 739\nset 352 226\ndel -8597331482350486548\nset 2305843009213693952 239\ndel 36\npopitem\nshow",
            "get none\nget none\nget none\ndel none\nsetdefault 529\nget none\nget none\ndel none\npopitem 176 744\npopitem 38 760\nget none\nget none\npopitem 64 78\nget none\npopitem 22 567\ndel none\npopitem 2305843009213693951 465\ndel 162\npopitem 30 118\nget none\npopitem -1 765\ndel none\nsetdefault 390\nsetdefault 595\ndel none\nshow 16:90 80:576 -9223372036854775808:659 384:258 376:35 224:130 304:636 4:537 192:957 9:669 72:549 27:297 120:498 20:777 -3:492 -3728766670628224808:754 9223372036854775807:726 2070190524792297787:592 144:702 12:204 21:797 -860721813993743795:390 2305843009213693951:595 30:385\nget none\npopitem 30 385\npopitem 2305843009213693951 595\nsetdefault 614\ndel none\npopitem 1 438\nsetdefault 310\ndel 816\nget none\nsetdefault 188\npopitem 2 283\nget none\nsetdefault 181\nsetdefault 818\nshow 16:90 80:576 -9223372036854775808:659 384:258 376:586 224:130 304:636 4:537 192:957 9:669 72:549 27:297 120:498 20:438 -3:375 -3728766670628224808:754 9223372036854775807:726 2070190524792297787:592 144:702 12:204 21:77 -860721813993743795:390 248:614 13:310 336:620 34:446 37:548 6:188 11:181 -2623050271916313661:818\nget none\nget none\ndel none\ndel none\nget none\ndel none\nget none\ndel none\npopitem -2 823\nsetdefault 254\ndel 338\nsetdefault 165\nsetdefault 310\nsetdefault 383\nget none\npopitem 280 138\nget 726\nget none\nget 181\npopitem -1 308\ndel none\nget none\npopitem 38 525\nget 996\nget none\ndel none\nsetdefault 536\ndel none\ndel none\npopitem 352 226\nshow 16:90 80:576 -9223372036854775808:659 384:258 376:586 224:130 304:636 4:871 192:957 9:669 72:34 27:356 120:498 20:604 -3:375 -3728766670628224808:754 9223372036854775807:726 2070190524792297787:592 144:702 12:3 21:77 -860721813993743795:390 248:614 13:310 336:620 34:446 37:946 6:188 11:181 -2623050271916313661:818 2305843009213693952:239 19:487 -8437854438000851810:254 1356338584577718339:165 2305843009213693951:310 -2556010782042310449:383 64:551 28:222 39:631 -65975511495327527:152 0:609 1:484 25:873 10:211 -1:314 -8345473164897121279:171 7395562965969754368:739",
        ),
        (
            "set 8 870\ndel 384\nset -1 388\nset 7 960\nset 6526362668329552196 249\nset 28 941\npopitem\ndel 192\nget 304\npopitem\nset 20 659\nset -9223372036854775808 515\nset 21 134\nset 35 539\nget -9223372036854775808\nclear\nset 16 358\nset 11 156\nget 12\nget -1\nset 136 548\nset 32 170\nset 32 746\nsetdefault 4351402202318047640 709\npopitem\nset 12 202\nset -6343884484016461062 201\nset -3 419\npopitem\nget 30\nset 16 488\npopitem\nset 240 171\nset -1 9\nset -9223372036854775808 729\nset 4 766\ndel 17\nset 20 679\nsetdefault 38 518\nget 5543307751194941988\nset 12 71\nset 29 218\ndel 6\nget 304\nget 112\nset 9 932\nset -1438558729519107135 46\ndel -1\nget 33\nset 35 661\nset 376 356\nset 37 958\ndel -1\npopitem\nget 5319932278863215288\nset 38 576\nget -2\nset -1 39\nset 1 698\ndel 26\npopitem\nset 2305843009213693952 959\ndel -3\nset -9223372036854775808 416\nset 15 338\nset 184 808\nset -2 311\nset 28 683\nset 240 330\nset 0 119\nsetdefault -1 578\nset -1 827\nset 2305843009213693952 991\ndel 10\nset 15 673\nset 23 682\nset 22 161\nset 2305843009213693952 764\npopitem\nsetdefault -5889887905511223867 975\nset 37 632\nset 38 525\ndel 9\nget 9223372036854775807\nset 4477587409532753342 544\nget 24\nget 328\nset 80 453\nset 5 459\nset 0 23\nsetdefault -1 57\nset 240 123\nset 10 776\nshow\nset 2305843009213693952 260\nset 208 968\nset -2 383\npopitem\nset 23 300\nset 16 919\npopitem\npopitem\npopitem\nset 25 665\npopitem\nget -9223372036854775808\nset -3591676730996982237 810\nshow\nset 80 278\nset 6506866427460361346 200\nget 34\nset -3 69\nset 48 96\nget -3\nset 88 152\nset 3 605\nset 9223372036854775807 462\nset -3 124\nget -1\npopitem\nset 39 620\nset 2305843009213693952 445\ndel 40\npopitem\nget 20\nset 288 675\nset -2 441\nset 4 194\ndel 5\nset 10 698\nset 2305843009213693952 504\nset 2305843009213693951 531\npopitem\nset 216 367\ndel 18\nset 26 277\nset 160 558\nset 13 636\nset 6643117695102627415 197\nset 34 720\npopitem\npopitem\nget 32\nset 6464002581037645295 173\nset 14 921\nset 28 227\ndel 312\nset 38 772\ndel 35\nset 19 103\nget -3\nset 256 555\nset 0 133\nget 232\nsetdefault 18 806\nset 37 861\nset 23 535\nset 13 29\nget 56\nset -1 396\nset -2 545\nshow\nset -1 732\nget 24\ndel 216\nsetdefault 9223372036854775807 138\nset 48 595\nget 8733544988295342747\nget 312\nset 2 887\ndel 34\nset -1 20\nset 38 287\nset 18 276\nclear\nget 33\nset 20 860\nget 200\nset 5 847\nset 38 785\ndel 2305843009213693951\nget -9223372036854775808\nset 136 895\nset 6 978\nset 4 429\nget 39\ndel 28\nset -1 892\nset -1909588353716030632 202\nset -9223372036854775808 667\ndel 19\nset 30 630\nset 25 893\nget 264\nset 2305843009213693952 494\nset 17 289\nsetdefault 21 517\ndel 216\nset 136 2\nset 1 989\nset -2268483265025881781 666\nclear\nset -3363307919092643563 661\nsetdefault 19 833\nset 2305843009213693951 160\nset 6 933\nset 8 894\nsetdefault 22 295\nset 37 997\nget 9\nget -1\ndel -4803047584657246476\nget 14\nset 27 113\nget -9223372036854775808\nset 32 827\ndel 13\nset 20 121\ndel 208\nshow\ndel 18\nset 12 754\nsetdefault 26 599\nset 3120598568683509659 387\nset 37 514\nset 9223372036854775807 145\nset 232 245\npopitem\nset 23 53\nsetdefault 9223372036854775807 191\nsetdefault -9223372036854775808 476\nset 16 971\nset 13 289\nset 384 740\nsetdefault 384 19\nget 40\npopitem\nset 184 688\nset 13 541\nshow",
            "del none\npopitem 28 941\ndel none\nget none\npopitem 6526362668329552196 249\nget 515\nget none\nget none\nsetdefault 709\npopitem 4351402202318047640 709\npopitem -3 419\nget none\npopitem -6343884484016461062 201\ndel none\nsetdefault 518\nget none\ndel none\nget none\nget none\ndel 9\nget none\ndel none\npopitem 37 958\nget none\nget none\ndel none\npopitem 1 698\ndel none\nsetdefault 39\ndel none\npopitem 22 161\nsetdefault 975\ndel 932\nget none\nget none\nget none\nsetdefault 827\nshow 16:488 11:156 136:548 32:746 12:71 240:123 -9223372036854775808:416 4:766 20:679 38:525 29:218 -1438558729519107135:46 35:661 376:356 -1:827 2305843009213693952:764 15:673 184:808 -2:311 28:683 0:23 23:682 -5889887905511223867:975 37:632 4477587409532753342:544 80:453 5:459 10:776\npopitem 208 968\npopitem 10 776\npopitem 5 459\npopitem 80 453\npopitem 25 665\nget 416\nshow 16:919 11:156 136:548 32:746 12:71 240:123 -9223372036854775808:416 4:766 20:679 38:525 29:218 -1438558729519107135:46 35:661 376:356 -1:827 2305843009213693952:260 15:673 184:808 -2:383 28:683 0:23 23:300 -5889887905511223867:975 37:632 4477587409532753342:544 -3591676730996982237:810\nget none\nget 69\nget 827\npopitem 9223372036854775807 462\ndel none\npopitem 39 620\nget 679\ndel none\npopitem 2305843009213693951 531\ndel none\npopitem 34 720\npopitem 6643117695102627415 197\nget 746\ndel none\ndel 661\nget 124\nget none\nsetdefault 806\nget none\nshow 16:919 11:156 136:548 32:746 12:71 240:123 -9223372036854775808:416 4:194 20:679 38:772 29:218 -1438558729519107135:46 376:356 -1:396 2305843009213693952:504 15:673 184:808 -2:545 28:227 0:133 23:535 -5889887905511223867:975 37:861 4477587409532753342:544 -3591676730996982237:810 80:278 6506866427460361346:200 -3:124 48:96 88:152 3:605 288:675 10:698 216:367 26:277 160:558 13:29 6464002581037645295:173 14:921 19:103 256:555 18:806\nget none\ndel 367\nsetdefault 138\nget none\nget none\ndel none\nget none\nget none\ndel none\nget none\nget none\ndel none\ndel none\nget none\nsetdefault 517\ndel none\nsetdefault 833\nsetdefault 295\nget none\nget none\ndel none\nget none\nget none\ndel none\ndel none\nshow -3363307919092643563:661 19:833 2305843009213693951:160 6:933 8:894 22:295 37:997 27:113 32:827 20:121\ndel none\nsetdefault 599\npopitem 232 245\nsetdefault 145\nsetdefault 476\nsetdefault 740\nget none\npopitem 384 740\nshow -3363307919092643563:661 19:833 2305843009213693951:160 6:933 8:894 22:295 37:514 27:113 32:827 20:121 12:754 26:599 3120598568683509659:387 9223372036854775807:145 23:53 -9223372036854775808:476 16:971 13:541 184:688",
        ),
        (
            "get -1\nset 376 511\npopitem\ndel 40\ndel 320\nset 2 355\nset 40 479\ndel 2305843009213693951\nset 23 55\nsetdefault 7 112\nclear\nset 22 572\nget -2\nset 40 609\nclear\nset 160 385\nset 11 602\nset 224 506\nset 5 490\ndel 13\npopitem\nset 144 879\nget 32\nset 37 289\nsetdefault 1 952\npopitem\nget 19\nsetdefault 38 791\nset -2 653\nset 2305843009213693951 772\npopitem\nset 10 166\ndel 40\nset 17 208\nget -2\ndel 32\nset 9223372036854775807 919\nset -1 567\npopitem\nget 6\nsetdefault 280 274\nset 400 368\nshow\nset 31 787\nset 12 363\npopitem\ndel 2305843009213693952\nset 3 818\ndel 152\nsetdefault 2305843009213693951 391\nset 24 15\nset 376 799\nget 553597366265212656\ndel 360\nget 3176807356672080139\nset -1 833\nget 9223372036854775807\ndel -1\nget 9223372036854775807\nset 25 384\nset 17 410\ndel 320\nget 80\ndel 168\npopitem\nset 27 148\nset -1 230\nget 35\nset 2 725\nset 6 104\nset -1 845\nget -4867687614096585003\nset 18 147\npopitem\nset 19 454\nset 26 726\nset -1789388226034889011 69\nget 19\nset 29 423\nset 376 613\nset 296 127\nget 1\nset 5 562\nset 184 588\nget 1632436596462247840\nset 120 368\nset -2 972\npopitem\nget -1\nset 13 573\nset 27 868\nset 40 975\nget -3\nget 18\nset -2 68\nget 2\ndel 34\nsetdefault 88 706\ndel 26\ndel -9223372036854775808\nset 13 708\nset 1478099419660312184 854\ndel 24\nset -1 44\nset 4 899\nsetdefault 737245260250424641 819\nset 21 819\nset 7 713\nset -335528520051894631 114\nshow",
            "get none\npopitem 376 511\ndel none\ndel none\ndel none\nsetdefault 112\nget none\ndel none\npopitem 5 490\nget none\nsetdefault 952\npopitem 1 952\nget none\nsetdefault 791\npopitem 2305843009213693951 772\ndel none\nget 653\ndel none\npopitem -1 567\nget none\nsetdefault 274\nshow 160:385 11:602 224:506 144:879 37:289 38:791 -2:653 10:166 17:208 9223372036854775807:919 280:274 400:368\npopitem 12 363\ndel none\ndel none\nsetdefault 391\nget none\ndel none\nget none\nget 919\ndel 833\nget 919\ndel none\nget none\ndel none\npopitem 25 384\nget none\nget none\npopitem 18 147\nget 454\nget none\nget none\npopitem 120 368\nget 845\nget none\nget none\nget 725\ndel none\nsetdefault 706\ndel 726\ndel none\ndel 15\nsetdefault 819\nshow 160:385 11:602 224:506 144:879 37:289 38:791 -2:68 10:166 17:410 9223372036854775807:919 280:274 400:368 31:787 3:818 2305843009213693951:391 376:613 27:868 -1:44 2:725 6:104 19:454 -1789388226034889011:69 29:423 296:127 5:562 184:588 13:708 40:975 88:706 1478099419660312184:854 4:899 737245260250424641:819 21:819 7:713 -335528520051894631:114",
        ),
        (
            "del 2\npopitem\ndel 6\npopitem\nset 7527200945864892338 823\nset 8 641\nset 6511245551896751382 349\nget 240\ndel 37\nset 216 174\nset 280 560\nset 19 517\nsetdefault 200 73\ndel 18\ndel 35\ndel 0\nsetdefault 88 901\nget 216\nsetdefault 88 239\nset 3 459\nset 10 925\ndel 3\nset 40 803\ndel 336\npopitem\nset 272 742\nset 22 144\nsetdefault 328 341\nset 48 233\ndel 1\nset 23 353\ndel 216\nget 72\nset 31 487\nsetdefault 25 903\nset -1 916\nget 328\nset -1 131\nsetdefault 27 443\npopitem\nsetdefault 15 973\nset 208 282\nset 136 501\nset 14 231\ndel 16\nset 15 51\npopitem\nget 9223372036854775807\npopitem\nset 32 686\nsetdefault 20 709\npopitem\nset 320 148\nset 39 948\npopitem\nset -92224660751070849 916\nset 14 612\nsetdefault 3551952327601781427 142\nset 9223372036854775807 314\nget 9\ndel 29\nget 38\nsetdefault 88 651\nset 36 675\nset 30 964\nset 344 124\ndel 23\npopitem\nset -2 475\npopitem\ndel 2305843009213693951\npopitem\nset 30 682\nset 7 79\npopitem\npopitem\nget 152\nget 3483223366426883667\nget 144\npopitem\nset -1 959\nset 29 147\nget 120\nset 13 192\nget 26\ndel 21\nget 22\nset 25 980\npopitem\nset 296 51\ndel 32\nset 4 153\nget -2386298099248257526\npopitem\nget 26\ndel 392\ndel 33\nget 400\ndel 144\nsetdefault 24 798\nget 5995432349343128237\nset 16 258\nset 2334308383377159974 176\nset 2305843009213693952 734\nshow",
            "del none\npopitem none\ndel none\npopitem none\nget none\ndel none\nsetdefault 73\ndel none\ndel none\ndel none\nsetdefault 901\nget 174\nsetdefault 901\ndel 459\ndel none\npopitem 40 803\nsetdefault 341\ndel none\ndel 174\nget none\nsetdefault 903\nget 341\nsetdefault 443\npopitem 27 443\nsetdefault 973\ndel none\npopitem 14 231\nget none\npopitem 136 501\nsetdefault 709\npopitem 20 709\npopitem 39 948\nsetdefault 142\nget none\ndel none\nget none\nsetdefault 901\ndel 353\npopitem 344 124\npopitem -2 475\ndel none\npopitem 30 964\npopitem 7 79\npopitem 30 682\nget none\nget none\nget none\npopitem 36 675\nget none\nget none\ndel none\nget 144\npopitem 13 192\ndel 686\nget none\npopitem 4 153\nget none\ndel none\ndel none\nget none\ndel none\nsetdefault 798\nget none\nshow 7527200945864892338:823 8:641 6511245551896751382:349 280:560 19:517 200:73 88:901 10:925 272:742 22:144 328:341 48:233 31:487 25:980 -1:959 15:51 208:282 320:148 -92224660751070849:916 14:612 3551952327601781427:142 9223372036854775807:314 29:147 296:51 24:798 16:258 2334308383377159974:176 2305843009213693952:734",
        ),
        (
            "get 80\nget 328\nget 19\nset 10 246\nset 10 441\nget 8952518226541780130\nset 200 808\nsetdefault -9223372036854775808 876\nset 3 336\npopitem\ndel 240\nset -1585049343979845130 754\npopitem\nset 6948648611276579993 832\nset 2305843009213693951 763\nget 40\nset -3 903\nset 192 613\nset 392 461\npopitem\ndel 9223372036854775807\nset 344 28\nget 11\nget 112\nsetdefault 96 795\nsetdefault 7141051421790208257 140\ndel 392\nget 144\npopitem\nset 39 454\ndel 1\nset 14 642\ndel 256\nset 160 50\nset 35 510\nsetdefault 11 310\ndel 168\nget 29\nset 4 662\nget 33\nget 36\nset 28 374\npopitem\nset 32 487\nset 33 170\ndel 8\nset -9223372036854775808 74\nset -9158919915517510511 269\nget 31\nset 56 163\npopitem\nset 19 476\nset 56 365\nset 200 676\nshow\nset 6513725447330207533 930\nsetdefault 5140051462450964927 655\nget 2\nclear\nset 2 203\nget 80\nset 168 182\nget 3\ndel 32\ndel 38\nset 2714202098213140099 158\nset 15 510\nshow\npopitem\nget 2305843009213693952\nset 12 668\npopitem\nsetdefault 38 455\nget 35\nget 0\nset 2305843009213693952 828\nget 38\nget 1\nset 0 956\nget 6\nset -5573910882784182833 907\nset 19 0\ndel 8\npopitem\nset -1 470\nsetdefault 2305843009213693951 706\nget 38\nset -6771546216679433490 272\npopitem\nset 14 742\nget 33\nsetdefault 256 760\nset 27 52\nset 3032150527420572647 292\npopitem\ndel 9223372036854775807\npopitem\nset 9223372036854775807 271\npopitem\nset 2 308\nget 1805034423022910813\ndel -3\npopitem\ndel 16\nget 16\nset 8 608\npopitem\nset 40 736\nset 104 427\nget 2\nset 9223372036854775807 251\nset -2 104\nsetdefault -8424563952103811417 317\nset 13 306\nset 3 523\nsetdefault 272 867\ndel 240\nset 17 505\npopitem\nset 38 590\ndel 2856230271052586075\nget 360\nset 19 804\nset 208 480\ndel 192\nget 28\ndel -1\nsetdefault 17 220\nset 8941230150600432479 187\nset 26 503\nget -6394938058998290981\nset 2305843009213693952 756\nget 80\nget 20\nget -2\ndel 5\nset 144 872\nset 376 865\nset 10 598\nget 248\nset 24 459\nset 10 38\nget 9223372036854775807\ndel 112\nget 26\nset 29 236\nset 22 110\ndel 29\nget 13\ndel 21\nget -1958338877384039208\nget 6\ndel -1808268433648026504\nget 4996725593321183632\nset 19 139\nget 360\npopitem\ndel 336\ndel -9223372036854775808\nset 31 426\nget 11\nget 17\npopitem\ndel -2\ndel 24\nget 27\nset -2 660\nget 19\npopitem\ndel 8408010642866495036\nset 27 816\nget 72\nget -7753509222171218054\npopitem\nset 16 536\nset 18 280\nset 400 326\nget 128\nsetdefault 336 46\nset -1 952\nget -9223372036854775808\nget -1\npopitem\nset 120 356\nget 28\nset 336 690\nset 24 421\nsetdefault 39 854\nget -1\nset 176 764\nset -3549574289600173672 739\nset 40 927\nset 128 538\nsetdefault 64 368\nset 31 938\npopitem\nset 37 83\nget -2\nset 3514472118410876359 350\nset -3 716\nset 34 278\nset -2 746\ndel 32\nset -3 151\nsetdefault 8 660\nset 25 30\nget 22\nset 39 177\nset 37 390\ndel 20\nget 21\nsetdefault 27 894\nshow",
            "get none\nget none\nget none\nget none\nsetdefault 876\npopitem 3 336\ndel none\npopitem -1585049343979845130 754\nget none\npopitem 392 461\ndel none\nget none\nget none\nsetdefault 795\nsetdefault 140\ndel none\nget none\npopitem 7141051421790208257 140\ndel none\ndel none\nsetdefault 310\ndel none\nget none\nget none\nget none\npopitem 28 374\ndel none\nget none\npopitem 56 163\nshow 10:441 200:676 -9223372036854775808:74 6948648611276579993:832 2305843009213693951:763 -3:903 192:613 344:28 96:795 39:454 14:642 160:50 35:510 11:310 4:662 32:487 33:170 -9158919915517510511:269 19:476 56:365\nsetdefault 655\nget none\nget none\nget none\ndel none\ndel none\nshow 2:203 168:182 2714202098213140099:158 15:510\npopitem 15 510\nget none\npopitem 12 668\nsetdefault 455\nget none\nget none\nget 455\nget none\nget none\ndel none\npopitem 19 0\nsetdefault 706\nget 455\npopitem -6771546216679433490 272\nget none\nsetdefault 760\npopitem 3032150527420572647 292\ndel none\npopitem 27 52\npopitem 9223372036854775807 271\nget none\ndel none\npopitem 256 760\ndel none\nget none\npopitem 8 608\nget 308\nsetdefault 317\nsetdefault 867\ndel none\npopitem 17 505\ndel none\nget none\ndel none\nget none\ndel 470\nsetdefault 220\nget none\nget none\nget none\nget 104\ndel none\nget none\nget 251\ndel none\nget 503\ndel 236\nget 306\ndel none\nget none\nget none\ndel none\nget none\nget none\npopitem 22 110\ndel none\ndel none\nget none\nget 220\npopitem 31 426\ndel 104\ndel 459\nget none\nget 139\npopitem -2 660\ndel none\nget none\nget none\npopitem 27 816\nget none\nsetdefault 46\nget none\nget 952\npopitem -1 952\nget none\nsetdefault 854\nget none\nsetdefault 368\npopitem 31 938\nget none\ndel none\nsetdefault 660\nget none\ndel none\nget none\nsetdefault 894\nshow 2:308 168:182 2714202098213140099:158 38:590 2305843009213693952:756 0:956 -5573910882784182833:907 2305843009213693951:706 14:742 40:927 104:427 9223372036854775807:251 -8424563952103811417:317 13:306 3:523 272:867 19:139 208:480 17:220 8941230150600432479:187 26:503 144:872 376:865 10:38 16:536 18:280 400:326 336:690 120:356 24:421 39:177 176:764 -3549574289600173672:739 128:538 64:368 37:390 3514472118410876359:350 -3:151 34:278 -2:746 8:660 25:30 27:894",
        ),
        (
            "set 3 841\nset 312 82\nget 4942300713241911741\nset 39 418\ndel 35\npopitem\nget -1\nset 2305843009213693952 212\nset 15 535\nclear\nset -9223372036854775808 671\nget 30\nget 9223372036854775807\nset 15 77\nset 352 572\nset 2305843009213693952 623\ndel 4\nset 39 467\nset 15 492\nget 30\nset 2305843009213693951 809\ndel 24\nset 29 823\nset 24 11\nset 25 243\ndel 120\nsetdefault -5716724525997663671 523\nsetdefault 6 682\nget 248\nset 208 183\nset 7 317\nget 376\nset 2305843009213693952 294\nset 120 990\ndel 2063591052750674646\nget 2305843009213693952\ndel 28\nshow",
            "get none\ndel none\npopitem 39 418\nget none\nget none\nget none\ndel none\nget none\ndel none\ndel none\nsetdefault 523\nsetdefault 682\nget none\nget none\ndel none\nget 294\ndel none\nshow -9223372036854775808:671 15:492 352:572 2305843009213693952:294 39:467 2305843009213693951:809 29:823 24:11 25:243 -5716724525997663671:523 6:682 208:183 7:317 120:990",
        ),
        (
            "popitem\nset 9223372036854775807 703\nset 26 54\nset -5911824120516426458 771\nset 9 429\nset 384 156\ndel 328\npopitem\nset 24 400\ndel 7\ndel 4\npopitem\nsetdefault 10 502\nget -6117883406608810740\nset 304 478\nset 2 291\nset 376 559\nset -2 233\nset 23 366\nset 20 892\npopitem\nset 2305843009213693951 988\nset -1 395\npopitem\npopitem\nset 12 438\nsetdefault 39 913\ndel -2\nget 296\ndel 35\nset 2305843009213693952 174\ndel 26\nset 96 928\nset -1 187\nset 15 334\nset -2 946\nset 9223372036854775807 279\nget -1\nset -9223372036854775808 12\nsetdefault 33 788\nset 2305843009213693951 305\npopitem\nset 392 979\nset 9223372036854775807 56\nset -2 301\ndel -1\nset -9223372036854775808 569\nset -9223372036854775808 216\nset 40 220\ndel 208\nset 36 629\nget 31\nsetdefault 392 128\ndel 17\ndel 152\nget 22\nset 40 580\nset -7018301537328091790 416\npopitem\nset -1 686\ndel 304\npopitem\nset 38 698\nset -1 399\nset 36 885\nget -2\nset 384 15\ndel 26\nget -1\nclear\nset 184 365\nset 18 809\nset 6423826092195796413 775\ndel 19\npopitem\nset 40 695\nset 8519633808464672549 460\nget 38\nget 384\nset 18 722\nset 176 169\nset 2305843009213693952 75\nset 15 417\nsetdefault 39 209\nset -2 529\nset 32 557\nset 26 28\nset 31 805\npopitem\ndel 912480841724739008\npopitem\nset 272 238\nget 272\nset 312 979\nget 24\nsetdefault -1 19\nset 2 158\npopitem\nset 34 945\nset -1 466\nset 96 339\nset 336 823\nset 336 425\nset -5605487168189266198 329\ndel 33\ndel 8\nset 29 96\nset 21 388\nset 2896053552039854251 802\nget 1\nset 2305843009213693952 678\nset 0 433\ndel 169425084103437369\ndel 232\nget 9223372036854775807\nsetdefault 14 504\nset -7830129205402526776 438\nsetdefault 400 533\nget 29\ndel 28\nsetdefault 4 742\ndel 5\nget 2305843009213693952\nset 9185390435824034744 486\nset -1 577\nget 9\nset 16 778\nsetdefault 3176629808075038177 688\ndel 4\nset 17 533\nset -201707184560478610 924\nget 320\nset 29 360\nsetdefault 248 320\ndel 2\nsetdefault -1 523\nget 28\nget -1\nget -2\nset 11 210\ndel 208\nset 9 918\nget 192\nset 23 815\nget 328\nsetdefault 10 280\nset 2371582029966774584 69\nget 2305843009213693951\nset -9223372036854775808 698\ndel 160\nsetdefault 2 695\nget 24\nsetdefault 2305843009213693951 437\nget 9223372036854775807\nset 8 393\nget 17\nget 27\npopitem\nset 25 95\nset 36 935\nsetdefault 32 615\ndel 168\nset 19 139\nshow\nset 7 765\nset 4 42\nget 19\nset 37 577\nset 7 781\ndel 23\nset 28 2\nset 28 660\nset 56 503\nset 1 951\nset 34 497\nsetdefault 39 578\nset 184 971\nget 37\nget -3\ndel 160\nsetdefault 29 54\nset -1 482\nset 8 943\ndel 38\nget 11\nset 26 260\nget 16\nset 0 87\nget 168\nset 2305843009213693951 246\nset 6 49\nget -9223372036854775808\nset 1 310\ndel 9223372036854775807\nget -8413063362175617193\nset 17 851\ndel 11\ndel 2305843009213693952\nset -9223372036854775808 685\nset 26 956\nset 26 895\nset 208 192\nget 2\ndel 35\nset 64 899\nget 32\nget -9223372036854775808\nget -1\ndel 24\nset 31 798\nset 24 192\nget 1\ndel 11\nget 27\nget 256\nset 144 896\ndel 11\nset 216 571\nget 24\nget 30\nset 272 850\nset 2305843009213693952 411\nset -2 97\nsetdefault 400 789\nshow",
            "popitem none\ndel none\npopitem 384 156\ndel none\ndel none\npopitem 24 400\nsetdefault 502\nget none\npopitem 20 892\npopitem -1 395\npopitem 2305843009213693951 988\nsetdefault 913\ndel 233\nget none\ndel none\ndel 54\nget 187\nsetdefault 788\npopitem 2305843009213693951 305\ndel 187\ndel none\nget none\nsetdefault 979\ndel none\ndel none\nget none\npopitem -7018301537328091790 416\ndel 478\npopitem -1 686\nget 301\ndel none\nget 399\ndel none\npopitem 6423826092195796413 775\nget none\nget none\nsetdefault 209\npopitem 31 805\ndel none\npopitem 26 28\nget 238\nget none\nsetdefault 19\npopitem 2 158\ndel none\ndel none\nget none\ndel none\ndel none\nget none\nsetdefault 504\nsetdefault 533\nget 96\ndel none\nsetdefault 742\ndel none\nget 678\nget none\nsetdefault 688\ndel 742\nget none\nsetdefault 320\ndel none\nsetdefault 577\nget none\nget 577\nget 529\ndel none\nget none\nget none\nsetdefault 280\nget none\ndel none\nsetdefault 695\nget none\nsetdefault 437\nget none\nget 533\nget none\npopitem 8 393\nsetdefault 557\ndel none\nshow 184:365 18:722 40:695 8519633808464672549:460 176:169 2305843009213693952:678 15:417 39:209 -2:529 32:557 272:238 312:979 -1:577 34:945 96:339 336:425 -5605487168189266198:329 29:360 21:388 2896053552039854251:802 0:433 14:504 -7830129205402526776:438 400:533 9185390435824034744:486 16:778 3176629808075038177:688 17:533 -201707184560478610:924 248:320 11:210 9:918 23:815 10:280 2371582029966774584:69 -9223372036854775808:698 2:695 2305843009213693951:437 25:95 36:935 19:139\nget 139\ndel 815\nsetdefault 209\nget 577\nget none\ndel none\nsetdefault 360\ndel none\nget 210\nget 778\nget none\nget 698\ndel none\nget none\ndel 210\ndel 678\nget 695\ndel none\nget 557\nget 685\nget 482\ndel none\nget 310\ndel none\nget none\nget none\ndel none\nget 192\nget none\nsetdefault 533\nshow 184:971 18:722 40:695 8519633808464672549:460 176:169 15:417 39:209 -2:97 32:557 272:850 312:979 -1:482 34:497 96:339 336:425 -5605487168189266198:329 29:360 21:388 2896053552039854251:802 0:87 14:504 -7830129205402526776:438 400:533 9185390435824034744:486 16:778 3176629808075038177:688 17:851 -201707184560478610:924 248:320 9:918 10:280 2371582029966774584:69 -9223372036854775808:685 2:695 2305843009213693951:246 25:95 36:935 19:139 7:781 4:42 37:577 28:660 56:503 1:310 8:943 26:895 6:49 208:192 64:899 31:798 24:192 144:896 216:571 2305843009213693952:411",
        ),
        (
            "set 24 515\nset 5 890\nset -6948525716230699138 740\nset 39 132\ndel 33\nset 280 801\nsetdefault 6 208\nset -9223372036854775808 396\nclear\npopitem\ndel 27\nset 16 374\nset 104 881\nsetdefault 24 691\ndel 19\ndel 27\nset 20 375\nget 33\ndel 29\nget 31\nget 9223372036854775807\nsetdefault -2 327\nset 13 463\nsetdefault 19 88\nset 3545743496193545888 259\nget 36\ndel 23\nset -8256395057341864977 264\nset 200 326\nset 184 816\ndel 5\nset 38 234\nset 11 763\nget -9223372036854775808\nset 1 159\nset 0 11\nget 2305843009213693952\nset 28 378\ndel 272\nget 21\nset -1 296\nset 27 432\nget 18\nget 38\nget 34\nset 10 461\npopitem\nget 7959531435176079563\nset 360 306\nset 2 390\nset 96 318\nset 0 55\nset 9223372036854775807 486\ndel -1\nget -2\nget -4365079891755704848\nset 320 686\nset 25 11\nget 336\nset 216 602\nset 12 287\ndel 5\nset 25 301\ndel 24\nset 16 893\nsetdefault 384 561\nset 35 584\nget 38\nset 21 401\nget -6548948540319964810\nset 2114783856566648895 988\nset -1 838\nset 21 523\nget 5\nshow\nset 16 797\ndel 8\ndel -8798368711241445051\nget 392\ndel 120\nset 4 162\nset 0 65\ndel 22\nget 1\nset 0 546\ndel 29\nset 4838881630411044824 218\nget -2\nset 88 408\nset 11 820\nset 256 482\nset 392 833\nget 12\ndel 9223372036854775807\nset 40 534\ndel 64\nset 200 912\ndel 9223372036854775807\nset 8780302110317068424 82\nset -2 226\nset 152 1\nsetdefault 18 397\nset 22 571\npopitem\nclear\nget 128\ndel 72\nshow",
            "del none\nsetdefault 208\npopitem none\ndel none\nsetdefault 691\ndel none\ndel none\nget none\ndel none\nget none\nget none\nsetdefault 327\nsetdefault 88\nget none\ndel none\ndel none\nget none\nget none\ndel none\nget none\nget none\nget 234\nget none\npopitem 10 461\nget none\ndel 296\nget 327\nget none\nget none\ndel none\ndel 691\nsetdefault 561\nget 234\nget none\nget none\nshow 16:893 104:881 20:375 -2:327 13:463 19:88 3545743496193545888:259 -8256395057341864977:264 200:326 184:816 38:234 11:763 1:159 0:55 28:378 27:432 360:306 2:390 96:318 9223372036854775807:486 320:686 25:301 216:602 12:287 384:561 35:584 21:523 2114783856566648895:988 -1:838\ndel none\ndel none\nget none\ndel none\ndel none\nget 159\ndel none\nget 327\nget 287\ndel 486\ndel none\ndel none\nsetdefault 397\npopitem 22 571\nget none\ndel none\nshow",
        ),
        (
            "get 328\nset 4 826\nset 2305843009213693952 933\nsetdefault 34 375\nget 2305843009213693951\nset 96 450\nget 288\ndel 9223372036854775807\nsetdefault 2305843009213693951 238\nget 200\nset -2 306\ndel -9223372036854775808\nget 18\nget 32\nget 136\nset 39 818\nset 72 673\nset 39 768\nget 376\nset 9223372036854775807 349\nget 16\nset 10 64\ndel -9223372036854775808\nset 13 477\nset 6 472\nset 29 700\nset 3 658\nset 35 897\ndel 16\nset 88 168\nset 24 26\nset 9223372036854775807 920\nget 14\nsetdefault 160 463\nset -2 399\nget 9070335069372693223\npopitem\npopitem\ndel 2305843009213693951\nset 33 201\nset 136 907\nget 9223372036854775807\nset 22 202\nset 2 976\nset 33 630\nget 27\ndel 15\nset 328 48\npopitem\nset 27 415\nset 13 821\nset 104 268\nset -9223372036854775808 980\nset 120 987\nset 376 437\nset 9223372036854775807 887\nget -1\nget 38\ndel 128\nset 312 362\npopitem\nset 15 246\nset 20 951\nset 13 206\ndel -8777397365741785239\nset 32 138\nset -2 859\nset 32 15\nset 17 173\nset 9223372036854775807 206\nset 72 347\nget 152\nset 21 885\nget 144\nset 37 631\nget -2\ndel 1914717041864221730\nset 32 938\nset 37 694\nsetdefault 9223372036854775807 797\nget 96\nset 19 220\nsetdefault 112 443\ndel 39\nset 2931669852401508273 815\npopitem\nget -1\nset -1823905463638537154 124\nset 37 354\nset 9223372036854775807 791\nset 9223372036854775807 214\nset 29 896\ndel 29\nset 38 901\nset -6335428031338382891 537\nset 865692870572498482 721\nset 232 77\nset 23 302\nset -9223372036854775808 845\nset 344 848\nset 30 156\nset 31 574\nget 11\nset 5897267385919467476 598\ndel 12\ndel 7\nset 24 619\nset 38 180\nset 12 538\nset 184 163\nget 39\nset 7 497\ndel 24\nset 248 523\nset 28 834\nset 28 469\nset 9223372036854775807 811\nset 35 39\nset 34 322\nset 4 82\nget 224\nget 280\nset 176 486\nset -1 355\nset 32 381\nget 320\nsetdefault -1420654097892131334 839\nset 40 491\nget 2305843009213693951\nget 200\nsetdefault 2 834\nset 29 387\nset 0 198\nget 328\nset 24 442\nset 9223372036854775807 517\nget 400\nget 352\nset 2305843009213693951 98\nset 7 766\ndel 6610596083955560258\ndel 88\nset 24 670\nset 15 746\nset 64 154\nset 2305843009213693951 142\nset -1839357817135748297 423\nset 25 838\nset 18 523\nset 25 260\npopitem\nset 320 239\ndel 25\ndel 28\nget 29\nset 0 51\nset 9223372036854775807 312\nset 96 47\nset 40 602\nset 2990570289868554923 302\nget 2305843009213693951\nset 5 563\npopitem\nset 40 656\nset -9223372036854775808 366\nset 7 789\nset 2 414\nset 224 298\nset 15 31\nget 17\ndel 4\nset 19 583\nset 0 303\nget 32\ndel -5248031510102074563\nget 280\ndel 288\nsetdefault 200 674\nset 48 707\npopitem\nset 3941215697279424456 584\nset -1254685085386376773 668\nget -1\nset 21 51\nsetdefault 2305843009213693951 220\nset 368 679\nget 2\nsetdefault 14 6\nset 2 515\npopitem\nset 320 587\nset 2305843009213693952 50\nset 22 852\nset 2305843009213693951 506\nsetdefault 20 971\npopitem\nset 32 508\nget 2305843009213693952\nset 368 185\ndel -1\nset 40 733\nset 304 556\nset 17 624\nset 925838211301430317 655\nset 9027571797187563754 912\nset 96 368\npopitem\nset 29 694\nshow",
            "get none\nsetdefault 375\nget none\nget none\ndel none\nsetdefault 238\nget none\ndel none\nget none\nget none\nget none\nget none\nget none\ndel none\ndel none\nget none\nsetdefault 463\nget none\npopitem 160 463\npopitem 24 26\ndel 238\nget 920\nget none\ndel none\npopitem 328 48\nget none\nget none\ndel none\npopitem 312 362\ndel none\nget none\nget none\nget 859\ndel none\nsetdefault 206\nget 450\nsetdefault 443\ndel 768\npopitem 2931669852401508273 815\nget none\ndel 896\nget none\ndel none\ndel none\nget none\ndel 619\nget none\nget none\nget none\nsetdefault 839\nget none\nget none\nsetdefault 976\nget none\nget none\nget none\ndel none\ndel 168\npopitem 18 523\ndel 260\ndel 469\nget 387\nget 142\npopitem 5 563\nget 173\ndel 82\nget 381\ndel none\nget none\ndel none\nsetdefault 674\npopitem 48 707\nget 355\nsetdefault 142\nget 414\nsetdefault 6\npopitem 14 6\nsetdefault 951\npopitem 368 679\nget 50\ndel 355\npopitem 9027571797187563754 912\nshow 2305843009213693952:50 34:322 96:368 -2:859 72:347 9223372036854775807:312 10:64 13:206 6:472 3:658 35:39 33:630 136:907 22:852 2:515 27:415 104:268 -9223372036854775808:366 120:987 376:437 15:31 20:951 32:508 17:624 21:51 37:354 19:583 112:443 -1823905463638537154:124 38:180 -6335428031338382891:537 865692870572498482:721 232:77 23:302 344:848 30:156 31:574 5897267385919467476:598 12:538 184:163 7:789 248:523 176:486 -1420654097892131334:839 40:733 29:694 0:303 24:670 2305843009213693951:506 64:154 -1839357817135748297:423 320:587 2990570289868554923:302 224:298 200:674 3941215697279424456:584 -1254685085386376773:668 368:185 304:556 925838211301430317:655",
        ),
        (
            "set 15 90\nset 20 236\nget 30\nset -1 134\npopitem\nset 29 905\nset 22 53\nset 0 996\nset 40 917\nset 328 791\nset 320 627\nget 2413030906860166794\nget 312\nset -6740565406258697049 169\nget -9156329916314303745\nget 21\nget 8\nset 32 119\nget 280\nsetdefault 3 394\nset 27 617\nset 352 794\npopitem\nset 11 56\nset -7897159784817488880 392\nset 14 244\nset 6 97\nset 248 981\ndel 1735153038614463910\nset -2 577\nclear\nset 0 325\nget -2\nset 7 300\nset 37 506\nshow\nset 39 8\nget 8\nset 20 368\nset 39 947\nset -2 821\nset 18 688\nsetdefault 192 637\nset 14 266\nset 168 330\nset -2656522973259797672 925\ndel -2\ndel 8\nget 128\nset 30 469\nsetdefault 344 448\ndel 11\nget 37\ndel 36\nset 11 342\nset 38 45\nget 296\nset 37 282\nget 9223372036854775807\nclear\nset 13 327\nset -4567735785414950655 34\nsetdefault -3 600\ndel 232\ndel 2305843009213693952\nset 27 510\nset 23 790\nset 2 65\nset 32 619\nget 9223372036854775807\nget 2305843009213693951\nset 36 357\nget -9223372036854775808\ndel 256\nset 37 13\nset -3 969\nset -1 686\nset -2728970828867597108 940\nget -9223372036854775808\nset 33 341\nset 27 489\ndel 4\npopitem\ndel 2305843009213693951\nget 38\ndel -5365522713982919852\nset 256 488\nset 7 859\nget 2305843009213693951\nset 9223372036854775807 929\nset -1 36\nget -1\nset 40 344\nget 1836475386529998473\nset 10 6\nset -9223372036854775808 243\nset -281365255320533877 940\nset 400 848\nsetdefault 2305843009213693952 76\npopitem\nset 176 191\nset -1 881\nset -2 932\nget 31\ndel 40\nset 34 593\nsetdefault 15 802\nset 36 599\nshow",
            "get none\npopitem -1 134\nget none\nget none\nget none\nget none\nget none\nget none\nsetdefault 394\npopitem 352 794\ndel none\nget none\nshow 0:325 7:300 37:506\nget none\nsetdefault 637\ndel 821\ndel none\nget none\nsetdefault 448\ndel none\nget 506\ndel none\nget none\nget none\nsetdefault 600\ndel none\ndel none\nget none\nget none\nget none\ndel none\nget none\ndel none\npopitem 33 341\ndel none\nget none\ndel none\nget none\nget 36\nget none\nsetdefault 76\npopitem 2305843009213693952 76\nget none\ndel 344\nsetdefault 802\nshow 13:327 -4567735785414950655:34 -3:969 27:489 23:790 2:65 32:619 36:599 37:13 -1:881 -2728970828867597108:940 256:488 7:859 9223372036854775807:929 10:6 -9223372036854775808:243 -281365255320533877:940 400:848 176:191 -2:932 34:593 15:802",
        ),
        (
            "set -1 80\nset 32 72\ndel 2\nset 280 488\nset 28 582\nset 8 680\nset 88 288\nset 12 322\nset -1 811\nget 36\nset 25 91\nset 25 783\nset 224 866\nset 9223372036854775807 882\nget 2305843009213693952\nset 0 305\nset 304 190\nsetdefault 176 407\nset 2305843009213693951 678\nset 31 127\nget 21\nget 24\ndel 5650695008009089921\nsetdefault -9223372036854775808 161\ndel 32\nset 176 552\nsetdefault -6080481720454977768 567\nset -9223372036854775808 117\nset 40 272\nset 16 331\nsetdefault -1 931\nset 344 955\nset 40 362\nset 4 984\nset 2 129\nsetdefault 168 799\nset 36 387\nset -2 127\nset 24 318\nset 16 84\nset 22 679\nset 40 4\nget -4733477796339286859\nset 224 842\nset 33 126\nset 20 512\nset -2 601\nclear\nget -7299988870586423719\ndel 2305843009213693951\nset 27 933\nget 2\nset -3 742\nset -7344214092437395727 646\ndel 4206388863253759665\nset 12 402\nset -1 925\ndel 2305843009213693952\nset 2305843009213693952 457\nset 23 36\nget 10\npopitem\nset -9223372036854775808 39\nset 10 934\nset 160 391\nset 0 252\nset 352 246\nset 37 40\nset 35 305\nget 4\nset 9223372036854775807 610\nget -2\ndel 4\nset 33 327\nget 2305843009213693952\nset 9 110\nget -1\nget 25\nset 13 137\ndel -9223372036854775808\nset 7 448\nsetdefault 11 807\nset 288 543\nget 8\nset 25 433\nset -1 682\nset 152 779\npopitem\nset 37 807\nset 30 232\nset 25 198\ndel -2914199658961177966\nget 2305843009213693952\nset 9223372036854775807 427\ndel 8\nget 12\nset 2305843009213693951 300\nset 392 294\npopitem\ndel 28\nget 248\nset 17 573\ndel 18\nset 38 826\nget 20\nset -2 894\nsetdefault 7 985\nset 0 967\ndel -3\ndel 25\nset 8257204098903729575 367\nset 28 578\nsetdefault 6 470\ndel 2\nget 15\ndel 21\nget 2305843009213693951\nget 272\nset 15 352\nset 28 827\nset 38 98\nset 11 49\ndel 2305843009213693952\ndel 5\nclear\nget 17\nget -2\nget 9223372036854775807\nget -5982000535649437365\nset 17 338\nset 32 661\nset 18 654\ndel 26\nget 4\npopitem\ndel 8760969575380622000\npopitem\nset 280 173\nset 8 772\npopitem\nget 4\ndel 6\nset 18 7\nset 23 728\nget 10\nset 2305843009213693951 73\nsetdefault -1676088634101315021 638\nget 27\nset -7766594332421295276 862\nset 39 94\nset 27 590\nget 22\nget 29\nset 16 967\nset 9223372036854775807 987\nset 13 68\nget 25\nset 35 761\npopitem\nset 35 928\ndel 9223372036854775807\nsetdefault 208 269\npopitem\nset 30 806\nget 7\nset -2 70\nget 64\nsetdefault 22 768\npopitem\nget 20\nset 296 491\nset 160 629\nset 2305843009213693951 843\nget 16\ndel -2\nget 8\nshow",
            "del none\nget none\nget none\nsetdefault 407\nget none\nget none\ndel none\nsetdefault 161\ndel 72\nsetdefault 567\nsetdefault 811\nsetdefault 799\nget none\nget none\ndel none\nget none\ndel none\ndel none\nget none\npopitem 23 36\nget none\nget none\ndel none\nget 457\nget 925\nget none\ndel 39\nsetdefault 807\nget none\npopitem 152 779\ndel none\nget 457\ndel none\nget 402\npopitem 392 294\ndel none\nget none\ndel none\nget none\nsetdefault 448\ndel 742\ndel 198\nsetdefault 470\ndel none\nget none\ndel none\nget 300\nget none\ndel 457\ndel none\nget none\nget none\nget none\nget none\ndel none\nget none\npopitem 18 654\ndel none\npopitem 32 661\npopitem 8 772\nget none\ndel none\nget none\nsetdefault 638\nget none\nget none\nget none\nget none\npopitem 35 761\ndel 987\nsetdefault 269\npopitem 208 269\nget none\nget none\nsetdefault 768\npopitem 22 768\nget none\nget 967\ndel 70\nget none\nshow 17:338 280:173 18:7 23:728 2305843009213693951:843 -1676088634101315021:638 -7766594332421295276:862 39:94 27:590 16:967 13:68 35:928 30:806 296:491 160:629",
        ),
        (
            "set 0 0\nset 1 1\nset 2 2\nset 3 3\nset 4 4\nset 5 5\nset 6 6\nset 7 7\nset 8 8\nset 9 9\nset 10 10\nset 11 11\nset 12 12\nset 13 13\nset 14 14\nset 15 15\nset 16 16\nset 17 17\nset 18 18\nset 19 19\nset 20 20\nset 21 21\nset 22 22\nset 23 23\nset 24 24\nset 25 25\nset 26 26\nset 27 27\nset 28 28\nset 29 29\nset 30 30\nset 31 31\nset 32 32\nset 33 33\nset 34 34\nset 35 35\nset 36 36\nset 37 37\nset 38 38\nset 39 39\nset 40 40\nset 41 41\nset 42 42\nset 43 43\nset 44 44\nset 45 45\nset 46 46\nset 47 47\nset 48 48\nset 49 49\nset 50 50\nset 51 51\nset 52 52\nset 53 53\nset 54 54\nset 55 55\nset 56 56\nset 57 57\nset 58 58\nset 59 59\nset 60 60\nset 61 61\nset 62 62\nset 63 63\nset 64 64\nset 65 65\nset 66 66\nset 67 67\nset 68 68\nset 69 69\nset 70 70\nset 71 71\nset 72 72\nset 73 73\nset 74 74\nset 75 75\nset 76 76\nset 77 77\nset 78 78\nset 79 79\nset 80 80\nset 81 81\nset 82 82\nset 83 83\nset 84 84\nset 85 85\nset 86 86\nset 87 87\nset 88 88\nset 89 89\nset 90 90\nset 91 91\nset 92 92\nset 93 93\nset 94 94\nset 95 95\nset 96 96\nset 97 97\nset 98 98\nset 99 99\nset 100 100\nset 101 101\nset 102 102\nset 103 103\nset 104 104\nset 105 105\nset 106 106\nset 107 107\nset 108 108\nset 109 109\nset 110 110\nset 111 111\nset 112 112\nset 113 113\nset 114 114\nset 115 115\nset 116 116\nset 117 117\nset 118 118\nset 119 119\nset 120 120\nset 121 121\nset 122 122\nset 123 123\nset 124 124\nset 125 125\nset 126 126\nset 127 127\nset 128 128\nset 129 129\nset 130 130\nset 131 131\nset 132 132\nset 133 133\nset 134 134\nset 135 135\nset 136 136\nset 137 137\nset 138 138\nset 139 139\nset 140 140\nset 141 141\nset 142 142\nset 143 143\nset 144 144\nset 145 145\nset 146 146\nset 147 147\nset 148 148\nset 149 149\nset 150 150\nset 151 151\nset 152 152\nset 153 153\nset 154 154\nset 155 155\nset 156 156\nset 157 157\nset 158 158\nset 159 159\nset 160 160\nset 161 161\nset 162 162\nset 163 163\nset 164 164\nset 165 165\nset 166 166\nset 167 167\nset 168 168\nset 169 169\nset 170 170\nset 171 171\nset 172 172\nset 173 173\nset 174 174\nset 175 175\nset 176 176\nset 177 177\nset 178 178\nset 179 179\nset 180 180\nset 181 181\nset 182 182\nset 183 183\nset 184 184\nset 185 185\nset 186 186\nset 187 187\nset 188 188\nset 189 189\nset 190 190\nset 191 191\nset 192 192\nset 193 193\nset 194 194\nset 195 195\nset 196 196\nset 197 197\nset 198 198\nset 199 199\nset 200 200\nset 201 201\nset 202 202\nset 203 203\nset 204 204\nset 205 205\nset 206 206\nset 207 207\nset 208 208\nset 209 209\nset 210 210\nset 211 211\nset 212 212\nset 213 213\nset 214 214\nset 215 215\nset 216 216\nset 217 217\nset 218 218\nset 219 219\nset 220 220\nset 221 221\nset 222 222\nset 223 223\nset 224 224\nset 225 225\nset 226 226\nset 227 227\nset 228 228\nset 229 229\nset 230 230\nset 231 231\nset 232 232\nset 233 233\nset 234 234\nset 235 235\nset 236 236\nset 237 237\nset 238 238\nset 239 239\nset 240 240\nset 241 241\nset 242 242\nset 243 243\nset 244 244\nset 245 245\nset 246 246\nset 247 247\nset 248 248\nset 249 249\nset 250 250\nset 251 251\nset 252 252\nset 253 253\nset 254 254\nset 255 255\nset 256 256\nset 257 257\nset 258 258\nset 259 259\nset 260 260\nset 261 261\nset 262 262\nset 263 263\nset 264 264\nset 265 265\nset 266 266\nset 267 267\nset 268 268\nset 269 269\nset 270 270\nset 271 271\nset 272 272\nset 273 273\nset 274 274\nset 275 275\nset 276 276\nset 277 277\nset 278 278\nset 279 279\nset 280 280\nset 281 281\nset 282 282\nset 283 283\nset 284 284\nset 285 285\nset 286 286\nset 287 287\nset 288 288\nset 289 289\nset 290 290\nset 291 291\nset 292 292\nset 293 293\nset 294 294\nset 295 295\nset 296 296\nset 297 297\nset 298 298\nset 299 299\nset 300 300\nset 301 301\nset 302 302\nset 303 303\nset 304 304\nset 305 305\nset 306 306\nset 307 307\nset 308 308\nset 309 309\nset 310 310\nset 311 311\nset 312 312\nset 313 313\nset 314 314\nset 315 315\nset 316 316\nset 317 317\nset 318 318\nset 319 319\nset 320 320\nset 321 321\nset 322 322\nset 323 323\nset 324 324\nset 325 325\nset 326 326\nset 327 327\nset 328 328\nset 329 329\nset 330 330\nset 331 331\nset 332 332\nset 333 333\nset 334 334\nset 335 335\nset 336 336\nset 337 337\nset 338 338\nset 339 339\nset 340 340\nset 341 341\nset 342 342\nset 343 343\nset 344 344\nset 345 345\nset 346 346\nset 347 347\nset 348 348\nset 349 349\nset 350 350\nset 351 351\nset 352 352\nset 353 353\nset 354 354\nset 355 355\nset 356 356\nset 357 357\nset 358 358\nset 359 359\nset 360 360\nset 361 361\nset 362 362\nset 363 363\nset 364 364\nset 365 365\nset 366 366\nset 367 367\nset 368 368\nset 369 369\nset 370 370\nset 371 371\nset 372 372\nset 373 373\nset 374 374\nset 375 375\nset 376 376\nset 377 377\nset 378 378\nset 379 379\nset 380 380\nset 381 381\nset 382 382\nset 383 383\nset 384 384\nset 385 385\nset 386 386\nset 387 387\nset 388 388\nset 389 389\nset 390 390\nset 391 391\nset 392 392\nset 393 393\nset 394 394\nset 395 395\nset 396 396\nset 397 397\nset 398 398\nset 399 399\nset 400 400\nset 401 401\nset 402 402\nset 403 403\nset 404 404\nset 405 405\nset 406 406\nset 407 407\nset 408 408\nset 409 409\nset 410 410\nset 411 411\nset 412 412\nset 413 413\nset 414 414\nset 415 415\nset 416 416\nset 417 417\nset 418 418\nset 419 419\nset 420 420\nset 421 421\nset 422 422\nset 423 423\nset 424 424\nset 425 425\nset 426 426\nset 427 427\nset 428 428\nset 429 429\nset 430 430\nset 431 431\nset 432 432\nset 433 433\nset 434 434\nset 435 435\nset 436 436\nset 437 437\nset 438 438\nset 439 439\nset 440 440\nset 441 441\nset 442 442\nset 443 443\nset 444 444\nset 445 445\nset 446 446\nset 447 447\nset 448 448\nset 449 449\nset 450 450\nset 451 451\nset 452 452\nset 453 453\nset 454 454\nset 455 455\nset 456 456\nset 457 457\nset 458 458\nset 459 459\nset 460 460\nset 461 461\nset 462 462\nset 463 463\nset 464 464\nset 465 465\nset 466 466\nset 467 467\nset 468 468\nset 469 469\nset 470 470\nset 471 471\nset 472 472\nset 473 473\nset 474 474\nset 475 475\nset 476 476\nset 477 477\nset 478 478\nset 479 479\nset 480 480\nset 481 481\nset 482 482\nset 483 483\nset 484 484\nset 485 485\nset 486 486\nset 487 487\nset 488 488\nset 489 489\nset 490 490\nset 491 491\nset 492 492\nset 493 493\nset 494 494\nset 495 495\nset 496 496\nset 497 497\nset 498 498\nset 499 499\nset 500 500\nset 501 501\nset 502 502\nset 503 503\nset 504 504\nset 505 505\nset 506 506\nset 507 507\nset 508 508\nset 509 509\nset 510 510\nset 511 511\nset 512 512\nset 513 513\nset 514 514\nset 515 515\nset 516 516\nset 517 517\nset 518 518\nset 519 519\nset 520 520\nset 521 521\nset 522 522\nset 523 523\nset 524 524\nset 525 525\nset 526 526\nset 527 527\nset 528 528\nset 529 529\nset 530 530\nset 531 531\nset 532 532\nset 533 533\nset 534 534\nset 535 535\nset 536 536\nset 537 537\nset 538 538\nset 539 539\nset 540 540\nset 541 541\nset 542 542\nset 543 543\nset 544 544\nset 545 545\nset 546 546\nset 547 547\nset 548 548\nset 549 549\nset 550 550\nset 551 551\nset 552 552\nset 553 553\nset 554 554\nset 555 555\nset 556 556\nset 557 557\nset 558 558\nset 559 559\nset 560 560\nset 561 561\nset 562 562\nset 563 563\nset 564 564\nset 565 565\nset 566 566\nset 567 567\nset 568 568\nset 569 569\nset 570 570\nset 571 571\nset 572 572\nset 573 573\nset 574 574\nset 575 575\nset 576 576\nset 577 577\nset 578 578\nset 579 579\nset 580 580\nset 581 581\nset 582 582\nset 583 583\nset 584 584\nset 585 585\nset 586 586\nset 587 587\nset 588 588\nset 589 589\nset 590 590\nset 591 591\nset 592 592\nset 593 593\nset 594 594\nset 595 595\nset 596 596\nset 597 597\nset 598 598\nset 599 599\ndel 0\ndel 2\ndel 4\ndel 6\ndel 8\ndel 10\ndel 12\ndel 14\ndel 16\ndel 18\ndel 20\ndel 22\ndel 24\ndel 26\ndel 28\ndel 30\ndel 32\ndel 34\ndel 36\ndel 38\ndel 40\ndel 42\ndel 44\ndel 46\ndel 48\ndel 50\ndel 52\ndel 54\ndel 56\ndel 58\ndel 60\ndel 62\ndel 64\ndel 66\ndel 68\ndel 70\ndel 72\ndel 74\ndel 76\ndel 78\ndel 80\ndel 82\ndel 84\ndel 86\ndel 88\ndel 90\ndel 92\ndel 94\ndel 96\ndel 98\ndel 100\ndel 102\ndel 104\ndel 106\ndel 108\ndel 110\ndel 112\ndel 114\ndel 116\ndel 118\ndel 120\ndel 122\ndel 124\ndel 126\ndel 128\ndel 130\ndel 132\ndel 134\ndel 136\ndel 138\ndel 140\ndel 142\ndel 144\ndel 146\ndel 148\ndel 150\ndel 152\ndel 154\ndel 156\ndel 158\ndel 160\ndel 162\ndel 164\ndel 166\ndel 168\ndel 170\ndel 172\ndel 174\ndel 176\ndel 178\ndel 180\ndel 182\ndel 184\ndel 186\ndel 188\ndel 190\ndel 192\ndel 194\ndel 196\ndel 198\ndel 200\ndel 202\ndel 204\ndel 206\ndel 208\ndel 210\ndel 212\ndel 214\ndel 216\ndel 218\ndel 220\ndel 222\ndel 224\ndel 226\ndel 228\ndel 230\ndel 232\ndel 234\ndel 236\ndel 238\ndel 240\ndel 242\ndel 244\ndel 246\ndel 248\ndel 250\ndel 252\ndel 254\ndel 256\ndel 258\ndel 260\ndel 262\ndel 264\ndel 266\ndel 268\ndel 270\ndel 272\ndel 274\ndel 276\ndel 278\ndel 280\ndel 282\ndel 284\ndel 286\ndel 288\ndel 290\ndel 292\ndel 294\ndel 296\ndel 298\ndel 300\ndel 302\ndel 304\ndel 306\ndel 308\ndel 310\ndel 312\ndel 314\ndel 316\ndel 318\ndel 320\ndel 322\ndel 324\ndel 326\ndel 328\ndel 330\ndel 332\ndel 334\ndel 336\ndel 338\ndel 340\ndel 342\ndel 344\ndel 346\ndel 348\ndel 350\ndel 352\ndel 354\ndel 356\ndel 358\ndel 360\ndel 362\ndel 364\ndel 366\ndel 368\ndel 370\ndel 372\ndel 374\ndel 376\ndel 378\ndel 380\ndel 382\ndel 384\ndel 386\ndel 388\ndel 390\ndel 392\ndel 394\ndel 396\ndel 398\ndel 400\ndel 402\ndel 404\ndel 406\ndel 408\ndel 410\ndel 412\ndel 414\ndel 416\ndel 418\ndel 420\ndel 422\ndel 424\ndel 426\ndel 428\ndel 430\ndel 432\ndel 434\ndel 436\ndel 438\ndel 440\ndel 442\ndel 444\ndel 446\ndel 448\ndel 450\ndel 452\ndel 454\ndel 456\ndel 458\ndel 460\ndel 462\ndel 464\ndel 466\ndel 468\ndel 470\ndel 472\ndel 474\ndel 476\ndel 478\ndel 480\ndel 482\ndel 484\ndel 486\ndel 488\ndel 490\ndel 492\ndel 494\ndel 496\ndel 498\ndel 500\ndel 502\ndel 504\ndel 506\ndel 508\ndel 510\ndel 512\ndel 514\ndel 516\ndel 518\ndel 520\ndel 522\ndel 524\ndel 526\ndel 528\ndel 530\ndel 532\ndel 534\ndel 536\ndel 538\ndel 540\ndel 542\ndel 544\ndel 546\ndel 548\ndel 550\ndel 552\ndel 554\ndel 556\ndel 558\ndel 560\ndel 562\ndel 564\ndel 566\ndel 568\ndel 570\ndel 572\ndel 574\ndel 576\ndel 578\ndel 580\ndel 582\ndel 584\ndel 586\ndel 588\ndel 590\ndel 592\ndel 594\ndel 596\ndel 598\nset 0 5\nset 1 7\nshow",
            "del 0\ndel 2\ndel 4\ndel 6\ndel 8\ndel 10\ndel 12\ndel 14\ndel 16\ndel 18\ndel 20\ndel 22\ndel 24\ndel 26\ndel 28\ndel 30\ndel 32\ndel 34\ndel 36\ndel 38\ndel 40\ndel 42\ndel 44\ndel 46\ndel 48\ndel 50\ndel 52\ndel 54\ndel 56\ndel 58\ndel 60\ndel 62\ndel 64\ndel 66\ndel 68\ndel 70\ndel 72\ndel 74\ndel 76\ndel 78\ndel 80\ndel 82\ndel 84\ndel 86\ndel 88\ndel 90\ndel 92\ndel 94\ndel 96\ndel 98\ndel 100\ndel 102\ndel 104\ndel 106\ndel 108\ndel 110\ndel 112\ndel 114\ndel 116\ndel 118\ndel 120\ndel 122\ndel 124\ndel 126\ndel 128\ndel 130\ndel 132\ndel 134\ndel 136\ndel 138\ndel 140\ndel 142\ndel 144\ndel 146\ndel 148\ndel 150\ndel 152\ndel 154\ndel 156\ndel 158\ndel 160\ndel 162\ndel 164\ndel 166\ndel 168\ndel 170\ndel 172\ndel 174\ndel 176\ndel 178\ndel 180\ndel 182\ndel 184\ndel 186\ndel 188\ndel 190\ndel 192\ndel 194\ndel 196\ndel 198\ndel 200\ndel 202\ndel 204\ndel 206\ndel 208\ndel 210\ndel 212\ndel 214\ndel 216\ndel 218\ndel 220\ndel 222\ndel 224\ndel 226\ndel 228\ndel 230\ndel 232\ndel 234\ndel 236\ndel 238\ndel 240\ndel 242\ndel 244\ndel 246\ndel 248\ndel 250\ndel 252\ndel 254\ndel 256\ndel 258\ndel 260\ndel 262\ndel 264\ndel 266\ndel 268\ndel 270\ndel 272\ndel 274\ndel 276\ndel 278\ndel 280\ndel 282\ndel 284\ndel 286\ndel 288\ndel 290\ndel 292\ndel 294\ndel 296\ndel 298\ndel 300\ndel 302\ndel 304\ndel 306\ndel 308\ndel 310\ndel 312\ndel 314\ndel 316\ndel 318\ndel 320\ndel 322\ndel 324\ndel 326\ndel 328\ndel 330\ndel 332\ndel 334\ndel 336\ndel 338\ndel 340\ndel 342\ndel 344\ndel 346\ndel 348\ndel 350\ndel 352\ndel 354\ndel 356\ndel 358\ndel 360\ndel 362\ndel 364\ndel 366\ndel 368\ndel 370\ndel 372\ndel 374\ndel 376\ndel 378\ndel 380\ndel 382\ndel 384\ndel 386\ndel 388\ndel 390\ndel 392\ndel 394\ndel 396\ndel 398\ndel 400\ndel 402\ndel 404\ndel 406\ndel 408\ndel 410\ndel 412\ndel 414\ndel 416\ndel 418\ndel 420\ndel 422\ndel 424\ndel 426\ndel 428\ndel 430\ndel 432\ndel 434\ndel 436\ndel 438\ndel 440\ndel 442\ndel 444\ndel 446\ndel 448\ndel 450\ndel 452\ndel 454\ndel 456\ndel 458\ndel 460\ndel 462\ndel 464\ndel 466\ndel 468\ndel 470\ndel 472\ndel 474\ndel 476\ndel 478\ndel 480\ndel 482\ndel 484\ndel 486\ndel 488\ndel 490\ndel 492\ndel 494\ndel 496\ndel 498\ndel 500\ndel 502\ndel 504\ndel 506\ndel 508\ndel 510\ndel 512\ndel 514\ndel 516\ndel 518\ndel 520\ndel 522\ndel 524\ndel 526\ndel 528\ndel 530\ndel 532\ndel 534\ndel 536\ndel 538\ndel 540\ndel 542\ndel 544\ndel 546\ndel 548\ndel 550\ndel 552\ndel 554\ndel 556\ndel 558\ndel 560\ndel 562\ndel 564\ndel 566\ndel 568\ndel 570\ndel 572\ndel 574\ndel 576\ndel 578\ndel 580\ndel 582\ndel 584\ndel 586\ndel 588\ndel 590\ndel 592\ndel 594\ndel 596\ndel 598\nshow 1:7 3:3 5:5 7:7 9:9 11:11 13:13 15:15 17:17 19:19 21:21 23:23 25:25 27:27 29:29 31:31 33:33 35:35 37:37 39:39 41:41 43:43 45:45 47:47 49:49 51:51 53:53 55:55 57:57 59:59 61:61 63:63 65:65 67:67 69:69 71:71 73:73 75:75 77:77 79:79 81:81 83:83 85:85 87:87 89:89 91:91 93:93 95:95 97:97 99:99 101:101 103:103 105:105 107:107 109:109 111:111 113:113 115:115 117:117 119:119 121:121 123:123 125:125 127:127 129:129 131:131 133:133 135:135 137:137 139:139 141:141 143:143 145:145 147:147 149:149 151:151 153:153 155:155 157:157 159:159 161:161 163:163 165:165 167:167 169:169 171:171 173:173 175:175 177:177 179:179 181:181 183:183 185:185 187:187 189:189 191:191 193:193 195:195 197:197 199:199 201:201 203:203 205:205 207:207 209:209 211:211 213:213 215:215 217:217 219:219 221:221 223:223 225:225 227:227 229:229 231:231 233:233 235:235 237:237 239:239 241:241 243:243 245:245 247:247 249:249 251:251 253:253 255:255 257:257 259:259 261:261 263:263 265:265 267:267 269:269 271:271 273:273 275:275 277:277 279:279 281:281 283:283 285:285 287:287 289:289 291:291 293:293 295:295 297:297 299:299 301:301 303:303 305:305 307:307 309:309 311:311 313:313 315:315 317:317 319:319 321:321 323:323 325:325 327:327 329:329 331:331 333:333 335:335 337:337 339:339 341:341 343:343 345:345 347:347 349:349 351:351 353:353 355:355 357:357 359:359 361:361 363:363 365:365 367:367 369:369 371:371 373:373 375:375 377:377 379:379 381:381 383:383 385:385 387:387 389:389 391:391 393:393 395:395 397:397 399:399 401:401 403:403 405:405 407:407 409:409 411:411 413:413 415:415 417:417 419:419 421:421 423:423 425:425 427:427 429:429 431:431 433:433 435:435 437:437 439:439 441:441 443:443 445:445 447:447 449:449 451:451 453:453 455:455 457:457 459:459 461:461 463:463 465:465 467:467 469:469 471:471 473:473 475:475 477:477 479:479 481:481 483:483 485:485 487:487 489:489 491:491 493:493 495:495 497:497 499:499 501:501 503:503 505:505 507:507 509:509 511:511 513:513 515:515 517:517 519:519 521:521 523:523 525:525 527:527 529:529 531:531 533:533 535:535 537:537 539:539 541:541 543:543 545:545 547:547 549:549 551:551 553:553 555:555 557:557 559:559 561:561 563:563 565:565 567:567 569:569 571:571 573:573 575:575 577:577 579:579 581:581 583:583 585:585 587:587 589:589 591:591 593:593 595:595 597:597 599:599 0:5",
        ),
    ];
}
