//! Reviewing coded events against the rules of CAMEO and of news English, after the verb
//! patterns have fired.
//!
//! The verb dictionary says which CAMEO code a verb phrase carries; it does not say whether
//! the phrase, in this story, is an event an analyst would want in a dataset. These rules
//! decide that, each for a reason stated in the CAMEO codebook or in `docs/annotation.md`:
//!
//! 1. **Statements are attribution, not events** (CAMEO 01x "make public statement"). In
//!    news, nearly every sentence is somebody saying something; the saying is the source of
//!    the report (the attribution stage records it), and PLOVER has no statement category.
//!    A statement that is itself a political act has its own code (criticise `111`, appeal
//!    `02x`, demand `10x` …) and is kept. So is meeting the press a statement, not a
//!    consultation (CAMEO 04): "met reporters", "a press conference with journalists".
//! 2. **An actor of unknown country takes the story's country** when the story has one:
//!    "the army", "security forces", "the ministry" with no nationality are, in news
//!    English, the forces and ministry of the country the story is about: the country most
//!    of its actor mentions carry (on a tie, the one mentioned first).
//! 3. **Self-dyads only where CAMEO means them**: an event between parts of one country is
//!    an internal act ("police arrested opposition leaders": `COP` → `OPP`), so both sides
//!    must name different sectors of it; "France" acting on "the French government" is one
//!    actor counted twice, but "Croatia" investigating "Croatian extremists" is the state
//!    acting on its own society.
//! 4. **One event per trigger and dyad**: a verb phrase that matched two patterns, or an
//!    actor reached twice, gives one event for each source–target pair.
//! 5. **Generic nouns are not actors**: "people", "the media", "workers", "the industry",
//!    someone's "counterparts" with no country name nobody an analyst could count; events they take part in are
//!    dropped (except groups of people as the target: attacks on civilians, arrests of
//!    journalists are events).
//! 6. **Violence by non-state armed actors against civilians is CAMEO 18**
//!    (unconventional violence), not 19 (conventional military force), and **violence by
//!    civilians or protesters is rioting** (145), **force by a state's security forces on
//!    unarmed people it controls is violent repression** (175); **a state's protest
//!    to another state is an official complaint** (114), not a demonstration (14); **a ban
//!    on an international organisation or its envoys refuses international involvement**
//!    (1245), not an administrative sanction on a country's own people (172).
//! 7. **Background history is not news**: a sentence set "in 2019" in a 2025 story.
//! 8. **One actor named twice is one actor, one act told twice is one event**: a
//!    nationality and a name of the same actor ("North Korean leader Kim Jong Un") give one
//!    event, with the fuller code; so do two words of one sentence that code the same act
//!    for the same dyad ("arrived for talks"); so do a protest told without and with whom
//!    it is against ("marched in Belgrade to protest against the government").
//! 9. **Denying what another actor says is a rejection** (CAMEO 120): CAMEO 2.0 files
//!    "rejected the allegation", "dismissed the accusations" under 016 "deny
//!    responsibility", a statement (rule 1); `docs/annotation.md` codes rejecting and
//!    denying another actor's claim as `12x`, with that actor as the target.
//! 10. **The more specific code of one act**: where a sentence gives one dyad both a
//!     root's "not specified" code (`030`, `130`) and a more specific code of the same root
//!     (`0356`, `138`), the two are one act told by a governing verb and its complement
//!     ("agreed to withdraw", "threatened to attack"); `docs/annotation.md` codes the more
//!     specific one only.

use factum_codes::actor::{ActorCode, UNKNOWN_COUNTRY};
use factum_doc::tree::{universal, DepTree};
use factum_doc::{Document, Event};

use factum_actors::{country_of, story_country, with_country};

use crate::cameo::{is_force, CameoTables};

/// Apply the rules of the module docs to `events`, coded from `doc`; the events dropped go
/// to `dropped` with the rule that dropped them, when asked.
pub fn review(
    doc: &Document,
    events: &mut Vec<Event>,
    tables: &CameoTables,
    mut dropped: Option<&mut Vec<(Event, &'static str)>>,
) {
    let mut drop_where =
        |events: &mut Vec<Event>, rule: &'static str, test: &dyn Fn(&Event) -> bool| {
            events.retain(|e| {
                let drop = test(e);
                if drop {
                    if let Some(d) = dropped.as_deref_mut() {
                        d.push((e.clone(), rule));
                    }
                }
                !drop
            });
        };
    for e in events.iter_mut() {
        if e.cameo == DENY_RESPONSIBILITY {
            recode(e, REJECT, tables);
        }
    }
    drop_where(
        events,
        "a statement is attribution, not an event (CAMEO 01x)",
        &|e| is_statement(&e.cameo),
    );
    drop_where(
        events,
        "meeting the press is making a statement, attribution (CAMEO 01x)",
        &meets_the_press,
    );
    drop_where(events, "a generic noun is no actor", &has_generic_actor);
    let years = earlier_years(doc);
    drop_where(
        events,
        "background: the sentence is set in an earlier year",
        &|e| set_in_earlier_year(doc, e, &years),
    );
    weapons_of_the_attacker(events);
    // A target of no country acted on by a source of a known one takes the story's country
    // below: a guess, which in a story of one country is the source's own.
    let guessed_target: Vec<bool> = events
        .iter()
        .map(|e| {
            let unknown = |side: &Option<factum_doc::EventActor>| {
                side.as_ref()
                    .is_some_and(|a| a.code.starts_with(UNKNOWN_COUNTRY))
            };
            unknown(&e.target) && !unknown(&e.source)
        })
        .collect();
    for e in events.iter_mut() {
        sources_of_the_sentence_country(doc, e);
        held_in_the_holders_land(e);
        roles_of_the_opening_land(doc, e);
    }
    if let Some(country) = story_country(doc) {
        for e in events.iter_mut() {
            for side in [&mut e.source, &mut e.target].into_iter().flatten() {
                let Some(code) = with_country(&side.code, &country) else {
                    continue;
                };
                let before = doc.text[..side.span.start as usize]
                    .split_whitespace()
                    .next_back();
                if !from_abroad(before.into_iter().chain([side.text.as_str()])) {
                    side.code = code;
                }
            }
        }
    }
    for (e, &guessed) in events.iter_mut().zip(&guessed_target) {
        unconventional_violence(e, tables);
        violent_repression(doc, e, tables, guessed);
        official_protest(doc, e, tables);
        legal_charge(doc, e, tables);
        international_involvement_refused(e, tables);
    }
    for e in events.iter_mut() {
        population_of_own_land(e);
        acted_alone_in_its_own_land(e);
    }
    drop_where(events, "one actor on both sides (self-dyad)", &|e| {
        is_false_self_dyad(doc, e)
    });
    drop_where(
        events,
        "an order to the state's own forces is an internal directive, no event",
        &|e| internal_directive(doc, e),
    );
    let all = events.clone();
    drop_where(
        events,
        "a nationality or name standing beside a fuller code of the same actor",
        &|e| subsumed(e, &all),
    );
    let all = events.clone();
    drop_where(
        events,
        "the same protest is told with whom it is against",
        &|e| protest_told_with_target(e, &all),
    );
    let all = events.clone();
    drop_where(
        events,
        "a more specific code of the same root for this dyad in this sentence",
        &|e| less_specific(e, &all),
    );
    drop_where(
        events,
        "one act told twice in one sentence",
        &repeats(|e| (e.sentence, e.cameo.clone(), people_as_civilians(dyad(e)))),
    );
    drop_where(
        events,
        "a second code for one trigger and dyad",
        &repeats(|e| (e.sentence, e.verb_span, dyad(e))),
    );
}

/// Give the sides of no country (`---GOV`, `---COP`) the country a sentence opens with:
/// "*In neighboring Burkina Faso*, the military government said it had foiled a coup
/// plot", "*In Kenya's capital*, police fired tear gas". News English moves the story to
/// another land with an opening place phrase, and the bare roles after it are that land's
/// (the story's main country, the fallback below, is the one it moved from).
fn roles_of_the_opening_land(doc: &Document, e: &mut Event) {
    let Some(country) = opening_land(doc, e.sentence as usize) else {
        return;
    };
    for side in [&mut e.source, &mut e.target].into_iter().flatten() {
        if let Some(code) = with_country(&side.code, &country) {
            side.code = code;
        }
    }
}

/// The country of the place phrase sentence `si` opens with
/// ([`Document::opening_place_phrase`]): the last place the gazetteer resolved there, not a
/// nationality word.
fn opening_land(doc: &Document, si: usize) -> Option<String> {
    let phrase = doc.opening_place_phrase(si)?;
    let from = doc.tokens[phrase.start].span.start;
    let to = doc.tokens[phrase.end - 1].span.end;
    // (`doc.places` is in text order: only the places between the two are read.)
    let lo = doc.places.partition_point(|p| p.span.start < from);
    let hi = doc.places.partition_point(|p| p.span.start < to);
    doc.places[lo..hi.max(lo)]
        .iter()
        .filter(|p| !p.demonym && p.span.end <= to)
        .map(|p| p.place.country.clone())
        .rfind(|c| c.len() == 3)
}

/// A state arrests and frees people in its own land (its jurisdiction): the people of no
/// country an arrest or a release (CAMEO 173, 0841) acts on take the source's country
/// ("Cuba freed 553 *prisoners*" is Cuba's prisoners, whatever country the story names
/// most).
fn held_in_the_holders_land(e: &mut Event) {
    let (Some(s), Some(t)) = (&e.source, &mut e.target) else {
        return;
    };
    // (A state only: hostages an armed group frees are not its own people.)
    let holding = matches!(e.cameo.as_str(), "173" | "0841") && names_the_state(&s.code);
    if let (true, Some(country)) = (holding, country_of(&s.code)) {
        if let Some(code) = with_country(&t.code, country) {
            t.code = code;
        }
    }
}

/// Give a source of no country (`---MIL`, "air defenses") the country of whoever reports
/// its act in the same sentence (the subject of a verb of saying: a country, a body or
/// officials, not one person), when the speakers there have one country and it is not the
/// target's: "Russia's defense ministry said air
/// defenses shot down 25 Ukrainian drones" is Russia's military, whatever the story's
/// country. A speaker names its own side's forces by their role alone.
fn sources_of_the_sentence_country(doc: &Document, e: &mut Event) {
    let (Some(source), Some(syntax)) = (e.source.as_mut(), doc.syntax.as_deref()) else {
        return;
    };
    if !source.code.starts_with(UNKNOWN_COUNTRY) {
        return;
    }
    let sides = [Some(source.span), e.target.as_ref().map(|t| t.span)];
    let overlaps = |m: &factum_doc::ActorMention| {
        sides
            .iter()
            .flatten()
            .any(|s| m.span.start < s.end && s.start < m.span.end)
    };
    // The speaker: a mention holding the subject of a verb of saying. A verb has one
    // subject; where the parse gives it two ("Prosecutors have charged two Ukrainians and
    // *a Belarusian* …, spokesman Przemyslaw Nowak said"), the one nearer the verb is its
    // subject and the other a misplaced piece of the clause reported.
    let subject_of = |k: usize, h: usize| {
        let (lo, hi) = if k < h { (k + 1, h) } else { (h + 1, k) };
        syntax[k].deprel.starts_with("nsubj")
            && !(lo..hi)
                .any(|j| syntax[j].deprel.starts_with("nsubj") && syntax[j].head == Some(h as u32))
    };
    let speaks = |m: &factum_doc::ActorMention| {
        (m.token_start as usize..m.token_end as usize).any(|k| {
            syntax[k].head.is_some_and(|h| {
                factum_doc::words::REPORTING_LEMMAS
                    .contains(&syntax[h as usize].lemma.to_lowercase().as_str())
                    && subject_of(k, h as usize)
            })
        })
    };
    // For a side: a country, a body ("the defense ministry", "the military") or officials;
    // not one person, who may speak of anyone ("said Mohamed Qoone, a resident").
    let for_a_side = |m: &factum_doc::ActorMention| {
        let last = m.token_end as usize - 1;
        let word = doc.slice(doc.tokens[last].span).to_lowercase();
        m.code.len() == 3 || syntax[last].xpos == "NNS" || factum_actors::names::names_a_body(&word)
    };
    let mut countries = doc
        .actors
        .iter()
        .filter(|m| doc.sentence_of_token(m.token_start) == Some(e.sentence as usize))
        .filter(|m| !overlaps(m) && speaks(m) && for_a_side(m))
        .filter(|m| !factum_actors::is_gazetteer_town(m))
        .filter_map(|m| country_of(&m.code));
    let Some(first) = countries.next() else {
        return;
    };
    let target_country = e.target.as_ref().and_then(|t| country_of(&t.code));
    if target_country != Some(first) && countries.all(|c| c == first) {
        if let Some(code) = with_country(&source.code, first) {
            source.code = code;
        }
    }
}

/// Whether an actor's text (with the word before it) says it is from abroad: "foreign
/// troops", "foreign journalists" are of other countries than the story's, and so are
/// someone's "counterparts" (the same office on the other side), so the story's country
/// does not complete them. A country's own offices of foreign affairs ("the
/// foreign ministry", "the foreign secretary") are its own.
fn from_abroad<'a>(text: impl Iterator<Item = &'a str>) -> bool {
    let words: Vec<String> = text
        .flat_map(|t| t.split(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    words.iter().enumerate().any(|(i, w)| {
        let office = words.get(i + 1).is_some_and(|n| {
            [
                "minist",
                "secretar",
                "office",
                "affairs",
                "policy",
                "service",
                "relations",
            ]
            .iter()
            .any(|o| n.starts_with(o))
        });
        let other_side = w.starts_with("counterpart");
        ((w == "foreign" || w == "overseas") && !office) || other_side
    })
}

/// A dyad with people of a country (`PPL`, "40 people") read as its civilians (`CVL`, "a
/// village"): "bombed a village, killing 40 people" tells one act against one population.
fn people_as_civilians(
    (source, target): (Option<String>, Option<String>),
) -> (Option<String>, Option<String>) {
    let civilians = |c: Option<String>| {
        c.map(|c| match c.strip_suffix(PEOPLE) {
            Some(country) => format!("{country}{}", people_as_civilian_sector(PEOPLE)),
            None => c,
        })
    };
    (civilians(source), civilians(target))
}

/// The sector of people in general ("40 people").
const PEOPLE: &str = "PPL";

/// Sector `sector`, people (`PPL`) read as civilians (`CVL`): the one population an act of
/// force is told against, whether the story says "the village" or "40 people" (also how
/// an agentless passive finds the earlier act on them, `coder::nominals`).
pub(crate) fn people_as_civilian_sector(sector: &str) -> &str {
    if sector == PEOPLE {
        "CVL"
    } else {
        sector
    }
}

/// The source and target codes of an event.
fn dyad(e: &Event) -> (Option<String>, Option<String>) {
    let code = |a: &Option<factum_doc::EventActor>| a.as_ref().map(|a| a.code.clone());
    (code(&e.source), code(&e.target))
}

/// A test that is true for every event after the first with the same `key`: the first
/// telling stays, the rest repeat it.
fn repeats<K: std::hash::Hash + Eq>(key: impl Fn(&Event) -> K) -> impl Fn(&Event) -> bool {
    let seen = std::cell::RefCell::new(std::collections::HashSet::new());
    move |e| !seen.borrow_mut().insert(key(e))
}

/// Sectors of generic nouns that, with no country or name, are nobody in particular
/// ("people", "the media", "the industry", "workers"): as the source of an event they are
/// the generic subjects `docs/annotation.md` leaves uncoded. As a target, people,
/// journalists, students and workers can be acted on as a group (arrested, attacked); an
/// unnamed "industry", "environment" or "farming" cannot (rule 5).
const GENERIC_SOURCES: &[&str] = &[
    "PPL", "CVL", "MED", "LAB", "BUS", "EDU", "HLH", "ENV", "AGR",
];
const GENERIC_TARGETS: &[&str] = &["BUS", "ENV", "AGR"];

fn has_generic_actor(e: &Event) -> bool {
    let generic = |side: &Option<factum_doc::EventActor>, sectors: &[&str]| {
        side.as_ref()
            .and_then(|a| a.code.strip_prefix("---"))
            .is_some_and(|sector| sectors.iter().any(|g| sector.starts_with(g)))
    };
    // "met his counterparts", "urged security counterparts": the same office on the other
    // side, of no country the sentence names, is nobody an analyst could count.
    let counterparts = |side: &Option<factum_doc::EventActor>| {
        side.as_ref().is_some_and(|a| {
            a.code.starts_with("---") && a.text.to_lowercase().contains("counterpart")
        })
    };
    // "local elders and government officials were meeting": a party to a meeting or
    // negotiation (CAMEO 040, 046, coded both ways) does no act of its own; as the one side
    // may be a group of people, so may the other.
    let mutual = matches!(e.cameo.as_str(), "040" | "046");
    let party_to_meeting = mutual && !generic(&e.source, GENERIC_TARGETS);
    (generic(&e.source, GENERIC_SOURCES) && !party_to_meeting)
        || generic(&e.target, GENERIC_TARGETS)
        || counterparts(&e.source)
        || counterparts(&e.target)
}

/// Rule 6: CAMEO 19 is conventional military force; violence by non-state armed actors
/// (rebels, militants, gunmen, criminal gangs) against civilians is CAMEO 18, unconventional
/// violence. The verb dictionary codes "attacked", "killed" as 19x whoever does it, and a
/// weapon that killed as a bombing (183) whoever fired it.
fn unconventional_violence(e: &mut Event, tables: &CameoTables) {
    let (Some(s), Some(t)) = (&e.source, &e.target) else {
        return;
    };
    let non_state = ["REB", "UAF", "CRM", "IMG", "INS"]
        .iter()
        .any(|k| sector_has(&s.code, k));
    let civilians = ["CVL", "PPL", "REF", "EDU", "MED", "REL"]
        .iter()
        .any(|k| sector_has(&t.code, k));
    // Officials bear no arms either: gunmen who shoot a mayor or a judge use violence
    // against a person, not conventional force against a state's forces.
    let officials = ["GOV", "LEG", "JUD", "ELI"]
        .iter()
        .any(|k| sector_has(&t.code, k))
        && !["MIL", "COP", "SPY"].iter().any(|k| sector_has(&t.code, k));
    // The converse: a bombing (183x, "conduct suicide, car, or other non-military
    // bombing") by a state or its forces is conventional force, as CAMEO 2.0's "- &WEAPON *
    // [183]" codes "a Russian missile strike … killed" whoever fired it.
    let state =
        country_of(&s.code).is_some() && sole_sector(&s.code, &["", "GOV", "MIL", "COP", "SPY"]);
    // Civilians and protesters who use force riot (CAMEO 145, "protest violently, riot":
    // "protesters *set fire to* the parliament building"); they are no armed force.
    let crowd = sole_sector(&s.code, &["CVL", "PPL", "OPP"]);
    if crowd && matches!(e.cameo.get(..2), Some("18" | "19")) {
        recode(e, "145", tables);
    } else if non_state
        && (civilians || officials)
        && matches!(e.cameo.as_str(), "190" | "193" | "194")
    {
        recode(e, "180", tables);
    } else if state && e.cameo.starts_with("183") {
        recode(e, "190", tables);
    }
}

/// Sectors of people who bear no arms: civilians, protesters and the opposition, the
/// press, students, clergy, workers, farmers, refugees, activists.
const UNARMED_SECTORS: &[&str] = &[
    "CVL", "PPL", "OPP", "MED", "EDU", "REL", "LAB", "AGR", "REF", "HRI", "NGO",
];

/// Rule 6: a state's security forces using force on unarmed people under their control
/// use violent repression (CAMEO 175; PLOVER's repression context: "the use of force by
/// security forces to control individuals or groups … typically unarmed", rebels
/// excluded). The police do so wherever they act ("Israeli police injured dozens of
/// Palestinians in Jerusalem"); an army, intelligence service or government only against
/// people of its own country ("Myanmar security forces killed eight protesters"): against
/// another country's people it wages war. People killed in a gunbattle or in fighting
/// fought back, and a gathering place stormed is stormed for whoever holds it; people
/// whose country only the story's main country gives ("civilians attacked by Russian
/// troops") are not known to be the army's own. Only the general codes of assault,
/// beating and shooting (180, 182x, 190, 193) are recoded; a bombing, shelling or mass
/// killing keeps its own code.
fn violent_repression(doc: &Document, e: &mut Event, tables: &CameoTables, guessed: bool) {
    let assault = matches!(
        e.cameo.as_str(),
        "180" | "182" | "1821" | "1822" | "1823" | "190" | "193"
    );
    let (Some(s), Some(t)) = (&e.source, &e.target) else {
        return;
    };
    let (Some(own), Some(theirs)) = (country_of(&s.code), country_of(&t.code)) else {
        return;
    };
    let police = sole_sector(&s.code, &["COP"]);
    let forces = sole_sector(&s.code, &["MIL", "SPY", "GOV"]);
    if !assault || !(police || (forces && own == theirs && !guessed)) {
        return;
    }
    // A place where people gather ("security forces stormed the hotel") is coded as the
    // people in it, but forces storm it for whoever holds it.
    let place = t
        .text
        .split_whitespace()
        .any(|w| crate::nominal::GATHERING_PLACES.contains(&w.to_lowercase().as_str()));
    let unarmed = (sole_sector(&t.code, UNARMED_SECTORS) && !place)
        || (t.code.len() == 3 && names_people(doc, t.span));
    if unarmed && !in_an_armed_fight(doc, e.sentence) {
        recode(e, VIOLENT_REPRESSION, tables);
    }
}

/// Whether sentence `si` of `doc` names an exchange of fire ("killed *in a gunbattle*",
/// [`crate::nominal::ARMED_FIGHT_NOUNS`], by lemma): those hit in one fought back.
fn in_an_armed_fight(doc: &Document, si: u32) -> bool {
    let (Some(syntax), Some(sent)) = (doc.syntax.as_deref(), doc.sentences.get(si as usize)) else {
        return false;
    };
    syntax[sent.token_start as usize..sent.token_end as usize]
        .iter()
        .any(|w| crate::nominal::ARMED_FIGHT_NOUNS.contains(&w.lemma.to_lowercase().as_str()))
}

/// Whether actor code `code` is a country's code followed by exactly one of `sectors` (""
/// for the bare country): `SOMCOP` has the sole sector `COP`, `SOMCOPGOV` does not.
fn sole_sector(code: &str, sectors: &[&str]) -> bool {
    sectors
        .iter()
        .any(|k| code.len() == 3 + k.len() && code.ends_with(k))
}

/// CAMEO 175 "use tactics of violent repression".
const VIOLENT_REPRESSION: &str = "175";

/// Rule 6: a state protesting to another state complains officially (CAMEO 114): "Japan
/// protested to China over the incursion". Demonstrations (CAMEO 14) are staged by people;
/// a government's protest is a diplomatic note. The people of a country named by a plural
/// ("Serbians protested") still demonstrate.
fn official_protest(doc: &Document, e: &mut Event, tables: &CameoTables) {
    let (Some(s), Some(t)) = (&e.source, &e.target) else {
        return;
    };
    let foreign = country_of(&t.code).is_some_and(|c| Some(c) != country_of(&s.code));
    if e.cameo == "140" && names_the_state(&s.code) && foreign && !names_people(doc, s.span) {
        recode(e, "114", tables);
    }
}

/// Rule 6: prosecutors, police or a court charging someone ("prosecutors *charged* three
/// Belarusian men with plotting an arson attack", "was *indicted* on fraud charges") take
/// legal action, CAMEO 173 "arrest, detain, or charge with legal action", not the
/// accusation (112) a government or a rival makes with the same verb.
fn legal_charge(doc: &Document, e: &mut Event, tables: &CameoTables) {
    let Some(s) = &e.source else {
        return;
    };
    let legal = matches!(ActorCode::new(&s.code).sector(), Some("JUD" | "COP"));
    if !legal || !e.cameo.starts_with("112") {
        return;
    }
    let charged = doc
        .syntax
        .as_deref()
        .zip(doc.token_at(e.verb_span.start))
        .and_then(|(syntax, token)| syntax.get(token))
        .is_some_and(|w| matches!(w.lemma.to_lowercase().as_str(), "charge" | "indict"));
    if charged {
        recode(e, "173", tables);
    }
}

/// Rule 6: barring an international organisation or its envoy ("the Taliban had
/// prohibited *the U.N. rapporteur* from entering the country") is CAMEO 1245, "refuse to
/// allow international involvement", not 172, the administrative sanctions a state
/// imposes on its own people and parties.
fn international_involvement_refused(e: &mut Event, tables: &CameoTables) {
    let on_an_igo = e.target.as_ref().is_some_and(|t| t.code.starts_with("IGO"));
    if e.cameo == "172" && on_an_igo {
        recode(e, "1245", tables);
    }
}

/// CAMEO 016 "deny responsibility": the pattern lines that give it ("rejected the
/// allegation", "dismissed the accusations", "denied responsibility") deny what another
/// actor says.
const DENY_RESPONSIBILITY: &str = "016";

/// CAMEO 120 "reject, not specified below".
const REJECT: &str = "120";

/// Give `e` the CAMEO code `code` with everything that follows from it (root, Goldstein
/// score, quad class, PLOVER type and mode).
fn recode(e: &mut Event, code: &str, tables: &CameoTables) {
    e.cameo = code.to_string();
    e.cameo_root = code[..2].to_string();
    e.goldstein = tables.goldstein(code).unwrap_or(e.goldstein);
    e.quad_class = crate::cameo::quad_class(code);
    if let Some(p) = tables.plover(code) {
        e.plover_type = Some(p.event_type.clone());
        e.plover_mode = p.mode.clone();
    }
}

/// How many sentences back a story's later sentence refers to what it told: a definite
/// event noun retells, a reaction answers, and weapons of no country belong to, an act of
/// the three sentences before (the coder's and this review's one window).
pub(crate) const TOLD_BEFORE: u32 = 3;

/// Whether something told in sentence `earlier` is within reach of sentence `later`
/// ([`TOLD_BEFORE`]).
pub(crate) fn told_just_before(earlier: u32, later: u32) -> bool {
    earlier < later && later - earlier <= TOLD_BEFORE
}

/// Weapons of no named country that force is used on ("Ukraine's air force said it shot
/// down 48 of the 60 *drones*") are those of the attacker the story told of in the three
/// sentences before: the source of the latest act of force (CAMEO 18–20) by another
/// country than the event's own source ("Russia launched a massive drone and missile
/// attack on Ukraine"). Weapons stand for the military that fires them
/// ([`factum_doc::words::WEAPON_NOUNS`]); the story's main country, the fallback for a
/// role of no country, is here most often the defender's own.
fn weapons_of_the_attacker(events: &mut [Event]) {
    for i in 0..events.len() {
        let e = &events[i];
        let Some(own) = e.source.as_ref().and_then(|s| country_of(&s.code)) else {
            continue;
        };
        let weapon = e.target.as_ref().is_some_and(|t| {
            t.code.starts_with(UNKNOWN_COUNTRY)
                && t.text
                    .split_whitespace()
                    .next_back()
                    .is_some_and(is_weapon_word)
        });
        if !weapon || !is_force(&e.cameo) {
            continue;
        }
        let attacker = events[..i]
            .iter()
            .rev()
            .filter(|b| told_just_before(b.sentence, e.sentence))
            .filter(|b| is_force(&b.cameo))
            .filter_map(|b| b.source.as_ref().and_then(|s| country_of(&s.code)))
            .find(|c| *c != own)
            .map(str::to_string);
        if let Some(country) = attacker {
            let target = events[i].target.as_mut().expect("a weapon target");
            target.code = format!("{country}{}", &target.code[UNKNOWN_COUNTRY.len()..]);
        }
    }
}

/// Whether `word` is a weapon noun, singular or plural ("drones", "missile").
fn is_weapon_word(word: &str) -> bool {
    factum_doc::words::noun_in(word, factum_doc::words::WEAPON_NOUNS)
}

/// Whether actor code `code` has the three-letter sector or group code `sector` at a
/// three-letter boundary after its country (`SOMREB`, `IMGMUSALQ`).
fn sector_has(code: &str, sector: &str) -> bool {
    code.as_bytes().chunks(3).any(|c| c == sector.as_bytes())
}

/// Rule 7: sentences set in an earlier year than the story ("In 2019, China signed a free
/// trade agreement with Mauritius") tell background history, which `docs/annotation.md`
/// leaves uncoded: the event is not news of this story, and a dataset dated by the story
/// would misdate it. A year after "in" (or opening the sentence) before the year of
/// publication marks them, and so does a decade over by then ("in the 1990s"); undated
/// stories have no background by this rule. Returns each
/// such year as (sentence, token, whether it opens the sentence).
fn earlier_years(doc: &Document) -> Vec<(u32, usize, bool)> {
    use chrono::Datelike;
    let Some(year) = doc.published.map(|p| p.year()) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for (si, sent) in doc.sentences.iter().enumerate() {
        let range = sent.token_range();
        let toks = &doc.tokens[range.clone()];
        for (i, t) in toks.iter().enumerate() {
            let n = t.norm.as_str();
            let is_year = n.len() == 4
                && n.chars().all(|c| c.is_ascii_digit())
                && n.parse::<i32>().is_ok_and(|y| (1900..year).contains(&y));
            // "in *the 1990s*": a decade over before the year of publication.
            let is_decade = n.len() == 5
                && n.ends_with('s')
                && n[..4].chars().all(|c| c.is_ascii_digit())
                && n[..4]
                    .parse::<i32>()
                    .is_ok_and(|d| d % 10 == 0 && d >= 1900 && d + 9 < year);
            let word = |k: usize| toks[k].norm.as_str();
            let after_in = i >= 1 && word(i - 1).eq_ignore_ascii_case("in");
            let after_in_the = i >= 2
                && word(i - 1).eq_ignore_ascii_case("the")
                && word(i - 2).eq_ignore_ascii_case("in");
            let opening = i == 0 || (i == 1 && after_in) || (i == 2 && is_decade && after_in_the);
            if (is_year && (i == 0 || after_in)) || (is_decade && (i == 0 || after_in_the)) {
                out.push((si as u32, range.start + i, opening));
            }
        }
    }
    out
}

/// Whether event `e` is set in one of the earlier `years` ([`earlier_years`]): one opening
/// its sentence sets the whole sentence; any other sets the clause it stands in, so a year
/// inside a clause that modifies something of the event's own clause ("offered to hand
/// over two nationals suspected of blowing up a plane *in 1988*": a participle clause;
/// "the deal, which was signed in 2015": a relative one) dates that clause only.
fn set_in_earlier_year(doc: &Document, e: &Event, years: &[(u32, usize, bool)]) -> bool {
    let mine: Vec<&(u32, usize, bool)> = years.iter().filter(|y| y.0 == e.sentence).collect();
    // Most sentences name no earlier year: no tree is built for their events.
    if mine.is_empty() {
        return false;
    }
    let (Some(syntax), Some(sent)) = (
        doc.syntax.as_deref(),
        doc.sentences.get(e.sentence as usize),
    ) else {
        return true;
    };
    let tree = DepTree::new(syntax, sent.token_range());
    let trigger = doc
        .tokens
        .partition_point(|t| t.span.end <= e.verb_span.start);
    let modifier_clause = |r: &str| matches!(universal(r), "acl" | "advcl");
    let any_clause = |r: &str| {
        matches!(
            universal(r),
            "acl" | "advcl" | "ccomp" | "csubj" | "parataxis"
        )
    };
    let own = tree.clause_head(trigger, any_clause);
    // A clause inside a phrase of time or circumstance ("*In a protocol signed in 1985*,
    // Cairo agreed …") still sets the event's scene: only one on a participant or on the
    // event's verb itself dates something else. The *by* phrase of a passive names a
    // participant, its doer, not a circumstance ("nationals suspected *by the West* of
    // blowing up a plane in 1988").
    let on_participant = |r: &str| universal(r) != "obl" || r == "obl:agent";
    mine.into_iter().any(|&(_, t, opening)| {
        let clause = tree.clause_head(t, any_clause);
        let below = clause != own
            && modifier_clause(tree.deprel(clause))
            && tree.climbs_to(clause, own, on_participant);
        opening || !below
    })
}

/// CAMEO 01x: make a public statement (rule 1).
fn is_statement(cameo: &str) -> bool {
    cameo.starts_with("01")
}

/// Rule 1: a meeting, visit or talk with the media ("will meet with reporters", "held a
/// press conference with reporters", "Putin met journalists in the Kremlin") is how a
/// statement is made, not a consultation between political actors (CAMEO 04 consults
/// parties to a matter; the press reports it); declining to talk to reporters is declining
/// to make one, no rejection of anyone (CAMEO 12).
fn meets_the_press(e: &Event) -> bool {
    let media = |side: &Option<factum_doc::EventActor>| {
        side.as_ref().is_some_and(|a| sector_has(&a.code, "MED"))
    };
    // 036: an intention to meet ("will meet with reporters").
    let meets =
        (e.cameo.starts_with("04") || e.cameo == "036") && (media(&e.source) || media(&e.target));
    // "declined to talk to reporters": declining to comment rejects no one. The press as
    // a body is the media with no country or outlet named (the agents dictionary codes
    // "reporters", "journalists", "the press" so; a named outlet is someone's).
    let press = e.target.as_ref().is_some_and(|a| a.code == "---MED");
    meets || (e.cameo.starts_with("12") && press)
}

/// Rule 8: one act of a sentence coded twice for the same actor named twice ("North Korean
/// leader Kim Jong Un": `PRK` and `PRKGOV`; "U.N. Secretary-General Antonio Guterres":
/// `IGOUNOGOV` and `IGOUNO`), by one trigger or by two ("arrived in Mauritius for talks
/// with its prime minister": the verb and the noun both code the talks). The event with the
/// less specific code, whose code the other extends on one side and equals or extends on
/// the other, is the same event told less precisely (`docs/annotation.md` §1: two
/// predicates with the same dyad are two events only when they are two different CAMEO
/// actions).
fn subsumed(e: &Event, all: &[Event]) -> bool {
    let code = |a: &Option<factum_doc::EventActor>| a.as_ref().map(|a| a.code.clone());
    let covers = |fuller: &Option<String>, other: &Option<String>| match (fuller, other) {
        (Some(f), Some(o)) => f.starts_with(o.as_str()),
        (None, None) => true,
        _ => false,
    };
    let (es, et) = (code(&e.source), code(&e.target));
    all.iter().any(|o| {
        let (os, ot) = (code(&o.source), code(&o.target));
        o.sentence == e.sentence
            && o.cameo == e.cameo
            && (&os, &ot) != (&es, &et)
            && covers(&os, &es)
            && covers(&ot, &et)
    })
}

/// Rule 8: `e` is a protest (CAMEO 14) with no target, and its sentence gives the same
/// source a protest with one: the act that stages it and the infinitive that says what it
/// is against ("marched … to protest against the government") tell one protest.
fn protest_told_with_target(e: &Event, all: &[Event]) -> bool {
    fn source(x: &Event) -> Option<&str> {
        x.source.as_ref().map(|a| a.code.as_str())
    }
    e.target.is_none()
        && e.cameo_root == "14"
        && all.iter().any(|o| {
            o.sentence == e.sentence
                && o.cameo_root == "14"
                && o.target.is_some()
                && source(o) == source(e)
        })
}

/// Rule 10: `e` has its root's "not specified" code (three digits ending in 0) and another
/// event of its sentence has the same sides and a longer code of that root.
fn less_specific(e: &Event, all: &[Event]) -> bool {
    let unspecified = e.cameo.len() == 3 && e.cameo.ends_with('0');
    fn sides(x: &Event) -> (Option<&str>, Option<&str>) {
        (
            x.source.as_ref().map(|a| a.code.as_str()),
            x.target.as_ref().map(|a| a.code.as_str()),
        )
    }
    unspecified
        && all.iter().any(|o| {
            o.sentence == e.sentence
                && o.cameo != e.cameo
                && o.cameo.get(..2) == e.cameo.get(..2)
                && sides(o) == sides(e)
        })
}

/// Rule 3: both sides of one country, and not two different sectors of it. A side that
/// names only a place (a country, or a country's constituent part: `SCGSRB`, Serbia within
/// Serbia and Montenegro) and that contains the other side (`SCGSRBGOV`) is the other's own
/// country: "Serbia's president promised to democratize Serbia" is the government acting
/// on its own state, one actor on both sides, as `SRBGOV` on `SRB` is. But a state acting
/// on a part of its society that is not the state ("Croatia is investigating Croatian
/// extremists", `HRV` → `HRVRAD`; "Uganda arrested opposition leaders") is the internal
/// act CAMEO codes: the state is then the subject of the clause, the other side a
/// non-state sector, and the act one a state does to its society ([`INTERNAL_ROOTS`]).
fn is_false_self_dyad(doc: &Document, e: &Event) -> bool {
    let (Some(s), Some(t)) = (&e.source, &e.target) else {
        return false;
    };
    match (country_of(&s.code), country_of(&t.code)) {
        (Some(a), Some(b)) if a == b => {
            let (ss, ts) = (&s.code[3..], &t.code[3..]);
            let own_place =
                |place: &str, actor: &str| names_a_place(place) && actor.starts_with(place);
            ss == ts
                || (own_place(&s.code, &t.code)
                    && !acts_on_its_society(doc, e)
                    && !names_people(doc, s.span))
                || (own_place(&t.code, &s.code) && !armed_against_its_state(e))
        }
        _ => false,
    }
}

/// Whether event `e` is a government ordering its own forces or agencies to act (CAMEO's
/// demand, 10, read off *order*, *instruct*, *direct*, *command*, *task*): "Lee ordered the
/// military to maintain a firm readiness posture", "Tinubu ordered security agencies to
/// rescue the students". A state commanding its own organs is how it acts, no demand of
/// one party on another (CAMEO 10 is one actor's demand of another); the act ordered is
/// coded when it is done.
fn internal_directive(doc: &Document, e: &Event) -> bool {
    const COMMAND_VERBS: &[&str] = &["order", "instruct", "direct", "command", "task"];
    let (Some(s), Some(t)) = (&e.source, &e.target) else {
        return false;
    };
    let own_organ = ["MIL", "COP", "SPY"].iter().any(|o| sector_has(&t.code, o));
    let same_country = country_of(&s.code).is_some() && country_of(&s.code) == country_of(&t.code);
    e.cameo.starts_with("10")
        && same_country
        && sector_has(&s.code, "GOV")
        && own_organ
        && doc
            .lemma_at(e.verb_span.start)
            .is_some_and(|l| COMMAND_VERBS.iter().any(|c| l.eq_ignore_ascii_case(c)))
}

/// Whether event `e` is an armed group of a country using force or coercion (CAMEO 17–20)
/// against that country named as a place: "M23 rebels captured the eastern *Congolese*
/// city of Goma" is `CODREB` → `COD`, the insurgency against the state CAMEO codes, not
/// one actor on both sides (a country's people or state acting on itself would be).
fn armed_against_its_state(e: &Event) -> bool {
    let armed = e
        .source
        .as_ref()
        .is_some_and(|s| ActorCode::new(&s.code).is_armed_non_state());
    armed && matches!(e.cameo.get(..2), Some("17" | "18" | "19" | "20"))
}

/// CAMEO codes of restrictions a government imposes on its own people, eases, threatens or
/// intends to ease: political freedoms, parties, curfews, states of emergency and martial
/// law (172x, 081x, 132x, and 0351, the intention to ease them; 0352–0354 are other
/// concessions: easing dissent, releasing people, easing economic sanctions).
pub(crate) const POPULATION_RESTRICTIONS: &[&str] = &[
    "1721", "1722", "1723", "1724", "0811", "0812", "0813", "0814", "1321", "1322", "1323", "1324",
    "0351",
];

/// Rule 3: a restriction a state imposes on (or lifts from) a place of its own ("Sudan's
/// government lifted the state of emergency in West Darfur", "extended the curfew in
/// Abidjan") acts on the people there: the place's bare country code becomes the
/// country's civilians (`SDN` → `SDNCVL`), an internal act with two sectors, as CAMEO
/// codes it, not one actor counted twice.
fn population_of_own_land(e: &mut Event) {
    let (Some(s), Some(t)) = (&e.source, &mut e.target) else {
        return;
    };
    let same_country = country_of(&s.code).is_some_and(|c| c == t.code);
    if POPULATION_RESTRICTIONS.contains(&e.cameo.as_str()) && same_country {
        t.code.push_str("CVL");
    }
}

/// Whether event `e`, whose source is a state named as a place, is that state acting on a
/// non-state part of its own society: the state is the subject of its clause ("Croatia is
/// investigating"; a nationality or place elsewhere, "American workers", "chains in
/// Canada", acts on nobody), the act is one of [`INTERNAL_ROOTS`] and the target's sector,
/// after the state's own code, is none of [`STATE_SECTORS`].
fn acts_on_its_society(doc: &Document, e: &Event) -> bool {
    let (Some(s), Some(t)) = (&e.source, &e.target) else {
        return false;
    };
    let target_sector = t.code.get(s.code.len()..).unwrap_or("");
    // "Turkey detained the mayor of Istanbul": an office holder arrested, detained or
    // deported (CAMEO 173, 174) is coerced as a person, an internal act on its society.
    let coerced_official =
        (e.cameo.starts_with("173") || e.cameo.starts_with("174")) && target_sector == "GOV";
    is_subject(doc, s.span)
        && INTERNAL_ROOTS.contains(&e.cameo.get(..2).unwrap_or(""))
        && (coerced_official || !STATE_SECTORS.iter().any(|r| target_sector.starts_with(r)))
}

/// Whether the mention at `span` names the people of a country, not its state: a plural
/// noun that is the plural of a nationality as the actor dictionaries read it
/// ([`factum_actors::dict::is_nationality_plural`]: "Thousands of *Kenyans* protested
/// against the government"; a country's name is singular, "Massachusetts" no nationality).
/// Its code is the bare country (the dictionaries code "Palestinians" so), but the people
/// acting on their own state is no self-dyad.
pub(crate) fn names_people(doc: &Document, span: factum_doc::Span) -> bool {
    let Some(syntax) = doc.syntax.as_deref() else {
        return false;
    };
    let last = doc.tokens.partition_point(|t| t.span.start < span.end);
    last > 0
        && matches!(syntax[last - 1].xpos.as_str(), "NNPS" | "NNS")
        && factum_actors::dict::is_nationality_plural(doc.slice(doc.tokens[last - 1].span))
}

/// Whether a word of the text at `span` is a subject in the parse (no parse: no).
fn is_subject(doc: &Document, span: factum_doc::Span) -> bool {
    let Some(syntax) = doc.syntax.as_deref() else {
        return false;
    };
    let first = doc.tokens.partition_point(|t| t.span.end <= span.start);
    (first..doc.tokens.len())
        .take_while(|&k| doc.tokens[k].span.start < span.end)
        .any(|k| syntax[k].deprel.starts_with("nsubj"))
}

/// CAMEO roots of what a state does to its own society (meet, aid, yield, investigate,
/// coerce, use force: "Croatia is investigating Croatian extremists", "Uganda will meet
/// rebel leaders"), and the intention to do it (03: "Turkey will allow refugees to return"); a state's words about its own people (criticism, appeals) are mostly a
/// misread victim ("Kyiv condemned the attack on civilians"), so they stay self-dyads.
const INTERNAL_ROOTS: &[&str] = &["03", "04", "07", "08", "09", "17", "18", "19", "20"];

/// Sectors of the state itself: a country acting on one of these is the state counted
/// twice (rule 3).
pub(crate) const STATE_SECTORS: &[&str] = &["GOV", "MIL", "COP", "LEG", "JUD", "SPY"];

/// Whether actor code `code` names a state: a country alone or with one of its
/// [`STATE_SECTORS`] ("IRQ", "IRQGOV", "IRQMIL"; not "IRQOPP", "IRQCVL", "IGOUNO").
pub(crate) fn names_the_state(code: &str) -> bool {
    ActorCode::new(code)
        .sector()
        .is_none_or(|r| STATE_SECTORS.contains(&r))
}

/// Leave with no target an act its doer does alone — withdrawing (CAMEO 087), showing or
/// building up force (15), protesting with no one named (14) — whose target is a place of
/// the doer's own land: "their forces had completed their withdrawal *from the besieged
/// Bosnian town*" withdraws from no one (`docs/annotation.md` §3, single-actor events);
/// the self-dyad would drop the act itself.
fn acted_alone_in_its_own_land(e: &mut Event) {
    let alone =
        e.cameo.starts_with("087") || e.cameo.starts_with("15") || e.cameo.starts_with("14");
    let own_land = match (&e.source, &e.target) {
        (Some(s), Some(t)) => {
            names_a_place(&t.code) && country_of(&s.code).is_some_and(|c| t.code.starts_with(c))
        }
        _ => false,
    };
    if alone && own_land {
        e.target = None;
    }
}

/// Whether an actor code names only a place: a country, then any number of parts that
/// are themselves read as countries or regions (`SCGSRB`, `PSEGZA`), no role or sector
/// (`GOV`, `MIL`, `CVL` are read as no country).
fn names_a_place(code: &str) -> bool {
    code.len().is_multiple_of(3)
        && (0..code.len())
            .step_by(3)
            .all(|i| code.get(i..i + 3).and_then(country_of).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statements_are_not_events() {
        assert!(is_statement("010"));
        assert!(is_statement("0123"));
        assert!(!is_statement("020"));
        assert!(!is_statement("111"));
    }

    fn event(source: &str, target: &str) -> Event {
        let actor = |code: &str| factum_doc::EventActor {
            code: code.to_string(),
            text: code.to_string(),
            span: factum_doc::Span::new(0, 1),
        };
        Event {
            sentence: 0,
            source: Some(actor(source)),
            target: Some(actor(target)),
            cameo: "040".to_string(),
            cameo_root: "04".to_string(),
            quad_class: 1,
            goldstein: 1.0,
            plover_type: None,
            plover_mode: None,
            verb_span: factum_doc::Span::new(5, 9),
            negated: false,
            provenance: Vec::new(),
            location: None,
            date: None,
            attribution: None,
            modality: None,
            confidence: 0.5,
        }
    }

    #[test]
    fn an_actor_named_twice_is_coded_once_with_the_fuller_code() {
        let all = [
            event("PRK", "RUSGOV"),
            event("PRKGOV", "RUSGOV"),
            event("PRKGOV", "CHN"),
        ];
        assert!(subsumed(&all[0], &all));
        assert!(!subsumed(&all[1], &all));
        assert!(!subsumed(&all[2], &all));
    }

    #[test]
    fn a_restriction_on_ones_own_land_binds_its_people() {
        let coded = |cameo: &str, source: &str, target: &str| {
            let mut e = event(source, target);
            e.cameo = cameo.to_string();
            population_of_own_land(&mut e);
            e.target.unwrap().code
        };
        // Lifting a state of emergency, and the intention to ease one.
        assert_eq!(coded("0814", "SDNGOV", "SDN"), "SDNCVL");
        assert_eq!(coded("0351", "SDNGOV", "SDN"), "SDNCVL");
        // Releasing people, or intending to, is no restriction eased on a population.
        assert_eq!(coded("0353", "SDNGOV", "SDN"), "SDN");
        // Another state's land is another state.
        assert_eq!(coded("1723", "SDNGOV", "TCD"), "TCD");
    }
}
