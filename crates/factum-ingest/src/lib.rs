//! Readers: plain text, HTML, JSON Lines, RSS/Atom into factum Documents.
//!
//! Not built yet: see the issue tracker.
