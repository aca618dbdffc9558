//! The gazetteer: countries, first-level divisions, cities ≥ 15,000 people and hand-written
//! regions, with every name they go by, indexed by a folded key.
//!
//! # Why a tab-separated text file
//!
//! The shipped file (`data/geo/gazetteer.tsv`, built by `factum gazetteer build`) is plain
//! text so that a reviewer can grep it and a diff shows what a rebuild changed. It is 3.6 MB.
//!
//! # Why the name index holds hashes, not strings
//!
//! Loading must stay well under 200 ms. A `HashMap<String, Vec<_>>` over the ~190,000 names
//! spent most of its load time allocating and freeing key strings and small vectors. The index
//! is instead one array of (64-bit FNV-1a hash of the folded name, entry, form), sorted by
//! hash, searched by binary search: two allocations in all. A false match needs two different
//! names with the same 64-bit hash (for 190,000 keys, odds about 1 in 10^9 per build, and a
//! test checks the shipped file has no collision among its own keys).
//!
//! # Format (one record a line, fields separated by TAB)
//!
//! ```text
//! #factum-gazetteer 1
//! C  geonameid  ISO2  ISO3  name  lat  lon  population  names|…  demonyms|…
//! A  geonameid  ISO2  admin1  name  lat  lon  population  names|…
//! P  geonameid  ISO2  admin1  name  lat  lon  population  names|…
//! R  0          ISO2  admin1  name  lat  lon  population  names|…
//! S  key|key|…
//! ```
//!
//! In a country's names, `capital=ID` gives the geonameid of its capital; a name written
//! `!name` is a preferred alias ([`Form::Preferred`]).
//! `C` countries, `A` admin1 divisions, `P` populated places, `R` hand-written regions
//! ("Gaza Strip", "Middle East"; `-` for an empty ISO2 or admin1). `S` lists names that are
//! never recognised on their own (common English words that happen to name a town). Names are
//! matched by [`fold_key`]. Lines starting with `#` are comments.

use std::collections::HashMap;

use factum_doc::Place;

/// Bits of a name hash that pick its bucket in the index (2^16 buckets, ~3 names each).
const BUCKET_BITS: u32 = 16;

/// The gazetteer shipped with the binary.
pub const EMBEDDED: &str = include_str!("../../../data/geo/gazetteer.tsv");

/// Kind of gazetteer entry: the kind of the [`Place`] it becomes.
pub use factum_doc::PlaceKind as Kind;

/// How a name refers to its entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Form {
    /// The entry's own name.
    Primary,
    /// An alternate name or spelling.
    Alternate,
    /// A nationality adjective or demonym ("Lebanese", "Israelis").
    Demonym,
    /// A curated alias that should win over other places of the same name: "Gaza" names the
    /// Gaza Strip in news far more often than the city or the Mozambican province. Written
    /// `!name` in the file.
    Preferred,
}

/// One place in the gazetteer.
#[derive(Debug, Clone)]
pub struct Entry {
    pub geonameid: u32,
    pub kind: Kind,
    pub name: String,
    /// ISO 3166-1 alpha-2 code, empty for supranational regions.
    pub iso2: String,
    /// ISO 3166-1 alpha-3 code, empty for supranational regions.
    pub iso3: String,
    /// GeoNames admin1 code ("TX", "04"), empty when not applicable.
    pub admin1: String,
    pub lat: f32,
    pub lon: f32,
    pub population: u64,
    /// For cities: true when the city is its country's capital.
    pub capital: bool,
}

impl Entry {
    /// The document-model view of this entry.
    pub fn to_place(&self) -> Place {
        Place {
            geonameid: self.geonameid,
            name: self.name.clone(),
            country: self.iso3.clone(),
            admin1: (!self.admin1.is_empty()).then(|| self.admin1.clone()),
            kind: self.kind,
            lat: round4(self.lat),
            lon: round4(self.lon),
        }
    }
}

fn round4(x: f32) -> f64 {
    (f64::from(x) * 10_000.0).round() / 10_000.0
}

/// A name pointing at an entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NameRef {
    pub entry: u32,
    pub form: Form,
}

/// Error reading a gazetteer file.
#[derive(Debug, thiserror::Error)]
pub enum GazetteerError {
    #[error("{origin}:{line}: {message}")]
    Parse {
        origin: String,
        line: usize,
        message: String,
    },
    #[error("{origin}: {source}")]
    Io {
        origin: String,
        source: std::io::Error,
    },
}

/// The loaded gazetteer with its name index.
#[derive(Debug, Default)]
pub struct Gazetteer {
    pub entries: Vec<Entry>,
    /// Hash of each folded name, sorted; `name_refs[i]` is what `name_hashes[i]` names.
    name_hashes: Vec<u64>,
    name_refs: Vec<NameRef>,
    /// `bucket_start[b]..bucket_start[b + 1]`: the index range of hashes whose top
    /// [`BUCKET_BITS`] bits are `b`, so a lookup touches one small slice instead of
    /// binary-searching 1.5 MB (which cost a cache miss per step).
    bucket_start: Vec<u32>,
    /// Hashes of the stop names.
    stop: std::collections::HashSet<u64>,
    /// Entry index of each country by ISO2 and by ISO3.
    country_by_iso: HashMap<String, u32>,
    /// Entry index of each admin1 division by "ISO2.code".
    admin1_by_code: HashMap<String, u32>,
    /// Most words in any name key: recognition tries spans up to this long.
    max_words: usize,
    /// Names being loaded, before [`Gazetteer::finish_index`] sorts them.
    staged: Vec<(u64, NameRef)>,
    fold_buf: String,
}

impl Gazetteer {
    /// The gazetteer embedded in the binary.
    pub fn embedded() -> Gazetteer {
        Gazetteer::parse(EMBEDDED, "embedded gazetteer").expect("embedded gazetteer is valid")
    }

    /// Load a gazetteer file (the format in the module documentation).
    pub fn load(path: &std::path::Path) -> Result<Gazetteer, GazetteerError> {
        let origin = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|source| GazetteerError::Io {
            origin: origin.clone(),
            source,
        })?;
        Gazetteer::parse(&text, &origin)
    }

    /// Parse gazetteer text; `origin` names it in errors.
    pub fn parse(text: &str, origin: &str) -> Result<Gazetteer, GazetteerError> {
        let mut g = Gazetteer::default();
        let mut capitals: Vec<(String, String)> = Vec::new();
        for (i, line) in text.lines().enumerate() {
            let lineno = i + 1;
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let err = |message: String| GazetteerError::Parse {
                origin: origin.to_string(),
                line: lineno,
                message,
            };
            let fields: Vec<&str> = line.split('\t').collect();
            if fields[0] == "S" {
                if fields.len() != 2 {
                    return Err(err("stop line needs 2 fields".into()));
                }
                for k in fields[1].split('|').filter(|k| !k.is_empty()) {
                    g.stop.insert(key_hash(&fold_key(k)));
                }
                continue;
            }
            let kind = match fields[0] {
                "C" => Kind::Country,
                "A" => Kind::Admin1,
                "P" => Kind::City,
                "R" => Kind::Region,
                other => return Err(err(format!("unknown record type {other:?}"))),
            };
            let want = if kind == Kind::Country { 10 } else { 9 };
            if fields.len() != want {
                return Err(err(format!(
                    "{} fields, expected {want} for a {} record",
                    fields.len(),
                    kind.as_str()
                )));
            }
            let num = |s: &str, what: &str| -> Result<f64, GazetteerError> {
                s.parse::<f64>()
                    .map_err(|_| err(format!("bad {what} {s:?}")))
            };
            let dash = |s: &str| {
                if s == "-" {
                    String::new()
                } else {
                    s.to_string()
                }
            };
            let geonameid = num(fields[1], "geonameid")? as u32;
            let (iso3, admin1) = match kind {
                Kind::Country => (fields[3].to_string(), String::new()),
                _ => (String::new(), dash(fields[3])),
            };
            let entry = Entry {
                geonameid,
                kind,
                name: fields[4].to_string(),
                iso2: dash(fields[2]),
                iso3,
                admin1,
                lat: num(fields[5], "latitude")? as f32,
                lon: num(fields[6], "longitude")? as f32,
                population: num(fields[7], "population")? as u64,
                capital: false,
            };
            let idx = g.entries.len() as u32;
            match kind {
                Kind::Country => {
                    g.country_by_iso.insert(entry.iso2.clone(), idx);
                    g.country_by_iso.insert(entry.iso3.clone(), idx);
                }
                Kind::Admin1 => {
                    g.admin1_by_code
                        .insert(format!("{}.{}", entry.iso2, entry.admin1), idx);
                }
                _ => {}
            }
            g.add_name(&entry.name, idx, Form::Primary);
            for n in fields[8].split('|').filter(|n| !n.is_empty()) {
                if let Some(cap) = n.strip_prefix("capital=") {
                    capitals.push((entry.iso2.clone(), cap.to_string()));
                    continue;
                }
                match n.strip_prefix('!') {
                    Some(preferred) => g.add_name(preferred, idx, Form::Preferred),
                    None => g.add_name(n, idx, Form::Alternate),
                }
            }
            if kind == Kind::Country {
                for n in fields[9].split('|').filter(|n| !n.is_empty()) {
                    g.add_name(n, idx, Form::Demonym);
                }
            }
            g.entries.push(entry);
        }
        // Fill ISO3 of non-country entries from their country; mark capitals.
        let iso3_of: HashMap<String, String> = g
            .entries
            .iter()
            .filter(|e| e.kind == Kind::Country)
            .map(|e| (e.iso2.clone(), e.iso3.clone()))
            .collect();
        for e in g.entries.iter_mut() {
            if e.kind != Kind::Country {
                e.iso3 = iso3_of.get(&e.iso2).cloned().unwrap_or_default();
            }
        }
        let capitals: std::collections::HashSet<u32> = capitals
            .iter()
            .filter_map(|(_, id)| id.parse().ok())
            .collect();
        for e in g.entries.iter_mut() {
            if e.kind == Kind::City && capitals.contains(&e.geonameid) {
                e.capital = true;
            }
        }
        g.finish_index();
        Ok(g)
    }

    fn add_name(&mut self, name: &str, entry: u32, form: Form) {
        fold_key_into(name, &mut self.fold_buf);
        if self.fold_buf.is_empty() {
            return;
        }
        self.max_words = self
            .max_words
            .max(self.fold_buf.bytes().filter(|&b| b == b' ').count() + 1);
        self.staged
            .push((key_hash(&self.fold_buf), NameRef { entry, form }));
    }

    /// Sort the staged names into the index, one reference per (name, entry), keeping the
    /// strongest form: a preferred alias or primary name beats an alternate; an adjective
    /// listed as a country "name variant" too ("South Korean") stays an adjective.
    fn finish_index(&mut self) {
        let rank = |f: Form| match f {
            Form::Preferred => 0,
            Form::Primary => 1,
            Form::Demonym => 2,
            Form::Alternate => 3,
        };
        let mut staged = std::mem::take(&mut self.staged);
        staged.sort_unstable_by_key(|(h, r)| (*h, r.entry, rank(r.form)));
        staged.dedup_by_key(|(h, r)| (*h, r.entry));
        // Within a name, keep file order of entries (countries and divisions first).
        self.name_hashes = staged.iter().map(|(h, _)| *h).collect();
        self.name_refs = staged.into_iter().map(|(_, r)| r).collect();
        let buckets = 1usize << BUCKET_BITS;
        let mut start = vec![0u32; buckets + 1];
        for h in &self.name_hashes {
            start[(h >> (64 - BUCKET_BITS)) as usize + 1] += 1;
        }
        for b in 0..buckets {
            start[b + 1] += start[b];
        }
        self.bucket_start = start;
        self.fold_buf = String::new();
    }

    /// Entries a folded key names (empty when none or when the key is a stop name).
    pub fn lookup_key(&self, key: &str) -> &[NameRef] {
        let h = key_hash(key);
        if self.stop.contains(&h) {
            return &[];
        }
        let b = (h >> (64 - BUCKET_BITS)) as usize;
        if self.bucket_start.len() < b + 2 {
            return &[]; // an empty gazetteer
        }
        let (from, to) = (
            self.bucket_start[b] as usize,
            self.bucket_start[b + 1] as usize,
        );
        let bucket = &self.name_hashes[from..to];
        let lo = bucket.partition_point(|&x| x < h);
        let hi = lo + bucket[lo..].partition_point(|&x| x == h);
        &self.name_refs[from + lo..from + hi]
    }

    /// Entries a surface string names.
    pub fn lookup(&self, name: &str) -> &[NameRef] {
        self.lookup_key(&fold_key(name))
    }

    /// Whether a folded key is a stop name.
    pub fn is_stop(&self, key: &str) -> bool {
        self.stop.contains(&key_hash(key))
    }

    pub fn entry(&self, index: u32) -> &Entry {
        &self.entries[index as usize]
    }

    /// The country entry for an ISO2 or ISO3 code.
    pub fn country(&self, iso: &str) -> Option<u32> {
        self.country_by_iso.get(iso).copied()
    }

    /// The admin1 entry for a country's ISO2 and admin1 code.
    pub fn admin1(&self, iso2: &str, code: &str) -> Option<u32> {
        self.admin1_by_code.get(&format!("{iso2}.{code}")).copied()
    }

    /// Most words in a name key.
    pub fn max_words(&self) -> usize {
        self.max_words
    }

    /// Number of distinct name keys.
    pub fn name_count(&self) -> usize {
        self.name_hashes.windows(2).filter(|w| w[0] != w[1]).count()
            + usize::from(!self.name_hashes.is_empty())
    }
}

/// The matching key of a name: lower case, Latin diacritics removed, apostrophes and full
/// stops dropped, hyphens and runs of white space turned into one space.
///
/// "Ṣanʿāʾ" → "sana", "Sana'a" → "sanaa", "Al-Ain" → "al ain", "U.S." → "us".
pub fn fold_key(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_key_into(s, &mut out);
    out
}

/// 64-bit FNV-1a of a folded key: the name index's key (see the module docs).
pub fn key_hash(key: &str) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in key.as_bytes() {
        hash ^= u64::from(*byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash
}

/// [`fold_key`] into a reused buffer (cleared first).
pub fn fold_key_into(s: &str, out: &mut String) {
    out.clear();
    let mut pending_space = false;
    for c in s.chars() {
        if c.is_ascii() {
            // Fast path: most names are plain ASCII.
            match c {
                ' ' | '\t' | '\n' | '\r' | '-' | '_' => pending_space = !out.is_empty(),
                '.' | '\'' | '`' => {}
                _ => {
                    if pending_space {
                        out.push(' ');
                        pending_space = false;
                    }
                    out.push(c.to_ascii_lowercase());
                }
            }
            continue;
        }
        if c.is_whitespace() || c == '–' {
            pending_space = !out.is_empty();
            continue;
        }
        if factum_doc::fold::is_combining_mark(c) {
            // Combining marks (the cedilla in "Z̧āhirīyah", the line in "H̱olon").
            continue;
        }
        if matches!(
            c,
            '.' | '\'' | '’' | '‘' | 'ʼ' | 'ʻ' | 'ʿ' | 'ʾ' | '`' | '´'
        ) {
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        for lc in c.to_lowercase() {
            match factum_doc::fold::fold_letter(lc) {
                Some(rep) => out.push_str(rep),
                None => out.push(lc),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_key_removes_diacritics_and_punctuation() {
        assert_eq!(fold_key("Ṣanʿāʾ"), "sana");
        assert_eq!(fold_key("Sana'a"), "sanaa");
        assert_eq!(fold_key("Al-Ain"), "al ain");
        assert_eq!(fold_key("U.S."), "us");
        assert_eq!(fold_key("  São   Paulo "), "sao paulo");
        assert_eq!(fold_key("Khān Yūnis"), "khan yunis");
    }

    #[test]
    fn parse_reports_file_and_line() {
        let err = Gazetteer::parse("#x\nP\t1\tFR\n", "g.tsv").unwrap_err();
        assert!(err.to_string().starts_with("g.tsv:2:"), "{err}");
    }

    #[test]
    fn shipped_names_have_no_hash_collision() {
        let mut seen: HashMap<u64, String> = HashMap::new();
        for line in EMBEDDED.lines().filter(|l| !l.starts_with('#')) {
            let f: Vec<&str> = line.split('\t').collect();
            let mut names: Vec<&str> = match f[0] {
                "S" => f[1].split('|').collect(),
                "C" => f[8].split('|').chain(f[9].split('|')).collect(),
                _ => f[8].split('|').collect(),
            };
            if f[0] != "S" {
                names.push(f[4]);
            }
            for n in names {
                let key = fold_key(n.trim_start_matches('!'));
                if key.is_empty() || key.starts_with("capital=") {
                    continue;
                }
                let h = key_hash(&key);
                if let Some(other) = seen.insert(h, key.clone()) {
                    assert_eq!(other, key, "hash collision");
                }
            }
        }
        assert!(seen.len() > 150_000);
    }

    #[test]
    fn embedded_gazetteer_has_countries_cities_and_regions() {
        let g = Gazetteer::embedded();
        let lb = g.country("LBN").unwrap();
        assert_eq!(g.entry(lb).name, "Lebanon");
        let refs = g.lookup("Lebanese");
        assert!(refs
            .iter()
            .any(|r| r.entry == lb && r.form == Form::Demonym));
        assert!(g.lookup("Tripoli").len() >= 2);
        assert!(g
            .lookup("Middle East")
            .iter()
            .any(|r| g.entry(r.entry).kind == Kind::Region));
        let beirut = g
            .lookup("Beirut")
            .iter()
            .find(|r| g.entry(r.entry).kind == Kind::City)
            .unwrap();
        assert!(g.entry(beirut.entry).capital);
    }
}
