//! Where the verb forms of a sentence are: dictionary verb forms outside actor mentions
//! and "according to" phrases that stand as verbs here — by the parse's tag when there is one, else not right after a
//! determiner or degree word ("an attack", "their meeting", "very close").

use factum_doc::tree::universal;

use super::args_surface::{auxiliary, DEGREE, DETERMINERS, NEGATIONS};
use super::sentence::{joining_hyphen, Act, Sentence};
use super::{Candidate, EventCoder, Occurrence};

impl EventCoder {
    /// The verb occurrences of the sentence, in order; with `trace`, a note for each
    /// dictionary form that is not a verb here.
    pub(super) fn occurrences(
        &self,
        s: &Sentence,
        mut trace: Option<&mut Vec<Candidate>>,
    ) -> Vec<Occurrence> {
        let units = &s.units;
        let mut occs = Vec::new();
        let mut i = 0;
        while i < units.len() {
            // Inside an actor, or an "according to" phrase (it names a source: "according"
            // is no "accord").
            if s.in_actor(i) || s.sourcing.iter().any(|r| r.contains(&i)) {
                i += 1;
                continue;
            }
            let found = self.verbs.forms_at(&units.words, i);
            let Some((len, forms)) = found.into_iter().next() else {
                i += 1;
                continue;
            };
            let is_verb = !after_hyphen(s, i)
                && !joined_to_a_modifier(s, i)
                && match s.syntax {
                    Some(syn) => {
                        let head_form = &self.verbs.forms[forms[0] as usize];
                        let tag = &syn[s.token_of(i + head_form.head.min(len - 1))];
                        // A participle modifying a noun ("leading democracies", "a U.S.-proposed
                        // ceasefire") describes the noun; it is not the clause's predicate. Nor
                        // is a word the parse makes an auxiliary ("has", "will"; or a misparse
                        // of such a participle): an auxiliary carries tense, not the event.
                        (tag.upos == "VERB" || tag.xpos.starts_with("VB"))
                            && !matches!(
                                universal(&tag.deprel),
                                "amod" | "compound" | "aux" | "cop"
                            )
                    }
                    None => !self.looks_like_noun(&units.words, i, &s.acts),
                };
            if !is_verb && units.words[i].chars().any(char::is_alphabetic) {
                if let (Some(tr), Some(syn)) = (trace.as_deref_mut(), s.syntax) {
                    let t = s.token_of(i);
                    tr.push(Candidate {
                        sentence: s.index as u32,
                        verb: s.doc.slice(s.doc.tokens[t].span).to_string(),
                        verb_span: s.doc.tokens[t].span,
                        outcome: format!("not a verb here (tagged {})", syn[t].xpos),
                    });
                }
            }
            if is_verb {
                occs.push(Occurrence {
                    us: i,
                    ue: i + len,
                    forms,
                });
            }
            i += len;
        }
        occs
    }
}

/// Whether unit `i` is a participle joined to an adjective before a noun ("the fiscal and
/// *paying* agent", "a free and *governing* party"): a word coordinated with a noun's
/// modifier, with no dependents of its own, modifies the noun too (English coordination
/// joins like with like), so it is no predicate.
fn joined_to_a_modifier(s: &Sentence, i: usize) -> bool {
    let Some(tree) = s.tree.as_ref() else {
        return false;
    };
    let t = s.token_of(i);
    let bare = tree
        .children(t)
        .all(|k| matches!(tree.deprel(k), "cc" | "punct"));
    let modifier = tree
        .head(t)
        .filter(|&h| tree.deprel(h) == "amod")
        .and_then(|h| tree.head(h))
        .is_some_and(|noun| t < noun);
    tree.deprel(t) == "conj" && bare && modifier
}

/// Whether unit `i` is the second half of a hyphenated compound written without spaces
/// ("Iran-*backed* rebels", "Vietnamese-*led* forces", "Russian-*made* rockets"): English
/// writes a participle joined by a hyphen to a noun as one adjective, never as a predicate.
fn after_hyphen(s: &Sentence, i: usize) -> bool {
    let t = s.units.token[i] as usize;
    t >= 2 && joining_hyphen(s.tokens, t - 1)
}

impl EventCoder {
    /// Without a parse: a verb form right after a determiner (possibly with up to two
    /// words between, none of them an auxiliary or an actor) is a noun.
    fn looks_like_noun(&self, words: &[String], i: usize, acts: &[Act]) -> bool {
        if i > 0 && DEGREE.contains(&words[i - 1].as_str()) {
            return true;
        }
        for back in 1..=3 {
            if back > i {
                return false;
            }
            let k = i - back;
            let w = words[k].as_str();
            // "Gondor's attack" is a noun, but in "Gondor's new mayor left" the possessive
            // belongs to the subject.
            if DETERMINERS.contains(&w) && (w != "'S" || back == 1) {
                return true;
            }
            if auxiliary(w)
                || NEGATIONS.contains(&w)
                || acts.iter().any(|a| a.us <= k && k < a.ue)
                || !w.chars().any(|c| c.is_alphabetic())
            {
                return false;
            }
        }
        false
    }
}
