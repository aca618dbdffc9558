//! [`Pipeline`]: loaded models and dictionaries, and the order the stages run in.
//!
//! A pipeline is built once (loading models is the expensive part) and shared by reference
//! across worker threads; [`Pipeline::process`] takes `&self` so documents can be processed
//! in parallel with rayon.

use factum_doc::Document;

/// Every stage after ingest, ready to run.
pub struct Pipeline {
    /// Actor recognition (Phoenix actor and agent dictionaries).
    pub actors: factum_actors::ActorRecognizer,
    /// Event coding (CAMEO verb patterns, discards).
    pub events: factum_events::EventCoder,
    /// Places and time (after actors and events, so it can locate and date events and leave
    /// "Washington" the government to the actor coder).
    pub geo: factum_geo::GeoStage,
}

impl Pipeline {
    /// Load the bundled models and dictionaries.
    pub fn new() -> anyhow::Result<Pipeline> {
        // The actor and verb dictionaries load in parallel (start-up time).
        let (actors, events) = std::thread::scope(|s| {
            let verbs = s.spawn(factum_events::EventCoder::bundled);
            let actors = factum_actors::ActorRecognizer::bundled();
            (
                actors,
                verbs.join().expect("verb dictionary loader panicked"),
            )
        });
        Ok(Pipeline {
            actors: actors?,
            events: events?,
            geo: factum_geo::GeoStage::new(),
        })
    }

    /// Run every stage on `doc`, each adding its layer.
    pub fn process(&self, doc: &mut Document) {
        self.process_before_geo(doc);
        self.geo.process(doc);
    }

    /// The stages that run before the geo stage (text, syntax, actors, events).
    pub fn process_before_geo(&self, doc: &mut Document) {
        if doc.tokens.is_empty() {
            factum_text::process(doc);
        }
        // Syntax (when it lands) goes here: the event coder uses `doc.syntax` when present.
        self.actors.process(doc);
        self.events.process(doc);
    }
}
