//! The output schema: every field of every table factum writes, declared once.
//!
//! [`EVENT_FIELDS`], [`AGGREGATE_FIELDS`] and [`DOCUMENT_FIELDS`] each list a table's fields
//! in output order with their SQL source and their [`Kind`]. Everything that writes rows reads
//! these lists: `factum events`, every `factum export` format (JSON Lines, CSV, Parquet's
//! typed columns, GeoJSON properties) and `factum code`, which has no database and builds the
//! same rows from a processed document ([`event_records`]). So the same event has the same
//! field names, order and types whichever command printed it, and a field added here appears
//! everywhere. `docs/codebook.md` defines each field; a test checks it lists them all.
//!
//! Missing values are null everywhere: an empty string from the pipeline (a PLOVER mode the
//! table leaves blank) is written as null, not `""`.

use factum_doc::Document;

use crate::backend::{Row, Val};

/// What a field holds, which decides its JSON value, CSV text and Parquet type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Int,
    Real,
    Text,
    /// Stored as 0/1; written as `true`/`false`.
    Bool,
    /// `YYYY-MM-DD`; Parquet `date32`.
    Date,
    /// RFC 3339; Parquet timestamp (milliseconds, UTC).
    Timestamp,
    /// The CAMEO label of the code its SQL selects (`036` → "Express intent to meet or
    /// negotiate"), from `factum_codes`.
    CameoLabel,
}

/// One output field: its name, the SQL expression that reads it, its kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Field {
    pub name: &'static str,
    pub sql: &'static str,
    pub kind: Kind,
}

const fn f(name: &'static str, sql: &'static str, kind: Kind) -> Field {
    Field { name, sql, kind }
}

use Kind::*;

/// An event mention: one coded event of one article (`e` events, `d` its document, `c`
/// the canonical document of a near-duplicate).
pub const EVENT_FIELDS: &[Field] = &[
    f("event_id", "e.event_id", Text),
    f("doc_id", "d.id", Text),
    f("event_idx", "e.idx", Int),
    f("sentence", "e.sentence", Int),
    f("event_date", "e.event_date", Date),
    f("date_granularity", "e.date_granularity", Text),
    f("date_tense", "e.date_tense", Text),
    f("date_method", "e.date_method", Text),
    f("source_code", "e.source_code", Text),
    f("source_text", "e.source_text", Text),
    f("target_code", "e.target_code", Text),
    f("target_text", "e.target_text", Text),
    f("cameo", "e.cameo", Text),
    f("cameo_label", "e.cameo", CameoLabel),
    f("cameo_root", "e.cameo_root", Text),
    f("quad_class", "e.quad_class", Int),
    f("goldstein", "e.goldstein", Real),
    f("plover_type", "e.plover_type", Text),
    f("plover_mode", "e.plover_mode", Text),
    f("verb_text", "e.verb_text", Text),
    f("negated", "e.negated", Bool),
    f("modality", "e.modality", Text),
    f("confidence", "e.confidence", Real),
    f("attribution_text", "e.attribution_text", Text),
    f("attribution_kind", "e.attribution_kind", Text),
    f("attribution_code", "e.attribution_code", Text),
    f("place_name", "e.place_name", Text),
    f("geonameid", "e.geonameid", Int),
    f("country", "e.country", Text),
    f("admin1", "e.admin1", Text),
    f("place_kind", "e.place_kind", Text),
    f("lat", "e.lat", Real),
    f("lon", "e.lon", Real),
    f("location_method", "e.location_method", Text),
    f("is_duplicate", "e.is_duplicate", Bool),
    f("canonical_doc_id", "c.id", Text),
    f("title", "d.title", Text),
    f("outlet", "d.outlet", Text),
    f("url", "d.url", Text),
    f("published", "d.published", Timestamp),
    f("sentence_text", "e.sentence_text", Text),
    f("provenance", "e.provenance", Text),
];

/// An aggregated event: the same source, target, CAMEO code, date and place in any number
/// of articles (`a`).
pub const AGGREGATE_FIELDS: &[Field] = &[
    f("agg_id", "a.agg_id", Int),
    f("event_date", "a.event_date", Date),
    f("source_code", "a.source_code", Text),
    f("source_text", "a.source_name", Text),
    f("target_code", "a.target_code", Text),
    f("target_text", "a.target_name", Text),
    f("cameo", "a.cameo", Text),
    f("cameo_label", "a.cameo", CameoLabel),
    f("cameo_root", "a.cameo_root", Text),
    f("quad_class", "a.quad_class", Int),
    f("goldstein", "a.goldstein", Real),
    f("confidence", "a.confidence", Real),
    f("num_mentions", "a.num_mentions", Int),
    f("num_articles", "a.num_articles", Int),
    f("num_sources", "a.num_sources", Int),
    f("share_asserted", "a.share_asserted", Real),
    f("mentions_asserted", "a.mentions_asserted", Int),
    f("mentions_reported", "a.mentions_reported", Int),
    f("mentions_planned", "a.mentions_planned", Int),
    f("mentions_proposed", "a.mentions_proposed", Int),
    f("mentions_demanded", "a.mentions_demanded", Int),
    f("mentions_conditional", "a.mentions_conditional", Int),
    f("mentions_hypothetical", "a.mentions_hypothetical", Int),
    f("mentions_negated", "a.mentions_negated", Int),
    f("place_name", "a.place_name", Text),
    f("geonameid", "a.geonameid", Int),
    f("country", "a.country", Text),
    f("admin1", "a.admin1", Text),
    f("place_kind", "a.place_kind", Text),
    f("lat", "a.lat", Real),
    f("lon", "a.lon", Real),
    f("root_event", "a.root_event", Bool),
    f("first_seen", "a.first_seen", Timestamp),
    f("last_seen", "a.last_seen", Timestamp),
    f("source_url", "a.source_url", Text),
    f("created_at", "a.created_at", Timestamp),
];

/// A stored article (`d`, `c` its canonical document when it is a near-duplicate).
pub const DOCUMENT_FIELDS: &[Field] = &[
    f("doc_id", "d.id", Text),
    f("title", "d.title", Text),
    f("source", "d.source", Text),
    f("url", "d.url", Text),
    f("published", "d.published", Timestamp),
    f("dateline", "d.dateline", Text),
    f("language", "d.language", Text),
    f("origin_path", "d.origin_path", Text),
    f("origin_format", "d.origin_format", Text),
    f("origin_line", "d.origin_line", Int),
    f("outlet", "d.outlet", Text),
    f("content_hash", "d.content_hash", Text),
    f("canonical_doc_id", "c.id", Text),
    f("dup_similarity", "d.dup_similarity", Real),
    f("num_sentences", "d.num_sentences", Int),
    f("num_events", "d.num_events", Int),
    f("ingested_at", "d.ingested_at", Timestamp),
    f("text", "d.text", Text),
];

/// `expr AS name, …` for a SELECT.
pub fn select_list(fields: &[Field]) -> String {
    fields
        .iter()
        .map(|f| format!("{} AS {}", f.sql, f.name))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The field names, in order.
pub fn names(fields: &[Field]) -> Vec<String> {
    fields.iter().map(|f| f.name.to_string()).collect()
}

/// A value as read from the database, made what its field promises: labels looked up,
/// empty text null, booleans 0/1.
pub fn normalise(kind: Kind, v: Val) -> Val {
    match (kind, v) {
        (CameoLabel, Val::Text(code)) => Val::opt_text(factum_codes::cameo::label(&code)),
        (_, Val::Text(s)) if s.is_empty() => Val::Null,
        (Bool, v) => v.as_int().map_or(Val::Null, |i| Val::Int((i != 0).into())),
        (_, v) => v,
    }
}

/// Normalise every value of a row read with [`select_list`].
pub fn normalise_row(fields: &[Field], row: Row) -> Row {
    row.into_iter()
        .zip(fields)
        .map(|(v, f)| normalise(f.kind, v))
        .collect()
}

/// A normalised value as JSON.
pub fn json_value(kind: Kind, v: &Val) -> serde_json::Value {
    match (kind, v) {
        (Bool, Val::Int(i)) => serde_json::Value::Bool(*i != 0),
        (_, v) => v.to_json(),
    }
}

/// A normalised value as CSV text (empty for null).
pub fn cell(kind: Kind, v: &Val) -> String {
    match (kind, v) {
        (Bool, Val::Int(i)) => (if *i != 0 { "true" } else { "false" }).to_string(),
        (_, v) => v.to_cell(),
    }
}

/// The event rows of a processed document, exactly as the store would export them after an
/// ingest (for `factum code`, which has no database): [`EVENT_FIELDS`] in order, then the
/// event's full JSON. Fields only a database knows are null or false (`canonical_doc_id`,
/// `is_duplicate`).
pub fn event_records(doc: &Document) -> Vec<(Row, String)> {
    let (events, doc_columns) = crate::prepare::event_view(doc);
    let doc_value = |col: &str| match col {
        "id" => Val::text(&doc.id),
        _ => doc_columns
            .iter()
            .find(|(c, _)| *c == col)
            .map_or(Val::Null, |(_, v)| v.clone()),
    };
    let events_at = |col| crate::columns::EVENTS.position(col);
    // Where each field's value is: a column of the event row, of the document, or neither.
    let sources: Vec<_> = EVENT_FIELDS
        .iter()
        .map(|f| match f.sql.split_once('.') {
            Some(("e", col)) => (events_at(col), None),
            Some(("d", col)) => (None, Some(col)),
            _ => (None, None),
        })
        .collect();
    let json = events_at("json").expect("events store their JSON");
    events
        .iter()
        .map(|ev| {
            let row: Row = (EVENT_FIELDS.iter().zip(&sources))
                .map(|(f, source)| {
                    let v = match *source {
                        (Some(i), _) => ev.row[i].clone(),
                        (None, Some(col)) => doc_value(col),
                        (None, None) => Val::Null,
                    };
                    normalise(f.kind, v)
                })
                .collect();
            let json = ev.row[json].as_str().unwrap_or("null").to_string();
            (row, json)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn event_fields_name_stored_columns() {
        for f in EVENT_FIELDS {
            match f.sql.split_once('.') {
                Some(("e", col)) => {
                    assert!(crate::columns::EVENTS.position(col).is_some(), "{f:?}")
                }
                Some(("d", col)) => {
                    // `factum code` must be able to fill it without a database.
                    let doc = Document::new("x", factum_doc::Origin::default());
                    let (_, shown) = crate::prepare::event_view(&doc);
                    assert!(col == "id" || shown.iter().any(|(c, _)| *c == col), "{f:?}");
                }
                Some(("c", "id")) => {}
                _ => panic!("unexpected source {f:?}"),
            }
        }
    }

    /// An output field read from a stored column has the kind the column's type can hold.
    #[test]
    fn kinds_agree_with_stored_columns() {
        let table = |alias| match alias {
            "e" => "events",
            "a" => "aggregated_events",
            _ => "documents",
        };
        for f in EVENT_FIELDS
            .iter()
            .chain(AGGREGATE_FIELDS)
            .chain(DOCUMENT_FIELDS)
        {
            let (alias, column) = f.sql.split_once('.').expect("alias.column");
            let stored = crate::columns::TABLES
                .iter()
                .find(|t| t.name() == table(alias))
                .and_then(|t| t.sql_type(column))
                .unwrap_or_else(|| panic!("{f:?} reads no stored column"));
            let fits = match f.kind {
                Int | Bool => stored.starts_with("BIGINT") || stored == "{KEY}",
                Real => stored.starts_with("{REAL}"),
                Text | Date | Timestamp | CameoLabel => stored.starts_with("TEXT"),
            };
            assert!(fits, "{f:?} is stored as {stored}");
        }
    }

    #[test]
    fn values_are_what_their_kind_says() {
        assert_eq!(normalise(Text, Val::text("")), Val::Null);
        assert_eq!(normalise(Bool, Val::Int(5)), Val::Int(1));
        assert_eq!(
            json_value(Bool, &Val::Int(1)),
            serde_json::Value::Bool(true)
        );
        assert_eq!(cell(Bool, &Val::Int(0)), "false");
        assert_eq!(
            normalise(CameoLabel, Val::text("036")),
            Val::text("Express intent to meet or negotiate")
        );
    }
}
