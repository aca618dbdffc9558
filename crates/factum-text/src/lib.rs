//! Text stage: normalisation, paragraphs, sentence segmentation and UD-style tokenisation,
//! every unit with byte offsets into the normalised text.
//!
//! [`process`] is what the pipeline runs: it normalises [`Document::text`] (NFC, `\n` line
//! endings, no control characters) and then fills `paragraphs`, `tokens` and `sentences`.
//! After it, `doc.text` is frozen: every later layer points into it by byte offset.
//!
//! [`tokenize`] tokenises text that is already one sentence (a treebank line, a query), and
//! [`split`] returns tokens and sentences for a text without a [`Document`].
//!
//! [`words`] (re-exported from `factum_doc::words`, the floor below the stages, so ingest
//! upstream of this stage reads it too) holds the closed word classes (months, weekdays,
//! pronouns, reporting verbs, sentence openers) that several stages recognise.
//!
//! Why hand-written scanning rather than regular expressions: the stage runs on every byte of
//! every article, and a byte-level scanner with an ASCII fast path keeps it well above the
//! throughput of the later stages (see `benches/text_stage.rs` and `docs/ingest.md`).

mod normalize;
mod segment;
mod tokenize;
pub use factum_doc::words;

pub use factum_doc::fold::{fold_diacritics, fold_letter};
pub use normalize::{fold_typography, normalize};
pub use segment::{paragraphs, sentences, sentences_counted, split_long, MAX_SENTENCE_TOKENS};
pub use tokenize::{tokenize, tokenize_into};

use std::borrow::Cow;

use factum_doc::{Document, Sentence, Span, Token};

/// Run the text stage on `doc`: normalise `text` and `title`, then fill `paragraphs`,
/// `tokens` and `sentences` (replacing whatever was there). Idempotent.
pub fn process(doc: &mut Document) {
    process_counted(doc);
}

/// What the text stage's limits did to one document.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TextReport {
    /// Sentences longer than [`MAX_SENTENCE_TOKENS`] that were split.
    pub split_sentences: usize,
}

/// [`process`], reporting the sentences it had to split.
pub fn process_counted(doc: &mut Document) -> TextReport {
    if let Cow::Owned(normalized) = normalize(&doc.text) {
        doc.text = normalized;
    }
    if let Some(title) = &doc.title {
        if let Cow::Owned(normalized) = normalize(title) {
            doc.title = Some(normalized);
        }
    }
    let paragraphs = segment::paragraphs(&doc.text);
    let tokens = tokenize::tokenize(&doc.text);
    let (sentences, split_sentences) = segment::sentences_counted(&doc.text, &tokens, &paragraphs);
    doc.paragraphs = paragraphs;
    doc.tokens = tokens;
    doc.sentences = sentences;
    TextReport { split_sentences }
}

/// Paragraphs, tokens and sentences of an already normalised text.
pub fn split(text: &str) -> (Vec<Span>, Vec<Token>, Vec<Sentence>) {
    let paragraphs = segment::paragraphs(text);
    let tokens = tokenize::tokenize(text);
    let sentences = segment::sentences(text, &tokens, &paragraphs);
    (paragraphs, tokens, sentences)
}

#[cfg(test)]
mod tests {
    use super::*;
    use factum_doc::Origin;

    #[test]
    fn process_normalises_and_fills_layers() {
        let mut doc = Document::new("Cafe\u{301} “open”.\r\nIt’s late.", Origin::default());
        process(&mut doc);
        assert_eq!(doc.text, "Caf\u{e9} “open”.\nIt’s late.");
        assert_eq!(doc.sentences.len(), 2);
        assert_eq!(doc.tokens[1].norm, "\"");
        doc.validate().unwrap();
        let before = doc.clone();
        process(&mut doc);
        assert_eq!(doc, before, "process is idempotent");
    }
}
