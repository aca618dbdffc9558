//! Subcommands. Each module has `Args` (clap) and `run(Args) -> anyhow::Result<ExitCode>`.
//!
//! Commands do not import from each other: what several share is in [`common`] (argument
//! groups), here (progress bar, event tally), or in the library ([`factum::batch`], the
//! batch loop; [`factum::pipeline`]).

pub mod actors;
pub mod code;
pub mod codes;
pub mod common;
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
