//! `factum ingest`: read articles, run the full pipeline, store everything in a corpus
//! database (SQLite file by default, PostgreSQL for `postgres://…` or `host=… dbname=…`).
//!
//! Inputs are read and processed in parallel with rayon, `--batch` documents at a time; each
//! processed batch is written by one writer thread in **one transaction** while the workers
//! go on with the next batch. A document whose id is already stored is skipped before the
//! pipeline runs, so re-ingesting the same input is a no-op, and a run that was killed
//! resumes where its last committed batch ended. A bad input fails alone: it is reported,
//! listed in the summary, and makes the exit code 1.

use std::collections::HashSet;
use std::process::ExitCode;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use anyhow::Context as _;
use factum::batches::Step;
use factum::pipeline::{Limits, Pipeline};
use factum_ingest::{Diagnostic, Format, ReadOptions};
use factum_store::{IngestSummary, PreparedDocument, Store, StoreOptions};
use rayon::prelude::*;

#[derive(clap::Args)]
#[command(after_help = "\
Examples:
  factum ingest examples/corpus                       the sample corpus into factum.db
  factum ingest news/ --db corpus.db                  a folder of articles into corpus.db
  factum ingest feed.jsonl --db postgres://me@localhost/news   PostgreSQL (--features postgres)
  factum ingest feed.jsonl --db 'host=localhost dbname=news user=me'

Re-running on the same inputs stores nothing new. A killed run loses nothing it committed
(one transaction per --batch documents); run it again to finish.
Exit code: 0 when every input was read, 1 when any failed (the rest are still stored).")]
pub struct Args {
    /// Files, directories (read recursively), feed URLs, or `-` for standard input.
    #[arg(required = true)]
    pub inputs: Vec<String>,
    /// The database: a SQLite file (created if missing), a `postgres://` URL, or a libpq
    /// `host=… dbname=…` string.
    #[arg(long, default_value = "factum.db")]
    pub db: String,
    /// Read every input as this format instead of choosing by extension.
    #[arg(long, value_parser = ["txt", "html", "jsonl", "rss", "atom"])]
    pub format: Option<String>,
    /// Documents per transaction.
    #[arg(long, default_value_t = factum_store::DEFAULT_BATCH)]
    pub batch: usize,
    /// Estimated Jaccard similarity (0–1) from which an article is a near-duplicate.
    #[arg(long, default_value_t = factum_store::dedup::DEFAULT_THRESHOLD)]
    pub dup_threshold: f64,
    /// Largest document body in bytes; larger ones fail.
    #[arg(long, default_value_t = factum_ingest::DEFAULT_MAX_BYTES)]
    pub max_bytes: usize,
    /// Fail on invalid UTF-8 instead of replacing it with U+FFFD and warning.
    #[arg(long)]
    pub strict: bool,
    /// Date (YYYY-MM-DD or RFC 3339) of undated documents; picks dated actor roles. Without
    /// it undated documents are coded with the roles current today.
    #[arg(long)]
    pub date: Option<String>,
    /// Apply `--date` to every document, dated or not.
    #[arg(long, requires = "date")]
    pub override_date: bool,
    /// Worker threads (default: one per core).
    #[arg(long)]
    pub threads: Option<usize>,
    /// No progress bar, warnings or summary; failures are still reported.
    #[arg(short, long)]
    pub quiet: bool,
}

/// The database location as it may be printed: PostgreSQL passwords are masked.
pub(crate) fn shown_location(location: &str) -> String {
    factum_store::redact(location)
}

/// Open an existing database for reading: SQLite read-only (a missing or empty file is an
/// error, not a new empty database; a read-only file can be queried).
pub(crate) fn open_existing(location: &str) -> anyhow::Result<Store> {
    if !factum_store::is_postgres_url(location) && !std::path::Path::new(location).exists() {
        anyhow::bail!(
            "no database at {location} (create one with `factum ingest … --db {location}`)"
        );
    }
    Store::open_existing(location)
        .with_context(|| format!("cannot open {}", shown_location(location)))
}

/// A processed batch on its way to the writer thread.
struct Batch {
    docs: Vec<PreparedDocument>,
    /// Inputs this batch completes (for the progress bar).
    inputs_done: u64,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    if let Some(n) = args.threads {
        rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build_global()
            .context("cannot set up worker threads")?;
    }
    if !(0.0..=1.0).contains(&args.dup_threshold) {
        anyhow::bail!("--dup-threshold must be between 0 and 1");
    }
    let batch_size = args.batch.max(1);
    let location = shown_location(&args.db);
    // A SQLite file this run creates is removed again when nothing is ingested into it: a
    // mistyped input must not leave an empty database behind.
    let creates_file =
        !factum_store::is_postgres_url(&args.db) && !std::path::Path::new(&args.db).exists();
    let mut store = Store::open_with(
        &args.db,
        StoreOptions {
            dup_threshold: args.dup_threshold,
        },
    )
    .with_context(|| format!("cannot open {location}"))?;
    let before = store.stats()?;
    let known: HashSet<String> = store.document_ids()?;

    let format = args.format.as_deref().and_then(Format::from_name);
    let opts = ReadOptions {
        format,
        max_bytes: args.max_bytes,
        strict: args.strict,
        fetch_links: false,
    };
    let dating = super::Dating::new(args.date.as_deref(), args.override_date)?;
    let mut pipeline = Pipeline::new()?;
    pipeline.actors.set_reference_date(dating.reference);
    let pipeline = pipeline;
    let (inputs, skipped) = factum_ingest::expand_inputs_listing_skipped(&args.inputs, format);

    let progress = super::input_progress(inputs.len(), args.quiet);
    progress.enable_steady_tick(Duration::from_millis(200));

    let started = Instant::now();
    let mut failures: Vec<Diagnostic> = Vec::new();
    let mut tally = super::EventTally::default();
    let mut warnings = 0usize;
    let mut skipped_known = 0usize;
    let mut store_time = Duration::ZERO;
    let mut limits = Limits::default();

    // One writer thread owns the store; the workers prepare the next batch meanwhile.
    let (tx, rx) = mpsc::sync_channel::<Batch>(1);
    let written: anyhow::Result<IngestSummary> = std::thread::scope(|scope| {
        let writer_progress = progress.clone();
        let writer = scope.spawn(|| -> anyhow::Result<(IngestSummary, Duration)> {
            let progress = writer_progress;
            let mut total = IngestSummary::default();
            let mut busy = Duration::ZERO;
            for batch in rx {
                let t = Instant::now();
                if !batch.docs.is_empty() {
                    total += store
                        .insert_batch(batch.docs)
                        .context("cannot write a batch; everything before it is committed")?;
                }
                busy += t.elapsed();
                progress.inc(batch.inputs_done);
                progress.set_message(format!("{} new documents stored", total.new));
            }
            Ok((total, busy))
        });

        let mut seen: HashSet<String> = HashSet::new();
        let mut pending: Vec<factum_doc::Document> = Vec::new();
        let mut inputs_pending = 0u64;
        let send = |docs: Vec<factum_doc::Document>,
                    inputs_done: u64,
                    failures: &mut Vec<Diagnostic>,
                    tally: &mut super::EventTally,
                    limits: &mut Limits|
         -> bool {
            let results: Vec<Result<(PreparedDocument, Vec<_>, Limits), Diagnostic>> = docs
                .into_par_iter()
                .map(|mut doc| {
                    let limits = dating.process(&pipeline, &mut doc)?;
                    // Nothing downstream reads tokens or the parse: do not store them.
                    doc.tokens.clear();
                    doc.syntax = None;
                    let keys: Vec<_> = doc.events.iter().map(super::EventTally::key).collect();
                    Ok((factum_store::prepare(doc), keys, limits))
                })
                .collect();
            let mut ok = Vec::with_capacity(results.len());
            for r in results {
                match r {
                    Ok((p, keys, l)) => {
                        *limits += l;
                        keys.into_iter().for_each(|k| tally.add(k));
                        ok.push(p)
                    }
                    Err(d) => {
                        progress.suspend(|| eprintln!("factum: error: {d}"));
                        failures.push(d);
                    }
                }
            }
            tx.send(Batch {
                docs: ok,
                inputs_done,
            })
            .is_ok()
        };

        // Documents come a batch at a time (JSON Lines a line at a time): memory stays
        // bounded whatever the size of an input.
        let read = factum::batches::for_each_batch(&inputs, &opts, batch_size, |event| {
            let (docs, inputs_done) = match event {
                Step::Warning(w) => {
                    warnings += 1;
                    if !args.quiet {
                        progress.suspend(|| eprintln!("factum: warning: {w}"));
                    }
                    return Ok(true);
                }
                Step::Batch { docs, inputs_done } => (docs, inputs_done),
            };
            inputs_pending += inputs_done;
            for doc in docs {
                match doc {
                    Ok(doc) => {
                        if known.contains(&doc.id) || !seen.insert(doc.id.clone()) {
                            skipped_known += 1;
                            continue;
                        }
                        pending.push(doc);
                        if pending.len() >= batch_size {
                            let docs = std::mem::take(&mut pending);
                            if !send(
                                docs,
                                std::mem::take(&mut inputs_pending),
                                &mut failures,
                                &mut tally,
                                &mut limits,
                            ) {
                                return Ok(false);
                            }
                        }
                    }
                    Err(d) => {
                        progress.suspend(|| eprintln!("factum: error: {d}"));
                        failures.push(d);
                    }
                }
            }
            Ok(true)
        });
        if let Err(e) = read {
            drop(tx);
            let _ = writer.join();
            return Err(e);
        }
        if !pending.is_empty() || inputs_pending > 0 {
            send(
                std::mem::take(&mut pending),
                inputs_pending,
                &mut failures,
                &mut tally,
                &mut limits,
            );
        }
        drop(tx);
        let (summary, busy) = writer.join().expect("writer thread panicked")?;
        store_time = busy;
        Ok(summary)
    });
    progress.finish_and_clear();
    let summary = written?;
    let after = store.stats()?;

    let secs = started.elapsed().as_secs_f64().max(1e-9);
    if !args.quiet {
        let processed = summary.new + summary.existing;
        eprintln!(
            "factum ingest: {} documents new, {} already present, {} near-duplicates; \
             {} events ({} linked to aggregated events); {} failed, {} warnings, {} files skipped",
            summary.new,
            summary.existing + skipped_known,
            summary.duplicates,
            summary.events,
            summary.aggregated_mentions,
            failures.len(),
            warnings,
            skipped.len(),
        );
        let removed = creates_file && summary.new == 0;
        if !removed {
            eprintln!(
                "  database {location}: {} documents ({} near-duplicates), {} events, \
             {} aggregated events (+{})",
                after.documents,
                after.duplicates,
                after.events,
                after.aggregated_events,
                after.aggregated_events - before.aggregated_events,
            );
        }
        if processed > 0 {
            eprintln!(
                "  {processed} documents processed in {secs:.2} s ({:.1}/s); storing took {:.2} s",
                processed as f64 / secs,
                store_time.as_secs_f64(),
            );
        }
        if let Some(s) = dating.summary() {
            eprintln!("  {s}");
        }
        if summary.undated_events > 0 {
            eprintln!(
                "  {} event{} undated (no date in the sentence or the article): left out of \
                 --since/--until; `--date` dates undated articles",
                summary.undated_events,
                if summary.undated_events == 1 { "" } else { "s" }
            );
        }
        if let Some(line) = limits.summary() {
            eprintln!("  {line}");
        }
        if tally.events() > 0 {
            tally.print();
        }
        if !failures.is_empty() {
            eprintln!("failed inputs:");
            for d in &failures {
                eprintln!("  {d}");
            }
        }
    }
    if !args.quiet && !skipped.is_empty() {
        eprintln!("skipped files ({}, not read):", skipped.len());
        for d in &skipped {
            eprintln!("  {d}");
        }
    }
    if creates_file && summary.new == 0 {
        drop(store);
        remove_database(&args.db);
        eprintln!("factum ingest: nothing was ingested, so {location} was not created");
    }
    Ok(super::batch_exit_code(failures.len()))
}

/// Remove a SQLite database file and its journal files.
fn remove_database(path: &str) {
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let _ = std::fs::remove_file(format!("{path}{suffix}"));
    }
}
