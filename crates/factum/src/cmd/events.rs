//! `factum events`: query the stored events.
//!
//! By default one row per **aggregated** event — the same source, target, CAMEO code, date
//! and place reported by any number of articles — with its counts of mentions, articles and
//! distinct outlets, first and last seen. `--mentions` lists the individual event mentions
//! instead (one per coded sentence), with the article and sentence they come from.
//!
//! Actor and CAMEO filters are prefixes: `--actor ISR` matches ISR, ISRGOV, ISRMIL as source
//! or target; `--code 03` every "express intent to cooperate" code.

use std::io::Write;
use std::process::ExitCode;

use factum_store::{FilterQuery, Table, Val};

use super::common::{resolve_filter, DbArgs};

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Text,
    Jsonl,
    Csv,
}

#[derive(clap::Args)]
#[command(after_help = "\
Examples:
  factum events --actor ISR --code 036 --since 2024-09-01 --country LBN
  factum events --dyad ISR,LBN --since 2025-09 --modality asserted
  factum events --country Lebanon --code 19x --since 30d --min-confidence 0.5
  factum events --search '\"border talks\" OR ceasefire' --mentions
  factum events --db corpus.db --source USA --format csv > usa.csv
  factum events --mentions --actor HMS --format jsonl

Exit code: 0 (also when nothing matches), 2 on errors.")]
pub struct Args {
    #[command(flatten)]
    pub db: DbArgs,
    #[command(flatten)]
    pub filter: FilterQuery,
    /// List individual event mentions instead of aggregated events.
    #[arg(long)]
    pub mentions: bool,
    /// With --mentions: include those of near-duplicate articles.
    #[arg(long, requires = "mentions")]
    pub include_duplicates: bool,
    /// At most this many rows.
    #[arg(long)]
    pub limit: Option<usize>,
    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    pub format: Format,
}

/// Columns `--format text` shows, per kind of row.
const AGGREGATE_TEXT: &[&str] = &[
    "event_date",
    "source_code",
    "cameo",
    "target_code",
    "country",
    "place_name",
    "num_mentions",
    "num_articles",
    "num_sources",
];
const MENTION_TEXT: &[&str] = &[
    "event_date",
    "source_code",
    "cameo",
    "target_code",
    "country",
    "doc_id",
    "sentence",
    "verb_text",
];

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let mut store = args.db.open_existing()?;
    let query = FilterQuery {
        limit: args.limit,
        include_duplicates: args.include_duplicates,
        ..args.filter
    };
    let filter = resolve_filter(&mut store, &query, "events")?;
    let table = if args.mentions {
        store.events(&filter)?
    } else {
        store.aggregated_events(&filter)?
    };
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    match args.format {
        Format::Jsonl => write_jsonl(&mut out, &table)?,
        Format::Csv => {
            let mut w = csv::Writer::from_writer(&mut out);
            w.write_record(&table.columns)?;
            for r in &table.rows {
                w.write_record(factum_store::export::cells(table.fields, r))?;
            }
            w.flush()?;
        }
        Format::Text => write_text(&mut out, &table, args.mentions)?,
    }
    out.flush()?;
    if table.rows.is_empty() {
        eprintln!("factum events: no event matches");
    }
    Ok(ExitCode::SUCCESS)
}

/// One JSON object per row, fields in the schema's order (see `docs/codebook.md`).
fn write_jsonl(out: &mut impl Write, table: &Table) -> anyhow::Result<()> {
    for r in &table.rows {
        out.write_all(factum_store::export::jsonl_line(table.fields, r, &[]).as_bytes())?;
    }
    Ok(())
}

fn write_text(out: &mut impl Write, table: &Table, mentions: bool) -> anyhow::Result<()> {
    let names = if mentions {
        MENTION_TEXT
    } else {
        AGGREGATE_TEXT
    };
    let idx: Vec<usize> = names
        .iter()
        .map(|n| table.column(n).expect("known column"))
        .collect();
    let header: Vec<&str> = names
        .iter()
        .map(|n| match *n {
            "event_date" => "date",
            "source_code" => "source",
            "target_code" => "target",
            "place_name" => "place",
            "num_mentions" => "mentions",
            "num_articles" => "articles",
            "num_sources" => "sources",
            "doc_id" => "article",
            "verb_text" => "verb",
            other => other,
        })
        .collect();
    let cells: Vec<Vec<String>> = table
        .rows
        .iter()
        .map(|r| {
            idx.iter()
                .map(|&i| match r[i].to_cell() {
                    c if c.is_empty() => "-".to_string(),
                    c => c,
                })
                .collect()
        })
        .collect();
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for row in &cells {
        for (w, c) in widths.iter_mut().zip(row) {
            *w = (*w).max(c.chars().count()).min(40);
        }
    }
    let line = |cols: &[String]| -> String {
        let mut s = String::new();
        for (i, (c, w)) in cols.iter().zip(&widths).enumerate() {
            let c: String = c.chars().take(40).collect();
            let pad = w.saturating_sub(c.chars().count());
            let numeric = c.parse::<f64>().is_ok() && names[i] != "cameo";
            if i > 0 {
                s.push_str("  ");
            }
            if numeric {
                s.push_str(&" ".repeat(pad));
                s.push_str(&c);
            } else {
                s.push_str(&c);
                s.push_str(&" ".repeat(pad));
            }
        }
        s.trim_end().to_string()
    };
    let header: Vec<String> = header.iter().map(|h| h.to_string()).collect();
    writeln!(out, "{}", line(&header))?;
    for row in &cells {
        writeln!(out, "{}", line(row))?;
    }
    if !mentions {
        let total: i64 = table
            .values("num_mentions")
            .iter()
            .filter_map(Val::as_int)
            .sum();
        writeln!(
            out,
            "{} aggregated events, {} mentions",
            table.rows.len(),
            total
        )?;
    } else {
        writeln!(out, "{} event mentions", table.rows.len())?;
    }
    Ok(())
}
