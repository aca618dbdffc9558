//! A small tokeniser and sentence splitter, used when no text stage has run.
//!
//! The coder works on `doc.tokens` and `doc.sentences`, which the text stage
//! (`factum-text`) fills. Validation records and tests must still be codable without it,
//! so this module gives a UD-like segmentation good enough for dictionary matching:
//! punctuation split off, clitics `'s` and `n't` separate ("didn't" → "did" "n't"),
//! abbreviations with inner dots kept whole ("U.S."), and sentence breaks after `.`, `!`,
//! `?` followed by an upper-case word. It is deliberately simple; the text stage replaces
//! it whenever it has run.

use factum_doc::{Document, Sentence, Span, Token};

const ABBREVIATIONS: &[&str] = &[
    "Mr.", "Mrs.", "Ms.", "Dr.", "Gen.", "Lt.", "Col.", "Sgt.", "Capt.", "Gov.", "Sen.", "Rep.",
    "Sr.", "Jr.", "St.", "Prof.", "Rev.", "Maj.", "Adm.", "Cmdr.", "No.", "Jan.", "Feb.", "Mar.",
    "Apr.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.", "Inc.", "Corp.", "Co.", "Ltd.", "vs.",
    "etc.",
];

fn fold(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' | '`' => '\'',
            '\u{201C}' | '\u{201D}' => '"',
            '\u{2013}' | '\u{2014}' => '-',
            c => c,
        })
        .collect()
}

/// Split one whitespace-free chunk starting at byte `base` into tokens.
fn split_chunk(text: &str, base: usize, out: &mut Vec<(usize, usize)>) {
    let chunk = text;
    let mut start = 0;
    let mut end = chunk.len();
    let is_punct = |c: char| "\"'`([{)]},;:!?.\u{2018}\u{2019}\u{201C}\u{201D}".contains(c);
    // Leading punctuation.
    while start < end {
        let c = chunk[start..].chars().next().unwrap();
        if is_punct(c) && c != '.' {
            out.push((base + start, base + start + c.len_utf8()));
            start += c.len_utf8();
        } else {
            break;
        }
    }
    // Trailing punctuation, collected in reverse.
    let mut trailing = Vec::new();
    while end > start {
        let c = chunk[..end].chars().next_back().unwrap();
        if !is_punct(c) {
            break;
        }
        if c == '.' {
            let word = &chunk[start..end];
            let inner_dot = word[..word.len() - 1].contains('.');
            let single_letter = word.len() == 2 && word.chars().next().unwrap().is_alphabetic();
            if inner_dot || single_letter || ABBREVIATIONS.contains(&word) {
                break;
            }
        }
        trailing.push((base + end - c.len_utf8(), base + end));
        end -= c.len_utf8();
    }
    if start < end {
        let word = &chunk[start..end];
        let folded = fold(word).to_lowercase();
        if folded.len() > 3 && folded.ends_with("n't") {
            let cut = end
                - word
                    .chars()
                    .rev()
                    .take(3)
                    .map(char::len_utf8)
                    .sum::<usize>();
            out.push((base + start, base + cut));
            out.push((base + cut, base + end));
        } else if folded.len() > 2
            && (folded.ends_with("'s") || folded.ends_with("'d") || folded.ends_with("'m"))
        {
            let cut = end
                - word
                    .chars()
                    .rev()
                    .take(2)
                    .map(char::len_utf8)
                    .sum::<usize>();
            out.push((base + start, base + cut));
            out.push((base + cut, base + end));
        } else if folded.len() > 3
            && (folded.ends_with("'re") || folded.ends_with("'ll") || folded.ends_with("'ve"))
        {
            let cut = end
                - word
                    .chars()
                    .rev()
                    .take(3)
                    .map(char::len_utf8)
                    .sum::<usize>();
            out.push((base + start, base + cut));
            out.push((base + cut, base + end));
        } else {
            out.push((base + start, base + end));
        }
    }
    trailing.reverse();
    out.extend(trailing);
}

/// Fill `doc.tokens` and `doc.sentences` from `doc.text` if they are empty.
pub fn segment(doc: &mut Document) {
    if !doc.tokens.is_empty() {
        return;
    }
    let text = &doc.text;
    let mut spans = Vec::new();
    let mut chunk_start = None;
    for (i, c) in text.char_indices() {
        if c.is_whitespace() {
            if let Some(s) = chunk_start.take() {
                split_chunk(&text[s..i], s, &mut spans);
            }
        } else if chunk_start.is_none() {
            chunk_start = Some(i);
        }
    }
    if let Some(s) = chunk_start {
        split_chunk(&text[s..], s, &mut spans);
    }
    let mut tokens = Vec::with_capacity(spans.len());
    for (k, &(s, e)) in spans.iter().enumerate() {
        let space_after = spans.get(k + 1).is_none_or(|n| n.0 > e);
        tokens.push(Token::new(Span::new(s, e), fold(&text[s..e]), space_after));
    }
    let mut sentences = Vec::new();
    let mut first = 0usize;
    for k in 0..tokens.len() {
        let t = &tokens[k].norm;
        let terminal = |s: &str| matches!(s, "." | "!" | "?");
        // A closing quote or bracket right after the full stop ends the sentence instead.
        let ends = terminal(t)
            || (matches!(t.as_str(), "\"" | ")" | "'") && k > 0 && terminal(&tokens[k - 1].norm));
        let next_starts = match tokens.get(k + 1) {
            None => true,
            Some(n) => {
                let c = n.norm.chars().next().unwrap_or(' ');
                c.is_uppercase() || c.is_numeric()
            }
        };
        if (ends && next_starts) || k + 1 == tokens.len() {
            sentences.push(Sentence {
                span: Span {
                    start: tokens[first].span.start,
                    end: tokens[k].span.end,
                },
                token_start: first as u32,
                token_end: k as u32 + 1,
            });
            first = k + 1;
        }
    }
    doc.tokens = tokens;
    doc.sentences = sentences;
}

#[cfg(test)]
mod tests {
    use super::*;
    use factum_doc::Origin;

    fn norms(text: &str) -> (Vec<String>, usize) {
        let mut d = Document::new(text, Origin::default());
        segment(&mut d);
        d.validate().unwrap();
        (
            d.tokens.iter().map(|t| t.norm.clone()).collect(),
            d.sentences.len(),
        )
    }

    #[test]
    fn clitics_abbreviations_and_sentences() {
        let (t, s) =
            norms("Gondor's U.S. envoy didn't go. Arnor (the state) said: \u{201C}no.\u{201D}");
        assert_eq!(
            t,
            vec![
                "Gondor", "'s", "U.S.", "envoy", "did", "n't", "go", ".", "Arnor", "(", "the",
                "state", ")", "said", ":", "\"", "no", ".", "\""
            ]
        );
        assert_eq!(s, 2);
    }
}
