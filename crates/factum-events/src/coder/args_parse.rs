//! Source and target from the dependency parse: the predicate's own argument structure.
//! The source is the actor in the verb's subject (inherited through `xcomp`/`conj`/`advcl`
//! chains, and through object control), the target the actor in its object or complement,
//! else in an oblique; a passive's `by` phrase is the source. Pronouns that stand for an
//! actor named earlier become actors of their sentence here too.

use std::ops::ControlFlow;
use std::sync::OnceLock;

use factum_codes::actor::ActorCode;
use factum_dict::Units;
use factum_doc::tree::{universal, DepTree};
use factum_doc::words::{self, REPORTING_LEMMAS};
use factum_doc::{ActorMention, Document, ProvenanceRole, TokenSyntax};

use super::args_surface::compound;
use super::emit::{modifies, names_a_land};
use super::frames::PROVIDING_TEXTS;
use super::nominals::case_of;
use super::sentence::{Act, Sentence};
use super::{Arguments, Occurrence};
use crate::nominal::{
    side_for, Side, ARMED_FIGHT_NOUNS, CLASH_NOUNS, FORCE_ACT_NOUNS, GATHERING_PLACES,
};
use crate::review::{names_the_state, STATE_SECTORS};
use crate::verbs::regular_forms;

/// Whether two actor mentions name one actor by apposition ("The court's president, Judge
/// Joan Donoghue,", "Mohammed Badaru Abubakar, Nigeria's defense minister"): an appositive
/// renames its head, so the two can never be the two sides of one event.
pub(super) fn in_apposition(syn: &[TokenSyntax], a: &Act, b: &Act) -> bool {
    let renames = |x: &Act, y: &Act| {
        (y.tokens.0..y.tokens.1).any(|t| {
            syn[t].deprel == "appos"
                && syn[t]
                    .head
                    .is_some_and(|h| (x.tokens.0..x.tokens.1).contains(&(h as usize)))
        })
    };
    renames(a, b) || renames(b, a)
}

/// Whether `tok` is in the phrase headed by `root`, not counting clauses attached inside it
/// ("Arnor, whom Gondor praised," — Gondor is not part of the subject), nor a verb's
/// phrase the parser labelled as a noun's ("accused by Kyiv *of executing Ukrainian
/// prisoners*" hung on "Kyiv" as `nmod`: a verb heads a clause whatever its label).
pub(super) fn in_phrase(tree: &DepTree, tok: usize, root: usize) -> bool {
    let clause = |k: usize| {
        matches!(
            universal(tree.deprel(k)),
            "acl" | "advcl" | "ccomp" | "csubj" | "parataxis" | "xcomp"
        ) || (universal(tree.deprel(k)) == "nmod" && tree.syntax(k).upos == "VERB")
    };
    for k in tree.head_chain(tok) {
        if k == root {
            return true;
        }
        if clause(k) {
            return false;
        }
    }
    false
}

/// Whether the clause headed by `root` has `tok` as its main verb, at its head or down a verb
/// chain: "Arnor is about to restore ties …, an official said" hangs "restore" by xcomp under
/// the ccomp's head. Verbs of relative and adverbial clauses inside it ("a pleasant place to
/// visit") are not its main verb.
fn dominates(tree: &DepTree, root: usize, tok: usize) -> bool {
    tree.climbs_to(tok, root, |rel| {
        matches!(universal(rel), "xcomp" | "conj" | "ccomp")
    })
}

/// The actors with a word in the phrase headed by `root`.
pub(super) fn actors_in(tree: &DepTree, acts: &[Act], root: usize) -> Vec<usize> {
    let mut out: Vec<usize> = acts
        .iter()
        .enumerate()
        .filter(|(_, a)| {
            (a.tokens.0..a.tokens.1).any(|t| {
                in_phrase(tree, t, root)
                    && !someone_elses(tree, t, root)
                    && !means_of_the_act(tree, t, root)
                    && !in_what_it_is_called(tree, t, root)
                    && !on_whose_behalf(tree, t, root)
            }) && !outside_the_act(tree, a, root)
        })
        .map(|(i, _)| i)
        .collect();
    out.dedup();
    out
}

/// Verbs whose object is what is shot off: "*fired* rockets at Israel", "*launched*
/// artillery fire against the camps".
const FIRING_VERBS: &[&str] = &["fire", "launch", "shoot", "lob"];

/// Nouns of what a weapon lets fly, besides the weapons themselves.
const FIRE_NOUNS: &[&str] = &["fire", "barrage", "salvo", "volley", "round"];

/// Whether token `t`, in the phrase of `root` (or `root` itself), is inside a *with*
/// phrase of weapons ([`words::WEAPON_NOUNS`]): "targeted a ship *with drones*" names the
/// means of the act, not a party to it (English instrumental *with*); so does the object
/// of a verb of firing when it names weapons or their fire ("launched *artillery* fire
/// against guerrilla camps": the camps are the target).
fn means_of_the_act(tree: &DepTree, t: usize, root: usize) -> bool {
    let weapons = |k: usize| {
        matches!(universal(tree.deprel(k)), "nmod" | "obl")
            && tree.has_marker(k, "case", "with")
            && tree.lemma_in(k, words::WEAPON_NOUNS)
    };
    // "*shot down* 40 Russian drones": what is shot down is the target.
    let firing = |h: usize| tree.lemma_in(h, FIRING_VERBS) && !has_particle(tree, h, "down");
    let fired = |k: usize| {
        tree.deprel(k) == "obj"
            && tree.head(k).is_some_and(firing)
            && (tree.lemma_in(k, words::WEAPON_NOUNS) || tree.lemma_in(k, FIRE_NOUNS))
    };
    // A phrase inside the fire ("fire *against guerrilla camps*") is no weapon.
    let mut inside_a_phrase = false;
    tree.head_chain(t)
        .take_while(|&k| k != root)
        .chain(std::iter::once(root))
        .any(|k| {
            let means = weapons(k) || (fired(k) && !inside_a_phrase);
            inside_a_phrase |= universal(tree.deprel(k)) == "nmod";
            means
        })
}

/// Nouns of people who stand in a relation to someone without being them: "supporters of
/// former President Ben Bella" are not Ben Bella, nor is "a lawyer for Navalny" Navalny.
const RELATION_NOUNS: &[&str] = &[
    "supporter",
    "follower",
    "loyalist",
    "opponent",
    "critic",
    "relative",
    "family",
    "lawyer",
    "attorney",
    "victim",
    "son",
    "daughter",
    "wife",
    "husband",
    "widow",
    "brother",
    "sister",
    // "Belarusian President Alexander Lukashenko, *a close ally of* Russian President
    // Vladimir Putin, denied …": an ally, friend or rival of someone is not them.
    "ally",
    "friend",
    "rival",
    "successor",
    "predecessor",
    "protege",
    "associate",
];

/// Nouns of a state's or a body's relation to another, as an appositive names it: "China,
/// *Myanmar's biggest investor*", "Pakistan, *a key backer* of the Taliban" (besides
/// [`RELATION_NOUNS`]). The possessor or *of* phrase is the other party, not the head.
const PARTNER_NOUNS: &[&str] = &[
    "investor",
    "backer",
    "partner",
    "patron",
    "sponsor",
    "creditor",
    "lender",
    "donor",
    "supplier",
    "neighbour",
    "neighbor",
    "enemy",
    "foe",
    "adversary",
];

/// Whether verb `verb` has a noun or pronoun object (asked only when that object names no
/// actor): "urged *member states* to send air defence systems to Ukraine". The object is
/// who the verb acts on, unnamed as an actor; a party of the clause it is asked to do
/// (Ukraine) is not its target.
fn asks_someone_unnamed(tree: &DepTree, verb: usize) -> bool {
    tree.children(verb).any(|c| {
        tree.deprel(c) == "obj" && matches!(tree.syntax(c).upos.as_str(), "NOUN" | "PROPN" | "PRON")
    })
}

/// Gatherings held to talk about something: their *on*, *about*, *over* phrase names what
/// is talked about ("a conference on Sudan's humanitarian crisis", "talks on Ukraine").
const GATHERING_NOUNS: &[&str] = &[
    "conference",
    "summit",
    "meeting",
    "forum",
    "debate",
    "discussion",
    "session",
    "seminar",
    "workshop",
    "symposium",
    "dialogue",
    "talk",
    "consultation",
    "hearing",
];

/// Prepositions that name what a gathering is about.
/// (Compared by lemma: the parser lemmatises the prepositions in *-ing* as their verbs,
/// "regarding" as *regard*.)
const TOPIC_PREPOSITIONS: &[&str] = &[
    "on",
    "about",
    "over",
    "regarding",
    "concerning",
    "regard",
    "concern",
];

/// Nouns of handing goods over: their *of* phrase names the goods ("approved the sale *of
/// F-16 fighter jets* to Turkey": the jets are sold, Turkey gets them).
const TRANSFER_NOUNS: &[&str] = &[
    "sale",
    "delivery",
    "shipment",
    "supply",
    "transfer",
    "export",
    "purchase",
    "provision",
];

/// Whether actor `a`, in the phrase of `root`, stands in a phrase marked by one of
/// `prepositions` on a token of that phrase for which `noun` holds (as that phrase's own
/// noun, when `itself`): what a meeting, an agreement or a law is about ([`holds_a_topic`],
/// [`TOPIC_PREPOSITIONS`]: "will host a conference *on Sudan's crisis*" hosts no one from
/// Sudan; "signed an agreement *on drone production in Germany and Ukraine*" is signed with
/// the other signatory) or what is handed over ([`TRANSFER_NOUNS`]: the jets of "the sale
/// of F-16 fighter jets", not the seller of "the sale of *U.S.* weapons") is no party to
/// the act.
fn phrase_of_noun(
    tree: &DepTree,
    a: &Act,
    root: usize,
    noun: impl Fn(usize) -> bool,
    prepositions: &[&str],
    itself: bool,
) -> bool {
    // The mention's first word: the parser may split a name it cannot read ("F-16 fighter
    // jets" as "F", "-", "16" and a conjunct), the preposition stands before the first.
    tree.head_chain(a.tokens.0)
        .take_while(|&k| k != root)
        .any(|k| {
            universal(tree.deprel(k)) == "nmod"
                && (!itself || a.covers_token(k))
                && tree.head(k).is_some_and(&noun)
                && prepositions.iter().any(|p| tree.has_marker(k, "case", p))
        })
}

/// Whether token `t`, in the phrase of `root`, is inside the "of" / "for" phrase of a
/// [`RELATION_NOUNS`] noun of that phrase: it names whom those people are related to, and
/// they, not that actor, are the phrase's referent.
fn someone_elses(tree: &DepTree, t: usize, root: usize) -> bool {
    let mut k = t;
    while k != root {
        let Some(h) = tree.head(k) else {
            return false;
        };
        let related = tree.lemma_in(h, RELATION_NOUNS);
        if related
            && universal(tree.deprel(k)) == "nmod"
            && (tree.has_marker(k, "case", "of") || tree.has_marker(k, "case", "for"))
        {
            return true;
        }
        k = h;
    }
    false
}

/// Whether actor `a` stands in a prepositional phrase inside subject `root` other than an
/// "of", "from" or possessive one: "An Israeli airstrike *on a school in Gaza* killed 30
/// people", "an attack *on Israel* killed …". A noun's "on", "in", "against", "with" …
/// phrase names another participant of what the noun names, or a place; the subject's
/// doer is its head and modifiers ("Israeli"), or its owner ("Russia's army", "officials
/// *from* Iran", "troops *of* the U.N.").
fn beside_the_subject(tree: &DepTree, a: &Act, root: usize) -> bool {
    // "Israel's bombardment *of Gaza* has killed …": the *of* phrase of an act of force is
    // what it was done to, no doer (as the object of its verb would be).
    if tree.lemma_in(root, FORCE_ACT_NOUNS) {
        return behind_phrase(tree, a, root, &["from", "'s", "'"]);
    }
    behind_phrase(tree, a, root, &["of", "from", "'s", "'"])
}

/// Nouns of goods, money and market figures: things, which do nothing to anyone.
const GOODS_NOUNS: &[&str] = &[
    "price",
    "cost",
    "rate",
    "crop",
    "corn",
    "wheat",
    "grain",
    "bean",
    "soybean",
    "sugar",
    "coffee",
    "cocoa",
    "oil",
    "crude",
    "gas",
    "coal",
    "gold",
    "export",
    "import",
    "good",
    "product",
    "market",
    "currency",
    "dollar",
    "stock",
    "share",
    "bond",
    "output",
    "production",
    "demand",
    "supply",
    "sale",
    "inflation",
    "growth",
    "figure",
    "debt",
    "deficit",
    "surplus",
    "revenue",
    "earnings",
    "profit",
    "yield",
    "economy",
];

/// Whether actor `a` only modifies or owns subject `root`, a noun of goods or money
/// ([`GOODS_NOUNS`]): "*U.S.* corn has injured Ontario growers", "low *U.S.* crop prices
/// have discouraged purchases". The country grows, sells or prices the thing; the thing is
/// the subject, and a thing is no doer (the CAMEO source is who acts).
/// A share of goods is goods too ("80 pct *of Spain's exports* went to OECD countries"):
/// the thing is the head of the quantity's *of* phrase ([`PARTITIVE_NOUNS`]).
fn owns_goods(tree: &DepTree, a: &Act, root: usize) -> bool {
    let thing = partitive_of(tree, root).unwrap_or(root);
    tree.lemma_in(thing, GOODS_NOUNS) && !a.covers_token(thing)
}

/// Nouns of a share of a whole: "40 *pct* of Americans", "a *majority* of voters".
const SHARE_NOUNS: &[&str] = &[
    "pct",
    "percent",
    "%",
    "share",
    "half",
    "third",
    "quarter",
    "majority",
    "minority",
    "proportion",
    "fraction",
    "most",
];

/// Whether actor `a` is the people a share of whom is subject `root` ("40 pct *of
/// Americans* approved of Reagan's leadership", "a majority of Ukrainians oppose talks"): a
/// share of a nation's people is how an opinion poll counts their views, not a body that
/// acts, and opinion is no event (`docs/annotation.md` §1). A people is an actor of a
/// country and no sector, or its civilians; a share of an institution ("half of the EU's
/// members") is left alone.
fn share_of_a_people(tree: &DepTree, s: &Sentence, a: &Act, root: usize) -> bool {
    let code = s.doc.actors[a.mention].code.as_str();
    let people = code.len() == 3 || code.ends_with("PPL") || code.ends_with("CVL");
    people
        && tree.lemma_in(root, SHARE_NOUNS)
        && partitive_of(tree, root).is_some_and(|k| a.covers_token(k))
}

/// Whether the actor whose first word is `first_token` (coded `code`), in the phrase of
/// `root`, lies inside an appositive that relates another actor named at its head to a
/// third party ("China, *Myanmar's biggest investor and a key backer of its military*,
/// called on …", "Argentine President Javier Milei, *a close Trump ally*, praised …"). An
/// appositive noun phrase renames its head (English apposition), and a noun of relation
/// ([`RELATION_NOUNS`], [`PARTNER_NOUNS`]) names the head by whom it stands to: the head
/// acts, that other party does not. Left alone: an appositive of what the head is ("the
/// ADF, *a Ugandan rebel group*", "Luigi Soreca, *the EU's special representative*": there
/// the appositive tells who acts), and one of the head's own country or body.
pub(super) fn describes_another_named(
    tree: &DepTree,
    actors: &[ActorMention],
    first_token: usize,
    code: &str,
    root: usize,
) -> bool {
    // A country, or an international body (its first six letters, `IGOUNO`).
    fn key(code: &str) -> Option<&str> {
        let body = || {
            code.starts_with("IGO")
                .then(|| code.get(..6).unwrap_or(code))
        };
        factum_actors::country_of(code).or_else(body)
    }
    let own = key(code);
    let relation = |k: usize| tree.lemma_in(k, RELATION_NOUNS) || tree.lemma_in(k, PARTNER_NOUNS);
    tree.head_chain(first_token)
        .take_while(|&k| k != root)
        .filter(|&k| tree.deprel(k) == "appos" && relation(k))
        .filter_map(|k| tree.head(k))
        .any(|h| {
            actors.iter().any(|m| {
                (m.token_start as usize..m.token_end as usize).contains(&h)
                    && !(m.token_start as usize..m.token_end as usize).contains(&first_token)
                    && key(&m.code).is_some_and(|k| own != Some(k))
            })
        })
}

/// Nouns of a part or amount of something, or of a body of people, which English follows
/// with an *of* phrase naming the whole: "80 *percent* of exports" ([`SHARE_NOUNS`]), "the
/// *bulk* of the crop", "a *contingent* of soldiers" (besides the numbers of
/// [`words::QUANTITY_NOUNS`], "*thousands* of troops"). The phrase's referent is that whole's
/// kind.
const PARTITIVE_NOUNS: &[&str] = &[
    "bulk",
    "part",
    "portion",
    "contingent",
    "battalion",
    "unit",
    "detachment",
    "number",
];

/// The head of the *of* phrase of a partitive noun or number `k` ([`PARTITIVE_NOUNS`],
/// [`SHARE_NOUNS`], [`words::QUANTITY_NOUNS`], a numeral), if it has one.
pub(super) fn partitive_of(tree: &DepTree, k: usize) -> Option<usize> {
    let partitive = tree.syntax(k).upos == "NUM"
        || tree.lemma_in(k, SHARE_NOUNS)
        || tree.lemma_in(k, PARTITIVE_NOUNS)
        || tree.lemma_in(k, words::QUANTITY_NOUNS);
    partitive.then(|| tree.nmod_marked(k, "of")).flatten()
}

/// Whether every word of actor `a` lies, below `root`, inside a noun's prepositional
/// phrase (UD `nmod` with a `case`) marked by a preposition other than those `allowed`.
pub(super) fn behind_phrase(tree: &DepTree, a: &Act, root: usize, allowed: &[&str]) -> bool {
    (a.tokens.0..a.tokens.1).all(|t| {
        tree.head_chain(t).take_while(|&k| k != root).any(|k| {
            universal(tree.deprel(k)) == "nmod"
                && tree
                    .children(k)
                    .any(|c| tree.deprel(c) == "case" && !tree.lemma_in(c, allowed))
        })
    })
}

/// A participle clause without a subject of its own: after a noun ("troops *attacking*
/// Kyiv", "Palestinians *injured* in …", an English reduced relative clause: the noun is its
/// subject or what it acts on) or as an adjunct of a clause ("…, *risking* twelve years in
/// prison"). Either way the word before the verb is not its source by position.
pub(super) enum Relative {
    /// A present participle: the actors of the noun it modifies are its subject ("legislation
    /// *targeting* Turkey" has none).
    Active(Vec<usize>),
    /// A past participle with no object: a reduced passive, the actors of its noun were
    /// acted on ("a meeting of the U.N. Security Council *requested* by five states").
    Passive(Vec<usize>),
    /// An adverbial gerund: it does what the subject of the clause it modifies does
    /// (English control of adjunct participles), whom the parse gives as its subject or
    /// nobody.
    Adverbial,
}

/// The participle clause verb token `v` heads, if it heads one (see [`Relative`]).
pub(super) fn participle_relative(tree: &DepTree, acts: &[Act], v: usize) -> Option<Relative> {
    match (universal(tree.deprel(v)), tree.syntax(v).xpos.as_str()) {
        ("acl", "VBG") => Some(Relative::Active(noun_doers(tree, acts, v))),
        ("acl", "VBN") if reduced_passive(tree, v) => {
            let right_before = actor_ending_at(acts, v);
            Some(Relative::Passive(
                right_before.unwrap_or_else(|| noun_subject(tree, acts, v)),
            ))
        }
        ("advcl", "VBG") => Some(Relative::Adverbial),
        ("xcomp" | "advcl", "VBN") if misattached_passive_relative(tree, v) => {
            Some(Relative::Passive(phrase_actors(tree, acts, v - 1, v)))
        }
        _ => None,
    }
}

/// The actor whose mention ends right before token `v`: an English reduced relative follows
/// the noun it modifies ("support of *Palestinians* injured in …"), wherever the parser hung
/// it.
fn actor_ending_at(acts: &[Act], v: usize) -> Option<Vec<usize>> {
    let i = acts.iter().position(|a| a.tokens.1 == v)?;
    Some(vec![i])
}

/// Whether past participle `v` is a reduced passive relative on the noun right before it
/// that the parser hung on a verb instead ("Wood spoke ahead of a meeting of the Council
/// *requested* by the United States", parsed as a complement of "spoke"): a participle with
/// a "by" agent but no subject, auxiliary or object of its own, straight after a noun (no
/// comma: "…, surrounded by aides" is an adjunct of the clause), can in English only
/// modify that noun.
fn misattached_passive_relative(tree: &DepTree, v: usize) -> bool {
    let before_is_noun =
        v > tree.tokens().start && matches!(tree.syntax(v - 1).upos.as_str(), "NOUN" | "PROPN");
    let own = |rels: &[&str]| {
        tree.children(v)
            .any(|k| rels.contains(&universal(tree.deprel(k))))
    };
    let doer_named = tree.children(v).any(|k| is_agent(tree, k)) || !fights(tree, v).is_empty();
    before_is_noun && doer_named && !own(&["nsubj", "aux", "obj", "iobj", "cop"])
}

/// The actors of the noun phrase a participle `v` modifies (its head), the clause of the
/// participle itself left out: "Russian troops *attacking* Kyiv" gives the troops, "a
/// meeting of the Council *requested* by …" the Council.
fn noun_subject(tree: &DepTree, acts: &[Act], v: usize) -> Vec<usize> {
    match tree.head(v) {
        Some(noun) => phrase_actors(tree, acts, noun, v),
        None => Vec::new(),
    }
}

/// The doers of present participle `v` after a noun: the noun's actors ([`noun_subject`]).
/// When the noun is no actor ("a case *at the International Court of Justice* accusing
/// Israel"), an actor in a phrase of place or time on it says where or when the thing was,
/// not who does what the participle says; only an *of*, *by* or *from* phrase ("a letter
/// from the ministry accusing …") names its maker.
fn noun_doers(tree: &DepTree, acts: &[Act], v: usize) -> Vec<usize> {
    let mut found = noun_subject(tree, acts, v);
    if let Some(noun) = tree
        .head(v)
        .filter(|&n| !acts.iter().any(|a| a.covers_token(n)))
    {
        found.retain(|&a| !behind_phrase(tree, &acts[a], noun, &["of", "by", "from"]));
    }
    found
}

/// Writings that say something for whoever wrote or sent them.
const DOCUMENT_NOUNS: &[&str] = &[
    "case",
    "lawsuit",
    "suit",
    "complaint",
    "petition",
    "letter",
    "statement",
    "resolution",
    "motion",
    "report",
    "declaration",
    "communique",
    "note",
    "message",
    "memo",
    "memorandum",
];

/// Verbs by which an author brings out a writing.
const ISSUING_VERBS: &[&str] = &[
    "file",
    "issue",
    "send",
    "submit",
    "sign",
    "adopt",
    "pass",
    "publish",
    "release",
    "present",
    "deliver",
    "draft",
    "write",
    "table",
    "lodge",
    "bring",
    "circulate",
    "address",
    "launch",
];

/// Who makes the writing participle `v` modifies ([`DOCUMENT_NOUNS`]), when it is the
/// object (or a passive's subject) of a verb: the verb's subject (or agent) ("South
/// Africa *filed* a case accusing Israel of genocide": a writing's words are its author's).
/// The caller passes on only a verbal act so (a case accuses, a letter demands; nothing
/// written strikes anyone).
pub(super) fn maker_of_noun(tree: &DepTree, acts: &[Act], v: usize) -> Vec<usize> {
    let Some(noun) = tree.head(v).filter(|_| universal(tree.deprel(v)) == "acl") else {
        return Vec::new();
    };
    let slot = tree.deprel(noun);
    let writing = tree.lemma_in(noun, DOCUMENT_NOUNS) && matches!(slot, "obj" | "nsubj:pass");
    if !writing || acts.iter().any(|a| a.covers_token(noun)) {
        return Vec::new();
    }
    // Only who files, issues or sends it is its author ("Hungary *blocked* an EU
    // statement criticizing China" wrote nothing): the verb's subject, or in the passive
    // its *by* phrase ("the resolution condemning Russia *was adopted by* the General
    // Assembly").
    match tree.head(noun).filter(|&h| tree.lemma_in(h, ISSUING_VERBS)) {
        Some(h) if slot == "obj" => super::nominals::active_subject(tree, acts, h),
        Some(h) => agent_actors(tree, acts, h),
        None => Vec::new(),
    }
}

/// The actors in the noun phrase of token `noun`, the clause of participle `v` left out.
fn phrase_actors(tree: &DepTree, acts: &[Act], noun: usize, v: usize) -> Vec<usize> {
    acts.iter()
        .enumerate()
        .filter(|(_, a)| {
            (a.tokens.0..a.tokens.1).any(|t| in_phrase(tree, t, noun) && !tree.in_subtree(t, v))
        })
        .map(|(i, _)| i)
        .collect()
}

/// Whether past participle `v`, after a noun, has no object of its own
/// ("Palestinians *injured* in confrontations with police", "a meeting *requested* by five
/// states"): an English reduced passive relative, whose noun is what was acted on. The
/// word before it is then no source. (With an object, "Israeli police *arrested* five
/// men", joined to a finite verb, "doctors *donated* and delivered goods", or as the
/// sentence's only verb, it is an active verb the parser misread as a noun phrase.)
fn reduced_passive(tree: &DepTree, v: usize) -> bool {
    let has_object = |w: usize| {
        tree.children(w)
            .any(|k| matches!(tree.deprel(k), "obj" | "iobj"))
    };
    let active_conjunct =
        |k: usize| tree.deprel(k) == "conj" && (tree.syntax(k).xpos == "VBD" || has_object(k));
    // A participle on the root noun of a sentence with no verb at its root is the main
    // verb misread: "Turkish protesters demonstrated against Israel" as a noun phrase.
    let only_verb = tree.root().is_some_and(|r| {
        tree.head(v) == Some(r) && !matches!(tree.syntax(r).upos.as_str(), "VERB" | "AUX")
    });
    !only_verb && !has_object(v) && !tree.children(v).any(active_conjunct)
}

/// The subjects of verb token `verb`: its own `nsubj`/`csubj`, else inherited up
/// `xcomp`/`conj`/`advcl` chains. (A parse may give a verb two subjects, one of them a
/// misattached sourcing phrase: "According to … IRNA, Tehran condemned …"; the actors of all
/// of them count.)
pub(super) fn subjects(tree: &DepTree, verb: usize) -> Vec<usize> {
    let mut v = verb;
    let mut subjects: Vec<usize> = Vec::new();
    for _ in 0..4 {
        subjects = tree
            .children(v)
            .filter(|&c| {
                let rel = tree.deprel(c);
                rel.starts_with("nsubj") || rel.starts_with("csubj")
            })
            .collect();
        if !subjects.is_empty() {
            // "A camp was attacked by militiamen, killing 156 people": an active verb
            // sharing the subject of a passive shares its agent, who does both.
            // (A participle that shares the passive itself, "were neutralized or
            // *captured*", was acted on like the first: its subject is the patient.)
            let shares_passive = passive_shared_from(tree, verb) != verb;
            if v != verb && !shares_passive && subjects.iter().all(|&c| passive_subject(tree, c)) {
                let agents: Vec<usize> = tree.children(v).filter(|&c| is_agent(tree, c)).collect();
                if !agents.is_empty() {
                    return agents;
                }
            }
            for c in subjects.iter_mut() {
                *c = antecedent_of_relative(tree, *c, v);
            }
            break;
        }
        match (tree.head(v), tree.deprel(v)) {
            (Some(h), "xcomp") => {
                // Object control, a rule of English grammar: in "X urged Y to accept", "X
                // asked Y to leave", the object of the governing verb does the infinitive's
                // action, not its subject.
                let object = tree
                    .children(h)
                    .find(|&c| matches!(tree.deprel(c), "obj" | "iobj"));
                if let Some(o) = object {
                    subjects = vec![o];
                    break;
                }
                v = h;
            }
            (Some(h), "advcl") => match caused_act(tree, v) {
                // "prompting leaders to accuse": object control, as for xcomp above.
                Some(o) => {
                    subjects = vec![o];
                    break;
                }
                None => v = reported_clause_before(tree, h, v).unwrap_or(h),
            },
            (Some(h), "conj") => v = conjunct_of(tree, v, h),
            (Some(n), "acl") if aim_of_an_adjunct(tree, n) => v = tree.head(n).unwrap_or(n),
            // "al-Sharaa *used* a televised speech *to accuse* Israel": who uses a means
            // does what it is used to do.
            (Some(n), "acl") if super::frames::means_used(tree, v) => v = tree.head(n).unwrap_or(n),
            // "police acted against radical *groups* trying to overthrow the government":
            // the people a present participle describes do its act (and those of the
            // infinitive it takes), whether or not they are an actor; the word order gives
            // no other doer.
            (Some(n), "acl")
                if tree.syntax(v).xpos == "VBG"
                    && matches!(tree.syntax(n).xpos.as_str(), "NNS" | "NNPS")
                    && tree.lemma_in(n, PEOPLE_NOUNS) =>
            {
                subjects = vec![n];
                break;
            }
            _ => break,
        }
    }
    subjects
}

/// Plural nouns of people acting together, who do what a participle on them says
/// ("groups trying to …", "protesters demanding …").
const PEOPLE_NOUNS: &[&str] = &[
    "group",
    "people",
    "protester",
    "demonstrator",
    "activist",
    "supporter",
    "member",
    "militant",
    "fighter",
    "man",
    "youth",
];

/// The verb that conjunct verb `v`, parsed as a conjunct of `h`, is coordinated with: `h`,
/// or the verb `h` is the complement of when `h` stands under a modal and `v` is finite
/// ("Noboa said [Salazar *would* be extradited] and *thanked* U.S. agencies"): a modal
/// takes a bare infinitive, so a past or present tense verb cannot share it, and the
/// coordination is one level up, with the verb of saying.
fn conjunct_of(tree: &DepTree, v: usize, h: usize) -> usize {
    let finite = matches!(tree.syntax(v).xpos.as_str(), "VBD" | "VBZ" | "VBP");
    let under_a_modal = tree
        .children(h)
        .any(|c| tree.deprel(c) == "aux" && tree.syntax(c).xpos == "MD");
    match tree.head(h) {
        Some(above) if finite && under_a_modal && tree.deprel(h) == "ccomp" => above,
        _ => h,
    }
}

/// Verbs that make someone do something ("*prompting* Bosnian Serb leaders to accuse
/// Sarajevo", "*forced* the government to resign"): what they cause is done.
const CAUSATIVE_VERBS: &[&str] = &[
    "prompt", "force", "cause", "compel", "lead", "spur", "drive",
];

/// The object of the causative verb on which *to*-infinitive `v` hangs, when the parse
/// makes the infinitive an adjunct of it ("prompting *leaders* to accuse Sarajevo"): the
/// one made to act, who does the infinitive's act (object control, as in "urged Y to").
/// `None` for any other infinitive, and for a purpose ("sent troops to protect").
pub(super) fn caused_act(tree: &DepTree, v: usize) -> Option<usize> {
    let h = tree.head(v).filter(|_| tree.deprel(v) == "advcl")?;
    if !tree.has_marker(v, "mark", "to") || !tree.lemma_in(h, CAUSATIVE_VERBS) {
        return None;
    }
    tree.children(h).find(|&c| c < v && tree.deprel(c) == "obj")
}

/// Nouns of striving that an infinitive completes ("in a *bid* to", "in an *effort* to").
const AIM_NOUNS: &[&str] = &["move", "bid", "effort", "attempt", "push", "drive", "step"];

/// Whether noun `n` is one of [`AIM_NOUNS`] in an *in* phrase on a verb ("visit India
/// *in a move to* strengthen ties after meeting Biden"): the infinitive it takes is done by
/// the verb's subject (English subject control of purpose adjuncts), so a verb inside that
/// infinitive shares the subject too.
fn aim_of_an_adjunct(tree: &DepTree, n: usize) -> bool {
    tree.lemma_in(n, AIM_NOUNS)
        && universal(tree.deprel(n)) == "obl"
        && tree.has_marker(n, "case", "in")
        && tree
            .head(n)
            .is_some_and(|h| matches!(tree.syntax(h).upos.as_str(), "VERB"))
}

/// The reported clause that adjunct `adjunct` of reporting verb `say` belongs to, in a
/// trailing attribution ("Sudan's RSF shelled a camp, *killing* 40 people, activists
/// said"): a participle between the reported clause and the reporter who comes after it is
/// part of what was reported (English puts a trailing "X said" after the whole report), so
/// it shares the subject of that clause, not the reporter's.
fn reported_clause_before(tree: &DepTree, say: usize, adjunct: usize) -> Option<usize> {
    if !tree.lemma_in(say, words::REPORTING_VERBS) {
        return None;
    }
    let reporter_after = tree
        .children(say)
        .any(|k| universal(tree.deprel(k)) == "nsubj" && k > adjunct);
    let report = tree
        .children(say)
        .find(|&k| tree.deprel(k) == "ccomp" && k < adjunct)?;
    reporter_after.then_some(report)
}

/// The noun a relative pronoun subject stands for: "Erdogan, *who* has threatened to
/// attack …", "Hamas, *which* controls Gaza, …": the relative clause (headed by `v`) hangs
/// on its antecedent, and the pronoun is that noun (English relative clauses). Any other
/// subject is itself.
fn antecedent_of_relative(tree: &DepTree, subject: usize, v: usize) -> usize {
    let relative = (tree.lemma_in(subject, words::RELATIVE_PRONOUNS)
        || tree.lemma_in(subject, &["that"]))
        && tree.syntax(subject).upos == "PRON";
    // A predicate noun ("Morsi was a close ally of Erdogan, who …") heads a clause with
    // its own subject; the pronoun's antecedent inside it is not the phrase.
    let predicate = |n: usize| {
        tree.children(n)
            .any(|k| matches!(universal(tree.deprel(k)), "nsubj" | "cop"))
    };
    match tree.head(v) {
        // (The parser may label a relative clause adverbial: "advcl:relcl".)
        Some(noun)
            if relative
                && (universal(tree.deprel(v)) == "acl" || tree.deprel(v) == "advcl:relcl")
                && !predicate(noun) =>
        {
            noun
        }
        _ => subject,
    }
}

/// Whether `verb`, tagged as a past participle, is the finite past of its sentence: the
/// root, with an active subject, no auxiliary and no finite verb below it ("France *stood*
/// by Ukraine"). English has no main clause made of a bare participle, so it is the past
/// tense the tagger misread (*stood*, *led*, *met* are both), and its *by* phrase is no
/// passive agent.
fn finite_past(tree: &DepTree, verb: usize) -> bool {
    let rels: Vec<&str> = tree.children(verb).map(|k| tree.deprel(k)).collect();
    // A finite verb hung below it is the sentence's real verb ("Civilians attacked by
    // Russian troops *fled*"): then the participle is a reduced relative after all.
    let finite_below = tree.children(verb).any(|k| {
        matches!(universal(tree.deprel(k)), "xcomp" | "ccomp" | "parataxis")
            && matches!(tree.syntax(k).xpos.as_str(), "VBD" | "VBZ" | "VBP")
    });
    tree.deprel(verb) == "root"
        && rels.contains(&"nsubj")
        && !rels.iter().any(|r| universal(r) == "aux")
        && !finite_below
}

/// Whether dependent `c` is the agent of a passive: `obl:agent`, or an oblique with "by".
pub(super) fn is_agent(tree: &DepTree, c: usize) -> bool {
    let rel = tree.deprel(c);
    rel == "obl:agent" || (rel.starts_with("obl") && tree.has_marker(c, "case", "by"))
}

/// The actors of a *by* phrase the parser hung on an adjunct of passive `verb` rather than
/// on the verb ("was greeted *on arrival by* Belkacem Nabi"): a passive with no agent of
/// its own takes the *by* phrase that follows it in its clause (English puts the agent
/// after the passive verb and its adjuncts; a noun's own *by* phrase of means, "by plane",
/// names no actor).
fn agent_on_adjunct(tree: &DepTree, acts: &[Act], verb: usize) -> Vec<usize> {
    tree.children(verb)
        .filter(|&c| c > verb && universal(tree.deprel(c)) == "obl" && !is_agent(tree, c))
        .flat_map(|c| tree.children(c))
        .filter(|&n| universal(tree.deprel(n)) == "nmod" && tree.has_marker(n, "case", "by"))
        .flat_map(|n| actors_in(tree, acts, n))
        .collect()
}

/// The actors a verb's dependents name, by role.
#[derive(Default)]
struct Dependents {
    /// Objects and complements (core arguments).
    core: Vec<usize>,
    /// Obliques ("unlike the U.N.", "in Ukraine", "with Russia").
    oblique: Vec<usize>,
    /// The agent of a passive (`obl:agent`, or an oblique with "by").
    agent: Vec<usize>,
    /// Actors inside an infinitive complement that holds another dictionary verb ("called
    /// on Ukraine to withdraw *its troops*"): that verb's arguments, this verb's target
    /// only when no oblique names one.
    embedded: Vec<usize>,
    /// Actors in a phrase of cause ([`REASON_PREPOSITIONS`]: "clashed with police *over the
    /// death of a blogger*"): the target only when nothing else names one ("expressed
    /// regret *over South Korea's decision*").
    cause: Vec<usize>,
}

/// Measures on trade in a country's goods, against that country.
const TRADE_MEASURES: &[&str] = &[
    "duty",
    "tariff",
    "sanction",
    "ban",
    "embargo",
    "restriction",
    "quota",
    "levy",
    "curb",
];

/// Whether act `a` is joined by a hyphen to a participle of making ("*American*-made",
/// "*Russian*-built", "*Chinese*-produced"): it names where a thing was made.
fn made_by_hyphen(tree: &DepTree, a: &Act) -> bool {
    let end = a.tokens.1;
    tree.contains(end + 1)
        && tree.syntax(end).xpos == "HYPH"
        && tree.lemma_in(
            end + 1,
            &[
                "make",
                "build",
                "produce",
                "manufacture",
                "design",
                "develop",
                "supply",
            ],
        )
}

/// Nouns of a stance one side holds toward another ("support for", "commitment to",
/// "solidarity with"): their possessor or modifier holds it.
const STANCE_NOUNS: &[&str] = &["support", "backing", "commitment", "solidarity"];

/// Verbs whose direct object is what is talked about, never a party ("discussed *Ukraine*",
/// "debated *the sanctions on Russia*").
const TOPIC_VERBS: &[&str] = &["discuss", "debate"];

/// The actors in the dependents of verb token `verb`. A complement clause holding another
/// dictionary verb (`verb_tokens`), at its head or further down, is that verb's event, not
/// this verb's target: "an official said Arnor will restore ties with Gondor" codes the
/// restoring, not the official saying something to Arnor.
/// An oblique for which `place_adjunct` holds (see [`locative`]) says where, not whom.
fn dependents(
    tree: &DepTree,
    acts: &[Act],
    verb: usize,
    verb_tokens: &[usize],
    place_adjunct: &dyn Fn(usize) -> bool,
) -> Dependents {
    let mut found = Dependents::default();
    for c in tree.children(verb) {
        let rel = tree.deprel(c);
        if is_agent(tree, c) {
            found.agent.extend(actors_in(tree, acts, c));
        } else if rel == "ccomp"
            && verb_tokens
                .iter()
                .any(|&v| v != verb && dominates(tree, c, v))
        {
            continue;
        } else if for_to_clause(tree, c) {
            // "called for the Taliban to lift the ban": the subject of a for-to infinitive
            // is who is asked to act.
            for k in tree.children(c) {
                if tree.deprel(k).starts_with("nsubj") {
                    found.core.extend(actors_in(tree, acts, k));
                }
            }
        } else if rel == "xcomp"
            && verb_tokens
                .iter()
                .any(|&v| v != verb && dominates(tree, c, v))
        {
            found.embedded.extend(actors_in(tree, acts, c));
        } else if rel == "obj" && tree.lemma_in(verb, TOPIC_VERBS) {
            // "Putin and Trump discussed *the war in Ukraine*": what is discussed is the
            // topic; the parties are the subjects or the *with* phrase, also where the
            // parser hung it on the object ("discussed the crisis *with Zelensky*").
            // (Or on a noun inside it, the parser hanging the phrase on the nearest noun:
            // "discuss North Korea's weapons and a dispute over forced labour *with
            // Takaichi*": a person or government discussed with, not a thing's part.)
            for k in tree.subtree(c) {
                let own = tree.head(k) == Some(c);
                let with =
                    universal(tree.deprel(k)) == "nmod" && tree.has_marker(k, "case", "with");
                if with && (own || tree.syntax(k).upos == "PROPN") {
                    found.oblique.extend(actors_in(tree, acts, k));
                }
            }
        } else if matches!(rel, "obj" | "iobj" | "ccomp" | "xcomp") {
            let party = |a: &usize| {
                let act = &acts[*a];
                let topic = |h: usize| holds_a_topic(tree, h);
                let transferred = |h: usize| tree.lemma_in(h, TRANSFER_NOUNS);
                !phrase_of_noun(tree, act, c, topic, TOPIC_PREPOSITIONS, false)
                    && !phrase_of_noun(tree, act, c, transferred, &["of"], true)
                    // "praised the deal *on social media*", the channel hung on the object.
                    && !tree
                        .head_chain(act_head(tree, &acts[*a]))
                        .take_while(|&k| k != c)
                        .any(|k| channel_of_speech(tree, k))
            };
            let mut core: Vec<usize> = actors_in(tree, acts, c)
                .into_iter()
                .filter(party)
                .filter(|&a| !describes_the_subject(tree, &acts[a], c))
                .collect();
            // "reaffirmed *Washington's* support for Ukraine": the owner of a stance noun
            // is who holds it, the speaker's side; whom it is for is the target.
            if tree.lemma_in(c, STANCE_NOUNS) {
                let holder = |a: &usize| {
                    let head = act_head(tree, &acts[*a]);
                    tree.head(head) == Some(c)
                        && matches!(tree.deprel(head), "nmod:poss" | "amod" | "compound")
                };
                if core.iter().any(|a| !holder(a)) {
                    core.retain(|a| !holder(a));
                }
            }
            // "fund *American*-made weapons for Ukraine": the maker of a thing joined to a
            // participle of making says where it was made, no party; but a measure on
            // trade in its goods is against the maker ("duties on *Chinese*-made
            // turbines" are on China, CAMEO 163).
            let traded = |a: &Act| {
                tree.head_chain(act_head(tree, a))
                    .take_while(|&k| k != c)
                    .chain([c])
                    .any(|k| tree.lemma_in(k, TRADE_MEASURES))
            };
            core.retain(|a| !made_by_hyphen(tree, &acts[*a]) || traded(&acts[*a]));
            // "launched one of its largest *drone* and missile attacks on Ukraine": a weapon
            // modifying a noun names the means, not a party.
            // (However the parser hangs it: "largest *drone* and missile attacks" came out
            // as "one of its largest drone".)
            let means = |a: &usize| {
                let head = act_head(tree, &acts[*a]);
                let first = match tree.deprel(head) {
                    "conj" => tree.head(head).unwrap_or(head),
                    _ => head,
                };
                tree.lemma_in(head, words::WEAPON_NOUNS)
                    && tree
                        .head(first)
                        .is_some_and(|n| first != c && tree.lemma_in(n, ATTACK_NOUNS))
            };
            core.retain(|a| !means(a));
            // "staged rallies *in the Gaza Strip* against Mahmoud Abbas": a place inside
            // the object says where, when the object names a party too (alone, "struck
            // targets *in Syria*", the place is what force was used on).
            let placed = |a: &usize| {
                let head = act_head(tree, &acts[*a]);
                head != c && universal(tree.deprel(head)) == "nmod" && place_adjunct(head)
            };
            if core.iter().any(|a| !placed(a)) {
                core.retain(|a| !placed(a));
            }
            // "shot down three drones *launched by Houthi rebels*": a thing the object's
            // own participle says someone launched, fired or sent is that actor's.
            let owners = launched_by(tree, acts, c);
            if !owners.is_empty() {
                core = owners;
            }
            // "rejected a ceasefire plan *proposed by* Egypt": a thing of no one's named
            // is its maker's (English reduced passive relative, like "Egypt's plan").
            if core.is_empty() {
                core = made_by(tree, acts, c, AUTHORING_VERBS);
            }
            // "struck positions *held by* the Syrian Democratic Forces": a place or post of
            // no one's named is its holder's (as "the SDF's positions").
            if core.is_empty() {
                core = made_by(tree, acts, c, HOLDING_VERBS);
            }
            if core.is_empty() {
                core = described_as(tree, acts, c);
            }
            // "attacked a convoy of fuel tankers *escorted by Malian soldiers*": what an
            // escort guards is in its charge, so the act on it is on the escort.
            let escorts = made_by(tree, acts, c, ESCORT_VERBS);
            if !escorts.is_empty() {
                core = escorts;
            }
            found.core.extend(core);
        } else if rel.starts_with("obl")
            && marked_by(tree, c, REASON_PREPOSITIONS)
            && !place_adjunct(c)
        {
            found.cause.extend(actors_in(tree, acts, c));
        } else if rel.starts_with("obl")
            && !between_phrase_of_object(tree, verb, c)
            && !between_phrase_of_subject(tree, verb, c)
            && !topic_of_object(tree, verb, c)
            && !place_adjunct(c)
            && !side_fought_for(tree, verb, c)
            && !predicate_as(tree, c)
            && !channel_of_speech(tree, c)
        {
            // (A bare noun phrase the parser labelled an oblique, "shot down *40 of the
            // drones launched by Russia*", is the object it should be.)
            let owners = launched_by(tree, acts, c);
            let unmarked = !tree.has_dependent(c, "case");
            if unmarked && !owners.is_empty() {
                found.oblique.extend(owners);
            } else {
                found.oblique.extend(actors_in(tree, acts, c));
            }
        }
    }
    // "voted against the text *along with China*": a partner in the act is no target.
    let partner = |a: &usize| comitative(tree, act_head(tree, &acts[*a]));
    found.core.retain(|a| !partner(a));
    found.oblique.retain(|a| !partner(a));
    // "agreed to resume talks *under African Union mediation*": the third party an act is
    // done under the mediation of is no party to it.
    let mediator = |a: &usize| mediates_the_act(tree, &acts[*a], verb);
    found.core.retain(|a| !mediator(a));
    found.oblique.retain(|a| !mediator(a));
    found
}

/// Nouns of a third party's good offices: "under Saudi *mediation*", "under the
/// *auspices* of the UN".
const MEDIATION_NOUNS: &[&str] = &[
    "mediation",
    "auspices",
    "aegis",
    "brokering",
    "facilitation",
];

/// Prepositions of the circumstances an act is done in: "*under* Saudi mediation",
/// "*through* Qatari mediation", "*following* mediation by Egypt".
const UNDER_PREPOSITIONS: &[&str] = &["under", "through", "via", "with", "following", "after"];

/// Whether actor `a`, in a dependent of `verb`, names whose mediation or auspices the act
/// is done under ([`MEDIATION_NOUNS`] in a phrase of [`UNDER_PREPOSITIONS`]): a mediator
/// stands between the parties, and is no party to what they do. (Mediation as what is
/// acted on, "agreed *to* US mediation", is the mediator's offer accepted: its party.)
fn mediates_the_act(tree: &DepTree, a: &Act, verb: usize) -> bool {
    tree.head_chain(act_head(tree, a))
        .take_while(|&k| k != verb)
        .any(|k| {
            tree.lemma_in(k, MEDIATION_NOUNS)
                && !a.covers_token(k)
                && opened_by(tree, k, UNDER_PREPOSITIONS)
        })
}

/// Whether the phrase of noun `k` opens with one of `prepositions`, wherever the parser
/// hung it inside the phrase ("*under* [African Union] mediation", the preposition read as
/// the name's).
fn opened_by(tree: &DepTree, k: usize, prepositions: &[&str]) -> bool {
    tree.subtree(k)
        .first()
        .is_some_and(|&p| tree.deprel(p) == "case" && tree.lemma_in(p, prepositions))
}

/// Whether token `t`, in the phrase of `root`, is inside an *as* phrase below it ([`predicate_as`]),
/// which the parser hangs on the object as often as on the verb: "condemned the arrests
/// *as "terror against the Serb people"*" says what the arrests are called; the people
/// named in it are no party to the condemnation.
pub(super) fn in_what_it_is_called(tree: &DepTree, t: usize, root: usize) -> bool {
    tree.head_chain(t)
        .take_while(|&k| k != root)
        .any(|k| predicate_as(tree, k))
}

/// Whether token `t`, in the phrase of `root` (`root` included), is in an "on behalf of"
/// phrase: "charged three men with sabotage *on behalf of Russian intelligence*" names whom
/// the men acted for, not whom the charge is against (English: *on behalf of* marks the
/// principal of an act, no party to the act told).
fn on_whose_behalf(tree: &DepTree, t: usize, root: usize) -> bool {
    for k in tree.head_chain(t) {
        if tree.lemma_in(k, &["behalf"]) {
            return true;
        }
        if k == root {
            return false;
        }
    }
    false
}

/// Whether oblique `c` is an *as* phrase, a predicate of the verb's object or subject, no
/// party: "condemned the raids *as a blatant attack on Lebanese sovereignty*", "served *as*
/// the envoy of the United States" (English secondary predication). "*As a result of*
/// torture in Israeli police custody" is a cause, a preposition of reason.
fn predicate_as(tree: &DepTree, c: usize) -> bool {
    tree.has_marker(c, "case", "as") && !tree.lemma_in(c, &["result"])
}

/// Verbs a free relative names what it stands for with ("what the military *described
/// as* Hezbollah weapons depots", "what it *called* Hamas command centers").
const NAMING_VERBS: &[&str] = &["describe", "call", "term", "label", "brand", "identify"];

/// The actors a free relative object names ("struck *what the military described as
/// Hezbollah weapons depots*"): those in its naming clause other than the one naming.
/// English "what X called Y" is Y as X named it, so the act is done to Y's actors.
fn described_as(tree: &DepTree, acts: &[Act], object: usize) -> Vec<usize> {
    if !tree.lemma_in(object, &["what"]) {
        return Vec::new();
    }
    let naming = tree
        .children(object)
        .filter(|&r| tree.deprel(r).starts_with("acl") && tree.lemma_in(r, NAMING_VERBS));
    naming
        .flat_map(|r| tree.children(r).collect::<Vec<_>>())
        .filter(|&k| matches!(universal(tree.deprel(k)), "obl" | "xcomp" | "obj"))
        .flat_map(|k| actors_in(tree, acts, k))
        .collect()
}

/// The noun a free relative object names what it stands for with ("condemned *what it
/// called a terrorist massacre*": the massacre), when `object` is such a *what*: the
/// object, predicate or *as* phrase of its naming clause ([`NAMING_VERBS`]). English
/// "what X called Y" is Y as X named it.
pub(super) fn named_by_free_relative(tree: &DepTree, object: usize) -> Option<usize> {
    if !tree.lemma_in(object, &["what"]) {
        return None;
    }
    let naming = tree
        .children(object)
        .find(|&r| tree.deprel(r).starts_with("acl") && tree.lemma_in(r, NAMING_VERBS))?;
    tree.children(naming).find(|&k| {
        matches!(universal(tree.deprel(k)), "obl" | "xcomp" | "obj")
            && matches!(tree.syntax(k).upos.as_str(), "NOUN" | "VERB")
    })
}

/// Whether token `k` heads a phrase of company ("*along with* China", "*together with*
/// its allies", "*alongside* Ukrainian troops"): who does the act with the subject.
fn comitative(tree: &DepTree, k: usize) -> bool {
    ["along", "alongside", "together"]
        .iter()
        .any(|p| tree.has_marker(k, "case", p) || tree.has_marker(k, "advmod", p))
}

pub(super) use factum_doc::words::TIME_PREPOSITIONS;

/// Whether actor `a`, in the phrase headed by `root`, stands in a phrase of time there
/// ("reaffirmed their commitment *after talks with Ramgoolam*", "agreed to a ceasefire
/// *after talks with Egypt*"): such a phrase names another event, when this one happened,
/// and the actors in it are that event's, no parties to the verb. An actor that is the
/// phrase's own noun names no event ("support legislation *before Congress*" is "in front
/// of"), so only the nouns above the actor count. Nor is an actor set apart by a
/// preposition of exception ([`EXCEPTING_PREPOSITIONS`]) a party.
fn outside_the_act(tree: &DepTree, a: &Act, root: usize) -> bool {
    let own = |k: usize| (a.tokens.0..a.tokens.1).contains(&k);
    // "occupied by Egypt *in the 1948 Arab-Israel war*": a war named after "in" is the
    // time the act happened in, and the states in its name are its sides, not this
    // act's.
    let in_a_war = |k: usize| tree.lemma_in(k, &["war"]) && marked_by(tree, k, &["in"]);
    let timed = |k: usize| marked_by(tree, k, TIME_PREPOSITIONS) || in_a_war(k);
    for k in tree.head_chain(act_head(tree, a)) {
        if (!own(k) && timed(k)) || marked_by(tree, k, EXCEPTING_PREPOSITIONS) {
            return true;
        }
        if k == root {
            break;
        }
    }
    false
}

/// Prepositions that make a verb's phrase of cause: "clashed with police *over the death
/// of a blogger*", "sanctioned two officials *over the killing of a journalist*". The
/// phrase names why the act was done, another event, and whoever stands in it is no party
/// to this one when the verb names another; with none, it names what the act answers
/// ("expressed regret *over South Korea's decision*"). (A place "over" a country is a
/// place adjunct, read before this.)
const REASON_PREPOSITIONS: &[&str] = &["over"];

/// Prepositions that set an actor apart from what is said ("exports to countries *other
/// than* the United States", "every member *except* Hungary"): an actor they mark is
/// excluded from the act, no party to it (nor one compared with: "larger *than* Russia").
const EXCEPTING_PREPOSITIONS: &[&str] = &["than", "except", "excluding"];

/// Whether token `k` has a preposition of `prepositions` as its `case` marker.
fn marked_by(tree: &DepTree, k: usize, prepositions: &[&str]) -> bool {
    tree.children(k)
        .any(|c| tree.deprel(c) == "case" && tree.lemma_in(c, prepositions))
}

/// Whether oblique `c` names the channel an act is told through, no party to it: "praised
/// the deal *on social media*", "criticised Russia *on state television*", "spoke *over
/// the radio*" (the press as a body, ---MED, is no target of what is said on it).
fn channel_of_speech(tree: &DepTree, c: usize) -> bool {
    marked_by(tree, c, &["on", "via", "through", "over"]) && tree.lemma_in(c, words::MEDIUM_NOUNS)
}

/// Prepositions that mark what a weapon or an act is aimed at.
const AIM_PREPOSITIONS: &[&str] = &["at", "against", "into", "toward", "towards"];

/// Whether token `k` stands in a phrase marked by one of `prepositions`: its own, or that
/// of the noun it modifies ("against *Ukrainian* cities").
fn in_phrase_of(tree: &DepTree, k: usize, prepositions: &[&str]) -> bool {
    let mut x = k;
    for _ in 0..3 {
        if marked_by(tree, x, prepositions) {
            return true;
        }
        match tree.head(x) {
            Some(h) if matches!(tree.deprel(x), "amod" | "compound" | "nmod:poss" | "flat") => {
                x = h
            }
            _ => return false,
        }
    }
    false
}

/// Prepositions of place: an oblique they mark says where the event happened.
const LOCATIVE_PREPOSITIONS: &[&str] = &[
    "in",
    "inside",
    "near",
    "outside",
    "across",
    "throughout",
    "around",
];

/// Verbs whose "in" phrase names what they act on, not where ("intervened in Syria",
/// "meddling in the election", "invest in Mauritius"), or the host of a visit ("arrived in
/// Washington": CAMEO codes the arrival as a visit to the host).
const IN_ARGUMENT_VERBS: &[&str] = &[
    "arrive",
    "intervene",
    "interfere",
    "meddle",
    "invest",
    "participate",
    "engage",
    "involve",
    "join",
];

/// Whether oblique `c` is a place adjunct ("met *in Canada*", "talks *in Geneva*"): a place
/// where the event happened is no participant of it (`docs/annotation.md` §2, "talks in
/// Geneva": Geneva is a place, no actor). Only a place name, coded as the bare country or
/// region it stands for, as the preposition's own noun: "took part in the exercise with
/// Belarus" is no place, nor is an actor with a sector ("in the ministry"), except a place
/// where people gather ([`GATHERING_PLACES`]: "met at the hotel").
pub(super) fn locative(tree: &DepTree, acts: &[Act], actors: &[ActorMention], c: usize) -> bool {
    // A country, or a land within one that the dictionaries code with no role ("Gaza",
    // `PSEGZA`: "discussed the war *in Gaza*").
    let land = |code: &str| code.len() == 3 || (code.len() == 6 && names_a_land(code));
    let place_name = |k: usize| {
        acts.iter()
            .any(|a| (a.tokens.0..a.tokens.1).contains(&k) && land(&actors[a.mention].code))
    };
    let named_place = || of_name(tree, c).is_some_and(place_name);
    // "in *Oman's capital*", "in Ukraine's east", "in northern Mozambique's Cabo Delgado
    // province": a place noun a land's name determines is a place of that land (English
    // genitive of the whole), the name among the noun's modifiers.
    let owned_place = || {
        tree.lemma_in(c, words::PLACE_NOUNS)
            && tree.subtree(c).into_iter().any(|k| k < c && place_name(k))
    };
    let marked = |prepositions: &[&str]| prepositions.iter().any(|p| tree.has_marker(c, "case", p));
    // "met *at the Qahira Hotel*", "gunfire *from the hotel*": a place where people gather
    // is an actor as what an act is done to ("stormed a hotel"), a place in a phrase of place.
    let gathering = tree.lemma_in(c, GATHERING_PLACES);
    // "signed a peace agreement *at the White House*", "talks *in the Kremlin*": a seat of
    // government in a phrase of place is where the act happened; the government it stands
    // for as subject or object ("the White House said") is no place.
    let seat = tree.lemma_in(c, SEAT_BUILDINGS);
    (marked(LOCATIVE_PREPOSITIONS)
        && (place_name(c) || named_place() || owned_place() || gathering || seat))
        || ((gathering || seat) && marked(&["at", "from"]))
}

/// Head nouns of the buildings that seats of government are named by ("the White *House*",
/// "the Élysée *Palace*", "the *Kremlin*", "the *Pentagon*"), and the city the actor
/// dictionaries code as the body seated there, not as a land ("met *in Brussels*": the
/// European Union's seat, coded `IGOEUREEC`).
const SEAT_BUILDINGS: &[&str] = &["house", "palace", "kremlin", "pentagon", "brussels"];

/// Whether actor `a` is, or owns or modifies, the predicate noun of complement `c` of
/// *be* ("came to Washington determined *to be America's economic spokesman*", "wants *to
/// be a partner*"): a predicate says what the subject is or will be, it names no other
/// party (English copular predication).
fn describes_the_subject(tree: &DepTree, a: &Act, c: usize) -> bool {
    let predicate = tree.deprel(c) == "xcomp" && tree.has_dependent(c, "cop");
    let head = act_head(tree, a);
    predicate
        && (head == c
            || tree.head(head) == Some(c)
                && matches!(tree.deprel(head), "nmod:poss" | "amod" | "compound"))
}

/// Whether verb `v` has the particle `particle` of a phrasal verb ("shot *down*", "turned
/// *down*").
pub(super) fn has_particle(tree: &DepTree, v: usize, particle: &str) -> bool {
    tree.children(v)
        .any(|c| tree.deprel(c) == "compound:prt" && tree.lemma_in(c, &[particle]))
}

/// The token heading actor `a`'s words: the one whose head lies outside them.
pub(super) fn act_head(tree: &DepTree, a: &Act) -> usize {
    (a.tokens.0..a.tokens.1)
        .find(|&t| tree.head(t).is_none_or(|h| !a.covers_token(h)))
        .unwrap_or(a.tokens.0)
}

/// The actors of `candidates` the parse coordinates with actor `first`: those whose phrase
/// joins, by `conj`, the top of the coordination `first` stands in ("France, Israel,
/// Lebanon, and a number of Arab countries", where a list of names ends in a longer
/// phrase the surface rule of [`compound`] cannot see through).
fn parsed_conjuncts(
    tree: &DepTree,
    acts: &[Act],
    first: usize,
    candidates: &[usize],
) -> Vec<usize> {
    let mut top = act_head(tree, &acts[first]);
    while tree.deprel(top) == "conj" {
        match tree.head(top) {
            Some(h) => top = h,
            None => break,
        }
    }
    let phrasal = |rel: &str| {
        !matches!(
            universal(rel),
            "acl" | "advcl" | "ccomp" | "csubj" | "parataxis" | "xcomp" | "appos"
        )
    };
    let joined = |b: usize| {
        let h = act_head(tree, &acts[b]);
        let entry = tree.head_chain(h).find(|&k| tree.head(k) == Some(top));
        entry.is_some_and(|k| tree.deprel(k) == "conj") && tree.climbs_to(h, top, phrasal)
    };
    candidates.iter().copied().filter(|&b| joined(b)).collect()
}

/// Whether every word of actor `a` lies, below `root`, inside a place phrase
/// ([`locative`]): "a symposium *in Duesseldorf* organised by Deutsche Bank" names where
/// the symposium was, and a place is no participant in what was done there.
pub(super) fn in_place_phrase(tree: &DepTree, s: &Sentence, a: &Act, root: usize) -> bool {
    (a.tokens.0..a.tokens.1).all(|t| {
        tree.head_chain(t).take_while(|&k| k != root).any(|k| {
            matches!(universal(tree.deprel(k)), "nmod" | "obl")
                && locative(tree, &s.acts, &s.doc.actors, k)
        })
    })
}

/// The name a place noun at `c` is given by its *of* phrase ("the northern city *of
/// Kirkuk*", "the village *of* Robotyne"): English appositive genitive, the noun is that
/// place.
pub(super) fn of_name(tree: &DepTree, c: usize) -> Option<usize> {
    if !tree.lemma_in(c, words::PLACE_NOUNS) {
        return None;
    }
    tree.children(c).find(|&k| tree.has_marker(k, "case", "of"))
}

/// Whether actor `a` is a place where people gather ([`GATHERING_PLACES`]), named by its
/// noun ("a hotel", "the Qahira Hotel").
pub(super) fn gathering_place(s: &Sentence, a: usize) -> bool {
    let (start, end) = s.acts[a].tokens;
    s.acts[a].pronoun.is_none()
        && s.tree
            .as_ref()
            .is_some_and(|tree| end > start && tree.lemma_in(end - 1, GATHERING_PLACES))
}

/// Whether the verb written `form` takes an "in" phrase as an argument
/// ([`IN_ARGUMENT_VERBS`] in any regular form, as the verb dictionary inflects its verbs).
/// The word form, not the lemmatiser's guess ("intervened" → "interven").
fn takes_in_argument(form: &str) -> bool {
    static FORMS: OnceLock<Vec<String>> = OnceLock::new();
    let forms = FORMS.get_or_init(|| {
        IN_ARGUMENT_VERBS
            .iter()
            .flat_map(|v| regular_forms(&v.to_uppercase()))
            .collect()
    });
    let form = form.to_uppercase();
    forms.contains(&form)
}

/// Whether a place phrase on verb `v` names a party to the act rather than where it
/// happened, by what the verb does to its object: a verdict on a thing concerns the place
/// of the thing ([`judges_a_thing_there`]), drills held near a land are aimed at it
/// ([`shows_force_near`]), a curfew or emergency imposed in a place binds its people
/// ([`restricts_a_place`]).
fn place_names_a_party(tree: &DepTree, v: usize) -> bool {
    judges_a_thing_there(tree, v) || shows_force_near(tree, v) || restricts_a_place(tree, v)
}

/// Verbs that pass a verdict on what someone did, said or decided.
const VERDICT_VERBS: &[&str] = &[
    "condemn",
    "denounce",
    "criticize",
    "criticise",
    "deplore",
    "decry",
    "slam",
    "welcome",
    "praise",
    "hail",
    "applaud",
];

/// Whether verb `v` judges a thing named by its object ("condemned *the coup* in Niger",
/// "welcomed *the elections* in Nigeria"): a judgement is spoken wherever the speaker is,
/// so a place phrase after its object, however the parser hung it, says where the judged
/// thing happened: whom the judgement concerns, as CAMEO codes it ("criticised the closures
/// in Bree").
fn judges_a_thing_there(tree: &DepTree, v: usize) -> bool {
    tree.lemma_in(v, VERDICT_VERBS) && tree.has_dependent(v, "obj")
}

/// Prepositions of nearness: a place they mark is beside the act, not where it happened
/// ("drills *near* Taiwan", "held *off* the coast").
pub(super) const NEARBY_PREPOSITIONS: &[&str] = &["near", "around", "off"];

/// Whether verb `v` holds military drills ("conducted *drills* near Taiwan", "held
/// military *exercises* around Taiwan"): drills held near or around another's land are a
/// show of force aimed at it (CAMEO 150), so the place named is their target, not merely
/// where they were held.
/// (Not *joint* drills: "Russia and Belarus held *joint* military drills near the Polish
/// border" is their military cooperation, CAMEO 062, between them; the land near is where.)
fn shows_force_near(tree: &DepTree, v: usize) -> bool {
    let joint = |c: usize| tree.children(c).any(|k| tree.lemma_in(k, &["joint"]));
    let drills =
        |c: usize| tree.lemma_in(c, &["drill", "exercise", "maneuver", "manoeuvre"]) && !joint(c);
    let near = |c: usize| {
        NEARBY_PREPOSITIONS
            .iter()
            .any(|p| tree.has_marker(c, "case", p))
    };
    // (The parser hangs the place phrase on the verb or on the drills: "launched drills
    // *around Taiwan*".)
    let near_phrase = |h: usize| {
        tree.children(h)
            .any(|c| matches!(universal(tree.deprel(c)), "obl" | "nmod") && near(c))
    };
    tree.children(v)
        .any(|c| tree.deprel(c) == "obj" && drills(c) && (near_phrase(c) || near_phrase(v)))
}

/// Whether verb `v` imposes, lifts or extends a restriction on a place's people ("will
/// extend the curfew *in Abidjan*", "lifted the state of emergency *in West Darfur*",
/// "imposed martial law *in Baghdad*"): the place named is whom the restriction binds
/// (CAMEO 1723/1724 and their easing, 0813/0814, code the government against its
/// population), not merely where the act happened.
fn restricts_a_place(tree: &DepTree, v: usize) -> bool {
    let restriction = |c: usize| {
        tree.lemma_in(c, &["curfew", "lockdown"])
            || (tree.lemma_in(c, &["law"])
                && tree.children(c).any(|k| tree.lemma_in(k, &["martial"])))
            || (tree.lemma_in(c, &["state"])
                && tree
                    .children(c)
                    .any(|k| tree.lemma_in(k, &["emergency", "siege"])))
    };
    tree.children(v)
        .any(|c| tree.deprel(c) == "obj" && restriction(c))
}

/// Verbs of taking: what they take is taken *from* someone.
const TAKING_VERBS: &[&str] = &[
    "capture",
    "recapture",
    "seize",
    "take",
    "retake",
    "wrest",
    "snatch",
    "confiscate",
    "liberate",
];

/// The actors a verb of taking takes its object from, in a *from* phrase on the verb or,
/// where the parser hung it there, inside the object ("Somali forces recaptured the town
/// *from al-Shabab militants*"): who loses what is taken is the act's target, whatever
/// the object's noun or the places in it say.
fn taken_from(tree: &DepTree, acts: &[Act], verb: usize) -> Vec<usize> {
    if !tree.lemma_in(verb, TAKING_VERBS) {
        return Vec::new();
    }
    let objects = tree.children(verb).filter(|&c| tree.deprel(c) == "obj");
    let on_the_verb = tree
        .children(verb)
        .filter(|&c| tree.deprel(c).starts_with("obl"));
    let froms: Vec<usize> = objects
        .flat_map(|o| tree.subtree(o))
        .filter(|&f| tree.deprel(f) == "case" && tree.lemma_in(f, &["from"]))
        .filter_map(|f| tree.head(f))
        .chain(on_the_verb.filter(|&c| tree.has_marker(c, "case", "from")))
        .collect();
    froms
        .into_iter()
        .flat_map(|h| actors_in(tree, acts, h))
        .collect()
}

/// Verbs whose participle after a weapon says whose it is ("drones *launched by* the
/// Houthis", "a missile *fired by* Hezbollah").
const LAUNCHING_VERBS: &[&str] = &["launch", "fire", "send", "fly", "operate", "shoot"];

/// The agents of a launching participle on noun `c` ([`LAUNCHING_VERBS`]).
fn launched_by(tree: &DepTree, acts: &[Act], c: usize) -> Vec<usize> {
    made_by(tree, acts, c, LAUNCHING_VERBS)
}

/// Verbs whose participle after a plan, proposal or measure says whose it is ("the
/// ceasefire plan *proposed by* Egypt", "the truce *brokered by* Qatar", "the resolution
/// *put forward by* France"): its maker, as in "Egypt's plan".
const AUTHORING_VERBS: &[&str] = &[
    "propose",
    "put",
    "present",
    "submit",
    "draft",
    "draw",
    "table",
    "broker",
    "offer",
    "unveil",
    "sponsor",
    "introduce",
    "announce",
    "impose",
    "back",
];

/// Verbs whose participle after a place or post says whose it is ("positions *held by*
/// the SDF", "areas *controlled by* the rebels", "a base *used by* U.S. troops").
const HOLDING_VERBS: &[&str] = &["hold", "control", "occupy", "run", "use", "man", "operate"];

/// Verbs of guarding a thing on the move or in place ([`made_by`]: "a convoy *escorted by*
/// soldiers"): its guards are whom an act on it is done to.
const ESCORT_VERBS: &[&str] = &["escort", "guard", "protect", "accompany"];

/// The agents of a participle of making (`verbs`) on noun `c`, as a *by* phrase after a
/// reduced passive names them; "40 of the 60 drones launched by Russia" are theirs too.
fn made_by(tree: &DepTree, acts: &[Act], c: usize, verbs: &[&str]) -> Vec<usize> {
    let part_of = tree
        .children(c)
        .filter(|&k| tree.deprel(k) == "nmod" && tree.has_marker(k, "case", "of"));
    std::iter::once(c)
        .chain(part_of)
        .flat_map(|n| tree.children(n))
        .filter(|&p| tree.deprel(p) == "acl" && tree.lemma_in(p, verbs))
        .flat_map(|p| agent_actors(tree, acts, p))
        .collect()
}

/// The actors of the *by* agent phrases of verb `v` ("was adopted *by the General
/// Assembly*", "drones launched *by Russia*").
fn agent_actors(tree: &DepTree, acts: &[Act], v: usize) -> Vec<usize> {
    tree.children(v)
        .filter(|&k| is_agent(tree, k))
        .flat_map(|k| actors_in(tree, acts, k))
        .collect()
}

/// Verbs of handing people over to a state (besides *hand*), by the start of their lemma
/// (the lemmatiser gives an unseen "extradited" as "extradit").
const HANDOVER_VERBS: &[&str] = &["extradit", "repatriat", "deport"];

/// Whether `verb` deports people (CAMEO 174), the one of [`HANDOVER_VERBS`] that is no
/// cooperation with the land they go to.
fn deports(tree: &DepTree, verb: usize) -> bool {
    tree.syntax(verb).lemma.to_lowercase().starts_with("deport")
}

/// Whether `verb` hands people over ([`HANDOVER_VERBS`], or *hand*).
fn hands_over(tree: &DepTree, verb: usize) -> bool {
    let lemma = tree.syntax(verb).lemma.to_lowercase();
    lemma == "hand" || HANDOVER_VERBS.iter().any(|v| lemma.starts_with(v))
}

/// The actors of the *from* phrase of a passive verb of handing people over with no agent
/// ("migrants were deported *from the United States* to Guatemala"): a state deports,
/// extradites or repatriates people from its own land, so the land they are sent from is
/// who did it. `recipients` ([`handover_recipients`]) are left out: the parser may hang
/// "to Guatemala" inside the *from* phrase.
fn handed_over_from(tree: &DepTree, acts: &[Act], verb: usize, recipients: &[usize]) -> Vec<usize> {
    if !hands_over(tree, verb) {
        return Vec::new();
    }
    from_phrases(tree, verb)
        .flat_map(|c| actors_in(tree, acts, c))
        .filter(|a| !recipients.contains(a))
        .collect()
}

/// The *from* obliques of `verb`.
fn from_phrases<'t>(tree: &'t DepTree, verb: usize) -> impl Iterator<Item = usize> + 't {
    tree.children(verb)
        .filter(move |&c| universal(tree.deprel(c)) == "obl" && tree.has_marker(c, "case", "from"))
}

/// The actors of the *to* phrase of a verb of handing people over ([`HANDOVER_VERBS`]).
fn handover_recipients(tree: &DepTree, acts: &[Act], verb: usize) -> Vec<usize> {
    if !hands_over(tree, verb) {
        return Vec::new();
    }
    // The parser hangs "to the United States" on the one handed over (the object, or a
    // passive's subject) or on the place they leave as often as on the verb.
    let objects = tree
        .children(verb)
        .filter(|&c| matches!(tree.deprel(c), "obj" | "nsubj:pass"))
        .chain(from_phrases(tree, verb));
    let phrases = tree
        .children(verb)
        .chain(objects.flat_map(|o| tree.children(o)));
    phrases
        .filter(|&c| {
            matches!(universal(tree.deprel(c)), "obl" | "nmod") && tree.has_marker(c, "case", "to")
        })
        .flat_map(|c| actors_in(tree, acts, c))
        .collect()
}

/// Whether `verb` has a "to" oblique: in a passive of giving ("Kenyan troops were
/// *offered to* Somalia's president") the subject is the thing given, its owner the giver,
/// and the "to" phrase who receives it.
fn has_recipient(tree: &DepTree, verb: usize) -> bool {
    tree.children(verb)
        .any(|c| tree.deprel(c).starts_with("obl") && tree.has_marker(c, "case", "to"))
}

/// Whether subject `c` is the subject of a passive: labelled `:pass`, or a plain `nsubj` of a
/// participle that has a passive auxiliary ("the leader of ISIS *was killed*", the subject
/// mislabelled): in English *be* + past participle is passive whatever the subject's label.
pub(super) fn passive_subject(tree: &DepTree, c: usize) -> bool {
    let rel = tree.deprel(c);
    rel.ends_with(":pass")
        || (rel == "nsubj"
            && tree
                .head(c)
                .is_some_and(|h| tree.has_dependent(h, "aux:pass")))
}

/// Whether subject `c` was acted on by `verb`: the subject of a passive
/// ([`passive_subject`]), or the subject of a predicate of *be* that bare participle `verb`
/// is joined to ("One of its leaders is dead, *killed* in a strike", "two journalists were
/// wounded, *shot* by soldiers"): the participle shares the copula, so it is a passive too
/// ("was killed"), English ellipsis in coordination.
fn patient_subject(tree: &DepTree, verb: usize, c: usize) -> bool {
    let holder = passive_shared_from(tree, verb);
    passive_subject(tree, c)
        || antecedent_of_passive_relative(tree, holder) == Some(c)
        || holder != verb
            && tree.deprel(c) == "nsubj"
            && tree.head(c) == Some(holder)
            && tree.has_dependent(holder, "cop")
}

/// The noun a passive relative clause headed by `verb` is about: "40 protesters *who had
/// been detained* overnight", where the relative pronoun is the passive subject, so its
/// antecedent (which [`subjects`] puts in the pronoun's place) was acted on, as the
/// pronoun's own subject would have been (English relative clauses).
fn antecedent_of_passive_relative(tree: &DepTree, verb: usize) -> Option<usize> {
    tree.children(verb)
        .filter(|&k| passive_subject(tree, k))
        .map(|k| antecedent_of_relative(tree, k, verb))
        .find(|&a| tree.head(verb) == Some(a))
}

/// The verb whose passive `verb` shares by coordination: a past participle conjunct with no
/// auxiliary or subject of its own takes both from the verb it is joined to ("rebels were
/// neutralized or *captured*" = "were captured"), English ellipsis in coordination.
pub(super) fn passive_shared_from(tree: &DepTree, verb: usize) -> usize {
    let mut v = verb;
    for _ in 0..4 {
        let bare = !tree.children(v).any(|k| {
            let rel = universal(tree.deprel(k));
            rel == "aux" || rel == "nsubj" || rel == "csubj"
        });
        match tree.head(v) {
            Some(h) if tree.deprel(v) == "conj" && tree.syntax(v).xpos == "VBN" && bare => v = h,
            _ => break,
        }
    }
    v
}

/// Whether `verb` is a passive with its own subject among `subjects`: a passive subject of
/// the verb itself (or of the verb it shares its passive with, see [`passive_shared_from`]),
/// and no perfect *have* straight on the participle ("it *had killed* more than 10 people"
/// labelled `nsubj:pass` is an active verb misread: a perfect passive puts *been* between,
/// "had been killed").
fn own_passive(tree: &DepTree, verb: usize, subjects: &[usize]) -> bool {
    let rel = |k: usize| tree.deprel(k);
    let holder = passive_shared_from(tree, verb);
    let own = |c: usize| {
        tree.head(c) == Some(holder) || antecedent_of_passive_relative(tree, holder) == Some(c)
    };
    subjects
        .iter()
        .any(|&c| own(c) && patient_subject(tree, verb, c))
        && tree.children(holder).any(|k| {
            rel(k) == "aux:pass" || (universal(rel(k)) == "aux" && tree.lemma_in(k, &["be", "get"]))
        })
}

/// Whether oblique `c` of `verb` is a "between X and Y" phrase that belongs to the verb's
/// object ("expanding military cooperation between Russia and North Korea", "brokered a
/// deal between Israel and Hamas"): after an object, English *between* names the parties
/// of what the object names, whatever the parser attached it to. (Its actors are that
/// noun's, see the nominal events.)
pub(super) fn between_phrase_of_object(tree: &DepTree, verb: usize, c: usize) -> bool {
    tree.has_marker(c, "case", "between")
        && tree
            .children(verb)
            .any(|k| tree.deprel(k) == "obj" && k < c)
}

/// Whether oblique `c` of `verb` is an *on* / *about* phrase that belongs to the verb's
/// object, an agreement, law or gathering ("signed an agreement *on drone production in
/// Germany and Ukraine*", "held talks *on Sudan*"): right after such an object English
/// names what it is about, whatever the parser attached the phrase to; what an agreement
/// or a meeting is about is no party to it.
fn topic_of_object(tree: &DepTree, verb: usize, c: usize) -> bool {
    TOPIC_PREPOSITIONS
        .iter()
        .any(|p| tree.has_marker(c, "case", p))
        && tree
            .children(verb)
            .any(|k| tree.deprel(k) == "obj" && k < c && holds_a_topic(tree, k))
}

/// Whether a token is a noun of something that is about a topic, named by its *on* or
/// *about* phrase: a gathering ([`GATHERING_NOUNS`]) or an agreement or law
/// ([`PROVIDING_TEXTS`]).
fn holds_a_topic(tree: &DepTree, k: usize) -> bool {
    tree.lemma_in(k, GATHERING_NOUNS) || tree.lemma_in(k, PROVIDING_TEXTS)
}

/// Whether oblique `c` of `verb` is a "between X and Y" phrase that belongs to the verb's
/// subject ("the talks *between Russian and Ukrainian delegations* ended without a deal"):
/// standing after the subject and before the verb, *between* names the parties of what the
/// subject names, as after an object.
pub(super) fn between_phrase_of_subject(tree: &DepTree, verb: usize, c: usize) -> bool {
    c < verb
        && tree.has_marker(c, "case", "between")
        && tree
            .children(verb)
            .any(|k| tree.deprel(k).starts_with("nsubj") && k < c)
}

/// The actors of the "between" phrases that belong to the object of `verb` (see
/// [`between_phrase_of_object`]): never the verb's own target.
pub(super) fn object_parties(tree: &DepTree, acts: &[Act], verb: usize) -> Vec<usize> {
    tree.children(verb)
        .filter(|&c| between_phrase_of_object(tree, verb, c))
        .flat_map(|c| actors_in(tree, acts, c))
        .collect()
}

/// Verbs that name or judge what their object is ("called the sanctions illegal",
/// "described the jailbreak as deplorable", "branded the claims lies").
pub(super) const JUDGING_VERBS: &[&str] = &["call", "describe", "brand", "label", "term", "dub"];

/// Words that judge another actor's claim false: calling it so rejects it (CAMEO 120).
pub(super) const FALSE_CLAIM_WORDS: &[&str] = &[
    "baseless",
    "unfounded",
    "groundless",
    "false",
    "fabricated",
    "untrue",
    "lie",
    "nonsense",
    "absurd",
    "ridiculous",
    "propaganda",
    // Calling a charge a smear or slander, fiction or hysteria ("dismissed the accusations
    // as *Russophobic hysteria*") says it is untrue.
    "slander",
    "smear",
    "fabrication",
    "fiction",
    "hysteria",
];

/// Words that judge another actor's act wrong: calling it so criticises it (CAMEO 111).
const CONDEMNING_WORDS: &[&str] = &[
    "illegal",
    "unlawful",
    "illegitimate",
    "unacceptable",
    "deplorable",
    "outrageous",
    "reprehensible",
    "shameful",
    "unjust",
    "unfair",
    "irresponsible",
    "provocative",
    "criminal",
    "heinous",
    "barbaric",
    "crime",
    "provocation",
    "aggression",
    "genocide",
    "regrettable",
    "reckless",
    "appalling",
    "disgraceful",
    "abhorrent",
    "unjustified",
    "unprovoked",
    "unwarranted",
    "intolerable",
    "inhumane",
    "brutal",
    "cruel",
    "violation",
    "mistake",
    "coup",
    "massacre",
    "atrocity",
    "terrorism",
    // Calling another's act or words a threat, blackmail or interference condemns them
    // ("called the remarks *a threat of invasion*", "called the warning *blackmail*").
    "threat",
    "blackmail",
    "interference",
    // So does naming it a wrong of the gravest kind or a breach of a rule ("called the
    // seizure *an act of state piracy*", "the verdict *a judicial murder*", "the shooting
    // *a blatant breach* of the ceasefire", "the exclusion *an affront*").
    "piracy",
    "murder",
    "breach",
    "affront",
    "outrage",
    "travesty",
    "sham",
    "farce",
    "persecution",
    "vendetta",
    "theft",
    "betrayal",
    "insult",
    // A "political *lynching*", a "witch hunt", "political *revenge*", harassment and
    // intimidation: wrongs done to the speaker's side by the act named.
    "lynching",
    "witch",
    "revenge",
    "harassment",
    "intimidation",
    // So does calling it hostile, dangerous or destabilising, or "politically *motivated*"
    // (an act done for a political end, not for the reason given).
    "hostile",
    "unfriendly",
    "dangerous",
    "destabilizing",
    "destabilising",
    "motivated",
    // Saying an act gives cause for concern ("the detentions were deeply *concerning*",
    // "*worrisome*"): `docs/annotation.md` codes voiced concern over another's act as 111.
    "concerning",
    "worrying",
    "worrisome",
    "alarming",
    "troubling",
    "disturbing",
];

/// The judging word ([`CONDEMNING_WORDS`], [`FALSE_CLAIM_WORDS`]) that is the secondary
/// predicate of *call* at token `v`: "called the strike *appalling*", "called the strike on
/// the camp *appalling*" (which the parser may read as a noun: an object, or an oblique
/// holding the object's phrase). Only a word reached from the verb through its object or
/// oblique phrases: one inside an infinitive or a clause ("called Putin *to protest* the
/// *illegal* annexation") is that clause's, and "called on", "called for" appeal.
pub(super) fn judging_predicate(s: &Sentence, tree: &DepTree, v: usize) -> Option<usize> {
    let appeal = s
        .doc
        .tokens
        .get(v + 1)
        .is_some_and(|t| matches!(t.norm.as_str(), "on" | "upon" | "for"));
    if appeal || !tree.lemma_in(v, &["call"]) {
        return None;
    }
    let phrase_of_the_verb = |k: usize| {
        tree.head_chain(k).take_while(|&n| n != v).all(|n| {
            matches!(
                universal(tree.deprel(n)),
                "obj" | "obl" | "nmod" | "amod" | "appos" | "compound"
            )
        })
    };
    // ("the camp *"appalling"*" read as a participle on the noun before it: a judging
    // word with nothing of its own is that noun's phrase's predicate.)
    // (Its own adverb leaves it bare: "the resolution *"politically motivated"*", read
    // as a relative clause of one participle.)
    let bare_participle = |k: usize| {
        tree.deprel(k).starts_with("acl")
            && tree
                .children(k)
                .all(|c| matches!(tree.deprel(c), "punct" | "advmod"))
            && tree.head(k).is_some_and(phrase_of_the_verb)
    };
    tree.subtree(v).into_iter().find(|&k| {
        k > v && judging_word(s, tree, k) && (phrase_of_the_verb(k) || bare_participle(k))
    })
}

/// Whether token `k` is a judging word ([`CONDEMNING_WORDS`], [`FALSE_CLAIM_WORDS`]), by
/// its lemma or, for a participle the tagger read as a verb ("*appalling*" → *appall*), by
/// its form.
pub(super) fn judging_word(s: &Sentence, tree: &DepTree, k: usize) -> bool {
    calls_a_claim_false(s, tree, k).is_some()
}

/// For a judging word at token `k` (see [`judging_word`]), whether it calls a claim false
/// (`Some(true)`) or an act wrong (`Some(false)`); `None` for any other word.
fn calls_a_claim_false(s: &Sentence, tree: &DepTree, k: usize) -> Option<bool> {
    let lemma = tree.syntax(k).lemma.to_lowercase();
    let form = s.doc.tokens[k].norm.to_lowercase();
    let is_in = |list: &[&str]| [&lemma, &form].iter().any(|w| list.contains(&w.as_str()));
    if is_in(FALSE_CLAIM_WORDS) {
        Some(true)
    } else {
        is_in(CONDEMNING_WORDS).then_some(false)
    }
}

/// A judgement passed with a verb of naming at token `v`: who judges (the verb's subject
/// actors), which actors are judged (those after the verb, before the judging word, in
/// the verb's phrase: "called *Pakistan's* assertions baseless"; none when it names no
/// actor, "called *the attack* a violation"), and whether the word calls a claim false
/// (else an act wrong). `None` when the verb passes no judgement or no actor judges.
pub(super) fn judged(
    tree: &DepTree,
    s: &Sentence,
    v: usize,
) -> Option<(Vec<usize>, Vec<usize>, bool)> {
    if !tree.lemma_in(v, JUDGING_VERBS) {
        return None;
    }
    // The judging word is the verb's own predicate: not one in a clause with a subject of
    // its own below it ("described the lack of access as an existential issue, *remarks
    // that Asmara has taken as a threat*": Asmara's reading, not the speaker's).
    let in_another_clause = |k: usize| {
        tree.head_chain(k).take_while(|&n| n != v).any(|n| {
            matches!(
                universal(tree.deprel(n)),
                "acl" | "advcl" | "ccomp" | "parataxis" | "conj"
            ) && tree
                .children(n)
                .any(|c| tree.deprel(c).starts_with("nsubj"))
        })
    };
    let (word, false_claim) = tree
        .subtree(v)
        .into_iter()
        .filter(|&k| k > v && !in_another_clause(k))
        .find_map(|k| Some((k, calls_a_claim_false(s, tree, k)?)))?;
    let judges: Vec<usize> = subjects(tree, v)
        .iter()
        .flat_map(|&c| actors_in(tree, &s.acts, c))
        .collect();
    let judged: Vec<usize> = (0..s.acts.len())
        .filter(|&a| {
            let (t0, t1) = s.acts[a].tokens;
            t0 > v && t1 <= word && !judges.contains(&a) && tree.in_subtree(t0, v)
        })
        .collect();
    (!judges.is_empty()).then_some((judges, judged, false_claim))
}

/// Whether dependent `c` is a for-to infinitive ("called *for the Taliban to lift* the
/// ban", "pushed *for Israel to withdraw*"): an English complement clause, whatever the
/// parser's label, whose *for* belongs to the verb's own phrase.
pub(super) fn for_to_clause(tree: &DepTree, c: usize) -> bool {
    matches!(universal(tree.deprel(c)), "advcl" | "ccomp" | "xcomp")
        && tree.has_marker(c, "mark", "for")
        && tree.has_marker(c, "mark", "to")
}

/// Source and target from the dependency parse. Empty when the parse gives no actor.
pub(super) fn dependency_arguments(
    tree: &DepTree,
    s: &Sentence,
    occ: &Occurrence,
    verb_tokens: &[usize],
) -> Arguments {
    let acts = &s.acts;
    let verb = s.token_of(occ.us);
    let subjects = subjects(tree, verb);
    let passive = subjects.iter().any(|&c| patient_subject(tree, verb, c));
    let mut sources: Vec<usize> = subjects
        .iter()
        .flat_map(|&c| {
            actors_in(tree, acts, c).into_iter().filter(move |&a| {
                // A passive's subject was acted on: "a camp *for Congolese refugees*
                // was attacked" is an attack on the refugees.
                patient_subject(tree, verb, c)
                    || !(beside_the_subject(tree, &acts[a], c)
                        || owns_goods(tree, &acts[a], c)
                        || share_of_a_people(tree, s, &acts[a], c)
                        || describes_another_named(
                            tree,
                            &s.doc.actors,
                            acts[a].tokens.0,
                            &s.doc.actors[acts[a].mention].code,
                            c,
                        ))
            })
        })
        .collect();
    let participle = tree.syntax(verb).xpos == "VBN" && !finite_past(tree, verb);
    let mut found = parsed_dependents(tree, s, verb, verb_tokens, passive, participle);
    // Obliques are targets only when no core argument (object, complement) names one: the
    // direct object is what the verb acts on ("China has never condemned Russia's invasion").
    // What a state gives, sends or withdraws of its own is no target when another party
    // is named ([`own_state`]).
    let own = own_state(tree, s, &sources);
    let handed_to = set_themes_apart(tree, s, verb, &mut found, &own);
    let mut targets = chosen_targets(tree, verb, &mut found, &own);
    // A "by" phrase on a past participle names its doer even where the parse gives the
    // participle no passive subject ("a meeting requested by five states", misread as a
    // complement): English marks the agent of a passive with *by*.
    let mut doer_untold = false;
    if passive && !found.agent.is_empty() && experiences(tree, verb) {
        // "China is disappointed by the American decision": the subject felt it, the
        // *by* phrase says at what; the feeling is the subject's act toward it.
        targets = std::mem::take(&mut found.agent);
    } else if passive && !found.agent.is_empty() {
        targets = sources;
        sources = found.agent;
    } else if own_passive(tree, verb, &subjects) && !has_recipient(tree, verb) {
        // "Five Ukrainian soldiers were killed in Russia": the verb's own passive subject
        // was acted on; with no *by* phrase the doer is not in the clause. (A subject
        // shared from a passive above, "Suga is expected to visit India", "troops were
        // deployed to protect civilians", does the infinitive's act.)
        // People handed over to a state: that state is the other side, they the theme
        // ("migrants were deported from the United States *to Guatemala*").
        let theme = std::mem::take(&mut sources);
        if handed_to.is_empty() {
            targets = theme;
        }
        sources = expelled_from(tree, acts, verb);
        if sources.is_empty() {
            sources = handed_over_from(tree, acts, verb, &handed_to);
        }
        doer_untold = sources.is_empty();
    } else if participle && !found.agent.is_empty() {
        // A past participle with *by* is passive: its own subject, however the parser
        // labelled it ("Civilians attacked by Russian troops fled"), was acted on; a
        // subject it shares with the verb above it ("Wood spoke ahead of a meeting
        // requested by …") is neither side.
        let own = subjects.iter().any(|&c| tree.head(c) == Some(verb));
        targets = if own { sources } else { targets };
        if targets.is_empty() {
            targets = doers_of_the_clause_named(tree, acts, verb);
        }
        sources = found.agent;
    } else {
        targets.extend(found.agent);
    }
    sources.sort_unstable();
    sources.dedup();
    targets.retain(|t| !sources.contains(t));
    keep_first_target_phrase(tree, s, &mut targets);
    Arguments {
        sources,
        targets,
        has_subject: !subjects.is_empty(),
        doer_untold,
    }
}

/// The actors in the dependents of verb token `verb` ([`dependents`], a place adjunct left
/// out unless the verb takes its place as an argument), with who loses what is taken as
/// the target, and the agent of a past participle found where English puts it though the
/// parse gives no *by* phrase of its own: a conjoined participle's, the other side of a
/// clash, the attackers, an agent on an adjunct.
fn parsed_dependents(
    tree: &DepTree,
    s: &Sentence,
    verb: usize,
    verb_tokens: &[usize],
    passive: bool,
    participle: bool,
) -> Dependents {
    let acts = &s.acts;
    let in_argument =
        takes_in_argument(s.doc.slice(s.doc.tokens[verb].span)) || place_names_a_party(tree, verb);
    let place_adjunct = |c| !in_argument && locative(tree, acts, &s.doc.actors, c);
    let mut found = dependents(tree, acts, verb, verb_tokens, &place_adjunct);
    // "retook a key bridge in Khartoum *from the RSF*": who loses what is taken is the
    // target, not a place named in the object.
    let losers = taken_from(tree, acts, verb);
    if !losers.is_empty() {
        found.core.clear();
        found.oblique = losers;
    }
    // "rebels were neutralized or captured by troops": conjoined participles share the
    // passive and its *by* phrase, wherever the parser hung it.
    let holder = passive_shared_from(tree, verb);
    if participle && found.agent.is_empty() && holder != verb {
        found.agent = tree
            .children(holder)
            .filter(|&c| is_agent(tree, c))
            .flat_map(|c| actors_in(tree, acts, c))
            .collect();
    }
    if participle && found.agent.is_empty() {
        let (opponents, fought_in) = clash_opponents(tree, &s.units.words, acts, verb);
        found.agent = opponents;
        // Whatever else the fight's phrase names ("in Jerusalem") is no target.
        found.oblique.retain(|a| !fought_in.contains(a));
    }
    if participle && found.agent.is_empty() {
        let (doers, named) = attackers(tree, acts, verb);
        found.agent = doers;
        found.oblique.retain(|a| !named.contains(a));
    }
    if passive && participle && found.agent.is_empty() {
        let doers = agent_on_adjunct(tree, acts, verb);
        found.oblique.retain(|a| !doers.contains(a));
        found.agent = doers;
    }
    found
}

/// Sets apart from the parties in `found` what verb `verb` acts with rather than on: what
/// a state moves of its own between two others, who is handed over or deported, what is
/// exchanged, what is used or launched at a party. `own` tells the subject's own (see
/// [`own_state`]). Returns the recipients of a handover ([`handover_recipients`]), which
/// the passive reading needs too.
fn set_themes_apart(
    tree: &DepTree,
    s: &Sentence,
    verb: usize,
    found: &mut Dependents,
    own: &impl Fn(usize) -> bool,
) -> Vec<usize> {
    let acts = &s.acts;
    // The parser hangs "from Algeria" on the object as often as on the verb.
    let own_core: Vec<usize> = found.core.iter().copied().filter(|&a| own(a)).collect();
    let moved = moved_between(tree, acts, &own_core);
    if !moved.is_empty()
        && found
            .core
            .iter()
            .all(|a| own_core.contains(a) || moved.contains(a))
    {
        found.core.retain(|a| !moved.contains(a));
        found.oblique.extend(moved);
    }
    // "Mexico extradited a cartel leader *to the United States*": who is handed over is
    // the act's theme, the state receiving them its other party (CAMEO 063 judicial
    // cooperation; 174, deported to a country).
    let handed_to = handover_recipients(tree, acts, verb);
    // A deportation is done to the people deported (CAMEO 174, "expel or deport
    // individuals"): "the United States deported 200 *Venezuelans* to El Salvador" is
    // against Venezuela; the land they are sent to is the other party only when they are
    // of no country or of the deporter's ("deported 200 migrants to El Salvador").
    let deported: Vec<usize> = found
        .core
        .iter()
        .copied()
        .filter(|&a| {
            let country = factum_actors::country_of(&s.doc.actors[acts[a].mention].code);
            !handed_to.contains(&a) && !own(a) && country.is_some()
        })
        .collect();
    if deports(tree, verb) && !deported.is_empty() {
        found.core = deported;
        found.oblique.retain(|a| !handed_to.contains(a));
    } else if !handed_to.is_empty() {
        found.core.clear();
        found.oblique = handed_to.clone();
    }
    // "Russia exchanged *prisoners* with Ukraine": what one side exchanges is the act's
    // theme, its *with* partner the other side (to exchange is to give and take in
    // return). With no partner named, the people exchanged are whom the act concerns.
    // (The parser may hang the *with* phrase on the object.)
    if tree.lemma_in(verb, super::emit::EXCHANGE_VERBS) {
        let objects: Vec<usize> = tree
            .children(verb)
            .filter(|&c| tree.deprel(c) == "obj")
            .collect();
        let partners: Vec<usize> = (found.core.iter().copied())
            .filter(|&a| !objects.contains(&act_head(tree, &acts[a])))
            .collect();
        if !partners.is_empty() || !found.oblique.is_empty() {
            found.core = partners;
        }
    }
    // "Russia used North Korean *missiles* against Ukraine": what one uses is the act's
    // instrument, the *against* phrase the party acted on (the parser may hang it on the
    // object).
    if tree.lemma_in(verb, super::frames::USING_VERBS) {
        let against: Vec<usize> = (found.core.iter().chain(&found.oblique))
            .copied()
            .filter(|&a| in_phrase_of(tree, act_head(tree, &acts[a]), &["against"]))
            .collect();
        if !against.is_empty() {
            found.core = against;
            found.oblique.clear();
        }
    }
    // "launched a wave of drones and missiles *at Ukraine's energy facilities*": weapons
    // sent at a party are the act's instrument, the party they are aimed at its target
    // (a weapon stands for its side only as the doer or as what is hit: "shot down
    // Russian drones").
    let aimed_at = |a: usize| in_phrase_of(tree, act_head(tree, &acts[a]), AIM_PREPOSITIONS);
    if (found.core.iter().chain(&found.oblique)).any(|&a| aimed_at(a)) {
        let weapon = |a: &usize| tree.lemma_in(act_head(tree, &acts[*a]), words::WEAPON_NOUNS);
        found.core.retain(|a| !weapon(a));
        found.oblique.retain(|a| !weapon(a));
    }
    handed_to
}

/// The targets of verb `verb` among its dependents `found`: a core argument that is no
/// theme of the subject's own (`own`), else another party, else the core, the obliques,
/// the cause, or (unless the verb asks someone unnamed) the actors of an embedded clause.
/// Takes them out of `found`, whose agent stays.
fn chosen_targets(
    tree: &DepTree,
    verb: usize,
    found: &mut Dependents,
    own: &impl Fn(usize) -> bool,
) -> Vec<usize> {
    let core_is_theme = !found.core.is_empty() && found.core.iter().all(|&a| own(a));
    let others: Vec<usize> = found.oblique.iter().copied().filter(|&a| !own(a)).collect();
    // "The Kenyan government deployed troops to quell protests": a state that moves its
    // own forces with no other party named acts on nobody (the troops are what it moves).
    if core_is_theme && others.is_empty() && tree.lemma_in(verb, MOVING_VERBS) {
        found.core.clear();
    }
    if !found.core.is_empty() && !core_is_theme {
        std::mem::take(&mut found.core)
    } else if !others.is_empty() {
        others
    } else if !found.core.is_empty() {
        std::mem::take(&mut found.core)
    } else if !found.oblique.is_empty() {
        std::mem::take(&mut found.oblique)
    } else if !found.cause.is_empty() {
        std::mem::take(&mut found.cause)
    } else if !asks_someone_unnamed(tree, verb) {
        // "pledged to send *peacekeepers* to Ukraine": in the clause it governs too, what a
        // state sends of its own is the theme, the other party the target.
        let embedded_others: Vec<usize> = found
            .embedded
            .iter()
            .copied()
            .filter(|&a| !own(a))
            .collect();
        if embedded_others.is_empty() {
            std::mem::take(&mut found.embedded)
        } else {
            embedded_others
        }
    } else {
        Vec::new()
    }
}

/// Narrows `targets`, the actors a verb acts on by the parse, to one phrase.
fn keep_first_target_phrase(tree: &DepTree, s: &Sentence, targets: &mut Vec<usize>) {
    let acts = &s.acts;
    // Keep the first target phrase with its conjuncts, listed ("X, Y and Z") or parsed
    // ("France, Israel, Lebanon, and a number of Arab countries").
    // The first phrase's own actor, not a modifier of another target's noun ("an
    // *Iranian* American journalist": the journalist, `USAMED`, not the heritage adjective
    // before the actor's words; the pairing drops such modifiers anyway).
    let modifier = |a: usize| targets.iter().any(|&b| b != a && modifies(s, a, b));
    if let Some(first) = targets.iter().copied().filter(|&a| !modifier(a)).min() {
        let mut keep = compound(&s.units.words, acts, first);
        keep.extend(parsed_conjuncts(tree, acts, first, targets));
        // "urged *both sides*": a pair description is the two parties on its one word.
        let same_words = |t: &usize| acts[*t].tokens == acts[first].tokens;
        targets.retain(|t| keep.contains(t) || same_words(t));
    }
}

/// Verbs of putting someone out of a body ("was *expelled* from the party", "*suspended*
/// from parliament").
const EXPELLING_VERBS: &[&str] = &["expel", "oust", "suspend", "remove", "dismiss", "kick"];

/// The body that put the passive subject of verb `verb` out, named by its *from* phrase
/// ("Geza was expelled *from the Zanu PF party*"): with no *by* phrase, English names the
/// body one is expelled or suspended from as who did it (a member is put out by the body
/// he belongs to). Empty for other verbs.
fn expelled_from(tree: &DepTree, acts: &[Act], verb: usize) -> Vec<usize> {
    if !tree.lemma_in(verb, EXPELLING_VERBS) {
        return Vec::new();
    }
    tree.children(verb)
        .filter(|&c| universal(tree.deprel(c)) == "obl" && tree.has_marker(c, "case", "from"))
        .flat_map(|c| actors_in(tree, acts, c))
        .collect()
}

/// Verbs of feeling whose passive names who feels as its subject and what they feel about
/// in the *by* phrase ("disappointed by", "alarmed by"): English psychological verbs, whose
/// passive is a state of the experiencer, not an act done to them.
const FEELING_VERBS: &[&str] = &[
    "disappoint",
    "surprise",
    "concern",
    "worry",
    "alarm",
    "shock",
    "dismay",
    "anger",
    "outrage",
    "sadden",
    "trouble",
    "frustrate",
    "upset",
    "disturb",
    "encourage",
    "please",
];

/// Whether `verb` (or the participle it shares its passive with) is a verb of feeling.
fn experiences(tree: &DepTree, verb: usize) -> bool {
    [verb, passive_shared_from(tree, verb)]
        .iter()
        .any(|&v| tree.lemma_in(v, FEELING_VERBS))
}

/// Whether oblique `c` of `verb` is the *for* phrase of a verb of fighting or dying: it
/// names the side fought for ("North Korean troops *fighting for Russia*", "died for
/// Ukraine"), not the enemy.
fn side_fought_for(tree: &DepTree, verb: usize, c: usize) -> bool {
    tree.has_marker(c, "case", "for") && tree.lemma_in(verb, &["fight", "battle", "die"])
}

/// The obliques of `verb` that say in which fight it happened ("killed *in clashes*",
/// [`CLASH_NOUNS`], [`ARMED_FIGHT_NOUNS`]).
fn fights(tree: &DepTree, verb: usize) -> Vec<usize> {
    tree.children(verb)
        .filter(|&c| {
            tree.deprel(c).starts_with("obl")
                && ["in", "during"]
                    .iter()
                    .any(|p| tree.has_marker(c, "case", p))
                && (tree.lemma_in(c, CLASH_NOUNS) || tree.lemma_in(c, ARMED_FIGHT_NOUNS))
        })
        .collect()
}

/// The other side of the fight a past participle `verb` happened in: "the gang leader was
/// killed *in a gun battle with police*", "Palestinians injured *in confrontations with
/// Israeli police*". In English the *with* phrase of a fight noun names who fought the one
/// it befell, so with no *by* phrase they are the doer (CAMEO codes who fought whom).
/// Returns the opponents and every actor the fight's phrase names.
fn clash_opponents(
    tree: &DepTree,
    words: &[String],
    acts: &[Act],
    verb: usize,
) -> (Vec<usize>, Vec<usize>) {
    let fights = fights(tree, verb);
    // The *with* straight after the noun marks its phrase however the parser attached
    // that phrase ("a gun battle with police Friday", police hung on "Friday").
    let with_phrase = |c: usize| {
        let next = c + 1;
        let marks = next < tree.tokens().end
            && tree.syntax(next).lemma.eq_ignore_ascii_case("with")
            && tree.deprel(next) == "case";
        marks.then(|| tree.head(next)).flatten()
    };
    let opponents: Vec<usize> = fights
        .iter()
        .filter_map(|&c| with_phrase(c))
        .flat_map(|k| actors_in(tree, acts, k))
        .collect();
    // The first actor named and its conjuncts: a place after it ("police in Jerusalem")
    // is where they fought.
    let Some(&first) = opponents.iter().min() else {
        return (Vec::new(), Vec::new());
    };
    let mut fought_in = opponents.clone();
    fought_in.extend(fights.iter().flat_map(|&c| actors_in(tree, acts, c)));
    (compound(words, acts, first), fought_in)
}

/// The foreign land an act of force with no target of its own was done in: "Israel
/// struck targets *in southern Lebanon*", "Pakistan carried out airstrikes *inside
/// Afghanistan*". Force used on another state's territory is used against that state
/// (CAMEO codes the cross-border strike as Israel against Lebanon); a place of the doer's
/// own country says only where (domestic violence has its victims as the target, or
/// none). The place phrases hang on `heads` (the verb, or the event noun and its light
/// verb); only a country or a region of one, of a country none of `sources` belongs to.
pub(super) fn foreign_land(
    tree: &DepTree,
    s: &Sentence,
    heads: &[usize],
    sources: &[usize],
) -> Vec<usize> {
    land_of_the_act(tree, s, heads, sources, false)
}

/// The land a verb of force `v` with no target of its own was used in: [`foreign_land`]
/// of the place phrases on the verb; for armed doers who are no state's (gunmen and
/// militants of no known country, a country's rebels), also those on its object ("Gunmen
/// attacked Springfield *in Nigeria's Plateau state*"), in any land, their own country's
/// included, as aid given by a body of no country is given in any ([`aided_land`]):
/// whoever holds no state's land attacks the state's.
pub(super) fn land_attacked(
    tree: &DepTree,
    s: &Sentence,
    v: usize,
    sources: &[usize],
) -> Vec<usize> {
    let code_of = |a: usize| s.doc.actors[s.acts[a].mention].code.as_str();
    let no_states = |a: usize| {
        code_of(a)
            .strip_prefix("---")
            .is_some_and(|role| ["UAF", "REB", "CRM", "MIL"].contains(&role))
            || armed_non_state(code_of(a))
    };
    if !sources.iter().all(|&a| no_states(a)) {
        return foreign_land(tree, s, &[v], sources);
    }
    let mut heads = vec![v];
    heads.extend(tree.children(v).filter(|&k| tree.deprel(k) == "obj"));
    land_of_the_act(tree, s, &heads, sources, true)
}

/// Whether an actor code is an armed group of a country that is not its state (rebels,
/// insurgents, militants: `CODREB`), which CAMEO codes as fighting that state.
fn armed_non_state(code: &str) -> bool {
    let c = ActorCode::new(code);
    c.country().is_some() && c.is_armed_non_state()
}

/// The land aid with no recipient named was given, cut or suspended in: "the World Food
/// Program suspended aid deliveries *in northern Ethiopia*". Aid is given to the people
/// of the land it is delivered in (CAMEO 07 and 162 take the recipient as target), so
/// that land is the target, unless it is the giver's own; a giver of no country (an
/// international body) gives in any land. The place phrases hang on verb `v` or on its
/// object.
pub(super) fn aided_land(tree: &DepTree, s: &Sentence, v: usize, sources: &[usize]) -> Vec<usize> {
    let mut heads = vec![v];
    heads.extend(tree.children(v).filter(|&k| tree.deprel(k) == "obj"));
    land_of_the_act(tree, s, &heads, sources, true)
}

/// The land in the place phrases on `heads` of a country none of `sources` belongs to
/// (see [`foreign_land`] and [`aided_land`]); with `stateless`, sources of no country
/// act in any land, else they act in none.
fn land_of_the_act(
    tree: &DepTree,
    s: &Sentence,
    heads: &[usize],
    sources: &[usize],
    stateless: bool,
) -> Vec<usize> {
    let code_of = |a: usize| s.doc.actors[s.acts[a].mention].code.as_str();
    // Rebels fight their own country's state: its land is no land of theirs
    // ("M23 rebels seized the town of Pinga in Congo's North Kivu province").
    let own: Vec<&str> = sources
        .iter()
        .filter(|&&a| !armed_non_state(code_of(a)))
        .filter_map(|&a| factum_actors::country_of(code_of(a)))
        .collect();
    if own.is_empty() && !stateless {
        return Vec::new();
    }
    heads
        .iter()
        .flat_map(|&h| tree.children(h))
        .filter(|&c| {
            matches!(universal(tree.deprel(c)), "obl" | "nmod")
                && locative(tree, &s.acts, &s.doc.actors, c)
        })
        .flat_map(|c| {
            // "struck targets *near the presidential palace* in Damascus": force at a
            // seat of government is used in its land.
            let seat = tree.lemma_in(c, SEAT_BUILDINGS);
            actors_in(tree, &s.acts, c)
                .into_iter()
                .filter(move |&a| seat || names_a_land(code_of(a)))
        })
        .filter(|&a| factum_actors::country_of(code_of(a)).is_some_and(|c| !own.contains(&c)))
        .collect()
}

/// Whom an act of force with no target of its own was aimed at, by its purpose: the
/// object of a *to*-infinitive on the verb or on its object ("police opened fire *to
/// disperse protesters*", "troops fired tear gas *to scatter the crowd*"). Force used in
/// order to act on someone is used on them (English: a purpose infinitive's object is
/// what the act was done to). Not the doer's own side (`sources`).
pub(super) fn purpose_target(
    tree: &DepTree,
    s: &Sentence,
    verb: usize,
    sources: &[usize],
) -> Vec<usize> {
    let objects = tree
        .children(verb)
        .filter(|&c| tree.deprel(c) == "obj")
        .chain(std::iter::once(verb));
    let purposes: Vec<usize> = objects
        .flat_map(|h| tree.children(h).collect::<Vec<_>>())
        .filter(|&c| {
            matches!(universal(tree.deprel(c)), "advcl" | "acl" | "xcomp")
                && tree.has_marker(c, "mark", "to")
                && c > verb
        })
        .collect();
    purposes
        .into_iter()
        .flat_map(|p| {
            tree.children(p)
                .filter(|&k| tree.deprel(k) == "obj")
                .collect::<Vec<_>>()
        })
        .flat_map(|o| actors_in(tree, &s.acts, o))
        .filter(|a| !sources.contains(a))
        .collect()
}

/// Nouns of an attack by one side ("a drone *strike*", "an *ambush*").
const ATTACK_NOUNS: &[&str] = &[
    "attack",
    "strike",
    "airstrike",
    "raid",
    "ambush",
    "bombing",
    "shelling",
    "bombardment",
    "assault",
    "offensive",
];

/// The doers of the attack a past participle `verb` happened in: "five soldiers were
/// killed *in an attack by militants*", "three people were killed *in a Russian drone
/// strike*". The agent of an attack noun (its *by* phrase, or the actor modifying it) is
/// the one who did what befell the passive's subject (English: the attack is the means of
/// the killing). Actors in the noun's other phrases ("on Kharkiv", "in Pakistan") are not.
/// Returns the doers and every actor the attack's phrase names.
fn attackers(tree: &DepTree, acts: &[Act], verb: usize) -> (Vec<usize>, Vec<usize>) {
    let attacks = tree.children(verb).filter(|&c| {
        tree.deprel(c).starts_with("obl")
            && ["in", "during"]
                .iter()
                .any(|p| tree.has_marker(c, "case", p))
            && tree.lemma_in(c, ATTACK_NOUNS)
    });
    let mut doers = Vec::new();
    let mut named = Vec::new();
    for c in attacks {
        for a in actors_in(tree, acts, c) {
            named.push(a);
            if !behind_phrase(tree, &acts[a], c, &["by"]) {
                doers.push(a);
            }
        }
    }
    (doers, named)
}

/// Verbs of moving forces or people from place to place: what a state moves of its own is
/// the theme of the act ([`own_state`]).
const MOVING_VERBS: &[&str] = &[
    "deploy", "redeploy", "send", "dispatch", "station", "move", "withdraw", "pull", "mobilize",
    "mobilise",
];

/// A test of whether an actor is the state of one of `sources`' own countries, or a part of that
/// state (its troops, its government; troops with no country of their own are taken
/// as the subject's): "France is ready to contribute *troops* to the
/// force in Liberia", "Syria will withdraw *its troops* from Lebanon". What a state sends,
/// gives or withdraws of its own is the theme of the act, not who it is done to; the
/// recipient or the place left is (CAMEO codes the troop contribution as France to
/// Liberia). A non-state part of its society ("Turkey will allow Turkish refugees to
/// return") is a real target: the state acts on it. A state's office named with a
/// possessive pronoun is the state's own too ("France withdrew *its ambassador* from
/// Algeria": English *its* refers back to the subject).
fn own_state<'s>(
    tree: &'s DepTree,
    s: &'s Sentence,
    sources: &[usize],
) -> impl Fn(usize) -> bool + 's {
    let code = |a: usize| s.doc.actors[s.acts[a].mention].code.as_str();
    let possessed = move |a: usize| {
        let (start, end) = s.acts[a].tokens;
        (start..end).any(|t| tree.children(t).any(|k| tree.syntax(k).xpos == "PRP$"))
    };
    let countries: Vec<&str> = sources
        .iter()
        .filter_map(|&a| factum_actors::country_of(code(a)))
        .collect();
    move |a| {
        let c = code(a);
        let sector = ActorCode::new(c).sector();
        let own_part = if c.starts_with("---") {
            // Troops or police with no country of their own ("contribute troops",
            // "deployed police officers to Haiti") are the subject's: a state sends its
            // own forces; "its ambassador" is its own office.
            matches!(sector, Some("MIL" | "COP"))
                || (possessed(a) && sector.is_some_and(|r| STATE_SECTORS.contains(&r)))
        } else {
            factum_actors::country_of(c).is_some_and(|k| countries.contains(&k))
                && names_the_state(c)
        };
        // A pronoun ("calling *it* a gift") refers back; it is no theme.
        !countries.is_empty() && s.acts[a].pronoun.is_none() && own_part
    }
}

/// Actors of the "from" / "to" / "into" phrases the parser hung on a state's own theme
/// (`core`): "withdrew its ambassador *from Algeria*", "sent its troops *to Mali*". What is
/// moved has no source or goal of its own in English: the phrase says where the verb
/// moves it, as an oblique of the verb would.
fn moved_between(tree: &DepTree, acts: &[Act], core: &[usize]) -> Vec<usize> {
    core.iter()
        .flat_map(|&a| acts[a].tokens.0..acts[a].tokens.1)
        .flat_map(|t| tree.children(t))
        .filter(|&k| {
            universal(tree.deprel(k)) == "nmod"
                && ["from", "to", "into"]
                    .iter()
                    .any(|p| tree.has_marker(k, "case", p))
        })
        .flat_map(|k| actors_in(tree, acts, k))
        .collect()
}

/// The modals of obligation: "X must / should do Y" says what X is required to do.
pub(super) const OBLIGATION_MODALS: &[&str] = &["must", "should", "ought"];

/// Whether verb token `v` is under a modal of obligation ("Libya *must* hand over …").
pub(super) fn obliged(tree: &DepTree, v: usize) -> bool {
    // "It is *necessary* for India to help Mauritius": an infinitive that is the subject of
    // an adjective of necessity says what must be done, as *must* does (and so does a verb
    // coordinated with it, "… to have engagement with Mauritius and *help* them").
    let mut first = v;
    while let Some(h) = tree.head(first).filter(|_| tree.deprel(first) == "conj") {
        first = h;
    }
    let necessary = matches!(universal(tree.deprel(first)), "csubj" | "ccomp")
        && tree.has_marker(first, "mark", "to")
        && tree
            .head(first)
            .is_some_and(|h| tree.lemma_in(h, NECESSITY_ADJECTIVES));
    necessary
        || tree
            .children(v)
            .any(|k| universal(tree.deprel(k)) == "aux" && tree.lemma_in(k, OBLIGATION_MODALS))
}

/// Adjectives that say an act is needed: "it is *necessary* / *important* / *vital* for X
/// to …" states a requirement or an opinion, not an event.
const NECESSITY_ADJECTIVES: &[&str] = &[
    "necessary",
    "important",
    "essential",
    "vital",
    "crucial",
    "imperative",
    "critical",
    "urgent",
];

/// A demand reported through a verb of saying (`v`): "A senior British minister reiterated
/// that Libya must hand over the bombers", "Rebels announced that Kagame must agree to
/// …". The speaker demands of the subject of the obligation (a rule of English: *must* /
/// *should* state a requirement, and the one who states it to the world is demanding it;
/// `docs/annotation.md` codes demands as 10x, speaker to addressee). Returns the speaker's
/// actors and the obliged actors; empty when either has none.
pub(super) fn reported_demand(tree: &DepTree, s: &Sentence, v: usize) -> (Vec<usize>, Vec<usize>) {
    reported(
        tree,
        s,
        v,
        |c| obliged(tree, c) && !tree.lemma_in(c, COGNITION_VERBS),
        |k| actors_in(tree, &s.acts, k),
    )
}

/// Verbs of knowing and grasping.
const COGNITION_VERBS: &[&str] = &["understand", "realize", "realise", "know", "learn"];

/// A rebuke reported through a verb of saying (`v`): "U.S. lawmakers *must understand*
/// they will get nowhere with impositions, the Turkish foreign minister said". What
/// someone must understand, realise or know is no act asked of them but a lesson the
/// speaker reads them: English uses it to admonish, a criticism (CAMEO 111) of the one
/// told. Returns the speaker's actors and those told; empty when either has none.
pub(super) fn reported_rebuke(tree: &DepTree, s: &Sentence, v: usize) -> (Vec<usize>, Vec<usize>) {
    reported(
        tree,
        s,
        v,
        |c| obliged(tree, c) && tree.lemma_in(c, COGNITION_VERBS),
        |k| actors_in(tree, &s.acts, k),
    )
}

/// The speakers of verb of saying `v`, and the actors `of_subject` finds in the subjects of
/// the clauses it says that `said` accepts (other than the speakers).
fn reported(
    tree: &DepTree,
    s: &Sentence,
    v: usize,
    said: impl Fn(usize) -> bool,
    of_subject: impl Fn(usize) -> Vec<usize>,
) -> (Vec<usize>, Vec<usize>) {
    let (speakers, clauses) = speech(tree, s, v);
    let others = clauses
        .into_iter()
        .filter(|&c| said(c))
        .flat_map(|c| subjects(tree, c))
        .flat_map(of_subject)
        .filter(|a| !speakers.contains(a))
        .collect();
    (speakers, others)
}

/// The actors who speak through verb of saying `v` (its subjects), and the clauses it
/// says: its complements ("said that Y must …"), or the clause it is a parenthetical of
/// ("Y must …, X said").
pub(super) fn speech(tree: &DepTree, s: &Sentence, v: usize) -> (Vec<usize>, Vec<usize>) {
    // "The U.S. Trade Act says that China must …": a law or agreement says what it
    // provides; no one speaks through it.
    // A speaker is an active subject like any other: an actor in a place phrase of it
    // ("Dillard Spriggs of Petroleum Analysis Ltd *in New York*") says where the speaker
    // is, not who speaks ([`beside_the_subject`]).
    let speakers: Vec<usize> = subjects(tree, v)
        .iter()
        .filter(|&&c| !tree.lemma_in(c, super::frames::PROVIDING_TEXTS))
        .flat_map(|&c| {
            actors_in(tree, &s.acts, c)
                .into_iter()
                .filter(move |&a| !beside_the_subject(tree, &s.acts[a], c))
        })
        .collect();
    let parenthetical_of = tree
        .head(v)
        .filter(|_| universal(tree.deprel(v)) == "parataxis");
    let said = tree
        .children(v)
        .filter(|&c| universal(tree.deprel(c)) == "ccomp")
        .chain(parenthetical_of)
        .collect();
    (speakers, said)
}

/// Sectors of the state's forces of order and war: police, armed forces, intelligence.
const FORCE_SECTORS: &[&str] = &["COP", "MIL", "SPY"];

/// Sectors of armed non-state actors: rebels, unidentified armed forces, criminals,
/// insurgents.
const ARMED_NON_STATE_SECTORS: &[&str] = &["REB", "UAF", "CRM", "INS"];

/// Whether actor code `code` is of an armed actor: a state's forces ([`FORCE_SECTORS`]),
/// an armed non-state group ([`ARMED_NON_STATE_SECTORS`]) or an international militant
/// group (`IMG…`).
pub(super) fn armed(code: &str) -> bool {
    let sector = ActorCode::new(code).sector();
    code.starts_with("IMG")
        || sector
            .is_some_and(|x| FORCE_SECTORS.contains(&x) || ARMED_NON_STATE_SECTORS.contains(&x))
}

/// The forces behind the agentless passive at verb token `v`, when it is an act of their
/// own trade, with why, in words: those who report it ("Police said three activists *were
/// arrested*", "Both forces say several rebels were neutralized or *captured*", "…, the
/// army said" after "30 militants were killed": police and armed forces announce their
/// own arrests and operations), else those whose act it is conjoined with ("*Police* fired
/// tear gas to disperse hundreds of UDP supporters, and at least 25 people *were
/// arrested*": English leaves out the agent a clause before has just named). The coding
/// guide takes an untold agent from the story (`docs/annotation.md` §3). Only coercion
/// (CAMEO 17) of anyone, and force (18, 19) against armed non-state actors: a force
/// reporting its own losses ("five soldiers were killed, the army said") or violence
/// against civilians is not telling its own act. `None` when no such force stands there.
pub(super) fn force_behind_agentless(
    tree: &DepTree,
    s: &Sentence,
    v: usize,
    code: &str,
    targets: &[usize],
) -> Option<(Vec<usize>, &'static str)> {
    if !forces_own_trade(s, code, targets) {
        return None;
    }
    let forces = |found: Vec<usize>| -> Vec<usize> {
        found
            .into_iter()
            .filter(|&a| is_force_actor(s, a) && !targets.contains(&a))
            .collect()
    };
    let reporters = reporting_verb_of(tree, v)
        .map(|report| forces(speech(tree, s, report).0))
        .unwrap_or_default();
    if !reporters.is_empty() {
        return Some((
            reporters,
            "a force reporting an agentless act of its trade did it",
        ));
    }
    let first = tree.head(v).filter(|_| tree.deprel(v) == "conj")?;
    let conjoined = forces(
        subjects(tree, first)
            .into_iter()
            .filter(|&k| !tree.deprel(k).ends_with(":pass"))
            .flat_map(|k| actors_in(tree, &s.acts, k))
            .collect(),
    );
    (!conjoined.is_empty()).then_some((
        conjoined,
        "an agentless act of a force's trade, conjoined with its act, is its own",
    ))
}

/// Whether actor code `code` is of a state's police, armed forces or intelligence
/// ([`FORCE_SECTORS`]).
pub(super) fn of_a_force(code: &str) -> bool {
    ActorCode::new(code)
        .sector()
        .is_some_and(|x| FORCE_SECTORS.contains(&x))
}

/// Whether actor `a` of sentence `s` is an armed or police force ([`FORCE_SECTORS`]).
fn is_force_actor(s: &Sentence, a: usize) -> bool {
    of_a_force(s.code_of(a))
}

/// Whether the sector of actor `a` of sentence `s` is one of `sectors`.
fn sector_in(s: &Sentence, a: usize, sectors: &[&str]) -> bool {
    ActorCode::new(s.code_of(a))
        .sector()
        .is_some_and(|x| sectors.contains(&x))
}

/// Whether an act of CAMEO `code` on `targets` is one a force does as its trade and
/// reports as its own: coercion (CAMEO 17) of anyone, force (18, 19) against armed
/// non-state actors ([`force_behind_agentless`]).
fn forces_own_trade(s: &Sentence, code: &str, targets: &[usize]) -> bool {
    let armed_group =
        |t: usize| s.code_of(t).starts_with("IMG") || sector_in(s, t, ARMED_NON_STATE_SECTORS);
    code.starts_with("17")
        || (matches!(code.get(..2), Some("18" | "19"))
            && !targets.is_empty()
            && targets.iter().all(|&t| armed_group(t)))
}

/// The verb of saying that reports the clause of verb token `v`: the head of the complement
/// clause it stands in ("police *said* [three men were arrested]"; up a coordination,
/// "say [X were seized and Y *captured*]"), or a parenthetical on it ("…, police *said*").
fn reporting_verb_of(tree: &DepTree, v: usize) -> Option<usize> {
    let reporting = |k: usize| tree.lemma_in(k, REPORTING_LEMMAS);
    let mut c = v;
    for _ in 0..4 {
        if let Some(p) = tree
            .children(c)
            .find(|&k| universal(tree.deprel(k)) == "parataxis" && reporting(k))
        {
            return Some(p);
        }
        let h = tree.head(c)?;
        match universal(tree.deprel(c)) {
            "ccomp" if reporting(h) => return Some(h),
            "conj" => c = h,
            _ => return None,
        }
    }
    None
}

/// A judgement reported through a verb of saying (`v`): "France said the Russian strikes
/// were unacceptable", "'Iran's decision is deeply regrettable,' the minister said". To say
/// that another actor's act is wrong is to criticise that actor (CAMEO 111, "criticize or
/// denounce"; `docs/annotation.md` codes the speaker as source): the clause said has a
/// condemning word as its predicate ("is unacceptable", "was a violation") and the actor
/// judged is the doer of what its subject names (see [`judged_doers`]). Returns the
/// speaker's actors and the judged actors; empty when either has none.
pub(super) fn reported_judgement(
    tree: &DepTree,
    s: &Sentence,
    v: usize,
) -> (Vec<usize>, Vec<usize>) {
    let condemns = |c| condemning_predicate(tree, c);
    reported(tree, s, v, condemns, |k| judged_doers(tree, &s.acts, k))
}

/// The speakers of verb of saying `v` when a clause it says condemns ("the EU said the
/// detentions *were unacceptable*"), whoever that clause's subject names; else empty.
pub(super) fn condemning_speakers(tree: &DepTree, s: &Sentence, v: usize) -> Vec<usize> {
    let (speakers, clauses) = speech(tree, s, v);
    if clauses.into_iter().any(|c| condemning_predicate(tree, c)) {
        speakers
    } else {
        Vec::new()
    }
}

/// Whether clause `c` is a copular predicate that condemns ("is utterly unacceptable",
/// "was deeply regrettable and a violation of the treaty"): a condemning word heads it or
/// one of its conjuncts, and it has a copula (an ordinary verb's clause states an act);
/// or says that a rule was broken or a wrong committed.
fn condemning_predicate(tree: &DepTree, c: usize) -> bool {
    // (A participle read as a verb has the verb's lemma: "concerning" → "concern".)
    let concerning = |k: usize| tree.syntax(k).xpos == "VBG" && tree.lemma_in(k, CONCERN_VERBS);
    let condemns = |k: usize| tree.lemma_in(k, CONDEMNING_WORDS) || concerning(k);
    // "China said the U.S. arms sales to Taiwan *violate* the one-China principle": to say
    // an act breaks a rule, law or agreement condemns it as a predicate of *be* does.
    let breaks_a_rule = tree.lemma_in(c, VIOLATING_VERBS) && tree.has_dependent(c, "obj");
    // "Human Rights Watch said Ethiopian forces *committed war crimes*": to say someone
    // committed a wrong names it as one.
    let commits_a_wrong = tree.lemma_in(c, &["commit", "perpetrate"])
        && tree
            .children(c)
            .any(|k| tree.deprel(k) == "obj" && (condemns(k) || tree.lemma_in(k, ATROCITY_NOUNS)));
    breaks_a_rule
        || commits_a_wrong
        || copular(tree, c)
            && (condemns(c)
                || tree
                    .children(c)
                    .any(|k| universal(tree.deprel(k)) == "conj" && condemns(k)))
}

/// Whether clause `c` is a predicate of *be*: it has a copula, or it is an adjective in
/// *-ing* the parser read as a progressive verb ("were deeply *concerning*").
pub(super) fn copular(tree: &DepTree, c: usize) -> bool {
    tree.children(c).any(|k| {
        let rel = universal(tree.deprel(k));
        rel == "cop" || (rel == "aux" && tree.lemma_in(k, &["be"]) && tree.syntax(c).xpos == "VBG")
    })
}

/// Verbs whose participles in *-ing* say an act gives cause for concern ("deeply
/// *concerning*", "*alarming*").
const CONCERN_VERBS: &[&str] = &["concern", "worry", "alarm", "trouble", "disturb"];

/// Nouns of grave wrongs done to people, besides the condemning words ("committed
/// *atrocities*").
const ATROCITY_NOUNS: &[&str] = &["atrocity", "abuse", "massacre", "crime", "murder"];

/// Verbs of breaking a rule, law or agreement.
const VIOLATING_VERBS: &[&str] = &["violate", "breach", "contravene", "flout"];

/// The actors who did what the phrase at `h` names, as a judgement of it holds them to
/// account: the phrase itself when it names an actor ("Israel is a terrorist state"), its
/// owner ("Russia's behaviour"), its nationality or name modifier ("the Russian strikes",
/// "the Hamas attack") and its doer ("the killing of protesters by police"), or, for an
/// act named by a verb ("expanding cooperation between Russia and North Korea"), every
/// actor in it. Never those it was done to or where ("strikes on Kyiv", "the killing of
/// protesters"): in English the object of an action noun follows it with *of*, *on*,
/// *against*, and those are its victims, not its doers.
pub(super) fn judged_doers(tree: &DepTree, acts: &[Act], h: usize) -> Vec<usize> {
    if tree.syntax(h).upos == "VERB" {
        return actors_in(tree, acts, h);
    }
    let doer_phrases = tree.children(h).filter(|&k| {
        side_for(false, tree.deprel(k), case_of(tree, k).as_deref()) == Some(Side::Agent)
    });
    let mut out: Vec<usize> = acts
        .iter()
        .enumerate()
        .filter(|(_, a)| (a.tokens.0..a.tokens.1).contains(&h))
        .map(|(i, _)| i)
        .collect();
    for k in doer_phrases {
        out.extend(actors_in(tree, acts, k));
    }
    // "the killing of protesters *by the military*", the *by* phrase parsed under the
    // victims: it is the act's doer (see [`by_phrase_actors`]).
    for k in tree.children(h) {
        if case_of(tree, k).as_deref() == Some("of") {
            out.extend(by_phrase_actors(tree, acts, k));
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// Nouns of trade that come *from* a land (imports) or go *to* one (exports).
const TRADE_FROM: &[&str] = &["import", "importation", "purchase"];
const TRADE_TO: &[&str] = &["export", "shipment", "sale"];

/// The land a measure at verb `v` (CAMEO 16: ban, suspend …) is against when its object
/// is trade with it: "Cameroon *banned the import* of chicks *from France*", "suspended
/// arms *exports to Israel*". An embargo on a land's goods, or on goods bound for it, is
/// a sanction against that land (CAMEO 163); the *from* or *to* phrase may hang on the
/// trade noun, on a noun inside it or on the verb.
pub(super) fn trade_partner(tree: &DepTree, s: &Sentence, v: usize) -> Vec<usize> {
    let Some(trade) = tree.children(v).find(|&c| {
        tree.deprel(c) == "obj" && (tree.lemma_in(c, TRADE_FROM) || tree.lemma_in(c, TRADE_TO))
    }) else {
        return Vec::new();
    };
    let case = if tree.lemma_in(trade, TRADE_FROM) {
        "from"
    } else {
        "to"
    };
    let on_verb = tree
        .children(v)
        .filter(|&c| universal(tree.deprel(c)) == "obl");
    tree.subtree(trade)
        .into_iter()
        .filter(|&k| k != trade && matches!(universal(tree.deprel(k)), "nmod" | "obl"))
        .chain(on_verb)
        .filter(|&k| tree.has_marker(k, "case", case))
        .flat_map(|k| actors_in(tree, &s.acts, k))
        .collect()
}

/// The actors of the *by* phrases hung on noun `c`, the victim (*of* phrase) of an
/// action noun: "the killing of protesters *by the military*" is often parsed with the
/// *by* phrase under "protesters", but a noun of people or things takes no agent phrase
/// and the action noun does (prepositional phrase attachment), so these are the act's
/// doers. (A participle's agent, "protesters *held by police*", hangs on the participle,
/// not here.)
pub(super) fn by_phrase_actors(tree: &DepTree, acts: &[Act], c: usize) -> Vec<usize> {
    tree.children(c)
        .filter(|&d| {
            universal(tree.deprel(d)) == "nmod" && case_of(tree, d).as_deref() == Some("by")
        })
        .flat_map(|d| actors_in(tree, acts, d))
        .collect()
}

/// The actors a demand made with verb token `v` is addressed to when its object names
/// none: the subject of the clause demanded ("Russia demanded *that Ukraine* withdraw its
/// troops", "insisted that Israel halt"). English puts the one who must act as that
/// clause's subject; `docs/annotation.md` codes the demand with the addressee as target.
/// Only the verb's own complements: a demand is no verb of saying, so the clause it stands
/// in as a parenthetical is not what it demands.
pub(super) fn demanded_of(tree: &DepTree, s: &Sentence, v: usize) -> Vec<usize> {
    tree.children(v)
        .filter(|&c| universal(tree.deprel(c)) == "ccomp")
        .flat_map(|c| subjects(tree, c))
        .flat_map(|k| actors_in(tree, &s.acts, k))
        .collect()
}

/// The actors a warning is about, when it threatens nothing: "The United States warned
/// that expanding cooperation between Russia and North Korea is dangerous" criticises
/// Russia and North Korea (`docs/annotation.md`: *warn* is 13x when it threatens a
/// consequence, else 111). The warning at verb token `v` has a complement clause with no
/// future, conditional or obligation (those are threats or demands), and the actors in that
/// clause's subject are what it is about. Empty when it is no such warning.
pub(super) fn warned_about(tree: &DepTree, s: &Sentence, v: usize) -> Vec<usize> {
    if tree.syntax(v).lemma.to_lowercase() != "warn" {
        return Vec::new();
    }
    let threat = |c: usize| {
        tree.children(c).any(|k| {
            universal(tree.deprel(k)) == "aux"
                && matches!(
                    tree.syntax(k).lemma.to_lowercase().as_str(),
                    "will"
                        | "would"
                        | "must"
                        | "should"
                        | "could"
                        | "might"
                        | "may"
                        | "can"
                        | "shall"
                )
        })
    };
    let Some(clause) = tree
        .children(v)
        .find(|&c| universal(tree.deprel(c)) == "ccomp")
    else {
        return Vec::new();
    };
    if threat(clause) {
        return Vec::new();
    }
    // The subject of the clause with everything inside it ("cooperation between Russia
    // and North Korea"), clauses included: a gerund subject's object is what it is about.
    let mut about: Vec<usize> = subjects(tree, clause)
        .into_iter()
        .flat_map(|c| {
            s.acts
                .iter()
                .enumerate()
                .filter(move |(_, a)| (a.tokens.0..a.tokens.1).any(|t| tree.in_subtree(t, c)))
                .map(|(i, _)| i)
        })
        .collect();
    about.dedup();
    about
}

/// Personal pronouns in argument positions of sentence `si` that refer to an actor named
/// earlier (this sentence or the two before), as actors of this sentence. "The officials
/// said they arrested seven IS members": *they* are the officials. Only third-person
/// pronouns: *we* and *I* in quotes are the speaker, whom the attribution stage finds.
/// With `possessives`, the possessive determiners instead ("*his* White House meeting",
/// "*their* talks"), read as the personal pronoun they are the genitive of.
pub(super) fn pronoun_actors(
    doc: &Document,
    syn: &[TokenSyntax],
    tree: &DepTree,
    si: usize,
    units: &Units,
    possessives: bool,
) -> Vec<Act> {
    let sent = doc.sentences[si];
    let base = sent.token_start as usize;
    let mut out = Vec::new();
    for t in sent.token_range() {
        let s = &syn[t];
        let Some(lemma) = pronoun_lemma(s, possessives) else {
            continue;
        };
        let rel = s.deprel.split(':').next().unwrap_or("");
        // Inside a quotation a pronoun belongs to the speaker's world ("They attacked the
        // hotel," the lawmaker said): its antecedent is not the last actor of the narration.
        let quotes_before = (sent.token_start as usize..t)
            .filter(|&k| doc.tokens[k].norm == "\"")
            .count();
        if doc
            .actors
            .iter()
            .any(|m| (m.token_start as usize..m.token_end as usize).contains(&t))
        {
            continue; // already part of a named actor ("We Are Ukraine")
        }
        let quoted = quotes_before % 2 == 1;
        // In a direct quotation the first person is the speaker: "“We called for Russia to
        // reciprocate,” the diplomats said" (the reporting verb's subject, outside the quote).
        let speaker = match (quoted, lemma) {
            (true, "we" | "i") => quoted_speaker(doc, tree),
            // A third person in a quotation can only stand for an actor the quotation
            // itself names before it ("“The Taliban's announcement that *they* will no
            // longer grant me access …”"), or, for *he* or *she* in a quotation that opens
            // its sentence, for the person the sentence before is about: the news quotes
            // a speaker on the person it has just named ("Arnel Joseph … was killed …
            // “*He* opened fire on a police patrol …”").
            (true, _) => {
                let opening = (sent.token_start as usize..t)
                    .rev()
                    .find(|&k| doc.tokens[k].norm == "\"")
                    .unwrap_or(t);
                let topic = (matches!(lemma, "he" | "she") && opening == sent.token_start as usize)
                    .then(|| person_topic_before(doc, syn, si))
                    .flatten();
                antecedent(doc, syn, si, t, lemma)
                    .filter(|&m| doc.actors[m].token_start as usize > opening || Some(m) == topic)
                    .or(topic)
            }
            (false, "we" | "i") => continue,
            _ => None,
        };
        if quoted && speaker.is_none() {
            continue;
        }
        // "It was a mistake to …", "it is necessary for …": *it* stands for the clause that
        // follows (extraposition), not for an actor; but before an adjective of will ("it
        // is *willing* to withdraw") it is a party, as no clause is willing.
        if lemma == "it" && rel == "nsubj" {
            if let Some(h) = s.head {
                let h = h as usize;
                let copula = tree.has_dependent(h, "cop");
                let willing = words::ADJECTIVES_OF_WILL
                    .iter()
                    .any(|a| syn[h].lemma.eq_ignore_ascii_case(a));
                if (copula || matches!(syn[h].upos.as_str(), "ADJ" | "NOUN")) && !willing {
                    continue;
                }
            }
        }
        let Some(mention) = speaker.or_else(|| antecedent(doc, syn, si, t, lemma)) else {
            continue;
        };
        out.extend(Act::referring(units, base, t, mention));
        // "Kuwait and Qatar held talks. *They* signed a memorandum": a plural pronoun
        // whose antecedent is a conjunct stands for the whole coordination, a plural.
        if lemma == "they"
            && rel == "nsubj"
            && !quoted
            && subject_coordination(syn, &doc.actors[mention])
        {
            for other in conjoined_mentions(doc, syn, mention) {
                out.extend(Act::referring(units, base, t, other));
            }
        }
    }
    out
}

/// Whether mention `m` is a conjunct of a coordinated subject ("*Kuwait and Qatar* held
/// talks", "*the emirs of Kuwait and Qatar* met"): a subject *they* refers back to the
/// subject before it (English keeps the topic), and a coordination of them is plural.
fn subject_coordination(syn: &[TokenSyntax], m: &ActorMention) -> bool {
    let mut k = m.token_start as usize;
    for _ in 0..8 {
        if syn[k].deprel.starts_with("nsubj") {
            return true;
        }
        match syn[k].head {
            Some(h)
                if matches!(
                    universal(&syn[k].deprel),
                    "conj" | "nmod" | "flat" | "compound"
                ) =>
            {
                k = h as usize
            }
            _ => return false,
        }
    }
    false
}

/// The actor mentions joined by a coordinator to mention `m` (UD `conj` between a word of
/// one and the head word of the other, either way, or as conjuncts of one first
/// conjunct), each a different actor with a name: "*Kuwait* and *Qatar*", "the emirs of
/// *Kuwait* and *Qatar*". A coordination of noun phrases names a plural of them all.
fn conjoined_mentions(doc: &Document, syn: &[TokenSyntax], m: usize) -> Vec<usize> {
    let range = |i: usize| doc.actors[i].token_start as usize..doc.actors[i].token_end as usize;
    let own = range(m);
    let head = |k: usize| syn[k].head.map(|h| h as usize);
    let conj = |k: usize| syn[k].deprel.starts_with("conj");
    // The first conjunct: a word of the mention, or the word a conjunct of it hangs on.
    let first: Vec<usize> = own
        .clone()
        .flat_map(|k| [Some(k), head(k).filter(|_| conj(k))])
        .flatten()
        .collect();
    let linked =
        |k: usize| conj(k) && head(k).is_some_and(|h| first.contains(&h)) || first.contains(&k);
    let mut out = Vec::new();
    for (i, other) in doc.actors.iter().enumerate() {
        let named = !other.code.starts_with("---") && other.code != doc.actors[m].code;
        if i == m
            || !named
            || out
                .iter()
                .any(|&o: &usize| doc.actors[o].code == other.code)
        {
            continue;
        }
        if range(i).any(|k| !own.contains(&k) && linked(k)) {
            out.push(i);
        }
    }
    out
}

/// The person the sentence before `si` is about: the subject of its main clause (of the
/// clause reported, where the main verb reports it: "X was killed …, officials said"), when
/// that is an actor named by a person's name (every word a proper noun: "Arnel Joseph").
fn person_topic_before(doc: &Document, syn: &[TokenSyntax], si: usize) -> Option<usize> {
    let tree = DepTree::new(syn, doc.sentences[si.checked_sub(1)?].token_range());
    let root = tree.root()?;
    // The clause a final reporting verb reports is the sentence's news.
    let main = match tree.children(root).find(|&c| tree.deprel(c) == "ccomp") {
        Some(reported) if tree.lemma_in(root, REPORTING_LEMMAS) => reported,
        _ => root,
    };
    let subject = tree
        .children(main)
        .find(|&k| tree.deprel(k).starts_with("nsubj"))?;
    let m = mention_at(doc, subject)?;
    let mention = &doc.actors[m];
    let name =
        (mention.token_start as usize..mention.token_end as usize).all(|k| syn[k].xpos == "NNP");
    (name && mention.code.len() > 3).then_some(m)
}

/// The actor mention with a word at document token `k`, if any.
fn mention_at(doc: &Document, k: usize) -> Option<usize> {
    doc.actors
        .iter()
        .position(|m| (m.token_start as usize..m.token_end as usize).contains(&k))
}

/// The doers of the clause that an act noun after a comma names, when participle `verb`
/// modifies that noun: "Mali's junta dissolved all political parties, *a move condemned
/// by* opposition leaders". English sums up the clause before the comma with such a noun
/// ("a move", "a decision", "a step"), so what is done to the move is done to whoever made
/// it, the subject of the sentence's main verb. Empty otherwise.
fn doers_of_the_clause_named(tree: &DepTree, acts: &[Act], verb: usize) -> Vec<usize> {
    let Some(noun) = tree.head(verb).filter(|_| tree.deprel(verb) == "acl") else {
        return Vec::new();
    };
    let start = tree
        .subtree(noun)
        .into_iter()
        .find(|&k| tree.syntax(k).xpos != ",")
        .unwrap_or(noun);
    let after_comma = start > 0 && tree.contains(start - 1) && tree.syntax(start - 1).xpos == ",";
    let Some(root) = tree.root().filter(|&r| r < start) else {
        return Vec::new();
    };
    if !after_comma || !tree.lemma_in(noun, ACT_NOUNS) {
        return Vec::new();
    }
    subjects(tree, root)
        .iter()
        .flat_map(|&c| actors_in(tree, acts, c))
        .collect()
}

/// Nouns that name an act without saying which ("the *move*", "the *decision*").
const ACT_NOUNS: &[&str] = &[
    "move",
    "decision",
    "step",
    "action",
    "launch",
    "test",
    "measure",
    "initiative",
];

/// The doers that a definite act noun with nothing of its own refers to, as actors standing
/// at the noun: "North Korea fired a ballistic missile into the sea. Seoul condemned *the
/// launch*", "China's coast guard expelled a Philippine vessel. Manila condemned *the
/// move*". Like a pronoun, "the move" refers to what the story has just told, and judging
/// an act judges whoever did it (see `judged_doers`): the first subject of the sentence
/// before of a verb other than one of saying (else of one of saying), other than the
/// subject judging it. Only an object with a definite
/// article and no owner, modifier or complement ("China's move", "the Chinese move",
/// "the move by China" say whose it is).
pub(super) fn act_noun_doers(
    doc: &Document,
    syn: &[TokenSyntax],
    si: usize,
    units: &Units,
    events: &[factum_doc::Event],
) -> Vec<Act> {
    let Some(prev) = si.checked_sub(1).map(|p| doc.sentences[p]) else {
        return Vec::new();
    };
    let sent = doc.sentences[si];
    let base = sent.token_start as usize;
    let children = |h: usize| {
        sent.token_range()
            .filter(move |&k| syn[k].head == Some(h as u32))
    };
    let holder = |k: usize| mention_at(doc, k);
    // "condemned the move *as economic terrorism*": what the act is judged to be (parsed
    // on the noun or on the verb) says nothing of whose it is.
    let judged_as = |k: usize| {
        syn[k].deprel == "nmod"
            && children(k).any(|c| syn[c].deprel == "case" && syn[c].lemma == "as")
    };
    let mut out = Vec::new();
    for t in sent.token_range() {
        let bare_definite = syn[t].deprel == "obj"
            && ACT_NOUNS.contains(&syn[t].lemma.to_ascii_lowercase().as_str())
            && children(t)
                .all(|k| matches!(syn[k].deprel.as_str(), "det" | "punct") || judged_as(k))
            && children(t).any(|k| {
                syn[k].deprel == "det"
                    && matches!(
                        syn[k].lemma.to_ascii_lowercase().as_str(),
                        "the" | "this" | "that"
                    )
            });
        if !bare_definite || holder(t).is_some() {
            continue;
        }
        let Some(verb) = syn[t].head.map(|h| h as usize) else {
            continue;
        };
        let judge = children(verb)
            .find(|&k| syn[k].deprel.starts_with("nsubj"))
            .and_then(holder);
        // The doer: the subject of the sentence before, of a verb that is no verb of
        // saying; else the speaker who said it ("China's coast guard said *it* expelled
        // …": the pronoun is the speaker's).
        // A past perfect ("Hungary *had threatened* to block the extension") tells
        // background before the story's act, not the act a definite noun names next
        // ("Kyiv welcomed *the decision*"): its subject is passed over for the sentence
        // before it.
        let pluperfect = |verb: usize| {
            (verb.saturating_sub(5)..verb)
                .any(|k| syn[k].head == Some(verb as u32) && doc.tokens[k].norm == "had")
        };
        let flashback = prev.token_range().any(|k| {
            let verb = syn[k].head.map(|h| h as usize);
            syn[k].deprel == "nsubj" && holder(k).is_some() && verb.is_some_and(pluperfect)
        });
        let reach = if flashback { 2 } else { 1 };
        let prev_sentences = (si.saturating_sub(reach)..si)
            .rev()
            .map(|p| doc.sentences[p]);
        // A speaker is the doer only of a clause it reports with a pronoun for itself
        // ("said *it* expelled", "said *his country* would host"): "The missiles flew 350
        // km, Japan's Defence Ministry said" tells an act of the missiles', not the
        // ministry's. (A subject that is an actor was taken before the speaker.)
        let reports_another = |p: factum_doc::Sentence, verb: usize| {
            let in_p = |h: usize| {
                p.token_range()
                    .filter(move |&k| syn[k].head == Some(h as u32))
            };
            let reported = p.token_range().filter(|&c| {
                syn[c].head == Some(verb as u32) && syn[c].deprel == "ccomp"
                    || syn[verb].deprel == "parataxis" && syn[verb].head == Some(c as u32)
            });
            let speakers_own = |k: usize| {
                syn[k].upos == "PRON"
                    || in_p(k).any(|c| syn[c].deprel == "nmod:poss" && syn[c].upos == "PRON")
            };
            reported.into_iter().any(|c| {
                in_p(c).any(|k| {
                    syn[k].deprel.starts_with("nsubj") && !speakers_own(k) && holder(k).is_none()
                })
            })
        };
        let subject_of = |saying: bool| {
            prev_sentences.clone().find_map(|p| {
                p.token_range().find_map(|k| {
                    let verb = syn[k].head? as usize;
                    let says =
                        REPORTING_LEMMAS.contains(&syn[verb].lemma.to_ascii_lowercase().as_str());
                    let m = holder(k).filter(|_| {
                        syn[k].deprel == "nsubj"
                            && says == saying
                            && !pluperfect(verb)
                            && !(says && reports_another(p, verb))
                    })?;
                    not_the_judge(doc, judge, m)
                })
            })
        };
        let doer = told_by_its_verb(doc, syn, si, &syn[t].lemma, judge)
            .or_else(|| measure_taken_before(doc, si, &syn[t].lemma, judge, events))
            .or_else(|| subject_of(false))
            .or_else(|| subject_of(true));
        if let Some(m) = doer {
            out.extend(Act::referring(units, base, t, m));
        }
    }
    out
}

/// Mention `m`, unless it has the code of `judge`, the actor who judges the act noun (no one
/// judges their own act: the doer is someone else).
fn not_the_judge(doc: &Document, judge: Option<usize>, m: usize) -> Option<usize> {
    judge
        .is_none_or(|j| doc.actors[j].code != doc.actors[m].code)
        .then_some(m)
}

/// How many sentences back a definite act noun looks for the act it names again: further
/// than a pronoun (a noun names its act where a pronoun only points), as far as a
/// definite description looks for its actor (`factum_actors::names`), and bounded so a
/// long document costs time in proportion to its length.
const ANAPHORA_REACH: usize = 6;

/// Act nouns with the verbs they nominalise: "Trump *had decided* not to invite
/// Ramaphosa" … "condemned *the decision*". A missile's launch is its firing: "North Korea
/// *fired* two ballistic missiles" … "Seoul called *the launch* a violation".
const NOMINALISED_VERBS: &[(&str, &str)] = &[
    ("decision", "decide"),
    ("move", "move"),
    ("launch", "launch"),
    ("launch", "fire"),
];

/// The subject of the latest verb of the story before sentence `si` that act noun `noun`
/// nominalises ([`NOMINALISED_VERBS`]), other than `judge`'s actor: a definite noun made
/// from a verb names again the act that verb told (English nominal anaphora), up to
/// [`ANAPHORA_REACH`] sentences back, and before any nearer subject.
fn told_by_its_verb(
    doc: &Document,
    syn: &[TokenSyntax],
    si: usize,
    noun: &str,
    judge: Option<usize>,
) -> Option<usize> {
    let noun = noun.to_ascii_lowercase();
    let verbs: Vec<&str> = NOMINALISED_VERBS
        .iter()
        .filter(|(n, _)| *n == noun)
        .map(|&(_, v)| v)
        .collect();
    if verbs.is_empty() {
        return None;
    }
    (si.saturating_sub(ANAPHORA_REACH)..si).rev().find_map(|p| {
        doc.sentences[p].token_range().rev().find_map(|k| {
            let head = syn[k].head? as usize;
            let m = mention_at(doc, k).filter(|_| {
                syn[k].deprel == "nsubj"
                    && syn[head].upos == "VERB"
                    && verbs
                        .iter()
                        .any(|v| syn[head].lemma.eq_ignore_ascii_case(v))
            })?;
            not_the_judge(doc, judge, m)
        })
    })
}

/// The actor mention of the source of the latest sanction or other reduction of relations
/// (CAMEO 16) the story told before sentence `si` ([`ANAPHORA_REACH`]), when act noun
/// `noun` is *measure*: "The European Union adopted its 21st package of sanctions against
/// Russia" … "Peskov dismissed *the measures* as illegal". English calls sanctions
/// measures; the doer is whoever imposed them, not the last subject (a spokesman of a
/// third country who spoke of them). Not `judge`'s own.
fn measure_taken_before(
    doc: &Document,
    si: usize,
    noun: &str,
    judge: Option<usize>,
    events: &[factum_doc::Event],
) -> Option<usize> {
    if !noun.eq_ignore_ascii_case("measure") {
        return None;
    }
    let source = events
        .iter()
        .rev()
        .take_while(|e| e.sentence as usize + ANAPHORA_REACH >= si)
        .filter(|e| (e.sentence as usize) < si && e.cameo.starts_with("16"))
        .find_map(|e| e.source.as_ref())?;
    // The mention that coded the source: its own, or (for a pronoun, "*its* 21st package
    // of sanctions") the latest one before it with its code.
    let m = doc
        .actors
        .iter()
        .rposition(|m| m.span.start < source.span.end && m.code == source.code)?;
    not_the_judge(doc, judge, m)
}

/// The personal pronoun a token stands for, when it is one `pronoun_actors` resolves: with
/// `possessives`, a possessive determiner read as its personal pronoun ("their" → "they");
/// else a personal pronoun in an argument position (subject, object, oblique).
fn pronoun_lemma(s: &TokenSyntax, possessives: bool) -> Option<&'static str> {
    let lemma = s.lemma.to_ascii_lowercase();
    if possessives {
        if s.xpos != "PRP$" || s.deprel != "nmod:poss" {
            return None;
        }
        return match lemma.as_str() {
            "his" => Some("he"),
            "her" => Some("she"),
            "their" => Some("they"),
            "its" => Some("it"),
            _ => None,
        };
    }
    let rel = s.deprel.split(':').next().unwrap_or("");
    if s.xpos != "PRP" || !matches!(rel, "nsubj" | "obj" | "iobj" | "obl") {
        return None;
    }
    words::PRONOUNS.iter().copied().find(|&p| p == lemma)
}

/// The actor who speaks a direct quotation in sentence `si`: the subject of a reporting verb
/// outside the quotation marks ("…,” the minister said"; "said Mohammed Badaru Abubakar").
fn quoted_speaker(doc: &Document, tree: &DepTree) -> Option<usize> {
    let mut inside = false;
    let mut verbs = Vec::new();
    for k in tree.tokens() {
        if doc.tokens[k].norm == "\"" {
            inside = !inside;
        } else if !inside && tree.lemma_in(k, REPORTING_LEMMAS) {
            verbs.push(k);
        }
    }
    let subject = verbs.iter().find_map(|&v| {
        tree.children(v)
            .find(|&k| tree.deprel(k).starts_with("nsubj"))
    })?;
    mention_at(doc, subject)
}

/// For a pronoun object at token `t` ("the Taliban had prohibited *him*"), the actor its
/// own clause's subject names (directly, or through that subject's own antecedent when it
/// is a pronoun: "they had barred *him*"). English says "himself" for that actor (binding
/// principle B), so the object pronoun names someone else.
fn co_argument_subject(doc: &Document, syn: &[TokenSyntax], si: usize, t: usize) -> Option<usize> {
    let subject = co_argument_subject_token(doc, syn, si, t)?;
    if syn[subject].xpos == "PRP" {
        let lemma = syn[subject].lemma.to_ascii_lowercase();
        return antecedent(doc, syn, si, subject, &lemma);
    }
    mention_at(doc, subject)
}

/// Nouns of ships and boats, which a navy or a coast guard acts through.
const VESSEL_NOUNS: &[&str] = &[
    "ship",
    "vessel",
    "boat",
    "destroyer",
    "frigate",
    "cutter",
    "carrier",
    "submarine",
];

/// The subject token of the clause whose object pronoun `t` is ([`co_argument_subject`]).
/// Only the object forms, and *it* where no finite verb follows it: *it* is also a subject
/// ("indicated it deplored Libya", where a parser may take it for an object), but "ordered
/// *it* by radio to leave" is the order's object.
fn co_argument_subject_token(
    doc: &Document,
    syn: &[TokenSyntax],
    si: usize,
    t: usize,
) -> Option<usize> {
    let form = doc.slice(doc.tokens[t].span).to_ascii_lowercase();
    let rel = syn[t].deprel.split(':').next().unwrap_or("");
    let finite_after = syn
        .get(t + 1)
        .is_some_and(|n| matches!(n.xpos.as_str(), "VBD" | "VBZ" | "VBP" | "MD"));
    let object_form =
        matches!(form.as_str(), "him" | "her" | "them") || (form == "it" && !finite_after);
    if !matches!(rel, "obj" | "iobj") || !object_form {
        return None;
    }
    let sent = doc.sentences[si];
    let subject_of = |v: usize| {
        sent.token_range()
            .find(|&k| syn[k].head == Some(v as u32) && syn[k].deprel.starts_with("nsubj"))
    };
    // "Macron telephoned Pezeshkian and urged *him*": a verb coordinated with one before it
    // shares that verb's subject, and so its binding.
    // "Venezuela expelled three diplomats, *accusing them* of …": a participle adjunct with
    // no subject of its own takes its clause's subject (English subject control of a
    // participial adverbial), and so its binding too.
    let mut verb = syn[t].head? as usize;
    let mut subject = subject_of(verb);
    for _ in 0..3 {
        let participle_adjunct =
            syn[verb].deprel == "advcl" && matches!(syn[verb].xpos.as_str(), "VBG" | "VBN");
        if subject.is_some() || !(syn[verb].deprel == "conj" || participle_adjunct) {
            break;
        }
        verb = syn[verb].head? as usize;
        subject = subject_of(verb);
    }
    subject
}

/// The actor mention a pronoun at token `t` refers to: among the mentions before it in its
/// sentence and the two before, one that can be what the pronoun names (a person for
/// *he*/*she*: a coded title or name, not a bare country; not a person for *it*), the
/// nearest subject first (a pronoun mostly continues the topic, which English puts in
/// subject position), else the nearest.
fn antecedent(
    doc: &Document,
    syn: &[TokenSyntax],
    si: usize,
    t: usize,
    lemma: &str,
) -> Option<usize> {
    let reading = PronounReading {
        doc,
        syn,
        si,
        t,
        lemma,
    };
    let co_subject = co_argument_subject(doc, syn, si, t);
    // (The clause's own subject is no antecedent of its object, named or not: "a patrol
    // boat shadowed a U.S. destroyer and ordered *it* to leave" is the destroyer.)
    let own_subject = co_argument_subject_token(doc, syn, si, t);
    if let ControlFlow::Break(found) = reading.nearest_subject(co_subject, own_subject) {
        return found;
    }
    if lemma == "they" && reading.they_names_no_actor() {
        return None;
    }
    if reading.names_the_thing_before() {
        return None;
    }
    reading.fitting_mention_in_window(co_subject)
}

/// Pronoun `lemma` at token `t` of sentence `si`, read for the actor mention it refers to
/// ([`antecedent`]): what each mention can be for it, and where to look.
struct PronounReading<'a> {
    doc: &'a Document,
    syn: &'a [TokenSyntax],
    si: usize,
    t: usize,
    lemma: &'a str,
}

impl PronounReading<'_> {
    fn person(&self, m: &ActorMention) -> bool {
        m.code.len() > 3
            && (m.token_start as usize..m.token_end as usize)
                .any(|k| matches!(self.syn[k].xpos.as_str(), "NNP" | "NN"))
    }

    fn last_word(&self, m: &ActorMention) -> String {
        let doc = self.doc;
        doc.slice(doc.tokens[m.token_end as usize - 1].span)
            .to_lowercase()
    }

    /// "The group said it had killed": a mention whose last word is an institution noun is
    /// an *it*, whatever its code.
    fn institution_noun(&self, k: usize) -> bool {
        let doc = self.doc;
        factum_actors::names::INSTITUTION_NOUNS
            .contains(&doc.slice(doc.tokens[k].span).to_lowercase().as_str())
    }

    /// "the official news *agency APS*", "the militant *group Hamas*": an institution noun
    /// followed by nothing but its name is the institution, named (English appositive
    /// naming); "agency *chief* John Smith" is a person.
    fn named_institution(&self, m: &ActorMention) -> bool {
        let syn = self.syn;
        let (start, end) = (m.token_start as usize, m.token_end as usize);
        (start..end.saturating_sub(1)).any(|i| {
            self.institution_noun(i)
                && (i + 1..end).all(|k| {
                    matches!(syn[k].xpos.as_str(), "NNP" | "NNPS")
                        && !words::PERSON_TITLES.contains(&syn[k].lemma.to_lowercase().as_str())
                })
        })
    }

    fn institution(&self, m: &ActorMention) -> bool {
        factum_actors::names::INSTITUTION_NOUNS.contains(&self.last_word(m).as_str())
            || self.named_institution(m)
    }

    /// "Iraq's government said it would": so is a collective body, though a person's title
    /// may end with one ("… of the ruling party" is still a *he*).
    fn body(&self, m: &ActorMention) -> bool {
        words::COLLECTIVE_BODIES.contains(&self.last_word(m).as_str())
    }

    /// *He* and *she* name one person: not "rebel leaders" (number agreement).
    fn plural(&self, m: &ActorMention) -> bool {
        matches!(
            self.syn[m.token_end as usize - 1].xpos.as_str(),
            "NNS" | "NNPS"
        )
    }

    fn common_plural(&self, m: &ActorMention) -> bool {
        self.syn[m.token_end as usize - 1].xpos == "NNS"
    }

    /// "Hamas said it accepted …": a one-word name of a group is an *it*; a person named by
    /// one word (a surname met again) is a *he* or *she* only when a title or first name
    /// came with it, which makes the mention longer.
    fn one_word_name(&self, m: &ActorMention) -> bool {
        m.token_end - m.token_start == 1
            && matches!(
                self.syn[m.token_start as usize].xpos.as_str(),
                "NNP" | "NNPS"
            )
            && !m.code.ends_with("GOV")
            && !m.code.ends_with("ELI")
    }

    /// "The Kremlin said it welcomed …", "the Pentagon said it …": a name with the definite
    /// article is no person's (English personal names take none), unless a title made it.
    fn named_with_article(&self, m: &ActorMention) -> bool {
        let start = m.token_start as usize;
        start > 0
            && self.doc.tokens[start - 1].norm.eq_ignore_ascii_case("the")
            && !m.provenance.iter().any(|p| p.role == ProvenanceRole::Agent)
    }

    /// "the Malaysian foreign ministry said … He will hold talks": a body named by its own
    /// noun is an *it*; "the leader *of* the ruling party" is still a *he*.
    fn headed_by_body(&self, m: &ActorMention) -> bool {
        self.body(m)
            && !(m.token_start as usize..m.token_end as usize)
                .any(|k| self.doc.tokens[k].norm.eq_ignore_ascii_case("of"))
    }

    /// "Livestock Ministry official Denise Abanda says *they* are negotiating": one who
    /// speaks for a body named in their title speaks of it as *they*.
    fn speaks_for_a_body(&self, m: &ActorMention) -> bool {
        let doc = self.doc;
        (m.token_start as usize..m.token_end as usize).any(|k| {
            factum_actors::names::names_a_body(&doc.slice(doc.tokens[k].span).to_lowercase())
        })
    }

    /// "Shultz and Weinberger, who said *they* …": persons coordinated are several.
    /// (A conjunct follows its head, inside the sentence: only those words are read.)
    fn coordinated(&self, m: &ActorMention) -> bool {
        let syn = self.syn;
        let last = m.token_end as usize - 1;
        let after = last + 1..self.doc.sentences[self.si].token_end as usize;
        syn[last].deprel == "conj"
            || after
                .into_iter()
                .any(|k| syn[k].head == Some(last as u32) && syn[k].deprel == "conj")
    }

    /// "the Taliban reported that *they* …": a name written with the article, inside the
    /// mention or before it, is a group's.
    fn with_article(&self, m: &ActorMention) -> bool {
        self.doc.tokens[m.token_start as usize]
            .norm
            .eq_ignore_ascii_case("the")
            || self.named_with_article(m)
    }

    /// "a U.S. *destroyer* … ordered it to leave": a weapon or a vessel, coded as the
    /// military that uses it, is a thing, an *it*.
    fn craft(&self, m: &ActorMention) -> bool {
        let word = self.last_word(m);
        words::noun_in(&word, words::WEAPON_NOUNS) || words::noun_in(&word, VESSEL_NOUNS)
    }

    /// A town the gazetteer found stands for its land only as a target of force (see
    /// `with_places_as_lands`): no pronoun refers to it.
    fn fits(&self, m: &ActorMention) -> bool {
        !factum_actors::is_gazetteer_town(m)
            && match self.lemma {
                "he" | "she" => {
                    self.person(m)
                        && !self.institution(m)
                        && !self.headed_by_body(m)
                        && !self.plural(m)
                }
                // *It* names one thing: not "the militants" (a common noun in the
                // plural; a name may be plural in form, "the Philippines").
                "it" if self.common_plural(m) => false,
                "it" => {
                    !self.person(m)
                        || self.craft(m)
                        || m.code.starts_with("IGO")
                        || m.code.starts_with("NGO")
                        || self.institution(m)
                        || self.body(m)
                        || self.one_word_name(m)
                        || self.named_with_article(m)
                }
                // *They* names several: not one person named ("Brazil's Funaro criticised
                // the panels, charging that *they* …"), though a body may be a *they*.
                // (A body's noun anywhere in the mention: "the group", "the ministry", or
                // a title that names one.)
                "they" => {
                    self.plural(m)
                        || self.coordinated(m)
                        || self.with_article(m)
                        || !self.person(m)
                        || self.speaks_for_a_body(m)
                        || self.named_institution(m)
                        || self.one_word_name(m)
                }
                _ => true,
            }
    }

    /// A noun that no dictionary knows blocks only when it agrees with the pronoun in
    /// number: *they* does not stand for "the announcement", nor *it* for "the suits".
    fn agrees(&self, k: usize) -> bool {
        let holder = |k: usize| mention_at(self.doc, k);
        let plural_noun = matches!(self.syn[k].xpos.as_str(), "NNS" | "NNPS");
        match self.lemma {
            "they" => plural_noun || holder(k).is_some(),
            "it" => !plural_noun || holder(k).is_some(),
            // "Baghaei said *the deportations* were legal, and *he* rejected …": *he* and
            // *she* stand for one person, never for a plural noun.
            "he" | "she" => !plural_noun,
            _ => true,
        }
    }

    /// Whether subject token `k` is the subject of a relative clause its own *whose* opens
    /// ("Japan, *whose westernmost island* lies near Taiwan, said it …"): a relative
    /// clause describes the noun it hangs on, and a pronoun after it in the main clause
    /// refers to that noun, not to the clause's subject.
    fn subject_of_a_relative_clause(&self, k: usize) -> bool {
        let sentence = self.doc.sentences[self.si];
        (sentence.token_start as usize..k).any(|j| {
            self.syn[j].head == Some(k as u32) && self.syn[j].lemma.eq_ignore_ascii_case("whose")
        })
    }

    fn same_as_co_subject(&self, co_subject: Option<usize>, i: usize) -> bool {
        let doc = self.doc;
        co_subject.is_some_and(|c| doc.actors[c].code == doc.actors[i].code)
    }

    /// The nearest subject before the pronoun in its own sentence is its likeliest
    /// antecedent ("Malaysia's challenge, although it doesn't mention China": *it* is the
    /// challenge; "the lawyer said he believed": *he* is the lawyer). When that subject is a
    /// noun no dictionary knows, the pronoun stands for it, not for an actor further back.
    /// `Break` with the answer when that subject decides it, else `Continue`.
    fn nearest_subject(
        &self,
        co_subject: Option<usize>,
        own_subject: Option<usize>,
    ) -> ControlFlow<Option<usize>> {
        let (doc, syn, si, t, lemma) = (self.doc, self.syn, self.si, self.t, self.lemma);
        let sentence_start = doc.sentences[si].token_start as usize;
        let holder = |k: usize| mention_at(doc, k);
        let same_as_co_subject = |i: usize| self.same_as_co_subject(co_subject, i);
        if let Some(k) = (sentence_start..t).rev().find(|&k| {
            syn[k].deprel.starts_with("nsubj")
                && matches!(syn[k].upos.as_str(), "NOUN" | "PROPN")
                && !self.subject_of_a_relative_clause(k)
                && !holder(k).is_some_and(&same_as_co_subject)
                && Some(k) != own_subject
                && self.agrees(k)
        }) {
            // "Iranian leaders said *they* would …": a plural subject noun no dictionary
            // knows, with a nationality adjective, names people of that country, and *they*
            // stands for them. (A possessor owns its noun, "Craxi's party" is not Craxi; a
            // noun modifier may name goods, "U.S. corn exports"; *it* may be a company,
            // "American Can Co".)
            let modifier = || {
                (lemma == "they")
                    .then(|| {
                        (sentence_start..k).rev().find_map(|j| {
                            let modifies = syn[j].head == Some(k as u32) && syn[j].deprel == "amod";
                            modifies.then(|| holder(j)).flatten()
                        })
                    })
                    .flatten()
            };
            // "A member of a Russian crime group told a court that *he* tried …": a person
            // named by belonging to a group is a person of that group (as the subject itself
            // is coded), so the pronoun takes the group's code.
            let member = (matches!(lemma, "he" | "she")
                && syn[k].lemma.eq_ignore_ascii_case("member"))
            .then(|| member_of_group(doc, syn, si, k))
            .flatten();
            match holder(k).or_else(modifier).or(member) {
                Some(i) if self.fits(&doc.actors[i]) || member == Some(i) => {
                    return ControlFlow::Break(Some(i))
                }
                // "The militants blew up tracks … where they stormed *it*": with a plural
                // subject before it in its sentence, *it* is a thing of that clause, not an
                // actor further back.
                Some(i) if lemma == "it" && self.common_plural(&doc.actors[i]) => {
                    return ControlFlow::Break(None)
                }
                Some(_) => {}
                None => return ControlFlow::Break(None),
            }
        }
        ControlFlow::Continue(())
    }

    /// "Funaro criticised *the panels*, charging that *they* are unresponsive": with no
    /// fitting subject before it, *they* stands for the nearest plural noun before it in its
    /// sentence; when no dictionary knows that noun, the pronoun is no actor (number
    /// agreement, as for a subject above).
    fn they_names_no_actor(&self) -> bool {
        let (doc, syn, t) = (self.doc, self.syn, self.t);
        let sentence_start = doc.sentences[self.si].token_start as usize;
        let holder = |k: usize| mention_at(doc, k);
        // (A noun an argument of its clause: "highlighted *the curbs* on Afghan women's
        // access …, demanding *they* be reversed" is the curbs, not the women.)
        let argument =
            |k: usize| matches!(universal(&syn[k].deprel), "nsubj" | "obj" | "iobj" | "obl");
        let nearest_plural = (sentence_start..t)
            .rev()
            .find(|&k| matches!(syn[k].xpos.as_str(), "NNS" | "NNPS") && argument(k));
        // (Not when actors of their clause stand nearer: "the Taliban hit *the cities*,
        // and *the militants* said *they* …".)
        let nearer_actor = |k: usize| {
            doc.actors.iter().any(|m| {
                let last = m.token_end as usize - 1;
                (k as u32) < m.token_start
                    && last < t
                    && (self.plural(m) || self.coordinated(m))
                    && argument(last)
            })
        };
        if nearest_plural
            .is_some_and(|k| holder(k).is_none() && syn[k].upos == "NOUN" && !nearer_actor(k))
        {
            return true;
        }
        // "the roles of Shultz and Weinberger, who said *they* …" with the pair unread: the
        // nearest actor before it in its sentence is one person, and the pronoun is not
        // looked for further back than the people it must be speaking of.
        let nearest_actor = doc
            .actors
            .iter()
            .rev()
            .find(|m| m.token_start as usize >= sentence_start && (m.token_end as usize) <= t);
        if nearest_actor.is_some_and(|m| self.person(m) && !self.fits(m)) {
            return true;
        }
        false
    }

    /// "The bond will be listed in Luxembourg. *It* is guaranteed by the Bank of Nova
    /// Scotia": a subject pronoun opening its clause continues the topic of the sentence
    /// before, which English puts in that sentence's main subject; when that subject is a
    /// common noun no dictionary knows and agrees with the pronoun, the pronoun names that
    /// thing, not an actor named elsewhere in the sentence. (Not when an actor is the
    /// subject of any clause there: "The attack killed ten, *the army* said. It vowed …")
    fn names_the_thing_before(&self) -> bool {
        let (doc, syn, si, t, lemma) = (self.doc, self.syn, self.si, self.t, self.lemma);
        let sentence_start = doc.sentences[si].token_start as usize;
        let holder = |k: usize| mention_at(doc, k);
        let opens_its_sentence = !(sentence_start..t).any(|k| syn[k].deprel.starts_with("nsubj"));
        if opens_its_sentence
            && syn[t].deprel.starts_with("nsubj")
            && matches!(lemma, "it" | "they")
            && si > 0
        {
            let prev = doc.sentences[si - 1];
            let subjects = || {
                prev.token_range()
                    .filter(|&k| syn[k].deprel.starts_with("nsubj"))
            };
            let main_subject = subjects().find(|&k| {
                syn[k]
                    .head
                    .is_some_and(|h| syn[h as usize].deprel == "root")
            });
            let thing = main_subject
                .is_some_and(|k| syn[k].upos == "NOUN" && holder(k).is_none() && self.agrees(k));
            if thing && !subjects().any(|k| holder(k).is_some()) {
                return true;
            }
        }
        false
    }

    /// The mentions before the pronoun in its sentence and the two before that fit it
    /// (other than the co-argument subject's actor), the nearest subject (or subject's
    /// owner) first, else the nearest; else the antecedent of the same pronoun before it
    /// ([`continued_reference`]).
    fn fitting_mention_in_window(&self, co_subject: Option<usize>) -> Option<usize> {
        let (doc, syn, si, t, lemma) = (self.doc, self.syn, self.si, self.t, self.lemma);
        let window_start = doc.sentences[si.saturating_sub(2)].token_start as usize;
        let candidates: Vec<usize> = (0..doc.actors.len())
            .rev()
            .filter(|&i| {
                let m = &doc.actors[i];
                (m.token_end as usize) <= t
                    && m.token_start as usize >= window_start
                    && self.fits(m)
                    && !self.same_as_co_subject(co_subject, i)
            })
            .collect();
        // A subject, or the owner of one ("*Suga's* travels will include meeting Modi … That
        // echoes the agenda for *his* White House meeting"): both are what a clause is about.
        let subject_or_its_owner = |k: usize| {
            let rel = syn[k].deprel.as_str();
            let subject = |r: &str| r.starts_with("nsubj");
            subject(rel)
                || (rel == "nmod:poss"
                    && syn[k]
                        .head
                        .is_some_and(|h| subject(syn[h as usize].deprel.as_str())))
        };
        let is_subject = |i: usize| {
            let m = &doc.actors[i];
            (m.token_start as usize..m.token_end as usize).any(subject_or_its_owner)
        };
        // "Polish prosecutors charged two Ukrainian citizens with sabotage, accusing *them*
        // of …": an object pronoun whose clause's subject binding rules out names another
        // party of that sentence, before any subject of the sentences before (the subject
        // and the object are the clause's two parties).
        let sentence_start = doc.sentences[si].token_start as usize;
        let in_own_sentence = |i: &usize| doc.actors[*i].token_start as usize >= sentence_start;
        let bound_object = co_subject.is_some() && matches!(syn[t].deprel.as_str(), "obj" | "iobj");
        candidates
            .iter()
            .copied()
            .find(|i| bound_object && in_own_sentence(i))
            .or_else(|| candidates.iter().copied().find(|&i| is_subject(i)))
            .or_else(|| candidates.first().copied())
            .or_else(|| continued_reference(doc, syn, window_start, t, lemma))
    }
}

/// The actor of the *of* phrase of noun `member` (token of sentence `si`): the group a
/// "member of X" belongs to.
fn member_of_group(doc: &Document, syn: &[TokenSyntax], si: usize, member: usize) -> Option<usize> {
    let tree = DepTree::new(syn, doc.sentences[si].token_range());
    let group = tree.nmod_marked(member, "of")?;
    tree.subtree(group)
        .into_iter()
        .rev()
        .find_map(|j| mention_at(doc, j))
}

/// The antecedent of a *he* / *she* with no fitting mention nearby, through the same
/// pronoun as a subject earlier in the window: "Russell said … She said … she said …"
/// keeps referring to Russell (a pronoun continues the reference of the pronoun before it,
/// as long as nothing else that fits is named between them).
fn continued_reference(
    doc: &Document,
    syn: &[TokenSyntax],
    window_start: usize,
    t: usize,
    lemma: &str,
) -> Option<usize> {
    if !matches!(lemma, "he" | "she") {
        return None;
    }
    let k = (window_start..t).rev().find(|&k| {
        syn[k].xpos == "PRP"
            && syn[k].lemma.eq_ignore_ascii_case(lemma)
            && syn[k].deprel.starts_with("nsubj")
    })?;
    let sk = doc.sentence_of_token(k as u32)?;
    antecedent(doc, syn, sk, k, lemma)
}
