//! Scoring places against the real-news gold (`eval/gold/places.jsonl`, annotated by
//! `docs/annotation.md` § 5): which names are places, which place each one is, and where
//! each event happened.
//!
//! # The measures
//!
//! - **Recognition**: a system place mention (demonyms left out: "Iraqi" names a country but
//!   is not a place name) matches a gold mention of the same sentence when their spans
//!   overlap. Precision = matched system mentions / system mentions; recall = matched gold
//!   mentions / gold mentions.
//! - **Resolution accuracy**: of the matched gold mentions whose id the gold knows (not `?`),
//!   the share whose system place is one of the gold ids. A GeoNames place is its id; one of
//!   factum's own regions (GeoNames id 0) is `R:<name>`, the way the gold writes regions.
//! - **Event location**: each system event is paired with a gold event of its sentence, the
//!   best-agreeing one first (exact codes, then primary, then PLOVER type, then any). The
//!   location is right when its id is one of the gold's ids; no location is right when the
//!   gold says `-` (no place in the sentence supports one). The country-level figure counts
//!   a place in one of the gold's countries as right.
//!
//! Gold spans are byte offsets in the gold sentence; the processed sentence may differ in
//! whitespace or quotes, so a gold mention is found again by its text (its n-th occurrence
//! in the gold is its n-th in the processed sentence).

use std::collections::BTreeMap;
use std::path::Path;

use factum_doc::{Event, Place};
use serde::Deserialize;

use super::{read_json_lines, Coding, GoldSentence, Level, SentenceOutcome};

/// One sentence of the place gold.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldPlaceSentence {
    pub story: String,
    pub split: String,
    pub sentence: u32,
    pub text: String,
    pub places: Vec<GoldPlace>,
    /// One per gold event of the sentence, in the order of `voa.jsonl`.
    pub locations: Vec<GoldIds>,
}

/// A gold place mention: its words, byte span in the gold sentence, and readings.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldPlace {
    pub text: String,
    pub start: usize,
    pub end: usize,
    #[serde(flatten)]
    pub ids: GoldIds,
}

/// The readings that are equally right: GeoNames ids as strings, `R:<name>` regions, `?`
/// (a place without a known id) or `-` (no location), and their countries (ISO3).
#[derive(Debug, Clone, Deserialize)]
pub struct GoldIds {
    pub ids: Vec<String>,
    #[serde(default)]
    pub countries: Vec<String>,
}

impl GoldIds {
    fn known(&self) -> bool {
        self.ids.iter().any(|i| i != "?" && i != "-")
    }
    fn has(&self, place: Option<&Place>) -> bool {
        match place {
            None => self.ids.iter().any(|i| i == "-"),
            Some(p) => self.ids.contains(&place_id(p)),
        }
    }
    fn has_country(&self, place: Option<&Place>) -> bool {
        match place {
            None => self.ids.iter().any(|i| i == "-"),
            Some(p) => self.has(place) || self.countries.contains(&p.country),
        }
    }
}

/// How the gold writes a system place: its GeoNames id, or `R:<name>` for factum's regions.
pub fn place_id(p: &Place) -> String {
    if p.geonameid == 0 {
        format!("R:{}", p.name)
    } else {
        p.geonameid.to_string()
    }
}

/// The place gold, by story and folded sentence text (the key `voa.jsonl` is matched by).
pub struct PlaceGold(BTreeMap<(String, String), GoldPlaceSentence>);

impl PlaceGold {
    /// Read `places.jsonl`; errors name the line.
    pub fn load(path: &Path) -> anyhow::Result<PlaceGold> {
        let mut map = BTreeMap::new();
        for s in read_json_lines::<GoldPlaceSentence>(path, "place gold")? {
            map.insert((s.story.clone(), s.text.clone()), s);
        }
        Ok(PlaceGold(map))
    }

    /// The record of a gold sentence; `None` when it has no places and no events.
    pub fn get(&self, g: &GoldSentence) -> Option<&GoldPlaceSentence> {
        self.0.get(&(g.story.clone(), g.text.clone()))
    }
}

/// Counts behind the place measures of the module docs.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct PlaceScores {
    pub sys: u32,
    pub matched_sys: u32,
    pub gold: u32,
    pub matched_gold: u32,
    /// Matched gold mentions with a known id, and those resolved to one of its ids.
    pub resolvable: u32,
    pub resolved: u32,
    /// System events paired with a gold event, right location, right country.
    pub located: u32,
    pub location_right: u32,
    pub country_right: u32,
}

impl PlaceScores {
    pub fn add(&mut self, o: &PlaceScores) {
        add_counts!(self, o: sys, matched_sys, gold, matched_gold, resolvable, resolved,
            located, location_right, country_right);
    }
    pub fn precision(&self) -> f64 {
        super::ratio(self.matched_sys, self.sys)
    }
    pub fn recall(&self) -> f64 {
        super::ratio(self.matched_gold, self.gold)
    }
    pub fn resolution(&self) -> f64 {
        super::ratio(self.resolved, self.resolvable)
    }
    pub fn location(&self) -> f64 {
        super::ratio(self.location_right, self.located)
    }
    pub fn location_country(&self) -> f64 {
        super::ratio(self.country_right, self.located)
    }
}

/// One system event's location judged against its paired gold event.
#[derive(Debug, Clone)]
pub struct LocationOutcome {
    pub event: usize,
    pub gold_event: usize,
    pub right: bool,
    pub country_right: bool,
}

/// Everything scored in one sentence (kept for `--show`).
#[derive(Debug, Clone, Default)]
pub struct PlaceOutcome {
    pub scores: PlaceScores,
    /// Per system place: the gold mention it matched, if any.
    pub sys_match: Vec<Option<usize>>,
    /// Per gold mention: whether it was found and resolved right (`None`: not found).
    pub gold_found: Vec<Option<bool>>,
    /// Per gold mention: its words and first reading, for showing.
    pub gold_text: Vec<String>,
    pub locations: Vec<LocationOutcome>,
}

/// Score one sentence's places and event locations.
pub fn score(o: &SentenceOutcome<'_>, gold: Option<&GoldPlaceSentence>) -> PlaceOutcome {
    let no_places = Vec::new();
    let gold_places = gold.map_or(&no_places, |g| &g.places);
    let spans = gold_spans(&o.gold.text, &o.text, gold_places);
    let mut out = PlaceOutcome {
        sys_match: vec![None; o.places.len()],
        gold_found: vec![None; gold_places.len()],
        gold_text: gold_places
            .iter()
            .map(|g| format!("{:?} {}", g.text, g.ids.ids.join("|")))
            .collect(),
        ..Default::default()
    };
    let s = &mut out.scores;
    s.gold = gold_places.len() as u32;
    for (i, p) in o.places.iter().enumerate().filter(|(_, p)| !p.demonym) {
        s.sys += 1;
        let (a, b) = (p.span.start as usize, p.span.end as usize);
        let hit = spans
            .iter()
            .position(|g| g.is_some_and(|(ga, gb)| a < gb && ga < b));
        if let Some(gi) = hit {
            s.matched_sys += 1;
            out.sys_match[i] = Some(gi);
            if out.gold_found[gi].is_none() {
                let right = gold_places[gi].ids.has(Some(&p.place));
                out.gold_found[gi] = Some(right);
                s.matched_gold += 1;
                if gold_places[gi].ids.known() {
                    s.resolvable += 1;
                    s.resolved += u32::from(right);
                }
            }
        }
    }
    if let Some(g) = gold {
        out.locations = score_locations(&o.system, o.gold, &g.locations);
        for l in &out.locations {
            s.located += 1;
            s.location_right += u32::from(l.right);
            s.country_right += u32::from(l.country_right);
        }
    }
    out
}

/// Where each gold mention lies in the processed sentence: the n-th occurrence of its text
/// there when it is the n-th in the gold sentence (see the module docs).
fn gold_spans(gold_text: &str, text: &str, places: &[GoldPlace]) -> Vec<Option<(usize, usize)>> {
    places
        .iter()
        .map(|p| {
            let nth = gold_text[..p.start.min(gold_text.len())]
                .match_indices(p.text.as_str())
                .count();
            text.match_indices(p.text.as_str())
                .nth(nth)
                .map(|(at, w)| (at, at + w.len()))
        })
        .collect()
}

/// Pair system events with gold events (best level first, each gold event once) and judge
/// each paired system event's location.
fn score_locations(
    system: &[Event],
    gold: &GoldSentence,
    locations: &[GoldIds],
) -> Vec<LocationOutcome> {
    let gold_codings: Vec<Coding> = gold.events.iter().map(Coding::of_gold).collect();
    let mut used = vec![false; gold_codings.len()];
    let mut out = Vec::new();
    for level in [Level::Exact, Level::Primary, Level::Plover, Level::Event] {
        for (i, e) in system.iter().enumerate() {
            if out.iter().any(|l: &LocationOutcome| l.event == i) {
                continue;
            }
            let sys = Coding::of_event(e);
            let Some(gi) = (0..gold_codings.len()).find(|&gi| {
                !used[gi] && level.counts(&sys) && level.agree(&sys, &gold_codings[gi])
            }) else {
                continue;
            };
            let Some(ids) = locations.get(gi) else {
                continue;
            };
            used[gi] = true;
            let place = e.location.as_ref().map(|l| &l.place);
            out.push(LocationOutcome {
                event: i,
                gold_event: gi,
                right: ids.has(place),
                country_right: ids.has_country(place),
            });
        }
    }
    out.sort_by_key(|l| l.event);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place(id: u32, name: &str, country: &str) -> Place {
        Place {
            geonameid: id,
            name: name.into(),
            country: country.into(),
            admin1: None,
            kind: factum_doc::PlaceKind::City,
            lat: 0.0,
            lon: 0.0,
        }
    }

    fn ids(ids: &[&str], countries: &[&str]) -> GoldIds {
        GoldIds {
            ids: ids.iter().map(|s| s.to_string()).collect(),
            countries: countries.iter().map(|s| s.to_string()).collect(),
        }
    }

    #[test]
    fn regions_are_their_names_and_places_their_ids() {
        assert_eq!(place_id(&place(0, "Middle East", "")), "R:Middle East");
        assert_eq!(place_id(&place(105343, "Jeddah", "SAU")), "105343");
    }

    #[test]
    fn no_location_is_right_only_where_the_gold_allows_it() {
        let jeddah = place(105343, "Jeddah", "SAU");
        let riyadh = place(108410, "Riyadh", "SAU");
        let strict = ids(&["105343"], &["SAU"]);
        assert!(strict.has(Some(&jeddah)));
        assert!(!strict.has(Some(&riyadh)));
        assert!(strict.has_country(Some(&riyadh)));
        assert!(!strict.has(None) && !strict.has_country(None));
        let lenient = ids(&["-", "105343"], &["SAU"]);
        assert!(lenient.has(None));
        let none = ids(&["-"], &[]);
        assert!(!none.has(Some(&jeddah)) && !none.has_country(Some(&jeddah)));
    }

    #[test]
    fn gold_mentions_are_found_by_occurrence_not_offset() {
        let gold = "Russia said Russia’s army left.";
        // The processed sentence folded the apostrophe: byte offsets differ after it.
        let text = "Russia said Russia's army left.";
        let places = vec![GoldPlace {
            text: "Russia".into(),
            start: 12,
            end: 18,
            ids: ids(&["2017370"], &["RUS"]),
        }];
        assert_eq!(gold_spans(gold, text, &places), vec![Some((12, 18))]);
    }
}
