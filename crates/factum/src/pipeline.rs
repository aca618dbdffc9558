//! [`Pipeline`]: loaded models and dictionaries, and the order the stages run in.
//!
//! A pipeline is built once (loading models is the expensive part) and shared by reference
//! across worker threads; [`Pipeline::process`] takes `&self` so documents can be processed
//! in parallel with rayon.

use factum_doc::Document;

/// Every stage after ingest, ready to run.
pub struct Pipeline {
    /// Places and time: `process` for mentions, `link_events` after the event coder.
    pub geo: factum_geo::GeoStage,
}

impl Pipeline {
    /// Load the bundled models and dictionaries.
    pub fn new() -> anyhow::Result<Pipeline> {
        Ok(Pipeline {
            geo: factum_geo::GeoStage::new(),
        })
    }

    /// Run every stage on `doc`, each adding its layer.
    pub fn process(&self, doc: &mut Document) {
        // Place and time mentions: after the actor coder (it leaves "Washington" the
        // government to the actors) and before the event coder.
        self.geo.process(doc);
        // Event locations and dates: after the event coder; a no-op without events.
        self.geo.link_events(doc);
    }
}
