//! [`Pipeline`]: loaded models and dictionaries, and the order the stages run in.
//!
//! A pipeline is built once (loading models is the expensive part) and shared by reference
//! across worker threads; [`Pipeline::process`] takes `&self` so documents can be processed
//! in parallel with rayon.

use factum_doc::Document;
use factum_syntax::SyntaxModel;

/// Every stage after ingest, ready to run.
pub struct Pipeline {
    /// Tagger, lemmatiser and dependency parser (syntax stage).
    pub syntax: &'static SyntaxModel,
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
        Ok(Pipeline {
            syntax: SyntaxModel::bundled()?,
            actors: factum_actors::ActorRecognizer::bundled()?,
            events: factum_events::EventCoder::bundled()?,
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
        // Text first: it fixes `doc.text` (NFC) that every later span points into.
        factum_text::process(doc);
        // Syntax: tags, lemmas and dependencies; the event coder reads subjects and objects
        // off the parse.
        self.syntax.process(doc);
        self.actors.process(doc);
        self.events.process(doc);
    }
}
