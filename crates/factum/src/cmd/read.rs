//! `factum read`: ingest + text stage, documents as JSON Lines.

use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// Files, directories, feed URLs, or `-` for standard input.
    pub inputs: Vec<String>,
}

pub fn run(_args: Args) -> anyhow::Result<ExitCode> {
    anyhow::bail!("`factum read` is being built (issue 2)")
}
