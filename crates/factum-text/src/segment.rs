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
//! anything but a sentence ("The", "He", "But", …), which no name starts: so does an initial
//! ("on X. The …"), which stands before a name; titles ("Gen.", "Mr.") never do.

use factum_doc::{Sentence, Span, Token};

use crate::tokenize::is_title_abbreviation;
use crate::words;

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

/// Whether a word, capitalised, almost always starts a sentence; asked after tokens that carry
/// their own period ("in the U.S. The talks…"): a function word that opens sentences, a
/// subject pronoun, or one of a few more openers ("No", "One", "What", "Why", "You").
fn opens_sentence(norm: &str) -> bool {
    const MORE: &[&str] = &["no", "one", "what", "why", "you"];
    words::is_capitalised(norm, words::SENTENCE_OPENERS)
        || words::is_capitalised(norm, words::PRONOUNS)
        || words::is_capitalised(norm, MORE)
}

/// Whether token `k` is a single capital letter with its period ("X.") after a word in
/// lower case ("posted *on* X. Militants …"): an initial follows a name or another initial
/// ("George W. Bush", "J. R. R. Tolkien"), never a common word, so the letter is a name of
/// its own ("X", "Plan B" aside) and its period ends the sentence before any capitalised
/// word.
fn letter_after_a_common_word(tokens: &[Token], start: usize, k: usize) -> bool {
    let letter = tokens[k].norm.len() == 2 && tokens[k].norm.as_bytes()[0].is_ascii_uppercase();
    letter
        && k > start
        && tokens[k - 1]
            .norm
            .chars()
            .next()
            .is_some_and(|c| c.is_lowercase())
}

fn starts_upper(norm: &str) -> bool {
    norm.chars().next().is_some_and(char::is_uppercase)
}

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

/// The most tokens in one sentence. Parsing is linear in sentence length but the later
/// stages (actor spans, event patterns, attribution) are not, and a "sentence" of thousands
/// of tokens is a table, a list or a feed dump, not prose. Longer runs are split
/// ([`split_long`]); ordinary news sentences are far shorter (the longest in the bundled
/// corpus and the 57-story VOA gold standard has 81 tokens).
pub const MAX_SENTENCE_TOKENS: usize = 250;

/// Split `tokens` (spans into `text`) into sentences, never across a paragraph boundary.
/// A sentence longer than [`MAX_SENTENCE_TOKENS`] is split (see [`sentences_counted`]).
pub fn sentences(text: &str, tokens: &[Token], paragraphs: &[Span]) -> Vec<Sentence> {
    sentences_counted(text, tokens, paragraphs).0
}

/// [`sentences`], and how many over-long sentences were split.
///
/// The split is made within each window of [`MAX_SENTENCE_TOKENS`] tokens, in its second
/// half, after the last `;`, else the last `:`, else the last `,` or dash, else the last
/// coordinating conjunction (the next piece starts with it); only a window with none of
/// these is cut at its end. Each piece is then a clause-like run that the parser and the
/// coder handle like a sentence.
pub fn sentences_counted(
    text: &str,
    tokens: &[Token],
    paragraphs: &[Span],
) -> (Vec<Sentence>, usize) {
    let mut out = Vec::new();
    let mut split_count = 0usize;
    let n = tokens.len();
    let mut start = 0usize;
    let mut para = 0usize;
    let mut close = |out: &mut Vec<Sentence>, start: usize, end: usize| {
        if end > start {
            if end - start > MAX_SENTENCE_TOKENS {
                split_count += 1;
            }
            for (s, e) in split_long(tokens, start, end) {
                out.push(Sentence {
                    span: Span {
                        start: tokens[s].span.start,
                        end: tokens[e - 1].span.end,
                    },
                    token_start: s as u32,
                    token_end: e as u32,
                });
            }
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
                // An initial ("J. R. R. Tolkien", "George W. Bush") stands before another
                // initial or a name, never before "The" or "He": a single letter with its
                // period before such a word ends the sentence ("said in a post on X. The
                // …", "Plan B. He …"), as any other word's period does.
                let word = &norm[..norm.len() - 1];
                !is_title_abbreviation(word)
                    && (opens_sentence(&tokens[m].norm)
                        || letter_after_a_common_word(tokens, start, k)
                            && starts_upper(&tokens[m].norm))
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
    (out, split_count)
}

/// Token ranges of at most [`MAX_SENTENCE_TOKENS`] covering `start..end` (one range when
/// it is short enough), split at clause boundaries as [`sentences_counted`] describes.
/// Linear in `end - start`.
pub fn split_long(tokens: &[Token], start: usize, end: usize) -> Vec<(usize, usize)> {
    let mut pieces = Vec::new();
    let mut s = start;
    while end - s > MAX_SENTENCE_TOKENS {
        let window_end = s + MAX_SENTENCE_TOKENS;
        let half = s + MAX_SENTENCE_TOKENS / 2;
        let last =
            |pred: &dyn Fn(&str) -> bool| (half..window_end).rev().find(|&k| pred(&tokens[k].norm));
        // A break after a punctuation token, or before a conjunction.
        let cut = last(&|t| t == ";")
            .or_else(|| last(&|t| t == ":"))
            .or_else(|| last(&|t| matches!(t, "," | "--" | "-")))
            .map(|k| k + 1)
            .or_else(|| {
                last(&|t| matches!(t, "and" | "but" | "or" | "while" | "whereas"))
                    .filter(|&k| k > s)
            })
            .unwrap_or(window_end);
        pieces.push((s, cut));
        s = cut;
    }
    pieces.push((s, end));
    pieces
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
    fn initial_before_a_sentence_opener_ends_the_sentence() {
        assert_eq!(
            split("He said so in a post on X. The army left. George W. Bush and Harry S. Truman spoke."),
            [
                "He said so in a post on X.",
                "The army left.",
                "George W. Bush and Harry S. Truman spoke."
            ]
        );
        // After a common word a letter is a name of its own, whatever word follows.
        assert_eq!(
            split("Balkhi said so in a statement posted on X. Militants attacked a train. Franklin D. Roosevelt won."),
            [
                "Balkhi said so in a statement posted on X.",
                "Militants attacked a train.",
                "Franklin D. Roosevelt won."
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

    /// Issue 17 (3): a 10,000-token sentence took 14.6 s and gave 2,154 events each
    /// storing the whole sentence. Over-long sentences are now split at clause boundaries.
    #[test]
    fn overlong_sentences_are_split_at_clause_boundaries() {
        let clause = "the army attacked positions in the south, ";
        let text = format!("{}and it ended.", clause.repeat(600));
        let toks = tokenize(&text);
        let (sents, n_split) = sentences_counted(&text, &toks, &paragraphs(&text));
        assert_eq!(n_split, 1);
        assert!(sents.len() > toks.len() / MAX_SENTENCE_TOKENS);
        let mut next = 0;
        for s in &sents {
            assert!(s.len() <= MAX_SENTENCE_TOKENS);
            assert_eq!(s.token_start as usize, next, "pieces are contiguous");
            next = s.token_end as usize;
        }
        assert_eq!(next, toks.len());
        // Every piece but the last ends at a comma: a clause boundary, not a cut.
        for s in &sents[..sents.len() - 1] {
            assert_eq!(toks[s.token_end as usize - 1].norm, ",");
        }
        // No punctuation at all: cut at the limit.
        let words = "word ".repeat(3 * MAX_SENTENCE_TOKENS);
        let toks = tokenize(&words);
        let (sents, _) = sentences_counted(&words, &toks, &paragraphs(&words));
        assert_eq!(sents.len(), 3);
        // Ordinary sentences are untouched.
        assert_eq!(split("One. Two, three."), ["One.", "Two, three."]);
    }

    #[test]
    fn paragraphs_bound_sentences() {
        assert_eq!(
            split("Headline without period\n\nBody text."),
            ["Headline without period", "Body text."]
        );
    }
}
