//! `factum read`: ingest + the pipeline, documents as JSON Lines.
//!
//! Inputs are expanded (directories walked in sorted order), read and processed in parallel
//! with rayon, and written in input order, so the output is the same whatever the thread
//! count. A bad input fails alone: it is reported on stderr as it happens, listed again in
//! the end-of-run summary, and makes the exit code 1; everything else is still written.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Context as _;
use factum::batches::Step;
use factum::outfile::OutFile;
use factum::pipeline::{Limits, Pipeline};
use factum_doc::Document;
use factum_ingest::{Diagnostic, Format, ReadOptions};
use rayon::prelude::*;

/// Documents handed to the workers at a time: enough to keep every thread busy, few enough
/// that output starts early and memory stays bounded on large inputs.
const BATCH: usize = 256;

#[derive(clap::Args)]
#[command(after_help = "\
Examples:
  factum read examples/corpus                      every article in the sample corpus
  factum read story.txt --sentences                one article, with sentence spans and text
  factum read feed.rss page.html -o docs.jsonl     several formats into one file
  cat story.txt | factum read - --format txt       standard input
  factum read https://example.org/rss --fetch-links   a live feed (needs --features fetch)

Formats by extension: .txt .text | .html .htm .xhtml | .jsonl .ndjson | .rss .atom .xml
Exit code: 0 when every input was read, 1 when any failed (the rest are still written).")]
pub struct Args {
    /// Files, directories (read recursively), feed URLs, or `-` for standard input.
    #[arg(required = true)]
    pub inputs: Vec<String>,
    /// Read every input as this format instead of choosing by extension.
    #[arg(long, value_parser = ["txt", "html", "jsonl", "rss", "atom"])]
    pub format: Option<String>,
    /// Write the JSON Lines here instead of standard output.
    #[arg(short, long)]
    pub output: Option<PathBuf>,
    /// Include sentences (spans, token ranges and their text).
    #[arg(long)]
    pub sentences: bool,
    /// Include tokens (spans, matching form, space-after) and per-token layers.
    #[arg(long)]
    pub tokens: bool,
    /// Largest document body in bytes; larger ones fail.
    #[arg(long, default_value_t = factum_ingest::DEFAULT_MAX_BYTES)]
    pub max_bytes: usize,
    /// Fail on invalid UTF-8 instead of replacing it with U+FFFD and warning.
    #[arg(long)]
    pub strict: bool,
    /// For feed items, download the linked article and use its main content.
    #[arg(long)]
    pub fetch_links: bool,
    /// Worker threads (default: one per core).
    #[arg(long)]
    pub threads: Option<usize>,
    /// Date (YYYY-MM-DD or RFC 3339) of undated documents; picks dated actor roles. Without
    /// it undated documents are coded with the roles current today.
    #[arg(long)]
    pub date: Option<String>,
    /// Apply `--date` to every document, dated or not.
    #[arg(long, requires = "date")]
    pub override_date: bool,
    /// No progress bar, warnings or summary; failures are still reported.
    #[arg(short, long)]
    pub quiet: bool,
}

/// What one document contributes to the summary.
#[derive(Default)]
struct Totals {
    documents: usize,
    failures: Vec<Diagnostic>,
    warnings: usize,
    bytes: usize,
    sentences: usize,
    tokens: usize,
    limits: Limits,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    if args.fetch_links && !cfg!(feature = "fetch") {
        anyhow::bail!(
            "--fetch-links needs factum built with the `fetch` feature \
             (cargo build --release -p factum --features fetch)"
        );
    }
    if let Some(n) = args.threads {
        rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build_global()
            .context("cannot set up worker threads")?;
    }
    let format = args.format.as_deref().and_then(Format::from_name);
    let opts = ReadOptions {
        format,
        max_bytes: args.max_bytes,
        strict: args.strict,
        fetch_links: args.fetch_links,
    };
    let dating = super::Dating::new(args.date.as_deref(), args.override_date)?;
    let mut pipeline = Pipeline::new()?;
    pipeline.actors.set_reference_date(dating.reference);
    let pipeline = pipeline;
    let inputs = factum_ingest::expand_inputs(&args.inputs, format);

    let mut file = args.output.as_deref().map(OutFile::create).transpose()?;
    let mut stdout;
    let out: &mut dyn Write = match file.as_mut() {
        Some(f) => f,
        None => {
            stdout = std::io::BufWriter::new(std::io::stdout().lock());
            &mut stdout
        }
    };

    let progress = super::input_progress(inputs.len(), args.quiet);

    let started = Instant::now();
    let mut totals = Totals::default();
    // Documents are read in batches (a JSON Lines input a line at a time), processed in
    // parallel and written before the next batch is read: memory stays bounded whatever
    // the size of an input.
    factum::batches::for_each_batch(&inputs, &opts, BATCH, |event| {
        let (docs, inputs_done) = match event {
            Step::Warning(w) => {
                totals.warnings += 1;
                if !args.quiet {
                    progress.suspend(|| eprintln!("factum: warning: {w}"));
                }
                return Ok(true);
            }
            Step::Batch { docs, inputs_done } => (docs, inputs_done),
        };
        let results: Vec<Result<Done, Diagnostic>> = docs
            .into_par_iter()
            .map(|doc| process_document(doc, &pipeline, &dating, &args))
            .collect();
        for doc in results {
            match doc {
                Ok(done) => {
                    out.write_all(&done.json).context("cannot write output")?;
                    totals.documents += 1;
                    totals.bytes += done.bytes;
                    totals.sentences += done.sentences;
                    totals.tokens += done.tokens;
                    totals.limits += done.limits;
                }
                Err(d) => {
                    progress.suspend(|| eprintln!("factum: error: {d}"));
                    totals.failures.push(d);
                }
            }
        }
        progress.inc(inputs_done);
        progress.set_message(format!("{} documents", totals.documents));
        Ok(true)
    })?;
    out.flush().context("cannot write output")?;
    if let Some(f) = file {
        f.commit()?;
    }
    progress.finish_and_clear();

    let secs = started.elapsed().as_secs_f64().max(1e-9);
    if !args.quiet {
        eprintln!(
            "factum read: {} documents, {} failed, {} warnings; {} sentences, {} tokens, {:.1} MB \
             in {:.2} s ({:.0} docs/s, {:.1} MB/s)",
            totals.documents,
            totals.failures.len(),
            totals.warnings,
            totals.sentences,
            totals.tokens,
            totals.bytes as f64 / 1e6,
            secs,
            totals.documents as f64 / secs,
            totals.bytes as f64 / 1e6 / secs,
        );
        if let Some(s) = dating.summary() {
            eprintln!("  {s}");
        }
        if let Some(line) = totals.limits.summary() {
            eprintln!("  {line}");
        }
        if !totals.failures.is_empty() {
            eprintln!("failed inputs:");
            for d in &totals.failures {
                eprintln!("  {d}");
            }
        }
    }
    Ok(super::batch_exit_code(totals.failures.len()))
}

struct Done {
    json: Vec<u8>,
    bytes: usize,
    sentences: usize,
    tokens: usize,
    limits: Limits,
}

/// Run the pipeline on one document and serialise it to a JSON line.
fn process_document(
    doc: Result<Document, Diagnostic>,
    pipeline: &Pipeline,
    dating: &super::Dating,
    args: &Args,
) -> Result<Done, Diagnostic> {
    let mut doc = doc?;
    let limits = dating.process(pipeline, &mut doc)?;
    Ok(Done {
        bytes: doc.text.len(),
        sentences: doc.sentences.len(),
        tokens: doc.tokens.len(),
        limits,
        json: to_json_line(doc, args)
            .map_err(|e| Diagnostic::new("output", format!("cannot serialise a document: {e}")))?,
    })
}

/// A sentence as `--sentences` prints it: the layer's fields plus the sentence text.
#[derive(serde::Serialize)]
struct SentenceOut<'a> {
    #[serde(flatten)]
    sentence: &'a factum_doc::Sentence,
    text: &'a str,
}

#[derive(serde::Serialize)]
struct DocumentOut<'a> {
    #[serde(flatten)]
    doc: &'a Document,
    sentences: Vec<SentenceOut<'a>>,
}

/// One document as a JSON line, with the layers the flags ask for. With `--sentences` each
/// sentence also carries its `text`, so the output can be read without slicing by hand.
fn to_json_line(mut doc: Document, args: &Args) -> serde_json::Result<Vec<u8>> {
    if !args.tokens {
        doc.tokens.clear();
        doc.syntax = None;
    }
    let mut line = if args.sentences && !doc.sentences.is_empty() {
        let sentences = std::mem::take(&mut doc.sentences);
        let out = DocumentOut {
            doc: &doc,
            sentences: sentences
                .iter()
                .map(|s| SentenceOut {
                    sentence: s,
                    text: &doc.text[s.span.range()],
                })
                .collect(),
        };
        serde_json::to_vec(&out)?
    } else {
        doc.sentences.clear();
        serde_json::to_vec(&doc)?
    };
    line.push(b'\n');
    Ok(line)
}
