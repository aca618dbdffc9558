//! Acts a story tells in pieces. News names an attack before it says who did it ("a day
//! after *an attack* on a train … the Baloch Liberation Army claimed responsibility for *the
//! attack*"), and says who claimed it without saying, in that sentence, whom it hit. The
//! coding guide (`docs/annotation.md` §3) takes the side a sentence lacks from the story;
//! here the story's pieces of one act are joined by the word that tells it (English names
//! an act again by its noun, or by the verb the noun comes from: "attacked" … "the
//! attack").
//!
//! Only acts of force (CAMEO 18–20) with no pair of their own are open, and none that is
//! feared, warned of or "another" ([`unrealised`]); two kinds are closed, after every
//! sentence is coded:
//!
//! * an act whose doer is named and whose victims are not (a claim of responsibility, "the
//!   militants' attack") takes the victims of the nearest act the story tells with the same
//!   word by a doer of the same country;
//! * an act with neither side ("an attack on a train", "injured in the initial attack")
//!   is the act the story tells with the same word, before or after, when every such act
//!   was done by one country's actors: a story of two attackers leaves it open.

use std::collections::HashSet;

use factum_actors::country_of;
use factum_doc::tree::DepTree;
use factum_doc::{Document, Event, ProvenanceRole};

use super::emit::Trigger;
use super::nominals::{names_the_word, same_kind, told_again, told_with_word, trigger_words};
use super::sentence::{Act, Scope};
use super::Candidate;
use crate::cameo::is_force;
use crate::review::told_just_before;

/// An act of force told by an event noun that found no actor pair of its own.
pub(super) struct OpenAct {
    pub(super) sentence: usize,
    pub(super) trigger: Trigger,
    /// The noun's lemma ("attack").
    pub(super) lemma: String,
    pub(super) code: String,
    /// The events of its named doer, with no target yet; empty when no doer is named.
    pub(super) by_doer: Vec<Event>,
}

/// Words before an act's noun that say it is not the one told, or has not happened:
/// "*another* attack", "a *possible* attack".
const UNREALISED_MODIFIERS: &[&str] = &[
    "another",
    "possible",
    "potential",
    "future",
    "further",
    "planned",
    "feared",
    "expected",
];

/// Words that govern an act's noun as something feared, risked, warned of or prepared for:
/// "officials *fear* another attack", "the *risk* of an attack", "*warned* of an attack".
const UNREALISED_HEADS: &[&str] = &[
    "fear",
    "risk",
    "threat",
    "threaten",
    "warn",
    "warning",
    "danger",
    "possibility",
    "prospect",
    "expect",
    "anticipate",
    "prepare",
    "brace",
    "plan",
];

/// Whether the act noun at `n` is one that has not happened or is not the one the story
/// told (see [`UNREALISED_MODIFIERS`] and [`UNREALISED_HEADS`]): such a noun is no piece of
/// the story's act.
pub(super) fn unrealised(tree: &DepTree, n: usize) -> bool {
    let modified = tree.children(n).any(|k| {
        matches!(tree.deprel(k), "det" | "amod") && tree.lemma_in(k, UNREALISED_MODIFIERS)
    });
    modified
        || tree
            .head(n)
            .is_some_and(|h| tree.lemma_in(h, UNREALISED_HEADS))
}

/// Nouns for those who did an act of force, which news uses for the doers it has just
/// told of ("Islamic State-linked insurgents beheaded nine villagers … *The attackers*
/// raided the village"), each with the act it names its doers by, as that act's lemma
/// ("attacker" → "attack").
const DOER_NOUNS: &[(&str, &str)] = &[
    ("attacker", "attack"),
    ("assailant", "assault"),
    ("raider", "raid"),
    ("perpetrator", "perpetrate"),
    ("kidnapper", "kidnap"),
    ("abductor", "abduct"),
    ("shooter", "shoot"),
    ("killer", "kill"),
];

/// Whether token `k` is one of the [`DOER_NOUNS`] ("the *perpetrators*").
pub(super) fn is_doer_noun(tree: &DepTree, k: usize) -> bool {
    doer_act(&tree.syntax(k).lemma).is_some()
}

/// The act a doer noun names its doers by ([`DOER_NOUNS`]).
fn doer_act(noun: &str) -> Option<&'static str> {
    DOER_NOUNS
        .iter()
        .find(|(n, _)| noun.eq_ignore_ascii_case(n))
        .map(|&(_, act)| act)
}

/// The actors that definite doer nouns of sentence `si` ("*the attackers*", "the
/// assailants"; [`DOER_NOUNS`]) stand for: the source of the latest act of force (CAMEO
/// 18–20) the story told with the act the noun is made from ([`doer_act`], anywhere
/// before), else of the latest one coded in the three sentences before, at the noun's
/// word. A definite
/// noun names what the reader already knows, and an agent noun of attacking names who
/// attacked. None where no dictionary-coded mention of that source stands before the noun.
pub(super) fn doer_actors(scope: Scope) -> Vec<Act> {
    let (doc, tree, si) = (scope.doc, scope.tree, scope.si);
    let base = doc.sentences[si].token_start as usize;
    let mut out = Vec::new();
    for t in doc.sentences[si].token_range() {
        // (The noun first: this runs on every word of every sentence.)
        let definite = || {
            tree.children(t)
                .any(|k| tree.deprel(k) == "det" && tree.lemma_in(k, &["the"]))
        };
        let Some(act) = doer_act(&tree.syntax(t).lemma).filter(|_| definite()) else {
            continue;
        };
        // The doers of the act the noun is made from, told anywhere before ("Al Shabaab
        // militants *attacked* an African Union base" … "the *attackers* will be hunted
        // down", past a U.S. air strike told since); else of the latest act of force.
        let before = || {
            scope
                .events
                .iter()
                .rev()
                .filter(|e| e.sentence < si as u32 && is_force(&e.cameo))
        };
        let doer = told_with_word(doc, before(), act)
            .or_else(|| before().find(|e| told_just_before(e.sentence, si as u32)))
            .and_then(|e| e.source.as_ref());
        let Some(doer) = doer else {
            continue;
        };
        // The doer's own mention (the event's code may be resolved past it: `---REB` in a
        // Mozambique story is `MOZREB`), else the latest one coded as the doer is.
        let before = |m: &factum_doc::ActorMention| (m.token_end as usize) <= t;
        let mention = doc
            .actors
            .iter()
            .rposition(|m| m.span == doer.span && before(m))
            .or_else(|| {
                doc.actors
                    .iter()
                    .rposition(|m| m.code == doer.code && before(m))
            });
        if let Some(mention) = mention {
            out.extend(Act::referring(scope.units, base, t, mention));
        }
    }
    out
}

/// Close the open acts of a story against its coded `events` (see the module docs), adding
/// the events they give to `events`.
pub(super) fn close(
    doc: &Document,
    events: &mut Vec<Event>,
    open: Vec<OpenAct>,
    mut trace: Option<&mut Vec<Candidate>>,
) {
    if open.is_empty() {
        return;
    }
    let (with_doer, with_neither): (Vec<OpenAct>, Vec<OpenAct>) =
        open.into_iter().partition(|o| !o.by_doer.is_empty());
    // The words of every event's trigger, found once: the events the doers' acts give are
    // told too, and their words are added after them.
    let mut words: Vec<Vec<String>> = events.iter().map(|e| trigger_words(doc, e)).collect();
    let mut found = Vec::new();
    for o in with_doer {
        for partial in o.by_doer.iter().cloned() {
            if let Some((e, why)) = with_victims_told(events, &words, &o, partial) {
                note(&mut trace, doc, &e, why);
                found.push(e);
            }
        }
    }
    words.extend(found.iter().map(|e| trigger_words(doc, e)));
    events.extend(found);
    let mut found = Vec::new();
    for o in with_neither {
        if let Some(earlier) = the_act_told_with_its_word(events, &words, &o) {
            let why = "an event noun with neither side: the one act the story tells with its word";
            let (again, why) = told_again(earlier, o.sentence, &o.trigger, why);
            note(&mut trace, doc, &again, &why);
            found.push(again);
        }
    }
    events.extend(found);
    events.sort_by_key(|e| (e.sentence, e.verb_span.start));
}

/// The coded events that tell act `o` again, with both sides: the same kind of act, with
/// the same word (`words`, each event's [`trigger_words`]), elsewhere in the story.
fn same_act_told<'e>(
    events: &'e [Event],
    words: &'e [Vec<String>],
    o: &'e OpenAct,
) -> impl Iterator<Item = &'e Event> + 'e {
    events.iter().zip(words).filter_map(move |(e, w)| {
        let same = e.verb_span != o.trigger.verb_span
            && e.target.is_some()
            && same_kind(&e.cameo, &o.code)
            && names_the_word(w, &o.lemma);
        same.then_some(e)
    })
}

/// How far event `e` is told from sentence `si`, earlier first at equal distance.
fn distance(e: &Event, si: usize) -> (usize, bool) {
    let d = (e.sentence as usize).abs_diff(si);
    (d, e.sentence as usize > si)
}

/// `partial` (a doer, no target) with the victims of the nearest act the story tells with
/// the same word by a doer of the same country.
fn with_victims_told(
    events: &[Event],
    words: &[Vec<String>],
    o: &OpenAct,
    mut partial: Event,
) -> Option<(Event, &'static str)> {
    let doer = country_of(&partial.source.as_ref()?.code)?;
    let donor = same_act_told(events, words, o)
        .filter(|e| {
            e.source
                .as_ref()
                .is_some_and(|s| country_of(&s.code).is_none_or(|c| c == doer))
        })
        .min_by_key(|e| distance(e, o.sentence))?;
    partial.target = donor.target.clone();
    partial.provenance.extend(
        donor
            .provenance
            .iter()
            .filter(|p| p.role == ProvenanceRole::TargetActor)
            .cloned(),
    );
    Some((
        partial,
        "an event noun with its doer named and no victims: the victims of the act the story tells with its word",
    ))
}

/// The nearest act the story tells with the word of `o`, when every such act with both
/// sides was done by actors of one country.
fn the_act_told_with_its_word(
    events: &[Event],
    words: &[Vec<String>],
    o: &OpenAct,
) -> Option<Event> {
    let told: Vec<&Event> = same_act_told(events, words, o).collect();
    // Doers of no country yet ("---REB", "the militants") are the story's, as the review
    // will place them: they agree with one country named, or with each other alone.
    let mut known = HashSet::new();
    let mut unplaced = HashSet::new();
    for e in &told {
        let code = e.source.as_ref().map_or("", |s| s.code.as_str());
        match country_of(code) {
            Some(c) => known.insert(c),
            None => unplaced.insert(code),
        };
    }
    if !(known.len() == 1 || known.is_empty() && unplaced.len() == 1) {
        return None;
    }
    told.into_iter()
        .min_by_key(|e| distance(e, o.sentence))
        .cloned()
}

fn note(trace: &mut Option<&mut Vec<Candidate>>, doc: &Document, e: &Event, why: &str) {
    if let Some(tr) = trace.as_deref_mut() {
        tr.push(Candidate {
            sentence: e.sentence,
            verb: doc.slice(e.verb_span).to_string(),
            verb_span: e.verb_span,
            outcome: format!("{why}: {}", e.coding()),
        });
    }
}
