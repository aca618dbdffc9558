//! Token-level phrase matching shared by the actor, agent, verb and discard dictionaries.
//!
//! Dictionaries write phrases as words joined by `_` or spaces (`UNITED_STATES`,
//! `CARAS GALADHON`); text arrives as tokens. Both sides are reduced to the same *match
//! units*: upper-cased words, with hyphenated words split at the hyphen (`AL-QAEDA` →
//! `AL - QAEDA`), and a possessive clitic split off as its own unit (`PEOPLE'S` →
//! `PEOPLE 'S`, `WORKERS'` → `WORKERS '`, a typographic apostrophe read as `'`). Splitting
//! on both sides makes matching independent of whether the tokeniser keeps hyphenated
//! words whole, which UD-style tokenisers do not agree on, and lets a dictionary name with
//! a possessive meet the text, whose tokeniser splits the clitic off.
//!
//! [`PhraseTrie`] is a word-level trie (one hash lookup per token) answering "the longest
//! dictionary phrase starting here", the operation every coder decision is built from.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use factum_doc::Token;

/// The Fx hash (as in rustc): much faster than SipHash for the short keys the tries use,
/// and hash-flooding is no concern for dictionaries we ship ourselves. Loading the Phoenix
/// dictionaries builds ~75,000 trie edges, so the hasher is a large share of start-up time.
#[derive(Default, Clone, Copy)]
struct FxHasher {
    hash: u64,
}

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes(c.try_into().unwrap()));
        }
        for &b in chunks.remainder() {
            self.add(u64::from(b));
        }
    }
    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }
    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }
    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

/// A `HashMap` with [`FxHasher`].
type FxHashMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// Split a dictionary phrase (`UNITED_STATES_`, `CARAS GALADHON`, `BARAD-DUR`) into match
/// units. Returns an empty vector for an empty phrase.
pub fn phrase_units(phrase: &str) -> Vec<String> {
    let mut out = Vec::new();
    for word in phrase.split(|c: char| c == '_' || c.is_whitespace()) {
        push_word_units(word, &mut out);
    }
    out
}

/// The units of a phrase as it is spelt: split and upper-cased like [`phrase_units`], but
/// with its diacritics kept (`ÉTAT_DU_KATANGA`, not `ETAT_DU_KATANGA`). For writing
/// dictionaries: a generated file keeps a name's own spelling, and two names that differ
/// only in accents stay two lines, as they were before matching folded them. Matching
/// never uses these units.
pub fn spelled_units(phrase: &str) -> Vec<String> {
    let mut out = Vec::new();
    for word in phrase.split(|c: char| c == '_' || c.is_whitespace()) {
        if !word.is_empty() {
            split_at_hyphens(word.to_uppercase(), &mut out);
        }
    }
    out
}

fn push_word_units(word: &str, out: &mut Vec<String>) {
    if word.is_empty() {
        return;
    }
    // Dictionaries write names in ASCII ("BOGOTA") and a few with their diacritics
    // ("ERDOĞAN"); news writes both. Both sides of a match come through here, folded alike.
    let mut upper = factum_doc::fold::fold_diacritics(word).to_uppercase();
    if upper.contains('\u{2019}') {
        upper = upper.replace('\u{2019}', "'");
    }
    // A possessive inside a name ("PEOPLE'S_REPUBLIC_OF_CHINA", "KURDISTAN_WORKERS'_PARTY")
    // is split off as the tokeniser splits it from the text ("People" "'s", "Workers"
    // "'"): English writes the possessive clitic as its own word.
    match possessive_clitic(&upper) {
        Some(len) => {
            let clitic = upper.split_off(upper.len() - len);
            split_at_hyphens(upper, out);
            out.push(clitic);
        }
        None => split_at_hyphens(upper, out),
    }
}

/// The length of the possessive clitic an upper-cased word ends with, `'S` or the `'` of a
/// plural in *-s* (`WORKERS'`), when letters or digits come before it.
fn possessive_clitic(upper: &str) -> Option<usize> {
    let bytes = upper.as_bytes();
    let len = if bytes.ends_with(b"'S") {
        2
    } else if bytes.ends_with(b"S'") {
        1
    } else {
        return None;
    };
    upper[..upper.len() - len]
        .chars()
        .any(char::is_alphanumeric)
        .then_some(len)
}

/// Push an upper-cased word, split at its hyphens (`AL-QAEDA` → `AL - QAEDA`); a word that
/// is only hyphens or has no letter or digit stays whole.
fn split_at_hyphens(upper: String, out: &mut Vec<String>) {
    if upper.len() > 1 && upper.contains('-') && upper.chars().any(|c| c.is_alphanumeric()) {
        let mut first = true;
        for part in upper.split('-') {
            if !first {
                out.push("-".to_string());
            }
            first = false;
            if !part.is_empty() {
                out.push(part.to_string());
            }
        }
    } else {
        out.push(upper);
    }
}

/// Match units of a token run, each with the index (into `tokens`) of the token it came
/// from. Tokens that are hyphen-joined without whitespace are seen the same way whether
/// the tokeniser split them or not, and a token written with the dictionaries' own `_`
/// joiner (`Dol_Amroth`) is split as the dictionaries are.
#[derive(Debug, Clone, Default)]
pub struct Units {
    pub words: Vec<String>,
    /// `token[i]` is the index into the token slice unit `i` came from.
    pub token: Vec<u32>,
}

impl Units {
    pub fn from_tokens(tokens: &[Token]) -> Units {
        let mut units = Units::default();
        for (i, t) in tokens.iter().enumerate() {
            let before = units.words.len();
            if t.norm == "_" {
                // A tokeniser that splits at `_` leaves the joiner as a token of its own.
                continue;
            } else if t.norm.contains('_') {
                for w in t.norm.split('_') {
                    push_word_units(w, &mut units.words);
                }
            } else {
                push_word_units(&t.norm, &mut units.words);
            }
            for _ in before..units.words.len() {
                units.token.push(i as u32);
            }
        }
        units
    }

    pub fn from_words<S: AsRef<str>>(words: &[S]) -> Units {
        let mut units = Units::default();
        for (i, w) in words.iter().enumerate() {
            let before = units.words.len();
            push_word_units(w.as_ref(), &mut units.words);
            for _ in before..units.words.len() {
                units.token.push(i as u32);
            }
        }
        units
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}

/// A word-level trie mapping phrases to payload indices.
#[derive(Debug, Default, Clone)]
pub struct PhraseTrie {
    words: FxHashMap<String, u32>,
    edges: FxHashMap<(u32, u32), u32>,
    /// Payload ids ending at each node (node 0 is the root).
    ends: Vec<Vec<u32>>,
}

impl PhraseTrie {
    pub fn new() -> PhraseTrie {
        PhraseTrie::with_capacity(0)
    }

    /// A trie sized for about `words` phrase words (avoids rehashing while loading).
    pub fn with_capacity(words: usize) -> PhraseTrie {
        let mut ends = Vec::with_capacity(words + 1);
        ends.push(Vec::new());
        let hasher = BuildHasherDefault::<FxHasher>::default();
        PhraseTrie {
            words: HashMap::with_capacity_and_hasher(words / 2, hasher.clone()),
            edges: HashMap::with_capacity_and_hasher(words, hasher),
            ends,
        }
    }

    /// Add `phrase` (match units) with payload `id`. Empty phrases are ignored.
    pub fn insert(&mut self, phrase: &[String], id: u32) {
        if phrase.is_empty() {
            return;
        }
        let mut node = 0u32;
        for w in phrase {
            let wid = match self.words.get(w.as_str()) {
                Some(&id) => id,
                None => {
                    let id = self.words.len() as u32;
                    self.words.insert(w.clone(), id);
                    id
                }
            };
            let next_node = self.ends.len() as u32;
            node = match self.edges.get(&(node, wid)) {
                Some(&n) => n,
                None => {
                    self.edges.insert((node, wid), next_node);
                    self.ends.push(Vec::new());
                    next_node
                }
            };
        }
        self.ends[node as usize].push(id);
    }

    /// Every phrase starting at `units[start]`: `(length in units, payload ids)`, shortest
    /// first.
    pub fn matches_at<'a, S: AsRef<str>>(
        &'a self,
        units: &[S],
        start: usize,
    ) -> Vec<(usize, &'a [u32])> {
        let mut out = Vec::new();
        let mut node = 0u32;
        for (k, w) in units[start..].iter().enumerate() {
            let Some(&wid) = self.words.get(w.as_ref()) else {
                break;
            };
            let Some(&next) = self.edges.get(&(node, wid)) else {
                break;
            };
            node = next;
            let ends = &self.ends[node as usize];
            if !ends.is_empty() {
                out.push((k + 1, ends.as_slice()));
            }
        }
        out
    }

    /// The longest phrase starting at `units[start]`.
    pub fn longest_at<'a, S: AsRef<str>>(
        &'a self,
        units: &[S],
        start: usize,
    ) -> Option<(usize, &'a [u32])> {
        self.matches_at(units, start).pop()
    }

    /// Whether the single word is the first word of some phrase.
    pub fn contains_word(&self, word: &str) -> bool {
        self.words.contains_key(word)
    }

    pub fn node_count(&self) -> usize {
        self.ends.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units_split_underscores_and_hyphens() {
        assert_eq!(phrase_units("UNITED_STATES_"), vec!["UNITED", "STATES"]);
        assert_eq!(phrase_units("al-Qaeda"), vec!["AL", "-", "QAEDA"]);
        assert_eq!(phrase_units("U.S."), vec!["U.S."]);
        assert_eq!(phrase_units(" CARAS  GALADHON "), vec!["CARAS", "GALADHON"]);
    }

    #[test]
    fn a_possessive_in_a_name_is_split_off_as_the_text_splits_it() {
        assert_eq!(
            phrase_units("PEOPLE'S_REPUBLIC_OF_CHINA"),
            vec!["PEOPLE", "'S", "REPUBLIC", "OF", "CHINA"]
        );
        assert_eq!(
            phrase_units("KURDISTAN_WORKERS'_PARTY"),
            vec!["KURDISTAN", "WORKERS", "'", "PARTY"]
        );
        // The text's own clitic tokens, and a typographic apostrophe, come out the same.
        let units = Units::from_words(&["People", "\u{2019}s", "Workers", "'"]);
        assert_eq!(units.words, vec!["PEOPLE", "'S", "WORKERS", "'"]);
        // An apostrophe inside a name, or after a letter other than s, stays.
        assert_eq!(phrase_units("COTE_D'IVOIRE"), vec!["COTE", "D'IVOIRE"]);
        assert_eq!(phrase_units("RAJA'"), vec!["RAJA'"]);
    }

    #[test]
    fn spelled_units_keep_diacritics_and_match_units_fold_them() {
        assert_eq!(
            spelled_units("État_du Sud-Kasaï"),
            vec!["ÉTAT", "DU", "SUD", "-", "KASAÏ"]
        );
        assert_eq!(
            phrase_units("État_du Sud-Kasaï"),
            vec!["ETAT", "DU", "SUD", "-", "KASAI"]
        );
        assert_eq!(
            spelled_units("UNITED_STATES_"),
            phrase_units("UNITED_STATES_")
        );
    }

    #[test]
    fn trie_finds_longest_phrase() {
        let mut t = PhraseTrie::new();
        t.insert(&phrase_units("GAZA"), 1);
        t.insert(&phrase_units("GAZA_CITY"), 2);
        let u = Units::from_words(&["in", "Gaza", "City", "today"]);
        assert_eq!(t.longest_at(&u.words, 1), Some((2, &[2u32][..])));
        assert_eq!(t.matches_at(&u.words, 1).len(), 2);
        assert_eq!(t.longest_at(&u.words, 0), None);
    }
}
