//! One sentence as the coder sees it: its words as PETRARCH units (upper case, the form the
//! verb patterns are written in), the actors standing in it at unit level, and its parse.
//!
//! Built once per sentence and handed to every step of the coder, so no step re-derives the
//! sentence's offsets or actors from the document.

use std::ops::Range;

use factum_dict::Units;
use factum_doc::tree::DepTree;
use factum_doc::words::{self, noun_in, WEAPON_NOUNS};
use factum_doc::{Document, Span, Token, TokenSyntax};

use super::args_parse::{act_noun_doers, pronoun_actors};
use super::frames::according_to_phrases;
use super::pair_anaphora::pair_actors;
use super::story_acts::doer_actors;
use super::Occurrence;

/// An actor mention seen at the unit level of one sentence.
#[derive(Debug, Clone)]
pub(super) struct Act {
    pub(super) us: usize,
    pub(super) ue: usize,
    /// Index into `doc.actors` of the mention that gives the code.
    pub(super) mention: usize,
    /// Document token range of the words standing for the actor in this sentence: the
    /// mention's own, or a pronoun's.
    pub(super) tokens: (usize, usize),
    /// The pronoun ("he", "they") that refers to the mention, when the actor is named in an
    /// earlier clause.
    pub(super) pronoun: Option<usize>,
}

impl Act {
    /// The actor of `mention` standing at document token `t`, a word that refers to it
    /// ("he", "the two countries"); `None` when no unit of `units` (a sentence starting at
    /// document token `base`) begins there.
    pub(super) fn referring(units: &Units, base: usize, t: usize, mention: usize) -> Option<Act> {
        let u = units.token.iter().position(|&k| k as usize + base == t)?;
        Some(Act {
            us: u,
            ue: u + 1,
            mention,
            tokens: (t, t + 1),
            pronoun: Some(t),
        })
    }

    /// Whether document token `t` is one of the actor's words in this sentence.
    pub(super) fn covers_token(&self, t: usize) -> bool {
        self.tokens.0 <= t && t < self.tokens.1
    }

    /// Whether unit `u` is one of the actor's units.
    pub(super) fn covers_unit(&self, u: usize) -> bool {
        self.us <= u && u < self.ue
    }
}

/// One sentence of a document, ready for coding.
pub(super) struct Sentence<'a> {
    pub(super) doc: &'a Document,
    /// Index of the sentence in `doc.sentences`.
    pub(super) index: usize,
    /// Document index of the sentence's first token.
    pub(super) base: usize,
    pub(super) tokens: &'a [Token],
    pub(super) units: Units,
    /// The document's parse, when the syntax stage ran.
    pub(super) syntax: Option<&'a [TokenSyntax]>,
    /// The sentence's dependency tree, with the parse.
    pub(super) tree: Option<DepTree<'a>>,
    /// Actors of the sentence in unit order, less those that only say who reports it.
    pub(super) acts: Vec<Act>,
    /// Unit ranges of "according to …" phrases.
    pub(super) sourcing: Vec<Range<usize>>,
    /// Possessive determiners that refer to an actor ("*his* meeting"): the agents of the
    /// event nouns they determine, never a verb's argument ("withdrew *its* troops").
    pub(super) possessives: Vec<Act>,
}

/// Nouns of a state's armed force ("*their troops* attacked …"); its weapons are
/// [`WEAPON_NOUNS`] ("*its jets* hit …").
const FORCE_NOUNS: &[&str] = &["troop", "force", "soldier", "army", "navy", "fighter"];

/// Whether token `h` of `tokens` is a hyphen written between two words without spaces
/// ("Iran-backed"): English joins such words into one.
pub(super) fn joining_hyphen(tokens: &[Token], h: usize) -> bool {
    h >= 1 && tokens[h].norm == "-" && !tokens[h].space_after && !tokens[h - 1].space_after
}

/// The force noun the possessive determiner at token `t` owns when that noun is the active
/// subject of a clause and names an armed force or its weapons ("the military said *its*
/// jets hit Hezbollah depots"): the force is the owner's, so the owner acts through it. A
/// possessive is otherwise no argument of a verb ("withdrew *its* troops": what is
/// withdrawn).
fn owned_acting_force(syn: &[TokenSyntax], t: usize) -> Option<usize> {
    let h = syn[t].head.map(|h| h as usize)?;
    (syn[h].deprel == "nsubj" && is_force_noun(&syn[h].lemma)).then_some(h)
}

/// The office noun the possessive determiner at token `t` owns when that noun is the active
/// subject of a clause ("*Its* director, Petar Petkovic, demanded the release", "*their*
/// spokesman said"): one who holds a body's office acts for it, so the owner acts, as "the
/// office's director" would.
fn owned_acting_office(syn: &[TokenSyntax], t: usize) -> Option<usize> {
    let h = syn[t].head.map(|h| h as usize)?;
    (syn[h].deprel == "nsubj" && words::names_an_office(&syn[h].lemma)).then_some(h)
}

/// The noun the possessive determiner at token `t` owns when that noun is what force is
/// used on: the object of a verb of force, or its *on*, *at* or *against* phrase
/// ("Armenian units had fired on *its* positions", "shelled *their* villages"). As with a
/// named owner ("struck Hezbollah's positions"), force on what someone holds is force on
/// them.
fn owned_place_attacked(tree: &DepTree, t: usize) -> Option<usize> {
    const FORCE_VERBS: &[&str] = &[
        "fire", "strike", "attack", "shell", "hit", "bomb", "target", "raid", "storm", "pound",
    ];
    let h = tree.head(t)?;
    let v = tree.head(h)?;
    let acted_on = tree.deprel(h) == "obj"
        || tree.deprel(h).starts_with("obl")
            && ["on", "at", "against"]
                .iter()
                .any(|p| tree.has_marker(h, "case", p));
    let force = tree.lemma_in(v, FORCE_VERBS) && tree.syntax(v).upos == "VERB";
    (acted_on && force).then_some(h)
}

/// Whether `lemma` names an armed force or its weapons ([`FORCE_NOUNS`], [`WEAPON_NOUNS`]),
/// also as a plural the lemmatiser kept ("troops", a plural English mostly uses alone).
pub(super) fn is_force_noun(lemma: &str) -> bool {
    noun_in(lemma, FORCE_NOUNS) || noun_in(lemma, WEAPON_NOUNS)
}

/// What the finders of actors a sentence refers back to read: the story, the sentence's
/// tree, its index and units, and the events the story has coded before it.
#[derive(Clone, Copy)]
pub(super) struct Scope<'s, 't> {
    pub(super) doc: &'s Document,
    pub(super) tree: &'s DepTree<'t>,
    pub(super) si: usize,
    pub(super) units: &'s Units,
    pub(super) events: &'s [factum_doc::Event],
}

impl<'a> Sentence<'a> {
    /// The sentence `index` of `doc`, with its actors; `events` are those the story has
    /// coded before it (a definite doer noun refers to one's source).
    pub(super) fn new(
        doc: &'a Document,
        index: usize,
        units: Units,
        events: &[factum_doc::Event],
    ) -> Sentence<'a> {
        let sent = doc.sentences[index];
        let mut s = Sentence {
            doc,
            index,
            base: sent.token_start as usize,
            tokens: &doc.tokens[sent.token_range()],
            sourcing: according_to_phrases(&units.words),
            units,
            syntax: doc.syntax.as_deref(),
            tree: doc
                .syntax
                .as_deref()
                .map(|syn| DepTree::new(syn, sent.token_range())),
            acts: Vec::new(),
            possessives: Vec::new(),
        };
        s.acts = s.named_actors();
        if let (Some(syn), Some(tree)) = (s.syntax, &s.tree) {
            let pronouns = pronoun_actors(doc, syn, tree, index, &s.units, false);
            s.acts.extend(pronouns);
            s.acts
                .extend(act_noun_doers(doc, syn, index, &s.units, events));
            let scope = Scope {
                doc,
                tree,
                si: index,
                units: &s.units,
                events,
            };
            let pairs = pair_actors(scope);
            // A bare role the pair description replaces ("the prime ministers", `---GOV`)
            // is no actor of its own.
            s.acts.retain(|a| {
                a.pronoun.is_some() || !pairs.iter().any(|p| a.covers_token(p.tokens.0))
            });
            s.acts.extend(pairs);
            let doers = doer_actors(scope);
            s.acts
                .retain(|a| !doers.iter().any(|d| a.covers_token(d.tokens.0)));
            s.acts.extend(doers);
            s.possessives = pronoun_actors(doc, syn, tree, index, &s.units, true);
            // A force a dictionary codes ("*its* forces", `---MIL`) is the actor itself, of
            // its owner's country (`emit::owned_code`); one no dictionary codes ("*its* jets")
            // acts through its owner.
            let named = |h: usize| s.acts.iter().any(|a| a.covers_token(h));
            let owned_forces: Vec<Act> = s
                .possessives
                .iter()
                .filter(|p| {
                    let owned = owned_acting_force(syn, p.tokens.0)
                        .or_else(|| owned_acting_office(syn, p.tokens.0))
                        .or_else(|| owned_place_attacked(tree, p.tokens.0));
                    owned.is_some_and(|h| !named(h))
                })
                .cloned()
                .collect();
            s.acts.extend(owned_forces);
        }
        s.acts.sort_by_key(|a| a.us);
        s
    }

    /// The document token of unit `u` (its first token).
    pub(super) fn token_of(&self, u: usize) -> usize {
        self.base + self.units.token[u] as usize
    }

    /// The text span of a verb occurrence.
    pub(super) fn span_of(&self, occ: &Occurrence) -> Span {
        Span {
            start: self.tokens[self.units.token[occ.us] as usize].span.start,
            end: self.tokens[self.units.token[occ.ue - 1] as usize].span.end,
        }
    }

    /// The actor code of act `a` (its mention's).
    pub(super) fn code_of(&self, a: usize) -> &'a str {
        &self.doc.actors[self.acts[a].mention].code
    }

    /// The actor codes of `acts`, in order.
    pub(super) fn codes_of(&self, acts: &[usize]) -> Vec<&'a str> {
        acts.iter().map(|&a| self.code_of(a)).collect()
    }

    /// Whether unit `u` lies inside an actor mention.
    pub(super) fn in_actor(&self, u: usize) -> bool {
        self.acts.iter().any(|a| a.covers_unit(u))
    }

    /// The actor mentions inside this sentence, at unit level, less those inside an
    /// "according to" phrase: they say who reports the news, they do not act in it.
    fn named_actors(&self) -> Vec<Act> {
        let sent = self.doc.sentences[self.index];
        let mut acts = Vec::new();
        for (mi, m) in self.doc.actors.iter().enumerate() {
            if (m.token_start as usize) < self.base
                || m.token_end as usize > sent.token_end as usize
            {
                continue;
            }
            let t0 = m.token_start as usize - self.base;
            let t1 = m.token_end as usize - self.base;
            let us = self.units.token.iter().position(|&t| t as usize >= t0);
            let ue = self.units.token.iter().rposition(|&t| (t as usize) < t1);
            if let (Some(us), Some(ue)) = (us, ue) {
                if us <= ue && !self.sourcing.iter().any(|r| r.contains(&us)) {
                    acts.push(Act {
                        us,
                        ue: ue + 1,
                        mention: mi,
                        tokens: (m.token_start as usize, m.token_end as usize),
                        pronoun: None,
                    });
                }
            }
        }
        acts
    }
}
