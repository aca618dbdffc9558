//! [`Pipeline`]: loaded models and dictionaries, and the order the stages run in.
//!
//! A pipeline is built once (loading models is the expensive part) and shared by reference
//! across worker threads; [`Pipeline::process`] takes `&self` so documents can be processed
//! in parallel with rayon.

use factum_doc::Document;

/// Every stage after ingest, ready to run.
pub struct Pipeline {
    /// Attribution, quotations and modality: runs last, after the event coder.
    attribution: factum_attrib::Attributor,
}

impl Pipeline {
    /// Load the bundled models and dictionaries.
    pub fn new() -> anyhow::Result<Pipeline> {
        Ok(Pipeline {
            attribution: factum_attrib::Attributor::new(),
        })
    }

    /// Run every stage on `doc`, each adding its layer.
    pub fn process(&self, doc: &mut Document) {
        self.attribution.process(doc);
    }
}
