//! Building `data/geo/gazetteer.tsv` from GeoNames, CountryInfo and the curated list.
//!
//! Run by `factum gazetteer build --geonames DIR --countryinfo FILE --curated FILE --out FILE`.
//! Inputs:
//!
//! * GeoNames (CC BY 4.0): `countries.json`, `cities15000.json`, `admin1CodesASCII.txt`,
//!   `continents.json` in one directory.
//! * CountryInfo.txt (CC BY-SA 3.0, P. Schrodt): the `<Nationality>` blocks give adjectives,
//!   demonyms and spelling variants of country names.
//! * `data/geo/curated.txt` (written for factum): regions news talks about that GeoNames'
//!   city list lacks, extra aliases, CountryInfo entries to drop, and stop names.
//!
//! GeoNames gives no coordinates for countries and admin1 divisions, so they get the plain
//! mean of their cities' coordinates (an approximate, population-centred point; good enough
//! to put a country-level event on a map), or the country's when a division has no city
//! ≥ 15,000, or the continent's bounding-box centre for countries without one.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::fmt::Write as _;
use std::path::Path;

use serde_json::Value;

use crate::gazetteer::fold_key;

/// Error building the gazetteer: which input and what went wrong.
#[derive(Debug, thiserror::Error)]
#[error("{origin}: {message}")]
pub struct BuildError {
    pub origin: String,
    pub message: String,
}

fn build_err(origin: &Path, message: impl Into<String>) -> BuildError {
    BuildError {
        origin: origin.display().to_string(),
        message: message.into(),
    }
}

fn read(path: &Path) -> Result<String, BuildError> {
    std::fs::read(path)
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .map_err(|e| build_err(path, e.to_string()))
}

fn read_json(path: &Path) -> Result<Value, BuildError> {
    serde_json::from_str(&read(path)?).map_err(|e| build_err(path, e.to_string()))
}

/// What a build produced, for the command's summary line.
#[derive(Debug, Default, Clone, Copy)]
pub struct BuildStats {
    pub countries: usize,
    pub admin1: usize,
    pub cities: usize,
    pub regions: usize,
    pub names: usize,
    pub bytes: usize,
}

struct Rec {
    tag: char,
    id: u32,
    iso2: String,
    code: String,
    name: String,
    lat: f64,
    lon: f64,
    pop: u64,
    names: BTreeSet<String>,
    demonyms: BTreeSet<String>,
}

/// Whether an alternate name is worth keeping: Latin script, at least 3 letters, no digits,
/// not an all-capitals code ("BEY"), no list punctuation.
pub fn useful_alternate(name: &str) -> bool {
    let letters = name.chars().filter(|c| c.is_alphabetic()).count();
    if letters < 3 {
        return false;
    }
    if name
        .chars()
        .any(|c| c.is_ascii_digit() || ",()/;:=\"".contains(c))
    {
        return false;
    }
    if !name.chars().any(|c| c.is_lowercase()) {
        return false;
    }
    name.chars().all(|c| {
        c.is_ascii_alphabetic()
            || " '-.’ʼʻʿ".contains(c)
            || ('\u{00C0}'..='\u{024F}').contains(&c)
            || ('\u{1E00}'..='\u{1EFF}').contains(&c)
    })
}

fn title_case(s: &str) -> String {
    s.split(' ')
        .map(|w| {
            let mut cs = w.chars();
            match cs.next() {
                Some(f) => f
                    .to_uppercase()
                    .chain(cs.flat_map(|c| c.to_lowercase()))
                    .collect(),
                None => String::new(),
            }
        })
        .collect::<Vec<String>>()
        .join(" ")
}

/// A CountryInfo nationality entry that reads as an adjective or demonym rather than a
/// name of the country: "LEBANESE", "ISRAELI", "BRITON", "SCOTSMAN".
fn looks_like_demonym(word: &str) -> bool {
    let w = word.to_ascii_lowercase();
    [
        "ese", "ian", "ean", "an", "ish", "i", "ic", "ch", "ot", "er", "man", "woman", "ite",
    ]
    .iter()
    .any(|suf| w.ends_with(suf))
        && !w.ends_with("stan")
}

/// The continents as regions with their GeoNames ids ("Europe" is 6255148, so a continent
/// named in the news resolves to a stable id like any other place): GeoNames' point,
/// population, and the English names GeoNames lists.
fn continent_regions(continents: &Value) -> Vec<Rec> {
    let Some(obj) = continents.as_object() else {
        return Vec::new();
    };
    obj.values()
        .filter_map(|c| {
            let id = c.get("geonameId")?.as_u64()? as u32;
            let name = c.get("toponymName")?.as_str()?.to_string();
            // GeoNames' point for the continent (a bounding box centre would be wrong for
            // those crossing the antimeridian), given as strings.
            let coord = |k: &str| c.get(k)?.as_str()?.parse::<f64>().ok();
            let english = c
                .get("alternateNames")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter(|n| n.get("lang").and_then(Value::as_str) == Some("en"))
                .filter_map(|n| n.get("name").and_then(Value::as_str))
                .filter(|n| *n != name && useful_alternate(n))
                .map(str::to_string)
                .collect();
            Some(Rec {
                tag: 'R',
                id,
                iso2: String::new(),
                code: String::new(),
                name,
                lat: coord("lat")?,
                lon: coord("lng")?,
                pop: c.get("population").and_then(Value::as_u64).unwrap_or(0),
                names: english,
                demonyms: BTreeSet::new(),
            })
        })
        .collect()
}

/// Countries named with an article ("The Netherlands", "the Bahamas") are also written
/// without it: English puts "the" in lower case mid-sentence, where recognition starts at
/// the capitalised word ("in the Netherlands").
fn add_names_without_article(recs: &mut BTreeMap<(u8, String), Rec>) {
    for r in recs.values_mut().filter(|r| r.tag == 'C') {
        let bare: Vec<String> = std::iter::once(&r.name)
            .chain(r.names.iter())
            .filter_map(|n| n.strip_prefix("The ").or_else(|| n.strip_prefix("the ")))
            .map(str::to_string)
            .collect();
        r.names.extend(bare.into_iter().filter(|b| *b != r.name));
    }
}

/// Build the gazetteer text; returns it with counts.
pub fn build(
    geonames: &Path,
    countryinfo: &Path,
    curated: &Path,
) -> Result<(String, BuildStats), BuildError> {
    let countries_path = geonames.join("countries.json");
    let cities_path = geonames.join("cities15000.json");
    let countries = read_json(&countries_path)?;
    let cities = read_json(&cities_path)?;
    let continents = read_json(&geonames.join("continents.json"))?;
    let Some(countries) = countries.as_object() else {
        return Err(build_err(
            &countries_path,
            "expected an object keyed by ISO2",
        ));
    };
    let Some(cities) = cities.as_object() else {
        return Err(build_err(
            &cities_path,
            "expected an object keyed by geonameid",
        ));
    };
    let mut records = Records::default();
    records.add_countries(countries);
    records.add_admin1(&geonames.join("admin1CodesASCII.txt"))?;
    records.add_cities(cities, &cities_path)?;
    records.place(&continents);
    // Curated additions (read first: they may drop CountryInfo entries).
    let mut curated = read_curated(curated, &mut records)?;
    curated.regions.extend(continent_regions(&continents));
    records.add_countryinfo(&read(countryinfo)?, &curated.dropped);
    add_names_without_article(&mut records.recs);
    Ok(write(&records.recs, &curated.regions, curated.stop))
}

/// GeoNames' countries, divisions and cities as records, keyed by kind (0 a country by
/// ISO2, 1 a division by "CC.ADM1", 2 a city by geonameid), and what placing them needs.
#[derive(Default)]
struct Records {
    recs: BTreeMap<(u8, String), Rec>,
    iso3_to_iso2: HashMap<String, String>,
    /// The capital's name, by ISO2.
    capital_of: HashMap<String, String>,
    /// The continent's code, by ISO2.
    continent_of: HashMap<String, String>,
    /// Cities' latitudes and longitudes summed, their count and population, by ISO2 and by
    /// "CC.ADM1".
    sums: HashMap<String, (f64, f64, u64, u64)>,
}

impl Records {
    fn add_countries(&mut self, countries: &serde_json::Map<String, Value>) {
        for (iso2, c) in countries {
            let s = |k: &str| c.get(k).and_then(Value::as_str).unwrap_or("").to_string();
            let iso3 = s("iso3");
            self.iso3_to_iso2.insert(iso3.clone(), iso2.clone());
            self.capital_of.insert(iso2.clone(), s("capital"));
            self.continent_of.insert(iso2.clone(), s("continentcode"));
            self.recs.insert(
                (0, iso2.clone()),
                Rec {
                    tag: 'C',
                    id: c.get("geonameid").and_then(Value::as_u64).unwrap_or(0) as u32,
                    iso2: iso2.clone(),
                    code: iso3,
                    name: s("name"),
                    lat: 0.0,
                    lon: 0.0,
                    pop: c.get("population").and_then(Value::as_u64).unwrap_or(0),
                    names: BTreeSet::new(),
                    demonyms: BTreeSet::new(),
                },
            );
        }
    }

    /// Admin1 divisions, from `admin1CodesASCII.txt`.
    fn add_admin1(&mut self, admin1_path: &Path) -> Result<(), BuildError> {
        let admin1_text = read(admin1_path)?;
        for (i, line) in admin1_text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let f: Vec<&str> = line.split('\t').collect();
            if f.len() < 4 {
                return Err(build_err(
                    admin1_path,
                    format!("line {}: expected 4 tab-separated fields", i + 1),
                ));
            }
            let Some((iso2, code)) = f[0].split_once('.') else {
                return Err(build_err(
                    admin1_path,
                    format!("line {}: code {:?} is not CC.ADM1", i + 1, f[0]),
                ));
            };
            let mut names = BTreeSet::new();
            for n in [f[1], f[2]] {
                if n != f[1] {
                    names.insert(n.to_string());
                }
                // Arabic divisions are named in English news without the article ("Anbar"
                // for Al Anbar, "Hudaydah" for Al Hudaydah).
                for article in [
                    "Al ", "Al-", "As ", "Ash ", "Ar ", "Ad ", "An ", "Az ", "El ",
                ] {
                    if let Some(stem) = n.strip_prefix(article) {
                        if stem.len() >= 4 {
                            names.insert(stem.to_string());
                        }
                    }
                }
                for suffix in [
                    " Governorate",
                    " Province",
                    " Oblast",
                    " Region",
                    " District",
                    " Prefecture",
                    " State",
                ] {
                    if let Some(stem) = n.strip_suffix(suffix) {
                        if stem.len() >= 4 {
                            names.insert(stem.to_string());
                        }
                    }
                }
            }
            self.recs.insert(
                (1, f[0].to_string()),
                Rec {
                    tag: 'A',
                    id: f[3].trim().parse().unwrap_or(0),
                    iso2: iso2.to_string(),
                    code: code.to_string(),
                    name: f[1].to_string(),
                    lat: 0.0,
                    lon: 0.0,
                    pop: 0,
                    names,
                    demonyms: BTreeSet::new(),
                },
            );
        }
        Ok(())
    }

    /// Cities, accumulating coordinates for their country and division.
    fn add_cities(
        &mut self,
        cities: &serde_json::Map<String, Value>,
        cities_path: &Path,
    ) -> Result<(), BuildError> {
        for (id, c) in cities {
            let s = |k: &str| c.get(k).and_then(Value::as_str).unwrap_or("").to_string();
            let f = |k: &str| c.get(k).and_then(Value::as_f64).unwrap_or(0.0);
            let name = s("name");
            let iso2 = s("countrycode");
            let admin1 = s("admin1code");
            let pop = c.get("population").and_then(Value::as_u64).unwrap_or(0);
            let (lat, lon) = (f("latitude"), f("longitude"));
            let own_key = fold_key(&name);
            let mut seen: HashSet<String> = HashSet::new();
            seen.insert(own_key);
            let mut names = BTreeSet::new();
            if let Some(alts) = c.get("alternatenames").and_then(Value::as_array) {
                for a in alts.iter().filter_map(Value::as_str) {
                    if useful_alternate(a) && seen.insert(fold_key(a)) {
                        names.insert(a.to_string());
                    }
                }
            }
            for key in [iso2.clone(), format!("{iso2}.{admin1}")] {
                let e = self.sums.entry(key).or_default();
                e.0 += lat;
                e.1 += lon;
                e.2 += 1;
                e.3 += pop;
            }
            self.recs.insert(
                (2, id.clone()),
                Rec {
                    tag: 'P',
                    id: id
                        .parse()
                        .map_err(|_| build_err(cities_path, format!("bad geonameid {id:?}")))?,
                    iso2,
                    code: admin1,
                    name,
                    lat,
                    lon,
                    pop,
                    names,
                    demonyms: BTreeSet::new(),
                },
            );
        }
        Ok(())
    }

    /// Coordinates for countries and divisions (see the module docs), and each country's
    /// capital.
    fn place(&mut self, continents: &Value) {
        let mut continent_centre: HashMap<String, (f64, f64)> = HashMap::new();
        if let Some(obj) = continents.as_object() {
            for (code, c) in obj {
                if let Some(b) = c.get("bbox") {
                    let g = |k: &str| b.get(k).and_then(Value::as_f64).unwrap_or(0.0);
                    continent_centre.insert(
                        code.clone(),
                        (
                            (g("north") + g("south")) / 2.0,
                            (g("east") + g("west")) / 2.0,
                        ),
                    );
                }
            }
        }
        // The capital: the city named as countries.json says, by its main name before an
        // alternate one (New Delhi is the capital, not Delhi, which lists "New Delhi" among its
        // alternate names), the most populous when several match.
        let mut capital_id: HashMap<String, (bool, u64, u32)> = HashMap::new();
        for r in self.recs.values().filter(|r| r.tag == 'P') {
            let Some(cap) = self.capital_of.get(&r.iso2).filter(|c| !c.is_empty()) else {
                continue;
            };
            let key = fold_key(cap);
            let main = fold_key(&r.name) == key;
            if main || r.names.iter().any(|n| fold_key(n) == key) {
                let rank = (main, r.pop, r.id);
                let best = capital_id.entry(r.iso2.clone()).or_insert(rank);
                if (rank.0, rank.1) > (best.0, best.1) {
                    *best = rank;
                }
            }
        }
        let capital_id: HashMap<String, u32> = capital_id
            .into_iter()
            .map(|(k, (_, _, id))| (k, id))
            .collect();
        let country_centre: HashMap<String, (f64, f64)> = self
            .recs
            .values()
            .filter(|r| r.tag == 'C')
            .map(|r| {
                let centre = match self.sums.get(&r.iso2) {
                    Some(&(la, lo, n, _)) => (la / n as f64, lo / n as f64),
                    None => self
                        .continent_of
                        .get(&r.iso2)
                        .and_then(|c| continent_centre.get(c))
                        .copied()
                        .unwrap_or((0.0, 0.0)),
                };
                (r.iso2.clone(), centre)
            })
            .collect();
        for r in self.recs.values_mut() {
            match r.tag {
                'C' => {
                    (r.lat, r.lon) = country_centre[&r.iso2];
                    if let Some(id) = capital_id.get(&r.iso2) {
                        r.names.insert(format!("capital={id}"));
                    }
                }
                'A' => match self.sums.get(&format!("{}.{}", r.iso2, r.code)) {
                    Some(&(la, lo, n, pop)) => {
                        (r.lat, r.lon) = (la / n as f64, lo / n as f64);
                        r.pop = pop;
                    }
                    None => {
                        (r.lat, r.lon) = country_centre.get(&r.iso2).copied().unwrap_or_default()
                    }
                },
                _ => {}
            }
        }
    }

    /// CountryInfo's nationality blocks: adjectives and demonyms, and other names of the
    /// country, less the entries curated.txt drops.
    fn add_countryinfo(&mut self, ci: &str, dropped: &HashSet<(String, String)>) {
        let mut current: Option<String> = None;
        let mut in_nat = false;
        for raw in ci.lines() {
            let line = raw.trim();
            if let Some(rest) = line.strip_prefix("<CountryCode>") {
                let code = rest.trim_end_matches("</CountryCode>").trim().to_string();
                current = self.iso3_to_iso2.get(&code).map(|_| code);
                continue;
            }
            if line.starts_with('<') {
                // Any tag ends a block; only an exact `<Nationality>` opens one (the file's
                // header documents the tags on lines that start with them).
                in_nat = line == "<Nationality>";
                continue;
            }
            if !in_nat || line.is_empty() || line.starts_with('#') {
                continue;
            }
            let Some(iso3) = &current else { continue };
            let entry = line.split('#').next().unwrap_or("").trim();
            let word = entry.trim_end_matches('_').replace('_', " ");
            if word.is_empty()
                || word.contains(['(', ',', '&'])
                || dropped.contains(&(iso3.clone(), word.to_ascii_uppercase()))
            {
                continue;
            }
            let iso2 = &self.iso3_to_iso2[iso3];
            let r = self
                .recs
                .get_mut(&(0, iso2.clone()))
                .expect("country exists");
            if fold_key(&word) == fold_key(&r.name) {
                continue;
            }
            if looks_like_demonym(&word) && !word.contains(' ') || word.ends_with(" ISLANDER") {
                let d = title_case(&word.to_ascii_lowercase());
                if d.ends_with('n') || d.ends_with('i') {
                    r.demonyms.insert(format!("{d}s"));
                }
                r.demonyms.insert(d);
            } else {
                r.names.insert(if word.contains('.') {
                    word.clone()
                } else {
                    title_case(&word.to_ascii_lowercase())
                });
            }
        }
    }
}

/// What `data/geo/curated.txt` adds beside aliases (which go straight into the records).
struct Curated {
    /// CountryInfo entries to leave out: (ISO3, entry in capitals).
    dropped: HashSet<(String, String)>,
    stop: BTreeSet<String>,
    regions: Vec<Rec>,
}

/// Read the curated file, adding its aliases to `records`.
fn read_curated(curated: &Path, records: &mut Records) -> Result<Curated, BuildError> {
    let curated_text = read(curated)?;
    let mut dropped: HashSet<(String, String)> = HashSet::new();
    let mut stop: BTreeSet<String> = BTreeSet::new();
    let mut regions: Vec<Rec> = Vec::new();
    for (i, line) in curated_text.lines().enumerate() {
        let line = line.trim_end_matches([' ', '\r']);
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let at = |m: &str| build_err(curated, format!("line {}: {m}", i + 1));
        let mut f: Vec<&str> = line.split('\t').collect();
        // The last list (aliases, demonyms) may be left off.
        let full = match f[0] {
            "R" => 8,
            "C" => 4,
            _ => 0,
        };
        if f.len() + 1 == full {
            f.push("");
        }
        let list = |s: &str| -> Vec<String> {
            s.split('|')
                .map(str::trim)
                .filter(|x| !x.is_empty())
                .map(str::to_string)
                .collect()
        };
        match f[0] {
            "R" => {
                if f.len() != 8 {
                    return Err(at(
                        "a region needs 8 fields: R name ISO2 admin1 lat lon weight aliases",
                    ));
                }
                let num = |s: &str| {
                    s.parse::<f64>()
                        .map_err(|_| at(&format!("bad number {s:?}")))
                };
                let dash = |s: &str| {
                    if s == "-" {
                        String::new()
                    } else {
                        s.to_string()
                    }
                };
                regions.push(Rec {
                    tag: 'R',
                    id: 0,
                    iso2: dash(f[2]),
                    code: dash(f[3]),
                    name: f[1].to_string(),
                    lat: num(f[4])?,
                    lon: num(f[5])?,
                    pop: num(f[6])? as u64,
                    names: list(f[7]).into_iter().collect(),
                    demonyms: BTreeSet::new(),
                });
            }
            "C" => {
                if f.len() != 4 {
                    return Err(at("a country alias needs 4 fields: C ISO2 names demonyms"));
                }
                let r = records
                    .recs
                    .get_mut(&(0, f[1].to_string()))
                    .ok_or_else(|| at(&format!("unknown country {:?}", f[1])))?;
                r.names.extend(list(f[2]));
                r.demonyms.extend(list(f[3]));
            }
            "A" => {
                if f.len() != 3 {
                    return Err(at("an admin1 alias needs 3 fields: A CC.CODE names"));
                }
                let r = records
                    .recs
                    .get_mut(&(1, f[1].to_string()))
                    .ok_or_else(|| at(&format!("unknown admin1 {:?}", f[1])))?;
                r.names.extend(list(f[2]));
            }
            "P" => {
                if f.len() != 3 {
                    return Err(at("a city alias needs 3 fields: P geonameid names"));
                }
                let r = records
                    .recs
                    .get_mut(&(2, f[1].to_string()))
                    .ok_or_else(|| at(&format!("unknown city {:?}", f[1])))?;
                r.names.extend(list(f[2]));
            }
            "X" => {
                if f.len() != 3 {
                    return Err(at("a drop line needs 3 fields: X ISO3 entries"));
                }
                for e in list(f[2]) {
                    dropped.insert((f[1].to_string(), e.to_ascii_uppercase()));
                }
            }
            "S" => {
                if f.len() != 2 {
                    return Err(at("a stop line needs 2 fields: S names"));
                }
                stop.extend(list(f[1]));
            }
            other => return Err(at(&format!("unknown record type {other:?}"))),
        }
    }
    Ok(Curated {
        dropped,
        stop,
        regions,
    })
}

/// The gazetteer text of `recs`, then `regions`, then the stop names; with counts.
fn write(
    recs: &BTreeMap<(u8, String), Rec>,
    regions: &[Rec],
    stop: BTreeSet<String>,
) -> (String, BuildStats) {
    let mut out = String::new();
    out.push_str("#factum-gazetteer 1\n");
    out.push_str("# Built by `factum gazetteer build` from GeoNames (CC BY 4.0, geonames.org),\n");
    out.push_str("# CountryInfo.txt (CC BY-SA 3.0, P. A. Schrodt) and data/geo/curated.txt.\n");
    out.push_str("# See data/geo/README.md. Do not edit by hand: edit curated.txt and rebuild.\n");
    let mut stats = BuildStats::default();
    let clean = |s: &str| s.replace(['\t', '\n', '|'], " ");
    for r in recs.values().chain(regions.iter()) {
        let names: Vec<String> = r.names.iter().map(|n| clean(n)).collect();
        let dash = |s: &str| {
            if s.is_empty() {
                "-".to_string()
            } else {
                s.to_string()
            }
        };
        let _ = write!(
            out,
            "{}\t{}\t{}\t{}\t{}\t{:.4}\t{:.4}\t{}\t{}",
            r.tag,
            r.id,
            dash(&r.iso2),
            dash(&r.code),
            clean(&r.name),
            r.lat,
            r.lon,
            r.pop,
            names.join("|")
        );
        if r.tag == 'C' {
            let d: Vec<String> = r.demonyms.iter().map(|n| clean(n)).collect();
            let _ = write!(out, "\t{}", d.join("|"));
        }
        out.push('\n');
        stats.names += 1 + r.names.len() + r.demonyms.len();
        match r.tag {
            'C' => stats.countries += 1,
            'A' => stats.admin1 += 1,
            'P' => stats.cities += 1,
            _ => stats.regions += 1,
        }
    }
    if !stop.is_empty() {
        let s: Vec<String> = stop.into_iter().collect();
        let _ = writeln!(out, "S\t{}", s.join("|"));
    }
    stats.bytes = out.len();
    (out, stats)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn country(name: &str, names: &[&str]) -> Rec {
        Rec {
            tag: 'C',
            id: 1,
            iso2: "NL".into(),
            code: "NLD".into(),
            name: name.into(),
            lat: 0.0,
            lon: 0.0,
            pop: 0,
            names: names.iter().map(|n| n.to_string()).collect(),
            demonyms: BTreeSet::new(),
        }
    }

    #[test]
    fn countries_are_also_named_without_their_article() {
        let mut recs = BTreeMap::new();
        recs.insert((0, "NL".into()), country("The Netherlands", &["Holland"]));
        recs.insert((0, "BS".into()), country("Bahamas", &["the Bahamas"]));
        add_names_without_article(&mut recs);
        assert!(recs[&(0, "NL".into())].names.contains("Netherlands"));
        assert!(recs[&(0, "NL".into())].names.contains("Holland"));
        // The bare form equal to the main name is not repeated as an alias.
        assert!(!recs[&(0, "BS".into())].names.contains("Bahamas"));
    }

    #[test]
    fn continents_come_with_their_geonames_ids() {
        let json: Value = serde_json::from_str(
            r#"{"EU": {"geonameId": 6255148, "toponymName": "Europe", "lat": "48.69",
                "lng": "9.14", "population": 741000000,
                "alternateNames": [{"name": "Europe", "lang": "en"}, {"name": "Europa", "lang": "de"}]}}"#,
        )
        .unwrap();
        let r = continent_regions(&json);
        assert_eq!(r.len(), 1);
        assert_eq!(
            (r[0].id, r[0].name.as_str(), r[0].tag),
            (6255148, "Europe", 'R')
        );
        assert!((r[0].lat - 48.69).abs() < 1e-9 && (r[0].lon - 9.14).abs() < 1e-9);
        // Only English names, and not the main name again.
        assert!(r[0].names.is_empty());
    }

    #[test]
    fn alternate_names_filter_keeps_latin_words() {
        assert!(useful_alternate("Tarabulus"));
        assert!(useful_alternate("Ṭarābulus"));
        assert!(!useful_alternate("طرابلس"));
        assert!(!useful_alternate("TIP"));
        assert!(!useful_alternate("Xi"));
        assert!(!useful_alternate("Paris 01"));
    }

    #[test]
    fn demonym_shapes() {
        assert!(looks_like_demonym("LEBANESE"));
        assert!(looks_like_demonym("ISRAELI"));
        assert!(looks_like_demonym("AMERICAN"));
        assert!(!looks_like_demonym("LIBANON"));
        assert!(!looks_like_demonym("KURDISTAN"));
    }
}
