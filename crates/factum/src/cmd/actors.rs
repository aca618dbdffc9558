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
//! Only the text and actor stages run: no parse is needed to recognise actors.

use std::collections::HashMap;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use factum_actors::ActorRecognizer;

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
    /// Directory of PETRARCH-format actor and agent dictionaries to use instead of the
    /// bundled Phoenix ones.
    #[arg(long)]
    pub dicts: Option<PathBuf>,
    /// Date (YYYY-MM-DD or RFC 3339) of undated documents; picks dated actor roles. Without
    /// it undated documents are coded with the roles current today.
    #[arg(long)]
    pub date: Option<String>,
    /// Apply `--date` to every document, dated or not.
    #[arg(long, requires = "date")]
    pub override_date: bool,
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

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let dating = super::Dating::new(args.date.as_deref(), args.override_date)?;
    let mut recognizer = match &args.dicts {
        Some(dir) => {
            let f = super::code::dict_files(dir)?;
            ActorRecognizer::from_files(&f.actors, &f.agents)?
        }
        None => ActorRecognizer::bundled()?,
    };
    recognizer.set_reference_date(dating.reference);
    let (docs, failures) = super::code::read_inputs(&args.inputs);
    super::code::report_failures(&failures);
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let tsv = args.format == Format::Tsv;
    if tsv {
        let header = if args.unknown {
            "count\tname\tcode\tinferred_from\tfirst_doc\tdictionary_line"
        } else {
            "doc\tsentence\tcode\ttext\tinferred\tprovenance"
        };
        writeln!(out, "{header}")?;
    }
    let mut seen: Vec<Seen> = Vec::new();
    let mut index: HashMap<(String, String), usize> = HashMap::new();
    for mut doc in docs {
        dating.apply(&mut doc);
        factum_text::process(&mut doc);
        recognizer.process(&mut doc);
        if args.unknown {
            for u in recognizer.unknown_names(&doc) {
                let key = (u.name.clone(), u.code.clone());
                match index.get(&key) {
                    Some(&i) => seen[i].count += 1,
                    None => {
                        index.insert(key, seen.len());
                        seen.push(Seen {
                            name: u.name,
                            code: u.code,
                            context: u.context,
                            count: 1,
                            first_doc: doc.id.clone(),
                        });
                    }
                }
            }
            continue;
        }
        for m in &doc.actors {
            let sentence = doc
                .sentences
                .iter()
                .position(|s| s.token_start <= m.token_start && m.token_start < s.token_end)
                .unwrap_or(0);
            let provenance: Vec<String> = m
                .provenance
                .iter()
                .map(|p| format!("{}:{}", p.file, p.line))
                .collect();
            if tsv {
                writeln!(
                    out,
                    "{}\t{sentence}\t{}\t{}\t{}\t{}",
                    doc.id,
                    m.code,
                    doc.slice(m.span).replace(['\t', '\n'], " "),
                    m.inferred,
                    provenance.join(" ")
                )?;
            } else {
                let mut v = serde_json::to_value(m)?;
                let obj = v.as_object_mut().expect("an object");
                obj.insert("doc".into(), doc.id.clone().into());
                obj.insert("sentence".into(), sentence.into());
                obj.insert("text".into(), doc.slice(m.span).into());
                writeln!(out, "{v}")?;
            }
        }
    }
    if args.unknown {
        seen.sort_by(|a, b| b.count.cmp(&a.count).then(a.name.cmp(&b.name)));
        for s in &seen {
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
        out.flush()?;
        eprintln!("{} unknown names", seen.len());
    }
    if let Some(s) = dating.summary() {
        eprintln!("{s}");
    }
    out.flush()?;
    Ok(super::batch_exit_code(failures.len()))
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
