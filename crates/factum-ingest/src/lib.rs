//! Readers: plain text, HTML, JSON Lines, RSS/Atom into factum [`Document`]s.
//!
//! Readers produce documents whose `text` is the raw body; the text stage (`factum-text`)
//! normalises it and adds sentences and tokens.

pub mod reuters;

pub use factum_doc::Document;
