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
use crate::columns::{
    DocumentParts, EventParts, Item, ProvenanceParts, StoredDate, Table, ACTORS, ATTRIBUTIONS,
    CHILD_TABLES, DOCUMENTS, EVENTS, PLACES, PROVENANCE, SENTENCES,
};
use crate::dedup;

/// A document ready to be written: one row per table, values in column order.
#[derive(Debug, Clone)]
pub struct PreparedDocument {
    pub id: String,
    /// The `documents` row, in the column order `columns.rs` declares.
    pub document: Row,
    pub signature: Vec<u32>,
    /// Child rows, each with a `Null` placeholder for `doc_key`: one list per child table
    /// (sentences, actors, places, attributions, provenance: `columns::CHILD_TABLES`).
    pub children: [Vec<Row>; CHILD_TABLES.len()],
    pub events: Vec<PreparedEvent>,
}

/// An event row and the key that aggregates it with the same event in other articles.
#[derive(Debug, Clone)]
pub struct PreparedEvent {
    /// The `events` row, in the column order `columns.rs` declares; the writer sets `doc_key` and
    /// `is_duplicate`.
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

/// The serde name of an enum value ("named_person", "asserted", "day").
pub(crate) fn serde_name<T: serde::Serialize>(v: &T) -> String {
    match serde_json::to_value(v) {
        Ok(serde_json::Value::String(s)) => s,
        Ok(other) => other.to_string(),
        Err(_) => String::new(),
    }
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

/// Prepare `doc` for writing.
pub fn prepare(mut doc: Document) -> PreparedDocument {
    let ingested_at = crate::now_utc();
    let published_utc = doc.published.map(|p| utc_string(p.with_timezone(&Utc)));
    let seen_at = published_utc
        .clone()
        .filter(|p| storable_day(p).is_some())
        .unwrap_or_else(|| ingested_at.clone());
    let published_day = published_utc.as_deref().and_then(storable_day);
    let signature = dedup::signature(&doc.text);
    let layers = layers_json(&mut doc);
    let doc = &doc;
    let document = DOCUMENTS.row(&DocumentParts {
        doc,
        outlet: outlet(doc),
        seen_at,
        content_hash: Document::content_id(&doc.text),
        minhash: dedup::to_bytes(&signature),
        layers,
        ingested_at,
    });
    let mut prepared = PreparedDocument {
        id: doc.id.replace('\0', " "),
        document,
        signature,
        children: [
            layer_rows(doc, &doc.sentences, &SENTENCES),
            layer_rows(doc, &doc.actors, &ACTORS),
            layer_rows(doc, &doc.places, &PLACES),
            layer_rows(doc, &doc.attributions, &ATTRIBUTIONS),
            provenance_rows(doc),
        ],
        events: (doc.events.iter().enumerate())
            .map(|(i, e)| event_row(doc, i, e, published_day))
            .collect(),
    };
    scrub_all(&mut prepared);
    prepared
}

/// The document's JSON without what has a column or a table of its own, so layers added to
/// the model later are stored without a schema change. The fields are taken out for the
/// serialisation and put back.
fn layers_json(doc: &mut Document) -> String {
    let text = std::mem::take(&mut doc.text);
    let (title, source, url, published) = (
        doc.title.take(),
        doc.source.take(),
        doc.url.take(),
        doc.published.take(),
    );
    let metadata = std::mem::take(&mut doc.metadata);
    let sentences = std::mem::take(&mut doc.sentences);
    let actors = std::mem::take(&mut doc.actors);
    let places = std::mem::take(&mut doc.places);
    let events = std::mem::take(&mut doc.events);
    let attributions = std::mem::take(&mut doc.attributions);
    let layers = serde_json::to_string(&*doc).expect("layer types serialise to JSON");
    doc.text = text;
    (doc.title, doc.source, doc.url, doc.published) = (title, source, url, published);
    doc.metadata = metadata;
    doc.sentences = sentences;
    doc.actors = actors;
    doc.places = places;
    doc.events = events;
    doc.attributions = attributions;
    layers
}

/// One row per item of a layer.
fn layer_rows<T, F>(doc: &Document, layer: &[T], table: &Table<F>) -> Vec<Row>
where
    F: Copy + for<'a> Fn(&Item<'a, T>) -> Val,
{
    (layer.iter().enumerate())
        .map(|(idx, item)| table.row(&Item { doc, idx, item }))
        .collect()
}

/// The dictionary lines behind the actors, then those behind the events.
fn provenance_rows(doc: &Document) -> Vec<Row> {
    let mut rows = Vec::new();
    let mut add = |owner, owner_idx, lines: &[factum_doc::Provenance]| {
        for (ord, line) in lines.iter().enumerate() {
            rows.push(PROVENANCE.row(&ProvenanceParts {
                owner,
                owner_idx,
                ord,
                line,
            }));
        }
    };
    for (i, a) in doc.actors.iter().enumerate() {
        add("actor", i, &a.provenance);
    }
    for (i, e) in doc.events.iter().enumerate() {
        add("event", i, &e.provenance);
    }
    rows
}

/// Make every text value of the prepared document storable (see [`scrub`]).
fn scrub_all(prepared: &mut PreparedDocument) {
    scrub(&mut prepared.document);
    for rows in &mut prepared.children {
        rows.iter_mut().for_each(|r| scrub(r));
    }
    for e in &mut prepared.events {
        scrub(&mut e.row);
        if let Some(a) = &mut e.aggregate {
            a.scrub();
        }
    }
}

/// The date columns of an event: its own date when it is storable, else the publication
/// day, marked as such.
fn stored_date(e: &Event, published_day: Option<&str>) -> StoredDate {
    match &e.date {
        // A date outside years 0001–9999 ("+10000-01-01", "-0001-12-31") does not compare
        // as text and has no GDELT form: the event keeps it in its JSON, not in the column.
        Some(d) if storable_day(&d.date).is_some() => StoredDate {
            day: Some(d.date.clone()),
            granularity: Some(serde_name(&d.granularity)),
            tense: Some(serde_name(&d.tense)),
            method: Some(d.method.as_str().to_string()),
        },
        // No (storable) date from the time stage: fall back on the publication day, and
        // say so.
        _ => StoredDate {
            day: published_day.map(str::to_string),
            granularity: published_day.map(|_| "day".to_string()),
            tense: None,
            method: published_day.map(|_| "store:published".to_string()),
        },
    }
}

fn event_row(doc: &Document, idx: usize, e: &Event, published_day: Option<&str>) -> PreparedEvent {
    let parts = EventParts {
        doc,
        idx,
        event: e,
        sentence_text: (doc.sentences.get(e.sentence as usize))
            .map(|s| doc.text.get(s.span.range()).unwrap_or("").to_string()),
        date: stored_date(e, published_day),
        place: e.location.as_ref().map(|l| &l.place),
        attribution: e.attribution.and_then(|a| doc.attributions.get(a as usize)),
    };
    let row = EVENTS.row(&parts);
    let aggregate = (!e.negated).then(|| AggregateKey::of(&parts));
    PreparedEvent { row, aggregate }
}

impl AggregateKey {
    fn of(parts: &EventParts<'_>) -> AggregateKey {
        let (e, place) = (parts.event, parts.place);
        let code = |a: &Option<factum_doc::EventActor>| {
            a.as_ref().map(|a| a.code.clone()).unwrap_or_default()
        };
        AggregateKey {
            source_code: code(&e.source),
            target_code: code(&e.target),
            cameo: e.cameo.clone(),
            event_date: parts.date.day.clone().unwrap_or_default(),
            geonameid: place.map(|p| i64::from(p.geonameid)),
            cameo_root: e.cameo_root.clone(),
            quad_class: e.quad_class.into(),
            goldstein: f64::from(e.goldstein),
            source_name: e.source.as_ref().map(|a| a.text.clone()),
            target_name: e.target.as_ref().map(|a| a.text.clone()),
            place_name: place.map(|p| p.name.clone()),
            country: place.map(|p| p.country.clone()).filter(|c| !c.is_empty()),
            admin1: place.and_then(|p| p.admin1.clone()),
            place_kind: place.map(|p| p.kind.as_str().to_string()),
            lat: place.map(|p| p.lat),
            lon: place.map(|p| p.lon),
        }
    }

    /// NULs become spaces, as in [`scrub`].
    fn scrub(&mut self) {
        let required = [
            &mut self.source_code,
            &mut self.target_code,
            &mut self.cameo,
            &mut self.cameo_root,
        ];
        let optional = [
            &mut self.source_name,
            &mut self.target_name,
            &mut self.place_name,
            &mut self.country,
            &mut self.admin1,
            &mut self.place_kind,
        ];
        for f in required.into_iter().chain(optional.into_iter().flatten()) {
            if f.contains('\0') {
                *f = f.replace('\0', " ");
            }
        }
    }
}
