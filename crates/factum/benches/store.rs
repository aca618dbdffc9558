//! Corpus store benchmarks (issue 7): ingest throughput into SQLite with the full pipeline,
//! the store's share of it, and query latency on a 100,000-article database.
//!
//! ```text
//! FACTUM_REUTERS=/path/to/reuters21578 cargo bench -p factum --all-features --bench store
//! ```
//!
//! Skips with a message when `FACTUM_REUTERS` is unset. Environment:
//! - `FACTUM_BENCH_DOCS` (default 2000): Reuters bodies for the ingest measurements.
//! - `FACTUM_BENCH_ARTICLES` (default 100000): articles in the query database.
//! - `FACTUM_BENCH_DB`: where the query database lives (default under cargo's target tmp
//!   dir); it is reused when it already holds that many articles, rebuilt with
//!   `FACTUM_BENCH_REBUILD=1`.
//!
//! **Ingest.** (1) One thread, stage by stage: the pipeline, then `prepare` (rows, JSON,
//! MinHash), then `insert_batch` (transactions of 256): the store's share is
//! `(prepare + insert) / total`, in this thread's CPU time (Linux; wall time elsewhere) so
//! that a busy machine does not skew it. (2) As `factum ingest` runs it: pipeline and `prepare` on
//! every core, batches written by one writer thread meanwhile; articles/s end to end.
//!
//! **Query database.** Running the pipeline over 100,000 articles takes too long on a small
//! machine, so every Reuters body with a body goes through the full pipeline once and the
//! processed documents are stored again and again with new ids (`<NEWID>-r<k>`) and a
//! different outlet per copy until there are `FACTUM_BENCH_ARTICLES`. Copies are identical
//! texts, so near-duplicate linking is switched off for this database (threshold above 1;
//! the LSH lookups still run): every copy is a distinct article and its events aggregate
//! with the other copies' — as if several outlets had carried each story.
//!
//! **Queries.** Each is run 5 times after a warm-up on a freshly opened store; the median and
//! the fastest are reported, with the number of rows.

use std::path::PathBuf;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use factum::pipeline::Pipeline;
use factum_doc::Document;
use factum_store::{
    export::export, EventFilter, ExportFormat, ExportTable, PreparedDocument, Store, StoreOptions,
};
use rayon::prelude::*;

const BATCH: usize = factum_store::DEFAULT_BATCH;

fn env_usize(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(default)
}

/// A stopwatch for the single-threaded measurements: this thread's CPU time (Linux
/// `/proc/thread-self/schedstat`, nanoseconds), so that other processes competing for the
/// cores do not inflate one stage more than another; wall time where that is unavailable.
#[derive(Clone, Copy)]
struct Stopwatch {
    wall: Instant,
    cpu: Option<Duration>,
}

fn thread_cpu() -> Option<Duration> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: u64 = s.split_whitespace().next()?.parse().ok()?;
    Some(Duration::from_nanos(ns))
}

impl Stopwatch {
    fn start() -> Stopwatch {
        Stopwatch {
            wall: Instant::now(),
            cpu: thread_cpu(),
        }
    }

    fn elapsed(&self) -> Duration {
        match (self.cpu, thread_cpu()) {
            (Some(a), Some(b)) => b.saturating_sub(a),
            _ => self.wall.elapsed(),
        }
    }
}

fn clock_name() -> &'static str {
    if thread_cpu().is_some() {
        "thread CPU time"
    } else {
        "wall time"
    }
}

/// Run the pipeline and drop what the store does not keep (as `factum ingest` does).
fn process(pipeline: &Pipeline, mut doc: Document) -> Document {
    pipeline.process(&mut doc);
    doc.tokens.clear();
    doc.syntax = None;
    doc
}

fn fresh_db(dir: &tempfile::TempDir, name: &str) -> String {
    dir.path().join(name).display().to_string()
}

fn file_mb(path: &str) -> f64 {
    let mut total = 0u64;
    for suffix in ["", "-wal", "-shm"] {
        if let Ok(m) = std::fs::metadata(format!("{path}{suffix}")) {
            total += m.len();
        }
    }
    total as f64 / 1e6
}

/// (1) and (2): ingest throughput and the store's share. Returns the processed documents
/// and the one-thread pipeline time, for (3).
fn ingest_bench(pipeline: &Pipeline, docs: &[Document]) -> (Vec<Document>, Duration) {
    let n = docs.len();
    let dir = tempfile::tempdir().expect("temp dir");

    // (1) One thread, stage by stage.
    let mut t_pipeline = Duration::ZERO;
    let mut t_prepare = Duration::ZERO;
    let mut prepared = Vec::with_capacity(n);
    let mut processed = Vec::with_capacity(n);
    for d in docs {
        let t = Stopwatch::start();
        let d = process(pipeline, d.clone());
        t_pipeline += t.elapsed();
        processed.push(d.clone());
        let t = Stopwatch::start();
        prepared.push(factum_store::prepare(d));
        t_prepare += t.elapsed();
    }
    let events: usize = prepared.iter().map(|p| p.events.len()).sum();
    let path = fresh_db(&dir, "serial.db");
    let mut store = Store::open(&path).expect("open");
    let t = Stopwatch::start();
    let mut summary = factum_store::IngestSummary::default();
    let mut it = prepared.into_iter().peekable();
    while it.peek().is_some() {
        let batch: Vec<PreparedDocument> = it.by_ref().take(BATCH).collect();
        summary += store.insert_batch(batch).expect("insert");
    }
    let t_insert = t.elapsed();
    let total = t_pipeline + t_prepare + t_insert;
    let s = |d: Duration| d.as_secs_f64();
    println!(
        "ingest, 1 thread ({}), {n} Reuters articles ({events} events, {} near-duplicates): \
         pipeline {:.2} s, prepare {:.2} s, insert {:.2} s; {:.1} articles/s end to end; \
         store share {:.1} % (prepare {:.1} %, insert {:.1} %); database {:.1} MB",
        clock_name(),
        summary.duplicates,
        s(t_pipeline),
        s(t_prepare),
        s(t_insert),
        n as f64 / s(total),
        100.0 * s(t_prepare + t_insert) / s(total),
        100.0 * s(t_prepare) / s(total),
        100.0 * s(t_insert) / s(total),
        file_mb(&path),
    );
    drop(store);

    // (2) As `factum ingest` runs: workers process and prepare, one writer inserts.
    let path = fresh_db(&dir, "parallel.db");
    let mut store = Store::open(&path).expect("open");
    let started = Instant::now();
    let (tx, rx) = mpsc::sync_channel::<Vec<PreparedDocument>>(1);
    let writer_busy = std::thread::scope(|scope| {
        let writer = scope.spawn(|| {
            let mut busy = Duration::ZERO;
            for batch in rx {
                let t = Instant::now();
                store.insert_batch(batch).expect("insert");
                busy += t.elapsed();
            }
            busy
        });
        for chunk in docs.chunks(BATCH) {
            let batch: Vec<PreparedDocument> = chunk
                .par_iter()
                .map(|d| factum_store::prepare(process(pipeline, d.clone())))
                .collect();
            tx.send(batch).expect("writer alive");
        }
        drop(tx);
        writer.join().expect("writer")
    });
    let wall = started.elapsed();
    println!(
        "ingest, {} threads + writer, {n} articles: {:.2} s wall, {:.1} articles/s end to end; \
         writer busy {:.2} s ({:.1} % of wall, overlapped with the pipeline)",
        rayon::current_num_threads(),
        s(wall),
        n as f64 / s(wall),
        s(writer_busy),
        100.0 * s(writer_busy) / s(wall),
    );
    (processed, t_pipeline)
}

/// Build (or reuse) the query database of `articles` articles from the processed corpus.
fn query_db(pipeline: &Pipeline, corpus: Vec<Document>, articles: usize) -> String {
    let path = std::env::var("FACTUM_BENCH_DB")
        .unwrap_or_else(|_| format!("{}/store-bench-{articles}.db", env!("CARGO_TARGET_TMPDIR")));
    let rebuild = std::env::var_os("FACTUM_BENCH_REBUILD").is_some();
    if !rebuild && std::path::Path::new(&path).exists() {
        if let Ok(mut s) = Store::open(&path) {
            if s.stats().map(|s| s.documents as usize).unwrap_or(0) == articles {
                println!("query database: reusing {path} ({articles} articles)");
                return path;
            }
        }
    }
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{path}{suffix}"));
    }
    let t = Instant::now();
    let processed: Vec<Document> = corpus
        .into_par_iter()
        .map(|d| process(pipeline, d))
        .collect();
    let t_pipeline = t.elapsed();
    let n = processed.len();
    println!(
        "query database: full pipeline over {n} Reuters articles in {:.1} s ({:.1} articles/s \
         on {} threads)",
        t_pipeline.as_secs_f64(),
        n as f64 / t_pipeline.as_secs_f64(),
        rayon::current_num_threads()
    );
    let mut store = Store::open_with(
        &path,
        StoreOptions {
            dup_threshold: 1.01,
        },
    )
    .expect("open");
    let t = Instant::now();
    let mut insert = Duration::ZERO;
    let mut done = 0;
    let mut lines = 0;
    while done < articles {
        let take = (articles - done).min(2000);
        let batch: Vec<PreparedDocument> = (done..done + take)
            .into_par_iter()
            .map(|i| {
                let copy = i / n;
                let mut d = processed[i % n].clone();
                d.id = format!("{}-r{copy}", d.id);
                d.source = Some(format!("Outlet {copy}"));
                factum_store::prepare(d)
            })
            .collect();
        let ti = Instant::now();
        let mut batch = batch;
        while !batch.is_empty() {
            let rest = batch.split_off(BATCH.min(batch.len()));
            store.insert_batch(batch).expect("insert");
            batch = rest;
        }
        insert += ti.elapsed();
        done += take;
        if done / 20_000 > lines {
            lines = done / 20_000;
            eprintln!("  {done} articles stored");
        }
    }
    let st = store.stats().expect("stats");
    println!(
        "query database: {} articles, {} events, {} aggregated events, {} sentences stored in \
         {:.1} s (insert {:.1} s = {:.0} articles/s); {:.0} MB at {path}",
        st.documents,
        st.events,
        st.aggregated_events,
        st.sentences,
        t.elapsed().as_secs_f64(),
        insert.as_secs_f64(),
        articles as f64 / insert.as_secs_f64(),
        file_mb(&path),
    );
    path
}

/// Median and fastest of 5 timed runs (after one warm-up), and the result size.
fn time<F: FnMut(&mut Store) -> usize>(store: &mut Store, name: &str, mut f: F) {
    let rows = f(store);
    let mut times: Vec<f64> = (0..5)
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(f(store));
            t.elapsed().as_secs_f64() * 1e3
        })
        .collect();
    times.sort_by(f64::total_cmp);
    println!("| {name} | {rows} | {:.2} | {:.2} |", times[2], times[0]);
}

fn queries(path: &str) {
    let mut store = Store::open(path).expect("open");
    println!("\n| query | rows | median ms | fastest ms |\n|---|---:|---:|---:|");
    for q in [
        "oil prices",
        "cocoa exports",
        "ceasefire Lebanon",
        "Iran Iraq war",
        "interest rates Japan",
    ] {
        time(&mut store, &format!("search \"{q}\" --limit 10"), |s| {
            s.search(q, 10, false).expect("search").len()
        });
    }
    time(&mut store, "search \"oil\" --limit 100", |s| {
        s.search("oil", 100, false).expect("search").len()
    });
    let f = |actor: Option<&str>,
             code: Option<&str>,
             country: Option<&str>,
             since: Option<&str>,
             until: Option<&str>| EventFilter {
        actor: actor.map(str::to_string),
        code: code.map(str::to_string),
        country: country.map(str::to_string),
        since: since.map(str::to_string),
        until: until.map(str::to_string),
        ..EventFilter::default()
    };
    let cases: Vec<(&str, EventFilter)> = vec![
        ("events --actor USA", f(Some("USA"), None, None, None, None)),
        (
            "events --actor USA --code 04",
            f(Some("USA"), Some("04"), None, None, None),
        ),
        (
            "events --actor IRN --code 19",
            f(Some("IRN"), Some("19"), None, None, None),
        ),
        (
            "events --country JPN",
            f(None, None, Some("JPN"), None, None),
        ),
        (
            "events --since 1987-03-01 --until 1987-03-07",
            f(None, None, None, Some("1987-03-01"), Some("1987-03-07")),
        ),
        (
            "events --actor USA --code 036 --since 1987-03-01 --country USA",
            f(
                Some("USA"),
                Some("036"),
                Some("USA"),
                Some("1987-03-01"),
                None,
            ),
        ),
        ("events (all aggregated)", EventFilter::default()),
    ];
    for (name, filter) in &cases {
        time(&mut store, name, |s| {
            s.aggregated_events(filter).expect("events").rows.len()
        });
    }
    time(&mut store, "events --mentions --actor USA --code 04", |s| {
        s.events(&cases[1].1).expect("events").rows.len()
    });
    let mut exports = vec![
        (
            "export --format jsonl (events)",
            ExportTable::Events,
            ExportFormat::Jsonl,
        ),
        (
            "export --format csv (events)",
            ExportTable::Events,
            ExportFormat::Csv,
        ),
        (
            "export --format gdelt",
            ExportTable::Aggregates,
            ExportFormat::Gdelt,
        ),
        (
            "export --format csv --table aggregates",
            ExportTable::Aggregates,
            ExportFormat::Csv,
        ),
    ];
    if cfg!(feature = "parquet") {
        exports.push((
            "export --format parquet (events)",
            ExportTable::Events,
            ExportFormat::Parquet,
        ));
    }
    for (name, table, format) in exports {
        // Exports are long: one warm-up and one timed run.
        let run = |s: &mut Store| {
            let mut sink = std::io::sink();
            export(s, table, format, &EventFilter::default(), &mut sink).expect("export")
        };
        run(&mut store);
        let t = Instant::now();
        let rows = run(&mut store);
        let ms = t.elapsed().as_secs_f64() * 1e3;
        println!(
            "| {name} | {rows} | {ms:.0} | {:.0} rows/s |",
            rows as f64 / (ms / 1e3)
        );
    }
    let t = Instant::now();
    let mut sink = std::io::sink();
    let rows = export(
        &mut store,
        ExportTable::Documents,
        ExportFormat::Jsonl,
        &EventFilter::default(),
        &mut sink,
    )
    .expect("export documents");
    let ms = t.elapsed().as_secs_f64() * 1e3;
    println!(
        "| export --format jsonl --table documents | {rows} | {ms:.0} | {:.0} rows/s |",
        rows as f64 / (ms / 1e3)
    );
}

/// (3) The store's share when the database is already large: the documents of (1) written
/// again, with new ids, into a copy of the query database.
fn insert_at_scale(path: &str, processed: &[Document], t_pipeline: Duration) {
    let dir = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).expect("temp dir");
    let copy = fresh_db(&dir, "copy.db");
    for suffix in ["", "-wal"] {
        if std::path::Path::new(&format!("{path}{suffix}")).exists() {
            std::fs::copy(format!("{path}{suffix}"), format!("{copy}{suffix}")).expect("copy");
        }
    }
    let mut store = Store::open(&copy).expect("open");
    let before = store.stats().expect("stats").documents;
    // The first write loads the near-duplicate index: once per run, timed on its own.
    let t = Stopwatch::start();
    store.insert_batch(Vec::new()).expect("load the index");
    let t_index = t.elapsed();
    let n = processed.len();
    let t = Stopwatch::start();
    let prepared: Vec<PreparedDocument> = processed
        .iter()
        .map(|d| {
            let mut d = d.clone();
            d.id = format!("{}-tail", d.id);
            factum_store::prepare(d)
        })
        .collect();
    let t_prepare = t.elapsed();
    // The first batch warms SQLite's page cache (a fresh connection starts empty): timed
    // apart, so the rest is the steady state of a long run.
    let mut it = prepared.into_iter().peekable();
    let t = Stopwatch::start();
    store
        .insert_batch(it.by_ref().take(BATCH).collect())
        .expect("insert");
    let t_first = t.elapsed();
    let t = Stopwatch::start();
    let mut steady = 0;
    while it.peek().is_some() {
        let batch: Vec<PreparedDocument> = it.by_ref().take(BATCH).collect();
        steady += batch.len();
        store.insert_batch(batch).expect("insert");
    }
    let s = |d: Duration| d.as_secs_f64();
    // Per-article insert time of the steady state, applied to all n.
    let t_insert = Duration::from_secs_f64(s(t.elapsed()) * n as f64 / steady.max(1) as f64);
    let total = t_pipeline + t_prepare + t_insert;
    println!(
        "ingest into a {before}-article database, 1 thread ({}), {n} articles: loading the \
         near-duplicate index {:.2} s and the first batch {:.2} s (once per run, not counted \
         below); prepare {:.2} s \
         (includes one clone per document), steady insert {:.2} s ({:.0} articles/s); with the pipeline \
         time of (1): {:.1} articles/s end to end, store share {:.1} %",
        clock_name(),
        s(t_index),
        s(t_first),
        s(t_prepare),
        s(t_insert),
        n as f64 / s(t_insert),
        n as f64 / s(total),
        100.0 * s(t_prepare + t_insert) / s(total),
    );
}

fn main() {
    let Some(dir) = std::env::var_os("FACTUM_REUTERS") else {
        eprintln!("store bench: FACTUM_REUTERS is not set; skipping");
        return;
    };
    let corpus = match factum_ingest::reuters::read_sgml_dir(&PathBuf::from(dir)) {
        Ok(d) if !d.is_empty() => d,
        Ok(_) => {
            eprintln!("store bench: no Reuters bodies found; skipping");
            return;
        }
        Err(e) => {
            eprintln!("store bench: cannot read the corpus: {e}; skipping");
            return;
        }
    };
    let pipeline = Pipeline::new().expect("bundled models load");
    let n = env_usize("FACTUM_BENCH_DOCS", 2000).min(corpus.len());
    let first = (n > 0).then(|| ingest_bench(&pipeline, &corpus[..n]));
    let articles = env_usize("FACTUM_BENCH_ARTICLES", 100_000);
    if articles > 0 {
        let path = query_db(&pipeline, corpus, articles);
        if let Some((processed, t_pipeline)) = &first {
            insert_at_scale(&path, processed, *t_pipeline);
        }
        queries(&path);
    }
}
