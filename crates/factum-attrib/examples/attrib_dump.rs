//! Print the attribution layers of a plain-text file: `cargo run -p factum-attrib --example
//! attrib_dump -- FILE [VERB,VERB,…]`. With verbs, an event is placed on the first token
//! equal to each verb (standing in for the event coder) and its attribution and modality are
//! printed. A development aid; `factum sources` is the user-facing command.

fn main() {
    let path = std::env::args().nth(1).expect("usage: attrib_dump FILE");
    let text = std::fs::read_to_string(&path).expect("readable file");
    let mut doc = factum_doc::Document::new(text, factum_doc::Origin::default());
    factum_text::process(&mut doc);
    let verbs = std::env::args().nth(2).unwrap_or_default();
    for verb in verbs.split(',').filter(|v| !v.is_empty()) {
        let Some(t) = doc.tokens.iter().position(|t| t.norm == verb) else {
            eprintln!("no token {verb:?}");
            continue;
        };
        doc.events.push(factum_testkit::event_at_token(&doc, t, ""));
    }
    factum_attrib::Attributor::new().process(&mut doc);
    for e in &doc.events {
        let m = e.modality.as_ref().expect("modality set");
        println!(
            "E {:?}: {:?} cues={:?} plover={:?} source={:?}",
            doc.slice(e.verb_span),
            m.kind,
            m.cues,
            m.plover_mode,
            e.attribution.map(|a| &doc.attributions[a as usize].text)
        );
    }
    for (i, a) in doc.attributions.iter().enumerate() {
        println!(
            "A{i} s{} [{:?}] {:?} cue={:?} code={:?} aff={:?} relayed_by={:?} ante={:?}\n    content={:?}",
            a.sentence,
            a.kind,
            a.text,
            a.cue,
            a.code,
            a.affiliation,
            a.relayed_by,
            a.antecedent,
            a.content.map(|c| doc.slice(c))
        );
    }
    for q in &doc.quotes {
        println!(
            "Q direct={} by={:?} nested={:?} {:?}",
            q.direct,
            q.attribution,
            q.nested_in,
            doc.slice(q.span)
        );
    }
    for m in &doc.sentence_modalities {
        println!(
            "S{} {:?} {:?}",
            m.sentence, m.modality.kind, m.modality.cues
        );
    }
}
