//! Tokenisation agreement with UD English EWT (or any CoNLL-U file with `# text =` lines).
//!
//! For each sentence the `# text` line is tokenised and the token spans are compared with the
//! gold *word* spans (multiword tokens such as "don't" count as their words "do" + "n't" when
//! those spell the surface form). Reports span precision, recall, F1 and the share of
//! sentences tokenised exactly.
//!
//! `cargo run --release -p factum-text --example ewt_agreement -- path/to/en_ewt-ud-test.conllu`
//! Add `--show N` to print the first N disagreeing sentences.

use std::collections::HashSet;

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut show = 0usize;
    if let Some(i) = args.iter().position(|a| a == "--show") {
        show = args[i + 1].parse().expect("--show N");
        args.drain(i..i + 2);
    }
    if args.is_empty() {
        eprintln!("usage: ewt_agreement FILE.conllu... [--show N]");
        std::process::exit(2);
    }
    let (mut gold_n, mut pred_n, mut both, mut sents, mut exact, mut unaligned) =
        (0, 0, 0, 0, 0, 0);
    let mut missed = std::collections::HashMap::new();
    for path in &args {
        let data = std::fs::read_to_string(path).expect("read CoNLL-U");
        for block in data.split("\n\n") {
            let Some(text) = block.lines().find_map(|l| l.strip_prefix("# text = ")) else {
                continue;
            };
            let Some(gold) = gold_spans(text, block) else {
                unaligned += 1;
                continue;
            };
            let pred: HashSet<(usize, usize)> = factum_text::tokenize(text)
                .iter()
                .map(|t| (t.span.start as usize, t.span.end as usize))
                .collect();
            let gold_set: HashSet<(usize, usize)> = gold.iter().copied().collect();
            let common = pred.intersection(&gold_set).count();
            sents += 1;
            gold_n += gold_set.len();
            pred_n += pred.len();
            both += common;
            for &(s, e) in gold_set.difference(&pred) {
                *missed.entry(text[s..e].to_string()).or_insert(0usize) += 1;
            }
            if common == pred.len() && common == gold_set.len() {
                exact += 1;
            } else if show > 0 {
                show -= 1;
                let mut p: Vec<_> = pred.iter().copied().collect();
                p.sort();
                let g: Vec<&str> = gold.iter().map(|&(s, e)| &text[s..e]).collect();
                let p: Vec<&str> = p.iter().map(|&(s, e)| &text[s..e]).collect();
                println!("GOLD {g:?}\nPRED {p:?}\n");
            }
        }
    }
    let mut missed: Vec<_> = missed.into_iter().collect();
    missed.sort_by_key(|b| std::cmp::Reverse(b.1));
    println!(
        "most often missed gold words: {:?}",
        &missed[..missed.len().min(40)]
    );
    let p = both as f64 / pred_n as f64;
    let r = both as f64 / gold_n as f64;
    println!(
        "sentences {sents} (unaligned {unaligned}), gold words {gold_n}, predicted {pred_n}\n\
         precision {:.2}%  recall {:.2}%  F1 {:.2}%  exact sentences {:.2}%",
        100.0 * p,
        100.0 * r,
        200.0 * p * r / (p + r),
        100.0 * exact as f64 / sents as f64
    );
}

/// Gold word spans in `text`, or `None` when the words cannot be aligned to the text.
fn gold_spans(text: &str, block: &str) -> Option<Vec<(usize, usize)>> {
    let mut units: Vec<Vec<String>> = Vec::new(); // each unit: one surface token's word forms
    let mut mwt_until = 0usize;
    let mut pending_surface = String::new();
    let mut words: Vec<(usize, String)> = Vec::new();
    for line in block.lines().filter(|l| !l.starts_with('#')) {
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < 10 || cols[0].contains('.') {
            continue;
        }
        if let Some((a, b)) = cols[0].split_once('-') {
            let (a, b): (usize, usize) = (a.parse().ok()?, b.parse().ok()?);
            mwt_until = b;
            pending_surface = cols[1].to_string();
            words.clear();
            let _ = a;
            continue;
        }
        let id: usize = cols[0].parse().ok()?;
        if id <= mwt_until {
            words.push((id, cols[1].to_string()));
            if id == mwt_until {
                let forms: Vec<String> = words.iter().map(|w| w.1.clone()).collect();
                if forms.concat() == pending_surface {
                    units.push(forms);
                } else {
                    units.push(vec![pending_surface.clone()]);
                }
            }
        } else {
            units.push(vec![cols[1].to_string()]);
        }
    }
    let mut spans = Vec::new();
    let mut pos = 0usize;
    for unit in units {
        for form in unit {
            while pos < text.len() && text[pos..].starts_with(char::is_whitespace) {
                pos += text[pos..].chars().next()?.len_utf8();
            }
            if !text[pos..].starts_with(form.as_str()) {
                return None;
            }
            spans.push((pos, pos + form.len()));
            pos += form.len();
        }
    }
    Some(spans)
}
