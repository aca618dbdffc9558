//! Tests of the syntax stage on a small EWT sample (tests/data): training beats simple
//! baselines, the transition system's invariants hold, model files round-trip, and bad
//! inputs give errors that name the file and the line or byte.

use std::path::PathBuf;
use std::sync::OnceLock;

use factum_syntax::conllu::{self, Sentence};
use factum_syntax::parser::{projectivize, State, LEFT, RIGHT, SHIFT};
use factum_syntax::tagger::TaggerOptions;
use factum_syntax::train::{self, is_tree, ParserTrainOptions};
use factum_syntax::{evaluate, SyntaxError, SyntaxModel};

fn data(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name)
}

fn train_sample() -> &'static [Sentence] {
    static S: OnceLock<Vec<Sentence>> = OnceLock::new();
    S.get_or_init(|| conllu::read_file(&data("ewt-train-sample.conllu")).unwrap())
}

fn dev_sample() -> &'static [Sentence] {
    static S: OnceLock<Vec<Sentence>> = OnceLock::new();
    S.get_or_init(|| conllu::read_file(&data("ewt-dev-sample.conllu")).unwrap())
}

/// A model trained on the 300-sentence sample (tagger, lemmatiser, parser, labeller).
fn small_model() -> &'static SyntaxModel {
    static M: OnceLock<SyntaxModel> = OnceLock::new();
    M.get_or_init(|| {
        let mut quiet = |_: String| {};
        let opts = TaggerOptions {
            epochs: 5,
            ..TaggerOptions::default()
        };
        let base = train::train_tagger(
            train_sample(),
            dev_sample(),
            &opts,
            "test".into(),
            &mut quiet,
        )
        .unwrap();
        let mut popts = ParserTrainOptions::default();
        popts.parser.epochs = 5;
        popts.label_epochs = 4;
        train::train_parser(
            &base,
            train_sample(),
            dev_sample(),
            &popts,
            "test".into(),
            &mut quiet,
        )
        .unwrap()
    })
}

#[test]
fn samples_read() {
    assert_eq!(train_sample().len(), 300);
    assert_eq!(dev_sample().len(), 100);
}

#[test]
fn small_training_run_beats_baselines() {
    let dev = dev_sample();
    let scores = evaluate(small_model(), dev);
    // Baseline tagger: each word's most frequent UPOS in training, NOUN when unseen.
    let mut counts: std::collections::HashMap<&str, std::collections::HashMap<&str, usize>> =
        Default::default();
    for s in train_sample() {
        for w in &s.words {
            *counts
                .entry(&w.form)
                .or_default()
                .entry(&w.upos)
                .or_default() += 1;
        }
    }
    let (mut right, mut n) = (0usize, 0usize);
    // Baseline parser: every word attached to the next word, the last to the root.
    let mut adjacent = 0usize;
    for s in dev {
        for (i, w) in s.words.iter().enumerate() {
            let guess = counts
                .get(w.form.as_str())
                .and_then(|c| c.iter().max_by_key(|(t, k)| (**k, *t)).map(|(t, _)| *t))
                .unwrap_or("NOUN");
            right += usize::from(guess == w.upos);
            let next = if i + 1 < s.words.len() {
                i as u32 + 2
            } else {
                0
            };
            adjacent += usize::from(w.head == next);
            n += 1;
        }
    }
    let baseline_upos = 100.0 * right as f64 / n as f64;
    let baseline_uas = 100.0 * adjacent as f64 / n as f64;
    eprintln!("small model: {scores}; baselines UPOS {baseline_upos:.2} UAS {baseline_uas:.2}");
    assert!(
        scores.upos > baseline_upos + 2.0,
        "{scores} vs {baseline_upos}"
    );
    assert!(
        scores.uas > baseline_uas + 15.0,
        "{scores} vs {baseline_uas}"
    );
    assert!(scores.las > 40.0, "{scores}");
    assert!(scores.lemma > 85.0, "{scores}");
}

#[test]
fn oracle_reaches_every_projectivised_gold_tree() {
    for s in train_sample().iter().chain(dev_sample()) {
        let mut gold = vec![0u32];
        gold.extend(s.words.iter().map(|w| w.head));
        assert!(is_tree(&gold));
        let mut proj = gold.clone();
        projectivize(&mut proj);
        assert!(is_tree(&proj), "lifting keeps a tree");
        for d in 1..proj.len() {
            assert!(factum_syntax::parser::is_projective_arc(&proj, d));
        }
        let mut st = State::new(s.words.len());
        while !st.is_terminal() {
            let costs = st.costs(&proj);
            let t = [SHIFT, LEFT, RIGHT]
                .into_iter()
                .find(|&t| st.valid(t) && costs[t] == 0)
                .expect("some zero-cost transition exists on a projective tree");
            st.apply(t);
        }
        assert_eq!(&st.heads[1..], &proj[1..], "{:?}", s.forms());
    }
}

#[test]
fn parser_output_is_always_a_tree() {
    let model = small_model();
    let mut sentences: Vec<Vec<String>> = dev_sample()
        .iter()
        .map(|s| s.words.iter().map(|w| w.form.clone()).collect())
        .collect();
    // Odd inputs too: one word, punctuation only, a long run of the same word.
    sentences.push(vec!["Hello".into()]);
    sentences.push(vec![".".into(), ",".into(), "!".into()]);
    sentences.push(vec!["the".into(); 60]);
    for forms in &sentences {
        let analysis = model.analyse(forms);
        assert_eq!(analysis.len(), forms.len());
        let mut heads = vec![0u32];
        heads.extend(analysis.iter().map(|a| a.head));
        assert!(is_tree(&heads), "{forms:?} -> {heads:?}");
        assert!(analysis.iter().all(|a| !a.deprel.is_empty()));
        let root = analysis.iter().find(|a| a.head == 0).unwrap();
        assert_eq!(root.deprel, "root");
    }
    assert!(model.analyse::<&str>(&[]).is_empty());
}

#[test]
fn model_round_trips_through_bytes_and_files() {
    let model = small_model();
    let bytes = model.to_bytes();
    let back = SyntaxModel::from_bytes(&bytes, "mem").unwrap();
    // Weights are stored quantised, so compare a loaded model with a loaded model.
    assert_eq!(
        back.to_bytes(),
        bytes,
        "writing a loaded model gives the same bytes"
    );
    let again = SyntaxModel::from_bytes(&back.to_bytes(), "mem").unwrap();
    assert!(again == back);
    let dir = std::env::temp_dir().join(format!("factum-syntax-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("m.fsyn");
    model.save(&path).unwrap();
    let loaded = SyntaxModel::load(&path).unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(loaded.to_bytes(), bytes, "save/load is byte-identical");
    let (mut same, mut total) = (0, 0);
    for s in dev_sample() {
        let forms = s.forms();
        for (a, b) in loaded.analyse(&forms).iter().zip(model.analyse(&forms)) {
            same += usize::from(a.head == b.head && a.deprel == b.deprel && a.upos == b.upos);
            total += 1;
        }
    }
    assert!(
        same * 1000 >= total * 995,
        "quantisation changed {} of {total}",
        total - same
    );
}

#[test]
fn lookahead_tagger_trains_and_round_trips() {
    let one_way = TaggerOptions {
        epochs: 4,
        ..TaggerOptions::default()
    };
    let two_pass = TaggerOptions {
        lookahead_folds: 2,
        ..one_way.clone()
    };
    let train = |o: &TaggerOptions| {
        train::train_tagger(train_sample(), dev_sample(), o, "t".into(), &mut |_| {}).unwrap()
    };
    let (plain, model) = (train(&one_way), train(&two_pass));
    assert!(plain.tagger().second_weights().is_none());
    assert!(model.tagger().second_weights().is_some());
    let bytes = model.to_bytes();
    let back = SyntaxModel::from_bytes(&bytes, "mem").unwrap();
    assert_eq!(back.to_bytes(), bytes);
    let (a, b) = (
        evaluate(&plain, dev_sample()),
        evaluate(&back, dev_sample()),
    );
    eprintln!("one-way tagger: {a}\nwith look-ahead: {b}");
    // On 300 training sentences the look-ahead pass must at least not be much worse.
    assert!(b.upos > a.upos - 1.0, "{b} vs {a}");
}

#[test]
fn ensemble_of_parsers_is_one_model() {
    let mut popts = ParserTrainOptions::default();
    popts.parser.epochs = 3;
    popts.label_epochs = 3;
    popts.ensemble = 2;
    let base = SyntaxModel::from_bytes(&small_model().to_bytes(), "mem").unwrap();
    let model = train::train_parser(
        &base,
        train_sample(),
        dev_sample(),
        &popts,
        "ensemble".into(),
        &mut |_| {},
    )
    .unwrap();
    let bytes = model.to_bytes();
    assert_eq!(
        SyntaxModel::from_bytes(&bytes, "mem").unwrap().to_bytes(),
        bytes
    );
    let (one, two) = (
        evaluate(small_model(), dev_sample()),
        evaluate(&model, dev_sample()),
    );
    eprintln!("one parser: {one}\nensemble of two: {two}");
    assert!(two.las > one.las - 5.0, "{two} vs {one}");
    for s in dev_sample() {
        let a = model.analyse(&s.forms());
        let mut heads = vec![0u32];
        heads.extend(a.iter().map(|w| w.head));
        assert!(is_tree(&heads));
    }
}

#[test]
fn corrupt_and_wrong_version_models_are_clear_errors() {
    let bytes = small_model().to_bytes();
    match SyntaxModel::from_bytes(b"PK\x03\x04 not a model at all", "x.fsyn") {
        Err(e @ SyntaxError::BadMagic { .. }) => assert!(e.to_string().contains("x.fsyn")),
        other => panic!("{other:?}"),
    }
    let mut old = bytes.clone();
    old[8..12].copy_from_slice(&99u32.to_le_bytes());
    match SyntaxModel::from_bytes(&old, "old.fsyn") {
        Err(e @ SyntaxError::WrongVersion { found: 99, .. }) => {
            assert!(e.to_string().contains("old.fsyn"))
        }
        other => panic!("{other:?}"),
    }
    for cut in [13, bytes.len() / 3, bytes.len() - 1] {
        match SyntaxModel::from_bytes(&bytes[..cut], "cut.fsyn") {
            Err(e @ SyntaxError::Corrupt { .. }) => {
                let m = e.to_string();
                assert!(m.contains("cut.fsyn") && m.contains("byte"), "{m}");
            }
            other => panic!("cut at {cut}: {other:?}"),
        }
    }
    let mut long = bytes.clone();
    long.push(0);
    assert!(matches!(
        SyntaxModel::from_bytes(&long, "long.fsyn"),
        Err(SyntaxError::Corrupt { .. })
    ));
}

#[test]
fn malformed_conllu_names_file_and_line() {
    let good = "# sent_id = a\n1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\t_\n\n";
    assert_eq!(conllu::parse(good, "g.conllu").unwrap().len(), 1);
    let cases = [
        (
            "1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\n",
            1,
            "10 tab-separated",
        ),
        (
            "# c\n1\tHi\thi\tINTJ\tUH\t_\tx\troot\t_\t_\n",
            2,
            "bad head",
        ),
        (
            "1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\t_\n3\tyou\tyou\tPRON\tPRP\t_\t1\tvocative\t_\t_\n",
            2,
            "out of sequence",
        ),
        ("\n\n1\tHi\thi\tINTJ\tUH\t_\t7\troot\t_\t_\n", 3, "beyond"),
    ];
    for (text, line, what) in cases {
        let e = conllu::parse(text, "bad.conllu").unwrap_err();
        let m = e.to_string();
        assert!(m.starts_with(&format!("bad.conllu:{line}:")), "{m}");
        assert!(m.contains(what), "{m}");
    }
    let missing = conllu::read_file(&data("no-such-file.conllu")).unwrap_err();
    assert!(missing.to_string().contains("no-such-file.conllu"));
}

#[test]
fn bundled_model_loads_or_explains_its_absence() {
    if SyntaxModel::bundled_bytes().is_empty() {
        let e = SyntaxModel::bundled().unwrap_err();
        assert!(e.to_string().contains("data/models/en_ewt.fsyn"));
        return;
    }
    let model = SyntaxModel::bundled().unwrap();
    assert!(model.has_parser());
    let forms = ["Israel", "approved", "the", "deal", "after", "talks", "."];
    let a = model.analyse(&forms);
    assert_eq!(a[1].upos, "VERB");
    assert_eq!(a[1].lemma, "approve");
    assert_eq!(a[5].lemma, "talk");
    assert_eq!(a[1].head, 0);
    assert_eq!((a[0].head, a[0].deprel), (2, "nsubj"));
    assert_eq!((a[3].head, a[3].deprel), (2, "obj"));
}
