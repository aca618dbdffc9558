//! Syntax stage: POS tagger, lemmatiser and dependency parser trained on UD English.
//!
//! Not built yet: see the issue tracker.
