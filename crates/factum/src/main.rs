//! The `factum` command line: one subcommand per file under `cmd/`.

mod cmd;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(name = "factum", version, about = "News in, political event data out.")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Read articles and print them as JSON Lines documents.
    Read(cmd::read::Args),
    /// Train the POS tagger / dependency parser on UD CoNLL-U treebanks.
    Train(cmd::train::Args),
    /// Evaluate a model (`factum eval parser --conllu FILE`).
    Eval(cmd::eval::Args),
    /// Tag, lemmatise and parse text; prints CoNLL-U or JSON.
    Parse(cmd::parse::Args),
    /// Build or query the GeoNames gazetteer.
    Gazetteer(cmd::gazetteer::Args),
    /// List the places (and dates) each document mentions, resolved against the gazetteer.
    Places(cmd::places::Args),
    /// Code events (who did what to whom) and print them as JSON Lines, CSV or TSV.
    Code(cmd::code::Args),
    /// Code PETRARCH validation records and compare with their expected codings.
    EvalCoder(cmd::eval_coder::Args),
}

fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Read(args) => cmd::read::run(args),
        Command::Train(args) => cmd::train::run(args),
        Command::Eval(args) => cmd::eval::run(args),
        Command::Parse(args) => cmd::parse::run(args),
        Command::Gazetteer(args) => cmd::gazetteer::run(args),
        Command::Places(args) => cmd::places::run(args),
        Command::Code(args) => cmd::code::run(args),
        Command::EvalCoder(args) => cmd::eval_coder::run(args),
    };
    match result {
        Ok(code) => code,
        Err(err) => {
            eprintln!("factum: error: {err:#}");
            std::process::ExitCode::from(2)
        }
    }
}
