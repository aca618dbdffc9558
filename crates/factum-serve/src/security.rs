//! What every response and request goes through: headers, limits, the token.
//!
//! * **Content-Security-Policy**: scripts, styles, images and requests only from this
//!   origin, no inline script, no plugins, no framing. If untrusted article text ever
//!   reached the page as markup, the browser would still refuse to run it.
//! * **Limits**: bodies over `max_body` bytes are refused with 413; a request that takes
//!   longer than `timeout` gets a 503 JSON error.
//! * **Token**: compared in constant time ([`same_token`]), so the time a refusal takes
//!   says nothing about how much of a guess was right.

use std::time::Duration;

use axum::extract::{DefaultBodyLimit, Request};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::Router;

use crate::ApiError;

/// The policy: this origin only; nothing inline, no `eval`, no frames, no plugins.
pub const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; \
     img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; \
     frame-ancestors 'none'";

/// Wrap `app` in the body limit, the time limit and the security headers.
pub fn layers(app: Router, max_body: usize, timeout: Duration) -> Router {
    app.layer(middleware::from_fn(move |req: Request, next: Next| {
        guarded(req, next, timeout)
    }))
    .layer(DefaultBodyLimit::max(max_body))
}

async fn guarded(req: Request, next: Next, timeout: Duration) -> Response {
    let mut response = match tokio::time::timeout(timeout, next.run(req)).await {
        Ok(r) => r,
        Err(_) => ApiError::status(
            StatusCode::SERVICE_UNAVAILABLE,
            format!("the request took longer than {} s", timeout.as_secs_f64()),
        )
        .into_response(),
    };
    if response.status() == StatusCode::PAYLOAD_TOO_LARGE
        && response.headers().get(header::CONTENT_TYPE)
            != Some(&HeaderValue::from_static("application/json"))
    {
        response = ApiError::status(
            StatusCode::PAYLOAD_TOO_LARGE,
            "the request body is too large",
        )
        .into_response();
    }
    let h = response.headers_mut();
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CSP),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    response
}

/// Whether `given` equals `expected`, taking time that depends only on their lengths.
pub fn same_token(given: &[u8], expected: &[u8]) -> bool {
    let mut diff = (given.len() ^ expected.len()) as u64;
    for i in 0..given.len().max(expected.len()) {
        let a = given.get(i).copied().unwrap_or(0);
        let b = expected.get(i).copied().unwrap_or(0);
        diff |= u64::from(a ^ b);
    }
    // Keep the compiler from ending the loop early on a known difference.
    std::hint::black_box(diff) == 0
}

/// Check `Authorization: Bearer <token>` against `expected`.
pub fn check_bearer(headers: &HeaderMap, expected: Option<&str>) -> Result<(), ApiError> {
    let Some(expected) = expected else {
        return Err(ApiError::status(
            StatusCode::FORBIDDEN,
            "this server has no token",
        ));
    };
    let given = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim);
    match given {
        Some(t) if same_token(t.as_bytes(), expected.as_bytes()) => Ok(()),
        Some(_) => Err(ApiError {
            status: StatusCode::FORBIDDEN,
            message: "wrong token".into(),
            parameter: Some("Authorization".into()),
        }),
        None => Err(ApiError {
            status: StatusCode::UNAUTHORIZED,
            message: "send the token as `Authorization: Bearer <token>`".into(),
            parameter: Some("Authorization".into()),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens() {
        assert!(same_token(b"secret", b"secret"));
        assert!(!same_token(b"secreT", b"secret"));
        assert!(!same_token(b"secret1", b"secret"));
        assert!(!same_token(b"", b"secret"));
        assert!(same_token(b"", b""));
    }

    #[test]
    fn bearer() {
        let mut h = HeaderMap::new();
        assert_eq!(check_bearer(&h, Some("t")).unwrap_err().status, 401);
        h.insert(header::AUTHORIZATION, HeaderValue::from_static("Bearer x"));
        assert_eq!(check_bearer(&h, Some("t")).unwrap_err().status, 403);
        h.insert(header::AUTHORIZATION, HeaderValue::from_static("Bearer t"));
        assert!(check_bearer(&h, Some("t")).is_ok());
        assert_eq!(check_bearer(&h, None).unwrap_err().status, 403);
    }
}
