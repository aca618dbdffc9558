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

use chrono::{Datelike, NaiveDate};

use crate::backend::{Row, Val};
use crate::query::{select_list, EventFilter, AGGREGATE_SELECT, EVENT_FROM, EVENT_SELECT};
use crate::{Result, Store, StoreError};

/// Rows per page read from the database.
const PAGE: i64 = 5000;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    Jsonl,
    Csv,
    Gdelt,
    Parquet,
}

impl std::str::FromStr for ExportFormat {
    type Err = String;
    fn from_str(s: &str) -> std::result::Result<Self, String> {
        match s {
            "jsonl" => Ok(ExportFormat::Jsonl),
            "csv" => Ok(ExportFormat::Csv),
            "gdelt" => Ok(ExportFormat::Gdelt),
            "parquet" => Ok(ExportFormat::Parquet),
            _ => Err(format!(
                "unknown export format {s:?} (expected jsonl, csv, gdelt or parquet)"
            )),
        }
    }
}

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

impl std::str::FromStr for ExportTable {
    type Err = String;
    fn from_str(s: &str) -> std::result::Result<Self, String> {
        match s {
            "events" => Ok(ExportTable::Events),
            "aggregates" | "aggregated" => Ok(ExportTable::Aggregates),
            "documents" => Ok(ExportTable::Documents),
            _ => Err(format!(
                "unknown table {s:?} (expected events, aggregates or documents)"
            )),
        }
    }
}

/// The value type of an exported column (Parquet needs one per column).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColumnKind {
    Int,
    Real,
    Text,
}

/// Type of an exported column, by name.
pub fn column_kind(name: &str) -> ColumnKind {
    match name {
        "event_idx" | "sentence" | "quad_class" | "negated" | "geonameid" | "is_duplicate"
        | "agg_id" | "num_mentions" | "num_articles" | "num_sources" | "root_event"
        | "num_sentences" | "num_events" | "origin_line" => ColumnKind::Int,
        n if n.starts_with("mentions_") => ColumnKind::Int,
        "goldstein" | "lat" | "lon" | "dup_similarity" | "confidence" | "share_asserted" => {
            ColumnKind::Real
        }
        _ => ColumnKind::Text,
    }
}

const DOCUMENT_SELECT: &[(&str, &str)] = &[
    ("doc_id", "d.id"),
    ("title", "d.title"),
    ("source", "d.source"),
    ("url", "d.url"),
    ("published", "d.published"),
    ("language", "d.language"),
    ("origin_path", "d.origin_path"),
    ("origin_format", "d.origin_format"),
    ("origin_line", "d.origin_line"),
    ("outlet", "d.outlet"),
    ("content_hash", "d.content_hash"),
    ("canonical_doc_id", "c.id"),
    ("dup_similarity", "d.dup_similarity"),
    ("num_sentences", "d.num_sentences"),
    ("num_events", "d.num_events"),
    ("ingested_at", "d.ingested_at"),
    ("text", "d.text"),
];

/// Something rows are written to.
pub(crate) trait Sink {
    fn page(&mut self, columns: &[String], rows: &[Row]) -> Result<()>;
    fn finish(&mut self) -> Result<()>;
}

fn io(e: impl std::fmt::Display) -> StoreError {
    StoreError::Export(e.to_string())
}

struct JsonlSink<'w, W: Write> {
    out: &'w mut W,
    /// Columns holding JSON text, embedded as JSON rather than as a string.
    raw_json: &'static [&'static str],
}

impl<W: Write> Sink for JsonlSink<'_, W> {
    fn page(&mut self, columns: &[String], rows: &[Row]) -> Result<()> {
        let mut line = String::new();
        for r in rows {
            line.clear();
            line.push('{');
            for (i, (c, v)) in columns.iter().zip(r).enumerate() {
                if i > 0 {
                    line.push(',');
                }
                line.push_str(&serde_json::to_string(c).map_err(io)?);
                line.push(':');
                match (self.raw_json.contains(&c.as_str()), v) {
                    (true, Val::Text(s)) => line.push_str(s),
                    _ => line.push_str(&v.to_json().to_string()),
                }
            }
            line.push_str("}\n");
            self.out.write_all(line.as_bytes())?;
        }
        Ok(())
    }

    fn finish(&mut self) -> Result<()> {
        self.out.flush()?;
        Ok(())
    }
}

struct CsvSink<'w, W: Write> {
    out: csv::Writer<&'w mut W>,
    header_written: bool,
}

impl<W: Write> Sink for CsvSink<'_, W> {
    fn page(&mut self, columns: &[String], rows: &[Row]) -> Result<()> {
        if !self.header_written {
            self.out.write_record(columns).map_err(io)?;
            self.header_written = true;
        }
        for r in rows {
            self.out
                .write_record(r.iter().map(Val::to_cell))
                .map_err(io)?;
        }
        Ok(())
    }

    fn finish(&mut self) -> Result<()> {
        self.out.flush()?;
        Ok(())
    }
}

/// Export `table` in `format` to `out`; returns the number of records written.
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
            let mut sink = GdeltSink { out };
            run(store, table, false, filter, &mut sink)
        }
        ExportFormat::Jsonl if table == ExportTable::Documents => {
            export_documents_jsonl(store, out)
        }
        ExportFormat::Jsonl => {
            let mut sink = JsonlSink {
                out,
                raw_json: &["event", "mentions"],
            };
            run(store, table, true, filter, &mut sink)
        }
        ExportFormat::Csv => {
            let mut sink = CsvSink {
                out: csv::Writer::from_writer(out),
                header_written: false,
            };
            run(store, table, false, filter, &mut sink)
        }
        ExportFormat::Parquet => parquet_sink(store, table, filter, out),
    }
}

#[cfg(feature = "parquet")]
fn parquet_sink<W: Write + Send>(
    store: &mut Store,
    table: ExportTable,
    filter: &EventFilter,
    out: &mut W,
) -> Result<u64> {
    let mut sink = crate::parquet_export::ParquetSink::new(out);
    run(store, table, false, filter, &mut sink)
}

#[cfg(not(feature = "parquet"))]
fn parquet_sink<W: Write + Send>(
    _store: &mut Store,
    _table: ExportTable,
    _filter: &EventFilter,
    _out: &mut W,
) -> Result<u64> {
    Err(StoreError::Unsupported(
        "this factum was built without Parquet support; rebuild with `--features parquet`".into(),
    ))
}

/// What [`run`] pages through: keyset pagination on `key_cols` (unique, in `order`).
struct PagedQuery {
    /// (output column name, SQL expression)
    select: Vec<(&'static str, &'static str)>,
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
            let mut cols = EVENT_SELECT.to_vec();
            if nested_json {
                cols.push(("event", "e.json"));
            }
            let mut w = crate::query::filter_clauses(
                filter,
                crate::query::Rows::Mentions,
                &mut params_base,
            )?;
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
            select: AGGREGATE_SELECT.to_vec(),
            from: "FROM aggregated_events a",
            key_cols: &["a.agg_id"],
            order: "a.agg_id",
            clauses: crate::query::filter_clauses(
                filter,
                crate::query::Rows::Aggregates,
                &mut params_base,
            )?,
        },
        ExportTable::Documents => PagedQuery {
            select: DOCUMENT_SELECT.to_vec(),
            from: "FROM documents d LEFT JOIN documents c ON c.doc_key = d.dup_of",
            key_cols: &["d.doc_key"],
            order: "d.doc_key",
            clauses: Vec::new(),
        },
    };
    let columns: Vec<String> = select
        .iter()
        .map(|c| c.0.to_string())
        .chain(if table == ExportTable::Aggregates {
            Some("mentions".to_string())
        } else {
            None
        })
        .collect();
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
    sink.page(&columns, &[])?;
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
            let keys = r.split_off(r.len() - n_keys);
            last = keys;
        }
        if table == ExportTable::Aggregates {
            attach_mentions(store, &mut rows, nested_json)?;
        }
        sink.page(&columns, &rows)?;
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

fn export_documents_jsonl<W: Write>(store: &mut Store, out: &mut W) -> Result<u64> {
    let mut last = -1i64;
    let mut written = 0;
    loop {
        let ids = store.backend().query(
            "SELECT doc_key, id FROM documents WHERE doc_key > ? ORDER BY doc_key LIMIT ?",
            &[Val::Int(last), Val::Int(PAGE)],
        )?;
        if ids.is_empty() {
            break;
        }
        let full = ids.len() as i64 == PAGE;
        for r in ids {
            last = r[0].as_int().unwrap_or(last);
            let id = r[1].as_str().unwrap_or("");
            if let Some(doc) = store.load_document(id)? {
                serde_json::to_writer(&mut *out, &doc).map_err(io)?;
                out.write_all(b"\n")?;
                written += 1;
            }
        }
        if !full {
            break;
        }
    }
    out.flush()?;
    Ok(written)
}

/// The GDELT 2.0 event table's columns, in order.
pub const GDELT_COLUMNS: [&str; 61] = [
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "FractionDate",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor1KnownGroupCode",
    "Actor1EthnicCode",
    "Actor1Religion1Code",
    "Actor1Religion2Code",
    "Actor1Type1Code",
    "Actor1Type2Code",
    "Actor1Type3Code",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "Actor2KnownGroupCode",
    "Actor2EthnicCode",
    "Actor2Religion1Code",
    "Actor2Religion2Code",
    "Actor2Type1Code",
    "Actor2Type2Code",
    "Actor2Type3Code",
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    "Actor1Geo_Type",
    "Actor1Geo_FullName",
    "Actor1Geo_CountryCode",
    "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat",
    "Actor1Geo_Long",
    "Actor1Geo_FeatureID",
    "Actor2Geo_Type",
    "Actor2Geo_FullName",
    "Actor2Geo_CountryCode",
    "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat",
    "Actor2Geo_Long",
    "Actor2Geo_FeatureID",
    "ActionGeo_Type",
    "ActionGeo_FullName",
    "ActionGeo_CountryCode",
    "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code",
    "ActionGeo_Lat",
    "ActionGeo_Long",
    "ActionGeo_FeatureID",
    "DATEADDED",
    "SOURCEURL",
];

/// CAMEO prefixes that are not countries (international and transnational actors).
const NON_COUNTRY: &[&str] = &["IGO", "NGO", "NGM", "MNC", "IMG", "UIS"];
/// CAMEO role (type) codes.
const ROLES: &[&str] = &[
    "COP", "GOV", "INS", "JUD", "MIL", "OPP", "PTY", "REB", "SEP", "SPY", "UAF", "AGR", "BUS",
    "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "HLH", "HRI", "LAB", "LEG", "MED", "REF", "MOD",
    "RAD", "IGO", "NGO", "NGM", "MNC", "IMG",
];
/// CAMEO religion codes.
const RELIGIONS: &[&str] = &[
    "REL", "CHR", "CTH", "ORT", "PRO", "MOS", "SUN", "SHI", "JEW", "BUD", "HIN", "SIK", "JAN",
    "TAO", "CON", "SHN", "ATH", "ZRO", "BAH", "DRZ", "ALE", "ITH", "MRM",
];

/// The ten GDELT actor attribute columns for a CAMEO actor code: code, name, country,
/// known group, ethnic, religion 1–2, type 1–3.
fn gdelt_actor(code: &str, name: Option<&str>) -> [String; 10] {
    let mut out: [String; 10] = Default::default();
    // PETRARCH writes "---" for an unknown country ("---GOV"); GDELT leaves it out ("GOV").
    let code = code.trim_start_matches("---");
    if code.is_empty() {
        return out;
    }
    out[0] = code.to_string();
    out[1] = name.unwrap_or("").to_uppercase();
    let chunks: Vec<&str> = (0..code.len() / 3)
        .filter_map(|i| code.get(i * 3..i * 3 + 3))
        .collect();
    let mut rest = chunks.as_slice();
    if let Some(first) = chunks.first() {
        if NON_COUNTRY.contains(first) {
            // "IGOUNO": the group follows the international prefix.
            out[7] = first.to_string();
            if let Some(group) = chunks
                .get(1)
                .filter(|c| !ROLES.contains(c) && !RELIGIONS.contains(c))
            {
                out[3] = group.to_string();
                rest = &chunks[2..];
            } else {
                rest = &chunks[1..];
            }
        } else if first.chars().all(|c| c.is_ascii_uppercase())
            && !ROLES.contains(first)
            && !RELIGIONS.contains(first)
        {
            out[2] = first.to_string();
            rest = &chunks[1..];
        }
    }
    let (mut rel, mut typ) = (5, 7);
    for c in rest {
        if RELIGIONS.contains(c) && rel < 7 {
            out[rel] = c.to_string();
            rel += 1;
        } else if ROLES.contains(c) && typ < 10 {
            if out[typ].is_empty() {
                out[typ] = c.to_string();
            }
            typ += 1;
        } else if out[3].is_empty() && !ROLES.contains(c) {
            out[3] = c.to_string();
        }
    }
    out
}

/// GDELT geo type: 1 country, 2 US state, 3 US city, 4 world city, 5 world state.
fn gdelt_geo_type(kind: &str, country: &str) -> &'static str {
    match (kind, country == "USA") {
        ("country", _) => "1",
        ("admin1", true) => "2",
        ("admin1", false) => "5",
        ("city", true) => "3",
        ("city", false) => "4",
        _ => "",
    }
}

fn clean(s: &str) -> String {
    s.replace(['\t', '\n', '\r'], " ")
}

struct GdeltSink<'w, W: Write> {
    out: &'w mut W,
}

impl<W: Write> Sink for GdeltSink<'_, W> {
    fn page(&mut self, columns: &[String], rows: &[Row]) -> Result<()> {
        let col = |name: &str| {
            columns
                .iter()
                .position(|c| c == name)
                .expect("aggregate column")
        };
        let ix = |n: &str| col(n);
        let (i_id, i_date, i_src, i_srcn, i_cameo, i_tgt, i_tgtn, i_root, i_quad, i_gold) = (
            ix("agg_id"),
            ix("event_date"),
            ix("source_code"),
            ix("source_name"),
            ix("cameo"),
            ix("target_code"),
            ix("target_name"),
            ix("cameo_root"),
            ix("quad_class"),
            ix("goldstein"),
        );
        let (i_geo, i_place, i_country, i_adm1, i_kind, i_lat, i_lon) = (
            ix("geonameid"),
            ix("place_name"),
            ix("country"),
            ix("admin1"),
            ix("place_kind"),
            ix("lat"),
            ix("lon"),
        );
        let (i_nm, i_na, i_ns, i_rootev, i_url, i_created) = (
            ix("num_mentions"),
            ix("num_articles"),
            ix("num_sources"),
            ix("root_event"),
            ix("source_url"),
            ix("created_at"),
        );
        for r in rows {
            let s = |i: usize| r[i].as_str().unwrap_or("").to_string();
            let mut f: Vec<String> = Vec::with_capacity(61);
            f.push(r[i_id].to_cell());
            // Only years 0001–9999 have a GDELT SQLDATE (databases written before factum
            // checked dates may hold others).
            let date = NaiveDate::parse_from_str(&s(i_date), "%Y-%m-%d")
                .ok()
                .filter(|d| (1..=9999).contains(&d.year()));
            match date {
                Some(d) => {
                    f.push(d.format("%Y%m%d").to_string());
                    f.push(d.format("%Y%m").to_string());
                    f.push(d.year().to_string());
                    f.push(format!(
                        "{:.4}",
                        f64::from(d.year()) + f64::from(d.ordinal()) / 365.0
                    ));
                }
                None => f.extend(std::iter::repeat_n(String::new(), 4)),
            }
            f.extend(gdelt_actor(&s(i_src), r[i_srcn].as_str()));
            f.extend(gdelt_actor(&s(i_tgt), r[i_tgtn].as_str()));
            f.push(r[i_rootev].to_cell());
            let cameo = s(i_cameo);
            f.push(cameo.clone());
            f.push(cameo.chars().take(3).collect());
            f.push(s(i_root));
            f.push(r[i_quad].to_cell());
            f.push(r[i_gold].to_cell());
            f.push(r[i_nm].to_cell());
            f.push(r[i_ns].to_cell());
            f.push(r[i_na].to_cell());
            f.push(String::new()); // AvgTone: factum does not score tone.
                                   // Actor1Geo_* and Actor2Geo_*: factum locates events, not actors.
            f.extend(std::iter::repeat_n(String::new(), 16));
            if r[i_geo].is_null() {
                f.extend(std::iter::repeat_n(String::new(), 8));
            } else {
                let country = s(i_country);
                f.push(gdelt_geo_type(&s(i_kind), &country).to_string());
                f.push(s(i_place));
                f.push(country.clone());
                let adm1 = s(i_adm1);
                f.push(if adm1.is_empty() {
                    String::new()
                } else {
                    format!("{country}{adm1}")
                });
                f.push(String::new()); // ADM2: not resolved.
                f.push(r[i_lat].to_cell());
                f.push(r[i_lon].to_cell());
                f.push(r[i_geo].to_cell());
            }
            f.push(s(i_created).chars().filter(char::is_ascii_digit).collect());
            f.push(s(i_url));
            debug_assert_eq!(f.len(), GDELT_COLUMNS.len());
            let line: Vec<String> = f.iter().map(|v| clean(v)).collect();
            self.out.write_all(line.join("\t").as_bytes())?;
            self.out.write_all(b"\n")?;
        }
        Ok(())
    }

    fn finish(&mut self) -> Result<()> {
        self.out.flush()?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn actor_codes_split_into_gdelt_attributes() {
        let a = gdelt_actor("ISRGOV", Some("Israeli government"));
        assert_eq!(a[0], "ISRGOV");
        assert_eq!(a[1], "ISRAELI GOVERNMENT");
        assert_eq!(a[2], "ISR");
        assert_eq!(a[7], "GOV");
        let u = gdelt_actor("IGOUNO", None);
        assert_eq!(u[2], "");
        assert_eq!(u[3], "UNO");
        assert_eq!(u[7], "IGO");
        let r = gdelt_actor("LBNREBMOS", None);
        assert_eq!(
            (r[2].as_str(), r[5].as_str(), r[7].as_str()),
            ("LBN", "MOS", "REB")
        );
        assert!(gdelt_actor("", None).iter().all(String::is_empty));
        let g = gdelt_actor("---UAF", Some("gunmen"));
        assert_eq!(
            (
                g[0].as_str(),
                g[1].as_str(),
                g[2].as_str(),
                g[3].as_str(),
                g[7].as_str()
            ),
            ("UAF", "GUNMEN", "", "", "UAF")
        );
    }

    #[test]
    fn gdelt_has_61_columns() {
        assert_eq!(GDELT_COLUMNS.len(), 61);
        assert_eq!(GDELT_COLUMNS[26], "EventCode");
        assert_eq!(GDELT_COLUMNS[60], "SOURCEURL");
    }
}
