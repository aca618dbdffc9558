//! The OpenAPI 3.1 description of the API, served at `/api/openapi.json`. It is written by
//! hand in `assets/openapi.json`; a test checks that every route it lists answers.

pub const DOCUMENT: &str = include_str!("../assets/openapi.json");
