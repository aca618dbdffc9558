//! Scoring coded events against hand-coded gold: the real-news gold standard
//! (`eval/gold/voa.jsonl`, coded by `docs/annotation.md`) and the PLOVER gold-standard
//! records (CAMEO-manual sentences with their PLOVER type).
//!
//! # How events are matched
//!
//! Gold is coded per sentence. A gold sentence is found in the processed document by its
//! text (whitespace and typographic quotes folded), not by its index, so a change in
//! sentence splitting does not break the match; a system event belongs to the gold sentence
//! whose text holds the start of its trigger. Events in sentences the gold does not cover
//! (past a story's first 12) are not scored.
//!
//! Within a sentence, system and gold events are paired one to one (greedily, in order) at
//! four levels, each with its own precision, recall and F1:
//!
//! - **(a) event**: the sentence has an event (sentence-level);
//! - **(b) PLOVER type** (events whose code has one);
//! - **(c) primary**: source country + target country + CAMEO root, the level that decides
//!   whether a row of an event dataset is right for most analyses;
//! - **(d) exact**: full source and target codes and the full CAMEO code.
//!
//! A "country" is the first three letters of an actor code (`ISRGOV` → `ISR`), the first six
//! for international organisations (`IGOUNO…` → `IGOUNO`, so the UN is not NATO). An
//! unknown country (`---`) never matches, and a missing actor matches only a missing one.

use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;

use anyhow::Context as _;
use factum_codes::actor::ActorCode;
use factum_doc::{Document, Event, EventActor, PlaceMention};
use factum_ingest::{Format, ReadOptions};
use rayon::prelude::*;

use crate::pipeline::Pipeline;
use serde::{Deserialize, Serialize};

/// `add_counts!(self, o: a, b, …)`: adds each named count of `o` to the same field of `self`
/// (the scores of several splits or stories summed).
macro_rules! add_counts {
    ($to:ident, $from:ident: $($field:ident),+ $(,)?) => {
        $( $to.$field += $from.$field; )+
    };
}

pub mod places;

/// One actor of a gold event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GoldActor {
    /// The words in the sentence (or the resolved antecedent).
    pub text: String,
    /// CAMEO actor code ("ISRGOV", "IGOUNO", "---REB").
    pub code: String,
}

/// One hand-coded event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GoldEvent {
    pub source: Option<GoldActor>,
    pub target: Option<GoldActor>,
    #[serde(default)]
    pub trigger: Option<String>,
    pub cameo: String,
    #[serde(default)]
    pub plover: Option<String>,
    #[serde(default)]
    pub mode: Option<String>,
    #[serde(default)]
    pub modality: Option<String>,
    #[serde(default)]
    pub negated: bool,
    #[serde(default)]
    pub attribution: Option<String>,
    #[serde(default)]
    pub note: Option<String>,
}

/// One coded sentence of the gold: its events, possibly none.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GoldSentence {
    pub story: String,
    pub split: String,
    #[serde(default)]
    pub published: Option<String>,
    pub sentence: u32,
    pub text: String,
    pub events: Vec<GoldEvent>,
}

/// Read a gold file (JSON Lines, one [`GoldSentence`] a line); errors name the line.
pub fn load_gold(path: &Path) -> anyhow::Result<Vec<GoldSentence>> {
    read_json_lines(path, "gold sentence")
}

/// Read a JSON Lines file of `what` records, one a line, blank lines skipped. The event
/// gold and the place gold are both written so, and a line that is not a record is an
/// error naming the file and the line, for whoever edits the gold by hand.
fn read_json_lines<T: serde::de::DeserializeOwned>(
    path: &Path,
    what: &str,
) -> anyhow::Result<Vec<T>> {
    let text = std::fs::read_to_string(path).with_context(|| path.display().to_string())?;
    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(n, line)| {
            serde_json::from_str(line)
                .with_context(|| format!("{}:{}: not a {what} record", path.display(), n + 1))
        })
        .collect()
}

/// The country part of an actor code (see the module docs); `None` when unknown.
pub fn country_key(code: &str) -> Option<&str> {
    let parsed = ActorCode::new(code);
    if parsed.has_unknown_country() {
        return None;
    }
    match parsed.first() {
        Some("IGO") => code.get(..6).or(Some("IGO")),
        first => first,
    }
}

/// The CAMEO root of an event code ("0874" → "08").
pub fn cameo_root(code: &str) -> &str {
    code.get(..2).unwrap_or(code)
}

/// What is compared of one event at levels (b)–(d); a side is `None` when missing.
#[derive(Debug, Clone, PartialEq)]
pub struct Coding {
    pub source: Option<String>,
    pub target: Option<String>,
    pub cameo: String,
    /// What the primary level compares as the type: the CAMEO root, or the PLOVER type for
    /// gold that has no CAMEO code (the PLOVER gold-standard records).
    pub root: String,
    pub plover: Option<String>,
    /// Where the event was found (byte offset of the trigger), for duplicates.
    pub trigger_at: Option<u32>,
}

impl Coding {
    pub fn of_event(e: &Event) -> Coding {
        let side = |a: &Option<EventActor>| a.as_ref().map(|a| a.code.clone());
        Coding {
            plover: e.plover_type.clone(),
            trigger_at: Some(e.verb_span.start),
            ..Coding::new(side(&e.source), side(&e.target), &e.cameo)
        }
    }

    pub fn of_gold(e: &GoldEvent) -> Coding {
        let side = |a: &Option<GoldActor>| a.as_ref().map(|a| a.code.clone());
        Coding {
            plover: e.plover.clone(),
            ..Coding::new(side(&e.source), side(&e.target), &e.cameo)
        }
    }

    /// The coding of `cameo` between `source` and `target`, with no PLOVER type and no
    /// place in the text.
    fn new(source: Option<String>, target: Option<String>, cameo: &str) -> Coding {
        Coding {
            source,
            target,
            cameo: cameo.to_string(),
            root: cameo_root(cameo).to_string(),
            plover: None,
            trigger_at: None,
        }
    }

    fn side_country(side: &Option<String>) -> Side<'_> {
        match side {
            None => Side::Missing,
            Some(code) => country_key(code).map_or(Side::Unknown, Side::Known),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Side<'a> {
    Missing,
    Unknown,
    Known(&'a str),
}

impl Side<'_> {
    /// Unknown countries never match; missing matches missing.
    fn matches(self, other: Side<'_>) -> bool {
        match (self, other) {
            (Side::Missing, Side::Missing) => true,
            (Side::Known(a), Side::Known(b)) => a == b,
            _ => false,
        }
    }
}

/// The four levels of [`module docs`](self).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    Event,
    Plover,
    Primary,
    Exact,
}

impl Level {
    pub const ALL: [Level; 4] = [Level::Event, Level::Plover, Level::Primary, Level::Exact];

    pub fn label(self) -> &'static str {
        match self {
            Level::Event => "(a) event in sentence",
            Level::Plover => "(b) PLOVER type",
            Level::Primary => "(c) primary: src+tgt country, root",
            Level::Exact => "(d) exact codes",
        }
    }

    /// Whether a system coding and a gold coding agree at this level (not used for
    /// [`Level::Event`], which is scored per sentence).
    fn agree(self, sys: &Coding, gold: &Coding) -> bool {
        match self {
            Level::Event => true,
            Level::Plover => sys.plover.is_some() && sys.plover == gold.plover,
            Level::Primary => {
                sys.root == gold.root
                    && Coding::side_country(&sys.source).matches(Coding::side_country(&gold.source))
                    && Coding::side_country(&sys.target).matches(Coding::side_country(&gold.target))
            }
            Level::Exact => {
                sys.cameo == gold.cameo
                    && sys.source.as_deref().filter(|c| !c.starts_with("---"))
                        == gold.source.as_deref()
                    && sys.target.as_deref().filter(|c| !c.starts_with("---"))
                        == gold.target.as_deref()
            }
        }
    }

    /// Whether an event takes part in this level at all (PLOVER: only events with a type).
    fn counts(self, c: &Coding) -> bool {
        self != Level::Plover || c.plover.is_some()
    }
}

/// True positives, system count and gold count at one level.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Counts {
    pub matched_sys: u32,
    pub matched_gold: u32,
    pub sys: u32,
    pub gold: u32,
}

impl Counts {
    pub fn precision(&self) -> f64 {
        ratio(self.matched_sys, self.sys)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.matched_gold, self.gold)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    fn add(&mut self, o: Counts) {
        add_counts!(self, o: matched_sys, matched_gold, sys, gold);
    }
}

fn ratio(a: u32, b: u32) -> f64 {
    if b == 0 {
        0.0
    } else {
        f64::from(a) / f64::from(b)
    }
}

impl fmt::Display for Counts {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "P {:.3} ({}/{})  R {:.3} ({}/{})  F1 {:.3}",
            self.precision(),
            self.matched_sys,
            self.sys,
            self.recall(),
            self.matched_gold,
            self.gold,
            self.f1()
        )
    }
}

/// Why a system event did not match any gold event at the primary level, or why a gold
/// event was not found. Checked in this order; the first that applies is reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ErrorClass {
    /// The sentence has no gold event.
    NotAnEvent,
    /// Another system event in the sentence came from the same trigger.
    DuplicateTrigger,
    /// Source and target of the same country where the gold has no such event.
    SelfDyad,
    /// A gold event has the same country pair (either direction) but another root.
    WrongType,
    /// A gold event has the same root, and a side is missing or of unknown country.
    MissingCountry,
    /// A gold event has the same root but another country on a side.
    WrongCountry,
    /// Nothing in the gold sentence is close: wrong actors and type.
    ActorAttachment,
    /// A gold event in a sentence where the system coded nothing.
    MissedNoOutput,
    /// A gold event not found although the system coded other events in the sentence.
    MissedWithOutput,
}

impl ErrorClass {
    pub fn label(self) -> &'static str {
        match self {
            ErrorClass::NotAnEvent => "not an event (sentence has no gold event)",
            ErrorClass::DuplicateTrigger => "duplicate from one trigger",
            ErrorClass::SelfDyad => "self-dyad",
            ErrorClass::WrongType => "wrong type (right countries)",
            ErrorClass::MissingCountry => "missing or unknown country (right root)",
            ErrorClass::WrongCountry => "wrong country (right root)",
            ErrorClass::ActorAttachment => "actor attachment (wrong actors and type)",
            ErrorClass::MissedNoOutput => "missed, in a sentence with no output",
            ErrorClass::MissedWithOutput => "missed, in a sentence with other output",
        }
    }
}

/// Scores of one group of sentences (a split, or everything).
#[derive(Debug, Clone, Default)]
pub struct Scores {
    pub sentences: u32,
    pub levels: BTreeMap<Level, Counts>,
    pub errors: BTreeMap<ErrorClass, u32>,
}

impl Scores {
    pub fn level(&self, level: Level) -> Counts {
        self.levels.get(&level).copied().unwrap_or_default()
    }

    pub fn add(&mut self, other: &Scores) {
        self.sentences += other.sentences;
        for (l, c) in &other.levels {
            self.levels.entry(*l).or_default().add(*c);
        }
        for (e, n) in &other.errors {
            *self.errors.entry(*e).or_default() += n;
        }
    }
}

/// The outcome of one sentence: per-level counts, errors, and which events matched at the
/// primary level (for `--show`).
#[derive(Debug, Clone, Default)]
pub struct SentenceResult {
    pub scores: Scores,
    /// For each system event: `None` when it matched at the primary level, else why not.
    pub sys_errors: Vec<Option<ErrorClass>>,
    /// For each gold event: `None` when found at the primary level, else why not.
    pub gold_errors: Vec<Option<ErrorClass>>,
}

/// Score one sentence's system codings against its gold codings.
pub fn score_sentence(sys: &[Coding], gold: &[Coding]) -> SentenceResult {
    let mut scores = Scores {
        sentences: 1,
        ..Scores::default()
    };
    scores.levels.insert(
        Level::Event,
        Counts {
            matched_sys: u32::from(!sys.is_empty() && !gold.is_empty()),
            matched_gold: u32::from(!sys.is_empty() && !gold.is_empty()),
            sys: u32::from(!sys.is_empty()),
            gold: u32::from(!gold.is_empty()),
        },
    );
    let mut primary_pairs = (vec![false; sys.len()], vec![false; gold.len()]);
    for level in [Level::Plover, Level::Primary, Level::Exact] {
        let (sys_hit, gold_hit) = pair(level, sys, gold);
        let counts = Counts {
            matched_sys: sys_hit.iter().filter(|h| **h).count() as u32,
            matched_gold: gold_hit.iter().filter(|h| **h).count() as u32,
            sys: sys.iter().filter(|c| level.counts(c)).count() as u32,
            gold: gold.iter().filter(|c| level.counts(c)).count() as u32,
        };
        scores.levels.insert(level, counts);
        if level == Level::Primary {
            primary_pairs = (sys_hit, gold_hit);
        }
    }
    let sys_errors: Vec<Option<ErrorClass>> = (0..sys.len())
        .map(|i| (!primary_pairs.0[i]).then(|| classify_false_event(i, sys, gold)))
        .collect();
    let gold_errors: Vec<Option<ErrorClass>> = primary_pairs
        .1
        .iter()
        .map(|hit| {
            (!hit).then_some(if sys.is_empty() {
                ErrorClass::MissedNoOutput
            } else {
                ErrorClass::MissedWithOutput
            })
        })
        .collect();
    for e in sys_errors.iter().chain(&gold_errors).flatten() {
        *scores.errors.entry(*e).or_default() += 1;
    }
    SentenceResult {
        scores,
        sys_errors,
        gold_errors,
    }
}

/// Pair system and gold codings one to one at `level`, greedily in order; returns which
/// system and which gold codings found a partner.
fn pair(level: Level, sys: &[Coding], gold: &[Coding]) -> (Vec<bool>, Vec<bool>) {
    let mut sys_hit = vec![false; sys.len()];
    let mut gold_hit = vec![false; gold.len()];
    for (i, s) in sys.iter().enumerate() {
        if !level.counts(s) {
            continue;
        }
        if let Some(j) = (0..gold.len()).find(|&j| !gold_hit[j] && level.agree(s, &gold[j])) {
            sys_hit[i] = true;
            gold_hit[j] = true;
        }
    }
    (sys_hit, gold_hit)
}

/// Why system event `i` matched no gold event (see [`ErrorClass`] for the order).
fn classify_false_event(i: usize, sys: &[Coding], gold: &[Coding]) -> ErrorClass {
    let s = &sys[i];
    if gold.is_empty() {
        return ErrorClass::NotAnEvent;
    }
    if s.trigger_at.is_some() && sys[..i].iter().any(|o| o.trigger_at == s.trigger_at) {
        return ErrorClass::DuplicateTrigger;
    }
    let (src, tgt) = (
        Coding::side_country(&s.source),
        Coding::side_country(&s.target),
    );
    if let (Side::Known(a), Side::Known(b)) = (src, tgt) {
        let gold_has_self = gold.iter().any(|g| {
            let (gs, gt) = (
                Coding::side_country(&g.source),
                Coding::side_country(&g.target),
            );
            gs == Side::Known(a) && gt == Side::Known(b)
        });
        if a == b && !gold_has_self {
            return ErrorClass::SelfDyad;
        }
    }
    let same_pair = |g: &Coding| {
        let (gs, gt) = (
            Coding::side_country(&g.source),
            Coding::side_country(&g.target),
        );
        (src.matches(gs) && tgt.matches(gt)) || (src.matches(gt) && tgt.matches(gs))
    };
    if gold.iter().any(same_pair) {
        return ErrorClass::WrongType;
    }
    let same_root: Vec<&Coding> = gold.iter().filter(|g| g.root == s.root).collect();
    if same_root.is_empty() {
        return ErrorClass::ActorAttachment;
    }
    if matches!(src, Side::Missing | Side::Unknown) || matches!(tgt, Side::Missing | Side::Unknown)
    {
        return ErrorClass::MissingCountry;
    }
    ErrorClass::WrongCountry
}

/// Where each gold sentence lies in a processed document's text: a byte range, or `None`
/// when its text cannot be found.
pub fn locate_sentences(doc_text: &str, sentences: &[&str]) -> Vec<Option<(usize, usize)>> {
    let (folded, map) = fold_with_map(doc_text);
    let mut from = 0;
    sentences
        .iter()
        .map(|s| {
            // A story's first sentence may start with a dateline the reader moved into
            // the document's metadata ("MARANCHON, SPAIN — The air …").
            let undated = factum_ingest::dateline::split_dateline(s).map(|(_, k)| &s[k..]);
            let (at, needle) = [Some(*s), undated].into_iter().flatten().find_map(|s| {
                let (needle, _) = fold_with_map(s);
                let needle = needle.trim().to_string();
                if needle.is_empty() {
                    return None;
                }
                let at = folded[from..]
                    .find(&needle)
                    .map(|i| i + from)
                    .or_else(|| folded.find(&needle))?;
                Some((at, needle))
            })?;
            let end = at + needle.len();
            from = end;
            let last = map[end - 1];
            let last_len = doc_text[last..].chars().next().map_or(1, char::len_utf8);
            Some((map[at], last + last_len))
        })
        .collect()
}

/// `text` with whitespace runs as one space and typographic quotes, apostrophes and dashes
/// folded to ASCII, and for every byte of the result the start of the character of `text`
/// it came from.
fn fold_with_map(text: &str) -> (String, Vec<usize>) {
    let mut out = String::with_capacity(text.len());
    let mut map = Vec::with_capacity(text.len());
    let mut last_space = false;
    for (i, c) in text.char_indices() {
        let folded = match c {
            c if c.is_whitespace() => ' ',
            '\u{2018}' | '\u{2019}' | '\u{201B}' | '\u{2032}' => '\'',
            '\u{201C}' | '\u{201D}' | '\u{201F}' | '\u{2033}' => '"',
            '\u{2013}' | '\u{2014}' | '\u{2212}' => '-',
            c => c,
        };
        if folded == ' ' && last_space {
            continue;
        }
        last_space = folded == ' ';
        let before = out.len();
        out.push(folded);
        map.extend(std::iter::repeat_n(i, out.len() - before));
    }
    (out, map)
}

impl Coding {
    /// A system event as the PLOVER records see it: the PLOVER type stands for the CAMEO
    /// code at every level.
    pub fn of_event_plover(e: &Event) -> Coding {
        let plover = e.plover_type.clone().unwrap_or_default();
        Coding {
            cameo: plover.clone(),
            root: plover,
            ..Coding::of_event(e)
        }
    }
}

/// One scored gold sentence with what the system coded in it.
#[derive(Debug, Clone)]
pub struct SentenceOutcome<'g> {
    pub gold: &'g GoldSentence,
    /// Whether the sentence's text was found in the processed document.
    pub located: bool,
    /// The system events whose trigger lies in the sentence.
    pub system: Vec<Event>,
    pub result: SentenceResult,
    /// The sentence as the processed document has it (empty when not located).
    pub text: String,
    /// The system's place mentions inside the sentence, spans relative to its start
    /// (scored by [`places`]).
    pub places: Vec<PlaceMention>,
}

/// Score a processed story against its gold sentences (all of one story, in order).
pub fn score_story<'g>(doc: &Document, gold: &[&'g GoldSentence]) -> Vec<SentenceOutcome<'g>> {
    let texts: Vec<&str> = gold.iter().map(|g| g.text.as_str()).collect();
    let spans = locate_sentences(&doc.text, &texts);
    gold.iter()
        .zip(spans)
        .map(|(g, span)| {
            let system: Vec<Event> = match span {
                Some((start, end)) => doc
                    .events
                    .iter()
                    .filter(|e| (start..end).contains(&(e.verb_span.start as usize)))
                    .cloned()
                    .collect(),
                None => Vec::new(),
            };
            let sys: Vec<Coding> = system.iter().map(Coding::of_event).collect();
            let gold_codings: Vec<Coding> = g.events.iter().map(Coding::of_gold).collect();
            let (text, places) = span.map_or_else(Default::default, |s| sentence_places(doc, s));
            SentenceOutcome {
                gold: g,
                located: span.is_some(),
                system,
                result: score_sentence(&sys, &gold_codings),
                text,
                places,
            }
        })
        .collect()
}

/// A sentence's text and the place mentions starting in it, re-based to its start.
fn sentence_places(doc: &Document, (start, end): (usize, usize)) -> (String, Vec<PlaceMention>) {
    let places = doc
        .places
        .iter()
        .filter(|p| (start..end).contains(&(p.span.start as usize)))
        .map(|p| {
            let mut p = p.clone();
            p.span.start -= start as u32;
            p.span.end = (p.span.end as usize).min(end) as u32 - start as u32;
            p
        })
        .collect();
    (doc.text[start..end].to_string(), places)
}

/// A PLOVER gold-standard record (`plover-gsr/dev.json`): a CAMEO-manual sentence with its
/// PLOVER v0.5 event type and actors.
#[derive(Debug, Clone, Deserialize)]
pub struct PloverRecord {
    pub id: String,
    #[serde(default)]
    pub date: Option<String>,
    pub event: String,
    #[serde(default)]
    pub text: Option<String>,
    #[serde(default, deserialize_with = "actors_or_empty")]
    pub source: Vec<PloverActor>,
    #[serde(default, deserialize_with = "actors_or_empty")]
    pub target: Vec<PloverActor>,
}

/// One actor of a PLOVER record: country code and optional sector.
#[derive(Debug, Clone, Deserialize)]
pub struct PloverActor {
    #[serde(default, rename = "actorText")]
    pub actor_text: String,
    #[serde(default)]
    pub code: String,
    #[serde(default)]
    pub sector: Option<String>,
}

/// The records write a missing side as `""`, a present one as a list.
fn actors_or_empty<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<PloverActor>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Side {
        List(Vec<PloverActor>),
        One(PloverActor),
        Other(serde::de::IgnoredAny),
    }
    Ok(match Side::deserialize(d)? {
        Side::List(v) => v,
        Side::One(a) => vec![a],
        Side::Other(_) => Vec::new(),
    })
}

/// PLOVER v0.5 types renamed or merged in the 2021 manual that factum codes to.
pub fn plover_2021_type(v05: &str) -> &str {
    match v05 {
        "DEMAND" => "REQUEST",
        "DISAPPROVE" | "INVESTIGATE" => "ACCUSE",
        "FIGHT" => "ASSAULT",
        other => other,
    }
}

impl PloverRecord {
    /// The events the record stands for: its type between every source and every target
    /// (compound actors distribute); none for documentation records.
    pub fn codings(&self) -> Vec<Coding> {
        if self.text.is_none() || self.event == "DOCUMENT" {
            return Vec::new();
        }
        let kind = plover_2021_type(&self.event).to_string();
        let code = |a: &PloverActor| format!("{}{}", a.code, a.sector.as_deref().unwrap_or(""));
        let sources: Vec<Option<String>> = if self.source.is_empty() {
            vec![None]
        } else {
            self.source.iter().map(|a| Some(code(a))).collect()
        };
        let targets: Vec<Option<String>> = if self.target.is_empty() {
            vec![None]
        } else {
            self.target.iter().map(|a| Some(code(a))).collect()
        };
        let mut out = Vec::new();
        for s in &sources {
            for t in &targets {
                out.push(Coding {
                    source: s.clone(),
                    target: t.clone(),
                    cameo: kind.clone(),
                    root: kind.clone(),
                    plover: Some(kind.clone()),
                    trigger_at: None,
                });
            }
        }
        out
    }
}

/// Read the PLOVER records file (one JSON array).
pub fn load_plover(path: &Path) -> anyhow::Result<Vec<PloverRecord>> {
    let text = std::fs::read_to_string(path).with_context(|| path.display().to_string())?;
    serde_json::from_str(&text)
        .with_context(|| format!("{}: not a JSON array of PLOVER records", path.display()))
}

// Running the pipeline over a gold file.

/// Score the pipeline on a real-news gold file; returns the scores per split ("dev",
/// "test") and over all sentences ("all"). Events below `min_confidence` are left out
/// (0 keeps all); `show` sees each scored sentence with its processed story.
pub fn score_gold(
    pipeline: &Pipeline,
    gold_path: &Path,
    stories_path: &Path,
    split: Option<&str>,
    min_confidence: f32,
    mut show: impl FnMut(&Document, &SentenceOutcome<'_>),
) -> anyhow::Result<Vec<(String, Scores)>> {
    let gold: Vec<GoldSentence> = load_gold(gold_path)?
        .into_iter()
        .filter(|g| split.is_none_or(|s| g.split == s))
        .collect();
    let docs = read_stories(stories_path)?;
    let mut by_story: Vec<(String, Vec<&GoldSentence>)> = Vec::new();
    for g in &gold {
        match by_story.last_mut() {
            Some((id, v)) if *id == g.story => v.push(g),
            _ => by_story.push((g.story.clone(), vec![g])),
        }
    }
    let processed: Vec<anyhow::Result<Document>> = by_story
        .par_iter()
        .map(|(id, _)| {
            let mut doc = docs
                .iter()
                .find(|d| &d.id == id)
                .with_context(|| format!("{}: no story {id:?}", stories_path.display()))?
                .clone();
            pipeline.process(&mut doc);
            doc.events.retain(|e| e.confidence >= min_confidence);
            Ok(doc)
        })
        .collect();
    let mut totals: Vec<(String, Scores)> = Vec::new();
    for ((_, sentences), doc) in by_story.iter().zip(processed) {
        let doc = doc?;
        for outcome in score_story(&doc, sentences) {
            show(&doc, &outcome);
            for key in [outcome.gold.split.as_str(), "all"] {
                let at = match totals.iter().position(|(k, _)| k == key) {
                    Some(i) => i,
                    None => {
                        totals.push((key.to_string(), Scores::default()));
                        totals.len() - 1
                    }
                };
                totals[at].1.add(&outcome.result.scores);
            }
        }
    }
    totals.sort_by_key(|(k, _)| match k.as_str() {
        "dev" => 0,
        "test" => 1,
        "all" => 3,
        _ => 2,
    });
    Ok(totals)
}

/// The stories file through the normal JSON Lines reader (so datelines and dates are read
/// as `factum code` reads them); a bad line is an error naming it.
fn read_stories(path: &Path) -> anyhow::Result<Vec<Document>> {
    let bytes = std::fs::read(path).with_context(|| path.display().to_string())?;
    let read = factum_ingest::read_bytes(
        &bytes,
        Format::Jsonl,
        &path.display().to_string(),
        &ReadOptions::default(),
    );
    read.documents
        .into_iter()
        .map(|d| d.map_err(|e| anyhow::anyhow!("{e}")))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn coding(src: Option<&str>, tgt: Option<&str>, cameo: &str, plover: Option<&str>) -> Coding {
        Coding {
            source: src.map(str::to_string),
            target: tgt.map(str::to_string),
            cameo: cameo.to_string(),
            root: cameo_root(cameo).to_string(),
            plover: plover.map(str::to_string),
            trigger_at: None,
        }
    }

    #[test]
    fn country_keys() {
        assert_eq!(country_key("ISRGOV"), Some("ISR"));
        assert_eq!(country_key("IGOUNOHLHWHO"), Some("IGOUNO"));
        assert_eq!(country_key("IGOWSTNAT"), Some("IGOWST"));
        assert_eq!(country_key("---REB"), None);
        assert_eq!(country_key("IMGMUSALQ"), Some("IMG"));
    }

    #[test]
    fn primary_matches_country_and_root_not_sector_or_subcode() {
        let sys = [coding(
            Some("USAMIL"),
            Some("IRQREB"),
            "195",
            Some("ASSAULT"),
        )];
        let gold = [coding(Some("USA"), Some("IRQ"), "190", Some("ASSAULT"))];
        let r = score_sentence(&sys, &gold);
        assert_eq!(r.scores.level(Level::Primary).matched_sys, 1);
        assert_eq!(r.scores.level(Level::Plover).matched_sys, 1);
        assert_eq!(r.scores.level(Level::Exact).matched_sys, 0);
        assert!(r.sys_errors[0].is_none());
    }

    #[test]
    fn unknown_country_never_matches_and_is_classified() {
        let sys = [coding(Some("---GOV"), Some("IRQ"), "190", Some("ASSAULT"))];
        let gold = [coding(Some("USAGOV"), Some("IRQ"), "190", Some("ASSAULT"))];
        let r = score_sentence(&sys, &gold);
        assert_eq!(r.scores.level(Level::Primary).matched_sys, 0);
        assert_eq!(r.sys_errors[0], Some(ErrorClass::MissingCountry));
        assert_eq!(r.gold_errors[0], Some(ErrorClass::MissedWithOutput));
    }

    #[test]
    fn each_gold_event_is_matched_once() {
        let e = coding(Some("USA"), Some("IRQ"), "190", Some("ASSAULT"));
        let mut dup = e.clone();
        dup.trigger_at = Some(7);
        let mut first = e.clone();
        first.trigger_at = Some(7);
        let r = score_sentence(&[first, dup], std::slice::from_ref(&e));
        let p = r.scores.level(Level::Primary);
        assert_eq!((p.matched_sys, p.sys, p.matched_gold, p.gold), (1, 2, 1, 1));
        assert_eq!(r.sys_errors[1], Some(ErrorClass::DuplicateTrigger));
    }

    #[test]
    fn error_classes_in_order() {
        let gold = [coding(Some("USA"), Some("IRQ"), "190", Some("ASSAULT"))];
        let not_event = score_sentence(&[gold[0].clone()], &[]);
        assert_eq!(not_event.sys_errors[0], Some(ErrorClass::NotAnEvent));
        let cases = [
            (
                coding(Some("FRAGOV"), Some("FRA"), "040", None),
                ErrorClass::SelfDyad,
            ),
            (
                coding(Some("IRQ"), Some("USA"), "040", None),
                ErrorClass::WrongType,
            ),
            (
                coding(Some("USA"), None, "190", None),
                ErrorClass::MissingCountry,
            ),
            (
                coding(Some("USA"), Some("SYR"), "193", None),
                ErrorClass::WrongCountry,
            ),
            (
                coding(Some("CHN"), Some("RUS"), "040", None),
                ErrorClass::ActorAttachment,
            ),
        ];
        for (sys, want) in cases {
            let r = score_sentence(std::slice::from_ref(&sys), &gold);
            assert_eq!(r.sys_errors[0], Some(want), "{sys:?}");
        }
        let missed = score_sentence(&[], &gold);
        assert_eq!(missed.gold_errors[0], Some(ErrorClass::MissedNoOutput));
    }

    #[test]
    fn plover_level_skips_untyped_events() {
        let sys = [coding(Some("USA"), Some("IRQ"), "010", None)];
        let gold = [coding(Some("USA"), Some("IRQ"), "010", None)];
        let r = score_sentence(&sys, &gold);
        assert_eq!(r.scores.level(Level::Plover).sys, 0);
        assert_eq!(r.scores.level(Level::Primary).matched_sys, 1);
    }

    #[test]
    fn sentences_are_found_by_folded_text() {
        let doc = "First one.  Iraq\u{2019}s \u{201C}army\u{201D} said \u{2014} no.\nLast.";
        let spans = locate_sentences(doc, &["Iraq's \"army\" said - no.", "Last.", "Absent."]);
        let (s, e) = spans[0].unwrap();
        assert_eq!(
            &doc[s..e],
            "Iraq\u{2019}s \u{201C}army\u{201D} said \u{2014} no."
        );
        let (s, e) = spans[1].unwrap();
        assert_eq!(&doc[s..e], "Last.");
        assert_eq!(spans[2], None);
    }

    #[test]
    fn plover_records_distribute_compound_actors() {
        let rec: PloverRecord = serde_json::from_str(
            r#"{"id":"x","event":"DEMAND","text":"t","target":"",
                "source":[{"actorText":"A","code":"USA"},{"actorText":"B","code":"JOR","sector":"GOV"}]}"#,
        )
        .unwrap();
        let c = rec.codings();
        assert_eq!(c.len(), 2);
        assert_eq!(c[1].source.as_deref(), Some("JORGOV"));
        assert_eq!(c[0].target, None);
        assert_eq!(c[0].root, "REQUEST");
    }
}
