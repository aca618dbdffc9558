//! Stored documents turned into what the pages show.
//!
//! Offsets in factum are UTF-8 byte offsets; JavaScript strings count UTF-16 units. Rather
//! than ask the browser to convert, the server cuts each sentence into **segments**, runs of
//! text that are either plain or one marked span (`source`, `target`, `verb`, `actor`,
//! `place`), and the page renders each segment as a text node. The text stays text: no
//! offsets to get wrong, and no markup anywhere to escape.

use factum_doc::{Document, Event, Span};
use serde::Serialize;
use serde_json::{json, Value};

use crate::LineFn;

/// A run of sentence text, marked or plain.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Segment {
    pub text: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<&'static str>,
    /// What the mark stands for: an actor code, a CAMEO code, a place name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
}

/// A span to mark.
#[derive(Debug, Clone)]
pub struct Mark {
    pub span: Span,
    pub role: &'static str,
    pub label: Option<String>,
}

/// `text[range]` cut at `marks`. Marks outside the range, off character boundaries, or
/// overlapping an earlier mark are left out (the earlier, then the longer, wins).
pub fn segments(text: &str, range: Span, mut marks: Vec<Mark>) -> Vec<Segment> {
    let (start, end) = (range.start as usize, range.end as usize);
    marks.sort_by_key(|m| (m.span.start, std::cmp::Reverse(m.span.end)));
    let mut out = Vec::new();
    let mut at = start;
    let plain = |out: &mut Vec<Segment>, from: usize, to: usize| {
        if to > from {
            out.push(Segment {
                text: text[from..to].to_string(),
                role: None,
                label: None,
            });
        }
    };
    for m in marks {
        let (s, e) = (m.span.start as usize, m.span.end as usize);
        let usable =
            s >= at && e > s && e <= end && text.is_char_boundary(s) && text.is_char_boundary(e);
        if !usable {
            continue;
        }
        plain(&mut out, at, s);
        out.push(Segment {
            text: text[s..e].to_string(),
            role: Some(m.role),
            label: m.label,
        });
        at = e;
    }
    plain(&mut out, at, end);
    out
}

/// The sentence span of sentence `i`, or the whole text when the layer lacks it.
fn sentence_span(doc: &Document, i: u32) -> Span {
    let whole = Span {
        start: 0,
        end: doc.text.len() as u32,
    };
    let s = doc.sentences.get(i as usize).map_or(whole, |s| s.span);
    if s.end as usize <= doc.text.len() && doc.text.is_char_boundary(s.start as usize) {
        s
    } else {
        whole
    }
}

/// The marks of one event: its source, target and verb.
fn event_marks(ev: &Event) -> Vec<Mark> {
    let mut marks = vec![Mark {
        span: ev.verb_span,
        role: "verb",
        label: Some(ev.cameo.clone()),
    }];
    for (side, role) in [(&ev.source, "source"), (&ev.target, "target")] {
        if let Some(a) = side {
            marks.push(Mark {
                span: a.span,
                role,
                label: Some(a.code.clone()),
            });
        }
    }
    marks
}

/// The attribution behind `ev` and who relayed it, innermost first.
fn attribution_chain(doc: &Document, ev: &Event) -> Vec<Value> {
    let mut chain = Vec::new();
    let mut next = ev.attribution;
    while let Some(i) = next {
        let Some(a) = doc.attributions.get(i as usize) else {
            break;
        };
        chain.push(json!({
            "text": a.text,
            "kind": a.kind,
            "cue": a.cue,
            "code": a.code,
            "affiliation": a.affiliation,
        }));
        next = a.relayed_by.filter(|_| chain.len() < 8);
    }
    chain
}

/// Everything the event page shows about one mention: the article, the sentence with the
/// source, target and verb marked, the coding, and why (dictionary lines, how place and
/// date were chosen, who says so, modality).
pub fn mention(doc: &Document, idx: usize, line: Option<&LineFn>) -> Option<Value> {
    let ev = doc.events.get(idx)?;
    let provenance: Vec<Value> = ev
        .provenance
        .iter()
        .map(|p| {
            json!({
                "file": p.file,
                "line": p.line,
                "role": p.role,
                "text": line.and_then(|f| f(&p.file, p.line)),
            })
        })
        .collect();
    Some(json!({
        "doc_id": doc.id,
        "event_idx": idx,
        "title": doc.title,
        "url": doc.url,
        "source": doc.source,
        "published": doc.published.map(|p| p.to_rfc3339()),
        "sentence": ev.sentence,
        "segments": segments(&doc.text, sentence_span(doc, ev.sentence), event_marks(ev)),
        "source_actor": ev.source,
        "target_actor": ev.target,
        "cameo": ev.cameo,
        "quad_class": ev.quad_class,
        "goldstein": ev.goldstein,
        "plover_type": ev.plover_type,
        "plover_mode": ev.plover_mode,
        "negated": ev.negated,
        "confidence": ev.confidence,
        "modality": ev.modality,
        "attribution": attribution_chain(doc, ev),
        "provenance": provenance,
        "location": ev.location,
        "date": ev.date,
    }))
}

/// A document with its sentences cut at every coded span: actors, places, event verbs.
pub fn document(doc: &Document) -> Value {
    let mut marks: Vec<Mark> = Vec::new();
    marks.extend(doc.events.iter().map(|e| Mark {
        span: e.verb_span,
        role: "verb",
        label: Some(e.cameo.clone()),
    }));
    marks.extend(doc.actors.iter().map(|a| Mark {
        span: a.span,
        role: "actor",
        label: Some(a.code.clone()),
    }));
    marks.extend(doc.places.iter().map(|p| Mark {
        span: p.span,
        role: "place",
        label: Some(format!("{}, {}", p.place.name, p.place.country)),
    }));
    let sentences: Vec<Value> = (0..doc.sentences.len() as u32)
        .map(|i| {
            let span = sentence_span(doc, i);
            let mine = marks
                .iter()
                .filter(|m| m.span.start >= span.start && m.span.end <= span.end)
                .cloned()
                .collect();
            json!({"index": i, "segments": segments(&doc.text, span, mine)})
        })
        .collect();
    let events: Vec<Value> = doc
        .events
        .iter()
        .enumerate()
        .map(|(i, e)| {
            json!({
                "event_idx": i,
                "sentence": e.sentence,
                "coding": e.coding(),
                "plover_type": e.plover_type,
                "modality": e.modality.as_ref().map(|m| &m.kind),
                "confidence": e.confidence,
            })
        })
        .collect();
    json!({
        "id": doc.id,
        "title": doc.title,
        "url": doc.url,
        "source": doc.source,
        "published": doc.published.map(|p| p.to_rfc3339()),
        "sentences": sentences,
        "events": events,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The (text, role) segments of the whole of `text` cut at `marks` (start, end, role).
    fn cut(text: &str, marks: &[(u32, u32, &'static str)]) -> Vec<(String, Option<&'static str>)> {
        let marks = marks
            .iter()
            .map(|&(start, end, role)| Mark {
                span: Span { start, end },
                role,
                label: None,
            })
            .collect();
        let whole = Span::new(0, text.len());
        segments(text, whole, marks)
            .into_iter()
            .map(|s| (s.text, s.role))
            .collect()
    }

    #[test]
    fn cuts_text_at_marks() {
        let segs = cut(
            "Israel struck Lebanon.",
            &[(14, 21, "target"), (0, 6, "source"), (7, 13, "verb")],
        );
        let shown: Vec<(&str, Option<&str>)> = segs.iter().map(|(t, r)| (t.as_str(), *r)).collect();
        assert_eq!(
            shown,
            [
                ("Israel", Some("source")),
                (" ", None),
                ("struck", Some("verb")),
                (" ", None),
                ("Lebanon", Some("target")),
                (".", None)
            ]
        );
    }

    #[test]
    fn overlapping_and_bad_marks_are_dropped() {
        let text = "Señor Kim met";
        let segs = cut(text, &[(0, 10, "actor"), (7, 10, "source"), (2, 3, "bad")]);
        assert_eq!(
            segs.iter().map(|(t, _)| t.as_str()).collect::<String>(),
            text
        );
        assert_eq!(segs[0].1, Some("actor"));
        assert!(segs.iter().all(|(_, role)| *role != Some("source")));
    }
}
