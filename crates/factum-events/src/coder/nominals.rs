//! Events named by nouns in a sentence ("the attack on Kyiv", "talks between X and Y"): the
//! noun's dependents give its sides (see [`crate::nominal`] for the lexicon and the roles),
//! and a definite event noun with no sides of its own retells an event coded just before.

use factum_actors::country_of;
use factum_doc::tree::{universal, DepTree};
use factum_doc::words::{MONTHS, WEEKDAYS};
use factum_doc::{Event, Provenance, ProvenanceRole, Span};

use super::args_parse::{
    behind_phrase, between_phrase_of_object, between_phrase_of_subject, by_phrase_actors,
    foreign_land, has_particle, is_agent, judged_doers, locative, passive_subject,
    FALSE_CLAIM_WORDS, JUDGING_VERBS,
};
use super::emit::Trigger;
use super::frames::{
    background_noun, intended_noun, light_verb_of, possible_noun, prevented, CONCERN_TOPICS,
};
use super::one_sided::people_protesting_by;
use super::sentence::{Act, Sentence};
use super::story_acts::{self, OpenAct};
use super::{Candidate, EventCoder};
use crate::cameo::is_force;
use crate::nominal::{
    aim_phrases, aims_an_event_noun, side_of, Nominal, Nominals, Side, CLAIM_VERBS, DENIAL_VERBS,
    FORCE_ACT_NOUNS, LIGHT_VERBS, REACTION_VERBS, RESPONSE_VERBS, RESPONSIBILITY_NOUNS,
};
use crate::review::{told_just_before, TOLD_BEFORE};

/// The actors on each side of one event noun.
#[derive(Default)]
struct Sides {
    agents: Vec<usize>,
    patients: Vec<usize>,
    parties: Vec<usize>,
}

impl Sides {
    /// Add `actors` to side `side`.
    fn add(&mut self, side: Side, actors: Vec<usize>) {
        match side {
            Side::Agent => self.agents.extend(actors),
            Side::Patient => self.patients.extend(actors),
            Side::Party => self.parties.extend(actors),
        }
    }

    /// These sides and `other`'s, each actor once.
    fn with(mut self, other: Sides) -> Sides {
        for (mine, theirs) in [
            (&mut self.agents, other.agents),
            (&mut self.patients, other.patients),
            (&mut self.parties, other.parties),
        ] {
            for a in theirs {
                if !mine.contains(&a) {
                    mine.push(a);
                }
            }
        }
        self
    }
}

impl EventCoder {
    /// Nominal events of the sentence (see [`crate::nominal`]).
    pub(super) fn code_nominals(
        &self,
        s: &Sentence,
        tree: &DepTree,
        out: &mut Vec<Event>,
        open: &mut Vec<OpenAct>,
        mut trace: Option<&mut Vec<Candidate>>,
    ) {
        for n in tree.tokens() {
            let Some(noun) = self.nominals.at(tree.syntax(n)) else {
                continue;
            };
            if names_no_act_here(s, tree, n) {
                continue;
            }
            let span = s.doc.tokens[n].span;
            let mut note = |outcome: String| {
                if let Some(tr) = trace.as_deref_mut() {
                    tr.push(Candidate {
                        sentence: s.index as u32,
                        verb: s.doc.slice(span).to_string(),
                        verb_span: span,
                        outcome,
                    });
                }
            };
            if self.dropped_event_noun(s, tree, n, noun, out, &mut note) {
                continue;
            }
            let NounReading {
                found,
                intended,
                ready,
            } = read_event_noun(tree, s, noun, n);
            let pairs = nominal_pairs(noun, &found);
            note(format!(
                "event noun, code {} ({} line {}): {} actor pair(s)",
                noun.code,
                self.nominals.file,
                noun.line,
                pairs.len()
            ));
            let trigger = self.noun_trigger(noun, span);
            let retold = if pairs.is_empty() {
                retold_by_noun(out, s, tree, &found, noun, n)
            } else {
                None
            };
            let was_retold = retold.is_some();
            if let Some((earlier, why)) = retold {
                let (again, why) = told_again(earlier, s.index, &trigger, why);
                note(why);
                out.push(again);
            }
            let mut pairs = pairs;
            let unpaired = pairs.is_empty() && !was_retold && intended.is_none();
            // "The police *returned fire*": the object of a verb that coded the act is
            // that act's own word, no act of its own the story tells elsewhere.
            let object_of_coded_verb = tree
                .head(n)
                .filter(|_| tree.deprel(n) == "obj")
                .is_some_and(|h| coded_on(s, h, out, |c| !c.starts_with("01")).is_some());
            let open_act = unpaired
                && is_force(&noun.code)
                && found.patients.is_empty()
                && !object_of_coded_verb;
            if open_act && !story_acts::unrealised(tree, n) {
                // An act of force the story may tell the rest of (see [`story_acts`]).
                open.push(self.open_act(s, tree, n, noun, &found.agents, &trigger));
            }
            let code = match intended {
                Some((code, why)) => {
                    note(why);
                    if !ready.is_empty() {
                        pairs.retain(|(a, _)| ready.contains(a));
                    }
                    code
                }
                None => noun.code.clone(),
            };
            // "held an exercise *with India*": a drill with a partner is a joint one,
            // military cooperation (CAMEO 062, as CAMEO 2.0 codes "held joint exercises"),
            // told both ways like every joint act.
            let joint_drill = drill_with_a_partner(tree, s, noun, n);
            let code = if joint_drill {
                note("a drill with a partner is military cooperation (CAMEO 062)".into());
                MILITARY_COOPERATION.to_string()
            } else {
                code
            };
            for (a, b) in &pairs {
                self.emit(s, *a, Some(*b), &code, &trigger, out);
                if joint_drill {
                    self.emit(s, *b, Some(*a), &code, &trigger, out);
                }
            }
            if pairs.is_empty() && !was_retold {
                // "Students staged demonstrations": a protest by people naming no one it
                // is against is coded with its source alone (docs/annotation.md 4).
                for &a in &found.agents {
                    if people_protesting_by(s, &noun.code, a) {
                        self.emit(s, a, None, &noun.code, &trigger, out);
                    }
                }
            }
        }
    }

    /// Whether the event noun at token `n` tells no event, the reason given to `note`: its
    /// act was kept from happening, it is background, a measure already in place, an act
    /// only asked for, offered or threatened, or the doer or object of a predicate whose own
    /// event (in `out`) tells the act.
    fn dropped_event_noun(
        &self,
        s: &Sentence,
        tree: &DepTree,
        n: usize,
        noun: &Nominal,
        out: &[Event],
        note: &mut impl FnMut(String),
    ) -> bool {
        // ("blocked an EU *aid* package": the bundle's fate is the noun's.)
        let prevention =
            prevented(tree, n).or_else(|| bundle_of(tree, n).and_then(|b| prevented(tree, b)));
        if let Some(verb) = prevention {
            note(format!(
                "dropped: \"{verb}\" kept the act from happening, the event noun tells no event"
            ));
            return true;
        }
        if let Some(why) = background_noun(tree, n) {
            note(why.to_string());
            return true;
        }
        if let Some(verb) = standing_measure(tree, n) {
            note(format!(
                "dropped: \"{verb}\" acts on a measure already in place, the noun tells no new event"
            ));
            return true;
        }
        if let Some(verb) = wanted_by(tree, s, n, out) {
            note(format!(
                "dropped: an act \"{verb}\" asks for, offers or threatens has not happened: that is the event"
            ));
            return true;
        }
        if let Some(verb) = agent_of_coded_passive(tree, s, n, &self.nominals, out) {
            note(format!(
                "dropped: the doer of \"{verb}\", whose own event tells the act (one event a predicate)"
            ));
            return true;
        }
        if let Some(verb) = light_verb_coded_otherwise(tree, s, n, &noun.code, out) {
            note(format!(
                "dropped: the object of \"{verb}\", whose own event tells the act (one event a predicate)"
            ));
            return true;
        }
        false
    }

    /// The trigger of the events an event noun at `span` tells: the lexicon line of its entry
    /// `noun`.
    fn noun_trigger(&self, noun: &Nominal, span: Span) -> Trigger {
        let lexicon_line = Provenance {
            file: self.nominals.file.clone(),
            line: noun.line,
            role: ProvenanceRole::Noun,
        };
        Trigger {
            code_line: lexicon_line,
            verb_span: span,
            negated: false,
        }
    }

    /// The act of force event noun `n` tells with no one it was done to, left open for the
    /// story to tell the rest of ([`story_acts`]): its events by each of `agents`, with no
    /// target yet.
    fn open_act(
        &self,
        s: &Sentence,
        tree: &DepTree,
        n: usize,
        noun: &Nominal,
        agents: &[usize],
        trigger: &Trigger,
    ) -> OpenAct {
        let mut by_doer = Vec::new();
        for &a in agents {
            self.emit(s, a, None, &noun.code, trigger, &mut by_doer);
        }
        OpenAct {
            sentence: s.index,
            trigger: trigger.clone(),
            lemma: tree.syntax(n).lemma.to_lowercase(),
            code: noun.code.clone(),
            by_doer,
        }
    }
}

/// Whether the event noun at token `n` names no act here: a word of an actor's name, the
/// subject of a possibility ([`possible_noun`]), or a strike that is a stoppage of work
/// ([`military_strike`]).
fn names_no_act_here(s: &Sentence, tree: &DepTree, n: usize) -> bool {
    s.acts.iter().any(|a| a.covers_token(n))
        || possible_noun(tree, n).is_some()
        || (tree.lemma_in(n, &["strike"]) && !military_strike(tree, n))
}

/// What an event noun says, read from the parse: its sides, the intention a light verb
/// makes of it (the code and why, [`intended_noun`]), and who is ready for it.
struct NounReading {
    found: Sides,
    intended: Option<(String, String)>,
    ready: Vec<usize>,
}

/// The reading of the event noun at token `n` (see [`NounReading`]).
fn read_event_noun(tree: &DepTree, s: &Sentence, noun: &Nominal, n: usize) -> NounReading {
    let mut found = match bundle_of(tree, n) {
        // "a new round of talks *between Ukraine and Russia*": the noun's own
        // phrases name sides as well as the bundle's.
        Some(b) => sides(tree, s, noun, b).with(sides(tree, s, noun, n)),
        None => sides(tree, s, noun, n),
    };
    // "Pakistan carried out airstrikes *inside Afghanistan*": force used in another
    // state's land is used against it, as on a verb (`foreign_land`).
    if is_force(&noun.code) && found.patients.is_empty() && !noun.reciprocal {
        let mut heads = vec![n];
        heads.extend(tree.head(n).filter(|_| tree.deprel(n) == "obj"));
        found.patients = foreign_land(tree, s, &heads, &found.agents);
    }
    let intended = intended_noun(tree, n, &noun.code);
    // Who is ready for talks intends them; the partner has said nothing. (A light
    // verb's object has its doer already: "would intensify *its* strikes" is the
    // subject's through its possessive.)
    let ready = intended
        .as_ref()
        .and_then(|_| tree.head(n))
        .filter(|_| light_verb_of(tree, n).is_none())
        .map(|h| {
            // ("remained open to talks": the subject of the verb the adjective
            // completes, through control.)
            super::args_parse::subjects(tree, h)
                .into_iter()
                .filter(|&c| !passive_subject(tree, c))
                .flat_map(|c| actors_under(tree, &s.acts, c))
                .collect::<Vec<usize>>()
        })
        .unwrap_or_default();
    // "Islamabad was ready *for a dialogue with New Delhi*", "Moscow remained open
    // *to negotiations with Kyiv*": the noun names only the partner; the one ready
    // for it is its agent (English control: the subject of the adjective of
    // readiness is the understood doer of the act it is ready for).
    if found.agents.is_empty() && found.parties.is_empty() && !found.patients.is_empty() {
        found.agents = ready
            .iter()
            .filter(|a| !found.patients.contains(a))
            .copied()
            .collect();
    }
    NounReading {
        found,
        intended,
        ready,
    }
}

/// CAMEO 062, "cooperate militarily": a joint drill.
const MILITARY_COOPERATION: &str = "062";

/// Whether the event noun at token `n` is a drill (CAMEO 150) with a partner named in a
/// *with* phrase: a joint drill ([`MILITARY_COOPERATION`]).
fn drill_with_a_partner(tree: &DepTree, s: &Sentence, noun: &Nominal, n: usize) -> bool {
    noun.code == super::MOBILIZE
        && tree.children(n).any(|c| {
            case_of(tree, c).as_deref() == Some("with")
                && !actors_under(tree, &s.acts, c).is_empty()
        })
}

/// The earlier event an event noun at token `n` with no actor pair of its own retells, and
/// why: an act of force done to the noun's patients ([`earlier_act_on`]), the event a
/// definite noun refers back to (told on the same thing, [`told_on_the_same`]), or the one
/// its possessive agent did ([`agents_event`]).
fn retold_by_noun(
    events: &[Event],
    s: &Sentence,
    tree: &DepTree,
    found: &Sides,
    noun: &Nominal,
    n: usize,
) -> Option<(Event, &'static str)> {
    if goes_on(tree, n) {
        return None;
    }
    // "The RSF denied *the accusation*": words denied or refused are the refusal's object
    // (coded on its verb, 120 or 12x, against whoever said them); told again here they
    // would read as words never said, the denial's modality falling on them.
    // (A threat is words too: "Sheinbaum rejected *the threat*".)
    let words = matches!(noun.code.get(..2), Some("02" | "10" | "11" | "13"));
    let refused = denied_by(tree, n)
        .or_else(|| refused_by(tree, n))
        .or_else(|| called_false(tree, n));
    if words && refused.is_some() {
        return None;
    }
    let on_patients = found
        .agents
        .is_empty()
        .then(|| earlier_act_on(events, s, &found.patients, &noun.code))
        .flatten();
    if let Some(earlier) = on_patients {
        return Some((earlier, "an event noun with no doer"));
    }
    // "al-Shabab claimed responsibility for *the attack*": a definite noun whose doer is
    // named refers to an act of that doer, not to whatever act came last. (A possessive
    // pronoun, "*their* offensive", names no one by itself: its antecedent is a guess; nor
    // does a role of no country yet, "the militants' attack", `---UAF`, which the review
    // places later.)
    let named: Vec<usize> = found
        .agents
        .iter()
        .copied()
        .filter(|&a| {
            s.acts[a].pronoun.is_none() && !s.doc.actors[s.acts[a].mention].code.starts_with("---")
        })
        .collect();
    if definite(tree, n) && !named.is_empty() {
        let doers = s.codes_of(&named);
        let by_them = |e: &Event| {
            e.source
                .as_ref()
                .is_some_and(|a| same_doer(&doers, &a.code))
        };
        return latest_retold(events, s.index, &noun.code, by_them)
            .map(|e| (e, "a definite event noun with its doer named"));
    }
    if definite(tree, n) {
        let on_the_same = told_on_the_same(tree, s, n);
        let lemma = tree.syntax(n).lemma.to_lowercase();
        let fits = |e: &Event| on_the_same(e) && !acted_on_by_trigger(s.doc, e, &lemma);
        let same_word = told_with_the_word(events, s, &lemma, &noun.code, &fits);
        if let Some(e) = same_word {
            return Some((
                e,
                "a definite event noun naming again the act told with its word",
            ));
        }
        return latest_retold(events, s.index, &noun.code, fits)
            .map(|e| (e, "a definite event noun"));
    }
    let possessors = possessive_names(tree, s, &found.agents, n);
    agents_event(events, s, &possessors, &noun.code)
        .map(|e| (e, "an event noun with its doer's name"))
}

/// Verbs that say an act is still going on: "the siege *continues*", "fighting *dragged
/// on*". (Not *last*: "the attack *lasted* two hours" tells the act, done, with its
/// length.)
const LASTING_VERBS: &[&str] = &["continue", "persist", "drag", "linger"];

/// Whether event noun `n` is the subject of a verb saying that it goes on
/// ([`LASTING_VERBS`]): "while the siege continues" tells that an act told before is not
/// over, no act of its own (`docs/annotation.md` §1: "Fighting continued in the east" is
/// no event).
fn goes_on(tree: &DepTree, n: usize) -> bool {
    universal(tree.deprel(n)) == "nsubj"
        && tree
            .head(n)
            .is_some_and(|v| tree.lemma_in(v, LASTING_VERBS))
}

/// The sides of the event noun at token `n`: from its dependents by their relation and
/// case marker, and — for the object of a light verb ("held talks", "launched an attack")
/// with no agent of its own — the light verb's subject.
fn sides(tree: &DepTree, s: &Sentence, noun: &Nominal, n: usize) -> Sides {
    let acts = &s.acts;
    if noun.feeling {
        return feeling_sides(tree, acts, n);
    }
    let mut sides = dependent_sides(tree, s, noun, n);
    // "Russia's demand *that Ukraine withdraw* its troops": a demand or appeal is made of
    // the subject of its content clause, which English puts in the mandative subjunctive
    // (the bare verb) or with "should" / "must" (a relative clause, "the demand that
    // Russia made", has neither).
    if matches!(noun.code.get(..2), Some("10" | "02")) {
        sides.patients.extend(mandative_subjects(tree, s, n));
    }
    // "sanctions *targeting* Russian banks", "tariffs *aimed at* China": the aim of a
    // participle on the noun is whom its act is done to.
    for v in tree.children(n).filter(|&v| aims_an_event_noun(tree, v)) {
        for k in aim_phrases(tree, v) {
            sides.patients.extend(actors_under(tree, acts, k));
        }
    }
    if let Some(h) = tree.head(n).filter(|_| noun.reciprocal) {
        // "expanding military cooperation between Russia and North Korea", "the talks
        // between Russian and Ukrainian delegations ended", the *between* phrase parsed
        // under the verb: it names the parties of the noun, the verb's object or subject.
        let (object, subject) = (tree.deprel(n) == "obj", tree.deprel(n).starts_with("nsubj"));
        for c in tree.children(h) {
            if (object && between_phrase_of_object(tree, h, c))
                || (subject && between_phrase_of_subject(tree, h, c))
            {
                let placed = placed_inside(tree, s, c);
                let found = actors_under(tree, acts, c).into_iter();
                sides.parties.extend(found.filter(|a| !placed.contains(a)));
            }
        }
    }
    if let Some(v) = doing_verb(tree, n) {
        // "responded with *artillery* fire": a weapon modifying the noun is how the act was
        // done, not who did it (the verb's subject did).
        let weapon = |&a: &usize| {
            let t = super::args_parse::act_head(tree, &acts[a]);
            tree.lemma_in(t, factum_doc::words::WEAPON_NOUNS) && t < n
        };
        if sides.agents.iter().all(weapon) {
            sides.agents = active_subject(tree, acts, v);
        }
        // "announced new sanctions *against Russia*", "responded with airstrikes *on
        // Lebanon*", the phrase parsed under the verb: a light or response verb takes no
        // "against", "on", "for" or "to" party of its own, so the phrase is the noun's
        // (the sanctions are against Russia).
        if sides.patients.is_empty() {
            for c in tree.children(v) {
                let party = universal(tree.deprel(c)) == "obl"
                    && case_of(tree, c)
                        .is_some_and(|p| matches!(p.as_str(), "against" | "on" | "for" | "to"));
                if party {
                    sides.patients.extend(actors_under(tree, acts, c));
                }
            }
        }
    }
    if sides.agents.is_empty() {
        if let Some(v) = journey_of_clause(tree, n) {
            sides.agents = super::args_parse::subjects(tree, v)
                .into_iter()
                .flat_map(|c| actors_under(tree, acts, c))
                .collect();
        }
    }
    if noun.code.starts_with("14") {
        protested(tree, acts, n, &mut sides);
    }
    sides_from_the_predicate(tree, acts, noun, n, &mut sides);
    held_by_the_clause(tree, acts, noun, n, &mut sides);
    sides
}

/// The sides the dependents of event noun `n` give by their relation and case marker
/// ([`side_of`]), a phrase the parser hung on a side moved to the noun where it belongs.
fn dependent_sides(tree: &DepTree, s: &Sentence, noun: &Nominal, n: usize) -> Sides {
    let acts = &s.acts;
    let mut sides = Sides::default();
    for c in tree.children(n) {
        let case = case_of(tree, c);
        let Some(side) = side_of(noun, tree.deprel(c), case.as_deref()) else {
            // "talks in Ottawa *with* Kim" parsed with the *with* phrase under the place: a
            // place takes no *with* complement, the partner is the noun's (prepositional
            // phrase attachment, as below).
            if matches!(case.as_deref(), Some("in" | "at")) {
                for d in tree.children(c) {
                    let inner = case_of(tree, d);
                    if inner.as_deref() == Some("with") {
                        if let Some(side) = side_of(noun, tree.deprel(d), inner.as_deref()) {
                            sides.add(side, actors_under(tree, acts, d));
                        }
                    }
                }
            }
            continue;
        };
        let mut found = actors_under(tree, acts, c);
        // "sanctions on U.S. companies over arms *sales to Taiwan*": the nouns of a side keep
        // the phrases on them (other than *of* and *from*) for themselves; Taiwan gets the
        // sales, it is no side of the sanctions.
        found.retain(|&a| !behind_phrase(tree, &acts[a], c, &["of", "from"]));
        // "talks between Israeli and Hamas negotiators *in Cairo*": a place phrase inside
        // a side says where the event was, its place is no party (as on a verb,
        // [`locative`]).
        let placed = placed_inside(tree, s, c);
        found.retain(|a| !placed.contains(a));
        // "a visit by Prime Minister Modi to Mauritius" parsed with "to Mauritius" under the
        // name: a person's or country's name takes no "to"/"on"/"against" complement, so
        // such a phrase inside the agent belongs to the event noun (prepositional phrase
        // attachment).
        if side == Side::Agent {
            for d in tree.children(c) {
                let inner = case_of(tree, d);
                if side_of(noun, tree.deprel(d), inner.as_deref()) == Some(Side::Patient)
                    && inner.as_deref() != Some("of")
                {
                    let moved = actors_under(tree, acts, d);
                    found.retain(|a| !moved.contains(a));
                    sides.patients.extend(moved);
                }
            }
        }
        // "the killing of protesters *by the military*" parsed with the *by* phrase under
        // "protesters": people take no agent phrase, an act does, so it is the noun's
        // doer (prepositional phrase attachment, as above).
        if side == Side::Patient {
            let moved = by_phrase_actors(tree, acts, c);
            found.retain(|a| !moved.contains(a));
            sides.agents.extend(moved);
        }
        sides.add(side, found);
    }
    sides
}

/// The actors a demand or appeal at event noun `n` is made of: the subjects of its
/// mandative content clause (see [`sides`]).
fn mandative_subjects(tree: &DepTree, s: &Sentence, n: usize) -> Vec<usize> {
    let acts = &s.acts;
    let mut subjects = Vec::new();
    for c in tree.children(n) {
        // (The form, not the tag: a tagger may call "withdraw" a past.)
        let form = s.doc.slice(s.doc.tokens[c].span).to_lowercase();
        let bare = !factum_doc::words::is_past_form(&form)
            && !form.ends_with("ing")
            && tree.syntax(c).upos == "VERB"
            && !tree.has_marker(c, "mark", "to");
        // A relative pronoun as the clause's object or subject makes it relative.
        let relative = tree.children(c).any(|k| {
            tree.lemma_in(k, &["that", "which", "who"])
                && matches!(universal(tree.deprel(k)), "obj" | "nsubj")
        });
        let mandative = !relative
            && (bare
                || tree
                    .children(c)
                    .any(|a| tree.deprel(a) == "aux" && tree.lemma_in(a, &["should", "must"])));
        if (tree.deprel(c).starts_with("acl") || tree.deprel(c) == "ccomp") && mandative {
            for k in tree.children(c) {
                if tree.deprel(k).starts_with("nsubj") {
                    subjects.extend(actors_under(tree, acts, k));
                }
            }
        }
    }
    subjects
}

/// Who did the act of event noun `n`, and to whom, as the predicate it stands in tells:
/// the act is claimed, someone claims responsibility for it or is behind it, the subject
/// receives it, or denies or refuses what it says.
fn sides_from_the_predicate(
    tree: &DepTree,
    acts: &[Act],
    noun: &Nominal,
    n: usize,
    sides: &mut Sides,
) {
    // "*The bombing* of a mosque was claimed by the Pakistani Taliban": an act claimed by
    // someone is theirs (the passive of the light verb *claim*), and the *of* phrase of
    // the act of force claimed is what it was done to, as its verb's object would be. (Not
    // elsewhere: "Russia's invasion *of Ukraine*" in another act's phrase is the war a
    // sentence refers to, which the coding guide does not code again.)
    if let Some(v) = tree
        .head(n)
        .filter(|&v| tree.deprel(n).starts_with("nsubj") && tree.lemma_in(v, &["claim"]))
        .filter(|_| sides.agents.is_empty())
    {
        sides.agents = tree
            .children(v)
            .filter(|&k| is_agent(tree, k))
            .flat_map(|k| actors_under(tree, acts, k))
            .collect();
        if sides.patients.is_empty() && is_force(&noun.code) {
            sides.patients = of_phrase_actors(tree, acts, n);
        }
    }
    // "al-Shabab claimed responsibility *for the attack*": who takes responsibility for an
    // act says it did it (CAMEO 015 is the claim; the act claimed is the claimer's).
    if let Some(v) = claimed_by(tree, n).filter(|_| sides.agents.is_empty()) {
        sides.agents = active_subject(tree, acts, v);
    }
    // "Iran was *behind* the attack on the tanker", "the group behind the bombing of a
    // mosque": who is behind an act is responsible for it (English idiom), so the
    // predicate's subject, or the noun the phrase hangs on, did it; the *of* phrase of an
    // act of force is then what it was done to, as for a claimed act. The one behind it
    // replaces a compound that names the means ("the *drone* strikes"), not a possessor.
    let behind = responsible_behind(tree, acts, n);
    let possessed = || {
        tree.children(n)
            .any(|k| tree.deprel(k) == "nmod:poss" && !actors_under(tree, acts, k).is_empty())
    };
    if !behind.is_empty() && !possessed() {
        sides.agents = behind;
        if sides.patients.is_empty() && is_force(&noun.code) {
            sides.patients = of_phrase_actors(tree, acts, n);
        }
    }
    // "The Israeli plan met with criticism *from Egypt*", "the convoy came under attack from
    // militants": what the subject receives is done to it (or its owner) by the *from*
    // phrase (English: *meet with*, *face*, *draw* … take what others do as object).
    if let Some(v) = received_by(tree, n) {
        if sides.agents.is_empty() {
            sides.agents = tree
                .children(n)
                .filter(|&c| case_of(tree, c).as_deref() == Some("from"))
                .flat_map(|c| actors_under(tree, acts, c))
                .collect();
        }
        if sides.patients.is_empty() {
            sides.patients = active_subject(tree, acts, v);
        }
    }
    // "Mali denied *Algeria's accusation* that …": an accusation or criticism one denies
    // was made against oneself (English *deny*, *reject* an accusation); "the judge
    // rejected *Kenya's request*": a request or demand one refuses was made to oneself
    // (only whom it was put to can grant or refuse it).
    let refused = denied_by(tree, n)
        .or_else(|| called_false(tree, n))
        .filter(|_| noun.code.starts_with("11"));
    let refused = refused.or_else(|| {
        refused_by(tree, n).filter(|_| matches!(noun.code.get(..2), Some("02" | "10")))
    });
    if let Some(v) = refused {
        if sides.patients.is_empty() {
            sides.patients = active_subject(tree, acts, v);
        }
    }
}

/// The holder of a joint event noun `n` with no agent that stands in a phrase of time or
/// purpose on a clause ([`TALKS_FRAMES`]): the clause's subject.
fn held_by_the_clause(tree: &DepTree, acts: &[Act], noun: &Nominal, n: usize, sides: &mut Sides) {
    // "agreed … *after two days of talks*", "after hours of negotiations": the noun of a
    // length or round of the event stands in the phrase for it.
    if !noun.reciprocal || !sides.agents.is_empty() {
        return;
    }
    let frame = duration_of(tree, n).unwrap_or(n);
    // "made the announcement *after talks with* Kim", the time phrase parsed under the
    // object: a phrase of time after a verb's object sets the clause's act in time, as
    // one under the verb does (prepositional phrase attachment).
    let case = case_of(tree, frame);
    let on_object = universal(tree.deprel(frame)) == "nmod"
        && case.as_deref().is_some_and(|p| p != "for")
        && tree.head(frame).is_some_and(|o| tree.deprel(o) == "obj");
    let head = if on_object {
        tree.head(frame).and_then(|o| tree.head(o))
    } else {
        tree.head(frame)
    };
    if let Some(h) = head {
        // "Modi arrived *for talks with* Ramgoolam", "met reporters *after talks with*
        // …": a joint event noun in a phrase of time or purpose on a clause, with its
        // partners named, is held by that clause's subject (who else would hold them).
        let framed = (tree.deprel(frame).starts_with("obl") || on_object)
            && case.is_some_and(|p| TALKS_FRAMES.contains(&p.as_str()));
        let partners: Vec<usize> = sides
            .parties
            .iter()
            .chain(&sides.patients)
            .copied()
            .collect();
        // (A length of talks, "after two days of talks", tells talks held: the subject an
        // infinitive takes from its verb holds them too. Not a bare purpose, "trying to
        // create leverage *for negotiations*": only planned.)
        let subject = |h: usize| {
            if frame == n {
                active_subject(tree, acts, h)
            } else {
                clause_subject(tree, acts, h)
            }
        };
        if framed && !partners.is_empty() {
            sides.agents = subject(h);
            sides.agents.retain(|a| !partners.contains(a));
        }
        // "U.S. and Russian negotiators return to Geneva *for talks*": with no partner
        // named, a subject of several parties holds them together (collective predicate).
        // (Not when the clause names whom they meet: "mediators *met a Hamas delegation*
        // for talks" are talks with the delegation, which the meeting codes.)
        let together = subject(h);
        let met_someone = || {
            tree.lemma_in(h, &["meet", "host", "receive", "visit"])
                && tree
                    .children(h)
                    .any(|k| tree.deprel(k) == "obj" && !actors_under(tree, acts, k).is_empty())
        };
        if framed && partners.is_empty() && together.len() >= 2 && !met_someone() {
            sides.agents = together;
        }
    }
}

/// The actors in the subject of clause `h`: its own active subject, or the one an
/// infinitive or conjoined verb takes from the verb it depends on ("negotiators agreed to
/// *extend* the truce after two days of talks": the negotiators extend it).
fn clause_subject(tree: &DepTree, acts: &[Act], h: usize) -> Vec<usize> {
    let own = active_subject(tree, acts, h);
    if !own.is_empty()
        || tree
            .children(h)
            .any(|c| tree.deprel(c).starts_with("nsubj"))
    {
        return own;
    }
    super::args_parse::subjects(tree, h)
        .into_iter()
        .filter(|&c| !tree.deprel(c).ends_with("pass"))
        .flat_map(|c| actors_under(tree, acts, c))
        .collect()
}

/// The noun of time or round whose *of* phrase event noun `n` is ("two *days* of talks",
/// "*hours* of negotiations", "a new *round* of talks"), if it is one.
fn duration_of(tree: &DepTree, n: usize) -> Option<usize> {
    let h = tree.head(n)?;
    let lemma = tree.syntax(h).lemma.to_lowercase();
    let measure = is_time_word(&lemma) || matches!(lemma.as_str(), "hour" | "round");
    (tree.deprel(n) == "nmod" && case_of(tree, n).as_deref() == Some("of") && measure).then_some(h)
}

/// The actors of the *of* phrases of event noun `n`: what an act of force whose doer is
/// known by a claim or by being *behind* it was done to ("the bombing *of a mosque*").
fn of_phrase_actors(tree: &DepTree, acts: &[Act], n: usize) -> Vec<usize> {
    tree.children(n)
        .filter(|&c| case_of(tree, c).as_deref() == Some("of"))
        .flat_map(|c| actors_under(tree, acts, c))
        .collect()
}

/// The actors said to be *behind* the act noun at `n` ([`sides`]): the subject of "X was
/// behind the attack" (or of the verb that "to be behind" completes: "Israel is believed
/// to be behind the killing"), or the actor the *behind* phrase modifies ("the group
/// behind the attack").
fn responsible_behind(tree: &DepTree, acts: &[Act], n: usize) -> Vec<usize> {
    if !tree.has_marker(n, "case", "behind") {
        return Vec::new();
    }
    let subject_of = |h: usize| -> Vec<usize> {
        tree.children(h)
            .filter(|&k| universal(tree.deprel(k)) == "nsubj")
            .flat_map(|k| actors_under(tree, acts, k))
            .collect()
    };
    let copular = tree.children(n).any(|k| universal(tree.deprel(k)) == "cop");
    if copular {
        let own = subject_of(n);
        if !own.is_empty() || tree.deprel(n) != "xcomp" {
            return own;
        }
        return tree.head(n).map(subject_of).unwrap_or_default();
    }
    match tree.head(n) {
        Some(h) if universal(tree.deprel(n)) == "nmod" => acts
            .iter()
            .position(|a| a.covers_token(h))
            .into_iter()
            .collect(),
        _ => Vec::new(),
    }
}

/// The sides a protest noun at `n` takes in a phrase of manner, when it names no one
/// itself: "massed in front of the consulate *in protest of* Israeli police actions" is a
/// protest by the clause's subject against the doers of what the *of*, *at*, *against* or
/// *over* phrase names (English "in protest of X": protesting X). What is protested is
/// judged, so its doers, never its victims, are the target ([`judged_doers`]). (A purpose,
/// "held a rally *to protest* the taxes", is the verb's: [`super::frames`].)
fn protested(tree: &DepTree, acts: &[Act], n: usize, sides: &mut Sides) {
    const AGAINST: &[&str] = &["of", "at", "against", "over"];
    // ("in protest of" is often parsed on the noun before it: the clause's verb is the
    // nearest above.)
    let in_protest = matches!(universal(tree.deprel(n)), "obl" | "nmod")
        && case_of(tree, n).as_deref() == Some("in");
    if !in_protest {
        return;
    }
    if sides.agents.is_empty() {
        let clause = tree
            .head_chain(n)
            .skip(1)
            .find(|&h| tree.syntax(h).upos == "VERB");
        if let Some(h) = clause {
            sides.agents = active_subject(tree, acts, h);
        }
    }
    if sides.patients.is_empty() {
        for c in tree.children(n) {
            if case_of(tree, c).is_some_and(|p| AGAINST.contains(&p.as_str())) {
                sides.patients.extend(judged_doers(tree, acts, c));
            }
        }
    }
}

/// The sides of an adjective of feeling at `n` predicated of its subject ("Japan *is*
/// deeply *concerned* about China's buildup", "the EU *is alarmed* by the arrest of
/// opposition leaders by police"): who feels it is the subject, and it is about the doers
/// of what the *about* / *over* / *at* phrase names (as for concern voiced,
/// [`CONCERN_TOPICS`]) or the *by* phrase of a passive feeling ("alarmed *by*") ([`judged_doers`], never its
/// victims). An adjective before a noun ("concerned citizens") is no predicate, and one in
/// a clause nobody says is no statement: no sides.
fn feeling_sides(tree: &DepTree, acts: &[Act], n: usize) -> Sides {
    let predicate = tree
        .children(n)
        .any(|k| matches!(tree.deprel(k), "cop" | "aux:pass"));
    // A feeling is said when its clause is the sentence's own or what a verb of saying
    // reports ("We are deeply concerned", "the ministry said it was alarmed"); in another
    // clause it is a state told of ("*although* India and Japan are both concerned about
    // China …", an analyst's reasoning), no statement.
    let said = match universal(tree.deprel(n)) {
        "root" => true,
        "ccomp" | "parataxis" => tree
            .head(n)
            .is_some_and(|h| tree.lemma_in(h, factum_doc::words::REPORTING_LEMMAS)),
        _ => false,
    };
    if !predicate || !said {
        return Sides::default();
    }
    let agents = tree
        .children(n)
        .filter(|&k| universal(tree.deprel(k)) == "nsubj")
        .flat_map(|k| actors_under(tree, acts, k))
        .collect();
    let patients = tree
        .children(n)
        .filter(|&k| {
            matches!(universal(tree.deprel(k)), "obl" | "nmod")
                && (tree.has_marker(k, "case", "by")
                    || CONCERN_TOPICS.iter().any(|p| tree.has_marker(k, "case", p)))
        })
        .flat_map(|k| judged_doers(tree, acts, k))
        .collect();
    Sides {
        agents,
        patients,
        parties: Vec::new(),
    }
}

/// The actors of the place phrases inside phrase `c` ("talks between Israeli and Hamas
/// negotiators *in Cairo*"): they say where the event was, no party to it (as on a verb,
/// [`locative`]).
fn placed_inside(tree: &DepTree, s: &Sentence, c: usize) -> Vec<usize> {
    tree.subtree(c)
        .into_iter()
        .filter(|&d| d != c && universal(tree.deprel(d)) == "nmod")
        .filter(|&d| locative(tree, &s.acts, &s.doc.actors, d))
        .flat_map(|d| actors_under(tree, &s.acts, d))
        .collect()
}

/// The verb whose subject does the act event noun `n` names: a light verb the noun is the
/// object of ("held talks", "launched an attack"), or a verb of response the noun is the
/// *with* phrase of ("Israel responded *with airstrikes*": to respond with an act is to do
/// it).
fn doing_verb(tree: &DepTree, n: usize) -> Option<usize> {
    if let Some(v) = amount_of(tree, n) {
        return Some(v);
    }
    if let Some(v) = light_verb_of(tree, n) {
        return Some(v);
    }
    let h = tree.head(n)?;
    let response = tree.deprel(n) == "obl"
        && case_of(tree, n).as_deref() == Some("with")
        && tree.lemma_in(h, RESPONSE_VERBS);
    response.then_some(h)
}

/// The verb whose clause journey noun `n` gives the time of: "Merz promised more air
/// defences *during a visit to Kyiv*", "Rubio spoke *on a trip to Israel*". A journey told
/// as the occasion of a clause's act, with no traveller of its own, is made by that
/// clause's subject (English: an adjunct is predicated of the subject of its clause).
/// (The parse may hang the phrase on the verb's object, "promised to send systems to
/// Ukraine *during a visit*": the verb above is the clause's. Its subject may be one it
/// shares, by control or coordination: [`super::args_parse::subjects`].)
fn journey_of_clause(tree: &DepTree, n: usize) -> Option<usize> {
    let occasion = case_of(tree, n)
        .is_some_and(|p| matches!(p.as_str(), "during" | "on" | "after" | "before"));
    if !occasion || !tree.lemma_in(n, JOURNEY_NOUNS) {
        return None;
    }
    let mut k = n;
    for _ in 0..3 {
        if !matches!(universal(tree.deprel(k)), "obl" | "nmod" | "obj") {
            return None;
        }
        k = tree.head(k)?;
        if tree.syntax(k).upos == "VERB" {
            return Some(k);
        }
    }
    None
}

/// Nouns of a journey to a place.
const JOURNEY_NOUNS: &[&str] = &["visit", "trip", "tour"];

/// The verb above event noun `n` that asks for, offers, intends or threatens the act the
/// noun names, when it coded such an event (CAMEO 02, 03, 10, 13) in this sentence: "Qatar
/// *proposed* talks between Israel and Hamas", "Erdogan *offered* to host peace talks
/// between Russia and Ukraine", "*called* for talks between …". The act wanted has not
/// happened; the wanting is the event, as for a verb ([`super::frames`]'s demanded act).
/// The noun hangs on that verb as its object or its *for* phrase, or on the object of an
/// infinitive under it.
fn wanted_by<'d>(tree: &DepTree, s: &Sentence<'d>, n: usize, out: &[Event]) -> Option<&'d str> {
    let mut k = n;
    let mut through_infinitive = false;
    loop {
        let rel = universal(tree.deprel(k));
        let linked = rel == "obj"
            || rel == "xcomp"
            || (rel == "obl" && case_of(tree, k).as_deref() == Some("for"));
        through_infinitive |= rel == "xcomp";
        let h = tree.head(k).filter(|_| linked)?;
        // An intention (03) only above an infinitive: CAMEO 2.0 codes "*hosted* talks
        // between" itself as 039, and the talks hosted are held.
        let wanting = |code: &str| match code.get(..2) {
            Some("02" | "10" | "13") => true,
            Some("03") => through_infinitive,
            _ => false,
        };
        if let Some(verb) = coded_on(s, h, out, wanting) {
            return Some(verb);
        }
        k = h;
    }
}

/// The text of verb token `h` when it coded, in sentence `s`, an event whose code `fits`.
fn coded_on<'d>(
    s: &Sentence<'d>,
    h: usize,
    out: &[Event],
    fits: impl Fn(&str) -> bool,
) -> Option<&'d str> {
    let span = s.doc.tokens[h].span;
    out.iter()
        .any(|e| e.sentence as usize == s.index && e.verb_span == span && fits(&e.cameo))
        .then(|| s.doc.slice(span))
}

/// The passive verb event noun `n` is the *by* phrase of, when that verb coded an event
/// in this sentence: "Three civilians were killed *by Russian shelling* in the city of
/// Kherson" is one act, the killing, done by the shelling (its source); the noun tells no
/// second event. So is an act of force in the *in* phrase of a passive of force that coded
/// one: "Two Palestinians were killed *in an Israeli airstrike* in Gaza" (English names
/// the act a passive's victims suffered *in*).
fn agent_of_coded_passive<'d>(
    tree: &DepTree,
    s: &Sentence<'d>,
    n: usize,
    lexicon: &Nominals,
    out: &[Event],
) -> Option<&'d str> {
    let suffered_in = |h: usize| {
        tree.has_marker(n, "case", "in")
            && universal(tree.deprel(n)) == "obl"
            && tree.has_dependent(h, "aux:pass")
    };
    let force_suffered = tree
        .head(n)
        .filter(|&h| suffered_in(h))
        .and_then(|h| coded_on(s, h, out, is_force));
    if force_suffered.is_some() {
        return force_suffered;
    }
    let h = tree.head(n).filter(|_| is_agent(tree, n))?;
    // "alarmed *by the arrest*": what a feeling (an adjective, or a participle the lexicon
    // lists as one) is about is no doer of it.
    let feeling = lexicon.at(tree.syntax(h)).is_some_and(|w| w.feeling);
    if tree.syntax(h).upos == "ADJ" || feeling {
        return None;
    }
    coded_on(s, h, out, |_| true)
}

/// The light verb event noun `n` is the object of, when that verb coded an event of its
/// own in this sentence with another code than the noun's (`code`): "Trump said he would
/// *impose* 25 percent tariffs on Canada" codes the threat (1312) from the verb's
/// pattern, and the noun is that same act, not a second one (the tariffs are not
/// imposed). A verb and its object are one predicate. (Where both give one code, "imposed
/// sanctions on 10 U.S. defence companies", the review keeps the fuller actor codes; a
/// statement the verb codes, "The military *claimed* the killing of 33 terrorists", is
/// attribution the review drops, and the noun tells the act.)
fn light_verb_coded_otherwise<'d>(
    tree: &DepTree,
    s: &Sentence<'d>,
    n: usize,
    code: &str,
    out: &[Event],
) -> Option<&'d str> {
    let h = tree.head(n).filter(|_| tree.deprel(n) == "obj")?;
    if !tree.lemma_in(h, LIGHT_VERBS) {
        return None;
    }
    coded_on(s, h, out, |c| c != code && !c.starts_with("01"))
}

/// The light verb whose object is an amount of event noun `n`: "announced *$500 million in*
/// humanitarian *aid*" (the *in* / *of* phrase on the amount, or on the verb beside it). An
/// amount of an act stands for the act: who announces the money announces the aid. (A verb
/// with a code of its own, "will provide 25,000 tons of aid", codes the act itself.)
fn amount_of(tree: &DepTree, n: usize) -> Option<usize> {
    let in_or_of = ["in", "of"].iter().any(|p| tree.has_marker(n, "case", p));
    if !in_or_of || !matches!(universal(tree.deprel(n)), "obl" | "nmod") {
        return None;
    }
    let amount = |k: usize| {
        tree.deprel(k) == "obj"
            && (matches!(tree.syntax(k).upos.as_str(), "SYM" | "NUM")
                || tree.lemma_in(k, &["million", "billion", "tonne", "ton"]))
    };
    let h = tree.head(n)?;
    let v = if amount(h) { tree.head(h)? } else { h };
    (tree.lemma_in(v, LIGHT_VERBS) && tree.children(v).any(amount)).then_some(v)
}

/// Verbs that keep to or break a measure already in place: "would *violate* a U.N. arms
/// embargo", "*evaded* sanctions", "*complied with* the blockade".
const STANDING_VERBS: &[&str] = &[
    "violate",
    "breach",
    "flout",
    "evade",
    "circumvent",
    "defy",
    "skirt",
    "bust",
    "dodge",
    "enforce",
    "observe",
    "respect",
    "uphold",
    "honor",
    "honour",
    "comply",
];

/// The verb of which event noun `n` names a measure already in place, when it does: its
/// object, or its *with* phrase ("comply with"). Who breaks or keeps an embargo tells
/// nothing new about who imposed it (the noun refers to a standing state of affairs).
fn standing_measure(tree: &DepTree, n: usize) -> Option<String> {
    let h = tree.head(n)?;
    let slot = tree.deprel(n) == "obj"
        || (universal(tree.deprel(n)) == "obl" && case_of(tree, n).as_deref() == Some("with"));
    (slot && tree.lemma_in(h, STANDING_VERBS)).then(|| tree.syntax(h).lemma.to_lowercase())
}

/// Nouns that bundle acts of one kind: "a military *aid package* for Ukraine", "a new
/// *sanctions package* against Russia", "a new *package of sanctions* against Russia".
const BUNDLE_NOUNS: &[&str] = &["package", "programme", "program", "tranche"];

/// Nouns that count acts of one kind in an *of* phrase: "a fresh *round of* sanctions on
/// Iran", "a *wave of* strikes", "a *series of* attacks".
const SERIES_NOUNS: &[&str] = &[
    "round", "raft", "set", "series", "wave", "spate", "string", "batch",
];

/// The bundle noun that event noun `n` is the compound or *of* phrase of, when it is one
/// ("aid" in "aid package", "sanctions" in "a round of sanctions"): the bundle's dependents
/// and its place in the clause are the event's, since the compound or the *of* phrase
/// names what the bundle consists of (English measure phrases).
fn bundle_of(tree: &DepTree, n: usize) -> Option<usize> {
    let h = tree.head(n)?;
    match tree.deprel(n) {
        "compound" => tree.lemma_in(h, BUNDLE_NOUNS).then_some(h),
        "nmod" if tree.has_marker(n, "case", "of") => {
            (tree.lemma_in(h, BUNDLE_NOUNS) || tree.lemma_in(h, SERIES_NOUNS)).then_some(h)
        }
        _ => None,
    }
}

/// The verb by which an actor claims the act of event noun `n`, when it does: the noun is
/// the *for* phrase of a responsibility noun that is the object of a claim verb ("took
/// responsibility for the bombing"). (As the object of *claim*, "claimed the killing of
/// …", the noun is a light verb's: [`LIGHT_VERBS`].)
fn claimed_by(tree: &DepTree, n: usize) -> Option<usize> {
    let h = tree.head(n)?;
    if case_of(tree, n).as_deref() != Some("for") {
        return None;
    }
    let responsibility =
        |r: usize| tree.deprel(r) == "obj" && tree.lemma_in(r, RESPONSIBILITY_NOUNS);
    // The *for* phrase hung on the noun, or on the verb beside the noun (both parses occur).
    let v = match universal(tree.deprel(n)) {
        "nmod" if responsibility(h) => tree.head(h)?,
        "obl" if tree.children(h).any(responsibility) => h,
        _ => return None,
    };
    tree.lemma_in(v, CLAIM_VERBS).then_some(v)
}

/// The verb of receiving ([`REACTION_VERBS`]) whose object, or phrase with its preposition,
/// is the noun at `n`; or the noun itself when it is predicated with *under* ("the city
/// *has been under siege* by the RSF", "is under attack from militants": English *be
/// under* an act, like *come under* it, has its subject receive it).
fn received_by(tree: &DepTree, n: usize) -> Option<usize> {
    let predicated_under = tree.has_marker(n, "case", "under")
        && tree.children(n).any(|k| universal(tree.deprel(k)) == "cop");
    if predicated_under {
        return Some(n);
    }
    let v = tree.head(n)?;
    let lemma = tree.syntax(v).lemma.to_lowercase();
    let (_, preposition) = REACTION_VERBS.iter().find(|(verb, _)| *verb == lemma)?;
    let fits = match preposition {
        Some(p) => tree.deprel(n).starts_with("obl") && case_of(tree, n).as_deref() == Some(*p),
        None => tree.deprel(n) == "obj",
    };
    fits.then_some(v)
}

/// The verb of naming whose object is the noun at `n`, when it calls it false ("called
/// *Pakistan's assertions* baseless", "branded the accusation a lie"): to call a charge
/// false is to deny it, as [`DENIAL_VERBS`] do.
fn called_false(tree: &DepTree, n: usize) -> Option<usize> {
    // The object of the verb, or (as the parser often reads "call X Y") a word inside the
    // verb's predicate complement.
    let v = tree
        .head_chain(n)
        .skip(1)
        .take(2)
        .find(|&v| tree.lemma_in(v, JUDGING_VERBS))?;
    let false_word = tree
        .subtree(v)
        .into_iter()
        .any(|k| k > n && tree.lemma_in(k, FALSE_CLAIM_WORDS));
    false_word.then_some(v)
}

/// Verbs that refuse a request or demand put to their subject ("rejected Kenya's
/// request", "turned down Kyiv's appeal").
const REFUSAL_VERBS: &[&str] = &["reject", "refuse", "rebuff", "decline", "deny", "dismiss"];

/// The verb of denial ([`DENIAL_VERBS`]) whose object is the noun at `n`.
fn denied_by(tree: &DepTree, n: usize) -> Option<usize> {
    let v = tree.head(n).filter(|_| tree.deprel(n) == "obj")?;
    tree.lemma_in(v, DENIAL_VERBS).then_some(v)
}

/// The verb of refusal ([`REFUSAL_VERBS`], or *turn down*) whose object is the noun at `n`.
fn refused_by(tree: &DepTree, n: usize) -> Option<usize> {
    let v = tree.head(n).filter(|_| tree.deprel(n) == "obj")?;
    let turned_down = tree.lemma_in(v, &["turn"]) && has_particle(tree, v, "down");
    (tree.lemma_in(v, REFUSAL_VERBS) || turned_down).then_some(v)
}

/// Prepositions that set a joint event as the time or purpose of a clause.
/// ("following" as a preposition has the verb's lemma, *follow*, in UD.)
const TALKS_FRAMES: &[&str] = &[
    "for",
    "after",
    "following",
    "follow",
    "during",
    "before",
    "at",
];

/// The actors in the active subject of verb `h` (a passive subject was acted on).
pub(super) fn active_subject(tree: &DepTree, acts: &[Act], h: usize) -> Vec<usize> {
    tree.children(h)
        .filter(|&c| {
            let rel = tree.deprel(c);
            rel.starts_with("nsubj") && !rel.ends_with("pass")
        })
        .flat_map(|c| actors_under(tree, acts, c))
        .collect()
}

/// The (source, target) pairs of an event noun: every two parties both ways for a
/// reciprocal noun (talks, clashes), else every agent with every patient.
fn nominal_pairs(noun: &Nominal, sides: &Sides) -> Vec<(usize, usize)> {
    let mut pairs = Vec::new();
    if noun.reciprocal {
        // Who takes part together: the parties ("talks between X and Y") and the agents
        // ("X-Y talks", "X's talks"). A "with" phrase names the partners of those, not of
        // each other: "cooperation with India and the Philippines" is nobody's
        // cooperation between India and the Philippines.
        let mut together: Vec<usize> = sides.agents.iter().chain(&sides.parties).copied().collect();
        together.sort_unstable();
        together.dedup();
        for &a in &together {
            for &b in together.iter().chain(&sides.patients) {
                if a != b {
                    pairs.push((a, b));
                    if !together.contains(&b) {
                        pairs.push((b, a));
                    }
                }
            }
        }
    } else {
        for &a in &sides.agents {
            for &b in &sides.patients {
                if a != b {
                    pairs.push((a, b));
                }
            }
        }
    }
    pairs
}

/// The preposition marking dependent `c` ("*by* police", "*on* Kyiv"), lower-cased.
pub(super) fn case_of(tree: &DepTree, c: usize) -> Option<String> {
    tree.children(c)
        .find(|&k| tree.deprel(k) == "case")
        .map(|k| tree.syntax(k).lemma.to_lowercase())
}

/// Actors in the phrase headed by `root` (not into clauses inside it).
pub(super) fn actors_under(tree: &DepTree, acts: &[Act], root: usize) -> Vec<usize> {
    let within = |t: usize| {
        tree.climbs_to(t, root, |rel| {
            !matches!(
                universal(rel),
                "acl" | "advcl" | "ccomp" | "csubj" | "parataxis"
            )
        })
    };
    (0..acts.len())
        .filter(|&a| (acts[a].tokens.0..acts[a].tokens.1).any(within))
        .collect()
}

/// Whether the noun at `n` is definite ("the attack", "this strike", "their talks"): in
/// English a definite description of an event with no participants of its own refers to an
/// event the reader already knows.
fn definite(tree: &DepTree, n: usize) -> bool {
    // "the killing of 33 terrorists" names its own participants, even when none is an actor:
    // it tells a new event, it does not refer back to one.
    let own_complement = tree
        .children(n)
        .any(|c| tree.deprel(c) == "nmod" && tree.has_dependent(c, "case"));
    if own_complement {
        return false;
    }
    tree.children(n).any(|k| {
        let syn = tree.syntax(k);
        let lemma = syn.lemma.to_lowercase();
        (syn.deprel == "det" && matches!(lemma.as_str(), "the" | "this" | "that"))
            || (syn.deprel == "nmod:poss" && (syn.xpos == "PRP$" || is_time_word(&lemma)))
    })
}

/// Words before *strike* that make it an attack: what it is made with or by, or what
/// kind of blow it is ("an *air* strike", "*drone* strikes", "a *precision* strike").
const FORCE_STRIKE_WORDS: &[&str] = &[
    "air",
    "drone",
    "missile",
    "rocket",
    "military",
    "artillery",
    "precision",
    "retaliatory",
    "preemptive",
    "pre-emptive",
    "naval",
    "nuclear",
    "counterterrorism",
    "aerial",
    "surgical",
    "deadly",
    "lethal",
];

/// Words before *strike* that make it a stoppage of work or a protest ("a *general*
/// strike", "a *hunger* strike", "a *teachers'* strike").
const LABOUR_STRIKE_WORDS: &[&str] = &[
    "general",
    "hunger",
    "labor",
    "labour",
    "national",
    "nationwide",
    "indefinite",
    "rail",
    "transport",
    "wildcat",
    "warning",
    "worker",
    "teacher",
    "doctor",
    "nurse",
    "union",
];

/// Whether the noun *strike* at token `n` is a blow of force (CAMEO 19: "Israeli *strikes
/// on* Gaza", "a *drone* strike", "*the* strike" after an attack, which retells only an act
/// of force) and not a stoppage of work (CAMEO 143: "went *on* strike", "a *general*
/// strike"): the word's two senses, told apart by what English writes around it — an *on*
/// phrase naming what was hit, or a word of weapons or of a military blow before it; a
/// strike that people are *on*, or a word of labour or protest before it, is a stoppage.
/// A bare "strikes" with neither is left alone, unless definite (then it refers back).
fn military_strike(tree: &DepTree, n: usize) -> bool {
    let before = |words: &[&str]| {
        tree.children(n).any(|k| {
            matches!(universal(tree.deprel(k)), "amod" | "compound" | "nmod")
                && k < n
                && tree.lemma_in(k, words)
        })
    };
    let on_strike = tree.has_marker(n, "case", "on");
    if on_strike || before(LABOUR_STRIKE_WORDS) {
        return false;
    }
    let hit = tree.nmod_marked(n, "on").is_some();
    hit || before(FORCE_STRIKE_WORDS) || definite(tree, n)
}

/// A day or time: as a possessive it makes an event noun definite ("Tuesday's attack",
/// "last week's talks", "Sunday's vote" name the one event of that day); in an adjunct it
/// sets a plan's time ("will meet on Friday", see `frames::scheduled`).
pub(super) fn is_time_word(lemma: &str) -> bool {
    WEEKDAYS.contains(&lemma)
        || MONTHS.contains(&lemma)
        || matches!(
            lemma,
            "yesterday"
                | "today"
                | "tomorrow"
                | "tonight"
                | "day"
                | "week"
                | "weekend"
                | "month"
                | "year"
                | "spring"
                | "summer"
                | "autumn"
                | "winter"
        )
}

/// The agents among `agents` that stand as a possessive name before event noun `n`
/// ("*Modi's* visit"): not a pronoun, nor a name modifying the noun ("the White House
/// talks", "U.N. sanctions": a kind of thing, no reference to a known event).
fn possessive_names(tree: &DepTree, s: &Sentence, agents: &[usize], n: usize) -> Vec<usize> {
    agents
        .iter()
        .copied()
        .filter(|&a| {
            let (start, end) = s.acts[a].tokens;
            (start..end).any(|k| {
                tree.head(k) == Some(n)
                    && tree.deprel(k) == "nmod:poss"
                    && tree.syntax(k).xpos != "PRP$"
            })
        })
        .collect()
}

/// For an event noun with only an agent ("analysts said *Modi's visit* came amid …"): the
/// latest event of the same CAMEO code earlier in the story whose source is that agent.
/// A possessive names the event as one the reader knows, like "the"; the agent and the
/// noun tell which (the visit by Modi to Mauritius the story told before, not a meeting on
/// the way), however far back.
fn agents_event(events: &[Event], s: &Sentence, agents: &[usize], code: &str) -> Option<Event> {
    let codes = s.codes_of(agents);
    events
        .iter()
        .rev()
        .find(|e| {
            (e.sentence as usize) < s.index
                && e.cameo == code
                && e.source
                    .as_ref()
                    .is_some_and(|a| same_doer(&codes, &a.code))
        })
        .cloned()
}

/// Whether an event's `source` code is one of the doers `codes` names: "Iran's attack" is
/// the attack of Iran's forces, and "the Iranian forces' attack" one told of Iran, so one
/// code may extend the other (`IRN`, `IRNMIL`; not `PAKREB`, `PAKMIL`).
fn same_doer(codes: &[&str], source: &str) -> bool {
    codes
        .iter()
        .any(|&c| source.starts_with(c) || c.starts_with(source))
}

/// A test of a CAMEO code for the kind of act a noun refers back to.
type KindOfAct = fn(&str) -> bool;

/// Something said against another: an accusation or criticism (CAMEO 11). English
/// *protest* names an official complaint as well as a demonstration ("Beijing rejected *the
/// protest*" after Manila summoned its envoy).
fn a_charge(code: &str) -> bool {
    code.starts_with("11")
}

/// Something asked or offered: an appeal, offer or demand (CAMEO 02, 03, 10).
fn a_request(code: &str) -> bool {
    matches!(code.get(..2), Some("02" | "03" | "10"))
}

/// An agreement reached or signed (CAMEO 057, a formal agreement; 03, an agreed intent to
/// act; 0871, a ceasefire): "North Korea condemned *the deal*" after "South Korea and Japan
/// signed an agreement".
fn an_agreement(code: &str) -> bool {
    code == "057" || code == "0871" || code.starts_with("03")
}

/// Military exercises held (CAMEO 062, military cooperation, when held jointly; 15x, a
/// show of force, when alone): "Beijing criticized *the drills*" after "the United States
/// and the Philippines began joint military exercises".
fn an_exercise(code: &str) -> bool {
    code == MILITARY_COOPERATION || code.starts_with("15")
}

/// A court's decision against someone: a conviction or sentence (CAMEO 116), a ban or an
/// arrest ordered (17): "Britain condemned *the ruling*" after "a court sentenced the
/// activist".
fn a_judgement(code: &str) -> bool {
    code == "116" || code.starts_with("17")
}

/// What a body's resolution does: demand or ask (CAMEO 10, 02) or impose measures (16):
/// "Iran called *the resolution* politically motivated" after "the IAEA board passed a
/// resolution demanding that Iran grant inspectors access". A resolution is the formal
/// voice of an assembly or board, and a reaction to it is a reaction to the body. (Not
/// criticism, 11, though a resolution may condemn: the reactions a story tells after a
/// resolution are criticism of it, and the latest would be taken for it.)
fn a_resolution(code: &str) -> bool {
    matches!(code.get(..2), Some("02" | "10" | "16"))
}

/// Harm done that the noun does not say how ("denounced *the operation* as a massacre",
/// "condemned *the crackdown*"): force or coercion (CAMEO 17–20).
fn harm(code: &str) -> bool {
    is_force(code) || code.starts_with("17")
}

/// Nouns a reaction to which is a reaction to whoever did or said what they name ("India
/// rejected *the accusation*"), besides the event nouns and [`FORCE_ACT_NOUNS`].
const REFERRING_NOUNS: &[(&str, KindOfAct)] = &[
    ("accusation", a_charge),
    ("allegation", a_charge),
    ("charge", a_charge),
    ("claim", a_charge),
    ("assertion", a_charge),
    ("remark", a_charge),
    ("comment", a_charge),
    ("criticism", a_charge),
    ("protest", a_charge),
    ("complaint", a_charge),
    ("report", a_charge),
    ("demand", a_request),
    ("call", a_request),
    ("request", a_request),
    ("ultimatum", a_request),
    ("proposal", a_request),
    ("offer", a_request),
    ("deal", an_agreement),
    ("agreement", an_agreement),
    ("accord", an_agreement),
    ("pact", an_agreement),
    ("treaty", an_agreement),
    ("truce", an_agreement),
    ("ceasefire", an_agreement),
    ("resolution", a_resolution),
    ("ruling", a_judgement),
    ("verdict", a_judgement),
    ("sentence", a_judgement),
    ("conviction", a_judgement),
    ("drill", an_exercise),
    ("exercise", an_exercise),
    ("maneuver", an_exercise),
    ("manoeuvre", an_exercise),
    ("operation", harm),
    ("offensive", harm),
    ("incident", harm),
    ("crackdown", harm),
    ("massacre", harm),
    ("aggression", harm),
    ("incursion", harm),
    ("violence", harm),
];

/// The earlier event a verb of reaction (condemning, rejecting, welcoming: CAMEO 05, 11,
/// 12, coded as `code`) answers when its object is a definite noun for an act or a word
/// that names no actor of its own: "Lebanese President Joseph Aoun condemned *the
/// strikes*" after "Israeli airstrikes hit several villages", "India rejected *the
/// accusation*" after "Pakistan accused India …". English refers back to what the story
/// told with a definite noun, and a reaction to an act or a word is a reaction to whoever
/// did or said it, the target CAMEO codes. The event is the latest the story told before
/// of the noun's kind (an event noun: its code's kind; a charge: an accusation or
/// criticism, 11; a demand or proposal: 02, 03 or 10), by someone other than `sources`,
/// however far back: a definite noun of a kind names the act of that kind the reader last
/// heard of, and a story's reactions ("The United States welcomed *the ceasefire*") come
/// in its last paragraphs, far from the act told in its first.
/// (Nouns that name an act of no kind, "the *move*", "the *decision*", refer to the
/// previous sentence's subject instead, as actors standing at the noun:
/// `args_parse::act_noun_doers`; they have no kind to match an earlier event by.)
pub(super) fn reacted_to(
    s: &Sentence,
    tree: &DepTree,
    nominals: &Nominals,
    verb: usize,
    code: &str,
    sources: &[usize],
    events: &[Event],
) -> Option<Event> {
    // (CAMEO 2.0 codes "rejected the accusation" as a denial of responsibility, 016.)
    if !matches!(code.get(..2), Some("05" | "11" | "12")) && code != "016" {
        return None;
    }
    // "condemned *what it called a terrorist massacre*": the noun a free relative names
    // refers back, whatever its article, as the judge's name for the act told before.
    let object = judged_noun(s, tree, verb)?;
    let object = match super::args_parse::named_by_free_relative(tree, object) {
        Some(named) => named,
        None => Some(object).filter(|&c| referring_back(tree, s, c))?,
    };
    let lemma = tree.syntax(object).lemma.to_lowercase();
    let nominal = nominals
        .at(tree.syntax(object))
        .map(|noun| noun.code.clone());
    let force = FORCE_ACT_NOUNS.contains(&lemma.as_str());
    let told = REFERRING_NOUNS
        .iter()
        .find(|(noun, _)| *noun == lemma)
        .map(|&(_, kind)| kind);
    // "called *the ramming* an act of aggression" after "a coast guard ship *rammed* a
    // vessel": a definite gerund of no kind names again the act told with its verb.
    let of_its_kind = nominal.is_some() || force || told.is_some();
    let gerund = !of_its_kind && lemma.len() > 5 && lemma.ends_with("ing");
    if !of_its_kind && !gerund {
        return None;
    }
    let kind = |c: &str| {
        nominal.as_deref().is_some_and(|of| same_kind(c, of))
            || force && is_force(c)
            || told.is_some_and(|of_kind| of_kind(c))
            || gerund
    };
    let ours = s.codes_of(sources);
    let tells_them = told_on_the_same(tree, s, object);
    let answered = || {
        events
            .iter()
            .rev()
            .filter(|e| e.sentence < s.index as u32)
            .filter(|e| {
                e.source
                    .as_ref()
                    .is_some_and(|a| !ours.contains(&a.code.as_str()))
            })
            .filter(|e| !unplaced_beside_named(events, e))
            .filter(|e| kind(&e.cameo) && tells_them(e))
    };
    // The act told with the noun's own word first ("condemned *the drills*" answers
    // "launched large-scale *drills*", not a later deployment of the same kind): repeating
    // the word is how English points back past nearer acts of the kind.
    if gerund {
        let mut answered = answered();
        return answered
            .find(|e| names_the_verb_of(&trigger_words(s.doc, e), &lemma))
            .cloned();
    }
    told_with_word(s.doc, answered(), &lemma)
        .or_else(|| answered().next())
        .cloned()
}

/// Whether event `e`'s source is a role of no country ("the Board of *Governors*",
/// `---GOV`) doing an act that a named actor does beside it (the same trigger: "the U.N.
/// watchdog's Board of Governors passed a resolution demanding …"). The act is the named
/// one's; the role, which the review may yet place in any country, answers for nothing.
fn unplaced_beside_named(events: &[Event], e: &Event) -> bool {
    let unplaced = |x: &Event| x.source.as_ref().is_some_and(|a| a.code.starts_with("---"));
    unplaced(e)
        && events
            .iter()
            .any(|x| x.verb_span == e.verb_span && x.source.is_some() && !unplaced(x))
}

/// The first of `events` (latest first, as a definite noun looks back) whose trigger
/// names `lemma` ([`trigger_words`], [`names_the_word`]): the act a noun made from that
/// word, or repeating it, names again.
pub(super) fn told_with_word<'e>(
    doc: &factum_doc::Document,
    mut events: impl Iterator<Item = &'e Event>,
    lemma: &str,
) -> Option<&'e Event> {
    events.find(|e| names_the_word(&trigger_words(doc, e), lemma))
}

/// The noun verb token `verb` acts on or judges: its object, or the subject of the small
/// clause or copular clause it takes ("called *the detentions* unacceptable", "said *the
/// detentions* were unacceptable": English puts what is judged there). A judging word the
/// parser made the object's head ("called [the attack *appalling*]", the noun its
/// compound) is the predicate, and the noun before it the object.
pub(super) fn judged_noun(s: &Sentence, tree: &DepTree, verb: usize) -> Option<usize> {
    let object = tree
        .children(verb)
        .find(|&c| tree.deprel(c) == "obj")
        .map(|o| {
            let predicate = super::args_parse::judging_word(s, tree, o);
            let noun = tree
                .children(o)
                .rfind(|&c| c < o && tree.deprel(c) == "compound");
            noun.filter(|_| predicate).unwrap_or(o)
        });
    object.or_else(|| {
        tree.children(verb)
            .filter(|&c| match tree.deprel(c) {
                "xcomp" => true,
                "ccomp" => super::args_parse::copular(tree, c),
                _ => false,
            })
            .find_map(|c| {
                tree.children(c)
                    .find(|&k| tree.deprel(k) == "nsubj" && tree.syntax(k).upos == "NOUN")
            })
    })
}

/// The earlier act of force that verb token `verb`, *return fire* coded as force (`code`),
/// answers: "Gunmen opened fire on a police patrol. The police *returned fire*": to return
/// fire is to shoot back at whoever fired on you (English idiom), so the target is the
/// source of the latest act of force, in this sentence or the three before, done to the
/// returners' side (their country where both are known, else their sector: police,
/// troops) by someone other than them. So for *retaliate* with no target of its own
/// ("Moscow vowed *to retaliate*" after "The EU imposed new sanctions on Russia"): to
/// retaliate is to answer a hostile act done to you (CAMEO 10–20), and its target is that
/// act's doer. So, too, for a ceasefire violated (CAMEO 196) with no one named it was
/// violated against: the other side is the doer of the latest force used on the
/// violator's side. Returns the act and what answering it is, in words.
pub(super) fn act_answered(
    s: &Sentence,
    tree: &DepTree,
    verb: usize,
    code: &str,
    sources: &[usize],
    events: &[Event],
) -> Option<(Event, &'static str)> {
    let returns_fire = tree.lemma_in(verb, &["return"])
        && tree
            .children(verb)
            .any(|c| tree.deprel(c) == "obj" && tree.lemma_in(c, &["fire", "gunfire"]));
    // (So does a response promised, coded a threat: "Moscow would *respond* in a tough
    // manner", [`super::frames::threatened_response`].)
    let retaliates = tree.lemma_in(verb, &["retaliate"])
        || (tree.lemma_in(verb, &["respond"]) && code.starts_with("13"));
    // "Pakistani troops *violated the ceasefire*": a truce is between the sides that
    // fought, so the one it is broken against is whoever last used force on the breaker's
    // side (CAMEO 196 needs the other party, as force does).
    let breaks_truce = code == VIOLATE_CEASEFIRE;
    // "vowed that *those responsible* would be hunted down": the punishment foretold of
    // the doers of an act is a threat to whoever did the last act of force on one's side.
    let punishes_doers = code.starts_with("13")
        && super::frames::penalty_foretold(tree, verb)
            .is_some_and(|c| super::frames::doers_as_subject(tree, c));
    // "Ukraine's air force said it had *shot down* 371 drones": bringing down the weapons
    // fired at one's side is force used on whoever fired them (the coding guide codes the
    // interception against the attacker), when the weapons' owner goes unsaid.
    let downs_weapons = is_force(code) && downs_weapons_of_no_one(s, tree, verb);
    let (answered, answer): (fn(&str) -> bool, _) = match (returns_fire, retaliates) {
        (true, _) if is_force(code) => (is_force, "returns the fire of"),
        _ if downs_weapons => (is_force, "brings down the weapons of"),
        (_, true) => (hostile, "retaliates against"),
        _ if breaks_truce => (is_force, "breaks the truce with"),
        _ if punishes_doers => (is_force, "foretells the punishment of the doers of"),
        _ => return None,
    };
    let ours = s.codes_of(sources);
    // (Doers punished for an act on people of no country yet, "militants killed 26
    // *tourists*": the review gives them the story's country, which is the vower's.)
    let our_side = |target: &str| {
        ours.iter()
            .any(|&c| match (country_of(c), country_of(target)) {
                (Some(a), Some(b)) => a == b,
                (Some(_), None) if punishes_doers => target.starts_with("---"),
                _ => c.get(3..6).is_some_and(|x| target.get(3..6) == Some(x)),
            })
    };
    let si = s.index as u32;
    // (Read backwards only as far as an act answered may be: a long document costs time in
    // proportion to its length.)
    events
        .iter()
        .rev()
        .take_while(|e| e.sentence + TOLD_BEFORE >= si)
        .filter(|e| e.sentence == si || told_just_before(e.sentence, si))
        .filter(|e| answered(&e.cameo))
        .find(|e| {
            let (Some(by), Some(on)) = (&e.source, &e.target) else {
                return false;
            };
            !ours.contains(&by.code.as_str()) && our_side(&on.code)
        })
        .map(|e| (e.clone(), answer))
}

/// Whether verb token `verb` brings down weapons in the air ("shot down 34 drones",
/// "intercepted 71 of the missiles", "downed a drone") whose phrase names no actor.
fn downs_weapons_of_no_one(s: &Sentence, tree: &DepTree, verb: usize) -> bool {
    // (The parser may hang "down" on the number after it: "shot *down* 371 drones".)
    let down_after = tree.contains(verb + 1) && tree.lemma_in(verb + 1, &["down"]);
    let downing = tree.lemma_in(verb, &["intercept", "down"])
        || tree.lemma_in(verb, &["shoot"])
            && (super::args_parse::has_particle(tree, verb, "down") || down_after);
    let weapon = |k: usize| {
        tree.lemma_in(k, factum_doc::words::WEAPON_NOUNS)
            || tree.children(k).any(|c| {
                universal(tree.deprel(c)) == "nmod"
                    && tree.has_marker(c, "case", "of")
                    && tree.lemma_in(c, factum_doc::words::WEAPON_NOUNS)
            })
    };
    let object = tree.children(verb).find(|&c| tree.deprel(c) == "obj");
    downing
        && object.is_some_and(|o| {
            // An actor of a country in the object's phrase (not in a clause the parser hung
            // inside it, "… missiles, but that several had hit *their* targets") owns the
            // weapons; the weapons alone are an actor of no country, `---MIL`.
            let owner_named = s.acts.iter().any(|a| {
                (a.tokens.0..a.tokens.1).any(|t| super::args_parse::in_phrase(tree, t, o))
                    && !s.doc.actors[a.mention]
                        .code
                        .starts_with(factum_codes::actor::UNKNOWN_COUNTRY)
            });
            weapon(o) && !owner_named
        })
}

/// CAMEO 196, "violate ceasefire".
const VIOLATE_CEASEFIRE: &str = "196";

/// Whether CAMEO `code` is a hostile act: a demand, criticism, rejection, threat, protest,
/// show of force, sanction or force (roots 10–20, the conflict quad classes 3 and 4).
fn hostile(code: &str) -> bool {
    crate::cameo::quad_class(code) >= 3
}

/// Whether an earlier event is told on what the definite noun at `n` names in its own
/// complement ("the attack *on the camp*" refers to the act told before on a camp, not to
/// the latest attack): the sentence of the event has each noun of the noun's *on*,
/// *against* or *of* phrase (on the noun, or after it on its verb, where the parser hangs
/// it as often).
fn told_on_the_same<'a>(
    tree: &'a DepTree,
    s: &'a Sentence,
    n: usize,
) -> impl Fn(&Event) -> bool + 'a {
    // (Not a judging word the parser read as the phrase's noun: "called the strike [on
    // the camp *appalling*]", `args_parse::judging_predicate`.)
    let complement = move |c: usize| {
        tree.syntax(c).upos == "NOUN"
            && !super::args_parse::judging_word(s, tree, c)
            && ["on", "against", "of"]
                .iter()
                .any(|p| tree.has_marker(c, "case", p))
    };
    let on_noun = tree
        .children(n)
        .filter(|&c| universal(tree.deprel(c)) == "nmod");
    // "condemned the arrests *as an attack* on the right to protest": a phrase after a
    // predicative *as* phrase belongs to it (the parser may hang it on the verb), and says
    // what the act is called, not what it was done on.
    let as_phrase = |k: usize| tree.has_marker(k, "case", "as");
    let before_as = |v: usize, c: usize| {
        !tree
            .children(n)
            .chain(tree.children(v))
            .any(|k| k > n && k < c && as_phrase(k))
    };
    let on_verb = tree
        .head(n)
        .filter(|_| tree.deprel(n) == "obj")
        .into_iter()
        .flat_map(|v| tree.children(v).map(move |c| (v, c)))
        .filter(|&(v, c)| c > n && universal(tree.deprel(c)) == "obl" && before_as(v, c))
        .map(|(_, c)| c);
    let named: Vec<String> = on_noun
        .chain(on_verb)
        .filter(|&c| complement(c))
        .map(|c| tree.syntax(c).lemma.to_lowercase())
        .collect();
    move |e: &Event| named.iter().all(|l| sentence_has_lemma(s.doc, e, l))
}

/// Whether a word of lemma `lemma` is what the trigger of event `e` acted on, in its
/// phrase but not of it ("its troops *repelled* an Iranian *attack*" … "gains in *the
/// attack*"): a definite noun names again the thing last called by that noun (English
/// anaphora by a repeated head noun), here the attack repelled, not the repelling. (The
/// noun of a light verb, "held talks", is the event the verb tells.)
fn acted_on_by_trigger(doc: &factum_doc::Document, e: &Event, lemma: &str) -> bool {
    let (Some(sentence), Some(syntax)) = (doc.sentences.get(e.sentence as usize), &doc.syntax)
    else {
        return false;
    };
    let tree = DepTree::new(syntax, sentence.token_range());
    let in_trigger = |k: usize| doc.tokens[k].span.overlaps(e.verb_span);
    let Some(trigger) = tree.tokens().find(|&k| in_trigger(k)) else {
        return false;
    };
    // "held pay talks", "launched an attack": a light verb's noun is its event.
    !tree.lemma_in(trigger, LIGHT_VERBS)
        && tree
            .subtree(trigger)
            .into_iter()
            .any(|k| !in_trigger(k) && tree.syntax(k).lemma.eq_ignore_ascii_case(lemma))
}

/// The latest event of the story before sentence `s` of the same kind as `code`
/// ([`same_kind`]) for which `fits` holds and whose trigger is the word `lemma` (a noun,
/// or the verb it is made from: "the attack" … "attacked", "the bombing" … "bombed"),
/// or has it as its object ("launched an attack"). English anaphora by a repeated head
/// noun: "the attack" names again the act last told with that word, however many
/// sentences back and whatever other acts were told since ("militants attacked a train
/// … the army killed 33 of them … *the attack* was planned abroad" is the militants').
fn told_with_the_word(
    events: &[Event],
    s: &Sentence,
    lemma: &str,
    code: &str,
    fits: &dyn Fn(&Event) -> bool,
) -> Option<Event> {
    events
        .iter()
        .rev()
        .filter(|e| (e.sentence as usize) < s.index && same_kind(&e.cameo, code))
        .find(|e| trigger_word_is(s.doc, e, lemma) && fits(e))
        .cloned()
}

/// Whether the trigger of event `e`, or the object of its light verb, is the word
/// `lemma` or the verb an *-ing* noun is made from ("bombing" → "bomb").
pub(super) fn trigger_word_is(doc: &factum_doc::Document, e: &Event, lemma: &str) -> bool {
    names_the_word(&trigger_words(doc, e), lemma)
}

/// Whether `words` (an event's [`trigger_words`]) hold the word `lemma`, or the verb an
/// *-ing* noun is made from ("bombing" → "bomb").
pub(super) fn names_the_word(words: &[String], lemma: &str) -> bool {
    let stem = lemma.strip_suffix("ing").filter(|st| st.len() > 2);
    words.iter().any(|w| w == lemma || Some(w.as_str()) == stem)
}

/// Whether `words` hold the verb whose *-ing* form is `gerund`, spelt as English spells
/// it: the stem alone ("shelling" of *shell*), a final consonant doubled after a short
/// vowel ("ramming" of *ram*), a silent e dropped ("seizing" of *seize*).
fn names_the_verb_of(words: &[String], gerund: &str) -> bool {
    let Some(stem) = gerund.strip_suffix("ing").filter(|st| st.len() > 2) else {
        return false;
    };
    let b = stem.as_bytes();
    let doubled =
        b.len() > 3 && b[b.len() - 1] == b[b.len() - 2] && !b"lsz".contains(&b[b.len() - 1]);
    let undoubled = doubled.then(|| &stem[..stem.len() - 1]);
    words
        .iter()
        .any(|w| w == stem || Some(w.as_str()) == undoubled || w.strip_suffix('e') == Some(stem))
}

/// The lemmas (lower case) of the trigger of event `e` and of the objects of a light verb
/// in it: only a light verb's object is its act ("launched an attack"); what another verb
/// acts on is not ("repelled a Russian attack" tells the repelling).
pub(super) fn trigger_words(doc: &factum_doc::Document, e: &Event) -> Vec<String> {
    let (Some(sentence), Some(syntax)) = (doc.sentences.get(e.sentence as usize), &doc.syntax)
    else {
        return Vec::new();
    };
    let tree = DepTree::new(syntax, sentence.token_range());
    let lemma = |k: usize| tree.syntax(k).lemma.to_lowercase();
    let mut words = Vec::new();
    for k in tree
        .tokens()
        .filter(|&k| doc.tokens[k].span.overlaps(e.verb_span))
    {
        words.push(lemma(k));
        let acts = tree
            .children(k)
            .filter(|&c| light_verb_of(&tree, c) == Some(k));
        words.extend(acts.map(lemma));
    }
    words
}

/// Whether the sentence of event `e` has a word of lemma `lemma`.
fn sentence_has_lemma(doc: &factum_doc::Document, e: &Event, lemma: &str) -> bool {
    let (Some(sentence), Some(syntax)) = (doc.sentences.get(e.sentence as usize), &doc.syntax)
    else {
        return false;
    };
    (sentence.token_start as usize..sentence.token_end as usize).any(|k| {
        syntax
            .get(k)
            .is_some_and(|t| t.lemma.eq_ignore_ascii_case(lemma))
    })
}

/// Whether the noun phrase at `n` refers back: a definite article, a demonstrative or a
/// possessive pronoun, and no actor anywhere in it (one that names its own doer or victim,
/// "Israel's strikes", "the attack on Kyiv", is not looked for further back).
pub(super) fn referring_back(tree: &DepTree, s: &Sentence, n: usize) -> bool {
    // A noun read as a compound of the word after it (`judged_noun`: "the attack
    // appalling") has its determiner on that word.
    let n = match tree.head(n) {
        Some(h) if tree.deprel(n) == "compound" && h > n => h,
        _ => n,
    };
    let determined = tree.children(n).any(|k| {
        let syn = tree.syntax(k);
        let lemma = syn.lemma.to_lowercase();
        (syn.deprel == "det"
            && matches!(lemma.as_str(), "the" | "this" | "that" | "these" | "those"))
            || (syn.deprel == "nmod:poss" && syn.xpos == "PRP$")
    });
    // (What the act is called, "the arrests *as terror against the Serb people*", names
    // no actor of its own.)
    let phrase: Vec<usize> = tree
        .subtree(n)
        .into_iter()
        .filter(|&t| !super::args_parse::in_what_it_is_called(tree, t, n))
        .collect();
    determined
        && !s
            .acts
            .iter()
            .any(|a| phrase.iter().any(|&t| a.covers_token(t)))
}

/// The latest event of `events` in the three sentences before sentence `si` for which
/// `fits` holds: of the same CAMEO root as `code` if there is one, else of the same kind of
/// act ([`same_kind`]). What a retelling refers back to.
fn latest_retold(
    events: &[Event],
    si: usize,
    code: &str,
    fits: impl Fn(&Event) -> bool,
) -> Option<Event> {
    let latest = |kind: &dyn Fn(&str) -> bool| {
        events
            .iter()
            .rev()
            .filter(|e| told_just_before(e.sentence, si as u32))
            .find(|e| kind(&e.cameo) && fits(e))
            .cloned()
    };
    latest(&|c| c.get(..2) == code.get(..2)).or_else(|| latest(&|c| same_kind(c, code)))
}

/// For an act of force or coercion (CAMEO 17–20) whose doer the sentence does not name,
/// only whom it was done to ("five Ukrainian soldiers were killed", "the killing of five
/// Ukrainian soldiers"): the latest event of the same kind ([`same_kind`]) in the three
/// sentences before whose target is of the country of one of `targets`. A story's victims
/// are acted on by the one agent it has named (`docs/annotation.md` §3: a passive with no
/// agent takes the agent the story gives); victims of no known country ("five civilians
/// were killed") are the earlier act's when they are of its target's sector (its
/// civilians, troops or police), and are left alone otherwise.
pub(super) fn earlier_act_on(
    events: &[Event],
    s: &Sentence,
    targets: &[usize],
    code: &str,
) -> Option<Event> {
    if targets.is_empty() || !matches!(code.get(..2), Some("17" | "18" | "19" | "20")) {
        return None;
    }
    let codes = s.codes_of(targets);
    latest_retold(events, s.index, code, |e| {
        let Some(target) = e.target.as_ref().map(|t| t.code.as_str()) else {
            return false;
        };
        codes.iter().any(|&c| match country_of(c) {
            Some(_) => country_of(c) == country_of(target),
            None => same_sector(c, target),
        })
    })
}

/// Whether victims of no known country (`---CVL`, "five civilians") are of the sector of
/// an earlier target (`SOMCVL`): the story's civilians, its troops, its police. People
/// (`---PPL`, "five people were killed") are civilians: a story tells of the dead of an
/// attack on a hotel or a village as "people" (as `review` reads them in one act).
fn same_sector(unknown: &str, target: &str) -> bool {
    let civilian = crate::review::people_as_civilian_sector;
    unknown
        .get(3..6)
        .is_some_and(|sector| target.get(3..6).map(civilian) == Some(civilian(sector)))
}

/// `earlier` told again in sentence `si` by `trigger` (its dictionary line first in the
/// provenance; negated if either is), with the note that says so, `why` first.
pub(super) fn told_again(
    earlier: Event,
    si: usize,
    trigger: &Trigger,
    why: &str,
) -> (Event, String) {
    let note = format!(
        "{why}: the {} told in sentence {} again",
        earlier.coding(),
        earlier.sentence
    );
    let mut again = earlier;
    again.sentence = si as u32;
    again.verb_span = trigger.verb_span;
    again.negated |= trigger.negated;
    again.provenance.insert(0, trigger.code_line.clone());
    (again, note)
}

/// Whether two CAMEO codes name the same kind of act for a later mention to retell: the
/// same root, or both violence (roots 18–20): "the attack" and "the strike" retell an
/// assault by militants (180) as well as a military one (190); which root an act gets
/// depends on who did it, which a retelling need not say.
pub(super) fn same_kind(a: &str, b: &str) -> bool {
    a.get(..2) == b.get(..2) || (is_force(a) && is_force(b))
}
