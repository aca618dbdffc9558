//! Queries: full-text search and event filters.
//!
//! Filters on actor codes and CAMEO codes are *prefix* matches, because both code systems
//! are hierarchical: `--actor ISR` finds ISR, ISRGOV and ISRMIL; `--code 03` finds every
//! "express intent to cooperate" code, `--code 036` only 036 and its sub-codes. A prefix is
//! matched as the range `[prefix, prefix-with-last-character-incremented)` so the column
//! indexes are used, in both SQLite and PostgreSQL.

use crate::backend::{Dialect, Row, Val};
use crate::{Result, Store, StoreError};

/// Rows with named columns.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Table {
    pub columns: Vec<String>,
    pub rows: Vec<Row>,
}

impl Table {
    /// Index of a column by name.
    pub fn column(&self, name: &str) -> Option<usize> {
        self.columns.iter().position(|c| c == name)
    }

    /// The values of one column.
    pub fn values(&self, name: &str) -> Vec<Val> {
        match self.column(name) {
            Some(i) => self.rows.iter().map(|r| r[i].clone()).collect(),
            None => Vec::new(),
        }
    }
}

/// Which events to return.
#[derive(Debug, Clone, Default)]
pub struct EventFilter {
    /// Actor code prefix matched against the source *or* the target.
    pub actor: Option<String>,
    /// Source actor code prefix.
    pub source: Option<String>,
    /// Target actor code prefix.
    pub target: Option<String>,
    /// CAMEO code prefix.
    pub code: Option<String>,
    /// First event date (ISO 8601 day), inclusive.
    pub since: Option<String>,
    /// Last event date, inclusive.
    pub until: Option<String>,
    /// ISO 3166-1 alpha-3 country of the event's location.
    pub country: Option<String>,
    /// Include events of near-duplicate articles (left out by default: they are copies).
    pub include_duplicates: bool,
    /// At most this many rows.
    pub limit: Option<usize>,
}

/// One full-text search result.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchHit {
    pub id: String,
    pub title: Option<String>,
    pub source: Option<String>,
    pub published: Option<String>,
    /// Higher is better: −BM25 in SQLite, `ts_rank_cd` in PostgreSQL.
    pub score: f64,
    /// The best matching passage, matches in `[` `]`.
    pub snippet: String,
}

/// The smallest string greater than every string starting with `prefix` (None when the
/// prefix is empty or cannot be incremented).
fn prefix_upper(prefix: &str) -> Option<String> {
    let mut chars: Vec<char> = prefix.chars().collect();
    let last = chars.pop()?;
    let next = char::from_u32(last as u32 + 1)?;
    chars.push(next);
    Some(chars.into_iter().collect())
}

/// `(col >= ? AND col < ?)` for a prefix.
fn prefix_clause(col: &str, prefix: &str, params: &mut Vec<Val>) -> Result<String> {
    let upper = prefix_upper(prefix)
        .ok_or_else(|| StoreError::Unsupported(format!("invalid code prefix {prefix:?}")))?;
    params.push(Val::text(prefix));
    params.push(Val::Text(upper));
    Ok(format!("({col} >= ? AND {col} < ?)"))
}

/// WHERE clauses for `f` over a table aliased `t` with the events' column names.
pub(crate) fn filter_clauses(
    f: &EventFilter,
    t: &str,
    params: &mut Vec<Val>,
) -> Result<Vec<String>> {
    let mut w = Vec::new();
    if let Some(a) = f.actor.as_deref().filter(|s| !s.is_empty()) {
        let s = prefix_clause(&format!("{t}.source_code"), a, params)?;
        let g = prefix_clause(&format!("{t}.target_code"), a, params)?;
        w.push(format!("({s} OR {g})"));
    }
    if let Some(a) = f.source.as_deref().filter(|s| !s.is_empty()) {
        w.push(prefix_clause(&format!("{t}.source_code"), a, params)?);
    }
    if let Some(a) = f.target.as_deref().filter(|s| !s.is_empty()) {
        w.push(prefix_clause(&format!("{t}.target_code"), a, params)?);
    }
    if let Some(c) = f.code.as_deref().filter(|s| !s.is_empty()) {
        w.push(prefix_clause(&format!("{t}.cameo"), c, params)?);
    }
    if let Some(s) = &f.since {
        params.push(Val::text(s));
        w.push(format!("{t}.event_date >= ?"));
    }
    if let Some(u) = &f.until {
        params.push(Val::text(u));
        w.push(format!("{t}.event_date <= ?"));
    }
    if let Some(c) = &f.country {
        params.push(Val::text(c));
        w.push(format!("{t}.country = ?"));
    }
    Ok(w)
}

/// Columns of an event mention row, as `factum events` and the exports show them.
pub const EVENT_SELECT: &[(&str, &str)] = &[
    ("doc_id", "d.id"),
    ("event_idx", "e.idx"),
    ("sentence", "e.sentence"),
    ("event_date", "e.event_date"),
    ("date_granularity", "e.date_granularity"),
    ("date_method", "e.date_method"),
    ("source_code", "e.source_code"),
    ("source_text", "e.source_text"),
    ("cameo", "e.cameo"),
    ("target_code", "e.target_code"),
    ("target_text", "e.target_text"),
    ("cameo_root", "e.cameo_root"),
    ("quad_class", "e.quad_class"),
    ("goldstein", "e.goldstein"),
    ("plover_type", "e.plover_type"),
    ("plover_mode", "e.plover_mode"),
    ("verb_text", "e.verb_text"),
    ("negated", "e.negated"),
    ("modality", "e.modality"),
    ("geonameid", "e.geonameid"),
    ("place_name", "e.place_name"),
    ("country", "e.country"),
    ("admin1", "e.admin1"),
    ("lat", "e.lat"),
    ("lon", "e.lon"),
    ("location_method", "e.location_method"),
    ("attribution_text", "e.attribution_text"),
    ("attribution_kind", "e.attribution_kind"),
    ("attribution_code", "e.attribution_code"),
    ("is_duplicate", "e.is_duplicate"),
    ("canonical_doc_id", "c.id"),
    ("title", "d.title"),
    ("outlet", "d.outlet"),
    ("url", "d.url"),
    ("published", "d.published"),
    ("sentence_text", "e.sentence_text"),
    ("provenance", "e.provenance"),
];

/// Columns of an aggregated event row.
pub const AGGREGATE_SELECT: &[(&str, &str)] = &[
    ("agg_id", "a.agg_id"),
    ("event_date", "a.event_date"),
    ("source_code", "a.source_code"),
    ("source_name", "a.source_name"),
    ("cameo", "a.cameo"),
    ("target_code", "a.target_code"),
    ("target_name", "a.target_name"),
    ("cameo_root", "a.cameo_root"),
    ("quad_class", "a.quad_class"),
    ("goldstein", "a.goldstein"),
    ("geonameid", "a.geonameid"),
    ("place_name", "a.place_name"),
    ("country", "a.country"),
    ("admin1", "a.admin1"),
    ("place_kind", "a.place_kind"),
    ("lat", "a.lat"),
    ("lon", "a.lon"),
    ("num_mentions", "a.num_mentions"),
    ("num_articles", "a.num_articles"),
    ("num_sources", "a.num_sources"),
    ("first_seen", "a.first_seen"),
    ("last_seen", "a.last_seen"),
    ("root_event", "a.root_event"),
    ("source_url", "a.source_url"),
    ("created_at", "a.created_at"),
];

pub(crate) const EVENT_FROM: &str = "FROM events e JOIN documents d ON d.doc_key = e.doc_key \
     LEFT JOIN documents c ON c.doc_key = d.dup_of";

pub(crate) fn select_list(cols: &[(&str, &str)]) -> String {
    cols.iter()
        .map(|(name, expr)| format!("{expr} AS {name}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// FTS5 query for plain words: every word must occur (quoted, so punctuation in words such
/// as "U.S." is not FTS5 syntax).
fn fts5_query(q: &str) -> String {
    search_terms(q)
        .iter()
        .map(|w| format!("\"{}\"", w.replace('"', "")))
        .filter(|w| w != "\"\"")
        .collect::<Vec<_>>()
        .join(" ")
}

/// The most distinct terms a search uses; the rest are ignored.
pub const MAX_SEARCH_TERMS: usize = 32;

/// The distinct words of a query (case-insensitively, first spelling kept), at most
/// [`MAX_SEARCH_TERMS`]: a term repeated a thousand times matches exactly what it matches
/// once, but the full-text engines take time quadratic in the repeats.
pub fn search_terms(q: &str) -> Vec<&str> {
    let mut seen = std::collections::HashSet::new();
    q.split_whitespace()
        .filter(|w| seen.insert(w.to_lowercase()))
        .take(MAX_SEARCH_TERMS)
        .collect()
}

impl Store {
    /// Full-text search over titles and bodies, best first. Near-duplicates are left out
    /// unless `include_duplicates`.
    pub fn search(
        &mut self,
        query: &str,
        limit: usize,
        include_duplicates: bool,
    ) -> Result<Vec<SearchHit>> {
        let dup = if include_duplicates {
            ""
        } else {
            " AND d.dup_of IS NULL"
        };
        let (sql, q) = match self.dialect() {
            Dialect::Sqlite => {
                let q = fts5_query(query);
                if q.is_empty() {
                    return Ok(Vec::new());
                }
                (
                    format!(
                        "SELECT d.id, d.title, d.source, d.published, \
                         -bm25(documents_fts, 2.0, 1.0) AS score, \
                         snippet(documents_fts, 1, '[', ']', '…', 16) \
                         FROM documents_fts JOIN documents d ON d.doc_key = documents_fts.rowid \
                         WHERE documents_fts MATCH ?{dup} ORDER BY score DESC, d.id LIMIT ?"
                    ),
                    q,
                )
            }
            Dialect::Postgres => (
                format!(
                    "SELECT d.id, d.title, d.source, d.published, \
                     ts_rank_cd(d.fts, q, 1)::float8 AS score, \
                     ts_headline('english', d.text, q, 'StartSel=[, StopSel=], MaxWords=20, \
                     MinWords=8, MaxFragments=1, FragmentDelimiter=…') \
                     FROM documents d, plainto_tsquery('english', ?) q \
                     WHERE d.fts @@ q{dup} ORDER BY score DESC, d.id LIMIT ?"
                ),
                search_terms(query).join(" "),
            ),
        };
        let rows = self
            .backend()
            .query(&sql, &[Val::Text(q), Val::Int(limit as i64)])?;
        Ok(rows
            .into_iter()
            .map(|mut r| SearchHit {
                snippet: std::mem::replace(&mut r[5], Val::Null)
                    .into_string()
                    .unwrap_or_default(),
                score: r[4].as_real().unwrap_or(0.0),
                published: std::mem::replace(&mut r[3], Val::Null).into_string(),
                source: std::mem::replace(&mut r[2], Val::Null).into_string(),
                title: std::mem::replace(&mut r[1], Val::Null).into_string(),
                id: std::mem::replace(&mut r[0], Val::Null)
                    .into_string()
                    .unwrap_or_default(),
            })
            .collect())
    }

    /// Event mentions matching `f`, by date then document.
    pub fn events(&mut self, f: &EventFilter) -> Result<Table> {
        let mut params = Vec::new();
        let mut w = filter_clauses(f, "e", &mut params)?;
        if !f.include_duplicates {
            w.push("e.is_duplicate = 0".into());
        }
        let mut sql = format!("SELECT {} {EVENT_FROM}", select_list(EVENT_SELECT));
        if !w.is_empty() {
            sql.push_str(&format!(" WHERE {}", w.join(" AND ")));
        }
        sql.push_str(" ORDER BY e.event_date, d.id, e.idx");
        if let Some(l) = f.limit {
            sql.push_str(" LIMIT ?");
            params.push(Val::Int(l as i64));
        }
        Ok(Table {
            columns: EVENT_SELECT.iter().map(|c| c.0.to_string()).collect(),
            rows: self.backend().query(&sql, &params)?,
        })
    }

    /// Aggregated events matching `f` (its `include_duplicates` does not apply: duplicates
    /// are never aggregated), by date then number of mentions.
    pub fn aggregated_events(&mut self, f: &EventFilter) -> Result<Table> {
        let mut params = Vec::new();
        let w = filter_clauses(f, "a", &mut params)?;
        let mut sql = format!(
            "SELECT {} FROM aggregated_events a",
            select_list(AGGREGATE_SELECT)
        );
        if !w.is_empty() {
            sql.push_str(&format!(" WHERE {}", w.join(" AND ")));
        }
        sql.push_str(" ORDER BY a.event_date, a.num_mentions DESC, a.agg_id");
        if let Some(l) = f.limit {
            sql.push_str(" LIMIT ?");
            params.push(Val::Int(l as i64));
        }
        Ok(Table {
            columns: AGGREGATE_SELECT.iter().map(|c| c.0.to_string()).collect(),
            rows: self.backend().query(&sql, &params)?,
        })
    }

    /// The mentions behind an aggregated event: (document id, event index), in order seen.
    pub fn aggregate_mentions(&mut self, agg_id: i64) -> Result<Vec<(String, i64)>> {
        let rows = self.backend().query(
            "SELECT d.id, m.event_idx FROM aggregate_mentions m \
             JOIN documents d ON d.doc_key = m.doc_key WHERE m.agg_id = ? \
             ORDER BY d.seen_at, d.doc_key, m.event_idx",
            &[Val::Int(agg_id)],
        )?;
        Ok(rows
            .into_iter()
            .map(|mut r| {
                let idx = r[1].as_int().unwrap_or(0);
                (r.remove(0).into_string().unwrap_or_default(), idx)
            })
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefix_ranges() {
        assert_eq!(prefix_upper("ISR").as_deref(), Some("ISS"));
        assert_eq!(prefix_upper("036").as_deref(), Some("037"));
        assert_eq!(prefix_upper(""), None);
    }

    #[test]
    fn fts_terms_are_quoted() {
        assert_eq!(
            fts5_query("ceasefire  U.S. \"x"),
            "\"ceasefire\" \"U.S.\" \"x\""
        );
    }
}
