//! Training the full model from CoNLL-U treebanks (what `factum train tagger|parser` runs).

use std::collections::HashMap;

use crate::conllu::Sentence;
use crate::error::{Result, SyntaxError};
use crate::eval::evaluate;
use crate::hash::Rng;
use crate::labeller::{self, LabelExample, Labeller};
use crate::lemma::Lemmatizer;
use crate::model::SyntaxModel;
use crate::parser::{self, ArcParser, ParseExample, ParserOptions};
use crate::perceptron::Trainer;
use crate::tagger::{self, TaggerOptions, WordInfo};

fn require_sentences(train: &[Sentence]) -> Result<()> {
    if train.is_empty() {
        return Err(SyntaxError::Training("no training sentences".into()));
    }
    Ok(())
}

/// Train the tagger and the lemmatiser; the result has no parser yet.
pub fn train_tagger(
    train: &[Sentence],
    dev: &[Sentence],
    opts: &TaggerOptions,
    description: String,
    log: &mut dyn FnMut(String),
) -> Result<SyntaxModel> {
    require_sentences(train)?;
    let tagger = tagger::train(train, dev, opts, log);
    let index = tagger::tag_index(&tagger.tags);
    let tag_of = |u: &str, x: &str| index.get(&(u.to_string(), x.to_string())).copied();
    let proper: Vec<bool> = tagger.tags.iter().map(|(u, _)| u == "PROPN").collect();
    let lemmatizer = Lemmatizer::train(train, tagger.tags.len(), &tag_of, &|t| proper[t as usize]);
    let model = SyntaxModel::new(description, tagger, lemmatizer, None);
    let s = evaluate(&model, dev);
    log(format!(
        "tagger+lemmatiser on dev: UPOS {:.2}  XPOS {:.2}  Lemma {:.2}",
        s.upos, s.xpos, s.lemma
    ));
    Ok(model)
}

/// Which tags the parser is trained on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TrainingTags {
    /// The treebank's gold tags.
    Gold,
    /// Tags predicted by the model's own tagger, jackknifed over `k` folds so the parser
    /// learns from tags as noisy as those it will see (k tagger trainings).
    Jackknife(usize),
}

/// Options for [`train_parser`].
#[derive(Debug, Clone)]
pub struct ParserTrainOptions {
    pub parser: ParserOptions,
    pub label_epochs: usize,
    pub tags: TrainingTags,
    pub tagger: TaggerOptions,
    /// Train this many parsers and labellers with different seeds and sum their weights
    /// (an ensemble that scores as fast as one model).
    pub ensemble: usize,
}

impl Default for ParserTrainOptions {
    fn default() -> Self {
        ParserTrainOptions {
            parser: ParserOptions::default(),
            label_epochs: 6,
            tags: TrainingTags::Gold,
            tagger: TaggerOptions::default(),
            ensemble: 1,
        }
    }
}

/// Train the parser and labeller on top of `base`'s tagger; keeps the epoch with the best
/// dev LAS (with predicted tags).
pub fn train_parser(
    base: &SyntaxModel,
    train: &[Sentence],
    dev: &[Sentence],
    opts: &ParserTrainOptions,
    description: String,
    log: &mut dyn FnMut(String),
) -> Result<SyntaxModel> {
    require_sentences(train)?;
    let index = tagger::tag_index(&base.tagger.tags);
    let unknown_tag = base.tagger.tags.len() as u16 + 10;
    let gold_tags: Vec<Vec<u16>> = train
        .iter()
        .map(|s| {
            s.words
                .iter()
                .map(|w| {
                    index
                        .get(&(w.upos.clone(), w.xpos.clone()))
                        .copied()
                        .unwrap_or(unknown_tag)
                })
                .collect()
        })
        .collect();
    let tags: Vec<Vec<u16>> = match opts.tags {
        TrainingTags::Gold => gold_tags,
        TrainingTags::Jackknife(k) => jackknife_tags(train, k.max(2), &opts.tagger, &index, log),
    };
    let mut label_set: Vec<String> = Vec::new();
    let mut label_ids: HashMap<String, u16> = HashMap::new();
    let mut parse_examples = Vec::with_capacity(train.len());
    let mut label_examples = Vec::with_capacity(train.len());
    let mut lifted = 0;
    for (s, t) in train.iter().zip(&tags) {
        let infos: Vec<WordInfo> = s.words.iter().map(|w| WordInfo::new(&w.form)).collect();
        let (words, tags) = SyntaxModel::parse_input(&base.tagger, &infos, t);
        let mut heads = vec![0u32];
        heads.extend(s.words.iter().map(|w| w.head));
        let mut labels = vec![0u16];
        for w in &s.words {
            let id = *label_ids.entry(w.deprel.clone()).or_insert_with(|| {
                label_set.push(w.deprel.clone());
                (label_set.len() - 1) as u16
            });
            labels.push(id);
        }
        if !is_tree(&heads) {
            log(format!(
                "skipping a training sentence that is not a tree: {:?}",
                s.forms()
            ));
            continue;
        }
        let mut proj = heads.clone();
        lifted += parser::projectivize(&mut proj);
        parse_examples.push(ParseExample {
            words: words.clone(),
            tags: tags.clone(),
            heads: proj,
        });
        label_examples.push(LabelExample {
            words,
            tags,
            heads,
            labels,
        });
    }
    log(format!(
        "parser: {} training sentences, {} labels, {} arcs lifted to projectivise",
        parse_examples.len(),
        label_set.len(),
        lifted
    ));
    let n = opts.ensemble.max(1);
    let mut members: Vec<(ArcParser, Labeller)> = Vec::with_capacity(n);
    for member in 0..n {
        // Member 0 uses the seed itself, so `ensemble: 1` is the plain model.
        let seed = opts.parser.seed.wrapping_add(1000 * member as u64);
        if n > 1 {
            log(format!("ensemble member {}/{n} (seed {seed})", member + 1));
        }
        let data = MemberData {
            parse_examples: &parse_examples,
            label_examples: &label_examples,
            label_set: &label_set,
            dev,
        };
        members.push(train_member(base, &data, opts, seed, log)?);
    }
    let (parser, labeller) = if n == 1 {
        members.pop().expect("one member")
    } else {
        let parsers: Vec<&ArcParser> = members.iter().map(|(p, _)| p).collect();
        let labellers: Vec<&Labeller> = members.iter().map(|(_, l)| l).collect();
        (ArcParser::sum(&parsers), Labeller::sum(&labellers))
    };
    let model = SyntaxModel::new(
        description,
        base.tagger.clone(),
        base.lemmatizer.clone(),
        Some((parser, labeller)),
    );
    if n > 1 {
        let s = evaluate(&model, dev);
        log(format!(
            "ensemble of {n}: dev UAS {:.2} LAS {:.2}",
            s.uas, s.las
        ));
    }
    Ok(model)
}

/// What every ensemble member trains on: the parser's and the labeller's examples (with
/// the label set) from the training treebank, and the dev sentences that pick the epoch.
#[derive(Clone, Copy)]
struct MemberData<'a> {
    parse_examples: &'a [ParseExample],
    label_examples: &'a [LabelExample],
    label_set: &'a [String],
    dev: &'a [Sentence],
}

/// Train one labeller and one parser with `seed`; keeps the parser epoch with the best dev
/// LAS.
fn train_member(
    base: &SyntaxModel,
    data: &MemberData,
    opts: &ParserTrainOptions,
    seed: u64,
    log: &mut dyn FnMut(String),
) -> Result<(ArcParser, Labeller)> {
    let MemberData {
        parse_examples,
        label_examples,
        label_set,
        dev,
    } = *data;
    let mut rng = Rng::new(seed);
    let labeller = labeller::train(
        label_set.to_vec(),
        label_examples,
        opts.label_epochs,
        opts.parser.prune,
        &mut rng,
        log,
    );
    let mut trainer = Trainer::new(3);
    let mut order: Vec<usize> = (0..parse_examples.len()).collect();
    let mut best: Option<(f64, ArcParser)> = None;
    for epoch in 1..=opts.parser.epochs {
        rng.shuffle(&mut order);
        let explore = if epoch == 1 { 0.0 } else { opts.parser.explore };
        let started = std::time::Instant::now();
        let (wrong, total) =
            parser::train_epoch(&mut trainer, parse_examples, &order, explore, &mut rng);
        let parser = ArcParser::from_trainer(&trainer, opts.parser.prune);
        let model = SyntaxModel::new(
            String::new(),
            base.tagger.clone(),
            base.lemmatizer.clone(),
            Some((parser, labeller.clone())),
        );
        let s = evaluate(&model, dev);
        log(format!(
            "parser epoch {epoch}: {:.1}s, train transition errors {:.2}%, dev UAS {:.2} LAS {:.2}",
            started.elapsed().as_secs_f64(),
            100.0 * wrong as f64 / total.max(1) as f64,
            s.uas,
            s.las
        ));
        if best.as_ref().is_none_or(|(b, _)| s.las > *b) {
            let (parser, _) = model.parser.expect("just set");
            best = Some((s.las, parser));
        }
    }
    let (las, parser) = best.ok_or_else(|| SyntaxError::Training("zero epochs".into()))?;
    log(format!("parser: kept the epoch with dev LAS {las:.2}"));
    Ok((parser, labeller))
}

/// Is `heads` (index 0 unused) a tree rooted at 0 with exactly one root word?
pub fn is_tree(heads: &[u32]) -> bool {
    let n = heads.len();
    let roots = (1..n).filter(|&d| heads[d] == 0).count();
    if roots != 1 {
        return false;
    }
    for d in 1..n {
        let mut a = d;
        let mut steps = 0;
        while a != 0 {
            a = heads[a] as usize;
            if a >= n {
                return false;
            }
            steps += 1;
            if steps > n {
                return false;
            }
        }
    }
    true
}

fn jackknife_tags(
    train: &[Sentence],
    k: usize,
    opts: &TaggerOptions,
    index: &HashMap<(String, String), u16>,
    log: &mut dyn FnMut(String),
) -> Vec<Vec<u16>> {
    let mut out = vec![Vec::new(); train.len()];
    for fold in 0..k {
        let rest = tagger::fold_rest(train, k, fold);
        let held: Vec<usize> = (0..train.len()).filter(|i| i % k == fold).collect();
        let mut quiet = |_m: String| {};
        let t = tagger::train(&rest, &[], opts, &mut quiet);
        // Map this fold's tag ids onto the full tagger's ids.
        let remap: Vec<u16> = t
            .tags
            .iter()
            .map(|p| index.get(p).copied().unwrap_or(0))
            .collect();
        let mut buf = Vec::new();
        for &i in &held {
            let infos: Vec<WordInfo> = train[i]
                .words
                .iter()
                .map(|w| WordInfo::new(&w.form))
                .collect();
            t.tag(&infos, &mut buf);
            out[i] = buf.iter().map(|t| remap[*t as usize]).collect();
        }
        log(format!("jackknife fold {}/{k} tagged", fold + 1));
    }
    out
}
