//! The factum pipeline: the stages in order, applied to one [`Document`] at a time.
//!
//! The binary (`main.rs`) is a thin command line over this library.

pub mod batch;
pub mod eval;
pub mod gold;
pub mod outfile;
pub mod pipeline;

pub use factum_doc::Document;
