//! Nominal events: "the attack on Kyiv", "talks between Iran and the U.S.", "Modi's visit to
//! Mauritius", "the arrest of Navalny".
//!
//! News English says much of what happened with nouns, and the verb dictionary only sees
//! verbs. A noun from `data/dictionaries/factum.nominals.txt` codes an event when the parse
//! gives it both sides: who acts comes from its possessor, a "by" phrase, an actor or
//! nationality modifier, or the subject of a light verb it is the object of ("held talks",
//! "launched an attack"); who is acted upon comes from its role-marking complements
//! ("on", "against", "to", "with" …; "of" for nouns that name what is done to someone).
//! The lexicon line says which role the possessor plays ("Russia's attack" vs "Navalny's
//! arrest"). Reciprocal nouns (talks, meetings, clashes) give both directions.

use std::collections::HashMap;

use factum_dict::DictError;
use factum_doc::tree::DepTree;
use factum_doc::TokenSyntax;

/// The bundled nominal-event lexicon.
pub const BUNDLED: (&str, &str) = (
    "factum.nominals.txt",
    include_str!("../../../data/dictionaries/factum.nominals.txt"),
);

/// One event noun.
#[derive(Debug, Clone, PartialEq)]
pub struct Nominal {
    pub code: String,
    /// The possessor and modifiers are who is acted upon ("X's arrest").
    pub patient: bool,
    /// Both directions ("talks between X and Y").
    pub reciprocal: bool,
    /// An adjective of feeling, not a noun: its subject feels it about the phrase after
    /// *about*, *over*, *by* or *at* ("Japan is *concerned* about China's buildup").
    pub feeling: bool,
    /// Line in the lexicon file, for provenance.
    pub line: u32,
}

/// The lexicon: event nouns by lemma.
#[derive(Debug, Clone, Default)]
pub struct Nominals {
    pub file: String,
    pub nouns: HashMap<String, Nominal>,
}

impl Nominals {
    /// Parse the lexicon format (see the file's header); errors name file and line.
    pub fn parse(file: &str, text: &str) -> Result<Nominals, DictError> {
        let mut nouns = HashMap::new();
        for (n, raw) in text.lines().enumerate() {
            let line = raw.split('#').next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            let err = |message: String| DictError {
                file: file.to_string(),
                line: n as u32 + 1,
                message,
            };
            let f: Vec<&str> = line.split_whitespace().collect();
            let (lemma, code, role) = match f.as_slice() {
                [l, c, r] | [l, c, r, _] => (*l, *c, *r),
                _ => {
                    return Err(err(format!(
                        "expected LEMMA CODE ROLE [reciprocal], got {line:?}"
                    )))
                }
            };
            if !code.chars().all(|c| c.is_ascii_digit()) || !(3..=4).contains(&code.len()) {
                return Err(err(format!("{code:?} is not a CAMEO event code")));
            }
            let (patient, feeling) = match role {
                "agent" => (false, false),
                "patient" => (true, false),
                "feeling" => (false, true),
                other => {
                    return Err(err(format!(
                        "role {other:?}: expected agent, patient or feeling"
                    )))
                }
            };
            let reciprocal = match f.get(3) {
                None => false,
                Some(&"reciprocal") => true,
                Some(other) => return Err(err(format!("{other:?}: expected reciprocal"))),
            };
            nouns.insert(
                lemma.to_lowercase(),
                Nominal {
                    code: code.to_string(),
                    patient,
                    reciprocal,
                    feeling,
                    line: n as u32 + 1,
                },
            );
        }
        Ok(Nominals {
            file: file.to_string(),
            nouns,
        })
    }

    pub fn bundled() -> Nominals {
        Nominals::parse(BUNDLED.0, BUNDLED.1).expect("the bundled nominal lexicon parses")
    }

    /// The event word at token `t`, if it is one: a common noun whose lemma is listed, or
    /// an adjective or past participle listed with the `feeling` role.
    pub fn at(&self, syn: &TokenSyntax) -> Option<&Nominal> {
        // The part of speech first: this runs on every token of every sentence.
        let noun = syn.upos == "NOUN";
        if !noun && syn.upos != "ADJ" && syn.xpos != "VBN" {
            return None;
        }
        let listed = self.nouns.get(&syn.lemma.to_lowercase())?;
        (listed.feeling != noun).then_some(listed)
    }
}

/// Verbs whose object noun names the event they report ("held talks", "launched an
/// attack", "carried out raids", "paid a visit", "imposed sanctions", "claimed the killing
/// of 33 militants", "approved new sanctions against Russia", "passed an embargo on …"):
/// the verb's subject is who acts. So do verbs of degree on an act ("*intensified* its
/// strikes on Hezbollah", "*escalated* attacks", "*expanded* the offensive", "*renewed*
/// its assault"): to do more of an act is to do it.
#[rustfmt::skip]
pub const LIGHT_VERBS: &[&str] = &[
    "hold", "conduct", "carry", "launch", "stage", "make", "pay", "begin", "start", "resume",
    "continue", "mount", "impose", "announce", "order", "lead", "open", "step", "claim", "adopt",
    "approve", "unveil", "pass", "enact", "mobilize", "mobilise", "organize", "organise",
    "intensify", "escalate", "expand", "widen", "renew", "ramp",
];

/// Verbs of answering an act with another, the act in a *with* phrase: "Israel responded
/// with airstrikes", "China retaliated with sanctions". The act is the response; the verb
/// names no act of its own.
pub const RESPONSE_VERBS: &[&str] = &["respond", "retaliate", "reply", "react"];

/// Verbs that take responsibility or credit for an act: "claimed / accepted / took / bore
/// responsibility *for the attack*", "claimed credit for".
pub const CLAIM_VERBS: &[&str] = &["claim", "accept", "take", "admit", "bear"];

/// Verbs of denying what one is accused of: "Mali *denied* Algeria's accusation", "Russia
/// *dismissed* accusations by Ukraine". An accusation or criticism denied is one made
/// against the denier.
pub const DENIAL_VERBS: &[&str] = &["deny", "reject", "dismiss", "refute", "rebut"];

/// Verbs whose subject receives what their object or *with* / *under* phrase names: "the
/// plan *met with* criticism from Egypt", "Israel *faced* condemnation from the U.N.",
/// "the convoy *came under* attack from militants", "the decision *drew* criticism". The
/// act named is done *to* the subject (or its owner), by the *from* phrase.
pub const REACTION_VERBS: &[(&str, Option<&str>)] = &[
    ("meet", Some("with")),
    ("come", Some("under")),
    ("face", None),
    ("draw", None),
    ("receive", None),
    ("attract", None),
    ("earn", None),
    ("spark", None),
    ("provoke", None),
    ("trigger", None),
];

/// Nouns of how others receive something, the object of "meet with": "the plan *met with*
/// opposition" is no meeting.
pub const REACTION_NOUNS: &[&str] = &[
    "opposition",
    "criticism",
    "condemnation",
    "resistance",
    "skepticism",
    "scepticism",
    "approval",
    "praise",
    "anger",
    "outrage",
    "protest",
    "rejection",
    "backlash",
    "disapproval",
    "objection",
    "support",
    "hostility",
    "concern",
    "alarm",
    "scorn",
    "derision",
    "applause",
    "success",
    "failure",
    "silence",
    "suspicion",
];

/// Nouns of acts of force whose *of* phrase is what they were done to ("the bombing *of a
/// mosque*", "Israel's bombardment *of Gaza*") and whose doer may claim them ("the bombing
/// was claimed by …"). Wider than the lexicon's force nouns: a blast, an ambush or a
/// shooting is claimed though it codes no event by itself.
pub const FORCE_ACT_NOUNS: &[&str] = &[
    "attack",
    "bombing",
    "killing",
    "assassination",
    "abduction",
    "kidnapping",
    "raid",
    "ambush",
    "blast",
    "explosion",
    "strike",
    "assault",
    "shooting",
    "bombardment",
    "shelling",
    "invasion",
    "siege",
    "blockade",
    "occupation",
];

/// Nouns that stand for having done an act, with the act in a *for* phrase.
pub const RESPONSIBILITY_NOUNS: &[&str] = &["responsibility", "credit"];

/// Which side an argument of an event noun is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Agent,
    Patient,
    /// "with X", "between X and Y": the other party of a reciprocal event.
    Party,
}

/// The side a dependent of an event noun names: `rel` is its relation to the noun, `case`
/// the preposition marking it, if any.
pub fn side_of(noun: &Nominal, rel: &str, case: Option<&str>) -> Option<Side> {
    side_for(noun.patient, rel, case)
}

/// [`side_of`] for any noun naming an act: `patient` when its possessor and modifiers are
/// who is acted upon ("X's arrest"), else its doers ("Russia's strikes"). The coder reads
/// the doers of an act that is judged with it ("Iran's decision was regrettable").
pub fn side_for(patient: bool, rel: &str, case: Option<&str>) -> Option<Side> {
    let base = rel.split(':').next().unwrap_or(rel);
    let own = if patient { Side::Patient } else { Side::Agent };
    if rel == "nmod:poss" || matches!(base, "compound" | "amod") {
        return Some(own);
    }
    if !matches!(base, "nmod" | "obl") {
        return None;
    }
    match case? {
        "by" => Some(Side::Agent),
        "of" if patient => Some(Side::Patient),
        "between" | "among" => Some(Side::Party),
        "on" | "against" | "to" | "into" | "at" | "toward" | "towards" | "for" | "upon"
        | "with" | "over" => Some(Side::Patient),
        _ => None,
    }
}

/// Nouns of an exchange of fire between armed sides ("killed *in a gunbattle*", "*in
/// fighting*"): those hit in one fought back. The coder's fights ([`CLASH_NOUNS`] besides)
/// and the review's repression rule read them.
pub const ARMED_FIGHT_NOUNS: &[&str] = &[
    "gunbattle",
    "gunfight",
    "firefight",
    "shootout",
    "battle",
    "fighting",
];

/// Nouns of a fight that need not be armed on both sides ("clashes with police",
/// "confrontations with Israeli police"): with [`ARMED_FIGHT_NOUNS`], the fights an act
/// can happen in.
pub const CLASH_NOUNS: &[&str] = &["clash", "skirmish", "fight", "confrontation", "encounter"];

/// Places where civilians gather, coded as the people in them (`factum.agents.txt`): what
/// is done to "a hotel" is done to the people there.
pub const GATHERING_PLACES: &[&str] = &[
    "hotel",
    "restaurant",
    "nightclub",
    "mosque",
    "church",
    "synagogue",
];

/// Participles that say at whom an act named by a noun is aimed: "sanctions *targeting*
/// Russian banks", "tariffs *aimed at* China", "strikes *directed against* militants".
pub const AIMING_PARTICIPLES: &[&str] = &["target", "aim", "direct"];

/// Whether token `v` is a participle of aim ([`AIMING_PARTICIPLES`]) modifying the noun it
/// hangs on (`acl`): the noun's act is aimed at the participle's object or its *at* /
/// *against* phrase.
pub fn aims_an_event_noun(tree: &DepTree, v: usize) -> bool {
    tree.lemma_in(v, AIMING_PARTICIPLES)
        && matches!(tree.syntax(v).xpos.as_str(), "VBG" | "VBN")
        && tree.deprel(v) == "acl"
}

/// The words of the aim of a participle `v` of [`aims_an_event_noun`]: its direct object
/// ("targeting *banks*") or its *at* / *against* phrase ("aimed *at China*").
pub fn aim_phrases(tree: &DepTree, v: usize) -> Vec<usize> {
    tree.children(v)
        .filter(|&k| {
            tree.deprel(k) == "obj"
                || tree.deprel(k).starts_with("obl")
                    && (tree.has_marker(k, "case", "at") || tree.has_marker(k, "case", "against"))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_lexicon_parses() {
        let n = Nominals::bundled();
        assert!(n.nouns["talk"].reciprocal);
        assert!(n.nouns["arrest"].patient);
        assert_eq!(n.nouns["airstrike"].code, "195");
    }

    #[test]
    fn bad_lines_name_the_line() {
        let e = Nominals::parse("x.txt", "# c\nattack 19x agent\n").unwrap_err();
        assert_eq!(e.line, 2);
        assert!(Nominals::parse("x.txt", "attack 190 sideways\n").is_err());
    }

    #[test]
    fn sides_follow_the_noun_and_the_preposition() {
        let n = Nominals::bundled();
        let (attack, arrest, talk) = (&n.nouns["attack"], &n.nouns["arrest"], &n.nouns["talk"]);
        assert_eq!(side_of(attack, "nmod:poss", None), Some(Side::Agent));
        assert_eq!(side_of(arrest, "nmod:poss", None), Some(Side::Patient));
        assert_eq!(side_of(attack, "nmod", Some("on")), Some(Side::Patient));
        assert_eq!(side_of(attack, "nmod", Some("of")), None);
        assert_eq!(side_of(arrest, "nmod", Some("of")), Some(Side::Patient));
        assert_eq!(side_of(arrest, "nmod", Some("by")), Some(Side::Agent));
        // "talks with Y": Y is the partner of whoever holds the talks, not a party among
        // the other partners.
        assert_eq!(side_of(talk, "nmod", Some("with")), Some(Side::Patient));
        assert_eq!(side_of(talk, "nmod", Some("between")), Some(Side::Party));
        assert_eq!(side_of(talk, "nmod", Some("in")), None);
    }
}
