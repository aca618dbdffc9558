//! `factum eval petrarch` (also `factum eval-coder`): code PETRARCH validation records and
//! compare with their expected codings.
//!
//! The record file's `<Environment>` names the dictionaries it was written for; they are
//! read from `--dicts DIR` (default: the record file's directory). Each record's `<Text>`
//! goes through the readers' dateline splitter, the bundled tagger and parser, and the coder,
//! as `factum code` runs them, with the record's date (the hand-made `<Parse>` is ignored:
//! factum parses for itself; `--surface` skips the parser). Every record of the file
//! counts, including the ones the suite marks `sentence="false"` (`--active-only` leaves
//! those out) and the ones expecting PETRARCH input errors (see
//! [`factum::eval::petrarch::records::compare_full`]).
//!
//! Prints one line per failing record with expected and got, pass rates per category, and
//! last a line exactly `N passed, M failed`.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context as _;
use factum::eval::petrarch::{self, Options};

#[derive(clap::Args)]
pub struct Args {
    /// PETRARCH validation file (e.g. PETR.UnitTest.records.xml).
    pub records: PathBuf,
    /// Directory holding the dictionaries the file's <Environment> names.
    #[arg(long)]
    pub dicts: Option<PathBuf>,
    /// Also print passing records.
    #[arg(long)]
    pub verbose: bool,
    /// Run only the records the suite marks active (`sentence="true"`).
    #[arg(long)]
    pub active_only: bool,
    /// Skip the tagger and parser and code with the coder's surface rules only. This is a
    /// mode the product never runs (`factum code` always parses); it is kept to compare
    /// with older figures.
    #[arg(long)]
    pub surface: bool,
    /// Accepted for old command lines: parsing is the default now.
    #[arg(long, hide = true)]
    pub parse: bool,
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
    let (dictionaries, records) = petrarch::load_environment(&xml, &dir)
        .map_err(|e| anyhow::anyhow!("{}: {e}", args.records.display()))?;
    let pipeline = dictionaries.pipeline(!args.surface)?;
    let opts = Options {
        include_disabled: !args.active_only,
        datelines: true,
    };
    let (results, tally) = petrarch::run(&pipeline, records, opts);
    let stdout = std::io::stdout();
    petrarch::write_report(&mut stdout.lock(), &results, &tally, args.verbose)?;
    Ok(ExitCode::SUCCESS)
}
