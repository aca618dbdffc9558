//! Source phrases: finding the noun phrase a reporting cue credits, and classifying it.
//!
//! Without a parse, a source phrase is read off the tokens next to the cue: backwards from
//! "said" over auxiliaries ("has indicated") to the start of the clause, or forwards from
//! "according to" / inverted "said" to the next punctuation. The phrase is then classified
//! by its head noun (the last word before its first comma, preposition or "and"), which is
//! what decides between "two Lebanese officials" (anonymous), "a statement from the ministry"
//! (document) and "Israeli media outlet Israel Hayom" (outlet).

use factum_doc::SourceKind;

use crate::lexicon;
use crate::view::View;
use crate::Lexicons;

/// A classified source phrase.
#[derive(Debug, Clone)]
pub(crate) struct Source {
    /// Token range of the source as it will be reported (may be narrower than the phrase:
    /// "reports from Axios" → "Axios").
    pub start: usize,
    pub end: usize,
    pub kind: SourceKind,
    pub affiliation: Option<String>,
    /// The head is a pronoun ("she said"): resolved against earlier attributions.
    pub pronoun: bool,
}

impl Lexicons {
    fn np_word_ok(&self, v: &View, i: usize) -> bool {
        let w = v.lw(i);
        if w == "'s" || w == "'" || w == "&" || w == "-" {
            return true;
        }
        if v.is_punct(i) {
            return false;
        }
        !(self.np_stop.contains_word(w) || self.reporting.contains_word(w))
    }

    fn nounish(&self, v: &View, i: usize) -> bool {
        let w = v.lw(i);
        v.is_cap(i)
            || self.anonymous_heads.contains_word(w)
            || self.organization_words.contains_word(w)
            || self.document_heads.contains_word(w)
            || self.outlet_words.contains_word(w)
    }

    fn np_start_ok(&self, v: &View, i: usize) -> bool {
        let w = v.lw(i);
        v.is_cap(i)
            || matches!(
                w,
                "the" | "a" | "an" | "two" | "three" | "several" | "other" | "some"
            )
            || w.chars().next().is_some_and(|c| c.is_ascii_digit())
            || self.nounish(v, i)
    }

    /// A source phrase ending just before `end` (exclusive), not reaching before `floor`.
    /// Handles one appositive ("Blinken, the top U.S. diplomat, said") and one relative
    /// clause ("officials who spoke on condition of anonymity said").
    pub(crate) fn backward_np(&self, v: &View, end: usize, floor: usize) -> Option<(usize, usize)> {
        let mut j = end;
        let mut end = end;
        let mut appositive = false;
        if j > floor && v.lw(j - 1) == "," {
            // Appositive closing right before the cue: jump to the comma that opens it.
            let open = (floor..j - 1).rev().find(|&k| v.lw(k) == ",")?;
            if (open + 3 == j && lexicon::DISCOURSE_ADVERBS.contains(&v.lw(open + 1)))
                || self.inner_prepositions.contains_word(v.lw(open + 1))
            {
                // "officials, however, insisted", "the company, in a written reply, said":
                // not an appositive.
                end = open;
            } else {
                appositive = true;
            }
            j = open;
        }
        let mut start = self.walk_back(v, j, floor);
        if start == j {
            return None;
        }
        if start > floor && v.lw(start - 1) == "who" {
            let before = self.walk_back(v, start - 1, floor);
            if before < start - 1 {
                start = before;
            }
        }
        // Drop leading prepositions, conjunctions and time expressions ("On Monday officials").
        let mut s = start;
        while s < end {
            let w = v.lw(s);
            if self.inner_prepositions.contains_word(w) || w == "and" || v.is_punct(s) {
                s += 1;
                while s < end && (self.time_words.contains_word(v.lw(s)) || v.lw(s) == "the") {
                    s += 1;
                }
            } else {
                break;
            }
        }
        let mut e = end;
        while e > s && v.lw(e - 1) == "," {
            e -= 1;
        }
        // Drop a trailing time phrase ("the army on Tuesday"), but not inside an appositive
        // ("Haddad, who has led the ministry since March,").
        while !appositive && e > s && self.time_words.contains_word(v.lw(e - 1)) {
            e -= 1;
            if e > s && self.inner_prepositions.contains_word(v.lw(e - 1)) {
                e -= 1;
            }
        }
        (s < e).then_some((s, e))
    }

    fn walk_back(&self, v: &View, end: usize, floor: usize) -> usize {
        let mut j = end;
        while j > floor {
            let t = j - 1;
            let w = v.lw(t);
            if w == "and" {
                let left_ok = t > floor && self.nounish(v, t - 1);
                let right_ok = j < end && self.np_start_ok(v, j);
                if !(left_ok && right_ok) {
                    break;
                }
            } else if w == "," {
                // ", including …" lists inside a subject are handled by the appositive jump.
                break;
            } else if w == "to" && t > floor && matches!(v.lw(t - 1), "close" | "closer" | "near") {
                // "officials close to the talks"
            } else if !self.np_word_ok(v, t) {
                break;
            }
            j -= 1;
        }
        j
    }

    /// A source phrase starting at `start` and running to the next clause boundary.
    pub(crate) fn forward_np(
        &self,
        v: &View,
        start: usize,
        limit: usize,
    ) -> Option<(usize, usize)> {
        let mut k = start;
        while k < limit && k - start < 14 {
            let w = v.lw(k);
            if w == "and" {
                if !(k > start && k + 1 < limit && self.np_start_ok(v, k + 1)) {
                    break;
                }
            } else if w == "to" && k > start && matches!(v.lw(k - 1), "close" | "closer" | "near") {
                // "people close to the president"
            } else if w == "by" && k > start && self.document_heads.contains_word(v.lw(k - 1)) {
                // "a report by the agency"
            } else if w == ","
                || !(self.np_word_ok(v, k)
                    || (k == start && matches!(w, "reports" | "report" | "reporting")))
            {
                break;
            }
            if self.inner_prepositions.contains_word(w)
                && k > start
                && (self.time_words.contains_word(v.lw(k + 1))
                    || (matches!(w, "in" | "on") && matches!(v.lw(k + 1), "a" | "an")))
            {
                // "told Axios on Monday", "said in a statement": the phrase ends here.
                break;
            }
            k += 1;
        }
        (k > start).then_some((start, k))
    }

    /// Head of the phrase: the last word of its first segment (before a comma, an inner
    /// preposition, "and", or "who").
    fn head(&self, v: &View, start: usize, end: usize) -> usize {
        let mut h = start;
        for i in start..end {
            let w = v.lw(i);
            if i > start
                && (w == ","
                    || w == "and"
                    || w == "who"
                    || w == "including"
                    || w == "by"
                    || w == "familiar"
                    || w == "close"
                    || (self.inner_prepositions.contains_word(w)
                        && !(w == "of" && self.title_words.contains_word(v.lw(i - 1)))))
            {
                break;
            }
            if w != "'s" {
                h = i;
            }
        }
        h
    }

    /// A capitalised word that is not a title, nationality, organisation or outlet word: a
    /// personal name part.
    fn is_name(&self, v: &View, i: usize) -> bool {
        let w = v.lw(i);
        v.is_cap(i)
            && !v.is_punct(i)
            && !self.title_words.contains_word(w)
            && !self.organization_words.contains_word(w)
            && !self.countries.contains_word(w)
            && !self.anonymous_heads.contains_word(w)
            && !self.document_heads.contains_word(w)
            && !self.outlet_words.contains_word(w)
            && !self.np_stop.contains_word(w)
            && !matches!(
                w,
                "according" | "several" | "two" | "three" | "other" | "some"
            )
    }

    /// Classify the phrase `start..end`; `None` when it is not a plausible source.
    pub(crate) fn classify(&self, v: &View, start: usize, end: usize) -> Option<Source> {
        if start >= end {
            return None;
        }
        // Outlet names anywhere ("reports from Axios", "Israeli media outlet Israel Hayom").
        for i in start..end {
            if let Some((n, ())) = self.outlets.match_at(v, i, end) {
                let lead_is_report = (start..i)
                    .any(|k| matches!(v.lw(k), "reports" | "report" | "reporting" | "reported"))
                    && (start..i).all(|k| !v.is_cap(k) || k == start);
                let (s, e) = if lead_is_report {
                    (i, i + n)
                } else {
                    (start, end)
                };
                return Some(Source {
                    start: s,
                    end: e,
                    kind: SourceKind::Outlet,
                    affiliation: self.affiliation(v, start, i, &[]),
                    pronoun: false,
                });
            }
        }
        let h = self.head(v, start, end);
        let hw = v.lw(h);
        let mut src = Source {
            start,
            end,
            kind: SourceKind::Unattributed,
            affiliation: None,
            pronoun: false,
        };
        if end - start == 1 && self.pronouns.contains_word(hw) {
            src.pronoun = true;
            src.kind = match hw {
                "he" | "she" | "i" => SourceKind::NamedPerson,
                "they" => SourceKind::Anonymous,
                _ => SourceKind::NamedOrganization,
            };
            return Some(src);
        }
        let has_name =
            (start..end).any(|i| self.is_name(v, i) && !(i == start && v.lw(i) == "the"));
        let name_is_head = self.is_name(v, h);
        src.kind = if self.document_heads.contains_word(hw) {
            SourceKind::Document
        } else if self.outlet_words.contains_word(hw)
            || (start..=h).any(|i| {
                self.outlet_words.contains_word(v.lw(i)) && !matches!(v.lw(i), "press" | "news")
            })
        {
            SourceKind::Outlet
        } else if matches!(hw, "spokesman" | "spokeswoman" | "spokesperson") && has_name {
            // "A spokesperson for the alliance, Yusuf Amari": a named person.
            SourceKind::NamedPerson
        } else if self.anonymous_heads.contains_word(hw) && !name_is_head {
            SourceKind::Anonymous
        } else if self.organization_words.contains_word(hw)
            || self.organization_phrases.match_at(v, h, end).is_some()
            || self.countries.contains_word(hw)
            || (1..=h - start).any(|n| {
                self.organization_phrases
                    .match_at(v, h + 1 - n, h + 1)
                    .is_some_and(|(m, _)| m == n)
            })
            || (1..=h - start).any(|n| {
                self.countries
                    .match_at(v, h + 1 - n, h + 1)
                    .is_some_and(|(m, _)| m == n)
            })
        {
            SourceKind::NamedOrganization
        } else if name_is_head
            || has_name
            || (self.title_words.contains_word(hw) && !matches!(hw, "the" | "a" | "an" | "'s"))
        {
            // A name, or a definite office holder ("the former governor").
            SourceKind::NamedPerson
        } else {
            return None;
        };
        if src.kind == SourceKind::NamedPerson {
            // Role: the title words before the first name token, plus an appositive.
            let first_name = (start..end).find(|&i| self.is_name(v, i)).unwrap_or(h);
            let mut role_start = start;
            while role_start < first_name && matches!(v.lw(role_start), "the" | "a" | "an") {
                role_start += 1;
            }
            let mut parts = Vec::new();
            if role_start < first_name {
                parts.push(v.text(role_start, first_name).to_string());
            }
            if let Some(comma) = (h..end).find(|&i| v.lw(i) == ",") {
                let mut a = comma + 1;
                while a < end && matches!(v.lw(a), "the" | "a" | "an") {
                    a += 1;
                }
                let mut b = end;
                while b > a && v.lw(b - 1) == "," {
                    b -= 1;
                }
                if a < b {
                    parts.push(v.text(a, b).to_string());
                }
            }
            src.affiliation = (!parts.is_empty()).then(|| parts.join("; "));
        } else {
            src.affiliation = self.affiliation(v, start, end, &[h]);
        }
        Some(src)
    }

    /// Nationalities, organisations and other proper names inside a phrase, excluding the
    /// tokens in `skip` (the head when it is itself the organisation).
    fn affiliation(&self, v: &View, start: usize, end: usize, skip: &[usize]) -> Option<String> {
        let mut parts: Vec<String> = Vec::new();
        let mut i = start;
        while i < end {
            if skip.contains(&i) {
                i += 1;
                continue;
            }
            let n = self
                .countries
                .match_at(v, i, end)
                .map(|(n, _)| n)
                .or_else(|| {
                    self.organization_phrases
                        .match_at(v, i, end)
                        .map(|(n, _)| n)
                })
                .filter(|_| v.is_cap(i) || v.lw(i) == "u.s.");
            let n = match n {
                Some(n) => Some(n),
                None if v.is_cap(i) && i > start && !matches!(v.lw(i), "the" | "a" | "an") => {
                    // A run of capitalised words (an organisation named in full).
                    let mut k = i;
                    while k < end && (v.is_cap(k) || (v.lw(k) == "of" && v.is_cap(k + 1))) {
                        k += 1;
                    }
                    Some(k - i)
                }
                None => None,
            };
            if let Some(n) = n {
                let text = v.text(i, i + n).to_string();
                if !parts.contains(&text) {
                    parts.push(text);
                }
                i += n;
            } else {
                i += 1;
            }
        }
        (!parts.is_empty()).then(|| parts.join(", "))
    }

    /// A CAMEO code from the phrase's own words: a fixed organisation code, or a country
    /// code with a role suffix (`GOV`, `MIL`, `COP`, `MED`).
    pub(crate) fn code_from_words(&self, v: &View, src: &Source) -> Option<String> {
        let (start, end) = (src.start, src.end);
        for i in start..end {
            if let Some((_, code)) = self.organization_codes.match_at(v, i, end) {
                if v.is_cap(i) || v.lw(i) == "u.n." {
                    return Some(code.to_string());
                }
            }
        }
        let country = (start..end).find_map(|i| {
            self.countries
                .match_at(v, i, end)
                .filter(|_| v.is_cap(i))
                .map(|(_, c)| c)
        })?;
        let has = |set: &crate::view::PhraseSet<()>| (start..end).any(|i| set.starts_at(v, i, end));
        let role = if src.kind == SourceKind::Outlet {
            "MED"
        } else if has(&self.military_roles) {
            "MIL"
        } else if has(&self.police_roles) {
            "COP"
        } else if has(&self.government_roles) {
            "GOV"
        } else {
            ""
        };
        Some(format!("{country}{role}"))
    }
}

/// Words that may open a sentence before a fronted "According to X," without being content.
pub(crate) fn is_sentence_opener(w: &str) -> bool {
    matches!(
        w,
        "but"
            | "and"
            | "yet"
            | "meanwhile"
            | "however"
            | "also"
            | "furthermore"
            | "moreover"
            | "still"
            | "now"
            | ","
            | "separately"
            | "earlier"
            | "later"
            | "again"
    ) || lexicon::is_time_word(w)
}
