//! `factum ingest | search | events | export`, run as a user runs them: the built binary on
//! the bundled corpus (`examples/corpus`), against a SQLite file in a temporary directory.
//!
//! The kill-and-resume test SIGKILLs an ingest of a generated corpus once at least one
//! batch is committed, runs it again, and checks the result is exactly what one
//! uninterrupted run stores. No test asserts on timing; every wait is bounded.

mod common;

use std::path::Path;
use std::process::Stdio;
use std::time::{Duration, Instant};

use common::{corpus, factum, json_lines, run, stderr, stdout};
use factum_store::{Store, Val};

/// An ingested copy of the bundled corpus.
struct Db {
    _dir: tempfile::TempDir,
    path: String,
}

fn ingested() -> Db {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("factum.db").display().to_string();
    let c = corpus().display().to_string();
    let out = run(&["ingest", &c, "--db", &path]);
    let err = stderr(&out);
    assert!(err.contains("documents new"), "no summary:\n{err}");
    Db { _dir: dir, path }
}

fn count(store: &mut Store, sql: &str) -> i64 {
    store.backend().query(sql, &[]).unwrap()[0][0]
        .as_int()
        .unwrap()
}

#[test]
fn ingest_stores_the_corpus_and_reingest_is_a_no_op() {
    let db = ingested();
    let mut store = Store::open(&db.path).unwrap();
    let first = store.stats().unwrap();
    assert!(first.documents >= 10, "{first:?}");
    assert!(first.events > 0, "{first:?}");
    assert!(first.aggregated_events > 0, "{first:?}");
    assert!(first.sentences > first.documents, "{first:?}");
    drop(store);

    let c = corpus().display().to_string();
    let out = run(&["ingest", &c, "--db", &db.path]);
    let err = stderr(&out);
    assert!(
        err.contains("0 documents new")
            && err.contains(&format!("{} already present", first.documents)),
        "second run should store nothing:\n{err}"
    );
    let mut store = Store::open(&db.path).unwrap();
    assert_eq!(store.stats().unwrap(), first);

    // Quiet mode prints nothing on success.
    let out = run(&["ingest", &c, "--db", &db.path, "-q"]);
    assert!(out.stderr.is_empty(), "{}", stderr(&out));
    assert_eq!(store.stats().unwrap(), first);
}

#[test]
fn ingest_counts_failures_and_exits_non_zero() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("f.db").display().to_string();
    let good = dir.path().join("good.txt");
    std::fs::write(
        &good,
        "Rebels attack army base\n\nRebels attacked an army base near Goma on Monday.\n",
    )
    .unwrap();
    let missing = dir.path().join("missing.txt").display().to_string();
    let out = factum()
        .args([
            "ingest",
            &good.display().to_string(),
            &missing,
            "--db",
            &path,
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("1 failed") && err.contains("missing.txt"),
        "{err}"
    );
    let mut store = Store::open(&path).unwrap();
    assert_eq!(store.stats().unwrap().documents, 1);
}

#[test]
fn search_ranks_and_snippets() {
    let db = ingested();
    let out = run(&[
        "search", "border", "talks", "--db", &db.path, "--format", "jsonl",
    ]);
    let hits = json_lines(&out);
    assert!(!hits.is_empty(), "no hits");
    let scores: Vec<f64> = hits.iter().map(|h| h["score"].as_f64().unwrap()).collect();
    assert!(scores.windows(2).all(|w| w[0] >= w[1]), "{scores:?}");
    assert!(
        hits[0]["title"]
            .as_str()
            .unwrap_or("")
            .to_lowercase()
            .contains("border"),
        "{:?}",
        hits[0]
    );
    assert!(hits[0]["snippet"].as_str().unwrap().contains('['));
    assert_eq!(hits[0]["rank"], 1);

    let out = run(&["search", "border talks", "--db", &db.path, "--limit", "1"]);
    let text = stdout(&out);
    assert!(text.starts_with("  1. "), "{text}");
    assert!(!text.contains("  2. "), "{text}");

    let out = run(&["search", "zzqqxxnotaword", "--db", &db.path]);
    assert!(stdout(&out).is_empty());
}

#[test]
fn query_commands_need_an_existing_database() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("none.db").display().to_string();
    for cmd in [
        vec!["search", "x", "--db", &path],
        vec!["events", "--db", &path],
        vec!["export", "--format", "jsonl", "--db", &path],
    ] {
        let out = factum().args(&cmd).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{cmd:?}");
        assert!(stderr(&out).contains("no database"), "{}", stderr(&out));
    }
    assert!(!Path::new(&path).exists());
}

#[test]
fn events_aggregated_and_filtered() {
    let db = ingested();
    let mut store = Store::open(&db.path).unwrap();
    let aggregated = store.stats().unwrap().aggregated_events;

    let out = run(&["events", "--db", &db.path, "--format", "jsonl"]);
    let rows = json_lines(&out);
    assert_eq!(rows.len() as i64, aggregated);
    for r in &rows {
        let m = r["num_mentions"].as_i64().unwrap();
        let a = r["num_articles"].as_i64().unwrap();
        let s = r["num_sources"].as_i64().unwrap();
        assert!(m >= a && a >= s && s >= 1, "{r}");
    }
    let mentions: i64 = rows
        .iter()
        .map(|r| r["num_mentions"].as_i64().unwrap())
        .sum();
    assert_eq!(
        mentions,
        count(&mut store, "SELECT COUNT(*) FROM aggregate_mentions")
    );

    // A filter on the most frequent actor: every row has it as source or target.
    let actor = rows
        .iter()
        .filter_map(|r| r["source_code"].as_str())
        .find(|c| c.len() >= 3 && c[..3].chars().all(|c| c.is_ascii_uppercase()))
        .expect("an event with a coded source actor")[..3]
        .to_string();
    let out = run(&[
        "events",
        "--db",
        &db.path,
        &format!("--actor={}", actor.to_lowercase()),
        "--format",
        "csv",
    ]);
    let mut reader = csv::Reader::from_reader(out.stdout.as_slice());
    let header = reader.headers().unwrap().clone();
    let src = header.iter().position(|h| h == "source_code").unwrap();
    let tgt = header.iter().position(|h| h == "target_code").unwrap();
    let recs: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert!(!recs.is_empty());
    assert!(recs.len() <= rows.len());
    for r in &recs {
        assert!(
            r[src].starts_with(&actor) || r[tgt].starts_with(&actor),
            "{r:?} lacks {actor}"
        );
    }

    // Date range: nothing in 1900.
    let out = run(&[
        "events",
        "--db",
        &db.path,
        "--since",
        "1900-01-01",
        "--until",
        "1900-12-31",
        "--format",
        "jsonl",
    ]);
    assert!(stdout(&out).is_empty());

    // Text: a header, one line per aggregated event, a total.
    let out = run(&["events", "--db", &db.path]);
    let text = stdout(&out);
    assert!(text.starts_with("date"), "{text}");
    assert!(text.contains("mentions"), "{text}");
    assert_eq!(text.lines().count() as i64, aggregated + 2, "{text}");

    // Mentions: one row per (non-duplicate) coded event.
    let out = run(&[
        "events",
        "--db",
        &db.path,
        "--mentions",
        "--format",
        "jsonl",
    ]);
    let n = stdout(&out).lines().count() as i64;
    assert_eq!(
        n,
        count(
            &mut store,
            "SELECT COUNT(*) FROM events WHERE is_duplicate = 0"
        )
    );

    let out = factum()
        .args(["events", "--db", &db.path, "--since", "September"])
        .output()
        .unwrap();
    assert!(!out.status.success());
}

#[test]
fn export_every_format() {
    let db = ingested();
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&db.path).unwrap();
    let stats = store.stats().unwrap();
    let events = count(
        &mut store,
        "SELECT COUNT(*) FROM events WHERE is_duplicate = 0",
    );

    // JSON Lines to standard output: one object per event mention, the full event nested.
    let out = run(&["export", "--db", &db.path, "--format", "jsonl"]);
    let lines = json_lines(&out);
    assert_eq!(lines.len() as i64, events);
    assert!(lines[0]["event"]["cameo"].is_string(), "{}", lines[0]);
    assert!(stderr(&out).contains(&format!("{events} event mentions")));

    // CSV to a file, read back.
    let csv_path = dir.path().join("events.csv");
    run(&[
        "export",
        "--db",
        &db.path,
        "--format",
        "csv",
        "--out",
        &csv_path.display().to_string(),
        "-q",
    ]);
    let mut reader = csv::Reader::from_path(&csv_path).unwrap();
    assert!(reader.headers().unwrap().iter().any(|h| h == "cameo"));
    assert_eq!(reader.records().count() as i64, events);

    // Aggregates as CSV carry their mention links.
    let out = run(&[
        "export",
        "--db",
        &db.path,
        "--format",
        "csv",
        "--table",
        "aggregates",
    ]);
    let mut reader = csv::Reader::from_reader(out.stdout.as_slice());
    let mcol = reader
        .headers()
        .unwrap()
        .iter()
        .position(|h| h == "mentions")
        .unwrap();
    let recs: Vec<_> = reader.records().map(Result::unwrap).collect();
    assert_eq!(recs.len() as i64, stats.aggregated_events);
    assert!(recs.iter().all(|r| r[mcol].contains('#')));

    // GDELT: 61 tab-separated columns per aggregated event, no header (all modalities).
    let out = run(&[
        "export",
        "--db",
        &db.path,
        "--format",
        "gdelt",
        "--modality",
        "all",
    ]);
    let text = stdout(&out);
    assert_eq!(text.lines().count() as i64, stats.aggregated_events);
    for line in text.lines() {
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(cols.len(), 61, "{line}");
        assert!(cols[0].parse::<i64>().is_ok(), "GLOBALEVENTID {line}");
        assert!(!cols[26].is_empty(), "EventCode {line}");
        let n: i64 = cols[31].parse().unwrap();
        assert!(n >= 1, "NumMentions {line}");
    }
    let out = factum()
        .args([
            "export", "--db", &db.path, "--format", "gdelt", "--table", "events",
        ])
        .output()
        .unwrap();
    assert!(!out.status.success());

    // Documents as JSON Lines: complete stored documents.
    let out = run(&[
        "export",
        "--db",
        &db.path,
        "--format",
        "jsonl",
        "--table",
        "documents",
    ]);
    let docs: Vec<factum_doc::Document> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(docs.len() as i64, stats.documents);
    assert!(docs
        .iter()
        .all(|d| !d.text.is_empty() && !d.sentences.is_empty()));

    // Parquet needs a file.
    let out = factum()
        .args(["export", "--db", &db.path, "--format", "parquet"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(stderr(&out).contains("--out"), "{}", stderr(&out));
    let pq = dir.path().join("events.parquet");
    let out = factum()
        .args([
            "export",
            "--db",
            &db.path,
            "--format",
            "parquet",
            "--out",
            &pq.display().to_string(),
        ])
        .output()
        .unwrap();
    if cfg!(feature = "parquet") {
        assert!(out.status.success(), "{}", stderr(&out));
        let bytes = std::fs::read(&pq).unwrap();
        assert!(bytes.len() > 8);
        assert_eq!(&bytes[..4], b"PAR1");
        assert_eq!(&bytes[bytes.len() - 4..], b"PAR1");
    } else {
        assert!(!out.status.success());
        assert!(stderr(&out).contains("parquet"), "{}", stderr(&out));
        assert!(!pq.exists());
    }
    // No partial files left behind.
    let left: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().contains(".partial-"))
        .collect();
    assert!(left.is_empty());
}

/// `n` short distinct articles, one file each, with codable events.
fn generated_corpus(dir: &Path, n: usize) {
    let actors = [
        ("Israeli forces", "Hezbollah fighters"),
        ("Russian troops", "Ukrainian soldiers"),
        ("Turkish police", "Kurdish protesters"),
        ("Kenyan police", "opposition supporters"),
        ("Syrian rebels", "government troops"),
    ];
    let verbs = ["attacked", "accused", "met", "criticized", "praised"];
    let places = ["Beirut", "Kyiv", "Ankara", "Nairobi", "Damascus", "Geneva"];
    let days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
    for i in 0..n {
        let (a, b) = actors[i % actors.len()];
        let v = verbs[(i / 5) % verbs.len()];
        let p = places[(i / 25) % places.len()];
        let d = days[(i / 7) % days.len()];
        let text = format!(
            "Report {i} from {p}\n\n{p} (FWN) — {a} {v} {b} near {p} on {d}, officials said \
             in statement number {i}. The incident, the {n2}th such report this year, was \
             confirmed by witnesses who counted {k} vehicles.\n",
            n2 = i + 3,
            k = (i * 7919) % 1000,
        );
        std::fs::write(dir.join(format!("doc{i:05}.txt")), text).unwrap();
    }
}

/// Every stored row, as sorted text lines, without times of ingest or row keys: what two
/// databases holding the same documents must agree on.
fn contents(path: &str) -> Vec<String> {
    let mut store = Store::open(path).unwrap();
    let mut lines = Vec::new();
    for sql in [
        "SELECT id, dup_of IS NULL, num_sentences, num_events FROM documents",
        "SELECT d.id, e.idx, e.cameo, e.source_code, e.target_code, e.event_date, \
         e.is_duplicate FROM events e JOIN documents d ON d.doc_key = e.doc_key",
        "SELECT agg_key, num_mentions, num_articles, num_sources FROM aggregated_events",
        "SELECT d.id, m.event_idx, a.agg_key FROM aggregate_mentions m \
         JOIN documents d ON d.doc_key = m.doc_key JOIN aggregated_events a ON a.agg_id = m.agg_id",
        "SELECT d.id, s.idx, s.start_byte FROM sentences s JOIN documents d ON d.doc_key = s.doc_key",
    ] {
        for r in store.backend().query(sql, &[]).unwrap() {
            lines.push(
                r.iter()
                    .map(Val::to_cell)
                    .collect::<Vec<_>>()
                    .join("|"),
            );
        }
    }
    lines.sort();
    lines
}

/// Documents committed so far, read without writing (no migration, no lock): a read-only
/// connection that sees the last committed transaction while an ingest runs.
fn document_count(path: &str) -> i64 {
    if !Path::new(path).exists() {
        return 0;
    }
    let flags = rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY;
    let Ok(conn) = rusqlite::Connection::open_with_flags(path, flags) else {
        return 0;
    };
    let _ = conn.busy_timeout(Duration::from_secs(10));
    conn.query_row("SELECT COUNT(*) FROM documents", [], |r| r.get(0))
        .unwrap_or(0)
}

#[test]
fn killed_ingest_resumes_with_nothing_lost_or_duplicated() {
    const N: usize = 600;
    const BATCH: &str = "8";
    let dir = tempfile::tempdir().unwrap();
    let docs = dir.path().join("docs");
    std::fs::create_dir(&docs).unwrap();
    generated_corpus(&docs, N);
    let docs_arg = docs.display().to_string();

    // The reference: one uninterrupted run.
    let reference = dir.path().join("reference.db").display().to_string();
    run(&[
        "ingest", &docs_arg, "--db", &reference, "-q", "--batch", BATCH,
    ]);
    assert_eq!(document_count(&reference), N as i64);

    // Start, wait for a committed batch, SIGKILL.
    let db = dir.path().join("killed.db").display().to_string();
    let mut child = factum()
        .args([
            "ingest",
            &docs_arg,
            "--db",
            &db,
            "-q",
            "--batch",
            BATCH,
            "--threads",
            "1",
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(600);
    let mut killed_at = None;
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            // Finished before a batch was seen: the machine outran the poll. The resume
            // below still checks the database, but say so.
            eprintln!("ingest finished ({status}) before it could be killed");
            break;
        }
        let n = document_count(&db);
        if n > 0 {
            child.kill().unwrap();
            child.wait().unwrap();
            killed_at = Some(n);
            break;
        }
        assert!(Instant::now() < deadline, "no batch committed within 600 s");
        std::thread::sleep(Duration::from_millis(20));
    }
    let stored = document_count(&db);
    if let Some(n) = killed_at {
        assert!(stored >= n, "committed documents lost: {stored} < {n}");
        assert!(stored < N as i64, "the kill came too late to test anything");
        // Whole batches only: no transaction is half applied.
        assert_eq!(stored % 8, 0, "a partial batch is visible: {stored}");
    }

    // Resume: stores the rest, reports the already present ones.
    let out = run(&["ingest", &docs_arg, "--db", &db, "--batch", BATCH]);
    let err = stderr(&out);
    assert!(
        err.contains(&format!(
            "{} documents new, {stored} already present",
            N as i64 - stored
        )),
        "{err}"
    );
    assert_eq!(document_count(&db), N as i64);
    assert_eq!(contents(&db), contents(&reference));
}

/// The same commands against PostgreSQL (`--features postgres`, `FACTUM_PG_URL`: a URL or a
/// libpq string), in a schema of their own. Skips, saying so, when `FACTUM_PG_URL` is unset.
#[cfg(feature = "postgres")]
#[test]
fn postgres_ingest_search_events_export() {
    use factum_store::Backend;
    let schema = "factum_test_cli";
    let Some((mut admin, db)) =
        common::postgres_schema("postgres_ingest_search_events_export", schema)
    else {
        return;
    };
    let c = corpus().display().to_string();
    let out = run(&["ingest", &c, "--db", &db]);
    let err = stderr(&out);
    assert!(err.contains("documents new"), "{err}");
    if let Some(password) = db
        .split_whitespace()
        .find_map(|kv| kv.strip_prefix("password="))
    {
        assert!(!err.contains(&format!("password={password}")), "{err}");
    }
    let out = run(&["ingest", &c, "--db", &db]);
    assert!(stderr(&out).contains("0 documents new"), "{}", stderr(&out));

    let out = run(&[
        "search", "border", "talks", "--db", &db, "--format", "jsonl",
    ]);
    let first: serde_json::Value =
        serde_json::from_str(stdout(&out).lines().next().expect("a hit")).unwrap();
    assert!(first["title"]
        .as_str()
        .unwrap()
        .to_lowercase()
        .contains("border"));

    let out = run(&["events", "--db", &db, "--format", "jsonl"]);
    let n = stdout(&out).lines().count();
    assert!(n > 0);
    let out = run(&[
        "export",
        "--db",
        &db,
        "--format",
        "gdelt",
        "--modality",
        "all",
    ]);
    let text = stdout(&out);
    assert_eq!(text.lines().count(), n);
    assert!(text.lines().all(|l| l.split('\t').count() == 61));

    // Same results as SQLite on the same corpus.
    let sqlite = ingested();
    let out = run(&["events", "--db", &sqlite.path, "--format", "jsonl"]);
    assert_eq!(stdout(&out).lines().count(), n);

    admin
        .batch(&format!("DROP SCHEMA IF EXISTS {schema} CASCADE"))
        .unwrap();
}

/// `factum events` rows as JSON objects.
fn events_json(db: &Db, extra: &[&str]) -> Vec<serde_json::Value> {
    let mut args = vec!["events", "--db", &db.path, "--format", "jsonl"];
    args.extend_from_slice(extra);
    stdout(&run(&args))
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON line"))
        .collect()
}

fn fails(args: &[&str]) -> String {
    let out = factum().args(args).output().expect("factum runs");
    assert_eq!(out.status.code(), Some(2), "factum {args:?} should fail");
    stderr(&out)
}

#[test]
fn query_filters_read_what_analysts_type() {
    let db = ingested();
    let p = db.path.as_str();
    // A dyad is both directions; --source/--target one. (India and Pakistan act on each
    // other in the sample corpus.)
    let dyad = events_json(&db, &["--dyad", "IND,PAK"]);
    let one_way = events_json(&db, &["--source", "IND", "--target", "PAK"]);
    assert!(dyad.len() >= 2, "{dyad:?}");
    assert!(
        !one_way.is_empty() && one_way.len() < dyad.len(),
        "{one_way:?}"
    );
    assert_eq!(dyad, events_json(&db, &["--dyad", "pak, ind"]));

    // Every spelling of a country selects the same events, and there are some.
    let lbn = events_json(&db, &["--country", "LBN", "--mentions"]);
    assert!(!lbn.is_empty());
    for spelling in ["Lebanon", "LB", "LE", "fips:LE"] {
        let rows = events_json(&db, &["--country", spelling, "--mentions"]);
        assert_eq!(rows, lbn, "--country {spelling}");
    }
    let e = fails(&["events", "--db", p, "--country", "Lebanno"]);
    assert!(e.contains("Lebanon (LBN)"), "{e}");

    // CAMEO wildcards and prefixes; a malformed code is an error with a hint.
    assert_eq!(
        events_json(&db, &["--code", "04x"]),
        events_json(&db, &["--code", "04"])
    );
    let e = fails(&["events", "--db", p, "--code", "4"]);
    assert!(e.contains("04 (Consult)"), "{e}");

    // Months and years cover their whole period.
    let sept = events_json(&db, &["--since", "2025-09", "--until", "2025-09"]);
    let days = events_json(&db, &["--since", "2025-09-01", "--until", "2025-09-30"]);
    assert!(!sept.is_empty());
    assert_eq!(sept, days);
    assert_eq!(
        events_json(&db, &["--since", "2025", "--until", "2025"]).len(),
        { events_json(&db, &["--since", "2025-01-01", "--until", "2025-12-31"]).len() }
    );
    assert!(fails(&["events", "--db", p, "--since", "Sept"]).contains("YYYY-MM"));

    // Modality and confidence filter mentions by their own columns.
    for row in events_json(&db, &["--mentions", "--modality", "planned,proposed"]) {
        let m = row["modality"].as_str().unwrap();
        assert!(m == "planned" || m == "proposed", "{row}");
    }
    let all = events_json(&db, &["--mentions"]);
    let some = events_json(&db, &["--mentions", "--modality", "asserted"]);
    assert!(!some.is_empty() && some.len() < all.len());
    assert!(fails(&["events", "--db", p, "--min-confidence", "2"]).contains("0 to 1"));
    for row in events_json(&db, &["--mentions", "--min-confidence", "0.3"]) {
        assert!(row["confidence"].as_f64().unwrap() >= 0.3, "{row}");
    }

    // An unknown actor code warns with the nearest stored ones instead of a silent nothing.
    let out = run(&["events", "--db", p, "--actor", "ISX"]);
    let err = stderr(&out);
    assert!(
        err.contains("no stored event has an actor code starting with ISX"),
        "{err}"
    );
    assert!(err.contains("ISR"), "{err}");

    // From a search hit to its events; --doc selects one document.
    let hits: Vec<serde_json::Value> = stdout(&run(&[
        "search",
        "--db",
        p,
        "ceasefire",
        "--format",
        "jsonl",
    ]))
    .lines()
    .map(|l| serde_json::from_str(l).unwrap())
    .collect();
    let hit_ids: Vec<&str> = hits.iter().map(|h| h["id"].as_str().unwrap()).collect();
    let from_search = events_json(&db, &["--mentions", "--search", "ceasefire"]);
    assert!(!from_search.is_empty());
    for row in &from_search {
        assert!(hit_ids.contains(&row["doc_id"].as_str().unwrap()), "{row}");
    }
    let doc = from_search[0]["doc_id"].as_str().unwrap();
    let one_doc = events_json(&db, &["--mentions", "--doc", doc]);
    assert!(one_doc.iter().all(|r| r["doc_id"] == doc) && !one_doc.is_empty());
}

fn jsonl(text: &str) -> Vec<serde_json::Map<String, serde_json::Value>> {
    text.lines()
        .map(|l| match serde_json::from_str(l).expect("JSON line") {
            serde_json::Value::Object(m) => m,
            other => panic!("not an object: {other}"),
        })
        .collect()
}

#[test]
fn code_and_export_write_one_event_schema() {
    let db = ingested();
    let c = corpus().display().to_string();
    let coded = jsonl(&stdout(&run(&["code", &c, "--quiet"])));
    let exported = jsonl(&stdout(&run(&[
        "export",
        "--db",
        &db.path,
        "--format",
        "jsonl",
        "--include-duplicates",
    ])));
    assert_eq!(coded.len(), exported.len());
    let names = |m: &serde_json::Map<String, serde_json::Value>| -> Vec<String> {
        m.keys().cloned().collect()
    };
    // serde_json maps sort their keys: compare the order in the raw lines.
    let first_code = stdout(&run(&["code", &c, "--quiet"]));
    let first_export = stdout(&run(&["export", "--db", &db.path, "--format", "jsonl"]));
    let key_order = |line: &str| -> Vec<usize> {
        let names = [
            "\"event_id\":",
            "\"doc_id\":",
            "\"event_date\":",
            "\"cameo_label\":",
            "\"modality\":",
            "\"confidence\":",
            "\"lat\":",
            "\"url\":",
            "\"event\":",
        ];
        let at: Vec<usize> = names.iter().map(|n| line.find(n).expect(n)).collect();
        assert!(
            at.windows(2).all(|w| w[0] < w[1]),
            "fields out of order: {line}"
        );
        at
    };
    key_order(first_code.lines().next().unwrap());
    key_order(first_export.lines().next().unwrap());
    let by_id = |rows: &[serde_json::Map<String, serde_json::Value>]| {
        rows.iter()
            .map(|r| (r["event_id"].as_str().unwrap().to_string(), r.clone()))
            .collect::<std::collections::BTreeMap<_, _>>()
    };
    let (coded, exported) = (by_id(&coded), by_id(&exported));
    assert_eq!(
        coded.keys().collect::<Vec<_>>(),
        exported.keys().collect::<Vec<_>>()
    );
    for (id, c) in &coded {
        let e = &exported[id];
        assert_eq!(names(c), names(e), "{id}");
        for (k, v) in c {
            // Only the database knows which articles are near-duplicates.
            if k != "is_duplicate" && k != "canonical_doc_id" {
                assert_eq!(v, &e[k], "{id}: field {k}");
            }
        }
        for required in [
            "event_date",
            "place_name",
            "lat",
            "modality",
            "confidence",
            "cameo_label",
            "url",
        ] {
            assert!(c.contains_key(required), "{required}");
        }
        assert!(c.values().all(|v| v != ""), "empty strings are null: {c:?}");
    }
    // CSV: the same header from both.
    let code_csv = stdout(&run(&["code", &c, "--quiet", "--format", "csv"]));
    let export_csv = stdout(&run(&["export", "--db", &db.path, "--format", "csv"]));
    assert_eq!(code_csv.lines().next(), export_csv.lines().next());
}

/// Every event id and aggregate id of a database.
fn ids(path: &str) -> (Vec<String>, Vec<i64>) {
    let mut store = Store::open_existing(path).unwrap();
    let events = store
        .backend()
        .query("SELECT event_id FROM events ORDER BY event_id", &[])
        .unwrap()
        .into_iter()
        .map(|mut r| r.remove(0).into_string().unwrap())
        .collect();
    let aggs = store
        .backend()
        .query("SELECT agg_id FROM aggregated_events ORDER BY agg_id", &[])
        .unwrap()
        .into_iter()
        .map(|r| r[0].as_int().unwrap())
        .collect();
    (events, aggs)
}

#[test]
fn ids_do_not_depend_on_ingest_order() {
    let dir = tempfile::tempdir().unwrap();
    let mut files: Vec<String> = ["txt", "html", "jsonl"]
        .iter()
        .flat_map(|sub| std::fs::read_dir(corpus().join(sub)).unwrap())
        .map(|e| e.unwrap().path().display().to_string())
        .collect();
    files.sort();
    let mut runs = Vec::new();
    for (name, order) in [("forward.db", false), ("backward.db", true)] {
        let path = dir.path().join(name).display().to_string();
        let mut list = files.clone();
        if order {
            list.reverse();
        }
        for f in &list {
            run(&["ingest", f, "--db", &path, "--quiet"]);
        }
        runs.push(ids(&path));
    }
    assert!(!runs[0].0.is_empty() && !runs[0].1.is_empty());
    assert_eq!(runs[0], runs[1], "same corpus, other order, other ids");

    // `places` and `ingest` give a file the same document id.
    let txt = files.iter().find(|f| f.ends_with(".txt")).unwrap();
    let places: serde_json::Value = serde_json::from_str(
        stdout(&run(&["places", txt, "--json"]))
            .lines()
            .next()
            .unwrap(),
    )
    .unwrap();
    let read: serde_json::Value =
        serde_json::from_str(stdout(&run(&["read", txt])).lines().next().unwrap()).unwrap();
    assert_eq!(places["id"], read["id"]);
}

#[test]
fn gdelt_exports_asserted_events_unless_asked() {
    let db = ingested();
    let p = db.path.as_str();
    let out = run(&["export", "--db", p, "--format", "gdelt"]);
    assert!(
        stderr(&out).contains("only events with an asserted mention"),
        "{}",
        stderr(&out)
    );
    let asserted: Vec<String> = stdout(&out).lines().map(str::to_string).collect();
    let all = stdout(&run(&[
        "export",
        "--db",
        p,
        "--format",
        "gdelt",
        "--modality",
        "all",
    ]));
    assert!(
        asserted.len() < all.lines().count(),
        "plans and demands are left out"
    );
    let aggs = jsonl(&stdout(&run(&[
        "export",
        "--db",
        p,
        "--format",
        "jsonl",
        "--table",
        "aggregates",
    ])));
    for line in &asserted {
        let id: i64 = line.split('\t').next().unwrap().parse().unwrap();
        let agg = aggs.iter().find(|a| a["agg_id"] == id).expect("aggregate");
        assert!(agg["mentions_asserted"].as_i64().unwrap() > 0, "{agg:?}");
    }
    for a in &aggs {
        let n = a["num_mentions"].as_i64().unwrap();
        let by_kind: i64 = a
            .iter()
            .filter(|(k, _)| k.starts_with("mentions_"))
            .map(|(_, v)| v.as_i64().unwrap())
            .sum();
        assert_eq!(by_kind, n, "counts by modality add up: {a:?}");
    }
    // Mentions: 16 columns, each pointing at an exported event.
    let mentions = stdout(&run(&[
        "export",
        "--db",
        p,
        "--format",
        "gdelt-mentions",
        "--modality",
        "all",
    ]));
    let event_ids: Vec<&str> = all.lines().map(|l| l.split('\t').next().unwrap()).collect();
    assert!(mentions.lines().count() >= event_ids.len());
    for m in mentions.lines() {
        let cols: Vec<&str> = m.split('\t').collect();
        assert_eq!(cols.len(), 16, "{m}");
        assert!(event_ids.contains(&cols[0]), "{m}");
        // Undated events have no EventTimeDate.
        assert!(matches!(cols[1].len(), 0 | 14), "EventTimeDate {m}");
    }
}

#[test]
fn geojson_is_points_with_properties() {
    let db = ingested();
    for table in ["events", "aggregates"] {
        let text = stdout(&run(&[
            "export", "--db", &db.path, "--format", "geojson", "--table", table,
        ]));
        let v: serde_json::Value = serde_json::from_str(&text).expect("one JSON document");
        assert_eq!(v["type"], "FeatureCollection");
        let features = v["features"].as_array().unwrap();
        assert!(!features.is_empty(), "{table}");
        for f in features {
            let xy = f["geometry"]["coordinates"].as_array().unwrap();
            let (lon, lat) = (xy[0].as_f64().unwrap(), xy[1].as_f64().unwrap());
            assert!((-180.0..=180.0).contains(&lon) && (-90.0..=90.0).contains(&lat));
            assert!(f["properties"]["cameo_label"].is_string(), "{f}");
        }
    }
}

#[cfg(feature = "parquet")]
#[test]
fn parquet_export_is_typed_with_nulls() {
    use arrow_array::RecordBatchReader;
    use arrow_schema::{DataType, TimeUnit};
    use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;

    let db = ingested();
    let out = tempfile::tempdir().unwrap();
    let file = out.path().join("events.parquet");
    let f = file.display().to_string();
    run(&[
        "export", "--db", &db.path, "--format", "parquet", "--out", &f,
    ]);
    let reader = ParquetRecordBatchReaderBuilder::try_new(std::fs::File::open(&file).unwrap())
        .unwrap()
        .build()
        .unwrap();
    let schema = reader.schema();
    let ty = |name: &str| schema.field_with_name(name).unwrap().data_type().clone();
    assert_eq!(ty("event_date"), DataType::Date32);
    assert_eq!(ty("negated"), DataType::Boolean);
    assert_eq!(ty("is_duplicate"), DataType::Boolean);
    assert_eq!(ty("goldstein"), DataType::Float64);
    assert_eq!(ty("confidence"), DataType::Float64);
    assert_eq!(ty("quad_class"), DataType::Int64);
    assert_eq!(ty("cameo_label"), DataType::Utf8);
    assert_eq!(
        ty("published"),
        DataType::Timestamp(TimeUnit::Millisecond, Some("UTC".into()))
    );
    let mut rows = 0;
    for batch in reader {
        let batch = batch.unwrap();
        rows += batch.num_rows();
        let col = |name: &str| batch.column(schema.index_of(name).unwrap()).clone();
        // Nothing is a near-duplicate of anything here: null, not "".
        assert_eq!(col("canonical_doc_id").null_count(), batch.num_rows());
        assert!(col("event_date").null_count() < batch.num_rows());
        let modes = col("plover_mode");
        let modes = modes
            .as_any()
            .downcast_ref::<arrow_array::StringArray>()
            .unwrap();
        assert!(
            modes.iter().flatten().all(|m| !m.is_empty()),
            "missing is null"
        );
    }
    let mut store = Store::open_existing(&db.path).unwrap();
    assert_eq!(
        rows as i64,
        count(
            &mut store,
            "SELECT COUNT(*) FROM events WHERE is_duplicate = 0"
        )
    );
}

#[test]
fn search_has_phrases_alternatives_and_datelines() {
    let db = ingested();
    let ids = |q: &str| -> Vec<String> {
        stdout(&run(&["search", "--db", &db.path, q, "--format", "jsonl"]))
            .lines()
            .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["id"].to_string())
            .collect()
    };
    // "Ankara" is only in the Turkish story's dateline ("ANKARA, March 6 (FWN) -").
    let ankara = ids("Ankara");
    assert_eq!(ankara.len(), 1, "{ankara:?}");
    let talks = ids("\"border talks\"");
    let ceasefire = ids("ceasefire");
    let either = ids("\"border talks\" OR ceasefire");
    assert!(!talks.is_empty() && !ceasefire.is_empty());
    for id in talks.iter().chain(&ceasefire) {
        assert!(either.contains(id), "{id} missing from the OR search");
    }
    // A phrase is stricter than its words.
    assert!(ids("\"talks border\"").len() < ids("talks border").len());
}

#[test]
fn codes_looks_up_cameo_actors_and_countries() {
    let cameo = stdout(&run(&["codes", "cameo", "19x"]));
    assert!(cameo.starts_with("19\tFight\n"), "{cameo}");
    assert!(cameo.contains("193\tFight with small arms"), "{cameo}");
    assert!(stdout(&run(&["codes", "cameo", "ceasefire"])).contains("196\tViolate ceasefire"));
    let parts = stdout(&run(&["codes", "actor", "---MIL"]));
    assert!(parts.starts_with("---\tno country"), "{parts}");
    let named = stdout(&run(&["codes", "actor", "the", "Lebanese", "army"]));
    assert!(
        named.starts_with("LBNMIL\tLebanese army\tPhoenix."),
        "{named}"
    );
    for spelling in ["LE", "LB", "LBN", "Lebanon"] {
        let line = stdout(&run(&["codes", "country", spelling]));
        assert_eq!(line, "LBN\tLB\tLE\tLebanon\n", "{spelling}");
    }
    let e = fails(&["codes", "country", "Lebanno"]);
    assert!(e.contains("Lebanon (LBN)"), "{e}");
    let all = stdout(&run(&["codes", "country"]));
    assert!(all.lines().count() > 250);
}

#[test]
fn undated_articles_are_counted_and_dated_by_ingest_date() {
    let dir = tempfile::tempdir().unwrap();
    let txt = corpus()
        .join("txt/beirut-border-talks.txt")
        .display()
        .to_string();
    let undated = dir.path().join("undated.db").display().to_string();
    let err = stderr(&run(&["ingest", &txt, "--db", &undated]));
    assert!(err.contains("1 undated document"), "{err}");
    assert!(
        err.contains("undated (no date in the sentence or the article)"),
        "{err}"
    );
    let dated = dir.path().join("dated.db").display().to_string();
    let err = stderr(&run(&[
        "ingest",
        &txt,
        "--db",
        &dated,
        "--date",
        "2025-09-01",
    ]));
    assert!(
        !err.contains("events undated") && !err.contains("event undated"),
        "{err}"
    );
    let db = |path: &str| Db {
        _dir: tempfile::tempdir().unwrap(),
        path: path.to_string(),
    };
    let since = ["--mentions", "--since", "2025-09"];
    assert!(events_json(&db(&undated), &since).is_empty());
    assert!(!events_json(&db(&dated), &since).is_empty());
}

#[test]
fn skipped_files_are_listed_and_nothing_ingested_creates_no_database() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    std::fs::create_dir(&input).unwrap();
    std::fs::write(input.join("table.csv"), "a,b\n").unwrap();
    std::fs::write(input.join("scan.pdf"), "%PDF-1.4").unwrap();
    std::fs::write(input.join("README"), "Israel attacked Lebanon.").unwrap();
    let db = dir.path().join("f.db").display().to_string();
    let inp = input.display().to_string();
    let out = factum()
        .args(["ingest", &inp, "--db", &db])
        .output()
        .unwrap();
    let err = stderr(&out);
    assert!(err.contains("3 files skipped"), "{err}");
    assert!(
        err.contains("table.csv: skipped: no reader for .csv files"),
        "{err}"
    );
    assert!(err.contains("README: skipped: no extension"), "{err}");
    assert!(err.contains("was not created"), "{err}");
    assert!(
        !Path::new(&db).exists(),
        "an empty database was left behind"
    );

    let missing = dir.path().join("nosuchdir").display().to_string();
    let out = factum()
        .args(["ingest", &missing, "--db", &db])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("nosuchdir: cannot read"));
    assert!(!Path::new(&db).exists());

    // An existing database is never removed, even when nothing new goes in.
    let kept = ingested();
    let out = factum()
        .args(["ingest", &missing, "--db", &kept.path])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(Path::new(&kept.path).exists());
}
