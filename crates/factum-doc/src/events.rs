//! Actor and event layers (filled by `factum-actors` and `factum-events`).

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
}

/// One coded event: source actor, CAMEO event, target actor.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// Index of the sentence the event was coded from.
    pub sentence: u32,
    /// Byte span of the verb (or nominal) that triggered the event.
    pub verb_span: Span,
    /// CAMEO event code, e.g. "036".
    pub cameo: String,
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
}
