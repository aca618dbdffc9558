//! The PETRARCH/Phoenix dictionary files, as far as the actor and the event stage share them.
//!
//! factum codes with the dictionaries the event-data field has curated for twenty years
//! (TABARI, then PETRARCH and Phoenix, Open Event Data Alliance). They are plain text, one
//! entry per line, and come in four formats:
//!
//! | file | what a line says | loaded by |
//! |---|---|---|
//! | actors (`Phoenix.Countries.actors.txt`, …) | `NAME [CODE]`, `+ALIAS`, dated `[CODE <YYMMDD]` codes | `factum_actors::dict` |
//! | agents (`Phoenix.agents.txt`) | `NAME {PLURALS} [~CODE]`, `!SUBSTITUTION! = A, B` | `factum_actors::dict` |
//! | verbs (`CAMEO.2.0.txt`) | `--- BLOCK [code] ---`, `VERB {FORMS}`, `- pattern * [code]`, `&SET` | `factum_events::verbs` |
//! | discards (`Phoenix.discards.txt`) | `PHRASE` (drop the sentence), `+PHRASE` (drop the story) | `factum_events::discards` |
//!
//! Each stage keeps the loader of its own format. This crate holds what the four have in
//! common:
//!
//! * [`lines`]: the line reader (`lines.rs` tells the comment rules). All four files have `#` comments, XML-style markup lines
//!   and blank lines; [`Syntax`] says how each format treats them (they differ in small,
//!   deliberate ways).
//! * [`DictError`]: every loader's error, `file:line: message`; [`read_file`] and
//!   [`file_name`] read a user's dictionary from disk and name it the same way everywhere.
//! * [`bundled!`]: a dictionary shipped in `data/dictionaries/`, embedded at compile time.
//! * [`phrase_units`] and [`Units`]: dictionary phrases and text reduced to the same
//!   *match units* (`UNITED_STATES` and the tokens "United States" are both `UNITED
//!   STATES`), and the word-level [`PhraseTrie`] every loader compiles its phrases into
//!   (`phrase.rs`).
//!
//! A phrase in every format is words joined by `_` or spaces; the coder matches it on whole
//! words, case-insensitively, with hyphenated words split at the hyphen.

mod error;
mod lines;
mod phrase;

pub use error::{file_name, read_file, DictError};
pub use lines::{lines, Line, Lines, Syntax};
pub use phrase::{phrase_units, spelled_units, PhraseTrie, Units};

/// `(file name, text)` of a dictionary shipped in `data/dictionaries/`, embedded at compile
/// time so the binary works offline: `bundled!("Phoenix.agents.txt")`. For the stage
/// crates, which all sit in `crates/<name>/`, two folders below the repository root.
#[macro_export]
macro_rules! bundled {
    ($file:literal) => {
        (
            $file,
            include_str!(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/../../data/dictionaries/",
                $file
            )),
        )
    };
}
