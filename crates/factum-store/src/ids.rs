//! Stable identifiers: the same event gets the same id however and whenever it is ingested.
//!
//! * A **document id** is the input's own id, else the FNV-1a hash of its text
//!   ([`factum_doc::Document::content_id`]); every command computes it the same way.
//! * An **event id** hashes what makes an event mention itself: its document id, sentence,
//!   the byte span of its predicate, its source and target codes and its CAMEO code. Storage
//!   order, batch size and which other documents were ingested play no part, so ingesting a
//!   corpus in any order gives the same ids (a test does this).
//! * An **aggregated event id** (`agg_id`, GDELT's `GLOBALEVENTID`) hashes the aggregate's
//!   key (source, target, CAMEO code, date, place; see [`crate::prepare::AggregateKey`]), as
//!   a positive 63-bit integer because GDELT's column is one.
//!
//! All three use the pinned 64-bit FNV-1a hash; fields are joined with the unit separator
//! (U+001F), which no code or id contains, so two different field lists never hash alike by
//! running together.

use factum_doc::{Document, Event};

use crate::backend::{Backend, Val};
use crate::StoreError;

/// The id of event `e` of the document `doc_id`: 16 hex digits.
pub fn event_id(doc_id: &str, e: &Event) -> String {
    fn code(a: &Option<factum_doc::EventActor>) -> &str {
        a.as_ref().map_or("", |a| a.code.as_str())
    }
    let fields = [
        doc_id.to_string(),
        e.sentence.to_string(),
        format!("{}-{}", e.verb_span.start, e.verb_span.end),
        code(&e.source).to_string(),
        code(&e.target).to_string(),
        e.cameo.clone(),
    ];
    Document::content_id(&fields.join("\u{1f}"))
}

/// The id of the aggregated event with this key: a positive 63-bit integer.
pub fn aggregate_id(key: &str) -> i64 {
    let hex = Document::content_id(key);
    let h = u64::from_str_radix(&hex, 16).expect("content_id is 16 hex digits");
    (h >> 1) as i64
}

/// Migration 2's backfill: event ids and confidence from each stored event's JSON,
/// aggregate ids from their keys, then every aggregate recounted (counts by modality,
/// share asserted, confidence).
pub(crate) fn backfill_v2(db: &mut dyn Backend) -> Result<(), StoreError> {
    let rows = db.query(
        "SELECT e.doc_key, e.idx, d.id, e.json FROM events e \
         JOIN documents d ON d.doc_key = e.doc_key",
        &[],
    )?;
    for r in rows {
        let Some(json) = r[3].as_str() else { continue };
        let e: Event = serde_json::from_str(json).map_err(|err| StoreError::Corrupt {
            id: r[2].as_str().unwrap_or("").to_string(),
            message: format!("event {}: {err}", r[1].to_cell()),
        })?;
        db.execute(
            "UPDATE events SET event_id = ?, confidence = ? WHERE doc_key = ? AND idx = ?",
            &[
                Val::Text(event_id(r[2].as_str().unwrap_or(""), &e)),
                Val::Real(f64::from(e.confidence)),
                r[0].clone(),
                r[1].clone(),
            ],
        )?;
    }
    for r in db.query("SELECT agg_id, agg_key FROM aggregated_events", &[])? {
        let new = Val::Int(aggregate_id(r[1].as_str().unwrap_or("")));
        db.execute(
            "UPDATE aggregate_mentions SET agg_id = ? WHERE agg_id = ?",
            &[new.clone(), r[0].clone()],
        )?;
        db.execute(
            "UPDATE aggregated_events SET agg_id = ? WHERE agg_id = ?",
            &[new.clone(), r[0].clone()],
        )?;
        crate::recount_aggregate(db, new.as_int().unwrap_or(0))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_pinned() {
        // Changing these changes every exported id: a release note, not a refactor.
        assert_eq!(aggregate_id(""), 0x65f94e7242111192);
        let e: Event = serde_json::from_value(serde_json::json!({
            "sentence": 2, "cameo": "036", "cameo_root": "03", "quad_class": 1,
            "goldstein": 4.0, "verb_span": {"start": 10, "end": 14},
            "source": {"code": "ISRGOV", "text": "Israel", "span": {"start": 0, "end": 6}},
        }))
        .unwrap();
        let id = event_id("doc1", &e);
        assert_eq!(id.len(), 16);
        let mut other = e.clone();
        other.cameo = "040".into();
        assert_ne!(event_id("doc1", &other), id);
        assert_ne!(event_id("doc2", &e), id);
        assert_eq!(event_id("doc1", &e), id);
    }

    /// A database written before version 2 gets the ids and counts version 2 writes: undo
    /// them on a fresh store, run the backfill, and compare.
    #[test]
    fn backfill_restores_what_an_ingest_writes() {
        let mut doc = Document::new("Israel attacked Lebanon.", factum_doc::Origin::default());
        let event: Event = serde_json::from_value(serde_json::json!({
            "sentence": 0, "cameo": "190", "cameo_root": "19", "quad_class": 4,
            "goldstein": -10.0, "verb_span": {"start": 7, "end": 15}, "confidence": 0.5,
            "source": {"code": "ISR", "text": "Israel", "span": {"start": 0, "end": 6}},
            "target": {"code": "LBN", "text": "Lebanon", "span": {"start": 16, "end": 23}},
            "modality": {"kind": "planned"},
        }))
        .unwrap();
        doc.events.push(event);
        let mut store = crate::Store::memory().unwrap();
        store.ingest([doc], 1).unwrap();
        let snapshot = |store: &mut crate::Store| {
            store
                .backend()
                .query(
                    "SELECT e.event_id, e.confidence, a.agg_id, a.mentions_planned, \
                     a.share_asserted, m.agg_id FROM events e, aggregated_events a, \
                     aggregate_mentions m",
                    &[],
                )
                .unwrap()
        };
        let written = snapshot(&mut store);
        assert_eq!(written.len(), 1);
        assert_eq!(written[0][3], Val::Int(1), "one planned mention");
        let db = store.backend();
        db.batch(
            "UPDATE events SET event_id = NULL, confidence = NULL; \
             UPDATE aggregated_events SET agg_id = 1, mentions_planned = 0, share_asserted = NULL; \
             UPDATE aggregate_mentions SET agg_id = 1;",
        )
        .unwrap();
        assert_ne!(snapshot(&mut store), written);
        backfill_v2(store.backend()).unwrap();
        assert_eq!(snapshot(&mut store), written);
    }
}
