//! `factum serve`: the HTTP API and dashboard over a corpus database (crate
//! `factum-serve`). This file reads the flags and supplies the two things only the binary
//! has: the pipeline, for `POST /api/ingest`, and the bundled dictionaries, so the event
//! page can show the text of each dictionary line behind a coding.

use std::net::SocketAddr;
use std::process::ExitCode;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use factum_ingest::{Format, ReadOptions};
use factum_serve::Config;
use factum_store::Store;

#[derive(clap::Args)]
#[command(after_help = "\
Examples:
  factum serve --db factum.db                      dashboard at http://127.0.0.1:8080/
  factum serve --db factum.db --addr 127.0.0.1:0   any free port (printed)
  FACTUM_TOKEN=… factum serve --addr 0.0.0.0:8080 --allow-ingest

Read-only unless --allow-ingest. Listening beyond loopback needs a token.
Stops on Ctrl-C or SIGTERM after finishing the requests in flight.")]
pub struct Args {
    #[command(flatten)]
    pub db: super::common::DbArgs,
    /// Address and port to listen on.
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub addr: SocketAddr,
    /// Bearer token for POST /api/ingest (and required to listen beyond loopback);
    /// FACTUM_TOKEN when not given.
    #[arg(long)]
    pub token: Option<String>,
    /// Accept articles on POST /api/ingest (needs the token).
    #[arg(long)]
    pub allow_ingest: bool,
    /// Database connections.
    #[arg(long, default_value_t = 4)]
    pub connections: usize,
    /// Largest request body, in MiB.
    #[arg(long, default_value_t = 8)]
    pub max_body_mb: usize,
    /// Longest time one request may take, in seconds.
    #[arg(long, default_value_t = 10)]
    pub timeout_secs: u64,
    /// Serve repeated GETs from memory for this many seconds (0: off).
    #[arg(long, default_value_t = 2)]
    pub cache_secs: u64,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let mut config = Config::new(&args.db.db);
    config.addr = args.addr;
    config.token = args
        .token
        .or_else(|| std::env::var("FACTUM_TOKEN").ok())
        .filter(|t| !t.is_empty());
    config.allow_ingest = args.allow_ingest;
    config.connections = args.connections;
    config.max_body = args.max_body_mb.saturating_mul(1024 * 1024);
    config.timeout = Duration::from_secs(args.timeout_secs.max(1));
    config.cache_ttl = Duration::from_secs(args.cache_secs);
    config.dictionary_line = Some(Arc::new(dictionary_line));
    if args.allow_ingest {
        config.ingest = Some(ingest_fn(&args.db.db)?);
    }
    factum_serve::serve(config, |addr| {
        eprintln!("factum serve: listening on http://{addr}/ (Ctrl-C stops)");
    })
    .map_err(anyhow::Error::msg)?;
    Ok(ExitCode::SUCCESS)
}

/// Line `line` (1-based) of a bundled dictionary file, trimmed; for a town the event
/// coder took from the gazetteer, its GeoNames id.
fn dictionary_line(file: &str, line: u32) -> Option<String> {
    if file == factum_actors::GAZETTEER_TOWN {
        return Some(format!(
            "GeoNames id {line}: a town standing for its country"
        ));
    }
    let mut files = factum_actors::bundled::ACTOR_FILES.to_vec();
    files.extend(factum_actors::bundled::AGENT_FILES);
    files.extend([
        factum_events::coder::bundled::VERBS,
        factum_events::coder::bundled::VERB_ADDITIONS,
        factum_events::coder::bundled::DISCARDS,
        factum_events::nominal::BUNDLED,
    ]);
    let (_, text) = files.into_iter().find(|(name, _)| *name == file)?;
    let l = text.lines().nth((line as usize).checked_sub(1)?)?;
    Some(l.trim().to_string())
}

/// The ingest hook: read the body as articles, code them and store them, one request at
/// a time (the store takes one writer).
fn ingest_fn(db: &str) -> anyhow::Result<Arc<factum_serve::IngestFn>> {
    let dating = super::common::Dating::new(None, false)?;
    let pipeline = dating.pipeline().build()?;
    let writer = Mutex::new(Store::open(db)?);
    Ok(Arc::new(move |body: &[u8], format: Option<&str>| {
        let format = format
            .and_then(Format::from_name)
            .unwrap_or_else(|| Format::sniff(body));
        let read = factum_ingest::read_bytes(body, format, "request", &ReadOptions::default());
        let mut failed: Vec<String> = Vec::new();
        let mut docs = Vec::new();
        for doc in read.documents {
            let mut doc = match doc {
                Ok(d) => d,
                Err(d) => {
                    failed.push(d.to_string());
                    continue;
                }
            };
            dating
                .process(&pipeline, &mut doc)
                .map_err(|d| d.to_string())?;
            doc.tokens.clear();
            doc.syntax = None;
            docs.push(doc);
        }
        if docs.is_empty() {
            return Err(format!("no article could be read: {}", failed.join("; ")));
        }
        let mut store = writer.lock().unwrap_or_else(|p| p.into_inner());
        let s = store
            .ingest(docs, factum_store::DEFAULT_BATCH)
            .map_err(|e| e.to_string())?;
        Ok(serde_json::json!({
            "new": s.new, "existing": s.existing, "duplicates": s.duplicates,
            "events": s.events, "errors": failed,
        }))
    }))
}
