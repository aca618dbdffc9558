//! `factum code`: read articles, run the pipeline, print the coded events.
//!
//! One event per line. JSON Lines (default) carries the whole event record (see
//! `docs/coder.md` for the schema) plus the document id, the sentence text and the verb
//! text; `--format csv|tsv` prints the main columns. `--dicts DIR` codes with other
//! dictionaries (files named `*actors.txt`, `*agents.txt`, `*discards.txt` and one verb
//! file `*verbs.txt` or `CAMEO*.txt`); `--date` overrides every document's date, which
//! picks date-restricted actor roles.

use std::io::{BufRead, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context as _;
use chrono::{DateTime, FixedOffset, NaiveDate};
use factum::pipeline::Pipeline;
use factum_doc::{Document, Event, Origin};

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Jsonl,
    Csv,
    Tsv,
}

#[derive(clap::Args)]
pub struct Args {
    /// Text files, JSON Lines files (`.jsonl`, one document per line with a "text" field),
    /// directories of such files, or `-` for text on standard input.
    pub inputs: Vec<String>,
    /// Output format.
    #[arg(long, value_enum, default_value = "jsonl")]
    pub format: Format,
    /// Directory of PETRARCH-format dictionaries to use instead of the bundled ones.
    #[arg(long)]
    pub dicts: Option<PathBuf>,
    /// Document date (YYYY-MM-DD or RFC 3339) for every input; picks dated actor roles.
    #[arg(long)]
    pub date: Option<String>,
    /// Print a summary (events per type, top dyads) to standard error at the end.
    #[arg(long)]
    pub summary: bool,
}

pub(crate) fn parse_date(s: &str) -> anyhow::Result<DateTime<FixedOffset>> {
    if let Ok(t) = DateTime::parse_from_rfc3339(s) {
        return Ok(t);
    }
    let d = NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .with_context(|| format!("date {s:?}: expected YYYY-MM-DD or RFC 3339"))?;
    Ok(d.and_hms_opt(12, 0, 0)
        .expect("valid")
        .and_utc()
        .fixed_offset())
}

fn read_path(path: &Path, docs: &mut Vec<Document>) -> anyhow::Result<()> {
    let name = path.display().to_string();
    if path.is_dir() {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(path)
            .with_context(|| name.clone())?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .collect();
        entries.sort();
        for p in entries {
            read_path(&p, docs)?;
        }
        return Ok(());
    }
    if name.ends_with(".jsonl") {
        let file = std::fs::File::open(path).with_context(|| name.clone())?;
        for (i, line) in std::io::BufReader::new(file).lines().enumerate() {
            let line = line.with_context(|| format!("{name}:{}", i + 1))?;
            if line.trim().is_empty() {
                continue;
            }
            let value: serde_json::Value = serde_json::from_str(&line)
                .with_context(|| format!("{name}:{}: not JSON", i + 1))?;
            let text = value
                .get("text")
                .and_then(|t| t.as_str())
                .with_context(|| format!("{name}:{}: no \"text\" field", i + 1))?;
            let origin = Origin {
                path: name.clone(),
                line: Some(i as u64 + 1),
                format: "jsonl".to_string(),
                ..Origin::default()
            };
            let mut d = Document::new(text, origin);
            if let Some(id) = value.get("id").and_then(|t| t.as_str()) {
                d.id = id.to_string();
            }
            if let Some(p) = value.get("published").and_then(|t| t.as_str()) {
                d.published = Some(parse_date(p).with_context(|| format!("{name}:{}", i + 1))?);
            }
            docs.push(d);
        }
        return Ok(());
    }
    let text = std::fs::read_to_string(path).with_context(|| name.clone())?;
    docs.push(Document::new(
        text,
        Origin {
            path: name,
            format: "txt".to_string(),
            ..Origin::default()
        },
    ));
    Ok(())
}

/// Read every input (files, directories, `-` for standard input) into documents.
pub(crate) fn read_inputs(inputs: &[String]) -> anyhow::Result<Vec<Document>> {
    let mut docs = Vec::new();
    for input in inputs {
        if input == "-" {
            let mut text = String::new();
            std::io::stdin().read_to_string(&mut text)?;
            docs.push(Document::new(
                text,
                Origin {
                    path: "-".to_string(),
                    format: "txt".to_string(),
                    ..Origin::default()
                },
            ));
        } else {
            read_path(Path::new(input), &mut docs)?;
        }
    }
    Ok(docs)
}

/// The dictionary files of a `--dicts DIR`.
pub(crate) struct DictFiles {
    pub actors: Vec<PathBuf>,
    pub agents: Vec<PathBuf>,
    pub discards: Vec<PathBuf>,
    pub verbs: Option<PathBuf>,
}

pub(crate) fn dict_files(dir: &Path) -> anyhow::Result<DictFiles> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .with_context(|| dir.display().to_string())?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    files.sort();
    let named = |suffix: &str| -> Vec<PathBuf> {
        files
            .iter()
            .filter(|p| {
                p.file_name()
                    .is_some_and(|n| n.to_string_lossy().ends_with(suffix))
            })
            .cloned()
            .collect()
    };
    let actors = named("actors.txt");
    let agents = named("agents.txt");
    let discards = named("discards.txt");
    let verbs = named("verbs.txt").into_iter().next().or_else(|| {
        files
            .iter()
            .find(|p| {
                p.file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with("CAMEO"))
            })
            .cloned()
    });
    if actors.is_empty() {
        anyhow::bail!("{}: no *actors.txt file", dir.display());
    }
    Ok(DictFiles {
        actors,
        agents,
        discards,
        verbs,
    })
}

/// Load `--dicts DIR` into the pipeline.
fn load_dicts(pipeline: &mut Pipeline, dir: &Path) -> anyhow::Result<()> {
    let f = dict_files(dir)?;
    let verbs = f
        .verbs
        .with_context(|| format!("{}: no *verbs.txt or CAMEO*.txt file", dir.display()))?;
    pipeline.actors = factum_actors::ActorRecognizer::from_files(&f.actors, &f.agents)?;
    pipeline.events =
        factum_events::EventCoder::from_files(&verbs, f.discards.first().map(|p| p.as_path()))?;
    Ok(())
}

fn field(s: &str, sep: char) -> String {
    if sep == '\t' {
        return s.replace(['\t', '\n'], " ");
    }
    if s.contains([',', '"', '\n']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

fn event_json(doc: &Document, e: &Event) -> serde_json::Value {
    let mut v = serde_json::to_value(e).expect("events serialise");
    let sentence = doc
        .sentences
        .get(e.sentence as usize)
        .map(|s| doc.slice(s.span))
        .unwrap_or("");
    let obj = v.as_object_mut().expect("an object");
    obj.insert("doc".into(), doc.id.clone().into());
    obj.insert("sentence_text".into(), sentence.into());
    obj.insert("verb".into(), doc.slice(e.verb_span).into());
    // Who says so: the attribution record and the chain of outlets relaying it.
    if let Some(a) = e.attribution.and_then(|i| doc.attributions.get(i as usize)) {
        let mut chain = Vec::new();
        let mut next = a.relayed_by;
        while let Some(r) = next.and_then(|i| doc.attributions.get(i as usize)) {
            if chain.len() > 8 {
                break;
            }
            chain.push(r.text.clone());
            next = r.relayed_by;
        }
        let mut src = serde_json::to_value(a).expect("attributions serialise");
        let src_obj = src.as_object_mut().expect("an object");
        src_obj.remove("content");
        if !chain.is_empty() {
            src_obj.insert("relay_chain".into(), chain.into());
        }
        obj.insert("attributed_to".into(), src);
    }
    v
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    if args.inputs.is_empty() {
        anyhow::bail!("no inputs: give files, directories, or - for standard input");
    }
    let date = args.date.as_deref().map(parse_date).transpose()?;
    let mut pipeline = Pipeline::new()?;
    if let Some(dir) = &args.dicts {
        load_dicts(&mut pipeline, dir)?;
    }
    let docs = read_inputs(&args.inputs)?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let sep = match args.format {
        Format::Csv => Some(','),
        Format::Tsv => Some('\t'),
        Format::Jsonl => None,
    };
    if let Some(sep) = sep {
        let header = [
            "doc",
            "sentence",
            "source",
            "source_text",
            "target",
            "target_text",
            "cameo",
            "quad_class",
            "goldstein",
            "plover_type",
            "plover_mode",
            "negated",
            "verb",
            "pattern",
        ];
        writeln!(out, "{}", header.join(&sep.to_string()))?;
    }
    let mut by_type: std::collections::BTreeMap<String, u64> = Default::default();
    let mut dyads: std::collections::HashMap<(String, String), u64> = Default::default();
    for mut doc in docs {
        if date.is_some() {
            doc.published = date;
        }
        pipeline.process(&mut doc);
        for e in &doc.events {
            if args.summary {
                *by_type
                    .entry(
                        e.plover_type
                            .clone()
                            .unwrap_or_else(|| e.cameo_root.clone()),
                    )
                    .or_default() += 1;
                let s = e
                    .source
                    .as_ref()
                    .map_or("-".to_string(), |a| a.code.clone());
                let t = e
                    .target
                    .as_ref()
                    .map_or("-".to_string(), |a| a.code.clone());
                *dyads.entry((s, t)).or_default() += 1;
            }
            match sep {
                None => writeln!(out, "{}", event_json(&doc, e))?,
                Some(sep) => {
                    let side = |a: &Option<factum_doc::EventActor>| {
                        a.as_ref().map_or((String::new(), String::new()), |a| {
                            (a.code.clone(), a.text.clone())
                        })
                    };
                    let (sc, st) = side(&e.source);
                    let (tc, tt) = side(&e.target);
                    let pattern = e
                        .provenance
                        .first()
                        .map(|p| format!("{}:{}", p.file, p.line))
                        .unwrap_or_default();
                    let cols = [
                        doc.id.clone(),
                        e.sentence.to_string(),
                        sc,
                        st,
                        tc,
                        tt,
                        e.cameo.clone(),
                        e.quad_class.to_string(),
                        e.goldstein.to_string(),
                        e.plover_type.clone().unwrap_or_default(),
                        e.plover_mode.clone().unwrap_or_default(),
                        e.negated.to_string(),
                        doc.slice(e.verb_span).to_string(),
                        pattern,
                    ];
                    let line: Vec<String> = cols.iter().map(|c| field(c, sep)).collect();
                    writeln!(out, "{}", line.join(&sep.to_string()))?;
                }
            }
        }
    }
    out.flush()?;
    if args.summary {
        eprintln!("events by type:");
        for (t, n) in &by_type {
            eprintln!("  {t:<12} {n}");
        }
        let mut top: Vec<_> = dyads.into_iter().collect();
        top.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        eprintln!("top dyads:");
        for ((s, t), n) in top.into_iter().take(10) {
            eprintln!("  {s:>10} -> {t:<10} {n}");
        }
    }
    Ok(ExitCode::SUCCESS)
}
