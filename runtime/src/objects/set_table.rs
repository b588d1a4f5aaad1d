//! CPython 3.11 `set`/`frozenset` hash table, generic over the key handle.
//!
//! [`SetTable`] reproduces `Objects/setobject.c` of CPython 3.11 closely
//! enough that the table layout -- and therefore iteration order, which
//! programs observe through `print(s)` / `list(s)` -- is identical for the
//! same sequence of operations and the same hashes: initial size 8, 9 linear
//! probes then perturbed probing (`PERTURB_SHIFT = 5`), dummy slots on
//! delete, `fill`/`used` accounting, resize when `fill*5 >= mask*3` to
//! `used*4` (`used*2` above 50000), resize by re-insertion in table order,
//! `pop` with its search finger, `set_merge` for copies and updates, and the
//! exact iteration order and fast paths of every set-level operation.
//!
//! Key equality is decided by the caller: operations take
//! `eq: &mut dyn FnMut(stored, probe) -> Result<bool, E>`, called with the
//! key already in the table first (as `PyObject_RichCompareBool(startkey,
//! key, Py_EQ)`), only for entries whose hash matches and whose key is not
//! identical (`K: Eq` is the identity test, which short-circuits like
//! CPython's pointer comparison).  An `Err` aborts the operation and is
//! returned; the table stays consistent (an operation that already made
//! changes keeps them, as in CPython).
//!
//! Mutation during `eq`: every operation holds `&mut self` (or `&self`)
//! while calling `eq`, so the callback cannot reach this table through Rust
//! borrows.  A runtime that keeps sets behind a `RefCell` will see the
//! re-entrant borrow fail; it should report that as a `RuntimeError`
//! ("set changed size during iteration") instead of CPython's silent
//! restart of the probe.  Nothing here panics or loops on such inputs.
//!
//! Operations that, in CPython, special-case `a.op(a)` (same object on both
//! sides) cannot be expressed with Rust borrows; the caller handles them:
//! `a.update(a)`/`a |= a` is a no-op, `a -= a` and `a ^= a` clear `a`,
//! `a & a` is `a.copy()`, `a.isdisjoint(a)` is `len(a) == 0`.

/// `PySet_MINSIZE`.
pub const SET_MINSIZE: usize = 8;
/// Number of slots checked linearly after each probe position.
pub const LINEAR_PROBES: usize = 9;
/// Shift applied to the perturbation between probe sequences.
pub const PERTURB_SHIFT: u32 = 5;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Slot<K> {
    Empty,
    Dummy,
    Active(i64, K),
}

/// Open-addressing hash set table with CPython 3.11's layout and algorithms.
#[derive(Clone, Debug)]
pub struct SetTable<K: Copy> {
    table: Vec<Slot<K>>,
    fill: usize,
    used: usize,
    finger: usize,
}

/// Result of a probe for an existing key.
enum Lookup {
    Found(usize),
    Missing,
}

impl<K: Copy + Eq> Default for SetTable<K> {
    fn default() -> Self {
        Self::new()
    }
}

#[inline]
fn next_probe(i: usize, perturb: &mut u64, mask: usize) -> usize {
    *perturb >>= PERTURB_SHIFT;
    ((i as u64)
        .wrapping_mul(5)
        .wrapping_add(1)
        .wrapping_add(*perturb) as usize)
        & mask
}

/// Places a key known to be absent into a table without dummies
/// (`set_insert_clean`).
fn insert_clean<K: Copy>(table: &mut [Slot<K>], hash: i64, key: K) {
    let mask = table.len().wrapping_sub(1);
    let mut perturb = hash as u64;
    let mut i = (hash as u64 as usize) & mask;
    // A clean table always has an empty slot; the bound only guards against
    // misuse (it visits far more positions than any real table needs).
    for _ in 0..table.len().saturating_mul(4).saturating_add(64) {
        let probes = if i + LINEAR_PROBES <= mask {
            LINEAR_PROBES
        } else {
            0
        };
        for j in i..=i + probes {
            if let Some(slot @ Slot::Empty) = table.get_mut(j) {
                *slot = Slot::Active(hash, key);
                return;
            }
        }
        i = next_probe(i, &mut perturb, mask);
    }
    // Fallback (unreachable for valid tables): first empty slot anywhere.
    if let Some(slot) = table.iter_mut().find(|s| matches!(s, Slot::Empty)) {
        *slot = Slot::Active(hash, key);
    }
}

/// Iterator over the keys of a [`SetTable`] in table order.
pub struct Iter<'a, K: Copy> {
    slots: std::slice::Iter<'a, Slot<K>>,
}

impl<K: Copy> Iterator for Iter<'_, K> {
    type Item = (i64, K);
    fn next(&mut self) -> Option<(i64, K)> {
        for slot in self.slots.by_ref() {
            if let Slot::Active(h, k) = *slot {
                return Some((h, k));
            }
        }
        None
    }
}

type EqFn<'a, K, E> = &'a mut dyn FnMut(K, K) -> Result<bool, E>;

impl<K: Copy + Eq> SetTable<K> {
    /// An empty set (`set()`): 8 slots.
    pub fn new() -> Self {
        SetTable {
            table: vec![Slot::Empty; SET_MINSIZE],
            fill: 0,
            used: 0,
            finger: 0,
        }
    }

    /// Number of elements (`len(s)`, CPython's `used`).
    pub fn len(&self) -> usize {
        self.used
    }

    /// `len(s) == 0`.
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Active plus dummy slots (CPython's `fill`).
    pub fn fill(&self) -> usize {
        self.fill
    }

    /// Table size minus one (CPython's `mask`).
    pub fn mask(&self) -> usize {
        self.table.len().wrapping_sub(1)
    }

    #[inline]
    fn slot(&self, i: usize) -> Slot<K> {
        self.table.get(i).copied().unwrap_or(Slot::Empty)
    }

    #[inline]
    fn set_slot(&mut self, i: usize, s: Slot<K>) {
        if let Some(slot) = self.table.get_mut(i) {
            *slot = s;
        }
    }

    /// `set_lookkey`: finds the slot holding a key equal to `key`.
    fn lookkey<E>(&self, hash: i64, key: K, eq: EqFn<'_, K, E>) -> Result<Lookup, E> {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                match self.slot(j) {
                    Slot::Empty => return Ok(Lookup::Missing),
                    Slot::Active(h, k) if h == hash && (k == key || eq(k, key)?) => {
                        return Ok(Lookup::Found(j));
                    }
                    _ => {}
                }
            }
            i = next_probe(i, &mut perturb, mask);
        }
    }

    /// `x in s` given `hash(x)`.
    pub fn contains<E>(&self, hash: i64, key: K, eq: EqFn<'_, K, E>) -> Result<bool, E> {
        Ok(matches!(self.lookkey(hash, key, eq)?, Lookup::Found(_)))
    }

    /// Returns the stored key equal to `key`, if any.
    pub fn get<E>(&self, hash: i64, key: K, eq: EqFn<'_, K, E>) -> Result<Option<K>, E> {
        Ok(match self.lookkey(hash, key, eq)? {
            Lookup::Found(j) => match self.slot(j) {
                Slot::Active(_, k) => Some(k),
                _ => None,
            },
            Lookup::Missing => None,
        })
    }

    /// `s.add(x)` (`set_add_entry`).  Returns `true` if the key was inserted,
    /// `false` if an equal key was already present (the stored key is kept).
    pub fn add<E>(&mut self, hash: i64, key: K, eq: EqFn<'_, K, E>) -> Result<bool, E> {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        // CPython 3.11 remembers the *last* dummy seen on the probe path.
        let mut freeslot: Option<usize> = None;
        let empty_at = 'probe: loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                match self.slot(j) {
                    Slot::Empty => break 'probe j,
                    Slot::Active(h, k) => {
                        if h == hash && (k == key || eq(k, key)?) {
                            return Ok(false);
                        }
                    }
                    Slot::Dummy => freeslot = Some(j),
                }
            }
            i = next_probe(i, &mut perturb, mask);
        };
        if let Some(free) = freeslot {
            self.used += 1;
            self.set_slot(free, Slot::Active(hash, key));
            return Ok(true);
        }
        self.fill += 1;
        self.used += 1;
        self.set_slot(empty_at, Slot::Active(hash, key));
        if self.fill.saturating_mul(5) >= mask.saturating_mul(3) {
            self.resize(self.growth_target());
        }
        Ok(true)
    }

    fn growth_target(&self) -> usize {
        if self.used > 50_000 {
            self.used.saturating_mul(2)
        } else {
            self.used.saturating_mul(4)
        }
    }

    /// `set_table_resize`: rebuilds into the smallest power of two
    /// (at least 8) greater than `minused`, dropping dummies.
    fn resize(&mut self, minused: usize) {
        let mut newsize = SET_MINSIZE;
        while newsize <= minused {
            match newsize.checked_mul(2) {
                Some(n) => newsize = n,
                None => break,
            }
        }
        if newsize == SET_MINSIZE && self.table.len() == SET_MINSIZE && self.fill == self.used {
            // Small table without dummies: CPython leaves it untouched.
            return;
        }
        let old = std::mem::replace(&mut self.table, vec![Slot::Empty; newsize]);
        self.fill = self.used;
        for slot in old {
            if let Slot::Active(h, k) = slot {
                insert_clean(&mut self.table, h, k);
            }
        }
    }

    /// `set_discard_entry`: removes an equal key, leaving a dummy.
    /// Returns the removed (stored) key.
    pub fn discard<E>(&mut self, hash: i64, key: K, eq: EqFn<'_, K, E>) -> Result<Option<K>, E> {
        match self.lookkey(hash, key, eq)? {
            Lookup::Found(j) => {
                let old = self.slot(j);
                self.set_slot(j, Slot::Dummy);
                self.used = self.used.saturating_sub(1);
                Ok(match old {
                    Slot::Active(_, k) => Some(k),
                    _ => None,
                })
            }
            Lookup::Missing => Ok(None),
        }
    }

    /// `s.remove(x)`: same as [`discard`](Self::discard); the caller raises
    /// `KeyError(x)` when it returns `None`.
    pub fn remove<E>(&mut self, hash: i64, key: K, eq: EqFn<'_, K, E>) -> Result<Option<K>, E> {
        self.discard(hash, key, eq)
    }

    /// `s.pop()` with CPython's search finger.  `None` means the caller
    /// raises `KeyError('pop from an empty set')`.
    pub fn pop(&mut self) -> Option<(i64, K)> {
        if self.used == 0 {
            return None;
        }
        let size = self.table.len();
        let mut i = self.finger & self.mask();
        for _ in 0..size {
            if let Slot::Active(h, k) = self.slot(i) {
                self.set_slot(i, Slot::Dummy);
                self.used -= 1;
                self.finger = i + 1;
                return Some((h, k));
            }
            i += 1;
            if i >= size {
                i = 0;
            }
        }
        None
    }

    /// `s.clear()`: back to 8 empty slots (the pop finger is kept, as in
    /// CPython).
    pub fn clear(&mut self) {
        self.table = vec![Slot::Empty; SET_MINSIZE];
        self.fill = 0;
        self.used = 0;
    }

    /// `set_merge`: adds every element of `other` (`s.update(t)`,
    /// `s |= t` for a set/frozenset `t`).  Never calls `eq` when `self` is
    /// empty.
    pub fn update_from_table<E>(
        &mut self,
        other: &SetTable<K>,
        eq: EqFn<'_, K, E>,
    ) -> Result<(), E> {
        if other.used == 0 {
            return Ok(());
        }
        if self.fill.saturating_add(other.used).saturating_mul(5) >= self.mask().saturating_mul(3) {
            self.resize(self.used.saturating_add(other.used).saturating_mul(2));
        }
        if self.fill == 0 && self.mask() == other.mask() && other.fill == other.used {
            // Same size, no dummies: slot-for-slot copy.
            self.table.clone_from(&other.table);
            self.fill = other.fill;
            self.used = other.used;
            return Ok(());
        }
        if self.fill == 0 {
            self.fill = other.used;
            self.used = other.used;
            for slot in &other.table {
                if let Slot::Active(h, k) = *slot {
                    insert_clean(&mut self.table, h, k);
                }
            }
            return Ok(());
        }
        for slot in &other.table {
            if let Slot::Active(h, k) = *slot {
                self.add(h, k, eq)?;
            }
        }
        Ok(())
    }

    /// `s.update(iterable)` for a general iterable: adds items one by one.
    pub fn update_from_iter<E, I>(&mut self, items: I, eq: EqFn<'_, K, E>) -> Result<(), E>
    where
        I: IntoIterator<Item = (i64, K)>,
    {
        for (h, k) in items {
            self.add(h, k, eq)?;
        }
        Ok(())
    }

    /// `s.update(d)` for an exact `dict` `d` of `dict_len` keys: CPython
    /// pre-sizes the table once, then adds the keys in dict order.
    pub fn update_from_dict_keys<E, I>(
        &mut self,
        dict_len: usize,
        keys: I,
        eq: EqFn<'_, K, E>,
    ) -> Result<(), E>
    where
        I: IntoIterator<Item = (i64, K)>,
    {
        if self.fill.saturating_add(dict_len).saturating_mul(5) >= self.mask().saturating_mul(3) {
            self.resize(self.used.saturating_add(dict_len).saturating_mul(2));
        }
        self.update_from_iter(keys, eq)
    }

    /// `s.copy()`, `set(s)`, `frozenset(s)`: `set_merge` into a new set.
    pub fn copy(&self) -> SetTable<K> {
        let mut result = SetTable::new();
        let mut never = |_: K, _: K| -> Result<bool, std::convert::Infallible> { Ok(false) };
        // Merging into an empty table never compares keys.
        let _ = result.update_from_table(self, &mut never);
        result
    }

    /// `BUILD_SET` with non-constant items (`{x, y, z}`): an empty set,
    /// then each item added in source order.
    pub fn from_build_set<E, I>(items: I, eq: EqFn<'_, K, E>) -> Result<Self, E>
    where
        I: IntoIterator<Item = (i64, K)>,
    {
        let mut s = SetTable::new();
        s.update_from_iter(items, eq)?;
        Ok(s)
    }

    /// A set display whose items are all constants and number more than two
    /// (`{1, 2, 3}`).  CPython 3.11 compiles it to `BUILD_SET 0;
    /// LOAD_CONST frozenset(...); SET_UPDATE`.  The frozenset constant is
    /// built by adding the items in source order, then rebuilt from its own
    /// table order by the compiler's constant merging; `SET_UPDATE` merges it
    /// into a new empty set.
    ///
    /// `reinterned`: when the code object is created, CPython interns the
    /// identifier-like (ASCII `[A-Za-z0-9_]`) strings inside the frozenset;
    /// if that replaced at least one of them by an equal string interned
    /// earlier (a name used elsewhere, or one interned at start-up), the
    /// frozenset is rebuilt once more from table order.  Pass `true` in that
    /// case; it is always `false` for literals without such strings.  (For a
    /// module loaded from a `.pyc`, `marshal` rebuilds the frozenset in its
    /// stored order, which amounts to one further rebuild.)
    pub fn from_const_literal<E, I>(
        items: I,
        reinterned: bool,
        eq: EqFn<'_, K, E>,
    ) -> Result<Self, E>
    where
        I: IntoIterator<Item = (i64, K)>,
    {
        let mut frozen = Self::from_build_set(items, eq)?;
        let mut never = |_: K, _: K| -> Result<bool, E> { Ok(false) };
        let rebuilds = if reinterned { 2 } else { 1 };
        for _ in 0..rebuilds {
            frozen = Self::from_build_set(frozen.iter(), &mut never)?;
        }
        Ok(frozen.copy())
    }

    /// Iterates `(hash, key)` in table order.
    pub fn iter(&self) -> Iter<'_, K> {
        Iter {
            slots: self.table.iter(),
        }
    }

    /// Keys in table order (what `list(s)` shows).
    pub fn keys(&self) -> Vec<K> {
        self.iter().map(|(_, k)| k).collect()
    }

    /// Cursor-style iteration for the runtime's set iterator (`set_next`):
    /// returns the next active entry at or after `*pos` and advances `*pos`
    /// past it.  The caller detects "Set changed size during iteration" by
    /// comparing [`len`](Self::len) with the length captured when the
    /// iterator was created, as CPython does, before each call.
    pub fn next_entry(&self, pos: &mut usize) -> Option<(i64, K)> {
        while let Some(slot) = self.table.get(*pos) {
            *pos += 1;
            if let Slot::Active(h, k) = *slot {
                return Some((h, k));
            }
        }
        None
    }

    /// `s | t` / `s.union(t)` for a set `t`: copy of `s`, then `set_merge(t)`.
    pub fn union<E>(&self, other: &SetTable<K>, eq: EqFn<'_, K, E>) -> Result<SetTable<K>, E> {
        let mut result = self.copy();
        result.update_from_table(other, eq)?;
        Ok(result)
    }

    /// `s & t` / `s.intersection(t)` for a set `t`: iterates the smaller set
    /// (`t` on ties) and adds its keys that are in the other set.
    pub fn intersection<E>(
        &self,
        other: &SetTable<K>,
        eq: EqFn<'_, K, E>,
    ) -> Result<SetTable<K>, E> {
        let (probe, walk) = if other.len() > self.len() {
            (other, self)
        } else {
            (self, other)
        };
        let mut result = SetTable::new();
        for (h, k) in walk.iter() {
            if probe.contains(h, k, eq)? {
                result.add(h, k, eq)?;
            }
        }
        Ok(result)
    }

    /// `s.intersection(iterable)` for a non-set iterable: adds the iterable's
    /// items that are in `s`, in iteration order.
    pub fn intersection_iter<E, I>(&self, items: I, eq: EqFn<'_, K, E>) -> Result<SetTable<K>, E>
    where
        I: IntoIterator<Item = (i64, K)>,
    {
        let mut result = SetTable::new();
        for (h, k) in items {
            if self.contains(h, k, eq)? {
                result.add(h, k, eq)?;
            }
        }
        Ok(result)
    }

    /// Replaces this table's body by `other`'s (`set_swap_bodies`); the pop
    /// finger stays with `self`.
    pub fn replace_body(&mut self, other: SetTable<K>) {
        self.table = other.table;
        self.fill = other.fill;
        self.used = other.used;
    }

    /// `s &= t` / `s.intersection_update(t)` for a set `t`.
    pub fn intersection_update<E>(
        &mut self,
        other: &SetTable<K>,
        eq: EqFn<'_, K, E>,
    ) -> Result<(), E> {
        let tmp = self.intersection(other, eq)?;
        self.replace_body(tmp);
        Ok(())
    }

    /// `s - t` / `s.difference(t)` for a set `t`, with CPython's choice
    /// between "copy then discard" (when `len(s)/4 > len(t)`) and
    /// "walk `s`, keep what is not in `t`".
    pub fn difference<E>(&self, other: &SetTable<K>, eq: EqFn<'_, K, E>) -> Result<SetTable<K>, E> {
        if (self.len() >> 2) > other.len() {
            let mut result = self.copy();
            result.difference_update(other, eq)?;
            return Ok(result);
        }
        self.difference_filter(&mut |h, k| other.contains(h, k, eq))
    }

    /// The "walk `s`" half of `set_difference`: keeps, in `s`'s table order,
    /// the keys for which `in_other(hash, key)` is false.  For `s - d` with
    /// an exact dict `d`, use it when `len(s) >> 2 <= len(d)`, otherwise
    /// `copy()` + [`difference_update_iter`](Self::difference_update_iter).
    /// For other iterables CPython always does copy + `difference_update`.
    pub fn difference_filter<E>(
        &self,
        in_other: &mut dyn FnMut(i64, K) -> Result<bool, E>,
    ) -> Result<SetTable<K>, E> {
        let mut result = SetTable::new();
        let mut never = |_: K, _: K| -> Result<bool, E> { Ok(false) };
        for (h, k) in self.iter() {
            if !in_other(h, k)? {
                // Keys of `self` are distinct, so `eq` is never needed.
                result.add(h, k, &mut never)?;
            }
        }
        Ok(result)
    }

    pub fn purge_dummies_after_difference(&mut self) {
        if self.fill.saturating_sub(self.used) > self.mask() / 4 {
            self.resize(self.growth_target());
        }
    }

    /// `s -= t` / `s.difference_update(t)` for a set `t` (when `t` is more
    /// than 8 times larger, CPython first intersects), followed by the
    /// dummy-purging resize.
    pub fn difference_update<E>(
        &mut self,
        other: &SetTable<K>,
        eq: EqFn<'_, K, E>,
    ) -> Result<(), E> {
        if (other.len() >> 3) > self.len() {
            let tmp = self.intersection(other, eq)?;
            for (h, k) in tmp.iter() {
                self.discard(h, k, eq)?;
            }
        } else {
            for (h, k) in other.iter() {
                self.discard(h, k, eq)?;
            }
        }
        self.purge_dummies_after_difference();
        Ok(())
    }

    /// `s.difference_update(iterable)` for a non-set iterable (or a dict's
    /// keys): discards each item, then the dummy-purging resize.
    pub fn difference_update_iter<E, I>(&mut self, items: I, eq: EqFn<'_, K, E>) -> Result<(), E>
    where
        I: IntoIterator<Item = (i64, K)>,
    {
        for (h, k) in items {
            self.discard(h, k, eq)?;
        }
        self.purge_dummies_after_difference();
        Ok(())
    }

    /// `s ^ t` for a set `t`: copy of `t`, then
    /// `symmetric_difference_update` with `s`.
    pub fn symmetric_difference<E>(
        &self,
        other: &SetTable<K>,
        eq: EqFn<'_, K, E>,
    ) -> Result<SetTable<K>, E> {
        let mut result = other.copy();
        result.symmetric_difference_update(self, eq)?;
        Ok(result)
    }

    /// `s ^= t` for a set `t`: for each key of `t` in table order, discard
    /// it from `s` or add it if absent.  For a general iterable, first
    /// build a set from it ([`from_build_set`](Self::from_build_set)); for an
    /// exact dict use [`symmetric_difference_update_unique`](Self::symmetric_difference_update_unique)
    /// with its keys.
    pub fn symmetric_difference_update<E>(
        &mut self,
        other: &SetTable<K>,
        eq: EqFn<'_, K, E>,
    ) -> Result<(), E> {
        self.symmetric_difference_update_unique(other.iter(), eq)
    }

    /// Discard-or-add for each of a sequence of distinct keys (the dict path
    /// of `set_symmetric_difference_update`).
    pub fn symmetric_difference_update_unique<E, I>(
        &mut self,
        items: I,
        eq: EqFn<'_, K, E>,
    ) -> Result<(), E>
    where
        I: IntoIterator<Item = (i64, K)>,
    {
        for (h, k) in items {
            if self.discard(h, k, eq)?.is_none() {
                self.add(h, k, eq)?;
            }
        }
        Ok(())
    }

    /// `s <= t` / `s.issubset(t)` for a set `t`.
    pub fn issubset<E>(&self, other: &SetTable<K>, eq: EqFn<'_, K, E>) -> Result<bool, E> {
        if self.len() > other.len() {
            return Ok(false);
        }
        for (h, k) in self.iter() {
            if !other.contains(h, k, eq)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// `s >= t` / `s.issuperset(t)` for a set `t`.
    pub fn issuperset<E>(&self, other: &SetTable<K>, eq: EqFn<'_, K, E>) -> Result<bool, E> {
        other.issubset(self, eq)
    }

    /// `s < t`: proper subset.
    pub fn is_proper_subset<E>(&self, other: &SetTable<K>, eq: EqFn<'_, K, E>) -> Result<bool, E> {
        if self.len() >= other.len() {
            return Ok(false);
        }
        self.issubset(other, eq)
    }

    /// `s.isdisjoint(t)` for a set `t`: walks the smaller set (`t` on ties).
    pub fn isdisjoint<E>(&self, other: &SetTable<K>, eq: EqFn<'_, K, E>) -> Result<bool, E> {
        let (probe, walk) = if other.len() > self.len() {
            (other, self)
        } else {
            (self, other)
        };
        for (h, k) in walk.iter() {
            if probe.contains(h, k, eq)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// `s == t` for sets: equal sizes, then `s <= t`.  (CPython also
    /// short-circuits on differing cached frozenset hashes; a runtime that
    /// caches them can check that first.)
    pub fn set_eq<E>(&self, other: &SetTable<K>, eq: EqFn<'_, K, E>) -> Result<bool, E> {
        if self.len() != other.len() {
            return Ok(false);
        }
        self.issubset(other, eq)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hash::{hash_i64, hash_str, hash_tuple};

    /// Runs a scenario of the test DSL and returns the produced output lines.
    /// `parse` maps a token to (hash, key); `show` renders a key.
    fn run_dsl<K: Copy + Eq + std::fmt::Debug>(
        ops: &str,
        parse: &dyn Fn(&str) -> (i64, K),
        eq: &mut dyn FnMut(K, K) -> Result<bool, ()>,
        show: &dyn Fn(K) -> String,
    ) -> Vec<String> {
        let mut env: std::collections::HashMap<String, SetTable<K>> = Default::default();
        let mut out = Vec::new();
        for line in ops.lines() {
            let t: Vec<&str> = line.split_whitespace().collect();
            let vals =
                |from: usize| -> Vec<(i64, K)> { t[from..].iter().map(|x| parse(x)).collect() };
            let get =
                |env: &std::collections::HashMap<String, SetTable<K>>, n: &str| env[n].clone();
            let name = t[1].to_string();
            match t[0] {
                "new" => {
                    env.insert(name, SetTable::new());
                }
                "lit" => {
                    let s = SetTable::from_build_set(vals(2), eq).unwrap();
                    env.insert(name, s);
                }
                "clit" | "clit3" => {
                    let v = vals(2);
                    let s = if v.len() > 2 {
                        SetTable::from_const_literal(v, t[0] == "clit3", eq).unwrap()
                    } else {
                        SetTable::from_build_set(v, eq).unwrap()
                    };
                    env.insert(name, s);
                }
                "add" => {
                    let (h, k) = parse(t[2]);
                    env.get_mut(&name).unwrap().add(h, k, eq).unwrap();
                }
                "discard" => {
                    let (h, k) = parse(t[2]);
                    env.get_mut(&name).unwrap().discard(h, k, eq).unwrap();
                }
                "pop" => match env.get_mut(&name).unwrap().pop() {
                    Some((_, k)) => out.push(format!("pop {}", show(k))),
                    None => out.push("pop none".to_string()),
                },
                "clear" => env.get_mut(&name).unwrap().clear(),
                "update" => {
                    if t[1] == t[2] {
                        continue;
                    }
                    let o = get(&env, t[2]);
                    env.get_mut(&name)
                        .unwrap()
                        .update_from_table(&o, eq)
                        .unwrap();
                }
                "updi" => {
                    let v = vals(2);
                    env.get_mut(&name).unwrap().update_from_iter(v, eq).unwrap();
                }
                "updd" => {
                    // dict.fromkeys(list): distinct keys in first-seen order
                    let mut keys: Vec<(i64, K)> = Vec::new();
                    for (h, k) in vals(2) {
                        if !keys.iter().any(|&(_, k2)| k2 == k) {
                            keys.push((h, k));
                        }
                    }
                    let n = keys.len();
                    env.get_mut(&name)
                        .unwrap()
                        .update_from_dict_keys(n, keys, eq)
                        .unwrap();
                }
                "copy" => {
                    let s = get(&env, t[2]).copy();
                    env.insert(name, s);
                }
                "union" | "inter" | "diff" | "sym" => {
                    let (a, b) = (get(&env, t[2]), get(&env, t[3]));
                    let s = match t[0] {
                        "union" | "inter" if t[2] == t[3] => Ok(a.copy()),
                        "union" => a.union(&b, eq),
                        "inter" => a.intersection(&b, eq),
                        "diff" => a.difference(&b, eq),
                        _ => a.symmetric_difference(&b, eq),
                    }
                    .unwrap();
                    env.insert(name, s);
                }
                "interi" => {
                    let s = get(&env, t[2]).intersection_iter(vals(3), eq).unwrap();
                    env.insert(name, s);
                }
                "interu" | "diffu" | "symu" => {
                    let same = t[1] == t[2];
                    let b = get(&env, t[2]);
                    let a = env.get_mut(&name).unwrap();
                    match (t[0], same) {
                        ("interu", true) => {
                            let c = a.copy();
                            a.replace_body(c);
                        }
                        ("interu", false) => a.intersection_update(&b, eq).unwrap(),
                        (_, true) => a.clear(),
                        ("diffu", false) => a.difference_update(&b, eq).unwrap(),
                        _ => a.symmetric_difference_update(&b, eq).unwrap(),
                    }
                }
                "diffui" => {
                    let v = vals(2);
                    env.get_mut(&name)
                        .unwrap()
                        .difference_update_iter(v, eq)
                        .unwrap();
                }
                "show" => {
                    let s = &env[&name];
                    let items: Vec<String> = s.iter().map(|(_, k)| show(k)).collect();
                    let mut line = "show".to_string();
                    for it in items {
                        line.push(' ');
                        line.push_str(&it);
                    }
                    out.push(line);
                }
                "rel" => {
                    let (a, b) = (get(&env, t[1]), get(&env, t[2]));
                    let r = [
                        a.issubset(&b, eq).unwrap(),
                        a.issuperset(&b, eq).unwrap(),
                        a.isdisjoint(&b, eq).unwrap(),
                        a.set_eq(&b, eq).unwrap(),
                        a.is_proper_subset(&b, eq).unwrap(),
                    ];
                    let bits: Vec<String> = r.iter().map(|&x| (x as u8).to_string()).collect();
                    out.push(format!("rel {}", bits.join(" ")));
                }
                other => panic!("bad op {other}"),
            }
        }
        out
    }

    fn check_scenarios<K: Copy + Eq + std::fmt::Debug>(
        scenarios: &[(&str, &str)],
        parse: &dyn Fn(&str) -> (i64, K),
        eq: &mut dyn FnMut(K, K) -> Result<bool, ()>,
        show: &dyn Fn(K) -> String,
    ) {
        for (n, &(ops, expected)) in scenarios.iter().enumerate() {
            let got = run_dsl(ops, parse, eq, show);
            let want: Vec<&str> = if expected.is_empty() {
                vec![]
            } else {
                expected.lines().collect()
            };
            assert_eq!(got.len(), want.len(), "scenario {n}");
            for (i, (g, w)) in got.iter().zip(want.iter()).enumerate() {
                assert_eq!(g, w, "scenario {n}, output {i}\nops:\n{ops}");
            }
        }
    }

    fn int_key(t: &str) -> (i64, i64) {
        let v: i64 = t.parse().expect("int");
        (hash_i64(v), v)
    }

    fn check_int(scenarios: &[(&str, &str)]) {
        let mut eq = |a: i64, b: i64| -> Result<bool, ()> { Ok(a == b) };
        check_scenarios(scenarios, &int_key, &mut eq, &|k| k.to_string());
    }

    fn check_str(scenarios: &[(&str, &str)]) {
        let parse = |t: &str| -> (i64, usize) {
            let i: usize = t.parse().expect("idx");
            (hash_str(STR_POOL[i]), i)
        };
        let mut eq = |a: usize, b: usize| -> Result<bool, ()> { Ok(STR_POOL[a] == STR_POOL[b]) };
        check_scenarios(scenarios, &parse, &mut eq, &|k| k.to_string());
    }

    fn check_tup(scenarios: &[(&str, &str)]) {
        let parse = |t: &str| -> (i64, usize) {
            let i: usize = t.parse().expect("idx");
            let hs: Vec<i64> = TUP_POOL[i].iter().map(|&x| hash_i64(x)).collect();
            (hash_tuple(&hs), i)
        };
        let mut eq = |a: usize, b: usize| -> Result<bool, ()> { Ok(TUP_POOL[a] == TUP_POOL[b]) };
        check_scenarios(scenarios, &parse, &mut eq, &|k| k.to_string());
    }

    #[test]
    fn cpython_int_scenarios() {
        check_int(INT_SCENARIOS);
    }

    #[test]
    fn cpython_str_scenarios() {
        check_str(STR_SCENARIOS);
    }

    #[test]
    fn cpython_tuple_scenarios() {
        check_tup(TUP_SCENARIOS);
    }

    #[test]
    fn eq_errors_identity_and_cursor() {
        let mut s: SetTable<u32> = SetTable::new();
        let mut calls = 0;
        let mut eq = |_: u32, _: u32| -> Result<bool, &'static str> {
            calls += 1;
            Err("boom")
        };
        assert_eq!(s.add(5, 1, &mut eq), Ok(true));
        assert_eq!(s.add(5, 1, &mut eq), Ok(false)); // identity short-circuit
        assert_eq!(s.add(5, 2, &mut eq), Err("boom"));
        assert_eq!(s.contains(5, 2, &mut eq), Err("boom"));
        assert_eq!(s.discard(5, 2, &mut eq), Err("boom"));
        assert_eq!(s.contains(6, 2, &mut eq), Ok(false)); // different hash: no call
        assert_eq!(calls, 3);
        assert_eq!(s.len(), 1);
        let mut eq_ok = |a: u32, b: u32| -> Result<bool, ()> { Ok(a % 10 == b % 10) };
        assert_eq!(s.add(5, 11, &mut eq_ok), Ok(false));
        assert_eq!(s.get(5, 21, &mut eq_ok), Ok(Some(1)));
        assert_eq!(s.remove(5, 31, &mut eq_ok), Ok(Some(1)));
        assert_eq!(s.pop(), None);
        // cursor iteration and size-change detection by length
        let mut eq = |a: u32, b: u32| -> Result<bool, ()> { Ok(a == b) };
        for i in 0..100u32 {
            s.add(i64::from(i) * 8, i, &mut eq).unwrap();
        }
        let (mut pos, start_len) = (0, s.len());
        let mut seen = Vec::new();
        while let Some((_, k)) = s.next_entry(&mut pos) {
            assert_eq!(s.len(), start_len);
            seen.push(k);
        }
        assert_eq!(seen, s.keys());
        // hashes of -1 and i64::MIN are legal inputs and must not panic
        s.add(-1, 1000, &mut eq).unwrap();
        s.add(i64::MIN, 1001, &mut eq).unwrap();
        assert!(s.contains(i64::MIN, 1001, &mut eq).unwrap());
        while s.pop().is_some() {}
        assert!(s.is_empty());
        assert!(s.fill() > 0 && s.mask() >= 7);
    }

    const INT_SCENARIOS: &[(&str, &str)] = &[
        (
            "lit A 8 16 24 0 1 9 17\nshow A\ndiscard A 16\nadd A 32\nshow A\nadd A 16\nshow A\npop A\npop A\nshow A\nadd A 40\nshow A",
            "show 0 1 8 9 16 17 24\nshow 0 1 32 8 9 17 24\nshow 0 1 32 8 9 16 17 24\npop 0\npop 1\nshow 32 8 9 16 17 24\nshow 32 8 9 40 16 17 24",
        ),
        (
            "lit A -1 -2 1 2\nshow A\ndiscard A -2\nshow A\nadd A -2\nshow A",
            "show 1 2 -1 -2\nshow 1 2 -1\nshow 1 2 -1 -2",
        ),
        (
            "clit A 5 4 3 2 1\nlit B 5 4 3 2 1\nshow A\nshow B\nclit C 100 200 300 400 500 600 700 800 900\nshow C",
            "show 1 2 3 4 5\nshow 1 2 3 4 5\nshow 800 900 100 200 300 400 500 600 700",
        ),
        (
            "lit A 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 32 33 34 35 36 37 38 39 40 41 42 43 44 45 46 47 48 49 50 51 52 53 54 55 56 57 58 59 60 61 62 63 64 65 66 67 68 69 70 71 72 73 74 75 76 77 78 79 80 81 82 83 84 85 86 87 88 89 90 91 92 93 94 95 96 97 98 99\nlit B 3 50 7 99 1000\ninter C A B\nshow C\ninter D B A\nshow D\ndiff E A B\nshow E\ndiff F B A\nshow F\nsym G A B\nshow G\nsym H B A\nshow H\nrel A B\nrel B A\ndiffu A B\nshow A",
            "show 3 50 99 7\nshow 3 50 99 7\nshow 0 1 2 4 5 6 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 32 33 34 35 36 37 38 39 40 41 42 43 44 45 46 47 48 49 51 52 53 54 55 56 57 58 59 60 61 62 63 64 65 66 67 68 69 70 71 72 73 74 75 76 77 78 79 80 81 82 83 84 85 86 87 88 89 90 91 92 93 94 95 96 97 98\nshow 1000\nshow 0 1 2 4 5 6 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 32 33 34 35 36 37 38 39 40 41 42 43 44 45 46 47 48 49 51 52 53 54 55 56 57 58 59 60 61 62 63 64 65 66 67 68 69 70 71 72 73 74 75 76 77 78 79 80 81 82 83 84 85 86 87 88 89 90 91 92 93 94 95 96 97 98 1000\nshow 0 1 2 4 5 6 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 32 33 34 35 36 37 38 39 40 41 42 43 44 45 46 47 48 49 51 52 53 54 55 56 57 58 59 60 61 62 63 64 65 66 67 68 69 70 71 72 73 74 75 76 77 78 79 80 81 82 83 84 85 86 87 88 89 90 91 92 93 94 95 96 97 98 1000\nrel 0 0 0 0 0\nrel 0 0 0 0 0\nshow 0 1 2 4 5 6 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 32 33 34 35 36 37 38 39 40 41 42 43 44 45 46 47 48 49 51 52 53 54 55 56 57 58 59 60 61 62 63 64 65 66 67 68 69 70 71 72 73 74 75 76 77 78 79 80 81 82 83 84 85 86 87 88 89 90 91 92 93 94 95 96 97 98",
        ),
        (
            "lit A 0 8 16 24 32 40 48 56 64 72 80 88 96 104 112 120 128 136 144 152 160 168 176 184 192 200 208 216 224 232\nlit B 0 8 16 24 32 40 48 56 64 72 80 88 96 104 112 120 128 136 144 152 160 168 176 184 192 200 208 216 224 232 240 248 256 264 272 280 288 296 304 312 320 328 336 344 352 360 368 376 384 392 400 408 416 424 432 440 448 456 464 472 480 488 496 504 512 520 528 536 544 552 560 568 576 584 592 600 608 616 624 632 640 648 656 664 672 680 688 696 704 712 720 728 736 744 752 760 768 776 784 792 800 808 816 824 832 840 848 856 864 872 880 888 896 904 912 920 928 936 944 952 960 968 976 984 992 1000 1008 1016 1024 1032 1040 1048 1056 1064 1072 1080 1088 1096 1104 1112 1120 1128 1136 1144 1152 1160 1168 1176 1184 1192 1200 1208 1216 1224 1232 1240 1248 1256 1264 1272 1280 1288 1296 1304 1312 1320 1328 1336 1344 1352 1360 1368 1376 1384 1392 1400 1408 1416 1424 1432 1440 1448 1456 1464 1472 1480 1488 1496 1504 1512 1520 1528 1536 1544 1552 1560 1568 1576 1584 1592 1600 1608 1616 1624 1632 1640 1648 1656 1664 1672 1680 1688 1696 1704 1712 1720 1728 1736 1744 1752 1760 1768 1776 1784 1792 1800 1808 1816 1824 1832 1840 1848 1856 1864 1872 1880 1888 1896 1904 1912 1920 1928 1936 1944 1952 1960 1968 1976 1984 1992 2000 2008 2016 2024 2032 2040 2048 2056 2064 2072 2080 2088 2096 2104 2112 2120 2128 2136 2144 2152 2160 2168 2176 2184 2192 2200 2208 2216 2224 2232 2240 2248 2256 2264 2272 2280 2288 2296 2304 2312 2320 2328 2336 2344 2352 2360 2368 2376 2384 2392 2400 2408 2416 2424 2432 2440 2448 2456 2464 2472 2480 2488 2496 2504 2512 2520 2528 2536 2544 2552 2560 2568 2576 2584 2592 2600 2608 2616 2624 2632 2640 2648 2656 2664 2672 2680 2688 2696 2704 2712 2720 2728 2736 2744 2752 2760 2768 2776 2784 2792 2800 2808 2816 2824 2832 2840 2848 2856 2864 2872 2880 2888 2896 2904 2912 2920 2928 2936 2944 2952 2960 2968 2976 2984 2992 3000 3008 3016 3024 3032 3040 3048 3056 3064 3072 3080 3088 3096 3104 3112 3120 3128 3136 3144 3152 3160 3168 3176 3184 3192 3200 3208 3216 3224 3232 3240 3248 3256 3264 3272 3280 3288 3296 3304 3312 3320 3328 3336 3344 3352 3360 3368 3376 3384 3392 3400 3408 3416 3424 3432 3440 3448 3456 3464 3472 3480 3488 3496 3504 3512 3520 3528 3536 3544 3552 3560 3568 3576 3584 3592 3600 3608 3616 3624 3632 3640 3648 3656 3664 3672 3680 3688 3696 3704 3712 3720 3728 3736 3744 3752 3760 3768 3776 3784 3792 3800 3808 3816 3824 3832 3840 3848 3856 3864 3872 3880 3888 3896 3904 3912 3920 3928 3936 3944 3952 3960 3968 3976 3984 3992 4000 4008 4016 4024 4032 4040 4048 4056 4064 4072 4080 4088 4096 4104 4112 4120 4128 4136 4144 4152 4160 4168 4176 4184 4192 4200 4208 4216 4224 4232 4240 4248 4256 4264 4272 4280 4288 4296 4304 4312 4320 4328 4336 4344 4352 4360 4368 4376 4384 4392 4400 4408 4416 4424 4432 4440 4448 4456 4464 4472 4480 4488 4496 4504 4512 4520 4528 4536 4544 4552 4560 4568 4576 4584 4592 4600 4608 4616 4624 4632 4640 4648 4656 4664 4672 4680 4688 4696 4704 4712 4720 4728 4736 4744 4752 4760 4768 4776 4784 4792 4800 4808 4816 4824 4832 4840 4848 4856 4864 4872 4880 4888 4896 4904 4912 4920 4928 4936 4944 4952 4960 4968 4976 4984 4992 5000 5008 5016 5024 5032 5040 5048 5056 5064 5072 5080 5088 5096 5104 5112 5120 5128 5136 5144 5152 5160 5168 5176 5184 5192 5200 5208 5216 5224 5232 5240 5248 5256 5264 5272 5280 5288 5296 5304 5312 5320 5328 5336 5344 5352 5360 5368 5376 5384 5392 5400 5408 5416 5424 5432 5440 5448 5456 5464 5472 5480 5488 5496 5504 5512 5520 5528 5536 5544 5552 5560 5568 5576 5584 5592 5600 5608 5616 5624 5632 5640 5648 5656 5664 5672 5680 5688 5696 5704 5712 5720 5728 5736 5744 5752 5760 5768 5776 5784 5792 5800 5808 5816 5824 5832 5840 5848 5856 5864 5872 5880 5888 5896 5904 5912 5920 5928 5936 5944 5952 5960 5968 5976 5984 5992 6000 6008 6016 6024 6032 6040 6048 6056 6064 6072 6080 6088 6096 6104 6112 6120 6128 6136 6144 6152 6160 6168 6176 6184 6192 6200 6208 6216 6224 6232 6240 6248 6256 6264 6272 6280 6288 6296 6304 6312 6320 6328 6336 6344 6352 6360 6368 6376 6384 6392 6400 6408 6416 6424 6432 6440 6448 6456 6464 6472 6480 6488 6496 6504 6512 6520 6528 6536 6544 6552 6560 6568 6576 6584 6592 6600 6608 6616 6624 6632 6640 6648 6656 6664 6672 6680 6688 6696 6704 6712 6720 6728 6736 6744 6752 6760 6768 6776 6784 6792 6800 6808 6816 6824 6832 6840 6848 6856 6864 6872 6880 6888 6896 6904 6912 6920 6928 6936 6944 6952 6960 6968 6976 6984 6992 7000 7008 7016 7024 7032 7040 7048 7056 7064 7072 7080 7088 7096 7104 7112 7120 7128 7136 7144 7152 7160 7168 7176 7184 7192 7200 7208 7216 7224 7232 7240 7248 7256 7264 7272 7280 7288 7296 7304 7312 7320 7328 7336 7344 7352 7360 7368 7376 7384 7392 7400 7408 7416 7424 7432 7440 7448 7456 7464 7472 7480 7488 7496 7504 7512 7520 7528 7536 7544 7552 7560 7568 7576 7584 7592 7600 7608 7616 7624 7632 7640 7648 7656 7664 7672 7680 7688 7696 7704 7712 7720 7728 7736 7744 7752 7760 7768 7776 7784 7792 7800 7808 7816 7824 7832 7840 7848 7856 7864 7872 7880 7888 7896 7904 7912 7920 7928 7936 7944 7952 7960 7968 7976 7984 7992\ndiffu A B\nshow A\nlit A 0 8 16 24 32 40 48 56 64 72 80 88 96 104 112 120 128 136 144 152 160 168 176 184 192 200 208 216 224 232\nlit C 0 8 16\ndiffu A C\nshow A",
            "show\nshow 128 136 144 24 152 32 160 40 168 48 176 56 184 64 192 72 200 80 208 88 216 96 224 104 232 112 120",
        ),
        (
            "lit A 1 2 3 4 5 6\npop A\npop A\nclear A\nadd A 9\nadd A 1\nadd A 2\npop A\nshow A\npop A\npop A\npop A",
            "pop 1\npop 2\npop 1\nshow 9 2\npop 9\npop 2\npop none",
        ),
        (
            "new A\nadd A 0\nadd A 8\nadd A 16\nadd A 24\nadd A 32\ndiscard A 0\ndiscard A 8\ndiscard A 16\nadd A 64\nshow A\nadd A 128\nshow A",
            "show 64 32 24\nshow 64 32 128 24",
        ),
        (
            "new A\nadd A 0\nadd A 1\nadd A 2\nadd A 3\nadd A 4\nadd A 5\nadd A 6\nadd A 7\nadd A 8\nadd A 9\nadd A 10\nadd A 11\nadd A 12\nadd A 13\nadd A 14\nadd A 15\nadd A 16\nadd A 17\nadd A 18\nadd A 19\nadd A 20\nadd A 21\nadd A 22\nadd A 23\nadd A 24\nadd A 25\nadd A 26\nadd A 27\nadd A 28\nadd A 29\nadd A 30\nadd A 31\nadd A 32\nadd A 33\nadd A 34\nadd A 35\nadd A 36\nadd A 37\nadd A 38\nadd A 39\nadd A 40\nadd A 41\nadd A 42\nadd A 43\nadd A 44\nadd A 45\nadd A 46\nadd A 47\nadd A 48\nadd A 49\nadd A 50\nadd A 51\nadd A 52\nadd A 53\nadd A 54\nadd A 55\nadd A 56\nadd A 57\nadd A 58\nadd A 59\nadd A 60\nadd A 61\nadd A 62\nadd A 63\nadd A 64\nadd A 65\nadd A 66\nadd A 67\nadd A 68\nadd A 69\nadd A 70\nadd A 71\nadd A 72\nadd A 73\nadd A 74\nadd A 75\nadd A 76\nadd A 77\nadd A 78\nadd A 79\nadd A 80\nadd A 81\nadd A 82\nadd A 83\nadd A 84\nadd A 85\nadd A 86\nadd A 87\nadd A 88\nadd A 89\nadd A 90\nadd A 91\nadd A 92\nadd A 93\nadd A 94\nadd A 95\nadd A 96\nadd A 97\nadd A 98\nadd A 99\nadd A 100\nadd A 101\nadd A 102\nadd A 103\nadd A 104\nadd A 105\nadd A 106\nadd A 107\nadd A 108\nadd A 109\nadd A 110\nadd A 111\nadd A 112\nadd A 113\nadd A 114\nadd A 115\nadd A 116\nadd A 117\nadd A 118\nadd A 119\nadd A 120\nadd A 121\nadd A 122\nadd A 123\nadd A 124\nadd A 125\nadd A 126\nadd A 127\nadd A 128\nadd A 129\nadd A 130\nadd A 131\nadd A 132\nadd A 133\nadd A 134\nadd A 135\nadd A 136\nadd A 137\nadd A 138\nadd A 139\nadd A 140\nadd A 141\nadd A 142\nadd A 143\nadd A 144\nadd A 145\nadd A 146\nadd A 147\nadd A 148\nadd A 149\nadd A 150\nadd A 151\nadd A 152\nadd A 153\nadd A 154\nadd A 155\nadd A 156\nadd A 157\nadd A 158\nadd A 159\nadd A 160\nadd A 161\nadd A 162\nadd A 163\nadd A 164\nadd A 165\nadd A 166\nadd A 167\nadd A 168\nadd A 169\nadd A 170\nadd A 171\nadd A 172\nadd A 173\nadd A 174\nadd A 175\nadd A 176\nadd A 177\nadd A 178\nadd A 179\nadd A 180\nadd A 181\nadd A 182\nadd A 183\nadd A 184\nadd A 185\nadd A 186\nadd A 187\nadd A 188\nadd A 189\nadd A 190\nadd A 191\nadd A 192\nadd A 193\nadd A 194\nadd A 195\nadd A 196\nadd A 197\nadd A 198\nadd A 199\nadd A 200\nadd A 201\nadd A 202\nadd A 203\nadd A 204\nadd A 205\nadd A 206\nadd A 207\nadd A 208\nadd A 209\nadd A 210\nadd A 211\nadd A 212\nadd A 213\nadd A 214\nadd A 215\nadd A 216\nadd A 217\nadd A 218\nadd A 219\nadd A 220\nadd A 221\nadd A 222\nadd A 223\nadd A 224\nadd A 225\nadd A 226\nadd A 227\nadd A 228\nadd A 229\nadd A 230\nadd A 231\nadd A 232\nadd A 233\nadd A 234\nadd A 235\nadd A 236\nadd A 237\nadd A 238\nadd A 239\nadd A 240\nadd A 241\nadd A 242\nadd A 243\nadd A 244\nadd A 245\nadd A 246\nadd A 247\nadd A 248\nadd A 249\nadd A 250\nadd A 251\nadd A 252\nadd A 253\nadd A 254\nadd A 255\nadd A 256\nadd A 257\nadd A 258\nadd A 259\nadd A 260\nadd A 261\nadd A 262\nadd A 263\nadd A 264\nadd A 265\nadd A 266\nadd A 267\nadd A 268\nadd A 269\nadd A 270\nadd A 271\nadd A 272\nadd A 273\nadd A 274\nadd A 275\nadd A 276\nadd A 277\nadd A 278\nadd A 279\nadd A 280\nadd A 281\nadd A 282\nadd A 283\nadd A 284\nadd A 285\nadd A 286\nadd A 287\nadd A 288\nadd A 289\nadd A 290\nadd A 291\nadd A 292\nadd A 293\nadd A 294\nadd A 295\nadd A 296\nadd A 297\nadd A 298\nadd A 299\nadd A 300\nadd A 301\nadd A 302\nadd A 303\nadd A 304\nadd A 305\nadd A 306\nadd A 307\nadd A 308\nadd A 309\nadd A 310\nadd A 311\nadd A 312\nadd A 313\nadd A 314\nadd A 315\nadd A 316\nadd A 317\nadd A 318\nadd A 319\nadd A 320\nadd A 321\nadd A 322\nadd A 323\nadd A 324\nadd A 325\nadd A 326\nadd A 327\nadd A 328\nadd A 329\nadd A 330\nadd A 331\nadd A 332\nadd A 333\nadd A 334\nadd A 335\nadd A 336\nadd A 337\nadd A 338\nadd A 339\nadd A 340\nadd A 341\nadd A 342\nadd A 343\nadd A 344\nadd A 345\nadd A 346\nadd A 347\nadd A 348\nadd A 349\nadd A 350\nadd A 351\nadd A 352\nadd A 353\nadd A 354\nadd A 355\nadd A 356\nadd A 357\nadd A 358\nadd A 359\nadd A 360\nadd A 361\nadd A 362\nadd A 363\nadd A 364\nadd A 365\nadd A 366\nadd A 367\nadd A 368\nadd A 369\nadd A 370\nadd A 371\nadd A 372\nadd A 373\nadd A 374\nadd A 375\nadd A 376\nadd A 377\nadd A 378\nadd A 379\nadd A 380\nadd A 381\nadd A 382\nadd A 383\nadd A 384\nadd A 385\nadd A 386\nadd A 387\nadd A 388\nadd A 389\nadd A 390\nadd A 391\nadd A 392\nadd A 393\nadd A 394\nadd A 395\nadd A 396\nadd A 397\nadd A 398\nadd A 399\nadd A 400\nadd A 401\nadd A 402\nadd A 403\nadd A 404\nadd A 405\nadd A 406\nadd A 407\nadd A 408\nadd A 409\nadd A 410\nadd A 411\nadd A 412\nadd A 413\nadd A 414\nadd A 415\nadd A 416\nadd A 417\nadd A 418\nadd A 419\nadd A 420\nadd A 421\nadd A 422\nadd A 423\nadd A 424\nadd A 425\nadd A 426\nadd A 427\nadd A 428\nadd A 429\nadd A 430\nadd A 431\nadd A 432\nadd A 433\nadd A 434\nadd A 435\nadd A 436\nadd A 437\nadd A 438\nadd A 439\nadd A 440\nadd A 441\nadd A 442\nadd A 443\nadd A 444\nadd A 445\nadd A 446\nadd A 447\nadd A 448\nadd A 449\nadd A 450\nadd A 451\nadd A 452\nadd A 453\nadd A 454\nadd A 455\nadd A 456\nadd A 457\nadd A 458\nadd A 459\nadd A 460\nadd A 461\nadd A 462\nadd A 463\nadd A 464\nadd A 465\nadd A 466\nadd A 467\nadd A 468\nadd A 469\nadd A 470\nadd A 471\nadd A 472\nadd A 473\nadd A 474\nadd A 475\nadd A 476\nadd A 477\nadd A 478\nadd A 479\nadd A 480\nadd A 481\nadd A 482\nadd A 483\nadd A 484\nadd A 485\nadd A 486\nadd A 487\nadd A 488\nadd A 489\nadd A 490\nadd A 491\nadd A 492\nadd A 493\nadd A 494\nadd A 495\nadd A 496\nadd A 497\nadd A 498\nadd A 499\nadd A 500\nadd A 501\nadd A 502\nadd A 503\nadd A 504\nadd A 505\nadd A 506\nadd A 507\nadd A 508\nadd A 509\nadd A 510\nadd A 511\nadd A 512\nadd A 513\nadd A 514\nadd A 515\nadd A 516\nadd A 517\nadd A 518\nadd A 519\nadd A 520\nadd A 521\nadd A 522\nadd A 523\nadd A 524\nadd A 525\nadd A 526\nadd A 527\nadd A 528\nadd A 529\nadd A 530\nadd A 531\nadd A 532\nadd A 533\nadd A 534\nadd A 535\nadd A 536\nadd A 537\nadd A 538\nadd A 539\nadd A 540\nadd A 541\nadd A 542\nadd A 543\nadd A 544\nadd A 545\nadd A 546\nadd A 547\nadd A 548\nadd A 549\nadd A 550\nadd A 551\nadd A 552\nadd A 553\nadd A 554\nadd A 555\nadd A 556\nadd A 557\nadd A 558\nadd A 559\nadd A 560\nadd A 561\nadd A 562\nadd A 563\nadd A 564\nadd A 565\nadd A 566\nadd A 567\nadd A 568\nadd A 569\nadd A 570\nadd A 571\nadd A 572\nadd A 573\nadd A 574\nadd A 575\nadd A 576\nadd A 577\nadd A 578\nadd A 579\nadd A 580\nadd A 581\nadd A 582\nadd A 583\nadd A 584\nadd A 585\nadd A 586\nadd A 587\nadd A 588\nadd A 589\nadd A 590\nadd A 591\nadd A 592\nadd A 593\nadd A 594\nadd A 595\nadd A 596\nadd A 597\nadd A 598\nadd A 599\nadd A 600\nadd A 601\nadd A 602\nadd A 603\nadd A 604\nadd A 605\nadd A 606\nadd A 607\nadd A 608\nadd A 609\nadd A 610\nadd A 611\nadd A 612\nadd A 613\nadd A 614\nadd A 615\nadd A 616\nadd A 617\nadd A 618\nadd A 619\nadd A 620\nadd A 621\nadd A 622\nadd A 623\nadd A 624\nadd A 625\nadd A 626\nadd A 627\nadd A 628\nadd A 629\nadd A 630\nadd A 631\nadd A 632\nadd A 633\nadd A 634\nadd A 635\nadd A 636\nadd A 637\nadd A 638\nadd A 639\nadd A 640\nadd A 641\nadd A 642\nadd A 643\nadd A 644\nadd A 645\nadd A 646\nadd A 647\nadd A 648\nadd A 649\nadd A 650\nadd A 651\nadd A 652\nadd A 653\nadd A 654\nadd A 655\nadd A 656\nadd A 657\nadd A 658\nadd A 659\nadd A 660\nadd A 661\nadd A 662\nadd A 663\nadd A 664\nadd A 665\nadd A 666\nadd A 667\nadd A 668\nadd A 669\nadd A 670\nadd A 671\nadd A 672\nadd A 673\nadd A 674\nadd A 675\nadd A 676\nadd A 677\nadd A 678\nadd A 679\nadd A 680\nadd A 681\nadd A 682\nadd A 683\nadd A 684\nadd A 685\nadd A 686\nadd A 687\nadd A 688\nadd A 689\nadd A 690\nadd A 691\nadd A 692\nadd A 693\nadd A 694\nadd A 695\nadd A 696\nadd A 697\nadd A 698\nadd A 699\nadd A 700\nadd A 701\nadd A 702\nadd A 703\nadd A 704\nadd A 705\nadd A 706\nadd A 707\nadd A 708\nadd A 709\nadd A 710\nadd A 711\nadd A 712\nadd A 713\nadd A 714\nadd A 715\nadd A 716\nadd A 717\nadd A 718\nadd A 719\nadd A 720\nadd A 721\nadd A 722\nadd A 723\nadd A 724\nadd A 725\nadd A 726\nadd A 727\nadd A 728\nadd A 729\nadd A 730\nadd A 731\nadd A 732\nadd A 733\nadd A 734\nadd A 735\nadd A 736\nadd A 737\nadd A 738\nadd A 739\nadd A 740\nadd A 741\nadd A 742\nadd A 743\nadd A 744\nadd A 745\nadd A 746\nadd A 747\nadd A 748\nadd A 749\nadd A 750\nadd A 751\nadd A 752\nadd A 753\nadd A 754\nadd A 755\nadd A 756\nadd A 757\nadd A 758\nadd A 759\nadd A 760\nadd A 761\nadd A 762\nadd A 763\nadd A 764\nadd A 765\nadd A 766\nadd A 767\nadd A 768\nadd A 769\nadd A 770\nadd A 771\nadd A 772\nadd A 773\nadd A 774\nadd A 775\nadd A 776\nadd A 777\nadd A 778\nadd A 779\nadd A 780\nadd A 781\nadd A 782\nadd A 783\nadd A 784\nadd A 785\nadd A 786\nadd A 787\nadd A 788\nadd A 789\nadd A 790\nadd A 791\nadd A 792\nadd A 793\nadd A 794\nadd A 795\nadd A 796\nadd A 797\nadd A 798\nadd A 799\nadd A 800\nadd A 801\nadd A 802\nadd A 803\nadd A 804\nadd A 805\nadd A 806\nadd A 807\nadd A 808\nadd A 809\nadd A 810\nadd A 811\nadd A 812\nadd A 813\nadd A 814\nadd A 815\nadd A 816\nadd A 817\nadd A 818\nadd A 819\nadd A 820\nadd A 821\nadd A 822\nadd A 823\nadd A 824\nadd A 825\nadd A 826\nadd A 827\nadd A 828\nadd A 829\nadd A 830\nadd A 831\nadd A 832\nadd A 833\nadd A 834\nadd A 835\nadd A 836\nadd A 837\nadd A 838\nadd A 839\nadd A 840\nadd A 841\nadd A 842\nadd A 843\nadd A 844\nadd A 845\nadd A 846\nadd A 847\nadd A 848\nadd A 849\nadd A 850\nadd A 851\nadd A 852\nadd A 853\nadd A 854\nadd A 855\nadd A 856\nadd A 857\nadd A 858\nadd A 859\nadd A 860\nadd A 861\nadd A 862\nadd A 863\nadd A 864\nadd A 865\nadd A 866\nadd A 867\nadd A 868\nadd A 869\nadd A 870\nadd A 871\nadd A 872\nadd A 873\nadd A 874\nadd A 875\nadd A 876\nadd A 877\nadd A 878\nadd A 879\nadd A 880\nadd A 881\nadd A 882\nadd A 883\nadd A 884\nadd A 885\nadd A 886\nadd A 887\nadd A 888\nadd A 889\nadd A 890\nadd A 891\nadd A 892\nadd A 893\nadd A 894\nadd A 895\nadd A 896\nadd A 897\nadd A 898\nadd A 899\nadd A 900\nadd A 901\nadd A 902\nadd A 903\nadd A 904\nadd A 905\nadd A 906\nadd A 907\nadd A 908\nadd A 909\nadd A 910\nadd A 911\nadd A 912\nadd A 913\nadd A 914\nadd A 915\nadd A 916\nadd A 917\nadd A 918\nadd A 919\nadd A 920\nadd A 921\nadd A 922\nadd A 923\nadd A 924\nadd A 925\nadd A 926\nadd A 927\nadd A 928\nadd A 929\nadd A 930\nadd A 931\nadd A 932\nadd A 933\nadd A 934\nadd A 935\nadd A 936\nadd A 937\nadd A 938\nadd A 939\nadd A 940\nadd A 941\nadd A 942\nadd A 943\nadd A 944\nadd A 945\nadd A 946\nadd A 947\nadd A 948\nadd A 949\nadd A 950\nadd A 951\nadd A 952\nadd A 953\nadd A 954\nadd A 955\nadd A 956\nadd A 957\nadd A 958\nadd A 959\nadd A 960\nadd A 961\nadd A 962\nadd A 963\nadd A 964\nadd A 965\nadd A 966\nadd A 967\nadd A 968\nadd A 969\nadd A 970\nadd A 971\nadd A 972\nadd A 973\nadd A 974\nadd A 975\nadd A 976\nadd A 977\nadd A 978\nadd A 979\nadd A 980\nadd A 981\nadd A 982\nadd A 983\nadd A 984\nadd A 985\nadd A 986\nadd A 987\nadd A 988\nadd A 989\nadd A 990\nadd A 991\nadd A 992\nadd A 993\nadd A 994\nadd A 995\nadd A 996\nadd A 997\nadd A 998\nadd A 999\nadd A 1000\nadd A 1001\nadd A 1002\nadd A 1003\nadd A 1004\nadd A 1005\nadd A 1006\nadd A 1007\nadd A 1008\nadd A 1009\nadd A 1010\nadd A 1011\nadd A 1012\nadd A 1013\nadd A 1014\nadd A 1015\nadd A 1016\nadd A 1017\nadd A 1018\nadd A 1019\nadd A 1020\nadd A 1021\nadd A 1022\nadd A 1023\nadd A 1024\nadd A 1025\nadd A 1026\nadd A 1027\nadd A 1028\nadd A 1029\nadd A 1030\nadd A 1031\nadd A 1032\nadd A 1033\nadd A 1034\nadd A 1035\nadd A 1036\nadd A 1037\nadd A 1038\nadd A 1039\nadd A 1040\nadd A 1041\nadd A 1042\nadd A 1043\nadd A 1044\nadd A 1045\nadd A 1046\nadd A 1047\nadd A 1048\nadd A 1049\nadd A 1050\nadd A 1051\nadd A 1052\nadd A 1053\nadd A 1054\nadd A 1055\nadd A 1056\nadd A 1057\nadd A 1058\nadd A 1059\nadd A 1060\nadd A 1061\nadd A 1062\nadd A 1063\nadd A 1064\nadd A 1065\nadd A 1066\nadd A 1067\nadd A 1068\nadd A 1069\nadd A 1070\nadd A 1071\nadd A 1072\nadd A 1073\nadd A 1074\nadd A 1075\nadd A 1076\nadd A 1077\nadd A 1078\nadd A 1079\nadd A 1080\nadd A 1081\nadd A 1082\nadd A 1083\nadd A 1084\nadd A 1085\nadd A 1086\nadd A 1087\nadd A 1088\nadd A 1089\nadd A 1090\nadd A 1091\nadd A 1092\nadd A 1093\nadd A 1094\nadd A 1095\nadd A 1096\nadd A 1097\nadd A 1098\nadd A 1099\nadd A 1100\nadd A 1101\nadd A 1102\nadd A 1103\nadd A 1104\nadd A 1105\nadd A 1106\nadd A 1107\nadd A 1108\nadd A 1109\nadd A 1110\nadd A 1111\nadd A 1112\nadd A 1113\nadd A 1114\nadd A 1115\nadd A 1116\nadd A 1117\nadd A 1118\nadd A 1119\nadd A 1120\nadd A 1121\nadd A 1122\nadd A 1123\nadd A 1124\nadd A 1125\nadd A 1126\nadd A 1127\nadd A 1128\nadd A 1129\nadd A 1130\nadd A 1131\nadd A 1132\nadd A 1133\nadd A 1134\nadd A 1135\nadd A 1136\nadd A 1137\nadd A 1138\nadd A 1139\nadd A 1140\nadd A 1141\nadd A 1142\nadd A 1143\nadd A 1144\nadd A 1145\nadd A 1146\nadd A 1147\nadd A 1148\nadd A 1149\nadd A 1150\nadd A 1151\nadd A 1152\nadd A 1153\nadd A 1154\nadd A 1155\nadd A 1156\nadd A 1157\nadd A 1158\nadd A 1159\nadd A 1160\nadd A 1161\nadd A 1162\nadd A 1163\nadd A 1164\nadd A 1165\nadd A 1166\nadd A 1167\nadd A 1168\nadd A 1169\nadd A 1170\nadd A 1171\nadd A 1172\nadd A 1173\nadd A 1174\nadd A 1175\nadd A 1176\nadd A 1177\nadd A 1178\nadd A 1179\nadd A 1180\nadd A 1181\nadd A 1182\nadd A 1183\nadd A 1184\nadd A 1185\nadd A 1186\nadd A 1187\nadd A 1188\nadd A 1189\nadd A 1190\nadd A 1191\nadd A 1192\nadd A 1193\nadd A 1194\nadd A 1195\nadd A 1196\nadd A 1197\nadd A 1198\nadd A 1199\ndiscard A 0\ndiscard A 3\ndiscard A 6\ndiscard A 9\ndiscard A 12\ndiscard A 15\ndiscard A 18\ndiscard A 21\ndiscard A 24\ndiscard A 27\ndiscard A 30\ndiscard A 33\ndiscard A 36\ndiscard A 39\ndiscard A 42\ndiscard A 45\ndiscard A 48\ndiscard A 51\ndiscard A 54\ndiscard A 57\ndiscard A 60\ndiscard A 63\ndiscard A 66\ndiscard A 69\ndiscard A 72\ndiscard A 75\ndiscard A 78\ndiscard A 81\ndiscard A 84\ndiscard A 87\ndiscard A 90\ndiscard A 93\ndiscard A 96\ndiscard A 99\ndiscard A 102\ndiscard A 105\ndiscard A 108\ndiscard A 111\ndiscard A 114\ndiscard A 117\ndiscard A 120\ndiscard A 123\ndiscard A 126\ndiscard A 129\ndiscard A 132\ndiscard A 135\ndiscard A 138\ndiscard A 141\ndiscard A 144\ndiscard A 147\ndiscard A 150\ndiscard A 153\ndiscard A 156\ndiscard A 159\ndiscard A 162\ndiscard A 165\ndiscard A 168\ndiscard A 171\ndiscard A 174\ndiscard A 177\ndiscard A 180\ndiscard A 183\ndiscard A 186\ndiscard A 189\ndiscard A 192\ndiscard A 195\ndiscard A 198\ndiscard A 201\ndiscard A 204\ndiscard A 207\ndiscard A 210\ndiscard A 213\ndiscard A 216\ndiscard A 219\ndiscard A 222\ndiscard A 225\ndiscard A 228\ndiscard A 231\ndiscard A 234\ndiscard A 237\ndiscard A 240\ndiscard A 243\ndiscard A 246\ndiscard A 249\ndiscard A 252\ndiscard A 255\ndiscard A 258\ndiscard A 261\ndiscard A 264\ndiscard A 267\ndiscard A 270\ndiscard A 273\ndiscard A 276\ndiscard A 279\ndiscard A 282\ndiscard A 285\ndiscard A 288\ndiscard A 291\ndiscard A 294\ndiscard A 297\ndiscard A 300\ndiscard A 303\ndiscard A 306\ndiscard A 309\ndiscard A 312\ndiscard A 315\ndiscard A 318\ndiscard A 321\ndiscard A 324\ndiscard A 327\ndiscard A 330\ndiscard A 333\ndiscard A 336\ndiscard A 339\ndiscard A 342\ndiscard A 345\ndiscard A 348\ndiscard A 351\ndiscard A 354\ndiscard A 357\ndiscard A 360\ndiscard A 363\ndiscard A 366\ndiscard A 369\ndiscard A 372\ndiscard A 375\ndiscard A 378\ndiscard A 381\ndiscard A 384\ndiscard A 387\ndiscard A 390\ndiscard A 393\ndiscard A 396\ndiscard A 399\ndiscard A 402\ndiscard A 405\ndiscard A 408\ndiscard A 411\ndiscard A 414\ndiscard A 417\ndiscard A 420\ndiscard A 423\ndiscard A 426\ndiscard A 429\ndiscard A 432\ndiscard A 435\ndiscard A 438\ndiscard A 441\ndiscard A 444\ndiscard A 447\ndiscard A 450\ndiscard A 453\ndiscard A 456\ndiscard A 459\ndiscard A 462\ndiscard A 465\ndiscard A 468\ndiscard A 471\ndiscard A 474\ndiscard A 477\ndiscard A 480\ndiscard A 483\ndiscard A 486\ndiscard A 489\ndiscard A 492\ndiscard A 495\ndiscard A 498\ndiscard A 501\ndiscard A 504\ndiscard A 507\ndiscard A 510\ndiscard A 513\ndiscard A 516\ndiscard A 519\ndiscard A 522\ndiscard A 525\ndiscard A 528\ndiscard A 531\ndiscard A 534\ndiscard A 537\ndiscard A 540\ndiscard A 543\ndiscard A 546\ndiscard A 549\ndiscard A 552\ndiscard A 555\ndiscard A 558\ndiscard A 561\ndiscard A 564\ndiscard A 567\ndiscard A 570\ndiscard A 573\ndiscard A 576\ndiscard A 579\ndiscard A 582\ndiscard A 585\ndiscard A 588\ndiscard A 591\ndiscard A 594\ndiscard A 597\ndiscard A 600\ndiscard A 603\ndiscard A 606\ndiscard A 609\ndiscard A 612\ndiscard A 615\ndiscard A 618\ndiscard A 621\ndiscard A 624\ndiscard A 627\ndiscard A 630\ndiscard A 633\ndiscard A 636\ndiscard A 639\ndiscard A 642\ndiscard A 645\ndiscard A 648\ndiscard A 651\ndiscard A 654\ndiscard A 657\ndiscard A 660\ndiscard A 663\ndiscard A 666\ndiscard A 669\ndiscard A 672\ndiscard A 675\ndiscard A 678\ndiscard A 681\ndiscard A 684\ndiscard A 687\ndiscard A 690\ndiscard A 693\ndiscard A 696\ndiscard A 699\ndiscard A 702\ndiscard A 705\ndiscard A 708\ndiscard A 711\ndiscard A 714\ndiscard A 717\ndiscard A 720\ndiscard A 723\ndiscard A 726\ndiscard A 729\ndiscard A 732\ndiscard A 735\ndiscard A 738\ndiscard A 741\ndiscard A 744\ndiscard A 747\ndiscard A 750\ndiscard A 753\ndiscard A 756\ndiscard A 759\ndiscard A 762\ndiscard A 765\ndiscard A 768\ndiscard A 771\ndiscard A 774\ndiscard A 777\ndiscard A 780\ndiscard A 783\ndiscard A 786\ndiscard A 789\ndiscard A 792\ndiscard A 795\ndiscard A 798\ndiscard A 801\ndiscard A 804\ndiscard A 807\ndiscard A 810\ndiscard A 813\ndiscard A 816\ndiscard A 819\ndiscard A 822\ndiscard A 825\ndiscard A 828\ndiscard A 831\ndiscard A 834\ndiscard A 837\ndiscard A 840\ndiscard A 843\ndiscard A 846\ndiscard A 849\ndiscard A 852\ndiscard A 855\ndiscard A 858\ndiscard A 861\ndiscard A 864\ndiscard A 867\ndiscard A 870\ndiscard A 873\ndiscard A 876\ndiscard A 879\ndiscard A 882\ndiscard A 885\ndiscard A 888\ndiscard A 891\ndiscard A 894\ndiscard A 897\ndiscard A 900\ndiscard A 903\ndiscard A 906\ndiscard A 909\ndiscard A 912\ndiscard A 915\ndiscard A 918\ndiscard A 921\ndiscard A 924\ndiscard A 927\ndiscard A 930\ndiscard A 933\ndiscard A 936\ndiscard A 939\ndiscard A 942\ndiscard A 945\ndiscard A 948\ndiscard A 951\ndiscard A 954\ndiscard A 957\ndiscard A 960\ndiscard A 963\ndiscard A 966\ndiscard A 969\ndiscard A 972\ndiscard A 975\ndiscard A 978\ndiscard A 981\ndiscard A 984\ndiscard A 987\ndiscard A 990\ndiscard A 993\ndiscard A 996\ndiscard A 999\ndiscard A 1002\ndiscard A 1005\ndiscard A 1008\ndiscard A 1011\ndiscard A 1014\ndiscard A 1017\ndiscard A 1020\ndiscard A 1023\ndiscard A 1026\ndiscard A 1029\ndiscard A 1032\ndiscard A 1035\ndiscard A 1038\ndiscard A 1041\ndiscard A 1044\ndiscard A 1047\ndiscard A 1050\ndiscard A 1053\ndiscard A 1056\ndiscard A 1059\ndiscard A 1062\ndiscard A 1065\ndiscard A 1068\ndiscard A 1071\ndiscard A 1074\ndiscard A 1077\ndiscard A 1080\ndiscard A 1083\ndiscard A 1086\ndiscard A 1089\ndiscard A 1092\ndiscard A 1095\ndiscard A 1098\ndiscard A 1101\ndiscard A 1104\ndiscard A 1107\ndiscard A 1110\ndiscard A 1113\ndiscard A 1116\ndiscard A 1119\ndiscard A 1122\ndiscard A 1125\ndiscard A 1128\ndiscard A 1131\ndiscard A 1134\ndiscard A 1137\ndiscard A 1140\ndiscard A 1143\ndiscard A 1146\ndiscard A 1149\ndiscard A 1152\ndiscard A 1155\ndiscard A 1158\ndiscard A 1161\ndiscard A 1164\ndiscard A 1167\ndiscard A 1170\ndiscard A 1173\ndiscard A 1176\ndiscard A 1179\ndiscard A 1182\ndiscard A 1185\ndiscard A 1188\ndiscard A 1191\ndiscard A 1194\ndiscard A 1197\nshow A\npop A\npop A\nadd A 0\nadd A 7\nadd A 14\nadd A 21\nadd A 28\nadd A 35\nadd A 42\nadd A 49\nadd A 56\nadd A 63\nadd A 70\nadd A 77\nadd A 84\nadd A 91\nadd A 98\nadd A 105\nadd A 112\nadd A 119\nadd A 126\nadd A 133\nadd A 140\nadd A 147\nadd A 154\nadd A 161\nadd A 168\nadd A 175\nadd A 182\nadd A 189\nadd A 196\nadd A 203\nadd A 210\nadd A 217\nadd A 224\nadd A 231\nadd A 238\nadd A 245\nadd A 252\nadd A 259\nadd A 266\nadd A 273\nadd A 280\nadd A 287\nadd A 294\nadd A 301\nadd A 308\nadd A 315\nadd A 322\nadd A 329\nadd A 336\nadd A 343\nadd A 350\nadd A 357\nadd A 364\nadd A 371\nadd A 378\nadd A 385\nadd A 392\nadd A 399\nadd A 406\nadd A 413\nadd A 420\nadd A 427\nadd A 434\nadd A 441\nadd A 448\nadd A 455\nadd A 462\nadd A 469\nadd A 476\nadd A 483\nadd A 490\nadd A 497\nadd A 504\nadd A 511\nadd A 518\nadd A 525\nadd A 532\nadd A 539\nadd A 546\nadd A 553\nadd A 560\nadd A 567\nadd A 574\nadd A 581\nadd A 588\nadd A 595\nadd A 602\nadd A 609\nadd A 616\nadd A 623\nadd A 630\nadd A 637\nadd A 644\nadd A 651\nadd A 658\nadd A 665\nadd A 672\nadd A 679\nadd A 686\nadd A 693\nadd A 700\nadd A 707\nadd A 714\nadd A 721\nadd A 728\nadd A 735\nadd A 742\nadd A 749\nadd A 756\nadd A 763\nadd A 770\nadd A 777\nadd A 784\nadd A 791\nadd A 798\nadd A 805\nadd A 812\nadd A 819\nadd A 826\nadd A 833\nadd A 840\nadd A 847\nadd A 854\nadd A 861\nadd A 868\nadd A 875\nadd A 882\nadd A 889\nadd A 896\nadd A 903\nadd A 910\nadd A 917\nadd A 924\nadd A 931\nadd A 938\nadd A 945\nadd A 952\nadd A 959\nadd A 966\nadd A 973\nadd A 980\nadd A 987\nadd A 994\nadd A 1001\nadd A 1008\nadd A 1015\nadd A 1022\nadd A 1029\nadd A 1036\nadd A 1043\nadd A 1050\nadd A 1057\nadd A 1064\nadd A 1071\nadd A 1078\nadd A 1085\nadd A 1092\nadd A 1099\nadd A 1106\nadd A 1113\nadd A 1120\nadd A 1127\nadd A 1134\nadd A 1141\nadd A 1148\nadd A 1155\nadd A 1162\nadd A 1169\nadd A 1176\nadd A 1183\nadd A 1190\nadd A 1197\nadd A 1204\nadd A 1211\nadd A 1218\nadd A 1225\nadd A 1232\nadd A 1239\nadd A 1246\nadd A 1253\nadd A 1260\nadd A 1267\nadd A 1274\nadd A 1281\nadd A 1288\nadd A 1295\nadd A 1302\nadd A 1309\nadd A 1316\nadd A 1323\nadd A 1330\nadd A 1337\nadd A 1344\nadd A 1351\nadd A 1358\nadd A 1365\nadd A 1372\nadd A 1379\nadd A 1386\nadd A 1393\nadd A 1400\nadd A 1407\nadd A 1414\nadd A 1421\nadd A 1428\nadd A 1435\nadd A 1442\nadd A 1449\nadd A 1456\nadd A 1463\nadd A 1470\nadd A 1477\nadd A 1484\nadd A 1491\nadd A 1498\nadd A 1505\nadd A 1512\nadd A 1519\nadd A 1526\nadd A 1533\nadd A 1540\nadd A 1547\nadd A 1554\nadd A 1561\nadd A 1568\nadd A 1575\nadd A 1582\nadd A 1589\nadd A 1596\nadd A 1603\nadd A 1610\nadd A 1617\nadd A 1624\nadd A 1631\nadd A 1638\nadd A 1645\nadd A 1652\nadd A 1659\nadd A 1666\nadd A 1673\nadd A 1680\nadd A 1687\nadd A 1694\nadd A 1701\nadd A 1708\nadd A 1715\nadd A 1722\nadd A 1729\nadd A 1736\nadd A 1743\nadd A 1750\nadd A 1757\nadd A 1764\nadd A 1771\nadd A 1778\nadd A 1785\nadd A 1792\nadd A 1799\nadd A 1806\nadd A 1813\nadd A 1820\nadd A 1827\nadd A 1834\nadd A 1841\nadd A 1848\nadd A 1855\nadd A 1862\nadd A 1869\nadd A 1876\nadd A 1883\nadd A 1890\nadd A 1897\nadd A 1904\nadd A 1911\nadd A 1918\nadd A 1925\nadd A 1932\nadd A 1939\nadd A 1946\nadd A 1953\nadd A 1960\nadd A 1967\nadd A 1974\nadd A 1981\nadd A 1988\nadd A 1995\nadd A 2002\nadd A 2009\nadd A 2016\nadd A 2023\nadd A 2030\nadd A 2037\nadd A 2044\nadd A 2051\nadd A 2058\nadd A 2065\nadd A 2072\nadd A 2079\nadd A 2086\nadd A 2093\nshow A",
            "show 1 2 4 5 7 8 10 11 13 14 16 17 19 20 22 23 25 26 28 29 31 32 34 35 37 38 40 41 43 44 46 47 49 50 52 53 55 56 58 59 61 62 64 65 67 68 70 71 73 74 76 77 79 80 82 83 85 86 88 89 91 92 94 95 97 98 100 101 103 104 106 107 109 110 112 113 115 116 118 119 121 122 124 125 127 128 130 131 133 134 136 137 139 140 142 143 145 146 148 149 151 152 154 155 157 158 160 161 163 164 166 167 169 170 172 173 175 176 178 179 181 182 184 185 187 188 190 191 193 194 196 197 199 200 202 203 205 206 208 209 211 212 214 215 217 218 220 221 223 224 226 227 229 230 232 233 235 236 238 239 241 242 244 245 247 248 250 251 253 254 256 257 259 260 262 263 265 266 268 269 271 272 274 275 277 278 280 281 283 284 286 287 289 290 292 293 295 296 298 299 301 302 304 305 307 308 310 311 313 314 316 317 319 320 322 323 325 326 328 329 331 332 334 335 337 338 340 341 343 344 346 347 349 350 352 353 355 356 358 359 361 362 364 365 367 368 370 371 373 374 376 377 379 380 382 383 385 386 388 389 391 392 394 395 397 398 400 401 403 404 406 407 409 410 412 413 415 416 418 419 421 422 424 425 427 428 430 431 433 434 436 437 439 440 442 443 445 446 448 449 451 452 454 455 457 458 460 461 463 464 466 467 469 470 472 473 475 476 478 479 481 482 484 485 487 488 490 491 493 494 496 497 499 500 502 503 505 506 508 509 511 512 514 515 517 518 520 521 523 524 526 527 529 530 532 533 535 536 538 539 541 542 544 545 547 548 550 551 553 554 556 557 559 560 562 563 565 566 568 569 571 572 574 575 577 578 580 581 583 584 586 587 589 590 592 593 595 596 598 599 601 602 604 605 607 608 610 611 613 614 616 617 619 620 622 623 625 626 628 629 631 632 634 635 637 638 640 641 643 644 646 647 649 650 652 653 655 656 658 659 661 662 664 665 667 668 670 671 673 674 676 677 679 680 682 683 685 686 688 689 691 692 694 695 697 698 700 701 703 704 706 707 709 710 712 713 715 716 718 719 721 722 724 725 727 728 730 731 733 734 736 737 739 740 742 743 745 746 748 749 751 752 754 755 757 758 760 761 763 764 766 767 769 770 772 773 775 776 778 779 781 782 784 785 787 788 790 791 793 794 796 797 799 800 802 803 805 806 808 809 811 812 814 815 817 818 820 821 823 824 826 827 829 830 832 833 835 836 838 839 841 842 844 845 847 848 850 851 853 854 856 857 859 860 862 863 865 866 868 869 871 872 874 875 877 878 880 881 883 884 886 887 889 890 892 893 895 896 898 899 901 902 904 905 907 908 910 911 913 914 916 917 919 920 922 923 925 926 928 929 931 932 934 935 937 938 940 941 943 944 946 947 949 950 952 953 955 956 958 959 961 962 964 965 967 968 970 971 973 974 976 977 979 980 982 983 985 986 988 989 991 992 994 995 997 998 1000 1001 1003 1004 1006 1007 1009 1010 1012 1013 1015 1016 1018 1019 1021 1022 1024 1025 1027 1028 1030 1031 1033 1034 1036 1037 1039 1040 1042 1043 1045 1046 1048 1049 1051 1052 1054 1055 1057 1058 1060 1061 1063 1064 1066 1067 1069 1070 1072 1073 1075 1076 1078 1079 1081 1082 1084 1085 1087 1088 1090 1091 1093 1094 1096 1097 1099 1100 1102 1103 1105 1106 1108 1109 1111 1112 1114 1115 1117 1118 1120 1121 1123 1124 1126 1127 1129 1130 1132 1133 1135 1136 1138 1139 1141 1142 1144 1145 1147 1148 1150 1151 1153 1154 1156 1157 1159 1160 1162 1163 1165 1166 1168 1169 1171 1172 1174 1175 1177 1178 1180 1181 1183 1184 1186 1187 1189 1190 1192 1193 1195 1196 1198 1199\npop 1\npop 2\nshow 0 4 5 7 8 10 11 13 14 16 17 19 20 21 22 23 25 26 28 29 31 32 34 35 37 38 40 41 42 43 44 46 47 49 50 52 53 55 56 58 59 61 62 63 64 65 67 68 70 71 73 74 76 77 79 80 82 83 84 85 86 88 89 91 92 94 95 97 98 100 101 103 104 105 106 107 109 110 112 113 115 116 118 119 121 122 124 125 126 127 128 130 131 133 134 136 137 139 140 142 143 145 146 147 148 149 151 152 154 155 157 158 160 161 163 164 166 167 168 169 170 172 173 175 176 178 179 181 182 184 185 187 188 189 190 191 193 194 196 197 199 200 202 203 205 206 208 209 210 211 212 214 215 217 218 220 221 223 224 226 227 229 230 231 232 233 235 236 238 239 241 242 244 245 247 248 250 251 252 253 254 256 257 259 260 262 263 265 266 268 269 271 272 273 274 275 277 278 280 281 283 284 286 287 289 290 292 293 294 295 296 298 299 301 302 304 305 307 308 310 311 313 314 315 316 317 319 320 322 323 325 326 328 329 331 332 334 335 336 337 338 340 341 343 344 346 347 349 350 352 353 355 356 357 358 359 361 362 364 365 367 368 370 371 373 374 376 377 378 379 380 382 383 385 386 388 389 391 392 394 395 397 398 399 400 401 403 404 406 407 409 410 412 413 415 416 418 419 420 421 422 424 425 427 428 430 431 433 434 436 437 439 440 441 442 443 445 446 448 449 451 452 454 455 457 458 460 461 462 463 464 466 467 469 470 472 473 475 476 478 479 481 482 483 484 485 487 488 490 491 493 494 496 497 499 500 502 503 504 505 506 508 509 511 512 514 515 517 518 520 521 523 524 525 526 527 529 530 532 533 535 536 538 539 541 542 544 545 546 547 548 550 551 553 554 556 557 559 560 562 563 565 566 567 568 569 571 572 574 575 577 578 580 581 583 584 586 587 588 589 590 592 593 595 596 598 599 601 602 604 605 607 608 609 610 611 613 614 616 617 619 620 622 623 625 626 628 629 630 631 632 634 635 637 638 640 641 643 644 646 647 649 650 651 652 653 655 656 658 659 661 662 664 665 667 668 670 671 672 673 674 676 677 679 680 682 683 685 686 688 689 691 692 693 694 695 697 698 700 701 703 704 706 707 709 710 712 713 714 715 716 718 719 721 722 724 725 727 728 730 731 733 734 735 736 737 739 740 742 743 745 746 748 749 751 752 754 755 756 757 758 760 761 763 764 766 767 769 770 772 773 775 776 777 778 779 781 782 784 785 787 788 790 791 793 794 796 797 798 799 800 802 803 805 806 808 809 811 812 814 815 817 818 819 820 821 823 824 826 827 829 830 832 833 835 836 838 839 840 841 842 844 845 847 848 850 851 853 854 856 857 859 860 861 862 863 865 866 868 869 871 872 874 875 877 878 880 881 882 883 884 886 887 889 890 892 893 895 896 898 899 901 902 903 904 905 907 908 910 911 913 914 916 917 919 920 922 923 924 925 926 928 929 931 932 934 935 937 938 940 941 943 944 945 946 947 949 950 952 953 955 956 958 959 961 962 964 965 966 967 968 970 971 973 974 976 977 979 980 982 983 985 986 987 988 989 991 992 994 995 997 998 1000 1001 1003 1004 1006 1007 1008 1009 1010 1012 1013 1015 1016 1018 1019 1021 1022 1024 1025 1027 1028 1029 1030 1031 1033 1034 1036 1037 1039 1040 1042 1043 1045 1046 1048 1049 1050 1051 1052 1054 1055 1057 1058 1060 1061 1063 1064 1066 1067 1069 1070 1071 1072 1073 1075 1076 1078 1079 1081 1082 1084 1085 1087 1088 1090 1091 1092 1093 1094 1096 1097 1099 1100 1102 1103 1105 1106 1108 1109 1111 1112 1113 1114 1115 1117 1118 1120 1121 1123 1124 1126 1127 1129 1130 1132 1133 1134 1135 1136 1138 1139 1141 1142 1144 1145 1147 1148 1150 1151 1153 1154 1155 1156 1157 1159 1160 1162 1163 1165 1166 1168 1169 1171 1172 1174 1175 1176 1177 1178 1180 1181 1183 1184 1186 1187 1189 1190 1192 1193 1195 1196 1197 1198 1199 1204 1211 1218 1225 1232 1239 1246 1253 1260 1267 1274 1281 1288 1295 1302 1309 1316 1323 1330 1337 1344 1351 1358 1365 1372 1379 1386 1393 1400 1407 1414 1421 1428 1435 1442 1449 1456 1463 1470 1477 1484 1491 1498 1505 1512 1519 1526 1533 1540 1547 1554 1561 1568 1575 1582 1589 1596 1603 1610 1617 1624 1631 1638 1645 1652 1659 1666 1673 1680 1687 1694 1701 1708 1715 1722 1729 1736 1743 1750 1757 1764 1771 1778 1785 1792 1799 1806 1813 1820 1827 1834 1841 1848 1855 1862 1869 1876 1883 1890 1897 1904 1911 1918 1925 1932 1939 1946 1953 1960 1967 1974 1981 1988 1995 2002 2009 2016 2023 2030 2037 2044 2051 2058 2065 2072 2079 2086 2093",
        ),
        (
            "clit A 7797347928732595417 872158146520110802 2305843009213693952 1416868567926573937 17 13 8 1704 1416 33 34 1 28 28 36 96 30 2177 -3320013959237603410 6\nlit B -37 30\nclit C 680 31 160 -2305843009213693952 112\nclit D 4611686018427387920 -39 1505 -1217169917393023658 1 -2305843009213693952 17 128\ndiscard D -3665996040461695133\nadd B -2965583181374099086\ninteri D B 1\nadd D 7039306048467390338\ndiffui D 2657 16 40 33 39 -3520030145722935360 3 5383265543905397309 1503095655308625262 2592\ninter A C D\ndiscard C 1\nupdate A B\nupdate D A\ncopy A C\nclear D\ndiscard A 1601\nadd C 20\nadd C 216\nshow C\nshow D\ndiscard D -29\nadd A 4\ndiffui C 2305843009213693952 6 2752 36 -792220581830622627 160 9223372036854775807 -5979772993717453401 2720\nadd C 2305843009213693951\nsym D D B\nadd B 31\nshow A\nrel D A\ndiff A C C\nadd A 3072\nsymu A B\nadd C 2048\nupdd D 552 12 28 -34\ndiff C B A\ndiff C B C\ninter D C B\npop D\ninter B C D\nshow A\nshow B\nshow C\nshow D",
            "show 160 112 20 680 216 -2305843009213693952 31\nshow\nshow 160 112 4 680 -2305843009213693952 31\nrel 0 0 1 0 0\npop -2965583181374099086\nshow 3072 -2965583181374099086 -37 30 31\nshow -37 30 31\nshow -2965583181374099086 -37 30 31\nshow -37 30 31",
        ),
        (
            "lit A \nlit B 26 168\nlit C 0\nclit D -2305843009213693952 8 289\nclear A\nadd B 200\nadd C 289\nadd C 39\nshow C\nadd C 3404689161911354407\ninteri A C 216 0\nclear D\nadd A 1608\nupdate B C\ndiscard C 16\nadd A 88\nshow B\nshow D\nadd D 120\ncopy B A\nadd C -35\nshow C\ndiscard D -3503303611873059686\ndiff D C C\nshow D\nadd D 7883845056337032565\npop D\nadd C 4430621910722570795\nshow D\ninteru D D\nadd C 34\ncopy C C\ninteru D B\ndiffu D D\nupdi C -39 2305843009213693960 39 208 8815936427563057775 11 4611686018427387904 33 -28 11 2305843009213693960 208\nshow B\nshow A\nadd B 72\nshow A\nrel A C\nupdate D A\nadd A 20\nadd A -24\nadd A 3104\ndiff D C B\nclear D\nadd B 144\nadd B 11\nadd C -2305843009213693952\nupdate B D\ndiffu D B\ndiscard B -39\npop A\nshow C\nadd D 1928\nadd A 1224\nadd A 32\nadd A 1192\nrel C B\nadd D 26\nshow B\nupdate D C\ndiscard B -12\ndiff C C D\ninteri B B 17 16 -28\nshow A\nshow B\nshow C\nshow D",
            "show 0 289 39\nshow 0 289 3404689161911354407 39 168 26 200\nshow\nshow 0 289 39 3404689161911354407 -35\nshow\npop 7883845056337032565\nshow\nshow 0 88 1608\nshow 0 88 1608\nshow 0 88 1608\nrel 0 0 0 0 0\npop 0\nshow 0 4611686018427387904 2305843009213693960 11 208 -39 -35 289 34 33 -28 39 3404689161911354407 4430621910722570795 8815936427563057775 -2305843009213693952\nrel 0 0 0 0 0\nshow 0 1608 72 11 144 88\nshow 32 3104 1608 -24 1224 1192 20 88\nshow\nshow\nshow 0 4611686018427387904 1928 2305843009213693960 11 208 -39 26 -35 289 34 33 -28 39 3404689161911354407 4430621910722570795 8815936427563057775 -2305843009213693952",
        ),
        (
            "clit A 256 21 352 -3025805479708622325 -37 27 4611686018427387904 289 2536 26 2248 2144 -3 -327781555215009802 6 1 112 2176 1665 616 32 2497 28 -2305843009213693952 18 31 21 200 -6 -8911481739817822687 -12 192 232 -3 2049 -1704528831882852179 -36 2305843009213693960 737 3\nclit B 33\nlit C 39\nclit D 1256 -23 -21 34 18\nrel B C\ncopy B A\nrel C D\nadd A 1729\nshow C\nupdi D -9223372036854775808 8 8\ndiffu A B\npop C\npop B\nclear B\nupdate A B\ninteru D C\nadd B 29\nadd A -5560736917912291726\nrel C A\nadd B 9\ndiscard B 12\ndiscard A -10\ndiscard D 23\ndiffu B C\ninter C B B\ndiscard D 28\nadd C 14\ndiff A C C\nshow A\nadd B 224\nadd C 2305843009213693953\nadd D 19\npop B\nadd A 28\ndiffui C 1288 32 1896 4611686018427387904 65 208\ndiffui D 26\nadd D 9223372036854775807\nshow C\ninter A B B\nadd C 35\nadd D 176\nshow C\ninter A B D\nsym A B B\ndiffu A D\nadd A 0\nshow D\ndiscard A 39\nadd B 385\nadd C 6855590174501610614\nadd C 1025\ninteri B C 2496 9223372036854775807 184 2784 737 168\ninteru A A\nrel D C\nshow A\nupdi B -6 -8 -12 5 9155258247294830827 -30 96\nadd A 1960\ninteru D B\nadd D 1217\nupdd A 2305843009213693951 224 6425851875028858593 28 30 9223372036854775807 8 2837440707954900444 38 12 48 -7122747365947177721\ndiff B A A\nupdi C -32 32 -30 8280828300710835172 2305843009213693953\ninteru A C\ninteru B B\npop B\npop D\nadd D -36\nadd A 5908405595313777096\nadd A 56\ndiffui A 2240 152 34 23 -11 -6 -2756199572399765437\nadd D -13\ninteri D B -16 88\ndiscard B 1\ndiff D A B\npop A\nunion B D B\nadd C 39\nadd B 80\nclear B\nshow A\ndiff D A A\nadd D 2\ndiffu C B\nshow A\nshow A\nshow B\nshow C\nshow D",
            "rel 0 0 1 0 0\nrel 0 0 1 0 0\nshow 39\npop 39\npop 256\nrel 1 0 1 0 1\nshow\npop 9\nshow 9 2305843009213693953 29 14\nshow 2305843009213693953 35 9 14 29\nshow 9223372036854775807 19 176\nrel 0 0 1 0 0\nshow 0\npop none\npop 1217\npop 56\nshow 5908405595313777096\nshow 5908405595313777096\nshow 5908405595313777096\nshow\nshow -32 1025 2305843009213693953 35 32 -30 8280828300710835172 39 9 14 6855590174501610614 29\nshow 2",
        ),
        (
            "clit A 176 112 22 2 -17 12 256 38\nlit B 36 1344\nclit C 3105 10 35 25 18 -33 -21 22 56 6 12 3073 18 -7817941052863017577 34 32 34 72 -6 1320 20 2113 4 1536 3585587237111098689 7 37 15 0 30 26 5834769643367600737 616 39 -34 -4507714099379269775 160 48 704 7\nlit D 9223372036854775807 30 31 34 4611686018427387920 35 -30 19 -9223372036854775808 -20 -918163582317414435 36\nadd C -15\nshow A\nshow C\nsym A B B\ncopy B B\nunion D C D\ndiscard A 17\nshow B\nadd A -40\ndiscard C 208\ndiffui B 3720620072547401812 4611686018427387904 3\nshow D\nadd A 88\ndiscard A 13\ninteri B C 10 -7963829029320011604 4611686018427387904 128 -29 936 1024 120 32 17\nshow A\nadd C -9223372036854775808\nshow A\npop B\nadd D 1448\npop B\nadd A 9223372036854775807\ninter D D A\nshow A\nadd B 240\nadd C 18\nshow C\nrel D B\ninter A D D\nadd A 2529\ndiscard C -9223372036854775808\ndiscard B 25\nshow B\nshow D\ndiscard C 5\npop C\nadd D 24\nsymu A B\npop A\nshow C\nshow B\npop B\nadd C 7\nadd D -4762724201232368434\nadd A 14\npop A\nshow D\npop B\npop B\ndiscard B 176\ndiscard D 5942632001939106953\ndiscard A 39\npop A\nshow A\nshow B\nshow C\nshow D",
            "show 256 2 38 12 -17 176 112 22\nshow 1536 3073 0 4 6 7 10 12 15 18 -7817941052863017577 20 22 25 26 30 32 3105 34 35 160 37 39 1320 48 56 704 2113 3585587237111098689 72 -34 -33 5834769643367600737 616 -21 -4507714099379269775 -15 -6\nshow 1344 36\nshow 1536 3073 0 9223372036854775807 4 6 7 10 12 15 18 4611686018427387920 -7817941052863017577 20 22 19 25 26 30 31 32 3105 34 35 160 37 36 39 1320 48 56 704 2113 3585587237111098689 72 -918163582317414435 -34 -33 -30 5834769643367600737 616 -21 -20 -4507714099379269775 -15 -6 -9223372036854775808\nshow -40 88\nshow -40 88\npop 32\npop 10\nshow -40 9223372036854775807 88\nshow 1536 3073 0 4 6 7 10 12 15 18 -7817941052863017577 20 22 25 26 30 32 3105 34 35 160 37 39 1320 48 56 704 2113 3585587237111098689 72 -34 -33 5834769643367600737 616 -21 -4507714099379269775 -15 -6 -9223372036854775808\nrel 0 0 1 0 0\nshow 240\nshow 9223372036854775807\npop 1536\npop 240\nshow 3073 0 4 6 7 10 12 15 18 -7817941052863017577 20 22 25 26 30 32 3105 34 35 160 37 39 1320 48 56 704 2113 3585587237111098689 72 -34 -33 5834769643367600737 616 -21 -4507714099379269775 -15 -6\nshow 240\npop 240\npop 2529\nshow 24 9223372036854775807 -4762724201232368434\npop none\npop none\npop 9223372036854775807\nshow 14\nshow\nshow 3073 0 4 6 7 10 12 15 18 -7817941052863017577 20 22 25 26 30 32 3105 34 35 160 37 39 1320 48 56 704 2113 3585587237111098689 72 -34 -33 5834769643367600737 616 -21 -4507714099379269775 -15 -6\nshow 24 9223372036854775807 -4762724201232368434",
        ),
        (
            "clit A -8043700636917866912 -3866696355279834605\nclit B -30 2664 1192 9 15 1025 34 7724191169738852036 9 -8167451761984249484 -2799547126098896229 7411357739865840395 2690011414950439045 608 208 21 34 -5401087316945680367 9223372036854775807 30 4611686018427387920 8145739699246800484 -7 4250378962462936221 2305843009213693951 2881 15 7391501109744654077 7 30 16 19 -20 128 9 6769570547524904825 776 34 22 4611686018427387920\nclit C 3690800609063582927 3\nclit D 2560 200 -1 7 -2494363921493499965 2485892259222002040 -25 176 8191809332915858042 520 -4 96\npop D\nclear A\ncopy D C\nadd B 10\npop C\nsym C B C\nadd A 2479704582896850395\nadd B 5224253366211660000\ninteru A A\ndiscard B 36\nadd B 3169\nshow A\nadd B 1601\nshow C\ndiscard D 2305843009213693960\ndiffu C C\npop D\ndiffui B -8 -6413559681878529256 8 3394076215601616570 -1366779384356619816 6\ninteru A A\ndiscard B 7\ndiff C C C\nshow B\ndiff A D A\nadd D -9223372036854775808\npop B\nshow C\nadd D 1504\nrel C D\ndiff C A A\nadd D 8\nsym B D A\nshow B\ncopy C D\nadd D 21\nadd A 37\nshow D\nadd D 208\ndiscard D 29\ndiscard B 2305843009213693951\ndiffu D C\nshow B\ndiscard D 39\nshow D\nadd D 35\nsymu C A\nadd C -2305843009213693952\ninteri B B 8\nshow D\ninteri B B 6 13 20 224 6 48 -7768607388571632350\nadd B 14\ndiffu C C\nshow D\nadd C 56\ndiscard D 7033974622938815095\ncopy C C\ninter C A D\nadd B 64\nshow A\nshow B\nshow C\nshow D",
            "pop 2560\npop 3690800609063582927\nshow 2479704582896850395\nshow 2305843009213693951 1025 7391501109744654077 3 128 9223372036854775807 2690011414950439045 7 776 9 10 7411357739865840395 15 -5401087316945680367 16 4611686018427387920 19 21 22 -2799547126098896229 30 4250378962462936221 34 1192 2881 7724191169738852036 208 608 -30 8145739699246800484 2664 -20 -8167451761984249484 -7 6769570547524904825\npop 3690800609063582927\nshow 2305843009213693951 1025 7391501109744654077 128 9223372036854775807 2690011414950439045 776 9 10 7411357739865840395 15 -5401087316945680367 16 4611686018427387920 19 21 22 -2799547126098896229 30 4250378962462936221 34 1192 2881 1601 7724191169738852036 208 608 3169 -30 5224253366211660000 8145739699246800484 2664 -20 -8167451761984249484 -7 6769570547524904825\npop 2305843009213693951\nshow\nrel 1 0 1 0 1\nshow 1504 8 -9223372036854775808\nshow 1504 3 8 21 -9223372036854775808\nshow 1504 8 -9223372036854775808\nshow 208 21\nshow 35 208 21\nshow 35 208 21\nshow 3 37\nshow 64 14\nshow\nshow 35 208 21",
        ),
        (
            "lit A 3 2305843009213693951\nclit B \nlit C 232 2772975084367609548 2357050982898978993 1537 40\nlit D 4 21 7 72 2888 -20 80 72 2305843009213693951 -7 15 36\ndiff B D C\nshow C\nshow A\nadd A 2081\ndiscard B 28\nsymu A C\nadd C 9223372036854775807\ndiscard A 35\nadd C 31\ndiscard A 3073\nadd A 38\ncopy D D\ninter C B A\nupdi B 11 865 192 3 30 10 2026739997305261832\nadd C 1633\nclear B\ndiscard B 7\nshow D\ndiscard A -6\ndiscard B -8732235162369311807\npop D\nadd C -9223372036854775808\nshow A\nrel D C\nshow D\nclear B\ncopy B A\nadd C -26\nadd B 15\nshow A\nadd A 0\ninter B D B\nupdate C D\nadd A -4280655359962319783\nshow C\npop B\nadd A 4611686018427387920\npop A\ndiscard B 4\nshow D\nshow A\nadd A 8\nunion B D C\nshow A\ninteru C D\nadd D 31\nupdate A A\nadd A 608\nadd D 35\nadd A 30\ncopy D A\npop B\ndiff A D C\nshow C\nupdi B -7310087300081009729\nshow B\ninteru A B\nshow C\nshow B\ndiffu D D\nadd A 64\nadd B -2\nshow A\nshow B\nshow C\nshow D",
            "show 1537 232 40 2772975084367609548 2357050982898978993\nshow 2305843009213693951 3\nshow 2305843009213693951 4 36 7 72 2888 -20 15 80 21 -7\npop 2305843009213693951\nshow 2305843009213693951 2081 1537 3 38 232 40 2772975084367609548 2357050982898978993\nrel 0 0 1 0 0\nshow 4 36 7 72 2888 -20 15 80 21 -7\nshow 2305843009213693951 2081 1537 3 38 232 40 2772975084367609548 2357050982898978993\nshow 2305843009213693951 1633 4 36 -26 7 72 2888 -20 15 80 21 -7 -9223372036854775808\npop 15\npop 2305843009213693951\nshow 4 36 7 72 2888 -20 15 80 21 -7\nshow 2081 1537 3 0 38 232 40 2772975084367609548 2357050982898978993 4611686018427387920 -4280655359962319783\nshow 2081 1537 3 0 38 232 40 8 2772975084367609548 2357050982898978993 4611686018427387920 -4280655359962319783\npop 2305843009213693951\nshow 4 36 7 72 2888 -20 15 80 21 -7\nshow 4 7 72 2888 -7310087300081009729 15 80 21 1633 36 -26 -20 -7 -9223372036854775808\nshow 4 36 7 72 2888 -20 15 80 21 -7\nshow 4 7 72 2888 -7310087300081009729 15 80 21 1633 36 -26 -20 -7 -9223372036854775808\nshow 64\nshow 4 7 72 2888 -7310087300081009729 15 80 21 1633 36 -26 -20 -7 -9223372036854775808 -2\nshow 4 36 7 72 2888 -20 15 80 21 -7\nshow",
        ),
        (
            "clit A -25 -10 -926738817642012830 35 34 72 168 -3772688733232718056 13 14 2305843009213693960 2625 12 22 36 9 31 -6976064094477313491 1440 24 32 1 9223372036854775807 -4 88 23 8951946107212420824 -1744460021896469755 144 26 112 6645446914577432769 40 8 5 -4456475826000964484 21 1 -4 2152\nlit B -11 1 128 -31 39 4611686018427387920 16 -33 4103815048124256904 232 2305843009213693951 22 4611686018427387904 -31 -2795206893892029941 -23 14 72 9223372036854775807 -18\nlit C -2745761919017987027 15\nlit D 3567225743010810707\ndiff C D A\nshow B\nadd C -3\ndiscard B -6257907405611901962\nshow A\ninter A A C\nadd C 37\nshow A\ndiscard C 673\nadd C 2940619993739098594\ndiscard C 33\nadd A 2\ndiff B A B\ninteru B D\nadd D 0\nsym B A C\nadd A -2305843009213693952\nshow B\nadd C 64\nadd D -10\ndiscard B 4611686018427387904\nshow C\nadd D -26\nshow B\nadd B 32\ndiscard C -6688600885687060385\nsymu A C\nadd A 15\nunion D D B\nadd B 21\nupdate A A\nshow B\ndiscard B 104\npop A\nrel A A\nshow A\ndiscard D 1\nadd C 6\nadd D -8109045012418630632\nadd A 0\ninter A A D\npop D\nupdi B -6095495283586924754 -2305843009213693952 16 27 15 -7875246543206366756 24 104 -8867574418464389562 40 32 9223372036854775807 -36 2632\nshow D\nadd B 22\nshow A\nadd D 3211148346966997645\nupdi B 24 2120 144 17 264 24\ndiff D C C\nrel D D\ninteri C B 8 12 1 26 35 4002273789244906971 -2305843009213693952 37 6942988597932902953\nshow A\nshow B\nshow C\nshow D",
            "show 128 1 2305843009213693951 4611686018427387904 9223372036854775807 4103815048124256904 -2795206893892029941 14 16 4611686018427387920 22 39 72 -33 -31 232 -23 -18 -11\nshow 1 9223372036854775807 5 -1744460021896469755 8 2305843009213693960 9 12 13 14 144 21 22 23 -3772688733232718056 24 26 31 1440 32 34 35 36 168 40 -6976064094477313491 2625 6645446914577432769 72 88 8951946107212420824 -926738817642012830 -25 2152 112 -10 -4456475826000964484 -4\nshow\nshow 2 2940619993739098594 37 3567225743010810707 -3\nshow 64 2940619993739098594 37 3567225743010810707 -3\nshow 2 2940619993739098594 37 3567225743010810707 -3\nshow 32 2 2940619993739098594 37 3567225743010810707 21 -3\npop 64\nrel 1 1 0 1 0\nshow 2 2940619993739098594 37 15 3567225743010810707 -3 -2305843009213693952\npop 0\nshow 32 2 2940619993739098594 37 -26 3567225743010810707 -8109045012418630632 -10 -3\nshow 0 2 2940619993739098594 37 3567225743010810707 -3\nrel 1 1 1 1 0\nshow 0 2 2940619993739098594 37 3567225743010810707 -3\nshow 2 9223372036854775807 264 15 16 144 17 21 22 24 27 32 37 40 -6095495283586924754 -8867574418464389562 2632 2120 3567225743010810707 -7875246543206366756 -36 2940619993739098594 104 -3 -2305843009213693952\nshow 37 -2305843009213693952\nshow",
        ),
        (
            "lit A 3 1249 38 1832 11 64 40 40\nclit B \nclit C 5 2976\nclit D 22 0 37 37 22\nupdi A -5\nsym B D B\nadd D 2593\nshow C\nadd C 192\nadd C 2305843009213693960\nshow C\nclear C\npop C\nshow B\nupdd C 4798888498357985394 1089 17 37 2060975402691200692 2305843009213693960 2305843009213693952 7 -4430621841607430111 6533513651551387486\ndiscard D -6974264717566179663\ndiffu D A\nadd A 1472\nadd A -36\nshow B\nupdate B B\ndiscard D 20\nadd C 235454736734491095\nadd B 6202721815826208115\nsymu B B\nsym B C D\nadd A -7\npop A\npop C\ndiscard D 5\npop A\nshow D\nshow A\ninteru B B\ndiff A D C\nshow A\nshow B\nshow C\nshow D",
            "show 2976 5\nshow 2976 2305843009213693960 5 192\npop none\nshow 0 37 22\nshow 0 37 22\npop 64\npop -4430621841607430111\npop 1249\nshow 0 2593 37 22\nshow 1472 3 38 1832 40 11 -7 -5 -36\nshow 0 2593 22\nshow 0 2593 -4430621841607430111 1089 2305843009213693952 6533513651551387486 7 2305843009213693960 17 4798888498357985394 2060975402691200692 22 235454736734491095\nshow 1089 2305843009213693952 6533513651551387486 37 7 2305843009213693960 17 4798888498357985394 2060975402691200692 235454736734491095\nshow 0 2593 37 22",
        ),
        (
            "lit A \nlit B 2 19 40\nclit C 40 2305843009213693953 2305843009213693951 12 2305843009213693951 23 1 2017 5 -30 2305843009213693960 88\nlit D 22 -9223372036854775808\npop B\nshow D\ndiffui D 8 216\nadd C 2\nadd C -2428491680021021079\nadd A 152\nshow C\nadd C 2777045252724959680\nadd A 11\nclear C\nadd B 152\nsymu D B\nadd D -9102174343396812772\ninteri A C 26 2305843009213693951 -25 3169\nadd B -390619213001187448\nshow C\nsym D A D\ninter A D D\nshow A\nupdi B 14 36 2305843009213693952 5 38 28 -27 -6309493364578326502 9223372036854775807 -26 224\nsym B B D\ndiscard C 0\nadd D 128\nshow D\nshow A\nsymu A B\nshow D\ndiffu B B\nshow B\nclear B\ninter A C A\nsym C C B\nadd C 5320961561515679797\nupdi B 40 2152 40 37 9074456197386062514 17 112 27 1665 -37 9223372036854775807\nadd C 31\ndiscard C 6\nadd B 208\ndiff A A A\ndiff B C D\npop D\ninter C A C\nshow D\ndiff C A B\nupdate B C\ninteri B D 120 144\nadd B 961093140367569345\ndiscard B 208\nupdi C 2408 32 35 7 6131030364464790308 -28 5 56 25 6841340444836206805 -1 2984 7888096506893026751 24 32\npop C\nshow B\nadd D 56\ndiscard B 27\nshow C\ninteru B A\ndiff C A B\nrel A A\ncopy C B\nadd A 936\npop D\nupdd C -3569243220457555580 1 4\nadd A 1\nrel D A\nshow D\ndiscard D 168\nadd B 224\nshow A\nshow B\nshow C\nshow D",
            "pop 40\nshow -9223372036854775808 22\nshow 2305843009213693951 1 2305843009213693953 -30 2017 5 2 40 2305843009213693960 -2428491680021021079 12 23 88\nshow\nshow 2 19 22 152 -9102174343396812772 -9223372036854775808\nshow 128 2 19 22 152 -9102174343396812772 -9223372036854775808\nshow 2 19 22 152 -9102174343396812772 -9223372036854775808\nshow 128 2 19 22 152 -9102174343396812772 -9223372036854775808\nshow\npop 128\nshow 2 19 22 152 -9102174343396812772 -9223372036854775808\npop 32\nshow 961093140367569345\nshow 7888096506893026751 35 -28 5 6131030364464790308 7 2408 2984 24 6841340444836206805 56 25 -1\nrel 1 1 1 1 0\npop 2\nrel 0 0 1 0 0\nshow 19 22 152 -9102174343396812772 56 -9223372036854775808\nshow 936 1\nshow 224\nshow 1 -3569243220457555580 4\nshow 19 22 152 -9102174343396812772 56 -9223372036854775808",
        ),
        (
            "lit A -7098853315748576762 -31 -28 26 3 24 -12 -4 -5434534975163074523 1889 38 -9117064643868570495 16 -15 27 208 4611686018427387920 240 13 2880 -7919094888107087536 2305843009213693952 15 -34 786964191691410653 2760 2024 16 21 20 1185 144 -38 40 216 1633 0 34 11 2305843009213693951\nlit B 6600731932581747692\nlit C -4 24 17 832 192 176 -2 21 -30 1216 865 35 30 1196258869255717761 -29 25 -26 -10 4611686018427387904 31 1576 2282691938467381510 2464 72 -13 224 -9110315628185565541 -9055223188389078221 21 -5763635268197392861 2280 30 257 1288 257 34 9223372036854775807 232 737910723366697647 1997543869108416938\nclit D 36 1601 12 0 -27 769 -2305843009213693952 -4258054802032720324 26 34 -23 160\nadd A 2305843009213693952\nshow A\ndiscard C 3104\nadd B 21\nclear B\npop A\nupdi C 40 200 12 27 104 9 -12 2305843009213693960 19 931405514669079978 32\ncopy C B\nadd D -29\ndiscard A 2273\nadd C 37\nshow D\nadd C 6287851334626612221\nrel A C\nadd C 23\nupdd D -8800241480525465996 21 347776069317593779 120 17 10\nunion C C D\ndiffui A 3080 155513336916829246 2 9064340014423004086 1 2528 -38\nadd B 200\ndiscard D 36\ninter D B C\nadd A -4741243799641216209\ndiscard C 160\ndiscard D -1733848024013966547\npop A\nadd B 232\ndiff A D A\nshow A\nadd C 17\nupdi A 216 1160 39 161 27 29 1217 20 -7 160 30\nunion B A C\nadd B 6\ndiffu B C\nadd A 32\nsym A B A\nsym B D D\ninteru D A\ndiscard C 10\nadd C 9223372036854775807\ninteri A C -34 -15 24 56 2184 208 19\nrel A B\nshow B\nadd C 320\nadd D 8\nadd D 1\nadd D 2049\nupdi B 1\ncopy B D\nshow A\nshow B\nshow C\nshow D",
            "show 0 2305843009213693952 2305843009213693951 3 -7098853315748576762 11 13 15 16 144 4611686018427387920 20 21 24 26 27 1185 34 -5434534975163074523 38 40 2880 2760 -7919094888107087536 208 216 -38 786964191691410653 -34 -31 1889 1633 -28 2024 240 -15 -12 -4 -9117064643868570495\npop 0\nshow 0 1601 34 769 36 -27 160 -29 -23 12 26 -4258054802032720324 -2305843009213693952\nrel 0 0 1 0 0\npop 2305843009213693952\nshow\nrel 1 1 1 1 0\nshow\nshow\nshow 8 1 2049\nshow 0 1601 769 9223372036854775807 320 12 17 21 23 26 34 -29 36 37 -27 -23 -8800241480525465996 347776069317593779 120 -4258054802032720324 -2305843009213693952 6287851334626612221\nshow 8 1 2049",
        ),
        (
            "lit A 48 3009 208\nlit B 2 144 -7980992250767283944 0 200\nlit C 2305843009213693952 136 -31 929 2305843009213693952 6 33 24\nlit D 32\ndiffu A A\nupdi D 27 3 833\nsym C C D\ndiscard A 2305843009213693951\ninteru C A\nadd D 1920\nadd B 38\ndiscard B 6878278528030475873\nupdate A B\ndiff D B C\npop D\nshow D\ndiscard D 3201\nadd D -17\npop B\nadd B 417\nadd D 1128\nadd A 32\ndiscard A 16\nrel A D\nupdi B 12 2305843009213693953 5 9158268344371822802 36\nshow D\ndiscard D 9223372036854775807\nadd B 2305843009213693952\nshow B\nshow C\nunion A B A\nadd D 8\ndiscard C 1064\ndiffu C A\nshow D\ninteri A B 968 80 128 1294641340299925484 -2380755053401042981 16 25 2440\nadd C 13\nshow A\ninteru B D\nshow B\nshow B\nsym D D A\nunion D D C\ndiscard B 25\ndiscard A 37\nunion A B B\nshow C\nshow A\nshow B\ndiscard A 2305843009213693951\nshow C\npop A\nadd A 2088\nadd A 4611686018427387904\nsym D A A\nadd D 3\nupdi A 0 3493047383838088119 27 1 673 2536\nshow B\ndiscard C 2217275774061020547\nunion B B B\nupdate C B\nshow A\nupdi B 18 88 27 -12 17 5753678873429302433 2305843009213693951 1537 765597630038565849 1192 1921\nshow C\nadd B 4405034070408456177\nupdate C A\nadd B 1632\npop D\nshow A\nshow B\nshow C\nshow D",
            "pop 0\nshow 144 2 -7980992250767283944 38 200\npop 0\nrel 0 0 0 0 0\nshow 144 2 -7980992250767283944 38 200 1128 -17\nshow 417 2 2305843009213693953 36 5 38 2305843009213693952 200 12 144 -7980992250767283944 9158268344371822802\nshow\nshow 2 200 8 144 -7980992250767283944 38 1128 -17\nshow\nshow 2 38 200 144 -7980992250767283944\nshow 2 38 200 144 -7980992250767283944\nshow 13\nshow 144 2 -7980992250767283944 38 200\nshow 2 38 200 144 -7980992250767283944\nshow 13\npop 144\nshow 2 38 200 144 -7980992250767283944\nshow 0 1 2 4611686018427387904 200 -7980992250767283944 27 673 38 2088 2536 3493047383838088119\nshow 144 2 -7980992250767283944 38 200 13\npop 3\nshow 0 1 2 4611686018427387904 200 -7980992250767283944 27 673 38 2088 2536 3493047383838088119\nshow 2305843009213693951 1537 2 1921 200 144 17 18 -7980992250767283944 88 765597630038565849 27 1632 5753678873429302433 38 1192 4405034070408456177 -12\nshow 0 1 2 4611686018427387904 200 13 144 -7980992250767283944 27 673 38 2088 2536 3493047383838088119\nshow",
        ),
        (
            "lit A 34 23 24 -8 -2546582515583833037 5830732203673628745 25 128 3592382288221771216 10 1 17 23 1888 -36 -19 0 1550252653984173506 37 2664 20 13 160 72 1344 152 -2305843009213693952 36 19 8 39 2391302442324679005 2144 37 -4407334481664344995 2784 8 72 1825 2536\nclit B 2632 9 23 9223372036854775807 39 6 5 2752\nclit C 305652220703298345 9223372036854775807 1064 6610755813224156376 -2305843009213693952 -5935582354510525873 6283457053273615244 -24 224 4611686018427387904 27 11 9223372036854775807 -325827169850660678 80 17 14 168 11 6588660095061542106 5 22 672 48 96 2094839050620402747 224 15 2 -2324376110169036512 0 136 128 37 39 19 13 9223372036854775807 2 -16\nclit D 18 25 30\ndiscard C -9223372036854775808\ninteri B D 2312 -4803125452912963566 6783747954109305849 4\nadd D -8362028587399755387\ndiscard C 30\nsymu A D\nadd C 12\nsym C C D\nsym D B A\nshow C\nshow D\nadd C 192\ninter A D D\ninter D A A\nadd C 2024\nupdi A 56 136 27 96\ndiff C B A\nshow D\nunion D A A\nshow A\npop D\nshow C\nadd D 0\nshow B\nupdi D -2664535582755117887 1984 14 1249 88 2728 11 25 176 -8180545581885641718 26 33 19 680 -4080074955190555320\nupdi D 577 21\nshow B\ninteru D B\nupdate D D\nadd D 26\nshow D\nrel A D\nadd A 5\nshow A\ndiff C D C\nupdd D 11 -37 24 -22\nsym B A B\nadd D 120\ninter B C C\ndiscard C 480\nadd B 18\ninteru A B\nupdi B 72 -3 1889\nadd D 19\nadd C 37\ndiscard D 40\nupdate B D\nadd D 16\nrel B D\npop A\nadd C 20\ndiffu A A\ninter A B A\nshow D\nshow B\nshow B\ninteri D B 20 18 39 56 38\nsym A C D\ndiff D B C\nshow B\nshow D\npop B\nshow D\nupdi C 20 25 3586183089828340093 4 35 7 200 14\ndiscard D 2920\nshow A\nshow B\nshow C\nshow D",
            "show 0 128 -8362028587399755387 2 4611686018427387904 9223372036854775807 5 136 11 12 13 6283457053273615244 14 15 17 18 19 22 25 27 30 -2324376110169036512 672 37 39 1064 305652220703298345 168 48 -325827169850660678 2094839050620402747 -5935582354510525873 80 6610755813224156376 6588660095061542106 224 96 -24 -16 -2305843009213693952\nshow 128 1 0 -8362028587399755387 8 10 13 17 18 19 20 23 24 152 30 160 1825 34 36 37 39 -2546582515583833037 1344 1550252653984173506 72 5830732203673628745 3592382288221771216 -36 -4407334481664344995 2391302442324679005 1888 2144 2784 2664 2536 -19 -8 -2305843009213693952\nshow 128 1 0 -8362028587399755387 8 10 13 17 18 19 20 23 24 152 30 160 1825 34 36 37 39 -2546582515583833037 1344 1550252653984173506 72 5830732203673628745 3592382288221771216 -36 -4407334481664344995 2391302442324679005 1888 2144 2784 2664 2536 -19 -8 -2305843009213693952\nshow 128 1 0 -8362028587399755387 8 136 10 13 17 18 19 20 23 24 152 27 30 160 1825 34 36 37 39 -2546582515583833037 56 1344 1550252653984173506 72 5830732203673628745 3592382288221771216 -36 -4407334481664344995 2391302442324679005 1888 2144 2784 96 2664 2536 -19 -8 -2305843009213693952\npop 128\nshow\nshow\nshow\nshow 26\nrel 0 0 1 0 0\nshow 128 1 0 -8362028587399755387 5 8 136 10 13 17 18 19 20 23 24 152 27 30 160 1825 34 36 37 39 -2546582515583833037 56 1344 1550252653984173506 72 5830732203673628745 3592382288221771216 -36 -4407334481664344995 2391302442324679005 1888 2144 2784 96 2664 2536 -19 -8 -2305843009213693952\nrel 0 0 0 0 0\npop 18\nshow 16 -22 19 -37 24 26 11 120\nshow 1889 72 -22 11 18 19 24 26 -37 120 -3\nshow 1889 72 -22 11 18 19 24 26 -37 120 -3\nshow 1889 72 -22 11 18 19 24 26 -37 120 -3\nshow 1889 72 -22 11 18 19 24 -37 120 -3\npop 1889\nshow 1889 72 -22 11 18 19 24 -37 120 -3\nshow 18 26 20 37\nshow 72 -22 11 18 19 24 26 -37 120 -3\nshow 35 4 37 7 200 14 20 25 26 3586183089828340093\nshow 1889 72 -22 11 18 19 24 -37 120 -3",
        ),
        (
            "lit A 7180462287334095282 1128 152 -35 13 28 -5846543880451878388 -2305843009213693952 21 9 48 1\nclit B 35 -21 -33628386883601938 -2305843009213693952 32 -15 -6494914883675931840 8 -9223372036854775808 128 1 27 2433 7172092446222612860 200 -1339909084220617249 40 6871347216407571240 232 200 4298818769413747284 577 5 1513376947712165955 29 -6734390939226999227 1793 2657 6791951389569366571 23 3 -3631288816800174827 216 3176 2 -7915370094580273958 -8892776712945463342 192 48 22\nlit C 4293549058691987030 544 -5667716365029280021 25 23 11 9 72\nlit D 8 2188589215910920103 34 4611686018427387904 1\ndiscard D 39\nshow C\ndiffui C 2305843009213693953 224 673\nrel B C\npop C\nshow A\ndiff B B B\nadd C 968\nclear C\ndiffu D A\ndiff C A A\ndiscard C -6819186347858406110\npop C\ninter A B D\nadd C 9223372036854775807\nrel C D\nupdi D 0 2959483358935222421 2888 2849 88\ndiff D D D\nupdi B 23 2720 10 11 12 5837016316498624758 -15 152 120 -6672004017042692980 6710303897672896225 1985\ndiscard A -4\nunion B D A\nshow A\nshow B\nshow C\nshow D",
            "show 544 4293549058691987030 72 -5667716365029280021 9 11 23 25\nrel 0 0 0 0 0\npop 544\nshow 1 1128 9 -5846543880451878388 13 48 7180462287334095282 21 152 28 -35 -2305843009213693952\npop none\nrel 0 0 1 0 0\nshow\nshow\nshow 9223372036854775807\nshow",
        ),
        (
            "clit A 38 34\nlit B 3\nlit C -9223372036854775808 208 1921 40 2305843009213693960 9 5152475238666917750 30\nclit D -2305843009213693952 2305843009213693951\ndiscard C 1\ndiscard C 30\ndiff A A C\npop C\ndiscard C 1825\nshow C\nupdd C 39 11 18 48 9223372036854775807 -24 25 10\nsym D B D\ndiscard B 544\ninteru C D\ndiscard A 28\nshow C\ninter D C C\nrel D D\nshow A\nrel B C\nshow A\nshow C\ninteru C B\nunion C C D\nshow A\nadd A 16\nshow C\npop C\ndiscard D 4\nrel B C\ndiff C D A\nadd B 5\nrel C C\nupdi A 16 26 240 3104 1608 18 18 3 -21 168 7 129 -7\nsym D C A\nadd C -36\nclear C\nadd B 192\nadd C 3136\ndiffui B 1536282824965143992 24 -4713038627745505381 4 48 40 96 27\ndiffui C 120 184\nadd A 2305843009213693960\nupdi B -14 2689 -2915754832330227391 1867259946178479428 4539837916719124922 9 -36\ndiffui C 193\nadd C 36\nadd C -18\nsymu D C\nsym C C C\ndiscard B -38\nshow B\nupdi B \nshow B\nrel D D\ndiscard C 2433\nadd C 7\nshow A\nshow B\nshow C\nshow D",
            "pop 1921\nshow 40 2305843009213693960 9 208 5152475238666917750 -9223372036854775808\nshow\nrel 1 1 1 1 0\nshow 34 38\nrel 0 1 1 0 0\nshow 34 38\nshow\nshow 34 38\nshow\npop none\nrel 0 1 1 0 0\nrel 1 1 1 1 0\nshow 192 2689 -2915754832330227391 3 1867259946178479428 5 9 -14 4539837916719124922 -36\nshow 192 2689 -2915754832330227391 3 1867259946178479428 5 9 -14 4539837916719124922 -36\nrel 1 1 0 1 0\nshow 3104 129 34 3 38 7 1608 168 2305843009213693960 -21 16 240 18 -7 26\nshow 192 2689 -2915754832330227391 3 1867259946178479428 5 9 -14 4539837916719124922 -36\nshow 7\nshow 3104 129 34 3 3136 36 38 7 1608 168 -21 -18 16 240 18 -7 26",
        ),
        (
            "clit A 3081080378952341729 24\nclit B -7312844867685039423 208 3008 1409 -8465979659344727251\nclit C 14 9223372036854775807 3 -3534295173666326392 0 23 35 961 22 4611686018427387920 -21 2305843009213693960 39 48 0 2305843009213693960 2240 10 -32 -34\nclit D 30 40\nunion C C A\nshow A\ncopy C B\nshow C\nshow C\nshow A\nadd B 4904243635208536306\nupdi A 1192 -34 34 -362125902351249883 520 -3968396556510706781 32 24 37 1472 208 96 4044423776772605885 712\nadd C 13\nadd B -5466833934013740599\nshow B\ninter C C D\nsym D A D\nsymu D C\ndiscard B -3998496650607069138\nadd B -8\nshow C\nadd B 5\ndiffui C \nadd B 38\ndiff C D D\nsymu D D\nadd D 13\nshow A\nshow B\nshow C\nshow D",
            "show 24 3081080378952341729\nshow 3008 1409 208 -8465979659344727251 -7312844867685039423\nshow 3008 1409 208 -8465979659344727251 -7312844867685039423\nshow 24 3081080378952341729\nshow 3008 1409 208 4904243635208536306 -5466833934013740599 -8465979659344727251 -7312844867685039423\nshow\nshow 32 1472 3081080378952341729 34 -3968396556510706781 -362125902351249883 37 96 1192 520 712 208 4044423776772605885 24 -34\nshow 3008 1409 5 -5466833934013740599 208 38 -8465979659344727251 4904243635208536306 -8 -7312844867685039423\nshow\nshow 13",
        ),
        (
            "clit A 136 4337553462826113733 -13 -5481670426903361772 1728 5602792270490685794 4611686018427387904 10\nclit B \nlit C 24 -1 -7030561841510218878 -40 -2305843009213693952 1608 -34 37 1711511314388397018 1 40 2305843009213693953 3026115387403285320 8 -37 0 104 4 17 88 -5 2305843009213693952 0 7976535985952496595 -7 31 14 -22 6 13 18 -1 -4772889904792674209 -15 2784 64 -934377014380783408 2945 -9 -3618986488536847420\nclit D 19 8358819342308589034 96 1896 29\nshow B\nadd D 152\nadd D 36\nadd B 19\nshow B\nadd A 72\nshow A\nsymu C B\ndiffu A C\nshow A\nshow C\ndiff A D A\nrel A A\nshow B\ndiscard B 5126118761638334822\nadd B 37\nshow A\npop D\nupdi B 19\ndiffui B 192\ncopy D B\nadd B 3009\ndiscard B 32\ndiscard B 1920\nunion D B A\ninteru B C\nshow D\ndiscard D 8\nadd C -24\ninter B B B\nsymu D B\ninteru C D\nadd A 360\nadd D 36\ndiscard B -868387026869072608\ndiscard D 385\nadd D 33\nupdd D -1065929788029717554 96 16 32 1089 31\nadd C 1672\nadd C 2625\ndiff D A A\ndiff B B A\npop D\ndiffu A C\nunion A A A\npop C\nclear A\ndiscard A 3\nshow C\npop C\nadd D -6307684803135853520\nunion A B A\nshow A\nunion C D C\nunion D A C\nadd B 2369\nadd B 27\nadd D 0\nshow D\nupdate A A\nadd C 16\nshow B\nadd D 328\nunion C B A\nshow A\nshow B\nshow C\nshow D",
            "show\nshow 19\nshow 1728 4611686018427387904 5602792270490685794 4337553462826113733 136 72 10 -5481670426903361772 -13\nshow 1728 4611686018427387904 5602792270490685794 4337553462826113733 136 72 10 -5481670426903361772 -13\nshow 0 1 2305843009213693953 2305843009213693952 4 2945 6 8 13 14 17 18 19 24 31 37 40 64 -3618986488536847420 1608 3026115387403285320 -934377014380783408 7976535985952496595 -40 88 1711511314388397018 -37 -4772889904792674209 -34 2784 104 -22 -15 -2305843009213693952 -9 -7 -5 -1 -7030561841510218878\nrel 1 1 0 1 0\nshow 19\nshow 96 36 1896 8358819342308589034 19 152 29\npop 96\nshow 96 3009 36 37 1896 8358819342308589034 19 152 29\npop none\npop 1672\nshow 2625\npop 2625\nshow 37\nshow 0 37 -6307684803135853520\nshow 2369 27 37\nshow 37\nshow 2369 27 37\nshow 2369 27 37\nshow 0 328 37 -6307684803135853520",
        ),
        (
            "clit A \nclit B 6482559460931686973 4611686018427387920 200 24 4611686018427387920 -2952273141067347851 25 5\nlit C 1 11 1096 2400 35 4611686018427387904 1224 1312 -4141623984705263335 9 17 28 136 24 1 1 -9223372036854775808 -372891094253551742 -2434634458118585385 -4092096232546298218 544 -24 1473 1192 11 1664 35 12 1480 257 28 56 15 23 14 24 0 224 -5205255884379390952 -5096886686091996456\nlit D -1506902562773844381 19 2305843009213693951 832 1075307176590417292 2305843009213693951 25 4611686018427387920 609 16 1056 1696 1344 39 11 -7387852465055599965 801644099681648853 144 23 9223372036854775807\nsym A D A\nshow D\npop C\nshow D\nupdate B B\npop A\ndiscard C 1\ninteru C D\nunion B B B\nupdi B 2305843009213693951 22 14 -7363916776822704070 2305843009213693952 -5939884602576770223 13\nadd C 26\nshow D\ninter D C D\nupdd B -5359759924144358976 25 -7035409910079790667 168 2305843009213693951 216 0 -24 104 -2 -2305843009213693952\nadd D -23\ninter C A A\nadd D 2282848253167640164\ninteri C D 35 32 1152 21\nshow B\ncopy D A\nadd D 3137\ndiffu A B\nsym A B D\nupdate C D\nadd B 160\ninter A D D\nadd C 23\npop B\ndiscard B -28\ndiscard D 4611686018427387904\nadd A 705\ndiff B D C\nadd A 3072\nrel C A\ninter C C B\nadd A -10\ndiff A B D\nadd D 1793\ndiffu A B\nrel D C\ndiscard A -28\nrel B A\npop C\nsym C B C\nshow D\npop D\npop C\ndiff C D C\nupdate D A\ndiscard B 6009581521920819325\ninteri C B 1544 2656 -11 10\ndiff A C B\nadd B 5546255633587420760\nadd B 39\nadd D 449\ninteri D C -13 1505 30 3 -7126704715211475512 184 21 4611686018427387920 38 2305843009213693960\ndiscard D -25\nrel A B\nadd A 1760\npop B\ndiff C C D\npop D\nsymu C A\nupdd D 40 840 3 136 18 -3064281039559040169 39 14 34 -9223372036854775808 -39 7479269846691295938 -39 4611686018427387920\nsymu B A\nshow D\ninteru B B\nadd C 26\nupdi A 6076922264079443542\ndiscard C -16\nshow A\nshow B\nshow C\nshow D",
            "show 2305843009213693951 9223372036854775807 11 1075307176590417292 16 144 4611686018427387920 19 23 25 1056 1696 -7387852465055599965 39 832 1344 801644099681648853 609 -1506902562773844381\npop 1664\nshow 2305843009213693951 9223372036854775807 11 1075307176590417292 16 144 4611686018427387920 19 23 25 1056 1696 -7387852465055599965 39 832 1344 801644099681648853 609 -1506902562773844381\npop 2305843009213693951\nshow 2305843009213693951 9223372036854775807 11 1075307176590417292 16 144 4611686018427387920 19 23 25 1056 1696 -7387852465055599965 39 832 1344 801644099681648853 609 -1506902562773844381\nshow 2305843009213693951 2305843009213693952 0 5 200 13 14 -5939884602576770223 4611686018427387920 22 24 25 216 168 -24 104 -7035409910079790667 -2952273141067347851 -2 -7363916776822704070 -2305843009213693952 -5359759924144358976 6482559460931686973\npop 2305843009213693951\nrel 1 0 0 0 1\nrel 0 1 1 0 0\nrel 1 1 1 1 0\npop none\nshow 832 1344 3137 9223372036854775807 1793 11 1075307176590417292 16 144 4611686018427387920 19 801644099681648853 23 25 1056 1696 -7387852465055599965 609 -1506902562773844381 39\npop 832\npop none\nrel 1 0 1 0 1\npop 5546255633587420760\npop none\nshow 34 3 7479269846691295938 39 40 840 136 14 18 4611686018427387920 -3064281039559040169 -39 -9223372036854775808\nshow 1760 6076922264079443542\nshow 1760 39\nshow 1760 26\nshow 34 3 7479269846691295938 39 40 840 136 14 18 4611686018427387920 -3064281039559040169 -39 -9223372036854775808",
        ),
        (
            "clit A 32 -20 16 8577971889531973047 2933419748765852330 2305843009213693952 2369 7 17 40 8840329803996621012 144 232 1056 -3865840281194436604 326102355247148423 3 216 -4158412603703917088 32\nlit B 3208\nlit C 680 32 2305843009213693953\nclit D 1760 232\nshow D\nrel A C\nadd A 30\nadd D -38\nadd A 2977\npop A\nupdi A 3842829077376077464 -26 11 12 4555515687345428995 -24 5 -6\npop B\ninteru B D\nupdate D D\nadd B 40\nclear D\nadd B 12\nupdi C \nadd C 32\nadd A 1729\nadd C 1921\nadd B 872\nupdd C -3974140485527103512 1 -8 152 7629417799493542419 1704 20 4611686018427387904 19 1 1 2817\nadd C 35\ndiscard A 2305843009213693953\nupdd A 21 23 832 328 -39 168 3169 2304 -7545647140413468132 4611686018427387920 56 28 34 2305843009213693952\ndiscard B 2305843009213693951\nshow C\nadd B 2\nshow D\nadd A 224\ndiff D B C\nsymu C C\ndiscard D -5\nadd C 1024\ndiscard B 8\nupdate B C\ndiff B B A\nunion A B D\nsym B C B\nrel B B\nadd B -3621569206889242381\nshow D\nshow C\nadd D 1700578688132842322\nadd C 1832\nshow C\nadd A -29\ndiff C A D\nshow A\nshow B\nshow C\nshow D",
            "show 1760 232\nrel 0 0 0 0 0\npop 2305843009213693952\npop 3208\nshow 32 1921 2305843009213693953 1 4611686018427387904 2817 35 -3974140485527103512 680 1704 19 20 7629417799493542419 -8 152\nshow\nrel 1 1 0 1 0\nshow 40 2 12 872\nshow 1024\nshow 1024 1832\nshow 1024 2 -29 872 40 12\nshow 2 -3621569206889242381 872\nshow 1024 -29\nshow 2 40 872 12 1700578688132842322",
        ),
        (
            "lit A 38 -17 2305843009213693960 -19 -7808909989218110908\nlit B 1 -21 6796792382698330839 11 -36 1448 20 40 120 -24 2721 2752 2305843009213693952 0 14 -18 1 176 1992 5200980545986066225 6 8 2337 33 35 20 -874393210958430975 17 30 120 16 -5944683650090667518 128 1952 8258163129279596966 -19 24 30 -9223372036854775808 0\nlit C \nlit D 2784185908358678890 -30 15 35 22 23 1 25 2305843009213693953 -27 12 1 9 -1393752199803228852 -8349198009590664914 -4674641276745827419 24 864 6 4611686018427387920\ndiscard D 23\nadd B 40\nupdd A -10 12 36 112 -32 -7708693147362219230 2016 129 -21 -33\nadd D 88\nsymu C A\nadd D 2305843009213693960\nadd C 5302135206785933870\nadd A 32\nrel D C\ndiscard C 35\ninteri D B 39\npop A\nshow D\ndiscard D -15\nclear D\nadd A -37\nshow B\nshow C\ninteru A C\nupdate B A\ninteri B B 9223372036854775807 27 26\ninteru D A\nadd D 208\nadd B 752795480357757717\nadd A 9\ndiffu C D\nadd A 48\nadd C 22\nadd C -18\npop B\nshow B\nrel A C\nadd B 24\nshow A\nadd D 6822914993539035929\npop D\nshow D\nupdi B -1706043390368509036 928 1 40 32 200 29 27 2305843009213693951 8\nshow D\ndiffui D 520\nrel A A\nsymu B C\nadd D 13\nsymu D B\nadd C -32\nadd A 3\nadd C 1825\nadd C -5663830762575585162\nupdi D 1960 6071856891292678838 21 1\ndiscard A 12\ndiscard A -9\nadd D 152\nadd D 16\nupdd B -15 1 15 200 40 1088 208 23 -1019035332503763289 -8847229789440961047 200692933515776357 72 3104 24 -26\nshow A\nshow D\nshow A\nshow B\nshow C\nshow D",
            "rel 0 0 0 0 0\npop -32\nshow\nshow 0 1 2305843009213693952 -874393210958430975 -5944683650090667518 128 6 8 11 14 16 17 20 24 30 1952 2721 2337 33 35 1448 40 8258163129279596966 176 5200980545986066225 2752 1992 6796792382698330839 -36 -24 -21 -19 -18 120 -9223372036854775808\nshow -32 -7808909989218110908 2016 129 36 38 2305843009213693960 -21 12 -19 -17 112 5302135206785933870 -7708693147362219230 -10 -33\npop 752795480357757717\nshow\nrel 0 0 0 0 0\nshow 2016 -7808909989218110908 129 36 38 2305843009213693960 9 -21 12 -19 -17 112 48 -10 -33 -7708693147362219230\npop 208\nshow 6822914993539035929\nshow 6822914993539035929\nrel 1 1 0 1 0\nshow 2016 -7808909989218110908 129 3 36 38 2305843009213693960 9 -21 -19 -17 112 48 -10 -33 -7708693147362219230\nshow 2305843009213693951 1 129 8 2305843009213693960 12 13 16 -1706043390368509036 21 22 24 152 27 6822914993539035929 29 -7708693147362219230 928 32 36 38 40 1960 5302135206785933870 6071856891292678838 -7808909989218110908 200 -33 -32 2016 -21 -19 -18 -17 112 -10\nshow 2016 -7808909989218110908 129 3 36 38 2305843009213693960 9 -21 -19 -17 112 48 -10 -33 -7708693147362219230\nshow 2305843009213693951 1 129 8 2305843009213693960 12 15 -1706043390368509036 22 23 24 27 29 -7708693147362219230 928 32 3104 36 38 -1019035332503763289 40 5302135206785933870 1088 -7808909989218110908 200 72 208 -33 -32 2016 200692933515776357 -8847229789440961047 -26 -21 -19 -18 -17 112 -15 -10\nshow 129 2305843009213693960 12 22 -7708693147362219230 1825 36 38 5302135206785933870 -7808909989218110908 -33 -32 2016 -21 -19 -18 -17 112 -5663830762575585162 -10\nshow 2305843009213693951 1 129 8 2305843009213693960 12 13 16 -1706043390368509036 21 22 24 152 27 6822914993539035929 29 -7708693147362219230 928 32 36 38 40 1960 5302135206785933870 6071856891292678838 -7808909989218110908 200 -33 -32 2016 -21 -19 -18 -17 112 -10",
        ),
        (
            "clit A 2 88 120\nlit B 2833976240142007675 35 -818864267469282440 168 18 769 1441 -25 200 -571993662302629192 -19 4138756361784377894\nclit C -6563284797328262769 -9223372036854775808 16 64 1441 20 2785 4221057794299869652\nclit D 1 6367848830427742352 0 39 33 5338798905828158512 6556132584669878267 -3581586003710133929 5 22 -6007255401556429855 4\nsymu C B\nadd C 2305843009213693953\nshow C\nshow D\nshow A\nupdate B A\nshow A\nshow C\nunion C C C\npop A\ncopy C B\ndiscard D 32\ndiscard B 144\ndiff D D D\nadd B 22\nadd C -7397589487747453789\nshow C\ndiscard D 3\nshow A\ndiff D C C\ninteri C A 9223372036854775807 16\nsymu D D\ninter A C C\nadd A 24\nadd A 2625\nadd D 2194818941308136330\nshow C\nshow C\ndiscard A 5\nrel C C\nadd C 417\nsym B C C\nadd D 22\nshow A\nshow C\nadd B 152\nshow C\nadd D -4621443316615012708\npop C\nsymu A A\nadd B 240\ndiscard B -2305843009213693952\nadd A 8\nsym D D D\nupdi C 10\ninteri D D 36 -6737569696669163381 176 3073 192 -1929825262521476681\ninteri C C -28 64 136 -30\ncopy D A\nshow D\nadd C 1416\nrel D D\nadd D 152\ndiff B B C\ndiffu A C\ncopy C C\ninter B B D\nshow D\npop A\ndiffui D 4 32 96 144\nclear C\ninter A A B\nadd C 24\nshow A\nshow B\nshow C\nshow D",
            "show 769 2305843009213693953 -6563284797328262769 16 18 20 35 4138756361784377894 168 -571993662302629192 64 200 4221057794299869652 2785 -25 -9223372036854775808 -19 -818864267469282440 2833976240142007675\nshow 0 1 33 4 5 39 6367848830427742352 5338798905828158512 -3581586003710133929 22 6556132584669878267 -6007255401556429855\nshow 88 2 120\nshow 88 2 120\nshow 769 2305843009213693953 -6563284797328262769 16 18 20 35 4138756361784377894 168 -571993662302629192 64 200 4221057794299869652 2785 -25 -9223372036854775808 -19 -818864267469282440 2833976240142007675\npop 88\nshow -7397589487747453789 769 1441 35 2 -25 168 200 4138756361784377894 -19 -571993662302629192 120 18 -818864267469282440 88 2833976240142007675\nshow 2 120\nshow\nshow\nrel 1 1 1 1 0\nshow 24 2625\nshow 417\nshow 417\npop 417\nshow 8\nrel 1 1 0 1 0\nshow 8 152\npop 8\nshow\nshow 152\nshow 24\nshow 8 152",
        ),
        (
            "lit A 2013522702077014738 6215316524835186579\nclit B 22 3137 28 310188146705380137 172003910471017805\nlit C 7197318915581580046 37\nclit D 2305843009213693952 2016 -3217578757640136045\nshow A\nadd D 36\nshow C\nadd C 28\nadd D 144\nsym D A D\ninteru C A\nrel D B\ndiscard A 2792\ndiscard A -4365323833607968632\nadd D 35\npop D\nrel C A\ninter B B D\npop B\nadd B -1478097054160302032\ninter C A B\nadd B 545\ndiff B D C\nrel A B\nshow C\nshow D\npop C\nsym D C C\npop C\nupdate A C\npop A\nshow B\ndiscard C 31\ndiscard A 1640\npop C\nshow B\ndiscard C 27\nsym A B A\nadd D 37\nsym C B A\npop B\nrel B B\nshow B\nshow A\ndiscard C 31\ndiff B D C\ndiscard A 1\nadd B -25\nshow C\nshow C\ndiscard A 24\nadd B 8\nshow A\nshow B\nshow C\nshow D",
            "show 2013522702077014738 6215316524835186579\nshow 7197318915581580046 37\nrel 0 0 1 0 0\npop 2016\nrel 1 0 1 0 1\npop none\nrel 1 0 0 0 1\nshow\nshow 2305843009213693952 144 -3217578757640136045 36 2013522702077014738 6215316524835186579 35\npop none\npop none\npop 2013522702077014738\nshow 144 2305843009213693952 -3217578757640136045 2013522702077014738 36 6215316524835186579 35\npop none\nshow 144 2305843009213693952 -3217578757640136045 2013522702077014738 36 6215316524835186579 35\npop 144\nrel 1 1 0 1 0\nshow 2305843009213693952 -3217578757640136045 2013522702077014738 36 6215316524835186579 35\nshow 2305843009213693952 35 36 144 -3217578757640136045 2013522702077014738\nshow 6215316524835186579\nshow 6215316524835186579\nshow 2305843009213693952 35 36 144 -3217578757640136045 2013522702077014738\nshow 8 37 -25\nshow 6215316524835186579\nshow 37",
        ),
        (
            "clit A 8 2305843009213693960 7049540581747311315 18 8872281921792736442 232 2084006557943657023 21\nclit B -5592400090850195612\nlit C -8542728989947359195 16 2305843009213693952 30 -34 11 35 1441 7569467183860029743 120 104 13\nlit D 6 -9223372036854775808\ndiffu B A\nshow A\nshow D\nadd D 672\nshow B\nadd B 33\ndiffu D D\nshow C\ninter B A B\ninteri D B 0 2305843009213693952 64 4611686018427387904 3174526482951127887 13\nshow A\npop C\ndiscard B -2305843009213693952\npop B\nadd D 200\nadd A -18\nshow D\npop D\nadd D 776\nadd B 9\ndiscard C 19\ndiscard B -8231915821682370171\nadd A 0\ninteri D A 3911528226372761404 1\nadd C -3\ndiscard D 37\ninter B D A\nupdd B 224 -2853175938123516088 56 -2305843009213693952 -2295210334464869712 9223372036854775807 1629341787476607675 176 5 8167838216669135738 -6 160 2088 240\npop C\ndiscard B -1950475688538036151\ndiscard D -9223372036854775808\nadd A -8\nshow D\nupdi D 104 160 29 9223372036854775807 -2305843009213693952 48 10 -1473785850272892514 -21 -9223372036854775808 216\nshow C\nupdi C 6567448287314789727 16 58421651102294307 33 1320 -5918056371967579515 6 14 2689 200 6 -11 2242230946017735020\ndiscard C 18\npop B\ndiscard D 16\ninteri B A \nadd C 2664\nupdd D -16 -8382674699348555100 7 88 29 31\nshow C\nsym B C C\nsymu B C\ndiscard A 1416\nupdi C 13 144\npop A\nshow D\nadd A 64\ndiffu A D\ncopy A D\nunion A B D\ndiscard D 5\nadd A 184\ndiff C A C\nshow A\nshow B\nshow C\nshow D",
            "show 8 2305843009213693960 232 18 21 7049540581747311315 8872281921792736442 2084006557943657023\nshow -9223372036854775808 6\nshow -5592400090850195612\nshow 2305843009213693952 -8542728989947359195 35 1441 104 11 13 16 7569467183860029743 30 120 -34\nshow 8 2305843009213693960 232 18 21 7049540581747311315 8872281921792736442 2084006557943657023\npop 2305843009213693952\npop none\nshow 200\npop 200\npop -8542728989947359195\nshow\nshow 35 1441 104 11 13 16 7569467183860029743 30 120 -3 -34\npop 224\nshow 2689 -5918056371967579515 6 11 13 14 16 30 33 1441 35 58421651102294307 1320 7569467183860029743 200 -34 6567448287314789727 104 2664 2242230946017735020 -11 120 -3\npop 0\nshow 160 -8382674699348555100 9223372036854775807 -1473785850272892514 7 104 10 -21 48 -16 216 88 -9223372036854775808 29 -2305843009213693952 31\nshow 2689 -5918056371967579515 9223372036854775807 6 7 10 11 13 14 16 29 30 -1473785850272892514 160 1441 33 35 58421651102294307 -8382674699348555100 31 1320 48 7569467183860029743 184 200 216 88 -34 6567448287314789727 2664 104 -21 2242230946017735020 -16 -11 120 -9223372036854775808 -3 -2305843009213693952\nshow 2689 -5918056371967579515 6 200 11 13 14 16 -34 30 6567448287314789727 35 1441 33 58421651102294307 2664 104 1320 2242230946017735020 7569467183860029743 -11 120 -3\nshow 160 -8382674699348555100 9223372036854775807 7 10 -21 -9223372036854775808 48 -16 -2305843009213693952 184 88 216 29 -1473785850272892514 31\nshow 160 -8382674699348555100 9223372036854775807 -1473785850272892514 7 104 10 -21 48 -16 216 88 -9223372036854775808 29 -2305843009213693952 31",
        ),
        (
            "lit A -22 -1610253130768275652 144 25 2999034880188740325\nclit B 6\nlit C 15 20 9 9223372036854775807 2305843009213693951 144 1 -40 14 -5987349620018310590 25 -11 2305843009213693960 2 27 -38 26 37 1824 26 8639234420730672692 1128 -5543972418752160231 1025 56 2113 2528 12 240 -2305843009213693952 24 2305843009213693951 9 3171063193858446382 -1048425276859222364 3870322605694346607 7356646505740966654 -6312817287902128217 104 13\nclit D \nshow D\ndiscard C 4611686018427387904\nadd B -8780099467818364774\ninteru A C\npop D\ndiscard D 4288256813119051604\nsymu A A\ndiscard B -1244384709288768498\nrel A C\nadd A -29\nupdate D B\nadd C -4\nsymu C B\ndiscard A 20\ndiscard D 29\nshow A\nrel A A\ndiscard D -1\nsym C B A\nunion C B D\ndiscard D 2305843009213693953\nadd D 1857\npop D\nsym A D C\ndiscard A 2305843009213693960\nshow A\nrel D B\ndiff D D D\nupdi D 7511378155471585516 609 20 -36 168 1761 1889\ninter B A C\npop C\nadd D 2305843009213693953\nupdi A \nunion C B A\nshow C\nshow C\ndiffui A 1921 28 120 20 -29 -5 6149548388819847605 3072 21\nadd B -2305843009213693952\nadd B 48\ninter C C B\nshow C\npop C\nupdi C -27 5575760548287658526 4629639459972637406 15 1888 184 4611686018427387920 2548240471557423120 38 31 19 33 35 -19 1768\nshow B\ndiscard B 72\ndiscard A 4611686018427387904\nadd D 4611686018427387904\nadd A 0\nshow C\ndiscard D 168\nsym C D C\nadd A 616\ndiscard C -9223372036854775808\nshow C\nadd B 360\nshow A\ndiscard A 11\npop C\nshow C\nshow A\nadd B -18\nshow A\nupdi A 2016 24 104 8\nclear D\nsym B B C\nshow A\nshow B\nshow C\nshow D",
            "show\npop none\nrel 1 0 1 0 1\nshow -29\nrel 1 1 0 1 0\npop 1857\nshow\nrel 1 1 0 1 0\npop 6\nshow\nshow\nshow\npop none\nshow 48 -2305843009213693952\nshow 5575760548287658526 4629639459972637406 1888 33 35 -27 38 1768 -19 15 2548240471557423120 4611686018427387920 19 184 31\nshow 2305843009213693953 4611686018427387904 15 2548240471557423120 4611686018427387920 19 20 31 5575760548287658526 33 35 38 184 -36 4629639459972637406 1888 609 1761 1889 -27 1768 -19 7511378155471585516\nshow 0 616\npop 2305843009213693953\nshow 4611686018427387904 15 2548240471557423120 4611686018427387920 19 20 31 5575760548287658526 33 35 38 184 -36 4629639459972637406 1888 609 1761 1889 -27 1768 -19 7511378155471585516\nshow 0 616\nshow 0 616\nshow 0 2016 616 104 8 24\nshow 4611686018427387904 15 2548240471557423120 4611686018427387920 19 20 -36 31 5575760548287658526 33 4629639459972637406 35 1888 609 38 1761 1889 -27 1768 360 -19 -18 7511378155471585516 48 184 -2305843009213693952\nshow 4611686018427387904 15 2548240471557423120 4611686018427387920 19 20 31 5575760548287658526 33 35 38 184 -36 4629639459972637406 1888 609 1761 1889 -27 1768 -19 7511378155471585516\nshow",
        ),
        (
            "lit A 14 -27 3893332057834396073 2305843009213693951 32 32 184 1800 136 10 20 6\nclit B 72 289 30 -32 289813589893997425 -4613246246609416970 24 3 2305843009213693951 7520323856230819981 8 2912 -3807336150566773809 6 2099223622386277689 9 4611686018427387920 2 5 -3834481909000789961 2568 104 34 22 26 33 9 2689 27 1920 2305843009213693953 23 72 -5880695176212921421 1 1099472023738190514 6802887124464514743 -34 40 17\nlit C -8950864742468491531 17\nclit D 27 -19 1 -2305843009213693952 1953 4611686018427387920 38 1409 -8767020253622718289 2753 64 13 -8 2305843009213693960 5 -3990356351354949237 15 24 33 33\nsymu B B\nadd B 120\nadd A 2753\npop D\npop C\nadd D 40\nshow B\nrel B A\nshow B\ninteru C C\nupdate C D\ndiff D A B\nupdi A \npop C\nadd B 2305843009213693952\npop D\nadd D 640\nsym D C B\nadd C 2305843009213693952\nrel D A\nshow A\nupdi B 17 17 -7 29 30\ndiscard C 32\nunion B B D\nadd C 0\nadd A -30\nshow C\nshow C\ndiscard D 17\nadd A 9\nrel D D\nshow B\nshow B\nsymu D A\nadd A 9223372036854775807\nshow B\nupdate C B\nshow D\nadd B -2896662355294077472\nadd D 22\ndiff D B A\ninter B C C\nshow D\ndiscard C 21\nadd B 40\nadd D -2341322371124498277\nupdi C 3 14 0 -2305843009213693952 28 38 80 12 -1753532430888939403 1345 2305843009213693952 72 9 1\ndiscard B 257\ninter A C A\nadd D 2497\ndiscard B 136\ndiff C B C\ndiffui D 37 34 2657 2305843009213693952 -6 5408547173082506926 30 1352\nadd A -2204072690292072490\ninteri A C 2 11\ninter C A B\ndiffui B 96 33 -4 2305843009213693951 23 104 34\nadd B -12\nadd C 24\npop C\ninteru D D\nunion B B B\nsym C B C\ndiff D A A\nadd C 9223372036854775807\nupdate D B\nunion D B B\ndiscard C 26\npop B\nadd B 4814724956677582304\nupdd B 21 32 29 6 200 1512\ninter B A C\ndiff C B C\nshow A\nshow B\ndiscard C 24\nshow D\nadd C 6\nshow A\nshow B\nshow C\nshow D",
            "pop 64\npop 17\nshow 120\nrel 0 0 1 0 0\nshow 120\npop 1409\npop 2305843009213693951\nrel 0 0 0 0 0\nshow 2305843009213693951 32 2753 -27 6 1800 136 3893332057834396073 10 14 20 184\nshow 0 1 2305843009213693952 2753 5 2305843009213693960 -3990356351354949237 13 15 4611686018427387920 24 27 1953 33 38 40 -8767020253622718289 -19 -8950864742468491531 -8 -2305843009213693952\nshow 0 1 2305843009213693952 2753 5 2305843009213693960 -3990356351354949237 13 15 4611686018427387920 24 27 1953 33 38 40 -8767020253622718289 -19 -8950864742468491531 -8 -2305843009213693952\nrel 1 1 0 1 0\nshow 2305843009213693952 1 2753 5 2305843009213693960 -3990356351354949237 13 15 17 4611686018427387920 24 -8 27 29 30 1953 33 38 40 -8767020253622718289 -19 -8950864742468491531 120 -7 -2305843009213693952\nshow 2305843009213693952 1 2753 5 2305843009213693960 -3990356351354949237 13 15 17 4611686018427387920 24 -8 27 29 30 1953 33 38 40 -8767020253622718289 -19 -8950864742468491531 120 -7 -2305843009213693952\nshow 2305843009213693952 1 2753 5 2305843009213693960 -3990356351354949237 13 15 17 4611686018427387920 24 -8 27 29 30 1953 33 38 40 -8767020253622718289 -19 -8950864742468491531 120 -7 -2305843009213693952\nshow 2305843009213693951 2305843009213693952 1 5 6 1800 2305843009213693960 -3990356351354949237 136 10 13 9 15 14 4611686018427387920 20 24 27 32 1953 33 38 40 3893332057834396073 -8767020253622718289 184 -8 -30 -27 -19 -8950864742468491531 120 -2305843009213693952\nshow 2305843009213693952 1 5 2305843009213693960 -3990356351354949237 13 15 17 4611686018427387920 24 27 29 30 1953 33 38 40 -8767020253622718289 120 -2896662355294077472 -19 -8950864742468491531 -8 -7 -2305843009213693952\npop 24\npop 0\nshow\nshow\nshow 0 1 2305843009213693952 2753 5 2305843009213693960 -3990356351354949237 13 15 17 4611686018427387920 24 27 120 29 30 1953 38 40 -8767020253622718289 -19 -8950864742468491531 -12 -8 -7 -2305843009213693952\nshow\nshow\nshow 6\nshow 0 1 2305843009213693952 2753 5 2305843009213693960 -3990356351354949237 13 15 17 4611686018427387920 24 27 120 29 30 1953 38 40 -8767020253622718289 -19 -8950864742468491531 -12 -8 -7 -2305843009213693952",
        ),
        (
            "lit A 5\nclit B \nclit C 17 26 4743791216602823628 -19 104\nclit D -6292140720352051898 5 72 6 10 3222612122342546853 7 9\nadd C 40\nshow D\ncopy D B\nrel C C\npop C\nadd B 22\nclear C\ninter B A A\ndiscard C 216\nupdate D D\nunion B D D\npop C\npop D\nupdi D 2305843009213693953 29 -37 641 128 -36 -4387637995569697134 14 -6317851961924047634\npop A\ndiscard A 3200\nadd C 96\ncopy D A\nshow A\ncopy C A\nsym C C A\nshow C\npop B\ndiscard C -15\ndiffu D A\nupdd D \nshow C\ndiscard B 2280\nshow A\npop C\npop A\ndiffu A D\nadd D -23\nshow A\nshow B\ndiscard A 2305843009213693960\nrel C C\nadd D -39\nadd C 48\nadd D -5233530269959381938\nadd A -4\nshow C\nupdate B B\nadd D -2\nclear D\nadd D 13\nadd B 6772803432897325100\ndiff A D D\nadd D 2305843009213693952\nadd A 2080\nshow B\ndiffui A 2364021367337632709 -7 36 23 2 39 -3837806730743049800 208\ndiff A A C\ninteru D B\nshow D\nadd B -13\ndiscard B 32\nadd C 2305843009213693951\nupdate C C\nadd B -3\ndiff C B B\ndiscard B 26\nclear A\nupdd D \nadd D -19\nupdate D A\nadd D -28\ndiscard C 4611686018427387920\ndiscard D 22\nupdi A 2305843009213693953 2024 30 3007620155089789380 6 35 35 2 3648004989668327679 2976 1027614128706045260 -34 3 1440\nadd D -9084161377955830748\nshow B\nshow A\nshow B\nshow C\nshow D",
            "show -6292140720352051898 5 3222612122342546853 6 72 7 10 9\nrel 1 1 0 1 0\npop 17\npop none\npop none\npop 5\nshow\nshow\npop none\nshow\nshow\npop none\npop none\nshow\nshow\nrel 1 1 1 1 0\nshow 48\nshow 6772803432897325100\nshow\nshow -13 -3 6772803432897325100\nshow 3648004989668327679 2976 2305843009213693953 35 2 3007620155089789380 6 3 2024 1440 1027614128706045260 -34 30\nshow -13 -3 6772803432897325100\nshow\nshow -9084161377955830748 -28 -19",
        ),
        (
            "lit A 9\nclit B 6 23 -1578275126956544956 232 1473\nclit C -16 -19\nclit D 2305843009213693960 1224\nadd D 993\nclear A\ndiscard A 27\nadd A 6\nshow D\npop A\nunion B D C\ndiscard A 160\nshow D\nrel C D\nadd A 15\ninter D C C\ninter B B A\nshow A\nadd B 3201\ndiffu C C\nshow C\npop B\nunion B D C\ndiffu A C\nshow B\nadd A 30\nrel A B\ndiffu A B\ninter B D B\nupdate B D\nshow A\ndiscard C 40\ninteri B C 10 2305843009213693951 -12 104 -328620529275356794\nadd A 10\nshow D\nadd D 1\ndiffui D 28 10 37 25 -2305843009213693952 32 0\npop C\nsymu B A\nadd A 120\nupdi C 40 2305843009213693952 2305843009213693953 27 1889 4118400888731431758 3 64 9090003197324093341 6 2785 9223372036854775807 12\nadd A 112\nupdi A \ndiscard A -15\nadd C -9115372422796120683\nadd A 2597922025460113500\ndiscard A -31\nshow A\ndiscard C -14\nadd B 4611686018427387920\nshow A\nshow B\ndiscard C -8511172332166519725\nadd B 5178637634438435713\ndiffu C B\nadd D 1\nadd D 339982677874449349\ndiffu D B\ndiscard D 1121\nupdate A A\nadd A 72\ninteru B C\nadd B 4867121755385978585\ninteri C A 37 176 2305843009213693960 4030661041774847709 480\ndiff A A D\nshow C\ndiff B A C\nsym A A B\ndiff B A B\nunion B D B\ndiff D D A\ndiscard B 2\nupdate B B\nupdate A A\npop B\ndiff A C B\nrel B C\nrel D A\ndiff A C C\nupdd B 1640 2280 12 136 6 -2305843009213693952 3\npop C\nshow A\nshow B\nshow C\nshow D",
            "show 1224 2305843009213693960 993\npop 6\nshow 1224 2305843009213693960 993\nrel 0 0 1 0 0\nshow 15\nshow\npop 3201\nshow -16 -19\nrel 0 0 1 0 0\nshow 30 15\nshow -16 -19\npop none\nshow 10 15 112 120 2597922025460113500 30\nshow 10 15 112 120 2597922025460113500 30\nshow 10 4611686018427387920 30 15\nshow\npop -16\nrel 0 1 1 0 0\nrel 0 1 1 0 0\npop none\nshow\nshow 1 3 339982677874449349 6 1640 2280 136 12 -19 -2305843009213693952\nshow\nshow -16 1 -19 339982677874449349",
        ),
        (
            "clit A -92036462596764896 -240873040461871736 2432 -6520717718825327216 25 17 -6 -24\nlit B 3048 -14 11 8 2913 840 -18 22 160 -8230202457588537889 -34 2945\nlit C -36 7 -8514554847760214545\nlit D 12\ninteri B D 7105964382862676494 -20 37 161 15 24 29 13 3112\nsym B B B\nshow A\nshow D\nupdd C 2209 33 1152 384 0\nadd C 2305843009213693952\ndiscard B 16\nunion A C C\npop C\nsymu A A\nshow C\nshow B\ndiscard B 38\nadd C -33\npop B\ndiffui C -7994445142386123022 8 33 1984 6 544 2305843009213693952 6333876479972069440 8875208369668705406 7\nadd B 11\nadd C 20\nadd D 24\ndiscard B -39\ndiscard B 15\npop A\nshow D\nsym C B A\ncopy C D\nupdd D 3 36 34 3 3176 40 2344 27 80 480 27\ndiff C D B\nshow D\nshow D\nshow A\ndiff A C A\nshow C\ndiscard C 24\nshow C\nadd C 2145\ndiscard B 36\ninter A B D\nupdd C 0 -37 152 10 28 232\nshow A\nupdd B 32 168 -18 1600 11 216 40 1320 -16 6 13 8\ninter A A C\nunion D B A\nadd B -3825004819903147277\ndiscard B 40\nupdi B -3 232 16 -14 25 2 8 2024 29 648\ninter B D A\nunion A B A\nadd C 20\nadd D 13\nsym A A B\nsym D B A\nshow D\ninter A C C\nadd C 13\ninter C D D\nadd A -2305843009213693952\nupdi A 37 -4717030498790923575 1536 0 240 24 224 22 129 2017 88 -6\nadd C 2305843009213693960\ninter B B A\ncopy C D\nupdi B 20 1040241729329787141 36 168\nshow B\ndiffui C 224 160\nadd A -5\nshow B\npop B\nunion C D A\nupdi A 224 9 7\nrel A B\ninter C A A\nshow A\nshow B\nshow C\nshow D",
            "show -92036462596764896 2432 -24 -240873040461871736 -6520717718825327216 17 25 -6\nshow 12\npop 1152\nshow 2209 33 384 0 2305843009213693952 7 -8514554847760214545 -36\nshow\npop none\npop none\nshow 24 12\nshow 480 34 3 36 3176 40 2344 12 80 24 27\nshow 480 34 3 36 3176 40 2344 12 80 24 27\nshow\nshow 480 34 3 36 3176 40 2344 12 80 24 27\nshow 480 34 3 36 3176 40 2344 12 80 27\nshow\nshow\nshow 168 20 1040241729329787141 36\nshow 168 20 1040241729329787141 36\npop 168\nrel 0 0 0 0 0\nshow 0 1536 129 3 -4717030498790923575 7 9 10 12 80 20 22 152 24 88 -37 27 28 480 2145 34 224 36 37 2017 3176 40 2344 232 240 -6 -5 -2305843009213693952\nshow 20 1040241729329787141 36\nshow 0 1536 129 3 7 9 10 12 20 22 152 24 27 28 34 36 37 40 2344 -4717030498790923575 80 88 -37 480 2145 224 2017 3176 232 240 -6 -5 -2305843009213693952\nshow",
        ),
        (
            "lit A \nlit B 33 9223372036854775807 19 15 -8082862651255199215 2792 9223372036854775807 26 2432 828141327692506115 4611686018427387904 -2708505561307577111 19 1 -1865616173256752927 136 -7055685210257081398 -25 -33 176\nclit C 1 1449128166597179225 2184 29 1160\nclit D 32 8406115299049843289 -18 200 152 2305843009213693953 28 15\nadd A 14\nadd B -27\nshow D\nshow A\nupdate A D\nadd A -5197726358547491334\nadd D -9223372036854775808\nunion C C C\nadd B 48\ndiff B B B\ndiscard A 153978990558840430\nshow D\ndiffui D 21 9223372036854775807 1344 6351594822147892141 2760\nadd A 28\nunion B A A\nadd C 896\ndiff B C A\ndiscard A 0\nadd D -1963425882814906320\ncopy B A\ndiff B D C\ndiscard C 1352\nadd D 17\nadd C 10\nadd D 4611686018427387904\ninteri D D \nupdate D A\ninter C C B\nadd D 36\ndiff D B B\ndiscard D 96\ninter A B A\nadd C -2305843009213693952\nadd C 6016028303765331364\nclear C\npop B\nadd A 4768323267299105643\nshow D\ndiscard B 224\nupdate A B\nadd A 2632\nadd A 9223372036854775807\ndiscard D 3201\nupdi A -8237427046753883134 -20 9223372036854775807 2568 27 2952 2305843009213693951 9223372036854775807 192 23 200 15\ndiscard C 36\ndiscard C 2784\nsym A C D\nshow B\nclear B\nadd C 10\nupdi B 144 8 4611686018427387920 96 88 -1 24 680 33 23 2736868696002862254 38\npop C\nadd D 152\nrel B B\nclear D\nadd A 3639004807192017557\ndiscard D 12\nshow A\nshow B\nshow C\nshow D",
            "show 32 2305843009213693953 200 -18 15 152 28 8406115299049843289\nshow 14\nshow 32 2305843009213693953 200 -9223372036854775808 -18 15 152 28 8406115299049843289\npop 32\nshow\nshow 2305843009213693953 200 28 -18 15 -1963425882814906320 152 -9223372036854775808 8406115299049843289\npop 10\nrel 1 1 0 1 0\nshow 3639004807192017557\nshow 96 33 38 8 680 2736868696002862254 144 4611686018427387920 23 88 24 -1\nshow\nshow",
        ),
        (
            "lit A 7 35 11 19 2856 88 4 208 104 19 -13 16 -7374313584777099036 5 2696 1728 -830120399147614022 37 2080 36 11 2056 3200 -11 8 -16 1260446149578445215 0 120 2761787672235324531 -9 -9223372036854775808 -91512223295319243 16 -5736362200253462219 176 -19 -3847811221213405641 26 8\nclit B 4611686018427387920 32 5416198411301656243 5554914410643302031 30 -2 48 5 216 26 -3805708545071569767 -6180831869494845256 1088 4611686018427387904 38 2305843009213693953 200 2689 2208 2305843009213693952\nlit C 16 24 80 2305843009213693952 1344 -1551635714231506316 6 2108747455236784599 2920 -36 -8 5903553154115077255 -5518289502664263510 -5004287600069804871 2554433019217956308 128 -6335417204202373860 1480 3433702217184582092 -40 -2970529123500944498 10 48 -9223372036854775808 -7243961952934387144 -33 -27 2531447135242300285 2688 -2087914613023353044 5786843931501562400 9223372036854775807 69104865459484601 18 616 1832 18 21 1089 2305843009213693951\nclit D \ndiffui B 808921047371106668 -6 34 1 16 9223372036854775807 48\ninter D B B\ndiscard C 2305843009213693952\nsym B B C\nshow A\nshow D\nadd C -2305843009213693952\nrel B B\ndiscard A 56\npop D\nrel D D\nshow C\nadd C -20\nsym D D D\nshow D\nshow A\nadd C 168\nadd A 18\nadd B 11\nshow A\nshow C\ndiscard C 264\ndiscard C 2464\ndiff C A A\ninteru A A\nadd C 160\nadd A 4\npop C\nadd D 0\nshow A\nshow B\nshow C\nshow D",
            "show 3200 0 4 5 7 2696 2056 8 11 16 19 26 1260446149578445215 2080 35 36 37 2856 176 -5736362200253462219 -91512223295319243 -3847811221213405641 -830120399147614022 1728 208 88 -7374313584777099036 104 -19 -16 -13 2761787672235324531 -11 -9 120 -9223372036854775808\nshow 1088 2689 4611686018427387904 2305843009213693953 2305843009213693952 5 200 5554914410643302031 4611686018427387920 -3805708545071569767 216 26 30 32 2208 38 5416198411301656243 -6180831869494845256 -2\nrel 1 1 0 1 0\npop 1088\nrel 1 1 0 1 0\nshow 128 2688 9223372036854775807 2305843009213693951 6 5903553154115077255 10 -2970529123500944498 16 18 21 24 -6335417204202373860 5786843931501562400 -5518289502664263510 1832 -2087914613023353044 48 -7243961952934387144 -5004287600069804871 69104865459484601 1344 1089 1480 3433702217184582092 80 2554433019217956308 2108747455236784599 -40 -36 -33 -27 2920 616 -1551635714231506316 -2305843009213693952 -8 -9223372036854775808 2531447135242300285\nshow\nshow 3200 0 4 5 7 2696 2056 8 11 16 19 26 1260446149578445215 2080 35 36 37 2856 176 -5736362200253462219 -91512223295319243 -3847811221213405641 -830120399147614022 1728 208 88 -7374313584777099036 104 -19 -16 -13 2761787672235324531 -11 -9 120 -9223372036854775808\nshow 3200 0 4 5 7 2696 2056 8 11 16 18 19 26 1260446149578445215 2080 35 36 37 2856 176 -5736362200253462219 -91512223295319243 -3847811221213405641 -830120399147614022 1728 208 88 -7374313584777099036 104 -19 -16 -13 2761787672235324531 -11 -9 120 -9223372036854775808\nshow 128 2688 9223372036854775807 2305843009213693951 6 5903553154115077255 10 -2970529123500944498 16 18 21 24 -6335417204202373860 5786843931501562400 -5518289502664263510 1832 168 -2087914613023353044 48 -7243961952934387144 -5004287600069804871 69104865459484601 1344 1089 1480 3433702217184582092 80 2554433019217956308 2108747455236784599 -40 -36 -33 -27 2920 616 -20 -1551635714231506316 -2305843009213693952 -8 -9223372036854775808 2531447135242300285\npop 160\nshow 3200 0 4 5 7 2696 2056 8 11 16 18 19 26 1260446149578445215 2080 35 36 37 2856 176 -5736362200253462219 -91512223295319243 -3847811221213405641 -830120399147614022 1728 208 88 -7374313584777099036 104 -19 -16 -13 2761787672235324531 -11 -9 120 -9223372036854775808\nshow 128 2688 2305843009213693951 9223372036854775807 2689 4611686018427387904 6 2305843009213693953 2305843009213693952 5903553154115077255 10 5 11 -2970529123500944498 16 5554914410643302031 18 4611686018427387920 21 24 -3805708545071569767 -6335417204202373860 26 30 32 2208 5786843931501562400 38 -5518289502664263510 1832 -2087914613023353044 48 -7243961952934387144 5416198411301656243 -5004287600069804871 -6180831869494845256 69104865459484601 1344 1089 1088 1480 200 3433702217184582092 80 2554433019217956308 2108747455236784599 -40 216 -36 -33 -27 2920 616 -1551635714231506316 -2 -8 -9223372036854775808 2531447135242300285\nshow\nshow 0",
        ),
        (
            "lit A -25\nlit B -6 -13 2305843009213693960 1889 17 144 2305843009213693952 673 2305843009213693952 1825 25 -23 -4324350940678370882 -7644670321808416498 -29 -5455880517535950122 896 128 -3425435341430196214 31\nlit C 28 -2305843009213693952 -7 872 224 176 161 1312\nlit D 4611686018427387920 19 6815508381338455307 200 26 40 2305843009213693960 38 6003938913531828554 -6 3072 3137 1 240 -10 0 -4129117819758119961 136 -2525615124457172443 3\nsymu A A\ninter C A D\ndiscard D 872\nunion A B B\nupdd B 17 7164589761712385592 31 38 2305843009213693952 10 1296319537129012867 -5354979553091629106 232 37 184 23 2920 -2305843009213693952\nupdd A 16 23 3981602870112453434 19 40 240 35 -6 6059568071689451172 8 14 31\nadd C 21\npop A\ndiff C B D\nshow D\nclear A\nshow D\ninteru D A\nshow B\nupdi B 8\ndiscard C 4\nupdd C 2 2816 2685924655288651119 20 -988263464413921755\nadd A 616\nadd D -38\nadd A 38\nadd A 1032\nadd C 8\npop D\ninter A D D\ndiscard B -28\ndiscard D 104\nadd B 23\ndiscard B -2305843009213693952\ndiffu B B\ndiff C D D\nadd D -5562185625043444695\npop D\ndiscard A -4\nadd D 5917262233458097564\nshow C\nrel D C\nadd A 584\nadd D 13\nshow A\nshow B\nshow C\nshow D",
            "pop 896\nshow 3072 1 0 3 136 2305843009213693960 6815508381338455307 4611686018427387920 19 26 -2525615124457172443 38 40 3137 200 6003938913531828554 -4129117819758119961 240 -10 -6\nshow 3072 1 0 3 136 2305843009213693960 6815508381338455307 4611686018427387920 19 26 -2525615124457172443 38 40 3137 200 6003938913531828554 -4129117819758119961 240 -10 -6\nshow 896 2305843009213693952 128 1296319537129012867 2305843009213693960 -3425435341430196214 -7644670321808416498 10 144 17 23 25 31 673 1825 37 38 184 7164589761712385592 -4324350940678370882 -5354979553091629106 -5455880517535950122 1889 -29 232 -23 2920 -13 -6 -2305843009213693952\npop -38\npop -5562185625043444695\nshow\nrel 0 1 1 0 0\nshow 584\nshow\nshow\nshow 13 5917262233458097564",
        ),
        (
            "lit A 40\nclit B 4 -34 56 -3796300122781451023 5 2720 -19 616 34 -377240850185711781 184 12\nlit C 14 7285326298879791614 2\nlit D 672 0 34 -34 20 15 36 5\nadd A 232\nclear D\nadd A 2472\ncopy D C\nadd D 2021222100779813590\nadd D -24\nshow D\nadd C 192\npop D\nupdate B D\ndiscard D 104\nrel B A\ndiscard B 1\nadd D 833\ndiscard B 1441\nshow B\nrel A C\ndiff B D A\nadd A -2444639149247401182\nshow A\nupdate B A\ndiscard D 30\nadd D 224\nadd D -436116888435758987\nadd B 48240260656938518\nadd D 16\ndiscard B 480\nadd C 23\nshow D\nadd B -1482305030006984474\ncopy D B\nshow A\nshow B\nshow C\nshow D",
            "show 7285326298879791614 2 -24 14 2021222100779813590\npop 7285326298879791614\nrel 0 0 1 0 0\nshow 2720 34 2 4 5 616 -24 12 -19 14 -3796300122781451023 2021222100779813590 184 56 -377240850185711781 -34\nrel 0 0 1 0 0\nshow 40 232 2472 -2444639149247401182\nshow 224 833 2 -24 14 16 -436116888435758987 2021222100779813590\nshow 40 232 2472 -2444639149247401182\nshow 833 2 -2444639149247401182 -1482305030006984474 -24 40 232 2472 14 2021222100779813590 48240260656938518\nshow 192 7285326298879791614 2 14 23\nshow 833 2 -2444639149247401182 -1482305030006984474 -24 40 232 2472 14 2021222100779813590 48240260656938518",
        ),
        (
            "clit A 8 15\nclit B 30 616 1652140036423472942 577 8748352043584553228\nclit C 2760 -6435897373773191973\nlit D 8891592080865592831 1960 29 30 48\npop A\nsym B B A\nadd C 9025340102533930110\nadd D 2016\ndiscard D 4374554418345443124\nshow C\ndiscard B 22\nunion B B A\npop C\nshow C\ndiscard D 30\nsym D A A\ndiscard B 27\ndiff B A C\nupdi A 168 2913 -8267374621748779034 8352268228739883467 18 1152 9 2624 1640 48 2280 144 18 104\nadd A -19\nadd A 4\nadd B 2016\ndiffu B B\ninteri A A 2 431489036886152134 13 13 -1952329324297267821\nshow B\nshow C\npop D\nshow D\nadd D 0\nshow C\nshow B\ndiff A D A\nclear D\nadd A -6\nshow A\ninteri C A 80 2305 29\ninter B D D\nshow B\nadd D 2184\ndiff A A D\nshow A\nshow B\nshow C\nshow D",
            "pop 8\nshow 2760 -6435897373773191973 9025340102533930110\npop 2760\nshow -6435897373773191973 9025340102533930110\nshow\nshow -6435897373773191973 9025340102533930110\npop none\nshow\nshow -6435897373773191973 9025340102533930110\nshow\nshow 0 -6\nshow\nshow 0 -6\nshow\nshow\nshow 2184",
        ),
        (
            "clit A -29 -35 -9223372036854775808 32 -1675534113738521323 152 17 4780956230331584690 2305843009213693951 8675218356692176596 48 17 2849 11 -32 1704 8 0 64 -9223372036854775808 18 -27 -2305843009213693952 13 16 2696 2305843009213693953 -6203762839778399085 3040 104 -29 9 872 -24 7849835780909808295 1491849106679905691 -35 12 33 16\nclit B \nlit C -1 2048 5 8 3115007037179228082 12 2305843009213693952 65 136 1368665508696757483 -28 -7598321715802499672 232 2248 160 2464089335325855192 4611686018427387904 34 10 1800 40 232 16 5 -18 4611686018427387920 20 96 2720 -2305843009213693952 13 17 -17 9223372036854775807 1916324588219101435 2881 8 28 160 17\nclit D 232 31 240 9223372036854775807 72 2 160 12 -32 2496 184 4611686018427387904 19 4611686018427387904 10 552 32 7 184 1633 28 32 37 168 481 240 12 23 2 608 -12 88 72 176 2792 -39 712 8 2 2305843009213693951\ninter C D D\nshow D\nshow C\nadd A 184\nadd D -21\nshow A\ninteri A C -6 13 13 5 9223372036854775807 15 4 2433\ncopy D C\nadd A -3341485037837138927\ndiscard B 16\nsymu B C\nadd B -8\ndiscard B 18\ncopy C D\nshow A\nclear B\nadd B -7439663519658260550\nshow A\nunion B D A\ndiscard B 37\ninteri D C 33 -40 2305843009213693951 36 21 11\nupdate B D\nadd B 3009\ndiscard B 6348720781614439822\nadd D 34\nadd C 5833069967963414815\ndiscard A 1055879688365660782\npop A\ndiscard D 32\ninter A C C\ndiff B D A\nshow D\nadd D 184\nclear A\ninter A C C\nshow A\nupdi D -15 225 7757294165799614598 20 6 5810301594486569565 23 16 32\nadd B 48\ndiscard C 744\nadd D 184\ndiscard A 26\nupdd A 7091361636565383946 208 -9223372036854775808 3072 5 240\ndiscard D 0\nshow C\nshow B\nshow D\ndiffui B 1 776 1096 0 24 -3149220004468085726 6 -9095051490787458714 2401\ninter D C C\nupdd A 39 -23 6 7643969854109451874 -15 2913 1687386675324699747\ndiff B C C\nadd C 2\nadd A 2145\nadd A 1\nadd D 21\nsym C A B\nadd B 17\nadd A 7\ndiscard C 2305843009213693951\nshow B\nrel B B\nshow D\nclear A\ndiff D D D\ndiscard B -36\nshow B\nshow D\nsym B D D\nupdate A D\ndiscard A 88\ndiffui C 2465 13 -7 1 -8319874575099722191 88 4611686018427387920 18 3\nshow A\nshow B\nshow C\nshow D",
            "show 2305843009213693951 4611686018427387904 2 9223372036854775807 7 8 10 12 19 23 28 31 160 32 37 552 168 176 184 2496 72 712 88 -39 -32 1633 481 608 232 2792 240 -12\nshow 2305843009213693951 4611686018427387904 2 9223372036854775807 7 8 10 12 19 23 28 31 160 32 37 552 168 176 184 2496 72 712 88 -39 -32 1633 481 608 232 2792 240 -12\nshow 2305843009213693951 0 2305843009213693953 2696 8 9 11 12 13 16 17 18 -6203762839778399085 -1675534113738521323 152 1491849106679905691 32 2849 33 1704 7849835780909808295 48 4780956230331584690 184 64 8675218356692176596 -35 -32 3040 -29 -27 104 872 -24 -9223372036854775808 -2305843009213693952\nshow -3341485037837138927 9223372036854775807\nshow -3341485037837138927 9223372036854775807\npop -3341485037837138927\nshow 2305843009213693951 34\nshow 2305843009213693951 4611686018427387904 2 9223372036854775807 7 8 10 12 19 23 28 31 160 32 5833069967963414815 37 552 168 176 184 2496 72 712 88 -39 -32 1633 481 608 232 2792 240 -12\nshow 2305843009213693951 4611686018427387904 2 9223372036854775807 7 8 10 12 19 23 28 31 160 32 5833069967963414815 37 552 168 176 184 2496 72 712 88 -39 -32 1633 481 608 232 2792 240 -12\nshow 48 34\nshow 2305843009213693951 225 34 32 6 7757294165799614598 16 -15 20 23 184 5810301594486569565\nshow 17\nrel 1 1 0 1 0\nshow 2305843009213693951 4611686018427387904 2 9223372036854775807 7 8 10 12 19 21 23 28 31 160 32 5833069967963414815 37 552 168 176 184 2496 72 712 88 -39 -32 1633 481 608 232 2792 240 -12\nshow 17\nshow\nshow\nshow\nshow 3072 4611686018427387904 2 9223372036854775807 5 6 7 8 10 12 7091361636565383946 19 23 28 31 160 32 5833069967963414815 37 39 552 168 176 184 2496 72 712 208 -39 -32 1633 481 608 2913 7643969854109451874 1687386675324699747 2145 232 2792 -23 240 -15 -12 -9223372036854775808\nshow",
        ),
        (
            "lit A -737482574230098636 168\nclit B 34 24 35 -18 1536\nlit C -1625369938149117631 232 2305843009213693960 26 15\nlit D 28 0 88 1 1472 24 28 27 -2305843009213693952 2594089703706317085 8585234659511873186 1896 5 24 993 21 19 1 2305843009213693960 3136 3048 2112 -31 4 13 -22 -2305843009213693952 22 32 -40 1960 2848 4611686018427387920 27 19 17 240 14 -33 -26\ndiffu A A\nrel C B\ninteru A C\npop C\ninteru C A\nadd B 5828112601318415435\nshow B\nshow B\nadd D 39\nadd C 6048730171857661344\ndiff A C A\nadd B 0\nshow D\ndiscard B 8363636693146570648\npop C\nshow C\nupdd A 8\nshow D\ndiscard C 2\nrel C B\nadd A 1377\ncopy C C\nupdi C 1025 216 34 -19 2561 -521179318206318774\nupdate A C\nadd A 3992585213563694544\nunion B D D\ncopy C A\nshow D\nadd D 28\nupdate B C\nshow B\nshow D\nrel A B\ndiscard B 1640\nadd B 2944\ninteri B D -12 9223372036854775807 11 -4618105586044012602 256\nadd C 5249798139650052547\nshow B\nadd A 24\nadd C 29\ndiscard B 24\nadd D 25\ndiscard A 1\nrel D C\nadd A 7\ndiscard B -32\ninter B A A\nupdate A D\nadd B 15\nshow C\nadd C -38\npop B\nadd B 8105388784533086405\nshow A\nshow B\nshow C\nshow D",
            "rel 0 0 1 0 0\npop -1625369938149117631\nshow 1536 34 35 24 5828112601318415435 -18\nshow 1536 34 35 24 5828112601318415435 -18\nshow 0 1 4 5 2305843009213693960 13 14 17 4611686018427387920 19 21 22 24 27 28 2594089703706317085 32 2848 8585234659511873186 39 1960 1472 3136 2112 88 -40 -33 993 -31 -26 1896 3048 -22 240 -2305843009213693952\npop 6048730171857661344\nshow\nshow 0 1 4 5 2305843009213693960 13 14 17 4611686018427387920 19 21 22 24 27 28 2594089703706317085 32 2848 8585234659511873186 39 1960 1472 3136 2112 88 -40 -33 993 -31 -26 1896 3048 -22 240 -2305843009213693952\nrel 1 0 1 0 1\nshow 0 1 4 5 2305843009213693960 13 14 17 4611686018427387920 19 21 22 24 27 28 2594089703706317085 32 2848 8585234659511873186 39 1960 1472 3136 2112 88 -40 -33 993 -31 -26 1896 3048 -22 240 -2305843009213693952\nshow 0 1 1025 2561 4 5 8 2305843009213693960 13 14 17 4611686018427387920 19 21 22 24 27 28 2594089703706317085 32 2848 6048730171857661344 34 8585234659511873186 39 1960 1472 3136 2112 -521179318206318774 3992585213563694544 88 -40 216 -33 993 -31 1377 -26 1896 3048 -22 -19 240 -2305843009213693952\nshow 0 1 4 5 2305843009213693960 13 14 17 4611686018427387920 19 21 22 24 27 28 2594089703706317085 32 2848 8585234659511873186 39 1960 1472 3136 2112 88 -40 -33 993 -31 -26 1896 3048 -22 240 -2305843009213693952\nrel 1 0 0 0 1\nshow\nrel 0 0 1 0 0\nshow 1377 6048730171857661344 1025 34 2561 5249798139650052547 8 -521179318206318774 -19 3992585213563694544 216 29\npop 1377\nshow 0 1025 2561 1 4 5 7 8 2305843009213693960 13 14 17 4611686018427387920 19 21 22 24 25 27 28 2594089703706317085 32 2848 6048730171857661344 34 8585234659511873186 39 1960 1472 3136 2112 -521179318206318774 3992585213563694544 216 88 -40 -33 1377 993 -31 -26 1896 3048 -22 -19 240 -2305843009213693952\nshow 6048730171857661344 1025 34 2561 7 8 8105388784533086405 -521179318206318774 -19 15 3992585213563694544 216 24\nshow 1377 6048730171857661344 1025 34 2561 5249798139650052547 8 -521179318206318774 -19 3992585213563694544 216 -38 29\nshow 0 1 4 5 2305843009213693960 13 14 17 4611686018427387920 19 21 22 24 25 27 28 2594089703706317085 32 2848 8585234659511873186 39 1960 1472 3136 2112 88 -40 -33 993 -31 -26 1896 3048 -22 240 -2305843009213693952",
        ),
        (
            "clit A 1 2305843009213693953 -2177964591751399055 2016 -16 16 -6767229828040894932 8 200 -12 11 104 -4357424367169567588 3053526016836141187 7375099569800581388 2305843009213693951 224 -1151199004537100535 -9223372036854775808 -29 18 2305843009213693953 2 232 29 26 -1174777493505389760 1865141098090491361 1704444245650477732 32 40 -8437289490878735829 40 40 37 8 1064 -4340936589550153632 -84227542889032240 -8832591688219515955\nclit B 4 2305843009213693952\nlit C 1224 104 -71699162887858067 184 3080 6 0 1\nclit D 192 1 26 -28 -5568166307247134405\nadd D 5746092946074940913\ninter B C A\ncopy B D\nadd A 20\ninter A A D\ndiscard A 24\nadd A 1120\nshow D\ndiscard C 64\ninteru C C\npop B\ndiscard D -2589350949927876898\nupdate D B\nadd A -4000339595434937869\nshow C\nshow D\nrel C D\ncopy D C\nrel D C\nshow B\nadd A 37\ndiscard C 29\nshow C\ndiscard D -3\nsym D C B\ndiscard B 8\nupdate D D\nadd A 200\ndiscard B 18\nshow A\nsym B A C\nadd B 10\nclear A\nshow D\ndiff C B C\ndiffui C 15 19 48 11 9223372036854775807 -14 8 240\ndiff C D C\nsymu D C\ninteru B D\npop A\ndiscard D 545\nupdate B B\nupdi C -8591354938583352544 56\ndiscard A -22\nsym C D D\nshow C\nshow B\nupdate D C\nadd A 2305843009213693953\nupdi B 13 2305843009213693960 0 9\ninteri C B \ninter D B B\nshow A\ndiscard D 26\nadd A 2849\nupdd D 24 40 1 -5 34 1760 14\ndiscard A 38\nclear B\ninter B D C\ndiffu B A\nadd B 0\npop B\nupdate B B\nadd B 21\npop D\nadd C 4746837495357186544\nunion C B A\ndiscard B 240\npop B\nrel B C\nshow D\ndiscard C 1120\ninter A B C\ndiffu A B\nshow D\nadd A 9\nupdi B 2185241829425757530 -25 9223372036854775807 -9223372036854775808 160 40 224 256\ndiscard A -9223372036854775808\nshow A\nshow B\nshow C\nshow D",
            "show 192 1 5746092946074940913 -28 -5568166307247134405 26\npop 192\nshow 0 1 6 1224 3080 104 -71699162887858067 184\nshow 192 1 -28 5746092946074940913 -5568166307247134405 26\nrel 0 0 0 0 0\nrel 1 1 0 1 0\nshow 1 5746092946074940913 -28 -5568166307247134405 26\nshow 0 1 6 1224 3080 104 -71699162887858067 184\nshow 1120 1 37 200 -4000339595434937869 26\nshow 0 6 3080 1224 26 -28 104 -71699162887858067 5746092946074940913 184 -5568166307247134405\npop none\nshow\nshow 26\nshow 2305843009213693953\npop 0\npop 0\npop 21\nrel 1 0 1 0 1\nshow 1 34 1760 40 2305843009213693960 9 13 14 24 -5\nshow 1 34 1760 40 2305843009213693960 9 13 14 24 -5\nshow 9\nshow 160 224 256 9223372036854775807 -25 40 2185241829425757530 -9223372036854775808\nshow 2849 2305843009213693953 21\nshow 1 34 1760 40 2305843009213693960 9 13 14 24 -5",
        ),
        (
            "lit A 1441 2305843009213693960 2376 9223372036854775807 448 104 128 4611686018427387920 1089 38 -13 0 40 38 39 31 2856 461023151304488029 39 -6609648520091061763\nlit B -2305843009213693952 -7 7233388839962550934\nclit C \nlit D 8 2305843009213693953 2305843009213693952 11 6062544311355512720 2305843009213693952 2432 21\nadd D 2049\nupdi D -38 7 13 -2497676389786021418 2305843009213693960 208\nrel D D\nadd B 29\nunion A B D\nadd D 6436528762094701004\ndiscard B 128\nshow C\ndiffui C 29 -5030052375779188103 20 104 96\ndiscard B 144\nshow C\ndiffu C A\nadd D -8\ndiscard C 128\npop B\npop D\npop B\ndiscard C 10\ninteru A B\nrel A B\ndiffu D D\nshow A\nshow D\nadd A 192\ndiffui A 18 2 10 31 12\ndiscard D 38\ndiscard C 31\nclear D\npop B\nadd B 2305843009213693960\nshow C\ndiff C D B\nadd C 48\nadd B 33\nadd C 9151874948978682384\nadd B 2560\nadd B 1828029955465773630\npop A\ninteri D C 37 1878928262568890194 1928\nupdi D 1267125219532530844 80 2305843009213693952 2305843009213693952 -8459629132538076696 4611686018427387904 4904327540658632785 6 8417278090598072005\nupdi A 2344 224 7591517770449441525 -14 2952 5 2815135696755239345 19 240 5 3343363036734556777 545\ndiscard C 21\nshow B\nadd C 8906526677693375179\nadd A -2359243783897431769\ninter A B C\nshow D\nclear A\nadd B 27\nadd A 192\ndiffui D 32 0\ndiffu A C\ndiscard C 7043476343396087598\npop C\ndiff A B A\nrel A D\nadd C 20\nunion D C C\nadd D -648592107974599444\nclear C\nshow A\nshow B\nshow C\nshow D",
            "rel 1 1 0 1 0\nshow\nshow\npop -7\npop 2432\npop 7233388839962550934\nrel 1 1 0 1 0\nshow 29 -2305843009213693952\nshow\npop 29\nshow\npop 192\nshow 2560 33 1828029955465773630 2305843009213693960 -2305843009213693952\nshow 2305843009213693952 4611686018427387904 -8459629132538076696 6 8417278090598072005 80 4904327540658632785 1267125219532530844\npop 48\nrel 0 0 1 0 0\nshow 2560 33 2305843009213693960 -2305843009213693952 27 1828029955465773630\nshow 2560 33 1828029955465773630 2305843009213693960 27 -2305843009213693952\nshow\nshow 9151874948978682384 20 8906526677693375179 -648592107974599444",
        ),
        (
            "clit A \nlit B 2305843009213693960 -25\nlit C -16 6375574651026177928 2597782854479198239 -38 18 1750078846280671138 -3149454364701887188 -6107720186995162083 16 1352 -1072746933711020746 22 26 16 8300061847286898042 -374986518742981225 24 22 840 -6608523838469847017 32 403571653722519846 15 19 4545764697962746199 3 -3 -804372540672990471 -7425027509525278768 9223372036854775807 14 152 2248 72 8 -4393581612706004860 6 26 -3565300935485235755 1512\nlit D 4611686018427387904 4 24 3 2376 3217252400765704830 12 37 12 35 -13 -24\nclear A\nupdd D -28 -35 38 1153 -582269357328111071 8 13 28 2760 32 -24\nupdi C \nupdate A A\ndiscard D -8496750114395299630\nadd A 21\ndiscard D 8\nupdi D 15 -24 120\npop B\ninteru C B\npop C\nshow B\nadd A 12\npop B\nadd A 31\nadd A -38\nupdate B C\ndiffu A C\ndiscard C 225\nadd A 4\nshow C\nsymu C D\npop D\ndiscard B 13\nshow A\nadd B 2\nadd A 7309449212803959756\nadd B -16\nshow D\nupdate A C\nadd A 2305843009213693952\nsym A B B\nadd A -2305843009213693952\nshow A\ninter B C B\ninter B C C\nrel A D\nadd D 184\ninter A A C\ndiscard A 39\ninteri C C 15 2 2376\nshow C\nshow C\ndiscard D 16\nrel A C\ndiffu D C\nunion D C B\nshow A\nshow B\nshow C\nshow D",
            "pop 2305843009213693960\npop none\nshow -25\npop -25\nshow\npop 1153\nshow 4 12 21 -38 31\nshow 4611686018427387904 3 4 2376 2760 12 13 15 24 28 -35 32 -582269357328111071 35 -28 37 38 -24 -13 120 3217252400765704830\nshow -2305843009213693952\nrel 0 0 1 0 0\nshow 2376 15\nshow 2376 15\nrel 1 0 1 0 1\nshow\nshow 1153 4611686018427387904 3 4 2376 2760 12 13 15 24 28 -35 32 -582269357328111071 35 -28 37 38 -24 -13 120 3217252400765704830\nshow 2376 15\nshow 1153 4611686018427387904 3 4 2376 2760 12 13 15 24 28 -35 32 -582269357328111071 35 -28 37 38 -24 -13 120 3217252400765704830",
        ),
        (
            "clit A \nlit B -16 225 -4775122421242111743 96 184 1376 2984 208\nclit C 144 -33 88 5239291452448457833 13\nclit D 32 9 24 1088 1736 37 -2837715460105822581 8 4 136 4 -13\npop C\nadd A 208\ninter B A A\ndiscard B -6181159879581502901\ndiscard C 2305843009213693953\npop B\npop B\nsym B B C\npop B\ninter D B C\npop C\nupdate D B\nadd D 27\nunion A D D\npop C\nadd C 35\nadd B 216\nadd B 24\ndiscard B -6289495478323981335\nshow A\nsymu D D\nsym C A A\nshow D\nunion D A A\ncopy B D\nadd D 23\nadd D 4611686018427387904\nupdi D -6 96 2401 -5477516249684027112 200 6814724754225009670 33\nshow A\nadd D -3904084455413700325\ndiscard C 14\ndiff C A D\nshow A\ninter C A B\nadd D 3073\ndiscard B 16\nadd D 9223372036854775807\nshow A\nshow B\nshow C\nshow D",
            "pop 144\npop 208\npop none\npop 88\npop 88\npop 5239291452448457833\nshow 5239291452448457833 27 13 -33\nshow\nshow 5239291452448457833 27 13 -33\nshow 5239291452448457833 27 13 -33\nshow 5239291452448457833 27 13 -33\nshow 5239291452448457833 27 13 -33\nshow 27 5239291452448457833 13 -33\nshow 96 2401 4611686018427387904 33 3073 9223372036854775807 200 6814724754225009670 5239291452448457833 -3904084455413700325 13 -5477516249684027112 23 -6 27 -33",
        ),
        (
            "lit A \nlit B 4 40 -5745652146809485368 23 17 -6069257646965309890 -4506073612134712871 -15 1896 11 2241 -5213732079163254210\nlit C 2 192\nlit D 200 56 480 1729 -7273167363694430012 112 5125739522373336523 -19 34 36 2305843009213693960 7 56 -14 37 2056 -2305843009213693952 9223372036854775807 6680214332586764267 1512\nupdi A 1229558193357501325 40 1041381834235919078 21\nadd C -2305843009213693952\nadd A 1037581031237432111\nadd C -7309745492072988612\nunion B A A\nupdate A A\nadd A 3008\nadd C 28\ninter A C D\nrel C D\nadd B 152\ninteri C D -29 29 2240 2305843009213693953 30 2080 2 40 1921 3700844031580290001\nunion D A A\nshow C\nshow B\ndiscard A 104\nrel C D\ndiffui B -1015184717324675488 14 -8703175110484493629 -3517278095781029293 15 7 -34 18\nshow D\ndiff C C A\ninteri A C 1923088497524482553 5\nadd A 6\nclear B\nadd C 23\nrel D B\nupdate B D\nshow A\nadd A 32\ndiscard C 37\nclear A\npop D\ndiffu B D\ndiffui D 24 -14 481\ndiscard D 2\ndiscard C 168\ninter B C B\nadd B 6\ndiscard D -7611448348497774067\ndiscard B 9223372036854775807\ndiscard A -9223372036854775808\npop A\nupdate A B\nunion C C D\nshow B\nshow D\nadd C 232\nadd B -2616184458264149764\ndiscard B 1217\nsymu D D\nshow A\ndiffu D B\nsym B A A\nadd D -2299116391448917378\nshow D\nupdi D 2 144\ndiscard A -1\nupdi D -33 16 -2532293321625140064 -2305843009213693952\nshow D\nsymu A C\nupdi D -4414044306358215153 -17 33 18 -10 -27 24 -8185942130772353414 -17 1024 4431224821060920333 88 2120 -9223372036854775808\nadd C 8\nshow C\nshow A\nadd D 184\nshow B\ndiscard C 10\nshow B\nupdi D 2376 5329417404468422634 3 136 2637552574851956629 0 2305843009213693953 2400\ndiff C D D\nadd D 7\ncopy A A\ninteru D C\npop D\nupdate B B\nadd C 31\nadd B 6490583221353022077\ninter A B B\nshow A\nshow B\nshow C\nshow D",
            "rel 0 0 0 0 0\nshow\nshow 152 21 1041381834235919078 40 1229558193357501325 1037581031237432111\nrel 1 0 1 0 1\nshow -2305843009213693952\nrel 0 1 1 0 0\nshow 6\npop -2305843009213693952\npop none\nshow 6\nshow\nshow 6\nshow -2299116391448917378\nshow -2532293321625140064 2 144 16 -2305843009213693952 -2299116391448917378 -33\nshow 232 8 23\nshow 232 6 23\nshow\nshow\npop none\nshow 6490583221353022077\nshow 6490583221353022077\nshow 31\nshow",
        ),
        (
            "lit A 39 1985 -4026508956468164023 -18 38\nlit B \nlit C -11 2038955004322993974 -7825873231968017810 24 32 5 8459337802845463492 22 2305843009213693952 -2190533450736522972 -9223372036854775808 192 648 -4430171370298238659 21 208 5 11 160 2305843009213693951 30 39 216 1793 40 64 5 1 1 3137 34 968 -29 776 2305843009213693952 18 2376 4611686018427387904 9 2472\nlit D 27 11 25\ndiffu A A\nadd D 40\nshow A\nupdd D 32 14 160 152\npop C\ndiscard D 32\nunion C D C\ninter A D D\nadd D 0\ninter B D C\nadd C 4611686018427387920\ndiscard C 2792\nadd D -8554603711991421518\nshow C\nupdate B A\nadd C -11\nsym B B A\ndiscard B -7230233226366850281\nsym C C A\nadd D 2305843009213693951\ndiscard D 216\npop B\nsym A D D\ndiffu A D\nadd A 39\nrel A B\nadd A 1832\nadd D -9125825409919008698\nunion A C B\nunion A C C\nshow B\ndiscard D 24\ndiff B A A\npop C\nadd B 34\nshow A\nadd D 24\nadd A 9\nadd B -6424514248195240093\nadd C 168\nadd D -8768850913429911179\nrel C D\ndiscard B 36\nclear D\nsym B B C\nrel A B\nshow D\nrel B D\nshow C\nrel B B\nshow C\nrel B C\nadd C 38\ndiff A A A\nupdi B 1088 64\ninteri C B 1335818725655269469 1832 -11\ndiff D C B\nupdd C 152 5 1057 -17 4 -2305843009213693952 39 29 3008 28 9 -6 216 2344 -2739306976803269629\nadd A 9223372036854775807\nadd D 17\nshow D\npop C\nadd C 1889\nshow A\nadd D 10\ndiffu D C\nshow C\ndiscard C -8599480685619455334\nrel A C\nshow A\nshow B\nshow C\nshow D",
            "show\npop 2305843009213693951\nshow 2305843009213693952 1793 1 4611686018427387904 5 648 776 9 11 14 18 4611686018427387920 21 22 152 25 24 27 30 160 32 34 -2190533450736522972 39 40 2472 2038955004322993974 -4430171370298238659 192 64 3137 8459337802845463492 968 2376 208 216 -29 -7825873231968017810 -11 -9223372036854775808\npop none\nrel 0 1 1 0 0\nshow\npop 192\nshow 2305843009213693952 1793 1 4611686018427387904 5 648 776 9 18 4611686018427387920 21 22 24 30 32 34 -2190533450736522972 39 2472 2038955004322993974 -4430171370298238659 192 64 3137 8459337802845463492 968 2376 208 216 -29 -7825873231968017810 -11 -9223372036854775808\nrel 0 0 0 0 0\nrel 0 0 0 0 0\nshow\nrel 0 1 1 0 0\nshow 2305843009213693952 1793 1 4611686018427387904 5 64 3137 648 776 9 8459337802845463492 968 2376 208 18 4611686018427387920 21 22 216 24 30 32 34 -29 -2190533450736522972 39 2472 168 -7825873231968017810 -9223372036854775808 -11 2038955004322993974 -4430171370298238659\nrel 1 1 0 1 0\nshow 2305843009213693952 1793 1 4611686018427387904 5 64 3137 648 776 9 8459337802845463492 968 2376 208 18 4611686018427387920 21 22 216 24 30 32 34 -29 -2190533450736522972 39 2472 168 -7825873231968017810 -9223372036854775808 -11 2038955004322993974 -4430171370298238659\nrel 0 0 0 0 0\nshow 17\npop 3008\nshow 9223372036854775807\nshow -2739306976803269629 4 5 9 152 216 28 29 1057 1889 39 2344 -17 -11 -6 -2305843009213693952\nrel 0 0 1 0 0\nshow 9223372036854775807\nshow 2305843009213693952 1793 1 4611686018427387904 5 648 776 9 18 4611686018427387920 21 22 24 30 32 -2190533450736522972 39 2472 168 2038955004322993974 -4430171370298238659 64 3137 1088 8459337802845463492 968 2376 208 216 -6424514248195240093 -29 -7825873231968017810 -11 -9223372036854775808\nshow -2739306976803269629 4 5 9 152 216 28 29 1057 1889 39 2344 -17 -11 -6 -2305843009213693952\nshow 17 10",
        ),
    ];
    const STR_SCENARIOS: &[(&str, &str)] = &[
        (
            "lit A 91 8 39 82 63 77 89 17 112 71 48 80 95 91 21 66 79 88 57 52 74 24 110 104 74 92 6 49 52 110 1 103 105 109 13 17 19 95 38 76\nclit B 105 89 71 37 53\nlit C 29 95 103 66 97 92 19 9\nlit D 31 106 27\nadd C 25\ndiff A D C\nshow A\ninter D B B\ndiscard A 44\nadd C 14\nrel B C\npop B\nsymu A B\nadd D 59\nshow D\nupdi B 112 33 99\nadd A 73\nadd B 53\ndiscard A 49\npop C\ndiffu A B\ndiscard A 105\ndiffui A \nupdate D C\ninter C D D\nunion D D A\ndiscard B 87\nclear C\ndiscard B 58\nadd D 90\nupdi D \ninter A A C\nshow B\nupdi A 67 88 68 10 78 60 33 102 103 72\ndiffui D 93\nshow A\nshow B\nshow C\nshow D",
            "show 27 106 31\nrel 0 0 1 0 0\npop 105\nshow 105 89 37 53 71 59\npop 19\nshow 89 37 112 99 53 71 33\nshow 67 103 88 72 10 102 60 68 33 78\nshow 89 37 112 99 53 71 33\nshow\nshow 66 31 103 92 59 105 37 14 53 27 90 106 89 97 73 25 95 9 71 29",
        ),
        (
            "clit A \nlit B 66 81 45 42 96 16 22 12 89 90 11 10 101 96 90 111 20 104 25 51\nclit C 8 31 35 92 60 98 25 78\nclit3 D 62 56 33 108 12\ndiscard D 26\nrel A D\nsym B D D\nshow A\nupdi A 32 6 19\nshow A\ndiscard D 53\nshow D\nshow A\nadd D 96\nsymu D D\nshow B\ndiff B C B\nadd A 94\nshow B\ndiscard C 45\nadd B 10\nshow D\nadd A 93\nrel C A\ncopy C A\ninter A C D\nadd A 71\nupdate D A\ndiffu B C\ndiffui D 73\nadd D 103\nadd A 55\nshow D\nupdate A C\ndiffu A B\nadd D 27\npop A\nadd C 62\nadd A 64\nupdate A B\npop C\nclear C\npop B\nshow B\nunion D A C\ndiscard A 31\nadd A 107\nadd A 63\nshow A\npop B\nshow A\nshow B\nshow C\nshow D",
            "rel 1 0 1 0 1\nshow\nshow 32 19 6\nshow 56 12 33 62 108\nshow 32 19 6\nshow\nshow 31 8 92 25 98 60 35 78\nshow\nrel 0 0 1 0 0\nshow 71 103\npop 55\npop 32\npop 31\nshow 8 92 10 25 98 60 35 78\nshow 32 19 8 92 98 60 6 93 107 10 25 63 64 71 94 35 78\npop 8\nshow 32 19 8 92 98 60 6 93 107 10 25 63 64 71 94 35 78\nshow 92 10 25 98 60 35 78\nshow\nshow 32 19 31 8 92 98 60 6 93 10 25 64 71 94 35 78",
        ),
        (
            "clit A 39\nclit B 92\nclit3 C 60 92 12 10 89 82 28 85 78 106 64 31 41 20 36 19 110 69 0 81 14 98 39 55 61 36 22 20 13 88 4 78 97 6 94 58 95 74 61 14\nclit D \nadd C 50\nadd C 50\npop A\nadd A 100\nsym C C D\nshow D\nunion A C C\ndiscard B 58\ndiff D C A\nadd D 31\nadd B 94\ndiff C B B\ninter C A D\ndiscard B 53\nupdi C 12 30 108 21 69 102 0 32 22 90\ndiscard D 0\nadd A 24\nshow D\nadd B 38\npop A\npop A\nadd D 13\nunion C D C\nshow C\nadd D 88\nshow D\nupdi A 93 52\npop A\nshow D\nadd C 15\nadd C 19\nshow A\nadd C 62\ndiscard B 97\nsymu D A\ndiscard C 76\nclear B\ndiscard D 55\nadd D 96\nadd D 90\nunion C A C\nshow C\ndiscard B 2\ninteri B D 98 102 91\npop B\nadd C 29\nadd A 105\ndiscard A 24\nshow C\nshow D\ndiff D B A\ndiscard A 105\nshow C\nadd A 39\ndiscard C 79\ndiff D B D\ninter B D A\nshow A\nshow B\nshow C\nshow D",
            "pop 39\nshow\nshow 31\npop 0\npop 19\nshow 0 30 32 22 31 21 108 102 13 69 12 90\nshow 88 13 31\npop 85\nshow 88 13 31\nshow 88 92 41 50 22 6 93 106 89 97 20 10 39 74 69 82 13 61 4 78 31 98 55 14 60 52 58 28 95 81 64 12 24 94 36 110\nshow 0 19 88 21 92 41 108 50 22 90 6 93 106 89 97 20 15 10 39 74 69 82 13 61 4 78 30 32 31 62 102 98 55 14 60 52 58 28 95 81 64 12 24 94 36 110\npop 98\nshow 0 19 88 21 92 41 108 50 22 90 6 93 106 89 97 20 15 10 39 74 69 82 13 61 4 29 78 30 32 31 62 102 98 55 14 60 52 58 28 95 81 64 12 24 94 36 110\nshow 92 41 96 50 22 90 6 93 106 89 97 20 10 39 74 69 82 61 4 78 98 14 60 52 58 28 95 81 64 12 24 94 36 110\nshow 0 19 88 21 92 41 108 50 22 90 6 93 106 89 97 20 15 10 39 74 69 82 13 61 4 29 78 30 32 31 62 102 98 55 14 60 52 58 28 95 81 64 12 24 94 36 110\nshow 88 92 41 50 22 6 93 106 89 97 20 10 39 74 69 82 13 61 4 78 31 98 55 14 60 52 58 28 95 81 64 12 94 36 110\nshow\nshow 0 19 88 21 92 41 108 50 22 90 6 93 106 89 97 20 15 10 39 74 69 82 13 61 4 29 78 30 32 31 62 102 98 55 14 60 52 58 28 95 81 64 12 24 94 36 110\nshow",
        ),
        (
            "clit A 15 35 56\nclit B 109 24 95 62 29 79 99 90 21 40 89 16 98 30 12 61 105 4 16 82 36 51 100 94 102 7 46 49 76 79 13 64 3 51 0 93 42 86 72 107\nlit C 51 84 101 14 65 112 110 102 109 35 91 35\nclit D 77 28 26 36 11\npop B\nshow A\ndiff C A C\ndiscard A 78\ncopy B B\ndiff C D A\nadd B 4\nadd A 73\ninteru A C\nadd B 75\nadd B 38\ndiscard C 88\nadd C 82\nadd D 16\nsym A B A\ndiffu D D\nupdate A D\ninteri B B 108 8 91\nshow B\ndiff A D B\ndiscard C 100\nadd A 60\ndiff D D C\ndiscard C 101\nshow C\nsym D C C\ndiscard D 27\nrel A A\ndiscard D 108\nshow D\ndiff B B A\nclear A\ncopy D A\nadd A 32\nadd C 15\nunion C C A\nshow A\nshow B\nshow C\nshow D",
            "pop 0\nshow 15 35 56\nshow\nshow 26 77 28 82 11 36\nrel 1 1 0 1 0\nshow\nshow 32\nshow\nshow 36 82 32 26 15 11 77 28\nshow",
        ),
        (
            "lit A 4 76 40 0 59 40 17 104\nlit B 27 70 4 107 26\nlit C 28 53 39\nlit D 15 89 85\ndiff C C C\nunion A A B\nadd A 89\ndiscard A 30\nclear B\nclear A\nadd B 35\ndiff B A B\ninteri C C 65\ncopy D D\nadd D 36\nadd D 34\ndiscard D 100\nshow C\nshow A\ndiffui C 74 4 19 32 110 9 46 98 7 111\nadd C 112\nadd A 34\ndiscard B 69\nadd A 85\nupdi A 46 12 94\nshow D\nadd C 63\ndiscard A 25\npop C\nupdd D 81 39 29 82 49 96 13 3 94 112 34 52\nadd A 17\ndiscard D 33\nadd A 57\nadd B 3\ndiff D D B\nupdate C D\nunion B C C\ndiscard D 23\nupdate B B\nshow A\nadd C 5\nshow C\nrel D B\npop A\nrel A B\nshow D\nadd D 30\ninteru A B\nadd A 47\nshow A\nshow B\ndiff B A B\ndiscard B 104\nadd C 79\npop B\nrel B D\nclear C\ncopy A A\nadd A 82\nadd A 64\ndiscard A 102\ndiscard A 7\ninter D B C\ndiscard C 68\nunion C D A\nshow D\nadd D 89\nadd D 31\nshow B\nshow A\ndiffu D B\nupdi D 8 59\nshow B\nupdate A D\ndiscard D 80\ndiscard C 33\nshow A\nshow B\nshow C\nshow D",
            "show\nshow\nshow 34 89 15 85 36\npop 112\nshow 34 46 85 17 12 94 57\nshow 49 112 96 34 89 52 15 39 94 13 63 82 81 5 85 36 29\nrel 1 0 0 0 1\npop 34\nrel 0 0 0 0 0\nshow 49 85 112 96 34 89 52 15 39 13 82 81 94 36 29\nshow 94 85 47\nshow 49 112 96 34 89 52 15 39 94 13 63 82 81 85 36 29\npop 47\nrel 1 0 1 0 1\nshow\nshow\nshow 85 82 64 47 94\nshow\nshow 89 85 31 8 59 82 64 47 94\nshow\nshow 94 82 64 47 85\nshow 89 31 8 59",
        ),
        (
            "clit A 46 105 14 95 60\nclit B 73 106\nclit C \nclit D 101\nadd D 7\nshow B\nupdi A 105 8 77 62 27 100 75 69 0 24 101\nadd B 59\nadd A 68\nupdi B 80 68 76 72 70 67 13 109 31\ninter A B C\nadd B 27\ndiffui A 88 12 90 22 33 91 97 79 68\nrel A A\nupdd C 75\nadd B 101\nshow A\ninter D D C\npop B\ninteru C B\nadd C 25\nshow A\ndiscard D 83\nshow A\nadd A 45\nsym B B B\nshow A\nunion D C A\nshow B\ndiscard D 7\nsymu C A\npop D\nadd C 52\npop C\ninter D D B\nadd B 95\ncopy B D\nupdate C C\nsymu D A\nshow C\ncopy D B\ninter A B A\npop A\ndiscard A 20\nshow A\nadd D 81\nadd A 35\nadd A 55\ndiscard B 8\ninteru C C\ndiffui D 53\npop C\ndiscard A 69\nadd D 105\ninter A C A\nshow B\ndiscard A 83\ndiscard C 1\nshow A\ndiff D B D\nadd A 48\ndiff B C B\nadd C 92\nshow B\nupdi B 57 10 42 77 98 93\nshow A\nsym A A D\nupdi A 58 102 7 41\nrel B C\nshow C\nadd B 108\ndiffui C 93\nadd A 88\ninter C D D\ncopy C D\nshow C\ndiscard A 58\nupdate A D\npop A\ndiscard A 41\nadd B 67\ndiscard D 23\ndiff B C A\nadd C 53\nshow A\nshow B\nshow C\nshow D",
            "show 73 106\nrel 1 1 1 1 0\nshow\npop 80\nshow\nshow\nshow 45\nshow\npop 25\npop 52\nshow 25 45\npop none\nshow\npop 25\nshow\nshow\nshow 45\nshow 48\nrel 0 0 0 0 0\nshow 92 45\nshow\npop 88\nshow 48 102 7\nshow\nshow 53\nshow",
        ),
        (
            "lit A 1 90\nclit B 69 4 17 27 107 89 22 100 29 18 95 82 20 63 87 108 54 71 17 51\nclit3 C 83 62 3 59 100 76 71 9 28 31 89 18 70 98 65 54 71 8 11 13 9 87 92 105 89 31 92 26 81 20 103 112 30 76 1 52 23 65 24 23\nclit D 10 7 81 59 36 21 95 104 49 19 1 37\ninter B B A\ninter C A D\ndiff C C D\ndiffui D 74\ndiscard D 16\nshow D\nadd A 99\nsym D D B\npop C\nadd B 45\nadd B 86\nsym A D D\nadd D 10\ninter A B D\nunion B C D\nadd B 109\ninteri D A 16 27 12 4 104 80 70\nadd B 3\nsym D C A\nupdi A 54 21 92 45\ndiff B B B\nadd C 21\nshow D\ndiscard C 78\nrel D B\npop A\nadd D 78\nadd C 50\ninteri C C 104\nshow C\ndiffu B A\nupdate A A\ndiscard C 29\ndiscard C 64\nadd C 6\nadd D 14\npop A\nadd D 48\nadd B 98\ndiffu B C\nsymu A C\nadd C 69\ndiscard C 107\nshow A\nshow C\nadd A 110\ndiff D A B\nadd B 103\ndiffui C 104 67 70 35 18 31 19 76 68\nadd A 70\ndiscard A 29\nadd C 60\nadd D 98\nadd C 9\nshow B\nsymu A D\nsymu C C\nshow A\nshow B\nshow C\nshow D",
            "show 49 19 21 10 59 104 7 81 95 1 37 36\npop none\nshow\nrel 1 1 1 1 0\npop 21\nshow\npop 92\nshow 6 54 45\nshow 69 6\nshow 98 103\nshow 70 98\nshow 98 103\nshow\nshow 110 54 45 98 6",
        ),
        (
            "clit A 0 82 58 88 21 24 45 10 24 56 36 48 72 39 37 17 87 19 108 54\nlit B 5 83\nlit C 18 73 41 88 29\nclit D 36 112 25 108 88\ncopy D B\nsymu C A\nsym A A A\ndiff B D B\nadd C 47\nunion A B C\ndiscard C 33\ndiff D C B\ninter C C B\ninteru D D\ndiff A D B\nadd A 109\nshow A\nunion C B D\nclear C\ndiffui C 29 99 55 11\nshow D\ninteru B D\nshow A\nshow B\nclear B\nupdd B 71 82 16 31 55 42 51\nadd C 42\nadd B 36\nunion C A D\nshow B\ndiscard D 101\nadd C 13\ndiffu C D\nadd B 4\ndiffu D D\ninter B C A\nadd D 102\nadd A 99\nshow C\ndiscard C 101\npop A\npop B\nadd A 26\nupdi A 109 19\nshow A\nshow B\nupdate D B\ninter D B B\nrel C C\nadd A 54\ndiscard C 72\nadd C 109\nshow B\nadd D 111\nadd B 26\nadd D 26\ndiscard C 5\ndiffui C 29 32 5 75 17 88\nadd D 92\nshow A\nadd B 73\npop C\nclear D\npop A\nupdi D 40 23 4 51 45 0\nupdi B 33 48 46 52 87 25\ndiscard A 34\nadd D 25\nadd D 10\ndiscard C 9\nshow A\nadd D 24\ndiffui D \nrel D D\nshow B\ncopy A D\ndiscard D 92\npop B\nupdate A D\nshow C\ndiscard D 4\nshow A\nshow B\nshow C\nshow D",
            "show 0 19 17 72 21 54 41 108 45 37 47 18 56 73 58 10 39 48 82 24 109 87 36 29\nshow 0 19 17 72 21 54 41 108 45 37 47 18 56 73 58 10 39 48 82 24 87 36 29\nshow 0 19 17 72 21 54 41 108 45 37 47 18 56 73 58 10 39 48 82 24 109 87 36 29\nshow\nshow 82 55 31 16 42 71 36 51\nshow 13 109\npop 0\npop 109\nshow 19 17 72 21 54 41 108 45 37 99 47 18 56 26 73 58 10 39 48 82 24 109 87 36 29\nshow\nrel 1 1 0 1 0\nshow\nshow 19 17 72 21 54 41 108 45 37 99 47 18 56 26 73 58 10 39 48 82 24 109 87 36 29\npop 13\npop 19\nshow 17 72 21 54 41 108 45 37 99 47 18 56 26 73 58 10 39 48 82 24 109 87 36 29\nrel 1 1 0 1 0\nshow 46 26 73 52 48 25 87 33\npop 46\nshow 109\nshow 0 10 25 45 40 24 23 4 51\nshow 26 73 52 48 25 87 33\nshow 109\nshow 0 10 25 45 40 24 23 51",
        ),
        (
            "clit A 44 27 36 94 62\nclit B 40 26\nlit C 81 97 68 110 61 43 54 45\nlit D 12\npop B\ndiffui C 49 65 31 52\ninteru A B\ninteru B A\ninteru D B\nadd A 69\nadd A 14\nshow C\ndiff B A D\nshow C\npop C\nadd C 51\nupdd B 36 39 102\nupdate C A\ninteru D D\nunion C D A\nadd B 51\nadd A 17\ndiffu C D\ndiscard D 61\nshow A\npop B\nadd D 10\ncopy D A\nupdate D C\nadd A 32\nrel B C\ninter C B C\ncopy D B\nunion B D D\ndiscard D 97\nshow A\nshow B\nshow C\nshow D",
            "pop 26\nshow 97 54 45 43 81 68 61 110\nshow 97 54 45 43 81 68 61 110\npop 97\nshow 69 14 17\npop 102\nrel 0 1 0 0 0\nshow 69 32 14 17\nshow 69 14 39 36 51\nshow 69 14\nshow 69 14 39 36 51",
        ),
        (
            "clit A \nclit B 58 72\nclit C 67\nclit D 29\ninteri D B 31 81 54 26 26 64 53 64\ndiscard A 0\ndiscard A 82\nadd C 32\nadd A 71\nadd B 5\nadd D 8\nadd C 0\nrel A D\nclear D\nupdate D C\nclear C\ninter B D B\nadd B 78\nshow C\nadd C 37\nshow A\nadd A 76\nupdate D A\nadd A 86\nshow B\nshow A\nshow C\nadd B 88\nshow A\nadd D 65\ndiffu B C\npop A\nadd C 34\ninter C C B\nadd A 105\npop A\nupdd D 12 21 28 60 50 42 103\nrel B A\ninteru C D\nshow C\ndiffu A C\nunion B B B\nadd D 10\nadd B 78\ndiscard D 56\nrel D C\nsymu B D\nadd A 58\ndiscard A 70\nadd A 63\nadd A 74\nshow C\ndiscard B 88\nsym D A C\nunion B D D\ndiscard D 31\nupdi A 57 75 15 0 33 48 72 35 101 76 74 76 1 89\ninteri A B \nshow A\nshow B\nshow C\nshow D",
            "rel 0 0 1 0 0\nshow\nshow 71\nshow 78\nshow 71 86 76\nshow 37\nshow 71 86 76\npop 71\npop 86\nrel 0 0 1 0 0\nshow\nrel 0 1 1 0 0\nshow\nshow\nshow 105 63 76 58 74\nshow\nshow 58 74 105 63 76",
        ),
        (
            "clit3 A 105 65 96 69 30 27 76 75\nlit B 34 50\nclit C \nlit D 48\nadd A 44\npop B\nsym B D D\ncopy D C\nadd A 2\nadd C 11\nupdd B 85 20 38 45 6 87 66 2 107 69 91 7 37\nadd B 53\ndiff A B C\ndiscard D 31\ndiff C B A\ninteri C C 27 11 39 36 20 10 78 58 2\nadd A 92\nadd B 95\ndiscard D 111\nadd D 47\nadd B 107\nupdd D 60 106 62 82 16 7 81 1 52 42 98 103 93 86 46\nrel C C\nupdd C 74\ndiscard B 50\ndiscard B 30\ndiscard D 76\nshow A\ninteru D D\nsymu A B\nshow D\nadd B 94\nsym C A D\nadd B 111\nshow B\ndiscard B 57\ndiscard D 53\nsymu C A\nadd C 82\nadd B 72\nclear B\ndiscard A 67\ndiffu B A\ndiscard A 75\ndiff A C A\nshow A\nrel C D\ndiscard B 14\nsymu D B\ndiff C A A\nshow D\ndiscard D 109\nadd D 111\nshow A\ndiscard B 103\npop B\nshow A\nshow A\nshow B\nshow C\nshow D",
            "pop 34\nrel 1 1 1 1 0\nshow 87 20 66 107 92 38 45 2 91 69 7 37 53 85 6\nshow 103 62 98 1 86 60 47 93 106 46 16 52 82 7 81 42\nshow 87 20 66 107 38 111 45 2 91 94 69 7 37 95 53 85 6\nshow 103 62 98 1 86 60 47 93 106 46 16 52 82 7 81 42\nrel 1 1 0 1 0\nshow 103 62 98 1 86 60 47 93 106 46 16 52 82 7 81 42\nshow 103 62 98 1 86 60 47 93 106 46 16 52 82 7 81 42\npop none\nshow 103 62 98 1 86 60 47 93 106 46 16 52 82 7 81 42\nshow 103 62 98 1 86 60 47 93 106 46 16 52 82 7 81 42\nshow\nshow\nshow 103 62 98 1 86 60 47 93 106 46 16 52 111 82 7 81 42",
        ),
        (
            "clit A 99 67 71 112 13 22 7 65 49 75 6 4 90 108 50 22 34 38 76 95\nlit B 73 42\nclit C 65 37 91 12 99\nclit D 103 30\ndiscard C 44\npop D\ndiff C C A\npop C\ndiscard A 49\ninter C A B\ndiscard B 58\npop B\ndiscard A 97\nshow C\npop C\nadd A 111\nunion C D C\nupdate A D\nadd C 10\nadd B 100\npop B\ndiscard C 38\ncopy C C\ninteri A B 82 93 104 8 56 112\nadd A 108\nshow D\nclear C\ndiff B B C\nadd D 30\nupdd D \ninteru B B\nadd A 35\nadd C 102\nupdd D 21 85 84 8 39 29 44 73 34 107 66 99 75\ndiscard C 50\ndiff D C D\npop D\nshow A\ndiscard B 98\ndiscard B 24\nshow A\nadd D 56\npop B\ndiscard B 72\nadd D 97\npop B\nshow C\ninter C C D\nadd A 90\nadd A 73\nadd C 99\nsymu D D\ndiscard D 54\npop B\ndiscard D 93\nadd A 36\nshow B\npop D\nadd D 21\nupdate A D\nupdi D 76 106 72 26 51\nshow A\nshow B\nshow C\nshow D",
            "pop 30\npop 91\npop 73\nshow\npop none\npop 42\nshow 103\npop 102\nshow 35 108\nshow 35 108\npop 100\npop none\nshow 102\npop none\nshow\npop none\nshow 73 21 108 35 90 36\nshow\nshow 99\nshow 106 26 72 21 76 51",
        ),
    ];
    const TUP_SCENARIOS: &[(&str, &str)] = &[
        (
            "lit A 74 28 61 0 81\nclit B 67 20 10 77 0 63 64 10 44 75 16 51\nclit C 24 86 41 34 60 86 67 71\nclit D 19 86 68 7 1 42 65 44 14 14 70 15 85 52 52 10 7 6 57 72\nshow C\nupdd A 46 27 9 2 11\nshow D\nsymu B D\nadd C 69\nadd A 12\nshow D\ndiscard A 19\nsym C C C\ndiff A B D\nadd C 9\nadd D 25\nadd B 6\nclear A\nadd C 63\ndiscard B 7\ndiscard D 9\nupdate B C\nadd C 44\nupdd C 17 76 83 6 1 49 22 66 27\nadd D 66\nsym D D A\nadd D 8\ninteru A B\nunion A B B\nadd C 32\nunion D C C\nupdd D 11 45 15 12 20 61 9 66 62 74 48 56\ncopy D A\nadd A 40\nshow A\nadd B 17\ndiscard A 41\nadd B 82\nadd C 32\npop D\ncopy C C\ndiscard D 25\ndiffu B B\nadd D 11\nupdi C 87 24 71 53 27 86 34\nupdate B B\nunion D D B\nshow D\ndiffui C 83 59 38 18 59 77 40\nshow A\nadd C 28\ndiff D D D\nrel A C\nrel D A\nshow B\ndiffui D 72 61 46 50\nadd D 84\nunion C B A\ndiscard A 4\nshow C\nadd B 44\nshow A\nshow B\nshow C\nshow D",
            "show 71 86 24 34 41 60 67\nshow 7 10 19 44 65 85 68 14 42 72 6 15 86 1 52 70 57\nshow 7 10 19 44 65 85 68 14 42 72 6 15 86 1 52 70 57\nshow 16 19 0 65 85 68 14 20 42 72 51 63 6 15 9 40 86 1 52 64 77 75 70 67 57\npop 16\nshow 19 65 85 68 57 11 14 20 42 72 51 63 6 15 9 86 1 52 64 77 75 70 67 0\nshow 16 19 0 65 85 68 14 20 42 72 51 63 6 15 9 40 86 1 52 64 77 75 70 67 57\nrel 0 0 0 0 0\nrel 1 0 1 0 1\nshow\nshow 16 19 0 65 85 68 14 20 42 72 51 63 6 15 9 40 86 1 52 64 77 75 70 67 57\nshow 16 19 0 65 85 68 14 20 42 72 51 63 6 15 9 40 86 1 52 64 77 75 70 67 57\nshow 44\nshow 16 19 0 65 85 68 14 20 42 72 51 63 6 15 9 40 86 1 52 64 77 75 70 67 57\nshow 84",
        ),
        (
            "lit A 17 22 36 25 3 76 63 27 64 13 88 65\nlit B 81 63 37 32 45 13 4 86 57 8 54 2\nclit C 52 18 63 17 21 11 46 30 18 78 87 72\nclit D 57 18 24 69 9 18 75 7 27 30 11 68 39 13 45 48 39 19 62 51 11 48 46 68 87 81 33 42 11 18 17 82 43 80 88 11 32 17 39 57\nadd C 87\nadd A 2\nunion B D D\nrel C D\ndiscard C 52\nupdate C A\nshow B\nshow C\nshow D\nadd C 33\nadd A 80\ndiscard C 78\nadd D 2\ninter A D C\nadd B 54\ndiff C D C\nshow D\ninteri D C \ndiff B D D\nadd B 37\nadd A 80\ndiff A B A\ndiscard C 66\npop B\ndiff D D A\nadd C 30\nunion D D B\nshow A\nshow A\nshow B\nshow C\nshow D",
            "rel 0 0 0 0 0\nshow 81 7 13 87 19 62 82 68 11 24 32 27 17 39 45 48 42 51 69 88 9 18 30 43 33 46 75 80 57\nshow 13 87 65 11 27 17 72 63 88 76 78 2 22 3 18 30 25 21 46 64 36\nshow 81 7 13 87 19 62 82 68 11 24 32 27 17 39 45 48 42 51 69 88 9 18 30 43 33 46 75 80 57\nshow 81 7 13 87 19 62 82 68 11 24 32 27 17 39 45 48 42 51 69 88 9 2 18 30 43 33 46 75 80 57\npop 37\nshow 37\nshow 37\nshow\nshow 81 82 24 69 30 43 7 19 62 68 32 39 45 48 42 51 9 75 80 57\nshow",
        ),
        (
            "clit A 33 8 27 20 40 82 43 11 0 18 70 78\nlit B 65 3 70 46 72 76 47 36 5 45 6 75 14 68 20 55 22 35 4 14\nlit C 2\nlit D 72 27 68 50 13 62 43 65 77 30 13 11 54 51 75 24 20 48 8 68 71 36 37 55 21 84 25 42 82 43 13 80 49 26 44 63 0 54 54 81\nclear B\nupdd D 17 88 20\nshow C\nupdi A 22 25\nunion C B B\nshow D\ndiscard C 41\nupdd A \nunion A C C\nupdate D C\nshow B\nsym D C B\nadd B 51\ndiscard C 39\ninteri C C 49\ndiscard D 3\nadd D 72\nadd A 54\ninteru D D\nadd D 42\nshow B\nadd C 47\nunion B A D\npop D\nadd A 11\ndiscard D 28\nadd A 72\nshow C\ndiscard D 61\nadd B 55\nsym D B D\ndiscard B 7\ninter C B B\ninter A D C\ninter D B D\ndiffu B D\ninter A C D\ndiscard C 10\nshow D\nupdd C 64 10 37 13 27 39\nupdd D 54 6 30 44 20 58 10 66 37 78 63 38 41 44\nadd C 79\nunion C A C\nshow C\nupdi C 25 67 52 45 25 48 78 22 78 29 9 10 51 49 19\nshow D\nadd B 8\ndiff C B B\nadd C 49\nadd A 70\nadd C 83\nupdi A 5 49 16 11 28 43 45 21 65 32 85 79 6 27\nadd B 14\nunion A A C\nshow A\nshow B\nshow C\nshow D",
            "show 2\nshow 81 37 50 44 82 8 11 24 20 27 17 84 63 30 43 77 36 49 71 13 26 55 62 65 68 48 72 42 51 88 25 21 75 54 80 0\nshow\nshow 51\npop 72\nshow 47\nshow 72 55 54\nshow 72 42 13 10 79 55 37 64 54 27 39\nshow 38 10 41 55 37 44 58 20 72 66 63 6 78 30 54\nshow 16 79 55 65 85 11 5 32 27 45 72 6 43 21 28 54 49 70 83\nshow 42 14 8\nshow 49 83\nshow 38 10 41 55 37 44 58 20 72 66 63 6 78 30 54",
        ),
        (
            "clit A 54 9 53 68 11 54 30 85 58 40 14 1\nclit B 12 39\nclit C 79 17 36 32 29\nclit D 2 52 81 67 77\nsym B A A\nadd B 53\npop D\nsym C B C\nshow C\ndiffu C B\ninteru D D\ninteri A C 67 85 70\nadd A 64\ndiffu C A\ninteri B A 51\npop A\nrel B C\nshow D\nupdd C 61 64 9 35 77 49 41 60 39\nupdi D 0 59 4 81 80 55 63 50\nupdate D B\nunion C C B\nunion A C D\ndiscard B 67\nshow C\ndiff A B C\nadd D 58\ninter B B D\nsymu D A\ninteri C A \nunion A C D\ndiscard B 85\nshow C\nadd C 24\npop A\npop B\ndiff C D D\nshow B\nadd D 26\ninteri C D 68 6 55 57\nshow A\nadd D 35\nshow A\nshow B\nshow C\nshow D",
            "pop 81\nshow 36 79 29 32 17 53\npop 64\nrel 1 0 1 0 1\nshow 67 2 52 77\nshow 79 29 41 39 9 60 61 77 64 36 49 32 17 35\nshow\npop 81\npop none\nshow\nshow 63 59 55 50 2 4 58 52 77 80 67 0\nshow 63 59 55 50 2 4 58 52 77 80 67 0\nshow\nshow 55\nshow 81 26 63 59 55 50 2 4 58 52 77 80 67 0 35",
        ),
        (
            "lit A 67 4 26 72 13 33 43 20 57 71 46 68 63 5 39 74 8 19 31 83 70 20 16 13 12 22 58 63 43 20 33 75 49 77 47 65 1 57 28 60\nclit B 9 6 54 18 53 48 68 69 43 7 53 58 57 86 5 77 68 45 7 55 27 9 46 45 28 10 40 80 30 38 12 85 51 35 88 74 15 68 54 47\nlit C 13 78 42 30 73 20 39 58 41 16 88 16 40 86 45 47 33 51 21 20\nlit D 57 66 24 39 71 53 16 76 12 75 39 46 37 47 63 15 2 78 73 76 31 6 18 76 60 33 3 52 84 81 68 63 38 71 42 80 70 62 73 28\nunion A C D\npop B\ndiscard C 15\nshow B\npop C\ndiscard D 3\ndiscard B 64\nunion A A D\nupdate B D\nadd C 25\ndiscard A 48\ndiscard B 82\ndiff B A A\nadd C 8\nupdd D 32 82 65 42\ndiffui A 36 50 20 55 47 66 1 3\nadd C 23\ndiscard C 81\npop D\nadd B 86\nrel C C\nshow B\nsymu D A\nupdi B 58 39 86 76 28 7 74 83 7 0 62 47 83 51\npop C\ninter C A D\nrel B A\nadd A 4\nshow C\nshow A\npop C\nshow C\nsymu C B\ncopy D C\npop C\nadd A 54\nunion A D C\nadd C 57\nadd A 66\nshow C\nsymu C C\nadd A 23\ndiscard D 7\ninteru A A\ncopy C A\nsym B D A\nunion B A B\ninteri C C 63\ndiscard C 65\nadd D 85\npop C\nshow C\nadd A 44\nshow C\nshow D\ndiscard D 9\npop C\nadd B 20\ndiff A A D\ndiscard C 1\nadd C 28\ndiscard C 49\nclear A\nadd A 11\ndiscard B 79\npop A\nadd C 17\nshow D\nadd C 3\nadd C 45\nadd A 52\nsymu B C\nupdd A 74\ndiscard C 76\nadd B 46\nshow A\nshow B\nshow C\nshow D",
            "pop 38\nshow 47 53 27 69 40 30 43 46 77 7 10 55 58 85 68 74 5 45 35 48 51 88 6 15 9 18 12 86 28 54 80 57\npop 42\npop 81\nrel 1 1 0 1 0\nshow 86\npop 41\nrel 0 0 0 0 0\nshow 81 13 51 88 41 58 40 30 86 21 45\nshow 81 38 37 73 24 84 63 4 40 30 52 13 16 58 39 51 6 78 18 12 86 75 60 57 41 31 53 76 33 46 70 71 62 68 45 42 88 15 2 21 28 80\npop 81\nshow 13 51 88 41 58 40 30 86 21 45\npop 13\nshow 41 47 76 40 30 7 62 0 74 39 45 88 21 28 57 83\npop none\nshow\nshow\nshow 13 41 62 47 85 74 39 45 88 76 40 30 21 28 0 83\npop none\npop 11\nshow 13 41 62 47 85 74 39 45 88 76 40 30 21 28 0 83\nshow 52 74\nshow 7 13 23 41 62 47 74 20 39 17 66 88 76 3 40 30 21 46 0 83\nshow 45 17 28 3\nshow 13 41 62 47 85 74 39 45 88 76 40 30 21 28 0 83",
        ),
        (
            "lit A 21 87\nclit B 2\nlit C 0 80 53 24 12\nclit D 80 83 69\ndiffui C 68 88 70 15 59 72 80 50\npop B\ndiscard C 78\nadd C 3\nadd D 18\nadd D 33\npop B\ndiscard A 41\nshow C\ninteri D C 18 35 44 88 1 3 73 55 10 16\nadd B 84\ndiscard B 6\npop C\ndiff C D C\ncopy D C\nshow A\nadd A 66\npop C\nadd C 79\nunion A C D\ninteru A B\nshow A\nsymu D D\nshow C\ndiscard D 1\nshow B\nadd D 85\ndiscard C 73\nshow C\ndiscard C 15\nshow A\nshow B\nshow C\nshow D",
            "pop 2\npop none\nshow 3 53 12 24 0\npop 3\nshow 21 87\npop 3\nshow\nshow 79\nshow 84\nshow 79\nshow\nshow 84\nshow 79\nshow 85",
        ),
        (
            "clit A 50 2 26\nlit B 78 18 43 11 63\nlit C \nclit D \ndiscard A 24\ndiff C D D\nadd A 75\nadd B 44\nshow C\ncopy D B\ndiff B B A\ndiscard C 18\nshow B\nshow C\nadd A 21\nunion C A B\nshow B\nsymu C A\nadd D 37\ndiffu B D\nadd D 7\nshow B\nsymu D C\ndiscard B 78\nrel B C\ndiffu A C\npop B\nsymu C B\ninter A D C\nshow A\nupdi D 49\nsymu B C\nshow D\ninter A C C\nshow A\ndiff C C A\nclear A\ndiff A A A\nupdate C C\nshow C\ndiscard C 2\ndiffu B B\ndiff C A C\nadd C 37\ndiscard A 37\nshow D\ndiscard C 5\nshow C\nshow A\ncopy D D\nadd A 34\nadd B 16\ndiscard D 56\nrel B C\nadd A 1\nupdd B 13 88 87 52 80 32 56 14\nrel A A\nshow A\nadd A 86\nadd A 43\nadd B 4\nrel B B\ndiscard B 24\ndiscard C 8\ndiff B D D\nadd D 6\ndiff D A C\nrel C A\nshow B\ndiscard C 51\nadd C 62\nshow B\nadd B 34\nadd D 14\nadd C 60\npop A\nrel B B\ndiscard C 14\nshow D\nsym B C B\nadd B 25\nshow A\nshow B\nshow C\nshow D",
            "show\nshow 63 78 44 18 43 11\nshow\nshow 63 78 44 18 43 11\nshow\nrel 1 0 1 0 1\npop none\nshow\nshow 7 49 37\nshow 43 63 11 78 44 18\nshow\nshow 7 49 37\nshow 37\nshow\nrel 0 0 1 0 0\nrel 1 1 0 1 0\nshow 1 34\nrel 1 1 0 1 0\nrel 0 0 1 0 0\nshow\nshow\npop 86\nrel 1 1 0 1 0\nshow 34 86 1 43 14\nshow 1 43 34\nshow 34 37 62 25 60\nshow 60 37 62\nshow 34 86 1 43 14",
        ),
        (
            "lit A \nclit B 4 62 57 61 31 59 59 35\nclit C 75 24\nlit D 15\nsym C D B\nshow B\nshow A\ninteri D A 53 56 67\nadd B 69\ndiffu D C\nsym C B A\ninteri C A 40 7 41 87 16 88 28 31 3\ninter C B A\npop B\ndiscard B 73\nshow C\nshow D\nadd B 38\nshow B\nadd A 78\nadd B 47\nshow B\nshow A\ndiffui C 34 46\nunion B A A\ndiscard D 21\nshow A\nclear B\nadd C 8\ninteru A B\ninteri B B 78 78 71 34 37 77 7 71 81 47\nadd B 8\ndiffu D C\nadd D 71\ndiscard C 81\nshow D\nshow D\nunion B A C\ndiscard A 51\nunion A B A\nshow C\npop C\nunion A A A\nshow A\nshow D\nclear D\nadd C 22\ndiscard B 53\nadd B 36\nupdate C A\nrel D C\ninter B D C\nsymu D D\nshow C\ndiscard C 7\nshow A\ndiscard C 37\nclear B\ninteru C B\nadd B 79\nadd A 75\nadd D 78\ndiscard A 85\nshow A\nshow B\nshow C\nshow D",
            "show 61 57 59 31 62 4 35\nshow\npop 61\nshow\nshow\nshow 38 31 62 35 69 59 4 57\nshow 38 31 62 47 35 69 59 4 57\nshow 78\nshow 78\nshow 71\nshow 71\nshow 8\npop 8\nshow 8\nshow 71\nrel 1 0 1 0 1\nshow 8 22\nshow 8\nshow 8 75\nshow 79\nshow\nshow 78",
        ),
        (
            "lit A 2 53\nclit B \nclit C 24 71 88 52 8\nlit D 13 18 85 71 6 9 18 59 22 4 75 4 15 38 67 84 33 78 53 81 76 88 6 45 52 72 75 28 50 6 30 59 53 84 27 70 70 29 54 0\npop D\ninter A B C\nadd C 10\nupdi A 79 67 55 50 49 68 47 49 10 35\ndiscard C 78\nshow D\ncopy B C\npop D\npop D\ndiscard C 68\npop D\npop B\nadd D 21\nadd B 71\nshow B\nadd A 37\ndiscard A 35\ninter B C D\nadd C 85\nadd C 39\nadd C 26\nadd A 40\nadd D 4\nshow A\nadd A 62\nadd C 23\ninter D D C\ncopy C C\ndiscard B 27\nupdi B 85 17 47 35 4 12 69 22 45 54 23 42 42 88\ndiscard A 74\nadd A 33\nsymu C B\nadd C 77\ndiscard B 86\nshow C\nadd C 9\nupdi A 81 62 68 56 23 21 1 35 10 51 20 15 50\nshow C\ndiscard A 32\nupdate C D\nadd D 50\nupdate A B\ninter B A A\nshow A\nshow B\nshow C\nshow D",
            "pop 81\nshow 38 50 53 27 84 59 76 4 30 33 52 70 71 13 29 85 45 72 88 6 15 9 22 78 18 28 75 54 67 0\npop 38\npop 50\npop 53\npop 71\nshow 71 8 10 52 88 24\nshow 10 79 55 50 37 47 40 68 49 67\nshow 26 10 47 8 77 24 17 39 45 35 42 69 22 4 12 54\nshow 26 10 47 8 77 24 17 39 45 35 42 69 9 22 4 12 54\nshow 81 37 50 47 20 17 56 69 4 40 1 33 52 49 71 10 23 79 55 62 85 68 45 35 42 51 88 15 22 12 21 54 67\nshow 81 37 50 47 20 17 56 69 4 40 1 33 52 49 71 10 23 79 55 62 85 68 45 35 42 51 88 15 22 12 21 54 67\nshow 71 26 10 47 85 8 77 24 17 39 45 35 42 69 88 9 22 4 12 52 54\nshow 71 88 50 85 52",
        ),
        (
            "lit A 56 13 21 69 71 87 5 22 65 54 76 76\nlit B 0 29\nlit C 5 36 82 56 5\nlit D \nadd B 73\nrel A A\nshow D\ndiscard A 67\nadd D 59\nadd B 41\ndiffu D A\nadd D 79\nshow B\nshow C\ndiscard D 20\nrel A C\nadd D 55\nadd D 73\nadd B 80\nadd C 66\ndiscard B 61\nrel C D\nadd B 22\nadd C 21\nclear A\npop D\nclear D\nupdi D 51 50 63 1 26 41 81 12 41 66\ndiff B D A\nrel B D\nsymu A A\ninter B C C\nshow B\nclear A\nadd A 2\ndiscard D 0\ndiffu B D\nupdi D 5 12 18 85 46 58 81\nadd B 34\nshow C\nadd A 45\ndiscard A 12\nadd B 36\ndiscard B 18\nshow D\nshow A\nrel A B\nshow C\ncopy C A\npop C\nadd B 9\nadd B 16\npop A\npop A\ndiscard B 47\nshow A\nadd D 18\nsym C B A\nadd D 61\nshow A\nshow B\nshow C\nshow D",
            "rel 1 1 0 1 0\nshow\nshow 73 0 29 41\nshow 82 5 56 36\nrel 0 0 0 0 0\nrel 0 0 1 0 0\npop 55\nrel 1 1 0 1 0\nshow 66 56 21 36 5 82\nshow 66 56 82 21 36 5\nshow 81 66 26 51 63 41 50 58 18 12 85 1 46 5\nshow 2 45\nrel 0 0 1 0 0\nshow 66 56 82 21 36 5\npop 2\npop 2\npop 45\nshow\nshow\nshow 16 34 82 5 56 9 21 36\nshow 56 16 34 9 82 21 36 5\nshow 81 66 26 51 63 41 50 58 18 12 85 1 61 46 5",
        ),
        (
            "lit A 60 73 68 85 33 33 17 83 5 71 56 28\nclit B 4 29 53\nclit C 28 56 66 57 38 1 47 11 36 27 46 67 42 47 30 87 62 62 17 4\nlit D 73 21 19\ninteri D B 52 25 56 11 57 17 16 82 69 87\nshow C\ndiscard D 10\ndiscard D 65\nclear C\nshow A\ndiscard B 37\nshow B\nadd A 50\nrel A D\ndiscard C 35\ndiffui B 27 64 87 54 56 21 51 64 16 39\nadd D 49\nclear C\npop D\nadd B 76\nshow D\nunion C A A\nshow D\nupdi B 17 43 7 20 77 88 65 28 83 74\nadd C 56\nshow B\nadd D 3\ndiscard D 70\nupdate C D\ndiscard C 25\ninter A A D\ndiscard D 23\nshow C\nadd B 63\nshow B\nrel B D\nsym D A D\ninter C D B\ninteri D A 37 9\ndiffui D 54 44 75 71 79\nsym D A D\nshow C\nshow A\nshow B\nshow C\nshow D",
            "show 38 87 62 47 11 27 17 42 66 56 4 30 1 28 46 36 67 57\nshow 71 56 85 33 73 68 28 60 5 17 83\nshow 29 4 53\nrel 0 1 1 0 0\npop 49\nshow\nshow\nshow 7 29 88 76 4 53 65 43 28 74 77 20 17 83\nshow 71 56 50 3 85 33 73 68 28 60 5 17 83\nshow 7 63 29 88 76 4 53 65 43 28 74 77 20 17 83\nrel 0 0 1 0 0\nshow\nshow\nshow 7 63 29 88 76 4 53 65 43 28 74 77 20 17 83\nshow\nshow",
        ),
        (
            "lit A 11 8 68\nclit B 43 85 51 73 15 24 23 42 10 17 52 73\nclit C \nlit D 88\ncopy D A\ndiscard B 78\nrel D D\nadd D 12\ndiffu C D\nshow D\nsym D A A\ndiffui D 78 73 67 11 76 69 26 63\nsymu C C\nadd D 49\npop B\nadd C 5\nadd A 21\nshow B\ninteru D C\ndiscard D 49\ndiscard D 15\npop D\ndiscard D 6\nshow A\nshow C\nunion D D A\nshow C\nrel D B\nadd C 48\nclear C\nshow C\nadd C 54\npop B\npop B\ndiscard D 47\nrel A B\ninteru C A\ndiscard D 48\nunion C B B\ndiscard B 2\nadd B 44\nupdi D 39 46\nadd B 39\ninteru A A\nupdi B 39 30 42 16 44 85 74 33 28 32 44 42\ndiscard A 52\nsym B C B\nadd C 58\ninteru B C\nshow A\ndiscard A 80\npop D\ndiscard D 31\nadd C 16\ndiffui A 66 5\nadd B 3\ninteru D D\ndiscard D 57\npop B\nshow D\nshow C\ninter B D A\nadd D 25\ndiff D B B\nunion C B D\nsym B D D\nclear C\nupdd C 16 79 74 79 41 57 68 79 53 28 11\nupdd C 6 21 26 44 5 26 61 26\ndiscard A 38\ndiffui C 41 14 35 42\ninter D D C\nshow A\npop B\nsymu D B\ndiff C B C\nshow A\nshow A\nshow B\nshow C\nshow D",
            "rel 1 1 0 1 0\nshow 8 68 11 12\npop 42\nshow 51 10 23 15 85 43 73 52 24 17\npop none\nshow 21 8 68 11\nshow 5\nshow 5\nrel 0 0 1 0 0\nshow\npop 51\npop 10\nrel 0 0 1 0 0\nshow 21 8 68 11\npop 21\npop 3\nshow 8 68 46 11 39\nshow 16 23 15 58 85 43 73 52 24 17\nshow 21 8 68 11\npop none\nshow 21 8 68 11\nshow 21 8 68 11\nshow\nshow\nshow",
        ),
    ];
    const STR_POOL: &[&str] = &[
        "",
        "a",
        "b",
        "c",
        "ab",
        "ba",
        "hello",
        "world",
        "caf\u{e9}",
        "\u{4e2d}",
        "\u{1f600}",
        "xxxxxxxxxxxxxxxxxxxx",
        "key1",
        "s0",
        "s1",
        "s2",
        "s3",
        "s4",
        "s5",
        "s6",
        "s7",
        "s8",
        "s9",
        "s10",
        "s11",
        "s12",
        "s13",
        "s14",
        "s15",
        "s16",
        "s17",
        "s18",
        "s19",
        "s20",
        "s21",
        "s22",
        "s23",
        "s24",
        "s25",
        "s26",
        "s27",
        "s28",
        "s29",
        "s30",
        "s31",
        "s32",
        "s33",
        "s34",
        "s35",
        "s36",
        "s37",
        "s38",
        "s39",
        "s40",
        "s41",
        "s42",
        "s43",
        "s44",
        "s45",
        "s46",
        "s47",
        "s48",
        "s49",
        "s50",
        "s51",
        "s52",
        "s53",
        "s54",
        "s55",
        "s56",
        "s57",
        "s58",
        "s59",
        "\u{e9}0",
        "\u{e9}1",
        "\u{e9}2",
        "\u{e9}3",
        "\u{e9}4",
        "\u{e9}5",
        "\u{e9}6",
        "\u{e9}7",
        "\u{e9}8",
        "\u{e9}9",
        "\u{e9}10",
        "\u{e9}11",
        "\u{e9}12",
        "\u{e9}13",
        "\u{e9}14",
        "\u{e9}15",
        "\u{e9}16",
        "\u{e9}17",
        "\u{e9}18",
        "\u{e9}19",
        "0-y",
        "1-y",
        "2-y",
        "3-y",
        "4-y",
        "5-y",
        "6-y",
        "7-y",
        "8-y",
        "9-y",
        "10-y",
        "11-y",
        "12-y",
        "13-y",
        "14-y",
        "15-y",
        "16-y",
        "17-y",
        "18-y",
        "19-y",
    ];
    const TUP_POOL: &[&[i64]] = &[
        &[],
        &[1],
        &[1, 2, 3],
        &[-1],
        &[-2],
        &[9223372036854775807, -9223372036854775808],
        &[0, 0],
        &[0, 1],
        &[0, 2],
        &[0, 3],
        &[0, 4],
        &[0, 5],
        &[0, 6],
        &[0, 7],
        &[1, 0],
        &[1, 1],
        &[1, 2],
        &[1, 3],
        &[1, 4],
        &[1, 5],
        &[1, 6],
        &[1, 7],
        &[2, 0],
        &[2, 1],
        &[2, 2],
        &[2, 3],
        &[2, 4],
        &[2, 5],
        &[2, 6],
        &[2, 7],
        &[3, 0],
        &[3, 1],
        &[3, 2],
        &[3, 3],
        &[3, 4],
        &[3, 5],
        &[3, 6],
        &[3, 7],
        &[4, 0],
        &[4, 1],
        &[4, 2],
        &[4, 3],
        &[4, 4],
        &[4, 5],
        &[4, 6],
        &[4, 7],
        &[5, 0],
        &[5, 1],
        &[5, 2],
        &[5, 3],
        &[5, 4],
        &[5, 5],
        &[5, 6],
        &[5, 7],
        &[6, 0],
        &[6, 1],
        &[6, 2],
        &[6, 3],
        &[6, 4],
        &[6, 5],
        &[6, 6],
        &[6, 7],
        &[7, 0],
        &[7, 1],
        &[7, 2],
        &[7, 3],
        &[7, 4],
        &[7, 5],
        &[7, 6],
        &[7, 7],
        &[1, -1, 1099511627776],
        &[2, -2, 2199023255552],
        &[3, -3, 3298534883328],
        &[4, -4, 4398046511104],
        &[5, -5, 5497558138880],
        &[6, -6, 6597069766656],
        &[7, -7, 7696581394432],
        &[8, -8, 8796093022208],
        &[9, -9, 9895604649984],
        &[10, -10, 10995116277760],
        &[11, -11, 12094627905536],
        &[12, -12, 13194139533312],
        &[13, -13, 14293651161088],
        &[14, -14, 15393162788864],
        &[15, -15, 16492674416640],
        &[16, -16, 17592186044416],
        &[17, -17, 18691697672192],
        &[18, -18, 19791209299968],
        &[19, -19, 20890720927744],
    ];
}
