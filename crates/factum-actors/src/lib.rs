//! Actor stage: PETRARCH/Phoenix actor and agent dictionaries and actor recognition.
//!
//! Not built yet: see the issue tracker.
