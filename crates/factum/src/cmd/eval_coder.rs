//! `factum eval-coder`: code PETRARCH validation records and compare with their expected
//! codings.
//!
//! The record file's `<Environment>` names the dictionaries it was written for; they are
//! read from `--dicts DIR` (default: the record file's directory). Each record's `<Text>`
//! is coded with its date (the hand-made `<Parse>` is ignored: factum parses for itself).
//! Prints one line per failing record, pass rates per category, and last a line
//! `N passed, M failed`. Records marked `sentence="false"` are disabled in the suite and
//! not run; records expecting PETRARCH input errors (bad parse trees, datelines) are
//! reported as skipped.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context as _;
use factum_events::eval::Outcome;

#[derive(clap::Args)]
pub struct Args {
    /// PETRARCH validation file (e.g. PETR.UnitTest.records.xml).
    pub records: PathBuf,
    /// Directory holding the dictionaries the file's <Environment> names.
    #[arg(long)]
    pub dicts: Option<PathBuf>,
    /// Also print passing records with what was coded.
    #[arg(long)]
    pub verbose: bool,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let xml = std::fs::read_to_string(&args.records)
        .with_context(|| args.records.display().to_string())?;
    let dir = match &args.dicts {
        Some(d) => d.clone(),
        None => args
            .records
            .parent()
            .map(|p| p.to_path_buf())
            .unwrap_or_else(|| PathBuf::from(".")),
    };
    let (coders, records) = factum_events::validate::load_environment(&xml, &dir)
        .map_err(|e| anyhow::anyhow!("{}: {e}", args.records.display()))?;
    let (results, tally) = factum_events::validate::run(&coders, records);
    for r in &results {
        match &r.outcome {
            Outcome::Fail { expected, got } => println!(
                "FAIL {} [{}] line {}: expected {expected}; got {got}",
                r.record.id, r.record.category, r.record.line
            ),
            Outcome::Skipped(why) => {
                println!("SKIP {} [{}]: {why}", r.record.id, r.record.category)
            }
            Outcome::Pass if args.verbose => {
                println!("pass {} [{}]", r.record.id, r.record.category)
            }
            Outcome::Pass => {}
        }
    }
    println!();
    for (cat, (pass, fail)) in &tally.per_category {
        let total = pass + fail;
        println!(
            "{cat:<10} {pass:>3}/{total:<3} {:>5.1}%",
            100.0 * f64::from(*pass) / f64::from(total.max(1))
        );
    }
    let total = tally.passed + tally.failed;
    println!(
        "overall    {}/{} {:.1}% ({} skipped)",
        tally.passed,
        total,
        100.0 * f64::from(tally.passed) / f64::from(total.max(1)),
        tally.skipped
    );
    println!("{} passed, {} failed", tally.passed, tally.failed);
    Ok(ExitCode::SUCCESS)
}
