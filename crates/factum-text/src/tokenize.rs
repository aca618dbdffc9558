//! Tokenisation following UD English (EWT) conventions, with byte spans.
//!
//! The parser is trained on UD English Web Treebank *words*, so the tokeniser produces the
//! same units: clitics split off ("do" "n't", "Israel" "'s", "they" "'re", "ca" "n't"),
//! punctuation split from words, "$5.6" → "$" "5.6", but abbreviations and acronyms keep their
//! period ("U.S.", "Gen.", "Jan.", "J."), numbers keep their internal punctuation ("5.93",
//! "1,000", "5:00", "9/11"), and URLs and e-mail addresses stay whole. Hyphenated compounds are
//! split ("U.S." "-" "driven", "all" "-" "out") except after the prefixes EWT keeps attached
//! ("e-mail", "non-profit", "anti-war", "co-workers", …) and between digits.
//!
//! The scanner works on bytes: ASCII is classified by a `match` on the byte and only non-ASCII
//! characters are decoded, so the common case costs a few instructions per byte.

use factum_doc::{Span, Token};

use crate::normalize::fold_typography;
use crate::words;

/// Tokenise `text` (no sentence splitting): tokens with byte spans relative to `text`.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::with_capacity(text.len() / 5 + 1);
    tokenize_into(text, &mut out);
    out
}

/// Tokenise `text`, appending to `out`. Spans are relative to `text`.
pub fn tokenize_into(text: &str, out: &mut Vec<Token>) {
    let bytes = text.as_bytes();
    let len = bytes.len();
    let mut i = 0;
    while i < len {
        let (c, w) = char_at(text, i);
        if c.is_whitespace() {
            i += w;
            continue;
        }
        let start = i;
        i += w;
        while i < len {
            let (c, w) = char_at(text, i);
            if c.is_whitespace() {
                break;
            }
            i += w;
        }
        let first = out.len();
        Chunk {
            text,
            end: i,
            out: &mut *out,
        }
        .split(start);
        if out.len() > first {
            if let Some(last) = out.last_mut() {
                last.space_after = i < len;
            }
        }
    }
}

#[inline]
fn char_at(text: &str, i: usize) -> (char, usize) {
    let b = text.as_bytes()[i];
    if b < 0x80 {
        (b as char, 1)
    } else {
        let c = text[i..].chars().next().expect("index on a char boundary");
        (c, c.len_utf8())
    }
}

/// Letters, digits and combining marks: the characters words are made of.
#[inline]
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        c.is_alphanumeric()
            || matches!(c as u32,
                0x0300..=0x036f | 0x1ab0..=0x1aff | 0x1dc0..=0x1dff | 0x20d0..=0x20ff
                | 0xfe20..=0xfe2f | 0xfe00..=0xfe0f | 0x200c | 0x200d)
    }
}

#[inline]
fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

/// Prefixes EWT keeps attached to the following word across a hyphen.
const KEPT_HYPHEN_PREFIXES: &[&str] = &[
    "e", "non", "anti", "pre", "re", "mid", "co", "post", "pro", "multi", "ex", "semi", "counter",
    "sub", "vice", "psycho", "neo", "cross", "un", "socio", "mis", "micro", "intra", "inter", "bi",
    "tri", "quasi", "pseudo", "ultra", "over",
];

/// Abbreviations that keep their period (so do the month abbreviations of [`words`]). Titles
/// are also used by the sentence splitter (see `crate::segment`), which never ends a sentence
/// after a title.
pub(crate) const TITLE_ABBREVIATIONS: &[&str] = &[
    "Adm", "Amb", "Brig", "Capt", "Cmdr", "Col", "Cpl", "Dr", "Fr", "Gen", "Gov", "Hon", "Insp",
    "Lt", "Maj", "Messrs", "Mr", "Mrs", "Ms", "Mt", "Pres", "Prof", "Pvt", "Rep", "Reps", "Rev",
    "Sen", "Sens", "Sgt", "Sr", "Jr", "St", "Supt", "Ft", "Gens", "Dept",
];
const OTHER_ABBREVIATIONS: &[&str] = &[
    "Inc", "Corp", "Co", "Ltd", "Bros", "Cos", "Plc", "vs", "approx", "est", "Ave", "Blvd", "Rd",
    "Calif", "Conn", "Fla", "Ill", "Mass", "Mich", "Minn", "Penn", "Tenn", "Tex", "Wash", "Wis",
    "Ariz", "Colo", "Ky", "La", "Md", "Mo", "Nev", "Okla", "Ore", "Pa", "Va", "Ga", "Ala", "Ark",
    "Del", "Kan", "Neb", "Vt", "cf", "ca", "al", "fig", "Fig", "govt",
];
/// Abbreviations that keep their period only before a number ("No. 3", "Art. 5").
const NUMBER_ABBREVIATIONS: &[&str] = &["No", "Nos", "no", "nos", "Art", "Vol", "vol", "pp", "p"];

pub(crate) fn is_title_abbreviation(word: &str) -> bool {
    TITLE_ABBREVIATIONS.contains(&word)
}

struct Chunk<'a, 'o> {
    text: &'a str,
    /// End of the whitespace-delimited chunk being split.
    end: usize,
    out: &'o mut Vec<Token>,
}

impl Chunk<'_, '_> {
    fn emit(&mut self, start: usize, end: usize) {
        debug_assert!(start < end);
        self.out.push(Token::new(
            Span::new(start, end),
            fold_typography(&self.text[start..end]),
            false,
        ));
    }

    fn byte(&self, i: usize) -> u8 {
        if i < self.end {
            self.text.as_bytes()[i]
        } else {
            b' '
        }
    }

    fn word_char_at(&self, i: usize) -> bool {
        i < self.end && is_word_char(char_at(self.text, i).0)
    }

    fn split(&mut self, start: usize) {
        if self.split_url(start) {
            return;
        }
        let mut i = start;
        while i < self.end {
            let (c, w) = char_at(self.text, i);
            if is_word_char(c) {
                i = self.word(i);
            } else {
                let j = self.punct_end(i, c, w);
                self.emit(i, j);
                i = j;
            }
        }
    }

    /// URLs and e-mail addresses are one token; brackets, quotes and sentence punctuation
    /// around them are split off.
    fn split_url(&mut self, start: usize) -> bool {
        let chunk = &self.text[start..self.end];
        let lower_starts = |p: &str| {
            chunk.len() >= p.len() && chunk.as_bytes()[..p.len()].eq_ignore_ascii_case(p.as_bytes())
        };
        let is_url = chunk.contains("://") || lower_starts("www.");
        let is_email = !is_url
            && chunk.find('@').is_some_and(|at| {
                at > 0
                    && chunk[at + 1..].contains('.')
                    && chunk.as_bytes()[at - 1].is_ascii_alphanumeric()
            });
        if !is_url && !is_email {
            // Opening brackets or quotes may precede a URL: "(www.x.org)".
            let lead = chunk
                .char_indices()
                .find(|&(_, c)| {
                    !matches!(c, '(' | '[' | '<' | '"' | '\'' | '\u{201c}' | '\u{2018}')
                })
                .map(|(k, _)| k);
            match lead {
                Some(k) if k > 0 => {
                    let rest = &chunk[k..];
                    let inner_url =
                        rest.contains("://") || rest.to_ascii_lowercase().starts_with("www.");
                    if !inner_url {
                        return false;
                    }
                }
                _ => return false,
            }
        }
        let mut s = start;
        while s < self.end {
            let (c, w) = char_at(self.text, s);
            if !matches!(c, '(' | '[' | '<' | '"' | '\'' | '\u{201c}' | '\u{2018}') {
                break;
            }
            self.emit(s, s + w);
            s += w;
        }
        let mut e = self.end;
        let mut trailing = Vec::new();
        while e > s {
            let c = self.text[s..e].chars().next_back().expect("non-empty");
            if !matches!(
                c,
                '.' | ','
                    | ';'
                    | ':'
                    | '!'
                    | '?'
                    | ')'
                    | ']'
                    | '>'
                    | '"'
                    | '\''
                    | '\u{201d}'
                    | '\u{2019}'
            ) {
                break;
            }
            // A closing parenthesis belongs to the URL when the URL opened one.
            if c == ')' && self.text[s..e].contains('(') {
                break;
            }
            trailing.push(e);
            e -= c.len_utf8();
        }
        if e > s {
            self.emit(s, e);
        }
        let mut prev = e;
        for &t in trailing.iter().rev() {
            self.emit(prev, t);
            prev = t;
        }
        true
    }

    /// A run of punctuation or symbols: "...", "--", "!!", "``" and "''" are one token; any
    /// other punctuation or symbol character is a token of its own.
    fn punct_end(&self, i: usize, c: char, w: usize) -> usize {
        match c {
            '.' | '-' | '`' | '*' | '=' | '_' | '~' | '#' | '<' | '>' => {
                let b = c as u8;
                let mut j = i + 1;
                while self.byte(j) == b {
                    j += 1;
                }
                j
            }
            '!' | '?' => {
                let mut j = i + 1;
                while matches!(self.byte(j), b'!' | b'?') {
                    j += 1;
                }
                j
            }
            '\'' if self.byte(i + 1) == b'\'' => i + 2,
            // Doubled typographic single quotes used as double quotes: ‘’ and ’’.
            '\u{2018}' | '\u{2019}'
                if self.text[i + w..self.end].starts_with(['\u{2018}', '\u{2019}']) =>
            {
                i + 2 * w
            }
            // A year abbreviated with an apostrophe: '72, ’73.
            '\'' | '\u{2019}'
                if self.byte(i + w).is_ascii_digit()
                    && self.byte(i + w + 1).is_ascii_digit()
                    && !self.word_char_at(i + w + 2) =>
            {
                i + w + 2
            }
            _ => i + w,
        }
    }

    /// Scan a word starting at `start`; emit it (and a following clitic or attached period)
    /// and return where scanning continues.
    fn word(&mut self, start: usize) -> usize {
        let text = self.text;
        let mut j = start;
        let mut has_dot = false;
        loop {
            if j >= self.end {
                break;
            }
            let (c, w) = char_at(text, j);
            if is_word_char(c) {
                if (c == 'n' || c == 'N') && j > start && self.is_nt(j + 1) {
                    self.emit(start, j);
                    let e = self.apostrophe_end(j + 1) + 1;
                    self.emit(j, e);
                    return e;
                }
                j += w;
                continue;
            }
            let prev = text.as_bytes()[j - 1];
            let next_is_word = self.word_char_at(j + w);
            let next = self.byte(j + w);
            let consume = match c {
                '.' => next_is_word,
                ',' | ':' | '/' => prev.is_ascii_digit() && next.is_ascii_digit(),
                '-' => {
                    next_is_word
                        && ((prev.is_ascii_digit()
                            && next.is_ascii_digit()
                            && !self.is_number_range(start, j))
                            || is_kept_prefix(&text[start..j]))
                }
                '&' => prev.is_ascii_uppercase() && next.is_ascii_uppercase(),
                '\'' | '\u{2019}' => {
                    !self.is_clitic(j) && next.is_ascii_alphabetic() && next_is_word
                }
                _ => false,
            };
            if !consume {
                break;
            }
            if c == '.' {
                has_dot = true;
            }
            j += w;
        }
        // An attached period: "U.S.", "Gen.", "J.", "No. 3" — but not the first dot of "...".
        if self.byte(j) == b'.'
            && self.byte(j + 1) != b'.'
            && self.attaches_period(&text[start..j], has_dot, j + 1)
        {
            j += 1;
        }
        self.emit_word(start, j);
        if j < self.end && self.is_clitic(j) {
            let mut e = self.apostrophe_end(j);
            while e < self.end && self.text.as_bytes()[e].is_ascii_alphabetic() {
                e += 1;
            }
            self.emit(j, e);
            return e;
        }
        j
    }

    /// Whether the hyphen at `j` joins a number range such as "1969-1970" or "400-500" (EWT
    /// splits these) rather than a phone number or code ("853-3242", "9-11", kept whole):
    /// digit runs of equal length on both sides, and no earlier hyphen in the word.
    fn is_number_range(&self, start: usize, j: usize) -> bool {
        let bytes = self.text.as_bytes();
        let left = bytes[start..j]
            .iter()
            .rev()
            .take_while(|b| b.is_ascii_digit())
            .count();
        let right = bytes[j + 1..self.end]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
        let phone_like = bytes.get(j + 1 + right) == Some(&b'-');
        left == right && !phone_like && !bytes[start..j].contains(&b'-')
    }

    /// Emit a word, splitting the fused forms EWT splits ("cannot" → "can" "not", "dont" →
    /// "do" "nt", "gonna" → "gon" "na") and a number glued to "am"/"pm"/"k" ("5pm" → "5" "pm").
    fn emit_word(&mut self, start: usize, end: usize) {
        let word = &self.text[start..end];
        let split_at = if (2..=7).contains(&word.len()) {
            fused_split(word)
        } else {
            0
        };
        if split_at > 0 {
            self.emit(start, start + split_at);
            self.emit(start + split_at, end);
            return;
        }
        self.emit(start, end);
    }

    /// End of the apostrophe character at `i` (which must be ' or ’).
    fn apostrophe_end(&self, i: usize) -> usize {
        if self.text.as_bytes()[i] == b'\'' {
            i + 1
        } else {
            i + '\u{2019}'.len_utf8()
        }
    }

    fn is_apostrophe_at(&self, i: usize) -> bool {
        i < self.end && is_apostrophe(char_at(self.text, i).0)
    }

    /// "n't" starting with the apostrophe at `i` and ending the word.
    fn is_nt(&self, i: usize) -> bool {
        if !self.is_apostrophe_at(i) {
            return false;
        }
        let t = self.apostrophe_end(i);
        matches!(self.byte(t), b't' | b'T') && !self.word_char_at(t + 1)
    }

    /// A clitic starting at the apostrophe at `i`: 's 're 've 'll 'd 'm ending the word.
    fn is_clitic(&self, i: usize) -> bool {
        if !self.is_apostrophe_at(i) {
            return false;
        }
        let s = self.apostrophe_end(i);
        let mut e = s;
        while e < self.end && self.text.as_bytes()[e].is_ascii_alphabetic() && e - s < 3 {
            e += 1;
        }
        if self.word_char_at(e) {
            return false;
        }
        let clitic = &self.text[s..e];
        ["s", "re", "ve", "ll", "d", "m"]
            .iter()
            .any(|c| clitic.eq_ignore_ascii_case(c))
    }

    /// Whether the period after `word` belongs to it. `after` is the byte after the period.
    fn attaches_period(&self, word: &str, has_dot: bool, after: usize) -> bool {
        if self.word_char_at(after) {
            return false;
        }
        if has_dot {
            // Acronyms and Latin abbreviations: "U.S", "e.g", "a.m", "Ph.D" — short letter
            // segments only; "example.com" or "5.93" do not take the period.
            return word.split('.').all(|seg| {
                !seg.is_empty() && seg.len() <= 2 && seg.bytes().all(|b| b.is_ascii_alphabetic())
            });
        }
        let bytes = word.as_bytes();
        if bytes.len() == 1 && bytes[0].is_ascii_uppercase() {
            return true; // an initial: "J. R. R. Tolkien"
        }
        if TITLE_ABBREVIATIONS.contains(&word)
            || words::is_capitalised(word, words::MONTH_ABBREVIATIONS)
            || OTHER_ABBREVIATIONS.contains(&word)
        {
            return true;
        }
        if NUMBER_ABBREVIATIONS.contains(&word) {
            let rest = self.text[after..].trim_start_matches([' ', '\t']);
            return rest.as_bytes().first().is_some_and(|b| b.is_ascii_digit());
        }
        false
    }
}

/// Where EWT splits a fused word (0 = no split).
fn fused_split(word: &str) -> usize {
    let bytes = word.as_bytes();
    let digits = if bytes[0].is_ascii_digit() {
        bytes
            .iter()
            .take_while(|b| b.is_ascii_digit() || **b == b':')
            .count()
    } else {
        0
    };
    if digits > 0 && digits < bytes.len() {
        let unit = &word[digits..];
        return if ["am", "pm", "AM", "PM", "k", "K"].contains(&unit) {
            digits
        } else {
            0
        };
    }
    let mut lower = [0u8; 8];
    lower[..bytes.len()].copy_from_slice(bytes);
    lower[..bytes.len()].make_ascii_lowercase();
    match &lower[..bytes.len()] {
        b"cannot" | b"gonna" | b"wanna" | b"gotta" | b"outta" => 3,
        b"dont" | b"didnt" | b"doesnt" | b"isnt" | b"wasnt" | b"arent" | b"werent" | b"wouldnt"
        | b"couldnt" | b"hasnt" | b"havent" | b"hadnt" | b"cant" | b"wont" | b"aint" => {
            bytes.len() - 2
        }
        b"im" | b"ive" => 1,
        b"youre" => 3,
        b"theyre" | b"thats" | b"whats" => 4,
        b"theres" => 5,
        _ => 0,
    }
}

fn is_kept_prefix(word: &str) -> bool {
    word.len() <= 7
        && KEPT_HYPHEN_PREFIXES
            .iter()
            .any(|p| p.eq_ignore_ascii_case(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn forms(text: &str) -> Vec<&str> {
        tokenize(text)
            .iter()
            .map(|t| &text[t.span.range()])
            .collect()
    }

    #[test]
    fn clitics_split_like_ewt() {
        assert_eq!(forms("I don't know."), ["I", "do", "n't", "know", "."]);
        assert_eq!(
            forms("Israel’s army can’t"),
            ["Israel", "’s", "army", "ca", "n’t"]
        );
        assert_eq!(
            forms("they're we've I'm he'd she'll"),
            ["they", "'re", "we", "'ve", "I", "'m", "he", "'d", "she", "'ll"]
        );
        assert_eq!(
            forms("the parents' house"),
            ["the", "parents", "'", "house"]
        );
        assert_eq!(forms("O'Brien rock'n'roll"), ["O'Brien", "rock'n'roll"]);
        assert_eq!(forms("cannot gonna"), ["can", "not", "gon", "na"]);
        assert_eq!(
            forms("dont Im at 5pm"),
            ["do", "nt", "I", "m", "at", "5", "pm"]
        );
        assert_eq!(forms("7:30PM 10th 1990s"), ["7:30", "PM", "10th", "1990s"]);
        assert_eq!(
            forms("in ’72 ‘’Yes’’ ?!?"),
            ["in", "’72", "‘’", "Yes", "’’", "?!?"]
        );
    }

    #[test]
    fn abbreviations_and_numbers() {
        assert_eq!(forms("U.S. Secretary"), ["U.S.", "Secretary"]);
        assert_eq!(forms("the U.N.'s envoy"), ["the", "U.N.", "'s", "envoy"]);
        assert_eq!(
            forms("$5.6 billion, 1,000 at 5:00"),
            ["$", "5.6", "billion", ",", "1,000", "at", "5:00"]
        );
        assert_eq!(
            forms("Gen. Smith on Jan. 5"),
            ["Gen.", "Smith", "on", "Jan.", "5"]
        );
        assert_eq!(forms("J. R. R. Tolkien"), ["J.", "R.", "R.", "Tolkien"]);
        assert_eq!(
            forms("No. 3 but said no."),
            ["No.", "3", "but", "said", "no", "."]
        );
        assert_eq!(forms("rose 5.93."), ["rose", "5.93", "."]);
        assert_eq!(forms("5% of 9/11"), ["5", "%", "of", "9/11"]);
    }

    #[test]
    fn hyphens_follow_ewt() {
        assert_eq!(
            forms("U.S.-driven all-out"),
            ["U.S.", "-", "driven", "all", "-", "out"]
        );
        assert_eq!(forms("e-mail non-profit"), ["e-mail", "non-profit"]);
        assert_eq!(forms("call 713-853-3989"), ["call", "713-853-3989"]);
        assert_eq!(forms("well -- known"), ["well", "--", "known"]);
        assert_eq!(
            forms("in 1969-1970, 400-500 or 9-11"),
            ["in", "1969", "-", "1970", ",", "400", "-", "500", "or", "9-11"]
        );
    }

    #[test]
    fn punctuation_and_quotes() {
        assert_eq!(
            forms("\"Severe,\" he said..."),
            ["\"", "Severe", ",", "\"", "he", "said", "..."]
        );
        assert_eq!(forms("(AP) —"), ["(", "AP", ")", "—"]);
        assert_eq!(forms("“Yes.”"), ["“", "Yes", ".", "”"]);
    }

    #[test]
    fn urls_and_emails_stay_whole() {
        assert_eq!(
            forms("see (https://x.org/a.html)."),
            ["see", "(", "https://x.org/a.html", ")", "."]
        );
        assert_eq!(forms("mail jo@ex.com."), ["mail", "jo@ex.com", "."]);
        assert_eq!(forms("www.axios.com,"), ["www.axios.com", ","]);
    }

    #[test]
    fn spans_norm_and_space_after() {
        let text = "It’s “big”.";
        let toks = tokenize(text);
        let norms: Vec<&str> = toks.iter().map(|t| t.norm.as_str()).collect();
        assert_eq!(norms, ["It", "'s", "\"", "big", "\"", "."]);
        let spaces: Vec<bool> = toks.iter().map(|t| t.space_after).collect();
        assert_eq!(spaces, [false, true, false, false, false, false]);
    }
}
