//! A fallback tokeniser, used only when a document reaches the geo stage without tokens.
//!
//! The text stage (`factum-text`) owns tokenisation; the geo stage reads `doc.tokens`. This
//! module exists so the geo stage, its tests and `factum places` still work on a bare
//! document (the stages are built in parallel, and a caller may run the geo stage alone). It
//! follows the same conventions as the text stage where they matter for place names: UD-style
//! possessive split ("Israel" + "'s"), abbreviations keep their full stop ("U.S.", "Sept."),
//! and byte spans into the document text.

use factum_doc::{Sentence, Span, Token};

const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "mt", "ft", "gen", "col", "lt", "sgt", "capt", "maj", "gov",
    "sen", "rep", "rev", "prof", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
    "oct", "nov", "dec", "inc", "corp", "co", "ltd", "no", "vs", "jr", "sr", "u.s", "u.k", "u.n",
    "d.c", "e.u", "a.m", "p.m",
];

/// Tokens and sentences of `text`.
pub fn tokenize(text: &str) -> (Vec<Token>, Vec<Sentence>) {
    let mut tokens: Vec<Token> = Vec::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    // Indices of tokens that end a sentence.
    let mut breaks: Vec<usize> = Vec::new();
    while i < text.len() {
        let c = text[i..].chars().next().expect("in bounds");
        if c.is_whitespace() {
            // A blank line ends a sentence.
            if c == '\n' && text[i + 1..].starts_with('\n') && !tokens.is_empty() {
                breaks.push(tokens.len() - 1);
            }
            if let Some(last) = tokens.last_mut() {
                last.space_after = true;
            }
            i += c.len_utf8();
            continue;
        }
        let start = i;
        if c.is_alphanumeric() {
            let mut end = i;
            for (off, ch) in text[i..].char_indices() {
                let at = i + off;
                if ch.is_alphanumeric() {
                    end = at + ch.len_utf8();
                    continue;
                }
                // Inner hyphen, apostrophe or full stop followed by a letter/digit.
                let next = text[at + ch.len_utf8()..].chars().next();
                let inner = matches!(ch, '-' | '\'' | '’' | '.' | '&')
                    && next.is_some_and(|n| n.is_alphanumeric());
                if inner {
                    // Split the possessive "'s" off ("Israel's").
                    if matches!(ch, '\'' | '’') {
                        let rest = &text[at + ch.len_utf8()..];
                        let after = rest.chars().nth(1);
                        if rest.starts_with(['s', 'S']) && !after.is_some_and(char::is_alphanumeric)
                        {
                            break;
                        }
                    }
                    end = at + ch.len_utf8();
                    continue;
                }
                break;
            }
            // Keep the full stop of an abbreviation or initial ("U.S.", "Sept.", "J.").
            let word = &text[start..end];
            if bytes.get(end) == Some(&b'.') {
                let lower = word.to_ascii_lowercase();
                let single_letter =
                    word.chars().count() == 1 && word.chars().all(char::is_uppercase);
                if single_letter || word.contains('.') || ABBREVIATIONS.contains(&lower.as_str()) {
                    end += 1;
                }
            }
            i = end;
        } else if (c == '\'' || c == '’') && text[i + c.len_utf8()..].starts_with(['s', 'S']) {
            let after = text[i + c.len_utf8() + 1..].chars().next();
            i += c.len_utf8() + 1;
            if after.is_some_and(char::is_alphanumeric) {
                i = start + c.len_utf8();
            }
        } else {
            i += c.len_utf8();
        }
        let surface = &text[start..i];
        let norm: String = surface
            .chars()
            .map(|ch| match ch {
                '’' | '‘' => '\'',
                '“' | '”' => '"',
                '—' | '–' => '-',
                other => other,
            })
            .collect();
        tokens.push(Token::new(Span::new(start, i), norm, false));
        if matches!(surface, "." | "!" | "?") {
            breaks.push(tokens.len() - 1);
        } else if surface.ends_with('.') && surface.len() > 1 {
            // An abbreviation at the end of a sentence: break when a capitalised word that
            // is not a name-like continuation follows; decided below.
        }
    }
    // Abbreviation-final tokens end a sentence when followed by a new line.
    for (k, t) in tokens.iter().enumerate() {
        if t.norm.ends_with('.') && t.norm.len() > 1 {
            let gap = &text[t.span.end as usize
                ..tokens
                    .get(k + 1)
                    .map_or(text.len(), |n| n.span.start as usize)];
            if gap.contains('\n') {
                breaks.push(k);
            }
        }
    }
    breaks.sort_unstable();
    breaks.dedup();
    let mut sentences = Vec::new();
    let mut first = 0usize;
    for b in breaks {
        // Keep a closing quote or bracket with the sentence it closes.
        let mut last = b;
        while last + 1 < tokens.len()
            && matches!(tokens[last + 1].norm.as_str(), "\"" | ")" | "'")
            && tokens[last].span.end == tokens[last + 1].span.start
        {
            last += 1;
        }
        if last + 1 > first {
            sentences.push(sentence(&tokens, first, last + 1));
            first = last + 1;
        }
    }
    if first < tokens.len() {
        sentences.push(sentence(&tokens, first, tokens.len()));
    }
    (tokens, sentences)
}

fn sentence(tokens: &[Token], start: usize, end: usize) -> Sentence {
    Sentence {
        span: Span::new(
            tokens[start].span.start as usize,
            tokens[end - 1].span.end as usize,
        ),
        token_start: start as u32,
        token_end: end as u32,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norms(text: &str) -> Vec<String> {
        tokenize(text).0.into_iter().map(|t| t.norm).collect()
    }

    #[test]
    fn splits_possessives_and_keeps_abbreviations() {
        assert_eq!(
            norms("Israel's army met U.S. envoys on Sept. 24 in Khan Yunis."),
            [
                "Israel", "'s", "army", "met", "U.S.", "envoys", "on", "Sept.", "24", "in", "Khan",
                "Yunis", "."
            ]
        );
        assert_eq!(norms("Al-Ain, Ma'rib"), ["Al-Ain", ",", "Ma'rib"]);
    }

    #[test]
    fn sentences_break_on_final_punctuation() {
        let (_, s) = tokenize("Troops left Gaza. They went home! Why?");
        assert_eq!(s.len(), 3);
        assert_eq!(s[1].token_start, 4);
    }
}
