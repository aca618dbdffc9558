//! Time expressions resolved against the publication date, and the tense of a clause.
//!
//! News dates events relative to the day the story runs: "on Tuesday", "last week", "in
//! December", "two days later". Each form is resolved to the first day it covers and a
//! granularity, using the tense of the clause to pick the direction: "on Monday" in a
//! past-tense clause is the Monday before publication, in a future clause ("will meet on
//! Monday") the Monday after. Without a parse the tense comes from auxiliaries ("will",
//! "is to", "plans to"), and news' default is the past.
//!
//! Forms handled (case-insensitive where the word is not a name):
//!
//! * weekdays: "Tuesday", "on Tuesday", "last/next/this Tuesday", "Tuesday night";
//! * "yesterday", "today", "tonight", "tomorrow", "last night", "this morning";
//! * "last/this/next/past week|month|year|weekend", "earlier/later this week|month|year";
//! * month names: "in December", "December 2023", "early December";
//! * days: "Sept. 24", "September 24, 2024", "24 September", "24 September 2024";
//! * relative spans: "two days later" / "a week earlier" (from the previous date in the
//!   text), "three days ago" (from publication), "the next day", "the day before";
//! * years: "in 2023";
//! * the near future: "imminently", "soon", "in the coming days/weeks/months".
//!
//! [`find_in_sentence`] walks a sentence's tokens and at each tries the recognisers of
//! `forms`, one per form above, in that order; the first that matches gives a
//! `Found` and the walk goes on after it. The date arithmetic they share is in `calendar`.
//! The tense of the clause a time expression sits in ([`clause_tense`], from the verb
//! [`find_verb`] gives) picks the direction of a bare form.

mod calendar;
mod forms;
#[cfg(test)]
mod tests;

use std::borrow::Cow;
use std::ops::Range;

use chrono::NaiveDate;
use factum_doc::tree::DepTree;
use factum_doc::words;
use factum_doc::{DateGranularity, Tense, Token, TokenSyntax};

/// A time expression found in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundTime {
    pub token_start: usize,
    pub token_end: usize,
    pub sentence: usize,
    pub start: NaiveDate,
    /// Last day covered (inclusive).
    pub end: NaiveDate,
    pub granularity: DateGranularity,
    /// Explicit direction of the expression itself ("last", "ago", "next", "imminently").
    pub tense: Tense,
}

/// Whether a lower-case word is a weekday or a month name ("sunday", "sept."): such a word
/// before a capitalised name is no first name ("said Sunday Israel will …").
pub(crate) fn is_calendar_word(word: &str) -> bool {
    words::weekday(word).is_some() || words::month(word).is_some()
}

/// One sentence as the recognisers read it: its tokens lower-cased once, its parse.
pub struct Sentence<'a> {
    tokens: &'a [Token],
    syntax: Option<&'a [TokenSyntax]>,
    tree: Option<DepTree<'a>>,
    /// The sentence's index in the document.
    index: usize,
    start: usize,
    end: usize,
    /// Lower-cased norms of `start..end`, borrowed when already lower-case (most tokens).
    lower: Vec<Cow<'a, str>>,
}

impl<'a> Sentence<'a> {
    /// Sentence `index`, made of `tokens[range]`; `syntax` is the document's syntax layer
    /// (parallel to `tokens`) when it has one.
    pub fn new(
        tokens: &'a [Token],
        syntax: Option<&'a [TokenSyntax]>,
        index: usize,
        range: Range<usize>,
    ) -> Sentence<'a> {
        let lower = tokens[range.clone()]
            .iter()
            .map(|t| {
                if t.norm.chars().any(char::is_uppercase) {
                    Cow::Owned(t.norm.to_lowercase())
                } else {
                    Cow::Borrowed(t.norm.as_str())
                }
            })
            .collect();
        Sentence {
            tokens,
            syntax,
            tree: syntax.map(|syn| DepTree::new(syn, range.clone())),
            index,
            start: range.start,
            end: range.end,
            lower,
        }
    }

    /// Token `k` lower-cased; "" outside the sentence.
    fn w(&self, k: usize) -> &str {
        k.checked_sub(self.start)
            .and_then(|i| self.lower.get(i))
            .map_or("", |c| c.as_ref())
    }

    /// The word before token `k` lower-cased; "" at the start of the sentence.
    fn before(&self, k: usize) -> &str {
        if k > self.start {
            self.w(k - 1)
        } else {
            ""
        }
    }

    /// Token `k` as written; "" past the end of the sentence.
    fn raw(&self, k: usize) -> &str {
        self.tokens
            .get(k)
            .filter(|_| k < self.end)
            .map_or("", |t| t.norm.as_str())
    }

    /// Whether token `k` starts with a capital.
    fn cap(&self, k: usize) -> bool {
        self.raw(k).chars().next().is_some_and(char::is_uppercase)
    }

    /// Whether a phrase ends before token `k` (punctuation, "and", the sentence's end).
    fn closes(&self, k: usize) -> bool {
        k >= self.end || matches!(self.w(k), "," | "." | ";" | "and" | "\"")
    }

    /// The tense of the clause token `k` belongs to.
    fn tense_at(&self, k: usize) -> Tense {
        let verb = find_verb(self.tree.as_ref(), self.start, self.end, k);
        clause_tense(self.tokens, self.syntax, self.start, self.end, verb)
    }
}

/// Find and resolve the time expressions of `sentence`, appending them to `out`.
///
/// `published` anchors relative forms; without it only dates with an explicit year resolve.
/// `anchor` is the last date found in the text ("two days later" counts from it); it is
/// updated as dates are found.
pub fn find_in_sentence(
    sentence: &Sentence,
    published: Option<NaiveDate>,
    anchor: &mut Option<NaiveDate>,
    out: &mut Vec<FoundTime>,
) {
    let mut k = sentence.start;
    while k < sentence.end {
        let cx = forms::Ctx {
            s: sentence,
            published,
            anchor: *anchor,
        };
        let Some(f) = forms::FORMS.iter().find_map(|form| form(&cx, k)) else {
            k += 1;
            continue;
        };
        let g = f.granularity;
        let last = if g == DateGranularity::Day {
            f.last
        } else {
            f.last.max(f.start)
        };
        out.push(FoundTime {
            token_start: f.first,
            token_end: f.end,
            sentence: sentence.index,
            start: f.start,
            end: last,
            granularity: g,
            tense: f
                .tense
                .unwrap_or_else(|| relative_tense(f.start, last, published)),
        });
        // A vague future ("in the coming weeks") dates nothing after it; "next week" does.
        if !(f.tense == Some(Tense::Future) && g != DateGranularity::Day && sentence.w(k) != "next")
        {
            *anchor = Some(f.start);
        }
        k = f.end;
    }
}

/// The tense of the clause around token `at` in sentence tokens `ss..se`.
///
/// With a syntax layer: a modal "will/shall/'ll" before the verb or "going to" gives the
/// future, a present progressive ("is meeting") or present tense the ongoing, VBD/VBN the
/// past. Without one: the same auxiliaries, else the past, news' default.
pub fn clause_tense(
    tokens: &[Token],
    syntax: Option<&[TokenSyntax]>,
    ss: usize,
    se: usize,
    at: usize,
) -> Tense {
    let lo = at.saturating_sub(6).max(ss);
    let words: Vec<String> = tokens[lo..=at.min(se - 1)]
        .iter()
        .map(|t| t.norm.to_lowercase())
        .collect();
    let future_aux = words.iter().enumerate().any(|(k, w)| {
        matches!(w.as_str(), "will" | "'ll" | "shall" | "wo")
            || (w == "to"
                && k > 0
                && matches!(
                    words[k - 1].as_str(),
                    "is" | "are"
                        | "plans"
                        | "planned"
                        | "expected"
                        | "set"
                        | "due"
                        | "poised"
                        | "scheduled"
                        | "going"
                        | "intends"
                        | "aims"
                        | "hopes"
                        | "plan"
                        | "wants"
                        | "seeks"
                        | "vowed"
                        | "pledged"
                        | "promised"
                        | "threatened"
                ))
    });
    if future_aux {
        return Tense::Future;
    }
    if let Some(syn) = syntax {
        if let Some(t) = syn.get(at) {
            match t.xpos.as_str() {
                "VBD" => return Tense::Past,
                "VBN" => {
                    // "has been", "was killed": past unless a future auxiliary (above).
                    return Tense::Past;
                }
                "VBG" | "VBZ" | "VBP" => {
                    let aux_past = syn[lo..at]
                        .iter()
                        .any(|s| s.xpos == "VBD" && matches!(s.lemma.as_str(), "be" | "do"));
                    return if aux_past {
                        Tense::Past
                    } else {
                        Tense::Ongoing
                    };
                }
                _ => {}
            }
        }
    }
    Tense::Past
}

/// Past, ongoing or future relative to the publication day.
pub fn relative_tense(start: NaiveDate, end: NaiveDate, published: Option<NaiveDate>) -> Tense {
    match published {
        Some(p) if end < p => Tense::Past,
        Some(p) if start > p => Tense::Future,
        Some(_) => Tense::Ongoing,
        None => Tense::Past,
    }
}

/// The verb that governs token `k`: with a parse, its nearest VERB/AUX ancestor; without,
/// the nearest verb-looking token to the left (an auxiliary, or a word ending in -ed).
///
/// (Without a parse the token itself stands in: the tense rules look left of it.)
pub fn find_verb(tree: Option<&DepTree>, ss: usize, se: usize, k: usize) -> usize {
    if let Some(tree) = tree {
        let verb = tree
            .head_chain(k)
            .skip(1)
            .take(8)
            .find(|&h| matches!(tree.syntax(h).upos.as_str(), "VERB" | "AUX"));
        if let Some(v) = verb.or_else(|| tree.root()) {
            return v;
        }
    }
    k.min(se.saturating_sub(1)).max(ss)
}
