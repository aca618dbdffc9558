//! `factum eval events`: score the whole pipeline's events against hand-coded gold.
//!
//! - `--gold eval/gold/voa.jsonl`: the real-news gold standard (coded by
//!   `docs/annotation.md`). The stories are read from `--stories` (default: `stories.jsonl`
//!   beside the gold file) through the normal JSON Lines reader, run through every stage as
//!   `factum code` runs them, and scored per split (dev, test, all).
//! - `--plover plover-gsr/dev.json`: the CAMEO-manual example sentences with their PLOVER
//!   type; each sentence is a document dated as its record.
//!
//! Both print the four levels of [`factum::gold`] and the error classes; `--show` prints
//! every sentence with its gold and system events, `--split` limits it to one split.
//! With the real-news gold, the place scores of [`factum::gold::places`] follow when the
//! place gold is there (`--places`, default: `places.jsonl` beside the gold file):
//! recognition, resolution and event location, per split.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context as _;
use factum::gold::places::{self, PlaceGold, PlaceOutcome, PlaceScores};
use factum::gold::{self, Coding, ErrorClass, Level, Scores, SentenceOutcome};
use factum::pipeline::Pipeline;
use factum_doc::{Document, Event};
use factum_events::confidence;
use factum_ingest::{Format, ReadOptions};
use rayon::prelude::*;

#[derive(clap::Args)]
pub struct Args {
    /// Real-news gold: JSON Lines, one coded sentence a line (eval/gold/voa.jsonl).
    #[arg(long, required_unless_present = "plover")]
    pub gold: Option<PathBuf>,
    /// The stories the gold codes, as JSON Lines articles (default: stories.jsonl beside
    /// the gold file).
    #[arg(long)]
    pub stories: Option<PathBuf>,
    /// Place gold for the real-news gold (default: places.jsonl beside the gold file,
    /// when it exists).
    #[arg(long)]
    pub places: Option<PathBuf>,
    /// PLOVER gold-standard records (a JSON array, e.g. plover-gsr/dev.json).
    #[arg(long)]
    pub plover: Option<PathBuf>,
    /// Print every sentence with its gold and system events (only this split with --split).
    #[arg(long)]
    pub show: bool,
    /// Only score this split of the gold (dev or test); default: each split and all.
    #[arg(long)]
    pub split: Option<String>,
    /// Score only events whose confidence is at least this (0 to 1).
    #[arg(long, default_value_t = 0.0)]
    pub min_confidence: f32,
    /// Learn the confidence model from the dev split of --gold (and the --plover records)
    /// and write its weights here (data/models/confidence.tsv); the test split is only scored.
    #[arg(long, requires = "gold")]
    pub train_confidence: Option<PathBuf>,
}

/// One emitted event as a confidence example: which gold it was scored on, its features,
/// whether it was right at the primary level, and the confidence the coder gave it.
struct Example {
    split: String,
    features: Vec<String>,
    right: bool,
    confidence: f32,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    if !(0.0..=1.0).contains(&args.min_confidence) {
        anyhow::bail!(
            "--min-confidence {}: give a number from 0 to 1",
            args.min_confidence
        );
    }
    let pipeline = Pipeline::new()?;
    let mut examples = Vec::new();
    if let Some(path) = &args.gold {
        let stories = match &args.stories {
            Some(p) => p.clone(),
            None => path.with_file_name("stories.jsonl"),
        };
        examples.extend(run_gold(&pipeline, path, &stories, &args)?);
    }
    if let Some(path) = &args.plover {
        examples.extend(run_plover(&pipeline, path, &args)?);
    }
    print_calibration(&examples);
    if let Some(out) = &args.train_confidence {
        train_confidence(&mut examples, out)?;
    }
    Ok(ExitCode::SUCCESS)
}

fn run_gold(
    pipeline: &Pipeline,
    path: &Path,
    stories: &Path,
    args: &Args,
) -> anyhow::Result<Vec<Example>> {
    let place_path = match &args.places {
        Some(p) => Some(p.clone()),
        None => Some(path.with_file_name("places.jsonl")).filter(|p| p.exists()),
    };
    let place_gold = place_path.as_deref().map(PlaceGold::load).transpose()?;
    let mut place_totals: Vec<(String, PlaceScores)> = Vec::new();
    let mut examples = Vec::new();
    let show = |doc: &Document, o: &SentenceOutcome<'_>| {
        let scored = place_gold
            .as_ref()
            .map(|pg| places::score(o, pg.get(o.gold)));
        if args.show {
            print_outcome(o, scored.as_ref());
        }
        if let Some(p) = scored {
            for key in [o.gold.split.as_str(), "all"] {
                add_to(&mut place_totals, key, &p.scores);
            }
        }
        let right = o.result.sys_errors.iter().map(Option::is_none);
        examples.extend(examples_of(doc, &o.system, right, &o.gold.split));
    };
    let totals = gold::score_gold(
        pipeline,
        path,
        stories,
        args.split.as_deref(),
        args.min_confidence,
        show,
    )?;
    println!("eval events: {}", path.display());
    print_scores(&totals);
    if let Some(p) = place_path {
        println!("places: {}", p.display());
        let order: Vec<&str> = totals.iter().map(|(k, _)| k.as_str()).collect();
        place_totals.sort_by_key(|(k, _)| order.iter().position(|o| o == k));
        print_place_scores(&place_totals);
    }
    Ok(examples)
}

fn add_to(totals: &mut Vec<(String, PlaceScores)>, key: &str, s: &PlaceScores) {
    match totals.iter_mut().find(|(k, _)| k == key) {
        Some((_, t)) => t.add(s),
        None => totals.push((key.to_string(), *s)),
    }
}

fn print_place_scores(totals: &[(String, PlaceScores)]) {
    let row = |label: &str, cell: &dyn Fn(&PlaceScores) -> String| {
        let cells: Vec<String> = totals.iter().map(|(_, s)| cell(s)).collect();
        println!("{label:<38} {}", cells.join(" | "));
    };
    let head: Vec<String> = totals.iter().map(|(k, _)| k.clone()).collect();
    println!("{:<38} {}", "measure", head.join(" | "));
    row("place recognition precision", &|s| {
        format!("{:.3} ({}/{})", s.precision(), s.matched_sys, s.sys)
    });
    row("place recognition recall", &|s| {
        format!("{:.3} ({}/{})", s.recall(), s.matched_gold, s.gold)
    });
    row("resolution accuracy (found places)", &|s| {
        format!("{:.3} ({}/{})", s.resolution(), s.resolved, s.resolvable)
    });
    row("event location right", &|s| {
        format!("{:.3} ({}/{})", s.location(), s.location_right, s.located)
    });
    row("event location country right", &|s| {
        format!(
            "{:.3} ({}/{})",
            s.location_country(),
            s.country_right,
            s.located
        )
    });
}

/// The confidence examples of `events` (coded from `doc`), with whether each was right.
fn examples_of(
    doc: &Document,
    events: &[Event],
    right: impl Iterator<Item = bool>,
    split: &str,
) -> Vec<Example> {
    let sharing = confidence::per_sentence(&doc.events);
    events
        .iter()
        .zip(right)
        .map(|(e, right)| Example {
            split: split.to_string(),
            features: confidence::features(doc, e, sharing[&e.sentence]),
            right,
            confidence: e.confidence,
        })
        .collect()
}

fn run_plover(pipeline: &Pipeline, path: &Path, args: &Args) -> anyhow::Result<Vec<Example>> {
    let show = args.show;
    let records: Vec<gold::PloverRecord> = gold::load_plover(path)?
        .into_iter()
        .filter(|r| r.text.is_some() && r.event != "DOCUMENT")
        .collect();
    let results: Vec<(Vec<Event>, gold::SentenceResult, Vec<Example>)> = records
        .par_iter()
        .map(|r| {
            let mut doc = plover_document(r, path)?;
            pipeline.process(&mut doc);
            doc.events.retain(|e| e.confidence >= args.min_confidence);
            let sys: Vec<Coding> = doc.events.iter().map(Coding::of_event_plover).collect();
            let result = gold::score_sentence(&sys, &r.codings());
            let right = result.sys_errors.iter().map(Option::is_none);
            let examples = examples_of(&doc, &doc.events, right, "plover");
            Ok((doc.events, result, examples))
        })
        .collect::<anyhow::Result<_>>()?;
    let mut scores = Scores::default();
    let mut examples = Vec::new();
    for (r, (events, result, ex)) in records.iter().zip(results) {
        examples.extend(ex);
        scores.add(&result.scores);
        if show {
            println!(
                "\n{} [{}] {}",
                r.id,
                r.event,
                r.text.as_deref().unwrap_or("")
            );
            for c in r.codings() {
                println!("  gold   {}", coding_line(&c));
            }
            for (e, err) in events.iter().zip(&result.sys_errors) {
                println!("  {} {}", mark(*err), event_line(e));
            }
        }
    }
    println!(
        "eval events: {} ({} records; PLOVER type stands for the CAMEO root)",
        path.display(),
        records.len()
    );
    print_scores(&[("all".to_string(), scores)]);
    Ok(examples)
}

/// Precision of the emitted events by confidence band, per gold split: whether the
/// confidence means what it says (held out: the test split).
fn print_calibration(examples: &[Example]) {
    let mut splits: Vec<&str> = examples.iter().map(|e| e.split.as_str()).collect();
    splits.sort();
    splits.dedup();
    println!("confidence calibration (events right at the primary level / events in the band):");
    let bands = [(0.0, 0.2), (0.2, 0.4), (0.4, 0.6), (0.6, 0.8), (0.8, 1.01)];
    for split in splits {
        let cells: Vec<String> = bands
            .iter()
            .map(|&(lo, hi)| {
                let band = examples
                    .iter()
                    .filter(|e| e.split == split && e.confidence >= lo && e.confidence < hi);
                let (n, right) = band.fold((0, 0), |(n, r), e| (n + 1, r + u32::from(e.right)));
                format!("[{lo:.1},{:.1}) {right}/{n}", hi.min(1.0))
            })
            .collect();
        println!("  {split:<8} {}", cells.join("  "));
    }
}

/// Fit the confidence model on the dev and PLOVER examples, write it to `out`, and show
/// how the new confidences sort the held-out test events.
fn train_confidence(examples: &mut [Example], out: &Path) -> anyhow::Result<()> {
    let training: Vec<(Vec<String>, bool)> = examples
        .iter()
        .filter(|e| e.split != "test")
        .map(|e| (e.features.clone(), e.right))
        .collect();
    let model = confidence::train(&training, 1.0, 4000);
    let right = training.iter().filter(|(_, r)| *r).count();
    let header = format!(
        "Confidence model of factum's event coder (crates/factum-events/src/confidence.rs).\n\
         Trained by: factum eval events --gold eval/gold/voa.jsonl \\\n\
         \x20   --plover ../shared/data/plover-gsr/dev.json --train-confidence {}\n\
         on {} events from the dev split and the PLOVER records ({right} right at the primary level);\n\
         the test split is not used. L2 1.0, 4000 rounds of gradient descent.",
        out.display(),
        training.len()
    );
    std::fs::write(out, model.to_tsv(&header))
        .with_context(|| format!("{}: cannot write the model", out.display()))?;
    for e in examples.iter_mut() {
        e.confidence = model.score(&e.features);
    }
    println!("\nwrote {}; with the new weights:", out.display());
    print_calibration(examples);
    Ok(())
}

/// A PLOVER record as a one-sentence article, dated as the record.
fn plover_document(r: &gold::PloverRecord, path: &Path) -> anyhow::Result<Document> {
    let line = serde_json::json!({
        "id": r.id,
        "text": r.text,
        "published": r.date.as_deref().unwrap_or("2000-01-01"),
    })
    .to_string();
    let read = factum_ingest::read_bytes(
        line.as_bytes(),
        Format::Jsonl,
        &path.display().to_string(),
        &ReadOptions::default(),
    );
    read.documents
        .into_iter()
        .next()
        .context("record read as no document")?
        .map_err(|e| anyhow::anyhow!("{}: {e}", r.id))
}

fn print_scores(totals: &[(String, Scores)]) {
    let header: Vec<String> = totals
        .iter()
        .map(|(k, s)| format!("{k} ({} sentences)", s.sentences))
        .collect();
    println!("{:<38} {}", "level", header.join(" | "));
    for level in Level::ALL {
        let cells: Vec<String> = totals
            .iter()
            .map(|(_, s)| {
                let c = s.level(level);
                format!(
                    "P {:.3} R {:.3} F1 {:.3} ({}/{} sys, {}/{} gold)",
                    c.precision(),
                    c.recall(),
                    c.f1(),
                    c.matched_sys,
                    c.sys,
                    c.matched_gold,
                    c.gold
                )
            })
            .collect();
        println!("{:<38} {}", level.label(), cells.join(" | "));
    }
    println!("errors at the primary level (system events, then gold events):");
    for class in [
        ErrorClass::NotAnEvent,
        ErrorClass::DuplicateTrigger,
        ErrorClass::SelfDyad,
        ErrorClass::WrongType,
        ErrorClass::MissingCountry,
        ErrorClass::WrongCountry,
        ErrorClass::ActorAttachment,
        ErrorClass::MissedNoOutput,
        ErrorClass::MissedWithOutput,
    ] {
        let cells: Vec<String> = totals
            .iter()
            .map(|(_, s)| s.errors.get(&class).copied().unwrap_or(0).to_string())
            .collect();
        println!("  {:<44} {}", class.label(), cells.join(" | "));
    }
}

fn print_outcome(o: &SentenceOutcome<'_>, places: Option<&PlaceOutcome>) {
    let g = o.gold;
    let located = if o.located {
        ""
    } else {
        " [not found in text]"
    };
    println!(
        "\n{} #{} [{}]{located} {}",
        g.story, g.sentence, g.split, g.text
    );
    for (e, err) in g.events.iter().zip(&o.result.gold_errors) {
        let c = Coding::of_gold(e);
        let tag = if err.is_some() { "MISSED" } else { "found " };
        println!(
            "  {tag} {}  ({}{})",
            coding_line(&c),
            e.trigger.as_deref().unwrap_or(""),
            e.modality
                .as_deref()
                .map(|m| format!(", {m}"))
                .unwrap_or_default()
        );
    }
    for (e, err) in o.system.iter().zip(&o.result.sys_errors) {
        println!("  {} {}", mark(*err), event_line(e));
    }
    if let Some(p) = places {
        print_place_outcome(o, p);
    }
}

/// Places of one sentence: system places (ok / NOT A PLACE in the gold / WRONG id), gold
/// places the system missed, and each paired event's location against the gold's.
fn print_place_outcome(o: &SentenceOutcome<'_>, p: &PlaceOutcome) {
    for (m, hit) in o.places.iter().zip(&p.sys_match) {
        if m.demonym {
            continue;
        }
        let text = o
            .text
            .get(m.span.start as usize..m.span.end as usize)
            .unwrap_or("");
        let tag = match hit.map(|gi| p.gold_found[gi]) {
            None => "NOT A PLACE".to_string(),
            Some(Some(true)) => "ok".to_string(),
            Some(_) => "WRONG ID".to_string(),
        };
        let gold = hit.map_or(String::new(), |gi| format!(" (gold {})", p.gold_text[gi]));
        println!(
            "  place {tag:<11} {text:?} -> {}{gold}",
            place_line(&m.place)
        );
    }
    for (found, text) in p.gold_found.iter().zip(&p.gold_text) {
        if found.is_none() {
            println!("  place MISSED      {text}");
        }
    }
    for l in &p.locations {
        let e = &o.system[l.event];
        let at = e.location.as_ref().map_or("none".to_string(), |loc| {
            format!("{} by {}", place_line(&loc.place), loc.method)
        });
        let tag = if l.right { "ok   " } else { "WRONG" };
        println!(
            "  location {tag} event {} (gold #{}): {at}",
            l.event, l.gold_event
        );
    }
}

fn place_line(p: &factum_doc::Place) -> String {
    format!("{} {} [{}]", places::place_id(p), p.name, p.country)
}

fn mark(err: Option<ErrorClass>) -> String {
    match err {
        None => "ok    ".to_string(),
        Some(e) => format!("WRONG [{}]", e.label()),
    }
}

fn coding_line(c: &Coding) -> String {
    format!(
        "{} {} {} {}",
        c.source.as_deref().unwrap_or("-"),
        c.target.as_deref().unwrap_or("-"),
        c.cameo,
        c.plover.as_deref().unwrap_or("-")
    )
}

fn event_line(e: &Event) -> String {
    let actor = |a: &Option<factum_doc::EventActor>| {
        a.as_ref()
            .map_or("-".to_string(), |a| format!("{}({})", a.code, a.text))
    };
    format!(
        "{} {} {} {}",
        actor(&e.source),
        actor(&e.target),
        e.cameo,
        e.plover_type.as_deref().unwrap_or("-")
    )
}
