//! `factum parse`: tag, lemmatise and parse text; CoNLL-U (default) or JSON output.
//!
//! Input is either pre-tokenised (`--tokenized`: one sentence per line, tokens separated by
//! spaces) or raw text, which goes through the text stage (sentences and tokens) first.

use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use factum_syntax::conllu::{self, Sentence, Word};
use factum_syntax::SyntaxModel;

#[derive(clap::Args)]
pub struct Args {
    /// Text files, or `-` for standard input (the default).
    pub inputs: Vec<String>,
    /// Input is one sentence per line, tokens separated by whitespace.
    #[arg(long)]
    pub tokenized: bool,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Conllu)]
    pub format: Format,
    /// Model file (default: the bundled model).
    #[arg(long)]
    pub model: Option<PathBuf>,
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Conllu,
    Json,
}

fn read_input(name: &str) -> anyhow::Result<String> {
    if name == "-" {
        let mut s = String::new();
        std::io::stdin()
            .read_to_string(&mut s)
            .context("reading standard input")?;
        Ok(s)
    } else {
        std::fs::read_to_string(name).with_context(|| format!("reading {name}"))
    }
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let loaded;
    let model = match &args.model {
        Some(p) => {
            loaded = SyntaxModel::load(p)?;
            &loaded
        }
        None => SyntaxModel::bundled()?,
    };
    let inputs = if args.inputs.is_empty() {
        vec!["-".to_string()]
    } else {
        args.inputs.clone()
    };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for name in &inputs {
        let text = read_input(name)?;
        if !args.tokenized {
            anyhow::bail!(
                "raw text needs the text stage, which is not merged into this build yet; use --tokenized"
            );
        }
        for (i, line) in text.lines().enumerate() {
            let forms: Vec<&str> = line.split_whitespace().collect();
            if forms.is_empty() {
                continue;
            }
            let analysis = model.analyse(&forms);
            match args.format {
                Format::Conllu => {
                    let s = Sentence {
                        comments: vec![
                            format!("sent_id = {name}:{}", i + 1),
                            format!("text = {}", forms.join(" ")),
                        ],
                        words: forms
                            .iter()
                            .zip(analysis)
                            .map(|(f, a)| Word {
                                form: f.to_string(),
                                lemma: a.lemma,
                                upos: a.upos.to_string(),
                                xpos: a.xpos.to_string(),
                                feats: String::new(),
                                head: a.head,
                                deprel: a.deprel.to_string(),
                                misc: String::new(),
                            })
                            .collect(),
                    };
                    let mut buf = String::new();
                    conllu::write_sentence(&s, &mut buf);
                    out.write_all(buf.as_bytes())?;
                }
                Format::Json => {
                    let words: Vec<serde_json::Value> = forms
                        .iter()
                        .zip(analysis)
                        .enumerate()
                        .map(|(k, (f, a))| {
                            serde_json::json!({
                                "id": k + 1, "form": f, "lemma": a.lemma, "upos": a.upos,
                                "xpos": a.xpos, "head": a.head, "deprel": a.deprel,
                            })
                        })
                        .collect();
                    let v = serde_json::json!({"input": name, "line": i + 1, "words": words});
                    writeln!(out, "{v}")?;
                }
            }
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
