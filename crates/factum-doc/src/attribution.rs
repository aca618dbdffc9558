//! Attribution, quotation and modality layers (filled by `factum-attrib`).

use serde::{Deserialize, Serialize};

use crate::Span;

/// Who says so: a reporting cue and its source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attribution {
    /// Span of the source ("an Israeli official", "Axios").
    pub span: Span,
}

/// A direct or indirect quotation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    /// Span of the quoted material.
    pub span: Span,
}

/// Whether an event happened, and how the text commits to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Modality {
    Asserted,
    Reported,
    Planned,
    Proposed,
    Demanded,
    Conditional,
    Hypothetical,
    Negated,
}
