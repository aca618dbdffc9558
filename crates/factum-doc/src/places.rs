//! Place and time layers (filled by `factum-geo`).
//!
//! The fields here are the contract the store and exporters rely on; the geo stage may add
//! fields but should not rename these.

use serde::{Deserialize, Serialize};

use crate::Span;

/// A resolved place: enough to put it on a map without the gazetteer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Place {
    /// GeoNames id (0 for regions factum defines itself, such as "Middle East").
    pub geonameid: u32,
    /// Canonical name ("Beirut").
    pub name: String,
    /// ISO 3166-1 alpha-3 country code ("LBN"); empty for supranational regions.
    pub country: String,
    /// GeoNames admin1 code, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub admin1: Option<String>,
    pub kind: PlaceKind,
    pub lat: f64,
    pub lon: f64,
}

named_enum! {
    /// What kind of place a [`Place`] is (the gazetteer's kinds of entry).
    pub enum PlaceKind {
        Country = "country",
        /// A first-level division (a state, a province, a governorate).
        Admin1 = "admin1",
        City = "city",
        /// A region factum defines itself ("Middle East"), or a supranational one.
        Region = "region",
    }
}

/// A place name recognised in the text and resolved against the gazetteer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlaceMention {
    pub span: Span,
    pub place: Place,
    /// 0..=1: how sure the resolver is.
    pub confidence: f32,
    /// True for a nationality adjective or demonym ("Lebanese", "Israelis"): it names the
    /// country without saying that something happened there, so event locations skip it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub demonym: bool,
    /// True when the actor coder took the name as an actor and nothing marks it as a
    /// location ("Washington rejected the plan", but not "in Washington"): the name stands
    /// for a government, so an event is located there only when it is the event's target.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub actor: bool,
}

/// Where an event happened and how that was decided.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventLocation {
    pub place: Place,
    /// How the place was chosen; an event with no supported place has no location.
    pub method: LocationMethod,
    /// Index into [`crate::Document::places`] of the mention used, when there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mention: Option<u32>,
}

named_enum! {
    /// How an event's place was chosen: the rules of `factum_geo::locate`, in the order they
    /// are tried.
    pub enum LocationMethod {
        /// A place attached to the event's predicate (a locative, a visit's destination, the
        /// aim of an act of force).
        Argument = "argument",
        /// The nearest place in the event's clause.
        Clause = "clause",
        /// The country both sides belong to, for an internal event naming it.
        Home = "home",
        /// The article's dateline.
        Dateline = "dateline",
        /// Written by early versions (a place in the event's sentence); never made now, read
        /// back from databases they filled.
        Sentence = "sentence",
        /// Written by early versions (the article's focus country); never made now, read
        /// back from databases they filled.
        Focus = "focus",
    }
}

/// Granularity of a resolved date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DateGranularity {
    Day,
    Week,
    Month,
    Year,
}

/// Whether a date lies before, around or after the publication time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Tense {
    Past,
    Ongoing,
    Future,
}

/// A time expression resolved against the publication date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimeExpression {
    pub span: Span,
    /// First day the expression covers, ISO 8601 ("2024-09-24").
    pub date: String,
    pub granularity: DateGranularity,
    pub tense: Tense,
}

/// When an event happened.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventDate {
    /// First day the date covers, ISO 8601 ("2024-09-24").
    pub date: String,
    pub granularity: DateGranularity,
    pub tense: Tense,
    /// How the date was chosen.
    pub method: DateMethod,
}

named_enum! {
    /// How an event's date was chosen.
    pub enum DateMethod {
        /// A time expression in the event's sentence.
        Expression = "expression",
        /// The publication date.
        Published = "published",
    }
}
