//! Run a PETRARCH validation file end to end: load the dictionaries its `<Environment>`
//! names from a directory, code each record's text with the record's date, compare.

use std::path::Path;

use chrono::{FixedOffset, NaiveDate, TimeZone};
use factum_actors::dict::{ActorDictionary, AgentDictionary};
use factum_actors::ActorRecognizer;
use factum_doc::{Document, Origin};

use crate::coder::EventCoder;
use crate::discards::Discards;
use crate::eval::{compare_full, parse_records, Coding, Outcome, Record, Tally};
use crate::verbs::VerbDictionary;

/// Result of one record.
#[derive(Debug)]
pub struct RecordResult {
    pub record: Record,
    pub got: Vec<Coding>,
    pub outcome: Outcome,
}

/// Dictionaries for a validation run.
pub struct Coders {
    pub actors: ActorRecognizer,
    pub events: EventCoder,
}

fn read(dir: &Path, name: &str) -> Result<String, String> {
    let p = dir.join(name);
    factum_dict::read_file(&p).map_err(|e| format!("{}: {}", e.file, e.message))
}

/// Load the dictionaries named by a record file's environment from `dir`.
pub fn load_environment(xml: &str, dir: &Path) -> Result<(Coders, Vec<Record>), String> {
    let (env, records) = parse_records(xml)?;
    let verbs_name = env.verbs.ok_or("the record file names no <Verbfile>")?;
    let verbs =
        VerbDictionary::parse(&verbs_name, &read(dir, &verbs_name)?).map_err(|e| e.to_string())?;
    let discards = match &env.discards {
        Some(n) => Some(Discards::parse(n, &read(dir, n)?).map_err(|e| e.to_string())?),
        None => None,
    };
    let mut actors = ActorDictionary::default();
    for n in &env.actors {
        actors
            .load_str(n, &read(dir, n)?)
            .map_err(|e| e.to_string())?;
    }
    let mut agents = AgentDictionary::default();
    for n in &env.agents {
        agents
            .load_str(n, &read(dir, n)?)
            .map_err(|e| e.to_string())?;
    }
    let mut events = EventCoder::new(verbs, discards);
    events.keep_non_cameo = true;
    Ok((
        Coders {
            actors: ActorRecognizer::new(actors, agents),
            events,
        },
        records,
    ))
}

/// Finds a dateline at the start of a text: the byte offset where the body starts.
pub type DatelineFn = dyn Fn(&str) -> Option<usize>;

/// What a validation run does beyond coding each record's text.
#[derive(Default)]
pub struct Options<'a> {
    /// Also run records the suite marks `sentence="false"` (disabled there), so the tally
    /// covers every record of the file.
    pub include_disabled: bool,
    /// The dateline splitter the readers use (`factum_ingest::dateline::split_dateline`):
    /// returns the byte offset where the body starts. A record expecting PETRARCH's
    /// `dateline` error passes when it finds one; other records are coded from the body.
    pub dateline: Option<&'a DatelineFn>,
    /// Runs between tokenisation and actor recognition (the syntax stage), when given.
    pub syntax: Option<&'a dyn Fn(&mut Document)>,
}

/// Code one text as of `date` (`yyyymmdd`).
pub fn code_text(coders: &Coders, text: &str, date: Option<u32>) -> Document {
    code_text_with(coders, text, date, None)
}

/// [`code_text`], with a syntax stage run before the actors when given.
pub fn code_text_with(
    coders: &Coders,
    text: &str,
    date: Option<u32>,
    syntax: Option<&dyn Fn(&mut Document)>,
) -> Document {
    let mut doc = Document::new(
        text,
        Origin {
            path: "record".to_string(),
            format: "txt".to_string(),
            ..Origin::default()
        },
    );
    if let Some(d) = date {
        let nd = NaiveDate::from_ymd_opt((d / 10000) as i32, d / 100 % 100, d % 100);
        if let Some(nd) = nd {
            let utc = FixedOffset::east_opt(0).unwrap();
            doc.published = utc
                .from_local_datetime(&nd.and_hms_opt(12, 0, 0).unwrap())
                .single();
        }
    }
    factum_text::process(&mut doc);
    if let Some(f) = syntax {
        f(&mut doc);
    }
    coders.actors.process(&mut doc);
    coders.events.process(&mut doc);
    doc
}

/// Code and compare every active record.
pub fn run(coders: &Coders, records: Vec<Record>) -> (Vec<RecordResult>, Tally) {
    run_with(coders, records, &Options::default())
}

/// Code and compare records as `opts` says.
pub fn run_with(
    coders: &Coders,
    records: Vec<Record>,
    opts: &Options<'_>,
) -> (Vec<RecordResult>, Tally) {
    let mut tally = Tally::default();
    let mut out = Vec::new();
    for record in records
        .into_iter()
        .filter(|r| r.active || opts.include_disabled)
    {
        let body_start = opts.dateline.and_then(|f| f(&record.text));
        let text = &record.text[body_start.unwrap_or(0)..];
        let doc = code_text_with(coders, text, record.date, opts.syntax);
        let got: Vec<Coding> = doc
            .events
            .iter()
            .map(|e| Coding {
                source: e
                    .source
                    .as_ref()
                    .map_or("---".to_string(), |a| a.code.clone()),
                target: e
                    .target
                    .as_ref()
                    .map_or("---".to_string(), |a| a.code.clone()),
                event: e.cameo.clone(),
            })
            .collect();
        let discarded = coders.events.discards.as_ref().is_some_and(|d| {
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
