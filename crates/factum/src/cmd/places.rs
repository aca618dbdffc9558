//! `factum places`: the places and dates each document mentions, resolved against the
//! gazetteer; `--eval` scores the resolver on an annotated set instead.
//!
//! Inputs: whatever `factum read` takes (text, HTML, JSON Lines, RSS/Atom, directories, `-`),
//! read by the same readers, so document ids are the same as `factum ingest` gives;
//! `--published` dates undated documents (relative expressions resolve against it).

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context as _;
use chrono::{DateTime, FixedOffset, NaiveDate};
use factum::pipeline::Pipeline;
use factum_doc::Document;

#[derive(clap::Args)]
pub struct Args {
    /// Text or JSON Lines files, or `-` for standard input.
    pub inputs: Vec<String>,
    /// Publication date or time for plain-text inputs (2024-09-24 or RFC 3339).
    #[arg(long)]
    pub published: Option<String>,
    /// Print each processed document as JSON (places, times, events) instead of a table.
    #[arg(long)]
    pub json: bool,
    /// Score the resolver on an annotated file (see factum_geo::eval) and list its errors.
    #[arg(long, conflicts_with = "inputs")]
    pub eval: Option<PathBuf>,
    /// Gazetteer file instead of the embedded one.
    #[arg(long)]
    pub gazetteer: Option<PathBuf>,
}

fn parse_published(s: &str) -> anyhow::Result<DateTime<FixedOffset>> {
    if let Ok(t) = DateTime::parse_from_rfc3339(s) {
        return Ok(t);
    }
    let d = NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .with_context(|| format!("--published {s:?}: expected YYYY-MM-DD or RFC 3339"))?;
    Ok(d.and_hms_opt(12, 0, 0)
        .expect("valid")
        .and_utc()
        .fixed_offset())
}

/// Read the inputs with the readers every other command uses (factum-ingest: format by
/// extension or content, headline and dateline moved into metadata), so a document has the
/// same id here as in `factum ingest` and `factum code`. `--published` dates the undated.
/// Unreadable inputs are reported and counted.
fn read_inputs(args: &Args) -> anyhow::Result<(Vec<Document>, usize)> {
    let published = args.published.as_deref().map(parse_published).transpose()?;
    let (mut docs, failures) = super::code::read_inputs(&args.inputs);
    super::code::report_failures(&failures);
    for d in &mut docs {
        d.published = d.published.or(published);
    }
    Ok((docs, failures.len()))
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let mut pipeline = Pipeline::new()?;
    if let Some(p) = &args.gazetteer {
        pipeline.geo = factum_geo::GeoStage::with_gazetteer(factum_geo::Gazetteer::load(p)?);
    }
    if let Some(path) = &args.eval {
        let text = std::fs::read_to_string(path).with_context(|| path.display().to_string())?;
        let docs = factum_geo::eval::parse(&text, &path.display().to_string())?;
        // The whole pipeline, so actors and parses inform the geo stage as in production.
        let scores = factum_geo::eval::evaluate(|d| pipeline.process(d), &docs);
        for e in &scores.errors {
            println!("{e}");
        }
        println!("{}", scores.report());
        return Ok(ExitCode::SUCCESS);
    }
    if args.inputs.is_empty() {
        anyhow::bail!("no inputs: give files, or - for standard input");
    }
    let (docs, failed) = read_inputs(&args)?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for mut doc in docs {
        pipeline.process(&mut doc);
        if args.json {
            let v = serde_json::json!({
                "id": doc.id,
                "published": doc.published,
                "places": doc.places,
                "times": doc.times,
                "events": doc.events,
            });
            writeln!(out, "{v}")?;
            continue;
        }
        writeln!(out, "# {} ({})", doc.id, doc.origin.path)?;
        for p in &doc.places {
            writeln!(
                out,
                "place\t{}\t{}\t{}\t{}\t{}\t{}\t{:.4},{:.4}\t{:.2}{}",
                p.span.start,
                doc.slice(p.span),
                p.place.geonameid,
                p.place.name,
                p.place.country,
                p.place.kind,
                p.place.lat,
                p.place.lon,
                p.confidence,
                match (p.demonym, p.actor) {
                    (true, _) => "\tdemonym",
                    (false, true) => "\tactor",
                    _ => "",
                }
            )?;
        }
        for t in &doc.times {
            writeln!(
                out,
                "time\t{}\t{}\t{}\t{:?}\t{:?}",
                t.span.start,
                doc.slice(t.span),
                t.date,
                t.granularity,
                t.tense
            )?;
        }
    }
    out.flush()?;
    Ok(super::batch_exit_code(failed))
}
