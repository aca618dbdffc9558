//! Subcommands. Each module has `Args` (clap) and `run(Args) -> anyhow::Result<ExitCode>`.

pub mod actors;
pub mod code;
pub mod codes;
pub mod dictionaries;
pub mod eval;
pub mod eval_coder;
pub mod eval_events;
pub mod events;
pub mod export;
pub mod gazetteer;
pub mod ingest;
pub mod parse;
pub mod places;
pub mod read;
pub mod search;
#[cfg(feature = "serve")]
pub mod serve;
pub mod sources;
pub mod train;

use std::process::ExitCode;

use indicatif::{ProgressBar, ProgressStyle};

/// A progress bar over `inputs` on stderr, hidden with `-q` or when stderr is not a terminal
/// (a log file should not fill with bar redraws).
pub(crate) fn input_progress(inputs: usize, quiet: bool) -> ProgressBar {
    use std::io::IsTerminal;
    if quiet || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(inputs as u64);
    bar.set_style(
        ProgressStyle::with_template(
            "{spinner} {pos}/{len} inputs [{elapsed_precise}] {wide_bar} {msg}",
        )
        .expect("valid template"),
    );
    bar
}

/// The exit code of a batch command: 0 when every input was read, 1 when any failed (the
/// rest was still processed and written).
pub(crate) fn batch_exit_code(failures: usize) -> ExitCode {
    if failures == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

/// Events per type and per dyad, for the end-of-run summaries of `code` and `ingest`.
#[derive(Default)]
pub(crate) struct EventTally {
    events: u64,
    by_type: std::collections::HashMap<String, u64>,
    dyads: std::collections::HashMap<(String, String), u64>,
}

impl EventTally {
    /// The (type, source, target) an event counts under: its PLOVER type (else its CAMEO
    /// root) and its actor codes ("-" for a missing side).
    pub(crate) fn key(e: &factum_doc::Event) -> (String, String, String) {
        let code = |a: &Option<factum_doc::EventActor>| {
            a.as_ref().map_or("-".to_string(), |a| a.code.clone())
        };
        let kind = e
            .plover_type
            .clone()
            .unwrap_or_else(|| format!("CAMEO {}", e.cameo_root));
        (kind, code(&e.source), code(&e.target))
    }

    pub(crate) fn add(&mut self, (kind, source, target): (String, String, String)) {
        self.events += 1;
        *self.by_type.entry(kind).or_default() += 1;
        *self.dyads.entry((source, target)).or_default() += 1;
    }

    pub(crate) fn events(&self) -> u64 {
        self.events
    }

    /// Events per type, most frequent first, and the ten most frequent dyads, on stderr.
    pub(crate) fn print(&self) {
        let mut types: Vec<_> = self.by_type.iter().collect();
        types.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        eprintln!("events by type:");
        for (t, n) in &types {
            eprintln!("  {t:<16} {n:>6}");
        }
        let mut top: Vec<_> = self.dyads.iter().collect();
        top.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        eprintln!("top dyads (source -> target):");
        for ((s, t), n) in top.into_iter().take(10) {
            eprintln!("  {s:>12} -> {t:<12} {n:>6}");
        }
    }
}

/// `--date` / `--override-date` of the commands that code: which date an article is coded
/// as of. Dated roles ("Biden": `USAGOV` 2021–2025, `USAELI` after) depend on it.
///
/// An article with a date keeps it. An undated one gets `--date` when given; without it,
/// the actor coder uses the roles current on the reference date (today), never "the last
/// role listed". `--override-date` applies `--date` to every article. The summary says how
/// many articles were undated.
pub(crate) struct Dating {
    date: Option<chrono::DateTime<chrono::FixedOffset>>,
    all: bool,
    /// `yyyymmdd` undated articles are coded as of.
    pub reference: u32,
    undated: std::sync::atomic::AtomicUsize,
}

impl Dating {
    pub(crate) fn new(date: Option<&str>, override_all: bool) -> anyhow::Result<Dating> {
        let date = date.map(code::parse_date).transpose()?;
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

    /// Date `doc` as the flags say, counting it when it came undated.
    pub(crate) fn apply(&self, doc: &mut factum_doc::Document) {
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
    pub(crate) fn process(
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

    pub(crate) fn undated(&self) -> usize {
        self.undated.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// "3 undated documents coded as of 2026-12-02 (today; --date sets it)", or nothing.
    pub(crate) fn summary(&self) -> Option<String> {
        let n = self.undated();
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
