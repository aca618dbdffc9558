//! "The two countries", "both leaders", "the two sides": a plural noun that refers back to
//! the two parties a story has just named. English uses these definite descriptions
//! instead of repeating both names ("Modi held talks with Ramgoolam. *The two leaders*
//! signed eight pacts"), and news of joint acts — meetings, agreements, signings — is told
//! with them more than with pronouns. Each becomes two actors of its sentence, one for each
//! party, so a joint act of such a subject codes both directions like "India and Mauritius
//! signed". The sides or parties of one country's war ("both sides in Sudan's civil war")
//! stand for that country, one actor.

use factum_codes::actor::{ActorCode, ARMED_NON_STATE};
use factum_doc::tree::{universal, DepTree};
use factum_doc::{ActorMention, Document, Event};

use crate::review::told_just_before;

use super::args_parse::describes_another_named;

use super::sentence::{Act, Scope};

/// Nouns that, as a definite plural, can name the two parties of a story.
const PARTY_NOUNS: &[&str] = &[
    "country",
    "nation",
    "side",
    // "urged *both parties* to return to the table": the parties to a dispute or talks.
    "party",
    "leader",
    "government",
    "president",
    "minister",
    "neighbour",
    "neighbor",
    "state",
    // "the two Asian *powers*", "the two *allies*", "the two *rivals*": nouns English
    // names states by as parties to each other.
    "power",
    "ally",
    "rival",
    "foe",
    "adversary",
];

/// Adjectives that say what the parties are to each other, or what they have, and leave
/// them the story's parties: "the two *warring* sides", "the two *nuclear-armed*
/// neighbours". (Capitalised ones, of a region or people, do the same: "the three
/// *European* countries", "the two *Asian* powers".)
const PARTY_ADJECTIVES: &[&str] = &[
    "warring",
    "rival",
    "feuding",
    // ("nuclear-armed": the tokeniser splits it, "armed" the noun's modifier.)
    "armed",
    "neighboring",
    "neighbouring",
];

/// The actors the pair descriptions of sentence `si` stand for: for each such noun, two
/// [`Act`]s on its token, one per party (see the module docs). The parties are the two
/// nearest actor mentions of different countries before the noun, in its sentence and the
/// three before (one more than pronouns look back over: a pair description can follow a
/// sentence or two that name neither party, such as a statement of one of them).
pub(super) fn pair_actors(scope: Scope) -> Vec<Act> {
    let Scope {
        doc,
        tree,
        si,
        units,
        events,
    } = scope;
    let sent = doc.sentences[si];
    let base = sent.token_start as usize;
    let mut out = Vec::new();
    for t in sent.token_range() {
        if let Some(land) = sides_of_a_war(doc, tree, t) {
            out.extend(Act::referring(units, base, t, land));
            continue;
        }
        let Some(kind) = pair_description(tree, t) else {
            continue;
        };
        // A name already there is no description; a bare role the dictionaries code with
        // no country ("the prime ministers", "both governments" → `---GOV`) is one, and
        // gives way.
        let named = doc.actors.iter().any(|m| {
            (m.token_start as usize..m.token_end as usize).contains(&t)
                && !m.code.starts_with("---")
        });
        if named {
            continue;
        }
        let subject = clause_subject_countries(doc, tree, t);
        let told = (kind == Pair::Two)
            .then(|| sides_of_a_told_act(doc, events, si, t, &subject))
            .flatten();
        let parties = told.unwrap_or_else(|| parties_before(doc, si, t, kind, &subject));
        for mention in parties {
            out.extend(Act::referring(units, base, t, mention));
        }
    }
    out
}

/// The country whose war sides noun `t` names: "called on *both sides in Sudan's civil
/// war*", "urged *all parties to the conflict in Yemen*". The warring parties of one
/// country's war are of that country (its army and its rebels both carry its code), so the
/// description stands for the country the war phrase names: its only country-coded actor
/// mention. `None` when the phrase names none or several.
fn sides_of_a_war(doc: &Document, tree: &DepTree, t: usize) -> Option<usize> {
    let syn = tree.syntax(t);
    if syn.xpos != "NNS" || !tree.lemma_in(t, &["side", "party", "faction"]) {
        return None;
    }
    // (The parser may hang the war phrase on the verb, right after the sides.)
    let next_phrase = tree
        .head(t)
        .into_iter()
        .flat_map(|h| tree.children(h))
        .find(|&k| {
            k > t && tree.subtree(k).first() == Some(&(t + 1)) && tree.deprel(k).starts_with("obl")
        });
    let war = tree.children(t).chain(next_phrase).find(|&k| {
        matches!(tree.deprel(k), "nmod" | "obl")
            && ["in", "to", "of"]
                .iter()
                .any(|p| tree.has_marker(k, "case", p))
            && tree.lemma_in(k, WAR_NOUNS)
    })?;
    let phrase = tree.subtree(war);
    let mut lands = doc.actors.iter().enumerate().filter(|(_, m)| {
        let k = m.token_start as usize;
        phrase.contains(&k) && factum_actors::country_of(&m.code).is_some()
    });
    let (first, m) = lands.next()?;
    let one_country = lands.all(|(_, other)| {
        factum_actors::country_of(&other.code) == factum_actors::country_of(&m.code)
    });
    one_country.then_some(first)
}

/// Nouns of an armed conflict.
const WAR_NOUNS: &[&str] = &["war", "conflict", "fighting"];

/// The countries of the actors in the subject of the verb whose object or oblique the pair
/// description at token `t` is. "Egypt and Qatar … urged *both sides* to show restraint":
/// a description that is not the subject names others than the subject (in English the
/// same parties would be "each other" or "themselves"), so the subject's parties are no
/// candidates.
fn clause_subject_countries<'d>(doc: &'d Document, tree: &DepTree, t: usize) -> Vec<&'d str> {
    let Some(verb) = tree
        .head(t)
        .filter(|_| !tree.deprel(t).starts_with("nsubj"))
    else {
        return Vec::new();
    };
    let subjects: Vec<usize> = tree
        .children(verb)
        .filter(|&k| tree.deprel(k).starts_with("nsubj"))
        .collect();
    doc.actors
        .iter()
        .filter(|m| {
            let k = m.token_start as usize;
            tree.contains(k)
                && subjects
                    .iter()
                    .any(|&sj| tree.in_subtree(k, sj) && !in_topic_phrase(tree, k, sj))
                // "China, *Myanmar's biggest investor*, urged both sides": whom the
                // subject's appositive relates it to is not the subject.
                && !subjects.iter().any(|&sj| {
                    describes_another_named(tree, &doc.actors, k, &m.code, sj)
                })
        })
        .filter_map(|m| party_country(&m.code))
        .collect()
}

/// Prepositions whose phrase on a noun says what it is about or where it is, not whose it
/// is: "the special representative *for the Belgrade-Pristina dialogue*", "the envoy *to*
/// Sudan", "talks *on* Ukraine".
const TOPIC_PREPOSITIONS: &[&str] = &["for", "to", "on", "in", "over", "about", "between"];

/// Whether token `k` lies in a phrase of [`TOPIC_PREPOSITIONS`] inside the subject phrase
/// headed by `subject`: the parties it names are the subject's business, not the subject
/// ("the EU's representative for the Belgrade-Pristina dialogue urged both sides": Serbia
/// and Kosovo are the sides, not the speaker).
fn in_topic_phrase(tree: &DepTree, k: usize, subject: usize) -> bool {
    tree.head_chain(k).take_while(|&t| t != subject).any(|t| {
        universal(tree.deprel(t)) == "nmod"
            && TOPIC_PREPOSITIONS
                .iter()
                .any(|p| tree.has_marker(t, "case", p))
    })
}

/// What a pair description says its two parties are.
#[derive(Clone, Copy, PartialEq)]
enum Pair {
    /// "the two countries", "both sides": the two nearest parties.
    Two,
    /// "the prime ministers", "the leaders": the officials of the two governments the
    /// story names, when it names exactly two.
    Officials,
    /// "the three European countries": the three nearest parties.
    Three,
    /// "the two leaders", "both presidents": the two nearest government mentions of
    /// different countries, else the two nearest parties ("*the two U.S. allies* … the
    /// two leaders" are the allies' leaders, not the United States).
    TwoOfficials,
}

/// Offices whose plural with a bare "the" names the officials a story has introduced
/// ("the prime ministers signed eight pacts").
const OFFICES: &[&str] = &["leader", "minister", "president", "premier"];

/// Whether token `t` heads a pair description in an argument position, and which: a
/// plural [`PARTY_NOUNS`] noun with "the" and "two", or "both", and no other modifier
/// ("the two countries", "both sides"; not "the countries of the region", "two nations"),
/// or a plural office with a bare "the" ("the prime ministers", "the foreign ministers").
/// A bare "the countries" is left alone: it may stand for any number of parties, and the
/// places a story names ("the Paris agreements") are no list of them.
fn pair_description(tree: &DepTree, t: usize) -> Option<Pair> {
    let syn = tree.syntax(t);
    let rel = syn.deprel.split(':').next().unwrap_or("");
    let lemma = syn.lemma.to_lowercase();
    // "the leaders *of both countries*": the people of the two parties are theirs, so the
    // description inside their phrase names them too.
    let of_the_parties = rel == "nmod" && tree.has_marker(t, "case", "of");
    if syn.xpos != "NNS"
        || !PARTY_NOUNS.contains(&lemma.as_str())
        || !(matches!(rel, "nsubj" | "obj" | "iobj" | "obl" | "conj") || of_the_parties)
    {
        return None;
    }
    let office = OFFICES.contains(&lemma.as_str());
    let capitalised = |k: usize| {
        tree.syntax(k)
            .lemma
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
    };
    let (mut the, mut two, mut three, mut both, mut other, mut office_words) =
        (false, false, false, false, false, false);
    for k in tree.children(t) {
        let word = tree.syntax(k).lemma.to_lowercase();
        let lower = tree.syntax(k).xpos != "NNP";
        match (tree.deprel(k), word.as_str()) {
            ("det", "the") => the = true,
            ("nummod", "two") => two = true,
            ("nummod", "three") => three = true,
            // "the two *nuclear-armed* neighbours", "the three *European* countries".
            ("amod", w) if !office && (PARTY_ADJECTIVES.contains(&w) || capitalised(k)) => {}
            ("det" | "det:predet" | "cc:preconj", "both") => both = true,
            ("punct" | "case" | "cc", _) => {}
            (rel, _) if rel.starts_with("acl") || rel == "advmod" => {}
            // "urged both sides *on Wednesday*": a time the parser hung on the noun.
            (rel, w) if rel.starts_with("nmod") && super::nominals::is_time_word(w) => {}
            // "prime", "foreign": a lower-case word of the office's own name.
            ("amod" | "compound", _) if lower => office_words = true,
            _ => other = true,
        }
    }
    // "Two nations signed" is indefinite: new parties, not the story's.
    match (the, two, both, other) {
        (_, _, _, true) => None,
        (true, false, false, _) if three && !office && !office_words => Some(Pair::Three),
        (true, true, false, _) | (false, false, true, _) if office => Some(Pair::TwoOfficials),
        (true, true, false, _) | (false, false, true, _) if !office_words => Some(Pair::Two),
        (true, false, false, _) if office => Some(Pair::Officials),
        _ => None,
    }
}

/// The actor mentions of the two parties a pair description at token `t` of sentence `si`
/// refers to, nearest first: mentions of different countries (an organisation or a
/// mention with no country is no party), none of the `excluded` countries; empty when
/// there are not two. Officials are government mentions (`GOV` after the country), and
/// there must be exactly two countries of them; two officials are the two nearest
/// governments when there are two, else the two nearest parties.
fn parties_before(
    doc: &Document,
    si: usize,
    t: usize,
    kind: Pair,
    excluded: &[&str],
) -> Vec<usize> {
    if kind == Pair::Three {
        return listed_three(doc, si, t, excluded);
    }
    if kind == Pair::TwoOfficials {
        let officials = nearest_parties(doc, si, t, true, excluded);
        if officials.len() >= 2 {
            return officials[..2].to_vec();
        }
        return parties_before(doc, si, t, Pair::Two, excluded);
    }
    // The sides of a civil war the story tells first: the mediators and backers it names
    // beside them ("the United States, Saudi Arabia … urged both sides") are no sides.
    let mut parties = match kind {
        Pair::Two => sides_of_one_country(doc, si, t, excluded),
        _ => Vec::new(),
    };
    if parties.is_empty() {
        parties = nearest_parties(doc, si, t, kind == Pair::Officials, excluded);
    }
    let enough = match kind {
        Pair::Officials => parties.len() == 2,
        _ => parties.len() >= 2,
    };
    parties.truncate(2);
    if !enough {
        parties.clear();
    }
    parties
}

/// The three parties "the three European countries" at token `t` of sentence `si` names:
/// the latest list of three mentions of different countries before it ("Britain, France
/// and Germany"), the three joined by nothing but commas and a conjunction. English names
/// a number of parties again by a numbered description of what it listed; the nearest
/// three countries may be any others the story named since ("backed by the United
/// States"). Empty when no such list stands in reach.
fn listed_three(doc: &Document, si: usize, t: usize, excluded: &[&str]) -> Vec<usize> {
    let mentions: Vec<(usize, &ActorMention)> = mentions_before(doc, si, t).collect();
    let joined = |a: &ActorMention, b: &ActorMention| {
        (a.token_end..b.token_start).all(|k| {
            let word = doc.slice(doc.tokens[k as usize].span);
            matches!(word, "," | "and")
        })
    };
    mentions
        .windows(3)
        .find_map(|w| {
            // (Nearest first: the list reads w[2], w[1], w[0].)
            let [(c, third), (b, second), (a, first)] = [w[0], w[1], w[2]];
            let countries: Vec<&str> = [first, second, third]
                .iter()
                .filter_map(|m| party_country(&m.code))
                .collect();
            let distinct = countries.len() == 3
                && countries[0] != countries[1]
                && countries[1] != countries[2]
                && countries[0] != countries[2]
                && countries.iter().all(|c| !excluded.contains(c));
            (distinct && joined(first, second) && joined(second, third)).then(|| vec![c, b, a])
        })
        .unwrap_or_default()
}

/// The actor mentions before token `t` of sentence `si`, in it and the three before, one
/// per country, nearest first, none of the `excluded` countries; with `officials`, only
/// government mentions (`GOV` after the country).
fn nearest_parties(
    doc: &Document,
    si: usize,
    t: usize,
    officials: bool,
    excluded: &[&str],
) -> Vec<usize> {
    let mut countries: Vec<&str> = excluded.to_vec();
    let mut parties = Vec::new();
    for (i, m) in mentions_before(doc, si, t) {
        let Some(country) = party_country(&m.code) else {
            continue;
        };
        if officials && ActorCode::new(&m.code).sector() != Some("GOV") {
            continue;
        }
        if !countries.contains(&country) {
            countries.push(country);
            parties.push(i);
        }
    }
    parties
}

/// The actor mentions that end before token `t` of sentence `si`, in it and the three
/// sentences before (the reach of a pair description), nearest first, with their indices.
fn mentions_before(
    doc: &Document,
    si: usize,
    t: usize,
) -> impl Iterator<Item = (usize, &ActorMention)> {
    let window_start = doc.sentences[si.saturating_sub(3)].token_start as usize;
    doc.actors
        .iter()
        .enumerate()
        .rev()
        .filter(move |(_, m)| (m.token_end as usize) <= t && m.token_start as usize >= window_start)
}

/// The two sides of the latest act between two countries the story told in the three
/// sentences before `si` (none of the `excluded` countries), as their mentions before
/// token `t`: "Ethiopia and Eritrea have agreed to hold talks in the Saudi city of Jeddah
/// … The African Union welcomed the Saudi initiative and urged *both sides* to give
/// diplomacy a chance". The sides a story has just told acting on each other are the ones
/// a pair description names, before a third party mentioned nearer (a mediator, a host).
fn sides_of_a_told_act(
    doc: &Document,
    events: &[Event],
    si: usize,
    t: usize,
    excluded: &[&str],
) -> Option<Vec<usize>> {
    let act = events.iter().rev().find(|e| {
        let countries = [&e.source, &e.target].map(|a| a.as_ref().and_then(|a| party_country(&a.code)));
        told_just_before(e.sentence, si as u32)
            && matches!(countries, [Some(a), Some(b)] if a != b && !excluded.contains(&a) && !excluded.contains(&b))
    })?;
    let mention = |side: &factum_doc::EventActor| {
        doc.actors
            .iter()
            .rposition(|m| m.span == side.span && (m.token_end as usize) <= t)
    };
    Some(vec![
        mention(act.source.as_ref()?)?,
        mention(act.target.as_ref()?)?,
    ])
}

/// The two sides of one country's armed conflict the story names before token `t` of
/// sentence `si` (in it and the three before): the
/// nearest mention of the state's forces (`MIL`, `GOV`, `COP`) and the nearest of an armed
/// group (`REB`, `UAF`) of the same country, none of the `excluded` countries ("the army
/// … the RSF … urged *both sides* to accept the truce"). A civil war's sides both carry
/// the country's code, told apart by their sectors, as CAMEO codes them. Empty when the
/// story names no such pair.
fn sides_of_one_country(doc: &Document, si: usize, t: usize, excluded: &[&str]) -> Vec<usize> {
    let mut before: Vec<(usize, &str, &str)> = mentions_before(doc, si, t)
        .filter_map(|(i, m)| {
            let country = factum_actors::country_of(&m.code)?;
            let sector = ActorCode::new(&m.code).sector()?;
            (!excluded.contains(&country)).then_some((i, country, sector))
        })
        .collect();
    // "*The military* … the Arakan Army … urged both sides": a bare role of the state's
    // forces is of the country of the armed group it fights (the review places it there
    // too, in the story's country).
    let groups: Vec<&str> = before
        .iter()
        .filter(|&&(_, _, sector)| ARMED_NON_STATE.contains(&sector))
        .map(|&(_, country, _)| country)
        .collect();
    let state = |sector: &str| ["MIL", "GOV", "COP"].contains(&sector);
    let armed_group = |sector: &str| ARMED_NON_STATE.contains(&sector);
    before.extend(mentions_before(doc, si, t).filter_map(|(i, m)| {
        let role = m.code.strip_prefix("---")?;
        let country = *groups.first()?;
        (groups.iter().all(|&c| c == country) && state(role)).then_some((i, country, role))
    }));
    for &(i, country, sector) in &before {
        let other = before.iter().find(|&&(_, c, s)| {
            c == country && (state(sector) && armed_group(s) || armed_group(sector) && state(s))
        });
        if let Some(&(j, _, _)) = other {
            return vec![i, j];
        }
    }
    Vec::new()
}

/// The country of a party's actor code: its country prefix, also where that prefix is
/// spelt like a religion code (Mauritius is `MUS`, as are Muslims); none for
/// organisations and codes with no country.
fn party_country(code: &str) -> Option<&str> {
    factum_actors::country_of(code).or_else(|| {
        let prefix = code.get(..3)?;
        let organisation = ["IGO", "NGO", "IMG", "MNC", "---"].contains(&prefix);
        (!organisation && prefix.chars().all(|c| c.is_ascii_uppercase())).then_some(prefix)
    })
}
