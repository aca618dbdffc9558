//! Event stage: CAMEO verb patterns to CAMEO/PLOVER/Goldstein events with provenance.
//!
//! * [`verbs`] loads PETRARCH verb dictionaries (synonym sets, verb blocks, patterns).
//! * [`discards`] loads discard phrases.
//! * [`cameo`] holds QuadClass, Goldstein weights and the CAMEO → PLOVER table.
//! * [`coder`] codes sentences into [`factum_doc::Event`]s.
//! * [`nominal`] codes event nouns ("the attack on", "talks between").
//! * [`confidence`] gives each event its probability of being right.
//! * [`review`] checks coded events against CAMEO's and news English's rules.
//! * [`eval`] reads PETRARCH validation records and compares codings.
//! * [`validate`] runs a record file end to end (used by `factum eval-coder`).

pub mod cameo;
pub mod coder;
pub mod confidence;
pub mod discards;
pub mod eval;
pub mod nominal;
pub mod review;
pub mod validate;
pub mod verbs;

pub use coder::EventCoder;
