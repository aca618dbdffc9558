//! Syntax stage: part-of-speech tagger, lemmatiser and dependency parser for English,
//! trained on UD English EWT, in pure Rust.
//!
//! Event coding needs to know who is the subject and the object of which verb; the older
//! pipelines spent nearly all their time in a Java parser. This crate does it with linear
//! models over hashed features (averaged perceptrons), which are fast (greedy decoding, a
//! few hash lookups per decision) and compact (one file of a few MB, embedded in the binary).
//!
//! * [`tagger`]: joint UPOS+XPOS tagger, greedy left-to-right.
//! * [`lemma`]: suffix rules per tag plus exceptions, learnt from the treebank.
//! * [`parser`]: unlabelled arc-hybrid parser with a dynamic oracle.
//! * `labeller`: relation labels assigned over the finished tree.
//! * `repair`: rules of English that mend shapes no sentence has (a noun-rooted clause
//!   with a subject and no verb).
//! * [`model`]: [`SyntaxModel`], the versioned model file and the stage entry points
//!   ([`SyntaxModel::bundled`], [`SyntaxModel::process`]).
//!
//! ```no_run
//! let model = factum_syntax::SyntaxModel::bundled().expect("a build with the bundled model");
//! for w in model.analyse(&["Israel", "approved", "the", "deal", "."]) {
//!     println!("{} {} {} {} {}", w.upos, w.xpos, w.lemma, w.head, w.deprel);
//! }
//! ```

pub(crate) mod binio;
pub mod conllu;
pub mod error;
pub mod eval;
pub(crate) mod hash;
mod hugebuf;
pub(crate) mod labeller;
pub mod lemma;
pub mod model;
pub mod parser;
pub(crate) mod perceptron;
mod repair;
pub mod tagger;
pub mod train;

pub use error::{Result, SyntaxError};
pub use eval::{evaluate, Scores};
pub use model::{SyntaxModel, WordAnalysis};
