//! Events named by nouns in a sentence ("the attack on Kyiv", "talks between X and Y"): the
//! noun's dependents give its sides (see [`crate::nominal`] for the lexicon and the roles),
//! and a definite event noun with no sides of its own retells an event coded just before.

use std::ops::Range;

use factum_doc::{Event, Provenance, TokenSyntax};

use super::emit::Trigger;
use super::sentence::{Act, Sentence};
use super::{Candidate, EventCoder};
use crate::nominal::{side_of, Nominal, Side, LIGHT_VERBS};

/// The actors on each side of one event noun.
#[derive(Default)]
struct Sides {
    agents: Vec<usize>,
    patients: Vec<usize>,
    parties: Vec<usize>,
}

impl EventCoder {
    /// Nominal events of the sentence (see [`crate::nominal`]).
    pub(super) fn code_nominals(
        &self,
        s: &Sentence,
        syn: &[TokenSyntax],
        out: &mut Vec<Event>,
        mut trace: Option<&mut Vec<Candidate>>,
    ) {
        let range = s.token_range();
        for n in range.clone() {
            let Some(noun) = self.nominals.at(&syn[n]) else {
                continue;
            };
            if s.acts.iter().any(|a| a.covers_token(n)) {
                continue;
            }
            let pairs = nominal_pairs(noun, &sides(syn, range.clone(), &s.acts, noun, n));
            let span = s.doc.tokens[n].span;
            let mut note = |outcome: String| {
                if let Some(tr) = trace.as_deref_mut() {
                    tr.push(Candidate {
                        sentence: s.index as u32,
                        verb: s.doc.slice(span).to_string(),
                        verb_span: span,
                        outcome,
                    });
                }
            };
            note(format!(
                "event noun, code {} ({} line {}): {} actor pair(s)",
                noun.code,
                self.nominals.file,
                noun.line,
                pairs.len()
            ));
            let lexicon_line = Provenance {
                file: self.nominals.file.clone(),
                line: noun.line,
                role: "noun".to_string(),
            };
            if pairs.is_empty() && definite(syn, range.clone(), n) {
                if let Some(earlier) = antecedent_event(out, s.index, &noun.code) {
                    note(format!(
                        "a definite event noun: the {} told in sentence {} again",
                        earlier.coding(),
                        earlier.sentence
                    ));
                    let mut again = earlier;
                    again.sentence = s.index as u32;
                    again.verb_span = span;
                    again.provenance.insert(0, lexicon_line.clone());
                    out.push(again);
                }
            }
            let trigger = Trigger {
                code_line: lexicon_line,
                verb_span: span,
                negated: false,
            };
            for (a, b) in pairs {
                self.emit(s, a, Some(b), &noun.code, &trigger, out);
            }
        }
    }
}

/// The sides of the event noun at token `n`: from its dependents by their relation and
/// case marker, and — for the object of a light verb ("held talks", "launched an attack")
/// with no agent of its own — the light verb's subject.
fn sides(
    syn: &[TokenSyntax],
    range: Range<usize>,
    acts: &[Act],
    noun: &Nominal,
    n: usize,
) -> Sides {
    let children = |h: usize| {
        range
            .clone()
            .filter(move |&t| syn[t].head == Some(h as u32))
    };
    let mut sides = Sides::default();
    for c in children(n) {
        let case = children(c)
            .find(|&k| syn[k].deprel == "case")
            .map(|k| syn[k].lemma.to_lowercase());
        let Some(side) = side_of(noun, &syn[c].deprel, case.as_deref()) else {
            continue;
        };
        let found = actors_under(syn, acts, c);
        match side {
            Side::Agent => sides.agents.extend(found),
            Side::Patient => sides.patients.extend(found),
            Side::Party => sides.parties.extend(found),
        }
    }
    if let (Some(h), "obj") = (syn[n].head, syn[n].deprel.as_str()) {
        let h = h as usize;
        if sides.agents.is_empty() && LIGHT_VERBS.contains(&syn[h].lemma.to_lowercase().as_str()) {
            for c in children(h) {
                if syn[c].deprel.starts_with("nsubj") && !syn[c].deprel.ends_with("pass") {
                    sides.agents.extend(actors_under(syn, acts, c));
                }
            }
        }
    }
    sides
}

/// The (source, target) pairs of an event noun: every two parties both ways for a
/// reciprocal noun (talks, clashes), else every agent with every patient.
fn nominal_pairs(noun: &Nominal, sides: &Sides) -> Vec<(usize, usize)> {
    let mut pairs = Vec::new();
    if noun.reciprocal {
        let mut all: Vec<usize> = sides
            .agents
            .iter()
            .chain(&sides.patients)
            .chain(&sides.parties)
            .copied()
            .collect();
        all.sort_unstable();
        all.dedup();
        for &a in &all {
            for &b in &all {
                if a != b {
                    pairs.push((a, b));
                }
            }
        }
    } else {
        for &a in &sides.agents {
            for &b in &sides.patients {
                if a != b {
                    pairs.push((a, b));
                }
            }
        }
    }
    pairs
}

/// Actors in the phrase headed by `root` (not into clauses inside it).
fn actors_under(syn: &[TokenSyntax], acts: &[Act], root: usize) -> Vec<usize> {
    let within = |t: usize| {
        let mut k = t;
        for _ in 0..32 {
            if k == root {
                return true;
            }
            let rel = syn[k].deprel.split(':').next().unwrap_or("");
            if matches!(rel, "acl" | "advcl" | "ccomp" | "csubj" | "parataxis") {
                return false;
            }
            match syn[k].head {
                Some(h) => k = h as usize,
                None => return false,
            }
        }
        false
    };
    (0..acts.len())
        .filter(|&a| (acts[a].tokens.0..acts[a].tokens.1).any(within))
        .collect()
}

/// Whether the noun at `n` is definite ("the attack", "this strike", "their talks"): in
/// English a definite description of an event with no participants of its own refers to an
/// event the reader already knows.
fn definite(syn: &[TokenSyntax], range: Range<usize>, n: usize) -> bool {
    range.clone().any(|k| {
        syn[k].head == Some(n as u32)
            && ((syn[k].deprel == "det"
                && matches!(
                    syn[k].lemma.to_lowercase().as_str(),
                    "the" | "this" | "that"
                ))
                || (syn[k].deprel == "nmod:poss" && syn[k].xpos == "PRP$"))
    })
}

/// The event a definite event noun of sentence `si` refers back to: the latest event of the
/// same CAMEO root coded in the three sentences before, if any.
fn antecedent_event(events: &[Event], si: usize, code: &str) -> Option<Event> {
    let root = code.get(..2)?;
    events
        .iter()
        .rev()
        .find(|e| {
            (e.sentence as usize) < si
                && si - (e.sentence as usize) <= 3
                && e.cameo.get(..2) == Some(root)
        })
        .cloned()
}
