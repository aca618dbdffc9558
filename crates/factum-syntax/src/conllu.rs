//! CoNLL-U reading and writing.
//!
//! Only the basic tree is read: multiword-token lines (`1-2`) and empty nodes (`1.1`) are
//! skipped, because factum's tokeniser already splits contractions the UD way and the parser
//! produces basic trees only. Errors name the file and the 1-based line.

use std::path::Path;

use crate::error::{Result, SyntaxError};

/// One syntactic word of a CoNLL-U sentence.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Word {
    pub form: String,
    pub lemma: String,
    pub upos: String,
    pub xpos: String,
    pub feats: String,
    /// 1-based head, 0 for the root.
    pub head: u32,
    pub deprel: String,
    pub misc: String,
}

/// A sentence: its comment lines (without `# `) and its words.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Sentence {
    pub comments: Vec<String>,
    pub words: Vec<Word>,
}

impl Sentence {
    pub fn forms(&self) -> Vec<&str> {
        self.words.iter().map(|w| w.form.as_str()).collect()
    }

    /// For each word, whether whitespace follows it: all but those whose MISC column says
    /// `SpaceAfter=No`.
    pub fn space_after(&self) -> Vec<bool> {
        self.words
            .iter()
            .map(|w| !w.misc.split('|').any(|f| f == "SpaceAfter=No"))
            .collect()
    }
}

/// Read a CoNLL-U file.
pub fn read_file(path: &Path) -> Result<Vec<Sentence>> {
    let text = std::fs::read_to_string(path).map_err(|source| SyntaxError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    parse(&text, &path.display().to_string())
}

/// Parse CoNLL-U text; `file` is used in error messages.
pub fn parse(text: &str, file: &str) -> Result<Vec<Sentence>> {
    let mut sentences = Vec::new();
    let mut current = Sentence::default();
    let mut start_line = 1;
    let err = |line: usize, message: String| SyntaxError::Conllu {
        file: file.to_string(),
        line,
        message,
    };
    for (i, line) in text.lines().enumerate() {
        let lineno = i + 1;
        let line = line.strip_suffix('\r').unwrap_or(line);
        if line.trim().is_empty() {
            if !current.words.is_empty() {
                check_tree(&current, start_line, file)?;
                sentences.push(std::mem::take(&mut current));
            } else {
                current.comments.clear();
            }
            start_line = lineno + 1;
            continue;
        }
        if let Some(c) = line.strip_prefix('#') {
            if current.words.is_empty() && current.comments.is_empty() {
                start_line = lineno;
            }
            current.comments.push(c.trim_start().to_string());
            continue;
        }
        if current.words.is_empty() && current.comments.is_empty() {
            start_line = lineno;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() != 10 {
            return Err(err(
                lineno,
                format!("expected 10 tab-separated columns, found {}", cols.len()),
            ));
        }
        let id = cols[0];
        if id.contains('-') || id.contains('.') {
            continue; // multiword token or empty node
        }
        let id: usize = id
            .parse()
            .map_err(|_| err(lineno, format!("bad word id {id:?}")))?;
        if id != current.words.len() + 1 {
            return Err(err(
                lineno,
                format!(
                    "word id {id} out of sequence (expected {})",
                    current.words.len() + 1
                ),
            ));
        }
        let head: u32 = if cols[6] == "_" {
            0
        } else {
            cols[6]
                .parse()
                .map_err(|_| err(lineno, format!("bad head {:?}", cols[6])))?
        };
        current.words.push(Word {
            form: cols[1].to_string(),
            lemma: cols[2].to_string(),
            upos: cols[3].to_string(),
            xpos: cols[4].to_string(),
            feats: cols[5].to_string(),
            head,
            deprel: cols[7].to_string(),
            misc: cols[9].to_string(),
        });
    }
    if !current.words.is_empty() {
        check_tree(&current, start_line, file)?;
        sentences.push(current);
    }
    Ok(sentences)
}

fn check_tree(s: &Sentence, line: usize, file: &str) -> Result<()> {
    let n = s.words.len() as u32;
    for (i, w) in s.words.iter().enumerate() {
        if w.head > n {
            return Err(SyntaxError::Conllu {
                file: file.to_string(),
                line,
                message: format!(
                    "sentence starting here: word {} has head {} beyond its {n} words",
                    i + 1,
                    w.head
                ),
            });
        }
    }
    Ok(())
}

/// Write one sentence as CoNLL-U (with a trailing blank line).
pub fn write_sentence(s: &Sentence, out: &mut String) {
    use std::fmt::Write;
    for c in &s.comments {
        let _ = writeln!(out, "# {c}");
    }
    for (i, w) in s.words.iter().enumerate() {
        let dash = |v: &str| {
            if v.is_empty() {
                "_".to_string()
            } else {
                v.to_string()
            }
        };
        let _ = writeln!(
            out,
            "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t_\t{}",
            i + 1,
            dash(&w.form),
            dash(&w.lemma),
            dash(&w.upos),
            dash(&w.xpos),
            dash(&w.feats),
            w.head,
            dash(&w.deprel),
            dash(&w.misc)
        );
    }
    out.push('\n');
}
