//! Little-endian binary writer and a bounds-checked reader for the model file.
//!
//! The model format is a handful of flat arrays; a hand-written format keeps loading a
//! straight copy (no per-entry parsing beyond the hash table rebuild) and avoids a
//! serialisation dependency. Every read is checked, so a truncated or corrupt file gives an
//! error with the byte offset instead of a panic.

use std::collections::HashMap;

use crate::error::{Result, SyntaxError};
use crate::hash::IdBuild;

#[derive(Default)]
pub struct Writer {
    pub buf: Vec<u8>,
}

impl Writer {
    pub fn u8(&mut self, v: u8) {
        self.buf.push(v);
    }
    pub fn u16(&mut self, v: u16) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }
    pub fn u32(&mut self, v: u32) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }
    pub fn u64(&mut self, v: u64) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }
    pub fn f32(&mut self, v: f32) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }
    pub fn str(&mut self, s: &str) {
        self.u32(s.len() as u32);
        self.buf.extend_from_slice(s.as_bytes());
    }
    /// A map keyed by hashes: its size, then `(key, value)` in key order, so the same model
    /// always writes the same bytes.
    pub fn map<V: Ord>(
        &mut self,
        map: &HashMap<u64, V, IdBuild>,
        mut value: impl FnMut(&mut Writer, &V),
    ) {
        let mut entries: Vec<(&u64, &V)> = map.iter().collect();
        entries.sort();
        self.u32(entries.len() as u32);
        for (k, v) in entries {
            self.u64(*k);
            value(self, v);
        }
    }
    pub fn strs(&mut self, items: &[String]) {
        self.u32(items.len() as u32);
        for s in items {
            self.str(s);
        }
    }
}

pub struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
    file: &'a str,
}

impl<'a> Reader<'a> {
    pub fn new(data: &'a [u8], file: &'a str) -> Reader<'a> {
        Reader { data, pos: 0, file }
    }

    pub fn pos(&self) -> usize {
        self.pos
    }

    pub fn at_end(&self) -> bool {
        self.pos == self.data.len()
    }

    pub fn corrupt(&self, message: impl Into<String>) -> SyntaxError {
        SyntaxError::Corrupt {
            file: self.file.to_string(),
            offset: self.pos,
            message: message.into(),
        }
    }

    pub fn bytes(&mut self, n: usize) -> Result<&'a [u8]> {
        if self.data.len() - self.pos < n {
            return Err(self.corrupt(format!(
                "truncated: needed {n} more bytes, {} left",
                self.data.len() - self.pos
            )));
        }
        let s = &self.data[self.pos..self.pos + n];
        self.pos += n;
        Ok(s)
    }
    pub fn u8(&mut self) -> Result<u8> {
        Ok(self.bytes(1)?[0])
    }
    pub fn u16(&mut self) -> Result<u16> {
        Ok(u16::from_le_bytes(self.bytes(2)?.try_into().unwrap()))
    }
    pub fn u32(&mut self) -> Result<u32> {
        Ok(u32::from_le_bytes(self.bytes(4)?.try_into().unwrap()))
    }
    pub fn u64(&mut self) -> Result<u64> {
        Ok(u64::from_le_bytes(self.bytes(8)?.try_into().unwrap()))
    }
    pub fn f32(&mut self) -> Result<f32> {
        Ok(f32::from_le_bytes(self.bytes(4)?.try_into().unwrap()))
    }
    /// A length prefix, checked against what is left so a corrupt count cannot trigger a huge
    /// allocation: `unit` is the minimum number of bytes each counted item takes.
    pub fn len(&mut self, unit: usize) -> Result<usize> {
        let n = self.u32()? as usize;
        if n.saturating_mul(unit.max(1)) > self.data.len() - self.pos {
            return Err(self.corrupt(format!("length {n} runs past the end of the file")));
        }
        Ok(n)
    }
    pub fn str(&mut self) -> Result<String> {
        let n = self.len(1)?;
        let b = self.bytes(n)?;
        String::from_utf8(b.to_vec()).map_err(|_| self.corrupt("string is not UTF-8"))
    }
    pub fn strs(&mut self) -> Result<Vec<String>> {
        let n = self.len(4)?;
        (0..n).map(|_| self.str()).collect()
    }
    /// A map written by [`Writer::map`]; `unit` is the fewest bytes one entry takes.
    pub fn map<V>(
        &mut self,
        unit: usize,
        mut value: impl FnMut(&mut Reader<'a>) -> Result<V>,
    ) -> Result<HashMap<u64, V, IdBuild>> {
        let n = self.len(unit)?;
        let mut map = HashMap::with_capacity_and_hasher(n, IdBuild::default());
        for _ in 0..n {
            let k = self.u64()?;
            map.insert(k, value(self)?);
        }
        Ok(map)
    }
    /// A `u16` index into something of `len` items; `what` names it in the error.
    pub fn index(&mut self, len: usize, what: &str) -> Result<u16> {
        let v = self.u16()?;
        if v as usize >= len {
            return Err(self.corrupt(format!("{what} out of range")));
        }
        Ok(v)
    }
}
