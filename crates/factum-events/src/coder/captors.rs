//! Release asked of the captor. CAMEO codes a demand or appeal for the release of persons
//! (1053 "demand release of persons or property", 0253 "appeal for release") toward
//! whoever holds them, not toward the held: "Serbia *demanded the release* of the Serb
//! officer arrested by Kosovo police" is `SRB KSVCOP 1053`, and "Uganda's opposition
//! demanded his immediate release" after "Ugandan police arrested opposition leader Kizza
//! Besigye" is aimed at the police. The held are the victims of the detention, the
//! captor its doer.
//!
//! The captor is read, in this order, from the released noun phrase itself (a participle
//! or relative clause of holding with its agent: "the journalists *detained by Russian
//! forces*") or from the story told before: the latest detention, abduction or seizure
//! (CAMEO 173, 181) of the same held actor, or, when the held are named by a pronoun or
//! a noun of no actor ("their release", "the release of the hostages"), the latest such
//! act by a doer not on the asking side (no one asks their own release of another).

use factum_actors::country_of;
use factum_doc::tree::{universal, DepTree};
use factum_doc::Event;

use super::args_parse::actors_in;
use super::sentence::{Act, Sentence};

/// Verbs of asking for something: their object, or their *for* phrase, names what is
/// asked ("*demanded* the release", "*called for* the release", "*pressed for* his
/// freedom").
const ASKING_VERBS: &[&str] = &[
    "demand", "call", "urge", "appeal", "press", "push", "seek", "ask", "request", "plead",
];

/// Nouns of letting a held person go.
const RELEASE_NOUNS: &[&str] = &["release", "freedom", "freeing"];

/// Verbs of holding a person, whose agent in a participle or relative clause on the held
/// ("the officer *arrested by* Kosovo police") is the captor.
const HOLDING_VERBS: &[&str] = &[
    "arrest", "detain", "hold", "jail", "imprison", "abduct", "kidnap", "seize", "capture",
];

/// How many sentences back a release asked looks for the taking it undoes: a story tells
/// the arrest in its lead and the calls for release within a few paragraphs; bounded so a
/// long document costs time in proportion to its length.
const CAPTIVITY_REACH: u32 = 8;

/// CAMEO codes of taking a person: arrest or detention (173), abduction or hostage-taking
/// (181 and its sub-codes).
fn takes_a_person(code: &str) -> bool {
    code == "173" || code.starts_with("181")
}

/// The release noun of verb token `v` when `v` asks for someone's release: its object or
/// *for* phrase ("demanded *the release* of …", "called for *his release*").
pub(super) fn release_asked(tree: &DepTree, v: usize) -> Option<usize> {
    if !tree.lemma_in(v, ASKING_VERBS) {
        return None;
    }
    tree.children(v).find(|&k| {
        let asked = match universal(tree.deprel(k)) {
            "obj" => true,
            "obl" => tree.has_marker(k, "case", "for"),
            _ => false,
        };
        asked && tree.lemma_in(k, RELEASE_NOUNS)
    })
}

/// The captors named in the released phrase at `release`: the agents of a verb of holding
/// inside it ("the release of the Serb officer *arrested by Kosovo police*").
pub(super) fn captors_named(tree: &DepTree, acts: &[Act], release: usize) -> Vec<usize> {
    tree.subtree(release)
        .iter()
        .filter(|&&t| t != release && tree.lemma_in(t, HOLDING_VERBS))
        .flat_map(|&t| tree.children(t).collect::<Vec<_>>())
        .filter(|&k| tree.deprel(k) == "obl:agent" || tree.has_marker(k, "case", "by"))
        .flat_map(|k| actors_in(tree, acts, k))
        .collect()
}

/// The actors held, as the released phrase at `release` names them (`actors` of the
/// sentence inside it, its captors excepted).
pub(super) fn held(tree: &DepTree, acts: &[Act], release: usize) -> Vec<usize> {
    let captors = captors_named(tree, acts, release);
    actors_in(tree, acts, release)
        .into_iter()
        .filter(|a| !captors.contains(a))
        .collect()
}

/// The taking of a person told before or in sentence `s` that a release asked at verb
/// token `v` by `sources` undoes: the latest detention or abduction of the same held actor
/// (same code, or same country), or, when the released phrase names no actor, the latest
/// such act by a doer that is not one of the asking sources. Its source is the captor.
pub(super) fn captor_told_before(
    s: &Sentence,
    tree: &DepTree,
    v: usize,
    sources: &[usize],
    events: &[Event],
) -> Option<Event> {
    let release = release_asked(tree, v)?;
    let held = s.codes_of(&held(tree, &s.acts, release));
    let ours = s.codes_of(sources);
    let same_actor = |a: &str, b: &str| match (country_of(a), country_of(b)) {
        (Some(x), Some(y)) => x == y,
        // A side of no country yet ("his party", `---PTY`) is the same by its sector.
        _ => {
            a == b
                || a.get(3..)
                    .is_some_and(|x| !x.is_empty() && b.get(3..) == Some(x))
        }
    };
    let si = s.index as u32;
    events
        .iter()
        .rev()
        .take_while(|e| e.sentence + CAPTIVITY_REACH >= si)
        .filter(|e| e.sentence <= si && takes_a_person(&e.cameo))
        .find(|e| {
            let (Some(by), Some(on)) = (&e.source, &e.target) else {
                return false;
            };
            // (Only the asker itself or a part of it: an opposition asks the police of
            // its own country for its leader's release.)
            let not_ours = !ours.iter().any(|&o| by.code.starts_with(o));
            let of_the_held = if held.is_empty() {
                true
            } else {
                held.iter().any(|&h| same_actor(h, &on.code))
            };
            not_ours && of_the_held
        })
        .cloned()
}
