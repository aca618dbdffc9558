//! Attribution stage: sources, quotations and modality of events.
//!
//! Not built yet: see the issue tracker.
