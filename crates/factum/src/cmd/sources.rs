//! `factum sources`: who each article relies on.
//!
//! Reads articles like `factum read`, runs the whole pipeline, and prints one sourcing
//! profile per document (see `docs/attrib.md`): distinct sources with kind, code and
//! affiliation, the share of anonymous sources, outlets cited, quotations, and how many
//! events rest only on anonymous sources. `--format text` prints a readable report instead
//! of JSON Lines; `--attributions` adds every attribution with its cue and reported material.

use std::io::Write;
use std::process::ExitCode;

use anyhow::Context as _;
use factum::pipeline::Pipeline;
use factum_attrib::SourcingProfile;
use factum_doc::{Document, SourceKind};
use factum_ingest::{Format, ReadOptions};
use rayon::prelude::*;

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum OutputFormat {
    Jsonl,
    Text,
}

#[derive(clap::Args)]
#[command(after_help = "\
Examples:
  factum sources story.txt                 one profile as a JSON line
  factum sources corpus/ --format text     a readable report per article
  factum sources feed.rss --attributions   every attribution with its cue and content")]
pub struct Args {
    /// Files, directories (read recursively), feed URLs, or `-` for standard input.
    #[arg(required = true)]
    pub inputs: Vec<String>,
    /// Read every input as this format instead of choosing by extension.
    #[arg(long, value_parser = ["txt", "html", "jsonl", "rss", "atom"])]
    pub input_format: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value = "jsonl")]
    pub format: OutputFormat,
    /// Include every attribution (source, cue, reported material, relay).
    #[arg(long)]
    pub attributions: bool,
    /// Date (YYYY-MM-DD or RFC 3339) of undated documents; picks dated actor roles. Without
    /// it undated documents are coded with the roles current today.
    #[arg(long)]
    pub date: Option<String>,
    /// Apply `--date` to every document, dated or not.
    #[arg(long, requires = "date")]
    pub override_date: bool,
}

fn kind_label(kind: SourceKind) -> &'static str {
    match kind {
        SourceKind::NamedPerson => "named person",
        SourceKind::NamedOrganization => "organisation",
        SourceKind::Outlet => "outlet",
        SourceKind::Document => "document",
        SourceKind::Anonymous => "anonymous",
        SourceKind::Unattributed => "unattributed",
    }
}

fn attribution_rows(doc: &Document) -> Vec<serde_json::Value> {
    doc.attributions
        .iter()
        .map(|a| {
            let mut v = serde_json::to_value(a).expect("attributions serialise");
            let obj = v.as_object_mut().expect("an object");
            if let Some(c) = a.content {
                obj.insert("content_text".into(), doc.slice(c).into());
            }
            if let Some(r) = a.relayed_by.and_then(|r| doc.attributions.get(r as usize)) {
                obj.insert("relayed_by_text".into(), r.text.clone().into());
            }
            v
        })
        .collect()
}

fn render_text(doc: &Document, p: &SourcingProfile, with_attributions: bool) -> String {
    let mut s = String::new();
    let title = doc.title.as_deref().unwrap_or(&doc.origin.path);
    s.push_str(&format!("== {} ({})\n", title, p.document));
    s.push_str(&format!(
        "{} sentences, {} attributed; {} distinct sources, {:.0}% anonymous; {} direct and {} indirect quotations\n",
        p.sentences,
        p.attributed_sentences,
        p.distinct_sources,
        p.anonymous_share * 100.0,
        p.direct_quotes,
        p.indirect_quotes
    ));
    if !p.outlets_cited.is_empty() {
        s.push_str(&format!("outlets cited: {}\n", p.outlets_cited.join(", ")));
    }
    s.push_str(&format!(
        "events: {} ({} backed only by anonymous sources, {} unattributed)\n",
        p.events, p.events_anonymous_only, p.events_unattributed
    ));
    for src in &p.sources {
        s.push_str(&format!(
            "  {:<13} {:<9} {}x  {}",
            kind_label(src.kind),
            src.code.as_deref().unwrap_or("-"),
            src.mentions,
            src.text
        ));
        if let Some(a) = &src.affiliation {
            s.push_str(&format!("  [{a}]"));
        }
        if let Some(r) = &src.relayed_by {
            s.push_str(&format!("  via {r}"));
        }
        s.push('\n');
    }
    if with_attributions {
        for a in &doc.attributions {
            let content = a.content.map(|c| doc.slice(c)).unwrap_or("");
            let source = if a.text.is_empty() {
                "(no source)"
            } else {
                &a.text
            };
            s.push_str(&format!(
                "  s{} {} --{}--> {:?}\n",
                a.sentence, source, a.cue, content
            ));
        }
    }
    s
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let format = args.input_format.as_deref().and_then(Format::from_name);
    let opts = ReadOptions {
        format,
        ..ReadOptions::default()
    };
    let dating = super::Dating::new(args.date.as_deref(), args.override_date)?;
    let mut pipeline = Pipeline::new()?;
    pipeline.actors.set_reference_date(dating.reference);
    let pipeline = pipeline;
    let inputs = factum_ingest::expand_inputs(&args.inputs, format);
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let mut failures = 0usize;
    let mut documents = 0usize;
    for input in &inputs {
        let input = match input {
            Ok(i) => i,
            Err(d) => {
                eprintln!("factum: error: {d}");
                failures += 1;
                continue;
            }
        };
        let read = factum_ingest::read_input(input, &opts);
        for w in &read.warnings {
            eprintln!("factum: warning: {w}");
        }
        let rendered: Vec<Result<String, String>> = read
            .documents
            .into_par_iter()
            .map(|doc| {
                let mut doc = doc.map_err(|d| d.to_string())?;
                dating.apply(&mut doc);
                pipeline.process(&mut doc);
                let profile = SourcingProfile::of(&doc);
                Ok(match args.format {
                    OutputFormat::Text => render_text(&doc, &profile, args.attributions),
                    OutputFormat::Jsonl => {
                        let mut v = serde_json::to_value(&profile).map_err(|e| e.to_string())?;
                        if args.attributions {
                            v.as_object_mut()
                                .expect("an object")
                                .insert("attributions".into(), attribution_rows(&doc).into());
                        }
                        let mut line = serde_json::to_string(&v).map_err(|e| e.to_string())?;
                        line.push('\n');
                        line
                    }
                })
            })
            .collect();
        for r in rendered {
            match r {
                Ok(text) => {
                    documents += 1;
                    out.write_all(text.as_bytes())
                        .context("cannot write output")?;
                }
                Err(e) => {
                    eprintln!("factum: error: {e}");
                    failures += 1;
                }
            }
        }
    }
    out.flush().context("cannot write output")?;
    eprintln!("factum sources: {documents} documents, {failures} failed");
    if let Some(s) = dating.summary() {
        eprintln!("  {s}");
    }
    Ok(if failures == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
