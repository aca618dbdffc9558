//! Near-duplicate detection: MinHash signatures over word 5-shingles, LSH banding.
//!
//! Syndicated copies and updated versions of an article share most of their word
//! sequences. The Jaccard similarity of two documents' sets of 5-word shingles measures
//! that, and MinHash estimates it from fixed-size signatures: the fraction of the
//! [`NUM_HASHES`] positions where two signatures agree. Comparing every new article with
//! every stored one would be quadratic, so signatures are cut into [`BANDS`] bands of
//! [`ROWS`] values; two documents become candidates when any band is identical, and only
//! candidates are compared. With 24 bands of 5 rows a pair at Jaccard 0.8 becomes a
//! candidate with probability 1 − (1 − 0.8⁵)²⁴ ≈ 0.9999, at 0.7 ≈ 0.99, at 0.3 ≈ 0.06; the
//! candidate is then accepted only if its estimated similarity reaches the threshold
//! (default [`DEFAULT_THRESHOLD`]).
//!
//! Words are lower-cased runs of letters and digits, so punctuation, case and whitespace
//! changes do not hide a copy. The hash functions are fixed (seeded splitmix64), so
//! signatures stored by one run remain comparable in the next.

use std::collections::HashMap;

/// Signature length.
pub const NUM_HASHES: usize = BANDS * ROWS;
/// LSH bands.
pub const BANDS: usize = 24;
/// Signature values per band.
pub const ROWS: usize = 5;
/// Words per shingle.
pub const SHINGLE_WORDS: usize = 5;
/// Estimated Jaccard similarity from which a document is a near-duplicate.
pub const DEFAULT_THRESHOLD: f64 = 0.8;

fn splitmix64(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

fn fnv1a(bytes: &[u8], mut hash: u64) -> u64 {
    for b in bytes {
        hash ^= u64::from(*b);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash
}

/// The MinHash signature of `text` (empty when the text has no words).
pub fn signature(text: &str) -> Vec<u32> {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    if words.is_empty() {
        return Vec::new();
    }
    let mut sig = vec![u32::MAX; NUM_HASHES];
    let shingles = words.len().saturating_sub(SHINGLE_WORDS - 1).max(1);
    for start in 0..shingles {
        let end = (start + SHINGLE_WORDS).min(words.len());
        let mut h = 0xcbf2_9ce4_8422_2325;
        for w in &words[start..end] {
            h = fnv1a(w.as_bytes(), h);
            h = fnv1a(b" ", h);
        }
        for (i, slot) in sig.iter_mut().enumerate() {
            let v = (splitmix64(h ^ (i as u64).wrapping_mul(0xd6e8_feb8_6659_fd93)) >> 32) as u32;
            if v < *slot {
                *slot = v;
            }
        }
    }
    sig
}

/// Estimated Jaccard similarity: the fraction of equal signature positions.
pub fn similarity(a: &[u32], b: &[u32]) -> f64 {
    if a.is_empty() || a.len() != b.len() {
        return 0.0;
    }
    a.iter().zip(b).filter(|(x, y)| x == y).count() as f64 / a.len() as f64
}

/// Signature as stored (little-endian `u32`s).
pub fn to_bytes(sig: &[u32]) -> Vec<u8> {
    sig.iter().flat_map(|v| v.to_le_bytes()).collect()
}

pub fn from_bytes(bytes: &[u8]) -> Vec<u32> {
    bytes
        .chunks_exact(4)
        .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
        .collect()
}

fn band_key(band: usize, values: &[u32]) -> u64 {
    let mut h = splitmix64(band as u64 + 1);
    for v in values {
        h = splitmix64(h ^ u64::from(*v));
    }
    h
}

/// The canonical documents' signatures, indexed by band.
///
/// Only canonical documents (not duplicates) are indexed, so a duplicate always links to
/// the first copy seen, never to another duplicate.
#[derive(Default)]
pub struct LshIndex {
    signatures: HashMap<i64, Box<[u32]>>,
    /// Most buckets hold one document: keep that inline and spill the rest.
    first: HashMap<u64, i64>,
    more: HashMap<u64, Vec<i64>>,
    threshold: f64,
}

impl LshIndex {
    pub fn new(threshold: f64) -> LshIndex {
        LshIndex {
            threshold,
            ..LshIndex::default()
        }
    }

    pub fn len(&self) -> usize {
        self.signatures.len()
    }

    pub fn is_empty(&self) -> bool {
        self.signatures.is_empty()
    }

    /// The most similar indexed document at or above the threshold, with its similarity.
    pub fn find(&self, sig: &[u32]) -> Option<(i64, f64)> {
        if sig.len() != NUM_HASHES {
            return None;
        }
        let mut best: Option<(i64, f64)> = None;
        let mut consider = |key: i64| {
            if best.is_some_and(|(k, _)| k == key) {
                return;
            }
            let s = similarity(sig, &self.signatures[&key]);
            if s >= self.threshold && best.is_none_or(|(k, b)| s > b || (s == b && key < k)) {
                best = Some((key, s));
            }
        };
        for band in 0..BANDS {
            let k = band_key(band, &sig[band * ROWS..(band + 1) * ROWS]);
            if let Some(&doc) = self.first.get(&k) {
                consider(doc);
                if let Some(rest) = self.more.get(&k) {
                    rest.iter().for_each(|&d| consider(d));
                }
            }
        }
        best
    }

    /// Index a canonical document.
    pub fn insert(&mut self, doc_key: i64, sig: Vec<u32>) {
        if sig.len() != NUM_HASHES {
            return;
        }
        for band in 0..BANDS {
            let k = band_key(band, &sig[band * ROWS..(band + 1) * ROWS]);
            match self.first.get(&k) {
                None => {
                    self.first.insert(k, doc_key);
                }
                Some(_) => self.more.entry(k).or_default().push(doc_key),
            }
        }
        self.signatures.insert(doc_key, sig.into_boxed_slice());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const STORY: &str = "Israeli Prime Minister Benjamin Netanyahu met U.S. Secretary of \
        State Antony Blinken in Jerusalem on Tuesday to discuss a ceasefire proposal for \
        Lebanon, officials said, as fighting continued along the border and thousands of \
        residents remained displaced from towns in the north of the country.";

    #[test]
    fn identical_texts_have_similarity_one() {
        assert_eq!(similarity(&signature(STORY), &signature(STORY)), 1.0);
    }

    #[test]
    fn syndicated_copy_is_similar_and_unrelated_text_is_not() {
        let copy = format!(
            "JERUSALEM (AP) -- {} Copyright 2024 The Associated Press.",
            STORY.to_uppercase()
        );
        let s = similarity(&signature(STORY), &signature(&copy));
        assert!(s >= 0.75, "copy similarity {s}");
        let other = "Wheat prices rose sharply in Chicago futures trading on Monday as \
            dry weather in the plains threatened the winter crop, analysts said, while \
            corn and soybean contracts ended the session mixed.";
        let s = similarity(&signature(STORY), &signature(other));
        assert!(s < 0.1, "unrelated similarity {s}");
    }

    #[test]
    fn index_finds_the_canonical_copy() {
        let mut idx = LshIndex::new(0.7);
        idx.insert(1, signature(STORY));
        let other = "Wheat prices rose sharply in Chicago futures trading on Monday.";
        idx.insert(2, signature(other));
        let copy = format!("{STORY} More follows.");
        assert_eq!(idx.find(&signature(&copy)).map(|(k, _)| k), Some(1));
        assert_eq!(
            idx.find(&signature("Completely different words here today")),
            None
        );
    }

    #[test]
    fn signature_round_trips_through_bytes() {
        let s = signature(STORY);
        assert_eq!(from_bytes(&to_bytes(&s)), s);
    }
}
