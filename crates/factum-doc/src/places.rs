//! Place and time layers (filled by `factum-geo`).

use serde::{Deserialize, Serialize};

use crate::Span;

/// A place name recognised and resolved against the gazetteer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlaceMention {
    pub span: Span,
    /// GeoNames id of the resolved place.
    pub geonameid: u32,
}

/// A time expression resolved against the publication date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimeExpression {
    pub span: Span,
}

/// Where an event happened.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventLocation {
    /// GeoNames id of the place.
    pub geonameid: u32,
}

/// When an event happened.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventDate {
    /// ISO 8601 date or partial date ("2024-09-24", "2024-09").
    pub value: String,
}
