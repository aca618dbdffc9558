//! The store's behaviour, run unchanged against SQLite and PostgreSQL.
//!
//! PostgreSQL runs need the `postgres` feature and `FACTUM_PG_URL` (a `postgres://` URL or
//! a libpq `host=… dbname=…` string). Without it they print SKIPPED (or fail, with
//! `FACTUM_REQUIRE_POSTGRES=1`); with it set but the server unreachable they fail.

mod common;

use std::io::Cursor;
use std::time::{Duration, Instant};

use common::*;
use factum_store::{
    export::export, EventFilter, ExportFormat, ExportTable, Store, StoreError, Val,
};

/// Which database a test runs on, and how to open another connection to it.
#[derive(Clone)]
pub struct Ctx {
    kind: &'static str,
    /// SQLite file path, or PostgreSQL schema name.
    location: String,
}

impl Ctx {
    fn open(&self) -> Store {
        open_kind(self.kind, &self.location)
    }
}

fn open_kind(kind: &str, location: &str) -> Store {
    try_open_kind(kind, location).unwrap()
}

fn try_open_kind(kind: &str, location: &str) -> Result<Store, StoreError> {
    match kind {
        "sqlite" => Store::open(location),
        #[cfg(feature = "postgres")]
        "postgres" => {
            let url = std::env::var("FACTUM_PG_URL").unwrap();
            let b = postgres_backend(&url, location, false);
            Store::from_backend(b, &url, Default::default())
        }
        other => panic!("unknown backend {other}"),
    }
}

macro_rules! suite {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $(
                #[test]
                fn $name() {
                    let (mut store, location, _guard) = super::sqlite_store();
                    let ctx = super::Ctx { kind: "sqlite", location };
                    super::$name(&mut store, &ctx);
                }
            )*
        }
        #[cfg(feature = "postgres")]
        mod postgres {
            $(
                #[test]
                fn $name() {
                    let Some((mut store, location, _guard)) = super::pg_store(stringify!($name))
                    else {
                        return;
                    };
                    let ctx = super::Ctx { kind: "postgres", location };
                    super::$name(&mut store, &ctx);
                }
            )*
        }
    };
}

suite!(
    reingest_is_a_no_op,
    documents_round_trip_with_every_layer,
    syndicated_copies_are_linked_and_not_double_counted,
    aggregation_counts_mentions_articles_and_sources,
    search_ranks_by_relevance_with_snippets,
    event_filters_match_prefixes_dates_and_countries,
    exports_read_back,
    kill_mid_run_loses_nothing_and_resume_completes,
    schema_is_versioned,
    nul_bytes_are_stored_alike_and_never_block_a_batch,
    near_duplicates_are_found_across_concurrent_writers,
    out_of_range_dates_are_not_stored_as_text,
    repeated_search_terms_are_searched_once,
    errors_name_their_cause,
);

fn reingest_is_a_no_op(store: &mut Store, _: &Ctx) {
    let first = store.ingest(corpus(30), 8).unwrap();
    assert_eq!((first.new, first.existing, first.events), (30, 0, 30));
    let before = store.stats().unwrap();
    let again = store.ingest(corpus(30), 8).unwrap();
    assert_eq!((again.new, again.existing, again.events), (0, 30, 0));
    assert_eq!(store.stats().unwrap(), before);
    assert_eq!(before.documents, 30);
    assert_eq!(before.aggregate_mentions, 30);
    // Five days → five aggregated events of six mentions each.
    assert_eq!(before.aggregated_events, 5);
    assert_eq!(store.document_ids().unwrap().len(), 30);
}

fn documents_round_trip_with_every_layer(store: &mut Store, _: &Ctx) {
    let original = doc(
        "rt-1",
        "Israel strikes Beirut",
        "Israeli jets struck Beirut on Monday. The army said it hit targets. Lebanon protested.",
        "AP",
        "2024-09-23T08:15:30.250+03:00",
        &[
            ev("ISRMIL", "190", "LBN").on("2024-09-23").at(BEIRUT),
            ev("LBN", "111", "ISR").negated(),
        ],
    );
    store.ingest([original.clone()], 10).unwrap();
    let loaded = store.load_document("rt-1").unwrap().expect("stored");
    assert_eq!(loaded, original);
    assert!(store.load_document("missing").unwrap().is_none());
}

fn syndicated_copies_are_linked_and_not_double_counted(store: &mut Store, _: &Ctx) {
    let body = "Israeli jets struck targets in southern Lebanon on Monday, the army said, \
        in the heaviest bombardment since the war began. Lebanese officials said dozens of \
        people were killed and hundreds wounded as families fled north along the coastal \
        road toward Beirut and Sidon.";
    let original = doc(
        "orig",
        "Strikes",
        body,
        "AP",
        "2024-09-23T08:00:00Z",
        &[ev("ISR", "190", "LBN").on("2024-09-23")],
    );
    // The same wire story republished with a dateline and a trailer by another outlet.
    let copy_text = format!("BEIRUT (AP) -- {body} Copyright 2024 The Associated Press.");
    let copy = doc(
        "copy",
        "Strikes",
        &copy_text,
        "Yahoo",
        "2024-09-23T09:00:00Z",
        &[ev("ISR", "190", "LBN").on("2024-09-23")],
    );
    let other = doc(
        "other",
        "Wheat",
        "Wheat prices rose sharply in Chicago futures trading on Monday as dry weather in \
         the plains threatened the winter crop, analysts said, while corn and soybean \
         contracts ended the session mixed after a volatile week.",
        "Reuters",
        "2024-09-23T10:00:00Z",
        &[ev("USA", "190", "LBN").on("2024-09-23")],
    );
    let s = store.ingest([original, copy, other], 10).unwrap();
    assert_eq!((s.new, s.duplicates, s.events), (3, 1, 3));
    assert_eq!(store.duplicate_of("copy").unwrap().as_deref(), Some("orig"));
    assert_eq!(store.duplicate_of("orig").unwrap(), None);
    assert_eq!(store.duplicate_of("other").unwrap(), None);
    // The copy's event is stored but not counted: one article, one mention.
    let agg = store
        .aggregated_events(&EventFilter {
            actor: Some("ISR".into()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(agg.rows.len(), 1);
    assert_eq!(agg.values("num_mentions"), [Val::Int(1)]);
    assert_eq!(agg.values("num_articles"), [Val::Int(1)]);
    // Event queries leave copies out unless asked.
    let f = EventFilter {
        actor: Some("ISR".into()),
        ..Default::default()
    };
    assert_eq!(store.events(&f).unwrap().rows.len(), 1);
    let all = store
        .events(&EventFilter {
            include_duplicates: true,
            ..f
        })
        .unwrap();
    assert_eq!(all.rows.len(), 2);
    assert!(all.values("canonical_doc_id").contains(&Val::text("orig")));
    // An identical text under another id (a re-post) is a duplicate with similarity 1.
    let repost = doc("repost", "Strikes", body, "AP", "2024-09-24T08:00:00Z", &[]);
    let s = store.ingest([repost], 10).unwrap();
    assert_eq!(s.duplicates, 1);
    assert_eq!(
        store.duplicate_of("repost").unwrap().as_deref(),
        Some("orig")
    );
}

fn aggregation_counts_mentions_articles_and_sources(store: &mut Store, _: &Ctx) {
    let strike = || ev("ISRMIL", "190", "LBN").on("2024-09-23").at(BEIRUT);
    let docs = vec![
        // AP reports the strike twice in one article.
        doc(
            "a1",
            "A",
            &filler(1, 60),
            "AP",
            "2024-09-23T08:00:00Z",
            &[strike(), strike()],
        ),
        doc(
            "a2",
            "B",
            &filler(2, 60),
            "Reuters",
            "2024-09-23T12:00:00Z",
            &[strike()],
        ),
        doc(
            "a3",
            "C",
            &filler(3, 60),
            "AP",
            "2024-09-24T07:00:00Z",
            &[
                strike(),
                // Same dyad and code, other day / other place / negated: not the same event.
                ev("ISRMIL", "190", "LBN").on("2024-09-24").at(BEIRUT),
                ev("ISRMIL", "190", "LBN").on("2024-09-23").at(TYRE),
                ev("ISRMIL", "190", "LBN")
                    .on("2024-09-23")
                    .at(BEIRUT)
                    .negated(),
            ],
        ),
    ];
    store.ingest(docs, 2).unwrap();
    let t = store.aggregated_events(&EventFilter::default()).unwrap();
    assert_eq!(t.rows.len(), 3, "Beirut 23rd, Beirut 24th, Tyre 23rd");
    let beirut = t
        .rows
        .iter()
        .find(|r| {
            r[t.column("event_date").unwrap()] == Val::text("2024-09-23")
                && r[t.column("place_name").unwrap()] == Val::text("Beirut")
        })
        .expect("Beirut on the 23rd");
    let get = |n: &str| beirut[t.column(n).unwrap()].clone();
    assert_eq!(get("num_mentions"), Val::Int(4));
    assert_eq!(get("num_articles"), Val::Int(3));
    assert_eq!(get("num_sources"), Val::Int(2));
    assert_eq!(get("first_seen"), Val::text("2024-09-23T08:00:00Z"));
    assert_eq!(get("last_seen"), Val::text("2024-09-24T07:00:00Z"));
    assert_eq!(get("root_event"), Val::Int(1));
    assert_eq!(get("source_url"), Val::text("https://ap.example/a1"));
    let id = get("agg_id").as_int().unwrap();
    let mentions = store.aggregate_mentions(id).unwrap();
    assert_eq!(
        mentions,
        [
            ("a1".to_string(), 0),
            ("a1".to_string(), 1),
            ("a2".to_string(), 0),
            ("a3".to_string(), 0)
        ]
    );
    // Counts stay exact when later batches add mentions.
    store
        .ingest(
            [doc(
                "a4",
                "D",
                &filler(4, 60),
                "BBC",
                "2024-09-25T07:00:00Z",
                &[strike()],
            )],
            10,
        )
        .unwrap();
    let t = store
        .aggregated_events(&EventFilter {
            since: Some("2024-09-23".into()),
            until: Some("2024-09-23".into()),
            country: Some("LBN".into()),
            ..Default::default()
        })
        .unwrap();
    let beirut = t
        .rows
        .iter()
        .find(|r| r[t.column("place_name").unwrap()] == Val::text("Beirut"))
        .unwrap();
    assert_eq!(beirut[t.column("num_mentions").unwrap()], Val::Int(5));
    assert_eq!(beirut[t.column("num_sources").unwrap()], Val::Int(3));
    assert_eq!(
        beirut[t.column("last_seen").unwrap()],
        Val::text("2024-09-25T07:00:00Z")
    );
}

fn search_ranks_by_relevance_with_snippets(store: &mut Store, _: &Ctx) {
    let docs = vec![
        doc(
            "s-strong",
            "Ceasefire talks for Lebanon",
            "Diplomats pressed for a ceasefire in Lebanon on Tuesday. The Lebanon ceasefire \
             plan would halt fighting. Officials said the ceasefire could hold.",
            "AP",
            "2024-09-24T08:00:00Z",
            &[],
        ),
        doc(
            "s-weak",
            "Regional news roundup",
            "Markets were calm. In other news a ceasefire was mentioned once in passing, \
             and separately Lebanon held a cabinet meeting about the budget and roads.",
            "Reuters",
            "2024-09-24T09:00:00Z",
            &[],
        ),
        doc(
            "s-none",
            "Ceasefire in Gaza",
            "Negotiators discussed a ceasefire in Gaza.",
            "AP",
            "2024-09-24T10:00:00Z",
            &[],
        ),
    ];
    store.ingest(docs, 10).unwrap();
    let hits = store.search("ceasefire Lebanon", 10, false).unwrap();
    let ids: Vec<&str> = hits.iter().map(|h| h.id.as_str()).collect();
    assert_eq!(
        ids,
        ["s-strong", "s-weak"],
        "both words required, best first"
    );
    assert!(hits[0].score > hits[1].score);
    assert!(
        hits[0].snippet.to_lowercase().contains("[ceasefire]")
            || hits[0].snippet.to_lowercase().contains("[lebanon]"),
        "snippet marks matches: {}",
        hits[0].snippet
    );
    // Stemming: plural query finds singular text. Punctuation is not query syntax.
    assert_eq!(store.search("ceasefires", 10, false).unwrap().len(), 3);
    assert!(store.search("U.S. \"(", 10, false).is_ok());
    assert!(store.search("   ", 10, false).unwrap().is_empty());
}

fn event_filters_match_prefixes_dates_and_countries(store: &mut Store, _: &Ctx) {
    let docs = vec![
        doc(
            "e1",
            "a",
            &filler(11, 30),
            "AP",
            "2024-09-01T08:00:00Z",
            &[
                ev("ISRGOV", "036", "LBN").on("2024-09-02").at(BEIRUT),
                ev("USA", "036", "ISRGOV").on("2024-08-30").at(JERUSALEM),
                ev("LBN", "042", "FRA").on("2024-09-05").at(BEIRUT),
            ],
        ),
        // No date from the time stage: the publication day is used and marked as such.
        doc(
            "e2",
            "b",
            &filler(12, 30),
            "AP",
            "2024-09-10T23:30:00-04:00",
            &[ev("ISRMIL", "0361", "LBN")],
        ),
    ];
    store.ingest(docs, 10).unwrap();
    let count = |store: &mut Store, f: EventFilter| store.events(&f).unwrap().rows.len();
    let f =
        |actor: Option<&str>, code: Option<&str>, since: Option<&str>, country: Option<&str>| {
            EventFilter {
                actor: actor.map(Into::into),
                code: code.map(Into::into),
                since: since.map(Into::into),
                country: country.map(Into::into),
                ..Default::default()
            }
        };
    assert_eq!(count(store, f(Some("ISR"), None, None, None)), 3);
    assert_eq!(count(store, f(Some("ISR"), Some("036"), None, None)), 3);
    assert_eq!(
        count(store, f(Some("ISR"), Some("036"), Some("2024-09-01"), None)),
        2
    );
    assert_eq!(
        count(
            store,
            f(Some("ISR"), Some("036"), Some("2024-09-01"), Some("LBN"))
        ),
        1
    );
    assert_eq!(count(store, f(Some("IS"), Some("04"), None, None)), 0);
    assert_eq!(count(store, f(None, Some("04"), None, None)), 1);
    assert_eq!(count(store, f(Some("ISRMIL"), None, None, None)), 1);
    let t = store.events(&f(Some("ISRMIL"), None, None, None)).unwrap();
    // Published 23:30 at -04:00 is the 11th in UTC.
    assert_eq!(t.values("event_date"), [Val::text("2024-09-11")]);
    assert_eq!(t.values("date_method"), [Val::text("store:published")]);
    let t = store.events(&f(Some("USA"), None, None, None)).unwrap();
    assert_eq!(t.values("target_code"), [Val::text("ISRGOV")]);
    assert_eq!(
        t.values("provenance"),
        [Val::text("CAMEO.2.0.txt:103 verb")]
    );
    assert_eq!(t.values("modality"), [Val::text("reported")]);
    let limited = store
        .events(&EventFilter {
            limit: Some(2),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(limited.rows.len(), 2);
}

fn export_bytes(store: &mut Store, table: ExportTable, format: ExportFormat) -> Vec<u8> {
    let mut out = Cursor::new(Vec::new());
    export(store, table, format, &EventFilter::default(), &mut out).unwrap();
    out.into_inner()
}

fn exports_read_back(store: &mut Store, _: &Ctx) {
    let mut docs = corpus(12);
    docs.push(doc(
        "x-geo",
        "g",
        &filler(99, 30),
        "AP",
        "2024-09-23T08:00:00Z",
        &[ev("ISRMIL", "190", "IGOUNO").on("2024-09-23").at(BEIRUT)],
    ));
    store.ingest(docs, 5).unwrap();

    // JSON Lines: events carry the full event with provenance.
    let jsonl = String::from_utf8(export_bytes(
        store,
        ExportTable::Events,
        ExportFormat::Jsonl,
    ))
    .unwrap();
    let lines: Vec<serde_json::Value> = jsonl
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 13);
    assert_eq!(lines[0]["doc_id"], "doc-00000");
    assert_eq!(lines[0]["event"]["provenance"][0]["file"], "CAMEO.2.0.txt");
    assert_eq!(lines[0]["goldstein"], -9.5);

    // Documents as JSON Lines are the complete stored documents.
    let docs_jsonl = String::from_utf8(export_bytes(
        store,
        ExportTable::Documents,
        ExportFormat::Jsonl,
    ))
    .unwrap();
    let first: factum_doc::Document =
        serde_json::from_str(docs_jsonl.lines().next().unwrap()).unwrap();
    assert_eq!(first, corpus(1).remove(0));
    assert_eq!(docs_jsonl.lines().count(), 13);

    // CSV with a header.
    let csv_bytes = export_bytes(store, ExportTable::Events, ExportFormat::Csv);
    let mut rdr = csv::Reader::from_reader(csv_bytes.as_slice());
    let headers = rdr.headers().unwrap().clone();
    let records: Vec<csv::StringRecord> = rdr.records().map(Result::unwrap).collect();
    assert_eq!(records.len(), 13);
    let col = |n: &str| headers.iter().position(|h| h == n).unwrap();
    assert_eq!(&records[0][col("cameo")], "190");
    assert_eq!(&records[0][col("source_code")], "ISR");

    // Aggregates as CSV list their mentions.
    let agg_csv = export_bytes(store, ExportTable::Aggregates, ExportFormat::Csv);
    let mut rdr = csv::Reader::from_reader(agg_csv.as_slice());
    let h = rdr.headers().unwrap().clone();
    let mcol = h.iter().position(|x| x == "mentions").unwrap();
    let recs: Vec<csv::StringRecord> = rdr.records().map(Result::unwrap).collect();
    assert_eq!(recs.len(), 6);
    let total: usize = recs.iter().map(|r| r[mcol].split(';').count()).sum();
    assert_eq!(total, 13);

    // GDELT: 61 tab-separated columns, no header.
    let gdelt = String::from_utf8(export_bytes(
        store,
        ExportTable::Aggregates,
        ExportFormat::Gdelt,
    ))
    .unwrap();
    let rows: Vec<Vec<&str>> = gdelt.lines().map(|l| l.split('\t').collect()).collect();
    assert_eq!(rows.len(), 6);
    assert!(rows.iter().all(|r| r.len() == 61));
    let geo = rows
        .iter()
        .find(|r| r[15] == "IGOUNO")
        .expect("the located event");
    assert_eq!(geo[1], "20240923"); // SQLDATE
    assert_eq!(geo[2], "202409"); // MonthYear
    assert_eq!(geo[3], "2024"); // Year
    assert_eq!(geo[5], "ISRMIL"); // Actor1Code
    assert_eq!(geo[6], "ISRMIL FORCES"); // Actor1Name
    assert_eq!(geo[7], "ISR"); // Actor1CountryCode
    assert_eq!(geo[12], "MIL"); // Actor1Type1Code
    assert_eq!(geo[18], "UNO"); // Actor2KnownGroupCode
    assert_eq!(geo[26], "190"); // EventCode
    assert_eq!(geo[28], "19"); // EventRootCode
    assert_eq!(geo[29], "4"); // QuadClass
    assert_eq!(geo[31], "1"); // NumMentions
    assert_eq!(geo[34], ""); // AvgTone: none
    assert_eq!(geo[51], "4"); // ActionGeo_Type: world city
    assert_eq!(geo[52], "Beirut");
    assert_eq!(geo[53], "LBN");
    assert_eq!(geo[58], "276781"); // ActionGeo_FeatureID
    assert_eq!(geo[60], "https://ap.example/x-geo");
    assert!(matches!(
        export(
            store,
            ExportTable::Events,
            ExportFormat::Gdelt,
            &EventFilter::default(),
            &mut Cursor::new(Vec::new())
        ),
        Err(StoreError::Unsupported(_))
    ));

    #[cfg(feature = "parquet")]
    {
        use parquet::file::reader::{FileReader, SerializedFileReader};
        let bytes = export_bytes(store, ExportTable::Events, ExportFormat::Parquet);
        let reader = SerializedFileReader::new(bytes::Bytes::from(bytes)).unwrap();
        assert_eq!(reader.metadata().file_metadata().num_rows(), 13);
        let schema = reader.metadata().file_metadata().schema_descr();
        let names: Vec<&str> = schema.columns().iter().map(|c| c.name()).collect();
        assert!(names.contains(&"cameo") && names.contains(&"goldstein"));
        let mut cameos = Vec::new();
        for row in reader.get_row_iter(None).unwrap() {
            let row = row.unwrap();
            for (name, field) in row.get_column_iter() {
                if name == "cameo" {
                    cameos.push(field.to_string());
                }
            }
        }
        assert_eq!(cameos.len(), 13);
        assert!(cameos.iter().all(|c| c.contains("190")));
        // An empty selection still gives a valid file with the schema.
        let mut out = Cursor::new(Vec::new());
        let f = EventFilter {
            actor: Some("ZZZ".into()),
            ..Default::default()
        };
        export(
            store,
            ExportTable::Events,
            ExportFormat::Parquet,
            &f,
            &mut out,
        )
        .unwrap();
        let reader = SerializedFileReader::new(bytes::Bytes::from(out.into_inner())).unwrap();
        assert_eq!(reader.metadata().file_metadata().num_rows(), 0);
    }
}

/// Documents the helper process writes, and its batch size.
const RESUME_DOCS: usize = 600;
const RESUME_BATCH: usize = 25;

/// Not a test by itself: the child process of `kill_mid_run_…`. It runs only when the
/// parent sets `FACTUM_STORE_RESUME_HELPER`, writing slowly so that it can be killed
/// mid-run.
#[test]
fn resume_helper_process() {
    let Ok(spec) = std::env::var("FACTUM_STORE_RESUME_HELPER") else {
        return;
    };
    let (kind, location) = spec.split_once(':').unwrap();
    let mut store = open_kind(kind, location);
    for chunk in corpus(RESUME_DOCS).chunks(RESUME_BATCH) {
        let prepared = chunk.iter().cloned().map(factum_store::prepare).collect();
        store.insert_batch(prepared).unwrap();
        std::thread::sleep(Duration::from_millis(40));
    }
}

fn kill_mid_run_loses_nothing_and_resume_completes(store: &mut Store, ctx: &Ctx) {
    let mut child = std::process::Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "resume_helper_process",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(
            "FACTUM_STORE_RESUME_HELPER",
            format!("{}:{}", ctx.kind, ctx.location),
        )
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // Kill it once a few batches are committed.
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        let n = store.stats().unwrap().documents as usize;
        if n >= 4 * RESUME_BATCH {
            break;
        }
        assert!(Instant::now() < deadline, "helper wrote nothing in time");
        assert!(child.try_wait().unwrap().is_none(), "helper exited early");
        std::thread::sleep(Duration::from_millis(5));
    }
    child.kill().unwrap();
    child.wait().unwrap();
    let killed = store.stats().unwrap();
    let n = killed.documents as usize;
    assert!(
        n < RESUME_DOCS,
        "the helper was killed before finishing ({n} written)"
    );
    // Nothing half-written: whole batches only, each document with all its rows.
    assert_eq!(
        n % RESUME_BATCH,
        0,
        "{n} documents is not a whole number of batches"
    );
    assert_eq!(killed.events as usize, n);
    assert_eq!(killed.aggregate_mentions as usize, n);

    // Resume: the committed documents are skipped, the rest written.
    let s = store.ingest(corpus(RESUME_DOCS), RESUME_BATCH).unwrap();
    assert_eq!((s.existing, s.new), (n, RESUME_DOCS - n));
    let done = store.stats().unwrap();
    assert_eq!(done.documents as usize, RESUME_DOCS);
    assert_eq!(done.events as usize, RESUME_DOCS);
    assert_eq!(done.duplicates, 0);
    assert_eq!(done.aggregated_events, 5);
    assert_eq!(done.aggregate_mentions as usize, RESUME_DOCS);
    let agg = store.aggregated_events(&EventFilter::default()).unwrap();
    let total: i64 = agg
        .values("num_mentions")
        .iter()
        .filter_map(Val::as_int)
        .sum();
    assert_eq!(total as usize, RESUME_DOCS);
}

fn schema_is_versioned(store: &mut Store, ctx: &Ctx) {
    assert_eq!(
        store.schema_version().unwrap(),
        factum_store::schema::LATEST_VERSION
    );
    // Reopening applies nothing twice.
    let mut again = ctx.open();
    assert_eq!(
        again.schema_version().unwrap(),
        factum_store::schema::LATEST_VERSION
    );
    let rows = again
        .backend()
        .query("SELECT COUNT(*) FROM schema_version", &[])
        .unwrap();
    assert_eq!(rows[0][0], Val::Int(factum_store::schema::LATEST_VERSION));
    // A database from a newer factum is refused, not misread.
    again
        .backend()
        .execute(
            "INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)",
            &[
                Val::Int(99),
                Val::text("future"),
                Val::text("2099-01-01T00:00:00Z"),
            ],
        )
        .unwrap();
    drop(again);
    let reopened = try_open_kind(ctx.kind, &ctx.location).err();
    assert!(
        matches!(reopened, Some(StoreError::SchemaTooNew { found: 99, .. })),
        "{reopened:?}"
    );
}

/// Issue 17 (2): a NUL byte in `source`, `url` or `id` aborted PostgreSQL ingests with
/// "invalid byte sequence", at the same article on every rerun. Both backends now store
/// such a document the same way (NUL becomes a space, byte for byte) and the batch goes on.
fn nul_bytes_are_stored_alike_and_never_block_a_batch(store: &mut Store, _: &Ctx) {
    let mut docs = corpus(3);
    let bad = &mut docs[1];
    bad.id = "nul\0id".into();
    bad.source = Some("Wire\0X".into());
    bad.url = Some("https://x.example/\0a".into());
    bad.title = Some("Ti\0tle".into());
    bad.authors = vec!["A\0B".into()];
    bad.metadata
        .insert("k\0".into(), serde_json::json!({"v": "a\0b"}));
    // Byte 3 of "Forces struck." is inside the first token: spans stay valid.
    bad.text.replace_range(3..4, "\0");
    bad.validate().unwrap();
    let s = store.ingest(docs, 8).unwrap();
    assert_eq!(s.new, 3);
    let stored = store.load_document("nul id").unwrap().unwrap();
    assert_eq!(stored.source.as_deref(), Some("Wire X"));
    assert_eq!(stored.url.as_deref(), Some("https://x.example/ a"));
    assert_eq!(&stored.text[..6], "For es");
    stored.validate().unwrap();
    // Re-ingesting is still a no-op.
    let mut again = corpus(3);
    again[1].id = "nul\0id".into();
    let s = store.ingest(again, 8).unwrap();
    assert_eq!((s.new, s.existing), (0, 3));
}

/// Issue 17 (8): two ingests into one database each loaded the near-duplicate index once
/// and never saw the other's documents (55 near-duplicates found instead of 304). Every
/// write transaction now first adds what others committed.
fn near_duplicates_are_found_across_concurrent_writers(store: &mut Store, ctx: &Ctx) {
    let mut other = ctx.open();
    let docs = corpus(3);
    // The second writer loads its index first (with one document) ...
    assert_eq!(other.ingest(vec![docs[0].clone()], 8).unwrap().new, 1);
    // ... then the first writer stores an article ...
    assert_eq!(store.ingest(vec![docs[1].clone()], 8).unwrap().new, 1);
    // ... and the second gets a syndicated copy of it.
    let mut copy = docs[1].clone();
    copy.id = "copy-of-1".into();
    let s = other.ingest(vec![copy], 8).unwrap();
    assert_eq!((s.new, s.duplicates), (1, 1));
    assert_eq!(
        store.duplicate_of("copy-of-1").unwrap().as_deref(),
        Some(docs[1].id.as_str())
    );
    // And the other way round, with both indexes already loaded.
    assert_eq!(store.ingest(vec![docs[2].clone()], 8).unwrap().new, 1);
    let mut copy = docs[2].clone();
    copy.id = "copy-of-2".into();
    assert_eq!(other.ingest(vec![copy], 8).unwrap().duplicates, 1);
}

/// Issue 17 (12): event dates such as `+10000-01-01` and `-0001-12-31` were stored as
/// text, so date filters (text comparison) and the GDELT export (SQLDATE) broke.
fn out_of_range_dates_are_not_stored_as_text(store: &mut Store, _: &Ctx) {
    // Different texts: near-duplicates would be left out of the counts.
    let text = |i: u64| format!("Forces struck. {}", filler(100 + i, 40));
    let docs = vec![
        doc(
            "far",
            "T",
            &text(1),
            "AP",
            "2024-09-24T10:00:00Z",
            &[ev("ISR", "190", "LBN").on("+10000-01-01")],
        ),
        doc(
            "neg",
            "T",
            &text(2),
            "AP",
            "2024-09-24T10:00:00Z",
            &[ev("ISR", "190", "SYR").on("-0001-12-31")],
        ),
        doc(
            "zero",
            "T",
            &text(3),
            "AP",
            "0000-01-01T00:00:00Z",
            &[ev("ISR", "190", "EGY").on("0000-01-01")],
        ),
        doc(
            "ok",
            "T",
            &text(4),
            "AP",
            "2024-09-24T10:00:00Z",
            &[ev("ISR", "190", "JOR").on("2024-09-20")],
        ),
    ];
    assert_eq!(store.ingest(docs, 8).unwrap().new, 4);
    let all = store.events(&EventFilter::default()).unwrap();
    for d in all.values("event_date") {
        if let Some(d) = d.as_str() {
            assert!(factum_store::prepare::storable_day(d).is_some(), "{d}");
        }
    }
    // Out-of-range dates fall back on the publication day, like a missing date.
    let f = EventFilter {
        since: Some("2024-09-21".into()),
        until: Some("2024-09-24".into()),
        ..EventFilter::default()
    };
    assert_eq!(store.events(&f).unwrap().values("event_date").len(), 2);
    let gdelt = String::from_utf8(export_bytes(
        store,
        ExportTable::Aggregates,
        ExportFormat::Gdelt,
    ))
    .unwrap();
    assert_eq!(gdelt.lines().count(), 4);
    for line in gdelt.lines() {
        let sqldate = line.split('\t').nth(1).unwrap();
        assert!(
            sqldate.is_empty()
                || (sqldate.len() == 8 && sqldate.bytes().all(|b| b.is_ascii_digit())),
            "{line}"
        );
    }
}

/// Issue 17 (10): a query repeating one term 1,000 times took 36–94 s. Terms are
/// searched once each.
fn repeated_search_terms_are_searched_once(store: &mut Store, _: &Ctx) {
    store.ingest(corpus(20), 8).unwrap();
    let once = store.search("forces struck", 50, false).unwrap();
    assert!(!once.is_empty());
    let repeated = format!("{} struck", "forces FORCES ".repeat(1000));
    let many = store.search(&repeated, 50, false).unwrap();
    let ids = |h: &[factum_store::SearchHit]| h.iter().map(|h| h.id.clone()).collect::<Vec<_>>();
    assert_eq!(ids(&many), ids(&once));
}

/// Issue 17 (15): PostgreSQL errors said only "db error". Both backends name the cause.
fn errors_name_their_cause(store: &mut Store, _: &Ctx) {
    let err = store
        .backend()
        .query("SELECT nothing FROM no_such_table", &[])
        .unwrap_err()
        .to_string();
    assert!(err.contains("no_such_table"), "{err}");
    assert!(err != "database error: db error", "{err}");
}
