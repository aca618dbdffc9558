//! Subcommands. Each module has `Args` (clap) and `run(Args) -> anyhow::Result<ExitCode>`.

pub mod code;
pub mod eval;
pub mod eval_coder;
pub mod gazetteer;
pub mod parse;
pub mod places;
pub mod read;
pub mod train;
