//! The coder against PETRARCH2 validation records and dictionaries (a 40-record subset of
//! `PETR.UnitTest.records.xml`, MIT; see tests/data/petrarch/README.md), plus the syntactic
//! constructions the coder handles, each checked on a sentence of its own. The records are
//! coded by the PETRARCH evaluation's pipeline (`factum::eval::petrarch`), without the
//! parser unless a test gives a hand-made parse.

use std::path::Path;

use factum::eval::petrarch::records::Outcome;
use factum::eval::petrarch::{code_text, load_environment, run, Options};
use factum::pipeline::Pipeline;
use factum_doc::{Document, TokenSyntax};

fn data() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/petrarch"))
}

/// The validation dictionaries in a pipeline without the parser.
fn coders() -> Pipeline {
    let xml = std::fs::read_to_string(data().join("records.subset.xml")).unwrap();
    let (dictionaries, _) = load_environment(&xml, data()).unwrap();
    dictionaries.pipeline(false).unwrap()
}

/// Give `doc` a hand-made parse, `head/deprel/upos` per token (see [`Parsed`]), and code it
/// again. Verbs get the Penn tag `verb_xpos`, every other token `other_xpos`.
fn code_with_parse(c: &Pipeline, doc: &mut Document, parse: &str, xpos: (&str, &str)) {
    let parse: Vec<Vec<&str>> = parse
        .split_whitespace()
        .map(|t| t.split('/').collect())
        .collect();
    assert_eq!(
        parse.len(),
        doc.tokens.len(),
        "one head/deprel/upos per token"
    );
    doc.syntax = Some(
        parse
            .iter()
            .zip(&doc.tokens)
            .map(|(p, t)| TokenSyntax {
                upos: p[2].to_string(),
                xpos: if p[2] == "VERB" { xpos.0 } else { xpos.1 }.to_string(),
                lemma: t.norm.to_lowercase(),
                head: p[0].parse().ok(),
                deprel: p[1].to_string(),
            })
            .collect(),
    );
    c.events().process(doc);
}

fn codes(doc: &Document) -> Vec<String> {
    let mut v: Vec<String> = doc.events.iter().map(factum_doc::Event::coding).collect();
    v.sort();
    v
}

#[test]
fn subset_records_pass() {
    let xml = std::fs::read_to_string(data().join("records.subset.xml")).unwrap();
    let (dictionaries, records) = load_environment(&xml, data()).unwrap();
    assert_eq!(records.len(), 40);
    let pipeline = dictionaries.pipeline(false).unwrap();
    let (results, tally) = run(&pipeline, records, Options::default());
    let failing: Vec<String> = results
        .iter()
        .filter(|r| matches!(r.outcome, Outcome::Fail { .. }))
        .map(|r| format!("{}: {:?}", r.record.id, r.outcome))
        .collect();
    // Known failures on this subset (see docs/events.md): COMPOUND-07 is a list with a
    // shared target PETRARCH reads from its parse tree; DEMO-25 expects the target
    // PETRARCH's tree gives.
    // DEMO-02 expects the host's side of a visit (`033`) as a second event: factum codes
    // both directions only for reciprocal codes (meet, negotiate), as CAMEO's codebook and
    // docs/annotation.md do; a visit is one event.
    // ABOUT-02 expects "students" with no country (`---EDU`): factum gives an actor of
    // unknown country the country of the story (`RUSEDU`, the police being Russian), as
    // an analyst reading the story would.
    let allowed = ["COMPOUND-07", "DEMO-25", "DEMO-02", "ABOUT-02"];
    let unexpected: Vec<&String> = failing
        .iter()
        .filter(|f| !allowed.iter().any(|a| f.starts_with(&format!("{a}:"))))
        .collect();
    assert!(
        unexpected.is_empty(),
        "unexpected failures: {unexpected:#?}"
    );
    assert!(tally.passed >= 36, "{} passed", tally.passed);
}

#[test]
fn provenance_points_at_the_pattern_and_actor_lines() {
    let c = coders();
    let doc = code_text(
        &c,
        "Arnor will abandon full diplomatic ties with Gondor.",
        Some(19950101),
    );
    assert_eq!(codes(&doc), vec!["ARN GON 901"]);
    // The 1-based line of `file` that starts with `prefix`.
    let line_of = |file: &str, prefix: &str| {
        let text = std::fs::read_to_string(data().join(file)).unwrap();
        text.lines().position(|l| l.starts_with(prefix)).unwrap() as u32 + 1
    };
    let pattern_line = line_of("PETR.Validate.verbs.txt", "- * DIPLOMATIC TIES [901]");
    let arnor_line = line_of("PETR.Validate.actors.txt", "ARNOR_");
    let e = &doc.events[0];
    assert_eq!(e.provenance[0].file, "PETR.Validate.verbs.txt");
    assert_eq!(
        (e.provenance[0].line, e.provenance[0].role.as_str()),
        (pattern_line, "pattern")
    );
    let src = e
        .provenance
        .iter()
        .find(|p| p.role == factum_doc::ProvenanceRole::SourceActor)
        .unwrap();
    assert_eq!(
        (src.file.as_str(), src.line),
        ("PETR.Validate.actors.txt", arnor_line)
    );
    assert_eq!(doc.slice(e.verb_span), "abandon");
    assert_eq!(e.source.as_ref().unwrap().text, "Arnor");
}

#[test]
fn constructions() {
    let c = coders();
    let case = |text: &str| codes(&code_text(&c, text, Some(19950101)));
    // Passive with "by".
    assert_eq!(
        case("Eriador was opposed by Osgiliath."),
        vec!["OSG ERI 112"]
    );
    // Conjoined verbs share the subject.
    assert_eq!(
        case("The Calenardhon government condemned an attack by Osgiliath soldiers and promised aid to Ithilen."),
        vec!["CALGOV ITH 050", "CALGOV OSGMIL 122"]
    );
    // Conjoined subjects and objects.
    assert_eq!(
        case("Mordor, Rohan and Bree welcomed ties with Gondor and Arnor."),
        vec![
            "BRE ARN 041",
            "BRE GON 041",
            "MOR ARN 041",
            "MOR GON 041",
            "ROH ARN 041",
            "ROH GON 041"
        ]
    );
    // Paired codes: a visit is one event; its reception (`033`) is not coded again (only
    // reciprocal codes such as meetings give both directions).
    assert_eq!(case("Arnor left for Gondor."), vec!["ARN GON 032"]);
    // Possessive + title + name, agents composing.
    assert_eq!(
        case("Arnor's foreign minister urged Eriador to talk."),
        vec!["ARNGOVFRM ERI 102"]
    );
    // A pronoun subject is not coded: no attack by Gondor (only the statement).
    assert_eq!(
        case("Gondor said he will attack Arnor."),
        vec!["GON ARN 023"]
    );
    // A verb form after a determiner is a noun: no attack either.
    assert_eq!(
        case("Gondor praised the attack on Arnor."),
        Vec::<String>::new()
    );
    // Discards.
    assert_eq!(
        case("Arnor will restore the African Nations Cup to Gondor."),
        Vec::<String>::new()
    );
}

#[test]
fn more_constructions() {
    let c = coders();
    let case = |text: &str, date: u32| codes(&code_text(&c, text, Some(date)));
    // A `[+++]` pattern (TABARI's "complex") is passed over; the next pattern codes.
    assert_eq!(
        case(
            "Arnor will restore fxll diplomatic ties with Gondor.",
            19950101
        ),
        vec!["ARN GON 064"]
    );
    // Modifiers joined by "and" after a possessive stay in the owner's noun phrase: the
    // minister is Ithilen's, whatever the name after the title.
    assert_eq!(
        case(
            "Ithilen's awful and evil minister Calimehtar warned of the Prince of Dol Amroth.",
            19990809
        ),
        vec!["ITHGOV DOL 160"]
    );
    // "X's N and N of Y" is a compound subject; `_` in the text joins words as in the
    // dictionaries.
    assert_eq!(
        case(
            "Ithilen's sheep and goats of Gondor warned of the Prince of Dol_Amroth.",
            19990809
        ),
        vec!["GON DOL 160", "ITH DOL 160"]
    );
    // A relative clause between the subject and its verb ("Gondor, which praised Arnor,
    // attacked …") is skipped when looking for the subject.
    assert_eq!(
        case("Gondor, which praised Arnor, attacked Mordor.", 19950101),
        vec!["GON MOR 223"]
    );
    // xcomp chain: "agreed to meet" codes the agreement and the meeting, both Arnor's.
    assert_eq!(
        case("Arnor agreed to meet Gondor.", 19950101),
        vec!["ARN GON 031", "ARN GON 081", "GON ARN 031"]
    );
    // Apposition: the appositive's role codes the subject.
    assert_eq!(
        case(
            "Telemar, the Arnor foreign minister, attacked Gondor.",
            19950101
        ),
        vec!["ARNGOVFRM GON 223"]
    );
    // The target is not taken from inside a relative clause.
    assert_eq!(
        case(
            "Gondor launched a new offensive against Osgiliath following raids in which Arnor spokesmen said civilians were killed.",
            19950101
        ),
        vec!["GON OSG 223"]
    );
}

#[test]
fn negation_is_recorded() {
    let c = coders();
    let doc = code_text(&c, "Arnor did not attack Gondor.", Some(19950101));
    assert_eq!(codes(&doc), vec!["ARN GON 223"]);
    assert!(doc.events[0].negated);
    let doc = code_text(&c, "Arnor attacked Gondor.", Some(19950101));
    assert!(!doc.events[0].negated);
}

#[test]
fn dates_pick_actor_roles() {
    let c = coders();
    let text = "Sam Gamgee will be renewing his gardener's license in Michel Delving.";
    assert_eq!(
        codes(&code_text(&c, text, Some(20080119))),
        vec!["HOBCIV SHRGOV 031"]
    );
    assert_eq!(
        codes(&code_text(&c, text, Some(20100110))),
        vec!["ORCHOB SHRGOV 031"]
    );
    assert_eq!(
        codes(&code_text(&c, text, Some(20121201))),
        vec!["HOBGOV SHRGOV 031"]
    );
}

/// A hand-made parse: the sentence, `head/deprel/upos` per token (head a token index, `-`
/// for the root), the Penn tags of verbs and of every other token, and the events the coder
/// must find with it.
struct Parsed {
    text: &'static str,
    parse: &'static str,
    xpos: (&'static str, &'static str),
    events: &'static [&'static str],
}

const PARSED: &[Parsed] = &[
    // With a dependency parse the subject comes from `nsubj`, not from word order: the
    // nearest actor before "attacked" is Gondor, but its subject is Arnor. (The surface
    // rules read the commas round the relative clause the same way.)
    Parsed {
        text: "Arnor , whom Gondor praised , attacked Mordor .",
        parse: "6/nsubj/PROPN 4/punct/PUNCT 4/obj/PRON 4/nsubj/PROPN 0/acl:relcl/VERB \
            4/punct/PUNCT -/root/VERB 6/obj/PROPN 6/punct/PUNCT",
        xpos: ("VBD", "NNP"),
        events: &["ARN MOR 223"],
    },
    // Passive through the parse: nsubj:pass and an obl "by" phrase.
    Parsed {
        text: "Gondor was attacked by Arnor .",
        parse: "2/nsubj:pass/PROPN 2/aux:pass/AUX -/root/VERB 4/case/ADP 2/obl:agent/PROPN \
            2/punct/PUNCT",
        xpos: ("VBN", "NNP"),
        events: &["ARN GON 223"],
    },
    // A side the parse leaves without an actor is filled by the surface rules: here the
    // parser read "arrested" as a reduced relative on "police" (no subject of its own).
    Parsed {
        text: "Arnor police arrested Gondor .",
        parse: "1/compound/PROPN -/root/NOUN 1/acl/VERB 2/obj/PROPN 1/punct/PUNCT",
        xpos: ("VBN", "NN"),
        events: &["ARNCOP GON 212"],
    },
    // A complement clause with its own dictionary verb is that verb's event, not the
    // reporting verb's target.
    Parsed {
        text: "Arnor said Gondor attacked Mordor .",
        parse: "1/nsubj/PROPN -/root/VERB 3/nsubj/PROPN 1/ccomp/VERB 3/obj/PROPN 1/punct/PUNCT",
        xpos: ("VBD", "NNP"),
        events: &["GON MOR 223"],
    },
];

#[test]
fn the_dependency_parse_is_used_when_present() {
    let c = coders();
    let first = code_text(&c, PARSED[0].text, Some(19950101));
    assert_eq!(first.tokens.len(), 9);
    assert_eq!(codes(&first), vec!["ARN MOR 223"], "surface rules");
    for case in PARSED {
        let mut doc = code_text(&c, case.text, Some(19950101));
        code_with_parse(&c, &mut doc, case.parse, case.xpos);
        assert_eq!(codes(&doc), case.events, "{}", case.text);
    }
}
