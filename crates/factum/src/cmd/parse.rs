//! `factum parse`: tag, lemmatise and parse text; CoNLL-U (default) or JSON Lines output.
//!
//! Raw text goes through the text stage (normalisation, sentences, UD-style tokens) and then
//! the syntax stage, exactly as in the pipeline; CoNLL-U FORM is the token's surface text,
//! MISC carries `SpaceAfter=No` and the token's byte span in the normalised text. With
//! `--tokenized` each input line is one sentence of whitespace-separated tokens (the way to
//! parse treebank text with gold tokenisation).

use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use factum_doc::{Document, Origin};
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

/// One sentence to analyse: surface forms, the forms the model sees, and per-token MISC.
struct Input {
    id: String,
    text: String,
    surface: Vec<String>,
    forms: Vec<String>,
    misc: Vec<String>,
    spans: Vec<Option<(u32, u32)>>,
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

fn sentences(name: &str, text: String, tokenized: bool) -> Vec<Input> {
    if tokenized {
        return text
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty())
            .map(|(i, line)| {
                let forms: Vec<String> = line.split_whitespace().map(str::to_string).collect();
                Input {
                    id: format!("{name}:{}", i + 1),
                    text: forms.join(" "),
                    surface: forms.clone(),
                    misc: vec![String::new(); forms.len()],
                    spans: vec![None; forms.len()],
                    forms,
                }
            })
            .collect();
    }
    let origin = Origin {
        path: name.to_string(),
        ..Origin::default()
    };
    let mut doc = Document::new(text, origin);
    factum_text::process(&mut doc);
    doc.sentences
        .iter()
        .enumerate()
        .map(|(k, s)| {
            let tokens = &doc.tokens[s.token_range()];
            Input {
                id: format!("{name}:s{}", k + 1),
                text: doc.slice(s.span).replace('\n', " "),
                surface: tokens
                    .iter()
                    .map(|t| doc.slice(t.span).to_string())
                    .collect(),
                forms: tokens.iter().map(|t| t.norm.clone()).collect(),
                misc: tokens
                    .iter()
                    .map(|t| {
                        let range = format!("TokenRange={}:{}", t.span.start, t.span.end);
                        if t.space_after {
                            range
                        } else {
                            format!("SpaceAfter=No|{range}")
                        }
                    })
                    .collect(),
                spans: tokens
                    .iter()
                    .map(|t| Some((t.span.start, t.span.end)))
                    .collect(),
            }
        })
        .collect()
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
        for s in sentences(name, text, args.tokenized) {
            let analysis = model.analyse(&s.forms);
            match args.format {
                Format::Conllu => {
                    let sentence = Sentence {
                        comments: vec![format!("sent_id = {}", s.id), format!("text = {}", s.text)],
                        words: s
                            .surface
                            .iter()
                            .zip(analysis)
                            .zip(&s.misc)
                            .map(|((f, a), misc)| Word {
                                form: f.clone(),
                                lemma: a.lemma,
                                upos: a.upos.to_string(),
                                xpos: a.xpos.to_string(),
                                feats: String::new(),
                                head: a.head,
                                deprel: a.deprel.to_string(),
                                misc: misc.clone(),
                            })
                            .collect(),
                    };
                    let mut buf = String::new();
                    conllu::write_sentence(&sentence, &mut buf);
                    out.write_all(buf.as_bytes())?;
                }
                Format::Json => {
                    let words: Vec<serde_json::Value> = s
                        .surface
                        .iter()
                        .zip(analysis)
                        .zip(&s.spans)
                        .enumerate()
                        .map(|(k, ((f, a), span))| {
                            let mut w = serde_json::json!({
                                "id": k + 1, "form": f, "lemma": a.lemma, "upos": a.upos,
                                "xpos": a.xpos, "head": a.head, "deprel": a.deprel,
                            });
                            if let Some((start, end)) = span {
                                w["start"] = (*start).into();
                                w["end"] = (*end).into();
                            }
                            w
                        })
                        .collect();
                    let v = serde_json::json!({"sent_id": s.id, "text": s.text, "words": words});
                    writeln!(out, "{v}")?;
                }
            }
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
