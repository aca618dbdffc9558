//! The JSON API: routes, parameters, responses.
//!
//! Every list takes the CLI's filter names (`actor`, `source`, `target`, `code`, `since`,
//! `until`, `country`, `include_duplicates`) plus `limit` and `cursor`. Parameters are
//! checked before any query runs: an unknown parameter, a malformed date or code, a limit
//! out of range, a cursor that was not ours — each is a 400 naming the parameter.
//! Lists answer `{"items": […], "next_cursor": "…" | null}`; pass `next_cursor` back as
//! `cursor` for the next page.

use std::collections::BTreeMap;
use std::sync::Arc;

use axum::extract::rejection::{PathRejection, QueryRejection};
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use factum_store::browse::{AggregateCursor, CountBy, MentionCursor};
use factum_store::{EventFilter, FilterQuery, Store, Table, Val};
use serde_json::{json, Map, Value};

use crate::{security, views, ApiError, AppState};

type Shared = Arc<AppState>;
type ParamList = Result<Query<Vec<(String, String)>>, QueryRejection>;

/// Most rows one page may hold.
pub const MAX_LIMIT: usize = 1000;
/// Rows per page when `limit` is not given.
pub const DEFAULT_LIMIT: usize = 100;
/// Mentions an event page shows at most.
const MAX_MENTIONS: usize = 50;

/// The filter parameters: the CLI's `factum events` options, `-` written `_`.
const FILTERS: &[&str] = &[
    "actor",
    "source",
    "target",
    "dyad",
    "code",
    "since",
    "until",
    "country",
    "doc",
    "search",
    "modality",
    "min_confidence",
    "include_duplicates",
];

pub fn routes() -> Router<Shared> {
    Router::new()
        .route("/api/events", get(events))
        .route("/api/events/{id}", get(event))
        .route("/api/documents/{id}", get(document))
        .route("/api/search", get(search))
        .route("/api/actors", get(actors))
        .route("/api/dyads", get(dyads))
        .route("/api/stats", get(stats))
        .route("/api/geojson", get(geojson))
        .route("/api/openapi.json", get(openapi))
        .route("/api/ingest", post(ingest))
        .fallback(not_found)
}

async fn not_found() -> ApiError {
    ApiError::not_found("no such page or API route; the API is described at /api/openapi.json")
}

/// The query string, checked against the parameters a route knows.
struct Params(BTreeMap<String, String>);

impl Params {
    fn parse(q: ParamList, known: &[&[&str]]) -> Result<Params, ApiError> {
        let Query(list) = q.map_err(|e| ApiError::bad("query", e.body_text()))?;
        let mut map = BTreeMap::new();
        for (k, v) in list {
            if !known.iter().any(|set| set.contains(&k.as_str())) {
                let names: Vec<&str> = known.iter().flat_map(|s| s.iter().copied()).collect();
                return Err(ApiError::bad(
                    &k,
                    format!("unknown parameter; this route takes {}", names.join(", ")),
                ));
            }
            if map.insert(k.clone(), v).is_some() {
                return Err(ApiError::bad(&k, "given twice"));
            }
        }
        Ok(Params(map))
    }

    fn get(&self, k: &str) -> Option<&str> {
        self.0.get(k).map(|s| s.trim()).filter(|s| !s.is_empty())
    }

    fn flag(&self, k: &str) -> Result<bool, ApiError> {
        match self.get(k) {
            None | Some("false") | Some("0") => Ok(false),
            Some("true") | Some("1") => Ok(true),
            Some(v) => Err(ApiError::bad(k, format!("{v:?} is not true or false"))),
        }
    }

    fn limit(&self) -> Result<usize, ApiError> {
        match self.get("limit") {
            None => Ok(DEFAULT_LIMIT),
            Some(v) => match v.parse::<usize>() {
                Ok(n) if (1..=MAX_LIMIT).contains(&n) => Ok(n),
                _ => Err(ApiError::bad(
                    "limit",
                    format!("{v:?} is not a number from 1 to {MAX_LIMIT}"),
                )),
            },
        }
    }

    /// The filter as typed; [`resolve`] checks it against the code tables and the store.
    fn filter(&self) -> Result<FilterQuery, ApiError> {
        let text = |k: &str| -> Result<Option<String>, ApiError> {
            match self.get(k) {
                Some(v) if v.len() > MAX_VALUE => {
                    Err(ApiError::bad(k, format!("at most {MAX_VALUE} bytes")))
                }
                v => Ok(v.map(str::to_string)),
            }
        };
        Ok(FilterQuery {
            actor: text("actor")?,
            source: text("source")?,
            target: text("target")?,
            dyad: text("dyad")?,
            code: text("code")?,
            since: text("since")?,
            until: text("until")?,
            country: text("country")?,
            docs: text("doc")?.into_iter().collect(),
            search: text("search")?,
            modality: text("modality")?,
            min_confidence: text("min_confidence")?,
            include_duplicates: self.flag("include_duplicates")?,
            limit: None,
        })
    }
}

/// Longest filter value accepted, bytes.
const MAX_VALUE: usize = 256;

/// Check `q` (dates, codes, countries, modality against the code tables; a `search` run
/// against the store): the filter and the warnings to pass on, or a 400 naming the field.
fn resolve(store: &mut Store, q: &FilterQuery) -> Result<(EventFilter, Vec<String>), ApiError> {
    let today = chrono::Utc::now().date_naive();
    let r = store.resolve_filter(q, today)?;
    Ok((r.filter, r.warnings))
}

/// `value` with the filter's warnings added (when there are any).
fn with_warnings(mut value: Value, warnings: Vec<String>) -> Value {
    if !warnings.is_empty() {
        value["warnings"] = warnings.into();
    }
    value
}

/// A table row as a JSON object.
fn row_object(table: &Table, row: &[Val]) -> Map<String, Value> {
    table
        .columns
        .iter()
        .zip(row)
        .map(|(c, v)| (c.clone(), v.to_json()))
        .collect()
}

fn cursor_error() -> ApiError {
    ApiError::bad(
        "cursor",
        "not a cursor this API gave out; start again without one",
    )
}

/// `GET /api/events`: aggregated events, newest first, or with `mentions=true` every
/// mention in storage order.
async fn events(State(s): State<Shared>, q: ParamList) -> Result<Json<Value>, ApiError> {
    let p = Params::parse(q, &[FILTERS, &["mentions", "limit", "cursor"]])?;
    let query = p.filter()?;
    let limit = p.limit()?;
    let mentions = p.flag("mentions")?;
    let cursor = p.get("cursor").map(str::to_string);
    s.pool
        .run(move |store| {
            let (filter, warnings) = resolve(store, &query)?;
            let page = if mentions {
                let after = cursor.as_deref().map(parse_mention_cursor).transpose()?;
                let t = store.mentions_page(&filter, after, limit + 1)?;
                page(&t, limit, |r| {
                    let key = t
                        .column("doc_key")
                        .map_or(0, |i| r[i].as_int().unwrap_or(0));
                    let idx = t
                        .column("event_idx")
                        .map_or(0, |i| r[i].as_int().unwrap_or(0));
                    format!("m{key}.{idx}")
                })
            } else {
                let after = cursor.as_deref().map(parse_aggregate_cursor).transpose()?;
                let t = store.aggregated_page(&filter, after.as_ref(), limit + 1)?;
                page(&t, limit, |r| {
                    let date = t
                        .column("event_date")
                        .and_then(|i| r[i].as_str())
                        .unwrap_or("");
                    let id = t.column("agg_id").map_or(0, |i| r[i].as_int().unwrap_or(0));
                    format!("a{date}.{id}")
                })
            };
            Ok(with_warnings(page, warnings))
        })
        .await
        .map(Json)
}

/// The first `limit` rows of `t` and, when there are more, the cursor after the last.
fn page(t: &Table, limit: usize, cursor: impl Fn(&[Val]) -> String) -> Value {
    let shown = &t.rows[..t.rows.len().min(limit)];
    let items: Vec<Value> = shown
        .iter()
        .map(|r| Value::Object(row_object(t, r)))
        .collect();
    let next = (t.rows.len() > limit).then(|| cursor(shown.last().expect("limit >= 1")));
    json!({"items": items, "next_cursor": next})
}

fn parse_aggregate_cursor(c: &str) -> Result<AggregateCursor, ApiError> {
    let (date, id) = c
        .strip_prefix('a')
        .and_then(|c| c.rsplit_once('.'))
        .ok_or_else(cursor_error)?;
    // Events without a date are stored with an empty one, and sort last.
    if !date.is_empty() {
        chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").map_err(|_| cursor_error())?;
    }
    Ok(AggregateCursor {
        event_date: date.to_string(),
        agg_id: id.parse().map_err(|_| cursor_error())?,
    })
}

fn parse_mention_cursor(c: &str) -> Result<MentionCursor, ApiError> {
    let (key, idx) = c
        .strip_prefix('m')
        .and_then(|c| c.split_once('.'))
        .ok_or_else(cursor_error)?;
    Ok(MentionCursor {
        doc_key: key.parse().map_err(|_| cursor_error())?,
        idx: idx.parse().map_err(|_| cursor_error())?,
    })
}

fn path_id(p: Result<Path<String>, PathRejection>) -> Result<String, ApiError> {
    p.map(|Path(id)| id)
        .map_err(|e| ApiError::bad("id", e.body_text()))
}

/// `GET /api/events/{id}`: one aggregated event and each of its mentions in full.
async fn event(
    State(s): State<Shared>,
    id: Result<Path<String>, PathRejection>,
) -> Result<Json<Value>, ApiError> {
    let id = path_id(id)?;
    let agg_id: i64 = id
        .parse()
        .map_err(|_| ApiError::bad("id", format!("{id:?} is not an event id (a number)")))?;
    let line = s.dictionary_line.clone();
    s.pool
        .run(move |store| {
            let t = store.aggregated_event(agg_id)?;
            let Some(row) = t.rows.first() else {
                return Err(ApiError::not_found(format!("no event {agg_id}")));
            };
            let mut out = row_object(&t, row);
            let refs = store.aggregate_mentions(agg_id)?;
            let total = refs.len();
            let mut mentions = Vec::new();
            let mut loaded: Option<factum_doc::Document> = None;
            for (doc_id, idx) in refs.into_iter().take(MAX_MENTIONS) {
                if loaded.as_ref().map(|d| d.id != doc_id).unwrap_or(true) {
                    loaded = store.load_document(&doc_id)?;
                }
                if let Some(doc) = &loaded {
                    mentions.extend(views::mention(doc, idx as usize, line.as_deref()));
                }
            }
            out.insert("mentions".into(), Value::Array(mentions));
            out.insert("mentions_total".into(), total.into());
            Ok(Json(Value::Object(out)))
        })
        .await
}

/// `GET /api/documents/{id}`: the article's text, sentence by sentence, with coded spans.
async fn document(
    State(s): State<Shared>,
    id: Result<Path<String>, PathRejection>,
) -> Result<Json<Value>, ApiError> {
    let id = path_id(id)?;
    if id.len() > 512 {
        return Err(ApiError::bad("id", "a document id is at most 512 bytes"));
    }
    s.pool
        .run(move |store| match store.load_document(&id)? {
            Some(doc) => Ok(Json(views::document(&doc))),
            None => Err(ApiError::not_found(format!("no document {id:?}"))),
        })
        .await
}

/// `GET /api/search?q=…`: full-text search, best first.
async fn search(State(s): State<Shared>, q: ParamList) -> Result<Json<Value>, ApiError> {
    let p = Params::parse(q, &[&["q", "limit", "include_duplicates"]])?;
    let query = p
        .get("q")
        .ok_or_else(|| ApiError::bad("q", "give the words to search for"))?
        .to_string();
    if query.len() > 1000 {
        return Err(ApiError::bad("q", "at most 1000 bytes"));
    }
    let limit = p.limit()?;
    let dups = p.flag("include_duplicates")?;
    s.pool
        .run(move |store| {
            let hits = store.search(&query, limit, dups)?;
            let items: Vec<Value> = hits
                .into_iter()
                .map(|h| {
                    json!({"id": h.id, "title": h.title, "source": h.source,
                           "published": h.published, "score": h.score, "snippet": h.snippet})
                })
                .collect();
            Ok(Json(json!({"items": items})))
        })
        .await
}

/// `GET /api/actors`: the most mentioned actors of the matching events.
async fn actors(State(s): State<Shared>, q: ParamList) -> Result<Json<Value>, ApiError> {
    top_list(
        s,
        q,
        Store::top_actors,
        ["code", "name", "events", "mentions"],
    )
    .await
}

/// `GET /api/dyads`: the most mentioned (source, target) pairs.
async fn dyads(State(s): State<Shared>, q: ParamList) -> Result<Json<Value>, ApiError> {
    top_list(
        s,
        q,
        Store::top_dyads,
        ["source", "target", "events", "mentions"],
    )
    .await
}

type TopQuery = fn(&mut Store, &EventFilter, usize) -> factum_store::Result<Vec<Vec<Val>>>;

/// A filtered top list: rows of four values, named `names`.
async fn top_list(
    s: Shared,
    q: ParamList,
    query: TopQuery,
    names: [&'static str; 4],
) -> Result<Json<Value>, ApiError> {
    let p = Params::parse(q, &[FILTERS, &["limit"]])?;
    let (typed, limit) = (p.filter()?, p.limit()?);
    s.pool
        .run(move |store| {
            let (filter, warnings) = resolve(store, &typed)?;
            let items: Vec<Value> = query(store, &filter, limit)?
                .into_iter()
                .map(|r| {
                    let obj: Map<String, Value> = names
                        .iter()
                        .zip(&r)
                        .map(|(n, v)| (n.to_string(), v.to_json()))
                        .collect();
                    Value::Object(obj)
                })
                .collect();
            Ok(Json(with_warnings(json!({"items": items}), warnings)))
        })
        .await
}

/// `GET /api/stats`: mention counts by QuadClass, PLOVER type, modality, and per day.
async fn stats(State(s): State<Shared>, q: ParamList) -> Result<Json<Value>, ApiError> {
    let p = Params::parse(q, &[FILTERS])?;
    let query = p.filter()?;
    s.pool
        .run(move |store| {
            let (filter, warnings) = resolve(store, &query)?;
            let mut out = Map::new();
            for (name, by) in [
                ("by_quad_class", CountBy::QuadClass),
                ("by_type", CountBy::PloverType),
                ("by_modality", CountBy::Modality),
            ] {
                let rows = store.event_counts(&filter, by)?;
                let pairs: Vec<Value> = rows
                    .iter()
                    .map(|r| json!({"key": r[0].to_json(), "count": r[1].to_json()}))
                    .collect();
                out.insert(name.into(), Value::Array(pairs));
            }
            for (name, by) in [
                ("by_day_quad_class", CountBy::DayQuadClass),
                ("by_day_type", CountBy::DayPloverType),
            ] {
                let rows = store.event_counts(&filter, by)?;
                let triples: Vec<Value> = rows
                    .iter()
                    .map(|r| json!({"day": r[0].to_json(), "key": r[1].to_json(), "count": r[2].to_json()}))
                    .collect();
                out.insert(name.into(), Value::Array(triples));
            }
            let total: i64 = out["by_quad_class"]
                .as_array()
                .map(|a| a.iter().filter_map(|p| p["count"].as_i64()).sum())
                .unwrap_or(0);
            out.insert("mentions".into(), total.into());
            Ok(Json(with_warnings(Value::Object(out), warnings)))
        })
        .await
}

/// `GET /api/geojson`: aggregated events with a location, as a GeoJSON FeatureCollection.
async fn geojson(State(s): State<Shared>, q: ParamList) -> Result<Response, ApiError> {
    let p = Params::parse(q, &[FILTERS, &["limit"]])?;
    let query = p.filter()?;
    let limit = match p.get("limit") {
        None => 5000,
        Some(_) => p.limit()?,
    };
    let body = s
        .pool
        .run(move |store| {
            let (filter, warnings) = resolve(store, &query)?;
            let t = store.aggregated_page(&filter, None, limit)?;
            Ok(with_warnings(feature_collection(&t), warnings))
        })
        .await?;
    Ok(([(header::CONTENT_TYPE, "application/geo+json")], Json(body)).into_response())
}

/// Rows with `lat`/`lon` as Point features, built as `factum export --format geojson`
/// builds them (one writer, typed properties).
fn feature_collection(t: &Table) -> Value {
    let features: Vec<Value> = t
        .rows
        .iter()
        .filter_map(|r| factum_store::export::geojson::feature(t.fields, r))
        .collect();
    json!({"type": "FeatureCollection", "features": features})
}

async fn openapi() -> Response {
    (
        [(header::CONTENT_TYPE, "application/json")],
        crate::openapi::DOCUMENT,
    )
        .into_response()
}

/// `POST /api/ingest?format=jsonl`: run the pipeline on the body and store the result.
/// Only with `--allow-ingest`, and only with the bearer token.
async fn ingest(
    State(s): State<Shared>,
    headers: HeaderMap,
    q: ParamList,
    body: axum::body::Body,
) -> Result<Json<Value>, ApiError> {
    let ingest = match (&s.ingest, s.allow_ingest) {
        (Some(f), true) => f.clone(),
        _ => {
            return Err(ApiError::status(
                StatusCode::FORBIDDEN,
                "this server is read-only; start it with --allow-ingest and a token",
            ))
        }
    };
    // Check the token before reading the body: strangers cannot make us buffer anything.
    security::check_bearer(&headers, s.token.as_deref())?;
    let body = axum::body::to_bytes(body, s.max_body).await.map_err(|_| {
        ApiError::status(
            StatusCode::PAYLOAD_TOO_LARGE,
            format!("the body is over {} bytes", s.max_body),
        )
    })?;
    let p = Params::parse(q, &[&["format"]])?;
    let format = p.get("format").map(str::to_string);
    if let Some(f) = &format {
        if !["txt", "html", "jsonl", "rss", "atom"].contains(&f.as_str()) {
            return Err(ApiError::bad(
                "format",
                "expected txt, html, jsonl, rss or atom",
            ));
        }
    }
    let summary = tokio::task::spawn_blocking(move || ingest(&body, format.as_deref()))
        .await
        .map_err(ApiError::internal)?
        .map_err(|m| ApiError::bad("body", m))?;
    s.cache.clear();
    Ok(Json(summary))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cursors_round_trip_and_reject_junk() {
        let a = parse_aggregate_cursor("a2025-09-14.17").unwrap();
        assert_eq!((a.event_date.as_str(), a.agg_id), ("2025-09-14", 17));
        assert_eq!(
            parse_mention_cursor("m3.4").unwrap(),
            MentionCursor { doc_key: 3, idx: 4 }
        );
        for bad in [
            "",
            "a",
            "a2025-13-01.1",
            "a2025-09-14.x",
            "m3",
            "m.4",
            "x1.2",
            "a' OR 1=1",
        ] {
            assert!(parse_aggregate_cursor(bad).is_err(), "{bad}");
            assert!(parse_mention_cursor(bad).is_err(), "{bad}");
        }
    }
}
