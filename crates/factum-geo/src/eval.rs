//! Evaluation of place recognition and resolution against a hand-annotated set.
//!
//! # Annotation format
//!
//! ```text
//! # doc <id> published=2024-09-24T10:00:00+00:00
//! Israeli jets struck [[Tyre|267008]] in [[southern Lebanon|R:southern Lebanon]], {{Lebanese|272103}} officials said.
//! ```
//!
//! `[[surface|geonameid]]` is a place mention with its GeoNames id; `[[surface|R:name]]` a
//! region factum defines itself (geonameid 0), identified by its canonical name;
//! `{{surface|geonameid}}` a nationality adjective or demonym of a country; `[[surface|-]]` a
//! place too small for the gazetteer (it counts against recall). A `# doc` line
//! starts a document; the other lines up to the next one are its body (blank lines are
//! paragraph breaks). Lines starting with `#!` are comments.
//!
//! # Measures
//!
//! * recognition recall: gold place mentions that some system mention overlaps;
//! * resolution accuracy: of those, the share resolved to the gold id (region: gold name);
//! * precision of recognition: system mentions overlapping a gold mention;
//! * the same for adjectives, separately.

use chrono::DateTime;
use factum_doc::{Document, Origin, Span};

/// What a gold mention points at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GoldTarget {
    GeoNames(u32),
    Region(String),
    /// A place the gazetteer cannot hold (a village under 15,000 people): written `-`. It
    /// counts against recognition recall and can never be resolved correctly.
    NotInGazetteer,
}

/// A gold mention.
#[derive(Debug, Clone)]
pub struct GoldMention {
    pub span: Span,
    pub target: GoldTarget,
    pub demonym: bool,
    /// 1-based line in the annotation file.
    pub line: usize,
}

/// An annotated document.
pub struct GoldDoc {
    pub doc: Document,
    pub gold: Vec<GoldMention>,
}

/// Error in an annotation file.
#[derive(Debug, thiserror::Error)]
#[error("{origin}:{line}: {message}")]
pub struct EvalError {
    pub origin: String,
    pub line: usize,
    pub message: String,
}

/// Parse an annotation file.
pub fn parse(text: &str, origin: &str) -> Result<Vec<GoldDoc>, EvalError> {
    let mut docs: Vec<GoldDoc> = Vec::new();
    let mut body = String::new();
    let mut gold: Vec<GoldMention> = Vec::new();
    let mut header: Option<(String, Option<String>)> = None;
    let finish = |header: &mut Option<(String, Option<String>)>,
                  body: &mut String,
                  gold: &mut Vec<GoldMention>,
                  docs: &mut Vec<GoldDoc>,
                  line: usize|
     -> Result<(), EvalError> {
        if let Some((id, published)) = header.take() {
            let mut doc = Document::new(body.trim_end().to_string(), Origin::new(origin, "eval"));
            doc.id = id;
            if let Some(p) = published {
                doc.published = Some(DateTime::parse_from_rfc3339(&p).map_err(|e| EvalError {
                    origin: origin.to_string(),
                    line,
                    message: format!("bad published time {p:?}: {e}"),
                })?);
            }
            docs.push(GoldDoc {
                doc,
                gold: std::mem::take(gold),
            });
        }
        body.clear();
        Ok(())
    };
    let lines: Vec<&str> = text.lines().collect();
    for (i, line) in lines.iter().enumerate() {
        let lineno = i + 1;
        if line.starts_with("#!") {
            continue;
        }
        if let Some(rest) = line.strip_prefix("# doc ") {
            finish(&mut header, &mut body, &mut gold, &mut docs, lineno)?;
            let mut parts = rest.split_whitespace();
            let id = parts.next().unwrap_or("").to_string();
            let published = parts
                .find_map(|p| p.strip_prefix("published="))
                .map(str::to_string);
            header = Some((id, published));
            continue;
        }
        if header.is_none() {
            if line.trim().is_empty() {
                continue;
            }
            return Err(EvalError {
                origin: origin.into(),
                line: lineno,
                message: "text before the first `# doc` line".into(),
            });
        }
        let err = |m: String| EvalError {
            origin: origin.into(),
            line: lineno,
            message: m,
        };
        let mut rest = *line;
        while !rest.is_empty() {
            let next = [rest.find("[["), rest.find("{{")]
                .into_iter()
                .flatten()
                .min();
            let Some(open) = next else {
                body.push_str(rest);
                break;
            };
            body.push_str(&rest[..open]);
            let demonym = rest[open..].starts_with("{{");
            let close_pat = if demonym { "}}" } else { "]]" };
            let inner_start = open + 2;
            let close = rest[inner_start..]
                .find(close_pat)
                .ok_or_else(|| err(format!("unclosed annotation at byte {open}")))?
                + inner_start;
            let inner = &rest[inner_start..close];
            let (surface, id) = inner
                .rsplit_once('|')
                .ok_or_else(|| err(format!("annotation {inner:?} lacks |id")))?;
            let target = match id.strip_prefix("R:") {
                Some(name) => GoldTarget::Region(name.to_string()),
                None if id == "-" => GoldTarget::NotInGazetteer,
                None => GoldTarget::GeoNames(
                    id.parse()
                        .map_err(|_| err(format!("bad geonameid {id:?} in {inner:?}")))?,
                ),
            };
            let start = body.len();
            body.push_str(surface);
            gold.push(GoldMention {
                span: Span::new(start, body.len()),
                target,
                demonym,
                line: lineno,
            });
            rest = &rest[close + 2..];
        }
        body.push('\n');
    }
    finish(&mut header, &mut body, &mut gold, &mut docs, lines.len())?;
    Ok(docs)
}

/// Counts from an evaluation run.
#[derive(Debug, Default, Clone)]
pub struct Scores {
    pub gold_places: usize,
    pub recognised: usize,
    pub correct: usize,
    pub system_places: usize,
    pub system_matching_gold: usize,
    pub gold_demonyms: usize,
    pub demonyms_recognised: usize,
    pub demonyms_correct: usize,
    /// One line per miss or error, for reading.
    pub errors: Vec<String>,
}

impl Scores {
    pub fn recall(&self) -> f64 {
        self.recognised as f64 / self.gold_places.max(1) as f64
    }
    pub fn accuracy(&self) -> f64 {
        self.correct as f64 / self.recognised.max(1) as f64
    }
    pub fn precision(&self) -> f64 {
        self.system_matching_gold as f64 / self.system_places.max(1) as f64
    }
    pub fn report(&self) -> String {
        format!(
            "places: {} gold, recognised {} (recall {:.1}%), correctly resolved {} ({:.1}% of recognised), \
             recognition precision {:.1}% ({} of {} system mentions); adjectives: {} gold, {} recognised, {} correct",
            self.gold_places,
            self.recognised,
            100.0 * self.recall(),
            self.correct,
            100.0 * self.accuracy(),
            100.0 * self.precision(),
            self.system_matching_gold,
            self.system_places,
            self.gold_demonyms,
            self.demonyms_recognised,
            self.demonyms_correct
        )
    }
}

/// Run `process` (the geo stage, or a whole pipeline ending with it) on every annotated
/// document and score the places it finds.
pub fn evaluate(process: impl Fn(&mut Document), docs: &[GoldDoc]) -> Scores {
    let mut s = Scores::default();
    for gd in docs {
        let mut doc = gd.doc.clone();
        process(&mut doc);
        for gm in &gd.gold {
            let surface = &doc.text[gm.span.range()];
            let hit = doc
                .places
                .iter()
                .find(|p| p.span.overlaps(gm.span) && p.demonym == gm.demonym);
            let correct = hit.is_some_and(|p| match &gm.target {
                GoldTarget::GeoNames(id) => p.place.geonameid == *id,
                GoldTarget::Region(name) => p.place.geonameid == 0 && &p.place.name == name,
                GoldTarget::NotInGazetteer => false,
            });
            if gm.demonym {
                s.gold_demonyms += 1;
                s.demonyms_recognised += usize::from(hit.is_some());
                s.demonyms_correct += usize::from(correct);
            } else {
                s.gold_places += 1;
                s.recognised += usize::from(hit.is_some());
                s.correct += usize::from(correct);
            }
            match hit {
                None => s.errors.push(format!(
                    "line {}: MISSED {surface:?} ({:?})",
                    gm.line, gm.target
                )),
                Some(p) if !correct => s.errors.push(format!(
                    "line {}: WRONG {surface:?} -> {} {} {} (gold {:?}, conf {:.2})",
                    gm.line,
                    p.place.geonameid,
                    p.place.name,
                    p.place.country,
                    gm.target,
                    p.confidence
                )),
                _ => {}
            }
        }
        for p in doc.places.iter().filter(|p| !p.demonym) {
            s.system_places += 1;
            if gd
                .gold
                .iter()
                .any(|g| !g.demonym && g.span.overlaps(p.span))
            {
                s.system_matching_gold += 1;
            } else {
                s.errors.push(format!(
                    "doc {}: SPURIOUS {:?} -> {} {}",
                    doc.id,
                    doc.slice(p.span),
                    p.place.name,
                    p.place.country
                ));
            }
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_annotations_with_spans() {
        let docs = parse(
            "# doc a published=2024-09-24T10:00:00+00:00\nJets hit [[Tyre|267008]], {{Lebanese|272103}} said.\n",
            "t",
        )
        .unwrap();
        assert_eq!(docs.len(), 1);
        let d = &docs[0];
        assert_eq!(d.doc.text, "Jets hit Tyre, Lebanese said.");
        assert_eq!(&d.doc.text[d.gold[0].span.range()], "Tyre");
        assert!(d.gold[1].demonym);
    }

    #[test]
    fn bad_annotation_names_the_line() {
        let e = parse("# doc a\nok\nbad [[Tyre]]\n", "f.txt").err().unwrap();
        assert_eq!(e.line, 3);
        assert!(e.to_string().starts_with("f.txt:3:"));
    }
}
