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
use factum::batch::{Batch, Out};
use factum::pipeline::Pipeline;
use factum_doc::Document;
use factum_ingest::{Diagnostic, ReadOptions};

use super::common::{parse_date, Output};

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

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let mut pipeline = Pipeline::builder();
    if let Some(p) = &args.gazetteer {
        pipeline = pipeline.geo(factum_geo::GeoStage::with_gazetteer(
            factum_geo::Gazetteer::load(p)?,
        ));
    }
    let pipeline = pipeline.build()?;
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
    // Inputs are read with the readers every other command uses (factum-ingest: format by
    // extension or content, headline and dateline moved into metadata), so a document has
    // the same id here as in `factum ingest` and `factum code`. `--published` dates the
    // undated.
    let published = args
        .published
        .as_deref()
        .map(|s| parse_date(s, "--published"))
        .transpose()?;
    let inputs = factum_ingest::expand_inputs(&args.inputs, None);
    let mut out = Output::stdout();
    let resolve = |mut doc: Document| -> Result<String, Diagnostic> {
        doc.published = doc.published.or(published);
        pipeline.process(&mut doc);
        if args.json {
            let v = serde_json::json!({
                "id": doc.id,
                "published": doc.published,
                "places": doc.places,
                "times": doc.times,
                "events": doc.events,
            });
            return Ok(format!("{v}\n"));
        }
        Ok(table(&doc))
    };
    let batch = Batch::new(&inputs, &ReadOptions::default()).run(resolve, |step| {
        match step {
            Out::Warning(w) => eprintln!("factum: warning: {w}"),
            Out::Failed(d) => eprintln!("factum: failed: {d}"),
            Out::Done(lines) => out.write_all(lines.as_bytes())?,
            Out::ChunkEnd { .. } => {}
        }
        Ok(())
    })?;
    out.finish()?;
    Ok(batch.exit_code())
}

/// The places and times of `doc`, one per line, under a `# id (path)` header.
fn table(doc: &Document) -> String {
    let mut out = format!("# {} ({})\n", doc.id, doc.origin.path);
    for p in &doc.places {
        out.push_str(&format!(
            "place\t{}\t{}\t{}\t{}\t{}\t{}\t{:.4},{:.4}\t{:.2}{}\n",
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
        ));
    }
    for t in &doc.times {
        out.push_str(&format!(
            "time\t{}\t{}\t{}\t{:?}\t{:?}\n",
            t.span.start,
            doc.slice(t.span),
            t.date,
            t.granularity,
            t.tense
        ));
    }
    out
}
