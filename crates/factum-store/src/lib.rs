//! Corpus store: SQLite (default) or PostgreSQL, near-duplicate detection, event
//! aggregation, full-text search and export.
//!
//! factum is run over months of news, so its output is a database rather than a stream:
//! articles, every pipeline layer, and the events coded from them, in a schema that answers
//! "who did what to whom, where, when, and who says so" with one indexed query, and that
//! keeps every layer whole (as JSON) so nothing the pipeline produced is lost.
//!
//! # How a batch is written
//! [`prepare`] turns a processed [`Document`] into rows (pure, run on worker threads).
//! [`Store::insert_batch`] writes a batch of prepared documents in **one transaction**:
//! a process killed mid-run leaves every earlier batch committed and this one absent, and
//! the next run resumes, because a document whose `id` is already stored is skipped
//! (`INSERT … ON CONFLICT (id) DO NOTHING`). Re-ingesting the same input is therefore a
//! no-op.
//!
//! # Near-duplicates and aggregation
//! Each new document's MinHash signature is looked up in an LSH index of the canonical
//! documents ([`dedup`]). A near-duplicate (syndicated copy, updated version) is stored,
//! linked to its canonical document (`documents.dup_of`), and its events are stored with
//! `is_duplicate = 1` and left out of aggregation. Every other non-negated event is linked
//! to the aggregated event with the same source, target, CAMEO code, date and place, whose
//! counts (mentions, articles, distinct outlets, first and last seen) are recomputed from
//! those links at the end of the batch: counts are always exactly what the links say.
//!
//! # Backends
//! Both backends implement the small [`backend::Backend`] interface and share one schema
//! ([`schema`]) and all SQL except full-text search. [`Store::open`] picks SQLite for a
//! path and PostgreSQL for a `postgres://` URL (cargo feature `postgres`).

pub mod backend;
pub mod browse;
mod columns;
pub mod dedup;
pub mod export;
pub mod fields;
pub mod filter;
pub mod ids;
#[cfg(feature = "postgres")]
pub mod pg;
pub mod prepare;
pub mod query;
pub mod schema;
pub mod sqlite;

use std::collections::{BTreeSet, HashSet};
use std::path::Path;

use chrono::Utc;
use factum_doc::{Document, Sentence, Span};

pub use backend::{Backend, Dialect, Row, Val};
pub use export::{ExportFormat, ExportTable};
pub use filter::{FilterQuery, Resolved};
pub use prepare::{prepare, PreparedDocument};
pub use query::{EventFilter, SearchHit, Table};

/// What can go wrong in the store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("cannot open database {location}: {message}")]
    Open { location: String, message: String },
    #[error("database error: {0}")]
    Sql(String),
    #[error("database schema version {found} is newer than this factum supports ({supported}); upgrade factum")]
    SchemaTooNew { found: i64, supported: i64 },
    #[error("schema migration {version} failed: {message}")]
    Migration { version: i64, message: String },
    #[error("stored document {id} is corrupt: {message}")]
    Corrupt { id: String, message: String },
    #[error("{0}")]
    Unsupported(String),
    /// A query the user typed that cannot be read (bad date, unknown country …).
    #[error("{0}")]
    Invalid(String),
    #[error("export failed: {0}")]
    Export(String),
    #[error("I/O error: {0}")]
    Io(#[from] std::io::Error),
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// The current time as stored (RFC 3339, UTC, whole seconds).
pub fn now_utc() -> String {
    prepare::utc_string(Utc::now())
}

/// PostgreSQL advisory lock keys: one for writers (a batch), one for schema migrations.
pub(crate) const WRITE_LOCK_KEY: i64 = 0x6661_6374_756d_0001;
pub(crate) const SCHEMA_LOCK_KEY: i64 = 0x6661_6374_756d_0002;

/// Documents per transaction for [`Store::ingest`].
pub const DEFAULT_BATCH: usize = 256;

/// Tunables.
#[derive(Debug, Clone)]
pub struct StoreOptions {
    /// Estimated Jaccard similarity from which an article is a near-duplicate.
    pub dup_threshold: f64,
}

impl Default for StoreOptions {
    fn default() -> Self {
        StoreOptions {
            dup_threshold: dedup::DEFAULT_THRESHOLD,
        }
    }
}

/// What one batch (or a whole ingest) did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct IngestSummary {
    /// Documents written.
    pub new: usize,
    /// Documents skipped because their id was already stored.
    pub existing: usize,
    /// Of the new documents, how many are near-duplicates of a stored one.
    pub duplicates: usize,
    /// Events written (including those of duplicates).
    pub events: usize,
    /// Event mentions linked to an aggregated event.
    pub aggregated_mentions: usize,
    /// Events written without a date (neither the text nor the article gave one): date
    /// filters leave them out.
    pub undated_events: usize,
}

impl std::ops::AddAssign for IngestSummary {
    fn add_assign(&mut self, o: IngestSummary) {
        self.new += o.new;
        self.existing += o.existing;
        self.duplicates += o.duplicates;
        self.events += o.events;
        self.aggregated_mentions += o.aggregated_mentions;
        self.undated_events += o.undated_events;
    }
}

/// Row counts, for summaries and tests.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Stats {
    pub documents: i64,
    pub duplicates: i64,
    pub sentences: i64,
    pub events: i64,
    pub aggregated_events: i64,
    pub aggregate_mentions: i64,
}

fn insert_sql(table: &str, columns: &[&str]) -> String {
    format!(
        "INSERT INTO {table} ({}) VALUES ({})",
        columns.join(", "),
        vec!["?"; columns.len()].join(", ")
    )
}

/// Rows per multi-row `INSERT` into a child table: a batch's sentences, actors, places,
/// attributions and provenance go in statements of this many rows (the remainder one by
/// one), so the writer executes a few statements per document instead of dozens.
const ROWS_PER_INSERT: usize = 32;

/// `INSERT INTO table (columns) VALUES (?, …), (?, …) …` for `rows` rows.
fn insert_rows_sql(table: &str, columns: &[&str], rows: usize) -> String {
    let one = format!("({})", vec!["?"; columns.len()].join(", "));
    format!(
        "INSERT INTO {table} ({}) VALUES {}",
        columns.join(", "),
        vec![one; rows].join(", ")
    )
}

/// Insert statements, built once per store, and where the writer finds the values it fills
/// or reads in prepared rows.
struct Statements {
    document: String,
    event: String,
    aggregate: String,
    mention: String,
    /// Per child table, in the order of [`ChildRows`]: the one-row and the
    /// [`ROWS_PER_INSERT`]-row statement, and the number of columns.
    child: Vec<(String, String, usize)>,
    at: Positions,
}

/// Positions in prepared rows, looked up by column name (see [`columns`]).
struct Positions {
    doc_dup_of: usize,
    doc_dup_similarity: usize,
    doc_title: usize,
    doc_text: usize,
    doc_dateline: usize,
    /// `doc_key` of a child row (the same in every child table).
    child_doc_key: usize,
    event_doc_key: usize,
    event_idx: usize,
    event_is_duplicate: usize,
    event_date: usize,
}

impl Statements {
    fn new() -> Statements {
        use columns::*;
        let child = |t: &&dyn ChildTable| {
            let (name, cols) = t.insert_columns();
            (
                insert_sql(name, &cols),
                insert_rows_sql(name, &cols, ROWS_PER_INSERT),
                cols.len(),
            )
        };
        let child_doc_key = CHILD_TABLES[0].doc_key_at();
        assert!(
            CHILD_TABLES.iter().all(|t| t.doc_key_at() == child_doc_key),
            "doc_key has one place"
        );
        Statements {
            document: format!(
                "{} ON CONFLICT (id) DO NOTHING RETURNING doc_key",
                insert_sql(DOCUMENTS.name, &DOCUMENTS.inserted())
            ),
            event: insert_sql(EVENTS.name, &EVENTS.inserted()),
            aggregate: format!(
                "{} ON CONFLICT (agg_key) DO UPDATE SET agg_key = excluded.agg_key \
                 RETURNING agg_id",
                insert_sql(AGGREGATES.name, &AGGREGATES.inserted())
            ),
            mention: insert_sql(AGGREGATE_MENTIONS.name, &AGGREGATE_MENTIONS.inserted()),
            child: CHILD_TABLES.iter().map(child).collect(),
            at: Positions {
                doc_dup_of: DOCUMENTS.at("dup_of"),
                doc_dup_similarity: DOCUMENTS.at("dup_similarity"),
                doc_title: DOCUMENTS.at("title"),
                doc_text: DOCUMENTS.at("text"),
                doc_dateline: DOCUMENTS.at("dateline"),
                child_doc_key,
                event_doc_key: EVENTS.at("doc_key"),
                event_idx: EVENTS.at("idx"),
                event_is_duplicate: EVENTS.at("is_duplicate"),
                event_date: EVENTS.at("event_date"),
            },
        }
    }
}

/// Child rows of a batch waiting to be written, flattened per table.
#[derive(Default)]
struct ChildRows {
    values: [Vec<Val>; columns::CHILD_TABLES.len()],
}

/// A corpus database.
pub struct Store {
    db: Box<dyn Backend>,
    location: String,
    options: StoreOptions,
    /// Loaded on the first write: reads need no signatures.
    lsh: Option<dedup::LshIndex>,
    /// The highest `doc_key` the index has seen: each write transaction first adds the
    /// documents other processes committed since (see [`Store::insert_batch`]).
    lsh_max_key: i64,
    sql: Statements,
}

impl Store {
    /// Open the database at `location`: a `postgres://` or `postgresql://` URL, or a file
    /// path (SQLite, created if missing). Applies pending schema migrations.
    pub fn open(location: &str) -> Result<Store> {
        Store::open_with(location, StoreOptions::default())
    }

    pub fn open_with(location: &str, options: StoreOptions) -> Result<Store> {
        let db: Box<dyn Backend> = if is_postgres_url(location) {
            open_postgres(location)?
        } else {
            Box::new(sqlite::SqliteBackend::open(Path::new(location))?)
        };
        Store::from_backend(db, location, options)
    }

    /// Open an existing database to query it (search, events, export). SQLite files are
    /// opened read-only: nothing is written, a read-only database can be queried, and a
    /// missing or empty (0-byte) file is an error rather than a new database. The schema
    /// must be factum's, at the version this build writes or one it can read.
    pub fn open_existing(location: &str) -> Result<Store> {
        if is_postgres_url(location) {
            return Store::open(location);
        }
        let mut db: Box<dyn Backend> =
            Box::new(sqlite::SqliteBackend::open_read_only(Path::new(location))?);
        let has_schema = !db
            .query(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'",
                &[],
            )?
            .is_empty();
        let version = if has_schema {
            schema::current_version(db.as_mut())?
        } else {
            0
        };
        if version == 0 {
            return Err(StoreError::Open {
                location: location.to_string(),
                message: "not a factum database (no schema); create one with `factum ingest`"
                    .into(),
            });
        }
        if version > schema::LATEST_VERSION {
            return Err(StoreError::SchemaTooNew {
                found: version,
                supported: schema::LATEST_VERSION,
            });
        }
        if version < schema::LATEST_VERSION {
            return Err(StoreError::Open {
                location: location.to_string(),
                message: format!(
                    "schema version {version} is older than this factum's ({}); \
                     run `factum ingest` on it once to upgrade",
                    schema::LATEST_VERSION
                ),
            });
        }
        Ok(Store {
            db,
            location: location.to_string(),
            options: StoreOptions::default(),
            lsh: None,
            lsh_max_key: 0,
            sql: Statements::new(),
        })
    }

    /// A private in-memory SQLite store (tests, one-off runs).
    pub fn memory() -> Result<Store> {
        Store::from_backend(
            Box::new(sqlite::SqliteBackend::memory()?),
            ":memory:",
            StoreOptions::default(),
        )
    }

    /// Wrap an open backend, migrating its schema.
    pub fn from_backend(
        mut db: Box<dyn Backend>,
        location: &str,
        options: StoreOptions,
    ) -> Result<Store> {
        schema::migrate(db.as_mut())?;
        Ok(Store {
            db,
            location: location.to_string(),
            options,
            lsh: None,
            lsh_max_key: 0,
            sql: Statements::new(),
        })
    }

    pub fn location(&self) -> &str {
        &self.location
    }

    pub fn dialect(&self) -> Dialect {
        self.db.dialect()
    }

    /// The underlying connection, for queries this API does not cover.
    pub fn backend(&mut self) -> &mut dyn Backend {
        self.db.as_mut()
    }

    /// The schema version of the open database.
    pub fn schema_version(&mut self) -> Result<i64> {
        schema::current_version(self.db.as_mut())
    }

    /// Every stored document id: lets an ingest skip known documents before running the
    /// pipeline on them.
    pub fn document_ids(&mut self) -> Result<HashSet<String>> {
        Ok(self
            .db
            .query("SELECT id FROM documents", &[])?
            .into_iter()
            .filter_map(|mut r| r.pop().and_then(Val::into_string))
            .collect())
    }

    fn load_lsh(&mut self) -> Result<()> {
        if self.lsh.is_some() {
            return Ok(());
        }
        self.lsh = Some(dedup::LshIndex::new(self.options.dup_threshold));
        self.lsh_max_key = 0;
        self.refresh_lsh()
    }

    /// Add to the index the canonical documents stored since it last looked (by this or
    /// another process). Called inside the write transaction, after the write lock is
    /// held, so no other writer can commit between this and the batch's own lookups:
    /// near-duplicates are found across concurrent ingests exactly as in one.
    fn refresh_lsh(&mut self) -> Result<()> {
        let rows = self.db.query(
            "SELECT doc_key, minhash, dup_of FROM documents WHERE doc_key > ? ORDER BY doc_key",
            &[Val::Int(self.lsh_max_key)],
        )?;
        let idx = self.lsh.as_mut().expect("loaded");
        for r in rows {
            let Some(k) = r[0].as_int() else { continue };
            self.lsh_max_key = self.lsh_max_key.max(k);
            if let (Val::Blob(b), true) = (&r[1], r[2].is_null()) {
                idx.insert(k, dedup::from_bytes(b));
            }
        }
        Ok(())
    }

    /// Serialise writers: SQLite's `BEGIN IMMEDIATE` already holds the write lock;
    /// PostgreSQL takes a transaction-scoped advisory lock.
    fn lock_writers(&mut self) -> Result<()> {
        if self.db.dialect() == Dialect::Postgres {
            self.db.execute(
                "SELECT pg_advisory_xact_lock(?)",
                &[Val::Int(WRITE_LOCK_KEY)],
            )?;
        }
        Ok(())
    }

    /// Prepare and write `docs` in transactions of `batch` documents.
    pub fn ingest(
        &mut self,
        docs: impl IntoIterator<Item = Document>,
        batch: usize,
    ) -> Result<IngestSummary> {
        let mut total = IngestSummary::default();
        let mut pending = Vec::with_capacity(batch);
        for doc in docs {
            pending.push(prepare(doc));
            if pending.len() >= batch.max(1) {
                total += self.insert_batch(std::mem::take(&mut pending))?;
            }
        }
        if !pending.is_empty() {
            total += self.insert_batch(pending)?;
        }
        Ok(total)
    }

    /// Write prepared documents in one transaction (see the crate documentation).
    pub fn insert_batch(&mut self, docs: Vec<PreparedDocument>) -> Result<IngestSummary> {
        self.load_lsh()?;
        self.db.begin()?;
        let written = self
            .lock_writers()
            .and_then(|()| self.refresh_lsh())
            .and_then(|()| self.write_batch(docs));
        match written {
            Ok(summary) => {
                if let Err(e) = self.db.commit() {
                    self.lsh = None;
                    return Err(e);
                }
                Ok(summary)
            }
            Err(e) => {
                // The index may hold documents of the rolled-back batch: rebuild it.
                self.lsh = None;
                let _ = self.db.rollback();
                Err(e)
            }
        }
    }

    fn write_batch(&mut self, docs: Vec<PreparedDocument>) -> Result<IngestSummary> {
        let mut summary = IngestSummary::default();
        let mut touched: BTreeSet<i64> = BTreeSet::new();
        // Full-text rows are written last: FTS5 flushes its pending terms to disk at every
        // statement savepoint after its first insert in a transaction, so interleaving them
        // with the other inserts would write one tiny index segment per document.
        let mut fts_rows: Vec<[Val; 4]> = Vec::new();
        let mut children = ChildRows::default();
        let now = now_utc();
        for doc in docs {
            let lsh = self.lsh.as_mut().expect("loaded by insert_batch");
            let dup = lsh.find(&doc.signature);
            let at = &self.sql.at;
            let mut params = doc.document;
            params[at.doc_dup_of] = Val::opt_int(dup.map(|d| d.0));
            params[at.doc_dup_similarity] = Val::opt_real(dup.map(|d| d.1));
            let rows = self.db.query(&self.sql.document, &params)?;
            let Some(doc_key) = rows.first().and_then(|r| r[0].as_int()) else {
                summary.existing += 1;
                continue;
            };
            summary.new += 1;
            if dup.is_some() {
                summary.duplicates += 1;
            } else {
                self.lsh
                    .as_mut()
                    .expect("loaded")
                    .insert(doc_key, doc.signature);
            }
            self.lsh_max_key = self.lsh_max_key.max(doc_key);
            if self.db.dialect() == Dialect::Sqlite {
                let mut take = |i: usize| std::mem::replace(&mut params[i], Val::Null);
                fts_rows.push([
                    Val::Int(doc_key),
                    take(at.doc_title),
                    take(at.doc_dateline),
                    take(at.doc_text),
                ]);
            }
            let key = Val::Int(doc_key);
            for (t, rows) in doc.children.into_iter().enumerate() {
                let (_, many, width) = &self.sql.child[t];
                for mut row in rows {
                    row[self.sql.at.child_doc_key] = key.clone();
                    children.values[t].extend(row);
                    let full = ROWS_PER_INSERT * width;
                    if children.values[t].len() >= full {
                        self.db.execute(many, &children.values[t][..full])?;
                        children.values[t].clear();
                    }
                }
            }
            let dup_key = dup.map(|d| d.0);
            self.write_events(
                doc_key,
                dup_key,
                doc.events,
                &now,
                &mut summary,
                &mut touched,
            )?;
        }
        for (t, values) in children.values.iter().enumerate() {
            let (one, _, width) = &self.sql.child[t];
            for row in values.chunks(*width) {
                self.db.execute(one, row)?;
            }
        }
        for agg_id in touched {
            recount_aggregate(self.db.as_mut(), agg_id)?;
        }
        for row in fts_rows {
            self.db.execute(
                "INSERT INTO documents_fts (rowid, title, dateline, text) VALUES (?, ?, ?, ?)",
                &row,
            )?;
        }
        Ok(summary)
    }

    /// Write the events of the document stored as `doc_key` and link each to its aggregated
    /// event, unless the document is a near-duplicate (of `dup_of`); the aggregates linked
    /// go in `touched`.
    fn write_events(
        &mut self,
        doc_key: i64,
        dup_of: Option<i64>,
        events: Vec<prepare::PreparedEvent>,
        now: &str,
        summary: &mut IngestSummary,
        touched: &mut BTreeSet<i64>,
    ) -> Result<()> {
        let at = &self.sql.at;
        for ev in events {
            let mut row = ev.row;
            row[at.event_doc_key] = Val::Int(doc_key);
            row[at.event_is_duplicate] = Val::Int(dup_of.is_some().into());
            self.db.execute(&self.sql.event, &row)?;
            summary.events += 1;
            if row[at.event_date].is_null() {
                summary.undated_events += 1;
            }
            if let (None, Some(agg)) = (dup_of, ev.aggregate) {
                let parts = columns::AggregateParts { key: &agg, now };
                let rows = self
                    .db
                    .query(&self.sql.aggregate, &columns::AGGREGATES.row(&parts))?;
                let agg_id = rows
                    .first()
                    .and_then(|r| r[0].as_int())
                    .ok_or_else(|| StoreError::Sql("aggregate upsert returned no id".into()))?;
                // In the column order of `columns::AGGREGATE_MENTIONS`.
                let link = [
                    Val::Int(agg_id),
                    Val::Int(doc_key),
                    row[at.event_idx].clone(),
                ];
                self.db.execute(&self.sql.mention, &link)?;
                touched.insert(agg_id);
                summary.aggregated_mentions += 1;
            }
        }
        Ok(())
    }

    /// Row counts.
    pub fn stats(&mut self) -> Result<Stats> {
        let [documents, duplicates, sentences, events, aggregated_events, aggregate_mentions] = [
            "documents",
            "documents WHERE dup_of IS NOT NULL",
            "sentences",
            "events",
            "aggregated_events",
            "aggregate_mentions",
        ]
        .map(|rows| -> Result<i64> {
            Ok(self
                .db
                .query(&format!("SELECT COUNT(*) FROM {rows}"), &[])?
                .first()
                .and_then(|r| r[0].as_int())
                .unwrap_or(0))
        });
        Ok(Stats {
            documents: documents?,
            duplicates: duplicates?,
            sentences: sentences?,
            events: events?,
            aggregated_events: aggregated_events?,
            aggregate_mentions: aggregate_mentions?,
        })
    }

    /// The canonical document's id when `id` is a stored near-duplicate.
    pub fn duplicate_of(&mut self, id: &str) -> Result<Option<String>> {
        let rows = self.db.query(
            "SELECT c.id FROM documents d JOIN documents c ON c.doc_key = d.dup_of WHERE d.id = ?",
            &[Val::text(id)],
        )?;
        Ok(rows
            .into_iter()
            .next()
            .and_then(|mut r| r.remove(0).into_string()))
    }

    /// The stored document with every layer, exactly as it was written.
    pub fn load_document(&mut self, id: &str) -> Result<Option<Document>> {
        let rows = self.db.query(
            "SELECT doc_key, title, source, url, published, text, metadata, layers \
             FROM documents WHERE id = ?",
            &[Val::text(id)],
        )?;
        let Some(mut r) = rows.into_iter().next() else {
            return Ok(None);
        };
        let corrupt = |message: String| StoreError::Corrupt {
            id: id.to_string(),
            message,
        };
        let key = r[0].clone();
        let layers = std::mem::replace(&mut r[7], Val::Null);
        let mut doc: Document = serde_json::from_str(layers.as_str().unwrap_or("{}"))
            .map_err(|e| corrupt(format!("layers: {e}")))?;
        doc.title = std::mem::replace(&mut r[1], Val::Null).into_string();
        doc.source = std::mem::replace(&mut r[2], Val::Null).into_string();
        doc.url = std::mem::replace(&mut r[3], Val::Null).into_string();
        doc.published = match r[4].as_str() {
            Some(p) => Some(
                chrono::DateTime::parse_from_rfc3339(p)
                    .map_err(|e| corrupt(format!("published {p:?}: {e}")))?,
            ),
            None => None,
        };
        doc.text = std::mem::replace(&mut r[5], Val::Null)
            .into_string()
            .unwrap_or_default();
        doc.metadata = serde_json::from_str(r[6].as_str().unwrap_or("{}"))
            .map_err(|e| corrupt(format!("metadata: {e}")))?;
        let k = std::slice::from_ref(&key);
        for s in self.db.query(
            "SELECT start_byte, end_byte, token_start, token_end FROM sentences \
             WHERE doc_key = ? ORDER BY idx",
            k,
        )? {
            let n = |i: usize| s[i].as_int().unwrap_or(0) as u32;
            doc.sentences.push(Sentence {
                span: Span {
                    start: n(0),
                    end: n(1),
                },
                token_start: n(2),
                token_end: n(3),
            });
        }
        doc.actors = self.json_rows("actors", &key, id)?;
        doc.places = self.json_rows("places", &key, id)?;
        doc.events = self.json_rows("events", &key, id)?;
        doc.attributions = self.json_rows("attributions", &key, id)?;
        Ok(Some(doc))
    }

    fn json_rows<T: serde::de::DeserializeOwned>(
        &mut self,
        table: &str,
        key: &Val,
        id: &str,
    ) -> Result<Vec<T>> {
        let sql = format!("SELECT json FROM {table} WHERE doc_key = ? ORDER BY idx");
        self.db
            .query(&sql, std::slice::from_ref(key))?
            .into_iter()
            .map(|r| {
                serde_json::from_str(r[0].as_str().unwrap_or("null")).map_err(|e| {
                    StoreError::Corrupt {
                        id: id.to_string(),
                        message: format!("{table}: {e}"),
                    }
                })
            })
            .collect()
    }
}

/// Recompute an aggregated event's counts from its mention links: mentions, articles,
/// outlets, first and last seen, mentions per modality, the share asserted and the best
/// confidence. Counts are always exactly what the links say.
pub(crate) fn recount_aggregate(db: &mut dyn Backend, agg_id: i64) -> Result<()> {
    let id = Val::Int(agg_id);
    let per_modality: Vec<String> = filter::MODALITIES
        .iter()
        .map(|m| format!("SUM(CASE WHEN e.modality = '{m}' THEN 1 ELSE 0 END)"))
        .collect();
    let rows = db.query(
        &format!(
            "SELECT COUNT(*), COUNT(DISTINCT m.doc_key), COUNT(DISTINCT COALESCE(d.outlet, '')), \
             MIN(d.seen_at), MAX(d.seen_at), MIN(e.sentence), MAX(e.confidence), {} \
             FROM aggregate_mentions m \
             JOIN documents d ON d.doc_key = m.doc_key \
             JOIN events e ON e.doc_key = m.doc_key AND e.idx = m.event_idx \
             WHERE m.agg_id = ?",
            per_modality.join(", ")
        ),
        std::slice::from_ref(&id),
    )?;
    let r = rows
        .into_iter()
        .next()
        .ok_or_else(|| StoreError::Sql("aggregate count returned no row".into()))?;
    let url = db.query(
        "SELECT d.url FROM aggregate_mentions m JOIN documents d ON d.doc_key = m.doc_key \
         WHERE m.agg_id = ? AND d.url IS NOT NULL ORDER BY d.seen_at, d.doc_key LIMIT 1",
        std::slice::from_ref(&id),
    )?;
    let url = url
        .into_iter()
        .next()
        .map_or(Val::Null, |mut r| r.remove(0));
    let root = Val::Int((r[5].as_int() == Some(0)).into());
    let mentions = r[0].as_int().unwrap_or(0);
    let asserted = r[7].as_int().unwrap_or(0);
    let share = (mentions > 0).then(|| asserted as f64 / mentions as f64);
    let sets: Vec<String> = filter::MODALITIES
        .iter()
        .map(|m| format!("mentions_{m} = ?"))
        .collect();
    let mut params = vec![
        r[0].clone(),
        r[1].clone(),
        r[2].clone(),
        r[3].clone(),
        r[4].clone(),
        root,
        url,
        r[6].clone(),
        Val::opt_real(share),
    ];
    params.extend(r[7..].iter().map(|v| Val::Int(v.as_int().unwrap_or(0))));
    params.push(id);
    db.execute(
        &format!(
            "UPDATE aggregated_events SET num_mentions = ?, num_articles = ?, num_sources = ?, \
             first_seen = ?, last_seen = ?, root_event = ?, source_url = ?, confidence = ?, \
             share_asserted = ?, {} WHERE agg_id = ?",
            sets.join(", ")
        ),
        &params,
    )?;
    Ok(())
}

/// Whether `location` names a PostgreSQL database rather than a SQLite file: a
/// `postgres://` / `postgresql://` URL, or a libpq key-value string (`host=… dbname=…`).
/// A database location as it may be printed: a PostgreSQL URL or libpq string with any
/// password replaced by `***`; anything else (a SQLite path) unchanged. Compiled without
/// the `postgres` feature too: a build that cannot connect still must not echo a password.
pub fn redact(url: &str) -> String {
    if !is_postgres_url(url) {
        return url.to_string();
    }
    let Some(scheme_end) = url.find("://") else {
        // A libpq key-value string: `host=… password=secret …`.
        return url
            .split_whitespace()
            .map(|kv| match kv.split_once('=') {
                Some((k, _)) if k.eq_ignore_ascii_case("password") => format!("{k}=***"),
                _ => kv.to_string(),
            })
            .collect::<Vec<_>>()
            .join(" ");
    };
    let rest = &url[scheme_end + 3..];
    let Some(at) = rest.find('@') else {
        return url.to_string();
    };
    let userinfo = &rest[..at];
    match userinfo.find(':') {
        Some(colon) => format!(
            "{}://{}:***{}",
            &url[..scheme_end],
            &userinfo[..colon],
            &rest[at..]
        ),
        None => url.to_string(),
    }
}

pub fn is_postgres_url(location: &str) -> bool {
    location.starts_with("postgres://")
        || location.starts_with("postgresql://")
        || (location.contains('=')
            && location
                .split_whitespace()
                .any(|kv| kv.starts_with("host=") || kv.starts_with("dbname=")))
}

#[cfg(feature = "postgres")]
fn open_postgres(url: &str) -> Result<Box<dyn Backend>> {
    Ok(Box::new(pg::PgBackend::connect(url)?))
}

#[cfg(not(feature = "postgres"))]
fn open_postgres(_url: &str) -> Result<Box<dyn Backend>> {
    Err(StoreError::Unsupported(
        "this factum was built without PostgreSQL support; rebuild with `--features postgres`"
            .into(),
    ))
}
