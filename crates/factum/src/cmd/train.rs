//! `factum train tagger|parser`: train the syntax model on UD CoNLL-U treebanks.
//!
//! Two steps, because the parser is trained on top of a tagger:
//!
//! ```text
//! factum train tagger --train en_ewt-ud-train.conllu --dev en_ewt-ud-dev.conllu --out tagger.fsyn
//! factum train parser --train en_ewt-ud-train.conllu --dev en_ewt-ud-dev.conllu \
//!     --tagger tagger.fsyn --out data/models/en_ewt.fsyn
//! ```
//!
//! Both are reproducible: the same data, options and seed give the same model bytes.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Context;
use factum_syntax::conllu;
use factum_syntax::parser::ParserOptions;
use factum_syntax::tagger::TaggerOptions;
use factum_syntax::train::{self, ParserTrainOptions, TrainingTags};
use factum_syntax::SyntaxModel;

/// The command line that trained a model, kept in its description: `factum train <what>`,
/// the treebanks by file name, then each named option with its value, the flag spelt as clap
/// spells the field (`dict_min_count` → `--dict-min-count`).
macro_rules! command_line {
    ($what:literal, $a:ident; $($option:ident),+) => {{
        let mut line = format!(
            "factum train {} --train {} --dev {}",
            $what,
            file_name(&$a.train),
            file_name(&$a.dev)
        );
        $(
            let flag = stringify!($option).replace('_', "-");
            line.push_str(&format!(" --{flag} {}", $a.$option));
        )+
        line
    }};
}

#[derive(clap::Subcommand)]
pub enum What {
    /// Train the POS tagger and lemmatiser.
    Tagger(TaggerArgs),
    /// Train the dependency parser and relation labeller on top of a trained tagger.
    Parser(ParserArgs),
    /// Drop small weights from a trained model (smaller file, faster lookups).
    Prune(PruneArgs),
}

#[derive(clap::Args)]
pub struct PruneArgs {
    /// Model to prune.
    #[arg(long)]
    pub model: PathBuf,
    #[arg(long)]
    pub out: PathBuf,
    /// Drop tagger weights smaller than this in magnitude.
    #[arg(long, default_value_t = 0.0)]
    pub tagger: f32,
    /// Drop parser weights smaller than this in magnitude.
    #[arg(long, default_value_t = 0.0)]
    pub parser: f32,
    /// Drop labeller weights smaller than this in magnitude.
    #[arg(long, default_value_t = 0.0)]
    pub labeller: f32,
    /// Score the pruned model on this CoNLL-U file.
    #[arg(long)]
    pub dev: Option<PathBuf>,
}

#[derive(clap::Args)]
pub struct TaggerArgs {
    /// Training treebank (CoNLL-U).
    #[arg(long)]
    pub train: PathBuf,
    /// Development treebank (CoNLL-U), scored after each epoch; the best epoch is kept.
    #[arg(long)]
    pub dev: PathBuf,
    /// Where to write the model.
    #[arg(long)]
    pub out: PathBuf,
    #[arg(long, default_value_t = 8)]
    pub epochs: usize,
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Drop averaged weights smaller than this.
    #[arg(long, default_value_t = 0.01)]
    pub prune: f32,
    /// Words seen at least this often with one tag go into the tag dictionary.
    #[arg(long, default_value_t = TaggerOptions::default().dict_min_count)]
    pub dict_min_count: usize,
    /// Words seen at least this often get an ambiguity class.
    #[arg(long, default_value_t = TaggerOptions::default().ambiguity_min_count)]
    pub ambiguity_min_count: usize,
    /// Add a look-ahead pass trained on first-pass tags jackknifed over K folds (0 = none).
    #[arg(long, default_value_t = 0)]
    pub lookahead: usize,
    /// Train each tagger pass N times with different seeds and sum their weights.
    #[arg(long, default_value_t = 1)]
    pub ensemble: usize,
}

#[derive(clap::Args)]
pub struct ParserArgs {
    #[arg(long)]
    pub train: PathBuf,
    #[arg(long)]
    pub dev: PathBuf,
    /// Model from `factum train tagger` (its tagger and lemmatiser are kept).
    #[arg(long)]
    pub tagger: PathBuf,
    #[arg(long)]
    pub out: PathBuf,
    #[arg(long, default_value_t = 10)]
    pub epochs: usize,
    /// Epochs of the relation labeller.
    #[arg(long, default_value_t = 6)]
    pub label_epochs: usize,
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    #[arg(long, default_value_t = 0.01)]
    pub prune: f32,
    /// Probability of following the model's own prediction during training (after epoch 1).
    #[arg(long, default_value_t = 0.9)]
    pub explore: f64,
    /// Train on tags predicted by K jackknifed taggers instead of gold tags (0 = gold).
    #[arg(long, default_value_t = 0)]
    pub jackknife: usize,
    /// Epochs of each jackknife tagger.
    #[arg(long, default_value_t = 6)]
    pub tagger_epochs: usize,
    /// Train N parsers and labellers with different seeds and sum their weights.
    #[arg(long, default_value_t = 1)]
    pub ensemble: usize,
}

fn read(path: &std::path::Path) -> anyhow::Result<Vec<conllu::Sentence>> {
    let s = conllu::read_file(path)?;
    eprintln!("read {} sentences from {}", s.len(), path.display());
    Ok(s)
}

pub fn run(what: What) -> anyhow::Result<ExitCode> {
    let started = Instant::now();
    let mut log = |m: String| eprintln!("[{:>6.1}s] {m}", started.elapsed().as_secs_f64());
    match what {
        What::Prune(a) => {
            let model = SyntaxModel::load(&a.model)?;
            let pruned = model.pruned(a.tagger, a.parser, a.labeller);
            pruned.save(&a.out)?;
            log(format!(
                "wrote {} ({:.1} MB)\n{}",
                a.out.display(),
                pruned.to_bytes().len() as f64 / 1e6,
                pruned.summary()
            ));
            if let Some(dev) = &a.dev {
                let gold = read(dev)?;
                log(format!("{}", factum_syntax::evaluate(&pruned, &gold)));
            }
        }
        What::Tagger(a) => {
            let train_set = read(&a.train)?;
            let dev = read(&a.dev)?;
            let opts = TaggerOptions {
                epochs: a.epochs,
                seed: a.seed,
                prune: a.prune,
                dict_min_count: a.dict_min_count,
                ambiguity_min_count: a.ambiguity_min_count,
                lookahead_folds: a.lookahead,
                ensemble: a.ensemble,
            };
            let description = command_line!("tagger", a; epochs, seed, prune, dict_min_count,
                ambiguity_min_count, lookahead, ensemble);
            let model = train::train_tagger(&train_set, &dev, &opts, description, &mut log)?;
            model.save(&a.out)?;
            log(format!("wrote {}", a.out.display()));
        }
        What::Parser(a) => {
            let base = SyntaxModel::load(&a.tagger)
                .with_context(|| format!("loading the tagger model {}", a.tagger.display()))?;
            let train_set = read(&a.train)?;
            let dev = read(&a.dev)?;
            let opts = ParserTrainOptions {
                parser: ParserOptions {
                    epochs: a.epochs,
                    seed: a.seed,
                    prune: a.prune,
                    explore: a.explore,
                },
                label_epochs: a.label_epochs,
                tags: if a.jackknife >= 2 {
                    TrainingTags::Jackknife(a.jackknife)
                } else {
                    TrainingTags::Gold
                },
                tagger: TaggerOptions {
                    epochs: a.tagger_epochs,
                    seed: a.seed,
                    ..TaggerOptions::default()
                },
                ensemble: a.ensemble,
            };
            let description = format!(
                "{}; {}",
                base.description,
                command_line!("parser", a; epochs, label_epochs, seed, prune, explore, jackknife,
                    tagger_epochs, ensemble)
            );
            let model = train::train_parser(&base, &train_set, &dev, &opts, description, &mut log)?;
            model.save(&a.out)?;
            log(format!("wrote {}", a.out.display()));
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn file_name(p: &std::path::Path) -> String {
    p.file_name().map_or_else(
        || p.display().to_string(),
        |f| f.to_string_lossy().into_owned(),
    )
}
