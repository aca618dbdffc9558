//! `factum eval parser`: score the syntax model on a gold-tokenised CoNLL-U file.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use factum_syntax::{conllu, evaluate, SyntaxModel};

#[derive(clap::Subcommand)]
pub enum What {
    /// UPOS, XPOS, lemma accuracy, UAS and LAS on gold tokenisation (CoNLL 2018 style).
    Parser(ParserArgs),
    /// Code PETRARCH validation records and compare with their expected codings.
    Petrarch(crate::cmd::eval_coder::Args),
    /// Score the pipeline's events against hand-coded gold: the real-news gold standard
    /// (`--gold eval/gold/voa.jsonl`) and/or the PLOVER records (`--plover FILE`).
    Events(crate::cmd::eval_events::Args),
}

#[derive(clap::Args)]
pub struct ParserArgs {
    /// Gold CoNLL-U file(s).
    #[arg(long, required = true)]
    pub conllu: Vec<PathBuf>,
    /// Model file (default: the bundled model).
    #[arg(long)]
    pub model: Option<PathBuf>,
}

pub fn run(what: What) -> anyhow::Result<ExitCode> {
    match what {
        What::Petrarch(a) => crate::cmd::eval_coder::run(a),
        What::Events(a) => crate::cmd::eval_events::run(a),
        What::Parser(a) => {
            let loaded;
            let model = match &a.model {
                Some(p) => {
                    loaded = SyntaxModel::load(p)?;
                    &loaded
                }
                None => SyntaxModel::bundled()?,
            };
            eprint!("{}", model.summary());
            for path in &a.conllu {
                let gold = conllu::read_file(path)?;
                let started = Instant::now();
                let scores = evaluate(model, &gold);
                let secs = started.elapsed().as_secs_f64();
                println!("{}: {scores}", path.display());
                eprintln!(
                    "  ({:.2}s, {:.0} words/s single-threaded, including scoring)",
                    secs,
                    scores.words as f64 / secs.max(1e-9)
                );
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}
