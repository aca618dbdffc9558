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
use factum::batch::{Batch, Out, Totals};
use factum::pipeline::{Limits, Pipeline};
use factum_ingest::Diagnostic;
use factum_store::{IngestSummary, PreparedDocument, Store, StoreOptions};

use super::common::{DateArgs, Dating, ReadArgs, ThreadsArg};

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
    #[command(flatten)]
    pub read: ReadArgs,
    /// Documents per transaction.
    #[arg(long, default_value_t = factum_store::DEFAULT_BATCH)]
    pub batch: usize,
    /// Estimated Jaccard similarity (0–1) from which an article is a near-duplicate.
    #[arg(long, default_value_t = factum_store::dedup::DEFAULT_THRESHOLD)]
    pub dup_threshold: f64,
    #[command(flatten)]
    pub dates: DateArgs,
    #[command(flatten)]
    pub threads: ThreadsArg,
    /// No progress bar, warnings or summary; failures are still reported.
    #[arg(short, long)]
    pub quiet: bool,
}

/// A processed chunk on its way to the writer thread.
struct Chunk {
    docs: Vec<PreparedDocument>,
    /// Inputs this chunk completes (for the progress bar).
    inputs_done: u64,
}

/// One document ready to store, with what it adds to the summary.
struct Prepared {
    doc: PreparedDocument,
    /// Each event's (type, source, target), for the tally.
    keys: Vec<(String, String, String)>,
    limits: Limits,
}

/// The writer thread stopped (it failed; its error says why): stop reading.
#[derive(Debug)]
struct WriterStopped;

impl std::fmt::Display for WriterStopped {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("the database writer stopped")
    }
}

impl std::error::Error for WriterStopped {}

/// What a run adds up besides the store's own summary.
#[derive(Default)]
struct Run {
    totals: Totals,
    failures: Vec<Diagnostic>,
    tally: super::EventTally,
    skipped_known: usize,
    store_time: Duration,
    limits: Limits,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    args.threads.apply()?;
    if !(0.0..=1.0).contains(&args.dup_threshold) {
        anyhow::bail!("--dup-threshold must be between 0 and 1");
    }
    let location = factum_store::redact(&args.db);
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

    let opts = args.read.options(false);
    let dating = args.dates.dating()?;
    let pipeline = dating.pipeline().build()?;
    let (inputs, skipped) = factum_ingest::expand_inputs_listing_skipped(&args.inputs, opts.format);

    let progress = super::input_progress(inputs.len(), args.quiet);
    progress.enable_steady_tick(Duration::from_millis(200));

    let started = Instant::now();
    let mut run = Run::default();
    let batch = Batch::new(&inputs, &opts).chunk(args.batch);
    let stored = Stored {
        known: &known,
        pipeline: &pipeline,
        dating: &dating,
        progress: &progress,
        quiet: args.quiet,
    };
    let written = stored.store_all(&mut store, &batch, &mut run);
    progress.finish_and_clear();
    let summary = written?;
    let after = store.stats()?;

    if !args.quiet {
        let removed = creates_file && summary.new == 0;
        let stats = (!removed).then_some((&location, &before, &after));
        print_summary(&summary, &run, stats, started.elapsed(), skipped.len());
        print_details(&summary, &run, &dating);
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
    Ok(run.totals.exit_code())
}

/// What processing and storing the documents reads.
struct Stored<'a> {
    /// Ids already in the database: skipped before the pipeline runs.
    known: &'a HashSet<String>,
    pipeline: &'a Pipeline,
    dating: &'a Dating,
    progress: &'a indicatif::ProgressBar,
    quiet: bool,
}

impl Stored<'_> {
    /// Process the documents of `batch` and store them: one writer thread owns the store
    /// and commits each chunk in one transaction while the workers prepare the next.
    fn store_all(
        &self,
        store: &mut Store,
        batch: &Batch,
        run: &mut Run,
    ) -> anyhow::Result<IngestSummary> {
        let (tx, rx) = mpsc::sync_channel::<Chunk>(1);
        std::thread::scope(|scope| {
            let progress = self.progress.clone();
            let writer = scope.spawn(move || write_chunks(store, rx, progress));
            let mut seen: HashSet<String> = HashSet::new();
            let mut skipped_known = 0usize;
            let mut docs = Vec::new();
            let read = batch.run_admitting(
                |doc| {
                    let new = !self.known.contains(&doc.id) && seen.insert(doc.id.clone());
                    skipped_known += usize::from(!new);
                    new
                },
                |doc| self.prepare(doc),
                |step| {
                    match step {
                        Out::Warning(w) if !self.quiet => {
                            self.progress.suspend(|| eprintln!("factum: warning: {w}"));
                        }
                        Out::Warning(_) => {}
                        Out::Failed(d) => {
                            self.progress.suspend(|| eprintln!("factum: error: {d}"));
                            run.failures.push(d);
                        }
                        Out::Done(p) => {
                            run.limits += p.limits;
                            p.keys.into_iter().for_each(|k| run.tally.add(k));
                            docs.push(p.doc);
                        }
                        Out::ChunkEnd { inputs } => {
                            let chunk = Chunk {
                                docs: std::mem::take(&mut docs),
                                inputs_done: inputs,
                            };
                            tx.send(chunk).map_err(|_| WriterStopped)?;
                        }
                    }
                    Ok(())
                },
            );
            drop(tx);
            // A writer that failed says why the reading stopped.
            let (summary, busy) = writer.join().expect("writer thread panicked")?;
            run.totals = read?;
            run.skipped_known = skipped_known;
            run.store_time = busy;
            Ok(summary)
        })
    }

    /// Date, process and check one document, and prepare its rows.
    fn prepare(&self, mut doc: factum_doc::Document) -> Result<Prepared, Diagnostic> {
        let limits = self.dating.process(self.pipeline, &mut doc)?;
        // Nothing downstream reads tokens or the parse: do not store them.
        doc.tokens.clear();
        doc.syntax = None;
        let keys: Vec<_> = doc.events.iter().map(super::EventTally::key).collect();
        Ok(Prepared {
            doc: factum_store::prepare(doc),
            keys,
            limits,
        })
    }
}

/// The writer thread: commit each chunk in one transaction.
fn write_chunks(
    store: &mut Store,
    rx: mpsc::Receiver<Chunk>,
    progress: indicatif::ProgressBar,
) -> anyhow::Result<(IngestSummary, Duration)> {
    let mut total = IngestSummary::default();
    let mut busy = Duration::ZERO;
    for chunk in rx {
        let t = Instant::now();
        if !chunk.docs.is_empty() {
            total += store
                .insert_batch(chunk.docs)
                .context("cannot write a batch; everything before it is committed")?;
        }
        busy += t.elapsed();
        progress.inc(chunk.inputs_done);
        progress.set_message(format!("{} new documents stored", total.new));
    }
    Ok((total, busy))
}

/// The end-of-run summary on standard error; `stats`: the database's location and figures
/// before and after (none when the database is removed again).
fn print_summary(
    summary: &IngestSummary,
    run: &Run,
    stats: Option<(&String, &factum_store::Stats, &factum_store::Stats)>,
    elapsed: Duration,
    skipped: usize,
) {
    let processed = summary.new + summary.existing;
    eprintln!(
        "factum ingest: {} documents new, {} already present, {} near-duplicates; \
         {} events ({} linked to aggregated events); {} failed, {} warnings, {} files skipped",
        summary.new,
        summary.existing + run.skipped_known,
        summary.duplicates,
        summary.events,
        summary.aggregated_mentions,
        run.totals.failures,
        run.totals.warnings,
        skipped,
    );
    if let Some((location, before, after)) = stats {
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
        let secs = elapsed.as_secs_f64().max(1e-9);
        eprintln!(
            "  {processed} documents processed in {secs:.2} s ({:.1}/s); storing took {:.2} s",
            processed as f64 / secs,
            run.store_time.as_secs_f64(),
        );
    }
}

/// The rest of the summary: dating, undated events, limits, events per type and dyad, the
/// failed inputs.
fn print_details(summary: &IngestSummary, run: &Run, dating: &Dating) {
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
    if let Some(line) = run.limits.summary() {
        eprintln!("  {line}");
    }
    if run.tally.events() > 0 {
        run.tally.print();
    }
    if !run.failures.is_empty() {
        eprintln!("failed inputs:");
        for d in &run.failures {
            eprintln!("  {d}");
        }
    }
}

/// Remove a SQLite database file and its journal files.
fn remove_database(path: &str) {
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let _ = std::fs::remove_file(format!("{path}{suffix}"));
    }
}
