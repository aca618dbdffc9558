//! Verb-pattern event coding.
//!
//! For each sentence: find verb forms from the verb dictionary (skipping words inside
//! actor mentions, and — without a parse — forms that follow a determiner, which are
//! nouns: "an attack", "their meeting"), pick the most specific pattern of the verb's block
//! that matches the sentence, find the source and target actors, and emit one event per
//! source–target pair (two for paired codes such as `[032:033]`).
//!
//! Arguments come from the dependency parse when `doc.syntax` is present: the source is the
//! actor in the verb's `nsubj` subtree (inherited through `xcomp`/`conj` chains), the target
//! the actor in its `obj`/`iobj`/`obl`/`ccomp` subtrees, and passives (`nsubj:pass` with an
//! `obl` introduced by "by") swap them. Without a parse, when the parse gives no actor, or
//! for a source the parse leaves without one, a surface heuristic stands in: the nearest actor before the verb is the source (a verb
//! conjoined with "and" shares the previous verb's source), the first actor after it the
//! target, "was VERBed by X" is a passive, and actors joined by "and" or commas are
//! compound. Pattern markers (`$`, `+`) override both.
//!
//! The steps, one module each:
//!
//! * [`sentence`]: the sentence at unit level, with its actors (named, and pronouns that
//!   stand for one).
//! * [`pair_anaphora`]: "the two countries", "both leaders" as the two parties named
//!   before.
//! * [`occurrences`]: where the verb forms are (a verb, not a noun or modifier).
//! * [`patterns`]: which pattern of the verb's block matches, hence the code.
//! * [`frames`]: what is no event though a verb fires (reporting, opinion, possibility)
//!   and what is an intention rather than an act.
//! * [`args_parse`] and [`args_surface`]: the two ways to find source and target — the
//!   dependency parse, and the word-order rules that stand in without one.
//! * [`emit`]: the actor pairs of a decision and the events they give.
//! * [`one_sided`]: the acts coded with no target (appeals to nobody in particular,
//!   protests against no one named).
//! * [`nominals`]: events named by nouns ("the attack on", "talks between").
//! * [`story_acts`]: acts of force a story tells in pieces (the doer in one sentence, the
//!   victims in another), joined by the word that tells them.
//!
//! Every event carries provenance: the verb-dictionary line of the pattern (or verb) that
//! fired, then the actor-dictionary lines of source and target.

mod args_parse;
mod args_surface;
mod captors;
mod claims;
mod emit;
mod frames;
mod nominals;
mod occurrences;
mod one_sided;
mod pair_anaphora;
mod patterns;
mod sentence;
mod story_acts;

use std::path::Path;

use factum_dict::{file_name, read_file, DictError, Units};
use factum_doc::tree::{universal, DepTree};
use factum_doc::words::noun_in;
use factum_doc::{Document, Event, PlaceKind, Provenance, ProvenanceRole, Span};

use crate::cameo::{is_force, quad_class, CameoTables};
use crate::confidence::{features, per_sentence, ConfidenceModel};
use crate::discards::Discards;
use crate::nominal::{self, Nominals};
use crate::verbs::{EventCode, Pattern, VerbDictionary};

use args_parse::{
    armed, demanded_of, dependency_arguments, in_place_phrase, is_agent, judged, judged_doers,
    maker_of_noun, object_parties, participle_relative, reported_demand, reported_judgement,
    reported_rebuke, warned_about, Relative,
};
use args_surface::{compound, negated, negation_word, resolve, surface_arguments};
use emit::{each_other_object, exchanged, make_mutual, reciprocal, sides_of, Role, Side, Trigger};
use frames::{as_intention, criticises_words, no_event};
use nominals::{earlier_act_on, told_again};
use sentence::{is_force_noun, Act, Sentence};

/// The bundled CAMEO verb dictionary and discards (MIT, Open Event Data Alliance).
pub mod bundled {
    pub const VERBS: (&str, &str) = factum_dict::bundled!("CAMEO.2.0.txt");
    /// factum's additions, read after the CAMEO file (see [`VerbDictionary::supplement`]).
    ///
    /// [`VerbDictionary::supplement`]: crate::verbs::VerbDictionary::supplement
    pub const VERB_ADDITIONS: (&str, &str) = factum_dict::bundled!("factum.verbs.txt");
    pub const DISCARDS: (&str, &str) = factum_dict::bundled!("Phoenix.discards.txt");
}

/// A verb form found in a sentence.
#[derive(Debug, Clone)]
struct Occurrence {
    us: usize,
    ue: usize,
    forms: Vec<u32>,
}

/// Where a pattern marker points.
#[derive(Debug, Clone, Copy)]
enum Marker {
    /// The nearest actor ending at or before this unit.
    Before(usize),
    /// The first actor starting at or after this unit.
    After(usize),
}

/// The coding decision for one verb occurrence.
struct Decision<'a> {
    code: EventCode,
    pattern: Option<&'a Pattern>,
    verb_line: u32,
    compound: bool,
    source: Option<Marker>,
    target: Option<Marker>,
    matched: Vec<usize>,
}

/// One verb form the coder considered, and what became of it (`EventCoder::explain`).
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    pub sentence: u32,
    /// The verb phrase as written.
    pub verb: String,
    pub verb_span: Span,
    /// What happened: the code and arguments found, or why it was dropped.
    pub outcome: String,
}

/// The event stage: verb dictionary, discards and code tables.
pub struct EventCoder {
    pub verbs: VerbDictionary,
    pub discards: Option<Discards>,
    pub tables: CameoTables,
    /// Keep events whose code is not a CAMEO code (the validation dictionaries use codes
    /// such as `345` or `174K`). Off for real coding, on for validation.
    pub keep_non_cameo: bool,
    /// Events need both a source and a target (PETRARCH's `require_dyad`).
    pub require_dyad: bool,
    /// Event nouns ("the attack on", "talks between"), coded when a parse is present.
    pub nominals: Nominals,
    /// Gives every event its confidence (see [`crate::confidence`]).
    pub confidence: ConfidenceModel,
}

impl EventCoder {
    pub fn new(verbs: VerbDictionary, discards: Option<Discards>) -> EventCoder {
        EventCoder {
            verbs,
            discards,
            tables: CameoTables::bundled(),
            keep_non_cameo: false,
            require_dyad: true,
            nominals: Nominals::bundled(),
            confidence: ConfidenceModel::bundled(),
        }
    }

    /// The bundled CAMEO.2.0 verbs and Phoenix discards.
    pub fn bundled() -> Result<EventCoder, DictError> {
        let verbs = VerbDictionary::parse_with_additions(bundled::VERBS, bundled::VERB_ADDITIONS)?;
        let discards = Discards::parse(bundled::DISCARDS.0, bundled::DISCARDS.1)?;
        Ok(EventCoder::new(verbs, Some(discards)))
    }

    /// Load a verb file and an optional discard file.
    pub fn from_files(verbs: &Path, discards: Option<&Path>) -> Result<EventCoder, DictError> {
        let v = VerbDictionary::parse(&file_name(verbs), &read_file(verbs)?)?;
        let d = match discards {
            Some(p) => Some(Discards::parse(&file_name(p), &read_file(p)?)?),
            None => None,
        };
        Ok(EventCoder::new(v, d))
    }

    /// Code every sentence of `doc` (which must have tokens and actors), replacing
    /// `doc.events`.
    pub fn process(&self, doc: &mut Document) {
        self.code(doc);
        self.score(doc);
    }

    /// Code every sentence of `doc` like [`EventCoder::process`], leaving each event's
    /// confidence at 0: for callers that code a long document in windows and then
    /// [`score`](EventCoder::score) it whole (the features look at the whole story).
    pub fn code(&self, doc: &mut Document) {
        let named = with_places_as_lands(doc);
        doc.events = self.code_document(doc, None);
        // The actors layer is the actor coder's: it is put back as it was.
        if let Some(named) = named {
            doc.actors = named;
        }
    }

    /// Give every event of `doc` its confidence (see [`crate::confidence`]).
    pub fn score(&self, doc: &mut Document) {
        let sharing = per_sentence(&doc.events);
        let scores: Vec<f32> = doc
            .events
            .iter()
            .map(|e| {
                self.confidence
                    .score(&features(doc, e, sharing[&e.sentence]))
            })
            .collect();
        for (e, p) in doc.events.iter_mut().zip(scores) {
            e.confidence = p;
        }
    }

    /// Code `doc` again and say, for every verb form considered, what became of it: the
    /// code and arguments found, and why a candidate was dropped (`factum code --explain`).
    /// `doc.events` is left as it is.
    pub fn explain(&self, doc: &Document) -> Vec<Candidate> {
        let mut trace = Vec::new();
        let mut doc = doc.clone();
        with_places_as_lands(&mut doc);
        self.code_document(&doc, Some(&mut trace));
        trace
    }

    fn code_document(&self, doc: &Document, mut trace: Option<&mut Vec<Candidate>>) -> Vec<Event> {
        let mut events = Vec::new();
        if let Some(d) = &self.discards {
            let units = Units::from_tokens(&doc.tokens);
            if d.find(&units.words).is_some_and(|e| e.story) {
                return events;
            }
        }
        let mut open = Vec::new();
        for si in 0..doc.sentences.len() {
            self.code_sentence(doc, si, &mut events, &mut open, trace.as_deref_mut());
        }
        story_acts::close(doc, &mut events, open, trace.as_deref_mut());
        // A town the gazetteer found stands for its land only as what force was used on
        // ("Russian drones hit Zaporizhzhia"): elsewhere a name the dictionaries lack is
        // as often a company's or an agency's read as a town's ("TRW was sued"), and a
        // town does not act.
        events.retain(|e| {
            let land = |role: ProvenanceRole| {
                e.provenance
                    .iter()
                    .any(|p| p.role == role && p.file == factum_actors::GAZETTEER_TOWN)
            };
            let kept = !land(ProvenanceRole::SourceActor)
                && (!land(ProvenanceRole::TargetActor) || is_force(&e.cameo));
            if !kept {
                if let Some(trace) = trace.as_deref_mut() {
                    trace.push(Candidate {
                        sentence: e.sentence,
                        verb: doc.slice(e.verb_span).to_string(),
                        verb_span: e.verb_span,
                        outcome: format!(
                            "dropped {}: a town the dictionaries lack is a party only to force used on it",
                            e.coding()
                        ),
                    });
                }
            }
            kept
        });
        // The same dyad and code twice in one sentence ("struck targets") is one event.
        let mut seen = std::collections::HashSet::new();
        events.retain(|e| {
            seen.insert((
                e.sentence,
                e.source.as_ref().map(|a| (a.code.clone(), a.span)),
                e.target.as_ref().map(|a| (a.code.clone(), a.span)),
                e.cameo.clone(),
            ))
        });
        let mut dropped = Vec::new();
        crate::review::review(
            doc,
            &mut events,
            &self.tables,
            trace.is_some().then_some(&mut dropped),
        );
        if let Some(trace) = trace {
            for (e, rule) in dropped {
                trace.push(Candidate {
                    sentence: e.sentence,
                    verb: doc.slice(e.verb_span).to_string(),
                    verb_span: e.verb_span,
                    outcome: format!("dropped {} by review: {rule}", e.coding()),
                });
            }
        }
        events
    }

    fn code_sentence(
        &self,
        doc: &Document,
        si: usize,
        out: &mut Vec<Event>,
        open: &mut Vec<story_acts::OpenAct>,
        mut trace: Option<&mut Vec<Candidate>>,
    ) {
        let units = Units::from_tokens(&doc.tokens[doc.sentences[si].token_range()]);
        if let Some(d) = &self.discards {
            let base = doc.sentences[si].token_start as usize;
            let sport_of_a_person = |r: std::ops::Range<usize>| {
                let last = base + units.token[r.end - 1] as usize;
                describes_a_person(doc, last)
            };
            if let Some((_, entry)) = d.find_where(&units.words, |r| !sport_of_a_person(r)) {
                // Explainable like every other drop: the whole sentence, and why.
                if let Some(tr) = trace.as_deref_mut() {
                    tr.push(Candidate {
                        sentence: si as u32,
                        verb: String::new(),
                        verb_span: doc.sentences[si].span,
                        outcome: format!(
                            "sentence dropped: discard phrase \"{}\" ({} line {})",
                            entry.text, d.file, entry.line
                        ),
                    });
                }
                return;
            }
        }
        let first_event = out.len();
        let mut s = Sentence::new(doc, si, units, out);
        let occs = self.occurrences(&s, trace.as_deref_mut());
        let verbs = Verbs::of(&s, &occs);
        let mut prev_sources: Option<Vec<usize>> = None;
        for occ in &occs {
            self.code_occurrence(
                &s,
                occ,
                &verbs,
                &mut prev_sources,
                out,
                trace.as_deref_mut(),
            );
        }
        // The verbs are coded: possessive determiners join the actors for the event nouns.
        let possessives = std::mem::take(&mut s.possessives);
        s.acts.extend(possessives);
        s.acts.sort_by_key(|a| a.us);
        if let Some(tree) = &s.tree {
            self.code_nominals(&s, tree, out, open, trace);
            announced_acts_told_by_their_nouns(doc, tree, out, first_event);
        }
    }

    /// The events of one verb occurrence. `prev_sources` is the source of the previous
    /// verb that got as far as its arguments (a conjoined verb shares it).
    fn code_occurrence(
        &self,
        s: &Sentence,
        occ: &Occurrence,
        verbs: &Verbs,
        prev_sources: &mut Option<Vec<usize>>,
        out: &mut Vec<Event>,
        mut trace: Option<&mut Vec<Candidate>>,
    ) {
        let verb_span = s.span_of(occ);
        let mut note = |outcome: String| {
            if let Some(tr) = trace.as_deref_mut() {
                tr.push(Candidate {
                    sentence: s.index as u32,
                    verb: s.doc.slice(verb_span).to_string(),
                    verb_span,
                    outcome,
                });
            }
        };
        let reach = s.tree.as_ref().map_or(0..s.units.len(), |tree| {
            patterns::clause_reach(s, tree, occ)
        });
        let Some(mut dec) = self.decide(s, occ, reach) else {
            note("no code: the verb has no pattern or default code".to_string());
            return;
        };
        if let Some(tree) = &s.tree {
            if self.dropped_by_frame(s, tree, occ, &dec, out, &mut note) {
                return;
            }
            let endorses = self.recode_by_frame(s, tree, occ, &mut dec, &mut note);
            let v = s.token_of(occ.us);
            // Decided before any argument is looked for: no actor changes it.
            let code = dec.code.forward.as_deref();
            if !endorses && code.is_some_and(|c| frames::habitual_present(tree, v, c)) {
                note("dropped: a simple present with no time states a policy or habit".into());
                return;
            }
        }
        let mut args = arguments(s, occ, &dec, verbs, prev_sources.as_ref());
        if let Some(tree) = &s.tree {
            settle_arguments(s, tree, occ, &mut dec, &mut args, &mut note);
            settle_targets(s, tree, occ, &mut dec, &mut args, out, &mut note);
        }
        *prev_sources = Some(args.sources.clone());
        // PETRARCH's validation records code the direction written; its convention mirrors
        // only `X:Y` pattern codes.
        if let (Some(tree), false) = (&s.tree, self.keep_non_cameo) {
            make_mutual(&mut dec.code, tree, s.token_of(occ.us));
        }
        note(describe(s, &dec, &args));
        if dec.code.is_null() {
            note("dropped: the pattern marks this phrase as no event".to_string());
            return;
        }
        let pairs = self.pairs(s, &dec, &args, s.token_of(occ.us));
        let denied = s
            .tree
            .as_ref()
            .is_some_and(|tree| frames::denied(tree, s.token_of(occ.us)));
        if denied {
            note("an act its doer denies is coded negated".to_string());
        }
        let not = negated(&s.units.words, occ, &dec.matched);
        let trigger = self.trigger(s, occ, &dec, not || denied);
        if pairs.is_empty() {
            let candidate = Unpaired {
                s,
                occ,
                dec: &dec,
                args: &args,
                trigger: &trigger,
            };
            note(self.unpaired(&candidate, out));
        }
        // Only reciprocal codes (meet, negotiate, cooperate: the same code both ways) and
        // exchanges give the other direction; a visit is one event, not also a hosting.
        // So does an act done to "each other".
        let verb = s.token_of(occ.us);
        let mutual = reciprocal(&dec.code)
            || s.tree
                .as_ref()
                .is_some_and(|tree| emit::hosted_visit(&dec.code, tree, verb))
            || exchanged(s, verb)
            || s.tree
                .as_ref()
                .is_some_and(|tree| each_other_object(tree, verb));
        let enemies = s
            .tree
            .as_ref()
            .map(|tree| fought_beside_against(s, tree, verb, &dec))
            .unwrap_or_default();
        if !enemies.is_empty() {
            note("fighting beside allies against an enemy is force against it (CAMEO 190)".into());
        }
        for (source, target) in pairs {
            if let Some(f) = &dec.code.forward {
                self.emit(s, source, target, f, &trigger, out);
            }
            if let (Some(r), true, Some(target)) = (&dec.code.reverse, mutual, target) {
                self.emit(s, target, Some(source), r, &trigger, out);
            }
        }
        for &source in &args.sources {
            for &enemy in &enemies {
                self.emit(s, source, Some(enemy), USE_FORCE, &trigger, out);
            }
        }
    }

    /// Whether the parse shows verb occurrence `occ` tells no act of its own: a participle
    /// of aim on an event noun, a verb whose object names the act, or a frame that makes it
    /// no event (`no_event`, though a speech act it reports may be coded, into `out`).
    /// `note` says why, for `--explain`.
    fn dropped_by_frame(
        &self,
        s: &Sentence,
        tree: &DepTree,
        occ: &Occurrence,
        dec: &Decision,
        out: &mut Vec<Event>,
        note: &mut impl FnMut(String),
    ) -> bool {
        let v = s.token_of(occ.us);
        // "sanctions *targeting* Russian banks", "airstrikes *targeting* Hezbollah": a
        // participle of aim on an event noun says whom the noun's act is aimed at (its
        // target, `nominal::AIMING_PARTICIPLES`), no act of its own.
        let aimed = nominal::aims_an_event_noun(tree, v)
            && tree
                .head(v)
                .is_some_and(|h| self.nominals.at(tree.syntax(h)).is_some());
        if aimed {
            note("dropped: a participle of aim on an event noun names its target; the noun codes the act".into());
            return true;
        }
        if let Some(act) = self.act_of_its_object(tree, v, dec) {
            note(format!(
                "dropped: {act} is the act its object names; the noun codes it"
            ));
            return true;
        }
        if let Some(why) = no_event(
            s,
            tree,
            occ.us,
            dec.code.forward.as_deref(),
            dec.pattern.is_some(),
        ) {
            note(format!("dropped: {why}"));
            let trigger = self.trigger(s, occ, dec, false);
            if let Some(act) = self.code_speech_act(s, tree, v, &trigger, out) {
                note(act.to_string());
            }
            return true;
        }
        false
    }

    /// The code the parse gives verb occurrence `occ` in place of its pattern's, by the
    /// frame it stands in (capturing people arrests them, leaving a body reduces relations,
    /// a refusal said with a negation is the refusal, and the like); `note` records each
    /// change. Whether the verb endorses another's plan (a speech act in the present too).
    fn recode_by_frame(
        &self,
        s: &Sentence,
        tree: &DepTree,
        occ: &Occurrence,
        dec: &mut Decision,
        note: &mut impl FnMut(String),
    ) -> bool {
        let v = s.token_of(occ.us);
        if frames::captures_people(s, tree, v) && dec.code.forward.as_deref() == Some(SEIZE) {
            note("capturing people arrests them (CAMEO 173)".into());
            dec.code = EventCode::one_way(ARREST);
        }
        if frames::leaves_an_organisation(s, tree, v) {
            note("leaving an international body reduces relations with it (CAMEO 160)".into());
            dec.code = EventCode::one_way(REDUCE_RELATIONS);
        }
        if frames::vetoed_measure(tree, v).is_some() {
            note("blocking another's decision or measure vetoes it (CAMEO 129)".into());
            dec.code = EventCode::one_way(VETO);
        }
        if frames::voiced_concern(tree, v).is_some() {
            note("concern voiced about another's act disapproves of it (CAMEO 111)".into());
            dec.code = EventCode::one_way(CRITICIZE);
        }
        // CAMEO 2.0 codes "condemned the terrorist attack" as sympathy (018) with its
        // victims; the coding guide codes every condemnation as criticism of whoever
        // did the act (`docs/annotation.md` §3: "criticised, condemned → 111").
        let condemns = tree.lemma_in(v, &["condemn", "denounce"]);
        if condemns && dec.code.forward.as_deref() == Some(EMPATHY) {
            note("condemning an act criticises its doer (CAMEO 111), not sympathy".into());
            dec.code = EventCode::one_way(CRITICIZE);
        }
        if criticises_words(tree, v) {
            note("attacking what was said or decided criticises it (CAMEO 111)".into());
            dec.code = EventCode::one_way(CRITICIZE);
        }
        // Saying one agrees is a speech act, in the present too ("all G7 ministers
        // *agree* with the U.S. proposal"), like the appeals and criticisms that
        // `habitual_present` leaves to their own rules.
        let endorses = frames::agrees_with_a_plan(tree, v);
        if endorses {
            note("agreeing with another's plan endorses it (CAMEO 051)".into());
            dec.code = EventCode::one_way(ENDORSE);
        }
        if frames::orders_a_diplomat_out(tree, v) {
            note("ordering a diplomat to leave expels them (CAMEO 161)".into());
            dec.code = EventCode::one_way(EXPEL_DIPLOMATS);
        }
        if frames::gives_arms(tree, v) {
            note("weapons given are military aid (CAMEO 072)".into());
            dec.code = EventCode::one_way(MILITARY_AID);
        }
        if let Some(code) = frames::arms_used_against(tree, v) {
            note(format!("arms used against a party fight it (CAMEO {code})"));
            dec.code = EventCode::one_way(code);
        }
        let plain_force = dec.code.forward.as_deref() == Some(USE_FORCE);
        if plain_force && aerial_weapon_acting(tree, v) {
            note("force a drone, missile or aircraft delivers is aerial (CAMEO 195)".into());
            dec.code = EventCode::one_way(AERIAL_WEAPONS);
        }
        if frames::protests_to(tree, v) {
            note("a protest made *to* someone complains to them officially (CAMEO 114)".into());
            dec.code = EventCode::one_way(COMPLAIN_OFFICIALLY);
        }
        if let Some(code) = self.exchanged_act(tree, v, dec) {
            note(format!(
                "acts exchanged are done to each other (CAMEO {code})"
            ));
            dec.code = EventCode::one_way(&code);
        }
        if let Some(change) = as_intention(tree, v, &mut dec.code) {
            // A refusal said with a negation ("will not allow") is the refusal, not
            // its denial: the negation is spent on the code.
            let refused = dec
                .code
                .forward
                .as_deref()
                .is_some_and(|c| c.starts_with("12"));
            if refused && frames::negated_verb(tree, v) {
                let before = occ.us.saturating_sub(3)..occ.us;
                dec.matched
                    .extend(before.filter(|&k| negation_word(&s.units.words, k)));
            }
            note(change);
        }
        if dec.code.is_null() && frames::threatened_response(tree, v) {
            note("a response promised to another's act threatens (CAMEO 130)".into());
            dec.code = EventCode::one_way(THREATEN);
        }
        if let Some(protest) = frames::protest_code_of_purpose(tree, v) {
            note(format!(
                "what a protest demands or denounces is the protest (CAMEO {protest})"
            ));
            dec.code = EventCode::one_way(protest);
        }
        endorses
    }

    /// What became of verb occurrence `occ` when it gave no source and target pair, in
    /// words: an agentless arrest by the force told before, an act a passive tells again,
    /// an implied target (each coded into `out`), or nothing.
    fn unpaired(&self, candidate: &Unpaired, out: &mut Vec<Event>) -> String {
        let &Unpaired {
            s,
            dec,
            args,
            trigger,
            ..
        } = candidate;
        let arrest = self.arrested_by_force_told(candidate, out);
        match arrest
            .map(Ok)
            .or_else(|| retold_by_passive(s, dec, args, out).map(Err))
        {
            Some(Ok(why)) => why,
            Some(Err(earlier)) => {
                let (again, why) = told_again(earlier, s.index, trigger, "a passive with no agent");
                out.push(again);
                why
            }
            None => match self.implied_target(candidate, out) {
                Some(why) => why,
                None => "dropped: no source and target actor pair".to_string(),
            },
        }
    }
}

/// The rules that settle whom a verb's act is aimed at once [`settle_arguments`] has
/// settled its arguments: the doers of what a concern is about or a veto blocks, those
/// disapproved or approved of, the captor a release is asked of, no weapon a pattern names,
/// and no one for a missile fired at no one (which recodes the act). `note` records what
/// each did, for `--explain`.
fn settle_targets(
    s: &Sentence,
    tree: &DepTree,
    occ: &Occurrence,
    dec: &mut Decision,
    args: &mut Arguments,
    events: &[Event],
    note: &mut impl FnMut(String),
) {
    // The concern is about those who did what it names ("the arrest *of
    // opposition leaders*" names its victims, no one to disapprove of).
    let v = s.token_of(occ.us);
    if let Some(topic) = frames::voiced_concern(tree, v) {
        args.targets = judged_doers(tree, &s.acts, topic);
    }
    // A veto is of the measure's author ("*EU* sanctions on Russian oligarchs"),
    // not of those it was aimed at.
    if let Some(measure) = frames::vetoed_measure(tree, v) {
        args.targets = judged_doers(tree, &s.acts, measure);
    }
    let code = dec.code.forward.as_deref().unwrap_or_default();
    if let Some(doers) = frames::disapproved_doers(tree, &s.acts, v, code) {
        args.targets = doers;
    }
    if args.targets.is_empty() {
        if let Some(doers) = frames::approved_doers(tree, &s.acts, v, code) {
            args.targets = doers;
        }
    }
    settle_release_asked(s, tree, v, args, events, note);
    // "India and Pakistan traded *artillery* fire" (`- * &WEAPON [194:194]`): a
    // weapon the pattern names is what the act is done with, no party to it, though
    // the agents dictionary codes weapons as the military that fires them.
    args.targets
        .retain(|&a| !weapon_of_the_idiom(tree, &s.acts[a], &dec.matched));
    // (The missile itself, coded as the military that fires it, is no one hit.
    // Whatever code a pattern gave the verb: a missile fired is no letter "fired
    // off" in protest, 110, even with "off its east coast" after it.)
    let shown = frames::weapon_fired_at_no_one(tree, v).is_some_and(|m| {
        let mut no_one = tree.subtree(m);
        no_one.extend(frames::open_water_phrases(tree, v));
        args.targets
            .iter()
            .all(|&a| no_one.iter().any(|&t| s.acts[a].covers_token(t)))
    });
    if shown {
        note("a missile fired at no one demonstrates military power (CAMEO 150)".into());
        dec.code = EventCode::one_way(MOBILIZE);
        args.targets.clear();
    }
}

/// The enemies of a fight coded as military cooperation with allies ("North Korean troops
/// are fighting *alongside* Russian forces *against Ukraine*", `062`): the actors of the
/// *against* phrase of a verb of fighting whose code is cooperation. English names both
/// sides of such a fight, the allies with *alongside* or *with*, the enemy with
/// *against*; the verb then tells two acts, one per dyad.
fn fought_beside_against(s: &Sentence, tree: &DepTree, verb: usize, dec: &Decision) -> Vec<usize> {
    let cooperation = dec
        .code
        .forward
        .as_deref()
        .is_some_and(|c| c.starts_with("06"));
    if !cooperation || !tree.lemma_in(verb, &["fight", "battle"]) {
        return Vec::new();
    }
    tree.children(verb)
        .filter(|&c| universal(tree.deprel(c)) == "obl" && tree.has_marker(c, "case", "against"))
        .flat_map(|c| args_parse::actors_in(tree, &s.acts, c))
        .collect()
}

/// Nouns of a person known for a sport or a past career ("the former cricket *star*").
const CAREER_NOUNS: &[&str] = &[
    "star", "player", "captain", "champion", "legend", "great", "coach", "hero", "icon",
];

/// Whether token `t`, the last of a discard phrase, is a modifier of a noun that describes
/// a person by a career ("the 74-year-old former *cricket* star", "ex-*football* captain"):
/// the phrase says who someone is, the sentence is no sports news (Phoenix's sentence
/// discards are for stories of games).
fn describes_a_person(doc: &Document, t: usize) -> bool {
    let Some(syn) = doc.syntax.as_deref() else {
        return false;
    };
    let Some(h) = syn[t].head.map(|h| h as usize) else {
        return false;
    };
    matches!(syn[t].deprel.as_str(), "compound" | "amod")
        && CAREER_NOUNS.contains(&syn[h].lemma.to_lowercase().as_str())
}

/// Give the coder, beside the actor mentions of `doc`, the cities and provinces the
/// gazetteer found that no actor dictionary names ("Russian drones hit *Zaporizhzhia*",
/// "an attack on the city of *Dnipro*"), each coded as its country: in an argument slot a
/// town stands for its land, as the dictionaries' own cities do ("Nyala" is `SDN`), and
/// the rules that keep a place out of an event ("talks *in* Geneva", "the *London*
/// talks") read them like those. Only a name that stands as a noun phrase of its own (not
/// one modifying a noun: "the *Jenin* refugee camp", "*Fano* militiamen"), in a country the
/// story names elsewhere too (by an actor, a place or a nationality): a town of a country
/// the story never mentions is more likely a name misread ("Adan Yabaal", a Somali town,
/// read as Aden in Yemen) than news. Each town's provenance is
/// [`factum_actors::GAZETTEER_TOWN`] with its GeoNames id as the line. Returns the actor
/// mentions as they were when a town was added (the list is then re-sorted), for the
/// caller to put back; `None`, and nothing copied, when none was (most stories).
fn with_places_as_lands(doc: &mut Document) -> Option<Vec<factum_doc::ActorMention>> {
    let covered = |span: Span| {
        doc.actors
            .iter()
            .any(|a| a.span.start < span.end && span.start < a.span.end)
    };
    let named_elsewhere = |p: &factum_doc::PlaceMention| {
        let country = p.place.country.as_str();
        doc.actors.iter().any(|a| a.code.starts_with(country))
            || doc
                .places
                .iter()
                .any(|q| q.place.geonameid != p.place.geonameid && q.place.country == country)
    };
    let modifier = |end: usize| {
        doc.syntax
            .as_deref()
            .and_then(|syn| syn.get(end - 1))
            .is_some_and(|t| t.deprel == "compound")
    };
    let lands: Vec<factum_doc::ActorMention> = doc
        .places
        .iter()
        .filter(|p| !p.demonym && p.place.country.len() == 3)
        .filter(|p| matches!(p.place.kind, PlaceKind::City | PlaceKind::Admin1))
        .filter(|p| !covered(p.span) && named_elsewhere(p))
        .filter_map(|p| {
            let start = doc.tokens.partition_point(|t| t.span.end <= p.span.start);
            let end = doc.tokens.partition_point(|t| t.span.start < p.span.end);
            (start < end && !modifier(end)).then(|| factum_doc::ActorMention {
                span: p.span,
                token_start: start as u32,
                token_end: end as u32,
                code: p.place.country.clone(),
                inferred: true,
                provenance: vec![Provenance {
                    file: factum_actors::GAZETTEER_TOWN.to_string(),
                    line: p.place.geonameid,
                    role: ProvenanceRole::Actor,
                }],
            })
        })
        .collect();
    if lands.is_empty() {
        return None;
    }
    let named = doc.actors.clone();
    doc.actors.extend(lands);
    doc.actors.sort_by_key(|a| a.token_start);
    Some(named)
}

impl EventCoder {
    /// Code a verb whose parse names no target but whose target the story or CAMEO
    /// implies, with the verb's sources as sources; says what it did, for `--explain`:
    ///
    /// - a reaction whose object refers back to an earlier act or word of the story
    ///   ([`nominals::reacted_to`]) is against whoever did or said it, the earlier event's
    ///   source;
    /// - a restriction on a population (a state of emergency, martial law, a curfew:
    ///   [`crate::review::POPULATION_RESTRICTIONS`]) that names no one it is imposed on
    ///   binds the source's own civilians ("Ecuador declared a state of emergency in three
    ///   provinces" is `ECU ECUCVL 1724`; its parties, `PTY`, for a ban on parties, 1722):
    ///   a state restricts its own people, as CAMEO codes such internal acts. That target
    ///   is the restriction's own noun phrase (the verb's object), and a source of no
    ///   country yet (`---GOV`) binds the civilians of the country the review gives it.
    fn implied_target(&self, candidate: &Unpaired, out: &mut Vec<Event>) -> Option<String> {
        let &Unpaired {
            s,
            occ,
            dec,
            args,
            trigger,
        } = candidate;
        let tree = s.tree.as_ref()?;
        let code = dec.code.forward.as_deref()?;
        let v = s.token_of(occ.us);
        if let Some(why) = self.mediated_between(s, v, code, &args.sources, trigger, out) {
            return Some(why);
        }
        let earlier = nominals::reacted_to(s, tree, &self.nominals, v, code, &args.sources, out)
            .map(|e| (e, "reacts to"))
            .or_else(|| nominals::act_answered(s, tree, v, code, &args.sources, out))
            .or_else(|| {
                let claim = self.claim_answered(s, tree, v, &args.sources, code, out)?;
                Some((claim, "answers, with a claim noun referring to it,"))
            })
            .or_else(|| {
                let taking = captors::captor_told_before(s, tree, v, &args.sources, out)?;
                Some((taking, "asks the release of those taken in"))
            });
        let ally = earlier
            .is_none()
            .then(|| ally_supported(s, tree, v, code, &args.sources, out))
            .flatten();
        let at_home = match (&earlier, &ally) {
            (None, None) => Some(restriction_phrase(s, tree, v, code, args)?),
            _ => None,
        };
        let mut made = Vec::new();
        // "*Lee's* Democratic Party welcomed the verdict": the owner named on the source
        // is no source of its own, as in every other pairing (`emit::pairs`).
        for a in emit::without_modifiers(s, &args.sources) {
            self.emit(s, a, None, code, trigger, &mut made);
        }
        if made.is_empty() {
            return None;
        }
        let why = if let Some((earlier, answer)) = earlier {
            // "South Korea and Japan signed an agreement. North Korea condemned *the
            // deal*": a reaction to an act two sides did together (told both ways, as
            // CAMEO codes a reciprocal act) is against both, as a compound actor
            // distributes.
            // (Never the answering side itself: "Pakistani troops violated the ceasefire"
            // after the two armies exchanged fire is against India alone.)
            let own = |twin: &&Event| {
                made.iter().any(|m| {
                    m.source.as_ref().map(|a| &a.code) == twin.source.as_ref().map(|a| &a.code)
                })
            };
            let twin = mirror_of(out, &earlier)
                .filter(|twin| !own(twin))
                .map(|twin| (twin, made.clone()));
            let target = aim_at_source_of(&mut made, &earlier)?;
            let partner = twin.and_then(|(twin, mut at_partner)| {
                let code = aim_at_source_of(&mut at_partner, twin)?;
                made.extend(at_partner);
                Some(format!(" (and {code}, who did it with them)"))
            });
            format!(
                "{answer} what the story told in sentence {}: its source {} is the target{}",
                earlier.sentence,
                target,
                partner.unwrap_or_default()
            )
        } else if let Some(victim) = ally {
            for e in &mut made {
                e.target = Some(victim.clone());
            }
            format!(
                "support of \"its ally\" is support of the victim of the story's first act of force, {}",
                victim.code
            )
        } else {
            let span = at_home?;
            let sector = if code == "1722" { "PTY" } else { "CVL" };
            for e in &mut made {
                let country = e
                    .source
                    .as_ref()
                    .and_then(|a| factum_actors::country_of(&a.code))
                    .unwrap_or("---");
                e.target = Some(factum_doc::EventActor {
                    code: format!("{country}{sector}"),
                    text: s.doc.slice(span).to_string(),
                    span,
                });
            }
            "a restriction naming no one it binds binds the source's own people".to_string()
        };
        out.extend(made);
        Some(why)
    }
}

impl EventCoder {
    /// Mediation (CAMEO 045) told by a participle on the noun of an act between two
    /// parties: "Russia and Ukraine exchanged prisoners in a swap *mediated by the United
    /// Arab Emirates*". The mediator (`sources`, the participle's *by* phrase) mediates
    /// between the parties of the act the noun's verb tells in this sentence, one event
    /// toward each, as CAMEO codes mediation between two sides (and the coding guide's
    /// compound actors distribute). The noun is the participle's head (English reduced
    /// relative clause); its verb, the verb it is an argument of. Pushes the events to `out`
    /// and returns the note; `None` when no such act was coded.
    fn mediated_between(
        &self,
        s: &Sentence,
        v: usize,
        code: &str,
        sources: &[usize],
        trigger: &Trigger,
        out: &mut Vec<Event>,
    ) -> Option<String> {
        let tree = s.tree.as_ref()?;
        if !code.starts_with(MEDIATE) || sources.is_empty() {
            return None;
        }
        // The act mediated: the verb whose argument the participle's noun is, or the verb
        // an absolute *with* clause of mediation hangs on ("held talks in Cairo, *with
        // Egyptian and Qatari officials mediating*": English absolute construction, the
        // circumstance of the main act).
        let act = match universal(tree.deprel(v)) {
            "acl" => tree.head(tree.head(v)?)?,
            "advcl" if tree.children(v).any(|k| tree.lemma_in(k, &["with"])) => tree.head(v)?,
            _ => return None,
        };
        let span = s.doc.tokens[act].span;
        let acts = out
            .iter()
            .filter(|e| e.sentence as usize == s.index && e.verb_span.overlaps(span));
        // Each party once: a reciprocal act names both sides both ways.
        let mut parties: Vec<Option<Side>> = Vec::new();
        for party in acts.flat_map(|e| [Side::source_of(e, Role::Target), Side::target_of(e)]) {
            let seen = |p: &Side| {
                parties
                    .iter()
                    .flatten()
                    .any(|q| q.actor.code == p.actor.code)
            };
            if let Some(party) = party.filter(|p| !seen(p)) {
                parties.push(Some(party));
            }
        }
        let mediators: Vec<Side> = sources
            .iter()
            .filter(|&&a| emit::may_be_source(s, a))
            .flat_map(|&a| sides_of(s, a, Role::Source))
            .collect();
        let mut made = Vec::new();
        self.emit_sides(s, &mediators, &parties, code, trigger, &mut made);
        if made.is_empty() {
            return None;
        }
        let mut named: Vec<String> = Vec::new();
        for code in made
            .iter()
            .filter_map(|e| e.target.as_ref().map(|t| &t.code))
        {
            if !named.contains(code) {
                named.push(code.clone());
            }
        }
        out.extend(made);
        Some(format!(
            "mediation of the act its noun names mediates between its parties: {}",
            named.join(", ")
        ))
    }
}

/// The noun phrase of a restriction on a population (`code` one of
/// [`crate::review::POPULATION_RESTRICTIONS`]) that verb token `v` imposes, extends or
/// lifts with no target named: its object's span.
fn restriction_phrase(
    s: &Sentence,
    tree: &DepTree,
    v: usize,
    code: &str,
    args: &Arguments,
) -> Option<Span> {
    if !crate::review::POPULATION_RESTRICTIONS.contains(&code) || !args.targets.is_empty() {
        return None;
    }
    let object = tree.children(v).find(|&c| tree.deprel(c) == "obj")?;
    let phrase = tree.subtree(object);
    Some(Span {
        start: s.doc.tokens[*phrase.iter().min()?].span.start,
        end: s.doc.tokens[*phrase.iter().max()?].span.end,
    })
}

/// Whether actor `a` is a weapon ([`factum_doc::words::WEAPON_NOUNS`]) whose every word a
/// verb pattern matched (`matched`, units): the idiom names it as the means of the act.
fn weapon_of_the_idiom(tree: &DepTree, a: &Act, matched: &[usize]) -> bool {
    a.pronoun.is_none()
        && (a.us..a.ue).all(|u| matched.contains(&u))
        && tree.lemma_in(a.tokens.1 - 1, factum_doc::words::WEAPON_NOUNS)
}

impl EventCoder {
    /// What fired for a decision: the dictionary line that gave the code (the pattern's,
    /// else the verb's) and where.
    fn trigger(&self, s: &Sentence, occ: &Occurrence, dec: &Decision, negated: bool) -> Trigger {
        let (file, line) = self
            .verbs
            .source(dec.pattern.map_or(dec.verb_line, |p| p.line));
        let role = if dec.pattern.is_some() {
            ProvenanceRole::Pattern
        } else {
            ProvenanceRole::Verb
        };
        Trigger {
            code_line: Provenance { file, line, role },
            verb_span: s.span_of(occ),
            negated,
        }
    }

    /// What verb token `v` does, when with no pattern of its own it only puts into effect
    /// the act its object noun names: enacting a measure ("the Senate *approved* sanctions
    /// on Iran", "parliament *passed* an embargo": imposing them, CAMEO 16, where CAMEO
    /// 2.0's APPROVE block reads a concession, 080) or organising a protest ("he would
    /// *mobilize* public protests": the protest, CAMEO 14, where MOBILIZE reads armed
    /// forces, 150). The event noun codes the act, done by the verb's subject as the light
    /// verbs' subjects do.
    fn act_of_its_object(&self, tree: &DepTree, v: usize, dec: &Decision) -> Option<&str> {
        let (act, root) = if tree.lemma_in(v, ENACTING_VERBS) {
            ("enacting a measure", "16")
        } else if tree.lemma_in(v, ORGANISING_VERBS) {
            ("organising a protest", "14")
        } else {
            return None;
        };
        let names_it = |c: usize| {
            tree.deprel(c) == "obj"
                && self
                    .nominals
                    .at(tree.syntax(c))
                    .is_some_and(|noun| noun.code.starts_with(root))
        };
        (dec.pattern.is_none() && tree.children(v).any(names_it)).then_some(act)
    }

    /// The code of the act a verb of exchange trades when its object is an event noun (or
    /// shots) and no pattern of the verb coded the phrase: "Thailand and Cambodia *traded
    /// accusations*" is each accusing the other (112), not trade (CAMEO 2.0's TRADE, 060).
    /// [`emit::exchanged`] makes it go both ways.
    fn exchanged_act(&self, tree: &DepTree, v: usize, dec: &Decision) -> Option<String> {
        if dec.pattern.is_some() || !tree.lemma_in(v, emit::EXCHANGE_VERBS) {
            return None;
        }
        // "Israel and Hezbollah *traded fire*": shots exchanged are force used on each
        // other (CAMEO 190).
        let shots = |c: usize| tree.lemma_in(c, &["fire", "gunfire", "shot", "blow"]);
        tree.children(v)
            .filter(|&c| tree.deprel(c) == "obj")
            .find_map(|c| match self.nominals.at(tree.syntax(c)) {
                Some(noun) => Some(noun.code.clone()),
                None => shots(c).then(|| USE_FORCE.to_string()),
            })
    }

    /// A judgement passed on an act the story told before, named by a definite noun with
    /// no actor of its own: "Syria's foreign ministry *called the attack* a flagrant
    /// violation" after "Israeli warplanes struck targets near the palace". Calling an act
    /// wrong criticises whoever did it (CAMEO 111); the act is found as a reaction's is
    /// ([`nominals::reacted_to`]). What it coded, in words, when it coded one.
    fn judged_act_told_before(
        &self,
        s: &Sentence,
        tree: &factum_doc::tree::DepTree,
        v: usize,
        judges: &[usize],
        trigger: &Trigger,
        out: &mut Vec<Event>,
    ) -> Option<&'static str> {
        // "called *the remarks* a threat of invasion": a claim told with a verb of saying
        // is judged in its speaker ([`claims`]).
        const OF_AN_ACT: &str =
            "a judgement of an act told before: calling it wrong criticises its doer (CAMEO 111)";
        const OF_A_CLAIM: &str =
            "a judgement of a claim told before: calling it wrong criticises its speaker (CAMEO 111)";
        let act = nominals::reacted_to(s, tree, &self.nominals, v, CRITICIZE, judges, out);
        let (earlier, why) = match act {
            Some(act) => (act, OF_AN_ACT),
            None => (
                self.claim_answered(s, tree, v, judges, CRITICIZE, out)?,
                OF_A_CLAIM,
            ),
        };
        let mut made = Vec::new();
        for &a in judges {
            self.emit(s, a, None, CRITICIZE, trigger, &mut made);
        }
        aim_at_source_of(&mut made, &earlier)?;
        out.extend(made);
        Some(why)
    }

    /// The speech act a verb that is no event of its own still performs, coded on that
    /// verb: a demand a verb of saying reports ("X said that Y must …", see
    /// [`reported_demand`]: CAMEO 100, speaker to the obliged), or a judgement a verb of
    /// naming passes on another actor ("called Pakistan's assertions baseless", "called the
    /// U.S. sanctions illegal", see [`judged`]: 120 or 111, speaker to the actor judged), or
    /// a judgement a verb of saying reports ("France said the strikes were unacceptable",
    /// see [`reported_judgement`]: 111), or a rebuke ("X must understand …", see
    /// [`reported_rebuke`]: 111). What it coded, in words, when it coded one.
    fn code_speech_act(
        &self,
        s: &Sentence,
        tree: &factum_doc::tree::DepTree,
        v: usize,
        trigger: &Trigger,
        out: &mut Vec<Event>,
    ) -> Option<&'static str> {
        let lemma = tree.syntax(v).lemma.to_lowercase();
        let reporting = factum_doc::words::REPORTING_LEMMAS.contains(&lemma.as_str());
        // A reported speech act counts when it has both a speaker and someone it is about;
        // only verbs of saying report one.
        let reported = |find: &dyn Fn() -> (Vec<usize>, Vec<usize>), act: SpeechAct| {
            let (speakers, others) = reporting.then(find)?;
            (!speakers.is_empty() && !others.is_empty()).then_some((speakers, others, act))
        };
        const DEMANDED: SpeechAct = (
            DEMAND,
            "a demand: the speaker says the other must act (CAMEO 100)",
        );
        const REBUKED: SpeechAct = (
            CRITICIZE,
            "a rebuke: what the other must understand is a lesson read to them (CAMEO 111)",
        );
        const FALSE_CLAIM: SpeechAct = (
            REJECT,
            "a judgement: calling a claim false rejects it (CAMEO 120)",
        );
        const WRONG_ACT: SpeechAct = (
            CRITICIZE,
            "a judgement: calling an act wrong criticises it (CAMEO 111)",
        );
        let judgement = judged(tree, s, v);
        // "called *the attack* a violation": no actor judged, but an act told before.
        if let Some((judges, judged, false)) = &judgement {
            if judged.is_empty() {
                if let Some(why) = self.judged_act_told_before(s, tree, v, judges, trigger, out) {
                    return Some(why);
                }
            }
        }
        // "The EU said *the detentions* were unacceptable": a judgement of an act told
        // before, reported.
        let said_judgement = reporting.then(|| reported_judgement(tree, s, v));
        if said_judgement
            .as_ref()
            .is_some_and(|(speakers, judged)| !speakers.is_empty() && judged.is_empty())
        {
            let speakers = args_parse::condemning_speakers(tree, s, v);
            if !speakers.is_empty() {
                if let Some(why) = self.judged_act_told_before(s, tree, v, &speakers, trigger, out)
                {
                    return Some(why);
                }
            }
        }
        let (sources, targets, (code, why)) = reported(&|| reported_demand(tree, s, v), DEMANDED)
            .or_else(|| reported(&|| reported_rebuke(tree, s, v), REBUKED))
            .or_else(|| {
                let (judges, judged, false_claim) = judgement.filter(|j| !j.1.is_empty())?;
                Some((
                    judges,
                    judged,
                    if false_claim { FALSE_CLAIM } else { WRONG_ACT },
                ))
            })
            .or_else(|| {
                let (speakers, judged) = said_judgement?;
                (!speakers.is_empty() && !judged.is_empty())
                    .then_some((speakers, judged, WRONG_ACT))
            })?;
        for &a in &sources {
            for &b in &targets {
                self.emit(s, a, Some(b), code, trigger, out);
            }
        }
        Some(why)
    }
}

/// The event told with `earlier` the other way round, in the same sentence with the same
/// code: the second direction of a reciprocal act ("X and Y signed an agreement").
fn mirror_of<'a>(events: &'a [Event], earlier: &Event) -> Option<&'a Event> {
    let code = |a: &Option<factum_doc::EventActor>| a.as_ref().map(|a| a.code.clone());
    events.iter().find(|e| {
        e.sentence == earlier.sentence
            && e.cameo == earlier.cameo
            && code(&e.source) == code(&earlier.target)
            && code(&e.target) == code(&earlier.source)
            && e.source.is_some()
    })
}

/// Aim `made` at the source of `earlier`, the act they answer, with the dictionary lines
/// that coded it there; the target's code, or `None` when `earlier` has no source.
fn aim_at_source_of(made: &mut [Event], earlier: &Event) -> Option<String> {
    let target = Side::source_of(earlier, Role::Target)?;
    for e in made.iter_mut() {
        e.target = Some(target.actor.clone());
        e.provenance.extend(target.lines.iter().cloned());
    }
    Some(target.actor.code)
}

/// How far back (in sentences) support of "its ally" looks for the act of force whose
/// victim the ally is: the first such act within it, so a long document costs time in
/// proportion to its length.
const LEAD_REACH: u32 = 12;

/// Nouns of a relation between states that a possessive ties to the one who holds it
/// ("*its ally*", "*their partner*").
const ALLY_NOUNS: &[&str] = &["ally", "partner", "friend"];

/// The victim that support or solidarity (CAMEO 05) given to "its ally" or "its partner"
/// at verb token `v`, naming no one, is given to: the target of the first act of force or
/// coercion the story told (quad class 4), of another country than every supporter in
/// `sources` ("China's coast guard fired water cannon at Philippine ships. Washington
/// said it *stood with its ally*" → `USA PHL 051`). News names the side its lead told of
/// by its relation to the supporter; acts told after the lead are often one side's
/// counter-claims ("China said the Philippine vessel had rammed its ship").
fn ally_supported(
    s: &Sentence,
    tree: &DepTree,
    v: usize,
    code: &str,
    sources: &[usize],
    events: &[Event],
) -> Option<factum_doc::EventActor> {
    let to_an_ally = tree.children(v).any(|k| {
        matches!(universal(tree.deprel(k)), "obj" | "obl")
            && tree.lemma_in(k, ALLY_NOUNS)
            && tree.has_dependent(k, "nmod:poss")
    });
    if !code.starts_with("05") || !to_an_ally {
        return None;
    }
    let ours: Vec<Option<&str>> = s
        .codes_of(sources)
        .into_iter()
        .map(factum_actors::country_of)
        .collect();
    let si = s.index as u32;
    // (The first within reach: read backwards, the last found.)
    events
        .iter()
        .rev()
        .take_while(|e| e.sentence + LEAD_REACH >= si)
        .filter(|e| e.sentence < si && quad_class(&e.cameo) == 4)
        .filter_map(|e| {
            let on = e.target.as_ref()?;
            let land = factum_actors::country_of(&on.code)?;
            (!ours.contains(&Some(land))).then(|| on.clone())
        })
        .last()
}

/// A release asked is aimed at the captor ([`captors`]): the agent of the holding the
/// released phrase names ("the release of the officer *arrested by Kosovo police*"), else,
/// when the phrase names only the held (or no one), no target here, for
/// [`EventCoder::implied_target`] to take the captor the story told of before.
fn settle_release_asked(
    s: &Sentence,
    tree: &DepTree,
    v: usize,
    args: &mut Arguments,
    events: &[Event],
    note: &mut impl FnMut(String),
) {
    let Some(release) = captors::release_asked(tree, v) else {
        return;
    };
    let named = captors::captors_named(tree, &s.acts, release);
    if !named.is_empty() {
        note("a release asked is asked of the captor (CAMEO 1053, 0253)".into());
        args.targets = named;
        return;
    }
    let held = captors::held(tree, &s.acts, release);
    let only_the_held = args.targets.iter().all(|a| held.contains(a));
    if only_the_held && captors::captor_told_before(s, tree, v, &args.sources, events).is_some() {
        args.targets.clear();
    }
}

/// CAMEO 195 "employ aerial weapons".
const AERIAL_WEAPONS: &str = "195";

/// Weapons that strike from the air: drones, missiles and aircraft.
const AERIAL_WEAPON_NOUNS: &[&str] = &[
    "drone",
    "missile",
    "warplane",
    "jet",
    "aircraft",
    "helicopter",
    "bomber",
    "airstrike",
];

/// The weapons (`is_weapon`) that are the subject of verb token `v`: its own subject
/// ("Russian *drones* struck a power plant"), or, where the parser read a reduced relative
/// on the subject as a clause of the verb ("*Drones launched by the RSF* struck a fuel
/// depot": the verb has no subject, the participle before it has the weapon as its), that
/// participle's subject.
fn weapon_subjects(tree: &DepTree, v: usize, is_weapon: impl Fn(usize) -> bool) -> Vec<usize> {
    let subjectless = !tree
        .children(v)
        .any(|k| tree.deprel(k).starts_with("nsubj"));
    let misread = tree.children(v).filter(|&p| {
        subjectless && p < v && tree.deprel(p) == "advcl" && tree.syntax(p).xpos == "VBN"
    });
    // (A passive subject of a verb with an object is an active's subject the tagger read
    // as a participle: "one *drone* struck a crowded market", struck as VBN.)
    let subjects = |h: usize| {
        let has_object = tree.children(h).any(|k| tree.deprel(k) == "obj");
        tree.children(h).filter(move |&k| {
            tree.deprel(k) == "nsubj" || has_object && tree.deprel(k) == "nsubj:pass"
        })
    };
    subjects(v)
        .chain(misread.flat_map(|p| subjects(p).collect::<Vec<_>>()))
        .filter(|&k| is_weapon(k))
        .collect()
}

/// Whether the subject of verb token `v` is a weapon that strikes from the air
/// ([`weapon_subjects`]): force so delivered is CAMEO 195, "employ aerial weapons"
/// (`docs/annotation.md` §3: "air strikes, drones 195"), whichever verb tells it.
fn aerial_weapon_acting(tree: &DepTree, v: usize) -> bool {
    !weapon_subjects(tree, v, |k| {
        noun_in(&tree.syntax(k).lemma, AERIAL_WEAPON_NOUNS)
    })
    .is_empty()
}

/// Verbs of firing a weapon, whose passive participle on a weapon names who fired it.
const FIRING_VERBS: &[&str] = &["launch", "fire", "fly", "operate", "send", "deploy", "use"];

/// The actors who fired the weapon that is the subject of verb token `v`
/// ([`weapon_subjects`]), named by the agent of a participle on it: "*Drones launched by
/// the paramilitary Rapid Support Forces* struck a fuel depot" is the RSF striking (a
/// weapon acts for whoever fires it, as the agents dictionary codes weapons as the
/// military that uses them).
fn weapon_fired_by(s: &Sentence, tree: &DepTree, v: usize) -> Vec<usize> {
    let weapon = |k: usize| noun_in(&tree.syntax(k).lemma, factum_doc::words::WEAPON_NOUNS);
    let fired = |p: usize| tree.lemma_in(p, FIRING_VERBS) && tree.syntax(p).xpos == "VBN";
    // The participle: on the weapon, or the misread clause the weapon is the subject of.
    let participles = |w: usize| -> Vec<usize> {
        if tree.head(w) == Some(v) {
            tree.children(w)
                .filter(|&p| universal(tree.deprel(p)) == "acl")
                .collect()
        } else {
            tree.head(w).into_iter().collect()
        }
    };
    weapon_subjects(tree, v, weapon)
        .into_iter()
        .flat_map(participles)
        .filter(|&p| fired(p))
        .flat_map(|p| tree.children(p).collect::<Vec<_>>())
        .filter(|&a| args_parse::is_agent(tree, a))
        .flat_map(|a| args_parse::actors_in(tree, &s.acts, a))
        .collect()
}

/// Verbs of blaming another, whose object is whom a warning conjoined with them is aimed
/// at; and of urging another ("*urged the Philippines* to stop its provocations and
/// warned that China would resolutely defend its sovereignty"): the one urged is the one
/// warned.
const BLAMING_VERBS: &[&str] = &[
    "accuse",
    "blame",
    "condemn",
    "denounce",
    "criticize",
    "criticise",
    "urge",
];

/// The actors a threat, warning or demand at verb token `v`, with no target of its own, is
/// aimed at when it is the second conjunct of a verb of blaming or urging
/// ([`BLAMING_VERBS`]) with the same subject:
/// "Eritrea *accused Ethiopia* of massing troops … and *warned* that it would defend every
/// inch of its territory", "… and *demanded* an immediate withdrawal". English says whom a
/// speaker addresses once, in the first conjunct; the warning answers what the accused
/// did.
fn warned_in_the_same_breath(
    s: &Sentence,
    tree: &DepTree,
    v: usize,
    sources: &[usize],
) -> Vec<usize> {
    let Some(first) = tree.head(v).filter(|_| tree.deprel(v) == "conj") else {
        return Vec::new();
    };
    let own_subject = tree
        .children(v)
        .any(|k| tree.deprel(k).starts_with("nsubj"));
    if own_subject || !tree.lemma_in(first, BLAMING_VERBS) {
        return Vec::new();
    }
    tree.children(first)
        .filter(|&k| tree.deprel(k) == "obj")
        .flat_map(|k| args_parse::actors_in(tree, &s.acts, k))
        .filter(|a| !sources.contains(a))
        .collect()
}

/// The rules that settle a verb's arguments once the parse has given them (each names the
/// rule of English or of the coding guide it follows): who stages a protest, what a
/// warning is about, whom a demand or a threat addresses, who did an agentless act of
/// force, and where force used abroad was aimed. A rule may recode the act (a warning that
/// threatens nothing criticises); `note` records what each did, for `--explain`.
fn settle_arguments(
    s: &Sentence,
    tree: &DepTree,
    occ: &Occurrence,
    dec: &mut Decision,
    args: &mut Arguments,
    note: &mut impl FnMut(String),
) {
    let v = s.token_of(occ.us);
    if let Some(doer) = frames::protest_doer(tree, v) {
        // No actor in that subject: nobody named protests (no word-order guess). A place
        // inside it ("students *throughout Indonesia*") is where they are.
        let mut protesters = nominals::active_subject(tree, &s.acts, doer);
        protesters.retain(|&a| {
            let last = s.acts[a].tokens.1 - 1;
            !args_parse::locative(tree, &s.acts, &s.doc.actors, last)
        });
        args.targets.retain(|t| !protesters.contains(t));
        args.sources = protesters;
    }
    let about = warned_about(tree, s, v);
    let threat = |dec: &Decision| {
        dec.code
            .forward
            .as_deref()
            .is_some_and(|c| c.starts_with("13"))
    };
    if !about.is_empty() && threat(dec) {
        note("a warning that threatens nothing criticises what it is about (111)".to_string());
        dec.code = EventCode::one_way(CRITICIZE);
        args.targets = about
            .into_iter()
            .filter(|a| !args.sources.contains(a))
            .collect();
    }
    address_demand(s, occ, args);
    if let Some(c) =
        frames::threat_condition(tree, v).filter(|_| threat(dec) && args.targets.is_empty())
    {
        args.targets = nominals::active_subject(tree, &s.acts, c);
        args.targets.retain(|t| !args.sources.contains(t));
        if !args.targets.is_empty() {
            note("a threat is aimed at whoever must meet its condition".to_string());
        }
    }
    let fired_by = weapon_fired_by(s, tree, v);
    if !fired_by.is_empty() {
        note("a weapon fired by someone acts for them".to_string());
        args.targets.retain(|t| !fired_by.contains(t));
        args.sources = fired_by;
    }
    let demand = dec
        .code
        .forward
        .as_deref()
        .is_some_and(|c| c.starts_with("10"));
    if (threat(dec) || demand) && args.targets.is_empty() {
        args.targets = warned_in_the_same_breath(s, tree, v, &args.sources);
        if !args.targets.is_empty() {
            note(
                "a warning or demand conjoined with an accusation or an appeal is aimed at its addressee"
                    .to_string(),
            );
        }
    }
    if let Some(clause) = frames::penalty_foretold(tree, v).filter(|_| args.targets.is_empty()) {
        // (Whoever is to pay: the clause's subject, a passive one included, "the attackers
        // would be hunted down".)
        // (Not an actor of a relative clause on it, which `actors_in` leaves out of a
        // phrase: "anyone who attacked *the police* would face the full force of the law"
        // threatens the attackers. One subject: a clause has one, and a second, "the
        // police" here, is the parser's slip.)
        let payers: Vec<usize> = tree
            .children(clause)
            .filter(|&k| tree.deprel(k).starts_with("nsubj"))
            .take(1)
            .flat_map(|k| args_parse::actors_in(tree, &s.acts, k))
            .filter(|a| !args.sources.contains(a))
            .collect();
        if !payers.is_empty() {
            note("foretelling another's punishment threatens them (CAMEO 130)".to_string());
            if !threat(dec) {
                dec.code = EventCode::one_way(THREATEN);
            }
            args.targets = payers;
        } else if frames::doers_as_subject(tree, clause) && !threat(dec) {
            // "vowed that *those responsible* would be hunted down": a threat to whoever
            // did the act the story told ([`nominals::act_answered`]).
            dec.code = EventCode::one_way(THREATEN);
        }
    }
    if forces_deployed(s, tree, v, dec, args) {
        note("forces deployed with no one they aid are mobilised (CAMEO 154)".to_string());
    }
    if people_rallied(s, tree, v, dec, args) {
        note("people who rally, with no one rallied, demonstrate (CAMEO 141)".to_string());
    }
    let Some(code) = dec.code.forward.as_deref() else {
        return;
    };
    if args.doer_untold && args.sources.is_empty() {
        if let Some((forces, why)) =
            args_parse::force_behind_agentless(tree, s, v, code, &args.targets)
        {
            args.sources = forces;
            note(why.to_string());
        }
    }
    // (Violent repression too, CAMEO 175: "police fired tear gas *to disperse the
    // crowds*"; not other coercion, "took measures *to counter* China".)
    let coercion = is_force(code) || code == "175";
    if coercion && args.targets.is_empty() && !args.sources.is_empty() {
        args.targets = args_parse::purpose_target(tree, s, v, &args.sources);
        if !args.targets.is_empty() {
            note("force or repression used to act on someone is used on them".to_string());
        }
    }
    if is_force(code) && args.targets.is_empty() && !args.sources.is_empty() {
        args.targets = args_parse::land_attacked(tree, s, v, &args.sources);
        if !args.targets.is_empty() {
            note("force used in another state's land is used against it".to_string());
        }
    }
    let aid = code.starts_with("07") || code.starts_with("162");
    if aid && args.targets.is_empty() && !args.sources.is_empty() {
        args.targets = args_parse::aided_land(tree, s, v, &args.sources);
        if !args.targets.is_empty() {
            note("aid given in a land is given to it (CAMEO 07, 162)".to_string());
        }
    }
    if code.starts_with("16") && args.targets.is_empty() && !args.sources.is_empty() {
        args.targets = args_parse::trade_partner(tree, s, v);
        if !args.targets.is_empty() {
            note("a ban on trade with a land is a measure against it (CAMEO 16)".to_string());
        }
    }
}

/// Verbs of putting a decision into force: approving, passing, adopting, enacting.
const ENACTING_VERBS: &[&str] = &["approve", "pass", "adopt", "enact"];

/// Verbs of bringing people out: mobilising, organising.
const ORGANISING_VERBS: &[&str] = &["mobilize", "mobilise", "organize", "organise"];

/// Whether verb token `v` is *rally* said of people with no object, or *gather* said of
/// people outside a building of the state, and if so recode it:
/// "Thousands of people *rallied* in Tbilisi" gather to demonstrate (CAMEO 141); CAMEO 2.0
/// files RALLY under MOBILIZE (150), which is rallying someone ("rallied supporters",
/// "rallied troops"), an act of a state or leader. (English: intransitive *rally* of a
/// crowd is its gathering.)
fn people_rallied(
    s: &Sentence,
    tree: &DepTree,
    v: usize,
    dec: &mut Decision,
    args: &Arguments,
) -> bool {
    let intransitive = !tree.has_dependent(v, "obj");
    let people = !args.sources.is_empty()
        && args.sources.iter().all(|&a| {
            let code = &s.doc.actors[s.acts[a].mention].code;
            !crate::review::names_the_state(code)
        });
    // "supporters *gathered outside* the High Court", "crowds *massed in front of* the
    // embassy": people who gather outside a building of the state (CAMEO 2.0: GATHER, a
    // meeting, 040) stand there to demonstrate at it.
    let outside = || {
        tree.children(v).any(|c| {
            universal(tree.deprel(c)) == "obl"
                && ["outside", "front", "near"]
                    .iter()
                    .any(|p| tree.has_marker(c, "case", p) || tree.lemma_in(c, &[p]))
        })
    };
    let gathered = tree.lemma_in(v, &["gather", "mass", "assemble", "congregate"])
        && dec.code.forward.as_deref() == Some(MEET)
        && intransitive
        && people
        && outside();
    let rallied = (tree.lemma_in(v, &["rally"])
        && dec.code.forward.as_deref() == Some(MOBILIZE)
        && intransitive
        && people)
        || gathered;
    if rallied {
        dec.code = EventCode::one_way(DEMONSTRATE);
    }
    rallied
}

/// CAMEO 040 "consult, not specified below", where CAMEO 2.0 files *gather*.
const MEET: &str = "040";

/// CAMEO 150 "demonstrate military or police power", where CAMEO 2.0 files *rally*.
pub(super) const MOBILIZE: &str = "150";

/// CAMEO 130 "threaten, not specified below".
const THREATEN: &str = "130";

/// CAMEO 141 "demonstrate or rally".
const DEMONSTRATE: &str = "141";

/// Verbs of putting forces in place.
pub(super) const DEPLOYING_VERBS: &[&str] = &["deploy", "redeploy", "send", "dispatch", "station"];

/// CAMEO 154 "mobilize or increase armed forces".
const MOBILIZE_FORCES: &str = "154";

/// Whether verb token `v` deploys forces with no one they aid, and if so recode it: CAMEO
/// codes forces sent to another actor as military aid (072, "sent troops to Mali"), and
/// forces deployed with no recipient ("deployed troops to the border", "several hundred
/// troops were deployed to the villages") as a mobilisation (154, the coding guide's
/// "deployed troops"). The forces are the verb's object, or its subject in a passive; in a
/// passive with no agent their own side deployed them. A mobilisation is aimed at whom its
/// purpose names ("… to push back the rebels", [`args_parse::purpose_target`]), else at
/// no one (a single-actor event).
fn forces_deployed(
    s: &Sentence,
    tree: &DepTree,
    v: usize,
    dec: &mut Decision,
    args: &mut Arguments,
) -> bool {
    if !tree.lemma_in(v, DEPLOYING_VERBS)
        || !matches!(dec.code.forward.as_deref(), None | Some(MILITARY_AID))
    {
        return false;
    }
    let Some(forces) = tree
        .children(v)
        .find(|&c| matches!(tree.deprel(c), "obj" | "nsubj:pass") && names_forces(tree, c))
    else {
        return false;
    };
    let phrase = tree.subtree(forces);
    let in_forces = |a: &usize| phrase.iter().any(|&t| s.acts[*a].covers_token(t));
    let recipients = args.targets.iter().filter(|a| !in_forces(a)).count();
    if dec.code.forward.is_some() && recipients > 0 {
        return false;
    }
    if tree.deprel(forces) == "nsubj:pass" && args.doer_untold {
        args.sources = (0..s.acts.len())
            .filter(|a| in_forces(a) && armed(&s.doc.actors[s.acts[*a].mention].code))
            .collect();
    }
    dec.code = EventCode::one_way(MOBILIZE_FORCES);
    args.targets = args_parse::purpose_target(tree, s, v, &args.sources);
    true
}

/// Whether noun token `n` names armed forces ([`is_force_noun`]), itself or as the *of*
/// phrase of a number or body of them ("*thousands* of troops", "a *contingent* of
/// soldiers", [`args_parse::partitive_of`]).
fn names_forces(tree: &DepTree, n: usize) -> bool {
    let forces = |k: usize| is_force_noun(&tree.syntax(k).lemma);
    forces(n) || args_parse::partitive_of(tree, n).is_some_and(forces)
}

/// A demand with no target of its own is addressed to the subject of the clause demanded
/// ("Russia demanded that Ukraine withdraw", see [`demanded_of`]).
fn address_demand(s: &Sentence, occ: &Occurrence, args: &mut Arguments) {
    let Some(tree) = s.tree.as_ref().filter(|_| args.targets.is_empty()) else {
        return;
    };
    let v = s.token_of(occ.us);
    let lemma = tree.syntax(v).lemma.to_lowercase();
    if frames::DEMAND_HEADS.contains(&lemma.as_str()) || frames::names_a_demand(tree, v) {
        args.targets = demanded_of(tree, s, v)
            .into_iter()
            .filter(|a| !args.sources.contains(a))
            .collect();
    }
}

/// The earlier event an agentless passive of force or coercion retells ("Today the
/// fugitive leader of ISIS was killed" after "U.S. forces killed al-Rufay'i"): the coding
/// guide takes the agent of a passive with no *by* phrase from the story
/// (`docs/annotation.md` §3). See [`earlier_act_on`].
fn retold_by_passive(
    s: &Sentence,
    dec: &Decision,
    args: &Arguments,
    events: &[Event],
) -> Option<Event> {
    let code = dec.code.forward.as_deref()?;
    if !args.doer_untold || !args.sources.is_empty() {
        return None;
    }
    earlier_act_on(events, s, &args.targets, code)
}

/// A verb occurrence that gave no source and target pair, with what was decided for it:
/// what [`EventCoder::unpaired`] and the rules it tries read.
struct Unpaired<'a> {
    s: &'a Sentence<'a>,
    occ: &'a Occurrence,
    dec: &'a Decision<'a>,
    args: &'a Arguments,
    trigger: &'a Trigger,
}

impl EventCoder {
    /// The arrest of its targets (CAMEO 173) that an agentless passive tells, by the state force whose coercion (CAMEO 17)
    /// the story told last, in this sentence or the three before: "*Police* fired tear gas
    /// at protesters, and at least 40 people *were detained*", "Among those detained was X,
    /// who *was arrested* outside his home". Arrest is an act of the state's police,
    /// troops or intelligence, and English leaves out the agent a clause or sentence
    /// before has just named; the coding guide takes an untold agent from the story
    /// (`docs/annotation.md` §3). Pushes the events to `out` and returns the note that
    /// says why; `None` when no such force was told.
    fn arrested_by_force_told(&self, candidate: &Unpaired, out: &mut Vec<Event>) -> Option<String> {
        let &Unpaired {
            s,
            dec,
            args,
            trigger,
            ..
        } = candidate;
        let code = dec.code.forward.as_deref()?;
        if code != ARREST || !args.doer_untold || !args.sources.is_empty() {
            return None;
        }
        let si = s.index as u32;
        let force = out
            .iter()
            .rev()
            .filter(|e| e.sentence == si || crate::review::told_just_before(e.sentence, si))
            .find(|e| {
                e.cameo.starts_with("17")
                    && e.source
                        .as_ref()
                        .is_some_and(|a| args_parse::of_a_force(&a.code))
            })?;
        let doer = Side::source_of(force, Role::Source)?;
        let told_in = force.sentence;
        let arrested: Vec<Option<Side>> = args
            .targets
            .iter()
            .filter(|&&t| emit::may_be_target(s, t, code))
            .flat_map(|&t| sides_of(s, t, Role::Target))
            .map(Some)
            .collect();
        let mut made = Vec::new();
        self.emit_sides(
            s,
            std::slice::from_ref(&doer),
            &arrested,
            code,
            trigger,
            &mut made,
        );
        if made.is_empty() {
            return None;
        }
        out.extend(made);
        Some(format!(
            "an agentless arrest is by the force whose coercion the story told in sentence {told_in}, {}",
            doer.actor.code
        ))
    }
}

/// A speech act a verb of saying or naming performs: its CAMEO code and why, in words.
type SpeechAct = (&'static str, &'static str);

/// CAMEO 114 "complain officially".
const COMPLAIN_OFFICIALLY: &str = "114";

/// CAMEO 190 "use conventional military force, not specified below".
const USE_FORCE: &str = "190";

/// CAMEO "criticize or denounce".
const CRITICIZE: &str = "111";
/// CAMEO 018, "make empathetic comment".
const EMPATHY: &str = "018";

/// CAMEO 051 "praise or endorse".
const ENDORSE: &str = "051";

/// CAMEO 161 "reduce or break diplomatic relations", the coding guide's code for expelling
/// diplomats.
const EXPEL_DIPLOMATS: &str = "161";

/// CAMEO 072 "provide military aid".
const MILITARY_AID: &str = "072";

/// CAMEO "reject, not specified below".
const REJECT: &str = "120";

/// CAMEO 129 "veto".
const VETO: &str = "129";

/// CAMEO 045 "mediate".
const MEDIATE: &str = "045";

/// CAMEO 171 "seize or damage property" (CAMEO 2.0's CAPTURE).
const SEIZE: &str = "171";

/// CAMEO 173 "arrest, detain".
const ARREST: &str = "173";

/// CAMEO 160 "reduce relations, not specified below".
const REDUCE_RELATIONS: &str = "160";

/// CAMEO "make a demand, not specified below".
const DEMAND: &str = "100";

/// The verb occurrences of a sentence, as the argument rules need them.
struct Verbs {
    /// The first unit of every occurrence.
    starts: Vec<usize>,
    /// Document token indices of every occurrence (a clause headed by one codes its own
    /// event).
    tokens: Vec<usize>,
}

impl Verbs {
    fn of(s: &Sentence, occs: &[Occurrence]) -> Verbs {
        Verbs {
            starts: occs.iter().map(|o| o.us).collect(),
            tokens: occs
                .iter()
                .flat_map(|o| (o.us..o.ue).map(|u| s.token_of(u)))
                .collect(),
        }
    }
}

/// Source and target actors of one verb occurrence (indices into the sentence's actors).
struct Arguments {
    sources: Vec<usize>,
    targets: Vec<usize>,
    /// The parse gave the verb a subject (an actor or not).
    has_subject: bool,
    /// The verb is a passive whose own subject was acted on, with no *by* phrase: the
    /// clause does not say who did it ("five soldiers were killed").
    doer_untold: bool,
}

/// The arguments of `occ`: from the parse when there is one, by word order otherwise, and
/// a pattern's markers (`$`, `+`) over both.
fn arguments(
    s: &Sentence,
    occ: &Occurrence,
    dec: &Decision,
    verbs: &Verbs,
    prev_sources: Option<&Vec<usize>>,
) -> Arguments {
    let words = &s.units.words;
    let mut args = match &s.tree {
        Some(tree) => dependency_arguments(tree, s, occ, &verbs.tokens),
        None => Arguments {
            sources: Vec::new(),
            targets: Vec::new(),
            has_subject: false,
            doer_untold: false,
        },
    };
    // The surface rules stand in without a parse or when the parse gives no actor, and fill
    // a source the parse left empty: "Israeli police arrested …" parsed as a noun phrase
    // with a reduced relative still has its subject before the verb. (A missing target is
    // not filled: the first actor after the verb is then mostly in an adjunct or another
    // clause.) When the parse found a subject that is no actor ("analysts", "the tanker",
    // a pronoun with no antecedent), the verb has no actor as its source: taking the
    // nearest actor word instead is what codes places and topics as agents.
    let relative = s
        .tree
        .as_ref()
        .and_then(|tree| participle_relative(tree, &s.acts, s.token_of(occ.us)));
    match relative {
        // "legislation targeting Turkey": the noun's actors (none here) are the source.
        Some(Relative::Active(subject)) if args.sources.is_empty() => {
            let verbal = dec
                .code
                .forward
                .as_deref()
                .is_some_and(|c| matches!(quad_class(c), 1 | 3));
            let subject = match &s.tree {
                Some(tree) if subject.is_empty() && verbal => {
                    maker_of_noun(tree, &s.acts, s.token_of(occ.us))
                }
                _ => subject,
            };
            args.sources = subject
                .into_iter()
                .filter(|a| !args.targets.contains(a))
                .collect();
        }
        // "Palestinians injured in …": the noun was acted on; nothing before it is a source.
        // With a "by" agent, the noun's actors are what the agent acted on.
        Some(Relative::Passive(noun)) if !args.sources.is_empty() && args.targets.is_empty() => {
            let verb = s.token_of(occ.us);
            let placed = |a: usize| {
                s.tree.as_ref().is_some_and(|tree| {
                    tree.head(verb)
                        .is_some_and(|head| in_place_phrase(tree, s, &s.acts[a], head))
                })
            };
            args.targets = noun
                .into_iter()
                .filter(|&a| !args.sources.contains(&a) && !placed(a))
                .collect();
        }
        // "…, risking twelve years in prison": an adverbial gerund's subject is the clause's,
        // which the parse gave it if there is one; the actor before it is not.
        Some(Relative::Passive(_) | Relative::Adverbial) => {}
        _ if args.sources.is_empty() && !args.has_subject => {
            let (sources, targets) =
                surface_arguments(words, occ, &s.acts, prev_sources, &verbs.starts);
            if args.targets.is_empty() {
                let parties = s.tree.as_ref().map_or(Vec::new(), |tree| {
                    object_parties(tree, &s.acts, s.token_of(occ.us))
                });
                args.targets = targets
                    .into_iter()
                    .filter(|a| !parties.contains(a))
                    .collect();
            }
            let verb = s.token_of(occ.us);
            let doer_told = (s.tree.as_ref()).is_some_and(|tree| doer_named_by_agent(tree, verb));
            args.sources = sources
                .into_iter()
                .filter(|a| !doer_told && !args.targets.contains(a))
                .filter(|&a| {
                    !s.tree.as_ref().is_some_and(|tree| {
                        in_another_clause(tree, &s.acts[a], verb)
                            || tree
                                .root()
                                .is_some_and(|root| in_place_phrase(tree, s, &s.acts[a], root))
                    })
                })
                .collect();
        }
        _ => {}
    }
    if let Some(a) = dec.source.and_then(|m| resolve(m, &s.acts)) {
        args.sources = compound(words, &s.acts, a);
    }
    if let Some(a) = dec.target.and_then(|m| resolve(m, &s.acts)) {
        // Patterns are written in the active voice: in a passive ("rebels were neutralized
        // by troops") the actor after the verb is the agent, who stays the source.
        let marked = compound(words, &s.acts, a);
        if !marked.iter().any(|m| args.sources.contains(m)) {
            args.targets = marked;
        }
    }
    let sources = &args.sources;
    args.targets.retain(|t| !sources.contains(t));
    args
}

/// Whether every word of actor `a` sits in a clause that does not hold `verb`: a relative,
/// adverbial or complement clause of some other word ("his trip, *which has taken him to
/// London*, was aimed at …"). An actor there is that clause's argument, never the source
/// the word order would give `verb`.
fn in_another_clause(tree: &DepTree, a: &Act, verb: usize) -> bool {
    (a.tokens.0..a.tokens.1).all(|t| {
        // The actor's own words do not count: a name misparsed as a clause ("Algeria's
        // *leading* rights activist" as a participle) is still one phrase.
        tree.head_chain(t).any(|k| {
            !a.covers_token(k)
                && matches!(
                    universal(tree.deprel(k)),
                    "acl" | "advcl" | "ccomp" | "parataxis"
                )
                && !tree.in_subtree(verb, k)
        })
    })
}

/// Whether passive `verb` names its doer in a *by* phrase ("the man had been beaten *by
/// military recruitment officers*"): English tells the doer there, an actor or not, so no
/// actor before the verb is its doer by standing there.
fn doer_named_by_agent(tree: &DepTree, verb: usize) -> bool {
    tree.children(verb).any(|c| is_agent(tree, c))
}

/// What `explain` says about a decision and its arguments.
fn describe(s: &Sentence, dec: &Decision, args: &Arguments) -> String {
    let names = |v: &[usize]| -> String {
        let n: Vec<String> = v
            .iter()
            .map(|&a| {
                let m = &s.doc.actors[s.acts[a].mention];
                format!("{} ({})", m.code, s.doc.slice(m.span))
            })
            .collect();
        if n.is_empty() {
            "none".to_string()
        } else {
            n.join(", ")
        }
    };
    let line = dec.pattern.map_or(dec.verb_line, |p| p.line);
    format!(
        "code {} ({} line {line}); arguments from {}: source {}; target {}",
        dec.code.forward.as_deref().unwrap_or("none"),
        if dec.pattern.is_some() {
            "pattern"
        } else {
            "verb"
        },
        if args.has_subject || s.syntax.is_none() {
            "the parse"
        } else {
            "the parse, source by position"
        },
        names(&args.sources),
        names(&args.targets),
    )
}

/// Drop from `out` what a verb of announcing coded by a pattern in this sentence (its
/// events start at `from`) when the event noun of its object coded the act for the same
/// dyad: "Japan *announced* a $1 billion *aid* package for the Philippines" is the aid
/// (070), told once, not also the intention CAMEO 2.0's "- * AID # ANNOUNCE" reads in the
/// announcing (0331).
fn announced_acts_told_by_their_nouns(
    doc: &Document,
    tree: &DepTree,
    out: &mut Vec<Event>,
    from: usize,
) {
    let token = |e: &Event| doc.token_at(e.verb_span.start);
    let announcing = |e: &Event| {
        doc.lemma_at(e.verb_span.start)
            .is_some_and(|l| l.eq_ignore_ascii_case("announce"))
    };
    fn dyad(e: &Event) -> (Option<&str>, Option<&str>) {
        (
            e.source.as_ref().map(|a| a.code.as_str()),
            e.target.as_ref().map(|a| a.code.as_str()),
        )
    }
    // Most sentences announce nothing: nothing is allocated for them.
    if !out[from..].iter().any(announcing) {
        return;
    }
    let sentence = &out[from..];
    let told: Vec<bool> = sentence
        .iter()
        .map(|e| {
            announcing(e)
                && sentence.iter().any(|f| {
                    f.verb_span != e.verb_span
                        && dyad(f) == dyad(e)
                        && token(f)
                            .zip(token(e))
                            .is_some_and(|(f, e)| tree.in_subtree(f, e))
                })
        })
        .collect();
    let mut k = 0;
    out.retain(|_| {
        let keep = k < from || !told[k - from];
        k += 1;
        keep
    });
}
