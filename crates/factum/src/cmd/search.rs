//! `factum search`: full-text search over the stored articles, best match first.
//!
//! SQLite ranks with FTS5's BM25 (title and dateline weighted twice the body), PostgreSQL
//! with `ts_rank_cd`. Every word of the query must occur; `"quoted words"` must occur as a
//! phrase; `OR` (in capitals) separates alternatives: `"border talks" Lebanon OR ceasefire`.
//! Datelines ("BEIRUT (AP) —") are searchable. `factum events --search QUERY` goes from the
//! articles found to their events. Near-duplicates are left out unless
//! `--include-duplicates`. Text output shows the score, the article and its best passage
//! with the matches in `[` `]`; `--format jsonl` prints one object per hit.

use std::io::Write;
use std::process::ExitCode;

use anyhow::Context as _;

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Text,
    Jsonl,
}

#[derive(clap::Args)]
#[command(after_help = "\
Examples:
  factum search ceasefire Lebanon
  factum search '\"border talks\" OR ceasefire' --db corpus.db --limit 5 --format jsonl
  factum events --search '\"border talks\" OR ceasefire' --mentions   (their events)

Exit code: 0 (also when nothing matches), 2 on errors.")]
pub struct Args {
    /// Words to search for (all must occur), "quoted phrases", OR between alternatives.
    #[arg(required = true)]
    pub query: Vec<String>,
    #[command(flatten)]
    pub db: super::common::DbArgs,
    /// At most this many hits.
    #[arg(long, default_value_t = 10)]
    pub limit: usize,
    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    pub format: Format,
    /// Include near-duplicate articles (syndicated copies).
    #[arg(long)]
    pub include_duplicates: bool,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let query = args.query.join(" ");
    let mut store = args.db.open_existing()?;
    let hits = store
        .search(&query, args.limit, args.include_duplicates)
        .with_context(|| format!("search {query:?}"))?;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    match args.format {
        Format::Jsonl => {
            for (i, h) in hits.iter().enumerate() {
                let v = serde_json::json!({
                    "rank": i + 1,
                    "id": h.id,
                    "score": h.score,
                    "title": h.title,
                    "source": h.source,
                    "published": h.published,
                    "snippet": h.snippet,
                });
                writeln!(out, "{v}")?;
            }
        }
        Format::Text => {
            for (i, h) in hits.iter().enumerate() {
                let title = h.title.as_deref().unwrap_or("(untitled)");
                writeln!(out, "{:>3}. {title}  [score {:.3}]", i + 1, h.score)?;
                let mut meta = vec![h.id.clone()];
                meta.extend(h.source.clone());
                meta.extend(h.published.clone());
                writeln!(out, "     {}", meta.join(" · "))?;
                let snippet: String = h.snippet.split_whitespace().collect::<Vec<_>>().join(" ");
                writeln!(out, "     {snippet}")?;
            }
            if hits.is_empty() {
                eprintln!("factum search: no article matches {query:?}");
            }
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
