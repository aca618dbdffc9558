//! Evaluation on gold-tokenised CoNLL-U, scored the way the CoNLL 2018 shared task scorer
//! scores when tokenisation is gold: every word counts (punctuation included); LAS compares
//! the universal part of the relation (`nsubj:pass` scores as `nsubj`). Full-label LAS (with
//! subtypes) is reported too.

use crate::conllu::Sentence;
use crate::model::SyntaxModel;

#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Scores {
    pub words: usize,
    pub sentences: usize,
    pub upos: f64,
    pub xpos: f64,
    pub lemma: f64,
    pub uas: f64,
    /// Labelled attachment, universal relation only (CoNLL 2018).
    pub las: f64,
    /// Labelled attachment with subtypes.
    pub las_full: f64,
}

fn universal(rel: &str) -> &str {
    rel.split(':').next().unwrap_or(rel)
}

pub fn evaluate(model: &SyntaxModel, sentences: &[Sentence]) -> Scores {
    let (mut n, mut upos, mut xpos, mut lemma, mut uas, mut las, mut full) =
        (0usize, 0, 0, 0, 0, 0, 0);
    for s in sentences {
        let forms = s.forms();
        let spaces = s.space_after();
        for (g, p) in s.words.iter().zip(model.analyse_spaced(&forms, &spaces)) {
            n += 1;
            upos += usize::from(g.upos == p.upos);
            xpos += usize::from(g.xpos == p.xpos);
            lemma += usize::from(g.lemma == p.lemma);
            if g.head == p.head {
                uas += 1;
                las += usize::from(universal(&g.deprel) == universal(p.deprel));
                full += usize::from(g.deprel == p.deprel);
            }
        }
    }
    let pct = |k: usize| 100.0 * k as f64 / n.max(1) as f64;
    Scores {
        words: n,
        sentences: sentences.len(),
        upos: pct(upos),
        xpos: pct(xpos),
        lemma: pct(lemma),
        uas: pct(uas),
        las: pct(las),
        las_full: pct(full),
    }
}

impl std::fmt::Display for Scores {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "UPOS {:.2}  XPOS {:.2}  Lemma {:.2}  UAS {:.2}  LAS {:.2}  (LAS with subtypes {:.2}; {} words, {} sentences)",
            self.upos, self.xpos, self.lemma, self.uas, self.las, self.las_full, self.words, self.sentences
        )
    }
}
