//! `factum serve`: a JSON API over a corpus database, and a dashboard to look at it.
//!
//! # Shape
//! One [axum] router ([`router`]) serves three things from one process:
//!
//! * `/api/…` — JSON ([`api`]): events (aggregated or every mention), one event with each
//!   mention's sentence and the reasons behind its coding, documents, search, actors, dyads,
//!   counts and GeoJSON; the filters are the CLI's (`actor`, `code`, `since`, …). The
//!   OpenAPI document at `/api/openapi.json` lists every route and parameter.
//! * `/` and `/assets/…` — the dashboard ([`assets`]): plain HTML, CSS, JavaScript and SVG,
//!   embedded in the binary with `include_str!`, so it works offline.
//! * `POST /api/ingest` — only with `--allow-ingest`, and only with the bearer token.
//!
//! # Threads
//! The store is synchronous (rusqlite, postgres). Every request borrows one connection from
//! a small [`pool::Pool`] and runs its queries on tokio's blocking thread pool
//! (`spawn_blocking`), so a slow query never stalls the threads that accept connections.
//!
//! # Security
//! Article text is untrusted: the API returns it as JSON strings and the dashboard puts it
//! into the page with `textContent` only. Every SQL statement is parameterised (the store
//! builds them). Requests have a body limit and a time limit, the token is compared in
//! constant time, and every response carries a Content-Security-Policy that forbids inline
//! scripts and any other origin ([`security`]). The server is read-only unless started with
//! `--allow-ingest`, and refuses to listen beyond loopback without a token.

pub mod api;
pub mod assets;
pub mod cache;
pub mod error;
mod openapi;
pub mod pool;
pub mod security;
mod views;

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::extract::State;
use axum::Router;

pub use error::ApiError;

/// What `POST /api/ingest` runs: the request body and its `format` parameter in, a JSON
/// summary (or a message for the client) out. The binary supplies it, because the
/// pipeline lives there.
pub type IngestFn =
    dyn Fn(&[u8], Option<&str>) -> Result<serde_json::Value, String> + Send + Sync + 'static;

/// The text of a dictionary line, for the provenance the event page shows: `(file, line)`
/// in, the line out when the file is one the binary ships.
pub type LineFn = dyn Fn(&str, u32) -> Option<String> + Send + Sync + 'static;

/// How the server runs.
pub struct Config {
    /// The database location, as for every other subcommand.
    pub db: String,
    /// Where to listen (`127.0.0.1:8080` by default).
    pub addr: SocketAddr,
    /// Connections to the database.
    pub connections: usize,
    /// The bearer token `POST /api/ingest` needs.
    pub token: Option<String>,
    /// Accept `POST /api/ingest`.
    pub allow_ingest: bool,
    /// Largest request body, bytes.
    pub max_body: usize,
    /// Longest time a request may take.
    pub timeout: Duration,
    /// How long a GET answer is served from memory ([`cache`]); zero turns caching off.
    pub cache_ttl: Duration,
    pub ingest: Option<Arc<IngestFn>>,
    pub dictionary_line: Option<Arc<LineFn>>,
}

impl Config {
    /// Defaults for `db`: loopback port 8080, read-only.
    pub fn new(db: impl Into<String>) -> Config {
        Config {
            db: db.into(),
            addr: SocketAddr::from(([127, 0, 0, 1], 8080)),
            connections: 4,
            token: None,
            allow_ingest: false,
            max_body: 8 * 1024 * 1024,
            timeout: Duration::from_secs(10),
            cache_ttl: Duration::from_secs(2),
            ingest: None,
            dictionary_line: None,
        }
    }

    /// Refuse settings that would expose the database: any address beyond loopback needs a
    /// token, and so does ingest; an empty token counts as none.
    pub fn check(&self) -> Result<(), String> {
        let token = self.token.as_deref().filter(|t| !t.is_empty());
        if !self.addr.ip().is_loopback() && token.is_none() {
            return Err(format!(
                "refusing to listen on {} without a token: anyone who can reach it could read \
                 the database. Set --token or FACTUM_TOKEN, or bind 127.0.0.1",
                self.addr
            ));
        }
        if self.allow_ingest && token.is_none() {
            return Err(
                "--allow-ingest needs a bearer token: set --token or FACTUM_TOKEN".to_string(),
            );
        }
        if self.allow_ingest && self.ingest.is_none() {
            return Err("--allow-ingest: this build has no ingest pipeline".to_string());
        }
        Ok(())
    }
}

/// Everything a handler needs.
pub struct AppState {
    pub pool: pool::Pool,
    pub token: Option<String>,
    pub allow_ingest: bool,
    pub ingest: Option<Arc<IngestFn>>,
    pub dictionary_line: Option<Arc<LineFn>>,
    /// Largest request body, bytes.
    pub max_body: usize,
    pub cache: cache::Cache,
}

/// The router for `config`, with its database pool opened (one connection is opened now,
/// so a wrong location fails at start-up rather than on the first request).
pub fn router(config: &Config) -> Result<Router, String> {
    config.check()?;
    let pool = pool::Pool::new(&config.db, config.connections.max(1))
        .map_err(|e| format!("cannot open {}: {e}", factum_store::redact(&config.db)))?;
    let state = Arc::new(AppState {
        pool,
        token: config.token.clone().filter(|t| !t.is_empty()),
        allow_ingest: config.allow_ingest,
        ingest: config.ingest.clone(),
        dictionary_line: config.dictionary_line.clone(),
        max_body: config.max_body,
        cache: cache::Cache::new(config.cache_ttl),
    });
    let app =
        api::routes()
            .merge(assets::routes())
            .layer(axum::middleware::from_fn_with_state(
                state.clone(),
                |State(s): State<Arc<AppState>>, req, next| async move {
                    s.cache.layer(req, next).await
                },
            ))
            .with_state(state);
    Ok(security::layers(app, config.max_body, config.timeout))
}

/// Listen on `config.addr` until SIGINT or SIGTERM, then finish the requests in flight.
/// `ready` is called with the bound address (port 0 picks a free one).
pub fn serve(config: Config, ready: impl FnOnce(SocketAddr)) -> Result<(), String> {
    let app = router(&config)?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| format!("cannot start the runtime: {e}"))?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(config.addr)
            .await
            .map_err(|e| format!("cannot listen on {}: {e}", config.addr))?;
        let addr = listener
            .local_addr()
            .map_err(|e| format!("cannot listen on {}: {e}", config.addr))?;
        let signals = Signals::new().map_err(|e| format!("cannot listen for signals: {e}"))?;
        ready(addr);
        axum::serve(listener, app)
            .with_graceful_shutdown(signals.wait())
            .await
            .map_err(|e| format!("server error: {e}"))
    })
}

/// SIGINT (Ctrl-C) and SIGTERM, listened for from creation: a signal that arrives after
/// the server said it is listening always leads to a clean shutdown.
struct Signals {
    #[cfg(unix)]
    streams: [tokio::signal::unix::Signal; 2],
}

impl Signals {
    fn new() -> std::io::Result<Signals> {
        #[cfg(unix)]
        {
            use tokio::signal::unix::{signal, SignalKind};
            Ok(Signals {
                streams: [
                    signal(SignalKind::interrupt())?,
                    signal(SignalKind::terminate())?,
                ],
            })
        }
        #[cfg(not(unix))]
        Ok(Signals {})
    }

    /// Resolves on the first signal.
    async fn wait(self) {
        #[cfg(unix)]
        {
            let [mut int, mut term] = self.streams;
            tokio::select! {
                _ = int.recv() => {},
                _ = term.recv() => {},
            }
        }
        #[cfg(not(unix))]
        let _ = tokio::signal::ctrl_c().await;
        eprintln!("factum serve: shutting down");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn beyond_loopback_needs_a_token() {
        let mut c = Config::new("x.db");
        assert!(c.check().is_ok());
        c.addr = "0.0.0.0:8080".parse().unwrap();
        assert!(c.check().unwrap_err().contains("without a token"));
        c.token = Some(String::new());
        assert!(c.check().is_err(), "an empty token is no token");
        c.token = Some("s3cret".into());
        assert!(c.check().is_ok());
    }

    #[test]
    fn ingest_needs_a_token() {
        let mut c = Config::new("x.db");
        c.allow_ingest = true;
        c.ingest = Some(Arc::new(|_, _| Ok(serde_json::Value::Null)));
        assert!(c.check().unwrap_err().contains("token"));
        c.token = Some("t".into());
        assert!(c.check().is_ok());
    }
}
