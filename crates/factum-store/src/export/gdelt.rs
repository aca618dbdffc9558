//! GDELT 2.0 formats: the event table (61 columns, one row per aggregated event) and the
//! mentions table (16 columns, one row per article that reported an aggregated event).
//!
//! Both are tab-separated with no header, in GDELT's column order, so scripts written for
//! GDELT files read them unchanged; `docs/store.md` and `docs/codebook.md` give the mapping.
//! GDELT has no notion of modality: `factum export --format gdelt` therefore writes, by
//! default, only aggregated events with at least one *asserted* mention (the command says so
//! on standard error); `--modality all` writes every one.

use std::io::Write;

use chrono::{Datelike, NaiveDate};
use factum_codes::actor::{ActorCode, RELIGIONS, ROLES, TRANSNATIONAL};

use super::Sink;
use crate::backend::{Row, Val};
use crate::fields::Field;
use crate::query::{filter_clauses, EventFilter, Rows};
use crate::{Result, Store};

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

/// An international prefix whose next part is a known group (`IGOUNO`). `INT` is left out:
/// the export has always written it as a country (see `factum_codes::actor`).
fn is_international(part: &str) -> bool {
    TRANSNATIONAL.contains(&part) && part != "INT"
}

/// A part for the type columns: a role, or an international prefix after the first part
/// (`UIS` never was one).
fn is_role(part: &str) -> bool {
    ROLES.contains(&part) || (is_international(part) && part != "UIS")
}

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
    let chunks: Vec<&str> = ActorCode::new(code).parts().collect();
    let mut rest = chunks.as_slice();
    if let Some(first) = chunks.first() {
        if is_international(first) {
            // "IGOUNO": the group follows the international prefix.
            out[7] = first.to_string();
            if let Some(group) = chunks
                .get(1)
                .filter(|c| !is_role(c) && !RELIGIONS.contains(c))
            {
                out[3] = group.to_string();
                rest = &chunks[2..];
            } else {
                rest = &chunks[1..];
            }
        } else if first.chars().all(|c| c.is_ascii_uppercase())
            && !is_role(first)
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
        } else if is_role(c) && typ < 10 {
            if out[typ].is_empty() {
                out[typ] = c.to_string();
            }
            typ += 1;
        } else if out[3].is_empty() && !is_role(c) {
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

pub(crate) struct GdeltSink<'w, W: Write> {
    pub(crate) out: &'w mut W,
}

impl<W: Write> Sink for GdeltSink<'_, W> {
    fn page(&mut self, fields: &[Field], rows: &[Row]) -> Result<()> {
        let col = |name: &str| {
            fields
                .iter()
                .position(|f| f.name == name)
                .expect("aggregate field")
        };
        let ix = |n: &str| col(n);
        let (i_id, i_date, i_src, i_srcn, i_cameo, i_tgt, i_tgtn, i_root, i_quad, i_gold) = (
            ix("agg_id"),
            ix("event_date"),
            ix("source_code"),
            ix("source_text"),
            ix("cameo"),
            ix("target_code"),
            ix("target_text"),
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

/// The GDELT 2.0 mentions table's columns, in order.
pub const MENTION_COLUMNS: [&str; 16] = [
    "GLOBALEVENTID",
    "EventTimeDate",
    "MentionTimeDate",
    "MentionType",
    "MentionSourceName",
    "MentionIdentifier",
    "SentenceID",
    "Actor1CharOffset",
    "Actor2CharOffset",
    "ActionCharOffset",
    "InRawText",
    "Confidence",
    "MentionDocLen",
    "MentionDocTone",
    "MentionDocTranslationInfo",
    "Extras",
];

/// Mentions per page.
const MENTION_PAGE: i64 = 5000;

/// Write the mentions of the aggregated events `filter` selects: one row per (aggregated
/// event, article mention), keyed like the event table (`GLOBALEVENTID` = `agg_id`).
pub(crate) fn export_mentions<W: Write>(
    store: &mut Store,
    filter: &EventFilter,
    out: &mut W,
) -> Result<u64> {
    let mut base = Vec::new();
    let mut clauses = filter_clauses(filter, Rows::Aggregates, &mut base)?;
    clauses.push("(m.agg_id, m.doc_key, m.event_idx) > (?, ?, ?)".into());
    let sql = format!(
        "SELECT m.agg_id, a.event_date, d.seen_at, d.outlet, d.url, d.id, e.sentence, \
         e.json, e.confidence, LENGTH(d.text), m.doc_key, m.event_idx \
         FROM aggregate_mentions m JOIN aggregated_events a ON a.agg_id = m.agg_id \
         JOIN documents d ON d.doc_key = m.doc_key \
         JOIN events e ON e.doc_key = m.doc_key AND e.idx = m.event_idx \
         WHERE {} ORDER BY m.agg_id, m.doc_key, m.event_idx LIMIT ?",
        clauses.join(" AND ")
    );
    let mut last = vec![Val::Int(i64::MIN), Val::Int(-1), Val::Int(-1)];
    let mut written = 0u64;
    loop {
        let mut params = base.clone();
        params.extend(last.iter().cloned());
        params.push(Val::Int(MENTION_PAGE));
        let rows = store.backend().query(&sql, &params)?;
        for r in &rows {
            let line: Vec<String> = mention_row(r).iter().map(|v| clean(v)).collect();
            out.write_all(line.join("\t").as_bytes())?;
            out.write_all(b"\n")?;
            written += 1;
        }
        match rows.last() {
            Some(r) if rows.len() as i64 == MENTION_PAGE => {
                last = vec![r[0].clone(), r[10].clone(), r[11].clone()];
            }
            _ => break,
        }
    }
    out.flush()?;
    Ok(written)
}

/// `YYYYMMDDHHMMSS` from an ISO day or an RFC 3339 time ("" when neither).
fn gdelt_time(s: &str) -> String {
    let digits: String = s.chars().filter(char::is_ascii_digit).take(14).collect();
    match digits.len() {
        8 => format!("{digits}000000"),
        14 => digits,
        _ => String::new(),
    }
}

/// One mentions row from the columns [`export_mentions`] selects.
fn mention_row(r: &Row) -> [String; 16] {
    let s = |i: usize| r[i].as_str().unwrap_or("").to_string();
    let event: serde_json::Value =
        serde_json::from_str(r[7].as_str().unwrap_or("null")).unwrap_or_default();
    let offset = |path: &[&str]| {
        let mut v = &event;
        for p in path {
            v = &v[p];
        }
        v.as_u64().map_or("-1".to_string(), |n| n.to_string())
    };
    let identifier = match s(4) {
        url if !url.is_empty() => url,
        _ => s(5),
    };
    [
        r[0].to_cell(),
        gdelt_time(&s(1)),
        gdelt_time(&s(2)),
        // 1 = web: factum reads articles, whatever the medium they were published in.
        "1".to_string(),
        s(3),
        identifier,
        // GDELT counts sentences from 1.
        r[6].as_int().map_or(String::new(), |i| (i + 1).to_string()),
        offset(&["source", "span", "start"]),
        offset(&["target", "span", "start"]),
        offset(&["verb_span", "start"]),
        "1".to_string(),
        // GDELT's confidence is a percentage.
        r[8].as_real()
            .map_or(String::new(), |c| ((c * 100.0).round() as i64).to_string()),
        r[9].to_cell(),
        String::new(),
        String::new(),
        String::new(),
    ]
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
    fn gdelt_times() {
        assert_eq!(gdelt_time("2025-09-15"), "20250915000000");
        assert_eq!(gdelt_time("2025-09-15T08:30:00Z"), "20250915083000");
        assert_eq!(gdelt_time(""), "");
    }

    #[test]
    fn gdelt_has_61_columns() {
        assert_eq!(GDELT_COLUMNS.len(), 61);
        assert_eq!(GDELT_COLUMNS[26], "EventCode");
        assert_eq!(GDELT_COLUMNS[60], "SOURCEURL");
    }
}
