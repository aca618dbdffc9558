//! Datelines and publisher tags at the start of an article body.
//!
//! Wire copy opens with where and by whom it was filed: "BEIRUT (AP) — Israeli jets…",
//! "NEW YORK, March 3 (Reuters) - Shares…", "KYIV, Ukraine —", or just a publisher tag such
//! as "(MENAFN) Insiders…". Left in the body, that prefix becomes part of the first sentence,
//! where the parser reads "BEIRUT" as the subject and the actor coder sees an agency as an
//! actor. So every reader passes its body through [`split_dateline`], and the prefix moves to
//! [`Dateline`] (and the agency to `Document::source` when the input gave none).
//!
//! The recogniser is deliberately strict: a place must be written in capitals and must be
//! followed by an agency in parentheses or a dash, so an ordinary opening such as
//! "US officials said…" or "NATO allies met…" is left alone.

use factum_doc::words::{is_capitalised, MONTHS, MONTH_ABBREVIATIONS};
use factum_doc::Dateline;

/// The longest prefix considered a dateline, in bytes.
const MAX_DATELINE: usize = 160;

/// The length of a month name or news abbreviation written with a capital at the start of
/// `r` ("March", "Nov.", "Sept"): a whole word, the abbreviation with its period if it has one.
fn month_at(r: &str) -> Option<usize> {
    let word = r
        .find(|c: char| !c.is_ascii_alphabetic())
        .map_or(r, |end| &r[..end]);
    if is_capitalised(word, MONTHS) {
        Some(word.len())
    } else if is_capitalised(word, MONTH_ABBREVIATIONS) {
        Some(word.len() + usize::from(r[word.len()..].starts_with('.')))
    } else {
        None
    }
}

/// Recognise a dateline or publisher tag at the start of `text` (leading whitespace allowed).
/// Returns it and the byte offset where the body proper starts.
pub fn split_dateline(text: &str) -> Option<(Dateline, usize)> {
    let lead = text.len() - text.trim_start().len();
    let s = &text[lead..];
    let line_end = s.find('\n').unwrap_or(s.len()).min(MAX_DATELINE + 40);
    let line = &s[..floor_boundary(s, line_end)];

    let mut p = Parser { s: line, i: 0 };
    let mut place = None;
    let agency;
    if line.starts_with('(') {
        agency = Some(p.agency()?);
    } else {
        let start = p.i;
        p.caps_words()?;
        place = Some(line[start..p.i].to_string());
        // "WASHINGTON/BEIJING, Dec 7 (Reuters) -": a story filed from several places names
        // them with slashes; the first leads and is the place.
        while p.rest().starts_with('/') {
            let save = p.i;
            p.i += 1;
            if p.caps_words().is_none() {
                p.i = save;
                break;
            }
        }
        // ", Ukraine", ", March 3", ", Calif., Nov. 5, 2024": at most three comma parts.
        for _ in 0..3 {
            let save = p.i;
            if !p.eat(", ") || !(p.date() || p.title_words()) {
                p.i = save;
                break;
            }
        }
        let save = p.i;
        p.spaces();
        agency = if line[p.i..].starts_with('(') {
            p.agency()
        } else {
            p.i = save;
            None
        };
    }
    let before_dash = p.i;
    p.spaces();
    let mut dashed = p.dash();
    // "CEBU CITY: -- Cordova Mayor …": a colon between the place and the dash.
    if !dashed && place.is_some() && p.eat(":") {
        p.spaces();
        dashed = p.dash();
    }
    if !dashed {
        p.i = before_dash;
        // A capitalised word with neither agency nor dash is just text.
        agency.as_ref()?;
    }
    let raw_end = p.i;
    if raw_end > MAX_DATELINE {
        return None;
    }
    p.spaces();
    let body_start = lead + p.i;
    if text[body_start..].trim().is_empty() {
        return None;
    }
    let dateline = Dateline {
        place,
        agency,
        raw: line[..raw_end].trim_end().to_string(),
    };
    Some((dateline, body_start))
}

fn floor_boundary(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

struct Parser<'a> {
    s: &'a str,
    i: usize,
}

impl Parser<'_> {
    fn rest(&self) -> &str {
        &self.s[self.i..]
    }

    fn eat(&mut self, lit: &str) -> bool {
        if self.rest().starts_with(lit) {
            self.i += lit.len();
            true
        } else {
            false
        }
    }

    fn spaces(&mut self) {
        let r = self.rest();
        self.i += r.len() - r.trim_start_matches([' ', '\t', '\u{a0}']).len();
    }

    /// "(AP)", "(Reuters)", "(MENAFN)", "(AFP)": a short name in parentheses.
    fn agency(&mut self) -> Option<String> {
        let r = self.rest();
        let close = r.find(')')?;
        let inner = r[1..close].trim();
        let ok = (2..=40).contains(&inner.len())
            && inner.chars().next().is_some_and(|c| c.is_uppercase())
            && inner
                .chars()
                .all(|c| c.is_alphanumeric() || matches!(c, ' ' | '&' | '.' | '-' | '\'' | '/'));
        if !ok {
            return None;
        }
        let inner = inner.to_string();
        self.i += close + 1;
        Some(inner)
    }

    /// One or more words in capitals ("BEIRUT", "GAZA CITY", "ST. LOUIS"), at least one with
    /// two or more letters.
    fn caps_words(&mut self) -> Option<()> {
        let start = self.i;
        let mut long_word = false;
        loop {
            let r = self.rest();
            let word_len = r
                .char_indices()
                .find(|&(_, c)| !(c.is_uppercase() || matches!(c, '.' | '\'' | '-' | '’')))
                .map_or(r.len(), |(k, _)| k);
            let word = &r[..word_len];
            if word.is_empty() || !word.chars().next().is_some_and(char::is_uppercase) {
                break;
            }
            // The next character must end the word (no "Beirut": lower case after capitals).
            if r[word_len..]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric)
            {
                break;
            }
            long_word |= word.chars().filter(|c| c.is_uppercase()).count() >= 2;
            self.i += word_len;
            let save = self.i;
            if !self.eat(" ") {
                break;
            }
            if !self.rest().chars().next().is_some_and(char::is_uppercase) {
                self.i = save;
                break;
            }
            // Stop before a following word that is not all capitals ("US President").
            let next = self.rest();
            let next_len = next.find([' ', ',', '(']).unwrap_or(next.len());
            if next[..next_len].chars().any(char::is_lowercase) {
                self.i = save;
                break;
            }
        }
        (self.i > start && long_word).then_some(())
    }

    /// A title-case region or country: "Ukraine", "Gaza Strip", "Calif.", up to four words.
    fn title_words(&mut self) -> bool {
        let start = self.i;
        for n in 0..4 {
            let save = self.i;
            if n > 0 && !self.eat(" ") {
                break;
            }
            let r = self.rest();
            let len = r
                .char_indices()
                .find(|&(_, c)| !(c.is_alphabetic() || matches!(c, '.' | '\'' | '-')))
                .map_or(r.len(), |(k, _)| k);
            let word = &r[..len];
            if !word.chars().next().is_some_and(char::is_uppercase) {
                self.i = save;
                break;
            }
            self.i += len;
        }
        self.i > start
    }

    /// "March 3", "Nov. 5, 2024", "Jan 12".
    fn date(&mut self) -> bool {
        let save = self.i;
        let r = self.rest();
        let Some(len) = month_at(r) else {
            return false;
        };
        self.i += len;
        if !self.eat(" ") {
            self.i = save;
            return false;
        }
        let digits = self.rest().bytes().take_while(u8::is_ascii_digit).count();
        if !(1..=2).contains(&digits) {
            self.i = save;
            return false;
        }
        self.i += digits;
        let before_year = self.i;
        if self.eat(", ") {
            let y = self.rest().bytes().take_while(u8::is_ascii_digit).count();
            if y == 4 {
                self.i += 4;
            } else {
                self.i = before_year;
            }
        }
        true
    }

    /// "—", "–", "―", "--" or "-" (the ASCII forms must be followed by a space).
    fn dash(&mut self) -> bool {
        for d in ["\u{2014}", "\u{2013}", "\u{2015}"] {
            if self.eat(d) {
                return true;
            }
        }
        for d in ["--", "-"] {
            let r = self.rest();
            if r.starts_with(d) && r[d.len()..].starts_with([' ', '\t']) {
                self.i += d.len();
                return true;
            }
        }
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str) -> Option<(Option<String>, Option<String>, String, String)> {
        split_dateline(text).map(|(d, k)| (d.place, d.agency, d.raw, text[k..].to_string()))
    }

    /// A text, then the place and agency its dateline names, the dateline as written, and
    /// the body after it.
    type Case<'a> = (&'a str, Option<&'a str>, Option<&'a str>, &'a str, &'a str);

    /// Checks that each case's text opens with the case's dateline, followed by its body.
    #[track_caller]
    fn assert_datelines(cases: &[Case<'_>]) {
        for &(text, place, agency, raw, body) in cases {
            let (d, at) = split_dateline(text).unwrap_or_else(|| panic!("no dateline: {text:?}"));
            assert_eq!(
                (
                    d.place.as_deref(),
                    d.agency.as_deref(),
                    d.raw.as_str(),
                    &text[at..]
                ),
                (place, agency, raw, body)
            );
        }
    }

    #[test]
    fn wire_datelines() {
        assert_datelines(&[
            (
                "BEIRUT (AP) — Israeli jets struck.",
                Some("BEIRUT"),
                Some("AP"),
                "BEIRUT (AP) —",
                "Israeli jets struck.",
            ),
            (
                "NEW YORK, March 3 (Reuters) - Shares fell.",
                Some("NEW YORK"),
                Some("Reuters"),
                "NEW YORK, March 3 (Reuters) -",
                "Shares fell.",
            ),
            (
                "KYIV, Ukraine — Drones hit the city.",
                Some("KYIV"),
                None,
                "KYIV, Ukraine —",
                "Drones hit the city.",
            ),
            (
                "ABU DHABI/KYIV, Dec 7 (Reuters) - Russia and Ukraine swapped prisoners.",
                Some("ABU DHABI"),
                Some("Reuters"),
                "ABU DHABI/KYIV, Dec 7 (Reuters) -",
                "Russia and Ukraine swapped prisoners.",
            ),
            (
                "ST. LOUIS, Nov. 5, 2024 (AFP)—Voters queued.",
                Some("ST. LOUIS"),
                Some("AFP"),
                "ST. LOUIS, Nov. 5, 2024 (AFP)—",
                "Voters queued.",
            ),
        ]);
    }

    #[test]
    fn colon_before_the_dash() {
        assert_datelines(&[(
            "CEBU CITY: -- Cordova Mayor Adelino Sitoy filed a suit.",
            Some("CEBU CITY"),
            None,
            "CEBU CITY: --",
            "Cordova Mayor Adelino Sitoy filed a suit.",
        )]);
        // A colon without a dash is a heading or a label, not a dateline.
        assert_eq!(check("UPDATE: Talks resumed on Monday."), None);
    }

    #[test]
    fn publisher_tags() {
        assert_datelines(&[
            (
                "(MENAFN) insiders have disclosed a plan.",
                None,
                Some("MENAFN"),
                "(MENAFN)",
                "insiders have disclosed a plan.",
            ),
            (
                "\n (Xinhua) -- The talks ended.",
                None,
                Some("Xinhua"),
                "(Xinhua) --",
                "The talks ended.",
            ),
        ]);
    }

    #[test]
    fn ordinary_openings_are_left_alone() {
        for text in [
            "US President Joe Biden said on Monday.",
            "NATO allies met in Brussels.",
            "The U.N. said talks would resume.",
            "(a) The first clause.",
            "Beirut (AP) — lower case place.",
            "A - B testing is common.",
            "BEIRUT (AP) —",
            "I - was there.",
        ] {
            assert_eq!(check(text), None, "{text}");
        }
    }
}
