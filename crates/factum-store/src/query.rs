//! Queries: full-text search and event filters.
//!
//! Filters on actor codes and CAMEO codes are *prefix* matches, because both code systems
//! are hierarchical: `--actor ISR` finds ISR, ISRGOV and ISRMIL; `--code 03` finds every
//! "express intent to cooperate" code, `--code 036` only 036 and its sub-codes. A prefix is
//! matched as the range `[prefix, prefix-with-last-character-incremented)` so the column
//! indexes are used, in both SQLite and PostgreSQL.

use crate::backend::{Dialect, Row, Val};
use crate::fields::{normalise_row, select_list, Field, AGGREGATE_FIELDS, EVENT_FIELDS};
use crate::{Result, Store, StoreError};

/// Rows with named columns: the fields of [`crate::fields`], values normalised.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Table {
    pub columns: Vec<String>,
    pub fields: &'static [Field],
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

/// Which events to return: checked values (codes upper-cased, days ISO, country alpha-3).
/// Build one from what a user typed with [`crate::filter::FilterQuery::resolve`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EventFilter {
    /// Actor code prefix matched against the source *or* the target.
    pub actor: Option<String>,
    /// Source actor code prefix.
    pub source: Option<String>,
    /// Target actor code prefix.
    pub target: Option<String>,
    /// Two actor code prefixes: events from either to the other, in both directions.
    pub dyad: Option<(String, String)>,
    /// CAMEO code prefix.
    pub code: Option<String>,
    /// First event date (ISO 8601 day), inclusive.
    pub since: Option<String>,
    /// Last event date, inclusive.
    pub until: Option<String>,
    /// ISO 3166-1 alpha-3 country of the event's location.
    pub country: Option<String>,
    /// Only events of these documents (by document id); `None`: all documents,
    /// `Some(empty)`: none (a search that matched nothing).
    pub docs: Option<Vec<String>>,
    /// Only events of these modality kinds; empty: all. An aggregated event matches when
    /// any of its mentions has one of them.
    pub modality: Vec<String>,
    /// Only events the coder scored at least this confident (aggregates: their most
    /// confident mention).
    pub min_confidence: Option<f64>,
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

/// Which table a filter applies to: their columns differ for documents, modality and
/// confidence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Rows {
    /// `events`, aliased `e`, joined to its document `d`.
    Mentions,
    /// `aggregated_events`, aliased `a`.
    Aggregates,
}

/// `?, ?, …` for `n` parameters.
fn placeholders(n: usize) -> String {
    vec!["?"; n].join(", ")
}

/// WHERE clauses for `f` over the events (`e`) or aggregated events (`a`).
pub(crate) fn filter_clauses(
    f: &EventFilter,
    rows: Rows,
    params: &mut Vec<Val>,
) -> Result<Vec<String>> {
    let t = match rows {
        Rows::Mentions => "e",
        Rows::Aggregates => "a",
    };
    let (src, tgt) = (format!("{t}.source_code"), format!("{t}.target_code"));
    let mut w = Vec::new();
    if let Some(a) = f.actor.as_deref().filter(|s| !s.is_empty()) {
        let s = prefix_clause(&src, a, params)?;
        let g = prefix_clause(&tgt, a, params)?;
        w.push(format!("({s} OR {g})"));
    }
    if let Some(a) = f.source.as_deref().filter(|s| !s.is_empty()) {
        w.push(prefix_clause(&src, a, params)?);
    }
    if let Some(a) = f.target.as_deref().filter(|s| !s.is_empty()) {
        w.push(prefix_clause(&tgt, a, params)?);
    }
    if let Some((a, b)) = &f.dyad {
        let ab = [
            prefix_clause(&src, a, params)?,
            prefix_clause(&tgt, b, params)?,
        ];
        let ba = [
            prefix_clause(&src, b, params)?,
            prefix_clause(&tgt, a, params)?,
        ];
        w.push(format!(
            "(({}) OR ({}))",
            ab.join(" AND "),
            ba.join(" AND ")
        ));
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
    if let Some(docs) = &f.docs {
        if docs.is_empty() {
            w.push("1 = 0".into());
            return Ok(w);
        }
        params.extend(docs.iter().map(Val::text));
        let list = placeholders(docs.len());
        w.push(match rows {
            Rows::Mentions => format!("d.id IN ({list})"),
            Rows::Aggregates => format!(
                "a.agg_id IN (SELECT m.agg_id FROM aggregate_mentions m \
                 JOIN documents md ON md.doc_key = m.doc_key WHERE md.id IN ({list}))"
            ),
        });
    }
    if !f.modality.is_empty() {
        w.push(modality_clause(&f.modality, rows, params)?);
    }
    if let Some(c) = f.min_confidence {
        params.push(Val::Real(c));
        w.push(format!("{t}.confidence >= ?"));
    }
    Ok(w)
}

/// Mentions: `e.modality IN (…)`; aggregates: any of the kinds' count columns above zero
/// (the column names come from the fixed [`crate::filter::MODALITIES`] list, never from
/// the user).
fn modality_clause(kinds: &[String], rows: Rows, params: &mut Vec<Val>) -> Result<String> {
    let known = |k: &String| crate::filter::MODALITIES.iter().find(|m| **m == k.as_str());
    match rows {
        Rows::Mentions => {
            params.extend(kinds.iter().map(Val::text));
            Ok(format!("e.modality IN ({})", placeholders(kinds.len())))
        }
        Rows::Aggregates => {
            let cols = kinds
                .iter()
                .map(|k| {
                    known(k)
                        .map(|m| format!("a.mentions_{m} > 0"))
                        .ok_or_else(|| StoreError::Unsupported(format!("unknown modality {k:?}")))
                })
                .collect::<Result<Vec<_>>>()?;
            Ok(format!("({})", cols.join(" OR ")))
        }
    }
}

pub(crate) const EVENT_FROM: &str = "FROM events e JOIN documents d ON d.doc_key = e.doc_key \
     LEFT JOIN documents c ON c.doc_key = d.dup_of";

pub(crate) fn table(fields: &'static [Field], rows: Vec<Row>) -> Table {
    Table {
        columns: crate::fields::names(fields),
        fields,
        rows: rows.into_iter().map(|r| normalise_row(fields, r)).collect(),
    }
}

/// A search query as typed: alternatives separated by `OR`, each a list of words and
/// `"quoted phrases"` that must all occur. At most [`MAX_SEARCH_TERMS`] distinct terms in
/// all (a term repeated a thousand times matches exactly what it matches once, but the
/// full-text engines take time quadratic in the repeats); an unclosed quote runs to the end.
pub fn parse_search(q: &str) -> Vec<Vec<String>> {
    let mut groups: Vec<Vec<String>> = vec![Vec::new()];
    let mut seen = std::collections::HashSet::new();
    let mut rest = q;
    while let Some(start) = rest.find(|c: char| !c.is_whitespace()) {
        rest = &rest[start..];
        let (term, tail, quoted) = match rest.strip_prefix('"') {
            Some(after) => match after.find('"') {
                Some(end) => (&after[..end], &after[end + 1..], true),
                None => (after, "", true),
            },
            None => {
                let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
                (&rest[..end], &rest[end..], false)
            }
        };
        rest = tail;
        if !quoted && term == "OR" {
            groups.push(Vec::new());
            continue;
        }
        let term = term
            .replace('"', "")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        if term.is_empty() || seen.len() >= MAX_SEARCH_TERMS || !seen.insert(term.to_lowercase()) {
            continue;
        }
        groups.last_mut().expect("one group at least").push(term);
    }
    groups.retain(|g| !g.is_empty());
    groups
}

/// FTS5 syntax for a parsed search: every term quoted (so punctuation such as "U.S." is not
/// FTS5 syntax; a quoted multi-word term is a phrase), alternatives joined by `OR`.
fn fts5_query(q: &str) -> String {
    let groups: Vec<String> = parse_search(q)
        .iter()
        .map(|g| {
            let terms: Vec<String> = g.iter().map(|t| format!("\"{t}\"")).collect();
            format!("({})", terms.join(" "))
        })
        .collect();
    groups.join(" OR ")
}

/// `websearch_to_tsquery` syntax for a parsed search: phrases quoted, alternatives `or`.
fn postgres_query(q: &str) -> String {
    parse_search(q)
        .iter()
        .map(|g| {
            g.iter()
                .map(|t| {
                    if t.contains(' ') {
                        format!("\"{t}\"")
                    } else {
                        t.replace('-', " ")
                    }
                })
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect::<Vec<_>>()
        .join(" or ")
}

/// The most distinct terms a search uses; the rest are ignored.
pub const MAX_SEARCH_TERMS: usize = 32;

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
                         -bm25(documents_fts, 2.0, 2.0, 1.0) AS score, \
                         snippet(documents_fts, 2, '[', ']', '…', 16) \
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
                     FROM documents d, websearch_to_tsquery('english', ?) q \
                     WHERE d.fts @@ q{dup} ORDER BY score DESC, d.id LIMIT ?"
                ),
                postgres_query(query),
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
        let mut w = filter_clauses(f, Rows::Mentions, &mut params)?;
        if !f.include_duplicates {
            w.push("e.is_duplicate = 0".into());
        }
        self.select(
            EVENT_FIELDS,
            EVENT_FROM,
            &w,
            "e.event_date, d.id, e.idx",
            f,
            params,
        )
    }

    /// Aggregated events matching `f` (its `include_duplicates` does not apply: duplicates
    /// are never aggregated), by date then number of mentions.
    pub fn aggregated_events(&mut self, f: &EventFilter) -> Result<Table> {
        let mut params = Vec::new();
        let w = filter_clauses(f, Rows::Aggregates, &mut params)?;
        let order = "a.event_date, a.num_mentions DESC, a.agg_id";
        let from = "FROM aggregated_events a";
        self.select(AGGREGATE_FIELDS, from, &w, order, f, params)
    }

    /// `SELECT fields from WHERE clauses ORDER BY order LIMIT f.limit` as a [`Table`].
    fn select(
        &mut self,
        fields: &'static [Field],
        from: &str,
        clauses: &[String],
        order: &str,
        f: &EventFilter,
        mut params: Vec<Val>,
    ) -> Result<Table> {
        let mut sql = format!("SELECT {} {from}", select_list(fields));
        if !clauses.is_empty() {
            sql.push_str(&format!(" WHERE {}", clauses.join(" AND ")));
        }
        sql.push_str(&format!(" ORDER BY {order}"));
        if let Some(l) = f.limit {
            sql.push_str(" LIMIT ?");
            params.push(Val::Int(l as i64));
        }
        Ok(table(fields, self.backend().query(&sql, &params)?))
    }

    /// What the user should know before trusting an empty result: each actor code prefix
    /// that no stored event has (with the nearest stored codes), each document id that is
    /// not stored, a country no stored event is located in.
    pub fn filter_warnings(&mut self, f: &EventFilter) -> Result<Vec<String>> {
        let mut warnings = Vec::new();
        let mut actors: Vec<(&str, &str)> = Vec::new();
        for (flag, v) in [
            ("--actor", &f.actor),
            ("--source", &f.source),
            ("--target", &f.target),
        ] {
            actors.extend(v.as_deref().map(|a| (flag, a)));
        }
        if let Some((a, b)) = &f.dyad {
            actors.extend([("--dyad", a.as_str()), ("--dyad", b.as_str())]);
        }
        for (flag, prefix) in actors {
            let mut params = Vec::new();
            let s = prefix_clause("source_code", prefix, &mut params)?;
            let t = prefix_clause("target_code", prefix, &mut params)?;
            let sql = format!("SELECT 1 FROM events WHERE {s} OR {t} LIMIT 1");
            if self.backend().query(&sql, &params)?.is_empty() {
                warnings.push(self.unknown_actor(flag, prefix)?);
            }
        }
        for id in f.docs.iter().flatten() {
            let found = self
                .backend()
                .query("SELECT 1 FROM documents WHERE id = ?", &[Val::text(id)])?;
            if found.is_empty() {
                warnings.push(format!("--doc: no stored document has the id {id:?}"));
            }
        }
        if let Some(c) = &f.country {
            let found = self.backend().query(
                "SELECT 1 FROM events WHERE country = ? LIMIT 1",
                &[Val::text(c)],
            )?;
            if found.is_empty() {
                let name = factum_codes::country::by_iso3(c).map_or(c.as_str(), |c| c.name);
                warnings.push(format!(
                    "--country: no stored event is located in {name} ({c})"
                ));
            }
        }
        Ok(warnings)
    }

    fn unknown_actor(&mut self, flag: &str, prefix: &str) -> Result<String> {
        let codes: Vec<String> = self
            .backend()
            .query(
                "SELECT DISTINCT source_code FROM events WHERE source_code IS NOT NULL \
                 UNION SELECT DISTINCT target_code FROM events WHERE target_code IS NOT NULL",
                &[],
            )?
            .into_iter()
            .filter_map(|mut r| r.remove(0).into_string())
            .collect();
        // Compare with stored codes cut to the typed length too: ISX is one letter from
        // ISR, the start of ISRGOV.
        let mut candidates: Vec<&str> = codes.iter().map(String::as_str).collect();
        candidates.extend(codes.iter().filter_map(|c| c.get(..prefix.len())));
        candidates.sort_unstable();
        candidates.dedup();
        let near = factum_codes::closest(prefix, candidates, 5);
        let mut msg = format!("{flag}: no stored event has an actor code starting with {prefix}");
        if !near.is_empty() {
            msg.push_str(&format!("; stored codes near it: {}", near.join(", ")));
        }
        Ok(msg)
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
            "(\"ceasefire\" \"U.S.\" \"x\")"
        );
    }

    #[test]
    fn searches_have_phrases_and_alternatives() {
        let q = "\"border talks\" Lebanon OR ceasefire OR OR \"\" ceasefire";
        assert_eq!(
            parse_search(q),
            vec![
                vec!["border talks".to_string(), "Lebanon".into()],
                vec!["ceasefire".into()]
            ]
        );
        assert_eq!(
            fts5_query(q),
            "(\"border talks\" \"Lebanon\") OR (\"ceasefire\")"
        );
        assert_eq!(postgres_query(q), "\"border talks\" Lebanon or ceasefire");
        // A lower-case "or" is a word, as in FTS5.
        assert_eq!(parse_search("war or peace").len(), 1);
        let many: String = (0..100).map(|i| format!("w{i} ")).collect();
        assert_eq!(parse_search(&many)[0].len(), MAX_SEARCH_TERMS);
    }
}
