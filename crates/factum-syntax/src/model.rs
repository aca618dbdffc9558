//! The syntax model: tagger, lemmatiser, parser and labeller in one versioned file.
//!
//! File layout (little-endian): magic `FACTSYNX`, format version (u32), a description
//! string (how it was trained), a flags byte (bit 0: has parser), then the tagger, the
//! lemmatiser and, when present, the parser and the labeller. Loading checks the magic and
//! the version first, so a wrong file or an old model gives a clear error rather than garbage.

use std::path::Path;
use std::sync::OnceLock;

use factum_doc::{Document, TokenSyntax};

use crate::binio::{Reader, Writer};
use crate::error::{Result, SyntaxError};
use crate::hash::hash_str;
use crate::labeller::Labeller;
use crate::lemma::Lemmatizer;
use crate::parser::{ArcParser, ParseInput};
use crate::perceptron::Linear;
use crate::tagger::{Tagger, WordInfo};

pub const MAGIC: &[u8; 8] = b"FACTSYNX";
pub const FORMAT_VERSION: u32 = 4;

/// Word hash and tag of the artificial root node the parser puts at index 0.
pub const ROOT_WORD: u64 = 0x700d_0001;
pub const ROOT_TAG: u64 = 0x700d_0002;

/// The model trained on UD English EWT that ships with factum (`data/models/en_ewt.fsyn`,
/// copied by `build.rs`; empty when the build had no model file).
static BUNDLED_BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/en_ewt.fsyn"));

/// Tagger, lemmatiser, parser and labeller.
#[derive(Debug, Clone, PartialEq)]
pub struct SyntaxModel {
    /// How the model was trained (command, data, scores); informative only.
    pub description: String,
    pub(crate) tagger: Tagger,
    pub(crate) lemmatizer: Lemmatizer,
    pub(crate) parser: Option<(ArcParser, Labeller)>,
}

/// The analysis of one word of a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WordAnalysis<'m> {
    pub upos: &'m str,
    pub xpos: &'m str,
    pub lemma: String,
    /// 1-based head within the sentence, 0 for the root.
    pub head: u32,
    /// Dependency relation ("nsubj:pass"); empty when the model has no parser.
    pub deprel: &'m str,
}

impl SyntaxModel {
    pub(crate) fn new(
        description: String,
        tagger: Tagger,
        lemmatizer: Lemmatizer,
        parser: Option<(ArcParser, Labeller)>,
    ) -> SyntaxModel {
        SyntaxModel {
            description,
            tagger,
            lemmatizer,
            parser,
        }
    }

    /// The bundled English model, loaded once per process. An error when this build was
    /// made without `data/models/en_ewt.fsyn` (see `data/models/README.md` to rebuild it).
    pub fn bundled() -> Result<&'static SyntaxModel> {
        static MODEL: OnceLock<std::result::Result<SyntaxModel, String>> = OnceLock::new();
        let loaded = MODEL.get_or_init(|| {
            if BUNDLED_BYTES.is_empty() {
                return Err(
                    "this build has no bundled syntax model: data/models/en_ewt.fsyn was \
                     missing at build time (see data/models/README.md); pass --model FILE"
                        .to_string(),
                );
            }
            SyntaxModel::from_bytes(BUNDLED_BYTES, "<bundled data/models/en_ewt.fsyn>")
                .map_err(|e| e.to_string())
        });
        loaded
            .as_ref()
            .map_err(|message| SyntaxError::NoBundledModel(message.clone()))
    }

    /// The raw bytes of the bundled model.
    pub fn bundled_bytes() -> &'static [u8] {
        BUNDLED_BYTES
    }

    pub fn load(path: &Path) -> Result<SyntaxModel> {
        let bytes = std::fs::read(path).map_err(|source| SyntaxError::Io {
            path: path.to_path_buf(),
            source,
        })?;
        SyntaxModel::from_bytes(&bytes, &path.display().to_string())
    }

    pub fn save(&self, path: &Path) -> Result<()> {
        std::fs::write(path, self.to_bytes()).map_err(|source| SyntaxError::Io {
            path: path.to_path_buf(),
            source,
        })
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        let mut w = Writer::default();
        w.buf.extend_from_slice(MAGIC);
        w.u32(FORMAT_VERSION);
        w.str(&self.description);
        w.u8(u8::from(self.parser.is_some()));
        self.tagger.write(&mut w);
        self.lemmatizer.write(&mut w);
        if let Some((p, l)) = &self.parser {
            p.write(&mut w);
            l.write(&mut w);
        }
        w.buf
    }

    /// Read a model; `file` names it in error messages.
    pub fn from_bytes(bytes: &[u8], file: &str) -> Result<SyntaxModel> {
        if bytes.len() < 12 || &bytes[..8] != MAGIC {
            return Err(SyntaxError::BadMagic {
                file: file.to_string(),
            });
        }
        let mut r = Reader::new(bytes, file);
        r.bytes(8)?;
        let version = r.u32()?;
        if version != FORMAT_VERSION {
            return Err(SyntaxError::WrongVersion {
                file: file.to_string(),
                found: version,
                expected: FORMAT_VERSION,
            });
        }
        let description = r.str()?;
        let flags = r.u8()?;
        let tagger = Tagger::read(&mut r)?;
        let lemmatizer = Lemmatizer::read(&mut r)?;
        let parser = if flags & 1 != 0 {
            Some((ArcParser::read(&mut r)?, Labeller::read(&mut r)?))
        } else {
            None
        };
        if !r.at_end() {
            return Err(r.corrupt("trailing bytes after the model"));
        }
        Ok(SyntaxModel {
            description,
            tagger,
            lemmatizer,
            parser,
        })
    }

    /// A copy with every weight smaller than `min` in magnitude dropped.
    pub fn pruned(&self, tagger_min: f32, parser_min: f32, labeller_min: f32) -> SyntaxModel {
        SyntaxModel {
            description: format!(
                "{}; pruned tagger {tagger_min} parser {parser_min} labeller {labeller_min}",
                self.description
            ),
            tagger: self.tagger.pruned(tagger_min),
            lemmatizer: self.lemmatizer.clone(),
            parser: self
                .parser
                .as_ref()
                .map(|(p, l)| (p.pruned(parser_min), l.pruned(labeller_min))),
        }
    }

    pub fn has_parser(&self) -> bool {
        self.parser.is_some()
    }

    pub fn tagger(&self) -> &Tagger {
        &self.tagger
    }

    /// One line per component: features and weights kept, bytes in memory.
    pub fn summary(&self) -> String {
        let t = &self.tagger;
        let (passes, features, weights) = match t.second_weights() {
            Some(w2) => (
                "right-to-left + look-ahead passes",
                t.weights().n_features() + w2.n_features(),
                t.weights().n_weights() + w2.n_weights(),
            ),
            None => (
                "one pass",
                t.weights().n_features(),
                t.weights().n_weights(),
            ),
        };
        let mut out = format!(
            "tagger: {} tags, {passes}, {features} features, {weights} weights, {:.1} MB in memory\n",
            t.tags.len(),
            t.memory_bytes() as f64 / 1e6
        );
        out.push_str(&format!(
            "lemmatiser: {:.1} MB in memory\n",
            self.lemmatizer.memory_bytes() as f64 / 1e6
        ));
        if let Some((p, l)) = &self.parser {
            out.push_str(&format!(
                "parser: {} features, {} weights, {:.1} MB in memory\nlabeller: {} labels, {} features, {} weights, {:.1} MB in memory\n",
                p.weights().n_features(),
                p.weights().n_weights(),
                p.memory_bytes() as f64 / 1e6,
                l.labels.len(),
                l.weights().n_features(),
                l.weights().n_weights(),
                l.memory_bytes() as f64 / 1e6
            ));
        }
        out
    }

    /// Approximate heap memory of the loaded model, in bytes.
    pub fn memory_bytes(&self) -> usize {
        self.tagger.memory_bytes()
            + self.lemmatizer.memory_bytes()
            + self
                .parser
                .as_ref()
                .map_or(0, |(p, l)| p.memory_bytes() + l.memory_bytes())
    }

    /// Tag ids for a sentence (internal: the parser trainer needs them too).
    pub(crate) fn tag_ids(&self, infos: &[WordInfo]) -> Vec<u16> {
        let mut tags = Vec::with_capacity(infos.len());
        self.tagger.tag(infos, &mut tags);
        tags
    }

    /// Parser input (root node first) from word infos and tag ids. A tag atom is the joint
    /// tag id in the low 32 bits and a hash of its UPOS in the high 32 bits, so the parser
    /// can use the coarse tag too ([`crate::parser::coarse`]); ids outside the tag set
    /// (gold tags the tagger never saw) have no UPOS part.
    pub(crate) fn parse_input(
        tagger: &Tagger,
        infos: &[WordInfo],
        tags: &[u16],
    ) -> (Vec<u64>, Vec<u64>) {
        let mut words = Vec::with_capacity(infos.len() + 1);
        let mut t = Vec::with_capacity(infos.len() + 1);
        words.push(ROOT_WORD);
        t.push(ROOT_TAG);
        for (i, &tag) in infos.iter().zip(tags) {
            words.push(i.lower);
            let upos = tagger
                .tags
                .get(usize::from(tag))
                .map_or(0, |(u, _)| hash_str(u) >> 32);
            t.push(u64::from(tag) | upos << 32);
        }
        (words, t)
    }

    /// Tag, lemmatise and parse one sentence given as word forms.
    pub fn analyse<S: AsRef<str>>(&self, forms: &[S]) -> Vec<WordAnalysis<'_>> {
        self.analyse_spaced(forms, &[])
    }

    /// [`SyntaxModel::analyse`] with, for each word, whether whitespace follows it in the
    /// text (CoNLL-U `SpaceAfter`; empty when unknown). The spacing tells an opening
    /// double quote from a closing one, which the ASCII `"` does not
    /// ([`crate::repair::quotes_by_spacing`]).
    pub fn analyse_spaced<S: AsRef<str>>(
        &self,
        forms: &[S],
        space_after: &[bool],
    ) -> Vec<WordAnalysis<'_>> {
        if forms.is_empty() {
            return Vec::new();
        }
        let infos: Vec<WordInfo> = forms.iter().map(|f| WordInfo::new(f.as_ref())).collect();
        let mut tags = self.tag_ids(&infos);
        crate::repair::quotes_by_spacing(&self.tagger.tags, forms, space_after, &mut tags);
        // First: the past-tense mends read the words after a verb.
        crate::repair::acronym_read_as_verb(&self.tagger.tags, forms, &mut tags);
        crate::repair::past_read_as_present(&self.tagger.tags, forms, &mut tags);
        let known = |k: usize| self.tagger.knows(&infos[k]);
        crate::repair::name_read_as_preposition(&self.tagger.tags, forms, known, &mut tags);
        crate::repair::name_read_as_verb(&self.tagger.tags, forms, known, &mut tags);
        crate::repair::name_read_as_modifier(&self.tagger.tags, forms, known, &mut tags);
        crate::repair::plural_read_as_verb(&self.tagger.tags, forms, &mut tags);
        // After the preposition mend, which makes an unknown "preposition" a noun.
        crate::repair::verb_read_as_noun(&self.tagger.tags, forms, &mut tags);
        crate::repair::participle_read_as_verb(&self.tagger.tags, forms, &mut tags);
        crate::repair::adverb_read_as_noun(&self.tagger.tags, forms, &mut tags);
        crate::repair::that_before_a_plural(&self.tagger.tags, forms, &mut tags);
        let (heads, labels) = match &self.parser {
            Some((parser, labeller)) => {
                let (words, t) = Self::parse_input(&self.tagger, &infos, &tags);
                let x = ParseInput {
                    words: &words,
                    tags: &t,
                };
                let heads = parser.parse(&x);
                let labels = labeller.label(&x, &heads);
                (heads, Some(labels))
            }
            None => (vec![0; forms.len() + 1], None),
        };
        let mut words: Vec<WordAnalysis<'_>> = forms
            .iter()
            .enumerate()
            .map(|(i, f)| {
                let (upos, xpos) = &self.tagger.tags[tags[i] as usize];
                WordAnalysis {
                    upos,
                    xpos,
                    lemma: self.lemmatizer.lemma(f.as_ref(), tags[i]),
                    head: heads[i + 1],
                    deprel: match (&labels, &self.parser) {
                        (Some(l), Some((_, lab))) => &lab.labels[l[i + 1] as usize],
                        _ => "",
                    },
                }
            })
            .collect();
        if self.parser.is_some() {
            for repair in crate::repair::AFTER_PARSE {
                repair(&mut words);
            }
        }
        words
    }

    /// Fill `doc.syntax`: each sentence of the text stage is analysed on its tokens' `norm`
    /// forms; heads become document token indices (`None` for each sentence's root).
    pub fn process(&self, doc: &mut Document) {
        let mut layer = vec![TokenSyntax::default(); doc.tokens.len()];
        for s in &doc.sentences {
            let range = s.token_range();
            let tokens = &doc.tokens[range.clone()];
            let forms: Vec<&str> = tokens.iter().map(|t| t.norm.as_str()).collect();
            let spaces: Vec<bool> = tokens.iter().map(|t| t.space_after).collect();
            for (k, a) in self.analyse_spaced(&forms, &spaces).into_iter().enumerate() {
                layer[range.start + k] = TokenSyntax {
                    upos: a.upos.to_string(),
                    xpos: a.xpos.to_string(),
                    lemma: a.lemma,
                    head: (a.head != 0).then(|| s.token_start + a.head - 1),
                    deprel: a.deprel.to_string(),
                };
            }
        }
        doc.syntax = Some(layer);
    }
}
