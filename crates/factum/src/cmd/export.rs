//! `factum export`: write a stored table as JSON Lines, CSV, Parquet, GeoJSON, or the GDELT
//! 2.0 event and mentions tables.
//!
//! `--table events` (one row per event mention; default), `aggregates` (one row per
//! aggregated event, with its mention links) or `documents`. Events and aggregates have the
//! same fields, in the same order, in every format and in `factum code` (declared once in
//! `factum_store::fields`, defined in `docs/codebook.md`). `gdelt` exports aggregated events
//! in GDELT's 61 columns, `gdelt-mentions` their article mentions in GDELT's 16; both are
//! tab-separated without a header. GDELT has no modality, so the GDELT formats write only
//! events with an asserted mention unless `--modality` says otherwise (`--modality all`), and
//! say so on standard error. `geojson` writes the located rows as points. Text formats go
//! to standard output unless `--out`; Parquet needs `--out`.
//! A file given with `--out` is written under a temporary name in the same directory and
//! renamed when complete ([`factum::outfile`]), so a failed export never leaves a truncated
//! or temporary file behind; a target that is not a regular file (a link, a FIFO, a device)
//! is refused, never replaced.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::builder::TypedValueParser;
use factum::outfile::OutFile;
use factum_store::{ExportFormat, ExportTable, FilterQuery};

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum TableArg {
    Events,
    Aggregates,
    Documents,
}

#[derive(clap::Args)]
#[command(after_help = "\
Examples:
  factum export --format jsonl > events.jsonl
  factum export --format csv --table aggregates --out aggregates.csv
  factum export --format gdelt --since 2024-09-01 --out events.gdelt.tsv
  factum export --format parquet --out events.parquet
  factum export --format gdelt --modality all > all-modalities.gdelt.tsv
  factum export --format gdelt-mentions --dyad ISR,LBN > mentions.tsv
  factum export --format geojson --table aggregates --since 2025-09 --out events.geojson
  factum export --format jsonl --table documents --out corpus.jsonl")]
pub struct Args {
    #[command(flatten)]
    pub db: super::common::DbArgs,
    /// Output format.
    #[arg(long, value_parser = format_parser())]
    pub format: ExportFormat,
    /// What to export (default: events; gdelt always exports aggregates).
    #[arg(long, value_enum)]
    pub table: Option<TableArg>,
    /// Write here instead of standard output (required for parquet).
    #[arg(short, long)]
    pub out: Option<PathBuf>,
    #[command(flatten)]
    pub filter: FilterQuery,
    /// Include events of near-duplicate articles (events table only).
    #[arg(long)]
    pub include_duplicates: bool,
    /// No summary on standard error.
    #[arg(short, long)]
    pub quiet: bool,
}

/// `--format` takes the names `factum_store` reads formats by, so that the two cannot drift.
fn format_parser() -> impl clap::builder::TypedValueParser<Value = ExportFormat> {
    clap::builder::PossibleValuesParser::new(ExportFormat::names())
        .map(|name| name.parse().expect("a name ExportFormat::names lists"))
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let format = args.format;
    let gdelt = matches!(format, ExportFormat::Gdelt | ExportFormat::GdeltMentions);
    let table = match (args.table, format) {
        (None | Some(TableArg::Aggregates), _) if gdelt => ExportTable::Aggregates,
        (Some(_), _) if gdelt => {
            anyhow::bail!("the GDELT formats export aggregated events (--table aggregates)")
        }
        (Some(TableArg::Documents), ExportFormat::Geojson) => {
            anyhow::bail!("--format geojson exports events or aggregates, not documents")
        }
        (None | Some(TableArg::Events), _) => ExportTable::Events,
        (Some(TableArg::Aggregates), _) => ExportTable::Aggregates,
        (Some(TableArg::Documents), _) => ExportTable::Documents,
    };
    if format == ExportFormat::Parquet && args.out.is_none() {
        anyhow::bail!("--format parquet needs --out FILE");
    }
    if format == ExportFormat::Parquet && !cfg!(feature = "parquet") {
        anyhow::bail!(
            "--format parquet needs factum built with the `parquet` feature \
             (cargo build --release -p factum --features parquet)"
        );
    }
    let mut store = args.db.open_existing()?;
    let mut query = FilterQuery {
        include_duplicates: args.include_duplicates,
        ..args.filter
    };
    if gdelt && query.modality.is_none() {
        query.modality = Some("asserted".into());
        if !args.quiet {
            eprintln!(
                "factum export: GDELT has no modality, so only events with an asserted mention \
                 are written (planned, proposed, demanded, reported … ones are left out); \
                 --modality all writes every event"
            );
        }
    }
    let filter = super::common::resolve_filter(&mut store, &query, "export")?;
    let written = match &args.out {
        Some(path) => {
            let mut w = OutFile::create(path)?;
            let n = factum_store::export::export(&mut store, table, format, &filter, &mut w)
                .map_err(|e| {
                    anyhow::Error::from(e).context(format!("export to {} failed", path.display()))
                })?;
            w.commit()?;
            n
        }
        None => {
            let mut w = std::io::BufWriter::new(std::io::stdout());
            let n = factum_store::export::export(&mut store, table, format, &filter, &mut w)?;
            w.flush()?;
            n
        }
    };
    if !args.quiet {
        let what = match table {
            ExportTable::Events if format == ExportFormat::Geojson => "located event mentions",
            ExportTable::Events => "event mentions",
            ExportTable::Aggregates if format == ExportFormat::GdeltMentions => {
                "mentions of aggregated events"
            }
            ExportTable::Aggregates if format == ExportFormat::Geojson => {
                "located aggregated events"
            }
            ExportTable::Aggregates => "aggregated events",
            ExportTable::Documents => "documents",
        };
        let dest = args
            .out
            .as_ref()
            .map_or("standard output".to_string(), |p| p.display().to_string());
        eprintln!("factum export: {written} {what} to {dest}");
    }
    Ok(ExitCode::SUCCESS)
}
