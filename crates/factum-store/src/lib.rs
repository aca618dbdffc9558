//! Corpus store: SQLite/PostgreSQL, deduplication, aggregation, search and export.
//!
//! Not built yet: see the issue tracker.
