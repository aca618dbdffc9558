//! Queries for clients that browse: pages with a cursor, one event by id, counts and top
//! lists (the HTTP API and its dashboard).
//!
//! Pages use **keyset pagination**: the cursor is the sort key of the last row sent, and
//! the next page is the rows after it in the same order. Unlike `OFFSET`, a page costs
//! the same however deep it is, and rows inserted meanwhile neither repeat nor vanish.
//! Aggregated events are sorted newest first (`event_date DESC, agg_id DESC`); mentions
//! by where they are stored (`doc_key, idx`).

use crate::backend::Val;
use crate::fields::{normalise_row, select_list, AGGREGATE_FIELDS, EVENT_FIELDS};
use crate::query::{filter_clauses, table, EventFilter, Rows, Table, EVENT_FROM};
use crate::{Result, Store};

/// Where a page of aggregated events starts: after this date and id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AggregateCursor {
    pub event_date: String,
    pub agg_id: i64,
}

/// Where a page of mentions starts: after this document key and event index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MentionCursor {
    pub doc_key: i64,
    pub idx: i64,
}

/// What [`Store::event_counts`] groups by. Each names fixed columns, never user text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CountBy {
    QuadClass,
    PloverType,
    Modality,
    DayQuadClass,
    DayPloverType,
}

impl CountBy {
    fn columns(self) -> &'static str {
        match self {
            CountBy::QuadClass => "e.quad_class",
            CountBy::PloverType => "e.plover_type",
            CountBy::Modality => "e.modality",
            CountBy::DayQuadClass => "e.event_date, e.quad_class",
            CountBy::DayPloverType => "e.event_date, e.plover_type",
        }
    }
}

fn where_sql(w: &[String]) -> String {
    if w.is_empty() {
        String::new()
    } else {
        format!(" WHERE {}", w.join(" AND "))
    }
}

impl Store {
    /// Up to `limit` aggregated events matching `f`, newest first, after `after`.
    pub fn aggregated_page(
        &mut self,
        f: &EventFilter,
        after: Option<&AggregateCursor>,
        limit: usize,
    ) -> Result<Table> {
        let mut params = Vec::new();
        let mut w = filter_clauses(f, Rows::Aggregates, &mut params)?;
        if let Some(c) = after {
            w.push("(a.event_date < ? OR (a.event_date = ? AND a.agg_id < ?))".into());
            params.extend([
                Val::text(&c.event_date),
                Val::text(&c.event_date),
                Val::Int(c.agg_id),
            ]);
        }
        params.push(Val::Int(limit as i64));
        let sql = format!(
            "SELECT {} FROM aggregated_events a{} ORDER BY a.event_date DESC, a.agg_id DESC LIMIT ?",
            select_list(AGGREGATE_FIELDS),
            where_sql(&w)
        );
        Ok(table(
            AGGREGATE_FIELDS,
            self.backend().query(&sql, &params)?,
        ))
    }

    /// Up to `limit` event mentions matching `f`, in storage order, after `after`. The
    /// columns are [`EVENT_SELECT`]'s and `doc_key` (the cursor's first half).
    pub fn mentions_page(
        &mut self,
        f: &EventFilter,
        after: Option<MentionCursor>,
        limit: usize,
    ) -> Result<Table> {
        let mut params = Vec::new();
        let mut w = filter_clauses(f, Rows::Mentions, &mut params)?;
        if !f.include_duplicates {
            w.push("e.is_duplicate = 0".into());
        }
        if let Some(c) = after {
            w.push("(e.doc_key > ? OR (e.doc_key = ? AND e.idx > ?))".into());
            params.extend([Val::Int(c.doc_key), Val::Int(c.doc_key), Val::Int(c.idx)]);
        }
        params.push(Val::Int(limit as i64));
        let sql = format!(
            "SELECT {}, e.doc_key AS doc_key {EVENT_FROM}{} ORDER BY e.doc_key, e.idx LIMIT ?",
            select_list(EVENT_FIELDS),
            where_sql(&w)
        );
        let mut columns = crate::fields::names(EVENT_FIELDS);
        columns.push("doc_key".into());
        let rows = self
            .backend()
            .query(&sql, &params)?
            .into_iter()
            .map(|mut r| {
                let key = r.pop().unwrap_or(Val::Null);
                let mut r = normalise_row(EVENT_FIELDS, r);
                r.push(key);
                r
            })
            .collect();
        Ok(Table {
            columns,
            fields: EVENT_FIELDS,
            rows,
        })
    }

    /// One aggregated event by id (a table of zero or one row).
    pub fn aggregated_event(&mut self, agg_id: i64) -> Result<Table> {
        let sql = format!(
            "SELECT {} FROM aggregated_events a WHERE a.agg_id = ?",
            select_list(AGGREGATE_FIELDS)
        );
        Ok(table(
            AGGREGATE_FIELDS,
            self.backend().query(&sql, &[Val::Int(agg_id)])?,
        ))
    }

    /// Event mentions matching `f` (duplicates left out unless asked), counted by `by`:
    /// rows of the grouping columns then the count, largest first.
    pub fn event_counts(&mut self, f: &EventFilter, by: CountBy) -> Result<Vec<Vec<Val>>> {
        let mut params = Vec::new();
        let mut w = filter_clauses(f, Rows::Mentions, &mut params)?;
        if !f.include_duplicates {
            w.push("e.is_duplicate = 0".into());
        }
        let cols = by.columns();
        let sql = format!(
            "SELECT {cols}, COUNT(*) AS n FROM events e JOIN documents d ON d.doc_key = e.doc_key{} \
             GROUP BY {cols} ORDER BY {cols}",
            where_sql(&w)
        );
        self.backend().query(&sql, &params)
    }

    /// The actors of the aggregated events matching `f`, as source or target: rows of
    /// code, a name, events, mentions; most mentioned first, at most `limit`.
    pub fn top_actors(&mut self, f: &EventFilter, limit: usize) -> Result<Vec<Vec<Val>>> {
        let mut params = Vec::new();
        let w = where_sql(&filter_clauses(f, Rows::Aggregates, &mut params)?);
        let mut second = Vec::new();
        let w2 = where_sql(&filter_clauses(f, Rows::Aggregates, &mut second)?);
        params.extend(second);
        params.push(Val::Int(limit as i64));
        let sql = format!(
            "SELECT code, MAX(name), COUNT(*), SUM(n) FROM (\
             SELECT a.source_code AS code, a.source_name AS name, a.num_mentions AS n \
             FROM aggregated_events a{w} UNION ALL \
             SELECT a.target_code, a.target_name, a.num_mentions FROM aggregated_events a{w2}) t \
             WHERE code <> '' GROUP BY code ORDER BY 4 DESC, code LIMIT ?"
        );
        self.backend().query(&sql, &params)
    }

    /// The (source, target) pairs of the aggregated events matching `f`: rows of source,
    /// target, events, mentions; most mentioned first, at most `limit`.
    pub fn top_dyads(&mut self, f: &EventFilter, limit: usize) -> Result<Vec<Vec<Val>>> {
        let mut params = Vec::new();
        let w = where_sql(&filter_clauses(f, Rows::Aggregates, &mut params)?);
        params.push(Val::Int(limit as i64));
        let sql = format!(
            "SELECT a.source_code, a.target_code, COUNT(*), SUM(a.num_mentions) \
             FROM aggregated_events a{w} GROUP BY a.source_code, a.target_code \
             ORDER BY 4 DESC, 1, 2 LIMIT ?"
        );
        self.backend().query(&sql, &params)
    }
}
