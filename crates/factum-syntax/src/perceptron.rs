//! Averaged perceptron over hashed features, with sparse per-feature class rows.
//!
//! [`Trainer`] holds the weights being learnt plus the running sums for averaging (the
//! "lazy update" trick: each weight remembers when it last changed, so averaging costs
//! nothing per instance). [`Weights`] is the frozen, averaged, pruned model used at run time:
//! an open-addressing table from feature key to a run of `(class, weight)` entries. A
//! perceptron feature is only ever updated for the classes it was wrong or right about, so
//! rows are short even with a hundred classes, which keeps the model small and scoring fast.

use std::collections::HashMap;

use crate::binio::{Reader, Writer};
use crate::error::Result;
use crate::hash::IdBuild;
use crate::hugebuf::{HugeBuf, Zeroable};

/// The index of the highest score (the first of equal ones): the class a model picks.
pub fn argmax<T: PartialOrd>(scores: &[T]) -> usize {
    let mut best = 0;
    for (i, s) in scores.iter().enumerate() {
        if *s > scores[best] {
            best = i;
        }
    }
    best
}

/// A model whose decisions are one table of [`Weights`] (the parser's transitions, the
/// labeller's relations): what pruning and the size report need of it.
pub trait Linear: Clone {
    fn weights(&self) -> &Weights;
    fn weights_mut(&mut self) -> &mut Weights;

    /// A copy with weights below `min` in magnitude dropped.
    fn pruned(&self, min: f32) -> Self {
        let mut copy = self.clone();
        *copy.weights_mut() = self.weights().pruned(min);
        copy
    }

    fn memory_bytes(&self) -> usize {
        self.weights().memory_bytes()
    }
}

/// `impl Linear` for a model whose `weights` field holds its [`Weights`].
macro_rules! linear {
    ($model:ty) => {
        impl crate::perceptron::Linear for $model {
            fn weights(&self) -> &crate::perceptron::Weights {
                &self.weights
            }

            fn weights_mut(&mut self) -> &mut crate::perceptron::Weights {
                &mut self.weights
            }
        }
    };
}
pub(crate) use linear;

#[derive(Clone, Copy)]
struct Entry {
    class: u16,
    weight: f32,
    total: f64,
    stamp: u64,
}

/// Weights under training.
pub struct Trainer {
    n_classes: usize,
    index: HashMap<u64, u32, IdBuild>,
    rows: Vec<Vec<Entry>>,
    instances: u64,
}

impl Trainer {
    pub fn new(n_classes: usize) -> Trainer {
        Trainer {
            n_classes,
            index: HashMap::default(),
            rows: Vec::new(),
            instances: 0,
        }
    }

    pub fn n_classes(&self) -> usize {
        self.n_classes
    }

    /// Add the current (not averaged) score of every class to `out`.
    pub fn scores(&self, features: &[u64], out: &mut [f32]) {
        out.iter_mut().for_each(|s| *s = 0.0);
        for f in features {
            if let Some(&r) = self.index.get(f) {
                for e in &self.rows[r as usize] {
                    out[e.class as usize] += e.weight;
                }
            }
        }
    }

    /// Count one training instance (for averaging); call once per decision.
    pub fn tick(&mut self) {
        self.instances += 1;
    }

    /// Add `delta` to the weight of `class` for every feature.
    pub fn update(&mut self, features: &[u64], class: usize, delta: f32) {
        let now = self.instances;
        for f in features {
            let next = self.rows.len() as u32;
            let r = *self.index.entry(*f).or_insert(next);
            if r == next {
                self.rows.push(Vec::new());
            }
            let row = &mut self.rows[r as usize];
            match row.iter_mut().find(|e| e.class as usize == class) {
                Some(e) => {
                    e.total += (now - e.stamp) as f64 * f64::from(e.weight);
                    e.stamp = now;
                    e.weight += delta;
                }
                None => row.push(Entry {
                    class: class as u16,
                    weight: delta,
                    total: 0.0,
                    stamp: now,
                }),
            }
        }
    }

    /// The averaged weights, dropping entries whose magnitude is below `prune`.
    pub fn average(&self, prune: f32) -> Weights {
        let now = self.instances.max(1);
        let mut rows: Vec<(u64, Vec<(u16, f32)>)> = Vec::with_capacity(self.index.len());
        for (&key, &r) in &self.index {
            let mut row: Vec<(u16, f32)> = self.rows[r as usize]
                .iter()
                .map(|e| {
                    let total = e.total + (now - e.stamp) as f64 * f64::from(e.weight);
                    (e.class, (total / now as f64) as f32)
                })
                .filter(|(_, w)| w.abs() >= prune && *w != 0.0)
                .collect();
            if !row.is_empty() {
                row.sort_by_key(|(c, _)| *c);
                rows.push((key, row));
            }
        }
        rows.sort_by_key(|(k, _)| *k);
        Weights::from_rows(self.n_classes, rows)
    }
}

/// Frozen weights: feature key → the weights it has for some classes, quantised to `i16`
/// with one power-of-two scale (the precision the model file stores, so a trained model
/// and the same model saved and loaded score identically).
///
/// Two in-memory layouts, one file format: with at most [`DENSE_CLASSES`] classes (the
/// parser's three transitions) every slot of the open-addressing table holds the key and
/// all its weights in 16 bytes, so a feature costs one cache line; with more classes (tags,
/// labels) a slot points to a packed run of `(class, weight)` pairs.
///
/// Keys are the low 32 bits of the 64-bit feature hashes (never 0: [`crate::hash::finish`]
/// sets bit 0). Among the few million features of a model that lets a handful of pairs
/// share a key (their weights are summed) and an unseen feature match a stored one about
/// once in a thousand lookups: noise far below the model's errors, for a third less memory
/// and file size.
#[derive(Debug, Clone, PartialEq)]
pub struct Weights {
    n_classes: usize,
    scale: f32,
    table: Table,
}

/// Largest class count stored densely in the table slots.
pub const DENSE_CLASSES: usize = 3;

#[derive(Debug, Clone, PartialEq)]
enum Table {
    /// Key 0 = empty; power-of-two size.
    Dense(HugeBuf<DenseSlot>),
    Sparse {
        slots: HugeBuf<Slot>,
        entries: HugeBuf<(u16, i16)>,
    },
}

#[derive(Debug, Clone, Copy, Default, PartialEq)]
#[repr(C, align(16))]
struct DenseSlot {
    key: u32,
    w: [i16; DENSE_CLASSES],
}

#[derive(Debug, Clone, Copy, Default, PartialEq)]
struct Slot {
    key: u32,
    start: u32,
    len: u32,
}

// SAFETY: both are plain integers (and padding), valid when zero (key 0 = empty slot).
unsafe impl Zeroable for DenseSlot {}
unsafe impl Zeroable for Slot {}

/// One feature's row: key and `(class, quantised weight)` in class order.
type Row = (u32, Vec<(u16, i16)>);

/// The stored key of a feature hash.
#[inline]
fn short(key: u64) -> u32 {
    key as u32
}

/// The power-of-two scale that maps the largest weight to at most 32767.
fn scale_for(max: f32) -> f32 {
    if max > 0.0 {
        (max / 32767.0).log2().ceil().exp2()
    } else {
        1.0
    }
}

impl Weights {
    /// From averaged `f32` rows: shorten the keys (summing rows that then share one),
    /// quantise, and drop weights that round to 0.
    fn from_rows(n_classes: usize, rows: Vec<(u64, Vec<(u16, f32)>)>) -> Weights {
        let mut short_rows: Vec<(u32, Vec<(u16, f32)>)> =
            rows.into_iter().map(|(k, r)| (short(k), r)).collect();
        short_rows.sort_by_key(|(k, _)| *k);
        let mut rows: Vec<(u32, Vec<(u16, f32)>)> = Vec::with_capacity(short_rows.len());
        for (k, r) in short_rows {
            match rows.last_mut() {
                Some((last, row)) if *last == k => {
                    for (c, w) in r {
                        match row.iter_mut().find(|(rc, _)| *rc == c) {
                            Some(e) => e.1 += w,
                            None => row.push((c, w)),
                        }
                    }
                    row.sort_by_key(|(c, _)| *c);
                }
                _ => rows.push((k, r)),
            }
        }
        let max = rows
            .iter()
            .flat_map(|(_, r)| r.iter())
            .fold(0f32, |m, (_, w)| m.max(w.abs()));
        let scale = scale_for(max);
        let rows = rows
            .into_iter()
            .map(|(k, r)| {
                let q = r
                    .into_iter()
                    .map(|(c, w)| (c, (w / scale).round().clamp(-32767.0, 32767.0) as i16))
                    .filter(|(_, q)| *q != 0)
                    .collect::<Vec<_>>();
                (k, q)
            })
            .filter(|(_, r)| !r.is_empty())
            .collect();
        Weights::from_quantised(n_classes, scale, rows)
    }

    /// The sum of several models' weights (all with the same classes): scoring with it is
    /// scoring with each and adding the scores, so an ensemble of perceptrons trained with
    /// different seeds costs no more at run time than one (only a larger table).
    pub fn sum(parts: &[&Weights]) -> Weights {
        let n_classes = parts.first().map_or(0, |w| w.n_classes);
        let mut rows: Vec<(u64, Vec<(u16, f32)>)> = Vec::new();
        for w in parts {
            assert_eq!(
                w.n_classes, n_classes,
                "summing weights of different class sets"
            );
            for (k, r) in w.rows() {
                let row = r
                    .into_iter()
                    .map(|(c, q)| (c, f32::from(q) * w.scale))
                    .collect();
                rows.push((u64::from(k), row));
            }
        }
        // `from_rows` shortens keys (already short here) and sums rows sharing one.
        Weights::from_rows(n_classes, rows)
    }

    /// From quantised rows in key order (keys distinct).
    fn from_quantised(n_classes: usize, scale: f32, rows: Vec<Row>) -> Weights {
        let size = table_size(rows.len());
        let mask = size - 1;
        let table = if n_classes <= DENSE_CLASSES {
            let mut slots = HugeBuf::<DenseSlot>::zeroed(size);
            for (key, row) in rows {
                let i = probe(key, mask, |i| slots[i].key);
                slots[i].key = key;
                for (c, q) in row {
                    slots[i].w[c as usize] = q;
                }
            }
            Table::Dense(slots)
        } else {
            let mut slots = HugeBuf::<Slot>::zeroed(size);
            let total: usize = rows.iter().map(|(_, r)| r.len()).sum();
            let mut entries = HugeBuf::<(u16, i16)>::zeroed(total);
            let mut at = 0usize;
            for (key, row) in rows {
                let i = probe(key, mask, |i| slots[i].key);
                slots[i] = Slot {
                    key,
                    start: at as u32,
                    len: row.len() as u32,
                };
                entries[at..at + row.len()].copy_from_slice(&row);
                at += row.len();
            }
            Table::Sparse { slots, entries }
        };
        Weights {
            n_classes,
            scale,
            table,
        }
    }

    /// Every row in key order.
    fn rows(&self) -> Vec<Row> {
        let mut rows: Vec<Row> = match &self.table {
            Table::Dense(slots) => slots
                .iter()
                .filter(|s| s.key != 0)
                .map(|s| {
                    let row = (0..self.n_classes)
                        .filter(|&c| s.w[c] != 0)
                        .map(|c| (c as u16, s.w[c]))
                        .collect();
                    (s.key, row)
                })
                .collect(),
            Table::Sparse { slots, entries } => slots
                .iter()
                .filter(|s| s.key != 0)
                .map(|s| {
                    let (a, b) = (s.start as usize, (s.start + s.len) as usize);
                    (s.key, entries[a..b].to_vec())
                })
                .collect(),
        };
        rows.sort_unstable_by_key(|(k, _)| *k);
        rows
    }

    pub fn n_classes(&self) -> usize {
        self.n_classes
    }

    pub fn n_features(&self) -> usize {
        match &self.table {
            Table::Dense(slots) => slots.iter().filter(|s| s.key != 0).count(),
            Table::Sparse { slots, .. } => slots.iter().filter(|s| s.key != 0).count(),
        }
    }

    pub fn n_weights(&self) -> usize {
        match &self.table {
            Table::Dense(slots) => slots
                .iter()
                .filter(|s| s.key != 0)
                .map(|s| s.w.iter().filter(|q| **q != 0).count())
                .sum(),
            Table::Sparse { entries, .. } => entries.len(),
        }
    }

    /// Bytes of memory the loaded weights take.
    pub fn memory_bytes(&self) -> usize {
        match &self.table {
            Table::Dense(slots) => slots.len() * std::mem::size_of::<DenseSlot>(),
            Table::Sparse { slots, entries } => {
                slots.len() * std::mem::size_of::<Slot>() + entries.len() * 4
            }
        }
    }

    /// Score every class: `out[c]` = sum of the weights of `features` for class `c`.
    ///
    /// Lookups are cache misses in a table of several MB; every feature's slot is
    /// prefetched before any is read, so the misses overlap instead of paying each one's
    /// latency in turn.
    #[inline]
    pub fn scores(&self, features: &[u64], out: &mut [f32]) {
        match &self.table {
            Table::Dense(slots) => {
                prefetch(slots, features);
                let mask = slots.len() - 1;
                let mut acc = [0i32; DENSE_CLASSES];
                for &f in features {
                    let f = short(f);
                    let i = probe(f, mask, |i| slots[i].key);
                    let s = &slots[i];
                    if s.key == f {
                        for (a, q) in acc.iter_mut().zip(&s.w) {
                            *a += i32::from(*q);
                        }
                    }
                }
                for (o, a) in out.iter_mut().zip(&acc) {
                    *o = *a as f32 * self.scale;
                }
            }
            Table::Sparse { slots, entries } => {
                out.iter_mut().for_each(|s| *s = 0.0);
                gather_rows(slots, entries, features, |rows| {
                    add_rows(entries, rows, out)
                });
                out.iter_mut().for_each(|s| *s *= self.scale);
            }
        }
    }

    /// The class [`argmax`] picks from the [`Weights::scores`] of
    /// `features`, summed in integers: the same class, since a sum of up to 512 `i16`
    /// weights per class is exact in `f32` and the scale is a power of two (more features
    /// go the `f32` way).
    #[inline]
    pub fn best_class(&self, features: &[u64]) -> usize {
        const MAX: usize = 256;
        match &self.table {
            Table::Sparse { slots, entries } if features.len() <= 512 && self.n_classes <= MAX => {
                let mut acc = [0i32; MAX];
                gather_rows(slots, entries, features, |rows| {
                    add_rows_int(entries, rows, &mut acc)
                });
                argmax(&acc[..self.n_classes])
            }
            _ => {
                let mut scores = vec![0f32; self.n_classes];
                self.scores(features, &mut scores);
                argmax(&scores)
            }
        }
    }

    /// A copy without the entries whose magnitude is below `min` (rows left empty go too).
    /// Pruning after training is the same as pruning when averaging, so a trained model
    /// can be made smaller without retraining (`factum train prune`).
    pub fn pruned(&self, min: f32) -> Weights {
        let rows = self
            .rows()
            .into_iter()
            .map(|(k, r)| {
                let kept = r
                    .into_iter()
                    .filter(|(_, q)| (f32::from(*q) * self.scale).abs() >= min)
                    .collect::<Vec<_>>();
                (k, kept)
            })
            .filter(|(_, r)| !r.is_empty())
            .collect();
        Weights::from_quantised(self.n_classes, self.scale, rows)
    }

    /// Stored compactly: rows in key order as (key u32, length: u8 when there are fewer
    /// than 256 classes, else u16); then the classes (u8 when there are at most 256, else
    /// u16); then the f32 scale and the weights as i16.
    pub fn write(&self, w: &mut Writer) {
        w.u32(self.n_classes as u32);
        let rows = self.rows();
        w.u32(rows.len() as u32);
        let short_len = self.n_classes < 256;
        for (key, row) in &rows {
            w.u32(*key);
            if short_len {
                w.u8(row.len() as u8);
            } else {
                w.u16(row.len() as u16);
            }
        }
        let n: usize = rows.iter().map(|(_, r)| r.len()).sum();
        w.u32(n as u32);
        let wide = self.n_classes > 256;
        for (c, _) in rows.iter().flat_map(|(_, r)| r.iter()) {
            if wide {
                w.u16(*c);
            } else {
                w.u8(*c as u8);
            }
        }
        w.f32(self.scale);
        for (_, q) in rows.iter().flat_map(|(_, r)| r.iter()) {
            w.u16(*q as u16);
        }
    }

    pub fn read(r: &mut Reader) -> Result<Weights> {
        let n_classes = r.u32()? as usize;
        let n_rows = r.len(5)?;
        let short_len = n_classes < 256;
        let mut lens = Vec::with_capacity(n_rows);
        let mut total = 0usize;
        let mut last = 0u32;
        for _ in 0..n_rows {
            let key = r.u32()?;
            let len = if short_len {
                usize::from(r.u8()?)
            } else {
                usize::from(r.u16()?)
            };
            if key == 0 {
                return Err(r.corrupt("feature key 0 is reserved"));
            }
            if key <= last {
                return Err(r.corrupt("feature keys out of order"));
            }
            if len > n_classes {
                return Err(r.corrupt(format!(
                    "a feature has {len} weights for {n_classes} classes"
                )));
            }
            last = key;
            lens.push((key, len));
            total += len;
        }
        let wide = n_classes > 256;
        let n = r.len(if wide { 4 } else { 3 })?;
        if n != total {
            return Err(r.corrupt(format!("{n} weights stored, rows need {total}")));
        }
        let classes: Vec<u16> = if wide {
            r.bytes(n * 2)?
                .chunks_exact(2)
                .map(|c| u16::from_le_bytes([c[0], c[1]]))
                .collect()
        } else {
            r.bytes(n)?.iter().map(|c| u16::from(*c)).collect()
        };
        if let Some(c) = classes.iter().find(|c| **c as usize >= n_classes) {
            return Err(r.corrupt(format!("class {c} out of range ({n_classes} classes)")));
        }
        let scale = r.f32()?;
        if !scale.is_finite() || scale <= 0.0 {
            return Err(r.corrupt("weight scale is not a positive number"));
        }
        let weights = r.bytes(n * 2)?;
        let mut rows = Vec::with_capacity(n_rows);
        let mut at = 0;
        for (key, len) in lens {
            let row: Vec<(u16, i16)> = (at..at + len)
                .map(|i| {
                    (
                        classes[i],
                        i16::from_le_bytes([weights[2 * i], weights[2 * i + 1]]),
                    )
                })
                .collect();
            at += len;
            rows.push((key, row));
        }
        Ok(Weights::from_quantised(n_classes, scale, rows))
    }
}

/// Table size for `n` keys: load factor between 0.35 and 0.7, for short probe runs and a
/// table small enough to stay mostly in cache (lookups are most of the parser's time).
fn table_size(n: usize) -> usize {
    (n * 10 / 7 + 1).next_power_of_two().max(16)
}

/// Linear probing: the slot holding `key`, or the empty slot where it would go.
#[inline]
fn probe(key: u32, mask: usize, key_at: impl Fn(usize) -> u32) -> usize {
    let mut i = (key as usize) & mask;
    loop {
        let k = key_at(i);
        if k == key || k == 0 {
            return i;
        }
        i = (i + 1) & mask;
    }
}

/// Find the row of every feature in `slots` and prefetch it, then hand the rows
/// `(start, len)` of `entries` to `add` in batches: two rounds, so the misses on the rows
/// overlap like those on the slots (which are prefetched first).
#[inline]
fn gather_rows(
    slots: &[Slot],
    entries: &[(u16, i16)],
    features: &[u64],
    mut add: impl FnMut(&[(u32, u32)]),
) {
    prefetch(slots, features);
    let mask = slots.len() - 1;
    let mut found = [(0u32, 0u32); 128];
    let mut n = 0;
    for &f in features {
        let f = short(f);
        let s = slots[probe(f, mask, |i| slots[i].key)];
        if s.key == f {
            prefetch_at(entries, s.start as usize);
            found[n] = (s.start, s.len);
            n += 1;
            if n == found.len() {
                add(&found[..n]);
                n = 0;
            }
        }
    }
    add(&found[..n]);
}

/// Add the rows `(start, len)` of `entries` to `out` (unscaled).
#[inline]
fn add_rows(entries: &[(u16, i16)], rows: &[(u32, u32)], out: &mut [f32]) {
    for &(start, len) in rows {
        let (a, b) = (start as usize, (start + len) as usize);
        for (c, q) in &entries[a..b] {
            out[*c as usize] += f32::from(*q);
        }
    }
}

/// Add the rows `(start, len)` of `entries` to `acc` (classes are below 256).
#[inline]
fn add_rows_int(entries: &[(u16, i16)], rows: &[(u32, u32)], acc: &mut [i32; 256]) {
    for &(start, len) in rows {
        let (a, b) = (start as usize, (start + len) as usize);
        for (c, q) in &entries[a..b] {
            acc[usize::from(*c as u8)] += i32::from(*q);
        }
    }
}

#[inline]
fn prefetch_at<T>(items: &[T], i: usize) {
    #[cfg(target_arch = "x86_64")]
    if i < items.len() {
        use std::arch::x86_64::{_mm_prefetch, _MM_HINT_T0};
        // SAFETY: `i < items.len()`, so the pointer is inside the slice; a prefetch has no
        // other effect than warming the cache.
        unsafe { _mm_prefetch(items.as_ptr().add(i) as *const i8, _MM_HINT_T0) };
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = (items, i);
}

#[inline]
fn prefetch<T>(slots: &[T], features: &[u64]) {
    #[cfg(target_arch = "x86_64")]
    {
        use std::arch::x86_64::{_mm_prefetch, _MM_HINT_T0};
        let mask = slots.len() - 1;
        let base = slots.as_ptr();
        for &f in features {
            let i = short(f) as usize & mask;
            // SAFETY: `i <= mask < slots.len()`, so the pointer stays inside the table; a
            // prefetch has no other effect than warming the cache.
            unsafe { _mm_prefetch(base.add(i) as *const i8, _MM_HINT_T0) };
        }
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = (slots, features);
}
