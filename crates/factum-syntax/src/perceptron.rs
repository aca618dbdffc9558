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

/// Frozen weights: feature key → run of `(class, weight)`.
#[derive(Debug, Clone, PartialEq)]
pub struct Weights {
    n_classes: usize,
    /// Open-addressing table of `(key, start, len)`, key 0 = empty; power-of-two size.
    slots: Vec<Slot>,
    classes: Vec<u16>,
    weights: Vec<f32>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq)]
struct Slot {
    key: u64,
    start: u32,
    len: u32,
}

impl Weights {
    fn from_rows(n_classes: usize, rows: Vec<(u64, Vec<(u16, f32)>)>) -> Weights {
        let mut classes = Vec::new();
        let mut weights = Vec::new();
        let mut keyed = Vec::with_capacity(rows.len());
        for (key, row) in rows {
            let start = classes.len() as u32;
            for (c, w) in &row {
                classes.push(*c);
                weights.push(*w);
            }
            keyed.push((key, start, row.len() as u32));
        }
        let slots = build_table(&keyed);
        Weights {
            n_classes,
            slots,
            classes,
            weights,
        }
    }

    pub fn n_classes(&self) -> usize {
        self.n_classes
    }

    pub fn n_features(&self) -> usize {
        self.slots.iter().filter(|s| s.key != 0).count()
    }

    pub fn n_weights(&self) -> usize {
        self.weights.len()
    }

    /// Bytes of memory the loaded weights take.
    pub fn memory_bytes(&self) -> usize {
        self.slots.len() * std::mem::size_of::<Slot>()
            + self.classes.len() * 2
            + self.weights.len() * 4
    }

    /// Ask the CPU to start loading the table slot of every feature before any is read:
    /// lookups are cache misses in a table of several MB, and issuing them together lets
    /// them overlap instead of paying each one's latency in turn.
    #[inline]
    fn prefetch(&self, features: &[u64]) {
        #[cfg(target_arch = "x86_64")]
        {
            use std::arch::x86_64::{_mm_prefetch, _MM_HINT_T0};
            let mask = self.slots.len() - 1;
            let base = self.slots.as_ptr();
            for &f in features {
                // SAFETY: `(f & mask) < slots.len()`, so the pointer stays inside the table;
                // a prefetch has no other effect than warming the cache.
                unsafe { _mm_prefetch(base.add(f as usize & mask) as *const i8, _MM_HINT_T0) };
            }
        }
        #[cfg(not(target_arch = "x86_64"))]
        let _ = features;
    }

    #[inline]
    fn find(&self, key: u64) -> Option<Slot> {
        let mask = self.slots.len() - 1;
        let mut i = (key as usize) & mask;
        loop {
            let s = self.slots[i];
            if s.key == key {
                return Some(s);
            }
            if s.key == 0 {
                return None;
            }
            i = (i + 1) & mask;
        }
    }

    /// Score every class: `out[c]` = sum of the weights of `features` for class `c`.
    #[inline]
    pub fn scores(&self, features: &[u64], out: &mut [f32]) {
        out.iter_mut().for_each(|s| *s = 0.0);
        self.prefetch(features);
        for &f in features {
            if let Some(s) = self.find(f) {
                let (a, b) = (s.start as usize, (s.start + s.len) as usize);
                for (c, w) in self.classes[a..b].iter().zip(&self.weights[a..b]) {
                    out[*c as usize] += *w;
                }
            }
        }
    }

    /// A copy without the entries whose magnitude is below `min` (rows left empty go too).
    /// Pruning after training is the same as pruning when averaging, so a trained model
    /// can be made smaller without retraining (`factum train prune`).
    pub fn pruned(&self, min: f32) -> Weights {
        let mut rows = Vec::with_capacity(self.slots.len() / 2);
        for s in self.slots.iter().filter(|s| s.key != 0) {
            let (a, b) = (s.start as usize, (s.start + s.len) as usize);
            let row: Vec<(u16, f32)> = self.classes[a..b]
                .iter()
                .zip(&self.weights[a..b])
                .filter(|(_, w)| w.abs() >= min && **w != 0.0)
                .map(|(c, w)| (*c, *w))
                .collect();
            if !row.is_empty() {
                rows.push((s.key, row));
            }
        }
        rows.sort_by_key(|(k, _)| *k);
        Weights::from_rows(self.n_classes, rows)
    }

    /// Stored compactly: rows in key order as (key u64, length u16); then the classes (u8
    /// when there are at most 256, else u16); then the weights quantised to i16 with one
    /// f32 scale (about max |w| / 32767: a resolution far below any weight that survives
    /// pruning).
    pub fn write(&self, w: &mut Writer) {
        w.u32(self.n_classes as u32);
        let rows: Vec<Slot> = {
            let mut v: Vec<Slot> = self.slots.iter().copied().filter(|s| s.key != 0).collect();
            v.sort_by_key(|s| s.key);
            v
        };
        w.u32(rows.len() as u32);
        for s in &rows {
            w.u64(s.key);
            w.u16(s.len as u16);
        }
        w.u32(self.classes.len() as u32);
        let wide = self.n_classes > 256;
        for s in &rows {
            for i in s.start..s.start + s.len {
                let c = self.classes[i as usize];
                if wide {
                    w.u16(c);
                } else {
                    w.u8(c as u8);
                }
            }
        }
        // A power of two, so that writing a loaded model again gives the same bytes.
        let max = self.weights.iter().fold(0f32, |m, x| m.max(x.abs()));
        let scale = if max > 0.0 {
            (max / 32767.0).log2().ceil().exp2()
        } else {
            1.0
        };
        w.f32(scale);
        for s in &rows {
            for i in s.start..s.start + s.len {
                let q = (self.weights[i as usize] / scale)
                    .round()
                    .clamp(-32767.0, 32767.0);
                w.u16(q as i16 as u16);
            }
        }
    }

    pub fn read(r: &mut Reader) -> Result<Weights> {
        let n_classes = r.u32()? as usize;
        let n_rows = r.len(10)?;
        let mut keyed = Vec::with_capacity(n_rows);
        let mut start = 0u32;
        let mut last = 0u64;
        for _ in 0..n_rows {
            let key = r.u64()?;
            let len = u32::from(r.u16()?);
            if key == 0 {
                return Err(r.corrupt("feature key 0 is reserved"));
            }
            if key <= last {
                return Err(r.corrupt("feature keys out of order"));
            }
            last = key;
            keyed.push((key, start, len));
            start += len;
        }
        let wide = n_classes > 256;
        let n = r.len(if wide { 4 } else { 3 })?;
        if n != start as usize {
            return Err(r.corrupt(format!("{n} weights stored, rows need {start}")));
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
        let weights: Vec<f32> = r
            .bytes(n * 2)?
            .chunks_exact(2)
            .map(|c| f32::from(i16::from_le_bytes([c[0], c[1]])) * scale)
            .collect();
        let slots = build_table(&keyed);
        Ok(Weights {
            n_classes,
            slots,
            classes,
            weights,
        })
    }
}

fn build_table(keyed: &[(u64, u32, u32)]) -> Vec<Slot> {
    // Load factor between 0.35 and 0.7: short probe runs, and a table small enough to stay
    // mostly in cache (lookups are most of the parser's time).
    let size = (keyed.len() * 10 / 7 + 1).next_power_of_two().max(16);
    let mask = size - 1;
    let mut slots = vec![Slot::default(); size];
    for &(key, start, len) in keyed {
        let mut i = (key as usize) & mask;
        while slots[i].key != 0 && slots[i].key != key {
            i = (i + 1) & mask;
        }
        slots[i] = Slot { key, start, len };
    }
    slots
}
