//! Claims answered. News tells an accusation with a verb of saying ("Israel's ministry
//! *said* some of the organizations had employed people linked to Hamas") and its denial in
//! the next sentence with a definite noun that refers back to it ("The aid groups
//! *rejected the accusation*"); or in one sentence, the denial in a relative clause on the
//! noun ("Human Rights Watch said soldiers had executed 20 men, *an accusation the
//! government rejected*"). The coding guide codes the rejection toward the accuser
//! (`docs/annotation.md` §3, "rejecting an allegation is 120 toward the accuser"), and the
//! accuser is whoever made the claim the noun refers to.
//!
//! When the claim was itself coded as an event (an accusation, 112), the nominal rules
//! ([`super::nominals::reacted_to`]) find it. A claim told with a verb of saying is no event
//! (saying is attribution), so this module looks for its speaker instead: the nearest verb
//! of saying or accusing before the rejection, in its sentence or the three before (as far
//! as a definite noun is read to refer back, [`crate::review::told_just_before`]), whose
//! subject is an actor of another country than the rejecting side (no one rejects their own
//! claim). The speaker of the latest such claim is the target.

use factum_actors::country_of;
use factum_dict::Units;
use factum_doc::tree::DepTree;
use factum_doc::{Event, Provenance, ProvenanceRole};

use super::args_parse::speech;
use super::emit::Trigger;
use super::nominals::{judged_noun, referring_back};
use super::sentence::Sentence;
use super::EventCoder;
use crate::review::TOLD_BEFORE;

/// Nouns that name something said about another: what a rejection or denial of "the X"
/// answers ("rejected *the accusation*", "dismissed *the allegation*", "denies *the
/// charges*").
const CLAIM_NOUNS: &[&str] = &[
    "accusation",
    "allegation",
    "charge",
    "claim",
    "assertion",
    "criticism",
    "statement",
    "remark",
    "comment",
    "account",
    "report",
    "warning",
];

/// Verbs whose subject makes a claim about another besides the verbs of saying
/// ([`factum_doc::words::REPORTING_LEMMAS`]): "whom *it accused* of working with foreign
/// sponsors", "the EU *warned* that it could suspend visa-free travel" (the warning).
const CLAIMING_VERBS: &[&str] = &["accuse", "allege", "charge", "claim", "blame", "warn"];

impl EventCoder {
    /// The claim that verb token `verb`, a rejection, denial or criticism by `sources`
    /// (`code`, CAMEO 11, 12 or 016) with no target of its own, answers by naming it with
    /// a claim noun: an event standing for the claim (CAMEO 010, on the verb that told it),
    /// whose source is the claimant. `None` when the verb names no claim, or no claimant
    /// is found.
    pub(super) fn claim_answered(
        &self,
        s: &Sentence,
        tree: &DepTree,
        verb: usize,
        sources: &[usize],
        code: &str,
        events: &[Event],
    ) -> Option<Event> {
        if !(matches!(code.get(..2), Some("11" | "12")) || code == "016") {
            return None;
        }
        claim_noun(s, tree, verb)?;
        let ours = s.codes_of(sources);
        let another_side = |code: &str| {
            !ours
                .iter()
                .any(|&c| c == code || country_of(c).is_some() && country_of(c) == country_of(code))
        };
        let si = s.index;
        for j in (si.saturating_sub(TOLD_BEFORE as usize)..=si).rev() {
            let earlier;
            let said = if j == si {
                s
            } else {
                let range = s.doc.sentences[j].token_range();
                let units = Units::from_tokens(&s.doc.tokens[range]);
                earlier = Sentence::new(s.doc, j, units, events);
                &earlier
            };
            let Some(said_tree) = &said.tree else {
                continue;
            };
            let last = if j == si {
                verb
            } else {
                said.base + said.tokens.len()
            };
            for t in (said.base..last).rev() {
                if !claims(said_tree, t) {
                    continue;
                }
                let (speakers, _) = speech(said_tree, said, t);
                let Some(&speaker) = speakers.iter().find(|&&a| another_side(said.code_of(a)))
                else {
                    continue;
                };
                // The claim stands in only to lend its speaker to the answer
                // (`aim_at_source_of` takes its source's dictionary lines, never its
                // code's): it carries no dictionary line of its own.
                let trigger = Trigger {
                    code_line: Provenance {
                        file: String::new(),
                        line: 0,
                        role: ProvenanceRole::Verb,
                    },
                    verb_span: s.doc.tokens[t].span,
                    negated: false,
                };
                let mut made = Vec::new();
                self.emit(said, speaker, None, "010", &trigger, &mut made);
                if let Some(claim) = made.into_iter().next() {
                    return Some(claim);
                }
            }
        }
        None
    }
}

/// The claim noun verb token `verb` answers: its object ("rejected *the accusation*") when
/// definite and naming no actor of its own ([`referring_back`]), or the noun a relative
/// clause of it hangs on ("*an accusation* the government rejected").
fn claim_noun(s: &Sentence, tree: &DepTree, verb: usize) -> Option<usize> {
    let is_claim = |n: usize| tree.lemma_in(n, CLAIM_NOUNS);
    if let Some(object) = judged_noun(s, tree, verb) {
        return (is_claim(object) && referring_back(tree, s, object)).then_some(object);
    }
    let noun = tree
        .head(verb)
        .filter(|_| tree.deprel(verb) == "acl:relcl")?;
    let own_actor = tree.children(noun).filter(|&c| c != verb).any(|c| {
        tree.subtree(c)
            .iter()
            .any(|&t| s.acts.iter().any(|a| a.covers_token(t)))
    });
    (is_claim(noun) && !own_actor).then_some(noun)
}

/// Whether token `t` is a verb whose subject claims something: a verb of saying or of
/// accusing.
fn claims(tree: &DepTree, t: usize) -> bool {
    let syn = tree.syntax(t);
    syn.upos == "VERB"
        && (tree.lemma_in(t, factum_doc::words::REPORTING_LEMMAS)
            || tree.lemma_in(t, CLAIMING_VERBS))
}
