//! Subcommands. Each module has `Args` (clap) and `run(Args) -> anyhow::Result<ExitCode>`.

pub mod actors;
pub mod code;
pub mod eval;
pub mod eval_coder;
pub mod events;
pub mod export;
pub mod gazetteer;
pub mod ingest;
pub mod parse;
pub mod places;
pub mod read;
pub mod search;
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
