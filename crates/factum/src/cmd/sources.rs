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
use factum::batch::{Batch, Out};
use factum_attrib::SourcingProfile;
use factum_doc::{Document, SourceKind};
use factum_ingest::{Diagnostic, Format, ReadOptions};

use super::common::{DateArgs, Output};

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
    #[command(flatten)]
    pub dates: DateArgs,
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
    let dating = args.dates.dating()?;
    let pipeline = dating.pipeline().build()?;
    let inputs = factum_ingest::expand_inputs(&args.inputs, format);
    let mut out = Output::stdout();
    let profile = |mut doc: Document| -> Result<String, Diagnostic> {
        dating.apply(&mut doc);
        pipeline.process(&mut doc);
        render(&doc, &args).map_err(|e| Diagnostic::new(doc.origin.path.clone(), e.to_string()))
    };
    let batch = Batch::new(&inputs, &opts).run(profile, |step| {
        match step {
            Out::Warning(w) => eprintln!("factum: warning: {w}"),
            Out::Failed(d) => eprintln!("factum: error: {d}"),
            Out::Done(text) => out
                .write_all(text.as_bytes())
                .context("cannot write output")?,
            Out::ChunkEnd { .. } => {}
        }
        Ok(())
    })?;
    out.finish()?;
    eprintln!(
        "factum sources: {} documents, {} failed",
        batch.documents, batch.failures
    );
    if let Some(s) = dating.summary() {
        eprintln!("  {s}");
    }
    Ok(batch.exit_code())
}

/// One document's profile as `--format` says.
fn render(doc: &Document, args: &Args) -> serde_json::Result<String> {
    let profile = SourcingProfile::of(doc);
    Ok(match args.format {
        OutputFormat::Text => render_text(doc, &profile, args.attributions),
        OutputFormat::Jsonl => {
            let mut v = serde_json::to_value(&profile)?;
            if args.attributions {
                v.as_object_mut()
                    .expect("an object")
                    .insert("attributions".into(), attribution_rows(doc).into());
            }
            let mut line = serde_json::to_string(&v)?;
            line.push('\n');
            line
        }
    })
}
