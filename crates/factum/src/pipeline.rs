//! [`Pipeline`]: loaded models and dictionaries, and the order the stages run in.
//!
//! A pipeline is built once (loading models is the expensive part) and shared by reference
//! across worker threads; [`Pipeline::process`] takes `&self` so documents can be processed
//! in parallel with rayon.
//!
//! This is the only place that knows the order of the stages; each stage reads the layers
//! written before it and adds its own (see ARCHITECTURE.md).

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
    /// Places and time: `process` for mentions, `link_events` after the event coder.
    pub geo: factum_geo::GeoStage,
    /// Attribution, quotations and modality: runs last, after the event coder.
    pub attribution: factum_attrib::Attributor,
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
            syntax: SyntaxModel::bundled()?,
            actors: actors?,
            events: events?,
            geo: factum_geo::GeoStage::new(),
            attribution: factum_attrib::Attributor::new(),
        })
    }

    /// Run every stage on `doc`, each adding its layer.
    pub fn process(&self, doc: &mut Document) {
        self.process_counted(doc);
    }

    /// [`Pipeline::process`], reporting what the limits did to the document (over-long
    /// sentences split), for the end-of-run summaries.
    pub fn process_counted(&self, doc: &mut Document) -> Limits {
        // Text first: it fixes `doc.text` (NFC) that every later span points into.
        let text = factum_text::process_counted(doc);
        // Syntax: tags, lemmas and dependencies; the event coder reads subjects and objects
        // off the parse.
        self.syntax.process(doc);
        self.actors.process(doc);
        // Place and time mentions: after the actor coder (it leaves "Washington" the
        // government to the actors) and before the event coder.
        self.geo.process(doc);
        self.code_events(doc);
        // Event locations and dates: after the event coder; a no-op without events.
        self.geo.link_events(doc);
        // Attribution and modality last: it reads the events (and actor codes for sources).
        self.attribution.process(doc);
        Limits {
            split_sentences: text.split_sentences,
        }
    }
}

/// Sentences the event coder is given at a time. The coder codes each sentence on its own
/// but, for every sentence, looks through every actor mention of the document, so its time
/// grows with the square of a long document's length; given a window of sentences (and the
/// actor mentions inside it) at a time, it does the same work in linear time. Documents
/// this short or shorter (all ordinary news) are coded in one call.
pub const CODER_WINDOW: usize = 256;

impl Pipeline {
    /// Run the event coder on `doc`, a window of [`CODER_WINDOW`] sentences at a time when
    /// the document is longer. The events are the same as from one call (tested in
    /// `tests/limits.rs`): the coder reads one sentence, its tokens and parse, and the actor
    /// mentions inside it; the whole-story discard check sees all tokens in every window.
    pub fn code_events(&self, doc: &mut Document) {
        if doc.sentences.len() <= CODER_WINDOW {
            self.events.process(doc);
            return;
        }
        let sentences = std::mem::take(&mut doc.sentences);
        let actors = std::mem::take(&mut doc.actors);
        // Actor mentions per window, in document order (by the sentence they start in).
        let windows = sentences.len().div_ceil(CODER_WINDOW);
        let mut buckets: Vec<Vec<usize>> = vec![Vec::new(); windows];
        for (i, m) in actors.iter().enumerate() {
            let s = sentences.partition_point(|s| s.token_end <= m.token_start);
            if s < sentences.len() {
                buckets[s / CODER_WINDOW].push(i);
            }
        }
        let mut events = Vec::new();
        for (w, bucket) in buckets.iter().enumerate() {
            let first = w * CODER_WINDOW;
            let last = (first + CODER_WINDOW).min(sentences.len());
            doc.sentences = sentences[first..last].to_vec();
            doc.actors = bucket.iter().map(|&i| actors[i].clone()).collect();
            self.events.code(doc);
            for mut e in doc.events.drain(..) {
                e.sentence += first as u32;
                events.push(e);
            }
        }
        doc.sentences = sentences;
        doc.actors = actors;
        doc.events = events;
        self.events.score(doc);
    }
}

/// What the per-document limits did (see `docs/reliability.md`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Limits {
    /// Sentences over [`factum_text::MAX_SENTENCE_TOKENS`] tokens, split at clause
    /// boundaries.
    pub split_sentences: usize,
}

impl std::ops::AddAssign for Limits {
    fn add_assign(&mut self, o: Limits) {
        self.split_sentences += o.split_sentences;
    }
}

impl Limits {
    /// The summary line, when a limit acted.
    pub fn summary(&self) -> Option<String> {
        (self.split_sentences > 0).then(|| {
            format!(
                "limits: {} sentence{} over {} tokens split at clause boundaries",
                self.split_sentences,
                if self.split_sentences == 1 { "" } else { "s" },
                factum_text::MAX_SENTENCE_TOKENS
            )
        })
    }
}
