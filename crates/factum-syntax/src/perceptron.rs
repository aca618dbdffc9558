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
        for &f in features {
            if let Some(s) = self.find(f) {
                let (a, b) = (s.start as usize, (s.start + s.len) as usize);
                for (c, w) in self.classes[a..b].iter().zip(&self.weights[a..b]) {
                    out[*c as usize] += *w;
                }
            }
        }
    }

    pub fn write(&self, w: &mut Writer) {
        w.u32(self.n_classes as u32);
        let rows: Vec<Slot> = {
            let mut v: Vec<Slot> = self.slots.iter().copied().filter(|s| s.key != 0).collect();
            v.sort_by_key(|s| s.start);
            v
        };
        w.u32(rows.len() as u32);
        for s in &rows {
            w.u64(s.key);
            w.u16(s.len as u16);
        }
        w.u32(self.classes.len() as u32);
        for s in &rows {
            for i in s.start..s.start + s.len {
                w.u16(self.classes[i as usize]);
            }
        }
        for s in &rows {
            for i in s.start..s.start + s.len {
                w.f32(self.weights[i as usize]);
            }
        }
    }

    pub fn read(r: &mut Reader) -> Result<Weights> {
        let n_classes = r.u32()? as usize;
        let n_rows = r.len(10)?;
        let mut keyed = Vec::with_capacity(n_rows);
        let mut start = 0u32;
        for _ in 0..n_rows {
            let key = r.u64()?;
            let len = u32::from(r.u16()?);
            if key == 0 {
                return Err(r.corrupt("feature key 0 is reserved"));
            }
            keyed.push((key, start, len));
            start += len;
        }
        let n = r.len(6)?;
        if n != start as usize {
            return Err(r.corrupt(format!("{n} weights stored, rows need {start}")));
        }
        let raw = r.bytes(n * 2)?;
        let classes: Vec<u16> = raw
            .chunks_exact(2)
            .map(|c| u16::from_le_bytes([c[0], c[1]]))
            .collect();
        if let Some(c) = classes.iter().find(|c| **c as usize >= n_classes) {
            return Err(r.corrupt(format!("class {c} out of range ({n_classes} classes)")));
        }
        let raw = r.bytes(n * 4)?;
        let weights: Vec<f32> = raw
            .chunks_exact(4)
            .map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]]))
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
    // Load factor at most 1/2 keeps probe runs short.
    let size = (keyed.len() * 2).next_power_of_two().max(16);
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
