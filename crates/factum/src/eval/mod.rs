//! Evaluations that run the pipeline (the binary crate owns them: they assemble stages).

pub mod petrarch;
