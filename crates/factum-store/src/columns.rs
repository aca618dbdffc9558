//! The stored tables, each column declared once.
//!
//! A [`Table`] lists its columns in schema order. Each [`Column`] has its name, its SQL type
//! in the dialect-neutral spelling of [`crate::schema`] (`{REAL}`, `{BLOB}`, `{KEY}`), the
//! schema version that added it, and where its value comes from ([`Value`]). From that one
//! list come:
//!
//! * the `CREATE TABLE` of migration 1 and the `ALTER TABLE … ADD COLUMN` of later ones
//!   ([`Ddl::create`], [`Ddl::add_columns`]);
//! * the writer's `INSERT` statements ([`Table::inserted`]);
//! * the rows [`crate::prepare`] makes: one value per inserted column, in that order
//!   ([`Table::row`]);
//! * the position of a value in a prepared row, found by name ([`Table::at`]) wherever the
//!   writer fills or reads one, never written as a number.
//!
//! A column added to the schema is therefore a new line here with the next version: the
//! migration, the insert and the prepared row all follow.

use factum_doc::{Attribution, Document, Event, Place, PlaceMention, Provenance, Sentence};

use crate::backend::Val;

/// Where a column's value comes from.
pub(crate) enum Value<S> {
    /// Read from the item the row is made of.
    Row(S),
    /// Inserted, but known only to the writer (the document's key, whether the document is
    /// a near-duplicate): a null placeholder in the prepared row that the writer replaces.
    Writer,
    /// Not inserted: the database generates it (a key) or later statements fill it (the
    /// counts of an aggregated event).
    Later,
}

/// One column of a stored table.
pub(crate) struct Column<S> {
    pub name: &'static str,
    /// Type and constraints as in the schema: `TEXT NOT NULL`, `{REAL}`, `BIGINT`.
    pub sql: &'static str,
    /// The schema version that added the column.
    pub since: i64,
    pub value: Value<S>,
}

/// A column of the first schema version.
const fn col<S>(name: &'static str, sql: &'static str, value: Value<S>) -> Column<S> {
    Column {
        name,
        sql,
        since: 1,
        value,
    }
}

/// A column added by migration `since`.
const fn added<S>(since: i64, name: &'static str, sql: &'static str, value: Value<S>) -> Column<S> {
    Column {
        name,
        sql,
        since,
        value,
    }
}

use Value::{Later, Row, Writer};

/// A stored table: its columns in schema order and the indexes created with it.
pub(crate) struct Table<S: 'static> {
    pub name: &'static str,
    pub columns: &'static [Column<S>],
    /// `name ON table (columns)` of each index migration 1 creates.
    pub indexes: &'static [&'static str],
}

/// What the schema needs of a table, whatever its rows are made of.
pub(crate) trait Ddl {
    /// The `CREATE TABLE` and `CREATE INDEX` statements of migration 1.
    fn create(&self) -> String;
    /// The `ALTER TABLE … ADD COLUMN` statements of migration `version`.
    fn add_columns(&self, version: i64) -> String;
    /// The table's name (for the tests that check other lists against this one).
    #[cfg(test)]
    fn name(&self) -> &'static str;
    /// The SQL type of `column`, as declared.
    #[cfg(test)]
    fn sql_type(&self, column: &str) -> Option<&'static str>;
}

/// Every stored table, in the order migration 1 creates them.
pub(crate) const TABLES: [&dyn Ddl; 9] = [
    &DOCUMENTS,
    &SENTENCES,
    &ACTORS,
    &PLACES,
    &ATTRIBUTIONS,
    &EVENTS,
    &PROVENANCE,
    &AGGREGATES,
    &AGGREGATE_MENTIONS,
];

/// What the writer needs of a table of a document's child rows, whatever they are made of.
pub(crate) trait ChildTable {
    /// The table's name and the columns an `INSERT` writes, in prepared-row order.
    fn insert_columns(&self) -> (&'static str, Vec<&'static str>);
    /// Position of `doc_key` in a prepared row (the writer fills it in).
    fn doc_key_at(&self) -> usize;
}

/// The tables of a document's child rows, in the order of `PreparedDocument::children`.
pub(crate) const CHILD_TABLES: [&dyn ChildTable; 5] =
    [&SENTENCES, &ACTORS, &PLACES, &ATTRIBUTIONS, &PROVENANCE];

impl<S: Copy> ChildTable for Table<S> {
    fn insert_columns(&self) -> (&'static str, Vec<&'static str>) {
        (self.name, self.inserted())
    }

    fn doc_key_at(&self) -> usize {
        self.at("doc_key")
    }
}

impl<S: Copy> Ddl for Table<S> {
    fn create(&self) -> String {
        let columns: Vec<String> = self
            .columns
            .iter()
            .filter(|c| c.since == 1)
            .map(|c| format!("    {} {}", c.name, c.sql))
            .collect();
        let mut sql = format!(
            "CREATE TABLE {} (\n{}\n);\n",
            self.name,
            columns.join(",\n")
        );
        for index in self.indexes {
            sql.push_str(&format!("CREATE INDEX {index};\n"));
        }
        sql
    }

    #[cfg(test)]
    fn name(&self) -> &'static str {
        self.name
    }

    #[cfg(test)]
    fn sql_type(&self, column: &str) -> Option<&'static str> {
        self.columns
            .iter()
            .find(|c| c.name == column)
            .map(|c| c.sql)
    }

    fn add_columns(&self, version: i64) -> String {
        self.columns
            .iter()
            .filter(|c| c.since == version)
            .map(|c| {
                format!(
                    "ALTER TABLE {} ADD COLUMN {} {};\n",
                    self.name, c.name, c.sql
                )
            })
            .collect()
    }
}

impl<S: Copy> Table<S> {
    /// The columns an `INSERT` writes, in prepared-row order.
    pub fn inserted(&self) -> Vec<&'static str> {
        self.written().map(|c| c.name).collect()
    }

    /// Position of `name` in a prepared row. Panics on a name that is not inserted: the
    /// names are this module's constants, so that is a bug caught by any test that writes.
    pub fn at(&self, name: &str) -> usize {
        self.position(name)
            .unwrap_or_else(|| panic!("{}.{name} is not an inserted column", self.name))
    }

    /// Position of `name` in a prepared row, if it is inserted.
    pub fn position(&self, name: &str) -> Option<usize> {
        self.written().position(|c| c.name == name)
    }

    /// The prepared row of one item: a value per inserted column, in order.
    pub fn row<T>(&self, item: &T) -> crate::backend::Row
    where
        S: Fn(&T) -> Val,
    {
        self.written()
            .map(|c| match c.value {
                Row(f) => f(item),
                Writer | Later => Val::Null,
            })
            .collect()
    }

    fn written(&self) -> impl Iterator<Item = &'static Column<S>> {
        self.columns.iter().filter(|c| !matches!(c.value, Later))
    }
}

/// One item of a document layer and its index in the layer.
pub(crate) struct Item<'a, T> {
    pub doc: &'a Document,
    pub idx: usize,
    pub item: &'a T,
}

impl<T> Item<'_, T> {
    fn idx(&self) -> Val {
        Val::Int(self.idx as i64)
    }

    /// The spanned text, or "" for a span that breaks the invariants (the store never
    /// panics on a bad layer; `Document::validate` is the place that reports it).
    fn slice(&self, span: factum_doc::Span) -> Val {
        Val::text(self.doc.text.get(span.range()).unwrap_or(""))
    }
}

/// A document and the values [`crate::prepare`] computes for its row.
pub(crate) struct DocumentParts<'a> {
    pub doc: &'a Document,
    pub outlet: Option<String>,
    pub seen_at: String,
    pub content_hash: String,
    pub minhash: Vec<u8>,
    /// The document's JSON without what has a column or a table of its own.
    pub layers: String,
    pub ingested_at: String,
}

/// A dictionary line behind an actor or an event.
pub(crate) struct ProvenanceParts<'a> {
    /// `actor` or `event`.
    pub owner: &'static str,
    pub owner_idx: usize,
    /// Position in the owner's provenance list.
    pub ord: usize,
    pub line: &'a Provenance,
}

/// An event and what its row shows of its document.
pub(crate) struct EventParts<'a> {
    pub doc: &'a Document,
    pub idx: usize,
    pub event: &'a Event,
    pub sentence_text: Option<String>,
    pub date: StoredDate,
    pub place: Option<&'a Place>,
    pub attribution: Option<&'a Attribution>,
}

/// The date columns of an event: the time stage's date, or the publication day.
#[derive(Debug, Default)]
pub(crate) struct StoredDate {
    pub day: Option<String>,
    pub granularity: Option<String>,
    pub tense: Option<String>,
    pub method: Option<String>,
}

/// A new aggregated event: its key and the time it is first written.
pub(crate) struct AggregateParts<'a> {
    pub key: &'a crate::prepare::AggregateKey,
    pub now: &'a str,
}

fn json<T: serde::Serialize>(v: &T) -> Val {
    Val::Text(serde_json::to_string(v).expect("layer types serialise to JSON"))
}

/// An optional text, null when absent.
fn opt(s: &Option<String>) -> Val {
    Val::opt_text(s.clone())
}

fn int(v: impl Into<i64>) -> Val {
    Val::Int(v.into())
}

/// A confidence as every output writes it (three decimals).
fn probability_val(p: f32) -> Val {
    Val::Real(factum_doc::probability(p))
}

/// A layer item with a byte span.
pub(crate) trait Spanned {
    fn span(&self) -> factum_doc::Span;
}

macro_rules! spanned {
    ($($t:ty),+) => {
        $(impl Spanned for $t {
            fn span(&self) -> factum_doc::Span {
                self.span
            }
        })+
    };
}

spanned!(
    Sentence,
    factum_doc::ActorMention,
    PlaceMention,
    Attribution
);

/// A layer item that covers a run of tokens.
pub(crate) trait TokenRun {
    fn tokens(&self) -> (u32, u32);
}

impl TokenRun for Sentence {
    fn tokens(&self) -> (u32, u32) {
        (self.token_start, self.token_end)
    }
}

impl TokenRun for factum_doc::ActorMention {
    fn tokens(&self) -> (u32, u32) {
        (self.token_start, self.token_end)
    }
}

/// The columns every layer table starts with: the document's key, the item's index in its
/// layer, and the item's byte span.
const fn doc_key<S>() -> Column<S> {
    col("doc_key", "BIGINT NOT NULL", Writer)
}

const fn idx<T>() -> Column<fn(&Item<'_, T>) -> Val> {
    col("idx", "BIGINT NOT NULL", Row(|i| i.idx()))
}

const fn start_byte<T: Spanned>() -> Column<fn(&Item<'_, T>) -> Val> {
    col(
        "start_byte",
        "BIGINT NOT NULL",
        Row(|i| int(i.item.span().start)),
    )
}

const fn end_byte<T: Spanned>() -> Column<fn(&Item<'_, T>) -> Val> {
    col(
        "end_byte",
        "BIGINT NOT NULL",
        Row(|i| int(i.item.span().end)),
    )
}

const fn token_start<T: TokenRun>() -> Column<fn(&Item<'_, T>) -> Val> {
    col(
        "token_start",
        "BIGINT NOT NULL",
        Row(|i| int(i.item.tokens().0)),
    )
}

const fn token_end<T: TokenRun>() -> Column<fn(&Item<'_, T>) -> Val> {
    col(
        "token_end",
        "BIGINT NOT NULL",
        Row(|i| int(i.item.tokens().1)),
    )
}

/// The item whole, as JSON: the last column of the tables of mentions and attributions,
/// so that a reader gets back what the other columns leave out.
const fn item_json<T: serde::Serialize>() -> Column<fn(&Item<'_, T>) -> Val> {
    col("json", "TEXT NOT NULL", Row(|i| json(i.item)))
}

pub(crate) const DOCUMENTS: Table<fn(&DocumentParts<'_>) -> Val> = Table {
    name: "documents",
    columns: &[
        col("doc_key", "{KEY}", Later),
        col("id", "TEXT NOT NULL UNIQUE", Row(|d| Val::text(&d.doc.id))),
        col("title", "TEXT", Row(|d| opt(&d.doc.title))),
        col("source", "TEXT", Row(|d| opt(&d.doc.source))),
        col("url", "TEXT", Row(|d| opt(&d.doc.url))),
        col(
            "published",
            "TEXT",
            Row(|d| Val::opt_text(d.doc.published.map(|p| p.to_rfc3339()))),
        ),
        col(
            "language",
            "TEXT NOT NULL",
            Row(|d| Val::text(&d.doc.language)),
        ),
        col(
            "origin_path",
            "TEXT NOT NULL",
            Row(|d| Val::text(&d.doc.origin.path)),
        ),
        col(
            "origin_format",
            "TEXT NOT NULL",
            Row(|d| Val::text(&d.doc.origin.format)),
        ),
        col(
            "origin_line",
            "BIGINT",
            Row(|d| Val::opt_int(d.doc.origin.line.map(|l| l as i64))),
        ),
        col(
            "origin_item",
            "BIGINT",
            Row(|d| Val::opt_int(d.doc.origin.item.map(|l| l as i64))),
        ),
        col("outlet", "TEXT", Row(|d| opt(&d.outlet))),
        col("seen_at", "TEXT NOT NULL", Row(|d| Val::text(&d.seen_at))),
        col("text", "TEXT NOT NULL", Row(|d| Val::text(&d.doc.text))),
        col(
            "content_hash",
            "TEXT NOT NULL",
            Row(|d| Val::text(&d.content_hash)),
        ),
        col("minhash", "{BLOB}", Row(|d| Val::Blob(d.minhash.clone()))),
        col("dup_of", "BIGINT REFERENCES documents (doc_key)", Writer),
        col("dup_similarity", "{REAL}", Writer),
        col(
            "num_sentences",
            "BIGINT NOT NULL",
            Row(|d| Val::Int(d.doc.sentences.len() as i64)),
        ),
        col(
            "num_events",
            "BIGINT NOT NULL",
            Row(|d| Val::Int(d.doc.events.len() as i64)),
        ),
        col("metadata", "TEXT NOT NULL", Row(|d| json(&d.doc.metadata))),
        col("layers", "TEXT NOT NULL", Row(|d| Val::text(&d.layers))),
        col(
            "ingested_at",
            "TEXT NOT NULL",
            Row(|d| Val::text(&d.ingested_at)),
        ),
        added(
            2,
            "dateline",
            "TEXT",
            Row(|d| Val::opt_text(d.doc.dateline.as_ref().map(|l| l.raw.clone()))),
        ),
    ],
    indexes: &[
        "documents_seen_at ON documents (seen_at)",
        "documents_content_hash ON documents (content_hash)",
        "documents_dup_of ON documents (dup_of)",
    ],
};

pub(crate) const SENTENCES: Table<fn(&Item<'_, Sentence>) -> Val> = Table {
    name: "sentences",
    columns: &[
        doc_key(),
        idx(),
        start_byte(),
        end_byte(),
        token_start(),
        token_end(),
    ],
    indexes: &["sentences_doc ON sentences (doc_key, idx)"],
};

pub(crate) const ACTORS: Table<fn(&Item<'_, factum_doc::ActorMention>) -> Val> = Table {
    name: "actors",
    columns: &[
        doc_key(),
        idx(),
        start_byte(),
        end_byte(),
        token_start(),
        token_end(),
        col("code", "TEXT NOT NULL", Row(|a| Val::text(&a.item.code))),
        col("text", "TEXT NOT NULL", Row(|a| a.slice(a.item.span))),
        col("inferred", "BIGINT NOT NULL", Row(|a| int(a.item.inferred))),
        item_json(),
    ],
    indexes: &[
        "actors_doc ON actors (doc_key, idx)",
        "actors_code ON actors (code)",
    ],
};

pub(crate) const PLACES: Table<fn(&Item<'_, PlaceMention>) -> Val> = Table {
    name: "places",
    columns: &[
        doc_key(),
        idx(),
        start_byte(),
        end_byte(),
        col(
            "geonameid",
            "BIGINT NOT NULL",
            Row(|p| int(p.item.place.geonameid)),
        ),
        col(
            "name",
            "TEXT NOT NULL",
            Row(|p| Val::text(&p.item.place.name)),
        ),
        col(
            "country",
            "TEXT NOT NULL",
            Row(|p| Val::text(&p.item.place.country)),
        ),
        col("admin1", "TEXT", Row(|p| opt(&p.item.place.admin1))),
        col(
            "kind",
            "TEXT NOT NULL",
            Row(|p| Val::text(p.item.place.kind.as_str())),
        ),
        col(
            "lat",
            "{REAL} NOT NULL",
            Row(|p| Val::Real(p.item.place.lat)),
        ),
        col(
            "lon",
            "{REAL} NOT NULL",
            Row(|p| Val::Real(p.item.place.lon)),
        ),
        col(
            "confidence",
            "{REAL} NOT NULL",
            Row(|p| probability_val(p.item.confidence)),
        ),
        item_json(),
    ],
    indexes: &[
        "places_doc ON places (doc_key, idx)",
        "places_geonameid ON places (geonameid)",
    ],
};

pub(crate) const ATTRIBUTIONS: Table<fn(&Item<'_, Attribution>) -> Val> = Table {
    name: "attributions",
    columns: &[
        doc_key(),
        idx(),
        col("sentence", "BIGINT NOT NULL", Row(|a| int(a.item.sentence))),
        start_byte(),
        end_byte(),
        col("text", "TEXT NOT NULL", Row(|a| Val::text(&a.item.text))),
        col(
            "kind",
            "TEXT NOT NULL",
            Row(|a| Val::Text(crate::prepare::serde_name(&a.item.kind))),
        ),
        col("cue", "TEXT NOT NULL", Row(|a| Val::text(&a.item.cue))),
        col("code", "TEXT", Row(|a| opt(&a.item.code))),
        col("affiliation", "TEXT", Row(|a| opt(&a.item.affiliation))),
        col(
            "relayed_by",
            "BIGINT",
            Row(|a| Val::opt_int(a.item.relayed_by.map(i64::from))),
        ),
        item_json(),
    ],
    indexes: &["attributions_doc ON attributions (doc_key, idx)"],
};

/// The text of an actor side's field, null for a missing side.
fn side(a: Option<&factum_doc::EventActor>, field: fn(&factum_doc::EventActor) -> &String) -> Val {
    Val::opt_text(a.map(|a| field(a).clone()))
}

/// The text of a place field, null without a place.
fn place_text(e: &EventParts<'_>, field: fn(&Place) -> Option<String>) -> Val {
    Val::opt_text(e.place.and_then(field))
}

fn attribution_text(e: &EventParts<'_>, field: fn(&Attribution) -> Option<String>) -> Val {
    Val::opt_text(e.attribution.and_then(field))
}

pub(crate) const EVENTS: Table<fn(&EventParts<'_>) -> Val> = Table {
    name: "events",
    columns: &[
        doc_key(),
        col("idx", "BIGINT NOT NULL", Row(|e| Val::Int(e.idx as i64))),
        col(
            "sentence",
            "BIGINT NOT NULL",
            Row(|e| int(e.event.sentence)),
        ),
        col("sentence_text", "TEXT", Row(|e| opt(&e.sentence_text))),
        col(
            "source_code",
            "TEXT",
            Row(|e| side(e.event.source.as_ref(), |a| &a.code)),
        ),
        col(
            "source_text",
            "TEXT",
            Row(|e| side(e.event.source.as_ref(), |a| &a.text)),
        ),
        col(
            "target_code",
            "TEXT",
            Row(|e| side(e.event.target.as_ref(), |a| &a.code)),
        ),
        col(
            "target_text",
            "TEXT",
            Row(|e| side(e.event.target.as_ref(), |a| &a.text)),
        ),
        col("cameo", "TEXT NOT NULL", Row(|e| Val::text(&e.event.cameo))),
        col(
            "cameo_root",
            "TEXT NOT NULL",
            Row(|e| Val::text(&e.event.cameo_root)),
        ),
        col(
            "quad_class",
            "BIGINT NOT NULL",
            Row(|e| int(e.event.quad_class)),
        ),
        col(
            "goldstein",
            "{REAL} NOT NULL",
            Row(|e| Val::Real(f64::from(e.event.goldstein))),
        ),
        col("plover_type", "TEXT", Row(|e| opt(&e.event.plover_type))),
        col("plover_mode", "TEXT", Row(|e| opt(&e.event.plover_mode))),
        col(
            "verb_text",
            "TEXT NOT NULL",
            Row(|e| Val::text(e.doc.text.get(e.event.verb_span.range()).unwrap_or(""))),
        ),
        col("negated", "BIGINT NOT NULL", Row(|e| int(e.event.negated))),
        col("event_date", "TEXT", Row(|e| opt(&e.date.day))),
        col(
            "date_granularity",
            "TEXT",
            Row(|e| opt(&e.date.granularity)),
        ),
        col("date_tense", "TEXT", Row(|e| opt(&e.date.tense))),
        col("date_method", "TEXT", Row(|e| opt(&e.date.method))),
        col(
            "geonameid",
            "BIGINT",
            Row(|e| Val::opt_int(e.place.map(|p| i64::from(p.geonameid)))),
        ),
        col(
            "place_name",
            "TEXT",
            Row(|e| place_text(e, |p| Some(p.name.clone()))),
        ),
        col(
            "country",
            "TEXT",
            Row(|e| place_text(e, |p| Some(p.country.clone()).filter(|c| !c.is_empty()))),
        ),
        col(
            "admin1",
            "TEXT",
            Row(|e| place_text(e, |p| p.admin1.clone())),
        ),
        col(
            "place_kind",
            "TEXT",
            Row(|e| place_text(e, |p| Some(p.kind.as_str().to_string()))),
        ),
        col(
            "lat",
            "{REAL}",
            Row(|e| Val::opt_real(e.place.map(|p| p.lat))),
        ),
        col(
            "lon",
            "{REAL}",
            Row(|e| Val::opt_real(e.place.map(|p| p.lon))),
        ),
        col(
            "location_method",
            "TEXT",
            Row(|e| {
                Val::opt_text(
                    e.event
                        .location
                        .as_ref()
                        .map(|l| l.method.as_str().to_string()),
                )
            }),
        ),
        col(
            "modality",
            "TEXT",
            Row(|e| {
                Val::opt_text(
                    e.event
                        .modality
                        .as_ref()
                        .map(|m| crate::prepare::serde_name(&m.kind)),
                )
            }),
        ),
        col(
            "attribution_idx",
            "BIGINT",
            Row(|e| Val::opt_int(e.event.attribution.map(i64::from))),
        ),
        col(
            "attribution_text",
            "TEXT",
            Row(|e| attribution_text(e, |a| Some(a.text.clone()))),
        ),
        col(
            "attribution_kind",
            "TEXT",
            Row(|e| attribution_text(e, |a| Some(crate::prepare::serde_name(&a.kind)))),
        ),
        col(
            "attribution_code",
            "TEXT",
            Row(|e| attribution_text(e, |a| a.code.clone())),
        ),
        col(
            "provenance",
            "TEXT NOT NULL",
            Row(|e| provenance_text(e.event)),
        ),
        // False until the writer finds the document is a near-duplicate (`factum code`,
        // which has no database, shows it so).
        col("is_duplicate", "BIGINT NOT NULL", Row(|_| Val::Int(0))),
        col("json", "TEXT NOT NULL", Row(|e| json(e.event))),
        added(
            2,
            "event_id",
            "TEXT",
            Row(|e| Val::Text(crate::ids::event_id(&e.doc.id, e.event))),
        ),
        added(
            2,
            "confidence",
            "{REAL}",
            Row(|e| probability_val(e.event.confidence)),
        ),
    ],
    indexes: &[
        "events_doc ON events (doc_key, idx)",
        "events_source ON events (source_code)",
        "events_target ON events (target_code)",
        "events_cameo ON events (cameo)",
        "events_date ON events (event_date)",
        "events_country ON events (country)",
    ],
};

/// `file:line role` of each dictionary line behind an event, joined by `; `.
fn provenance_text(e: &Event) -> Val {
    let lines: Vec<String> = e
        .provenance
        .iter()
        .map(|p| format!("{}:{} {}", p.file, p.line, p.role))
        .collect();
    Val::Text(lines.join("; "))
}

pub(crate) const PROVENANCE: Table<fn(&ProvenanceParts<'_>) -> Val> = Table {
    name: "provenance",
    columns: &[
        doc_key(),
        col("owner", "TEXT NOT NULL", Row(|p| Val::text(p.owner))),
        col(
            "owner_idx",
            "BIGINT NOT NULL",
            Row(|p| Val::Int(p.owner_idx as i64)),
        ),
        col("ord", "BIGINT NOT NULL", Row(|p| Val::Int(p.ord as i64))),
        col("file", "TEXT NOT NULL", Row(|p| Val::text(&p.line.file))),
        col("line", "BIGINT NOT NULL", Row(|p| int(p.line.line))),
        col(
            "role",
            "TEXT NOT NULL",
            Row(|p| Val::text(p.line.role.as_str())),
        ),
    ],
    indexes: &[
        "provenance_doc ON provenance (doc_key, owner, owner_idx)",
        "provenance_line ON provenance (file, line)",
    ],
};

/// The counts of an aggregated event start at zero; `recount_aggregate` sets them.
const ZERO: Value<fn(&AggregateParts<'_>) -> Val> = Row(|_| Val::Int(0));

/// The counts per modality, filled by `recount_aggregate` (one per [`crate::filter::MODALITIES`]).
const fn by_modality(name: &'static str) -> Column<fn(&AggregateParts<'_>) -> Val> {
    added(2, name, "BIGINT NOT NULL DEFAULT 0", Later)
}

pub(crate) const AGGREGATES: Table<fn(&AggregateParts<'_>) -> Val> = Table {
    name: "aggregated_events",
    columns: &[
        col(
            "agg_id",
            "{KEY}",
            Row(|a| Val::Int(crate::ids::aggregate_id(&a.key.key()))),
        ),
        col(
            "agg_key",
            "TEXT NOT NULL UNIQUE",
            Row(|a| Val::Text(a.key.key())),
        ),
        col(
            "source_code",
            "TEXT NOT NULL",
            Row(|a| Val::text(&a.key.source_code)),
        ),
        col(
            "target_code",
            "TEXT NOT NULL",
            Row(|a| Val::text(&a.key.target_code)),
        ),
        col("cameo", "TEXT NOT NULL", Row(|a| Val::text(&a.key.cameo))),
        col(
            "event_date",
            "TEXT NOT NULL",
            Row(|a| Val::text(&a.key.event_date)),
        ),
        col(
            "geonameid",
            "BIGINT",
            Row(|a| Val::opt_int(a.key.geonameid)),
        ),
        col(
            "cameo_root",
            "TEXT NOT NULL",
            Row(|a| Val::text(&a.key.cameo_root)),
        ),
        col(
            "quad_class",
            "BIGINT NOT NULL",
            Row(|a| Val::Int(a.key.quad_class)),
        ),
        col(
            "goldstein",
            "{REAL} NOT NULL",
            Row(|a| Val::Real(a.key.goldstein)),
        ),
        col("source_name", "TEXT", Row(|a| opt(&a.key.source_name))),
        col("target_name", "TEXT", Row(|a| opt(&a.key.target_name))),
        col("place_name", "TEXT", Row(|a| opt(&a.key.place_name))),
        col("country", "TEXT", Row(|a| opt(&a.key.country))),
        col("admin1", "TEXT", Row(|a| opt(&a.key.admin1))),
        col("place_kind", "TEXT", Row(|a| opt(&a.key.place_kind))),
        col("lat", "{REAL}", Row(|a| Val::opt_real(a.key.lat))),
        col("lon", "{REAL}", Row(|a| Val::opt_real(a.key.lon))),
        col("num_mentions", "BIGINT NOT NULL", ZERO),
        col("num_articles", "BIGINT NOT NULL", ZERO),
        col("num_sources", "BIGINT NOT NULL", ZERO),
        col("first_seen", "TEXT", Later),
        col("last_seen", "TEXT", Later),
        col("root_event", "BIGINT NOT NULL", ZERO),
        col("source_url", "TEXT", Later),
        col("created_at", "TEXT NOT NULL", Row(|a| Val::text(a.now))),
        added(2, "confidence", "{REAL}", Later),
        added(2, "share_asserted", "{REAL}", Later),
        by_modality("mentions_asserted"),
        by_modality("mentions_reported"),
        by_modality("mentions_planned"),
        by_modality("mentions_proposed"),
        by_modality("mentions_demanded"),
        by_modality("mentions_conditional"),
        by_modality("mentions_hypothetical"),
        by_modality("mentions_negated"),
    ],
    indexes: &[
        "aggregated_source ON aggregated_events (source_code)",
        "aggregated_target ON aggregated_events (target_code)",
        "aggregated_cameo ON aggregated_events (cameo)",
        "aggregated_date ON aggregated_events (event_date)",
        "aggregated_country ON aggregated_events (country)",
    ],
};

/// The links from an aggregated event to its mentions; rows are made by the writer.
pub(crate) const AGGREGATE_MENTIONS: Table<fn(&()) -> Val> = Table {
    name: "aggregate_mentions",
    columns: &[
        col("agg_id", "BIGINT NOT NULL", Writer),
        doc_key(),
        col("event_idx", "BIGINT NOT NULL", Writer),
    ],
    indexes: &[
        "aggregate_mentions_agg ON aggregate_mentions (agg_id)",
        "aggregate_mentions_doc ON aggregate_mentions (doc_key, event_idx)",
    ],
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn modality_counts_are_declared_for_every_modality() {
        let declared: Vec<&str> = AGGREGATES
            .columns
            .iter()
            .filter_map(|c| c.name.strip_prefix("mentions_"))
            .collect();
        assert_eq!(declared, crate::filter::MODALITIES);
    }

    #[test]
    fn positions_are_found_by_name() {
        assert_eq!(EVENTS.at("doc_key"), 0);
        assert_eq!(EVENTS.inserted()[EVENTS.at("is_duplicate")], "is_duplicate");
        assert_eq!(DOCUMENTS.inserted()[0], "id", "doc_key is generated");
    }
}
