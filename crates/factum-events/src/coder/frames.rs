//! What is no event though a verb of the dictionary fires, and what is an intention
//! rather than an act. Each rule is a rule of the coding guide (`docs/annotation.md`) or of
//! English, named where it is written.

use std::ops::Range;

use factum_doc::tree::{universal, DepTree};
use factum_doc::words::{self, REPORTING_LEMMAS, WEAPON_NOUNS};

use super::args_parse::{is_agent, judged_doers, judging_predicate, obliged};
use super::nominals::is_time_word;
use super::sentence::{Act, Sentence};
use super::ENDORSE;
use crate::nominal::{
    CLAIM_VERBS, FORCE_ACT_NOUNS, LIGHT_VERBS, REACTION_NOUNS, RESPONSE_VERBS, RESPONSIBILITY_NOUNS,
};
use crate::verbs::EventCode;

/// Why verb token `v` of sentence `s` codes no event, if it does not: a reporting verb, an
/// obligation ("must"), a verb of expectation or predicament, another sense of the word
/// ("call X Y", "leave X dead", "confer X on Y", "claim to", "linked with"), a
/// possibility, a condition, a purpose, an infinitive after a noun, a gerund naming an action, an
/// alleged act, or a commentator's view.
/// `patterned` says whether `code` came from a pattern of the verb, not its default.
pub(super) fn no_event(
    s: &Sentence,
    tree: &DepTree,
    u: usize,
    code: Option<&str>,
    patterned: bool,
) -> Option<String> {
    let v = s.token_of(u);
    let lemma = tree.syntax(v).lemma.to_lowercase();
    let acts = || {
        restates_an_act(tree, v)
            || performs_an_act(tree, v, &lemma, code, patterned)
            || (patterned && puts_into(tree, v, &lemma))
    };
    if REPORTING_LEMMAS.contains(&lemma.as_str()) && !acts() {
        return Some("a reporting verb says who reports, it is no event".to_string());
    }
    // What holds of the first of conjoined verbs holds of the others ([`frame_verb`]).
    let verb = VerbRead {
        s,
        tree,
        v,
        first: frame_verb(tree, v),
        lemma: &lemma,
        code,
    };
    states_no_act(&verb)
        .or_else(|| call_names_or_judges(s, tree, u, &lemma))
        .or_else(|| other_sense_or_unasserted(&verb))
}

/// A verb token as [`no_event`] reads it: `v` in sentence `s`, the first of its conjoined
/// verbs `first`, its lemma and its code.
struct VerbRead<'a> {
    s: &'a Sentence<'a>,
    tree: &'a DepTree<'a>,
    v: usize,
    first: usize,
    lemma: &'a str,
    code: Option<&'a str>,
}

/// The parts of a [`VerbRead`] as the rules name them.
type VerbParts<'a> = (
    &'a Sentence<'a>,
    &'a DepTree<'a>,
    usize,
    usize,
    &'a str,
    Option<&'a str>,
);

impl<'a> VerbRead<'a> {
    fn parts(&self) -> VerbParts<'a> {
        (self.s, self.tree, self.v, self.first, self.lemma, self.code)
    }
}

/// Why verb token `verb` tells no act done, if it does not: an obligation, an expectation or
/// predicament, words withheld, a role, a question put to the speaker, a fear, a meeting
/// of one's own, a reaction met, a failure, a striving, an act ceased, warned against,
/// prevented, provided by a text, kept from, needed by no one, or demanded.
fn states_no_act(verb: &VerbRead) -> Option<String> {
    let (s, tree, v, first, lemma, code) = verb.parts();
    if obliged(tree, v) || obliged(tree, first) {
        return Some("\"must\" / \"should\" states a requirement, not an event".to_string());
    }
    if STANCE_LEMMAS.contains(&lemma) {
        return Some("an expectation, hope or predicament is no event".to_string());
    }
    if declines_to_say(tree, v) || tree.head(v).is_some_and(|h| withheld_words(tree, h, v)) {
        return Some("declining to comment or to name withholds words, it rejects no one".into());
    }
    if advises_as_a_role(tree, v) {
        return Some("advising, told in the present with nothing advised, is a role".into());
    }
    if asked_of_the_speaker(tree, v) {
        return Some("\"when asked\" puts a question to the speaker, it is no event".into());
    }
    if feared(tree, v) {
        return Some("an act feared has not happened: the fear is no event".to_string());
    }
    if code.is_some_and(|c| c.starts_with("04")) && meets_its_own(tree, v) {
        return Some("a meeting of one's own council or aides is internal: no second party".into());
    }
    if meets_a_reaction(tree, v) {
        return Some("\"met with opposition\" receives it, it is no meeting".to_string());
    }
    if failed(tree, v) {
        return Some(
            "\"failed to\", \"resisted doing\": the act did not happen, and failing is none"
                .to_string(),
        );
    }
    if striving(s, tree, v) {
        return Some("\"fighting to\" do something strives for it, it is no fight".into());
    }
    if ceased(tree, v) {
        return Some("an act stopped or ceased is ending, it is no event".to_string());
    }
    if warned_against(tree, v) {
        return Some("an act warned against has not happened: the warning is the event".into());
    }
    if let Some(verb) = on_a_prevented_thing(tree, v) {
        return Some(format!(
            "what a thing kept from being (\"{verb}\") does or says did not happen"
        ));
    }
    if provided_by_a_text(tree, v) {
        return Some(
            "what an agreement or law provides is its content, no event of its own".into(),
        );
    }
    if kept_from(tree, v) {
        return Some(
            "an act someone is kept from has not happened: the keeping is the event".into(),
        );
    }
    if needed_by_no_one(tree, v) {
        return Some("a thing \"needed\" in the passive with no one needing it describes a want, it is no demand".into());
    }
    if let Some(by) = demanded_by(tree, v) {
        return Some(format!(
            "an act demanded (\"{by}\") has not happened: the demand is the event"
        ));
    }
    None
}

/// Why *call* at unit `u` of sentence `s` (`lemma` the verb's) is no phone call, if it is
/// not: "call X Y" and "call X's Y" name or judge.
fn call_names_or_judges(s: &Sentence, tree: &DepTree, u: usize, lemma: &str) -> Option<String> {
    if lemma != "call" {
        return None;
    }
    let v = s.token_of(u);
    // "called the tariffs unfair", "called it a gift": *call* with a secondary predicate
    // names or judges something; it is no phone call. A *to*-infinitive is no such
    // predicate: "called on Ukraine to withdraw" appeals. The parser may give the predicate
    // noun as a second object ("calling them an occupying army"): *call* takes no two
    // objects in its sense of calling someone.
    let objects = || {
        tree.children(v)
            .filter(|&k| tree.deprel(k) == "obj")
            .count()
    };
    // "what it called resistance workers": a free relative of *what* with *call* names
    // what follows (the parser hangs the clause on "what").
    // ("what *organisers* called the abduction of critics", parsed with "what" the
    // subject's determiner: *what*, then the namer's noun phrase, then the verb.)
    let namer = |j: usize| {
        matches!(
            tree.syntax(j).upos.as_str(),
            "NOUN" | "PROPN" | "PRON" | "DET" | "ADJ"
        )
    };
    let names_what = || {
        tree.deprel(v).starts_with("acl")
            && tree.head(v).is_some_and(|h| tree.lemma_in(h, &["what"]))
            || (1..=4).any(|d| {
                v.checked_sub(d).is_some_and(|w| {
                    tree.contains(w) && tree.lemma_in(w, &["what"]) && (w + 1..v).all(namer)
                })
            })
    };
    // "called the sanctions *regrettable*" parsed with the adjective a modifier of the
    // object: English puts an attributive adjective before its noun, so one after the
    // object is the predicate.
    let adjective_after_object = || {
        tree.children(v)
            .filter(|&k| tree.deprel(k) == "obj")
            .any(|o| {
                tree.children(o)
                    .any(|k| k > o && tree.deprel(k) == "amod" && tree.syntax(k).xpos == "JJ")
            })
    };
    // "calling the ruling *"political revenge"*" parsed with the predicate noun an
    // appositive of the object: an appositive stands after a comma, or is a name ("his
    // counterpart *Volodymyr Zelenskyy*"); a common noun right after the object, in
    // quotation marks or none, is the predicate of "call X Y".
    let noun_after_object = || {
        tree.children(v)
            .filter(|&k| tree.deprel(k) == "obj")
            .any(|o| {
                tree.children(o).any(|k| {
                    k > o
                        && tree.deprel(k) == "appos"
                        && tree.syntax(k).upos == "NOUN"
                        && !s.acts.iter().any(|a| a.covers_token(k))
                        && (o + 1..k).all(|j| s.doc.tokens[j].norm != ",")
                })
            })
    };
    // "calling *it "a blatant violation"*" parsed as a small clause, the predicate noun
    // the object with "it" its subject: what is called so is judged, no one is phoned.
    let small_clause = || {
        tree.children(v).any(|o| {
            tree.deprel(o) == "obj"
                && tree
                    .children(o)
                    .any(|k| tree.deprel(k).starts_with("nsubj"))
        })
    };
    if objects() >= 2
        || judging_predicate(s, tree, v).is_some()
        || small_clause()
        || names_what()
        || adjective_after_object()
        || noun_after_object()
        || tree.children(v).any(|k| {
            // ("called his Russian counterpart*, Vladimir Putin*," parsed with the
            // name a predicate: an appositive, after a comma, phones the one named.)
            tree.deprel(k) == "xcomp"
                && !tree.has_marker(k, "mark", "to")
                && (v + 1..k).all(|j| s.doc.tokens[j].norm != ",")
        })
    {
        return Some("\"call X Y\" names or judges, it is no phone call".to_string());
    }
    // "called Pakistan's assertions baseless", "what he called the president's failure":
    // the actor after *call* owns its object, it is not the one called; a phone call's
    // callee is the object itself.
    if calls_a_possession(s, u) {
        return Some("\"call X's Y\" names or judges Y, it is no phone call".to_string());
    }
    None
}

/// Why verb token `verb` codes no event, if it does not: another
/// sense of the word, a possibility, a condition, a purpose or want, a question, an aim,
/// an infinitive after a noun, a gerund naming an action, background, an alleged act, or
/// a commentator's view.
fn other_sense_or_unasserted(verb: &VerbRead) -> Option<String> {
    let (s, tree, v, first, lemma, code) = verb.parts();
    // (Its own code an intention, "Japan *wants* to strengthen its ties", it is that
    // intention, told on the verb.)
    if strives_to(tree, v, lemma) && !code.is_some_and(|c| c.starts_with("03")) {
        return Some(
            "a verb of desire or striving with an infinitive tells the intention through it, no act of its own"
                .to_string(),
        );
    }
    let bestowed_honour = lemma == "confer" && code == Some(ENDORSE);
    if let Some(why) = other_sense(tree, v, lemma).filter(|_| !bestowed_honour) {
        return Some(why.to_string());
    }
    if let Some(cue) = possibility(tree, v).or_else(|| possibility(tree, first)) {
        return Some(format!("\"{cue}\" makes it a possibility, not an event"));
    }
    // Inside a condition too: "unless the president arranged a ceasefire with rebels
    // *fighting* to topple him" tells no fighting.
    if tree.head_chain(v).any(|k| condition(tree, k)) {
        return Some("a condition (\"if ...\") has not happened, it is no event".to_string());
    }
    if super::args_parse::for_to_clause(tree, first) {
        return Some("\"for X to ...\" says what is wanted, it is no event".to_string());
    }
    if asked_whether(tree, first) {
        return Some("a question (\"whether ...\") asserts nothing, it is no event".into());
    }
    if aim_predicate(tree, first) {
        return Some("what a goal or plan \"is to\" do has not happened, it is no event".into());
    }
    if (purpose(tree, first) || within_purpose(tree, first)) && !protection_sent(tree, v, first) {
        return Some("a purpose (\"to ...\" after the act) says why, it is no event".to_string());
    }
    if infinitival_relative(tree, first) {
        return Some("an infinitive after a noun (\"measures to counter\") says what it is for, it is no event".to_string());
    }
    if action_named(tree, v) {
        return Some(
            "a gerund after a preposition or as a subject names an action, it tells no event"
                .to_string(),
        );
    }
    if time_since(tree, v) {
        return Some(
            "\"since\" before a perfect dates what came after by an act told as its start: background"
                .to_string(),
        );
    }
    if long_ago(tree, v) {
        return Some(
            "an act of years or months ago, or spread over them, is background, not news"
                .to_string(),
        );
    }
    if alleged_act(tree, v) {
        return Some("what X is accused or charged of is alleged, it is no event".to_string());
    }
    let frame = opinion_frame(tree, v).or_else(|| commentator_source(&s.units.words, &s.sourcing));
    frame.map(|who| format!("{who}'s opinion or expectation, not an event"))
}

/// The verb whose frame verb `v` shares: the first of the verbs it is conjoined to, when
/// `v` has no subject and no auxiliary of its own ("should discard its prejudice … and
/// *admit* China": *admit* is what should be done; "calls to hold the rates … rather than
/// *allow* them to fall": a purpose, as *hold* is). English coordination
/// shares the first conjunct's auxiliaries, its *to* and its place in the sentence; a
/// conjunct with a subject or an auxiliary of its own is a clause of its own. `v` itself
/// when it is no such conjunct.
fn frame_verb(tree: &DepTree, v: usize) -> usize {
    // "to hold the rates … *rather than allow* them to fall": *rather than* coordinates,
    // whatever label the parser gives the second verb.
    let rather_than = |k: usize| {
        tree.children(k)
            .any(|c| tree.deprel(c) == "cc" && tree.lemma_in(c, &["rather"]))
    };
    let mut first = v;
    while tree.deprel(first) == "conj" || rather_than(first) {
        let own_frame = tree
            .children(first)
            .any(|k| matches!(universal(tree.deprel(k)), "nsubj" | "csubj" | "aux" | "cop"));
        match tree.head(first) {
            Some(h) if !own_frame && tree.syntax(h).upos == "VERB" => first = h,
            _ => break,
        }
    }
    first
}

/// Whether the words right after the verb at unit `u` are an actor followed by a
/// possessive ("called *Pakistan's* assertions"): the actor owns what the verb takes as
/// object.
fn calls_a_possession(s: &Sentence, u: usize) -> bool {
    let next = u + 1;
    let words = &s.units.words;
    s.acts.iter().any(|a| {
        let starts_here = a.us == next || (a.us == next + 1 && words[next] == "THE");
        starts_here && a.pronoun.is_none() && words.get(a.ue).is_some_and(|w| w == "'S" || w == "'")
    })
}

/// Whether the subject of verb token `v` is a weapon or an aircraft ("bombers", "jets",
/// [`WEAPON_NOUNS`]), not the people who fly in one.
fn aircraft_subject(tree: &DepTree, v: usize) -> bool {
    super::args_parse::subjects(tree, v)
        .iter()
        .any(|&k| words::noun_in(&tree.syntax(k).lemma.to_lowercase(), WEAPON_NOUNS))
}

/// Word senses that are not the dictionary's political sense, each a rule of English:
/// *leave* with a resultative predicate ("leaving five people dead") states an outcome,
/// it is no departure or visit; *confer* with a direct object ("conferred its highest
/// honour on Modi") is bestowing, not conferring with someone; *meet* a need satisfies it
/// ([`NEEDS`]); *claim* with a clause ("claimed to be holding 200 hostages", "claimed
/// that …") asserts, it reports what it claims; a participle of relation after a noun
/// ("militants *linked with* the BLA", "groups *affiliated to* al-Qaeda", "the alliance,
/// *led by* X") describes who belongs to whom, it is no act; so is a participle of company ("…, *surrounded by* representatives");
/// *determine* with a clause ("the ministry has determined that the shells were made in
/// North Korea") establishes a finding, where CAMEO's DECIDE block reads a decision; a
/// hedging participle before a noun ([`HEDGES`]) accuses no one; taking or claiming
/// responsibility for an act says who did it; an aircraft that flies somewhere
/// ([`aircraft_subject`]) visits no one.
fn other_sense(tree: &DepTree, v: usize, lemma: &str) -> Option<&'static str> {
    let has = |rels: &[&str]| tree.children(v).any(|k| rels.contains(&tree.deprel(k)));
    match lemma {
        "leave" if resultative(tree, v) => {
            Some("\"leave X dead\" states an outcome, it is no departure")
        }
        // (An honour conferred is praise, `051`, by its own patterns: `no_event` keeps it.)
        "confer" if has(&["obj"]) => Some("\"confer X on Y\" bestows, it is no meeting"),
        "agree" if agrees_with(tree, v, VIEW_NOUNS) => {
            Some("\"agree with X's remark / view\" shares an opinion, it is no event")
        }
        // "does not necessarily *mean* the end", "people *want* their government to step
        // up", "*wants* Japanese cooperation": CAMEO 2.0 reads *want* and *mean* as intent
        // (030), which they say only with an infinitive of the subject's own ("wants to
        // meet", "meant to attack"); with an object they state a wish for what others do
        // or a meaning, no intent to act.
        "want" | "mean" if !own_infinitive(tree, v) => {
            Some("\"want / mean\" without an infinitive of its own states a wish or a meaning, no intent to act")
        }
        "meet" if object_in(tree, v, NEEDS) => {
            Some("\"meet a demand / target / obligation\" satisfies it, it is no meeting")
        }
        // "did not ask whether the administration intended to …": asking whether, if or
        // what puts a question, it requests nothing (CAMEO 02 is an appeal).
        "ask" if asks_a_question(tree, v) => {
            Some("\"ask whether / what\" puts a question, it is no appeal")
        }
        // "two Chinese bombers *flew* close to Japanese airspace": an aircraft that flies
        // somewhere goes there; CAMEO 2.0's "fly to" (036, a visit promised) is a person's
        // journey.
        "fly" if aircraft_subject(tree, v) => {
            Some("an aircraft that flies somewhere visits no one, it is no event")
        }
        "demonstrate" if has(&["obj", "ccomp"]) => {
            Some("\"demonstrate X\" shows something, it is no protest")
        }
        "determine" if has(&["ccomp"]) => {
            Some("\"determine that\" establishes a finding, it reports, it is no decision")
        }
        "serve" if serves_an_office(tree, v) => {
            Some("\"serve as X\", \"serve a term\" holds an office or a sentence, it is no aid")
        }
        "claim" if has(&["ccomp", "xcomp"]) => {
            Some("\"claim that / to\" asserts: it reports the claim, it is no event")
        }
        // "The bombing of a mosque *was claimed by* the Pakistani Taliban": an act claimed
        // is the claimer's (`nominals::sides`); the claim itself is a statement.
        "claim" if claims_an_act(tree, v) => {
            Some("\"X was claimed by Y\" says who did X, it is no act of its own")
        }
        // "took responsibility for the attack": the act it is for is the claimer's
        // (`nominals::claimed_by`); CAMEO 2.0 codes "took" as seizing, 171.
        _ if CLAIM_VERBS.contains(&lemma) && object_in(tree, v, RESPONSIBILITY_NOUNS) => {
            Some("\"take / claim responsibility for X\" says who did X, it is no act of its own")
        }
        // "China retaliated *with sanctions*": the act in the *with* phrase is the
        // response (`nominals::doing_verb`); the verb tells no other act.
        _ if RESPONSE_VERBS.contains(&lemma) && responds_with_an_act(tree, v) => {
            Some("\"respond / retaliate with X\" is doing X, it is no act of its own")
        }
        "go" if has(&["xcomp"]) => {
            Some("\"going to\" with a verb after it says what will happen, it is no journey")
        }
        "fire" if fires_a_person(tree, v) => {
            Some("\"fire X\" with a person as X dismisses, it is no shooting")
        }
        _ if (RELATION_PARTICIPLES.contains(&lemma)
            || words::AFFILIATION_PARTICIPLES.contains(&lemma))
            && relation_participle(tree, v) =>
        {
            Some("a participle of relation after a noun describes, it is no act")
        }
        _ if COMPANY_PARTICIPLES.contains(&lemma) && company_participle(tree, v) => {
            Some("\"surrounded by\" with no auxiliary says who stood around, it is no act")
        }
        _ if HEDGES.contains(&lemma) && hedges_a_noun(tree, v) => {
            Some("a hedge before a noun (\"a suspected militant\") describes, it accuses no one")
        }
        _ => None,
    }
}

/// Whether verb `v` has an infinitive complement of its subject's own: an `xcomp` with
/// *to* and no object before it ("wants *to meet*"; not "wants Kyiv *to yield*", where the
/// object does the infinitive).
fn own_infinitive(tree: &DepTree, v: usize) -> bool {
    let has_object = tree.has_dependent(v, "obj");
    !has_object
        && tree
            .children(v)
            .any(|k| tree.deprel(k) == "xcomp" && tree.has_marker(k, "mark", "to"))
}

/// Whether verb `v` has a *with* phrase headed by a common noun (an act or a means:
/// "with airstrikes", "with tariffs"), not by a name ("responded with Egypt").
fn responds_with_an_act(tree: &DepTree, v: usize) -> bool {
    with_phrase(tree, v, |k| tree.syntax(k).upos == "NOUN")
}

/// Whether verb `v` has a *with* phrase whose noun `fits`.
fn with_phrase(tree: &DepTree, v: usize, fits: impl Fn(usize) -> bool) -> bool {
    tree.children(v)
        .any(|k| tree.deprel(k).starts_with("obl") && tree.has_marker(k, "case", "with") && fits(k))
}

/// Whether verb `v` has a direct object that is one of `nouns` (lemmas).
fn object_in(tree: &DepTree, v: usize, nouns: &[&str]) -> bool {
    tree.children(v)
        .any(|k| tree.deprel(k) == "obj" && tree.lemma_in(k, nouns))
}

/// Offices and jobs: as the object of *fire* ("fired *the head* of the Federal Reserve",
/// "fired *his national security adviser*") the verb means *dismiss*; what is fired in
/// the other sense is a weapon or its load ("fired rockets", "fired tear gas").
const OFFICES: &[&str] = &[
    "head",
    "chief",
    "director",
    "minister",
    "secretary",
    "official",
    "commander",
    "general",
    "governor",
    "adviser",
    "advisor",
    "aide",
    "staff",
    "employee",
    "prosecutor",
    "judge",
    "inspector",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "ambassador",
    "envoy",
    "deputy",
    "coach",
    "manager",
    "president",
    "administrator",
    "commissioner",
];

/// Whether verb *fire* at `v` has a person as its direct object: a name, or a noun of an
/// office ([`OFFICES`]). English *fire someone* dismisses them.
fn fires_a_person(tree: &DepTree, v: usize) -> bool {
    tree.children(v)
        .filter(|&k| tree.deprel(k) == "obj")
        .any(|k| tree.syntax(k).upos == "PROPN" || tree.lemma_in(k, OFFICES))
}

/// Nouns of what is required or expected: as the object of *meet* ("meet its obligations",
/// "striving to meet U.S. complaints", "met the deadline") the verb means *satisfy*, a sense
/// of English *meet* that has nobody to meet.
const NEEDS: &[&str] = &[
    "demand",
    "need",
    "requirement",
    "obligation",
    "commitment",
    "target",
    "goal",
    "deadline",
    "condition",
    "criterion",
    "standard",
    "expectation",
    "complaint",
    "challenge",
    "cost",
    "payment",
    "quota",
    "threshold",
    "request",
    "shortfall",
    "pressure",
];

/// Verbs whose past participle after a noun says, besides what the noun belongs to
/// ([`words::AFFILIATION_PARTICIPLES`]), what it relates to or who leads, founded or owns
/// it ("the organization, *led by* former NATO chief Rasmussen").
const RELATION_PARTICIPLES: &[&str] = &[
    "relate", "lead", "head", "chair", "found", "own", "run", "back",
];

/// Whether *serve* at `v` holds an office or undergoes a period ("*served as* foreign
/// minister", "will *serve* a third term", "*serving* a ten-year sentence"), or belongs to
/// a body ("peacekeepers *serving with* the African Union mission", "*served in* the
/// army", "*under* U.N. command"): CAMEO's AID block lists *serve* for serving someone;
/// these senses serve no one.
fn serves_an_office(tree: &DepTree, v: usize) -> bool {
    const PERIODS: &[&str] = &[
        "term", "sentence", "year", "month", "time", "stint", "tenure", "mandate",
    ];
    tree.children(v).any(|k| {
        let lemma = tree.syntax(k).lemma.to_lowercase();
        let as_phrase = tree.has_marker(k, "case", "as") || tree.has_marker(k, "mark", "as");
        let in_a_body = ["with", "in", "under"]
            .iter()
            .any(|p| tree.has_marker(k, "case", p));
        match universal(tree.deprel(k)) {
            "obj" => PERIODS.contains(&lemma.as_str()),
            "obl" => as_phrase || in_a_body || PERIODS.contains(&lemma.as_str()),
            "xcomp" | "advcl" => as_phrase,
            _ => false,
        }
    })
}

/// Verbs whose past participle with a "by" phrase and no auxiliary says who was around or
/// beside someone ("Wood told reporters, *surrounded by* representatives of 50 countries",
/// "the president, *flanked by* ministers"): a description of the scene. With an auxiliary
/// it is the act ("the hotel was surrounded by troops").
const COMPANY_PARTICIPLES: &[&str] = &["surround", "flank", "accompany"];

/// Participles that hedge a description when they stand before a noun ("a *suspected*
/// militant", "the *alleged* plotters", "an *accused* spy"): English uses them to report
/// what others say of the noun, not to tell that anyone suspected or accused.
const HEDGES: &[&str] = &["suspect", "allege", "accuse", "presume", "purport"];

/// Whether hedge participle `v` stands before a noun: parsed as its modifier, or a bare
/// past participle (no auxiliary, no subject) after a word that no participle clause
/// follows, a verb, article, number or preposition ("extradited *suspected* militant
/// Aswad", which the parser may read as a complement).
fn hedges_a_noun(tree: &DepTree, v: usize) -> bool {
    let syn = tree.syntax(v);
    if syn.deprel == "amod" {
        return true;
    }
    let own = |rel: &str| tree.children(v).any(|k| universal(tree.deprel(k)) == rel);
    let before = (v > tree.tokens().start).then(|| tree.syntax(v - 1).upos.as_str());
    syn.xpos == "VBN"
        && !own("aux")
        && !own("nsubj")
        && matches!(before, Some("VERB" | "DET" | "NUM" | "ADP"))
}

/// Whether the company verb at `v` is such a participle: a past participle with a "by"
/// phrase and neither auxiliary nor object of its own ("troops surrounded the embassy",
/// even tagged as a participle, is the act).
fn company_participle(tree: &DepTree, v: usize) -> bool {
    let has = |rel: &str| tree.children(v).any(|k| universal(tree.deprel(k)) == rel);
    let by = tree.children(v).any(|k| is_agent(tree, k));
    tree.syntax(v).xpos == "VBN" && by && !has("aux") && !has("obj")
}

/// Whether the relation verb at `v` is a participle describing a noun: parsed as a
/// reduced relative, or — whatever the parse says — right before the preposition of the
/// relation ("fighters linked with Hamas"; the active verb has its object first: "linked
/// the attack to Kabul").
fn relation_participle(tree: &DepTree, v: usize) -> bool {
    // "allegations *linking* the attack with Afghanistan", "evidence *tying* Iran to the
    // plot": a present participle of relation after a noun says what the noun asserts.
    let linking = tree.syntax(v).xpos == "VBG" && tree.lemma_in(v, &["link", "tie", "connect"]);
    let reduced_relative = tree.deprel(v) == "acl" && (tree.syntax(v).xpos == "VBN" || linking);
    let next = v + 1;
    let preposition_next = tree.contains(next)
        && matches!(
            tree.syntax(next).lemma.to_lowercase().as_str(),
            "with" | "to"
        );
    reduced_relative
        || (tree.syntax(v).xpos == "VBN" || tree.syntax(v).xpos == "VBD") && preposition_next
}

/// Bodies of a leader's own government that a possessive determiner ("his", "her", "its",
/// "their") makes the subject's own.
const OWN_BODIES: &[&str] = &[
    "cabinet",
    "council",
    "government",
    "minister",
    "aide",
    "adviser",
    "advisor",
    "staff",
    "commander",
    "general",
    "chief",
    "team",
];

/// Whether meeting verb token `v` (CAMEO 04) meets or convenes a body of the subject's own:
/// "Lee *convened an emergency meeting of his national security council*", "Netanyahu
/// convened *his security cabinet*". A possessive pronoun in a clause's object refers to
/// its subject (English binds it there), and a leader's own council is no second party:
/// CAMEO codes consultation between actors, not a government's deliberation within.
fn meets_its_own(tree: &DepTree, v: usize) -> bool {
    let has_subject = tree.has_dependent(v, "nsubj");
    let owned = |n: usize| {
        tree.lemma_in(n, OWN_BODIES)
            && tree
                .children(n)
                .any(|k| tree.deprel(k) == "nmod:poss" && tree.syntax(k).xpos == "PRP$")
    };
    let objects = tree.children(v).filter(|&k| tree.deprel(k) == "obj");
    has_subject
        && objects.into_iter().any(|o| {
            owned(o)
                || tree.children(o).any(|k| {
                    tree.deprel(k) == "nmod" && tree.has_marker(k, "case", "of") && owned(k)
                })
        })
}

/// Whether verb token `v` has an object followed by a predicative adjective or an
/// adjectival complement ("leaving five people *dead*", "left thousands *homeless*").
fn resultative(tree: &DepTree, v: usize) -> bool {
    let adjective = |k: usize| tree.syntax(k).upos == "ADJ" || tree.syntax(k).xpos == "VBN";
    tree.children(v).any(|k| match tree.deprel(k) {
        "xcomp" => adjective(k),
        "obj" => tree
            .children(k)
            .any(|a| a > k && tree.deprel(a) == "amod" && adjective(a)),
        _ => false,
    })
}

/// Verbs of assault that, with a word or a decision as their object, criticise ("Hong Kong
/// *attacked* the textile act", "*blasted* the decision"): English uses them figuratively
/// for words, and CAMEO codes the criticism (111), not force.
const FIGURATIVE_ASSAULTS: &[&str] = &["attack", "assail", "blast", "hit", "slam", "lash"];

/// Things said or decided, which can be criticised but not fought.
const SAID_OR_DECIDED: &[&str] = &[
    "act",
    "bill",
    "law",
    "legislation",
    "plan",
    "policy",
    "proposal",
    "decision",
    "move",
    "statement",
    "remark",
    "comment",
    "report",
    "resolution",
    "idea",
    "deal",
    "agreement",
    "budget",
    "ruling",
    "verdict",
];

/// Whether the verb at `v` is a figurative assault on something said or decided (see
/// [`FIGURATIVE_ASSAULTS`]): its direct object is one of [`SAID_OR_DECIDED`].
pub(super) fn criticises_words(tree: &DepTree, v: usize) -> bool {
    tree.lemma_in(v, FIGURATIVE_ASSAULTS) && object_in(tree, v, SAID_OR_DECIDED)
}

/// Verbs that voice a feeling named by their object: "expressed / voiced / reiterated its
/// concern".
const VOICING_VERBS: &[&str] = &["express", "voice", "reiterate", "raise"];

/// Nouns of concern and alarm about what someone did.
const CONCERN_NOUNS: &[&str] = &["concern", "alarm", "dismay", "unease", "outrage"];

/// Prepositions that name what a concern is about.
pub(super) const CONCERN_TOPICS: &[&str] = &["over", "about", "at"];

/// The phrase a voiced concern is about, when verb token `v` voices one: "China *expressed
/// concern over* Japan's plan", "the EU *voiced concern about* the arrest of opposition
/// leaders". Concern about another actor's act disapproves of it: CAMEO 111 ("criticize or
/// denounce": express disapproval), as PLOVER's ACCUSE *disapprove* ("express disapproval;
/// complain") reads it, not CAMEO 2.0's pessimistic comment (012), a statement with no one
/// it is about. The phrase hangs on the noun of
/// concern or, as the parser often puts it, on the verb.
pub(super) fn voiced_concern(tree: &DepTree, v: usize) -> Option<usize> {
    if !tree.lemma_in(v, VOICING_VERBS) {
        return None;
    }
    let concern = tree
        .children(v)
        .find(|&k| tree.deprel(k) == "obj" && tree.lemma_in(k, CONCERN_NOUNS))?;
    let about = |k: usize| CONCERN_TOPICS.iter().any(|p| tree.has_marker(k, "case", p));
    let on_noun = tree
        .children(concern)
        .find(|&k| universal(tree.deprel(k)) == "nmod" && about(k));
    on_noun.or_else(|| {
        tree.children(v)
            .find(|&k| universal(tree.deprel(k)) == "obl" && about(k))
    })
}

/// Verbs of stopping a decision from being taken.
const VETO_VERBS: &[&str] = &["block", "veto"];

/// Nouns of decisions and measures a body takes or adopts.
const MEASURE_NOUNS: &[&str] = &[
    "sanction",
    "statement",
    "resolution",
    "proposal",
    "bill",
    "decision",
    "declaration",
    "package",
    "plan",
    "measure",
    "motion",
];

/// The object of verb token `v` when `v` blocks or vetoes a decision or measure: "Hungary
/// *blocked* EU sanctions on Russian oligarchs", "China *blocked* a U.N. Security Council
/// statement condemning North Korea". That is a veto (CAMEO 129) of whoever was taking
/// the decision, its author, not an act against those the measure was aimed at.
pub(super) fn vetoed_measure(tree: &DepTree, v: usize) -> Option<usize> {
    if !tree.lemma_in(v, VETO_VERBS) {
        return None;
    }
    tree.children(v)
        .find(|&k| tree.deprel(k) == "obj" && tree.lemma_in(k, MEASURE_NOUNS))
}

/// The doers of the act that verb token `v` disapproves of (CAMEO 11: condemn, criticise,
/// denounce), when its object is an act whose doer it names: "condemned the arrest of a
/// Chinese diplomat *by Japan*". To condemn an act is to condemn its doer (CAMEO's
/// disapproval is of an actor), not those it was done to; the CAMEO dictionary writes the
/// victims' phrase as skipped, "- * ARREST (OF ^)". An act naming no doer is left to the
/// other rules ("condemned the arrest of opposition leaders").
pub(super) fn disapproved_doers(
    tree: &DepTree,
    acts: &[Act],
    v: usize,
    code: &str,
) -> Option<Vec<usize>> {
    // A passive has no object of its own: one the parser gives it is a misreading.
    let passive = tree
        .children(v)
        .any(|k| matches!(tree.deprel(k), "nsubj:pass" | "aux:pass"));
    if !code.starts_with("11") || passive {
        return None;
    }
    doers_of_the_object(tree, acts, v)
}

/// The doers named in the noun object of verb token `v` ([`judged_doers`]), when it names
/// any.
fn doers_of_the_object(tree: &DepTree, acts: &[Act], v: usize) -> Option<Vec<usize>> {
    let object = tree
        .children(v)
        .find(|&k| tree.deprel(k) == "obj")
        .filter(|&k| tree.syntax(k).upos == "NOUN")?;
    Some(judged_doers(tree, acts, object)).filter(|doers| !doers.is_empty())
}

/// The doers of the act or plan that verb token `v` approves of (CAMEO 05: support,
/// praise, welcome, endorse), when its object is one whose doer it names: "supported *the
/// AU's* mediation efforts", "welcomed *Thailand's* offer". To back someone's effort is to
/// back them (CAMEO's support is of an actor), as to condemn an act is to condemn its doer
/// ([`disapproved_doers`]).
pub(super) fn approved_doers(
    tree: &DepTree,
    acts: &[Act],
    v: usize,
    code: &str,
) -> Option<Vec<usize>> {
    if !code.starts_with("05") {
        return None;
    }
    doers_of_the_object(tree, acts, v)
}

/// Verbs of letting a weapon fly.
const LAUNCHING_VERBS: &[&str] = &["fire", "launch", "test", "test-fire"];

/// Nouns of open water, where a weapon fired hits no one.
const OPEN_WATER: &[&str] = &["sea", "ocean", "water", "waters"];

/// Whether verb token `v` fires, launches or tests a missile or rocket at no one: its
/// object is one ("fired a ballistic missile *into the sea*", "test-fired a cruise
/// missile"), and no *at*, *on*, *against*, *into* or *toward* phrase names what it was
/// aimed at but open water. A weapon shown and aimed at no one demonstrates military power
/// (CAMEO 150), a single-actor event; fired at someone, it is force on them.
/// Returns the missile's token.
pub(super) fn weapon_fired_at_no_one(tree: &DepTree, v: usize) -> Option<usize> {
    const MISSILES: &[&str] = &["missile", "rocket"];
    if !tree.lemma_in(v, LAUNCHING_VERBS) {
        return None;
    }
    let missile = tree
        .children(v)
        .find(|&k| tree.deprel(k) == "obj" && tree.lemma_in(k, MISSILES))?;
    // (The aim may hang on the verb or on the missile: "fired a missile *at a ship*".)
    let aimed = tree.children(v).chain(tree.children(missile)).any(|k| {
        matches!(universal(tree.deprel(k)), "obl" | "nmod")
            && ["at", "on", "against", "into", "toward", "towards"]
                .iter()
                .any(|p| tree.has_marker(k, "case", p))
            && !tree.lemma_in(k, OPEN_WATER)
            && !is_time_word(&tree.syntax(k).lemma.to_lowercase())
    });
    (!aimed).then_some(missile)
}

/// The tokens of the open-water phrases on verb token `v` ("fired two missiles *into the
/// sea off its east coast*"): a place, where whatever the parse hangs inside it (a name
/// after a comma it misreads as a conjunct) is no one the weapon hit.
pub(super) fn open_water_phrases(tree: &DepTree, v: usize) -> Vec<usize> {
    tree.children(v)
        .filter(|&k| universal(tree.deprel(k)) == "obl" && tree.lemma_in(k, OPEN_WATER))
        .flat_map(|k| tree.subtree(k))
        .collect()
}

/// Recode an act governed by an intention word ("agreed to withdraw") as the intention
/// (CAMEO 03, or 13 for threats of force); returns what `explain` says about it.
pub(super) fn as_intention(tree: &DepTree, v: usize, code: &mut EventCode) -> Option<String> {
    // "threatened to attack Israel *and kill* hostages", "would attack *and destroy*": a
    // conjoined verb is intended or threatened with the first ([`frame_verb`]).
    let governed = |v: usize| intent_head(tree, v).or_else(|| promised(tree, v));
    let head = governed(v).or_else(|| {
        let first = frame_verb(tree, v);
        (first != v).then(|| governed(first)).flatten()
    })?;
    let forward = code.forward.as_deref()?;
    // "The Taliban will *no longer* grant me access": an act of cooperation or yielding
    // its doer says it will not do is refused (CAMEO 12), as with "refused to".
    let future = FUTURE_AUXILIARIES.contains(&head.as_str());
    let cooperation = matches!(forward.get(..2), Some("04" | "05" | "06" | "07" | "08"));
    let will_not = future && cooperation && negated_verb(tree, v);
    // "Russia will not attack Ukraine" threatens nothing: the act stays, negated.
    if future && !cooperation && negated_verb(tree, v) {
        return None;
    }
    let recode: fn(&str) -> Option<String> = if THREAT_HEADS.contains(&head.as_str()) {
        threat_code
    } else if REFUSAL_HEADS.contains(&head.as_str()) || will_not {
        refusal_code
    } else {
        intent_code
    };
    let intent = recode(forward)?;
    let what = match intent.get(..2) {
        Some("13") => "a threat",
        Some("12") => "a refusal",
        _ => "an intention",
    };
    let section = &intent[..2];
    let change =
        format!("governed by \"{head}\": {what}, {forward} becomes {intent} (CAMEO {section})");
    *code = EventCode::one_way(&intent);
    Some(change)
}

/// The auxiliaries of the future and of the future in the past.
const FUTURE_AUXILIARIES: &[&str] = &["will", "shall", "would"];

/// The future auxiliary that makes verb token `v` a promise or announced intention ("India
/// will cooperate in building a parliament", "they said they would boycott all contact"):
/// an act an actor says it will do, with no time set for it, is CAMEO's expressed intent
/// (03x; 13x for conflict). An act set for a time ("will meet Putin on Friday") is
/// scheduled and coded as itself (`docs/annotation.md`), and so is a passive ("civilians
/// will be protected"), which names no one promising.
fn promised(tree: &DepTree, v: usize) -> Option<String> {
    let future = tree.children(v).find(|&k| {
        universal(tree.deprel(k)) == "aux"
            && FUTURE_AUXILIARIES.contains(&tree.syntax(k).lemma.to_lowercase().as_str())
    })?;
    let passive = tree.has_dependent(v, "aux:pass");
    (!passive && !scheduled(tree, v)).then(|| tree.syntax(future).lemma.to_lowercase())
}

/// Whether verb token `v` has a time adjunct ("on Friday", "next week", "on June 12", "in
/// mid-April", "tomorrow", "later this month"): a time word heads the adjunct or modifies
/// its head; a conjoined verb shares the schedule of the verb it is joined to.
/// Units of time whose "N … ago" ("… later", "… earlier") sets an act outside the story's
/// weeks.
const LONG_SPANS: &[&str] = &["year", "month", "decade", "century"];

/// Whether verb `v` is dated "N years / months ago" (or "later", "earlier": "rebels who
/// entered the country illegally *two years ago*"): `docs/annotation.md` codes background
/// history only when the sentence reports it as news, and English dates the clause the phrase stands in with
/// what that clause governs and what is joined to it ("two years ago Congress passed a
/// bill, but it was vetoed"), not the sentence around it ("Uganda has granted asylum to
/// rebels who entered two years ago" is today's grant). Phoenix's discards dropped every
/// sentence holding "years ago" or "months later".
fn long_ago(tree: &DepTree, v: usize) -> bool {
    let clausal = |rel: &str| {
        matches!(
            universal(rel),
            "acl" | "advcl" | "ccomp" | "csubj" | "parataxis" | "xcomp" | "conj"
        )
    };
    let ago = tree.tokens().any(|k| {
        tree.lemma_in(k, &["ago", "later", "late", "earlier", "early"])
            && tree.children(k).any(|n| tree.lemma_in(n, LONG_SPANS))
            && tree.in_subtree(v, tree.clause_head(k, clausal))
    });
    ago || over_the_years(tree, v)
}

/// Whether verb `v` heads a clause of *since* on a perfect ("*since* Kim and Putin *held* a
/// summit in September, Pyongyang *has shipped* 10,000 containers"): English dates a span
/// that runs to now from an earlier act; the act is the span's start, told as known
/// background, and the news is the perfect's.
fn time_since(tree: &DepTree, v: usize) -> bool {
    universal(tree.deprel(v)) == "advcl"
        && tree.has_marker(v, "mark", "since")
        && tree.head(v).is_some_and(|h| {
            tree.children(h)
                .any(|k| universal(tree.deprel(k)) == "aux" && tree.lemma_in(k, &["have"]))
        })
}

/// Whether verb `v` is spread over years ("the sanctions Washington has imposed on Moscow
/// *in recent years*", "has supplied arms *for decades*", "paid 44 billion dollars *in the
/// past four years*"): an act told as going on over years is background or habit, not an
/// event of the story's day. A plural unit of years as the head of the verb's own adjunct;
/// months are left alone (a campaign "in the past two months" is often the news itself).
fn over_the_years(tree: &DepTree, v: usize) -> bool {
    // "The rebels *have long* accused the government …": a perfect with *long* tells a
    // standing stance or habit, no act of the story's day.
    let perfect = tree
        .children(v)
        .any(|k| universal(tree.deprel(k)) == "aux" && tree.lemma_in(k, &["have"]));
    // So does one with an adverb of constancy ("he *had consistently sought* to engage
    // with the Taliban", "has always supported"); "*repeatedly*" counts acts, each news.
    let long = tree.children(v).any(|k| {
        tree.deprel(k) == "advmod"
            && tree.lemma_in(
                k,
                &[
                    "long",
                    "consistently",
                    "always",
                    "constantly",
                    "continually",
                ],
            )
    });
    if perfect && long {
        return true;
    }
    // "*Since February 2025*, Mexico *has handed over* 118 prisoners": a perfect over a
    // span from a year named to now sums up the acts of the span, a tally, not an act of
    // the story's day.
    if perfect && since_a_year(tree, v) {
        return true;
    }
    // "received the king *on Saturday*, the first visit … *in more than two decades*": an
    // act dated to a day is no span of years, and after an ordinal or a superlative ("the
    // *first* … in", "the *worst* … in") the years measure how rare the act is.
    if dated_to_a_day(tree, v) {
        return false;
    }
    let rarity = |k: usize| {
        (v.min(k)..v.max(k)).any(|m| tree.lemma_in(m, &["first"]) || tree.syntax(m).xpos == "JJS")
    };
    tree.children(v).any(|k| {
        universal(tree.deprel(k)) == "obl"
            && tree.lemma_in(k, &["year", "decade", "century"])
            && tree.syntax(k).xpos == "NNS"
            && !rarity(k)
            // "over the next three years" is a plan, no background.
            && !tree
                .children(k)
                .any(|m| tree.lemma_in(m, &["next", "coming", "following"]))
            && ["in", "over", "for", "during", "throughout", "across"]
                .iter()
                .any(|p| tree.has_marker(k, "case", p))
    })
}

/// Whether verb `v` has an adjunct of *since* holding a year ("since 2022", "since
/// February 2025").
fn since_a_year(tree: &DepTree, v: usize) -> bool {
    let year = |k: usize| {
        let w = &tree.syntax(k).lemma;
        w.len() == 4 && w.starts_with(['1', '2']) && w.chars().all(|c| c.is_ascii_digit())
    };
    tree.children(v).any(|k| {
        universal(tree.deprel(k)) == "obl"
            && tree.has_marker(k, "case", "since")
            && tree.subtree(k).into_iter().any(year)
    })
}

/// Whether verb `v` has its own adjunct of a day ("on Saturday", "yesterday", "today"), or
/// one the parser hung on its object ("received the king … *on Saturday*": a day dates an
/// act, not a person or thing).
fn dated_to_a_day(tree: &DepTree, v: usize) -> bool {
    let day = |k: usize| {
        let adjunct = matches!(universal(tree.deprel(k)), "obl" | "advmod" | "nmod")
            || tree.deprel(k).ends_with(":tmod");
        adjunct && words::names_a_day(&tree.syntax(k).lemma)
    };
    tree.children(v)
        .any(|k| day(k) || universal(tree.deprel(k)) == "obj" && tree.children(k).any(day))
}

/// Nouns of what someone said or thinks: to agree with one is to share an opinion.
const VIEW_NOUNS: &[&str] = &[
    "remark",
    "view",
    "comment",
    "assessment",
    "statement",
    "assertion",
    "opinion",
    "analysis",
    "conclusion",
    "argument",
    "observation",
    "characterization",
    "sentiment",
];

/// Whether *agree* at `v` has a "with" phrase naming one of `nouns`: a view ("agreed with
/// President Joe Biden's recent remark that …", [`VIEW_NOUNS`]) or a plan ("agree with the
/// U.S. proposal", [`PLAN_NOUNS`]), not a party ("agreed with Iran on …").
fn agrees_with(tree: &DepTree, v: usize, nouns: &[&str]) -> bool {
    tree.lemma_in(v, &["agree"]) && with_phrase(tree, v, |k| tree.lemma_in(k, nouns))
}

/// Nouns of what one actor proposes to others: agreeing with one endorses it (CAMEO 051),
/// where agreeing *to* act is an intention (03x).
const PLAN_NOUNS: &[&str] = &[
    "proposal",
    "plan",
    "initiative",
    "decision",
    "position",
    "approach",
    "idea",
];

/// Whether *agree* at `v` endorses another actor's plan ("All G7 foreign ministers agree
/// with the U.S. proposal of a ceasefire"): CAMEO 051 toward the plan's owner.
pub(super) fn agrees_with_a_plan(tree: &DepTree, v: usize) -> bool {
    agrees_with(tree, v, PLAN_NOUNS)
}

/// Whether the verb at `v` is a simple present with no time of its own that states a
/// standing policy or habit ("The United States *opposes* China's maritime expansion and
/// *gives* military support to its rivals"): English reports a dated event in the past or
/// the perfect, and uses the simple present for states and habits, or for a schedule when a
/// time is given ("the ministers *meet* later today", see [`scheduled`]). `docs/annotation.md`
/// codes no descriptions of a state. Speech acts (`code` an appeal, intention, demand,
/// criticism, rejection or threat) are acts in the present too ("the Charter *calls on*
/// nations to …") and are left to their own rules.
pub(super) fn habitual_present(tree: &DepTree, v: usize, code: &str) -> bool {
    // "The United States *opposes* China's expansion", "*supports* Ukraine": a verb of
    // standing attitude in the present states a position, however its CAMEO code reads;
    // said by a speaker ("the spokesman said Beijing firmly *opposes* …") it is the
    // speech act of the news.
    let reported = complement_of(tree, v, &["ccomp", "parataxis"], REPORTING_LEMMAS);
    let position = (tree.lemma_in(v, ATTITUDE_VERBS) || claims_a_thing(tree, v)) && !reported;
    let speech = matches!(
        code.get(..2),
        Some("01" | "02" | "03" | "10" | "11" | "12" | "13")
    ) && !position;
    // "Belgrade and its ally Russia *do not recognise* it": *do* in the present carries
    // the simple present of a negation or an emphasis (English do-support).
    let do_support = |k: usize| {
        tree.lemma_in(k, &["do"]) && matches!(tree.syntax(k).xpos.as_str(), "VBZ" | "VBP")
    };
    let auxes: Vec<usize> = tree
        .children(v)
        .filter(|&k| universal(tree.deprel(k)) == "aux")
        .collect();
    let supported = !auxes.is_empty() && auxes.iter().all(|&k| do_support(k));
    let has_aux = !auxes.is_empty() && !supported;
    (matches!(tree.syntax(v).xpos.as_str(), "VBZ" | "VBP")
        || bare_form_present(tree, v)
        || supported)
        && !has_aux
        && !speech
        && !scheduled(tree, v)
        && !past_in_present_form(tree, v)
}

/// Whether the verb at `v`, tagged as a bare form (`VB`), is a present by its clause: it
/// has a plural or first- or second-person subject of its own and no auxiliary, *to* or
/// subordinator ("Far East customers … *pay* retroactively"). English has no other finite
/// use of the bare form in a main clause (a subjunctive stands after *that*, an imperative
/// has no subject), so the tag is the tagger's slip for `VBP`. With a singular subject the
/// present would end in *-s*: "Russia *put* its forces on alert" is a past.
fn bare_form_present(tree: &DepTree, v: usize) -> bool {
    let agrees = |k: usize| {
        matches!(tree.syntax(k).xpos.as_str(), "NNS" | "NNPS")
            || tree.lemma_in(k, &["we", "they", "i", "you"])
    };
    tree.syntax(v).xpos == "VB"
        && tree
            .children(v)
            .any(|k| tree.deprel(k) == "nsubj" && agrees(k))
        && !tree
            .children(v)
            .any(|k| matches!(universal(tree.deprel(k)), "aux" | "mark"))
}

/// Whether *meet* at `v` receives a reaction: "the submission *met with* opposition from
/// China", "the plan met with criticism" ([`REACTION_NOUNS`]); a meeting is with people.
fn meets_a_reaction(tree: &DepTree, v: usize) -> bool {
    tree.lemma_in(v, &["meet"])
        && tree.children(v).any(|k| {
            matches!(universal(tree.deprel(k)), "obl" | "obj") && tree.lemma_in(k, REACTION_NOUNS)
        })
}

/// Whether *claim* at `v` has an act of force as its passive subject ([`FORCE_ACT_NOUNS`]).
fn claims_an_act(tree: &DepTree, v: usize) -> bool {
    let passive = tree.has_dependent(v, "aux:pass");
    passive
        && tree
            .children(v)
            .any(|k| tree.deprel(k).starts_with("nsubj") && tree.lemma_in(k, FORCE_ACT_NOUNS))
}

/// Whether *claim* at `v` claims a thing, not that something is so: with a direct object
/// and no clause ("China *claims* almost all of the South China Sea", "*claims* Taiwan as
/// its territory"). In the present that is a standing claim of sovereignty, a position,
/// not the allegation CAMEO's CLAIM codes (110).
fn claims_a_thing(tree: &DepTree, v: usize) -> bool {
    tree.lemma_in(v, &["claim"])
        && tree.has_dependent(v, "obj")
        && !tree
            .children(v)
            .any(|k| matches!(universal(tree.deprel(k)), "ccomp" | "xcomp"))
}

/// Verbs of a standing attitude toward someone or something.
const ATTITUDE_VERBS: &[&str] = &["oppose", "support", "favor", "favour", "back"];

/// Whether the present-looking verb at `v` is a past that only looks present: a verb of
/// [`words::SAME_FORM_PASTS`] ("protesters *set* fire to the embassy", "the military said
/// its jets *hit* Hezbollah depots"). News narrates in the past, and these verbs' past is
/// written like their plural present, so the tagger cannot tell them apart; a habit says
/// how often ("rebels *often* set fire to villages"), and under a past "said" English
/// backshifts the reported clause anyway.
fn past_in_present_form(tree: &DepTree, v: usize) -> bool {
    let how_often = tree
        .children(v)
        .any(|k| tree.lemma_in(k, FREQUENCY_ADVERBS));
    // (Tagged as a present, or as the bare form the tagger gives a present with a plural
    // subject: "Russian drones *hit* Zaporizhzhia overnight".)
    matches!(tree.syntax(v).xpos.as_str(), "VBP" | "VB")
        && tree.lemma_in(v, words::SAME_FORM_PASTS)
        && !how_often
}

/// Adverbs that say how often something happens, making a present a habit.
const FREQUENCY_ADVERBS: &[&str] = &[
    "often",
    "usually",
    "regularly",
    "routinely",
    "frequently",
    "always",
    "sometimes",
    "repeatedly",
    "rarely",
    "never",
    "typically",
];

fn scheduled(tree: &DepTree, v: usize) -> bool {
    // "*each* year", "*every* week" give a frequency, which makes a present a habit, not a
    // schedule ("Washington provides Israel with $3.8 billion in military aid each year").
    let time_word = |k: usize| {
        let lemma = tree.syntax(k).lemma.to_lowercase();
        let lemma = lemma.strip_prefix("mid-").unwrap_or(&lemma);
        let frequency = tree
            .children(k)
            .any(|d| tree.lemma_in(d, &["each", "every"]));
        (is_time_word(lemma) || matches!(lemma, "later" | "soon")) && !frequency
    };
    let own = tree.children(v).any(|k| {
        let rel = tree.deprel(k);
        rel.ends_with(":tmod")
            || (matches!(universal(rel), "obl" | "advmod" | "nmod")
                && (time_word(k) || tree.children(k).any(time_word)))
    });
    // "will travel to Berlin on June 12 … and will meet Kohl": one trip, one schedule.
    own || (tree.deprel(v) == "conj" && tree.head(v).is_some_and(|h| scheduled(tree, h)))
}

/// Unit ranges of "according to …" phrases: from "according" to the next comma or the end of
/// the sentence. The actors named there are the source of the report ("According to Israeli
/// media outlet Israel Hayom, Netanyahu has directed …"), never the agent or the target of
/// the event reported; the attribution stage records them as its source.
pub(super) fn according_to_phrases(words: &[String]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut i = 0;
    while i + 1 < words.len() {
        if words[i] == "ACCORDING" && words[i + 1] == "TO" {
            let end = (i + 2..words.len())
                .find(|&j| matches!(words[j].as_str(), "," | ";" | ":"))
                .unwrap_or(words.len());
            out.push(i..end);
            i = end;
        } else {
            i += 1;
        }
    }
    out
}

/// Nouns for commentators: what they say, expect or believe is opinion about events, not an
/// event (`docs/annotation.md` §1, analyst or expert opinion).
const COMMENTATORS: &[&str] = &[
    "analyst",
    "expert",
    "observer",
    "critic",
    "researcher",
    "commentator",
    "scholar",
    "economist",
    "pundit",
    "academic",
    "professor",
    "specialist",
    "watcher",
];

/// The commentator an "according to" phrase of the sentence names ("According to
/// analysts, Japan wants to …"), if any: the sentence is their reading of events.
fn commentator_source(words: &[String], sourcing: &[Range<usize>]) -> Option<String> {
    sourcing
        .iter()
        .flat_map(|r| words[r.clone()].iter())
        .find_map(|w| {
            let w = w.to_lowercase();
            let singular = w.strip_suffix('s').unwrap_or(&w);
            COMMENTATORS
                .contains(&singular)
                .then(|| singular.to_string())
        })
}

/// Verbs through which a commentator frames a clause.
const OPINION_VERBS: &[&str] = &[
    "say", "believe", "expect", "think", "argue", "suggest", "predict", "warn", "note", "fear",
    "doubt", "contend", "estimate", "view", "see", "describe", "call", "tell", "add", "write",
];

/// Whether verb token `v` lies in a clause framed by a
/// commentator ("analysts say the move is aimed at countering China"): the head verb, up a
/// chain of complement clauses, is an opinion verb whose subject is a commentator (or
/// names one in apposition). Returns the commentator noun.
fn opinion_frame(tree: &DepTree, v: usize) -> Option<String> {
    let mut t = v;
    for _ in 0..6 {
        // "a consensus among experts *that* the Trump team is punishing China": the clause
        // of an opinion noun held by commentators is its content.
        if let Some(view) = tree
            .head(t)
            .filter(|&h| universal(tree.deprel(t)) == "acl" && tree.lemma_in(h, OPINION_NOUNS))
        {
            return held_by_commentators(tree, view);
        }
        if !matches!(
            universal(tree.deprel(t)),
            "ccomp" | "xcomp" | "conj" | "advcl" | "parataxis"
        ) {
            return None;
        }
        t = tree.head(t)?;
        if let Some(who) = commentators_view(tree, t) {
            return Some(who);
        }
        if !tree.lemma_in(t, OPINION_VERBS) {
            continue;
        }
        let subjects = tree
            .children(t)
            .filter(|&c| tree.deprel(c).starts_with("nsubj"));
        for s in subjects {
            let names =
                std::iter::once(s).chain(tree.children(s).filter(|&c| tree.deprel(c) == "appos"));
            for n in names {
                let lemma = tree.syntax(n).lemma.to_lowercase();
                if COMMENTATORS.contains(&lemma.as_str()) {
                    return Some(lemma);
                }
            }
        }
    }
    None
}

/// Nouns of a shared view: "there is a *consensus* among experts that …", "the *view*
/// among analysts is that …" frame a clause as commentators' opinion, like "experts say".
const OPINION_NOUNS: &[&str] = &[
    "consensus",
    "view",
    "belief",
    "assessment",
    "expectation",
    "fear",
    "perception",
    "agreement",
];

/// The commentator noun when the clause head `t` has as its subject a noun of a shared view
/// held by commentators ("there *is* a consensus among experts in Washington that …").
fn commentators_view(tree: &DepTree, t: usize) -> Option<String> {
    let view = tree
        .children(t)
        .find(|&c| tree.deprel(c).starts_with("nsubj") && tree.lemma_in(c, OPINION_NOUNS))?;
    held_by_commentators(tree, view)
}

/// The commentator noun of the *among* / *of* phrase on opinion noun `view` ("a consensus
/// *among experts*"), if it has one.
fn held_by_commentators(tree: &DepTree, view: usize) -> Option<String> {
    tree.children(view).find_map(|k| {
        let lemma = tree.syntax(k).lemma.to_lowercase();
        (universal(tree.deprel(k)) == "nmod" && COMMENTATORS.contains(&lemma.as_str()))
            .then_some(lemma)
    })
}

/// Verbs of expectation, hope and predicament: "X is expected to visit", "X hopes to",
/// "X faces criticism" say what may happen or what X is in, not what X did; the verb in
/// their complement, if any, is coded on its own.
const STANCE_LEMMAS: &[&str] = &["expect", "hope", "wish", "seem", "appear", "face", "fear"];

/// Whether verb token `v` is *fail* with an infinitive, or the infinitive after it ("the
/// army failed to capture the stronghold"): English *fail to* says the act did not
/// happen, and the failing is no act toward anyone (CAMEO 2.0's FAIL default, 120, reads
/// it as a rejection).
fn failed(tree: &DepTree, v: usize) -> bool {
    let is_fail = |k: usize| tree.syntax(k).lemma.eq_ignore_ascii_case("fail");
    let infinitive = |k: usize| universal(tree.deprel(k)) == "xcomp";
    // "Brazil has *resisted going* to the IMF", "*avoided meeting* the envoy", "*refrained
    // from attacking*": an act one resists or avoids doing was not done.
    let avoided = tree.syntax(v).xpos == "VBG"
        && matches!(
            universal(tree.deprel(v)),
            "xcomp" | "ccomp" | "advcl" | "obj"
        )
        && tree
            .head(v)
            .is_some_and(|h| tree.lemma_in(h, AVOIDING_VERBS));
    (is_fail(v) && tree.children(v).any(infinitive))
        || (infinitive(v) && tree.head(v).is_some_and(is_fail))
        || avoided
}

/// Whether verb token `v` is a verb of fighting with an infinitive of its own, no one
/// fought and no armed actor in the sentence ("Reagan, *fighting* to regain public
/// confidence", "*struggling* to contain the outbreak"): English *fight to* / *battle to* /
/// *struggle to* strives for what the infinitive says, which is coded on its own verb if it
/// is an event. (Troops or rebels "fighting to hold back" an enemy do fight.)
fn striving(s: &Sentence, tree: &DepTree, v: usize) -> bool {
    let to_infinitive =
        |k: usize| universal(tree.deprel(k)) == "xcomp" && tree.has_marker(k, "mark", "to");
    let someone_fought = |k: usize| matches!(universal(tree.deprel(k)), "obj" | "obl");
    let armed_actor = s
        .acts
        .iter()
        .any(|a| super::args_parse::armed(&s.doc.actors[a.mention].code));
    tree.lemma_in(v, &["fight", "battle", "struggle"])
        && tree.children(v).any(to_infinitive)
        && !tree.children(v).any(someone_fought)
        && !armed_actor
}

/// Verbs of telling what one knows, which a refusal to speak takes as its infinitive.
const DISCLOSING_VERBS: &[&str] = &[
    "name",
    "identify",
    "disclose",
    "elaborate",
    "specify",
    "reveal",
    "detail",
    "discuss",
];

/// Whether verb token `v` is *decline* or *refuse* with an infinitive of saying or telling
/// ("*declined to comment* on the report", "declined to name the delegations", "refused
/// to give details"): news English for an actor keeping silent, which rejects no demand
/// or proposal of anyone (CAMEO 2.0's DECLINE default, 120, reads it as a rejection).
fn declines_to_say(tree: &DepTree, v: usize) -> bool {
    tree.children(v).any(|k| withheld_words(tree, v, k))
}

/// Whether token `k` is the infinitive of saying or telling that *decline* or *refuse*
/// `v` governs: neither the refusal nor what is withheld is an event ("refused to give
/// details" gives nothing and rejects no one).
fn withheld_words(tree: &DepTree, v: usize, k: usize) -> bool {
    let complement = universal(tree.deprel(k)) == "xcomp";
    // Any verb whose object or phrase is words withheld: "refused to give details",
    // "declined to go into specifics", "declined to offer comment".
    let words_withheld = tree.children(k).any(|o| {
        matches!(universal(tree.deprel(o)), "obj" | "obl") && tree.lemma_in(o, WITHHELD_WORDS)
    });
    // (Giving is telling only of words, above: a refusal to give aid is a refusal.)
    let telling = tree.lemma_in(k, REPORTING_LEMMAS) || tree.lemma_in(k, DISCLOSING_VERBS);
    tree.lemma_in(v, &["decline", "refuse"]) && complement && (telling || words_withheld)
}

/// Nouns of what one says or tells, which a refusal to speak withholds.
const WITHHELD_WORDS: &[&str] = &[
    "detail",
    "specific",
    "specifics",
    "information",
    "comment",
    "name",
    "figure",
    "elaboration",
];

/// Whether verb token `v` is "asked" in a clause of time with no subject of its own ("*When
/// asked* if Russia had violated the agreement, the minister said …"): the question put
/// to the speaker by reporters, no request of anyone.
fn asked_of_the_speaker(tree: &DepTree, v: usize) -> bool {
    // (The parser makes *when* a marker or an adverb, the clause an adverbial or, at the
    // start of the sentence, the root, and tags "asked" a past as often as a participle:
    // with no subject after *when*, it can only be the participle.)
    tree.lemma_in(v, &["ask"])
        && tree.children(v).any(|k| {
            k + 1 == v
                && matches!(tree.deprel(k), "mark" | "advmod")
                && tree.lemma_in(k, &["when", "as"])
        })
        && !tree
            .children(v)
            .any(|k| universal(tree.deprel(k)) == "nsubj" || is_agent(tree, k))
}

/// Whether verb token `v` is what someone fears ("Canadians *feared being overwhelmed*
/// by the United States", "fear that the army *will attack*"): a feared act is one that
/// may come, not one that happened.
fn feared(tree: &DepTree, v: usize) -> bool {
    matches!(universal(tree.deprel(v)), "xcomp" | "ccomp" | "advcl")
        && tree
            .head(v)
            .is_some_and(|h| tree.lemma_in(h, &["fear", "worry", "dread"]))
}

/// Verbs of not doing what their gerund names ("resisted going", "avoided meeting").
const AVOIDING_VERBS: &[&str] = &["resist", "avoid", "refrain", "shun", "evade"];

/// Verbs and nouns of demanding, urging and appealing: the act in their complement ("urged
/// Russia *to withdraw*", "called on Israel *to release*", "demanded that the US *cancel*",
/// "its demand that Israel *ease*") is what one actor wants of another, not something that
/// happened. `docs/annotation.md`: the demand or appeal is coded (10x / 02x), "the
/// demanded action itself is not coded".
pub(super) const DEMAND_HEADS: &[&str] = &[
    "demand", "urge", "call", "ask", "appeal", "press", "insist", "request", "plead", "exhort",
    "implore", "beg", "plea",
];

/// Nouns of speech acts that CAMEO codes as events (demands, appeals, threats, offers,
/// condemnations): what a speaker *reiterates* or *restates* when one is its object.
const SPEECH_ACT_NOUNS: &[&str] = &[
    "demand",
    "call",
    "appeal",
    "threat",
    "offer",
    "condemnation",
    "criticism",
    "support",
    "invitation",
];

/// Whether the reporting verb at `v` restates a speech act named as its object: "the ILO
/// *reiterated its demand* that Israel ease restrictions" makes the demand again, as
/// English light verbs of repetition do with a noun of the act (the act is the noun's, the
/// verb says only that it is not the first time). The dictionary codes the pair.
fn restates_an_act(tree: &DepTree, v: usize) -> bool {
    object_in(tree, v, SPEECH_ACT_NOUNS)
}

/// Whether verb token `v` of lemma `lemma` is *add* in its sense of putting a thing into
/// another, not of saying more: with a direct object and a *to* phrase ("the Commerce
/// Department *added* 12 Chinese companies *to* its export blacklist"). What is added is
/// coded by the verb's patterns only (CAMEO 2.0's default for *add*, a grant, says nothing
/// of what adding to a list is); said words are no object ("'We are ready,' he added").
/// The *to* phrase may hang lower in the verb's clause, where a parse puts it after a
/// long object ("added 12 companies, including several makers, to its blacklist").
fn puts_into(tree: &DepTree, v: usize, lemma: &str) -> bool {
    let in_clause = |r: &str| {
        !matches!(
            universal(r),
            "acl" | "advcl" | "ccomp" | "csubj" | "xcomp" | "parataxis" | "conj"
        )
    };
    let to_phrase = |k: usize| {
        matches!(universal(tree.deprel(k)), "obl" | "nmod")
            && tree.has_marker(k, "case", "to")
            && tree.climbs_to(k, v, in_clause)
    };
    lemma == "add" && tree.has_dependent(v, "obj") && tree.subtree(v).into_iter().any(to_phrase)
}

/// Verbs that, with what they name as object, perform it: to declare or proclaim a state
/// of emergency, a curfew, a ceasefire or independence is to impose or make it.
const PERFORMATIVE_LEMMAS: &[&str] = &["declare", "proclaim"];

/// Whether reporting verb `lemma`, coded `code` by its pattern, performs an act rather than
/// reports one: a performative verb whose pattern names an act other than a statement
/// ("declared a state of emergency", 1724; "declared a ceasefire", 0871; not "declared
/// his support", a statement's 01x). *Announce* at token `v` does so through CAMEO 2.0's
/// patterns only (`patterned`: "announced a unilateral ceasefire", 0871; "announced plans
/// to expand a programme", 030; "announced the release of prisoners", 0841), and with a
/// thing as object, no clause: its default is a statement, and what it announces without a
/// pattern, or in a clause ("announced that Kagame must agree"), is reported, not done.
fn performs_an_act(
    tree: &DepTree,
    v: usize,
    lemma: &str,
    code: Option<&str>,
    patterned: bool,
) -> bool {
    let announces = lemma == "announce"
        && patterned
        && tree.has_dependent(v, "obj")
        && !tree.has_dependent(v, "ccomp");
    let performative = PERFORMATIVE_LEMMAS.contains(&lemma) || announces;
    performative && code.is_some_and(|c| !c.starts_with("01"))
}

/// Whether verb token `v` makes a demand by name: its object is a noun of demanding
/// ("reiterated *its demand* that …", "renewed *its call* for …").
pub(super) fn names_a_demand(tree: &DepTree, v: usize) -> bool {
    object_in(tree, v, DEMAND_HEADS)
}

/// The demanding word whose complement verb token `v` is (see [`DEMAND_HEADS`]): a
/// *to*-infinitive or a *that* clause (or a bare subjunctive clause) under it.
fn demanded_by(tree: &DepTree, v: usize) -> Option<String> {
    let h = tree.head(v)?;
    let complement = match universal(tree.deprel(v)) {
        "xcomp" | "ccomp" => true,
        "acl" | "advcl" => tree.has_marker(v, "mark", "to") || tree.has_marker(v, "mark", "that"),
        _ => false,
    };
    if !complement {
        return None;
    }
    let lemma = tree.syntax(h).lemma.to_lowercase();
    if DEMAND_HEADS.contains(&lemma.as_str()) {
        return Some(lemma);
    }
    // "reiterated its *demand* today that Israel *ease* …", the clause parsed under the
    // verb: a that-clause beside a verb's object of demanding is that demand's content.
    let demand_object = tree
        .children(h)
        .find(|&c| tree.deprel(c) == "obj" && tree.lemma_in(c, DEMAND_HEADS));
    if let Some(noun) = demand_object.filter(|_| tree.has_marker(v, "mark", "that")) {
        return Some(tree.syntax(noun).lemma.to_lowercase());
    }
    // "urged Japan to stop *interfering*": what a demanded act governs is demanded with
    // it (the complement of a complement of *urge*).
    matches!(universal(tree.deprel(h)), "xcomp" | "ccomp")
        .then(|| demanded_by(tree, h))
        .flatten()
}

/// Verbs of commanding: "ordered / told the ambassador to leave".
const ORDER_VERBS: &[&str] = &["order", "tell", "instruct", "direct"];

/// Nouns of a state's diplomats.
const DIPLOMAT_NOUNS: &[&str] = &["ambassador", "envoy", "diplomat", "consul", "attache"];

/// Whether verb `v` orders a diplomat out ("Mali's junta *ordered* the French ambassador
/// to leave the country"): commanding a foreign diplomat to leave is expelling them, which
/// the coding guide codes 161 ("expelled diplomats"), not a demand.
pub(super) fn orders_a_diplomat_out(tree: &DepTree, v: usize) -> bool {
    // The infinitive on the verb, or hung by the parser on the diplomat.
    let leave = |h: usize| {
        tree.children(h).any(|c| {
            matches!(universal(tree.deprel(c)), "xcomp" | "acl")
                && tree.lemma_in(c, &["leave", "depart", "quit"])
        })
    };
    let diplomat = tree
        .children(v)
        .find(|&c| matches!(tree.deprel(c), "obj" | "iobj") && tree.lemma_in(c, DIPLOMAT_NOUNS));
    tree.lemma_in(v, ORDER_VERBS) && diplomat.is_some_and(|d| leave(v) || leave(d))
}

/// Whether verb `v` captures people ("several rebels were either neutralized or
/// *captured*", "Ukrainian forces *captured* two North Korean soldiers"): its object or
/// passive subject holds an actor that is a party, people or a group, not a land
/// ([`super::emit::names_a_land`]: "20 *Ukrainian* tanks" names whose they are). To
/// capture someone is to arrest or detain them (CAMEO 173, ARREST of the same block as
/// CAMEO 2.0's CAPTURE, which reads the verb as confiscating property, 171).
pub(super) fn captures_people(s: &Sentence, tree: &DepTree, v: usize) -> bool {
    let people = |c: usize| {
        let phrase = tree.subtree(c);
        s.acts.iter().any(|a| {
            let code = &s.doc.actors[a.mention].code;
            phrase.iter().any(|&t| a.covers_token(t)) && !super::emit::names_a_land(code)
        })
    };
    // A passive participle joined to another shares its subject ("rebels were neutralized
    // or *captured*").
    let holder = super::args_parse::passive_shared_from(tree, v);
    let captured = |h: usize| {
        tree.children(h)
            .any(|c| matches!(tree.deprel(c), "obj" | "nsubj:pass") && people(c))
    };
    tree.lemma_in(v, &["capture"]) && (captured(v) || captured(holder))
}

/// Verbs of leaving a body one belongs to.
const LEAVING_VERBS: &[&str] = &["withdraw", "quit", "leave", "exit"];

/// Whether verb `v` takes its subject out of an international organisation ("Mali, Burkina
/// Faso and Niger *withdrew from* ECOWAS", "the United States *left* the WHO"): leaving a
/// body of states reduces relations with it (CAMEO 160), it yields nothing (CAMEO 2.0's
/// WITHDRAW is 080, troops pulled back). The organisation is the object or the *from*
/// phrase, an actor the dictionaries code as an IGO.
pub(super) fn leaves_an_organisation(s: &Sentence, tree: &DepTree, v: usize) -> bool {
    let organisation = |c: usize| {
        s.acts.iter().any(|a| {
            a.pronoun.is_none()
                && a.covers_token(c)
                && s.doc.actors[a.mention].code.starts_with("IGO")
        })
    };
    let left = |c: usize| {
        let rel = universal(tree.deprel(c));
        rel == "obj" || (rel == "obl" && tree.has_marker(c, "case", "from"))
    };
    tree.lemma_in(v, LEAVING_VERBS) && tree.children(v).any(|c| left(c) && organisation(c))
}

/// Verbs of giving or sending a thing to another.
const GIVING_VERBS: &[&str] = &[
    "give", "provide", "supply", "deliver", "send", "donate", "transfer", "ship",
];

/// Nouns of arms besides the weapons that stand for a military ([`WEAPON_NOUNS`]).
const ARMS_NOUNS: &[&str] = &[
    "weapon",
    "arm",
    "arms",
    "ammunition",
    "munition",
    "weaponry",
    "armament",
    "howitzer",
];

/// Whether verb `v` gives arms ("Iran *supplied* drones to Russia", "*provided* Ukraine
/// with weapons", "*sent* air defence systems"): CAMEO codes weapons given as military aid
/// (072), whatever the verb of giving; CAMEO 2.0's patterns say so for some verbs and
/// objects only, and for others give cooperation (060) or an intention (0332).
pub(super) fn gives_arms(tree: &DepTree, v: usize) -> bool {
    let arms = |c: usize| {
        tree.lemma_in(c, WEAPON_NOUNS)
            || tree.lemma_in(c, ARMS_NOUNS)
            || (tree.lemma_in(c, &["system"])
                && tree
                    .children(c)
                    .any(|k| tree.lemma_in(k, &["defense", "defence", "missile", "weapon"])))
    };
    // "shipped *more than 10,000 containers of munitions*": a load or amount of arms is
    // arms (English measure phrases: the *of* phrase names the stuff).
    // So is a load a relative clause says holds arms ("10,000 containers *that can hold*
    // 5 million artillery shells").
    let holds_arms = |r: usize| {
        tree.deprel(r) == "acl:relcl"
            && tree.lemma_in(r, &["hold", "carry", "contain"])
            && tree.subtree(r).into_iter().any(|k| k > r && arms(k))
    };
    let load_of_arms = |c: usize| {
        tree.lemma_in(c, LOAD_NOUNS)
            && tree
                .children(c)
                .any(|k| tree.has_marker(k, "case", "of") && arms(k) || holds_arms(k))
    };
    let given = |c: usize| {
        tree.deprel(c) == "obj" || (tree.deprel(c) == "obl" && tree.has_marker(c, "case", "with"))
    };
    // "shipped *hundreds of* containers": a number noun's *of* phrase is what is counted.
    let counted = |c: usize| {
        let number = tree.lemma_in(c, words::QUANTITY_NOUNS);
        std::iter::once(c).chain(
            tree.children(c)
                .filter(move |&k| number && tree.has_marker(k, "case", "of")),
        )
    };
    tree.lemma_in(v, GIVING_VERBS)
        && tree
            .children(v)
            .any(|c| given(c) && counted(c).any(|k| arms(k) || load_of_arms(k)))
}

/// Whether verb `v` is *need* or *require* in the passive with no *by* phrase ("more will
/// be *needed*", "reforms are *required*"): English states a requirement so, naming no one
/// who asks anything of anyone, where the active ("the bankers need more") would name who
/// wants it.
fn needed_by_no_one(tree: &DepTree, v: usize) -> bool {
    tree.lemma_in(v, &["need", "require"])
        && tree.has_dependent(v, "aux:pass")
        && !tree.children(v).any(|c| is_agent(tree, c))
}

/// Verbs of using a thing as an instrument: its object is what the act is done *with*.
pub(super) const USING_VERBS: &[&str] = &["use", "employ", "wield"];

/// Weapons CAMEO codes as artillery or tanks (194, "fight with artillery and tanks"); the
/// other [`WEAPON_NOUNS`] but warships are aerial (195, "employ aerial weapons"), and other
/// arms give 190.
const ARTILLERY_WEAPONS: &[&str] = &["artillery", "mortar", "tank", "shell", "howitzer"];

/// The CAMEO code of arms used *against* someone ("Russia *used* North Korean missiles
/// against Ukraine", "the weapons Russia has *used* against Ukraine"): to use weapons
/// against a party is to fight it, coded by the weapon (CAMEO 19: 195 aerial weapons, 194
/// artillery and tanks, 190 otherwise), whatever CAMEO 2.0's patterns of *use* say (175
/// for "use * &WEAPON", 090 for aircraft). The weapons are the verb's object, or the noun
/// its relative clause modifies. `None` when the verb is no verb of using, names no arms
/// or no *against* phrase.
pub(super) fn arms_used_against(tree: &DepTree, v: usize) -> Option<&'static str> {
    if !tree.lemma_in(v, USING_VERBS) {
        return None;
    }
    let relative_head = tree
        .head(v)
        .filter(|_| matches!(tree.deprel(v), "acl:relcl" | "advcl:relcl"));
    let instrument = tree
        .children(v)
        .filter(|&c| tree.deprel(c) == "obj")
        .chain(relative_head)
        .find(|&c| tree.lemma_in(c, WEAPON_NOUNS) || tree.lemma_in(c, ARMS_NOUNS))?;
    let against = |k: usize| {
        tree.children(k)
            .any(|c| tree.has_marker(c, "case", "against"))
    };
    if !against(v) && !against(instrument) {
        return None;
    }
    Some(if tree.lemma_in(instrument, ARTILLERY_WEAPONS) {
        "194"
    } else if tree.lemma_in(instrument, WEAPON_NOUNS) && !tree.lemma_in(instrument, &["warship"]) {
        "195"
    } else {
        "190"
    })
}

/// Whether verb token `v` is a protest or complaint made *to* someone ("Japan *protested
/// to* China over the detention of a businessman", "complained to Beijing"): English
/// *protest to* / *complain to* addresses a formal complaint to that party, an official
/// complaint (CAMEO 114) against it whatever is complained about (CAMEO 2.0's "protest *
/// &DETENTION", 053, rallies support for the detainee).
///
/// So is a complaint, protest or concern conveyed *to* someone ("Tokyo had conveyed its
/// concerns *to* China through diplomatic channels", "raised its objections with Beijing"
/// is not: *with* names whom one talks to only after *lodge*, *file*, *register*: "lodged a
/// protest *with* Pyongyang").
pub(super) fn protests_to(tree: &DepTree, v: usize) -> bool {
    const CONVEYING_VERBS: &[&str] = &[
        "convey",
        "express",
        "voice",
        "raise",
        "communicate",
        "deliver",
        "lodge",
        "file",
        "register",
        "send",
    ];
    const COMPLAINT_NOUNS: &[&str] = &[
        "protest",
        "complaint",
        "concern",
        "displeasure",
        "dissatisfaction",
        "objection",
    ];
    let phrase = |h: usize, p: &str| {
        tree.children(h).any(|c| {
            matches!(universal(tree.deprel(c)), "obl" | "nmod") && tree.has_marker(c, "case", p)
        })
    };
    if tree.lemma_in(v, &["protest", "complain"]) {
        return tree
            .children(v)
            .any(|c| universal(tree.deprel(c)) == "obl" && tree.has_marker(c, "case", "to"));
    }
    let lodged = tree.lemma_in(v, &["lodge", "file", "register"]);
    tree.lemma_in(v, CONVEYING_VERBS)
        && tree
            .children(v)
            .filter(|&o| tree.deprel(o) == "obj" && tree.lemma_in(o, COMPLAINT_NOUNS))
            .any(|o| {
                [v, o]
                    .iter()
                    .any(|&h| phrase(h, "to") || lodged && phrase(h, "with"))
            })
}

/// Nouns of a load or an amount of goods ("containers of munitions", "shipments of arms",
/// "tons of ammunition").
const LOAD_NOUNS: &[&str] = &[
    "container",
    "shipment",
    "consignment",
    "batch",
    "load",
    "ton",
    "tonne",
    "crate",
    "package",
    "supply",
];

/// Verbs that deny an act: "Kagame *denied* supporting the M23 rebels".
const DENIAL_VERBS: &[&str] = &["deny", "dismiss", "refute"];

/// Whether verb `v` is the complement of a verb of denial ("denied *supporting* the
/// rebels", "denied that its forces *attacked* …"): the story reports the denial, not the
/// act as done. CAMEO has no code for the denier, so the coding guide codes the denied act
/// negated (`docs/annotation.md` §1, denials), as "did not support".
pub(super) fn denied(tree: &DepTree, v: usize) -> bool {
    complement_of(tree, v, &["xcomp", "ccomp"], DENIAL_VERBS)
}

/// Whether verb `v` is *advise* or *counsel* in a relative clause, in the present and with
/// nothing advised (no infinitive or clause): "Hesse, *who advises* the Italian Foreign
/// Ministry on coffee issues", "a fund *that is advised by* Soros". English tells
/// someone's standing job so (the simple present of habit); an act of advice says what
/// is advised ("the IMF *urges* Belgium to adopt …").
fn advises_as_a_role(tree: &DepTree, v: usize) -> bool {
    let present = |k: usize| matches!(tree.syntax(k).xpos.as_str(), "VBZ" | "VBP");
    let tense = present(v)
        || tree
            .children(v)
            .any(|c| tree.deprel(c) == "aux:pass" && present(c));
    let advised = tree
        .children(v)
        .any(|c| matches!(universal(tree.deprel(c)), "xcomp" | "ccomp"));
    // (A relative pronoun subject marks the clause wherever the parser hung it.)
    let relative_pronoun =
        |c: usize| tree.lemma_in(c, words::RELATIVE_PRONOUNS) || tree.lemma_in(c, &["that"]);
    let relative = tree.deprel(v).starts_with("acl")
        || tree
            .children(v)
            .any(|c| tree.deprel(c).starts_with("nsubj") && relative_pronoun(c));
    tree.lemma_in(v, &["advise", "counsel"]) && relative && tense && !advised
}

/// Verbs that caution someone against an act ("warned Beijing *against providing* lethal
/// aid to Moscow").
const WARNING_VERBS: &[&str] = &["warn", "caution", "advise", "counsel"];

/// Whether verb `v` is a gerund in an *against* phrase of a verb of warning, or its
/// infinitive ("warned Japan *not to interfere*", "warned Iran *to stop*"): the act is
/// what the warning hopes will or will not happen (CAMEO codes the warning, 13x or 111).
fn warned_against(tree: &DepTree, v: usize) -> bool {
    let infinitive = tree.has_marker(v, "mark", "to")
        && complement_of(tree, v, &["xcomp", "advcl"], WARNING_VERBS);
    gerund_in_phrase(tree, v, "against", WARNING_VERBS) || infinitive
}

/// Whether verb `v` is a gerund in a phrase marked by `preposition` on one of the verbs
/// `heads` ("warned Beijing *against providing*", "banned women *from attending*").
fn gerund_in_phrase(tree: &DepTree, v: usize, preposition: &str, heads: &[&str]) -> bool {
    tree.syntax(v).xpos == "VBG"
        && (tree.has_marker(v, "mark", preposition) || tree.has_marker(v, "case", preposition))
        && tree.head(v).is_some_and(|h| tree.lemma_in(h, heads))
}

/// The verb that kept the thing participle `v` modifies from being, when one did:
/// "Hungary *blocked* an EU statement *criticizing* China", "*vetoed* a resolution
/// *demanding* a ceasefire": what a blocked or vetoed text says was never said (the
/// blocking is coded on its own verb). The thing is that verb's object.
fn on_a_prevented_thing(tree: &DepTree, v: usize) -> Option<String> {
    let noun = tree
        .head(v)
        .filter(|_| universal(tree.deprel(v)) == "acl")?;
    let h = tree.head(noun).filter(|_| tree.deprel(noun) == "obj")?;
    let keeps = tree.lemma_in(h, PREVENTING_VERBS) || tree.lemma_in(h, &["block", "veto"]);
    keeps.then(|| tree.syntax(h).lemma.clone())
}

/// Agreements and laws: texts that provide for acts rather than do them.
pub(super) const PROVIDING_TEXTS: &[&str] = &[
    "pact",
    "agreement",
    "deal",
    "treaty",
    "accord",
    "law",
    "bill",
    "legislation",
    "decree",
    "ordinance",
    "amendment",
    "act",
    "constitution",
    "charter",
];

/// Whether verb `v` is a present participle on an agreement or law ([`PROVIDING_TEXTS`]):
/// "signed a defence pact *allowing* troops to be deployed", "a law *banning* protests".
/// The participle says what the text provides; the act coded is the signing or passing of
/// the text, and what it provides for has not been done by anyone yet. (Straight after the
/// noun, with no comma, the participle is the noun's even where the parser hung it on the
/// verb as an adverbial clause.)
fn provided_by_a_text(tree: &DepTree, v: usize) -> bool {
    let Some(before) = v.checked_sub(1).filter(|&p| p >= tree.tokens().start) else {
        return false;
    };
    let noun = match universal(tree.deprel(v)) {
        "acl" | "advcl" => before,
        _ => return false,
    };
    tree.syntax(v).xpos == "VBG"
        && tree.lemma_in(noun, PROVIDING_TEXTS)
        && (tree.deprel(v) != "acl" || tree.head(v) == Some(noun))
}

/// Verbs that keep someone *from* an act ("banned women *from attending* universities",
/// "barred him from entering the country"): [`PREVENTING_VERBS`] and kin.
const KEEPING_FROM_VERBS: &[&str] = &[
    "ban",
    "prohibit",
    "forbid",
    "prevent",
    "bar",
    "stop",
    "block",
    "keep",
    "restrict",
    "exclude",
    "deter",
    "discourage",
    "dissuade",
    "suspend",
    "disqualify",
];

/// Whether verb `v` is a gerund in a *from* phrase of a verb that keeps someone from an act:
/// the act was kept from happening (the keeping is coded on its own verb, 12x or 17x).
fn kept_from(tree: &DepTree, v: usize) -> bool {
    gerund_in_phrase(tree, v, "from", KEEPING_FROM_VERBS)
}

/// Verbs of ceasing: their complement is an act that ends ("*stopped* supplying gas").
const CEASING_VERBS: &[&str] = &["stop", "cease", "quit", "halt", "discontinue"];

/// Whether verb `v` is the complement of a verb of ceasing ("Russia *stopped supplying*
/// gas to Europe", "to *stop interfering*"): the act is ending, not being done, so it is
/// no event of its own (the ceasing is coded on its verb, where CAMEO has a code for it).
fn ceased(tree: &DepTree, v: usize) -> bool {
    complement_of(tree, v, &["xcomp"], CEASING_VERBS)
}

/// Whether verb `v` is the complement (one of `rels`) of a verb of `heads`.
fn complement_of(tree: &DepTree, v: usize, rels: &[&str], heads: &[&str]) -> bool {
    rels.contains(&universal(tree.deprel(v)))
        && tree.head(v).is_some_and(|h| tree.lemma_in(h, heads))
}

/// Verbs and adjectives that make their complement an intention ("agreed to withdraw",
/// "offered to mediate", "is ready to talk"): CAMEO codes the expressed intent (03x, or
/// 13x for a threat of force), not the act.
const INTENT_HEADS: &[&str] = &[
    "agree",
    "offer",
    "promise",
    "pledge",
    "vow",
    "plan",
    "intend",
    "decide",
    "determine",
    "commit",
    "prepare",
    "propose",
    "consent",
    "undertake",
    "volunteer",
    "ready",
    "willing",
    "prepared",
];

/// Verbs of desire and striving: "wants to meet", "seeks to restore ties", "is looking to
/// repair relations", "aims to boost cooperation", "hoped to visit Myanmar" express the
/// intention, not the act ([`intent_head`]); with the infinitive they do nothing of their
/// own ([`strives_to`]).
const DESIRE_HEADS: &[&str] = &["want", "hope", "wish", "seek", "look", "aim"];

/// Whether verb token `v` of lemma `lemma` is a verb of desire or striving with a
/// *to*-infinitive ("Sheinbaum *seeks* to ease pressure from Washington"): the infinitive
/// is the intention (03x, see [`as_intention`]); a code other than an intention that a
/// phrase inside it gives the verb ("seek … *from* X", an appeal) is no act of its own.
fn strives_to(tree: &DepTree, v: usize, lemma: &str) -> bool {
    DESIRE_HEADS.contains(&lemma)
        && tree
            .children(v)
            .any(|k| tree.deprel(k) == "xcomp" && tree.has_marker(k, "mark", "to"))
}

/// Verbs that make their complement a threat ("threatened to ban voting", "threatened to
/// attack"): CAMEO codes the threat (13x), never the act threatened, which has not happened.
const THREAT_HEADS: &[&str] = &["threaten"];

/// Verbs that make their complement a refusal ("declined to meet the envoy", "refused to
/// deploy troops"): CAMEO codes the rejection (12x), never the act refused.
const REFUSAL_HEADS: &[&str] = &["refuse", "decline"];

/// The CAMEO rejection code of an act refused (CAMEO 2.0 section 12): material cooperation
/// → 121 (1211 economic, 1212 military), aid → 122, yielding → 124, meeting or
/// negotiating → 125, mediation → 126, anything else → 120. Rejections stay as they are.
/// Yielding has one refusal for each way of yielding (CAMEO 2.0, 1241–1246: "refuse to
/// release persons", "… to allow international involvement").
fn refusal_code(code: &str) -> Option<String> {
    const YIELDING: &[(&str, &str)] = &[
        ("081", "1241"),
        ("082", "1242"),
        ("084", "1243"),
        ("085", "1244"),
        ("086", "1245"),
        ("087", "1246"),
    ];
    let root = code.get(..2)?;
    Some(
        match root {
            "12" => return None,
            "04" => "125",
            "06" if code.starts_with("061") => "1211",
            "06" if code.starts_with("062") => "1212",
            "06" => "121",
            "07" => "122",
            "08" => YIELDING
                .iter()
                .find(|(from, _)| code.starts_with(from))
                .map_or("124", |(_, to)| to),
            _ if code.starts_with("045") => "126",
            _ => "120",
        }
        .to_string(),
    )
}

/// Whether verb token `v` is negated in its own clause: *not*, *never* or *no longer* on
/// it ("will *no longer* grant me access", "would *not* allow").
pub(super) fn negated_verb(tree: &DepTree, v: usize) -> bool {
    tree.children(v).any(|k| {
        let lemma = tree.syntax(k).lemma.to_lowercase();
        tree.deprel(k) == "advmod"
            && (matches!(lemma.as_str(), "not" | "n't" | "never")
                || (matches!(lemma.as_str(), "long" | "longer")
                    && tree.children(k).any(|j| tree.lemma_in(j, &["no"]))))
    })
}

/// The intention or threat word governing verb token `v`, if any: through `xcomp`, or
/// through a *to*-infinitive the parser attached as an adverbial ("threatened on Monday to
/// break relations"). After these words a *to*-infinitive is their complement, the act
/// intended or threatened, not a purpose: a rule of English complementation. They take it
/// straight, with no object between: after an object the infinitive says what the object
/// is for ("proposed legislation *to curb* the deduction").
fn intent_head(tree: &DepTree, v: usize) -> Option<String> {
    let h = tree.head(v)?;
    let infinitive = tree.deprel(v) == "advcl"
        && tree.has_marker(v, "mark", "to")
        && !tree.children(h).any(|k| k < v && tree.deprel(k) == "obj");
    if tree.deprel(v) != "xcomp" && !infinitive {
        return None;
    }
    let lemma = tree.syntax(h).lemma.to_lowercase();
    (INTENT_HEADS.contains(&lemma.as_str())
        || DESIRE_HEADS.contains(&lemma.as_str())
        || THREAT_HEADS.contains(&lemma.as_str())
        || REFUSAL_HEADS.contains(&lemma.as_str()))
    .then_some(lemma)
}

/// Nouns of a hostile act one can respond to ("respond to *any attack*", "to the
/// *expulsion*").
const HOSTILE_ACT_NOUNS: &[&str] = &[
    "attack",
    "aggression",
    "provocation",
    "move",
    "decision",
    "step",
    "action",
    "sanction",
    "expulsion",
    "measure",
    "strike",
    "threat",
    "escalation",
];

/// Whether verb token `v` is *respond* told as a future or a vow, with no object and no
/// *to* phrase other than a hostile act ("Moscow *would respond* in a tough and
/// proportionate manner", "China vowed to *respond* resolutely", "will respond to any
/// attack"): a state's answer promised to another's act is a threat (CAMEO 13, "threaten,
/// not specified": the manner names no means), as "will retaliate" is. CAMEO 2.0 leaves
/// *respond* uncoded, most often an answer to a question or a letter.
pub(super) fn threatened_response(tree: &DepTree, v: usize) -> bool {
    if !tree.lemma_in(v, &["respond"]) || negated_verb(tree, v) {
        return false;
    }
    let promised_here = promised(tree, v).is_some()
        || intent_head(tree, v).is_some_and(|h| h != "refuse" && h != "decline");
    let object = tree.has_dependent(v, "obj");
    let to_something_else = tree.children(v).any(|k| {
        universal(tree.deprel(k)) == "obl"
            && tree.has_marker(k, "case", "to")
            && !tree.lemma_in(k, HOSTILE_ACT_NOUNS)
    });
    promised_here && !object && !to_something_else
}

/// Adjectives of readiness that take an act as a *for* or *to* phrase ("ready for talks",
/// "open to negotiations").
const READY_FOR: &[&str] = &["ready", "prepared", "willing", "eager", "keen", "open"];

/// The intention code of event noun `n` (code `code`) when an actor is said to be ready
/// for the act it names ("Moscow was ready *for talks* with Kyiv": CAMEO 036, an
/// intention to meet, not a meeting), with what `explain` says about it.
/// So is the object of a light verb an intention or threat governs ("he *would* stage
/// protests", "said it *will* carry out strikes"): what the verb would do, the noun names
/// ([`as_intention`], as for a verb).
pub(super) fn intended_noun(tree: &DepTree, n: usize, code: &str) -> Option<(String, String)> {
    if let Some(h) = light_verb_of(tree, n) {
        let mut intended = EventCode::one_way(code);
        if let Some(why) = as_intention(tree, h, &mut intended) {
            return intended.forward.map(|c| (c, why));
        }
    }
    let h = tree.head(n).filter(|&h| tree.lemma_in(h, READY_FOR))?;
    let by = ["for", "to"]
        .into_iter()
        .find(|p| tree.has_marker(n, "case", p))?;
    let intent = intent_code(code)?;
    let head = tree.syntax(h).lemma.to_lowercase();
    let why = format!("\"{head} {by}\" it: an intention, {code} becomes {intent} (CAMEO 03)");
    Some((intent, why))
}

/// The CAMEO threat code of an act threatened (CAMEO 2.0 section 13): protest → 133,
/// reduced relations and sanctions → 131x, repression → 137, force → 138, anything else
/// → 130 ("threaten, not specified"). Threats stay as they are (`None`).
fn threat_code(code: &str) -> Option<String> {
    match code.get(..2)? {
        "13" => None,
        "14" | "16" | "17" | "18" | "19" | "20" => intent_code(code),
        _ => Some("130".to_string()),
    }
}

/// The CAMEO "express intent" code of an action code (CAMEO 2.0, section 03; threats of
/// force and coercion are section 13): meet → 036, mediate → 039, aid → 033 (0331–0334), yield → 035
/// (0351–0356), cooperate → 031 (0311–0314), diplomatic cooperation → 032; protest → 133
/// (threaten with political dissent), reduced relations → 131x, 134–136, administrative
/// sanctions → 132x, other coercion → 137, force → 138. Codes that already are intentions, demands, rejections
/// or threats stay as they are (`None`).
fn intent_code(code: &str) -> Option<String> {
    let sub = |table: &[(&str, &str)], default: &str| -> String {
        table
            .iter()
            .find(|(from, _)| code.starts_with(from))
            .map_or(default, |(_, to)| to)
            .to_string()
    };
    let root = code.get(..2)?;
    Some(match root {
        // Mediation has its own intent code (039, "offered to mediate"); meeting and
        // negotiating share 036.
        "04" => sub(&[("045", "039")], "036"),
        "05" => "032".to_string(),
        "06" => sub(
            &[
                ("061", "0311"),
                ("062", "0312"),
                ("063", "0313"),
                ("064", "0314"),
            ],
            "031",
        ),
        "07" => sub(
            &[
                ("071", "0331"),
                ("072", "0332"),
                ("073", "0333"),
                ("074", "0334"),
            ],
            "033",
        ),
        "08" => sub(
            &[
                ("081", "0351"),
                ("082", "0352"),
                ("084", "0353"),
                ("085", "0354"),
                ("086", "0355"),
                ("087", "0356"),
            ],
            "035",
        ),
        "14" => "133".to_string(),
        // Reducing relations: each act has its own threat (CAMEO 2.0, 131x and 134–136:
        // "threaten to halt negotiations", "… to withdraw international involvement").
        "16" => sub(
            &[
                ("161", "1313"),
                ("162", "1311"),
                ("163", "1312"),
                ("164", "134"),
                ("165", "135"),
                ("166", "136"),
            ],
            "131",
        ),
        // Administrative sanctions are threatened as such (132x: "threaten to impose a
        // curfew", "… martial law"); other coercion is a threat of repression (137).
        "17" => sub(
            &[
                ("1721", "1321"),
                ("1722", "1322"),
                ("1723", "1323"),
                ("1724", "1324"),
                ("172", "132"),
            ],
            "137",
        ),
        // Force: blockade → 1381, occupation → 1382, unconventional violence → 1383,
        // weapons of mass destruction → 1385, any other attack → 138.
        "18" | "19" | "20" => sub(
            &[
                ("191", "1381"),
                ("192", "1382"),
                ("18", "1383"),
                ("204", "1385"),
            ],
            "138",
        ),
        _ => return None,
    })
}

/// The word that makes the verb at `v` a mere possibility: a modal of possibility ("rebels
/// could attack", "sanctions may follow"), an adverb of likelihood ("will likely
/// develop") or an adjective of it ("is unlikely to import"). `docs/annotation.md` codes
/// what happened, is planned, demanded or denied; what might happen is speculation
/// (threats are coded from their own verbs: "threatened to").
fn possibility(tree: &DepTree, v: usize) -> Option<String> {
    // "Indonesia is *unlikely* to import copra", "talks are *likely* to resume": the
    // infinitive of an adjective of likelihood is a forecast.
    let forecast = tree
        .head(v)
        .filter(|&h| tree.deprel(v) == "xcomp" && tree.lemma_in(h, &["likely", "unlikely"]));
    if let Some(h) = forecast {
        return Some(tree.syntax(h).lemma.to_lowercase());
    }
    tree.children(v)
        .find(|&k| {
            let lemma = tree.syntax(k).lemma.to_lowercase();
            match tree.deprel(k) {
                "aux" => matches!(lemma.as_str(), "could" | "might" | "may"),
                "advmod" => matches!(
                    lemma.as_str(),
                    "likely" | "possibly" | "perhaps" | "probably"
                ),
                _ => false,
            }
        })
        .map(|k| tree.syntax(k).lemma.to_lowercase())
}

/// Whether verb token `v` heads a conditional clause ("they would meet the mediator *if he
/// gave* them a veto", "unless Russia withdraws"): English states a condition as an
/// adverbial clause marked *if* or *unless*; what it names has not happened.
fn condition(tree: &DepTree, v: usize) -> bool {
    universal(tree.deprel(v)) == "advcl"
        && tree.children(v).any(|k| {
            tree.deprel(k) == "mark"
                && matches!(
                    tree.syntax(k).lemma.to_lowercase().as_str(),
                    "if" | "unless"
                )
        })
}

/// The verb of the condition a threat at verb `v` sets ("threatened to stop the talks *if
/// the United States goes ahead*"), searched in the threat's clause (the threatening verb
/// and the infinitive it governs). Who must meet the condition is whom the threat is
/// aimed at (CAMEO 13: a threat is coded toward the actor it seeks to deter).
pub(super) fn threat_condition(tree: &DepTree, v: usize) -> Option<usize> {
    let top = match tree.head(v) {
        Some(h) if tree.deprel(v) == "xcomp" => h,
        _ => v,
    };
    tree.subtree(top).into_iter().find(|&k| condition(tree, k))
}

/// Verbs that announce a penalty in a content clause: "*warned* that Islamabad would face
/// the consequences", "*vowed* that the Houthis would pay a heavy price".
const PENALTY_ANNOUNCING_VERBS: &[&str] = &["warn", "vow", "threaten", "promise", "pledge"];

/// The verbs and objects of a penalty foretold: to *face* or *bear* the consequences, to
/// *pay* a price, to *suffer* retaliation (English idioms of punishment).
const PENALTY_VERBS: &[&str] = &["face", "pay", "suffer", "bear"];

/// What one pays, faces or suffers as a penalty.
const PENALTY_NOUNS: &[&str] = &[
    "consequence",
    "price",
    "cost",
    "retaliation",
    "retribution",
    "punishment",
    "response",
    "wrath",
    // The law's penalties: "could face *prosecution*", "*contempt proceedings*", "the full
    // *force* of the law", "*sanctions*".
    "prosecution",
    "proceeding",
    "proceedings",
    "charge",
    "sanction",
    "penalty",
    "fine",
    "arrest",
    "force",
];

/// Verbs of pursuit and punishment whose passive foretells a penalty: "those responsible
/// *would be hunted down*", "*will be punished*", "*brought to justice*", "*held
/// accountable*", "*crushed*".
const PUNISHED_VERBS: &[&str] = &[
    "hunt",
    "punish",
    "bring",
    "hold",
    "crush",
    "eliminate",
    "pursue",
    "destroy",
    "avenge",
    // The state's coercion of a person: "Mendez *could be arrested* again".
    "arrest",
    "prosecute",
    "detain",
    "jail",
    "imprison",
    "expel",
    "deport",
    "sanction",
];

/// The clause of a penalty that verb token `v` foretells: its complement clause when that
/// says someone *will* or *would* face the consequences, pay a price, or regret it ("warned
/// that Islamabad *would face the consequences*"), or be hunted down or punished ("vowed
/// that the attackers *would be hunted down*": the passive of a verb of pursuit or
/// punishment, [`PUNISHED_VERBS`]; "brought" and "held" only to justice or to account).
/// To foretell another's punishment is to threaten it (CAMEO 13), and whoever is to pay is
/// its target: the clause's subject.
pub(super) fn penalty_foretold(tree: &DepTree, v: usize) -> Option<usize> {
    if !tree.lemma_in(v, PENALTY_ANNOUNCING_VERBS) {
        return None;
    }
    // ("*could* face prosecution", "*may* be arrested": a penalty foretold as possible
    // threatens as one foretold as sure.)
    let future = |c: usize| {
        tree.children(c).any(|k| {
            universal(tree.deprel(k)) == "aux"
                && tree.lemma_in(k, &["will", "would", "could", "may", "might", "can"])
        })
    };
    let penalty = |c: usize| {
        tree.lemma_in(c, &["regret"])
            || tree.lemma_in(c, PENALTY_VERBS)
                && tree
                    .children(c)
                    .any(|k| tree.deprel(k) == "obj" && tree.lemma_in(k, PENALTY_NOUNS))
    };
    let punished = |c: usize| {
        // (*Be* and the participle make the passive whatever the parser labels *be*:
        // "would be \"hunted down\"" in quotation marks parses as a copula.)
        let passive = tree.children(c).any(|k| {
            tree.deprel(k) == "aux:pass"
                || (tree.lemma_in(k, &["be"]) && matches!(tree.deprel(k), "cop" | "aux"))
        });
        let to_justice = tree.children(c).any(|k| {
            universal(tree.deprel(k)) == "obl" && tree.lemma_in(k, &["justice", "account"])
        });
        let agentless = !tree.has_dependent(c, "obl:agent");
        passive
            && agentless
            && tree.lemma_in(c, PUNISHED_VERBS)
            && (to_justice || !tree.lemma_in(c, &["bring", "hold"]))
    };
    tree.children(v)
        .find(|&c| universal(tree.deprel(c)) == "ccomp" && future(c) && (penalty(c) || punished(c)))
}

/// Whether clause `c` has a subject that names the doers of an act only as its doers: a
/// doer noun ([`super::story_acts::is_doer_noun`], "the *perpetrators*", "the *attackers*")
/// or "*those responsible*", which may be parsed with *responsible* beside *those*, not
/// under it ("that those responsible would be hunted down").
pub(super) fn doers_as_subject(tree: &DepTree, c: usize) -> bool {
    let doers =
        |k: usize| super::story_acts::is_doer_noun(tree, k) || tree.lemma_in(k, &["responsible"]);
    tree.children(c)
        .filter(|&k| tree.deprel(k).starts_with("nsubj"))
        .any(|k| {
            doers(k)
                || tree.children(k).any(doers)
                || (tree.contains(k + 1) && tree.lemma_in(k + 1, &["responsible"]))
        })
}

/// Whether verb token `v` heads an infinitival purpose clause ("held an exercise *to
/// demonstrate* its strength", "in order to"): it says why the main act was done; what
/// it aims at has not happened.
///
/// After a verb of directing or permitting ("directed the minister *to convey*", "urged
/// Russia *to accept*") the infinitive is the object's action, a complement the parser
/// sometimes attaches as a purpose: it is not taken for one.
fn purpose(tree: &DepTree, v: usize) -> bool {
    let to = tree.has_marker(v, "mark", "to");
    let after_directive = tree
        .head(v)
        .is_some_and(|h| tree.lemma_in(h, DIRECTIVE_VERBS));
    // ("*used* a televised speech *to accuse* Israel": the occasion used does the act.)
    let by_a_means = tree.head(v).is_some_and(|h| {
        tree.children(h)
            .any(|o| tree.deprel(o) == "obj" && occasion_used(tree, o))
    });
    tree.deprel(v) == "advcl"
        && to
        && !after_directive
        && !by_a_means
        && intent_head(tree, v).is_none()
        && !protest_purpose(tree, v)
        && super::args_parse::caused_act(tree, v).is_none()
}

/// Nouns of what someone means to do: "Iran's main *goal* is to occupy Basra".
const AIM_NOUNS: &[&str] = &[
    "goal",
    "aim",
    "objective",
    "intention",
    "plan",
    "purpose",
    "mission",
    "ambition",
    "priority",
    "strategy",
    "idea",
    "desire",
    "wish",
];

/// Whether verb `v` is the *to*-infinitive predicate of an aim ("Iran's main goal *is to
/// occupy* Basra", "the plan is to withdraw"): English states what a goal or plan
/// consists of with *be to*; the act is wanted, it has not happened.
fn aim_predicate(tree: &DepTree, v: usize) -> bool {
    tree.has_marker(v, "mark", "to")
        && tree.children(v).any(|k| universal(tree.deprel(k)) == "cop")
        && tree
            .children(v)
            .any(|k| universal(tree.deprel(k)) == "nsubj" && tree.lemma_in(k, AIM_NOUNS))
}

/// Verbs of protecting people ([`protection_sent`]).
const PROTECTING_VERBS: &[&str] = &["protect", "defend", "guard"];

/// Whether verb `v` protects as the purpose (headed by `first`, `v` itself or the verb it
/// is conjoined to) of forces sent ("troops were deployed to the villages to push back the
/// rebels and *protect* civilians", "forces have been deployed *to protect* civilians"):
/// CAMEO 074 "provide military protection or peacekeeping" codes sending forces to protect
/// as the protection itself, as a protest's purpose is the protest.
fn protection_sent(tree: &DepTree, v: usize, first: usize) -> bool {
    tree.lemma_in(v, PROTECTING_VERBS)
        && tree
            .head(first)
            .is_some_and(|h| tree.lemma_in(h, super::DEPLOYING_VERBS))
}

/// Whether verb `v`, or the verb whose complement it is, heads a clause of *whether* ("did
/// not ask *whether* the administration intended to offer Moscow a bonus", "it is unclear
/// whether Iran will attend"): an embedded question asserts neither answer, so what it
/// asks about is no event.
fn asked_whether(tree: &DepTree, v: usize) -> bool {
    let mut k = v;
    loop {
        if tree.has_marker(k, "mark", "whether") {
            return true;
        }
        match tree.head(k) {
            Some(h) if tree.deprel(k) == "xcomp" => k = h,
            _ => return false,
        }
    }
}

/// Whether *ask* at `v` has an embedded question as its complement: a clause marked
/// *whether* or *if*, or opened by a question word ("asked *what* the army would do").
fn asks_a_question(tree: &DepTree, v: usize) -> bool {
    tree.children(v)
        .filter(|&c| universal(tree.deprel(c)) == "ccomp")
        .any(|c| {
            tree.has_marker(c, "mark", "whether")
                || tree.has_marker(c, "mark", "if")
                || tree.subtree(c).into_iter().min().is_some_and(|first| {
                    tree.lemma_in(first, &["what", "why", "how", "when", "where", "who"])
                })
        })
}

/// Verbs of trying: a purpose "to try to" do something is the purpose of doing it.
const ATTEMPT_VERBS: &[&str] = &["try", "attempt", "seek", "strive", "help"];

/// Whether verb `v` is the complement of a verb that states a purpose after the act, at
/// any depth ("opened talks *to try to force open* the Japanese market", "sent troops to
/// force the rebels *to withdraw*"), or of a verb of trying after a noun ("an extra credit
/// *to help finance* a plant"): what a purpose's verb takes as its complement is wanted
/// too, and has not happened. After a noun of decision a verb other than trying may tell
/// what was decided ("a court ruling to continue *to imprison* him").
fn within_purpose(tree: &DepTree, v: usize) -> bool {
    tree.deprel(v) == "xcomp"
        && tree.head(v).is_some_and(|h| {
            purpose(tree, h)
                || within_purpose(tree, h)
                || (infinitival_relative(tree, h) && tree.lemma_in(h, ATTEMPT_VERBS))
        })
}

/// Verbs that say what a protest is against or for ("to protest the decision", "to
/// demand reforms", "to denounce the coup").
const PROTEST_PURPOSES: &[&str] = &[
    "protest", "demand", "denounce", "condemn", "decry", "oppose", "press", "urge", "call",
];

/// Acts of protest and their nouns: "staged *demonstrations*", "began a hunger *strike*",
/// "*marched*", "a *rally* in Lagos".
const PROTEST_ACTS: &[&str] = &[
    "protest",
    "demonstrate",
    "demonstration",
    "rally",
    "march",
    "strike",
    "sit-in",
    "boycott",
    "picket",
    "vigil",
    "walkout",
];

/// Whether infinitive `v` says what a protest is against ("began a hunger strike *to
/// protest* Sweden's decision", "a rally in Lagos *to protest* …", "marched *to demand*
/// reforms"): a protest staged to protest or demand something does it by being staged,
/// so the infinitive's act has happened (CAMEO 14 codes whom the protest is against).
fn protest_purpose(tree: &DepTree, v: usize) -> bool {
    protest_of_purpose(tree, v).is_some()
}

/// The act of protest whose purpose infinitive `v` says ([`protest_purpose`]): the verb it
/// hangs on ("*marched* to demand"), or that verb's object, subject or phrase ("staged
/// *demonstrations* to demand", "a *rally* … to protest", "went on *strike* to protest").
fn protest_of_purpose(tree: &DepTree, v: usize) -> Option<usize> {
    let protesting = |k: usize| tree.lemma_in(k, PROTEST_ACTS);
    // Only an infinitive says a purpose: "condemned the strike … and *demanded* that
    // Washington provide evidence" is a demand of its own, conjoined with the verb whose
    // object "strike" is (an attack, no walkout).
    if !tree.lemma_in(v, PROTEST_PURPOSES) || !tree.has_marker(v, "mark", "to") {
        return None;
    }
    let h = tree.head(v)?;
    if protesting(h) {
        return Some(h);
    }
    // "went *on strike* to protest": the act as the verb's phrase.
    tree.children(h)
        .find(|&k| matches!(universal(tree.deprel(k)), "obj" | "nsubj" | "obl") && protesting(k))
}

/// The verb whose subject stages the protest whose purpose infinitive `v` says: the act
/// of protest itself ("farmers *marched* to demand"), or the verb it is the object or
/// phrase of ("farmers *staged* demonstrations to demand", "farmers *battled* police during
/// a march to demand"). Who protests is that subject, not the nearest actor before the
/// infinitive.
pub(super) fn protest_doer(tree: &DepTree, v: usize) -> Option<usize> {
    let act = protest_of_purpose(tree, v)?;
    if tree.syntax(act).upos == "VERB" {
        return Some(act);
    }
    tree.head(act)
        .filter(|_| matches!(universal(tree.deprel(act)), "obj" | "obl"))
}

/// The CAMEO code of the protest whose purpose infinitive `v` says, when `v` says one
/// ("marched *to demand* the president's resignation", "went on strike *to protest* the
/// reform"): CAMEO codes a protest by its form (141 demonstrate or rally, 142 hunger
/// strike, 143 strike or boycott, 144 obstruct or block) against whom it is aimed; what it
/// demands or denounces is its content, not a second event (a demand, a criticism).
pub(super) fn protest_code_of_purpose(tree: &DepTree, v: usize) -> Option<&'static str> {
    let act = protest_of_purpose(tree, v)?;
    let hunger = tree
        .children(act)
        .any(|k| tree.deprel(k) == "compound" && tree.lemma_in(k, &["hunger"]));
    Some(match tree.syntax(act).lemma.to_lowercase().as_str() {
        "strike" if hunger => "142",
        "strike" | "walkout" | "boycott" | "picket" => "143",
        "sit-in" => "144",
        _ => "141",
    })
}

/// Whether verb token `v` is an infinitive modifying a noun ("measures *to counter*
/// China", "efforts to repair ties", "the right to protest"): in English it says what the
/// noun is for or could do, not something that happened.
fn infinitival_relative(tree: &DepTree, v: usize) -> bool {
    universal(tree.deprel(v)) == "acl"
        && tree.has_marker(v, "mark", "to")
        && !protest_purpose(tree, v)
        && !means_used(tree, v)
}

/// Whether infinitive token `v` tells what an occasion of speaking was used to do
/// ("*used* a televised speech *to accuse* Israel", the parser hanging the infinitive on
/// the noun): English "use a speech to do Y" is doing Y in the speech, an act done. (Not
/// resources used, "use frozen assets to finance Ukraine", which is a purpose.)
pub(super) fn means_used(tree: &DepTree, v: usize) -> bool {
    tree.has_marker(v, "mark", "to")
        && tree
            .head(v)
            .is_some_and(|n| tree.deprel(n) == "obj" && occasion_used(tree, n))
}

/// Whether object token `o` is an occasion of speaking ([`SPEAKING_OCCASIONS`]) that its
/// verb *uses*: what it is used to do, whichever word the parser hangs the infinitive on,
/// is done ([`means_used`], and no purpose).
fn occasion_used(tree: &DepTree, o: usize) -> bool {
    tree.lemma_in(o, SPEAKING_OCCASIONS) && tree.head(o).is_some_and(|u| tree.lemma_in(u, &["use"]))
}

/// Occasions of speaking that a speaker uses to say something ("used *a speech* to
/// accuse", "used *his address* to call for").
const SPEAKING_OCCASIONS: &[&str] = &[
    "speech",
    "address",
    "statement",
    "interview",
    "post",
    "message",
    "briefing",
    "conference",
    "appearance",
    "remarks",
    "sermon",
    "broadcast",
];

/// Whether verb token `v` is the act someone is accused, charged, convicted or suspected
/// of ("charged him *with terrorizing* residents", "accused Kyiv *of shelling*"): the act is
/// an allegation whose agent is the accused, not the accuser; the accusation itself is
/// coded from its own verb.
fn alleged_act(tree: &DepTree, v: usize) -> bool {
    // "accused the envoy of misrepresenting … and providing …": a conjoined act is
    // alleged with the first.
    if tree.deprel(v) == "conj" {
        if let Some(h) = tree.head(v).filter(|&h| tree.syntax(h).xpos == "VBG") {
            return alleged_act(tree, h);
        }
    }
    // "accused of plotting *to overthrow* the government": what an alleged act governs is
    // alleged with it.
    if tree.deprel(v) == "xcomp" {
        if let Some(h) = tree.head(v) {
            if alleged_act(tree, h) {
                return true;
            }
        }
    }
    let marked = tree.children(v).any(|k| {
        matches!(tree.deprel(k), "mark" | "case")
            && matches!(
                tree.syntax(k).lemma.to_lowercase().as_str(),
                "of" | "with" | "for"
            )
    });
    let accusing = |h: usize| tree.lemma_in(h, ACCUSING);
    // The parse may hang "of V-ing" on the verb or on its object ("accused the envoy of
    // misrepresenting").
    let by_accusation = tree.head(v).is_some_and(|h| {
        accusing(h)
            || (matches!(tree.deprel(h), "obj" | "iobj") && tree.head(h).is_some_and(accusing))
    });
    // (A verb heads a clause whatever its label: "of *sheltering*" hung on the object as
    // a noun's phrase, `nmod`, is the clause of the accusation all the same.)
    marked && matches!(universal(tree.deprel(v)), "advcl" | "acl" | "obl" | "nmod") && by_accusation
}

/// Whether verb token `v` is a gerund that names an action rather than tells one: the
/// subject of a clause ("*expanding* military cooperation … is dangerous") or the object
/// of a preposition of purpose, topic or direction ("paving the way for *deepening* their
/// cooperation", "hinting at *lifting* sanctions", "talks about *restoring* ties"). English
/// uses such gerunds as nouns for possible or general actions; "by attacking", "after
/// attacking" (means and time) still tell what was done.
fn action_named(tree: &DepTree, v: usize) -> bool {
    if tree.syntax(v).xpos != "VBG" {
        return false;
    }
    let subject = universal(tree.deprel(v)) == "csubj";
    let after_preposition = tree.children(v).any(|k| {
        matches!(tree.deprel(k), "mark" | "case")
            && matches!(
                tree.syntax(k).lemma.to_lowercase().as_str(),
                "for" | "about" | "at" | "toward" | "towards" | "without" | "into" | "on"
            )
    });
    subject || after_preposition
}

/// Verbs of accusing whose "of/with/for V-ing" names the alleged act.
const ACCUSING: &[&str] = &[
    "accuse",
    "charge",
    "convict",
    "suspect",
    "blame",
    "indict",
    "sentence",
    "arrest",
    "detain",
    "jail",
    "prosecute",
    "try",
    "fine",
    "punish",
    "condemn",
    "criticize",
    "criticise",
    "denounce",
];

/// Verbs whose object does the action of the infinitive after it (object control), and
/// verbs of ordering whose infinitive is what they order: neither infinitive is a purpose.
const DIRECTIVE_VERBS: &[&str] = &[
    "ask",
    "urge",
    "tell",
    "order",
    "direct",
    "instruct",
    "call",
    "invite",
    "allow",
    "permit",
    "force",
    "encourage",
    "persuade",
    "press",
    "push",
    "require",
    "authorize",
    "enable",
    "help",
    "warn",
    "advise",
    "appeal",
    "pressure",
    "compel",
    "oblige",
    "want",
    "expect",
    // A court or body that rules or votes "to continue to imprison", "to expel" orders
    // the act (the parse may hang the infinitive as an adverbial clause): it says what
    // was ordered, not why.
    "rule",
    "vote",
];

/// Verbs that keep an act from happening: what they are done to did not take place.
const PREVENTING_VERBS: &[&str] = &[
    "ban", "prohibit", "forbid", "outlaw", "prevent", "cancel", "postpone", "delay", "thwart",
    "foil", "avert", "block", "veto",
];

/// Nouns of keeping an act from happening ("a *ban on* protests").
const PREVENTING_NOUNS: &[&str] = &["ban", "moratorium", "cancellation", "postponement"];

/// The verb or noun that kept the act of event noun `n` from happening, if one did: "the
/// government *banned* opposition *rallies*", "the talks *were postponed*", "a *ban on*
/// protests", "Hungary *blocked* EU *sanctions*". English: what is banned, cancelled,
/// postponed, blocked or foiled has not taken
/// place, so the noun reports no event (the banning is coded on its own verb).
pub(super) fn prevented(tree: &DepTree, n: usize) -> Option<String> {
    let h = tree.head(n)?;
    let rel = tree.deprel(n);
    let by_verb = matches!(rel, "obj" | "nsubj:pass") && tree.lemma_in(h, PREVENTING_VERBS);
    let by_noun = universal(rel) == "nmod"
        && (tree.has_marker(n, "case", "on") || tree.has_marker(n, "case", "of"))
        && tree.lemma_in(h, PREVENTING_NOUNS);
    (by_verb || by_noun).then(|| tree.syntax(h).lemma.clone())
}

/// The light verb whose object event noun `n` is ("*held* talks", "*launched* an attack",
/// [`LIGHT_VERBS`]): the verb that does the act the noun names.
pub(super) fn light_verb_of(tree: &DepTree, n: usize) -> Option<usize> {
    tree.head(n)
        .filter(|&h| tree.deprel(n) == "obj" && tree.lemma_in(h, LIGHT_VERBS))
}

/// Why the light verb whose object is event noun `n` ("*held* a summit", "*launched* an
/// attack") tells background, if it does: a clause of *since* on a perfect
/// ([`time_since`]), or an act of years ago ([`long_ago`]). The noun is that verb's act.
pub(super) fn background_noun(tree: &DepTree, n: usize) -> Option<&'static str> {
    let h = light_verb_of(tree, n)?;
    if time_since(tree, h) {
        Some("dropped: the act of a clause of \"since\" on a perfect is background")
    } else if long_ago(tree, h) {
        Some("dropped: an act of years or months ago, or spread over them, is background")
    } else {
        None
    }
}

/// The possibility cue of the predicate an event noun at `n` is the subject of ("Japan's
/// cooperation with India *will likely develop*"), if any.
pub(super) fn possible_noun(tree: &DepTree, n: usize) -> Option<String> {
    if !tree.deprel(n).starts_with("nsubj") {
        return None;
    }
    possibility(tree, tree.head(n)?)
}
