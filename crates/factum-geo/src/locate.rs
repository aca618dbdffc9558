//! Where an event happened: the rules [`crate::GeoStage::link_events`] applies, in order.
//!
//! A location is only worth having when the text supports it: a wrong place on a map is
//! worse than none, so every rule needs evidence in the event's own clause, and when there
//! is none the event has no location (the article's main country is not a location).
//!
//! 1. **`argument`**: a place in a locative phrase attached to the event's predicate ("talks
//!    in Jeddah", "killed … in the town of L'Estere", "a tunnel near Sibi", "off the coast
//!    of Yemen"); a visit's destination ("visit to Mauritius", "visited India"); the place
//!    an act of force is aimed at, as its target or object ("struck Gaza", "used against
//!    Ukraine").
//! 2. **`clause`**: a place in a locative phrase anywhere in the predicate's clause ("the
//!    statement from the site of their talks in Canada"). A locative phrase inside an
//!    actor's words counts ("stormed a hotel in Beledweyne"): it says where the actor is;
//!    an actor's home country does not ("a meeting in Paris" is not in "Europe").
//! 3. **`home`**: a protest or an act of coercion (CAMEO 14, 17: arrests, bans, curfews)
//!    between two actors of the same country (police and protesters, a government and its
//!    critics) happens in that country, when the sentence names it ("Kenyan police
//!    arrested … in Kenya's capital"). Attacks and statements between two actors of one
//!    country may be anywhere, and without the name the sentence may be about them abroad:
//!    no location is better than a wrong one.
//! 4. **`dateline`**: the dateline's place ("BEIRUT (AP) --"), where the reporter is and
//!    most of what the story reports happened.
//!
//! The rules of English they rest on: a locative preposition (in, at, near, outside …)
//! before a place, or "<preposition> the <noun> of <place>" ("in the town of X"), says
//! where; "to"/"from"/"of" alone do not (a destination, an origin, a possessor); places in
//! another clause (a relative clause, a clausal complement, a parenthetical) describe
//! something else ("Central Command, which oversees operations in the Middle East, said
//! the leader was killed").

use factum_doc::tree::DepTree;
use factum_doc::words;
use factum_doc::{Event, EventLocation, LocationMethod, Place, PlaceMention, Token};

/// Prepositions that, before a place, say where something happens.
const WHERE: &[&str] = &[
    "in",
    "at",
    "near",
    "outside",
    "inside",
    "across",
    "throughout",
    "around",
    "within",
    "off",
    "along",
    "nearby",
];

/// Relations that start a clause of their own (Universal Dependencies): a place below one
/// of them belongs to that clause.
const CLAUSE_RELATIONS: &[&str] = &["ccomp", "advcl", "parataxis", "csubj", "acl:relcl", "root"];

/// CAMEO roots of acts a state does to its own people at home: protest (14) and coercion
/// (17: arrests, bans, curfews). Between two actors of one country these happen there;
/// an attack or a statement by two actors of one country may be anywhere.
const INTERNAL_ROOTS: &[&str] = &["14", "17"];

/// CAMEO roots of acts of force: the place they are aimed at is where they happen.
const FORCE_ROOTS: &[&str] = &["15", "18", "19", "20"];

/// One place mention of the event's sentence: index into `doc.places`, token range.
#[derive(Debug, Clone, Copy)]
pub struct Mention {
    pub index: usize,
    pub start: usize,
    pub end: usize,
}

/// What the rules read about the sentence of one event.
pub struct Scene<'a> {
    pub tokens: &'a [Token],
    /// The sentence's parse, when the document has one.
    pub tree: Option<&'a DepTree<'a>>,
    /// First token of the sentence.
    pub sentence_start: usize,
    /// The event's predicate (its trigger's token).
    pub verb: usize,
    pub places: &'a [PlaceMention],
    /// The sentence's place mentions (no demonyms).
    pub mentions: &'a [Mention],
    pub dateline: Option<&'a Place>,
}

/// The event's location by the first rule of the module docs that applies.
pub fn locate(scene: &Scene<'_>, ev: &Event, home: Option<Place>) -> Option<EventLocation> {
    let found = |m: &Mention, method| EventLocation {
        place: scene.places[m.index].place.clone(),
        method,
        mention: Some(m.index as u32),
    };
    let nearest = |rule: &dyn Fn(&Mention) -> bool| {
        scene
            .mentions
            .iter()
            .filter(|m| rule(m))
            .min_by_key(|m| m.start.abs_diff(scene.verb))
    };
    if let Some(m) = nearest(&|m| attached(scene, ev, m)) {
        return Some(found(m, LocationMethod::Argument));
    }
    if let Some(m) = nearest(&|m| in_clause(scene, m)) {
        return Some(found(m, LocationMethod::Clause));
    }
    let fixed = |place: Place, method| EventLocation {
        place,
        method,
        mention: None,
    };
    let named = |p: &Place| {
        scene
            .mentions
            .iter()
            .any(|m| scene.places[m.index].place.country == p.country)
    };
    let internal = INTERNAL_ROOTS.iter().any(|r| ev.cameo.starts_with(r));
    if let Some(p) = home.filter(|p| internal && named(p)) {
        return Some(fixed(p, LocationMethod::Home));
    }
    scene
        .dateline
        .map(|p| fixed(p.clone(), LocationMethod::Dateline))
}

/// Rule 1: a locative place hanging off the predicate, a visit's destination, or the aim
/// of an act of force.
fn attached(scene: &Scene<'_>, ev: &Event, m: &Mention) -> bool {
    let t = scene.tokens;
    let prev = |k: usize| (m.start >= scene.sentence_start + k).then(|| lower(&t[m.start - k]));
    let is_target = ev
        .target
        .as_ref()
        .is_some_and(|a| a.span.overlaps(scene.places[m.index].span));
    let visit = ev.cameo.starts_with("042")
        && (is_target
            || ev.target.is_none()
                && matches!(
                    prev(1).as_deref(),
                    Some("to" | "visited" | "visit" | "visiting")
                ));
    let force = FORCE_ROOTS.iter().any(|r| ev.cameo.starts_with(r));
    // The object of an act of force ("struck Tyre"), by the parse or, without one, right
    // after the predicate.
    let object = match scene.tree {
        Some(tree) => {
            let name = head_of(tree, m);
            tree.head(name) == Some(scene.verb) && tree.deprel(name) == "obj"
        }
        None => m.start == scene.verb + 1,
    };
    if visit || (force && (is_target || object)) {
        return true;
    }
    if !says_where(scene, m) {
        return false;
    }
    match scene.tree {
        Some(tree) => hangs_off(tree, m, scene.verb),
        // Without a parse: the locative phrase right after the predicate's words ("killed
        // in the town of X": six words at most).
        None => m.start > scene.verb && m.start <= scene.verb + 6,
    }
}

/// Rule 2: a locative place in the predicate's clause.
fn in_clause(scene: &Scene<'_>, m: &Mention) -> bool {
    if !says_where(scene, m) {
        return false;
    }
    match scene.tree {
        Some(tree) => clause_head(tree, head_of(tree, m)) == clause_head(tree, scene.verb),
        None => true,
    }
}

/// Whether the place stands in a locative phrase (see [`says_where_parsed`] and
/// [`says_where_by_words`]).
fn says_where(scene: &Scene<'_>, m: &Mention) -> bool {
    match scene.tree {
        Some(tree) => says_where_parsed(scene, tree, m),
        None => says_where_by_words(scene, m),
    }
}

/// With a parse: the name, or the place noun it modifies or names ("Balochistan province",
/// "the town of X"), has a locative preposition as its `case` dependent. A possessor
/// ("Pakistan's … province") or a name modifying another noun ("the Russia-Ukraine war")
/// is not where anything happens.
fn says_where_parsed(scene: &Scene<'_>, tree: &DepTree, m: &Mention) -> bool {
    let mut at = head_of(tree, m);
    for _ in 0..3 {
        if has_where_case(scene, tree, at) {
            return true;
        }
        let rel = tree.deprel(at);
        let Some(h) = tree.head(at) else {
            return false;
        };
        let climbs = matches!(rel, "compound" | "nmod" | "flat" | "appos")
            && words::PLACE_NOUNS.contains(&lower(&scene.tokens[h]).as_str());
        if !climbs {
            return false;
        }
        at = h;
    }
    false
}

/// Whether a locative preposition hangs off token `at` as its `case`.
/// (Within eight words before it: a preposition further away is not its own.)
fn has_where_case(scene: &Scene<'_>, tree: &DepTree, at: usize) -> bool {
    let from = at.saturating_sub(8).max(scene.sentence_start);
    tree.children(at).any(|k| {
        (from..at).contains(&k)
            && tree.deprel(k) == "case"
            && WHERE.contains(&lower(&scene.tokens[k]).as_str())
    })
}

/// Without a parse: "in X", "in the X", "in the town of X", "off the coast of X".
fn says_where_by_words(scene: &Scene<'_>, m: &Mention) -> bool {
    let t = scene.tokens;
    let from = scene.sentence_start;
    let word = |k: usize| lower(&t[k]);
    let before = |k: usize| m.start >= from + k;
    if before(1) && WHERE.contains(&word(m.start - 1).as_str()) {
        return true;
    }
    if before(2) && word(m.start - 1) == "the" && WHERE.contains(&word(m.start - 2).as_str()) {
        return true;
    }
    // "<preposition> the [adjectives] <noun> of X": up to five words back to the preposition.
    if before(2) && word(m.start - 1) == "of" {
        let stop = m.start.saturating_sub(7).max(from);
        return (stop..m.start - 1)
            .rev()
            .take_while(|&k| !matches!(word(k).as_str(), "," | "." | ";"))
            .any(|k| WHERE.contains(&word(k).as_str()));
    }
    false
}

/// The place's head reaches the predicate within four hops without leaving its clause.
fn hangs_off(tree: &DepTree, m: &Mention, verb: usize) -> bool {
    for at in tree.head_chain(head_of(tree, m)).take(5) {
        if at == verb {
            return true;
        }
        if CLAUSE_RELATIONS.contains(&tree.deprel(at)) {
            return false;
        }
    }
    false
}

/// The token of the name whose head lies outside the name.
fn head_of(tree: &DepTree, m: &Mention) -> usize {
    (m.start..m.end)
        .find(|&k| tree.head(k).is_none_or(|h| h < m.start || h >= m.end))
        .unwrap_or(m.end - 1)
}

/// The head of the clause a token belongs to: up the tree until a clause relation.
fn clause_head(tree: &DepTree, at: usize) -> usize {
    tree.clause_head(at, |rel| CLAUSE_RELATIONS.contains(&rel))
}

fn lower(t: &Token) -> String {
    t.norm.to_lowercase()
}
