//! `factum actors`: the actors each document mentions, or with `--unknown` the names the
//! dictionaries do not know and the code the coder inferred for them.
//!
//! `--unknown` is for growing dictionaries: "U.S. Secretary of State Antony Blinken" is
//! coded `USAGOV` from "U.S." and "Secretary of State", but "Antony Blinken" is in no
//! dictionary. Each such name is printed once, most frequent first, with its inferred code,
//! the words it was inferred from, how often it occurs, the first document it occurs in,
//! and an actor-dictionary line to paste (`ANTONY_BLINKEN  [USAGOV]`). Codes depend on the
//! document date (dated roles), so `--date` matters here as in `factum code`.
//!
//! Only the text and actor stages run (`Pipeline::builder().until(Stage::Actors)
//! .skip(Stage::Syntax)`): no parse is needed to recognise actors. Documents are read and recognised in bounded
//! chunks ([`factum::batch`]); only the unknown names are kept across the run.

use std::collections::HashMap;
use std::io::Write;
use std::process::ExitCode;

use factum::batch::{Batch, Out};
use factum::pipeline::Stage;
use factum_actors::UnknownName;
use factum_doc::Document;
use factum_ingest::{Diagnostic, ReadOptions};

use super::common::{DateArgs, DictArgs, Output};

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Tsv,
    Jsonl,
}

#[derive(clap::Args)]
pub struct Args {
    /// Files (text, HTML, JSON Lines, RSS/Atom), directories of such files, or `-` for
    /// standard input.
    #[arg(required = true)]
    pub inputs: Vec<String>,
    /// List only names the dictionaries do not know, with the inferred code.
    #[arg(long)]
    pub unknown: bool,
    /// Output format.
    #[arg(long, value_enum, default_value = "tsv")]
    pub format: Format,
    #[command(flatten)]
    pub dicts: DictArgs,
    #[command(flatten)]
    pub dates: DateArgs,
}

/// One unknown name, aggregated over the inputs.
struct Seen {
    name: String,
    code: String,
    context: String,
    count: u64,
    first_doc: String,
}

/// A PETRARCH actor-dictionary line for `name` with `code`.
fn dictionary_line(name: &str, code: &str) -> String {
    let words: Vec<String> = name.split_whitespace().map(|w| w.to_uppercase()).collect();
    format!("{}  [{code}]", words.join("_"))
}

/// What one document contributes: its output lines, or (`--unknown`) its unknown names.
enum Found {
    Lines(String),
    Unknown {
        doc: String,
        names: Vec<UnknownName>,
    },
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let dating = args.dates.dating()?;
    let pipeline = args
        .dicts
        .actors(dating.pipeline().until(Stage::Actors).skip(Stage::Syntax))?
        .build()?;
    let inputs = factum_ingest::expand_inputs(&args.inputs, None);
    let mut out = Output::stdout();
    let tsv = args.format == Format::Tsv;
    if tsv {
        let header = if args.unknown {
            "count\tname\tcode\tinferred_from\tfirst_doc\tdictionary_line"
        } else {
            "doc\tsentence\tcode\ttext\tinferred\tprovenance"
        };
        writeln!(out, "{header}")?;
    }
    let mut seen = Unknowns::default();
    let find = |mut doc: Document| -> Result<Found, Diagnostic> {
        dating.apply(&mut doc);
        pipeline.process(&mut doc);
        if args.unknown {
            let names = pipeline.actors().unknown_names(&doc);
            return Ok(Found::Unknown { doc: doc.id, names });
        }
        mention_lines(&doc, tsv)
            .map(Found::Lines)
            .map_err(|e| Diagnostic::new(doc.origin.path.clone(), e.to_string()))
    };
    let batch = Batch::new(&inputs, &ReadOptions::default()).run(find, |step| {
        match step {
            Out::Warning(w) => eprintln!("factum: warning: {w}"),
            Out::Failed(d) => eprintln!("factum: failed: {d}"),
            Out::Done(Found::Lines(lines)) => out.write_all(lines.as_bytes())?,
            Out::Done(Found::Unknown { doc, names }) => seen.add(&doc, names),
            Out::ChunkEnd { .. } => {}
        }
        Ok(())
    })?;
    if args.unknown {
        seen.write(&mut out, tsv)?;
        out.flush()?;
        eprintln!("{} unknown names", seen.list.len());
    }
    if let Some(s) = dating.summary() {
        eprintln!("{s}");
    }
    out.finish()?;
    Ok(batch.exit_code())
}

/// One line per actor mention of `doc` (TSV or JSON).
fn mention_lines(doc: &Document, tsv: bool) -> serde_json::Result<String> {
    let mut out = String::new();
    for m in &doc.actors {
        let sentence = doc
            .sentences
            .iter()
            .position(|s| s.token_start <= m.token_start && m.token_start < s.token_end)
            .unwrap_or(0);
        if tsv {
            let provenance: Vec<String> = m
                .provenance
                .iter()
                .map(|p| format!("{}:{}", p.file, p.line))
                .collect();
            out.push_str(&format!(
                "{}\t{sentence}\t{}\t{}\t{}\t{}\n",
                doc.id,
                m.code,
                doc.slice(m.span).replace(['\t', '\n'], " "),
                m.inferred,
                provenance.join(" ")
            ));
        } else {
            let mut v = serde_json::to_value(m)?;
            let obj = v.as_object_mut().expect("an object");
            obj.insert("doc".into(), doc.id.clone().into());
            obj.insert("sentence".into(), sentence.into());
            obj.insert("text".into(), doc.slice(m.span).into());
            out.push_str(&format!("{v}\n"));
        }
    }
    Ok(out)
}

/// The unknown names of a run, each once, in the order first seen.
#[derive(Default)]
struct Unknowns {
    list: Vec<Seen>,
    index: HashMap<(String, String), usize>,
}

impl Unknowns {
    fn add(&mut self, doc: &str, names: Vec<UnknownName>) {
        for u in names {
            let key = (u.name.clone(), u.code.clone());
            match self.index.get(&key) {
                Some(&i) => self.list[i].count += 1,
                None => {
                    self.index.insert(key, self.list.len());
                    self.list.push(Seen {
                        name: u.name,
                        code: u.code,
                        context: u.context,
                        count: 1,
                        first_doc: doc.to_string(),
                    });
                }
            }
        }
    }

    /// Most frequent first, with the dictionary line to paste.
    fn write(&mut self, out: &mut dyn Write, tsv: bool) -> anyhow::Result<()> {
        self.list
            .sort_by(|a, b| b.count.cmp(&a.count).then(a.name.cmp(&b.name)));
        for s in &self.list {
            let line = dictionary_line(&s.name, &s.code);
            if tsv {
                writeln!(
                    out,
                    "{}\t{}\t{}\t{}\t{}\t{line}",
                    s.count,
                    s.name.replace(['\t', '\n'], " "),
                    s.code,
                    s.context.replace(['\t', '\n'], " "),
                    s.first_doc
                )?;
            } else {
                let v = serde_json::json!({
                    "name": s.name,
                    "code": s.code,
                    "inferred_from": s.context,
                    "count": s.count,
                    "first_doc": s.first_doc,
                    "dictionary_line": line,
                });
                writeln!(out, "{v}")?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dictionary_lines_join_words() {
        assert_eq!(
            dictionary_line("Antony  Blinken", "USAGOV"),
            "ANTONY_BLINKEN  [USAGOV]"
        );
    }
}
