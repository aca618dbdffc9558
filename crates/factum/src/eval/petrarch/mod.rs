//! The PETRARCH evaluation (`factum eval petrarch`, also `factum eval-coder`): code a
//! PETRARCH validation file's records end to end and compare with their expected codings.
//!
//! [`load_environment`] reads the record file ([`records`]) and loads the dictionaries its
//! `<Environment>` names from a directory; [`Dictionaries::pipeline`] puts them in a
//! [`Pipeline`] that stops after the event coder and has no geo stage (the records are
//! single sentences with actor and event codings only), with or without the parser. Each
//! record's text goes through the readers' dateline splitter (when asked), the pipeline,
//! and [`records::compare_full`]. [`write_report`] prints what the command prints.

pub mod records;

use std::path::{Path, PathBuf};

use chrono::{FixedOffset, NaiveDate, TimeZone};
use factum_actors::ActorRecognizer;
use factum_doc::{Document, Origin};
use factum_events::EventCoder;

use crate::pipeline::{Pipeline, Stage};
use records::{compare_full, parse_records, Coding, Outcome, Record, Tally};

/// Result of one record.
#[derive(Debug)]
pub struct RecordResult {
    pub record: Record,
    pub got: Vec<Coding>,
    pub outcome: Outcome,
}

/// The dictionaries a record file's `<Environment>` names.
pub struct Dictionaries {
    actors: ActorRecognizer,
    events: EventCoder,
}

impl Dictionaries {
    /// The pipeline the records are coded with: text, the parser when `parse` (else the
    /// coder's surface rules only), actors, events.
    pub fn pipeline(self, parse: bool) -> anyhow::Result<Pipeline> {
        let mut builder = Pipeline::builder()
            .until(Stage::Events)
            .skip(Stage::Geo)
            .actors(self.actors)
            .events(self.events);
        if !parse {
            builder = builder.skip(Stage::Syntax);
        }
        builder.build()
    }
}

/// Load the dictionaries named by a record file's environment from `dir`.
pub fn load_environment(xml: &str, dir: &Path) -> Result<(Dictionaries, Vec<Record>), String> {
    let (env, records) = parse_records(xml)?;
    let verbs = env.verbs.ok_or("the record file names no <Verbfile>")?;
    let paths = |names: &[String]| -> Vec<PathBuf> { names.iter().map(|n| dir.join(n)).collect() };
    let discards = env.discards.map(|n| dir.join(n));
    let mut events =
        EventCoder::from_files(&dir.join(verbs), discards.as_deref()).map_err(shown)?;
    events.keep_non_cameo = true;
    let actors =
        ActorRecognizer::from_files(&paths(&env.actors), &paths(&env.agents)).map_err(shown)?;
    Ok((Dictionaries { actors, events }, records))
}

/// A dictionary error as the command prints it: `file: message` for a file that cannot be
/// read (the loaders give it line 0), `file:line: message` otherwise.
fn shown(e: factum_dict::DictError) -> String {
    match e.line {
        0 => format!("{}: {}", e.file, e.message),
        _ => e.to_string(),
    }
}

/// What a validation run does beyond coding each record's text.
#[derive(Default, Clone, Copy)]
pub struct Options {
    /// Also run records the suite marks `sentence="false"` (disabled there), so the tally
    /// covers every record of the file.
    pub include_disabled: bool,
    /// Split a dateline off each record's text as the readers do
    /// ([`factum_ingest::dateline::split_dateline`]). A record expecting PETRARCH's
    /// `dateline` error passes when one is found; other records are coded from the body.
    pub datelines: bool,
}

/// Code one text as of `date` (`yyyymmdd`).
pub fn code_text(pipeline: &Pipeline, text: &str, date: Option<u32>) -> Document {
    let mut doc = Document::new(text, Origin::new("record", "txt"));
    if let Some(d) = date {
        let nd = NaiveDate::from_ymd_opt((d / 10000) as i32, d / 100 % 100, d % 100);
        if let Some(nd) = nd {
            let utc = FixedOffset::east_opt(0).unwrap();
            doc.published = utc
                .from_local_datetime(&nd.and_hms_opt(12, 0, 0).unwrap())
                .single();
        }
    }
    pipeline.process(&mut doc);
    doc
}

/// Code and compare records as `opts` says.
pub fn run(pipeline: &Pipeline, records: Vec<Record>, opts: Options) -> (Vec<RecordResult>, Tally) {
    let mut tally = Tally::default();
    let mut out = Vec::new();
    for record in records
        .into_iter()
        .filter(|r| r.active || opts.include_disabled)
    {
        let body_start = opts
            .datelines
            .then(|| factum_ingest::dateline::split_dateline(&record.text).map(|(_, k)| k))
            .flatten();
        let text = &record.text[body_start.unwrap_or(0)..];
        let doc = code_text(pipeline, text, record.date);
        let got: Vec<Coding> = doc.events.iter().map(coding).collect();
        let discarded = pipeline.events().discards.as_ref().is_some_and(|d| {
            let units = factum_dict::Units::from_tokens(&doc.tokens);
            d.find(&units.words).is_some()
        });
        let outcome = compare_full(&record.expected, &got, discarded, body_start.is_some());
        tally.add(&record.category, &outcome);
        out.push(RecordResult {
            record,
            got,
            outcome,
        });
    }
    (out, tally)
}

/// An event as the records write codings ("---" for a missing side).
fn coding(e: &factum_doc::Event) -> Coding {
    let side = |a: &Option<factum_doc::EventActor>| {
        a.as_ref().map_or("---".to_string(), |a| a.code.clone())
    };
    Coding {
        source: side(&e.source),
        target: side(&e.target),
        event: e.cameo.clone(),
    }
}
/// Write the report `factum eval petrarch` prints: one line per failing record with
/// expected and got (every record with `verbose`), pass rates per category, the overall
/// rate, and last a line exactly `N passed, M failed`.
pub fn write_report(
    out: &mut dyn std::io::Write,
    results: &[RecordResult],
    tally: &Tally,
    verbose: bool,
) -> std::io::Result<()> {
    for r in results {
        let disabled = if r.record.active {
            ""
        } else {
            " (disabled in the suite)"
        };
        match &r.outcome {
            Outcome::Fail { expected, got } => writeln!(
                out,
                "FAIL {} [{}] line {}{disabled}: expected {expected}; got {got}",
                r.record.id, r.record.category, r.record.line
            )?,
            Outcome::Skipped(why) => {
                writeln!(out, "SKIP {} [{}]: {why}", r.record.id, r.record.category)?
            }
            Outcome::Pass if verbose => writeln!(
                out,
                "pass {} [{}]{disabled}",
                r.record.id, r.record.category
            )?,
            Outcome::Pass => {}
        }
    }
    writeln!(out)?;
    for (cat, (pass, fail)) in &tally.per_category {
        let total = pass + fail;
        writeln!(
            out,
            "{cat:<10} {pass:>3}/{total:<3} {:>5.1}%",
            100.0 * f64::from(*pass) / f64::from(total.max(1))
        )?;
    }
    let total = tally.passed + tally.failed;
    let skipped = if tally.skipped > 0 {
        format!(" ({} skipped)", tally.skipped)
    } else {
        String::new()
    };
    writeln!(
        out,
        "overall    {}/{} {:.1}%{skipped}",
        tally.passed,
        total,
        100.0 * f64::from(tally.passed) / f64::from(total.max(1)),
    )?;
    writeln!(out, "{} passed, {} failed", tally.passed, tally.failed)
}
