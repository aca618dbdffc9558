//! [`Pipeline`]: loaded models and dictionaries, and the order the stages run in.
//!
//! A pipeline is built once (loading models is the expensive part) and shared by reference
//! across worker threads; [`Pipeline::process`] takes `&self` so documents can be processed
//! in parallel with rayon.
//!
//! This is the only place that knows the order of the stages; each stage reads the layers
//! written before it and adds its own (see ARCHITECTURE.md). Commands that need only the
//! first stages say so with [`Builder::until`] (`factum parse` stops after the syntax), and
//! leave out a stage they do not need with [`Builder::skip`] (`factum actors` needs no
//! parse; the PETRARCH evaluation has no geo stage, and no parser with `--surface`): the
//! stages left out are neither loaded nor run, and the order stays the one written here.
//!
//! ```no_run
//! use factum::pipeline::{Pipeline, Stage};
//! let actors_only = Pipeline::builder()
//!     .until(Stage::Actors)
//!     .skip(Stage::Syntax)
//!     .build()?;
//! # Ok::<(), anyhow::Error>(())
//! ```

use factum_actors::ActorRecognizer;
use factum_attrib::Attributor;
use factum_doc::Document;
use factum_events::EventCoder;
use factum_geo::GeoStage;
use factum_syntax::SyntaxModel;

/// The stages after ingest, in the order they run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Stage {
    /// Normalisation, sentences and tokens (`factum_text`); always runs.
    Text,
    /// Tags, lemmas and dependencies.
    Syntax,
    /// Actor recognition (Phoenix actor and agent dictionaries).
    Actors,
    /// Place and time mentions; after the event coder, event locations and dates.
    Geo,
    /// Event coding (CAMEO verb patterns, discards).
    Events,
    /// Attribution, quotations and modality.
    Attribution,
}

/// The stages a pipeline runs, ready to run.
pub struct Pipeline {
    syntax: Option<Model>,
    actors: Option<ActorRecognizer>,
    geo: Option<GeoStage>,
    events: Option<EventCoder>,
    attribution: Option<Attributor>,
}

/// The syntax model: the bundled one, or one loaded from a file (`factum parse --model`).
enum Model {
    Bundled(&'static SyntaxModel),
    Loaded(Box<SyntaxModel>),
}

impl Model {
    fn get(&self) -> &SyntaxModel {
        match self {
            Model::Bundled(m) => m,
            Model::Loaded(m) => m,
        }
    }
}

/// Which stages a [`Pipeline`] has and what they load: [`Pipeline::builder`].
pub struct Builder {
    until: Stage,
    skip: Vec<Stage>,
    syntax: Option<SyntaxModel>,
    actors: Option<ActorRecognizer>,
    events: Option<EventCoder>,
    geo: Option<GeoStage>,
    reference_date: Option<u32>,
}

/// The builder's setters for what it is given rather than loads: `name: Type;` makes
/// `pub fn name(self, value: Type) -> Builder`, which stores `Some(value)` in the field of that
/// name.
macro_rules! given {
    ($( $(#[$doc:meta])* $name:ident: $ty:ty; )+) => {
        $(
            $(#[$doc])*
            pub fn $name(mut self, value: $ty) -> Builder {
                self.$name = Some(value);
                self
            }
        )+
    };
}

impl Builder {
    /// Stop after `stage`: the later stages are neither loaded nor run.
    pub fn until(mut self, stage: Stage) -> Builder {
        self.until = stage;
        self
    }

    /// Leave `stage` out (not [`Stage::Text`], which every other stage reads).
    pub fn skip(mut self, stage: Stage) -> Builder {
        self.skip.push(stage);
        self
    }

    given! {
        /// Parse with this model instead of the bundled one.
        syntax: SyntaxModel;
        /// Recognise actors with these dictionaries instead of the bundled ones.
        actors: ActorRecognizer;
        /// Code events with these dictionaries instead of the bundled ones.
        events: EventCoder;
        /// Resolve places with this geo stage (another gazetteer) instead of the bundled one.
        geo: GeoStage;
        /// Code undated documents with the actor roles current on the date `value`, written
        /// `yyyymmdd` ([`ActorRecognizer::set_reference_date`]).
        reference_date: u32;
    }

    fn runs(&self, stage: Stage) -> bool {
        stage <= self.until && !self.skip.contains(&stage)
    }

    /// Load what the chosen stages need (the bundled models and dictionaries where none were
    /// given).
    pub fn build(self) -> anyhow::Result<Pipeline> {
        let [syntax, actors, geo, events, attribution] = [
            Stage::Syntax,
            Stage::Actors,
            Stage::Geo,
            Stage::Events,
            Stage::Attribution,
        ]
        .map(|s| self.runs(s));
        let given_actors = self.actors.filter(|_| actors);
        let given_events = self.events.filter(|_| events);
        // The bundled actor and verb dictionaries load in parallel (start-up time).
        let (bundled_actors, bundled_events) = std::thread::scope(|s| {
            let verbs = (events && given_events.is_none()).then(|| s.spawn(EventCoder::bundled));
            let actors = (actors && given_actors.is_none()).then(ActorRecognizer::bundled);
            let events = verbs.map(|v| v.join().expect("verb dictionary loader panicked"));
            (actors, events)
        });
        let mut actors = bundled_actors.transpose()?.or(given_actors);
        let events = bundled_events.transpose()?.or(given_events);
        if let (Some(a), Some(date)) = (actors.as_mut(), self.reference_date) {
            a.set_reference_date(date);
        }
        Ok(Pipeline {
            syntax: match (syntax, self.syntax) {
                (false, _) => None,
                (true, Some(loaded)) => Some(Model::Loaded(Box::new(loaded))),
                (true, None) => Some(Model::Bundled(SyntaxModel::bundled()?)),
            },
            actors,
            geo: geo.then(|| self.geo.unwrap_or_default()),
            events,
            attribution: attribution.then(Attributor::new),
        })
    }
}

impl Pipeline {
    /// Load the bundled models and dictionaries, every stage.
    pub fn new() -> anyhow::Result<Pipeline> {
        Pipeline::builder().build()
    }

    /// Every stage with the bundled models and dictionaries, until told otherwise.
    pub fn builder() -> Builder {
        Builder {
            until: Stage::Attribution,
            skip: Vec::new(),
            syntax: None,
            actors: None,
            events: None,
            geo: None,
            reference_date: None,
        }
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
        if let Some(syntax) = &self.syntax {
            syntax.get().process(doc);
        }
        if let Some(actors) = &self.actors {
            actors.process(doc);
        }
        // Place and time mentions: after the actor coder (it leaves "Washington" the
        // government to the actors) and before the event coder.
        if let Some(geo) = &self.geo {
            geo.process(doc);
        }
        if self.events.is_some() {
            self.code_events(doc);
        }
        // Event locations and dates: after the event coder; a no-op without events.
        if let Some(geo) = &self.geo {
            geo.link_events(doc);
        }
        // Attribution and modality last: it reads the events (and actor codes for sources).
        if let Some(attribution) = &self.attribution {
            attribution.process(doc);
        }
        Limits {
            split_sentences: text.split_sentences,
        }
    }

    /// The syntax model. Panics when the pipeline has no syntax stage.
    pub fn syntax(&self) -> &SyntaxModel {
        self.syntax
            .as_ref()
            .expect("the pipeline has no syntax stage")
            .get()
    }

    /// The actor recogniser. Panics when the pipeline has no actor stage.
    pub fn actors(&self) -> &ActorRecognizer {
        self.actors
            .as_ref()
            .expect("the pipeline has no actor stage")
    }

    /// The geo stage. Panics when the pipeline has no geo stage.
    pub fn geo(&self) -> &GeoStage {
        self.geo.as_ref().expect("the pipeline has no geo stage")
    }

    /// The event coder. Panics when the pipeline has no event stage.
    pub fn events(&self) -> &EventCoder {
        self.events
            .as_ref()
            .expect("the pipeline has no event stage")
    }

    /// The attribution stage. Panics when the pipeline has no attribution stage.
    pub fn attribution(&self) -> &Attributor {
        self.attribution
            .as_ref()
            .expect("the pipeline has no attribution stage")
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
        let coder = self.events();
        if doc.sentences.len() <= CODER_WINDOW {
            coder.process(doc);
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
            coder.code(doc);
            for mut e in doc.events.drain(..) {
                e.sentence += first as u32;
                events.push(e);
            }
        }
        doc.sentences = sentences;
        doc.actors = actors;
        doc.events = events;
        coder.score(doc);
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
