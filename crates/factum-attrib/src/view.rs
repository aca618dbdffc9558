//! A read-only view of a document's tokens for pattern matching: lower-cased norms computed
//! once, capitalisation and punctuation tests, and phrase sets matched on whole tokens.

use std::collections::HashMap;

use factum_doc::{Document, Span};

/// Tokens of one document, lower-cased once so every matcher can compare `&str`s.
pub(crate) struct View<'a> {
    pub doc: &'a Document,
    pub lower: Vec<String>,
}

impl<'a> View<'a> {
    pub fn new(doc: &'a Document) -> View<'a> {
        let lower = doc.tokens.iter().map(|t| t.norm.to_lowercase()).collect();
        View { doc, lower }
    }

    pub fn len(&self) -> usize {
        self.lower.len()
    }

    /// Lower-cased norm of token `i`, or "" past the end.
    pub fn lw(&self, i: usize) -> &str {
        self.lower.get(i).map(String::as_str).unwrap_or("")
    }

    /// The norm of token `i` as written.
    pub fn norm(&self, i: usize) -> &str {
        self.doc
            .tokens
            .get(i)
            .map(|t| t.norm.as_str())
            .unwrap_or("")
    }

    /// Starts with an upper-case letter.
    pub fn is_cap(&self, i: usize) -> bool {
        self.norm(i).chars().next().is_some_and(char::is_uppercase)
    }

    /// Has no letter or digit (".", ",", "\"", "--", "(").
    pub fn is_punct(&self, i: usize) -> bool {
        !self.norm(i).chars().any(char::is_alphanumeric)
    }

    pub fn is_quote_mark(&self, i: usize) -> bool {
        self.norm(i) == "\""
    }

    /// Byte span covering tokens `start..end` (`end > start`).
    pub fn span(&self, start: usize, end: usize) -> Span {
        let t = &self.doc.tokens;
        Span {
            start: t[start].span.start,
            end: t[end - 1].span.end,
        }
    }

    /// The document text covering tokens `start..end`.
    pub fn text(&self, start: usize, end: usize) -> &'a str {
        if end <= start {
            return "";
        }
        self.doc.slice(self.span(start, end))
    }

    /// Lower-cased tokens `start..end` joined by single spaces.
    pub fn joined(&self, start: usize, end: usize) -> String {
        self.lower[start..end].join(" ")
    }

    /// Index of the token whose span contains (or first follows) byte `offset`.
    pub fn token_at(&self, offset: u32) -> usize {
        self.doc.tokens.partition_point(|t| t.span.end <= offset)
    }
}

/// A set of phrases (whole lower-case tokens) with a payload, matched longest first.
pub(crate) struct PhraseSet<T: Copy> {
    by_first: HashMap<String, Vec<(Vec<String>, T)>>,
}

impl<T: Copy> PhraseSet<T> {
    pub fn new<'p>(phrases: impl IntoIterator<Item = (&'p str, T)>) -> PhraseSet<T> {
        let mut by_first: HashMap<String, Vec<(Vec<String>, T)>> = HashMap::new();
        for (phrase, payload) in phrases {
            let words: Vec<String> = phrase.split(' ').map(str::to_string).collect();
            by_first
                .entry(words[0].clone())
                .or_default()
                .push((words, payload));
        }
        for list in by_first.values_mut() {
            list.sort_by_key(|entry| std::cmp::Reverse(entry.0.len()));
        }
        PhraseSet { by_first }
    }

    pub fn words(words: &[&str]) -> PhraseSet<()> {
        PhraseSet::new(words.iter().map(|w| (*w, ())))
    }

    /// The longest phrase starting at token `i` that ends at or before `limit`:
    /// its length in tokens and payload.
    pub fn match_at(&self, view: &View, i: usize, limit: usize) -> Option<(usize, T)> {
        let candidates = self.by_first.get(view.lw(i))?;
        candidates.iter().find_map(|(words, payload)| {
            let n = words.len();
            (i + n <= limit && words.iter().enumerate().all(|(k, w)| view.lw(i + k) == w))
                .then_some((n, *payload))
        })
    }

    /// Whether a phrase matches at `i` (within `limit`).
    pub fn starts_at(&self, view: &View, i: usize, limit: usize) -> bool {
        self.match_at(view, i, limit).is_some()
    }

    /// All matches in `start..end`, left to right, not overlapping: (token, length, payload).
    pub fn find_all(&self, view: &View, start: usize, end: usize) -> Vec<(usize, usize, T)> {
        let mut out = Vec::new();
        let mut i = start;
        while i < end {
            if let Some((n, p)) = self.match_at(view, i, end) {
                out.push((i, n, p));
                i += n;
            } else {
                i += 1;
            }
        }
        out
    }

    pub fn contains_word(&self, word: &str) -> bool {
        self.by_first
            .get(word)
            .is_some_and(|l| l.iter().any(|(w, _)| w.len() == 1))
    }
}
