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
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context as _;
use chrono::{DateTime, FixedOffset, NaiveDate};
use factum::batches::Step;
use factum::pipeline::{Limits, Pipeline};
use factum_doc::Document;
use factum_ingest::{Diagnostic, ReadOptions};
use factum_store::export;
use factum_store::fields::{Field, EVENT_FIELDS};
use factum_store::Val;
use rayon::prelude::*;

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
    /// Directory of PETRARCH-format dictionaries to use instead of the bundled ones.
    #[arg(long)]
    pub dicts: Option<PathBuf>,
    /// Date (YYYY-MM-DD or RFC 3339) of undated documents; picks dated actor roles. Without
    /// it undated documents are coded with the roles current today.
    #[arg(long)]
    pub date: Option<String>,
    /// Apply `--date` to every document, dated or not.
    #[arg(long, requires = "date")]
    pub override_date: bool,
    /// Print the summary (documents, events per type, top dyads, speed) to standard error
    /// at the end. This is the default; the flag is kept for scripts that pass it.
    #[arg(long, hide = true)]
    pub summary: bool,
    /// No summary on standard error (failures are still reported).
    #[arg(long, short)]
    pub quiet: bool,
    /// Worker threads (default: one per core).
    #[arg(long)]
    pub threads: Option<usize>,
    /// Instead of events, print every sentence with the verb forms the coder considered:
    /// the code and arguments each found, the events kept, and why each dropped candidate
    /// was dropped.
    #[arg(long)]
    pub explain: bool,
}

pub(crate) fn parse_date(s: &str) -> anyhow::Result<DateTime<FixedOffset>> {
    if let Ok(t) = DateTime::parse_from_rfc3339(s) {
        return Ok(t);
    }
    let d = NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .with_context(|| format!("date {s:?}: expected YYYY-MM-DD or RFC 3339"))?;
    Ok(d.and_hms_opt(12, 0, 0)
        .expect("valid")
        .and_utc()
        .fixed_offset())
}

/// Read every input (files, directories, `-` for standard input) with the factum-ingest
/// readers (format by extension or content; datelines and publisher tags moved into
/// metadata). Returns the documents and the failures, each naming its file and line or
/// byte; warnings (replaced invalid UTF-8, unparsable dates) go to standard error.
pub(crate) fn read_inputs(inputs: &[String]) -> (Vec<Document>, Vec<Diagnostic>) {
    let opts = ReadOptions::default();
    let mut docs = Vec::new();
    let mut failures = Vec::new();
    for input in factum_ingest::expand_inputs(inputs, None) {
        let read = match input {
            Ok(input) => factum_ingest::read_input(&input, &opts),
            Err(d) => {
                failures.push(d);
                continue;
            }
        };
        for w in &read.warnings {
            eprintln!("factum: warning: {w}");
        }
        for d in read.documents {
            match d {
                Ok(d) => docs.push(d),
                Err(e) => failures.push(e),
            }
        }
    }
    (docs, failures)
}

/// Print the failures to standard error.
pub(crate) fn report_failures(failures: &[Diagnostic]) {
    for f in failures {
        eprintln!("factum: failed: {f}");
    }
}

/// The dictionary files of a `--dicts DIR`.
pub(crate) struct DictFiles {
    pub actors: Vec<PathBuf>,
    pub agents: Vec<PathBuf>,
    pub discards: Vec<PathBuf>,
    pub verbs: Option<PathBuf>,
}

pub(crate) fn dict_files(dir: &Path) -> anyhow::Result<DictFiles> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .with_context(|| dir.display().to_string())?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    files.sort();
    let named = |suffix: &str| -> Vec<PathBuf> {
        files
            .iter()
            .filter(|p| {
                p.file_name()
                    .is_some_and(|n| n.to_string_lossy().ends_with(suffix))
            })
            .cloned()
            .collect()
    };
    let actors = named("actors.txt");
    let agents = named("agents.txt");
    let discards = named("discards.txt");
    let verbs = named("verbs.txt").into_iter().next().or_else(|| {
        files
            .iter()
            .find(|p| {
                p.file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with("CAMEO"))
            })
            .cloned()
    });
    if actors.is_empty() {
        anyhow::bail!("{}: no *actors.txt file", dir.display());
    }
    Ok(DictFiles {
        actors,
        agents,
        discards,
        verbs,
    })
}

/// Load `--dicts DIR` into the pipeline.
fn load_dicts(pipeline: &mut Pipeline, dir: &Path) -> anyhow::Result<()> {
    let f = dict_files(dir)?;
    let verbs = f
        .verbs
        .with_context(|| format!("{}: no *verbs.txt or CAMEO*.txt file", dir.display()))?;
    pipeline.actors = factum_actors::ActorRecognizer::from_files(&f.actors, &f.agents)?;
    pipeline.events =
        factum_events::EventCoder::from_files(&verbs, f.discards.first().map(|p| p.as_path()))?;
    Ok(())
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
    if let Some(n) = args.threads {
        rayon::ThreadPoolBuilder::new()
            .num_threads(n.max(1))
            .build_global()
            .context("cannot start the worker threads")?;
    }
    let dating = super::Dating::new(args.date.as_deref(), args.override_date)?;
    let started = std::time::Instant::now();
    let mut pipeline = Pipeline::new()?;
    if let Some(dir) = &args.dicts {
        load_dicts(&mut pipeline, dir)?;
    }
    pipeline.actors.set_reference_date(dating.reference);
    let loaded = started.elapsed();
    let fields = output_fields(args.format);
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
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
    let mut documents = 0usize;
    let mut failures = 0usize;
    let mut limits = Limits::default();
    let inputs = factum_ingest::expand_inputs(&args.inputs, None);
    // Documents are read a batch at a time (JSON Lines a line at a time), coded in
    // parallel and printed in input order before the next batch is read: memory stays
    // bounded whatever the size of the input.
    factum::batches::for_each_batch(&inputs, &ReadOptions::default(), 256, |event| {
        let docs = match event {
            Step::Warning(w) => {
                eprintln!("factum: warning: {w}");
                return Ok(true);
            }
            Step::Batch { docs, .. } => docs,
        };
        let coded: Vec<Result<Coded, Diagnostic>> = docs
            .into_par_iter()
            .map(|doc| {
                let mut doc = doc?;
                let limits = dating.process(&pipeline, &mut doc)?;
                let lines = if args.explain {
                    explanation(&doc, &pipeline.events.explain(&doc))
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
            })
            .collect();
        for c in coded {
            match c {
                Ok(c) => {
                    out.write_all(c.lines.as_bytes())?;
                    tokens += c.tokens;
                    documents += 1;
                    limits += c.limits;
                    for key in c.events {
                        tally.add(key);
                    }
                }
                Err(d) => {
                    report_failures(std::slice::from_ref(&d));
                    failures += 1;
                }
            }
        }
        Ok(true)
    })?;
    let secs = coding.elapsed().as_secs_f64();
    let n_events = tally.events();
    out.flush()?;
    if !args.quiet {
        let threads = rayon::current_num_threads();
        eprintln!(
            "{} documents, {n_events} events, {} failed; dictionaries and model loaded in {:.2}s, coded in {:.2}s ({:.0} documents/s, {:.0} tokens/s on {threads} thread{})",
            documents,
            failures,
            loaded.as_secs_f64(),
            secs,
            documents as f64 / secs.max(1e-9),
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
    Ok(super::batch_exit_code(failures))
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

    #[test]
    fn a_bad_input_is_reported_and_the_rest_read() {
        let dir = std::env::temp_dir().join(format!("factum-code-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let good = dir.join("a.txt");
        let bad = dir.join("b.jsonl");
        std::fs::write(&good, "Arnor attacked Gondor.").unwrap();
        std::fs::write(&bad, "{\"text\": \"ok\"}\n{\"text\n").unwrap();
        let (docs, failures) =
            read_inputs(&[good.display().to_string(), bad.display().to_string()]);
        std::fs::remove_dir_all(&dir).ok();
        assert_eq!(docs.len(), 2);
        assert_eq!(failures.len(), 1);
        assert!(
            failures[0].location.ends_with("b.jsonl:2"),
            "{}",
            failures[0]
        );
    }

    #[test]
    fn dates_are_days_or_rfc3339() {
        assert_eq!(
            parse_date("2013-01-05").unwrap().to_rfc3339(),
            "2013-01-05T12:00:00+00:00"
        );
        assert!(parse_date("2013-01-05T08:00:00+02:00").is_ok());
        assert!(parse_date("5 Jan").is_err());
    }
}
