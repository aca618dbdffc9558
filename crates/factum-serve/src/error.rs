//! Errors as JSON: `{"error": {"status": 400, "message": "…", "parameter": "since"}}`.
//!
//! Bad input is the client's to fix, so it is a 4xx naming the parameter; a database that
//! fails is a 500 whose message is logged on the server and not sent (it could show paths
//! or SQL). Nothing a client sends produces a 500.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;

/// One error response.
#[derive(Debug, Clone, PartialEq)]
pub struct ApiError {
    pub status: StatusCode,
    pub message: String,
    /// The query parameter (or path segment, or header) that was wrong.
    pub parameter: Option<String>,
}

impl ApiError {
    /// 400: `parameter` was malformed.
    pub fn bad(parameter: &str, message: impl Into<String>) -> ApiError {
        ApiError {
            status: StatusCode::BAD_REQUEST,
            message: message.into(),
            parameter: Some(parameter.to_string()),
        }
    }

    pub fn not_found(message: impl Into<String>) -> ApiError {
        ApiError {
            status: StatusCode::NOT_FOUND,
            message: message.into(),
            parameter: None,
        }
    }

    pub fn status(status: StatusCode, message: impl Into<String>) -> ApiError {
        ApiError {
            status,
            message: message.into(),
            parameter: None,
        }
    }

    /// 500 for a failure on our side: logged in full, reported in general terms.
    pub fn internal(detail: impl std::fmt::Display) -> ApiError {
        eprintln!("factum serve: error: {detail}");
        ApiError::status(
            StatusCode::INTERNAL_SERVER_ERROR,
            "the database query failed; the server log has the details",
        )
    }
}

impl From<factum_store::StoreError> for ApiError {
    fn from(e: factum_store::StoreError) -> ApiError {
        match e {
            // The store says a filter value cannot be used (e.g. an empty code prefix).
            factum_store::StoreError::Unsupported(m) => {
                ApiError::status(StatusCode::BAD_REQUEST, m)
            }
            // A filter value the code tables reject: the message starts with its flag.
            factum_store::StoreError::Invalid(m) => ApiError::bad(&flag_parameter(&m), m),
            other => ApiError::internal(other),
        }
    }
}

/// The query parameter a filter message names: `--min-confidence: …` → `min_confidence`
/// (the CLI flag and the API parameter are the same word); `query` when it names none.
fn flag_parameter(message: &str) -> String {
    message
        .strip_prefix("--")
        .and_then(|m| m.split([':', ' ']).next())
        .filter(|f| !f.is_empty())
        .map_or_else(|| "query".to_string(), |f| f.replace('-', "_"))
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = serde_json::json!({
            "error": {
                "status": self.status.as_u16(),
                "message": self.message,
                "parameter": self.parameter,
            }
        });
        (self.status, Json(body)).into_response()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filter_messages_name_their_parameter() {
        assert_eq!(
            flag_parameter("--min-confidence: \"2\" is not"),
            "min_confidence"
        );
        assert_eq!(flag_parameter("--dyad \"x\": expected two"), "dyad");
        assert_eq!(flag_parameter("no flag here"), "query");
    }
}
