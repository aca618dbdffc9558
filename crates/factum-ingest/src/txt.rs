//! Plain-text articles.
//!
//! A news text file is often a headline line, a blank line, then the body; the body may open
//! with a dateline ("BEIRUT (AP) —") or a publisher tag ("(MENAFN)"). The headline becomes
//! `title` and the dateline moves to `dateline` (in [`crate::finish`]), so the body's first
//! sentence is the first sentence of the story.

use factum_doc::{Document, Origin};

use crate::{Diagnostic, ReadOptions};

/// The longest line taken as a headline, in bytes.
const MAX_HEADLINE: usize = 200;

pub(crate) fn read(text: &str, location: &str, opts: &ReadOptions) -> Result<Document, Diagnostic> {
    let (title, body) = split_headline(text);
    let mut doc = Document::new(body.to_string(), Origin::new(location, "txt"));
    doc.title = title.map(str::to_string);
    crate::finish(doc, None, location, opts)
}

/// A first paragraph that is one short line without sentence-final punctuation, followed by
/// more text, is a headline.
fn split_headline(text: &str) -> (Option<&str>, &str) {
    let trimmed = text.trim_start();
    let Some(end) = trimmed.find('\n') else {
        return (None, text);
    };
    let first = trimmed[..end].trim();
    let rest = &trimmed[end + 1..];
    let blank_after = rest.split('\n').next().is_some_and(|l| l.trim().is_empty());
    let looks_like_headline = blank_after
        && !first.is_empty()
        && first.len() <= MAX_HEADLINE
        && first.split_whitespace().count() >= 2
        && !first.ends_with([
            '.', '!', '?', ':', ';', ',', '"', '\u{201d}', ')', '-', '\u{2014}',
        ])
        && !first.starts_with('(')
        && !rest.trim().is_empty()
        && crate::dateline::split_dateline(first).is_none();
    if looks_like_headline {
        (Some(first), rest)
    } else {
        (None, text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_str(text: &str) -> Document {
        read(text, "a.txt", &ReadOptions::default()).unwrap()
    }

    #[test]
    fn headline_and_dateline() {
        let doc = read_str("Ceasefire talks resume in Cairo\n\nCAIRO (AP) — Negotiators met on Monday.\n\nThey will meet again.\n");
        assert_eq!(
            doc.title.as_deref(),
            Some("Ceasefire talks resume in Cairo")
        );
        let d = doc.dateline.as_ref().unwrap();
        assert_eq!(d.place.as_deref(), Some("CAIRO"));
        assert_eq!(d.agency.as_deref(), Some("AP"));
        assert_eq!(doc.source.as_deref(), Some("AP"));
        assert_eq!(
            doc.text,
            "Negotiators met on Monday.\n\nThey will meet again."
        );
        assert_eq!(doc.id, Document::content_id(&doc.text));
        assert_eq!(doc.origin.format, "txt");
    }

    #[test]
    fn publisher_tag_without_headline() {
        let doc = read_str("(MENAFN) insiders have disclosed a plan. It is new.\n\n\nMore text.");
        assert_eq!(doc.title, None);
        assert_eq!(doc.source.as_deref(), Some("MENAFN"));
        assert_eq!(doc.dateline.as_ref().unwrap().raw, "(MENAFN)");
        assert!(doc.text.starts_with("insiders have disclosed"));
    }

    #[test]
    fn a_sentence_is_not_a_headline() {
        let doc = read_str("The army said it withdrew.\n\nTalks follow.");
        assert_eq!(doc.title, None);
        assert!(doc.text.starts_with("The army said"));
        let doc = read_str("One line only");
        assert_eq!(doc.title, None);
        assert_eq!(doc.text, "One line only");
    }
}
