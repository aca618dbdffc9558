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
