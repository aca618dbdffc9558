//! Subcommands. Each module has `Args` (clap) and `run(Args) -> anyhow::Result<ExitCode>`.

pub mod code;
pub mod eval_coder;
pub mod gazetteer;
pub mod places;
pub mod eval;
pub mod parse;
pub mod read;
pub mod train;
