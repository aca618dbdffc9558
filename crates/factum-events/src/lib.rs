//! Event stage: CAMEO verb patterns to CAMEO/PLOVER/Goldstein events with provenance.
//!
//! Not built yet: see the issue tracker.
