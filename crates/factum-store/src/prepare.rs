//! Turning a processed [`Document`] into rows, off the writer thread.
//!
//! Everything that costs CPU — JSON serialisation, the MinHash signature, slicing sentence
//! texts — happens here, in [`prepare`], which is pure and runs on the pipeline's worker
//! threads. The single writer thread then only binds values and executes statements, which
//! keeps the store's share of an ingest small.
//!
//! Normalised columns make the common questions fast (who did what to whom, where, when);
//! every layer is *also* kept whole as JSON (one column per actor, place, event and
//! attribution, and `documents.layers` for everything else, including layers added to the
//! Document model after this code was written), so [`crate::Store::load_document`] gives back
//! exactly the document that was stored.

use chrono::{SecondsFormat, Utc};
use factum_doc::{Document, Event};

use crate::backend::{Row, Val};
use crate::dedup;

/// A document ready to be written: one row per table, values in column order.
#[derive(Debug, Clone)]
pub struct PreparedDocument {
    pub id: String,
    /// `documents` columns after `doc_key`, in [`DOCUMENT_COLUMNS`] order.
    pub document: Row,
    pub signature: Vec<u32>,
    /// Child rows, each starting with a `Null` placeholder for `doc_key`.
    pub sentences: Vec<Row>,
    pub actors: Vec<Row>,
    pub places: Vec<Row>,
    pub attributions: Vec<Row>,
    pub events: Vec<PreparedEvent>,
    pub provenance: Vec<Row>,
    pub num_events: usize,
}

/// An event row and the key that aggregates it with the same event in other articles.
#[derive(Debug, Clone)]
pub struct PreparedEvent {
    /// `events` columns, `doc_key` first (placeholder) and `is_duplicate` as set later.
    pub row: Row,
    /// `None` for events that are not aggregated (negated ones: they did not happen).
    pub aggregate: Option<AggregateKey>,
}

/// What makes two event mentions the same real-world event.
#[derive(Debug, Clone, PartialEq)]
pub struct AggregateKey {
    pub source_code: String,
    pub target_code: String,
    pub cameo: String,
    pub event_date: String,
    pub geonameid: Option<i64>,
    /// Descriptive columns taken from the first mention.
    pub cameo_root: String,
    pub quad_class: i64,
    pub goldstein: f64,
    pub source_name: Option<String>,
    pub target_name: Option<String>,
    pub place_name: Option<String>,
    pub country: Option<String>,
    pub admin1: Option<String>,
    pub place_kind: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
}

impl AggregateKey {
    /// The unique key string: `SOURCE|TARGET|CAMEO|DATE|GEONAMEID` ('' where unknown).
    pub fn key(&self) -> String {
        format!(
            "{}|{}|{}|{}|{}",
            self.source_code,
            self.target_code,
            self.cameo,
            self.event_date,
            self.geonameid.map(|g| g.to_string()).unwrap_or_default()
        )
    }
}

pub const DOCUMENT_COLUMNS: &[&str] = &[
    "id",
    "title",
    "source",
    "url",
    "published",
    "language",
    "origin_path",
    "origin_format",
    "origin_line",
    "origin_item",
    "outlet",
    "seen_at",
    "text",
    "content_hash",
    "minhash",
    "num_sentences",
    "num_events",
    "metadata",
    "layers",
    "ingested_at",
    "dateline",
];

pub const EVENT_COLUMNS: &[&str] = &[
    "doc_key",
    "idx",
    "sentence",
    "sentence_text",
    "source_code",
    "source_text",
    "target_code",
    "target_text",
    "cameo",
    "cameo_root",
    "quad_class",
    "goldstein",
    "plover_type",
    "plover_mode",
    "verb_text",
    "negated",
    "event_date",
    "date_granularity",
    "date_tense",
    "date_method",
    "geonameid",
    "place_name",
    "country",
    "admin1",
    "place_kind",
    "lat",
    "lon",
    "location_method",
    "modality",
    "attribution_idx",
    "attribution_text",
    "attribution_kind",
    "attribution_code",
    "provenance",
    "is_duplicate",
    "json",
    "event_id",
    "confidence",
];

/// Index of `is_duplicate` in an event row.
pub const EVENT_IS_DUPLICATE: usize = 34;
/// Index of `event_date` in an event row.
pub const EVENT_DATE: usize = 16;
/// Index of `json` (the whole event) in an event row.
pub const EVENT_JSON: usize = 35;

/// The serde name of an enum value ("named_person", "asserted", "day").
pub(crate) fn serde_name<T: serde::Serialize>(v: &T) -> String {
    match serde_json::to_value(v) {
        Ok(serde_json::Value::String(s)) => s,
        Ok(other) => other.to_string(),
        Err(_) => String::new(),
    }
}

fn json<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_string(v).expect("layer types serialise to JSON")
}

/// The host of a URL ("https://www.example.com/a" → "www.example.com").
fn url_host(url: &str) -> Option<&str> {
    let rest = url.split_once("://")?.1;
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.rsplit('@').next()?;
    (!host.is_empty()).then_some(host)
}

/// `s` when it starts with a `YYYY-MM-DD` day in years 0001–9999, the only dates that
/// sort correctly as text (the date filters compare them so) and that GDELT can express.
pub fn storable_day(s: &str) -> Option<&str> {
    let b = s.as_bytes();
    let shape = b.len() >= 10
        && b[..4].iter().all(u8::is_ascii_digit)
        && b[4] == b'-'
        && b[5..7].iter().all(u8::is_ascii_digit)
        && b[7] == b'-'
        && b[8..10].iter().all(u8::is_ascii_digit)
        && (b.len() == 10 || !b[10].is_ascii_digit());
    (shape && &s[..4] != "0000").then(|| &s[..10])
}

/// Make every text value storable the same way in SQLite and PostgreSQL: PostgreSQL cannot
/// store a NUL character at all, so it becomes a space (one byte for one byte, so spans into
/// the stored text stay valid). Readers and the text stage remove NULs before this; this is
/// the store's own guarantee for documents built any other way.
fn scrub(row: &mut [Val]) {
    for v in row {
        if let Val::Text(s) = v {
            if s.contains('\0') {
                *s = s.replace('\0', " ");
            }
        }
    }
}

/// The time of day as stored: RFC 3339 UTC with whole seconds.
pub(crate) fn utc_string(t: chrono::DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// The outlet of a document: its source, else its URL's host.
fn outlet(doc: &Document) -> Option<String> {
    doc.source
        .clone()
        .or_else(|| doc.url.as_deref().and_then(url_host).map(str::to_string))
}

/// The event rows of `doc`, and the `documents` columns an event record shows (by column
/// name), exactly as [`prepare`] makes them but without its other work (signatures, layer
/// JSON): what `factum code` prints without a database.
pub(crate) fn event_view(doc: &Document) -> (Vec<PreparedEvent>, Vec<(&'static str, Val)>) {
    let published_utc = doc.published.map(|p| utc_string(p.with_timezone(&Utc)));
    let published_day = published_utc.as_deref().and_then(storable_day);
    let events = doc
        .events
        .iter()
        .enumerate()
        .map(|(i, e)| event_row(doc, i, e, published_day))
        .collect();
    let columns = vec![
        ("title", Val::opt_text(doc.title.clone())),
        ("url", Val::opt_text(doc.url.clone())),
        (
            "published",
            Val::opt_text(doc.published.map(|p| p.to_rfc3339())),
        ),
        ("outlet", Val::opt_text(outlet(doc))),
    ];
    (events, columns)
}

/// Prepare `doc` for writing. Takes the document by value: layers move into rows instead of
/// being copied.
pub fn prepare(mut doc: Document) -> PreparedDocument {
    let ingested_at = crate::now_utc();
    let published_utc = doc.published.map(|p| utc_string(p.with_timezone(&Utc)));
    let seen_at = published_utc
        .clone()
        .filter(|p| storable_day(p).is_some())
        .unwrap_or_else(|| ingested_at.clone());
    let outlet = outlet(&doc);
    let signature = dedup::signature(&doc.text);

    let sentences: Vec<Row> = doc
        .sentences
        .iter()
        .enumerate()
        .map(|(i, s)| {
            vec![
                Val::Null,
                Val::Int(i as i64),
                Val::Int(s.span.start.into()),
                Val::Int(s.span.end.into()),
                Val::Int(s.token_start.into()),
                Val::Int(s.token_end.into()),
            ]
        })
        .collect();

    let mut provenance = Vec::new();
    let actors: Vec<Row> = doc
        .actors
        .iter()
        .enumerate()
        .map(|(i, a)| {
            for (ord, p) in a.provenance.iter().enumerate() {
                provenance.push(vec![
                    Val::Null,
                    Val::text("actor"),
                    Val::Int(i as i64),
                    Val::Int(ord as i64),
                    Val::text(&p.file),
                    Val::Int(p.line.into()),
                    Val::text(&p.role),
                ]);
            }
            vec![
                Val::Null,
                Val::Int(i as i64),
                Val::Int(a.span.start.into()),
                Val::Int(a.span.end.into()),
                Val::Int(a.token_start.into()),
                Val::Int(a.token_end.into()),
                Val::text(&a.code),
                Val::text(doc.slice_checked(a.span)),
                Val::Int(a.inferred.into()),
                Val::Text(json(a)),
            ]
        })
        .collect();

    let places: Vec<Row> = doc
        .places
        .iter()
        .enumerate()
        .map(|(i, p)| {
            vec![
                Val::Null,
                Val::Int(i as i64),
                Val::Int(p.span.start.into()),
                Val::Int(p.span.end.into()),
                Val::Int(p.place.geonameid.into()),
                Val::text(&p.place.name),
                Val::text(&p.place.country),
                Val::opt_text(p.place.admin1.clone()),
                Val::text(&p.place.kind),
                Val::Real(p.place.lat),
                Val::Real(p.place.lon),
                Val::Real(factum_doc::probability(p.confidence)),
                Val::Text(json(p)),
            ]
        })
        .collect();

    let attributions: Vec<Row> = doc
        .attributions
        .iter()
        .enumerate()
        .map(|(i, a)| {
            vec![
                Val::Null,
                Val::Int(i as i64),
                Val::Int(a.sentence.into()),
                Val::Int(a.span.start.into()),
                Val::Int(a.span.end.into()),
                Val::text(&a.text),
                Val::Text(serde_name(&a.kind)),
                Val::text(&a.cue),
                Val::opt_text(a.code.clone()),
                Val::opt_text(a.affiliation.clone()),
                Val::opt_int(a.relayed_by.map(i64::from)),
                Val::Text(json(a)),
            ]
        })
        .collect();

    let published_day = published_utc
        .as_deref()
        .and_then(storable_day)
        .map(str::to_string);
    let events: Vec<PreparedEvent> = doc
        .events
        .iter()
        .enumerate()
        .map(|(i, e)| {
            for (ord, p) in e.provenance.iter().enumerate() {
                provenance.push(vec![
                    Val::Null,
                    Val::text("event"),
                    Val::Int(i as i64),
                    Val::Int(ord as i64),
                    Val::text(&p.file),
                    Val::Int(p.line.into()),
                    Val::text(&p.role),
                ]);
            }
            event_row(&doc, i, e, published_day.as_deref())
        })
        .collect();

    let num_events = doc.events.len();
    let num_sentences = doc.sentences.len();
    let metadata = json(&doc.metadata);
    // Everything not in a normalised column or a per-row JSON column stays here, so layers
    // added to the model later are stored without a schema change.
    let text = std::mem::take(&mut doc.text);
    let content_hash = Document::content_id(&text);
    let title = doc.title.take();
    let source = doc.source.take();
    let url = doc.url.take();
    let published = doc.published.take();
    let dateline = doc.dateline.as_ref().map(|d| d.raw.clone());
    doc.metadata.clear();
    doc.sentences.clear();
    doc.actors.clear();
    doc.places.clear();
    doc.events.clear();
    doc.attributions.clear();
    let layers = json(&doc);

    let document: Row = vec![
        Val::text(&doc.id),
        Val::opt_text(title),
        Val::opt_text(source),
        Val::opt_text(url),
        Val::opt_text(published.map(|p| p.to_rfc3339())),
        Val::text(&doc.language),
        Val::text(&doc.origin.path),
        Val::text(&doc.origin.format),
        Val::opt_int(doc.origin.line.map(|l| l as i64)),
        Val::opt_int(doc.origin.item.map(|l| l as i64)),
        Val::opt_text(outlet),
        Val::Text(seen_at),
        Val::Text(text),
        Val::Text(content_hash),
        Val::Blob(dedup::to_bytes(&signature)),
        Val::Int(num_sentences as i64),
        Val::Int(num_events as i64),
        Val::Text(metadata),
        Val::Text(layers),
        Val::Text(ingested_at),
        Val::opt_text(dateline),
    ];

    let mut prepared = PreparedDocument {
        id: doc.id,
        document,
        signature,
        sentences,
        actors,
        places,
        attributions,
        events,
        provenance,
        num_events,
    };
    if prepared.id.contains('\0') {
        prepared.id = prepared.id.replace('\0', " ");
    }
    scrub(&mut prepared.document);
    for rows in [
        &mut prepared.sentences,
        &mut prepared.actors,
        &mut prepared.places,
        &mut prepared.attributions,
        &mut prepared.provenance,
    ] {
        rows.iter_mut().for_each(|r| scrub(r));
    }
    for e in &mut prepared.events {
        scrub(&mut e.row);
        if let Some(a) = &mut e.aggregate {
            for f in [
                &mut a.source_code,
                &mut a.target_code,
                &mut a.cameo,
                &mut a.cameo_root,
            ] {
                if f.contains('\0') {
                    *f = f.replace('\0', " ");
                }
            }
            for f in [
                &mut a.source_name,
                &mut a.target_name,
                &mut a.place_name,
                &mut a.country,
                &mut a.admin1,
                &mut a.place_kind,
            ]
            .into_iter()
            .flatten()
            {
                if f.contains('\0') {
                    *f = f.replace('\0', " ");
                }
            }
        }
    }
    prepared
}

trait SliceChecked {
    fn slice_checked(&self, span: factum_doc::Span) -> &str;
}

impl SliceChecked for Document {
    /// The spanned text, or "" for a span that breaks the invariants (the store never
    /// panics on a bad layer; `Document::validate` is the place that reports it).
    fn slice_checked(&self, span: factum_doc::Span) -> &str {
        self.text.get(span.range()).unwrap_or("")
    }
}

fn event_row(doc: &Document, idx: usize, e: &Event, published_day: Option<&str>) -> PreparedEvent {
    let sentence_text = doc
        .sentences
        .get(e.sentence as usize)
        .map(|s| doc.slice_checked(s.span).to_string());
    let (event_date, granularity, tense, date_method) = match &e.date {
        // A date outside years 0001–9999 ("+10000-01-01", "-0001-12-31") does not compare
        // as text and has no GDELT form: the event keeps it in its JSON, not in the column.
        Some(d) if storable_day(&d.date).is_some() => (
            Some(d.date.clone()),
            Some(serde_name(&d.granularity)),
            Some(serde_name(&d.tense)),
            Some(d.method.clone()),
        ),
        // No (storable) date from the time stage: fall back on the publication day, and
        // say so.
        _ => (
            published_day.map(str::to_string),
            published_day.map(|_| "day".to_string()),
            None,
            published_day.map(|_| "store:published".to_string()),
        ),
    };
    let place = e.location.as_ref().map(|l| &l.place);
    let attribution = e.attribution.and_then(|a| doc.attributions.get(a as usize));
    let provenance = e
        .provenance
        .iter()
        .map(|p| format!("{}:{} {}", p.file, p.line, p.role))
        .collect::<Vec<_>>()
        .join("; ");
    let row = vec![
        Val::Null,
        Val::Int(idx as i64),
        Val::Int(e.sentence.into()),
        Val::opt_text(sentence_text),
        Val::opt_text(e.source.as_ref().map(|a| a.code.clone())),
        Val::opt_text(e.source.as_ref().map(|a| a.text.clone())),
        Val::opt_text(e.target.as_ref().map(|a| a.code.clone())),
        Val::opt_text(e.target.as_ref().map(|a| a.text.clone())),
        Val::text(&e.cameo),
        Val::text(&e.cameo_root),
        Val::Int(e.quad_class.into()),
        Val::Real(f64::from(e.goldstein)),
        Val::opt_text(e.plover_type.clone()),
        Val::opt_text(e.plover_mode.clone()),
        Val::text(doc.slice_checked(e.verb_span)),
        Val::Int(e.negated.into()),
        Val::opt_text(event_date.clone()),
        Val::opt_text(granularity),
        Val::opt_text(tense),
        Val::opt_text(date_method),
        Val::opt_int(place.map(|p| i64::from(p.geonameid))),
        Val::opt_text(place.map(|p| p.name.clone())),
        Val::opt_text(place.map(|p| p.country.clone()).filter(|c| !c.is_empty())),
        Val::opt_text(place.and_then(|p| p.admin1.clone())),
        Val::opt_text(place.map(|p| p.kind.clone())),
        Val::opt_real(place.map(|p| p.lat)),
        Val::opt_real(place.map(|p| p.lon)),
        Val::opt_text(e.location.as_ref().map(|l| l.method.clone())),
        Val::opt_text(e.modality.as_ref().map(|m| serde_name(&m.kind))),
        Val::opt_int(e.attribution.map(i64::from)),
        Val::opt_text(attribution.map(|a| a.text.clone())),
        Val::opt_text(attribution.map(|a| serde_name(&a.kind))),
        Val::opt_text(attribution.and_then(|a| a.code.clone())),
        Val::Text(provenance),
        Val::Int(0),
        Val::Text(json(e)),
        Val::Text(crate::ids::event_id(&doc.id, e)),
        Val::Real(factum_doc::probability(e.confidence)),
    ];
    debug_assert_eq!(row.len(), EVENT_COLUMNS.len());
    debug_assert_eq!(EVENT_COLUMNS[EVENT_DATE], "event_date");
    debug_assert_eq!(EVENT_COLUMNS[EVENT_JSON], "json");
    let aggregate = (!e.negated).then(|| AggregateKey {
        source_code: e
            .source
            .as_ref()
            .map(|a| a.code.clone())
            .unwrap_or_default(),
        target_code: e
            .target
            .as_ref()
            .map(|a| a.code.clone())
            .unwrap_or_default(),
        cameo: e.cameo.clone(),
        event_date: event_date.unwrap_or_default(),
        geonameid: place.map(|p| i64::from(p.geonameid)),
        cameo_root: e.cameo_root.clone(),
        quad_class: e.quad_class.into(),
        goldstein: f64::from(e.goldstein),
        source_name: e.source.as_ref().map(|a| a.text.clone()),
        target_name: e.target.as_ref().map(|a| a.text.clone()),
        place_name: place.map(|p| p.name.clone()),
        country: place.map(|p| p.country.clone()).filter(|c| !c.is_empty()),
        admin1: place.and_then(|p| p.admin1.clone()),
        place_kind: place.map(|p| p.kind.clone()),
        lat: place.map(|p| p.lat),
        lon: place.map(|p| p.lon),
    });
    PreparedEvent { row, aggregate }
}
