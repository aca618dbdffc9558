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
    #[command(subcommand)]
    Train(cmd::train::What),
    /// Evaluate a model (`factum eval parser --conllu FILE`).
    #[command(subcommand)]
    Eval(cmd::eval::What),
    /// Tag, lemmatise and parse text; prints CoNLL-U or JSON.
    Parse(cmd::parse::Args),
    /// Build the dated actor dictionaries (office holders, armed groups) from open sources.
    #[command(subcommand)]
    Dictionaries(cmd::dictionaries::Action),
    /// Build or query the GeoNames gazetteer.
    #[command(subcommand)]
    Gazetteer(cmd::gazetteer::Action),
    /// List the places (and dates) each document mentions, resolved against the gazetteer.
    Places(cmd::places::Args),
    /// Code events (who did what to whom) and print them as JSON Lines, CSV or TSV.
    Code(cmd::code::Args),
    /// List the actors documents mention; `--unknown`: names the dictionaries lack, with
    /// the code inferred for them.
    Actors(cmd::actors::Args),
    /// Code PETRARCH validation records and compare with their expected codings.
    EvalCoder(cmd::eval_coder::Args),
    /// Print each article's sourcing profile: who it cites, how many sources are anonymous.
    Sources(cmd::sources::Args),
    /// Read, code and store articles in a corpus database (SQLite file or PostgreSQL).
    Ingest(cmd::ingest::Args),
    /// Full-text search over the stored articles (BM25 ranking, snippets).
    Search(cmd::search::Args),
    /// Query stored events: aggregated across articles, or every mention.
    Events(cmd::events::Args),
    /// Export stored events or documents as JSON Lines, CSV, Parquet, GeoJSON or GDELT 2.0.
    Export(cmd::export::Args),
    /// Serve the HTTP API and the dashboard over a corpus database.
    #[cfg(feature = "serve")]
    Serve(cmd::serve::Args),
    /// Look up CAMEO event codes, actor codes and countries (names, ISO, FIPS).
    Codes(cmd::codes::Args),
}

fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Read(args) => cmd::read::run(args),
        Command::Train(args) => cmd::train::run(args),
        Command::Eval(args) => cmd::eval::run(args),
        Command::Parse(args) => cmd::parse::run(args),
        Command::Dictionaries(args) => cmd::dictionaries::run(args),
        Command::Gazetteer(args) => cmd::gazetteer::run(args),
        Command::Places(args) => cmd::places::run(args),
        Command::Code(args) => cmd::code::run(args),
        Command::Actors(args) => cmd::actors::run(args),
        Command::EvalCoder(args) => cmd::eval_coder::run(args),
        Command::Sources(args) => cmd::sources::run(args),
        Command::Ingest(args) => cmd::ingest::run(args),
        Command::Search(args) => cmd::search::run(args),
        Command::Events(args) => cmd::events::run(args),
        Command::Export(args) => cmd::export::run(args),
        #[cfg(feature = "serve")]
        Command::Serve(args) => cmd::serve::run(args),
        Command::Codes(args) => cmd::codes::run(args),
    };
    match result {
        Ok(code) => code,
        // The reader of standard output went away (`factum export … | head`): what it
        // wanted was written, so stop quietly, as the Unix tools do.
        Err(err) if is_broken_pipe(&err) => std::process::ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("factum: error: {err:#}");
            std::process::ExitCode::from(2)
        }
    }
}

/// Whether `err` (or any error it wraps) is a write to a closed pipe.
fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        e.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            || e.to_string().contains("Broken pipe (os error 32)")
    })
}
