//! Actor and event layers (filled by `factum-actors` and `factum-events`).
//!
//! The fields here are the contract the store, the exporters and the later stages rely on;
//! the event coder may add fields but should not rename these.

use serde::{Deserialize, Serialize};

use crate::{EventDate, EventLocation, Modality, Span};

/// An actor recognised in the text, with the code the dictionaries gave it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActorMention {
    /// Byte span of the matched text.
    pub span: Span,
    /// Document token range `token_start..token_end`.
    pub token_start: u32,
    pub token_end: u32,
    /// CAMEO actor code, e.g. "USAGOV".
    pub code: String,
    /// True when the code was inferred (nationality + title, unknown person) rather than
    /// found in the dictionaries; such actors are listed by `factum actors --unknown`.
    #[serde(default)]
    pub inferred: bool,
    /// The dictionary entries that produced the code.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub provenance: Vec<Provenance>,
}

/// A dictionary line that contributed to a coding decision.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Provenance {
    /// Dictionary file name, e.g. "CAMEO.2.0.txt".
    pub file: String,
    /// 1-based line number in that file.
    pub line: u32,
    /// What the line was used for.
    pub role: ProvenanceRole,
}

named_enum! {
    /// What a dictionary line was used for. An event lists its actors' lines again, marked
    /// with the side they coded (`source-actor`, `target-agent`).
    pub enum ProvenanceRole {
        /// A verb entry of the CAMEO verb dictionary.
        Verb = "verb",
        /// A verb pattern.
        Pattern = "pattern",
        /// An event noun (`nominal.rs`).
        Noun = "noun",
        /// The actor dictionary line that matched the name.
        Actor = "actor",
        /// The line giving the actor's code at the document date, when not the name's line.
        ActorCode = "actor-code",
        /// An agent dictionary line.
        Agent = "agent",
        SourceActor = "source-actor",
        SourceActorCode = "source-actor-code",
        SourceAgent = "source-agent",
        TargetActor = "target-actor",
        TargetActorCode = "target-actor-code",
        TargetAgent = "target-agent",
    }
}

/// Each actor role and its source and target forms.
const SIDED: [[ProvenanceRole; 3]; 3] = {
    use ProvenanceRole::*;
    [
        [Actor, SourceActor, TargetActor],
        [ActorCode, SourceActorCode, TargetActorCode],
        [Agent, SourceAgent, TargetAgent],
    ]
};

impl ProvenanceRole {
    /// The role of an actor's line in an event, where the actor is the source. Lines that
    /// do not code an actor keep their role (an actor mention has none).
    pub fn of_source(self) -> ProvenanceRole {
        self.sided(1)
    }

    /// The role of an actor's line in an event, where the actor is the target.
    pub fn of_target(self) -> ProvenanceRole {
        self.sided(2)
    }

    /// The role a source's line takes when the same actor is the target of another event
    /// ("India rejected the accusation": the accuser's lines, now the rejection's target);
    /// `None` for a line that codes no source.
    pub fn source_as_target(self) -> Option<ProvenanceRole> {
        SIDED.iter().find(|r| r[1] == self).map(|r| r[2])
    }

    fn sided(self, side: usize) -> ProvenanceRole {
        SIDED
            .iter()
            .find(|r| r[0] == self)
            .map_or(self, |r| r[side])
    }
}

/// One side of a dyadic event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventActor {
    /// CAMEO actor code, e.g. "ISRGOV".
    pub code: String,
    /// The text that was coded ("an Israeli official").
    pub text: String,
    /// Byte span of that text.
    pub span: Span,
}

/// One coded event: source actor, CAMEO event, target actor.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// Index of the sentence the event was coded from.
    pub sentence: u32,
    /// Who acted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<EventActor>,
    /// Who was acted upon.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<EventActor>,
    /// CAMEO event code, e.g. "036".
    pub cameo: String,
    /// CAMEO root (first two digits), e.g. "03".
    pub cameo_root: String,
    /// QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
    /// 4 material conflict.
    pub quad_class: u8,
    /// Goldstein scale value of the CAMEO code, -10..=10.
    pub goldstein: f32,
    /// PLOVER event type from CAMEO2PLOVER, e.g. "CONSULT".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plover_type: Option<String>,
    /// PLOVER mode from CAMEO2PLOVER, when the table gives one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plover_mode: Option<String>,
    /// Byte span of the verb (or nominal) that triggered the event.
    pub verb_span: Span,
    /// True when the verb was negated ("did not meet"); the code is the un-negated event.
    #[serde(default)]
    pub negated: bool,
    /// Dictionary lines behind the coding: the verb pattern first, then actor entries.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub provenance: Vec<Provenance>,
    /// Where the event happened (geo stage).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<EventLocation>,
    /// When the event happened (time stage).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<EventDate>,
    /// Index into [`crate::Document::attributions`] of the attribution behind this event.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attribution: Option<u32>,
    /// Whether it happened, is planned, proposed, denied… (attribution stage).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modality: Option<Modality>,
    /// How likely the coding is right, in [0, 1]: the coder's estimate that source country,
    /// target country and CAMEO root all match what an expert would code. Users filter on it to
    /// pick their own point between precision and recall (`--min-confidence`).
    #[serde(default, serialize_with = "three_decimals")]
    pub confidence: f32,
}

/// A probability as readers expect it, to the three decimals it is meaningful to (`0.391`,
/// not the f32's `0.39100000262260437` once widened to a double). Every output that writes
/// a confidence goes through this: the JSON of an [`Event`] and the store's columns.
pub fn probability(p: f32) -> f64 {
    (f64::from(p) * 1000.0).round() / 1000.0
}

fn three_decimals<S: serde::Serializer>(p: &f32, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_f64(probability(*p))
}

impl Event {
    /// "SOURCE TARGET CAMEO" ("ISR LBN 051"; `---` for a missing side): the coding in the
    /// shape PETRARCH's validation records write it, for tests and quick comparisons.
    pub fn coding(&self) -> String {
        format!(
            "{} {} {}",
            self.source.as_ref().map_or("---", |a| a.code.as_str()),
            self.target.as_ref().map_or("---", |a| a.code.as_str()),
            self.cameo
        )
    }
}
