//! A short-lived cache of successful GET answers.
//!
//! A dashboard asks the same few questions over and over: every viewer of the front page
//! sends the same `/api/stats`, `/api/events`, `/api/dyads`. Broad filters make SQLite sort
//! thousands of rows per answer, so the answer to each URL is kept for a few seconds
//! (`--cache-secs`, 0 turns it off) and served from memory meanwhile. When an answer
//! expires, the next request for it asks the database while concurrent ones still get the
//! old answer, so a busy page never stalls on an expiry. Data ingested by another process
//! shows up once the lifetime and one query have passed; `POST /api/ingest` empties the
//! cache at once.
//! Only 200 answers to GETs under `/api/` are kept, at most [`MAX_ENTRIES`] of them and
//! none over [`MAX_BODY`] bytes.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::body::{Body, Bytes, HttpBody};
use axum::extract::Request;
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

pub const MAX_ENTRIES: usize = 4096;
pub const MAX_BODY: usize = 4 * 1024 * 1024;

pub struct Cache {
    ttl: Duration,
    entries: Mutex<HashMap<String, (Instant, HeaderValue, Bytes)>>,
    /// One lock per URL being computed: when an entry expires under load, one request
    /// asks the database and the others wait for its answer instead of all asking at once.
    computing: Mutex<HashMap<String, Arc<tokio::sync::Mutex<()>>>>,
}

fn answer(ty: &HeaderValue, body: &Bytes) -> Response {
    ([(header::CONTENT_TYPE, ty.clone())], body.clone()).into_response()
}

impl Cache {
    pub fn new(ttl: Duration) -> Cache {
        Cache {
            ttl,
            entries: Mutex::new(HashMap::new()),
            computing: Mutex::new(HashMap::new()),
        }
    }

    pub fn clear(&self) {
        self.entries
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clear();
    }

    /// The kept answer for `key` and whether it is still fresh.
    fn get(&self, key: &str) -> Option<(bool, HeaderValue, Bytes)> {
        let map = self.entries.lock().unwrap_or_else(|p| p.into_inner());
        let (at, ty, body) = map.get(key)?;
        Some((at.elapsed() < self.ttl, ty.clone(), body.clone()))
    }

    fn put(&self, key: String, ty: HeaderValue, body: Bytes) {
        let mut map = self.entries.lock().unwrap_or_else(|p| p.into_inner());
        if map.len() >= MAX_ENTRIES {
            let ttl = self.ttl;
            map.retain(|_, (at, _, _)| at.elapsed() < ttl);
            if map.len() >= MAX_ENTRIES {
                map.clear();
            }
        }
        map.insert(key, (Instant::now(), ty, body));
    }

    /// The middleware: answer from the cache, or run the handler and keep its answer.
    pub async fn layer(&self, req: Request, next: Next) -> Response {
        let cacheable = self.ttl > Duration::ZERO
            && req.method() == Method::GET
            && req.uri().path().starts_with("/api/");
        if !cacheable {
            return next.run(req).await;
        }
        let key = req.uri().to_string();
        let kept = self.get(&key);
        if let Some((true, ty, body)) = &kept {
            return answer(ty, body);
        }
        let lock = self
            .computing
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .entry(key.clone())
            .or_default()
            .clone();
        // An expired answer is served while one request computes the new one; without
        // one, wait for that request rather than ask the database again.
        let turn = match (lock.try_lock(), &kept) {
            (Ok(turn), _) => turn,
            (Err(_), Some((_, ty, body))) => return answer(ty, body),
            (Err(_), None) => {
                let turn = lock.lock().await;
                if let Some((true, ty, body)) = self.get(&key) {
                    return answer(&ty, &body);
                }
                turn
            }
        };
        let response = self.compute(&key, req, next).await;
        self.computing
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .remove(&key);
        drop(turn);
        response
    }

    /// Run the handler; keep a 200 answer of known, modest size.
    async fn compute(&self, key: &str, req: Request, next: Next) -> Response {
        let response = next.run(req).await;
        if response.status() != StatusCode::OK {
            return response;
        }
        let small = response
            .body()
            .size_hint()
            .upper()
            .is_some_and(|n| n <= MAX_BODY as u64);
        if !small {
            return response;
        }
        let (parts, body) = response.into_parts();
        let Ok(bytes) = axum::body::to_bytes(body, MAX_BODY).await else {
            return crate::ApiError::internal("an answer could not be read back").into_response();
        };
        if let Some(ty) = parts.headers.get(header::CONTENT_TYPE) {
            self.put(key.to_string(), ty.clone(), bytes.clone());
        }
        Response::from_parts(parts, Body::from(bytes))
    }
}
