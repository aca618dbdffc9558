//! From a coding decision to events: the actor pairs a decision gives, and one event per
//! pair and code, with its provenance.

use factum_doc::{ActorMention, Event, EventActor, Provenance, Span};

use super::args_parse::in_apposition;
use super::sentence::Sentence;
use super::{Arguments, Decision, EventCoder};
use crate::cameo::{cameo_root, quad_class};
use crate::verbs::EventCode;

/// What fired: the dictionary line behind the code, where, and whether it is negated.
pub(super) struct Trigger {
    pub(super) code_line: Provenance,
    pub(super) verb_span: Span,
    pub(super) negated: bool,
}

impl EventCoder {
    /// The (source, target) actor pairs of a decision. A compound pattern, or a joint act
    /// of a plural subject, without a target (`X and Y met`, "X and Y signed a treaty")
    /// makes the members act on each other; otherwise every source with every target, and
    /// — when events need no dyad — each source alone.
    pub(super) fn pairs(
        &self,
        s: &Sentence,
        dec: &Decision,
        args: &Arguments,
    ) -> Vec<(usize, Option<usize>)> {
        let (sources, targets) = (&args.sources, &args.targets);
        let mut pairs: Vec<(usize, Option<usize>)> = Vec::new();
        // "The United States and Jordan have agreed upon a pact", "India and Mauritius
        // upgraded their ties": a joint act (CAMEO 03–06) with a plural subject and no
        // object actor is done by the conjuncts to each other, a rule of English
        // (collective predicates) and of the coding guide (reciprocal events).
        let collective = targets.is_empty()
            && sources.len() >= 2
            && dec.code.forward.as_deref().is_some_and(joint);
        if (dec.compound || collective) && targets.is_empty() {
            for &a in sources {
                for &b in sources {
                    if a != b {
                        pairs.push((a, Some(b)));
                    }
                }
            }
            // Each unordered pair once; the reverse code gives the other direction.
            if dec.code.reverse.is_some() {
                pairs.retain(|&(a, b)| Some(a) < b);
            }
        } else {
            for &a in sources {
                for &b in targets {
                    pairs.push((a, Some(b)));
                }
            }
            if pairs.is_empty() && !self.require_dyad {
                pairs.extend(sources.iter().map(|&a| (a, None)));
            }
        }
        if let Some(syn) = s.syntax {
            pairs.retain(|&(a, b)| !b.is_some_and(|b| in_apposition(syn, &s.acts[a], &s.acts[b])));
        }
        pairs
    }

    /// The events of one trigger between actor `source` and actor `target` (every code of
    /// a mention coded `A/B`), with the dictionary line behind the code first in their
    /// provenance.
    pub(super) fn emit(
        &self,
        s: &Sentence,
        source: usize,
        target: Option<usize>,
        code: &str,
        trigger: &Trigger,
        out: &mut Vec<Event>,
    ) {
        let (doc, acts) = (s.doc, &s.acts);
        let side = |a: usize| -> Vec<(EventActor, &ActorMention)> {
            let m = &doc.actors[acts[a].mention];
            // A pronoun stands in the sentence for a mention named earlier: the event
            // points at the pronoun and takes the mention's code.
            let span = acts[a].pronoun.map_or(m.span, |t| doc.tokens[t].span);
            m.code
                .split('/')
                .filter(|c| !c.is_empty())
                .map(|c| {
                    (
                        EventActor {
                            code: c.to_string(),
                            text: doc.slice(span).to_string(),
                            span,
                        },
                        m,
                    )
                })
                .collect()
        };
        let root = cameo_root(code);
        if root.is_none() && !self.keep_non_cameo {
            return;
        }
        let sources = side(source);
        let targets = target.map(side).unwrap_or_default();
        let targets: Vec<Option<(EventActor, &ActorMention)>> = if targets.is_empty() {
            if self.require_dyad {
                return;
            }
            vec![None]
        } else {
            targets.into_iter().map(Some).collect()
        };
        let plover = self.tables.plover(code);
        for (actor, sm) in &sources {
            for t in &targets {
                if t.as_ref().is_some_and(|(t, _)| t.code == actor.code) {
                    continue;
                }
                let mut provenance = vec![trigger.code_line.clone()];
                provenance.extend(sm.provenance.iter().map(|p| Provenance {
                    role: p.role.of_source(),
                    ..p.clone()
                }));
                if let Some((_, tm)) = t {
                    provenance.extend(tm.provenance.iter().map(|p| Provenance {
                        role: p.role.of_target(),
                        ..p.clone()
                    }));
                }
                out.push(Event {
                    sentence: s.index as u32,
                    source: Some(actor.clone()),
                    target: t.as_ref().map(|(t, _)| t.clone()),
                    cameo: code.to_string(),
                    cameo_root: root.unwrap_or(&code[..code.len().min(2)]).to_string(),
                    quad_class: quad_class(code),
                    goldstein: self.tables.goldstein(code).unwrap_or(0.0),
                    plover_type: plover.map(|p| p.event_type.clone()),
                    plover_mode: plover.and_then(|p| p.mode.clone()),
                    verb_span: trigger.verb_span,
                    negated: trigger.negated,
                    provenance,
                    location: None,
                    date: None,
                    attribution: None,
                    modality: None,
                    confidence: 0.0,
                });
            }
        }
    }
}

/// Whether a paired code is reciprocal: a pattern with only the reverse side (`[:190]`, "X
/// was attacked by Y"), or the same code in both directions (`[046:046]`) for the joint acts
/// that have no one initiator: agreeing, meeting and negotiating, signing, cooperating
/// (CAMEO roots 03–06; `docs/annotation.md`: "no other code gets both directions"). "X fought
/// with Y" names X as the one who acts; it is one event.
pub(super) fn reciprocal(code: &EventCode) -> bool {
    code.forward.is_none()
        || (code.forward == code.reverse && code.forward.as_deref().is_some_and(joint))
}

/// Whether a code is a joint act, one that has no single initiator when two actors do it
/// together: agreeing, meeting and negotiating, signing, cooperating (CAMEO roots 03–06).
fn joint(code: &str) -> bool {
    matches!(cameo_root(code), Some("03" | "04" | "05" | "06"))
}
