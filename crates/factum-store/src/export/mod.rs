//! Export: JSON Lines, CSV, GDELT 2.0 event table, Parquet.
//!
//! Rows are read in pages by key (never `OFFSET`), so exporting a large database takes
//! memory for one page, and time linear in its size.
//!
//! * `jsonl` — one object per row. For `events` the full event as the pipeline produced
//!   it (with provenance) is under `"event"`; for `documents` each line is the complete
//!   stored [`factum_doc::Document`], every layer included.
//! * `csv` — a header and one row per record, the same columns as `jsonl` minus the nested
//!   JSON.
//! * `gdelt` — the 61 columns of the GDELT 2.0 event table, in GDELT's order, tab-separated,
//!   no header, one row per *aggregated* event. See `docs/store.md` for the mapping.
//! * `parquet` — the `csv` columns with types (Int64, Float64, Utf8), snappy-compressed
//!   (cargo feature `parquet`).

use std::io::Write;

pub mod gdelt;
pub mod geojson;

mod csv;
mod jsonl;
#[cfg(feature = "parquet")]
mod parquet;
mod sink;

pub use self::csv::cells;
pub use jsonl::jsonl_line;
pub use sink::extra;
pub(crate) use sink::Sink;

use crate::backend::{Row, Val};
use crate::fields::{
    normalise_row, select_list, Field, AGGREGATE_FIELDS, DOCUMENT_FIELDS, EVENT_FIELDS,
};
use crate::query::{EventFilter, Rows, EVENT_FROM};
use crate::{Result, Store, StoreError};

/// Rows per page read from the database.
pub(crate) const PAGE: i64 = 5000;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    Jsonl,
    Csv,
    /// The GDELT 2.0 event table (aggregated events).
    Gdelt,
    /// The GDELT 2.0 mentions table: one row per article mention of an aggregated event.
    GdeltMentions,
    Parquet,
    /// A GeoJSON FeatureCollection of the located events (points).
    Geojson,
}

/// `FromStr` for `$t` by the `(name, value)` pairs of `$names`; `$unknown` is the error,
/// with `{:?}` for what was typed.
macro_rules! from_names {
    ($t:ty, $names:expr, $unknown:literal) => {
        impl std::str::FromStr for $t {
            type Err = String;
            fn from_str(s: &str) -> std::result::Result<Self, String> {
                ($names.iter().find(|(n, _)| *n == s))
                    .map(|&(_, v)| v)
                    .ok_or_else(|| format!($unknown, s))
            }
        }
    };
}

/// The formats by the name users type.
const FORMATS: &[(&str, ExportFormat)] = &[
    ("jsonl", ExportFormat::Jsonl),
    ("csv", ExportFormat::Csv),
    ("gdelt", ExportFormat::Gdelt),
    ("gdelt-mentions", ExportFormat::GdeltMentions),
    ("parquet", ExportFormat::Parquet),
    ("geojson", ExportFormat::Geojson),
];

impl ExportFormat {
    /// The names users type, in the order help lists them.
    pub fn names() -> impl Iterator<Item = &'static str> {
        FORMATS.iter().map(|&(name, _)| name)
    }
}

from_names!(
    ExportFormat,
    FORMATS,
    "unknown export format {:?} (expected jsonl, csv, gdelt, gdelt-mentions, parquet or geojson)"
);

/// What to export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportTable {
    /// Event mentions, one per coded event.
    Events,
    /// Aggregated events with their counts and mention links.
    Aggregates,
    /// Documents.
    Documents,
}

/// The tables by the names users type.
const TABLES: &[(&str, ExportTable)] = &[
    ("events", ExportTable::Events),
    ("aggregates", ExportTable::Aggregates),
    ("aggregated", ExportTable::Aggregates),
    ("documents", ExportTable::Documents),
];

from_names!(
    ExportTable,
    TABLES,
    "unknown table {:?} (expected events, aggregates or documents)"
);

/// Export `table` in `format` to `out`; returns the number of records written (for
/// GeoJSON the located rows: the others have no point to draw).
pub fn export<W: Write + Send>(
    store: &mut Store,
    table: ExportTable,
    format: ExportFormat,
    filter: &EventFilter,
    out: &mut W,
) -> Result<u64> {
    match format {
        ExportFormat::Gdelt => {
            if table != ExportTable::Aggregates {
                return Err(StoreError::Unsupported(
                    "the gdelt format exports aggregated events (--table aggregates)".into(),
                ));
            }
            let mut sink = gdelt::GdeltSink { out };
            run(store, table, false, filter, &mut sink)
        }
        ExportFormat::GdeltMentions => gdelt::export_mentions(store, filter, out),
        ExportFormat::Geojson => {
            // Records written are features: rows without coordinates have none.
            let mut sink = geojson::GeojsonSink::new(out);
            run(store, table, false, filter, &mut sink)?;
            Ok(sink.features)
        }
        ExportFormat::Jsonl if table == ExportTable::Documents => {
            jsonl::export_documents(store, out)
        }
        ExportFormat::Jsonl => {
            let mut sink = jsonl::JsonlSink {
                out,
                raw_json: &["event", "mentions"],
            };
            run(store, table, true, filter, &mut sink)
        }
        ExportFormat::Csv => {
            let mut sink = self::csv::CsvSink::new(out);
            run(store, table, false, filter, &mut sink)
        }
        #[cfg(feature = "parquet")]
        ExportFormat::Parquet => {
            let mut sink = parquet::ParquetSink::new(out);
            run(store, table, false, filter, &mut sink)
        }
        #[cfg(not(feature = "parquet"))]
        ExportFormat::Parquet => Err(StoreError::Unsupported(
            "this factum was built without Parquet support; rebuild with `--features parquet`"
                .into(),
        )),
    }
}

/// What [`run`] pages through: keyset pagination on `key_cols` (unique, in `order`).
struct PagedQuery {
    select: Vec<Field>,
    from: &'static str,
    key_cols: &'static [&'static str],
    order: &'static str,
    /// WHERE conditions, ANDed.
    clauses: Vec<String>,
}

/// Page through `table` and feed every page to `sink`.
fn run(
    store: &mut Store,
    table: ExportTable,
    nested_json: bool,
    filter: &EventFilter,
    sink: &mut dyn Sink,
) -> Result<u64> {
    let mut params_base = Vec::new();
    let PagedQuery {
        select,
        from,
        key_cols,
        order,
        mut clauses,
    } = match table {
        ExportTable::Events => {
            let mut cols = EVENT_FIELDS.to_vec();
            if nested_json {
                cols.push(extra("event", "e.json"));
            }
            let mut w = crate::query::filter_clauses(filter, Rows::Mentions, &mut params_base)?;
            if !filter.include_duplicates {
                w.push("e.is_duplicate = 0".into());
            }
            PagedQuery {
                select: cols,
                from: EVENT_FROM,
                key_cols: &["e.doc_key", "e.idx"],
                order: "e.doc_key, e.idx",
                clauses: w,
            }
        }
        ExportTable::Aggregates => PagedQuery {
            select: AGGREGATE_FIELDS.to_vec(),
            from: "FROM aggregated_events a",
            key_cols: &["a.agg_id"],
            order: "a.agg_id",
            clauses: crate::query::filter_clauses(filter, Rows::Aggregates, &mut params_base)?,
        },
        ExportTable::Documents => PagedQuery {
            select: DOCUMENT_FIELDS.to_vec(),
            from: "FROM documents d LEFT JOIN documents c ON c.doc_key = d.dup_of",
            key_cols: &["d.doc_key"],
            order: "d.doc_key",
            clauses: Vec::new(),
        },
    };
    let mut fields = select.clone();
    if table == ExportTable::Aggregates {
        fields.push(extra("mentions", "aggregate_mentions"));
    }
    let n_keys = key_cols.len();
    let key_select = key_cols.join(", ");
    let keyset = if n_keys == 1 {
        format!("{} > ?", key_cols[0])
    } else {
        format!("({key_select}) > ({})", vec!["?"; n_keys].join(", "))
    };
    clauses.push(keyset);
    let sql = format!(
        "SELECT {}, {key_select} {from} WHERE {} ORDER BY {order} LIMIT ?",
        select_list(&select),
        clauses.join(" AND ")
    );
    let mut last: Vec<Val> = vec![Val::Int(-1); n_keys];
    let mut written = 0u64;
    // An empty page first: CSV gets its header and Parquet its schema even with no rows.
    sink.page(&fields, &[])?;
    loop {
        let mut params = params_base.clone();
        params.extend(last.iter().cloned());
        params.push(Val::Int(PAGE));
        let mut rows = store.backend().query(&sql, &params)?;
        if rows.is_empty() {
            break;
        }
        let full = rows.len() as i64 == PAGE;
        for r in rows.iter_mut() {
            last = r.split_off(r.len() - n_keys);
            *r = normalise_row(&select, std::mem::take(r));
        }
        if table == ExportTable::Aggregates {
            attach_mentions(store, &mut rows, nested_json)?;
        }
        sink.page(&fields, &rows)?;
        written += rows.len() as u64;
        if !full {
            break;
        }
    }
    sink.finish()?;
    Ok(written)
}

/// Append the mention list to each aggregated event row: a JSON array of
/// `{"doc_id", "event_idx"}` for JSON Lines, `doc_id#event_idx` joined by `;` otherwise.
fn attach_mentions(store: &mut Store, rows: &mut [Row], json: bool) -> Result<()> {
    let (Some(lo), Some(hi)) = (
        rows.first().and_then(|r| r[0].as_int()),
        rows.last().and_then(|r| r[0].as_int()),
    ) else {
        return Ok(());
    };
    let links = store.backend().query(
        "SELECT m.agg_id, d.id, m.event_idx FROM aggregate_mentions m \
         JOIN documents d ON d.doc_key = m.doc_key WHERE m.agg_id BETWEEN ? AND ? \
         ORDER BY m.agg_id, d.seen_at, d.doc_key, m.event_idx",
        &[Val::Int(lo), Val::Int(hi)],
    )?;
    let mut by_agg: std::collections::HashMap<i64, Vec<(String, i64)>> = Default::default();
    for l in links {
        let agg = l[0].as_int().unwrap_or(0);
        by_agg.entry(agg).or_default().push((
            l[1].as_str().unwrap_or("").to_string(),
            l[2].as_int().unwrap_or(0),
        ));
    }
    for r in rows.iter_mut() {
        let m = by_agg
            .remove(&r[0].as_int().unwrap_or(0))
            .unwrap_or_default();
        let v = if json {
            serde_json::Value::Array(
                m.iter()
                    .map(|(d, i)| serde_json::json!({"doc_id": d, "event_idx": i}))
                    .collect(),
            )
            .to_string()
        } else {
            m.iter()
                .map(|(d, i)| format!("{d}#{i}"))
                .collect::<Vec<_>>()
                .join(";")
        };
        r.push(Val::Text(v));
    }
    Ok(())
}
