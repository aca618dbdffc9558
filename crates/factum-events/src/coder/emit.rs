//! From a coding decision to events: the actor pairs a decision gives, and one event per
//! pair and code, with its provenance.

use factum_codes::actor::{ActorCode, ROLES};
use factum_doc::tree::{universal, DepTree};
use factum_doc::{ActorMention, Event, EventActor, PlaceKind, Provenance, Span};

use super::args_parse::{
    act_head, gathering_place, in_apposition, locative, of_name, NEARBY_PREPOSITIONS,
};
use super::nominals::is_time_word;
use super::one_sided;
use super::sentence::{is_force_noun, joining_hyphen, Sentence};
use super::{Arguments, Decision, EventCoder};
use crate::cameo::{cameo_root, is_force, quad_class};
use crate::verbs::EventCode;

/// What fired: the dictionary line behind the code, where, and whether it is negated.
#[derive(Clone)]
pub(super) struct Trigger {
    pub(super) code_line: Provenance,
    pub(super) verb_span: Span,
    pub(super) negated: bool,
}

impl EventCoder {
    /// The (source, target) actor pairs of a decision. A compound pattern, or a joint act
    /// of a plural subject, without a target (`X and Y met`, "X and Y signed a treaty")
    /// makes the members act on each other; otherwise every source with every target, and
    /// with none, each source alone when events need no dyad or the act is one the coding
    /// guide codes with no target ([`one_sided`]).
    pub(super) fn pairs(
        &self,
        s: &Sentence,
        dec: &Decision,
        args: &Arguments,
        verb: usize,
    ) -> Vec<(usize, Option<usize>)> {
        // "A spokesman for the ministry's office *in Hong Kong* rejected …": a place phrase
        // inside the subject says where the doer is, when the subject names the doer too.
        let sources = &without_places(s, verb, without_modifiers(s, &args.sources));
        let mut targets = without_modifiers(s, &args.targets);
        // "signed a peace agreement *in Saudi Arabia*", "met Xi *in Bali*": a place phrase on
        // what two parties make together, or on a name, says where, as one on the verb does.
        // Force used in a place is used on it (`args_parse::foreign_land`), but only when it
        // names no one else ("beheaded nine villagers … *in northern Mozambique's* Cabo
        // Delgado province").
        if !dec.code.forward.as_deref().is_some_and(is_force) {
            targets.retain(|&b| !venue(s, b) && !place_before_a_time(s, b));
        } else {
            targets = without_places(s, verb, targets);
        }
        // "Protesters blocked roads *in Nairobi*": a protest is aimed at people, not at the
        // place where it is staged (CAMEO 14).
        if dec
            .code
            .forward
            .as_deref()
            .is_some_and(|c| c.starts_with("14"))
        {
            targets.retain(|&b| !staged_in(s, b));
        }
        // "Russia and Belarus held joint drills *near the Polish border*": for a joint act
        // of several, a land whose border or coast is named in a phrase of place says
        // where they acted, it is no partner.
        if sources.len() >= 2 && dec.code.forward.as_deref().is_some_and(joint) {
            targets.retain(|&b| !owns_a_border_there(s, b));
            // "Hamas and Israel held talks *in Cairo*": the place of a joint act, named
            // inside its object, is where the parties acted, no partner of theirs.
            targets.retain(|&b| !place_in_a_phrase(s, b));
        }
        // "Russia and Ukraine swapped *prisoners of war*": what parties exchange is the
        // theme of the act, they are its sides.
        if sources.len() >= 2 && exchanged(s, verb) {
            targets.clear();
        }
        // Acts the coding guide codes with a source alone when no target is left.
        let single_actor = one_sided::addressed_to_anyone(s, dec, verb, &mut targets)
            || one_sided::mobilising(s, dec, sources, &mut targets);
        let targets = &targets;
        let mut pairs: Vec<(usize, Option<usize>)> = Vec::new();
        // "The United States and Jordan have agreed upon a pact", "India and Mauritius
        // upgraded their ties": a joint act (CAMEO 03–06) with a plural subject and no
        // object actor is done by the conjuncts to each other, a rule of English
        // (collective predicates) and of the coding guide (reciprocal events).
        let collective = targets.is_empty()
            && sources.len() >= 2
            && !s.tree.as_ref().is_some_and(|tree| {
                partner_named(tree, verb) || !one_coordination(s, tree, sources)
            })
            && (exchanged(s, verb)
                || fought_each_other(s, verb)
                || s.tree
                    .as_ref()
                    .is_some_and(|tree| each_other_object(tree, verb))
                || dec.code.forward.as_deref().is_some_and(joint)
                    && !s
                        .tree
                        .as_ref()
                        .is_some_and(|tree| object_is_a_thing(tree, verb)));
        if (dec.compound || collective) && targets.is_empty() {
            for &a in sources {
                for &b in sources {
                    if a != b {
                        pairs.push((a, Some(b)));
                    }
                }
            }
            // Each unordered pair once; the reverse code gives the other direction.
            if dec.code.reverse.is_some() {
                pairs.retain(|&(a, b)| Some(a) < b);
            }
        } else {
            for &a in sources {
                for &b in targets {
                    pairs.push((a, Some(b)));
                }
            }
            if pairs.is_empty() {
                let alone = !self.require_dyad || (single_actor && targets.is_empty());
                pairs.extend(
                    sources
                        .iter()
                        .filter(|&&a| alone || one_sided::people_protesting(s, dec, a))
                        .map(|&a| (a, None)),
                );
            }
        }
        if let Some(syn) = s.syntax {
            pairs.retain(|&(a, b)| !b.is_some_and(|b| in_apposition(syn, &s.acts[a], &s.acts[b])));
        }
        if dec.code.forward.as_deref().is_some_and(is_force) && between_foes(s, verb) {
            pairs.retain(|&(a, b)| !b.is_some_and(|b| hits_its_own_side(s, sources, a, b)));
        }
        pairs
    }

    /// The events of one trigger between actor `source` and actor `target` (every code of
    /// a mention coded `A/B`), with the dictionary line behind the code first in their
    /// provenance.
    pub(super) fn emit(
        &self,
        s: &Sentence,
        source: usize,
        target: Option<usize>,
        code: &str,
        trigger: &Trigger,
        out: &mut Vec<Event>,
    ) {
        if !may_be_source(s, source) || target.is_some_and(|b| !may_be_target(s, b, code)) {
            return;
        }
        let sources = sides_of(s, source, Role::Source);
        let targets = target
            .map(|b| sides_of(s, b, Role::Target))
            .unwrap_or_default();
        // A pair with no target comes from [`pairs`] only where one may be missing.
        let targets: Vec<Option<Side>> = if targets.is_empty() {
            if self.require_dyad && target.is_some() {
                return;
            }
            vec![None]
        } else {
            targets.into_iter().map(Some).collect()
        };
        self.emit_sides(s, &sources, &targets, code, trigger, out);
    }

    /// The events of one trigger between each of `sources` and each of `targets` (`None`:
    /// no target), an actor never acting on itself; the dictionary line behind the code
    /// first in their provenance, then the source's lines, then the target's. Sides come
    /// from the sentence's actors ([`sides_of`]) or from an event told before ([`Side::source_of`],
    /// [`Side::target_of`]), when a rule finds a side the sentence does not name.
    pub(super) fn emit_sides(
        &self,
        s: &Sentence,
        sources: &[Side],
        targets: &[Option<Side>],
        code: &str,
        trigger: &Trigger,
        out: &mut Vec<Event>,
    ) {
        let root = cameo_root(code);
        if root.is_none() && !self.keep_non_cameo {
            return;
        }
        let root = root.unwrap_or(&code[..code.len().min(2)]);
        let plover = self.tables.plover(code);
        for source in sources {
            for target in targets {
                if target
                    .as_ref()
                    .is_some_and(|t| t.actor.code == source.actor.code)
                {
                    continue;
                }
                let mut provenance = vec![trigger.code_line.clone()];
                provenance.extend(source.lines.iter().cloned());
                if let Some(t) = target {
                    provenance.extend(t.lines.iter().cloned());
                }
                out.push(Event {
                    sentence: s.index as u32,
                    source: Some(source.actor.clone()),
                    target: target.as_ref().map(|t| t.actor.clone()),
                    cameo: code.to_string(),
                    cameo_root: root.to_string(),
                    quad_class: quad_class(code),
                    goldstein: self.tables.goldstein(code).unwrap_or(0.0),
                    plover_type: plover.map(|p| p.event_type.clone()),
                    plover_mode: plover.and_then(|p| p.mode.clone()),
                    verb_span: trigger.verb_span,
                    negated: trigger.negated,
                    provenance,
                    location: None,
                    date: None,
                    attribution: None,
                    modality: None,
                    confidence: 0.0,
                });
            }
        }
    }
}

/// Whether actor `b` of sentence `s` may be the target of an act of CAMEO `code`.
pub(super) fn may_be_target(s: &Sentence, b: usize, code: &str) -> bool {
    // "Gunmen stormed a hotel": a place where people gather stands for the people in it
    // as what force is used on; in any other act it is a building ("agreed to sell the
    // Peter Pan Restaurant"), no party.
    let building = gathering_place(s, b) && !is_force(code);
    // "struck *Iranian*-backed militia facilities": who backs a thing is not the thing.
    // But a measure on trade is on the goods' maker: duties on "*Chinese*-made
    // turbines" restrict China's trade (CAMEO 16: the embargo's target is the land the
    // goods come from).
    let trade_on_goods = code.starts_with("16") && made_in(s, b);
    !building && (!backer_only(s, b) || trade_on_goods)
}

/// Whether actor `a` of sentence `s` may be the source of an act: not a backer named only
/// in a hyphened adjective of backing ([`backer_only`]).
pub(super) fn may_be_source(s: &Sentence, a: usize) -> bool {
    !backer_only(s, a)
}

/// Which side of an event an actor is on, for the roles its dictionary lines take.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Role {
    Source,
    Target,
}

/// One side of an event to be coded: the actor, and the dictionary lines that coded it in
/// the role they take on that side.
#[derive(Clone)]
pub(super) struct Side {
    pub(super) actor: EventActor,
    pub(super) lines: Vec<Provenance>,
}

impl Side {
    /// The source of `earlier`, with its lines, as the side `role` of another event ("India
    /// rejected the accusation": the accuser is the rejection's target).
    pub(super) fn source_of(earlier: &Event, role: Role) -> Option<Side> {
        let lines = earlier.provenance.iter().filter_map(|p| {
            let as_target = p.role.source_as_target()?;
            Some(Provenance {
                role: if role == Role::Target {
                    as_target
                } else {
                    p.role
                },
                ..p.clone()
            })
        });
        Some(Side {
            actor: earlier.source.clone()?,
            lines: lines.collect(),
        })
    }

    /// The target of `earlier`, with its lines, as the target of another event.
    pub(super) fn target_of(earlier: &Event) -> Option<Side> {
        use factum_doc::ProvenanceRole::{TargetActor, TargetActorCode, TargetAgent};
        let lines = earlier
            .provenance
            .iter()
            .filter(|p| matches!(p.role, TargetActor | TargetActorCode | TargetAgent));
        Some(Side {
            actor: earlier.target.clone()?,
            lines: lines.cloned().collect(),
        })
    }
}

/// The sides actor `a` of sentence `s` stands for on side `role`: one for every code of a
/// mention coded `A/B`, each with the mention's lines in that role.
pub(super) fn sides_of(s: &Sentence, a: usize, role: Role) -> Vec<Side> {
    let (doc, acts) = (s.doc, &s.acts);
    let m: &ActorMention = &doc.actors[acts[a].mention];
    // A pronoun stands in the sentence for a mention named earlier: the event points at
    // the pronoun and takes the mention's code.
    let span = acts[a].pronoun.map_or(m.span, |t| doc.tokens[t].span);
    let code = office_of_possessor(s, a)
        .or_else(|| owned_code(s, a))
        .or_else(|| shared_role(s, a))
        .unwrap_or_else(|| m.code.clone());
    let lines: Vec<Provenance> = m
        .provenance
        .iter()
        .map(|p| Provenance {
            role: match role {
                Role::Source => p.role.of_source(),
                Role::Target => p.role.of_target(),
            },
            ..p.clone()
        })
        .collect();
    code.split('/')
        .filter(|c| !c.is_empty())
        .map(|c| Side {
            actor: EventActor {
                code: c.to_string(),
                text: doc.slice(span).to_string(),
                span,
            },
            lines: lines.clone(),
        })
        .collect()
}

/// The actors of one side less those that only modify another of its actors in one noun
/// phrase: in "the U.N. war crimes court", "the Arab League peace envoy", the name in front
/// of the head noun says whose court or envoy it is (a noun modifier, English grammar), so
/// the two mentions are one actor, named by the head, and a head that is a bare role takes
/// its owner's code ([`owned_code`]). The coding guide's compound actors distribute only
/// over coordination ("the U.S. and Japan", "Israeli and U.S. officials" are left alone).
pub(super) fn without_modifiers(s: &Sentence, side: &[usize]) -> Vec<usize> {
    side.iter()
        .copied()
        .filter(|&a| !side.iter().any(|&b| b != a && modifies(s, a, b)))
        .filter(|&a| !city_naming_a_thing(s, a))
        .collect()
}

/// The actors of one side less those in a place phrase under verb `verb`
/// ([`args_parse::in_place_phrase`]), when the side names someone who is in none: a
/// place says where the others are or acted. A side of places alone is left as it is.
fn without_places(s: &Sentence, verb: usize, mut side: Vec<usize>) -> Vec<usize> {
    let Some(tree) = &s.tree else {
        return side;
    };
    let placed = |a: usize| super::args_parse::in_place_phrase(tree, s, &s.acts[a], verb);
    if side.iter().any(|&a| !placed(a)) {
        side.retain(|&a| !placed(a));
    }
    side
}

/// The code of actor `a`, a bare country named by a modifier coordinated with another
/// that the actor coder read with the noun after both ("*Iranian* and American
/// negotiators": `IRN` beside `USAGOV`): coordinated modifiers share their noun (English
/// coordination), so `a` takes the role of that noun's actor (`IRNGOV`). The coding guide's
/// compound actors distribute.
fn shared_role(s: &Sentence, a: usize) -> Option<String> {
    let tree = s.tree.as_ref()?;
    let code = &s.doc.actors[s.acts[a].mention].code;
    if code.len() != 3 || s.acts[a].pronoun.is_some() {
        return None;
    }
    let last = s.acts[a].tokens.1.checked_sub(1)?;
    let noun = tree
        .head(last)
        .filter(|_| matches!(tree.deprel(last), "amod" | "compound"))?;
    let partner = tree.children(last).find(|&c| tree.deprel(c) == "conj")?;
    let b = (0..s.acts.len())
        .find(|&b| b != a && s.acts[b].covers_token(partner) && s.acts[b].covers_token(noun))?;
    // A role the partner's noun adds to its country alone ("American *negotiators*":
    // `GOV`), not a group of its own ("Hamas negotiators": `PSEREBHMSGOV`).
    let partner_code = &s.doc.actors[s.acts[b].mention].code;
    let role = ActorCode::new(partner_code).sector()?;
    (partner_code.len() == 6 && !role.contains('/')).then(|| format!("{code}{role}"))
}

/// The country of the possessive determiner that owns actor `b` when `b` is an armed force
/// ("*its* forces", "*their* troops", the determiner standing for an actor named before): a
/// state's force so owned is of its owner's country (`RUSGOVMIL`'s forces are `RUS` +
/// `MIL`, a state's military, not a sector of the ministry). So is a government or an
/// administration ("Sheinbaum said *her* government would not allow …"): the one a leader
/// heads is their country's. So are its people ("Beijing advised *its* citizens against
/// travelling to Japan": China's citizens, whatever country the story is about).
fn possessor_country(s: &Sentence, b: usize) -> Option<String> {
    let tree = s.tree.as_ref()?;
    let owned = |lemma: &str| {
        is_force_noun(lemma)
            || ["government", "administration"].contains(&lemma)
            || CITIZEN_NOUNS.contains(&lemma)
    };
    let owns = |t: usize| {
        tree.deprel(t) == "nmod:poss"
            && tree
                .head(t)
                .is_some_and(|h| s.acts[b].covers_token(h) && owned(&tree.syntax(h).lemma))
    };
    let owner = s
        .possessives
        .iter()
        .chain(&s.acts)
        .find(|p| p.pronoun.is_some_and(owns))?;
    let code = &s.doc.actors[owner.mention].code;
    ActorCode::new(code).country().map(str::to_string)
}

/// Nouns of a state's people, owned by the state a possessive determiner stands for.
const CITIZEN_NOUNS: &[&str] = &[
    "citizen",
    "national",
    "people",
    "population",
    "civilian",
    "diplomat",
    "resident",
];

/// The code of the actor a possessive determiner stands for when actor `b` is a bare office
/// it owns ("Hamas accused Israel … *Its* spokesman demanded …", `---MED`): one who holds a
/// body's office speaks and acts for it, so the act is the owner's, with its full code.
fn office_of_possessor(s: &Sentence, b: usize) -> Option<String> {
    let tree = s.tree.as_ref()?;
    let code = &s.doc.actors[s.acts[b].mention].code;
    if !code.starts_with("---") {
        return None;
    }
    let office = |h: usize| factum_doc::words::names_an_office(&tree.syntax(h).lemma);
    let owns = |t: usize| {
        tree.deprel(t) == "nmod:poss"
            && tree
                .head(t)
                .is_some_and(|h| s.acts[b].covers_token(h) && office(h))
    };
    let owner = s.possessives.iter().find(|p| p.pronoun.is_some_and(owns))?;
    let owner_code = &s.doc.actors[owner.mention].code;
    (!owner_code.starts_with("---")).then(|| owner_code.clone())
}

/// Whether actor `b` is a place name in a place phrase ([`locative`]) of a noun of what
/// parties make or hold together ([`RELATION_NOUNS`]: "an agreement *in Saudi Arabia*",
/// "talks *in Geneva*"), or of a name ("met Xi *in Bali*": a named person or body takes no
/// place complement): the venue, no party. (A place phrase on other nouns can name
/// whom an act concerns: "appealed for peace *in Ithilen*", "criticised the closures *in
/// Bree*", as CAMEO codes them.)
fn venue(s: &Sentence, b: usize) -> bool {
    let Some(tree) = &s.tree else {
        return false;
    };
    let (start, end) = s.acts[b].tokens;
    s.acts[b].pronoun.is_none()
        && (start..end).any(|t| {
            universal(tree.deprel(t)) == "nmod"
                && tree.head(t).is_some_and(|h| {
                    tree.lemma_in(h, RELATION_NOUNS) || tree.syntax(h).upos == "PROPN"
                })
                && locative(tree, &s.acts, &s.doc.actors, t)
                // "drills *near* Taiwan": held close to a land, not in it, aimed at it.
                && !NEARBY_PREPOSITIONS
                    .iter()
                    .any(|p| tree.has_marker(t, "case", p))
        })
}

/// Nouns of a land's edge.
const BORDER_NOUNS: &[&str] = &["border", "frontier", "coast", "coastline", "boundary"];

/// Whether actor `b` names the land whose border or coast a phrase of place names ("near
/// *the Polish border*", "along *Venezuela's* border", "off *its* coast").
fn owns_a_border_there(s: &Sentence, b: usize) -> bool {
    let Some(tree) = &s.tree else {
        return false;
    };
    let head = act_head(tree, &s.acts[b]);
    let place = |h: usize| {
        tree.lemma_in(h, BORDER_NOUNS)
            && ["near", "along", "across", "on", "at", "off", "to"]
                .iter()
                .any(|p| tree.has_marker(h, "case", p))
    };
    matches!(tree.deprel(head), "amod" | "nmod:poss" | "compound")
        && tree.head(head).is_some_and(place)
}

/// Whether actor `b` is a place named in a phrase of place inside an argument ("talks *in
/// Cairo*": [`locative`]), the phrase a noun's (UD `nmod`).
fn place_in_a_phrase(s: &Sentence, b: usize) -> bool {
    let Some(tree) = &s.tree else {
        return false;
    };
    let head = act_head(tree, &s.acts[b]);
    s.acts[b].pronoun.is_none()
        && universal(tree.deprel(head)) == "nmod"
        && locative(tree, &s.acts, &s.doc.actors, head)
}

/// Whether actor `b` is a country's or a place's name written after *in* and parsed as a
/// modifier of a time word ("will meet *in Bahrain today*", the parser making "Bahrain" a
/// compound of "today"): no time is named after a place (as [`city_naming_a_thing`]
/// says), so the name is the object of *in*, a phrase of place.
fn place_before_a_time(s: &Sentence, b: usize) -> bool {
    let Some(tree) = &s.tree else {
        return false;
    };
    let (start, end) = s.acts[b].tokens;
    let timed = tree.deprel(end - 1) == "compound"
        && tree
            .head(end - 1)
            .is_some_and(|h| is_time_word(&tree.syntax(h).lemma.to_lowercase()));
    s.acts[b].pronoun.is_none()
        && s.doc.actors[s.acts[b].mention].code.len() == 3
        && start > s.base
        && s.doc.tokens[start - 1].norm.eq_ignore_ascii_case("in")
        && timed
}

/// Whether actor `b` is a place name in a phrase of place ([`locative`], or *into*: "blocked
/// transport *into Abidjan*").
fn staged_in(s: &Sentence, b: usize) -> bool {
    let Some(tree) = &s.tree else {
        return false;
    };
    let last = s.acts[b].tokens.1 - 1;
    let into =
        tree.has_marker(last, "case", "into") && s.doc.actors[s.acts[b].mention].code.len() == 3;
    s.acts[b].pronoun.is_none() && (locative(tree, &s.acts, &s.doc.actors, last) || into)
}

/// Whether actor `a` is a city's name (as the gazetteer resolved it) written before a noun
/// that is no actor: "the *London* talks", "the *Paris* agreements", "the *Minsk*
/// accords". English names an event or a treaty after the city where it was held; the
/// city is no party to it (`docs/annotation.md` §2: a place is no actor). A city before
/// an actor's noun ("*Beijing* officials") is that actor's owner, handled by [`modifies`].
fn city_naming_a_thing(s: &Sentence, a: usize) -> bool {
    let Some(tree) = &s.tree else {
        return false;
    };
    let (start, end) = s.acts[a].tokens;
    if s.acts[a].pronoun.is_some() || end <= start || tree.deprel(end - 1) != "compound" {
        return false;
    }
    let span = s.doc.actors[s.acts[a].mention].span;
    let city = s.doc.places.iter().any(|p| {
        p.place.kind == PlaceKind::City && p.span.start <= span.start && span.end <= p.span.end
    });
    // "go to Moscow next month" parsed with "Moscow" as a compound of "month": a time is
    // never named after a city. Nor is "Ukraine's *Odesa* region" a thing: a division
    // named by its city is that place (English names a region, province or district after
    // its chief town).
    let thing = tree.head(end - 1).is_some_and(|h| {
        !s.acts.iter().any(|b| b.covers_token(h))
            && !is_time_word(&tree.syntax(h).lemma.to_lowercase())
            && !tree.lemma_in(h, factum_doc::words::DIVISION_NOUNS)
    });
    city && thing
}

/// Whether actor `a` of sentence `s` only modifies actor `b`: a word of `a` hangs by
/// modifier relations alone (compound, amod, a possessive or "of" nmod; a few steps: "U.N." on "war" on "crimes"
/// on "court") on a word of `b`, and neither is a pronoun or coordinated.
pub(super) fn modifies(s: &Sentence, a: usize, b: usize) -> bool {
    let Some(tree) = &s.tree else {
        return false;
    };
    let (a, b) = (&s.acts[a], &s.acts[b]);
    if a.pronoun.is_some() || b.pronoun.is_some() {
        return false;
    }
    let words = a.tokens.0..a.tokens.1;
    let coordinated = words.clone().any(|t| {
        universal(tree.deprel(t)) == "conj"
            || tree
                .children(t)
                .any(|c| universal(tree.deprel(c)) == "conj")
    });
    if coordinated {
        return false;
    }
    // A modifier with a preposition other than "of" ("troops to Lebanon's president") says
    // no owner.
    let of_or_none = |t: usize| {
        tree.children(t).all(|c| {
            universal(tree.deprel(c)) != "case"
                || tree.syntax(c).lemma.eq_ignore_ascii_case("of")
                || tree.syntax(c).lemma == "'s"
        })
    };
    words.clone().any(|mut t| {
        for _ in 0..4 {
            let owner = match universal(tree.deprel(t)) {
                "compound" | "amod" => true,
                "nmod" => of_or_none(t),
                _ => false,
            };
            let Some(h) = tree.head(t).filter(|_| owner) else {
                return false;
            };
            if b.covers_token(h) {
                return true;
            }
            if a.covers_token(h) {
                return false;
            }
            t = h;
        }
        false
    })
}

/// The actor that owns the role noun actor `b` stands in apposition to: "*The court's*
/// president, Judge Joan Donoghue," and "General Asim Munir, *Pakistan's* army chief,"
/// name one person twice, and the possessor of one name's noun owns the other (English
/// apposition: both phrases refer alike).
fn appositive_owner(s: &Sentence, b: usize) -> Option<usize> {
    let tree = s.tree.as_ref()?;
    let name = &s.acts[b];
    if name.pronoun.is_some() {
        return None;
    }
    let head = act_head(tree, name);
    // The other phrase of the apposition: the one `b` renames, or the one renaming `b`.
    let renamed = (tree.deprel(head) == "appos")
        .then(|| tree.head(head))
        .flatten()
        .or_else(|| tree.children(head).find(|&c| tree.deprel(c) == "appos"));
    let Some(renamed) = renamed else {
        return owner_of_role_before(s, b);
    };
    if name.covers_token(renamed) {
        return None;
    }
    let owns = |t: usize| tree.deprel(t) == "nmod:poss" && tree.head(t) == Some(renamed);
    (0..s.acts.len()).find(|&a| {
        let owner = &s.acts[a];
        a != b && owner.pronoun.is_none() && (owner.tokens.0..owner.tokens.1).any(owns)
    })
}

/// The actor owning the role written just before name `b`, when the parser did not see
/// the apposition: "*The court's* president, Judge Joan Donoghue" (an owner, its
/// possessive *'s*, one to three words of the role, a comma, the name).
fn owner_of_role_before(s: &Sentence, b: usize) -> Option<usize> {
    let toks = &s.doc.tokens;
    let start = s.acts[b].tokens.0;
    if start < s.base + 3 || toks[start - 1].norm != "," {
        return None;
    }
    let word = |k: usize| {
        toks[k].norm.chars().all(char::is_alphabetic) && !s.acts.iter().any(|a| a.covers_token(k))
    };
    let mut k = start - 2;
    while k > s.base && start - 1 - k <= 3 && word(k) {
        k -= 1;
    }
    let role_words = start - 2 - k;
    if role_words == 0 || !matches!(toks[k].norm.as_str(), "'s" | "’s" | "'") {
        return None;
    }
    (0..s.acts.len()).find(|&a| a != b && s.acts[a].pronoun.is_none() && s.acts[a].tokens.1 == k)
}

/// Participles that, joined by a hyphen to a name, say who stands behind a thing, not
/// what it is: an "*Iranian*-backed militia" is no Iranian actor, a "*Russian*-made
/// rocket" no Russian one, "*U.S.*-mediated talks" no talks with the United States (a
/// mediator or a host of talks is no party to them).
const BACKING_PARTICIPLES: &[&str] = &[
    "mediated",
    "brokered",
    "hosted",
    "backed",
    "supported",
    "sponsored",
    "funded",
    "armed",
    "trained",
    "made",
    "built",
    "supplied",
    "aligned",
    "allied",
    "affiliated",
    "linked",
    "inspired",
];

/// Whether actor `a` is only the first half of a hyphenated adjective of backing
/// ([`BACKING_PARTICIPLES`], written without spaces: "Iranian-backed"): English writes such
/// a compound as one adjective of the noun after it, so the name is not that noun's actor.
fn backer_only(s: &Sentence, a: usize) -> bool {
    let (toks, end) = (&s.doc.tokens, s.acts[a].tokens.1);
    s.acts[a].pronoun.is_none()
        && end + 1 < toks.len()
        && joining_hyphen(toks, end)
        && BACKING_PARTICIPLES.contains(&toks[end + 1].norm.to_lowercase().as_str())
}

/// Whether actor `a` is a maker's name joined by a hyphen to a participle of making
/// ("*Chinese*-made", "Russian-built"): the goods' land of origin.
fn made_in(s: &Sentence, a: usize) -> bool {
    let (toks, end) = (&s.doc.tokens, s.acts[a].tokens.1);
    backer_only(s, a) && ["made", "built"].contains(&toks[end + 1].norm.to_lowercase().as_str())
}

/// The code of actor `b` when it is a role of unknown country (`---JUD`, "court") that
/// another actor of the sentence modifies in its noun phrase ([`modifies`]): the role of
/// the owner, the owner's code with the role after it ("the U.N. war crimes court":
/// `IGOUNO` + `JUD`).
fn owned_code(s: &Sentence, b: usize) -> Option<String> {
    let role = s.doc.actors[s.acts[b].mention].code.strip_prefix("---")?;
    let owner = (0..s.acts.len())
        .find(|&a| a != b && !backer_only(s, a) && modifies(s, a, b))
        .or_else(|| appositive_owner(s, b));
    // "the ministry said *its* forces captured …": the forces are the owner's country's,
    // not a sector of the ministry.
    let code = match owner.map(|owner| &s.doc.actors[s.acts[owner].mention]) {
        // "*Lee's* Democratic Party", "*Putin's* army": a body a person owns is their
        // country's (the party is Korea's `PTY`, not a part of the president's office).
        Some(m) if factum_actors::names_a_listed_person(m) => {
            factum_actors::country_of(&m.code).map_or_else(|| m.code.clone(), str::to_string)
        }
        Some(m) => m.code.clone(),
        None => possessor_country(s, b).or_else(|| living_in(s, b, role))?,
    };
    if code.starts_with("---") || code.contains('/') || role.contains('/') {
        return None;
    }
    // "the government of President Vucic": a role the owner already holds (`SRBGOV`) is
    // the owner's own office, not a part of it (no `SRBGOVGOV`).
    if ActorCode::new(&code)
        .parts()
        .skip(1)
        .any(|part| part == role)
    {
        return Some(code);
    }
    Some(format!("{code}{role}"))
}

/// The code of the country that people of unknown country (`---REF`, `---CVL`, `---PPL`),
/// or officials and armed groups (`---GOV`, `---UAF`, by their own phrase only), are placed
/// in by their own noun phrase: "the Jenin *refugee* camp *in the West Bank*",
/// "the displaced *civilians'* tents in Gaza", "captured two *villages* in eastern
/// Ukraine". People live where their noun phrase (or, as the verb's object, the verb's own
/// place) puts them, so that country is theirs; the story's main country (the review's
/// fallback) is often the other side's. The "in" phrase must hang on the role's noun, on
/// the noun it modifies (a compound, adjective or possessor, at most two steps) or, for an
/// object, on its verb, and name a country, not a party inside one (`---` or a sector
/// code). A place the gazetteer resolved names its country too, in that phrase or as a name
/// before the noun people are in ("the *Jenin* refugee camp"): most towns are no actors.
fn living_in(s: &Sentence, b: usize, role: &str) -> Option<String> {
    let tree = s.tree.as_ref()?;
    // Students, workers, farmers and protesters are people of where they are too
    // ("students *throughout Indonesia* staged demonstrations").
    let people = matches!(role, "REF" | "CVL" | "PPL" | "EDU" | "LAB" | "AGR" | "OPP");
    // "authorities *in Europe*", "officials *in Kabul*": a government's people named by
    // where they govern are that place's government (not so its troops or police, often
    // foreign ones stationed there).
    let officials = role == "GOV";
    // "militants *in western Niger*", "gangs in Haiti": an armed group of no country is of
    // the land it fights in, as CAMEO codes rebels by where they fight (their own phrase
    // only, like officials).
    let armed = matches!(role, "UAF" | "REB" | "CRM");
    if !(people || officials || armed) || s.acts[b].pronoun.is_some() {
        return None;
    }
    let in_phrase = |h: usize, rel: &'static str| {
        tree.children(h).find(move |&c| {
            universal(tree.deprel(c)) == rel
                && ["in", "throughout", "across"]
                    .iter()
                    .any(|p| tree.has_marker(c, "case", p))
        })
    };
    let mut head = s.acts[b].tokens.1.checked_sub(1)?;
    for _ in 0..2 {
        // "dozens *of civilians* in central Mali": the people of a number noun with no
        // place phrase of their own are where it is.
        let counted = universal(tree.deprel(head)) == "nmod"
            && tree.has_marker(head, "case", "of")
            && in_phrase(head, "nmod").is_none()
            && tree
                .head(head)
                .is_some_and(|h| tree.lemma_in(h, factum_doc::words::QUANTITY_NOUNS));
        if !counted && !matches!(tree.deprel(head), "compound" | "amod" | "nmod:poss") {
            break;
        }
        head = tree.head(head)?;
    }
    // "captured two villages *in eastern Ukraine*", "three civilians were killed *in
    // Kherson*", the phrase hung on the verb: what a verb does in a place to people or
    // their homes (its object, or its passive subject), it does to them there.
    // "students *marched in Jakarta*": people who do something somewhere (not refugees,
    // who are often where they fled to) are that place's too.
    let settled = role != "REF";
    let of_verb = || {
        let acted_on = matches!(tree.deprel(head), "obj" | "nsubj:pass")
            || (settled && tree.deprel(head) == "nsubj");
        let verb = tree.head(head).filter(|_| acted_on)?;
        // "killed by Russian shelling *in Kherson*": the place phrase hung on the agent
        // noun of the passive (attachment is ambiguous there) is the act's place too.
        let agent = || tree.children(verb).find(|&c| tree.deprel(c) == "obl:agent");
        in_phrase(verb, "obl").or_else(|| in_phrase(agent()?, "nmod"))
    };
    let at = |t: usize| match land_actor_at(s, b, t) {
        Some(a) => Some(s.doc.actors[s.acts[a].mention].code.clone()),
        None => resolved_country(s, t),
    };
    // "the *Jenin* refugee camp", "the *Donetsk* region": a place name before the noun.
    let named_before = |noun: usize| {
        let names = tree
            .children(noun)
            .filter(|&c| c < noun && tree.deprel(c) == "compound");
        names
            .filter(|&c| !s.acts[b].covers_token(c))
            .find_map(|c| resolved_country(s, c))
    };
    let land = |place: usize| {
        at(place)
            .or_else(|| of_name(tree, place).and_then(at))
            .or_else(|| named_before(place))
    };
    // "in the city *of Kherson*" ([`of_name`]); "captured the village *of Robotyne*", "the
    // village of X *in the Donetsk region*": a place the people's own noun is named after,
    // or the place phrase on that name.
    let own_name = of_name(tree, head);
    let place = in_phrase(head, "nmod")
        .or_else(|| own_name.and_then(|n| in_phrase(n, "nmod")))
        .or_else(|| people.then(of_verb).flatten());
    place
        .and_then(land)
        .or_else(|| own_name.and_then(at))
        .or_else(|| people.then(|| named_before(head)).flatten())
        .or_else(|| {
            people
                .then(|| clause_victims_land(s, tree, b, head))
                .flatten()
        })
}

/// "Russian forces launched a drone attack *on Kyiv*, killing three *civilians*": the
/// people a participle clause says were acted on are the victims of the act it adds to, so
/// they are where that act was aimed: the land an actor in the governing verb's object or
/// oblique names (`head` is the people's noun, the object of the participle).
fn clause_victims_land(s: &Sentence, tree: &DepTree, b: usize, head: usize) -> Option<String> {
    let clause = tree.head(head).filter(|_| tree.deprel(head) == "obj")?;
    let participle = tree.deprel(clause) == "advcl" && tree.syntax(clause).xpos == "VBG";
    let governing = tree.head(clause).filter(|_| participle)?;
    let aimed_at = tree
        .children(governing)
        .filter(|&c| matches!(universal(tree.deprel(c)), "obj" | "obl"));
    let lands = aimed_at
        .flat_map(|c| tree.subtree(c))
        .filter_map(|t| land_actor_at(s, b, t));
    let first = lands.min()?;
    Some(s.doc.actors[s.acts[first].mention].code.clone())
}

/// The actor other than `b` at token `t` that names a land ([`names_a_land`]), not a
/// pronoun standing for one.
fn land_actor_at(s: &Sentence, b: usize, t: usize) -> Option<usize> {
    (0..s.acts.len()).find(|&a| {
        a != b
            && s.acts[a].covers_token(t)
            && s.acts[a].pronoun.is_none()
            && names_a_land(&s.doc.actors[s.acts[a].mention].code)
    })
}

/// The country of the place the gazetteer resolved at token `t` (not a nationality word,
/// which names a people, not where they are).
fn resolved_country(s: &Sentence, t: usize) -> Option<String> {
    let span = s.doc.tokens[t].span;
    s.doc
        .places
        .iter()
        .find(|p| !p.demonym && p.span.start <= span.start && span.end <= p.span.end)
        .map(|p| p.place.country.clone())
        .filter(|c| c.len() == 3)
}

/// Whether an actor code names a country or a region of one (`SDN`, `PSEGZA` for Gaza),
/// not a party in it (`ISRMIL`).
pub(super) fn names_a_land(code: &str) -> bool {
    let c = ActorCode::new(code);
    !code.contains('/') && c.country().is_some() && c.sector().is_none_or(|s| !ROLES.contains(&s))
}

/// Nouns of what two parties make or hold together: "X and Y signed a *treaty*", "upgraded
/// their *ties*", "held *talks*".
const RELATION_NOUNS: &[&str] = &[
    "tie",
    "relation",
    "relationship",
    "treaty",
    "pact",
    "agreement",
    "accord",
    "deal",
    "memorandum",
    "partnership",
    "cooperation",
    "talk",
    "contact",
    "alliance",
    "ceasefire",
    "truce",
    "statement",
    "declaration",
    "communique",
    "protocol",
    "charter",
    "convention",
    "meeting",
    "summit",
    "exercise",
    "drill",
    "maneuver",
    "manoeuvre",
    "dialogue",
];

/// Verbs of fighting that a plural subject does to each other when they name no one else
/// ("Indian and Chinese troops *clashed*", "rebels and soldiers *fought* in the north"):
/// English reciprocal predicates, like *meet*, make each subject the other's opponent.
const FIGHTING_VERBS: &[&str] = &["clash", "fight", "battle", "skirmish"];

/// Whether the verb at token `verb` is one of [`FIGHTING_VERBS`] with coordinated subjects
/// ("X *and* Y clashed", "Indian *and* Chinese troops clashed"; not one actor named twice,
/// "EC farm ministers were fighting").
fn fought_each_other(s: &Sentence, verb: usize) -> bool {
    s.tree.as_ref().is_some_and(|tree| {
        tree.lemma_in(verb, FIGHTING_VERBS)
            && tree.children(verb).any(|k| {
                tree.deprel(k).starts_with("nsubj")
                    && tree
                        .subtree(k)
                        .into_iter()
                        .any(|c| tree.deprel(c) == "conj")
            })
    })
}

/// Verbs whose plural subject gives to each other what the object names, whatever the
/// CAMEO code: "India and Pakistan *exchanged* prisoners" is each releasing the other's
/// (`0841` both ways), "*swapped* fire" each attacking the other. To exchange is to give
/// and take in return (English lexical semantics), so no code outside CAMEO 03–06 is
/// needed to make it mutual. *Trade* with a plural subject is the same ("*traded*
/// artillery fire", "traded accusations").
pub(super) const EXCHANGE_VERBS: &[&str] = &["exchange", "swap", "trade"];

/// Whether the verb at token `verb` is one of [`EXCHANGE_VERBS`]: its events go both ways
/// whatever their code (CAMEO's own lines say so: `- * PRISONERS [0841:0841] # EXCHANGE`).
///
/// So is a verb of handing over or freeing with *each* beside a plural subject ("Ukraine
/// and Russia *each handed over* 150 prisoners of war"): each gave the other what the
/// object names, a swap told from both sides.
pub(super) fn exchanged(s: &Sentence, verb: usize) -> bool {
    const HANDING_VERBS: &[&str] = &["hand", "release", "free", "return", "repatriate"];
    s.tree.as_ref().is_some_and(|tree| {
        tree.lemma_in(verb, EXCHANGE_VERBS)
            || tree.lemma_in(verb, HANDING_VERBS)
                && tree.children(verb).any(|k| tree.lemma_in(k, &["each"]))
    })
}

/// Verbs that are done together whatever their object ("X and Y *agreed* new proposals",
/// "*discussed* trade", "*exchanged* prisoners").
const SYMMETRIC_VERBS: &[&str] = &[
    "agree",
    "sign",
    "meet",
    "negotiate",
    "discuss",
    "exchange",
    "conclude",
    "reach",
    "share",
];

/// Whether `verb` has a direct object that is no relation between its subjects ("Hong
/// Kong, Canada and Sweden *supported the EC complaint*", "*joined* the splinter group"):
/// the conjoined subjects then act together on that thing, not on each other. English
/// symmetric predicates ("X and Y met", "agreed new proposals", "signed a treaty",
/// "upgraded their ties") take no object, one naming the relation, or are symmetric
/// whatever they take.
fn object_is_a_thing(tree: &DepTree, verb: usize) -> bool {
    let lemma = tree.syntax(verb).lemma.to_lowercase();
    // "such policies had been welcomed *by the World Bank and the IMF*": a passive's
    // subject is what the act is done to, the agents act on it together.
    let passive_subject = |k: usize| matches!(tree.deprel(k), "nsubj:pass" | "aux:pass");
    // "The proposal -- *supported by* the administration and lawmakers --": a past
    // participle on a noun is done to that noun, as a passive is to its subject.
    let done_to_its_noun = universal(tree.deprel(verb)) == "acl" && tree.syntax(verb).xpos == "VBN";
    !SYMMETRIC_VERBS.contains(&lemma.as_str())
        && (done_to_its_noun
            || tree.children(verb).any(|k| {
                (tree.deprel(k) == "obj" && !relation_object(tree, k)) || passive_subject(k)
            }))
}

/// Nouns of one part of a series of joint acts: "held *a new round of* talks".
const ROUND_NOUNS: &[&str] = &["round", "series", "session"];

/// Whether object `k` names a relation or a joint act ([`RELATION_NOUNS`]), itself or as
/// the *of* phrase of a round of them ("a new *round* of indirect talks").
fn relation_object(tree: &DepTree, k: usize) -> bool {
    let of_a_round = || {
        tree.lemma_in(k, ROUND_NOUNS)
            && tree
                .nmod_marked(k, "of")
                .is_some_and(|n| tree.lemma_in(n, RELATION_NOUNS))
    };
    tree.lemma_in(k, RELATION_NOUNS) || of_a_round()
}

/// Whether actors `acts` are the conjuncts of one coordination ("*India* and *Mauritius*",
/// "leaders of *Russia* and *North Korea*", "*Russian* and *DPRK* leaders") or one word
/// standing for them all ("the two leaders", "they"): what makes a subject plural. Actors
/// of which one only owns or names the other ("The *Disney* Co's Chairman *Michal
/// Eisner*'s intention") are one party, and a collective predicate ("met", "signed a
/// pact") needs several (English: "X and Y met" is said of two; "X's chairman Y met" of
/// one, who met someone unnamed).
fn one_coordination(s: &Sentence, tree: &DepTree, acts: &[usize]) -> bool {
    let depth = |t: usize| tree.head_chain(t).count();
    // The highest word of a mention's span: the mention's head ("Chinese *troops*", where
    // "Chinese" hangs as a conjunct outside it too).
    let head_word = |(lo, hi): (usize, usize)| (lo..hi).min_by_key(|&t| depth(t)).unwrap_or(lo);
    // A word of a name stands for the whole name ("the Bank of *England*"), when the
    // name's head stands higher.
    let named_by = |k: usize| {
        s.acts
            .iter()
            .find(|b| b.covers_token(k))
            .map(|b| head_word(b.tokens))
            .filter(|&h| depth(h) < depth(k))
            .unwrap_or(k)
    };
    let coordination = |a: usize| {
        let mut k = head_word(s.acts[a].tokens);
        // Up through the words of one noun phrase (a name's parts, a modifier, an
        // appositive: "*Federal Reserve* Board", "*Russian* leaders", "allies, *West
        // Germany*") and its conjunctions; not through an "of" phrase or a possessive,
        // whose actor owns or is related to the phrase's. Bounded: a parse is a tree,
        // and the walk only climbs it.
        for _ in tree.tokens() {
            k = named_by(k);
            // (A "possessive" with no possessive marker is a name modifying the noun:
            // "the *Singapore*, London and New York authorities".)
            let unmarked_possessive = tree.deprel(k) == "nmod:poss"
                && tree.syntax(k).xpos.starts_with("NNP")
                && !tree.has_marker(k, "case", "'s")
                && !tree.has_marker(k, "case", "'");
            let joined = unmarked_possessive
                || matches!(
                    universal(tree.deprel(k)),
                    "conj" | "compound" | "flat" | "amod" | "appos" | "fixed"
                );
            match tree.head(k).filter(|_| joined) {
                Some(h) => k = h,
                None => break,
            }
        }
        k
    };
    let keys: Vec<usize> = acts.iter().map(|&a| coordination(a)).collect();
    // A verb has one subject: where the parse gives it several ("*Thai* and Cambodian
    // *troops* exchanged fire", the adjective split off the noun), they are one.
    let subject_of = |k: usize| {
        tree.deprel(k)
            .starts_with("nsubj")
            .then(|| tree.head(k))
            .flatten()
    };
    let one_verbs_subjects = keys.first().is_some_and(|&k0| {
        subject_of(k0).is_some() && keys.iter().all(|&k| subject_of(k) == subject_of(k0))
    });
    one_verbs_subjects || keys.windows(2).all(|w| w[0] == w[1])
}

/// Whether `verb` names the party its subjects act with or against in a phrase of its
/// own ("Brazil and China pledged to cooperate *with the ATPC*", "X and Y fought *against*
/// the rebels"), whether or not the dictionaries know that party: the conjoined subjects
/// are then one side of the act, not each other's partners (English: the *with*-phrase of
/// a symmetric predicate names its other side; "with each other" names the subjects).
/// The phrase may hang on the infinitive the verb governs ("pledged to cooperate with").
fn partner_named(tree: &DepTree, verb: usize) -> bool {
    let each_other = |n: usize| is_each_other(tree, n);
    let names_partner = |v: usize| {
        tree.children(v).any(|k| {
            universal(tree.deprel(k)) == "obl"
                && (tree.has_marker(k, "case", "with") || tree.has_marker(k, "case", "against"))
                && !each_other(k)
        })
    };
    // "pledged *to cooperate with* the ATPC": the promise is made with the act it names.
    names_partner(verb)
        || tree
            .children(verb)
            .any(|k| tree.deprel(k) == "xcomp" && names_partner(k))
}

/// Whether the phrase headed by `n` is the reciprocal pronoun *each other* or *one
/// another*. The parser heads it by either word ("each" with "other" fixed to it, or
/// "other" with its determiner).
fn is_each_other(tree: &DepTree, n: usize) -> bool {
    let words = || std::iter::once(n).chain(tree.children(n));
    words().any(|d| tree.lemma_in(d, &["each", "one"]))
        && words().any(|d| tree.lemma_in(d, &["other", "another"]))
}

/// Whether `verb`'s object is *each other* ("India and Pakistan *accused each other* of
/// violating the ceasefire"): English's reciprocal pronoun makes the conjoined subjects
/// act on one another, whatever the act.
pub(super) fn each_other_object(tree: &DepTree, verb: usize) -> bool {
    tree.children(verb)
        .any(|k| matches!(tree.deprel(k), "obj" | "iobj") && is_each_other(tree, k))
}

/// CAMEO codes of acts that both parties perform whichever one the sentence makes its
/// subject: consult and meet (040), discuss by telephone (041), negotiate (046), sign a
/// formal agreement (057). "Suga met Modi" is Modi meeting Suga as much (the coding guide
/// codes both directions, `docs/annotation.md` §2); a visit (042) or hosting (043) is
/// one-sided.
const MUTUAL_ACTS: &[&str] = &["040", "041", "046", "057"];

/// Verbs that say the mutual act itself. The verb dictionary files many verbs of going
/// under 040 ("went to Washington", "approached banks", "joined the community"); those
/// tell one side's move, and mirroring them would double a guess.
const MUTUAL_VERBS: &[&str] = &["meet", "talk", "negotiate", "confer", "consult", "sign"];

/// Gives a mutual act ([`MUTUAL_ACTS`]) said by a verb of [`MUTUAL_VERBS`] (token `v`)
/// its reverse direction when the dictionary line left it one-way.
pub(super) fn make_mutual(code: &mut EventCode, tree: &DepTree, v: usize) {
    let mutual = code
        .forward
        .as_deref()
        .is_some_and(|f| MUTUAL_ACTS.contains(&f));
    if code.reverse.is_none() && mutual && tree.lemma_in(v, MUTUAL_VERBS) {
        code.reverse = code.forward.clone();
    }
}

/// CAMEO's two sides of a visit: the host's (043) and the guest's (042).
const HOST_A_VISIT: &str = "043";
const MAKE_A_VISIT: &str = "042";

/// Whether verb token `verb`, coded as a hosted visit both ways (`[043:042]`, as the
/// CAMEO dictionary codes *host* and *receive* a president, a minister, a delegation),
/// tells it from the host's side with the guest its object: "Sisi *received* Mitsotakis in
/// Cairo" is Mitsotakis's visit too, the two sides of one visit. A participle ("talks
/// *hosted by* Kenyatta") or a *by* phrase read as the object names the host of an act, no
/// guest.
pub(super) fn hosted_visit(code: &EventCode, tree: &DepTree, verb: usize) -> bool {
    let by = |k: usize| {
        tree.subtree(k)
            .iter()
            .any(|&t| tree.deprel(t) == "case" && tree.syntax(t).lemma.eq_ignore_ascii_case("by"))
    };
    code.forward.as_deref() == Some(HOST_A_VISIT)
        && code.reverse.as_deref() == Some(MAKE_A_VISIT)
        && tree.syntax(verb).xpos != "VBN"
        && tree
            .children(verb)
            .any(|k| tree.deprel(k) == "obj" && !by(k))
}

/// Whether a paired code is reciprocal: a pattern with only the reverse side (`[:190]`, "X
/// was attacked by Y"), or the same code in both directions (`[046:046]`) for the joint acts
/// that have no one initiator: agreeing, meeting and negotiating, signing, cooperating
/// (CAMEO roots 03–06; `docs/annotation.md`: "no other code gets both directions"). "X fought
/// with Y" names X as the one who acts; it is one event.
pub(super) fn reciprocal(code: &EventCode) -> bool {
    code.forward.is_none()
        || (code.forward == code.reverse && code.forward.as_deref().is_some_and(joint))
}

/// Whether a code is a joint act, one that has no single initiator when two actors do it
/// together: agreeing, meeting and negotiating, signing, cooperating (CAMEO roots 03–06).
/// Not a visit (042), a hosting (043) or a mediation (045): each has one side that goes,
/// receives or mediates, so "Italy and Canada attended the meeting" is no visit of Italy to
/// Canada (the codebook's definitions of 042–045).
fn joint(code: &str) -> bool {
    matches!(cameo_root(code), Some("03" | "04" | "05" | "06"))
        && !matches!(code, "042" | "043" | "045")
}

/// Whether verb token `verb` tells force its plural subject used on each other, itself or
/// as the participle of such a verb: "Indian and Pakistani troops *exchanged* fire,
/// *killing* a Pakistani soldier", "the two armies *clashed*, *leaving* ten dead". (Allies
/// acting together, "Malian and Russian troops killed Malian civilians", are no foes.)
fn between_foes(s: &Sentence, verb: usize) -> bool {
    let Some(tree) = &s.tree else {
        return false;
    };
    let foes = |v: usize| exchanged(s, v) || fought_each_other(s, v);
    // "killing a soldier *and wounding* three villagers": a conjunct shares the head.
    let mut v = verb;
    while tree.deprel(v) == "conj" {
        match tree.head(v) {
            Some(h) => v = h,
            None => break,
        }
    }
    foes(verb)
        || tree
            .head(v)
            .is_some_and(|h| universal(tree.deprel(v)) == "advcl" && foes(h))
}

/// Whether source `a`, one of `sources` that name several countries, and target `b` are of
/// one country: "Indian and Pakistani troops exchanged fire, killing a Pakistani soldier
/// and wounding three Indian villagers". Force between foes is used on the other side
/// (CAMEO's force is between two parties), so foes who hit each other hit each one's
/// people with the others' fire: the soldier is India's victim, the villagers Pakistan's.
fn hits_its_own_side(s: &Sentence, sources: &[usize], a: usize, b: usize) -> bool {
    let country = |x: usize| factum_actors::country_of(&s.doc.actors[s.acts[x].mention].code);
    let Some(own) = country(a) else {
        return false;
    };
    country(b) == Some(own)
        && sources
            .iter()
            .any(|&o| country(o).is_some_and(|c| c != own))
}
