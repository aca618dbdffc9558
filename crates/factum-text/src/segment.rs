//! Paragraphs and sentences.
//!
//! Paragraphs are separated by blank lines, or start with a line indented deeper than the line
//! before it (Reuters and other wire copy indent paragraph starts instead of leaving a blank
//! line). Sentences never cross a paragraph boundary.
//!
//! Sentence boundaries are decided on tokens, after tokenisation, because the tokeniser has
//! already decided which periods belong to words: a period inside "U.S.", "Gen." or "5.93" is
//! not a separate token and so is not a candidate boundary. A separate ".", "!", "?" or "..."
//! ends a sentence (together with closing quotes and brackets right after it) unless the next
//! token starts in lower case or is mid-sentence punctuation. A token that *ends* with its own
//! period ("U.S.", "Inc.") ends a sentence only when the next word is one that rarely starts
//! anything but a sentence ("The", "He", "But", …); titles ("Gen.", "Mr.") and initials never do.

use factum_doc::{Sentence, Span, Token};

use crate::tokenize::is_title_abbreviation;

/// Paragraph spans of `text`, trimmed of surrounding whitespace, in order.
pub fn paragraphs(text: &str) -> Vec<Span> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut para: Option<(usize, usize)> = None; // (start, end of last non-blank content)
    let mut prev_indent = 0usize;
    let mut line_start = 0usize;
    while line_start < bytes.len() {
        let line_end = bytes[line_start..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(bytes.len(), |p| line_start + p);
        let line = &text[line_start..line_end];
        let trimmed_start = line.trim_start();
        if trimmed_start.is_empty() {
            if let Some((s, e)) = para.take() {
                out.push(Span::new(s, e));
            }
            prev_indent = 0;
        } else {
            let indent = line.len() - trimmed_start.len();
            let content_start = line_start + indent;
            let content_end = line_start + line.trim_end().len();
            match para {
                Some((s, e)) if indent > prev_indent => {
                    out.push(Span::new(s, e));
                    para = Some((content_start, content_end));
                }
                Some((s, _)) => para = Some((s, content_end)),
                None => para = Some((content_start, content_end)),
            }
            prev_indent = indent;
        }
        line_start = line_end + 1;
    }
    if let Some((s, e)) = para {
        out.push(Span::new(s, e));
    }
    out
}

/// Words that, capitalised, almost always start a sentence; used after tokens that carry their
/// own period ("in the U.S. The talks…").
const SENTENCE_STARTERS: &[&str] = &[
    "A",
    "After",
    "Also",
    "An",
    "And",
    "As",
    "At",
    "But",
    "During",
    "For",
    "He",
    "Her",
    "His",
    "However",
    "I",
    "If",
    "In",
    "It",
    "Its",
    "Meanwhile",
    "Most",
    "No",
    "On",
    "One",
    "Our",
    "She",
    "Some",
    "That",
    "The",
    "Their",
    "There",
    "These",
    "They",
    "This",
    "Those",
    "Under",
    "We",
    "What",
    "When",
    "While",
    "Why",
    "Yet",
    "You",
];

fn is_terminal(norm: &str) -> bool {
    !norm.is_empty() && norm.bytes().all(|b| matches!(b, b'.' | b'!' | b'?'))
}

/// Closing punctuation that stays with the sentence before it.
fn is_closer(text: &str, tokens: &[Token], k: usize) -> bool {
    let t = &text[tokens[k].span.range()];
    match t {
        ")" | "]" | "}" | "\u{201d}" | "\u{2019}" | "\u{bb}" | "''" => true,
        // Straight quotes are ambiguous: closing only when glued to what precedes them.
        "\"" | "'" => !tokens[k - 1].space_after,
        _ => false,
    }
}

/// Whether a sentence may start with token `k` after a sentence-final period, `!` or `?`.
fn can_start_sentence(norm: &str) -> bool {
    match norm.chars().next() {
        Some(c) if c.is_lowercase() => false,
        Some(',' | ';' | ':' | '%' | ')' | ']' | '}' | '-') => false,
        Some(_) => true,
        None => false,
    }
}

/// Split `tokens` (spans into `text`) into sentences, never across a paragraph boundary.
pub fn sentences(text: &str, tokens: &[Token], paragraphs: &[Span]) -> Vec<Sentence> {
    let mut out = Vec::new();
    let n = tokens.len();
    let mut start = 0usize;
    let mut para = 0usize;
    let close = |out: &mut Vec<Sentence>, start: usize, end: usize| {
        if end > start {
            out.push(Sentence {
                span: Span {
                    start: tokens[start].span.start,
                    end: tokens[end - 1].span.end,
                },
                token_start: start as u32,
                token_end: end as u32,
            });
        }
    };
    let mut k = 0usize;
    while k < n {
        // Paragraph boundary before token k?
        let mut new_para = false;
        while para < paragraphs.len() && tokens[k].span.start >= paragraphs[para].end {
            para += 1;
            new_para = true;
        }
        if new_para && k > start {
            close(&mut out, start, k);
            start = k;
        }
        let norm = tokens[k].norm.as_str();
        let ends_with_own_period = norm.len() > 1 && norm.ends_with('.') && !is_terminal(norm);
        if is_terminal(norm) || ends_with_own_period {
            let para_end = paragraphs.get(para).map_or(u32::MAX, |p| p.end);
            let mut m = k + 1;
            while m < n && tokens[m].span.start < para_end && is_closer(text, tokens, m) {
                m += 1;
            }
            let split = if m >= n {
                false // the end of the text closes the last sentence anyway
            } else if ends_with_own_period {
                let word = &norm[..norm.len() - 1];
                let is_initial = word.len() == 1;
                !is_title_abbreviation(word)
                    && !is_initial
                    && SENTENCE_STARTERS.contains(&tokens[m].norm.as_str())
            } else {
                can_start_sentence(&tokens[m].norm)
            };
            if split {
                close(&mut out, start, m);
                start = m;
            }
            k = m;
            continue;
        }
        k += 1;
    }
    close(&mut out, start, n);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokenize::tokenize;

    fn split(text: &str) -> Vec<&str> {
        let toks = tokenize(text);
        let paras = paragraphs(text);
        sentences(text, &toks, &paras)
            .iter()
            .map(|s| &text[s.span.range()])
            .collect()
    }

    #[test]
    fn paragraphs_blank_lines_and_indents() {
        let text = "One line\ncontinues.\n\n\nTwo.\n    Three starts\nhere.\n  ";
        let p: Vec<&str> = paragraphs(text).iter().map(|s| &text[s.range()]).collect();
        assert_eq!(p, ["One line\ncontinues.", "Two.", "Three starts\nhere."]);
        let text = "  all indented\n  alike\n";
        let p: Vec<&str> = paragraphs(text).iter().map(|s| &text[s.range()]).collect();
        assert_eq!(p, ["all indented\n  alike"]);
    }

    #[test]
    fn abbreviations_do_not_split() {
        assert_eq!(
            split("U.S. Secretary of State Antony Blinken met Gen. Smith at the U.N. General Assembly on Jan. 5. He left."),
            [
                "U.S. Secretary of State Antony Blinken met Gen. Smith at the U.N. General Assembly on Jan. 5.",
                "He left."
            ]
        );
        assert_eq!(
            split("J. R. R. Tolkien wrote No. 3 in 1937. Prices rose 5.93 percent."),
            [
                "J. R. R. Tolkien wrote No. 3 in 1937.",
                "Prices rose 5.93 percent."
            ]
        );
    }

    #[test]
    fn acronym_at_sentence_end() {
        assert_eq!(
            split("Talks moved to the U.S. The envoy left. The U.S. is ready."),
            [
                "Talks moved to the U.S.",
                "The envoy left.",
                "The U.S. is ready."
            ]
        );
    }

    #[test]
    fn quotes_and_ellipses() {
        assert_eq!(
            split("He said: \"It is over.\" Then he left. \"Why?\" she asked. Wait... What?"),
            [
                "He said: \"It is over.\"",
                "Then he left.",
                "\"Why?\" she asked.",
                "Wait...",
                "What?"
            ]
        );
        assert_eq!(
            split("“We will respond.” The army said… nothing more."),
            ["“We will respond.”", "The army said… nothing more."]
        );
    }

    #[test]
    fn paragraphs_bound_sentences() {
        assert_eq!(
            split("Headline without period\n\nBody text."),
            ["Headline without period", "Body text."]
        );
    }
}
