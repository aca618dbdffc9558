//! Normalisation: Unicode NFC, `\n` line endings, no control characters.
//!
//! Every later stage slices [`factum_doc::Document::text`] by byte offsets, so the text must be
//! fixed before the first offset is taken. NFC makes "é" one code point whichever way the
//! publisher encoded it, so dictionary matches and token boundaries do not depend on the
//! encoder. Typographic quotes and dashes are *kept* in the text (display and quotation need
//! them); the per-token `norm` field carries the ASCII-folded form for matching.

use std::borrow::Cow;

use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// Normalise `text`: CRLF and lone CR become `\n`; C0/C1 control characters other than tab and
/// newline, and the byte-order mark, are removed; the result is in Unicode NFC.
/// Borrows when nothing changes (the common case for ASCII input).
pub fn normalize(text: &str) -> Cow<'_, str> {
    let bytes = text.as_bytes();
    // Fast path: plain ASCII without control characters needs no work at all.
    let needs_cleanup = bytes
        .iter()
        .any(|&b| b >= 0x80 || (b < 0x20 && b != b'\n' && b != b'\t') || b == 0x7f);
    if !needs_cleanup {
        return Cow::Borrowed(text);
    }
    let mut cleaned: Cow<'_, str> = Cow::Borrowed(text);
    if text.chars().any(is_removed_or_cr) {
        let mut out = String::with_capacity(text.len());
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            if c == '\r' {
                if chars.peek() != Some(&'\n') {
                    out.push('\n');
                }
            } else if !is_removed(c) {
                out.push(c);
            }
        }
        cleaned = Cow::Owned(out);
    }
    if is_nfc_quick(cleaned.chars()) == IsNormalized::Yes {
        return cleaned;
    }
    let nfc: String = cleaned.nfc().collect();
    if nfc == cleaned.as_ref() {
        cleaned
    } else {
        Cow::Owned(nfc)
    }
}

fn is_removed(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t') || c == '\u{feff}'
}

fn is_removed_or_cr(c: char) -> bool {
    c == '\r' || is_removed(c)
}

/// The ASCII matching form of a token: typographic quotes, apostrophes, dashes and the
/// ellipsis folded to ASCII (’ → ', “ → ", — → --, – → -, … → ...). Other characters are kept.
pub fn fold_typography(token: &str) -> String {
    if token.is_ascii() {
        return token.to_string();
    }
    let mut out = String::with_capacity(token.len());
    for c in token.chars() {
        match c {
            '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{201b}' | '\u{2032}' | '\u{02bc}' => {
                out.push('\'')
            }
            '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{201f}' | '\u{2033}' | '\u{00ab}'
            | '\u{00bb}' => out.push('"'),
            '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2212}' => out.push('-'),
            '\u{2014}' | '\u{2015}' => out.push_str("--"),
            '\u{2026}' => out.push_str("..."),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_is_borrowed() {
        assert!(matches!(normalize("plain text\n"), Cow::Borrowed(_)));
    }

    #[test]
    fn line_endings_and_controls() {
        assert_eq!(normalize("a\r\nb\rc\u{2}d\u{feff}"), "a\nb\ncd");
    }

    #[test]
    fn composes_to_nfc() {
        assert_eq!(normalize("Cafe\u{301}"), "Caf\u{e9}");
        assert!(matches!(normalize("Caf\u{e9} “x”"), Cow::Borrowed(_)));
    }

    #[test]
    fn folds_typography() {
        assert_eq!(fold_typography("Israel’s"), "Israel's");
        assert_eq!(fold_typography("“—–…”"), "\"---...\"");
        assert_eq!(fold_typography("Zürich"), "Zürich");
    }
}
