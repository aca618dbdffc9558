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

use serde_json::{Map, Value};

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

/// The records being built, keyed for a stable output order: (0, ISO2) countries,
/// (1, CC.ADM1) divisions, (2, geonameid) cities.
type Records = BTreeMap<(u8, String), Rec>;

/// What the countries file says beyond the records: ISO3 → ISO2, and each country's
/// capital name and continent code.
#[derive(Default)]
struct CountryFacts {
    iso3_to_iso2: HashMap<String, String>,
    capital_of: HashMap<String, String>,
    continent_of: HashMap<String, String>,
}

/// Running sums of city coordinates and population per country (`ISO2`) and division
/// (`ISO2.ADM1`): latitude, longitude, cities, population.
type Sums = HashMap<String, (f64, f64, u64, u64)>;

/// What `data/geo/curated.txt` adds besides aliases (which go straight into the records).
#[derive(Default)]
struct Curated {
    /// CountryInfo entries to leave out: (ISO3, upper-case entry).
    dropped: HashSet<(String, String)>,
    stop: BTreeSet<String>,
    regions: Vec<Rec>,
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
    let mut recs = Records::new();
    let facts = add_countries(&mut recs, countries);
    add_admin1(&mut recs, &geonames.join("admin1CodesASCII.txt"))?;
    let sums = add_cities(&mut recs, cities, &cities_path)?;
    place_countries_and_divisions(&mut recs, &facts, &sums, &continents);
    // Curated additions (read before CountryInfo: they may drop its entries).
    let mut curated = read_curated(&mut recs, curated)?;
    curated.regions.extend(continent_regions(&continents));
    add_nationalities(&mut recs, &facts, &curated.dropped, &read(countryinfo)?);
    add_names_without_article(&mut recs);
    Ok(write_gazetteer(&recs, &curated))
}

/// One record per country of `countries.json` (an object keyed by ISO2).
fn add_countries(recs: &mut Records, countries: &Map<String, Value>) -> CountryFacts {
    let mut facts = CountryFacts::default();
    for (iso2, c) in countries {
        let s = |k: &str| c.get(k).and_then(Value::as_str).unwrap_or("").to_string();
        let iso3 = s("iso3");
        facts.iso3_to_iso2.insert(iso3.clone(), iso2.clone());
        facts.capital_of.insert(iso2.clone(), s("capital"));
        facts.continent_of.insert(iso2.clone(), s("continentcode"));
        recs.insert(
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
    facts
}

/// One record per admin1 division of `admin1CodesASCII.txt` (tab-separated: CC.ADM1, name,
/// ASCII name, geonameid).
fn add_admin1(recs: &mut Records, path: &Path) -> Result<(), BuildError> {
    let text = read(path)?;
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() < 4 {
            return Err(build_err(
                path,
                format!("line {}: expected 4 tab-separated fields", i + 1),
            ));
        }
        let Some((iso2, code)) = f[0].split_once('.') else {
            return Err(build_err(
                path,
                format!("line {}: code {:?} is not CC.ADM1", i + 1, f[0]),
            ));
        };
        recs.insert(
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
                names: division_names(f[1], f[2]),
                demonyms: BTreeSet::new(),
            },
        );
    }
    Ok(())
}

/// The other names of a division: its ASCII name when it differs, and both without an
/// Arabic article or a word such as "Province".
fn division_names(name: &str, ascii: &str) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    for n in [name, ascii] {
        if n != name {
            names.insert(n.to_string());
        }
        // Arabic divisions are named in English news without the article ("Anbar" for Al
        // Anbar, "Hudaydah" for Al Hudaydah).
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
    names
}

/// One record per city of `cities15000.json` (an object keyed by geonameid), summing
/// coordinates for their country and division.
fn add_cities(
    recs: &mut Records,
    cities: &Map<String, Value>,
    path: &Path,
) -> Result<Sums, BuildError> {
    let mut sums = Sums::new();
    for (id, c) in cities {
        let s = |k: &str| c.get(k).and_then(Value::as_str).unwrap_or("").to_string();
        let f = |k: &str| c.get(k).and_then(Value::as_f64).unwrap_or(0.0);
        let name = s("name");
        let iso2 = s("countrycode");
        let admin1 = s("admin1code");
        let pop = c.get("population").and_then(Value::as_u64).unwrap_or(0);
        let (lat, lon) = (f("latitude"), f("longitude"));
        let mut seen: HashSet<String> = HashSet::new();
        seen.insert(fold_key(&name));
        let mut names = BTreeSet::new();
        if let Some(alts) = c.get("alternatenames").and_then(Value::as_array) {
            for a in alts.iter().filter_map(Value::as_str) {
                if useful_alternate(a) && seen.insert(fold_key(a)) {
                    names.insert(a.to_string());
                }
            }
        }
        for key in [iso2.clone(), format!("{iso2}.{admin1}")] {
            let e = sums.entry(key).or_default();
            e.0 += lat;
            e.1 += lon;
            e.2 += 1;
            e.3 += pop;
        }
        recs.insert(
            (2, id.clone()),
            Rec {
                tag: 'P',
                id: id
                    .parse()
                    .map_err(|_| build_err(path, format!("bad geonameid {id:?}")))?,
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
    Ok(sums)
}

/// The centre of each continent's bounding box, by continent code.
fn continent_centres(continents: &Value) -> HashMap<String, (f64, f64)> {
    let mut centres = HashMap::new();
    if let Some(obj) = continents.as_object() {
        for (code, c) in obj {
            if let Some(b) = c.get("bbox") {
                let g = |k: &str| b.get(k).and_then(Value::as_f64).unwrap_or(0.0);
                centres.insert(
                    code.clone(),
                    (
                        (g("north") + g("south")) / 2.0,
                        (g("east") + g("west")) / 2.0,
                    ),
                );
            }
        }
    }
    centres
}

/// Each country's capital city id. The capital is the city named as countries.json says,
/// by its main name before an alternate one (New Delhi is the capital, not Delhi, which
/// lists "New Delhi" among its alternate names), the most populous when several match.
fn capitals(recs: &Records, facts: &CountryFacts) -> HashMap<String, u32> {
    let mut capital_id: HashMap<String, (bool, u64, u32)> = HashMap::new();
    for r in recs.values().filter(|r| r.tag == 'P') {
        let Some(cap) = facts.capital_of.get(&r.iso2).filter(|c| !c.is_empty()) else {
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
    capital_id
        .into_iter()
        .map(|(k, (_, _, id))| (k, id))
        .collect()
}

/// Coordinates for countries and divisions (the mean of their cities', else the
/// country's or the continent's centre), a division's population (its cities'), and each
/// country's capital (a `capital=ID` name).
fn place_countries_and_divisions(
    recs: &mut Records,
    facts: &CountryFacts,
    sums: &Sums,
    continents: &Value,
) {
    let continent_centre = continent_centres(continents);
    let capital_id = capitals(recs, facts);
    let country_centre: HashMap<String, (f64, f64)> = recs
        .values()
        .filter(|r| r.tag == 'C')
        .map(|r| {
            let centre = match sums.get(&r.iso2) {
                Some(&(la, lo, n, _)) => (la / n as f64, lo / n as f64),
                None => facts
                    .continent_of
                    .get(&r.iso2)
                    .and_then(|c| continent_centre.get(c))
                    .copied()
                    .unwrap_or((0.0, 0.0)),
            };
            (r.iso2.clone(), centre)
        })
        .collect();
    for r in recs.values_mut() {
        match r.tag {
            'C' => {
                (r.lat, r.lon) = country_centre[&r.iso2];
                if let Some(id) = capital_id.get(&r.iso2) {
                    r.names.insert(format!("capital={id}"));
                }
            }
            'A' => match sums.get(&format!("{}.{}", r.iso2, r.code)) {
                Some(&(la, lo, n, pop)) => {
                    (r.lat, r.lon) = (la / n as f64, lo / n as f64);
                    r.pop = pop;
                }
                None => (r.lat, r.lon) = country_centre.get(&r.iso2).copied().unwrap_or_default(),
            },
            _ => {}
        }
    }
}

/// Read `data/geo/curated.txt`: aliases go into the records; regions, drops and stop
/// names are returned.
fn read_curated(recs: &mut Records, path: &Path) -> Result<Curated, BuildError> {
    let text = read(path)?;
    let mut curated = Curated::default();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim_end_matches([' ', '\r']);
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let at = |m: &str| build_err(path, format!("line {}: {m}", i + 1));
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
        curated_record(recs, &mut curated, &f, &at)?;
    }
    Ok(curated)
}

/// The `|`-separated list in a curated field.
fn curated_list(s: &str) -> Vec<String> {
    s.split('|')
        .map(str::trim)
        .filter(|x| !x.is_empty())
        .map(str::to_string)
        .collect()
}

/// One line of `curated.txt`, split into fields `f`; `at` makes an error for this line.
fn curated_record(
    recs: &mut Records,
    curated: &mut Curated,
    f: &[&str],
    at: &dyn Fn(&str) -> BuildError,
) -> Result<(), BuildError> {
    let list = curated_list;
    let (tag, fields, usage) = match f[0] {
        "R" => (
            2,
            8,
            "a region needs 8 fields: R name ISO2 admin1 lat lon weight aliases",
        ),
        "C" => (
            0,
            4,
            "a country alias needs 4 fields: C ISO2 names demonyms",
        ),
        "A" => (1, 3, "an admin1 alias needs 3 fields: A CC.CODE names"),
        "P" => (2, 3, "a city alias needs 3 fields: P geonameid names"),
        "X" => (0, 3, "a drop line needs 3 fields: X ISO3 entries"),
        "S" => (0, 2, "a stop line needs 2 fields: S names"),
        other => return Err(at(&format!("unknown record type {other:?}"))),
    };
    if f.len() != fields {
        return Err(at(usage));
    }
    match f[0] {
        "R" => curated.regions.push(curated_region(f, at)?),
        "C" | "A" | "P" => {
            let what = match f[0] {
                "C" => "country",
                "A" => "admin1",
                _ => "city",
            };
            let r = recs
                .get_mut(&(tag, f[1].to_string()))
                .ok_or_else(|| at(&format!("unknown {what} {:?}", f[1])))?;
            r.names.extend(list(f[2]));
            if f[0] == "C" {
                r.demonyms.extend(list(f[3]));
            }
        }
        "X" => {
            for e in list(f[2]) {
                curated
                    .dropped
                    .insert((f[1].to_string(), e.to_ascii_uppercase()));
            }
        }
        _ => curated.stop.extend(list(f[1])),
    }
    Ok(())
}

/// A curated region line: R name ISO2 admin1 lat lon weight aliases (`-` for none).
fn curated_region(f: &[&str], at: &dyn Fn(&str) -> BuildError) -> Result<Rec, BuildError> {
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
    Ok(Rec {
        tag: 'R',
        id: 0,
        iso2: dash(f[2]),
        code: dash(f[3]),
        name: f[1].to_string(),
        lat: num(f[4])?,
        lon: num(f[5])?,
        pop: num(f[6])? as u64,
        names: curated_list(f[7]).into_iter().collect(),
        demonyms: BTreeSet::new(),
    })
}

/// CountryInfo's `<Nationality>` blocks: adjectives and demonyms become demonyms, other
/// entries spelling variants of the country's name.
fn add_nationalities(
    recs: &mut Records,
    facts: &CountryFacts,
    dropped: &HashSet<(String, String)>,
    countryinfo: &str,
) {
    let mut current: Option<String> = None;
    let mut in_nat = false;
    for raw in countryinfo.lines() {
        let line = raw.trim();
        if let Some(rest) = line.strip_prefix("<CountryCode>") {
            let code = rest.trim_end_matches("</CountryCode>").trim().to_string();
            current = facts.iso3_to_iso2.get(&code).map(|_| code);
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
        let iso2 = &facts.iso3_to_iso2[iso3];
        let r = recs.get_mut(&(0, iso2.clone())).expect("country exists");
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

/// The gazetteer file: a header, one line per record (regions last), the stop names.
fn write_gazetteer(recs: &Records, curated: &Curated) -> (String, BuildStats) {
    let mut out = String::new();
    out.push_str("#factum-gazetteer 1\n");
    out.push_str("# Built by `factum gazetteer build` from GeoNames (CC BY 4.0, geonames.org),\n");
    out.push_str("# CountryInfo.txt (CC BY-SA 3.0, P. A. Schrodt) and data/geo/curated.txt.\n");
    out.push_str("# See data/geo/README.md. Do not edit by hand: edit curated.txt and rebuild.\n");
    let mut stats = BuildStats::default();
    for r in recs.values().chain(curated.regions.iter()) {
        write_record(&mut out, r);
        stats.names += 1 + r.names.len() + r.demonyms.len();
        match r.tag {
            'C' => stats.countries += 1,
            'A' => stats.admin1 += 1,
            'P' => stats.cities += 1,
            _ => stats.regions += 1,
        }
    }
    if !curated.stop.is_empty() {
        let s: Vec<&str> = curated.stop.iter().map(String::as_str).collect();
        let _ = writeln!(out, "S\t{}", s.join("|"));
    }
    stats.bytes = out.len();
    (out, stats)
}

/// One tab-separated gazetteer line (`-` for an empty code; tabs, newlines and `|` in
/// names become spaces).
fn write_record(out: &mut String, r: &Rec) {
    let clean = |s: &str| s.replace(['\t', '\n', '|'], " ");
    let dash = |s: &str| {
        if s.is_empty() {
            "-".to_string()
        } else {
            s.to_string()
        }
    };
    let names: Vec<String> = r.names.iter().map(|n| clean(n)).collect();
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
        for (name, kept) in [
            ("Tarabulus", true),
            ("Ṭarābulus", true),
            ("طرابلس", false),
            ("TIP", false),
            ("Xi", false),
            ("Paris 01", false),
        ] {
            assert_eq!(useful_alternate(name), kept, "{name}");
        }
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
