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
use factum::batch::{Batch, Out};
use factum::pipeline::{Limits, Pipeline};
use factum_doc::Document;
use factum_ingest::Diagnostic;

use super::common::{DateArgs, Dating, Output, ReadArgs, ThreadsArg};

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
    #[command(flatten)]
    pub read: ReadArgs,
    /// Write the JSON Lines here instead of standard output.
    #[arg(short, long)]
    pub output: Option<PathBuf>,
    /// Include sentences (spans, token ranges and their text).
    #[arg(long)]
    pub sentences: bool,
    /// Include tokens (spans, matching form, space-after) and per-token layers.
    #[arg(long)]
    pub tokens: bool,
    /// For feed items, download the linked article and use its main content.
    #[arg(long)]
    pub fetch_links: bool,
    #[command(flatten)]
    pub threads: ThreadsArg,
    #[command(flatten)]
    pub dates: DateArgs,
    /// No progress bar, warnings or summary; failures are still reported.
    #[arg(short, long)]
    pub quiet: bool,
}

/// What the documents contribute to the summary.
#[derive(Default)]
struct Totals {
    failures: Vec<Diagnostic>,
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
    args.threads.apply()?;
    let opts = args.read.options(args.fetch_links);
    let dating = args.dates.dating()?;
    let pipeline = dating.pipeline().build()?;
    let inputs = factum_ingest::expand_inputs(&args.inputs, opts.format);
    let mut out = Output::create(args.output.as_deref())?;
    let progress = super::input_progress(inputs.len(), args.quiet);

    let started = Instant::now();
    let mut totals = Totals::default();
    let mut documents = 0usize;
    let batch = Batch::new(&inputs, &opts).run(
        |doc| process_document(doc, &pipeline, &dating, &args),
        |step| {
            match step {
                Out::Warning(w) if !args.quiet => {
                    progress.suspend(|| eprintln!("factum: warning: {w}"));
                }
                Out::Warning(_) => {}
                Out::Failed(d) => {
                    progress.suspend(|| eprintln!("factum: error: {d}"));
                    totals.failures.push(d);
                }
                Out::Done(done) => {
                    out.write_all(&done.json).context("cannot write output")?;
                    documents += 1;
                    totals.bytes += done.bytes;
                    totals.sentences += done.sentences;
                    totals.tokens += done.tokens;
                    totals.limits += done.limits;
                }
                Out::ChunkEnd { inputs } => {
                    progress.inc(inputs);
                    progress.set_message(format!("{documents} documents"));
                }
            }
            Ok(())
        },
    )?;
    out.finish()?;
    progress.finish_and_clear();

    let secs = started.elapsed().as_secs_f64().max(1e-9);
    if !args.quiet {
        eprintln!(
            "factum read: {} documents, {} failed, {} warnings; {} sentences, {} tokens, {:.1} MB \
             in {:.2} s ({:.0} docs/s, {:.1} MB/s)",
            batch.documents,
            totals.failures.len(),
            batch.warnings,
            totals.sentences,
            totals.tokens,
            totals.bytes as f64 / 1e6,
            secs,
            batch.documents as f64 / secs,
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
    Ok(batch.exit_code())
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
    mut doc: Document,
    pipeline: &Pipeline,
    dating: &Dating,
    args: &Args,
) -> Result<Done, Diagnostic> {
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
