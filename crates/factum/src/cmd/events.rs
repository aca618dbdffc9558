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

use factum_store::{EventFilter, FilterQuery, Store, Table, Val};

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Text,
    Jsonl,
    Csv,
}

/// Which events: shared by `factum events` and `factum export`. The flags are collected as
/// typed into a [`FilterQuery`]; the store checks and resolves them
/// ([`factum_store::Store::resolve_filter`]), so every front end reads a query the same way.
#[derive(clap::Args, Debug, Clone, Default)]
pub struct FilterArgs {
    /// Actor code prefix, as source or target (ISR matches ISRGOV, ISRMIL …; a country
    /// name is read as its code).
    #[arg(long)]
    pub actor: Option<String>,
    /// Source actor code prefix.
    #[arg(long)]
    pub source: Option<String>,
    /// Target actor code prefix.
    #[arg(long)]
    pub target: Option<String>,
    /// Events between two actors, in either direction: --dyad ISR,LBN.
    #[arg(long, value_name = "A,B")]
    pub dyad: Option<String>,
    /// CAMEO code prefix (03 = intent to cooperate, 036 = express intent to meet, 19x = 19).
    #[arg(long)]
    pub code: Option<String>,
    /// First event date, inclusive: 2025-09-14, 2025-09, 2025, or an age (30d, 6w).
    #[arg(long)]
    pub since: Option<String>,
    /// Last event date, inclusive: 2025-09-14, 2025-09 (its last day), 2025, or an age.
    #[arg(long)]
    pub until: Option<String>,
    /// Country of the event's location: a name, ISO 3166 code (LB, LBN) or FIPS code (LE).
    #[arg(long)]
    pub country: Option<String>,
    /// Only events of this document (repeatable).
    #[arg(long = "doc", value_name = "ID")]
    pub docs: Vec<String>,
    /// Only events of the articles a full-text search finds ("border talks" OR ceasefire).
    #[arg(long, value_name = "QUERY")]
    pub search: Option<String>,
    /// Modality kinds, comma-separated (asserted, reported, planned, proposed, demanded,
    /// conditional, hypothetical, negated), or all.
    #[arg(long)]
    pub modality: Option<String>,
    /// Lowest coder confidence, 0 to 1.
    #[arg(long, value_name = "C")]
    pub min_confidence: Option<String>,
}

impl FilterArgs {
    /// The flags as typed.
    pub fn to_query(&self, limit: Option<usize>, include_duplicates: bool) -> FilterQuery {
        FilterQuery {
            actor: self.actor.clone(),
            source: self.source.clone(),
            target: self.target.clone(),
            dyad: self.dyad.clone(),
            code: self.code.clone(),
            since: self.since.clone(),
            until: self.until.clone(),
            country: self.country.clone(),
            docs: self.docs.clone(),
            search: self.search.clone(),
            modality: self.modality.clone(),
            min_confidence: self.min_confidence.clone(),
            include_duplicates,
            limit,
        }
    }
}

/// Resolve a query against `store`, printing each warning on standard error as
/// `factum <command>: warning: …`. An invalid query is an error (exit 2).
pub fn resolve_filter(
    store: &mut Store,
    query: &FilterQuery,
    command: &str,
) -> anyhow::Result<EventFilter> {
    let today = chrono::Local::now().date_naive();
    let resolved = store.resolve_filter(query, today)?;
    for w in &resolved.warnings {
        eprintln!("factum {command}: warning: {w}");
    }
    Ok(resolved.filter)
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
    /// The database (SQLite file, `postgres://` URL or libpq `host=… dbname=…` string).
    #[arg(long, default_value = "factum.db")]
    pub db: String,
    #[command(flatten)]
    pub filter: FilterArgs,
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
    let mut store = super::ingest::open_existing(&args.db)?;
    let query = args.filter.to_query(args.limit, args.include_duplicates);
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
