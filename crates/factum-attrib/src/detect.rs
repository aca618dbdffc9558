//! Finding reporting cues in a sentence and building attributions from them.
//!
//! Patterns, in the order they are tried at each token:
//! * "according to SRC" (fronted: content follows the comma; trailing: content precedes);
//! * sourceless adverbs ("reportedly", "allegedly") and impersonal passives ("it is
//!   reported that", "X is said to");
//! * reporting verbs: "SRC [aux] said (that) …", "…, SRC said", "…, said SRC", "SRC told
//!   OUTLET that …" (the outlet relays SRC), "…, citing SRC" / "quoting SRC" (the earlier
//!   source relays SRC).
//!
//! Weak reporting verbs ("added", "indicated", "confirmed", "announced") are cues only when a
//! clause follows ("that", a colon, a quotation) or the cue closes the sentence ("…, X
//! added."), because "announced a ceasefire" is an event, not an attribution.

use factum_doc::tree::DepTree;
use factum_doc::SourceKind;

use crate::source::{is_sentence_opener, Source};
use crate::view::View;
use crate::Lexicons;

/// An attribution found in a sentence, in token coordinates.
#[derive(Debug, Clone)]
pub(crate) struct Found {
    pub source: Source,
    pub cue_start: usize,
    pub cue_end: usize,
    pub cue: String,
    /// Token range of the reported material.
    pub content: Option<(usize, usize)>,
    /// Index (within the sentence's list) of the attribution that relays this one.
    pub relayed_by: Option<usize>,
    /// The cue rejects its content ("denied that").
    pub denial: bool,
}

const STRONG_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "saying",
    "told",
    "tells",
    "tell",
    "stated",
    "wrote",
    "writes",
    "tweeted",
    "denied",
    "denies",
    "deny",
    "believe",
    "believes",
    "estimated",
    "insisted",
    "insists",
    "noted",
    "argued",
    "argues",
    "stressed",
    "explained",
    "acknowledged",
    "conceded",
    "predicted",
    "cautioned",
    "contended",
];

/// Verb forms that are more often nouns: cues only right after their subject ("Axios
/// reports that"), never after another verb ("rejected reports that").
const NOUN_LIKE_VERBS: &[&str] = &["reports", "claims", "notes", "report", "claim", "estimates"];

impl Lexicons {
    /// Attributions in tokens `a..b`, skipping cues inside direct quotations.
    pub(crate) fn detect(&self, v: &View, a: usize, b: usize, in_quote: &[bool]) -> Vec<Found> {
        let mut found: Vec<Found> = Vec::new();
        let mut i = a;
        while i < b {
            if in_quote[i] {
                i += 1;
                continue;
            }
            let w = v.lw(i);
            if w == "according" && v.lw(i + 1) == "to" {
                if let Some(f) = self.according_to(v, a, b, i) {
                    i = f.source.end.max(i + 2);
                    found.push(f);
                    continue;
                }
            } else if self.sourceless.contains_word(w) {
                found.push(Found {
                    source: unattributed(i, i + 1),
                    cue_start: i,
                    cue_end: i + 1,
                    cue: v.text(i, i + 1).to_string(),
                    content: Some((a, trim_end(v, a, b))),
                    relayed_by: None,
                    denial: false,
                });
            } else if let Some(f) = self.impersonal(v, a, b, i) {
                i = f.cue_end;
                found.push(f);
                continue;
            } else if matches!(w, "citing" | "quoting") && !found.is_empty() {
                if let Some((s, e)) = self.forward_np(v, i + 1, b) {
                    if let Some(src) = self.classify(v, s, e) {
                        let parent = found.len() - 1;
                        let content = found[parent].content;
                        found.push(Found {
                            source: src,
                            cue_start: i,
                            cue_end: i + 1,
                            cue: v.text(i, i + 1).to_string(),
                            content,
                            relayed_by: Some(parent),
                            denial: false,
                        });
                        i = e;
                        continue;
                    }
                }
            } else if self.reporting.contains_word(w) {
                if let Some(mut fs) = self.verb_cue(v, a, b, i) {
                    let base = found.len();
                    for f in fs.iter_mut() {
                        if let Some(r) = f.relayed_by.as_mut() {
                            *r += base;
                        }
                    }
                    found.extend(fs);
                }
            }
            i += 1;
        }
        link_relays(&mut found);
        found
    }

    fn according_to(&self, v: &View, a: usize, b: usize, i: usize) -> Option<Found> {
        let (s, e) = self.forward_np(v, i + 2, b)?;
        let source = self.classify(v, s, e).or_else(|| {
            // "according to reports", "according to estimates": material without a source.
            Some(Source {
                kind: if self.document_heads.contains_word(v.lw(e - 1)) && v.lw(e - 1) != "reports"
                {
                    SourceKind::Document
                } else {
                    SourceKind::Unattributed
                },
                ..unattributed(s, e)
            })
        })?;
        let fronted = (a..i).all(|k| is_sentence_opener(v.lw(k)) || v.is_punct(k));
        let content = if fronted {
            let mut c = e;
            while c < b && (v.lw(c) == "," || v.lw(c) == "that") {
                c += 1;
            }
            (c < b).then(|| (c, trim_end(v, c, b)))
        } else {
            let mut ce = i;
            while ce > a && (v.lw(ce - 1) == "," || v.is_quote_mark(ce - 1)) {
                ce -= 1;
            }
            (ce > a).then_some((a, ce))
        };
        Some(Found {
            source,
            cue_start: i,
            cue_end: i + 2,
            cue: v.text(i, i + 2).to_string(),
            content,
            relayed_by: None,
            denial: false,
        })
    }

    fn impersonal(&self, v: &View, a: usize, b: usize, i: usize) -> Option<Found> {
        let w = v.lw(i);
        if !matches!(w, "is" | "was" | "are" | "were" | "been") {
            return None;
        }
        let p = i + 1;
        if !self.impersonal_participles.contains_word(v.lw(p)) {
            return None;
        }
        let next = v.lw(p + 1);
        let it_frame = i > a && v.lw(i - 1) == "it" && next == "that";
        if !(it_frame || next == "to") {
            return None;
        }
        let cue_start = if it_frame { i - 1 } else { i };
        let cue_end = p + 2;
        let content = if it_frame {
            (cue_end < b).then(|| (cue_end, trim_end(v, cue_end, b)))
        } else {
            Some((a, trim_end(v, a, b)))
        };
        Some(Found {
            source: unattributed(cue_start, cue_end),
            cue_start,
            cue_end,
            cue: v.text(cue_start, cue_end).to_string(),
            content,
            relayed_by: None,
            denial: false,
        })
    }

    /// A reporting verb at `i`: the speaker, its content, and an outlet it was told to.
    fn verb_cue(&self, v: &View, a: usize, b: usize, i: usize) -> Option<Vec<Found>> {
        let w = v.lw(i);
        if i > a
            && matches!(
                v.lw(i - 1),
                "the" | "a" | "an" | "'s" | "its" | "their" | "his" | "her"
            )
        {
            return None; // a noun: "the reports", "his claims"
        }
        if i > a
            && matches!(
                v.lw(i - 1),
                "is" | "was" | "are" | "were" | "been" | "be" | "being"
            )
        {
            return None; // passive: "was reported by", "is said to" (handled as impersonal)
        }
        let strong = STRONG_VERBS.contains(&w);
        let denial = self.denial.contains_word(w);
        let is_tell = matches!(w, "told" | "tells" | "tell");

        // Object of "told": the recipient ("told Axios", "told reporters").
        let mut after = i + 1;
        let mut recipient: Option<(usize, usize)> = None;
        if is_tell {
            if let Some((s, e)) = self.forward_np(v, after, b) {
                recipient = Some((s, e));
                after = e;
            }
        }
        // Skip "in a statement", "on Monday", "late Tuesday" before the content.
        let after = self.skip_to_content(v, after, b);
        let clause_follows = matches!(v.lw(after), "that" | ":" | "\"" | ",")
            || (after < b && v.is_punct(after) && after + 1 >= b);
        let closes_sentence = after >= b || (v.is_punct(after) && trim_end(v, after, b) == after);
        let post = i > a && (v.lw(i - 1) == "," || v.is_quote_mark(i - 1));

        // Source: backwards over auxiliaries, else inverted after the verb.
        let j = self.subject_end(v, a, i);
        if NOUN_LIKE_VERBS.contains(&w) {
            let subject_ok = j == i
                && j > a
                && (v.is_cap(j - 1)
                    || self.anonymous_heads.contains_word(v.lw(j - 1))
                    || self.outlet_words.contains_word(v.lw(j - 1))
                    || self.organization_words.contains_word(v.lw(j - 1)));
            if !subject_ok {
                return None;
            }
        }
        let mut inverted = false;
        let backward = self
            .backward_np(v, j, a)
            .and_then(|(s, e)| self.classify(v, s, e))
            .or_else(|| {
                // The parse, when there is one, finds subjects the token patterns miss
                // ("The committee that investigated the attack said").
                let (s, e) = subject_subtree(v, i, a, b)?;
                self.classify(v, s, e)
            });
        let source = match backward {
            Some(src) => src,
            None => {
                // Inverted order only after the reported material: "…, said Blinken."
                if !post {
                    return None;
                }
                let (s, e) = self.forward_np(v, i + 1, b)?;
                let src = self.classify(v, s, e)?;
                inverted = true;
                src
            }
        };
        let after_cue = recipient.map_or(i + 1, |(_, e)| e);
        let post_position = inverted && post
            || (!inverted
                && source.start > a
                && {
                    let k = source.start - 1;
                    v.lw(k) == "," || v.is_quote_mark(k)
                }
                && closes_sentence_after(
                    v,
                    if inverted { source.end } else { after_cue },
                    b,
                    self,
                ));
        if !(strong || clause_follows || post_position || closes_sentence || inverted) {
            return None;
        }
        let content = if post_position || (inverted && post) {
            let mut ce = if inverted { i } else { source.start };
            while ce > a && (v.lw(ce - 1) == "," || v.is_quote_mark(ce - 1)) {
                ce -= 1;
            }
            let mut cs = a;
            while cs < ce && v.is_quote_mark(cs) {
                cs += 1;
            }
            (cs < ce).then_some((cs, ce))
        } else {
            let mut cs = if inverted { source.end } else { after };
            while cs < b && matches!(v.lw(cs), "that" | "," | ":") {
                cs += 1;
            }
            (cs < b && trim_end(v, cs, b) > cs).then(|| (cs, trim_end(v, cs, b)))
        };
        let found = |source: Source, relayed_by: Option<usize>, denial: bool| Found {
            source,
            cue_start: i,
            cue_end: i + 1,
            cue: v.text(i, i + 1).to_string(),
            content,
            relayed_by,
            denial,
        };
        // Told to an outlet ("told Axios"): the outlet relays the speaker.
        let outlet = recipient
            .and_then(|(s, e)| self.classify(v, s, e))
            .filter(|r| r.kind == SourceKind::Outlet);
        Some(match outlet {
            Some(r) => vec![found(r, None, false), found(source, Some(0), denial)],
            None => vec![found(source, None, denial)],
        })
    }

    /// The first token of the content after a cue's words end at `after`: past time words
    /// and a short prepositional phrase ("in a statement", "on Monday", "late Tuesday")
    /// that a "that", a comma or a colon closes.
    fn skip_to_content(&self, v: &View, mut after: usize, b: usize) -> usize {
        loop {
            let x = v.lw(after);
            if self.time_words.contains_word(x) {
                after += 1;
            } else if self.inner_prepositions.contains_word(x) && after + 1 < b {
                let mut k = after + 1;
                while k < b && k - after < 5 && !v.is_punct(k) && v.lw(k) != "that" {
                    k += 1;
                }
                if k < b && (v.lw(k) == "that" || v.lw(k) == "," || v.lw(k) == ":") {
                    after = k;
                } else {
                    return after;
                }
            } else {
                return after;
            }
        }
    }

    /// Where the subject of the cue at `i` ends: before the auxiliaries and adverbs between
    /// them ("has also said"), and a negation ("did not say": still a cue).
    fn subject_end(&self, v: &View, a: usize, i: usize) -> usize {
        let mut j = i;
        while j > a && self.skippable_before_cue.contains_word(v.lw(j - 1)) {
            j -= 1;
        }
        while j > a && matches!(v.lw(j - 1), "not" | "n't") {
            j -= 1;
            while j > a && self.skippable_before_cue.contains_word(v.lw(j - 1)) {
                j -= 1;
            }
        }
        j
    }
}

/// Whether nothing but punctuation, a time phrase or a short prepositional phrase ("in a
/// statement", "on Monday") follows `from`, or a comma opens a trailing clause ("…, he said,
/// adding that …").
fn closes_sentence_after(v: &View, from: usize, b: usize, _lx: &Lexicons) -> bool {
    let mut k = from;
    while k < b {
        let w = v.lw(k);
        if w == "," {
            return true;
        }
        if v.is_punct(k) || crate::lexicon::is_time_word(w) {
            k += 1;
        } else if matches!(w, "in" | "on" | "at" | "to" | "during" | "via" | "through") {
            let mut e = k + 1;
            while e < b && !v.is_punct(e) && e - k <= 5 && v.lw(e) != "that" {
                e += 1;
            }
            if e - k > 5 || v.lw(e) == "that" {
                return false;
            }
            k = e;
        } else {
            return false;
        }
    }
    true
}

/// The subtree of the nominal subject of the verb at `verb`, when the document has a parse
/// and the subtree lies before the verb inside the sentence `a..b`.
fn subject_subtree(v: &View, verb: usize, a: usize, b: usize) -> Option<(usize, usize)> {
    let tree = DepTree::new(v.doc.syntax.as_ref()?, a..b);
    let subject = tree
        .children(verb)
        .find(|&k| tree.deprel(k).starts_with("nsubj"))?;
    if subject >= verb {
        return None;
    }
    // The subject's phrase, as far as it lies before the verb.
    let mut start = subject;
    let mut end = subject + 1;
    for k in (a..verb).filter(|&k| tree.in_subtree(k, subject)) {
        start = start.min(k);
        end = end.max(k + 1);
    }
    while end > start && v.is_punct(end - 1) {
        end -= 1;
    }
    (start < end).then_some((start, end))
}

/// `b` with trailing punctuation (".", "\"", ")") removed.
pub(crate) fn trim_end(v: &View, a: usize, b: usize) -> usize {
    let mut e = b;
    while e > a && v.is_punct(e - 1) {
        e -= 1;
    }
    e
}

fn unattributed(start: usize, end: usize) -> Source {
    Source {
        start,
        end,
        kind: SourceKind::Unattributed,
        affiliation: None,
        pronoun: false,
    }
}

/// An attribution whose cue lies inside another's content is relayed by it ("According to
/// Axios, an Israeli official said …": the official is relayed by Axios). The innermost
/// enclosing content wins.
fn link_relays(found: &mut [Found]) {
    for x in 0..found.len() {
        if found[x].relayed_by.is_some() {
            continue;
        }
        let cue = found[x].cue_start;
        let mut best: Option<(usize, usize)> = None;
        for (y, other) in found.iter().enumerate() {
            if y == x || other.cue_start == found[x].cue_start {
                continue;
            }
            if let Some((s, e)) = other.content {
                if s <= cue && cue < e && best.is_none_or(|(_, len)| e - s < len) {
                    best = Some((y, e - s));
                }
            }
        }
        if let Some((y, _)) = best {
            found[x].relayed_by = Some(y);
        }
    }
}
