//! Modality: does the text commit to the event happening?
//!
//! Cues are looked up in the clause that leads up to the event's verb (back to the nearest
//! "that", comma, colon or semicolon), because "Israel is prepared to negotiate" and "the
//! talks, which may resume" put their modal words just before the verb they govern.
//! Conditional markers ("if", "unless") are looked up in the whole sentence, since they make
//! both the condition and the consequence conditional. Negation is looked up only in the
//! four tokens before the verb ("did not meet", "has never met").
//!
//! When several kinds have cues, the first in this order wins: negated, conditional,
//! hypothetical, demanded, proposed, planned; then reported (the clause is attributed to a
//! source other than the publisher) or asserted. The order puts the weaker commitment first:
//! "may propose talks" is hypothetical, not proposed.
//!
//! PLOVER's auxiliary modes (manual §"Auxiliary modes") are set where one fits: planned →
//! `future`, conditional and hypothetical → `hypothetical`, negated → `negation`.

use factum_doc::{Modality, ModalityKind};

use crate::view::View;
use crate::Lexicons;

/// The PLOVER auxiliary mode of a modality kind.
pub fn plover_mode(kind: ModalityKind) -> Option<&'static str> {
    match kind {
        ModalityKind::Planned => Some("future"),
        ModalityKind::Conditional | ModalityKind::Hypothetical => Some("hypothetical"),
        ModalityKind::Negated => Some("negation"),
        _ => None,
    }
}

/// What a modality decision is about.
pub(crate) struct Scope {
    /// Sentence tokens `a..b`.
    pub a: usize,
    pub b: usize,
    /// The event verb's token, or `None` for a whole-sentence decision.
    pub verb: Option<usize>,
    /// The event (or sentence) is attributed to a source other than the publisher.
    pub reported: bool,
    /// The attribution's cue rejects its content ("denied that").
    pub denied: Option<String>,
    /// The coder marked the verb negated.
    pub negated_by_coder: bool,
}

impl Lexicons {
    pub(crate) fn modality(&self, v: &View, scope: &Scope) -> Modality {
        let (a, b) = (scope.a, scope.b);
        let (ws, we) = match scope.verb {
            Some(verb) => (self.clause_start(v, a, verb), verb),
            None => (a, b),
        };
        let mut hits: Vec<(ModalityKind, String)> = Vec::new();
        let mut add = |kind, cue: String| {
            if !hits.iter().any(|(k, c)| *k == kind && *c == cue) {
                hits.push((kind, cue));
            }
        };
        if let Some(cue) = &scope.denied {
            add(ModalityKind::Negated, cue.clone());
        }
        if scope.verb.is_some() {
            if let Some((kind, cue)) = self.governing_cue(v, a, ws) {
                add(kind, cue);
            }
        }
        if scope.negated_by_coder {
            add(ModalityKind::Negated, "not".to_string());
        }
        let neg_from = match scope.verb {
            Some(verb) => verb.saturating_sub(4).max(ws),
            None => ws,
        };
        for (i, n, ()) in self.negation_cues.find_all(v, neg_from, we) {
            if v.lw(i + 1) == "only" || (v.lw(i) == "without" && scope.verb.is_none()) {
                continue;
            }
            add(ModalityKind::Negated, v.joined(i, i + n));
        }
        for (i, n, ()) in self.conditional_cues.find_all(v, a, b) {
            add(ModalityKind::Conditional, v.joined(i, i + n));
        }
        for (i, n, ()) in self.hypothetical_cues.find_all(v, ws, we) {
            if v.norm(i) == "May" && i != a {
                continue; // the month
            }
            if v.lw(i) == "would" && self.reported_would(v, a, i) {
                add(ModalityKind::Planned, v.joined(i, i + n));
                continue;
            }
            add(ModalityKind::Hypothetical, v.joined(i, i + n));
        }
        for (i, n, ()) in self.demand_cues.find_all(v, ws, we) {
            add(ModalityKind::Demanded, v.joined(i, i + n));
        }
        for (i, n, ()) in self.proposal_cues.find_all(v, ws, we) {
            add(ModalityKind::Proposed, v.joined(i, i + n));
        }
        for (i, n, ()) in self.plan_cues.find_all(v, ws, we) {
            add(ModalityKind::Planned, v.joined(i, i + n));
        }
        if let Some(verb) = scope.verb {
            // An infinitive event is not (yet) realised: "working to create", "agreed to meet".
            let mut k = verb;
            while k > ws && (v.lw(k - 1).ends_with("ly") || matches!(v.lw(k - 1), "be" | "have")) {
                k -= 1;
            }
            let raising = matches!(
                v.lw(k.saturating_sub(2)),
                "according" | "appears" | "seems" | "appear" | "seem"
            ) || self
                .impersonal_participles
                .contains_word(v.lw(k.saturating_sub(2)));
            if k > ws && k >= 2 && v.lw(k - 1) == "to" && !raising {
                let from = if v.is_punct(k - 2) { k - 1 } else { k - 2 };
                add(ModalityKind::Planned, v.joined(from, k));
            }
        }
        const ORDER: [ModalityKind; 6] = [
            ModalityKind::Negated,
            ModalityKind::Conditional,
            ModalityKind::Hypothetical,
            ModalityKind::Demanded,
            ModalityKind::Proposed,
            ModalityKind::Planned,
        ];
        let kind = ORDER
            .into_iter()
            .find(|k| hits.iter().any(|(h, _)| h == k))
            .unwrap_or(if scope.reported {
                ModalityKind::Reported
            } else {
                ModalityKind::Asserted
            });
        let mut cues: Vec<String> = hits
            .iter()
            .filter(|(k, _)| *k == kind)
            .map(|(_, c)| c.clone())
            .collect();
        cues.extend(
            hits.iter()
                .filter(|(k, _)| *k != kind)
                .map(|(_, c)| c.clone()),
        );
        Modality {
            kind,
            cues,
            plover_mode: plover_mode(kind).map(str::to_string),
        }
    }

    /// Start of the clause leading to `verb`: just after the nearest "that", comma, colon,
    /// semicolon, "which" or "while" before it.
    fn clause_start(&self, v: &View, a: usize, verb: usize) -> usize {
        let mut k = verb;
        while k > a {
            let w = v.lw(k - 1);
            if matches!(
                w,
                "that" | "," | ":" | ";" | "which" | "while" | "because" | "\"" | "--"
            ) {
                break;
            }
            k -= 1;
        }
        k
    }

    /// "would" in reported speech is future-in-the-past ("said it would withdraw"), not a
    /// hypothesis, unless the sentence has a condition.
    fn reported_would(&self, v: &View, a: usize, would: usize) -> bool {
        let b = v
            .doc
            .sentence_of_token(would as u32)
            .map_or(would, |s| v.doc.sentences[s].token_end as usize);
        if !self.conditional_cues.find_all(v, a, b).is_empty() {
            return false;
        }
        (a..would).any(|k| self.reporting.contains_word(v.lw(k)))
    }

    /// The verb governing a "that" clause starting at `ws`: "denied that …", "rejected
    /// reports that …" (negated), "proposed on Wednesday that …" (proposed), "demanded that
    /// …" (demanded).
    fn governing_cue(&self, v: &View, a: usize, ws: usize) -> Option<(ModalityKind, String)> {
        if ws < a + 2 || v.lw(ws - 1) != "that" {
            return None;
        }
        let mut k = ws - 1;
        while k > a && self.time_words.contains_word(v.lw(k - 1)) {
            k -= 1;
            if k > a && self.inner_prepositions.contains_word(v.lw(k - 1)) {
                k -= 1;
            }
        }
        if k > a && crate::lexicon::CLAIM_NOUNS.contains(&v.lw(k - 1)) {
            k -= 1;
        }
        if k == a {
            return None;
        }
        let w = v.lw(k - 1);
        let kind = if self.denial.contains_word(w) {
            ModalityKind::Negated
        } else if self.demand_cues.contains_word(w) {
            ModalityKind::Demanded
        } else if self.proposal_cues.contains_word(w) || w == "recommended" {
            ModalityKind::Proposed
        } else {
            return None;
        };
        Some((kind, format!("{w} that")))
    }
}
