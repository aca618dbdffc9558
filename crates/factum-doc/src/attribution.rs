//! Attribution, quotation and modality layers (filled by `factum-attrib`).
//!
//! The fields here are the contract the store and exporters rely on; the attribution stage
//! may add fields but should not rename these.

use serde::{Deserialize, Serialize};

use crate::Span;

/// What kind of source a claim is attributed to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SourceKind {
    /// A named person ("Antony Blinken").
    NamedPerson,
    /// A named organisation or government body ("the White House", "Hezbollah").
    NamedOrganization,
    /// A news outlet cited by the article ("Axios", "Israel Hayom").
    Outlet,
    /// A document or statement ("a statement", "the report").
    Document,
    /// An anonymous source, with whatever affiliation is given ("an Israeli official").
    Anonymous,
    /// No source given.
    Unattributed,
}

/// Who says so: a reporting cue and its source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attribution {
    /// Sentence the attribution was found in.
    pub sentence: u32,
    /// Span of the source ("an Israeli official", "Axios").
    pub span: Span,
    /// The source text.
    pub text: String,
    pub kind: SourceKind,
    /// The reporting cue ("said", "according to", "reportedly").
    pub cue: String,
    /// Span of the cue.
    pub cue_span: Span,
    /// Actor code of the source, when the coder can give one ("ISRGOV").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// Role or affiliation given for the source ("Secretary of State", "Lebanese").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub affiliation: Option<String>,
    /// Index of the attribution this one relays (the publisher relays Axios, which cites
    /// insiders: insiders' attribution points at Axios's).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relayed_by: Option<u32>,
    /// The reported material: the clause the source is credited with ("that the White House
    /// is poised to …"). Events whose verb lies inside it are attributed to this source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content: Option<Span>,
    /// For a pronoun source ("she said"), the index of the earlier attribution it refers to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub antecedent: Option<u32>,
}

/// A direct or indirect quotation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    /// Span of the quoted material.
    pub span: Span,
    /// True for material inside quotation marks.
    pub direct: bool,
    /// Index into [`crate::Document::attributions`] of the speaker.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attribution: Option<u32>,
    /// Sentence the quotation starts in.
    #[serde(default)]
    pub sentence: u32,
    /// Index into [`crate::Document::quotes`] of the quotation this one is nested in
    /// ('single quotes' inside "double quotes").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nested_in: Option<u32>,
}

/// Whether an event happened, and how the text commits to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ModalityKind {
    Asserted,
    Reported,
    Planned,
    Proposed,
    Demanded,
    Conditional,
    Hypothetical,
    Negated,
}

/// The modality of an event with its evidence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Modality {
    pub kind: ModalityKind,
    /// Cue words that decided it ("is poised to", "may", "did not").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cues: Vec<String>,
    /// PLOVER mode where one exists.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plover_mode: Option<String>,
}

/// The modality of one sentence, decided before (and independently of) any coded event, so
/// that documents without events still say how firmly each sentence commits to its content.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SentenceModality {
    /// Index of the sentence.
    pub sentence: u32,
    pub modality: Modality,
}
