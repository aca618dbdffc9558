//! Events with no target: the acts the coding guide codes with a source alone
//! (`docs/annotation.md` §3 and §4) — an appeal or threat addressed to nobody in particular
//! ("urged *the international community* to act", "warned *governments*") and a protest by
//! people that names no one it is against ("Iraqi students protested in Basra"). Every
//! other act needs both sides.

use factum_codes::actor::ActorCode;
use factum_doc::tree::DepTree;

use super::sentence::Sentence;
use super::Decision;
use crate::cameo::cameo_root;
use crate::review;

/// Whether the act at verb token `verb` is an appeal or threat to a generic addressee
/// ([`generic_addressee`]); if so, the role noun that addressee is ("---CVL" for "the
/// international community") is no one's and leaves `targets`.
pub(super) fn addressed_to_anyone(
    s: &Sentence,
    dec: &Decision,
    verb: usize,
    targets: &mut Vec<usize>,
) -> bool {
    if !dec.code.forward.as_deref().is_some_and(appeal_or_threat) {
        return false;
    }
    let Some(tree) = s.tree.as_ref() else {
        return false;
    };
    let Some(k) = generic_addressee(tree, verb) else {
        return false;
    };
    // "urged *Western* allies", "called on *African* countries": an adjective of a region
    // on a bare plural classifies the group addressed; it names no one either. (A
    // nationality names its state's: "urged *Iranian* leaders" addresses Iran's.)
    let classifier = |t: usize| {
        let (start, end) = s.acts[t].tokens;
        let code = &s.doc.actors[s.acts[t].mention].code;
        let region = code.len() == 3
            && !code.starts_with("---")
            && factum_codes::country::by_iso3(code).is_none();
        region && end == start + 1 && tree.head(start) == Some(k) && tree.deprel(start) == "amod"
    };
    targets.retain(|&t| {
        let role =
            s.acts[t].covers_token(k) && s.doc.actors[s.acts[t].mention].code.starts_with("---");
        !role && !classifier(t)
    });
    true
}

/// Whether the act is a show or build-up of force (CAMEO 15: alerts, mobilisation): the
/// coding guide codes it with its source alone when it names no other party
/// (`docs/annotation.md` §3, single-actor events). The source's own forces as its object
/// ("Israel has strengthened *its forces*", "Russia put *its nuclear forces* on alert") are
/// what it mobilises, not whom it acts on: they leave `targets`.
pub(super) fn mobilising(
    s: &Sentence,
    dec: &Decision,
    sources: &[usize],
    targets: &mut Vec<usize>,
) -> bool {
    let posture = dec
        .code
        .forward
        .as_deref()
        .is_some_and(|c| cameo_root(c) == Some("15"));
    if !posture {
        return false;
    }
    let code = |a: usize| s.doc.actors[s.acts[a].mention].code.as_str();
    let own: Vec<Option<&str>> = sources
        .iter()
        .map(|&a| ActorCode::new(code(a)).country())
        .collect();
    targets.retain(|&t| {
        let target = ActorCode::new(code(t));
        let of_source = target.country().is_none() || own.contains(&target.country());
        !(of_source && review::names_the_state(code(t)))
    });
    true
}

/// Whether source `a` of a protest (CAMEO 14) is people of a country ([`PROTESTERS`]): a
/// protest they stage with no one named it is against is a single-actor event.
pub(super) fn people_protesting(s: &Sentence, dec: &Decision, a: usize) -> bool {
    dec.code
        .forward
        .as_deref()
        .is_some_and(|code| people_protesting_by(s, code, a))
}

/// [`people_protesting`] for an act of CAMEO code `event` (a verb's or an event noun's:
/// "students *staged demonstrations*"). People with no country of their own ("students")
/// count: the review gives them the story's country, or drops them as nobody in
/// particular when the story has none.
pub(super) fn people_protesting_by(s: &Sentence, event: &str, a: usize) -> bool {
    let protest = cameo_root(event) == Some("14");
    let code = &s.doc.actors[s.acts[a].mention].code;
    let sector = ActorCode::new(code).sector();
    protest && (sector.is_some_and(|x| PROTESTERS.contains(&x)) || names_people(s, a))
}

/// Whether actor `a` is a country's people: named by the plural of its nationality ("Young
/// *Algerians* blocked roads", see [`review::names_people`]) or by its nationality on a
/// crowd ([`nationality_of_a_crowd`]), not a pronoun standing for them.
fn names_people(s: &Sentence, a: usize) -> bool {
    let act = &s.acts[a];
    act.pronoun.is_none()
        && (review::names_people(s.doc, s.doc.actors[act.mention].span)
            || nationality_of_a_crowd(s, a))
}

/// Whether actor `a` is a nationality adjective on a plural noun no dictionary codes
/// ("Thousands of *Iraqi* Kurds demonstrated"): the subject of a protest is people, so a
/// plural noun there names people, of the country the adjective says.
fn nationality_of_a_crowd(s: &Sentence, a: usize) -> bool {
    let (Some(syntax), (start, end)) = (s.syntax, s.acts[a].tokens) else {
        return false;
    };
    let adjective =
        end == start + 1 && syntax[start].xpos == "JJ" && syntax[start].deprel == "amod";
    let head = syntax[start].head.map(|h| h as usize);
    // "Thousands of Iraqi Kurds": after a noun of quantity the noun names a crowd whatever
    // its tag (a people's name is often tagged singular).
    let counted = |h: usize| {
        syntax[h].head.is_some_and(|q| {
            let q = q as usize;
            CROWD_QUANTITIES.contains(&syntax[q].lemma.to_lowercase().as_str())
        })
    };
    adjective
        && head.is_some_and(|h| {
            (matches!(syntax[h].xpos.as_str(), "NNS" | "NNPS") || counted(h))
                && !s.acts.iter().any(|other| other.covers_token(h))
        })
}

/// Nouns of quantity that make "X of Y" a crowd ("thousands of Iraqi Kurds").
const CROWD_QUANTITIES: &[&str] = &[
    "thousand", "hundred", "dozen", "score", "ten", "million", "crowd", "group",
];

/// Sectors of people who protest in the street: civilians, workers, students, the
/// opposition, activists, health workers, journalists.
const PROTESTERS: &[&str] = &[
    "CVL", "LAB", "EDU", "OPP", "HRI", "AGR", "REF", "PPL", "HLH", "MED",
];

/// Whether a code is an appeal (CAMEO 02) or a threat (13), the speech acts the coding
/// guide keeps with no target when they are addressed to no one in particular.
fn appeal_or_threat(code: &str) -> bool {
    matches!(cameo_root(code), Some("02" | "13"))
}

/// Nouns that, as a bare plural ("urged *nations* to act", "asked *foreign governments*"),
/// address nobody in particular; with "the" or a possessive ("asked the government") they
/// name a particular one.
const GENERIC_PLURALS: &[&str] = &[
    "nation",
    "country",
    "state",
    "government",
    "leader",
    "party",
    "individual",
    "ally",
    "partner",
    "donor",
];

/// The generic addressee verb token `verb` is addressed to, if any: its object, or its
/// "on" or "to" phrase ("called on democratic nations", "appealed to the international
/// community"), when that is a bare plural of
/// [`GENERIC_PLURALS`] (quantified by "all" or not), "the international community",
/// "the world" or "everyone". The coding guide codes such an appeal or threat with a null
/// target rather than dropping it (`docs/annotation.md` §4, generic addressees).
fn generic_addressee(tree: &DepTree, verb: usize) -> Option<usize> {
    tree.children(verb).find(|&k| {
        let rel = tree.deprel(k);
        let addressed = rel == "obj"
            || rel == "iobj"
            || (rel.starts_with("obl")
                && (tree.has_marker(k, "case", "on") || tree.has_marker(k, "case", "to")));
        addressed && generic_noun(tree, k)
    })
}

/// Whether the noun at `k` names nobody in particular (see [`generic_addressee`]).
fn generic_noun(tree: &DepTree, k: usize) -> bool {
    let syn = tree.syntax(k);
    let lemma = syn.lemma.to_lowercase();
    let has_dependent = |rel: &str, words: &[&str]| {
        tree.children(k)
            .any(|c| tree.deprel(c) == rel && (words.is_empty() || tree.lemma_in(c, words)))
    };
    let definite = has_dependent("det", &["the", "this", "these", "those", "that"])
        || has_dependent("nmod:poss", &[]);
    match lemma.as_str() {
        "world" | "everyone" => true,
        "community" => has_dependent("amod", &["international"]),
        _ => {
            GENERIC_PLURALS.contains(&lemma.as_str())
                && matches!(syn.xpos.as_str(), "NNS" | "NNPS")
                && !definite
        }
    }
}
