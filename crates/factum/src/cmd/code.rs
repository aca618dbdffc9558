//! `factum code`: read articles, run the pipeline, print the coded events.
//!
//! One event per line, with the same fields in the same order as `factum export` (the
//! store's event schema, `docs/codebook.md`): JSON Lines (default) adds the whole event
//! record under `event`; `--format csv|tsv` prints the fields with a header. Fields that
//! only a database has are null (`is_duplicate` false, `canonical_doc_id` null). `--dicts DIR` codes with other
//! dictionaries (files named `*actors.txt`, `*agents.txt`, `*discards.txt` and one verb
//! file `*verbs.txt` or `CAMEO*.txt`); `--date` dates undated documents (`--override-date`: every document), which
//! picks date-restricted actor roles; without it undated documents use today's roles. Documents are coded in parallel (`--threads`) and
//! printed in input order; a summary (documents, events per type, top dyads, speed) goes
//! to standard error unless `--quiet`. Unreadable inputs are reported and counted, the
//! rest are coded, and the exit code is 1 when any failed.

use std::io::Write;
use std::process::ExitCode;

use factum::batch::{Batch, Out};
use factum::pipeline::Limits;
use factum_doc::Document;
use factum_ingest::{Diagnostic, ReadOptions};
use factum_store::export;
use factum_store::fields::{Field, EVENT_FIELDS};
use factum_store::Val;

use super::common::{DateArgs, DictArgs, Output, ThreadsArg};

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Jsonl,
    Csv,
    Tsv,
}

#[derive(clap::Args)]
pub struct Args {
    /// Files (text, HTML, JSON Lines, RSS/Atom; chosen by extension or content),
    /// directories of such files, or `-` for standard input.
    pub inputs: Vec<String>,
    /// Output format.
    #[arg(long, value_enum, default_value = "jsonl")]
    pub format: Format,
    #[command(flatten)]
    pub dicts: DictArgs,
    #[command(flatten)]
    pub dates: DateArgs,
    /// Print the summary (documents, events per type, top dyads, speed) to standard error
    /// at the end. This is the default; the flag is kept for scripts that pass it.
    #[arg(long, hide = true)]
    pub summary: bool,
    /// No summary on standard error (failures are still reported).
    #[arg(long, short)]
    pub quiet: bool,
    #[command(flatten)]
    pub threads: ThreadsArg,
    /// Instead of events, print every sentence with the verb forms the coder considered:
    /// the code and arguments each found, the events kept, and why each dropped candidate
    /// was dropped.
    #[arg(long)]
    pub explain: bool,
}

/// The output fields: the store's event fields (the same as `factum export`'s, in the same
/// order), and in JSON Lines the whole event record last, under `event`.
fn output_fields(format: Format) -> Vec<Field> {
    let mut fields = EVENT_FIELDS.to_vec();
    if format == Format::Jsonl {
        fields.push(factum_store::export::extra("event", "e.json"));
    }
    fields
}

/// A CSV or TSV writer into a string buffer (documents are formatted on worker threads).
fn delimited(sep: u8) -> csv::Writer<Vec<u8>> {
    csv::WriterBuilder::new()
        .delimiter(sep)
        .has_headers(false)
        .from_writer(Vec::new())
}

/// The output lines of one document's events.
fn event_lines(doc: &Document, format: Format, fields: &[Field]) -> anyhow::Result<String> {
    let records = factum_store::fields::event_records(doc);
    let sep = match format {
        Format::Jsonl => {
            let mut out = String::new();
            for (mut row, json) in records {
                row.push(Val::Text(json));
                out.push_str(&export::jsonl_line(fields, &row, &["event"]));
            }
            return Ok(out);
        }
        Format::Csv => b',',
        Format::Tsv => b'\t',
    };
    let mut w = delimited(sep);
    for (row, _) in records {
        w.write_record(export::cells(fields, &row))?;
    }
    Ok(String::from_utf8(w.into_inner()?)?)
}

/// What one document contributes: its output lines and, for the summary, each event's
/// type and dyad.
struct Coded {
    lines: String,
    events: Vec<(String, String, String)>,
    tokens: usize,
    limits: Limits,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    if args.inputs.is_empty() {
        anyhow::bail!("no inputs: give files, directories, or - for standard input");
    }
    args.threads.apply()?;
    let dating = args.dates.dating()?;
    let started = std::time::Instant::now();
    let pipeline = args.dicts.all(dating.pipeline())?.build()?;
    let loaded = started.elapsed();
    let fields = output_fields(args.format);
    let mut out = Output::stdout();
    let header = match args.format {
        Format::Csv => Some(b','),
        Format::Tsv => Some(b'\t'),
        Format::Jsonl => None,
    };
    if let (Some(sep), false) = (header, args.explain) {
        let mut w = delimited(sep);
        w.write_record(fields.iter().map(|f| f.name))?;
        out.write_all(&w.into_inner()?)?;
    }
    let coding = std::time::Instant::now();
    let mut tally = super::EventTally::default();
    let mut tokens = 0usize;
    let mut limits = Limits::default();
    let inputs = factum_ingest::expand_inputs(&args.inputs, None);
    let code = |mut doc: Document| -> Result<Coded, Diagnostic> {
        let limits = dating.process(&pipeline, &mut doc)?;
        let lines = if args.explain {
            explanation(&doc, &pipeline.events().explain(&doc))
        } else {
            event_lines(&doc, args.format, &fields).map_err(|e| Diagnostic {
                location: doc.origin.path.clone(),
                message: format!("cannot format its events: {e}"),
            })?
        };
        let events = doc.events.iter().map(super::EventTally::key).collect();
        Ok(Coded {
            lines,
            events,
            tokens: doc.tokens.len(),
            limits,
        })
    };
    let batch = Batch::new(&inputs, &ReadOptions::default()).run(code, |step| {
        match step {
            Out::Warning(w) => eprintln!("factum: warning: {w}"),
            Out::Failed(d) => eprintln!("factum: failed: {d}"),
            Out::Done(c) => {
                out.write_all(c.lines.as_bytes())?;
                tokens += c.tokens;
                limits += c.limits;
                for key in c.events {
                    tally.add(key);
                }
            }
            Out::ChunkEnd { .. } => {}
        }
        Ok(())
    })?;
    let secs = coding.elapsed().as_secs_f64();
    let n_events = tally.events();
    out.finish()?;
    if !args.quiet {
        let threads = rayon::current_num_threads();
        eprintln!(
            "{} documents, {n_events} events, {} failed; dictionaries and model loaded in {:.2}s, coded in {:.2}s ({:.0} documents/s, {:.0} tokens/s on {threads} thread{})",
            batch.documents,
            batch.failures,
            loaded.as_secs_f64(),
            secs,
            batch.documents as f64 / secs.max(1e-9),
            tokens as f64 / secs.max(1e-9),
            if threads == 1 { "" } else { "s" },
        );
        if let Some(s) = dating.summary() {
            eprintln!("{s}");
        }
        if let Some(line) = limits.summary() {
            eprintln!("{line}");
        }
        tally.print();
    }
    Ok(batch.exit_code())
}

/// `--explain`: each sentence with a candidate, its candidates' outcomes and its events.
fn explanation(doc: &Document, candidates: &[factum_events::coder::Candidate]) -> String {
    let mut out = String::new();
    for (si, sent) in doc.sentences.iter().enumerate() {
        let here: Vec<_> = candidates
            .iter()
            .filter(|c| c.sentence as usize == si)
            .collect();
        if here.is_empty() {
            continue;
        }
        out.push_str(&format!("\n{} #{si}: {}\n", doc.id, doc.slice(sent.span)));
        for c in here {
            out.push_str(&format!("  {:<14} {}\n", c.verb, c.outcome));
        }
        for e in doc.events.iter().filter(|e| e.sentence as usize == si) {
            out.push_str(&format!("  => event {}\n", e.coding()));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_and_tsv_fields_are_escaped() {
        let mut w = delimited(b',');
        w.write_record(["a,b", "plain", "x,\"y\""]).unwrap();
        let csv = String::from_utf8(w.into_inner().unwrap()).unwrap();
        assert_eq!(csv, "\"a,b\",plain,\"x,\"\"y\"\"\"\n");
        // TSV quotes a field holding a tab, as CSV does: readers split it back into two.
        let mut w = delimited(b'\t');
        w.write_record(["a\tb", "c"]).unwrap();
        let tsv = w.into_inner().unwrap();
        let mut r = csv::ReaderBuilder::new()
            .delimiter(b'\t')
            .has_headers(false)
            .from_reader(tsv.as_slice());
        let record = r.records().next().unwrap().unwrap();
        assert_eq!(record.iter().collect::<Vec<_>>(), ["a\tb", "c"]);
    }
}
