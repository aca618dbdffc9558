//! Event stage: CAMEO verb patterns to CAMEO/PLOVER/Goldstein events with provenance.
//!
//! * [`verbs`] loads PETRARCH verb dictionaries (synonym sets, verb blocks, patterns).
//! * [`discards`] loads discard phrases.
//! * [`cameo`] holds QuadClass, Goldstein weights and the CAMEO → PLOVER table.
//! * [`coder`] codes sentences into [`factum_doc::Event`]s.
//! * [`nominal`] codes event nouns ("the attack on", "talks between").
//! * [`confidence`] gives each event its probability of being right.
//! * [`review`] checks coded events against CAMEO's and news English's rules.

pub mod cameo;
pub mod coder;
pub mod confidence;
pub mod discards;
pub mod nominal;
pub mod review;
pub mod verbs;

pub use coder::EventCoder;
