//! Text stage: normalisation, sentence segmentation and UD-style tokenisation with byte offsets.
//!
//! Not built yet: see the issue tracker.
