//! The factum data model.
//!
//! One [`Document`] flows through the pipeline (ingest → text → syntax → actors & places →
//! events → attribution & modality → store) and each stage adds a *layer* to it. This crate
//! holds only data and the invariants that tie the layers together; the stages that fill the
//! layers live in their own crates. Keeping every layer type here means a later stage (the
//! store, the exporters) can read any layer without depending on the crate that produced it.
//!
//! # Invariants
//!
//! * [`Document::text`] is the normalised body (Unicode NFC, line endings `\n`). It is never
//!   changed after the text stage has run.
//! * Every [`Span`] in every layer is a pair of **byte** offsets into [`Document::text`]; both
//!   ends lie on UTF-8 character boundaries and `start <= end <= text.len()`.
//!   [`Document::validate`] checks this, and tests call it after every stage.
//! * Tokens are in text order and do not overlap. Each sentence owns a contiguous, non-empty
//!   run of tokens (`token_start..token_end`) and sentences are in order and do not overlap.
//! * Per-token layers (the syntax layer) are parallel to [`Document::tokens`]: index `i` in
//!   the layer describes token `i`.
//! * Token indices stored in layers (`head`, event verb tokens, …) are *document* token
//!   indices unless a field says otherwise.
//!
//! Beside the layers, [`tree`] answers the questions every reader of the syntax layer asks
//! (a token's children, the phrase it heads, its clause) on a tree built once per sentence.
//! [`words`] holds the closed classes of English words several stages recognise (months,
//! weekdays, pronouns, reporting verbs, sentence openers), one home each.

#[macro_use]
mod named;

mod attribution;
mod events;
pub mod fold;
mod places;
mod span;
mod syntax;
mod text;
pub mod tree;
pub mod words;

pub use attribution::*;
pub use events::*;
pub use places::*;
pub use span::Span;
pub use syntax::*;
pub use text::*;

use std::collections::BTreeMap;

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

/// A news article (or any text) and every layer the pipeline has added to it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// Stable identifier: the input's own id when it has one, else a content hash
    /// (see [`Document::content_id`]).
    pub id: String,
    /// Headline, when the input has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Publisher or outlet ("MENAFN", "AP", a feed's title).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Where the article lives on the web.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Publication time with the offset the input gave (UTC when it gave none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<DateTime<FixedOffset>>,
    /// Authors from a byline.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub authors: Vec<String>,
    /// A dateline moved out of the body ("BEIRUT (AP) —" → place "BEIRUT", agency "AP").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dateline: Option<Dateline>,
    /// BCP 47 language tag; factum's models are English ("en").
    pub language: String,
    /// Where the document came from (file, line, feed item), for error messages and provenance.
    pub origin: Origin,
    /// Input fields factum does not interpret, kept verbatim.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub metadata: BTreeMap<String, serde_json::Value>,
    /// Normalised body text; every span points into it.
    pub text: String,

    /// Paragraph spans (text stage).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub paragraphs: Vec<Span>,
    /// Sentences (text stage).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sentences: Vec<Sentence>,
    /// Tokens (text stage).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tokens: Vec<Token>,
    /// Tags, lemmas and dependencies, parallel to `tokens` (syntax stage).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub syntax: Option<Vec<TokenSyntax>>,
    /// Actor mentions (actor stage).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actors: Vec<ActorMention>,
    /// Resolved place mentions (geo stage), in text order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub places: Vec<PlaceMention>,
    /// Resolved time expressions (geo/time stage).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub times: Vec<TimeExpression>,
    /// Coded events (event stage; located, dated and attributed by later stages).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub events: Vec<Event>,
    /// Attributions: who says so (attribution stage).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attributions: Vec<Attribution>,
    /// Direct and indirect quotations with their speakers (attribution stage).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub quotes: Vec<Quote>,
    /// Modality of each sentence that is not a plain assertion (attribution stage).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sentence_modalities: Vec<SentenceModality>,
}

/// A dateline lifted from the start of an article body.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dateline {
    /// The place named in the dateline ("BEIRUT"), as written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    /// The agency named in the dateline ("AP", "Reuters", "MENAFN").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agency: Option<String>,
    /// The raw dateline text as it stood in the input.
    pub raw: String,
}

/// Where a document was read from.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Origin {
    /// File path, URL, or `-` for standard input.
    pub path: String,
    /// 1-based line number for line-oriented inputs (JSON Lines).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<u64>,
    /// 0-based item index inside a feed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item: Option<u64>,
    /// Reader that produced the document ("txt", "html", "jsonl", "rss").
    pub format: String,
}

impl Origin {
    /// A whole input at `path` read by the reader `format` (no line, no feed item).
    pub fn new(path: impl Into<String>, format: &str) -> Origin {
        Origin {
            path: path.into(),
            format: format.to_string(),
            ..Origin::default()
        }
    }
}

impl Document {
    /// A document with the given body and origin; every other field empty. `id` is the
    /// content hash of the text.
    pub fn new(text: impl Into<String>, origin: Origin) -> Document {
        let text = text.into();
        Document {
            id: Document::content_id(&text),
            language: "en".to_string(),
            origin,
            text,
            ..Document::default()
        }
    }

    /// Stable content identifier: 64-bit FNV-1a of the text, as 16 hex digits. Stable across
    /// platforms and releases (tests pin it), so re-ingesting the same text gives the same id.
    pub fn content_id(text: &str) -> String {
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
        for byte in text.as_bytes() {
            hash ^= u64::from(*byte);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
        format!("{hash:016x}")
    }

    /// The text a span covers. Panics if the span breaks the invariants, which
    /// [`Document::validate`] rules out.
    pub fn slice(&self, span: Span) -> &str {
        &self.text[span.range()]
    }

    /// The tokens of sentence `index`.
    pub fn sentence_tokens(&self, index: usize) -> &[Token] {
        let s = &self.sentences[index];
        &self.tokens[s.token_start as usize..s.token_end as usize]
    }

    /// The index of the token that starts at byte `byte` (an event's trigger word, a
    /// mention's first word), if one does.
    pub fn token_at(&self, byte: u32) -> Option<usize> {
        self.tokens
            .binary_search_by_key(&byte, |t| t.span.start)
            .ok()
    }

    /// The lemma of the token that starts at byte `byte` ([`Document::token_at`]: an
    /// event's trigger word), when the document is parsed.
    pub fn lemma_at(&self, byte: u32) -> Option<&str> {
        let t = self.token_at(byte)?;
        Some(self.syntax.as_deref()?.get(t)?.lemma.as_str())
    }

    /// The index of the sentence that contains document token `token`, if any.
    pub fn sentence_of_token(&self, token: u32) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.token_end <= token);
        (i < self.sentences.len() && self.sentences[i].token_start <= token).then_some(i)
    }

    /// The tokens of the place phrase sentence `si` opens with, after its "In" and before
    /// the comma that closes it within eight words ("*In neighboring Burkina Faso*, the
    /// military government said …"): news English moves the story to another land so, and
    /// the actor and event stages read the land there. `None` when the sentence does not
    /// open so.
    pub fn opening_place_phrase(&self, si: usize) -> Option<std::ops::Range<usize>> {
        let sentence = self.sentences.get(si)?;
        let (first, end) = (sentence.token_start as usize, sentence.token_end as usize);
        if self.slice(self.tokens.get(first)?.span) != "In" {
            return None;
        }
        let comma =
            (first + 2..end.min(first + 9)).find(|&k| self.slice(self.tokens[k].span) == ",")?;
        Some(first + 1..comma)
    }

    /// Check the invariants in the crate documentation, returning the first violation.
    pub fn validate(&self) -> Result<(), String> {
        let check = |what: &str, span: Span| -> Result<(), String> {
            let (s, e) = (span.start as usize, span.end as usize);
            if s > e || e > self.text.len() {
                return Err(format!(
                    "{what} span {s}..{e} out of bounds (text is {} bytes)",
                    self.text.len()
                ));
            }
            if !self.text.is_char_boundary(s) || !self.text.is_char_boundary(e) {
                return Err(format!("{what} span {s}..{e} splits a UTF-8 character"));
            }
            Ok(())
        };
        for p in &self.paragraphs {
            check("paragraph", *p)?;
        }
        let mut prev_end = 0u32;
        for (i, t) in self.tokens.iter().enumerate() {
            check("token", t.span)?;
            if t.span.start < prev_end {
                return Err(format!("token {i} overlaps or precedes the previous token"));
            }
            if t.span.is_empty() {
                return Err(format!("token {i} is empty"));
            }
            prev_end = t.span.end;
        }
        let mut prev_tok = 0u32;
        for (i, s) in self.sentences.iter().enumerate() {
            check("sentence", s.span)?;
            if s.token_start >= s.token_end || s.token_end as usize > self.tokens.len() {
                return Err(format!(
                    "sentence {i} has an empty or out-of-range token run"
                ));
            }
            if s.token_start < prev_tok {
                return Err(format!("sentence {i} overlaps the previous sentence"));
            }
            prev_tok = s.token_end;
        }
        if let Some(syntax) = &self.syntax {
            if syntax.len() != self.tokens.len() {
                return Err(format!(
                    "syntax layer has {} entries for {} tokens",
                    syntax.len(),
                    self.tokens.len()
                ));
            }
        }
        for a in &self.actors {
            check("actor", a.span)?;
        }
        for p in &self.places {
            check("place", p.span)?;
        }
        for t in &self.times {
            check("time", t.span)?;
        }
        for e in &self.events {
            check("event verb", e.verb_span)?;
        }
        for a in &self.attributions {
            check("attribution", a.span)?;
        }
        for q in &self.quotes {
            check("quote", q.span)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_id_is_pinned() {
        // Changing the hash would change every stored document id.
        assert_eq!(Document::content_id(""), "cbf29ce484222325");
        assert_eq!(Document::content_id("a"), "af63dc4c8601ec8c");
    }

    #[test]
    fn validate_rejects_split_characters() {
        let mut doc = Document::new("é", Origin::default());
        doc.paragraphs.push(Span::new(0, 1));
        assert!(doc.validate().unwrap_err().contains("UTF-8"));
    }

    #[test]
    fn sentence_of_token_finds_owner() {
        let mut doc = Document::new("A b. C d.", Origin::default());
        for (s, e) in [(0, 1), (2, 3), (3, 4), (5, 6), (7, 8), (8, 9)] {
            doc.tokens.push(Token::new(Span::new(s, e), "x", true));
        }
        doc.sentences.push(Sentence {
            span: Span::new(0, 4),
            token_start: 0,
            token_end: 3,
        });
        doc.sentences.push(Sentence {
            span: Span::new(5, 9),
            token_start: 3,
            token_end: 6,
        });
        assert_eq!(doc.sentence_of_token(2), Some(0));
        assert_eq!(doc.sentence_of_token(3), Some(1));
        assert_eq!(doc.sentence_of_token(6), None);
        doc.validate().unwrap();
    }
}
