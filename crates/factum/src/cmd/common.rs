//! What several commands share: argument groups (clap `#[command(flatten)]` structs) and
//! what they mean once parsed.
//!
//! * [`DateArgs`] → [`Dating`]: `--date` / `--override-date`, which date an article is coded
//!   as of (`read`, `code`, `actors`, `sources`, `ingest`).
//! * [`DictArgs`]: `--dicts DIR`, PETRARCH-format dictionaries instead of the bundled ones
//!   (`code`, `actors`).
//! * [`ReadArgs`]: `--format`, `--max-bytes`, `--strict`, how inputs are read (`read`,
//!   `ingest`).
//! * [`ThreadsArg`]: `--threads` (`read`, `code`, `ingest`).
//! * [`DbArgs`]: `--db` of the commands that query a database (`search`, `events`,
//!   `export`, `serve`); [`open_existing`] opens one without creating it.
//! * [`FilterQuery`] (flattened as it is, from `factum_store`): which events (`events`,
//!   `export`).
//! * [`Output`]: standard output, or a file written safely ([`factum::outfile`]).
//!
//! Commands import from here, never from each other.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context as _;
use chrono::{DateTime, FixedOffset, NaiveDate};
use factum::outfile::OutFile;
use factum::pipeline::Builder;
use factum_ingest::{Format, ReadOptions};
use factum_store::{EventFilter, FilterQuery, Store};

/// `--date` / `--override-date`.
#[derive(clap::Args)]
pub struct DateArgs {
    /// Date (YYYY-MM-DD or RFC 3339) of undated documents; picks dated actor roles. Without
    /// it undated documents are coded with the roles current today.
    #[arg(long)]
    pub date: Option<String>,
    /// Apply `--date` to every document, dated or not.
    #[arg(long, requires = "date")]
    pub override_date: bool,
}

impl DateArgs {
    /// What the flags mean: see [`Dating`].
    pub fn dating(&self) -> anyhow::Result<Dating> {
        let date = self
            .date
            .as_deref()
            .map(|s| parse_date(s, "date"))
            .transpose()?;
        Dating::new(date, self.override_date)
    }
}

/// A date flag's value: `YYYY-MM-DD` (noon UTC) or RFC 3339. `what` names the flag in the
/// error message.
pub fn parse_date(s: &str, what: &str) -> anyhow::Result<DateTime<FixedOffset>> {
    if let Ok(t) = DateTime::parse_from_rfc3339(s) {
        return Ok(t);
    }
    let d = NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .with_context(|| format!("{what} {s:?}: expected YYYY-MM-DD or RFC 3339"))?;
    Ok(d.and_hms_opt(12, 0, 0)
        .expect("valid")
        .and_utc()
        .fixed_offset())
}

/// `--date` / `--override-date` of the commands that code: which date an article is coded
/// as of. Dated roles ("Biden": `USAGOV` 2021–2025, `USAELI` after) depend on it.
///
/// An article with a date keeps it. An undated one gets `--date` when given; without it,
/// the actor coder uses the roles current on the reference date (today), never "the last
/// role listed". `--override-date` applies `--date` to every article. The summary says how
/// many articles were undated.
pub struct Dating {
    date: Option<DateTime<FixedOffset>>,
    all: bool,
    /// `yyyymmdd` undated articles are coded as of.
    pub reference: u32,
    undated: std::sync::atomic::AtomicUsize,
}

impl Dating {
    /// Undated documents get `date`; every document with `override_all`.
    pub fn new(date: Option<DateTime<FixedOffset>>, override_all: bool) -> anyhow::Result<Dating> {
        if override_all && date.is_none() {
            anyhow::bail!("--override-date needs --date");
        }
        let reference = match date {
            Some(d) => {
                use chrono::Datelike;
                d.year() as u32 * 10000 + d.month() * 100 + d.day()
            }
            None => factum_actors::today_key(),
        };
        Ok(Dating {
            date,
            all: override_all,
            reference,
            undated: Default::default(),
        })
    }

    /// A pipeline builder whose actor coder codes undated documents as of the reference.
    pub fn pipeline(&self) -> Builder {
        factum::pipeline::Pipeline::builder().reference_date(self.reference)
    }

    /// Date `doc` as the flags say, counting it when it came undated.
    pub fn apply(&self, doc: &mut factum_doc::Document) {
        if doc.published.is_none() {
            self.undated
                .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            doc.published = self.date;
        } else if self.all {
            doc.published = self.date;
        }
    }

    /// Date `doc`, run every stage on it and check its layers: what `read`, `code` and
    /// `ingest` do to each article. A document whose layers break an invariant is a
    /// factum bug, reported as that document's failure so the batch goes on.
    pub fn process(
        &self,
        pipeline: &factum::pipeline::Pipeline,
        doc: &mut factum_doc::Document,
    ) -> Result<factum::pipeline::Limits, factum_ingest::Diagnostic> {
        self.apply(doc);
        let limits = pipeline.process_counted(doc);
        doc.validate().map_err(|e| {
            factum_ingest::Diagnostic::new(
                doc.origin.path.clone(),
                format!("internal error, document {} fails validation: {e}", doc.id),
            )
        })?;
        Ok(limits)
    }

    /// "3 undated documents coded as of 2026-12-02 (today; --date sets it)", or nothing.
    pub fn summary(&self) -> Option<String> {
        let n = self.undated.load(std::sync::atomic::Ordering::Relaxed);
        if n == 0 {
            return None;
        }
        let r = self.reference;
        let when = format!("{}-{:02}-{:02}", r / 10000, r / 100 % 100, r % 100);
        let how = if self.date.is_some() {
            "--date"
        } else {
            "today; --date sets it"
        };
        Some(format!(
            "{n} undated document{} coded as of {when} ({how})",
            if n == 1 { "" } else { "s" }
        ))
    }
}

/// `--dicts DIR`.
#[derive(clap::Args)]
pub struct DictArgs {
    /// Directory of PETRARCH-format dictionaries to use instead of the bundled ones: actor
    /// and agent dictionaries (`*actors.txt`, `*agents.txt`), discards (`*discards.txt`) and
    /// verbs (`*verbs.txt` or `CAMEO*.txt`).
    #[arg(long)]
    pub dicts: Option<PathBuf>,
}

impl DictArgs {
    /// `builder` with the actor dictionaries of `--dicts`, when given.
    pub fn actors(&self, builder: Builder) -> anyhow::Result<Builder> {
        let Some(dir) = &self.dicts else {
            return Ok(builder);
        };
        let f = dict_files(dir)?;
        Ok(builder.actors(factum_actors::ActorRecognizer::from_files(
            &f.actors, &f.agents,
        )?))
    }

    /// `builder` with every dictionary of `--dicts` (actors, agents, verbs, discards), when
    /// given.
    pub fn all(&self, builder: Builder) -> anyhow::Result<Builder> {
        let Some(dir) = &self.dicts else {
            return Ok(builder);
        };
        let f = dict_files(dir)?;
        let verbs = f
            .verbs
            .with_context(|| format!("{}: no *verbs.txt or CAMEO*.txt file", dir.display()))?;
        Ok(builder
            .actors(factum_actors::ActorRecognizer::from_files(
                &f.actors, &f.agents,
            )?)
            .events(factum_events::EventCoder::from_files(
                &verbs,
                f.discards.first().map(|p| p.as_path()),
            )?))
    }
}

/// The dictionary files of a `--dicts DIR`.
struct DictFiles {
    actors: Vec<PathBuf>,
    agents: Vec<PathBuf>,
    discards: Vec<PathBuf>,
    verbs: Option<PathBuf>,
}

fn dict_files(dir: &Path) -> anyhow::Result<DictFiles> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .with_context(|| dir.display().to_string())?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    files.sort();
    let name = |p: &PathBuf| p.file_name().map(|n| n.to_string_lossy().into_owned());
    let named = |suffix: &str| -> Vec<PathBuf> {
        files
            .iter()
            .filter(|p| name(p).is_some_and(|n| n.ends_with(suffix)))
            .cloned()
            .collect()
    };
    let actors = named("actors.txt");
    if actors.is_empty() {
        anyhow::bail!("{}: no *actors.txt file", dir.display());
    }
    let verbs = named("verbs.txt").into_iter().next().or_else(|| {
        files
            .iter()
            .find(|p| name(p).is_some_and(|n| n.starts_with("CAMEO")))
            .cloned()
    });
    Ok(DictFiles {
        actors,
        agents: named("agents.txt"),
        discards: named("discards.txt"),
        verbs,
    })
}

/// How inputs are read: `--format`, `--max-bytes`, `--strict`.
#[derive(clap::Args)]
pub struct ReadArgs {
    /// Read every input as this format instead of choosing by extension.
    #[arg(long, value_parser = ["txt", "html", "jsonl", "rss", "atom"])]
    pub format: Option<String>,
    /// Largest document body in bytes; larger ones fail.
    #[arg(long, default_value_t = factum_ingest::DEFAULT_MAX_BYTES)]
    pub max_bytes: usize,
    /// Fail on invalid UTF-8 instead of replacing it with U+FFFD and warning.
    #[arg(long)]
    pub strict: bool,
}

impl ReadArgs {
    /// The format every input is read as, when `--format` says.
    pub fn format(&self) -> Option<Format> {
        self.format.as_deref().and_then(Format::from_name)
    }

    /// The reader options (`fetch_links`: download feed items' linked articles).
    pub fn options(&self, fetch_links: bool) -> ReadOptions {
        ReadOptions {
            format: self.format(),
            max_bytes: self.max_bytes,
            strict: self.strict,
            fetch_links,
        }
    }
}

/// `--threads`.
#[derive(clap::Args)]
pub struct ThreadsArg {
    /// Worker threads (default: one per core).
    #[arg(long)]
    pub threads: Option<usize>,
}

impl ThreadsArg {
    /// Size rayon's pool as asked (at least one thread).
    pub fn apply(&self) -> anyhow::Result<()> {
        if let Some(n) = self.threads {
            rayon::ThreadPoolBuilder::new()
                .num_threads(n.max(1))
                .build_global()
                .context("cannot set up worker threads")?;
        }
        Ok(())
    }
}

/// `--db` of the commands that read a database.
#[derive(clap::Args)]
pub struct DbArgs {
    /// The database (SQLite file, `postgres://` URL or libpq `host=… dbname=…` string).
    #[arg(long, default_value = "factum.db")]
    pub db: String,
}

impl DbArgs {
    /// [`open_existing`] on `--db`.
    pub fn open_existing(&self) -> anyhow::Result<Store> {
        open_existing(&self.db)
    }
}

/// Open an existing database for reading: SQLite read-only (a missing or empty file is an
/// error, not a new empty database; a read-only file can be queried).
pub fn open_existing(location: &str) -> anyhow::Result<Store> {
    if !factum_store::is_postgres_url(location) && !Path::new(location).exists() {
        anyhow::bail!(
            "no database at {location} (create one with `factum ingest … --db {location}`)"
        );
    }
    Store::open_existing(location)
        .with_context(|| format!("cannot open {}", factum_store::redact(location)))
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

/// Where a command writes: standard output (buffered), or a file written under a
/// temporary name and renamed when complete ([`OutFile`]).
pub enum Output {
    Stdout(std::io::BufWriter<std::io::StdoutLock<'static>>),
    File(OutFile),
}

impl Output {
    /// Standard output.
    pub fn stdout() -> Output {
        Output::Stdout(std::io::BufWriter::new(std::io::stdout().lock()))
    }

    /// `path` (`-o FILE`), else standard output.
    pub fn create(path: Option<&Path>) -> anyhow::Result<Output> {
        Ok(match path {
            Some(p) => Output::File(OutFile::create(p)?),
            None => Output::stdout(),
        })
    }

    /// Flush, and put a file in place.
    pub fn finish(mut self) -> anyhow::Result<()> {
        self.flush().context("cannot write output")?;
        match self {
            Output::File(f) => f.commit(),
            Output::Stdout(_) => Ok(()),
        }
    }
}

impl Write for Output {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match self {
            Output::Stdout(w) => w.write(buf),
            Output::File(w) => w.write(buf),
        }
    }

    fn write_all(&mut self, buf: &[u8]) -> std::io::Result<()> {
        match self {
            Output::Stdout(w) => w.write_all(buf),
            Output::File(w) => w.write_all(buf),
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        match self {
            Output::Stdout(w) => w.flush(),
            Output::File(w) => w.flush(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_days_or_rfc3339() {
        assert_eq!(
            parse_date("2013-01-05", "date").unwrap().to_rfc3339(),
            "2013-01-05T12:00:00+00:00"
        );
        assert!(parse_date("2013-01-05T08:00:00+02:00", "date").is_ok());
        let err = parse_date("5 Jan", "--published").unwrap_err().to_string();
        assert!(err.starts_with("--published \"5 Jan\""), "{err}");
    }
}
