//! The dashboard's files, embedded in the binary: `/` is the page, `/assets/{name}` the
//! rest. Only the names listed here are served, so there is no directory to list and no
//! path to climb out of.

use axum::extract::Path;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;

use crate::ApiError;

/// `(name, content type, bytes)` of every file under `/assets/`.
pub const FILES: &[(&str, &str, &[u8])] = &[
    (
        "app.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../assets/app.js"),
    ),
    (
        "style.css",
        "text/css; charset=utf-8",
        include_bytes!("../assets/style.css"),
    ),
    (
        "countries-110m.json",
        "application/json",
        include_bytes!("../assets/world-atlas/countries-110m.json"),
    ),
    (
        "world-atlas-LICENSE.txt",
        "text/plain; charset=utf-8",
        include_bytes!("../assets/world-atlas/LICENSE"),
    ),
];

const INDEX: &str = include_str!("../assets/index.html");

pub fn routes<S: Clone + Send + Sync + 'static>() -> Router<S> {
    Router::new()
        .route("/", get(index))
        .route("/assets/{name}", get(asset))
}

async fn index() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/html; charset=utf-8"),
            (header::CACHE_CONTROL, "no-cache"),
        ],
        INDEX,
    )
        .into_response()
}

async fn asset(Path(name): Path<String>) -> Response {
    match FILES.iter().find(|(n, _, _)| *n == name) {
        Some((_, mime, bytes)) => (
            [
                (header::CONTENT_TYPE, *mime),
                (header::CACHE_CONTROL, "public, max-age=3600"),
            ],
            *bytes,
        )
            .into_response(),
        None => ApiError::not_found(format!("no asset {name:?}")).into_response(),
    }
}
