//! End-to-end checks of the geo stage on hand-written sentences: ambiguous names, adjectives,
//! regions, datelines, and linking events to a place and a date.

use std::sync::OnceLock;

use chrono::DateTime;
use factum_doc::{Document, Event, Origin, Span};
use factum_geo::GeoStage;

fn stage() -> &'static GeoStage {
    static STAGE: OnceLock<GeoStage> = OnceLock::new();
    STAGE.get_or_init(GeoStage::new)
}

/// `text` as the pipeline gives it to the geo stage: a dateline moved out of the body into
/// `doc.dateline` (as the ingest readers do), through the text stage.
fn run(text: &str) -> Document {
    let (dateline, body) = match factum_ingest::dateline::split_dateline(text) {
        Some((d, at)) => (Some(d), &text[at..]),
        None => (None, text),
    };
    let mut doc = Document::new(body, Origin::default());
    doc.dateline = dateline;
    factum_text::process(&mut doc);
    doc.published = Some(DateTime::parse_from_rfc3339("2025-01-01T10:00:00+00:00").unwrap());
    stage().process(&mut doc);
    doc.validate().unwrap();
    doc
}

/// The (geonameid, country, demonym) of the mention whose text is `surface` (the n-th one).
fn place_nth(doc: &Document, surface: &str, n: usize) -> (u32, String, bool) {
    let found: Vec<_> = doc
        .places
        .iter()
        .filter(|p| doc.slice(p.span) == surface)
        .collect();
    let p = found.get(n).unwrap_or_else(|| {
        panic!(
            "{surface:?} #{n} not recognised in {:?}; places: {:?}",
            doc.text,
            doc.places
                .iter()
                .map(|p| doc.slice(p.span))
                .collect::<Vec<_>>()
        )
    });
    (p.place.geonameid, p.place.country.clone(), p.demonym)
}

fn place(doc: &Document, surface: &str) -> (u32, String, bool) {
    place_nth(doc, surface, 0)
}

/// The country of the (first) mention of each of `surfaces`.
fn countries(doc: &Document, surfaces: &[&str]) -> Vec<String> {
    surfaces.iter().map(|s| place(doc, s).1).collect()
}

fn not_a_place(doc: &Document, surface: &str) {
    assert!(
        doc.places.iter().all(|p| doc.slice(p.span) != surface),
        "{surface:?} wrongly taken as a place in {:?}",
        doc.text
    );
}

#[test]
fn tripoli_follows_the_country_context() {
    let d = run(
        "Militias clashed in Tripoli, the Libyan capital, as the government in Benghazi protested.",
    );
    assert_eq!(place(&d, "Tripoli").1, "LBY");
    let d = run("Lebanese troops deployed in Tripoli after clashes near Beirut.");
    assert_eq!(place(&d, "Tripoli").0, 266826, "Tripoli, Lebanon");
}

#[test]
fn georgia_the_country_or_the_state() {
    let d = run("Russian troops remain in Georgia, officials in Tbilisi said.");
    assert_eq!(place(&d, "Georgia").0, 614540, "Georgia the country");
    let d = run("Voters in Georgia lined up in Atlanta and Savannah.");
    assert_eq!(place(&d, "Georgia").0, 4197000, "Georgia the US state");
}

#[test]
fn jordan_the_country_not_the_person() {
    let d = run("King Abdullah said refugees keep arriving in Jordan from Syria.");
    assert_eq!(place(&d, "Jordan").0, 248816);
    let d = run("Michael Jordan gave a speech at the ceremony.");
    not_a_place(&d, "Jordan");
}

#[test]
fn washington_the_city_and_the_actor() {
    let d = run("Protesters marched in Washington on Saturday.");
    assert_eq!(place(&d, "Washington").0, 4140963);
    // When the actor coder took "Washington" as an actor (the government), the mention is
    // flagged and does not locate the event it is the source of.
    let mut doc = Document::new("Washington rejected the proposal.", Origin::default());
    factum_text::process(&mut doc);
    doc.actors.push(factum_doc::ActorMention {
        span: Span::new(0, 10),
        token_start: 0,
        token_end: 1,
        code: "USAGOV".into(),
        inferred: false,
        provenance: vec![],
    });
    stage().process(&mut doc);
    let washington = doc
        .places
        .iter()
        .find(|p| doc.slice(p.span) == "Washington")
        .unwrap();
    assert!(washington.actor);
    let mut rejected = event(&doc, "rejected", 0);
    rejected.source = Some(factum_doc::EventActor {
        code: "USAGOV".into(),
        text: "Washington".into(),
        span: Span::new(0, 10),
    });
    doc.events = vec![rejected];
    stage().link_events(&mut doc);
    // Nothing else in the sentence says where: no location rather than the actor's home.
    assert_eq!(doc.events[0].location, None);
}

/// A document with one actor mention over `actor_text` coded `code`, through the geo stage.
fn run_with_actor(text: &str, actor_text: &str, code: &str) -> Document {
    let mut doc = Document::new(text, Origin::default());
    factum_text::process(&mut doc);
    let start = doc.text.find(actor_text).unwrap();
    doc.actors.push(factum_doc::ActorMention {
        span: Span::new(start, start + actor_text.len()),
        token_start: 0,
        token_end: 0,
        code: code.into(),
        inferred: false,
        provenance: vec![],
    });
    stage().process(&mut doc);
    doc
}

#[test]
fn names_the_actor_coder_reads_otherwise_are_not_places() {
    // GeoNames lists "White House" as an English name of Casablanca; the actor says USAGOV.
    let d = run_with_actor(
        "The White House is poised to unveil the plan.",
        "White House",
        "USAGOV",
    );
    not_a_place(&d, "White House");
    // "UN" is the United Nations (IGOUNO), not the town of Un in India.
    let d = run_with_actor(
        "The UN General Assembly meets in New York.",
        "UN General Assembly",
        "IGOUNOLEG",
    );
    not_a_place(&d, "UN");
    assert_eq!(place(&d, "New York").1, "USA");
    // An actor that agrees with the place keeps it, flagged as an actor.
    let d = run_with_actor(
        "Lebanese officials met in Beirut.",
        "Lebanese officials",
        "LBNGOV",
    );
    assert_eq!(place(&d, "Lebanese").1, "LBN");
}

#[test]
fn paris_texas_and_paris_france() {
    let d = run("A tornado hit Paris, Texas, while leaders met in Paris.");
    assert_eq!(place_nth(&d, "Paris", 0).0, 4717560, "Paris, Texas");
    assert_eq!(place_nth(&d, "Paris", 1).0, 2988507, "Paris, France");
}

#[test]
fn adjectives_and_demonyms_name_countries() {
    let d = run("Lebanese officials met Israeli and Iranian envoys; two Syrians were hurt.");
    assert_eq!(place(&d, "Lebanese"), (272103, "LBN".into(), true));
    assert_eq!(
        countries(&d, &["Israeli", "Iranian", "Syrians"]),
        ["ISR", "IRN", "SYR"]
    );
    assert!(place(&d, "Syrians").2);
}

#[test]
fn regions_news_talks_about() {
    let d = run("Strikes hit northern Israel, the Gaza Strip and the West Bank, and tension spread across the Middle East.");
    assert_eq!(place(&d, "northern Israel"), (0, "ISR".into(), false));
    assert_eq!(countries(&d, &["Gaza Strip", "West Bank"]), ["PSE", "PSE"]);
    assert_eq!(place(&d, "Middle East").0, 0);
}

#[test]
fn common_words_are_not_places() {
    let d = run("Police said May was a hard month. Hope remains, said Mr Grant.");
    not_a_place(&d, "Police");
    not_a_place(&d, "May");
    not_a_place(&d, "Hope");
    not_a_place(&d, "Grant");
}

fn event(doc: &Document, verb: &str, sentence: u32) -> Event {
    let start = doc.text.find(verb).unwrap();
    factum_testkit::event(sentence, Span::new(start, start + verb.len()), "190")
}

/// ((place, method), (date, method)) of an event that has both.
fn where_and_when(event: &Event) -> ((&str, &str), (&str, &str)) {
    let loc = event.location.as_ref().unwrap();
    let date = event.date.as_ref().unwrap();
    (
        (&loc.place.name, loc.method.as_str()),
        (&date.date, date.method.as_str()),
    )
}

#[test]
fn events_get_a_place_and_a_date_with_the_method() {
    let mut doc = run("BEIRUT (AP) -- Israeli jets struck Tyre on Tuesday. Officials met to discuss the ceasefire. Talks will resume in Cairo next week.");
    let struck = event(&doc, "struck", 0);
    let met = event(&doc, "met", 1);
    let resume = event(&doc, "resume", 2);
    doc.events = vec![struck, met, resume];
    stage().link_events(&mut doc);

    assert_eq!(
        where_and_when(&doc.events[0]),
        (("Tyre", "argument"), ("2024-12-31", "expression"))
    );
    assert_eq!(
        doc.events[0].date.as_ref().unwrap().tense,
        factum_doc::Tense::Past
    );
    // No place in the sentence: the dateline; no date: the publication day.
    assert_eq!(
        where_and_when(&doc.events[1]),
        (("Beirut", "dateline"), ("2025-01-01", "published"))
    );

    let loc = doc.events[2].location.as_ref().unwrap();
    assert_eq!(loc.place.name, "Cairo");
    let date = doc.events[2].date.as_ref().unwrap();
    assert_eq!(
        (date.date.as_str(), date.tense),
        ("2025-01-06", factum_doc::Tense::Future)
    );
}

#[test]
fn events_without_support_in_their_sentence_have_no_location() {
    // The article is about Ukraine, but nothing says where the shells were fired: the
    // article's main country is no location (a wrong dot on a map is worse than none).
    let mut doc = run("Ukrainian forces advanced. Officials in Kyiv and Kharkiv welcomed it. Troops fired shells.");
    let fired = event(&doc, "fired", 2);
    doc.events = vec![fired];
    stage().link_events(&mut doc);
    assert_eq!(doc.events[0].location, None);
}

/// The (words of the mention or place name, method) of the location `link_events` gives
/// the event on `verb`.
fn located(text: &str, verb: &str, cameo: &str, target: Option<&str>) -> Option<(String, String)> {
    located_parsed(text, &[], verb, cameo, target)
}

/// [`located`] with a parse: (head, relation) per token, heads counted from 1 (0 for the
/// root) as in CoNLL-U.
fn located_parsed(
    text: &str,
    parse: &[(u32, &str)],
    verb: &str,
    cameo: &str,
    target: Option<&str>,
) -> Option<(String, String)> {
    let mut doc = run(text);
    if !parse.is_empty() {
        assert_eq!(parse.len(), doc.tokens.len());
        let arc = |&(head, deprel): &(u32, &str)| factum_doc::TokenSyntax {
            head: head.checked_sub(1),
            deprel: deprel.into(),
            ..Default::default()
        };
        doc.syntax = Some(parse.iter().map(arc).collect());
    }
    let mut ev = event(&doc, verb, 0);
    ev.cameo = cameo.into();
    ev.target = target.map(|t| {
        let at = doc.text.find(t).unwrap();
        factum_doc::EventActor {
            code: "XXX".into(),
            text: t.into(),
            span: Span::new(at, at + t.len()),
        }
    });
    doc.events = vec![ev];
    stage().link_events(&mut doc);
    let loc = doc.events[0].location.clone()?;
    let words = match loc.mention {
        Some(i) => doc.slice(doc.places[i as usize].span).to_string(),
        None => loc.place.name,
    };
    Some((words, loc.method.to_string()))
}

#[test]
fn the_locative_phrase_of_the_event_wins() {
    // "in the town of X": the place named after a place noun.
    assert_eq!(
        located(
            "The leader was killed in the town of Jenin near Nablus.",
            "killed",
            "190",
            None
        ),
        Some(("Jenin".into(), "argument".into()))
    );
    // A possessor or a name modifying another noun is not where it happened (by the parse:
    // without one, "in the Russia" reads as a place).
    let parse = [
        (2, "nsubj"),
        (0, "root"),
        (2, "iobj"),
        (5, "mark"),
        (2, "xcomp"),
        (7, "det"),
        (5, "obj"),
        (13, "case"),
        (13, "det"),
        (12, "compound"),
        (10, "punct"),
        (13, "compound"),
        (7, "nmod"),
        (2, "punct"),
    ];
    assert_eq!(
        located_parsed(
            "Diplomats urged Moscow to accept a ceasefire in the Russia-Ukraine war.",
            &parse,
            "urged",
            "025",
            None
        ),
        None
    );
    // A visit's destination, as its target.
    assert_eq!(
        located(
            "Modi will visit Mauritius next week.",
            "visit",
            "042",
            Some("Mauritius")
        ),
        Some(("Mauritius".into(), "argument".into()))
    );
}

#[test]
fn home_is_only_for_internal_acts_in_a_named_country() {
    let text = "Police arrested 12 opposition supporters, Kenya's interior ministry said.";
    let mut doc = run(text);
    let mut ev = event(&doc, "arrested", 0);
    ev.cameo = "173".into();
    let actor = |code: &str, words: &str| {
        let at = text.find(words).unwrap();
        factum_doc::EventActor {
            code: code.into(),
            text: words.into(),
            span: Span::new(at, at + words.len()),
        }
    };
    ev.source = Some(actor("KENCOP", "Police"));
    ev.target = Some(actor("KENOPP", "opposition supporters"));
    let mut attack = ev.clone();
    attack.cameo = "190".into();
    doc.events = vec![ev, attack];
    stage().link_events(&mut doc);
    let loc = doc.events[0].location.as_ref().unwrap();
    assert_eq!(
        (loc.place.country.as_str(), loc.method.as_str()),
        ("KEN", "home")
    );
    // An attack between two actors of one country may be anywhere: no location.
    assert_eq!(doc.events[1].location, None);
}

#[test]
fn linking_without_events_changes_nothing() {
    let mut doc = run("Clashes in Tripoli, Libya.");
    let before = doc.clone();
    stage().link_events(&mut doc);
    assert_eq!(doc, before);
}
