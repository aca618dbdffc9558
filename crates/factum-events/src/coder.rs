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
//! Every event carries provenance: the verb-dictionary line of the pattern (or verb) that
//! fired, then the actor-dictionary lines of source and target.

use std::path::Path;

use factum_actors::dict::DictError;
use factum_actors::phrase::Units;
use factum_doc::{
    ActorMention, Document, Event, EventActor, Provenance, ProvenanceRole, Span, Token, TokenSyntax,
};

use crate::cameo::{cameo_root, quad_class, CameoTables};
use crate::confidence::{features, per_sentence, ConfidenceModel};
use crate::discards::Discards;
use crate::nominal::{side_of, Nominals, Side, LIGHT_VERBS};
use crate::verbs::{Elem, EventCode, Pattern, VerbDictionary};

/// The bundled CAMEO verb dictionary and discards (MIT, Open Event Data Alliance).
pub mod bundled {
    pub const VERBS: (&str, &str) = (
        "CAMEO.2.0.txt",
        include_str!("../../../data/dictionaries/CAMEO.2.0.txt"),
    );
    /// factum's additions, read after the CAMEO file (see [`VerbDictionary::supplement`]).
    pub const VERB_ADDITIONS: (&str, &str) = (
        "factum.verbs.txt",
        include_str!("../../../data/dictionaries/factum.verbs.txt"),
    );
    pub const DISCARDS: (&str, &str) = (
        "Phoenix.discards.txt",
        include_str!("../../../data/dictionaries/Phoenix.discards.txt"),
    );
}

const DETERMINERS: &[&str] = &[
    "A", "AN", "THE", "ITS", "THEIR", "HIS", "HER", "OUR", "MY", "YOUR", "THIS", "THESE", "THOSE",
    "'S", "ANY", "EACH", "EVERY", "NO",
];
const AUXILIARIES: &[&str] = &[
    "WILL", "WOULD", "SHALL", "SHOULD", "CAN", "COULD", "MAY", "MIGHT", "MUST", "HAS", "HAVE",
    "HAD", "IS", "ARE", "WAS", "WERE", "BE", "BEEN", "BEING", "DO", "DOES", "DID", "TO",
];
const BE_FORMS: &[&str] = &[
    "IS", "ARE", "WAS", "WERE", "BE", "BEEN", "BEING", "'S", "'RE",
];
const NEGATIONS: &[&str] = &["NOT", "N'T", "NEVER"];
/// Words that open a new clause: the source of a verb is not searched past them.
const SUBORDINATORS: &[&str] = &[
    "AFTER", "BEFORE", "WHEN", "WHILE", "BECAUSE", "IF", "SINCE", "UNTIL", "ALTHOUGH", "THOUGH",
    "WHICH", "WHO", "WHOM", "WHERE", "UNLESS", "WHETHER",
];
/// Relative pronouns: an actor after one is inside a relative clause.
const RELATIVES: &[&str] = &["WHICH", "WHO", "WHOM", "WHOSE", "WHERE"];
/// Reporting verbs: an actor right before one is its subject, not an earlier verb's target.
const REPORTING: &[&str] = &[
    "SAID",
    "SAY",
    "SAYS",
    "TOLD",
    "REPORTED",
    "ANNOUNCED",
    "ADDED",
    "NOTED",
    "STATED",
    "CLAIMED",
    "CONFIRMED",
    "DECLARED",
];
/// Pronoun subjects: the clause has a subject the dictionaries cannot code.
const PRONOUNS: &[&str] = &["HE", "SHE", "THEY", "WE", "I", "YOU"];
/// Degree words: a verb form after them is an adjective ("very close").
const DEGREE: &[&str] = &["VERY", "SO", "TOO", "MORE", "MOST", "LESS", "QUITE"];
const CONJUNCTIONS: &[&str] = &["AND", ",", "OR", "AS", "WELL"];
const CONJ_FILLER: &[&str] = &["THE", "A", "AN", "ALSO", "BOTH", "EITHER", "NEITHER", "NOR"];

/// An actor mention seen at the unit level of one sentence.
#[derive(Debug, Clone)]
struct Act {
    us: usize,
    ue: usize,
    /// Index into `doc.actors` of the mention that gives the code.
    mention: usize,
    /// Document token range of the words standing for the actor in this sentence: the
    /// mention's own, or a pronoun's.
    tokens: (usize, usize),
    /// The pronoun ("he", "they") that refers to the mention, when the actor is named in an
    /// earlier clause.
    pronoun: Option<usize>,
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

#[derive(Debug, Clone)]
struct PatternMatch {
    score: usize,
    source: Option<Marker>,
    target: Option<Marker>,
    matched: Vec<usize>,
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
        let read = |p: &Path| {
            std::fs::read_to_string(p).map_err(|e| DictError {
                file: p.display().to_string(),
                line: 0,
                message: format!("cannot read: {e}"),
            })
        };
        let name = |p: &Path| {
            p.file_name().map_or_else(
                || p.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            )
        };
        let v = VerbDictionary::parse(&name(verbs), &read(verbs)?)?;
        let d = match discards {
            Some(p) => Some(Discards::parse(&name(p), &read(p)?)?),
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
        doc.events = self.code_document(doc, None);
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
        self.code_document(doc, Some(&mut trace));
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
        for si in 0..doc.sentences.len() {
            self.code_sentence(doc, si, &mut events, trace.as_deref_mut());
        }
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
        mut trace: Option<&mut Vec<Candidate>>,
    ) {
        let sent = doc.sentences[si];
        let base = sent.token_start as usize;
        let tokens: &[Token] = &doc.tokens[sent.token_range()];
        let units = Units::from_tokens(tokens);
        if let Some(d) = &self.discards {
            if d.find(&units.words).is_some() {
                return;
            }
        }
        let syntax = doc.syntax.as_deref();
        // Actors of this sentence at unit level, less those that only say who reports it.
        let sourcing = according_to_phrases(&units.words);
        let mut acts: Vec<Act> = Vec::new();
        for (mi, m) in doc.actors.iter().enumerate() {
            if (m.token_start as usize) < base || m.token_end as usize > sent.token_end as usize {
                continue;
            }
            let t0 = m.token_start as usize - base;
            let t1 = m.token_end as usize - base;
            let us = units.token.iter().position(|&t| t as usize >= t0);
            let ue = units.token.iter().rposition(|&t| (t as usize) < t1);
            if let (Some(us), Some(ue)) = (us, ue) {
                if us <= ue && !sourcing.iter().any(|r| r.contains(&us)) {
                    acts.push(Act {
                        us,
                        ue: ue + 1,
                        mention: mi,
                        tokens: (m.token_start as usize, m.token_end as usize),
                        pronoun: None,
                    });
                }
            }
        }
        if let Some(syn) = syntax {
            acts.extend(pronoun_actors(doc, syn, si, &units));
        }
        acts.sort_by_key(|a| a.us);
        let in_actor = |u: usize| acts.iter().any(|a| a.us <= u && u < a.ue);

        // Verb occurrences.
        let mut occs = Vec::new();
        let mut i = 0;
        while i < units.len() {
            if in_actor(i) {
                i += 1;
                continue;
            }
            let found = self.verbs.forms_at(&units.words, i);
            let Some((len, forms)) = found.into_iter().next() else {
                i += 1;
                continue;
            };
            let is_verb = match syntax {
                Some(syn) => {
                    let head_form = &self.verbs.forms[forms[0] as usize];
                    let t = base + units.token[i + head_form.head.min(len - 1)] as usize;
                    let s = &syn[t];
                    // A participle modifying a noun ("leading democracies", "a U.S.-proposed
                    // ceasefire") describes the noun; it is not the clause's predicate.
                    (s.upos == "VERB" || s.xpos.starts_with("VB"))
                        && !matches!(s.deprel.as_str(), "amod" | "compound")
                }
                None => !self.looks_like_noun(&units.words, i, &acts),
            };
            if !is_verb && units.words[i].chars().any(char::is_alphabetic) {
                if let (Some(tr), Some(syn)) = (trace.as_deref_mut(), syntax) {
                    let t = base + units.token[i] as usize;
                    tr.push(Candidate {
                        sentence: si as u32,
                        verb: doc.slice(doc.tokens[t].span).to_string(),
                        verb_span: doc.tokens[t].span,
                        outcome: format!("not a verb here (tagged {})", syn[t].xpos),
                    });
                }
            }
            if is_verb {
                occs.push(Occurrence {
                    us: i,
                    ue: i + len,
                    forms,
                });
            }
            i += len;
        }

        let verb_starts: Vec<usize> = occs.iter().map(|o| o.us).collect();
        // Document token indices of every verb occurrence (a clause headed by one codes its
        // own event).
        let verb_tokens: Vec<usize> = occs
            .iter()
            .flat_map(|o| (o.us..o.ue).map(|u| base + units.token[u] as usize))
            .collect();
        let mut prev_sources: Option<Vec<usize>> = None;
        for occ in &occs {
            let verb_span = Span {
                start: tokens[units.token[occ.us] as usize].span.start,
                end: tokens[units.token[occ.ue - 1] as usize].span.end,
            };
            let mut note = |outcome: String| {
                if let Some(tr) = trace.as_deref_mut() {
                    tr.push(Candidate {
                        sentence: si as u32,
                        verb: doc.slice(verb_span).to_string(),
                        verb_span,
                        outcome,
                    });
                }
            };
            let Some(mut dec) = self.decide(&units.words, occ, &acts) else {
                note("no code: the verb has no pattern or default code".to_string());
                continue;
            };
            if let Some(syn) = syntax {
                let v = base + units.token[occ.us] as usize;
                let lemma = syn[v].lemma.to_lowercase();
                if REPORTING_LEMMAS.contains(&lemma.as_str()) {
                    note("dropped: a reporting verb says who reports, it is no event".to_string());
                    continue;
                }
                if STANCE_LEMMAS.contains(&lemma.as_str()) {
                    note("dropped: an expectation, hope or predicament is no event".to_string());
                    continue;
                }
                // "called the tariffs unfair", "called it a gift": *call* with a secondary
                // predicate names or judges something; it is no phone call.
                let sentence = doc.sentences[si].token_range();
                if lemma == "call"
                    && sentence
                        .clone()
                        .any(|k| syn[k].head == Some(v as u32) && syn[k].deprel == "xcomp")
                {
                    note("dropped: \"call X Y\" names or judges, it is no phone call".to_string());
                    continue;
                }
                if let Some(cue) = possibility(syn, sentence.clone(), v) {
                    note(format!(
                        "dropped: \"{cue}\" makes it a possibility, not an event"
                    ));
                    continue;
                }
                let frame = opinion_frame(syn, doc.sentences[si].token_range(), v)
                    .or_else(|| commentator_source(&units.words, &sourcing));
                if let Some(who) = frame {
                    note(format!(
                        "dropped: {who}'s opinion or expectation, not an event"
                    ));
                    continue;
                }
                if let Some(head) = intent_head(syn, v) {
                    if let Some(intent) = dec.code.forward.as_deref().and_then(intent_code) {
                        note(format!(
                            "governed by \"{head}\": an intention, {} becomes {intent} (CAMEO 03)",
                            dec.code.forward.as_deref().unwrap_or("")
                        ));
                        dec.code = EventCode {
                            forward: Some(intent),
                            reverse: None,
                        };
                    }
                }
            }
            // Arguments.
            let (mut sources, mut targets, has_subject) = match syntax {
                Some(syn) => {
                    dependency_arguments(syn, sent.token_range(), occ, &units, &acts, &verb_tokens)
                }
                None => (Vec::new(), Vec::new(), false),
            };
            // The surface rules stand in without a parse or when the parse gives no actor,
            // and fill a source the parse left empty: "Israeli police arrested …" parsed as
            // a noun phrase with a reduced relative still has its subject before the verb.
            // (A missing target is not filled: the first actor after the verb is then
            // mostly in an adjunct or another clause.)
            // When the parse found a subject that is no actor ("analysts", "the tanker", a
            // pronoun with no antecedent), the verb has no actor as its source: taking the
            // nearest actor word instead is what codes places and topics as agents.
            if sources.is_empty() && !has_subject {
                let (s, t) = surface_arguments(
                    &units.words,
                    occ,
                    &acts,
                    prev_sources.as_ref(),
                    &verb_starts,
                );
                if targets.is_empty() {
                    targets = t;
                }
                sources = s.into_iter().filter(|a| !targets.contains(a)).collect();
            }
            if let Some(m) = dec.source {
                if let Some(a) = resolve(m, &acts, &units.words) {
                    sources = compound(&units.words, &acts, a);
                }
            }
            if let Some(m) = dec.target {
                if let Some(a) = resolve(m, &acts, &units.words) {
                    targets = compound(&units.words, &acts, a);
                }
            }
            targets.retain(|t| !sources.contains(t));
            prev_sources = Some(sources.clone());
            let names = |v: &[usize]| -> String {
                let n: Vec<String> = v
                    .iter()
                    .map(|&a| {
                        let m = &doc.actors[acts[a].mention];
                        format!("{} ({})", m.code, doc.slice(m.span))
                    })
                    .collect();
                if n.is_empty() {
                    "none".to_string()
                } else {
                    n.join(", ")
                }
            };
            let line = dec.pattern.map_or(dec.verb_line, |p| p.line);
            note(format!(
                "code {} ({} line {line}); arguments from {}: source {}; target {}",
                dec.code.forward.as_deref().unwrap_or("none"),
                if dec.pattern.is_some() {
                    "pattern"
                } else {
                    "verb"
                },
                if has_subject || syntax.is_none() {
                    "the parse"
                } else {
                    "the parse, source by position"
                },
                names(&sources),
                names(&targets),
            ));
            if dec.code.is_null() {
                note("dropped: the pattern marks this phrase as no event".to_string());
                continue;
            }
            // Compound pattern without a target: the members act on each other.
            let mut pairs: Vec<(usize, usize)> = Vec::new();
            if dec.compound && targets.is_empty() {
                for &a in &sources {
                    for &b in &sources {
                        if a != b {
                            pairs.push((a, b));
                        }
                    }
                }
                // Each unordered pair once; the reverse code gives the other direction.
                if dec.code.reverse.is_some() {
                    pairs.retain(|(a, b)| a < b);
                }
            } else {
                for &s in &sources {
                    for &t in &targets {
                        pairs.push((s, t));
                    }
                }
                if pairs.is_empty() && !self.require_dyad {
                    for &s in &sources {
                        pairs.push((s, usize::MAX));
                    }
                }
            }
            if let Some(syn) = syntax {
                pairs.retain(|&(a, b)| b == usize::MAX || !in_apposition(syn, &acts[a], &acts[b]));
            }
            let negated = negated(&units.words, occ, &dec.matched);
            if pairs.is_empty() {
                note("dropped: no source and target actor pair".to_string());
            }
            // The dictionary line that gave the code: the pattern's, else the verb's.
            let (file, line) = self
                .verbs
                .source(dec.pattern.map_or(dec.verb_line, |p| p.line));
            let code_line = Provenance {
                file,
                line,
                role: if dec.pattern.is_some() {
                    ProvenanceRole::Pattern
                } else {
                    ProvenanceRole::Verb
                },
            };
            for (s, t) in pairs {
                if let Some(f) = &dec.code.forward {
                    self.emit(doc, si, &acts, s, t, f, &code_line, verb_span, negated, out);
                }
                // Only reciprocal codes (meet, negotiate, cooperate: the same code both ways)
                // give the other direction; a visit is one event, not also a hosting.
                if let (Some(r), true) = (&dec.code.reverse, reciprocal(&dec.code)) {
                    self.emit(doc, si, &acts, t, s, r, &code_line, verb_span, negated, out);
                }
            }
        }
        if let Some(syn) = syntax {
            self.code_nominals(doc, si, syn, &acts, out, trace);
        }
    }

    /// Nominal events of sentence `si` (see [`crate::nominal`]).
    fn code_nominals(
        &self,
        doc: &Document,
        si: usize,
        syn: &[TokenSyntax],
        acts: &[Act],
        out: &mut Vec<Event>,
        mut trace: Option<&mut Vec<Candidate>>,
    ) {
        let range = doc.sentences[si].token_range();
        let children = |h: usize| {
            range
                .clone()
                .filter(move |&t| syn[t].head == Some(h as u32))
        };
        let in_actor = |t: usize| acts.iter().any(|a| a.tokens.0 <= t && t < a.tokens.1);
        // Actors in the phrase headed by `root` (not into clauses inside it).
        let actors_under = |root: usize| -> Vec<usize> {
            (0..acts.len())
                .filter(|&a| {
                    (acts[a].tokens.0..acts[a].tokens.1).any(|t| {
                        let mut k = t;
                        for _ in 0..32 {
                            if k == root {
                                return true;
                            }
                            let rel = syn[k].deprel.split(':').next().unwrap_or("");
                            if matches!(rel, "acl" | "advcl" | "ccomp" | "csubj" | "parataxis") {
                                return false;
                            }
                            match syn[k].head {
                                Some(h) => k = h as usize,
                                None => return false,
                            }
                        }
                        false
                    })
                })
                .collect()
        };
        for n in range.clone() {
            let Some(noun) = self.nominals.at(&syn[n]) else {
                continue;
            };
            if in_actor(n) {
                continue;
            }
            let (mut agents, mut patients, mut parties) = (Vec::new(), Vec::new(), Vec::new());
            for c in children(n) {
                let case = children(c)
                    .find(|&k| syn[k].deprel == "case")
                    .map(|k| syn[k].lemma.to_lowercase());
                let Some(side) = side_of(noun, &syn[c].deprel, case.as_deref()) else {
                    continue;
                };
                let found = actors_under(c);
                match side {
                    Side::Agent => agents.extend(found),
                    Side::Patient => patients.extend(found),
                    Side::Party => parties.extend(found),
                }
            }
            // "held talks", "launched an attack": the light verb's subject acts.
            if let (Some(h), "obj") = (syn[n].head, syn[n].deprel.as_str()) {
                let h = h as usize;
                if agents.is_empty() && LIGHT_VERBS.contains(&syn[h].lemma.to_lowercase().as_str())
                {
                    for c in children(h) {
                        if syn[c].deprel.starts_with("nsubj") && !syn[c].deprel.ends_with("pass") {
                            agents.extend(actors_under(c));
                        }
                    }
                }
            }
            let mut pairs: Vec<(usize, usize)> = Vec::new();
            if noun.reciprocal {
                let mut all: Vec<usize> = agents
                    .iter()
                    .chain(&patients)
                    .chain(&parties)
                    .copied()
                    .collect();
                all.sort_unstable();
                all.dedup();
                for &a in &all {
                    for &b in &all {
                        if a != b {
                            pairs.push((a, b));
                        }
                    }
                }
            } else {
                for &a in &agents {
                    for &b in &patients {
                        if a != b {
                            pairs.push((a, b));
                        }
                    }
                }
            }
            let span = doc.tokens[n].span;
            let mut note = |outcome: String| {
                if let Some(tr) = trace.as_deref_mut() {
                    tr.push(Candidate {
                        sentence: si as u32,
                        verb: doc.slice(span).to_string(),
                        verb_span: span,
                        outcome,
                    });
                }
            };
            note(format!(
                "event noun, code {} ({} line {}): {} actor pair(s)",
                noun.code,
                self.nominals.file,
                noun.line,
                pairs.len()
            ));
            if pairs.is_empty() && definite(syn, range.clone(), n) {
                if let Some(earlier) = antecedent_event(out, si, &noun.code) {
                    note(format!(
                        "a definite event noun: the {} told in sentence {} again",
                        earlier.coding(),
                        earlier.sentence
                    ));
                    let mut again = earlier;
                    again.sentence = si as u32;
                    again.verb_span = span;
                    again.provenance.insert(
                        0,
                        Provenance {
                            file: self.nominals.file.clone(),
                            line: noun.line,
                            role: ProvenanceRole::Noun,
                        },
                    );
                    out.push(again);
                }
            }
            let lexicon_line = Provenance {
                file: self.nominals.file.clone(),
                line: noun.line,
                role: ProvenanceRole::Noun,
            };
            for (a, b) in pairs {
                self.emit(
                    doc,
                    si,
                    acts,
                    a,
                    b,
                    &noun.code,
                    &lexicon_line,
                    span,
                    false,
                    out,
                );
            }
        }
    }

    /// Without a parse: a verb form right after a determiner (possibly with up to two
    /// words between, none of them an auxiliary or an actor) is a noun.
    fn looks_like_noun(&self, words: &[String], i: usize, acts: &[Act]) -> bool {
        if i > 0 && DEGREE.contains(&words[i - 1].as_str()) {
            return true;
        }
        for back in 1..=3 {
            if back > i {
                return false;
            }
            let k = i - back;
            let w = words[k].as_str();
            // "Gondor's attack" is a noun, but in "Gondor's new mayor left" the possessive
            // belongs to the subject.
            if DETERMINERS.contains(&w) && (w != "'S" || back == 1) {
                return true;
            }
            if AUXILIARIES.contains(&w)
                || NEGATIONS.contains(&w)
                || acts.iter().any(|a| a.us <= k && k < a.ue)
                || !w.chars().any(|c| c.is_alphabetic())
            {
                return false;
            }
        }
        false
    }

    /// Choose the code for an occurrence: the best matching pattern of any block the form
    /// belongs to, else the verb's or block's default.
    fn decide<'a>(
        &'a self,
        words: &[String],
        occ: &Occurrence,
        acts: &[Act],
    ) -> Option<Decision<'a>> {
        let mut best: Option<(usize, u32, Decision<'a>)> = None;
        let mut default: Option<Decision<'a>> = None;
        for &f in &occ.forms {
            let verb = &self.verbs.verbs[self.verbs.forms[f as usize].verb as usize];
            let block = &self.verbs.blocks[verb.block as usize];
            if default.is_none() {
                default = Some(Decision {
                    code: verb.code.clone().unwrap_or_else(|| block.code.clone()),
                    pattern: None,
                    verb_line: verb.line,
                    compound: false,
                    source: None,
                    target: None,
                    matched: Vec::new(),
                });
            }
            for p in block.patterns.iter().filter(|p| !p.code.is_complex()) {
                let Some(m) = self.match_pattern(p, words, occ.us, occ.ue, acts) else {
                    continue;
                };
                let better = match &best {
                    None => true,
                    Some((score, line, _)) => {
                        m.score > *score || (m.score == *score && p.line < *line)
                    }
                };
                if better {
                    best = Some((
                        m.score,
                        p.line,
                        Decision {
                            code: p.code.clone(),
                            pattern: Some(p),
                            verb_line: verb.line,
                            compound: p.has(&Elem::Compound),
                            source: m.source,
                            target: m.target,
                            matched: m.matched,
                        },
                    ));
                }
            }
        }
        best.map(|b| b.2).or(default)
    }

    fn match_pattern(
        &self,
        p: &Pattern,
        words: &[String],
        vs: usize,
        ve: usize,
        acts: &[Act],
    ) -> Option<PatternMatch> {
        let vi = p.verb_index();
        let mut m = PatternMatch {
            score: 0,
            source: None,
            target: None,
            matched: Vec::new(),
        };
        // After the verb, left to right.
        let mut pos = ve;
        for e in p.elems.iter().skip(vi + 1) {
            match &e.elem {
                Elem::Word(_) | Elem::Synset(_) => {
                    let (at, len) = if e.glued {
                        (pos, self.elem_len_at(&e.elem, words, pos)?)
                    } else {
                        (pos..words.len())
                            .find_map(|at| self.elem_len_at(&e.elem, words, at).map(|l| (at, l)))?
                    };
                    m.score += len;
                    m.matched.extend(at..at + len);
                    pos = at + len;
                }
                Elem::Source => m.source = Some(Marker::After(pos)),
                Elem::Target => m.target = Some(Marker::After(pos)),
                // `^` skips a noun phrase: the next actor, if one follows closely.
                Elem::Skip => {
                    if let Some(a) = acts.iter().find(|a| a.us >= pos && a.us < pos + 4) {
                        pos = a.ue;
                    }
                }
                Elem::Compound | Elem::Verb => {}
            }
        }
        // Before the verb, right to left; element k is glued to element k+1 when
        // elems[k+1].glued.
        let mut pos = vs;
        for k in (0..vi).rev() {
            let e = &p.elems[k];
            let glued_to_next = p.elems[k + 1].glued;
            match &e.elem {
                Elem::Word(_) | Elem::Synset(_) => {
                    let found = if glued_to_next {
                        self.elem_ending_at(&e.elem, words, pos)
                    } else {
                        (0..=pos)
                            .rev()
                            .find_map(|end| self.elem_ending_at(&e.elem, words, end))
                    };
                    let (start, end) = found?;
                    m.score += end - start;
                    m.matched.extend(start..end);
                    pos = start;
                }
                Elem::Source => m.source = Some(Marker::Before(pos)),
                Elem::Target => m.target = Some(Marker::Before(pos)),
                Elem::Compound => {
                    // The subject must be compound.
                    let a = acts.iter().rposition(|a| a.ue <= pos)?;
                    if compound(words, acts, a).len() < 2 {
                        return None;
                    }
                }
                Elem::Skip | Elem::Verb => {}
            }
        }
        Some(m)
    }

    /// Length of the match of a word or synset element starting at `at`.
    fn elem_len_at(&self, e: &Elem, words: &[String], at: usize) -> Option<usize> {
        match e {
            Elem::Word(w) => (words.get(at) == Some(w)).then_some(1),
            Elem::Synset(id) => self.verbs.synsets[*id as usize]
                .iter()
                .filter(|ph| words.len() >= at + ph.len() && words[at..at + ph.len()] == ph[..])
                .map(|ph| ph.len())
                .max(),
            _ => None,
        }
    }

    /// A word or synset match ending exactly at `end`: `(start, end)`.
    fn elem_ending_at(&self, e: &Elem, words: &[String], end: usize) -> Option<(usize, usize)> {
        match e {
            Elem::Word(w) => (end >= 1 && &words[end - 1] == w).then(|| (end - 1, end)),
            Elem::Synset(id) => self.verbs.synsets[*id as usize]
                .iter()
                .filter(|ph| end >= ph.len() && words[end - ph.len()..end] == ph[..])
                .map(|ph| (end - ph.len(), end))
                .min(),
            _ => None,
        }
    }

    /// The events of one trigger between actor `source` and actor `target` (every code of
    /// a mention coded `A/B`), with the dictionary line behind the code first in their
    /// provenance.
    #[allow(clippy::too_many_arguments)]
    fn emit(
        &self,
        doc: &Document,
        si: usize,
        acts: &[Act],
        source: usize,
        target: usize,
        code: &str,
        code_line: &Provenance,
        verb_span: Span,
        negated: bool,
        out: &mut Vec<Event>,
    ) {
        let side = |a: usize| -> Vec<(EventActor, &ActorMention)> {
            if a == usize::MAX {
                return Vec::new();
            }
            let m = &doc.actors[acts[a].mention];
            // A pronoun stands in the sentence for a mention named earlier: the event
            // points at the pronoun and takes the mention's code.
            let span = acts[a].pronoun.map_or(m.span, |t| doc.tokens[t].span);
            m.code
                .split('/')
                .filter(|c| !c.is_empty())
                .map(|c| {
                    (
                        EventActor {
                            code: c.to_string(),
                            text: doc.slice(span).to_string(),
                            span,
                        },
                        m,
                    )
                })
                .collect()
        };
        let root = cameo_root(code);
        if root.is_none() && !self.keep_non_cameo {
            return;
        }
        let sources = side(source);
        let targets = side(target);
        let targets: Vec<Option<(EventActor, &ActorMention)>> = if targets.is_empty() {
            if self.require_dyad {
                return;
            }
            vec![None]
        } else {
            targets.into_iter().map(Some).collect()
        };
        let plover = self.tables.plover(code);
        for (s, sm) in &sources {
            for t in &targets {
                if t.as_ref().is_some_and(|(t, _)| t.code == s.code) {
                    continue;
                }
                let mut provenance = vec![code_line.clone()];
                provenance.extend(sm.provenance.iter().map(|p| Provenance {
                    role: p.role.of_source(),
                    ..p.clone()
                }));
                if let Some((_, tm)) = t {
                    provenance.extend(tm.provenance.iter().map(|p| Provenance {
                        role: p.role.of_target(),
                        ..p.clone()
                    }));
                }
                out.push(Event {
                    sentence: si as u32,
                    source: Some(s.clone()),
                    target: t.as_ref().map(|(t, _)| t.clone()),
                    cameo: code.to_string(),
                    cameo_root: root.unwrap_or(&code[..code.len().min(2)]).to_string(),
                    quad_class: quad_class(code),
                    goldstein: self.tables.goldstein(code).unwrap_or(0.0),
                    plover_type: plover.map(|p| p.event_type.clone()),
                    plover_mode: plover.and_then(|p| p.mode.clone()),
                    verb_span,
                    negated,
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

/// Whether a negation not consumed by the pattern stands just before the verb.
/// Unit ranges of "according to …" phrases: from "according" to the next comma or the end of
/// the sentence. The actors named there are the source of the report ("According to Israeli
/// media outlet Israel Hayom, Netanyahu has directed …"), never the agent or the target of
/// the event reported; the attribution stage records them as its source.
fn according_to_phrases(words: &[String]) -> Vec<std::ops::Range<usize>> {
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

/// Lemmas of verbs that report speech or sourcing: "X said Y attacked Z" codes the attack,
/// with X as its source of information (attribution stage); the saying itself is not an
/// event (`docs/annotation.md` §1), whatever pattern of the verb dictionary fires on it.
const REPORTING_LEMMAS: &[&str] = &[
    "say",
    "tell",
    "announce",
    "state",
    "add",
    "write",
    "post",
    "note",
    "report",
    "declare",
    "describe",
    "explain",
    "reiterate",
    "stress",
    "insist",
    "confirm",
    "comment",
    "remark",
    "recount",
    "cite",
    "quote",
    "tweet",
    "according",
];

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
fn commentator_source(words: &[String], sourcing: &[std::ops::Range<usize>]) -> Option<String> {
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

/// Whether verb token `v` (in the sentence `range`) lies in a clause framed by a
/// commentator ("analysts say the move is aimed at countering China"): the head verb, up a
/// chain of complement clauses, is an opinion verb whose subject is a commentator (or
/// names one in apposition). Returns the commentator noun.
fn opinion_frame(syn: &[TokenSyntax], range: std::ops::Range<usize>, v: usize) -> Option<String> {
    let mut t = v;
    for _ in 0..6 {
        let rel = syn[t].deprel.split(':').next().unwrap_or("");
        if !matches!(rel, "ccomp" | "xcomp" | "conj" | "advcl" | "parataxis") {
            return None;
        }
        t = syn[t].head? as usize;
        if !OPINION_VERBS.contains(&syn[t].lemma.to_lowercase().as_str()) {
            continue;
        }
        let subjects = range
            .clone()
            .filter(|&c| syn[c].head == Some(t as u32) && syn[c].deprel.starts_with("nsubj"));
        for s in subjects {
            let names = std::iter::once(s).chain(
                range
                    .clone()
                    .filter(|&c| syn[c].head == Some(s as u32) && syn[c].deprel == "appos"),
            );
            for n in names {
                let lemma = syn[n].lemma.to_lowercase();
                if COMMENTATORS.contains(&lemma.as_str()) {
                    return Some(lemma);
                }
            }
        }
    }
    None
}

/// Verbs of expectation, hope and predicament: "X is expected to visit", "X hopes to",
/// "X faces criticism" say what may happen or what X is in, not what X did; the verb in
/// their complement, if any, is coded on its own.
const STANCE_LEMMAS: &[&str] = &["expect", "hope", "wish", "seem", "appear", "face", "fear"];

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

/// The intention word governing verb token `v` through `xcomp`, if any.
fn intent_head(syn: &[TokenSyntax], v: usize) -> Option<String> {
    if syn[v].deprel != "xcomp" {
        return None;
    }
    let h = syn[v].head? as usize;
    let lemma = syn[h].lemma.to_lowercase();
    INTENT_HEADS.contains(&lemma.as_str()).then_some(lemma)
}

/// The CAMEO "express intent" code of an action code (CAMEO 2.0, section 03; threats of
/// force and coercion are section 13): meet → 036, aid → 033 (0331–0334), yield → 035
/// (0351–0356), cooperate → 031 (0311–0314), diplomatic cooperation → 032; coerce → 137,
/// sanctions → 131x, force → 138. Codes that already are intentions, demands, rejections
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
        "04" => "036".to_string(),
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
        "16" => sub(&[("161", "1313"), ("162", "1311"), ("163", "1312")], "131"),
        "17" => "137".to_string(),
        "18" | "19" | "20" => "138".to_string(),
        _ => return None,
    })
}

/// Whether two actor mentions name one actor by apposition ("The court's president, Judge
/// Joan Donoghue,", "Mohammed Badaru Abubakar, Nigeria's defense minister"): an appositive
/// renames its head, so the two can never be the two sides of one event.
fn in_apposition(syn: &[TokenSyntax], a: &Act, b: &Act) -> bool {
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

/// The word that makes the verb at `v` a mere possibility: a modal of possibility ("rebels
/// could attack", "sanctions may follow") or an adverb of likelihood ("will likely
/// develop"). `docs/annotation.md` codes what happened, is planned, demanded or denied; what
/// might happen is speculation (threats are coded from their own verbs: "threatened to").
fn possibility(syn: &[TokenSyntax], sentence: std::ops::Range<usize>, v: usize) -> Option<String> {
    sentence
        .filter(|&k| syn[k].head == Some(v as u32))
        .find(|&k| {
            let lemma = syn[k].lemma.to_lowercase();
            match syn[k].deprel.as_str() {
                "aux" => matches!(lemma.as_str(), "could" | "might" | "may"),
                "advmod" => matches!(
                    lemma.as_str(),
                    "likely" | "possibly" | "perhaps" | "probably"
                ),
                _ => false,
            }
        })
        .map(|k| syn[k].lemma.to_lowercase())
}

/// Whether a paired code is reciprocal: a pattern with only the reverse side (`[:190]`, "X
/// was attacked by Y"), or the same code in both directions (`[046:046]`) for the joint acts
/// that have no one initiator: agreeing, meeting and negotiating, signing, cooperating
/// (CAMEO roots 03–06; `docs/annotation.md`: "no other code gets both directions"). "X fought
/// with Y" names X as the one who acts; it is one event.
fn reciprocal(code: &EventCode) -> bool {
    let joint = |c: &str| matches!(cameo_root(c), Some("03" | "04" | "05" | "06"));
    code.forward.is_none()
        || (code.forward == code.reverse && code.forward.as_deref().is_some_and(joint))
}

fn negated(words: &[String], occ: &Occurrence, matched: &[usize]) -> bool {
    (occ.us.saturating_sub(3)..occ.us)
        .any(|k| NEGATIONS.contains(&words[k].as_str()) && !matched.contains(&k))
}

fn resolve(m: Marker, acts: &[Act], _words: &[String]) -> Option<usize> {
    match m {
        Marker::Before(pos) => acts.iter().rposition(|a| a.ue <= pos),
        Marker::After(pos) => acts.iter().position(|a| a.us >= pos),
    }
}

/// The actors conjoined with actor `a` ("Arnor, Rohan and Gondor"), in text order.
fn compound(words: &[String], acts: &[Act], a: usize) -> Vec<usize> {
    // 0: not joined; 1: joined by a comma only (a list that must go on); 2: joined by
    // "and"/"or".
    let link = |x: &Act, y: &Act| -> u8 {
        if x.ue > y.us {
            return 0; // overlapping (a pronoun inside a longer mention)
        }
        let gap = &words[x.ue..y.us];
        if possessive_conjunct(gap) {
            return 2;
        }
        if gap.is_empty() || gap.len() > 4 {
            return 0;
        }
        let mut comma = false;
        let mut and = false;
        let mut others = 0;
        for w in gap {
            match w.as_str() {
                "," => comma = true,
                "AND" | "OR" => and = true,
                w if CONJUNCTIONS.contains(&w) || CONJ_FILLER.contains(&w) => {}
                w if w.chars().next().is_some_and(|c| c.is_alphabetic()) => others += 1,
                _ => return 0,
            }
        }
        match (others <= 2, and, comma) {
            (true, true, _) => 2,
            (true, false, true) => 1,
            _ => 0,
        }
    };
    let links: Vec<u8> = (0..acts.len().saturating_sub(1))
        .map(|i| link(&acts[i], &acts[i + 1]))
        .collect();
    // A comma-only link holds when the list goes on to an "and".
    let holds = |i: usize| -> bool {
        let mut j = i;
        while j < links.len() {
            match links[j] {
                2 => return true,
                1 => j += 1,
                _ => return false,
            }
        }
        false
    };
    let mut lo = a;
    while lo > 0 && holds(lo - 1) {
        lo -= 1;
    }
    let mut hi = a;
    while hi + 1 < acts.len() && holds(hi) {
        hi += 1;
    }
    (lo..=hi).collect()
}

/// "Ithilen's sheep and goats of Gondor": a possessive noun phrase conjoined with one that
/// names its actor in an "of"/"from" complement. `gap` is the words between the actors:
/// `'S`, one or two plain words, "and", one or two plain words, then "of" or "from".
fn possessive_conjunct(gap: &[String]) -> bool {
    let n = gap.len();
    if !(5..=7).contains(&n) || !matches!(gap[0].as_str(), "'S" | "'") {
        return false;
    }
    if !matches!(gap[n - 1].as_str(), "OF" | "FROM") {
        return false;
    }
    let inner = &gap[1..n - 1];
    let Some(and) = inner.iter().position(|w| w == "AND") else {
        return false;
    };
    let plain = |ws: &[String]| {
        (1..=2).contains(&ws.len())
            && ws.iter().all(|w| {
                w.chars().all(|c| c.is_alphabetic())
                    && !CONJ_FILLER.contains(&w.as_str())
                    && !SUBORDINATORS.contains(&w.as_str())
                    && !AUXILIARIES.contains(&w.as_str())
            })
    };
    plain(&inner[..and]) && plain(&inner[and + 1..])
}

/// Source and target without a parse.
fn surface_arguments(
    words: &[String],
    occ: &Occurrence,
    acts: &[Act],
    prev_sources: Option<&Vec<usize>>,
    verb_starts: &[usize],
) -> (Vec<usize>, Vec<usize>) {
    // A verb conjoined to the previous one ("condemned … and promised") shares its source.
    let mut k = occ.us;
    while k > 0 && (AUXILIARIES.contains(&words[k - 1].as_str()) || words[k - 1] == "ALSO") {
        k -= 1;
    }
    let conjoined = k > 0 && (words[k - 1] == "AND" || words[k - 1] == "BUT");
    // The subject: the nearest actor before the verb, unless a clause opener or a pronoun
    // subject comes first.
    let mut subject = acts.iter().rposition(|a| a.ue <= occ.us);
    if let Some(sj) = subject {
        let between = &words[acts[sj].ue..occ.us];
        if between
            .iter()
            .any(|w| SUBORDINATORS.contains(&w.as_str()) || PRONOUNS.contains(&w.as_str()))
        {
            subject = None;
        }
    }
    // "Arnor, which Gondor praised, attacked Mordor": the nearest actor is inside a
    // relative clause set off by commas; the subject is the actor before the clause.
    if let Some(sj) = subject {
        let closes = words[acts[sj].ue..occ.us].iter().any(|w| w == ",");
        let opens = (acts[sj].us.saturating_sub(4).max(1)..acts[sj].us)
            .rev()
            .find(|&k| RELATIVES.contains(&words[k].as_str()) && words[k - 1] == ",");
        if let (true, Some(r)) = (closes, opens) {
            subject = acts.iter().rposition(|a| a.ue < r);
        }
    }
    let mut sources = match (conjoined, prev_sources) {
        (true, Some(p)) if !p.is_empty() => p.clone(),
        _ => subject
            .map(|s| compound(words, acts, s))
            .unwrap_or_default(),
    };
    if conjoined && prev_sources.is_some_and(|p| !p.is_empty()) {
        subject = None;
    }
    // The target: the first actor after the verb that is not the subject of a following
    // reporting verb ("…, a senior Bree official said").
    let mut targets = Vec::new();
    for t in (0..acts.len()).filter(|&t| acts[t].us >= occ.ue) {
        // Not into a relative clause: in "… raids in which Arnor spokesmen said", Arnor
        // belongs to the clause, not to the verb. (Other subordinate clauses are crossed, as
        // PETRARCH does when the verb's own phrase names no actor.)
        if words[occ.ue..acts[t].us]
            .iter()
            .any(|w| RELATIVES.contains(&w.as_str()))
        {
            break;
        }
        let group = compound(words, acts, t);
        let end = acts[*group.last().unwrap_or(&t)].ue;
        if verb_starts.contains(&end)
            && words
                .get(end)
                .is_some_and(|w| REPORTING.contains(&w.as_str()))
        {
            continue;
        }
        targets = group;
        break;
    }
    // Passive with an agent: "X was opposed by Y".
    let passive = (occ.us.saturating_sub(3)..occ.us).any(|k| BE_FORMS.contains(&words[k].as_str()));
    if passive {
        let by = (occ.ue..(occ.ue + 3).min(words.len())).find(|&k| words[k] == "BY");
        if let Some(by) = by {
            if let Some(agent) = acts.iter().position(|a| a.us > by && a.us <= by + 3) {
                targets = subject
                    .map(|s| compound(words, acts, s))
                    .unwrap_or_default();
                sources = compound(words, acts, agent);
            }
        }
    }
    (sources, targets)
}

/// Source and target from the dependency parse. Empty when the parse gives no actor.
/// A complement clause holding another dictionary verb (`verb_tokens`), at its head or
/// further down, is that verb's event, not this verb's target: "an official said Arnor will
/// restore ties with Gondor" codes the restoring, not the official saying something to Arnor.
fn dependency_arguments(
    syn: &[TokenSyntax],
    sentence: std::ops::Range<usize>,
    occ: &Occurrence,
    units: &Units,
    acts: &[Act],
    verb_tokens: &[usize],
) -> (Vec<usize>, Vec<usize>, bool) {
    let verb_tok = sentence.start + units.token[occ.us] as usize;
    // Heads never leave their sentence: children are looked for there, not in the whole
    // document (which made long documents quadratic).
    let children = |h: usize| -> Vec<usize> {
        sentence
            .clone()
            .filter(|&t| syn[t].head == Some(h as u32))
            .collect()
    };
    // Whether `root` is reached from `tok` by climbing heads through relations that `passes`
    // (universal part only: `obl:agent` is `obl`).
    let climbs_to = |tok: usize, root: usize, passes: fn(&str) -> bool| -> bool {
        let mut t = tok;
        for _ in 0..64 {
            if t == root {
                return true;
            }
            let rel = syn[t].deprel.as_str();
            if !passes(rel.split(':').next().unwrap_or(rel)) {
                return false;
            }
            match syn[t].head {
                Some(h) => t = h as usize,
                None => return false,
            }
        }
        false
    };
    // Whether `tok` is in the phrase headed by `root`, not counting clauses attached
    // inside it ("Arnor, whom Gondor praised," — Gondor is not part of the subject).
    let in_subtree = |tok: usize, root: usize| -> bool {
        climbs_to(tok, root, |rel| {
            !matches!(
                rel,
                "acl" | "advcl" | "ccomp" | "csubj" | "parataxis" | "xcomp"
            )
        })
    };
    // Whether the clause headed by `root` has `tok` as its main verb, at its head or down a
    // verb chain: "Arnor is about to restore ties …, an official said" hangs "restore" by
    // xcomp under the ccomp's head. Verbs of relative and adverbial clauses inside it ("a
    // pleasant place to visit") are not its main verb.
    let dominates = |root: usize, tok: usize| -> bool {
        climbs_to(tok, root, |rel| matches!(rel, "xcomp" | "conj" | "ccomp"))
    };
    let actor_in = |root: usize| -> Vec<usize> {
        let mut out: Vec<usize> = acts
            .iter()
            .enumerate()
            .filter(|(_, a)| (a.tokens.0..a.tokens.1).any(|t| in_subtree(t, root)))
            .map(|(i, _)| i)
            .collect();
        out.dedup();
        out
    };
    // Subject: own nsubj, else inherited up xcomp/conj/advcl chains.
    // (A parse may give a verb two subjects, one of them a misattached sourcing phrase:
    // "According to … IRNA, Tehran condemned …"; the actors of all of them count.)
    let mut v = verb_tok;
    let mut subjects: Vec<usize> = Vec::new();
    for _ in 0..4 {
        subjects = children(v)
            .into_iter()
            .filter(|&c| syn[c].deprel.starts_with("nsubj") || syn[c].deprel.starts_with("csubj"))
            .collect();
        if !subjects.is_empty() {
            break;
        }
        match (syn[v].head, syn[v].deprel.as_str()) {
            (Some(h), "xcomp") => {
                // Object control, a rule of English grammar: in "X urged Y to accept", "X
                // asked Y to leave", the object of the governing verb does the infinitive's
                // action, not its subject.
                let object = children(h as usize)
                    .into_iter()
                    .find(|&c| matches!(syn[c].deprel.as_str(), "obj" | "iobj"));
                if let Some(o) = object {
                    subjects = vec![o];
                    break;
                }
                v = h as usize;
            }
            (Some(h), "conj" | "advcl") => v = h as usize,
            _ => break,
        }
    }
    let passive = subjects.iter().any(|&s| syn[s].deprel.ends_with(":pass"));
    let mut sources: Vec<usize> = subjects.iter().flat_map(|&s| actor_in(s)).collect();
    let subj = subjects.first();
    let mut targets = Vec::new();
    // Obliques ("unlike the U.N.", "in Ukraine", "with Russia") are targets only when no
    // core argument (object, complement) names one: the direct object is what the verb acts
    // on ("China has never condemned Russia's invasion").
    let mut oblique_targets = Vec::new();
    let mut agent = Vec::new();
    for c in children(verb_tok) {
        let rel = syn[c].deprel.as_str();
        if rel == "obl:agent"
            || (rel.starts_with("obl")
                && children(c)
                    .iter()
                    .any(|&k| syn[k].deprel == "case" && syn[k].lemma.eq_ignore_ascii_case("by")))
        {
            agent.extend(actor_in(c));
        } else if rel == "ccomp"
            && verb_tokens
                .iter()
                .any(|&v| v != verb_tok && dominates(c, v))
        {
            continue;
        } else if matches!(rel, "obj" | "iobj" | "ccomp" | "xcomp") {
            targets.extend(actor_in(c));
        } else if rel.starts_with("obl") {
            oblique_targets.extend(actor_in(c));
        }
    }
    if targets.is_empty() {
        targets = oblique_targets;
    }
    if passive && !agent.is_empty() {
        targets = sources;
        sources = agent;
    } else {
        targets.extend(agent);
    }
    sources.sort_unstable();
    sources.dedup();
    targets.retain(|t| !sources.contains(t));
    // Keep the first target phrase with its conjuncts.
    if let Some(&first) = targets.iter().min() {
        let keep = compound(&units.words, acts, first);
        targets.retain(|t| keep.contains(t));
    }
    (sources, targets, subj.is_some())
}

/// Whether the noun at `n` is definite ("the attack", "this strike", "their talks"): in
/// English a definite description of an event with no participants of its own refers to an
/// event the reader already knows.
fn definite(syn: &[TokenSyntax], range: std::ops::Range<usize>, n: usize) -> bool {
    range.clone().any(|k| {
        syn[k].head == Some(n as u32)
            && ((syn[k].deprel == "det"
                && matches!(
                    syn[k].lemma.to_lowercase().as_str(),
                    "the" | "this" | "that"
                ))
                || (syn[k].deprel == "nmod:poss" && syn[k].xpos == "PRP$"))
    })
}

/// The event a definite event noun of sentence `si` refers back to: the latest event of the
/// same CAMEO root coded in the three sentences before, if any.
fn antecedent_event(events: &[Event], si: usize, code: &str) -> Option<Event> {
    let root = code.get(..2)?;
    events
        .iter()
        .rev()
        .find(|e| {
            (e.sentence as usize) < si
                && si - (e.sentence as usize) <= 3
                && e.cameo.get(..2) == Some(root)
        })
        .cloned()
}

/// Personal pronouns in argument positions of sentence `si` that refer to an actor named
/// earlier (this sentence or the two before), as actors of this sentence. "The officials
/// said they arrested seven IS members": *they* are the officials. Only third-person
/// pronouns: *we* and *I* in quotes are the speaker, whom the attribution stage finds.
fn pronoun_actors(doc: &Document, syn: &[TokenSyntax], si: usize, units: &Units) -> Vec<Act> {
    let sent = doc.sentences[si];
    let base = sent.token_start as usize;
    let mut out = Vec::new();
    for t in sent.token_range() {
        let s = &syn[t];
        let lemma = s.lemma.to_ascii_lowercase();
        if s.xpos != "PRP" || !matches!(lemma.as_str(), "he" | "she" | "they" | "it" | "we" | "i") {
            continue;
        }
        let rel = s.deprel.split(':').next().unwrap_or("");
        if !matches!(rel, "nsubj" | "obj" | "iobj" | "obl") {
            continue;
        }
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
        let speaker = match (quoted, lemma.as_str()) {
            (true, "we" | "i") => quoted_speaker(doc, syn, si),
            (true, _) | (false, "we" | "i") => continue,
            _ => None,
        };
        if quoted && speaker.is_none() {
            continue;
        }
        // "It was a mistake to …", "it is necessary for …": *it* stands for the clause that
        // follows (extraposition), not for an actor.
        if lemma == "it" && rel == "nsubj" {
            if let Some(h) = s.head {
                let h = h as usize;
                let copula = sent
                    .token_range()
                    .any(|k| syn[k].head == Some(h as u32) && syn[k].deprel == "cop");
                if copula || matches!(syn[h].upos.as_str(), "ADJ" | "NOUN") {
                    continue;
                }
            }
        }
        let Some(mention) = speaker.or_else(|| antecedent(doc, syn, si, t, &lemma)) else {
            continue;
        };
        let Some(u) = units.token.iter().position(|&k| k as usize + base == t) else {
            continue;
        };
        out.push(Act {
            us: u,
            ue: u + 1,
            mention,
            tokens: (t, t + 1),
            pronoun: Some(t),
        });
    }
    out
}

/// The actor mention a pronoun at token `t` refers to: among the mentions before it in its
/// sentence and the two before, one that can be what the pronoun names (a person for
/// *he*/*she*: a coded title or name, not a bare country; not a person for *it*), the
/// nearest subject first (a pronoun mostly continues the topic, which English puts in
/// subject position), else the nearest.
/// The actor who speaks a direct quotation in sentence `si`: the subject of a reporting verb
/// outside the quotation marks ("…,” the minister said"; "said Mohammed Badaru Abubakar").
fn quoted_speaker(doc: &Document, syn: &[TokenSyntax], si: usize) -> Option<usize> {
    let range = doc.sentences[si].token_range();
    let mut inside = false;
    let mut verbs = Vec::new();
    for k in range.clone() {
        if doc.tokens[k].norm == "\"" {
            inside = !inside;
        } else if !inside && REPORTING_LEMMAS.contains(&syn[k].lemma.to_lowercase().as_str()) {
            verbs.push(k);
        }
    }
    let subject = verbs.iter().find_map(|&v| {
        range
            .clone()
            .find(|&k| syn[k].head == Some(v as u32) && syn[k].deprel.starts_with("nsubj"))
    })?;
    doc.actors
        .iter()
        .position(|m| (m.token_start as usize..m.token_end as usize).contains(&subject))
}

fn antecedent(
    doc: &Document,
    syn: &[TokenSyntax],
    si: usize,
    t: usize,
    lemma: &str,
) -> Option<usize> {
    let window_start = doc.sentences[si.saturating_sub(2)].token_start as usize;
    let person = |m: &ActorMention| {
        m.code.len() > 3
            && (m.token_start as usize..m.token_end as usize)
                .any(|k| matches!(syn[k].xpos.as_str(), "NNP" | "NN"))
    };
    let fits = |m: &ActorMention| match lemma {
        "he" | "she" => person(m),
        "it" => !person(m) || m.code.starts_with("IGO") || m.code.starts_with("NGO"),
        _ => true,
    };
    // The nearest subject before the pronoun in its own sentence is its likeliest antecedent
    // ("Malaysia's challenge, although it doesn't mention China": *it* is the challenge;
    // "the lawyer said he believed": *he* is the lawyer). When that subject is a noun no
    // dictionary knows, the pronoun stands for it, not for an actor further back.
    let sentence_start = doc.sentences[si].token_start as usize;
    if let Some(k) = (sentence_start..t).rev().find(|&k| {
        syn[k].deprel.starts_with("nsubj") && matches!(syn[k].upos.as_str(), "NOUN" | "PROPN")
    }) {
        let holder = doc
            .actors
            .iter()
            .position(|m| (m.token_start as usize..m.token_end as usize).contains(&k));
        match holder {
            Some(i) if fits(&doc.actors[i]) => return Some(i),
            Some(_) => {}
            None => return None,
        }
    }
    let candidates: Vec<usize> = (0..doc.actors.len())
        .rev()
        .filter(|&i| {
            let m = &doc.actors[i];
            (m.token_end as usize) <= t && m.token_start as usize >= window_start && fits(m)
        })
        .collect();
    let is_subject = |i: usize| {
        let m = &doc.actors[i];
        (m.token_start as usize..m.token_end as usize).any(|k| syn[k].deprel.starts_with("nsubj"))
    };
    candidates
        .iter()
        .copied()
        .find(|&i| is_subject(i))
        .or_else(|| candidates.first().copied())
}
