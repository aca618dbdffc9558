//! `factum parse`: tag, lemmatise and parse text; CoNLL-U (default) or JSON Lines output.
//!
//! Raw text goes through the text stage (normalisation, sentences, UD-style tokens) and then
//! the syntax stage, exactly as in the pipeline; CoNLL-U FORM is the token's surface text,
//! MISC carries `SpaceAfter=No` and the token's byte span in the normalised text. With
//! `--tokenized` each input line is one sentence of whitespace-separated tokens (the way to
//! parse treebank text with gold tokenisation).
//!
//! Raw text runs through the pipeline until the syntax stage
//! (`Pipeline::builder().until(Stage::Syntax)`); tokenized input is read and parsed a chunk
//! of lines at a time, in parallel, so memory does not grow with the input.

use std::io::{BufRead, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use factum::batch::CHUNK;
use factum::pipeline::{Pipeline, Stage};
use factum_doc::{Document, Origin};
use factum_syntax::conllu::{self, Sentence, Word};
use factum_syntax::{SyntaxModel, WordAnalysis};
use rayon::prelude::*;

use super::common::Output;

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
    /// Largest raw text in bytes (one file is one document, parsed whole); a larger one is
    /// refused as soon as the limit is passed while reading.
    #[arg(long, default_value_t = factum_ingest::DEFAULT_MAX_BYTES)]
    pub max_bytes: usize,
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Conllu,
    Json,
}

/// One analysed sentence: its words as CoNLL-U has them, and each word's byte span in the
/// normalised text (raw text only).
struct Parsed {
    id: String,
    text: String,
    words: Vec<Word>,
    spans: Vec<Option<(u32, u32)>>,
}

fn word(form: String, a: WordAnalysis<'_>, misc: String) -> Word {
    Word {
        form,
        lemma: a.lemma,
        upos: a.upos.to_string(),
        xpos: a.xpos.to_string(),
        feats: String::new(),
        head: a.head,
        deprel: a.deprel.to_string(),
        misc,
    }
}

/// The raw text of `name` (`-`: standard input). One text is one document, held and parsed
/// whole, so it is refused as soon as it passes `limit` bytes, before the rest is read.
fn read_input(name: &str, limit: usize) -> anyhow::Result<String> {
    let shown = if name == "-" { "standard input" } else { name };
    let reader: Box<dyn Read> = if name == "-" {
        Box::new(std::io::stdin().lock())
    } else {
        Box::new(std::fs::File::open(name).with_context(|| format!("reading {name}"))?)
    };
    let mut bytes = Vec::new();
    reader
        .take(limit as u64 + 1)
        .read_to_end(&mut bytes)
        .with_context(|| format!("reading {shown}"))?;
    if bytes.len() > limit {
        anyhow::bail!(
            "{shown}: more than {limit} bytes (--max-bytes); split the text or raise the limit"
        );
    }
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        anyhow::anyhow!("{shown}: not UTF-8 text (invalid byte at offset {at})")
    })
}

/// The lines of `name` (`-`: standard input), read as they are needed.
fn read_lines(name: &str) -> anyhow::Result<Box<dyn BufRead>> {
    if name == "-" {
        return Ok(Box::new(std::io::stdin().lock()));
    }
    let file = std::fs::File::open(name).with_context(|| format!("reading {name}"))?;
    Ok(Box::new(std::io::BufReader::new(file)))
}

/// Line `number` (1-based) of tokenized input, parsed, unless it is blank.
fn parse_line(model: &SyntaxModel, name: &str, number: usize, line: &str) -> Option<Parsed> {
    if line.trim().is_empty() {
        return None;
    }
    let forms: Vec<&str> = line.split_whitespace().collect();
    let words = forms
        .iter()
        .zip(model.analyse(&forms))
        .map(|(f, a)| word(f.to_string(), a, String::new()))
        .collect();
    Some(Parsed {
        id: format!("{name}:{number}"),
        text: forms.join(" "),
        words,
        spans: vec![None; forms.len()],
    })
}

/// The sentences of raw text, from the pipeline run until the syntax stage.
fn parse_text(pipeline: &Pipeline, name: &str, text: String) -> Vec<Parsed> {
    let origin = Origin {
        path: name.to_string(),
        ..Origin::default()
    };
    let mut doc = Document::new(text, origin);
    pipeline.process(&mut doc);
    let syntax = doc.syntax.take().unwrap_or_default();
    doc.sentences
        .iter()
        .enumerate()
        .map(|(k, s)| {
            let range = s.token_range();
            let words = doc.tokens[range.clone()]
                .iter()
                .zip(&syntax[range.clone()])
                .map(|(t, a)| {
                    let range = format!("TokenRange={}:{}", t.span.start, t.span.end);
                    Word {
                        form: doc.slice(t.span).to_string(),
                        lemma: a.lemma.clone(),
                        upos: a.upos.clone(),
                        xpos: a.xpos.clone(),
                        feats: String::new(),
                        // Back to the 1-based position in the sentence (0: the root).
                        head: a.head.map_or(0, |h| h - s.token_start + 1),
                        deprel: a.deprel.clone(),
                        misc: if t.space_after {
                            range
                        } else {
                            format!("SpaceAfter=No|{range}")
                        },
                    }
                })
                .collect();
            Parsed {
                id: format!("{name}:s{}", k + 1),
                text: doc.slice(s.span).replace('\n', " "),
                words,
                spans: doc.tokens[range]
                    .iter()
                    .map(|t| Some((t.span.start, t.span.end)))
                    .collect(),
            }
        })
        .collect()
}

/// One sentence in the output format.
fn render(p: Parsed, format: Format) -> String {
    match format {
        Format::Conllu => {
            let sentence = Sentence {
                comments: vec![format!("sent_id = {}", p.id), format!("text = {}", p.text)],
                words: p.words,
            };
            let mut buf = String::new();
            conllu::write_sentence(&sentence, &mut buf);
            buf
        }
        Format::Json => {
            let words: Vec<serde_json::Value> = p
                .words
                .iter()
                .zip(&p.spans)
                .enumerate()
                .map(|(k, (a, span))| {
                    let mut w = serde_json::json!({
                        "id": k + 1, "form": a.form, "lemma": a.lemma, "upos": a.upos,
                        "xpos": a.xpos, "head": a.head, "deprel": a.deprel,
                    });
                    if let Some((start, end)) = span {
                        w["start"] = (*start).into();
                        w["end"] = (*end).into();
                    }
                    w
                })
                .collect();
            let v = serde_json::json!({"sent_id": p.id, "text": p.text, "words": words});
            format!("{v}\n")
        }
    }
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let mut pipeline = Pipeline::builder().until(Stage::Syntax);
    if let Some(p) = &args.model {
        pipeline = pipeline.syntax(SyntaxModel::load(p)?);
    }
    let pipeline = pipeline.build()?;
    let inputs = if args.inputs.is_empty() {
        vec!["-".to_string()]
    } else {
        args.inputs.clone()
    };
    let mut out = Output::stdout();
    for name in &inputs {
        if !args.tokenized {
            for p in parse_text(&pipeline, name, read_input(name, args.max_bytes)?) {
                out.write_all(render(p, args.format).as_bytes())?;
            }
            continue;
        }
        // A chunk of lines at a time, parsed in parallel, written in order.
        let mut lines = read_lines(name)?.lines().enumerate();
        loop {
            let chunk = lines
                .by_ref()
                .take(CHUNK)
                .map(|(i, l)| l.map(|l| (i + 1, l)))
                .collect::<std::io::Result<Vec<_>>>()
                .with_context(|| format!("reading {name}"))?;
            if chunk.is_empty() {
                break;
            }
            let rendered: Vec<String> = chunk
                .par_iter()
                .filter_map(|(n, line)| parse_line(pipeline.syntax(), name, *n, line))
                .map(|p| render(p, args.format))
                .collect();
            for r in rendered {
                out.write_all(r.as_bytes())?;
            }
        }
    }
    out.finish()?;
    Ok(ExitCode::SUCCESS)
}
