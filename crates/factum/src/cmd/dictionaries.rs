//! `factum dictionaries build`: generate the dated actor dictionaries of today's news from
//! open sources (see `data/dictionaries/README.md` for the sources and their licences).
//!
//! * `factum.leaders.actors.txt`: heads of state and government 2015–2026 from the CIA
//!   World Factbook's executive-branch history (public domain), US presidents and
//!   vice-presidents and the current Congress (`congress-legislators`, CC0), and leaders of
//!   armed groups named on the OFAC SDN list of May 2024 (public domain).
//! * `factum.groups.actors.txt`: armed non-state actors of the UCDP Actor Dataset 22.1
//!   (cite: Davies, Pettersson & Öberg 2022), coded by the Phoenix conventions.
//!
//! Every block and code line cites the source file and row it came from. The output is a
//! pure function of the input files (sorted, no clock), so a rebuild is byte-identical.
//! Nothing derived from `wikidata_everypolitician/` is read (licence unclear).

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context as _;
use factum_actors::dict::ActorDictionary;

#[derive(clap::Subcommand)]
pub enum Action {
    /// Build data/dictionaries/factum.{leaders,groups}.actors.txt from the staged sources.
    Build {
        /// The staged sources (`cia_factbook/`, `us_congress_legislators/`, `ofac_sdn/`,
        /// `ucdp_actor/`).
        #[arg(long, default_value = "../shared/data/leaders")]
        sources: PathBuf,
        /// Output directory.
        #[arg(long, default_value = "data/dictionaries")]
        out: PathBuf,
        /// A UD English treebank (CoNLL-U): a surname that is also an ordinary English
        /// word in it ("Store", "Senior") is not made an alias on its own. Only this
        /// filter reads it; nothing of it is written to the output.
        #[arg(
            long,
            default_value = "../shared/data/ud_english_ewt/en_ewt-ud-train.conllu"
        )]
        lexicon: PathBuf,
    },
}

/// Words a lone surname must not be: ordinary English words (any part of speech but
/// proper noun, seen in a UD treebank), US legislators' given names, days, months, and a
/// few company and group names ("Meta", "Wagner").
struct Lexicon {
    words: HashSet<String>,
}

impl Lexicon {
    fn load(treebank: &Path, sources: &Path) -> anyhow::Result<Lexicon> {
        let text =
            std::fs::read_to_string(treebank).with_context(|| treebank.display().to_string())?;
        let mut counts: HashMap<String, u32> = HashMap::new();
        for line in text.lines() {
            if line.starts_with('#') || line.is_empty() {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() < 4 || matches!(cols[3], "PROPN" | "PUNCT" | "SYM" | "X") {
                continue;
            }
            *counts.entry(fold(cols[1]).to_uppercase()).or_default() += 1;
        }
        let mut words: HashSet<String> = counts
            .into_iter()
            .filter(|(_, n)| *n >= 1)
            .map(|(w, _)| w)
            .collect();
        let path = sources.join("us_congress_legislators/legislators-current.yaml");
        for (_, name, _) in read_legislators(&path)? {
            for k in ["first", "nickname"] {
                if let Some(n) = name.get(k) {
                    words.insert(fold(n).to_uppercase());
                }
            }
        }
        let extra = ["ENGLISH", "WAGNER", "META", "APPLE", "AMAZON", "TESLA"];
        for w in factum_actors::NOT_NAMES.iter().chain(&extra) {
            words.insert(w.to_string());
        }
        Ok(Lexicon { words })
    }

    fn contains(&self, key: &str) -> bool {
        self.words.contains(key)
    }
}

pub fn run(action: Action) -> anyhow::Result<ExitCode> {
    match action {
        Action::Build {
            sources,
            out,
            lexicon,
        } => {
            let phoenix = Phoenix::load()?;
            let lexicon = Lexicon::load(&lexicon, &sources)?;
            let (leaders, n_people) = build_leaders(&sources, &phoenix, &lexicon)?;
            let path = out.join("factum.leaders.actors.txt");
            std::fs::write(&path, &leaders).with_context(|| path.display().to_string())?;
            eprintln!("wrote {}: {n_people} people", path.display());
            let (groups, n_groups) = build_groups(&sources, &phoenix)?;
            let path = out.join("factum.groups.actors.txt");
            std::fs::write(&path, &groups).with_context(|| path.display().to_string())?;
            eprintln!("wrote {}: {n_groups} groups", path.display());
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// The bundled Phoenix actor files: country names → codes, and every name they know (so
/// generated aliases never shadow an existing Phoenix name with another country).
struct Phoenix {
    countries: HashMap<String, String>,
    names: HashMap<String, String>,
}

impl Phoenix {
    fn load() -> anyhow::Result<Phoenix> {
        use factum_actors::bundled;
        let mut countries = HashMap::new();
        let mut names = HashMap::new();
        for (name, text) in [
            bundled::COUNTRIES,
            bundled::INTERNATIONAL,
            bundled::MILNONSTATE,
        ] {
            let mut d = ActorDictionary::default();
            d.load_str(name, text)?;
            for e in &d.entries {
                let Some(code) = e.code_on(Some(20240101)).or(e.codes.first()) else {
                    continue;
                };
                for n in &e.names {
                    let key = spelled_key(&n.units);
                    // Country blocks carry dated codes (`[UKR >911221]`): the one in force.
                    if name == bundled::COUNTRIES.0
                        && code.code.len() == 3
                        && code.code.chars().all(|c| c.is_ascii_uppercase())
                    {
                        countries.entry(key.clone()).or_insert(code.code.clone());
                    }
                    names.entry(key).or_insert(code.code.clone());
                }
            }
        }
        Ok(Phoenix { countries, names })
    }

    /// The CAMEO country code of a Factbook or UCDP country name.
    fn country(&self, name: &str) -> Option<String> {
        let fixed = match name.trim() {
            "Korea, South" | "South Korea" => "SOUTH KOREA",
            "Korea, North" | "North Korea" => "NORTH KOREA",
            "Congo, Democratic Republic of the" | "DR Congo (Zaire)" => {
                "DEMOCRATIC REPUBLIC OF THE CONGO"
            }
            "Congo, Republic of the" | "Congo" => "REPUBLIC OF CONGO",
            "Burma" | "Myanmar (Burma)" => "MYANMAR",
            "Gaza Strip" | "West Bank" | "Palestine" => return Some("PSE".into()),
            "European Union" => return None,
            "Taiwan" => return Some("TWN".into()),
            "Kosovo" => return Some("KSV".into()),
            "Gambia, The" | "The Gambia" => "GAMBIA",
            "The Bahamas" => "BAHAMAS",
            "The Dominican" => "DOMINICAN REPUBLIC",
            "Guinea-Bissau" => "GUINEA BISSAU",
            "C&ocirc;te d'Ivoire" | "Côte d'Ivoire" => return Some("CIV".into()),
            "DRC" => return Some("COD".into()),
            "Turkmenistan" => return Some("TKM".into()),
            "Holy See (Vatican City)" => return Some("VAT".into()),
            "Bahamas, The" => "BAHAMAS",
            "Micronesia, Federated States of" => "MICRONESIA",
            "Cabo Verde" => "CAPE VERDE",
            "Czechia" => "CZECH REPUBLIC",
            "Eswatini" => "SWAZILAND",
            "Timor-Leste" => "EAST TIMOR",
            "Turkey (Turkiye)" | "Turkiye" => "TURKEY",
            "North Macedonia" => "MACEDONIA",
            "Cote d'Ivoire" | "Ivory Coast" => "IVORY COAST",
            "Russia (Soviet Union)" => "RUSSIA",
            "Yemen (North Yemen)" => "YEMEN",
            "Serbia (Yugoslavia)" => "SERBIA",
            "Cambodia (Kampuchea)" => "CAMBODIA",
            "Vietnam (North Vietnam)" => "VIETNAM",
            "Zimbabwe (Rhodesia)" => "ZIMBABWE",
            "Madagascar (Malagasy)" => "MADAGASCAR",
            "Bosnia-Herzegovina" => "BOSNIA AND HERZEGOVINA",
            other => other,
        };
        let units = factum_dict::phrase_units(fixed).join(" ");
        self.countries.get(&units).cloned()
    }
}

/// `yyyymmdd` → the `[CODE yymmdd-yymmdd]` form PETRARCH writes (8 digits outside
/// 1930–2029, which the six-digit century rule cannot express).
fn pdate(d: u32) -> String {
    let y = d / 10000;
    if (1930..2030).contains(&y) {
        format!("{:06}", d % 1_000_000)
    } else {
        format!("{d:08}")
    }
}

/// `yyyymmdd` moved by `days`.
fn add_days(d: u32, days: i64) -> u32 {
    use chrono::Datelike;
    let date = chrono::NaiveDate::from_ymd_opt((d / 10000) as i32, d / 100 % 100, d % 100)
        .expect("valid date")
        + chrono::Duration::days(days);
    date.year() as u32 * 10000 + date.month() * 100 + date.day()
}

/// The day before `yyyymmdd`.
fn day_before(d: u32) -> u32 {
    add_days(d, -1)
}

fn day_after(d: u32) -> u32 {
    add_days(d, 1)
}

/// "20 January 2021", "January 2021", "2021" → `yyyymmdd` (missing day/month: the 1st).
fn parse_factbook_date(s: &str) -> Option<u32> {
    let words: Vec<&str> = s
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    let month = |w: &str| {
        factum_doc::words::MONTHS
            .iter()
            .position(|m| m.eq_ignore_ascii_case(w))
            .map(|i| i as u32 + 1)
    };
    let year = |w: &str| w.parse::<u32>().ok().filter(|y| (1900..2100).contains(y));
    let (d, m, y) = match words.as_slice() {
        [d, m, y, ..] if d.parse::<u32>().is_ok() && month(m).is_some() => {
            (d.parse().ok()?, month(m)?, year(y)?)
        }
        [m, y, ..] if month(m).is_some() => (1, month(m)?, year(y)?),
        [y, ..] => (1, 1, year(y)?),
        _ => return None,
    };
    if !(1..=31).contains(&d) {
        return None;
    }
    Some(y * 10000 + m * 100 + d)
}

fn iso_date(s: &str) -> Option<u32> {
    let s = s.trim().trim_matches('\'');
    let mut it = s.split('-');
    let y: u32 = it.next()?.parse().ok()?;
    let m: u32 = it.next()?.parse().ok()?;
    let d: u32 = it.next()?.parse().ok()?;
    Some(y * 10000 + m * 100 + d)
}

/// One dated role of a person, with the source row it came from.
#[derive(Debug, Clone)]
struct Term {
    code: String,
    from: u32,
    /// Inclusive; `None` = still in office at the source's last edition.
    to: Option<u32>,
    cite: String,
}

/// A person: display name, aliases (match forms) and terms.
#[derive(Debug, Default)]
struct Person {
    country: String,
    primary: String,
    aliases: Vec<String>,
    /// Surname-only alias candidate (added when unambiguous).
    surname: Option<String>,
    terms: Vec<Term>,
    cite: String,
}

/// Words that start an office title in the Factbook's executive-branch texts.
const TITLE_WORDS: &[&str] = &[
    "president",
    "vice",
    "prime",
    "minister",
    "first",
    "second",
    "third",
    "deputy",
    "king",
    "queen",
    "emperor",
    "crown",
    "prince",
    "princess",
    "grand",
    "duke",
    "emir",
    "amir",
    "sultan",
    "supreme",
    "leader",
    "chancellor",
    "federal",
    "chief",
    "executive",
    "state",
    "counsellor",
    "counselor",
    "premier",
    "chairman",
    "chairwoman",
    "chair",
    "governor",
    "general",
    "head",
    "of",
    "government",
    "interim",
    "acting",
    "caretaker",
    "transitional",
    "and",
    "the",
    "council",
    "presidential",
    "co-prince",
    "captain",
    "captains",
    "regent",
    "sovereign",
    "pope",
    "secretary",
    "taoiseach",
    "tanaiste",
    "field",
    "marshal",
    "senior",
    "military",
    "national",
    "assembly",
    "speaker",
    "administrator",
    "commissioner",
    "high",
    "representative",
    "member",
    "members",
    "presidency",
    "transition",
    "lieutenant",
    "colonel",
    "major",
    "brigadier",
    "gen.",
    "lt.",
    "col.",
    "maj.",
    "dr.",
    "mr.",
    "mrs.",
    "ms.",
    "hereditary",
    "coprince",
    "co-princes",
    "designate",
    "elect",
    "sheikh",
    "shaykh",
    "his",
    "her",
    "majesty",
    "highness",
    "holiness",
    "apostolic",
    "nuncio",
    "officer",
    "commander",
    "coordinator",
    "director",
    "army",
    "justice",
    "rotating",
    "heads",
    "collective",
    "union",
    "european",
    "commission",
    "bishop",
    "archbishop",
    "ruler",
    "mayor",
    "cardinal",
    "counsel",
    "vice-president",
    "vice-chairman",
    "deputies",
    "ministers",
    "presidents",
    "vice-presidents",
    "affairs",
    "foreign",
    "finance",
    "defense",
    "defence",
    "interior",
    "economy",
    "economic",
    "trade",
    "planning",
    "development",
    "home",
    "internal",
    "security",
    "public",
    "works",
    "health",
    "education",
    "energy",
    "agriculture",
    "labor",
    "labour",
    "environment",
    "information",
    "communications",
    "coordinating",
    "for",
    "in",
    "to",
    "with",
    "responsibility",
    "minister-president",
    "crown-prince",
    "premiers",
    "vice-premier",
    "vice-premiers",
    "president-elect",
    "prime-minister",
    "dame",
    "sir",
    "mullah",
    "sheikha",
    "rev.",
    "reverend",
    "lord",
    "lady",
    "republic",
    "co-vice",
    "gov.",
    "gen",
    "brig.",
    "amb.",
    "sen.",
    "col",
    "lt",
];

/// English words that single-word aliases (acronyms, surnames) must not be: matching is
/// case-insensitive, so "IS" or "ONE" would code ordinary words.
const COMMON_WORDS: &[&str] = &[
    "A",
    "AN",
    "THE",
    "IS",
    "IT",
    "AS",
    "AT",
    "BE",
    "BY",
    "DO",
    "GO",
    "HE",
    "IF",
    "IN",
    "ME",
    "MY",
    "NO",
    "OF",
    "ON",
    "OR",
    "SO",
    "TO",
    "UP",
    "US",
    "WE",
    "ALL",
    "AND",
    "ANY",
    "ARE",
    "ARM",
    "AIM",
    "ACT",
    "BAN",
    "BUT",
    "CAN",
    "DAY",
    "END",
    "FOR",
    "HAS",
    "HIS",
    "HER",
    "HOW",
    "KEY",
    "LAW",
    "MAN",
    "MAY",
    "NEW",
    "NOT",
    "NOW",
    "ONE",
    "OUR",
    "OUT",
    "SAY",
    "SEE",
    "SHE",
    "THE",
    "TWO",
    "USE",
    "WAR",
    "WAS",
    "WAY",
    "WHO",
    "WHY",
    "YES",
    "YET",
    "YOU",
    "ALSO",
    "ARMY",
    "BACK",
    "BEEN",
    "BOTH",
    "CALL",
    "CAME",
    "COME",
    "DOWN",
    "EACH",
    "EVEN",
    "FROM",
    "GOOD",
    "HAVE",
    "HERE",
    "HIGH",
    "INTO",
    "JUST",
    "KEEP",
    "KING",
    "LAST",
    "LEFT",
    "LIKE",
    "LONG",
    "MADE",
    "MAKE",
    "MANY",
    "MORE",
    "MOST",
    "MUCH",
    "MUST",
    "NAME",
    "NEAR",
    "NEXT",
    "ONLY",
    "OVER",
    "PART",
    "PEACE",
    "SAID",
    "SAME",
    "SOME",
    "SUCH",
    "TAKE",
    "THAN",
    "THAT",
    "THEM",
    "THEN",
    "THEY",
    "THIS",
    "TIME",
    "UNION",
    "UNITY",
    "UPON",
    "VERY",
    "WELL",
    "WERE",
    "WHAT",
    "WHEN",
    "WILL",
    "WITH",
    "WORK",
    "YEAR",
    "FRONT",
    "FORCE",
    "FORCES",
    "PEOPLE",
    "PARTY",
    "GROUP",
    "ALLIANCE",
    "MOVEMENT",
    "LIBERATION",
    "FREEDOM",
    "JUSTICE",
    "POWER",
    "NATIONAL",
    "PATRIOTIC",
    "POPULAR",
    "REVOLUTIONARY",
    "DEMOCRATIC",
    "ISLAMIC",
    "ARMED",
    "CHRISTIAN",
    "MUSLIM",
    "SUNNI",
    "SHIA",
    "KURDS",
    "ARABS",
    "FIGHTERS",
    "REBELS",
    "RED",
    "WHITE",
    "BLACK",
    "GREEN",
    "GREAT",
    "NORTH",
    "SOUTH",
    "EAST",
    "WEST",
    "CENTRAL",
    "LEAGUE",
    "COUNCIL",
    "STATE",
    "HOPE",
    "RULE",
    "RISE",
    "WAKE",
    "SWORD",
    "SHIELD",
    "JIHAD",
    "DAWN",
    "CAMP",
    "TRUTH",
    "FAITH",
    "UNITED",
    "JOHN",
    "SAM",
    "JAMES",
    "DAVID",
    "PAUL",
    "MARK",
    "ANA",
    "AMAN",
    "KHAN",
    "ALI",
    "AHMED",
    "MOHAMMED",
    "MUHAMMAD",
    "HASSAN",
    "HUSSEIN",
    "KIM",
    "LEE",
    "PARK",
    "MOON",
    "WANG",
    "LI",
    "ZHANG",
    "LIU",
    "CHEN",
    "SINGH",
    "SHAH",
    "SHARIF",
    "SALAM",
    "ABDULLAH",
    "HAMAD",
    "SALMAN",
    "ZAYED",
    "THANI",
    "SAUD",
    "GREEN",
    "YOUNG",
    "BROWN",
    "SMITH",
    "JOHNSON",
    "JONES",
    "MILLER",
    "DAVIS",
    "WILSON",
    "MOORE",
    "TAYLOR",
    "ANDERSON",
    "THOMAS",
    "JACKSON",
    "MARTIN",
    "LEWIS",
    "WALKER",
    "HALL",
    "ALLEN",
    "KING",
    "SCOTT",
    "HILL",
    "ADAMS",
    "BAKER",
    "NELSON",
    "CARTER",
    "MITCHELL",
    "ROBERTS",
    "TURNER",
    "PHILLIPS",
    "CAMPBELL",
    "PARKER",
    "EVANS",
    "EDWARDS",
    "COLLINS",
    "STEWART",
    "MORRIS",
    "ROGERS",
    "REED",
    "COOK",
    "MORGAN",
    "BELL",
    "MURPHY",
    "BAILEY",
    "RIVERA",
    "COOPER",
    "HOWARD",
    "WARD",
    "COX",
    "PETERSON",
    "GRAY",
    "JAMES",
    "WATSON",
    "BROOKS",
    "KELLY",
    "SANDERS",
    "PRICE",
    "BENNETT",
    "WOOD",
    "BARNES",
    "ROSS",
    "HENDERSON",
    "COLEMAN",
    "JENKINS",
    "PERRY",
    "POWELL",
    "LONG",
    "PATTERSON",
    "HUGHES",
    "FLORES",
    "WASHINGTON",
    "BUTLER",
    "SIMMONS",
    "FOSTER",
    "BRYANT",
    "ALEXANDER",
    "RUSSELL",
    "GRIFFIN",
    "HAYES",
    "MYERS",
    "FORD",
    "HAMILTON",
    "GRAHAM",
    "SULLIVAN",
    "WALLACE",
    "WEST",
    "COLE",
    "JORDAN",
    "REYNOLDS",
    "MARSHALL",
    "OWENS",
    "FRANCIS",
    "GEORGE",
    "LAWRENCE",
    "CHASE",
    "DEAN",
    "HOPE",
    "JUSTICE",
    "CHARLES",
    "LOUIS",
    "VICTORIA",
    "PHILIP",
    "ISRAEL",
    "CHAD",
    "NIGER",
    "GUINEA",
    "TOGO",
    "MALI",
    "CUBA",
    "PERU",
    "IRAN",
    "IRAQ",
    "OMAN",
    "FIJI",
    "LAOS",
    "MODEL",
    "FUNK",
    "SURA",
    "FUNA",
    "RASTAS",
    "NINJAS",
    "COBRAS",
    "KAMAJORS",
    "MAYO",
];

fn is_common_word(units: &[String]) -> bool {
    units.len() == 1 && COMMON_WORDS.contains(&units[0].as_str())
}

/// Decode HTML entities: accented letters to their base letter ("FERN&Aacute;NDEZ" →
/// "FERNANDEZ", as news writes it), numeric ones to the character, a few named ones.
/// Must run before splitting on `;`.
fn decode_entities(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    factum_ingest::markup::decode_entities(s, 10, &mut out, |name, out| {
        if let Some(c) = factum_ingest::markup::numeric_reference(name) {
            out.push(c);
            return true;
        }
        let decoded = match name {
            "nbsp" => Some(" "),
            "amp" => Some("&"),
            "quot" => Some("\""),
            "apos" | "rsquo" | "lsquo" => Some("'"),
            "ndash" | "mdash" => Some("-"),
            "lt" => Some("<"),
            "gt" => Some(">"),
            _ => base_letter(name),
        };
        decoded.map(|d| out.push_str(d)).is_some()
    });
    out
}

/// The letter an accented-letter entity's name puts an accent on ("Aacute" → "A").
fn base_letter(name: &str) -> Option<&str> {
    const ACCENTS: &[&str] = &[
        "acute", "grave", "circ", "tilde", "uml", "cedil", "ring", "slash", "caron", "macr",
        "breve", "ogon", "dot",
    ];
    ACCENTS
        .iter()
        .find_map(|a| name.strip_suffix(a))
        .filter(|b| b.len() == 1 && b.chars().all(|c| c.is_ascii_alphabetic()))
}

/// Tidy Factbook HTML-ish text: entities, tags, repeated spaces.
fn clean(s: &str) -> String {
    let mut t = decode_entities(s);
    while let (Some(a), Some(b)) = (t.find('<'), t.find('>')) {
        if b <= a {
            break;
        }
        t.replace_range(a..=b, " ");
    }
    t.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// An upper-case surname word of a Factbook name ("NETANYAHU", "al-HARIRI", "WILLEM-ALEXANDER").
fn is_caps_word(w: &str) -> bool {
    let letters: Vec<char> = w.chars().filter(|c| c.is_alphabetic()).collect();
    let upper = letters.iter().filter(|c| c.is_uppercase()).count();
    upper >= 2 && upper * 10 >= letters.len() * 6
}

/// Title-case a word ("NETANYAHU" → "Netanyahu", "al-HARIRI" → "al-Hariri").
fn title_case(w: &str) -> String {
    let mut out = String::new();
    let mut start = true;
    for c in w.chars() {
        if start {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        start = !c.is_alphabetic();
        if c == '\'' {
            start = false;
        }
    }
    // Keep Arabic article particles lower-case, as news writes them.
    for p in ["Al-", "El-", "Bin-", "Ibn-"] {
        if out.starts_with(p) && w.starts_with(&p.to_lowercase()) {
            out.replace_range(..p.len(), &p.to_lowercase());
        }
    }
    out
}

/// Dictionary form of a name: words joined with `_`, upper-case; `None` when empty.
fn dict_name(words: &[String]) -> Option<String> {
    let s: Vec<String> = words
        .iter()
        .map(|w| w.trim_matches(|c: char| c == ',' || c == '"'))
        .filter(|w| !w.is_empty())
        .map(|w| w.to_uppercase())
        .collect();
    if s.is_empty() {
        None
    } else {
        Some(s.join("_"))
    }
}

/// Lower-case name particles that may stand before an upper-case surname ("Ursula von der
/// LEYEN").
const PARTICLES: &[&str] = &[
    "von", "van", "der", "den", "de", "da", "di", "del", "la", "le", "al", "el", "bin", "ibn",
    "dos", "das", "du", "ould", "bint",
];

/// Parse one Factbook segment ("President Joseph R. BIDEN Jr. (since 20 January 2021)")
/// into (title, name words, start date). The name is the upper-case surname with up to
/// three given names before it (capitalised words that are not title words or country
/// names) and the words after it ("Pedro SANCHEZ Perez-Castejon").
fn parse_segment(seg: &str, phoenix: &Phoenix) -> Option<(String, Vec<String>, u32)> {
    let seg = seg.trim();
    let since = seg.find("(since ")?;
    let close = seg[since..].find(')')? + since;
    let from = parse_factbook_date(&seg[since + 7..close])?;
    let mut head = seg[..since].trim();
    // "King WILLEM-ALEXANDER of the Netherlands", "… , Chairman of …".
    for cut in [" of the ", ", ", " of "] {
        if let Some(i) = head.find(cut) {
            // Only cut after the name has started (a caps word before the cut).
            if head[..i].split_whitespace().any(is_caps_word) {
                head = head[..i].trim();
            }
        }
    }
    // Nicknames in quotes are dropped from the name ("Michiel ""Mike"" Godfried EMAN").
    let words: Vec<&str> = head
        .split_whitespace()
        .filter(|w| !w.starts_with('"') && !w.starts_with('“'))
        .collect();
    let c = words.iter().position(|w| is_caps_word(w))?;
    let mut start = c;
    while start > 0 && c - start < 3 {
        let w = words[start - 1];
        let lower = w.to_lowercase();
        let given = w.chars().next().is_some_and(|ch| ch.is_uppercase())
            && w.chars()
                .all(|ch| ch.is_alphabetic() || matches!(ch, '-' | '.' | '\''))
            && !TITLE_WORDS.contains(&lower.as_str())
            && phoenix.country(w).is_none();
        if !(given || PARTICLES.contains(&lower.as_str())) {
            break;
        }
        start -= 1;
    }
    let mut name: Vec<&str> = words[start..].to_vec();
    while name
        .last()
        .is_some_and(|w| matches!(*w, "Jr." | "Sr." | "Jr" | "Sr" | "II" | "III"))
        && name.len() > 2
    {
        name.pop();
    }
    if name.len() > 8 {
        return None;
    }
    let title: Vec<&str> = words[..start]
        .iter()
        .copied()
        .filter(|w| {
            !matches!(
                w.to_lowercase().as_str(),
                "acting" | "interim" | "caretaker" | "transitional" | "designate" | "elect"
            )
        })
        .collect();
    let mut name: Vec<String> = name.iter().map(|w| w.to_string()).collect();
    // A one-word name ("King PHILIPPE") keeps its title: "Philippe" alone is too common.
    if name.len() == 1 {
        if let Some(t) = title.last() {
            let t = if title.len() >= 2 && title[title.len() - 2].eq_ignore_ascii_case("grand") {
                format!("Grand {t}")
            } else {
                t.to_string()
            };
            name.insert(0, t);
        }
    }
    Some((title.join(" ").to_lowercase(), name, from))
}

/// ASCII form of a name (news often drops diacritics: "Luis Montenegro", "Sanchez").
fn fold(s: &str) -> String {
    s.chars()
        .map(|c| {
            let l = c.to_lowercase().next().unwrap_or(c);
            let f = match l {
                'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ą' | 'ă' => 'a',
                'ç' | 'č' | 'ć' => 'c',
                'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ę' | 'ě' => 'e',
                'ì' | 'í' | 'î' | 'ï' | 'ī' | 'ı' => 'i',
                'ñ' | 'ń' | 'ň' => 'n',
                'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => 'o',
                'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ű' | 'ů' => 'u',
                'ý' | 'ÿ' => 'y',
                'ş' | 'š' | 'ś' | 'ș' => 's',
                'ğ' => 'g',
                'ł' => 'l',
                'ž' | 'ź' | 'ż' => 'z',
                'ř' => 'r',
                'ț' | 'ţ' | 'ť' => 't',
                'đ' | 'ď' => 'd',
                other => other,
            };
            if c.is_uppercase() {
                f.to_uppercase().next().unwrap_or(f)
            } else {
                f
            }
        })
        .collect()
}

/// Who a Factbook name refers to across spellings: the country-independent part of the
/// identity. "Binyamin"/"Benjamin"/"Benyamin NETANYAHU" are one person (same surname, same
/// initial); names whose upper-case word comes first ("XI Jinping", "MUHAMMAD bin
/// Salman") are only themselves.
fn person_key(words: &[String]) -> String {
    let first_caps = words.iter().position(|w| is_caps_word(w));
    let nasab = words
        .iter()
        .any(|w| matches!(w.to_lowercase().as_str(), "bin" | "bint" | "ibn" | "ben"));
    match first_caps {
        Some(c) if c > 0 && !nasab => {
            let mut end = c;
            while end < words.len() && is_caps_word(&words[end]) {
                end += 1;
            }
            // The first upper-case word: "SANCHEZ Perez-Castejon" and "SANCHEZ
            // PEREZ-CASTEJON" are one surname.
            let surname: Vec<String> = words[c..end.min(c + 1)]
                .iter()
                .map(|w| {
                    let f = fold(w).to_uppercase();
                    for p in ["AL-", "EL-"] {
                        if let Some(r) = f.strip_prefix(p) {
                            return r.to_string();
                        }
                    }
                    f
                })
                .collect();
            // First and last given names' initials (initials like "R." skipped): keeps
            // "Mohammad Nawaz" and "Muhammad Shehbaz SHARIF" apart.
            let given: Vec<char> = words[..c]
                .iter()
                .filter(|w| w.chars().filter(|ch| ch.is_alphabetic()).count() > 1)
                .filter_map(|w| fold(w).chars().next())
                .collect();
            let first = given.first().copied().unwrap_or('?');
            let last = given.last().copied().unwrap_or('?');
            format!(
                "{}{} {}",
                first.to_uppercase(),
                last.to_uppercase(),
                surname.join(" ")
            )
        }
        _ => key(&words.iter().map(|w| fold(w)).collect::<Vec<_>>()),
    }
}

/// Match forms of a Factbook name: the full name, without initials, first given name +
/// surname (also without an Arabic article, "Saad Hariri"), ASCII forms of each; and the
/// surname alone as a candidate.
fn name_forms(words: &[String]) -> (Vec<Vec<String>>, Option<Vec<String>>) {
    let cased: Vec<String> = words
        .iter()
        .map(|w| {
            if is_caps_word(w) {
                title_case(w)
            } else {
                w.clone()
            }
        })
        .collect();
    let mut forms: Vec<Vec<String>> = vec![cased.clone()];
    let no_initials: Vec<String> = cased
        .iter()
        .filter(|w| {
            let letters = w.chars().filter(|c| c.is_alphabetic()).count();
            !(letters == 1 || (letters == 2 && w.ends_with('.') && w.chars().nth(1) != Some('.')))
        })
        .cloned()
        .collect();
    if !no_initials.is_empty() && no_initials != cased {
        forms.push(no_initials.clone());
    }
    let push = |forms: &mut Vec<Vec<String>>, f: Vec<String>| {
        if !forms.contains(&f) {
            forms.push(f);
        }
    };
    // The surname: the run of caps words.
    let Some(first_caps) = words.iter().position(|w| is_caps_word(w)) else {
        return (forms, None);
    };
    let mut end = first_caps;
    while end < words.len() && is_caps_word(&words[end]) {
        end += 1;
    }
    let surname: Vec<String> = cased[first_caps..end].to_vec();
    // Without the Arabic article: "al-Hariri" → "Hariri".
    let bare: Vec<String> = surname
        .iter()
        .map(|w| {
            for p in ["al-", "el-", "Al-", "El-"] {
                if let Some(r) = w.strip_prefix(p) {
                    return r.to_string();
                }
            }
            w.clone()
        })
        .collect();
    let nasab = words
        .iter()
        .any(|w| matches!(w.to_lowercase().as_str(), "bin" | "bint" | "ibn" | "ben"));
    if first_caps > 0 && !nasab {
        let mut f = vec![cased[0].clone()];
        f.extend(surname.iter().cloned());
        push(&mut forms, f);
        let mut f = vec![cased[0].clone()];
        f.extend(bare.iter().cloned());
        push(&mut forms, f);
        // The given name next to the surname ("Antonio Luis MONTENEGRO" → "Luis Montenegro").
        if first_caps >= 2 && cased[first_caps - 1].chars().count() > 2 {
            let mut f = vec![cased[first_caps - 1].clone()];
            f.extend(surname.iter().cloned());
            push(&mut forms, f);
        }
    }
    for f in forms.clone() {
        let folded: Vec<String> = f.iter().map(|w| fold(w)).collect();
        push(&mut forms, folded);
    }
    // A surname alone only after a given name ("Narendra MODI" → "Modi"), and not in
    // Arabic nasab names, where the upper-cased word is a given name ("MUHAMMAD bin
    // Salman", "MANSUR bin Zayid").
    if first_caps == 0 || nasab {
        return (forms, None);
    }
    (forms, Some(bare.iter().map(|w| fold(w)).collect()))
}

/// The keys of the given names ("Mohamed" of Mohamed Bazoum) that open the names of
/// [`COMMON_GIVEN`] or more people: a surname spelt like such a name ("Abdoulkader Kamil
/// *Mohamed*") names, alone, anyone so called, so it is no alias of one person. (A given
/// name of one or two others, "Petro" of Petro Poroshenko, leaves "Petro" Gustavo Petro's:
/// news names few people by a rare given name alone.)
fn given_names<'p>(people: impl Iterator<Item = &'p Person>) -> HashSet<String> {
    let mut count: HashMap<String, usize> = HashMap::new();
    for p in people {
        if let Some(first) = p.primary.split_whitespace().next() {
            *count.entry(key(&[first.to_string()])).or_default() += 1;
        }
    }
    count
        .into_iter()
        .filter(|&(_, n)| n >= COMMON_GIVEN)
        .map(|(k, _)| k)
        .collect()
}

/// How many office holders' names a given name must open to be common ([`given_names`]).
const COMMON_GIVEN: usize = 3;

/// The key [`key`] gives a name, from its match units: the units the matcher splits a
/// possessive into ("PEOPLE" "'S") are one word as the name is spelt ("PEOPLE'S"), so a
/// generated name is compared with Phoenix's as written.
fn spelled_key(units: &[String]) -> String {
    let mut out = String::new();
    for u in units {
        if !out.is_empty() && !matches!(u.as_str(), "'S" | "'") {
            out.push(' ');
        }
        out.push_str(u);
    }
    out
}

/// A sortable key for a name form.
fn key(words: &[String]) -> String {
    factum_dict::spelled_units(&words.join(" ")).join(" ")
}

fn build_leaders(
    sources: &Path,
    phoenix: &Phoenix,
    lexicon: &Lexicon,
) -> anyhow::Result<(String, usize)> {
    let mut people: BTreeMap<(String, String), Person> = BTreeMap::new();
    factbook(sources, phoenix, &mut people)?;
    us_executive(sources, &mut people)?;
    let mut out = String::new();
    out.push_str(LEADERS_HEADER);
    write_people(&mut out, people, phoenix, lexicon)?;
    let n = out
        .lines()
        .filter(|l| !l.starts_with(['#', '+', '\t']))
        .count();
    let ofac = ofac(sources)?;
    out.push_str(&ofac);
    Ok((out, n))
}

const LEADERS_HEADER: &str = "\
# factum.leaders.actors.txt: GENERATED by `factum dictionaries build`; do not edit by hand
# (edit factum.curated.actors.txt, which wins over this file, or the builder).
#
# Heads of state and government with dated roles, from:
#  - CIA World Factbook, final edition (2026-01-22), executive-branch history 2015-2026
#    (public domain; factbook_executive_history_2015-2026.csv, row numbers cited);
#  - US presidents and vice-presidents (executive.yaml) and the 119th Congress
#    (legislators-current.yaml), github.com/unitedstates/congress-legislators (CC0 1.0);
#  - US Treasury OFAC SDN list of 2024-05-03 (public domain, US government work): leaders
#    linked to Hizballah, HAMAS and the Houthis (Ansarallah).
# Each person: a dated code per office ([XXXGOV from-to]; the last one open when the final
# Factbook edition still lists them), XXXELI between and after offices, and an undated
# XXXELI fallback (older Phoenix entries with a dated code win for years not covered here).

";

/// Factbook chief of state / head of government history → people with GOV terms.
fn factbook(
    sources: &Path,
    phoenix: &Phoenix,
    people: &mut BTreeMap<(String, String), Person>,
) -> anyhow::Result<()> {
    let FactbookHistory {
        segments,
        country_of,
        final_seen,
    } = read_factbook(sources, phoenix)?;
    for ((gec, field, title), terms) in factbook_slots(segments) {
        let code = country_of[&gec].clone();
        let merged = merge_respellings(terms);
        for i in 0..merged.len() {
            let (t, spellings) = &merged[i];
            // Ends the day before the next different holder starts; the last holder is
            // open when the final edition still lists them, else ends when last seen.
            let next = merged[i + 1..]
                .iter()
                .find(|(m, _)| m.pkey != t.pkey && m.from > t.from)
                .map(|(m, _)| day_before(m.from));
            let to = match next {
                Some(n) => Some(n),
                None if t.last_seen >= final_seen => None,
                None => Some(t.last_seen),
            };
            let person = people
                .entry((code.clone(), t.pkey.clone()))
                .or_insert_with(|| {
                    let (forms, surname) = name_forms(&t.words);
                    Person {
                        country: code.clone(),
                        primary: forms[0].join(" "),
                        aliases: Vec::new(),
                        surname: surname.map(|s| s.join(" ")),
                        terms: Vec::new(),
                        cite: format!(
                            "factbook_executive_history_2015-2026.csv:{} ({gec}, {field})",
                            t.line
                        ),
                    }
                });
            for words in spellings {
                let (forms, _) = name_forms(words);
                for f in forms {
                    let f = f.join(" ");
                    if f != person.primary && !person.aliases.contains(&f) {
                        person.aliases.push(f);
                    }
                }
            }
            person.terms.push(Term {
                code: format!("{code}GOV"),
                from: t.from,
                to,
                cite: format!("factbook:{} {title} since {}", t.line, t.from),
            });
        }
    }
    Ok(())
}

/// One office holder as a segment of a Factbook executive-branch text gives them.
struct FactbookSegment {
    gec: String,
    field: String,
    title: String,
    words: Vec<String>,
    pkey: String,
    from: u32,
    last_seen: u32,
    line: u64,
}

/// The Factbook's executive-branch history as read: every holder's segment, the CAMEO
/// code of each country by its GEC code, and the latest date a row was last seen (that of
/// the final edition).
struct FactbookHistory {
    segments: Vec<FactbookSegment>,
    country_of: HashMap<String, String>,
    final_seen: u32,
}

/// Reads the Factbook's executive-branch history, one segment per holder named in a row.
fn read_factbook(sources: &Path, phoenix: &Phoenix) -> anyhow::Result<FactbookHistory> {
    let path = sources.join("cia_factbook/factbook_executive_history_2015-2026.csv");
    let mut rd = csv::Reader::from_path(&path).with_context(|| path.display().to_string())?;
    let mut segs_all: Vec<FactbookSegment> = Vec::new();
    let mut country_of: HashMap<String, String> = HashMap::new();
    let mut final_seen = 0;
    let mut unmapped = BTreeMap::new();
    for rec in rd.records() {
        let rec = rec?;
        let line = rec.position().map_or(0, |p| p.line());
        let (gec, country, field, text, last_seen) = (&rec[0], &rec[2], &rec[3], &rec[4], &rec[6]);
        // The US comes from congress-legislators (exact term dates).
        if gec == "us" {
            continue;
        }
        let Some(code) = phoenix.country(country) else {
            *unmapped.entry(country.to_string()).or_insert(0) += 1;
            continue;
        };
        country_of.insert(gec.to_string(), code);
        let last_seen = iso_date(last_seen).unwrap_or(0);
        final_seen = final_seen.max(last_seen);
        let text = clean(text);
        let segs: Vec<&str> = text.split(';').collect();
        // "King CHARLES III …; represented by Governor General …": the monarch of another
        // realm is not this country's government.
        let skip_to = segs
            .iter()
            .position(|s| s.contains("represented by"))
            .unwrap_or(0);
        for seg in &segs[skip_to..] {
            let seg = seg.replace("represented by", "");
            let seg = seg.trim();
            if seg.starts_with("note") {
                break;
            }
            let Some((title, words, from)) = parse_segment(seg, phoenix) else {
                continue;
            };
            segs_all.push(FactbookSegment {
                gec: gec.to_string(),
                field: field.to_string(),
                title,
                pkey: person_key(&words),
                words,
                from,
                last_seen,
                line,
            });
        }
    }
    for (c, n) in &unmapped {
        eprintln!("factbook: no CAMEO code for {c} ({n} rows); skipped");
    }
    Ok(FactbookHistory {
        segments: segs_all,
        country_of,
        final_seen,
    })
}

/// The segments by slot (GEC code, field, title), a segment without a title given the title
/// of its holder's term.
fn factbook_slots(
    segs_all: Vec<FactbookSegment>,
) -> BTreeMap<(String, String, String), Vec<FactbookSegment>> {
    // A text without a title ("Benjamin NETANYAHU (since 29 December 2022)") belongs to
    // the slot where the same person with the same start has one.
    let titled: HashMap<(String, String, String, u32), String> = segs_all
        .iter()
        .filter(|s| !s.title.is_empty())
        .map(|s| {
            (
                (s.gec.clone(), s.field.clone(), s.pkey.clone(), s.from),
                s.title.clone(),
            )
        })
        .collect();
    // slot (gec, field, title) → segments.
    let mut slots: BTreeMap<(String, String, String), Vec<FactbookSegment>> = BTreeMap::new();
    for mut s in segs_all {
        if s.title.is_empty() {
            s.title = titled
                .get(&(s.gec.clone(), s.field.clone(), s.pkey.clone(), s.from))
                .cloned()
                .unwrap_or_else(|| s.field.clone());
        }
        slots
            .entry((s.gec.clone(), s.field.clone(), s.title.clone()))
            .or_default()
            .push(s);
    }
    slots
}

/// The terms of one slot in order of start, one per holder and start, each with every
/// spelling of its holder's name.
fn merge_respellings(mut terms: Vec<FactbookSegment>) -> Vec<(FactbookSegment, Vec<Vec<String>>)> {
    terms.sort_by(|a, b| a.from.cmp(&b.from).then(a.line.cmp(&b.line)));
    // One term per (person, start): the same holder respelled ("Reuven"/"Reuben
    // RIVLIN") is one term; every spelling becomes an alias.
    let mut merged: Vec<(FactbookSegment, Vec<Vec<String>>)> = Vec::new();
    for t in terms {
        match merged
            .iter_mut()
            .find(|(m, _)| m.from == t.from && (m.pkey == t.pkey))
        {
            Some((m, spellings)) => {
                spellings.push(t.words.clone());
                if t.last_seen > m.last_seen {
                    m.last_seen = t.last_seen;
                    m.line = t.line;
                }
            }
            None => {
                let w = t.words.clone();
                merged.push((t, vec![w]));
            }
        }
    }
    merged
}

/// Minimal reader for the congress-legislators YAML (records `- id:` with `name:` and
/// `terms:` lists); returns (line, names, terms (type, start, end)).
#[allow(clippy::type_complexity)]
fn read_legislators(
    path: &Path,
) -> anyhow::Result<Vec<(usize, HashMap<String, String>, Vec<(String, u32, u32)>)>> {
    let text = std::fs::read_to_string(path).with_context(|| path.display().to_string())?;
    let mut out = Vec::new();
    let mut section = "";
    for (i, line) in text.lines().enumerate() {
        if line.starts_with("- id:") {
            out.push((i + 1, HashMap::new(), Vec::new()));
            section = "id";
            continue;
        }
        let Some(rec) = out.last_mut() else { continue };
        if let Some(s) = line.strip_prefix("  ").filter(|s| !s.starts_with(' ')) {
            if let Some(s) = s.strip_prefix("- type: ") {
                rec.2.push((s.trim().to_string(), 0, 0));
            } else {
                section = s.trim_end_matches(':');
            }
            continue;
        }
        let Some(s) = line.strip_prefix("    ").filter(|s| !s.starts_with(' ')) else {
            continue;
        };
        let Some((k, v)) = s.split_once(": ") else {
            continue;
        };
        let v = v.trim().trim_matches('\'').to_string();
        match section {
            "name" => {
                rec.1.insert(k.to_string(), v);
            }
            "terms" => {
                if let Some(t) = rec.2.last_mut() {
                    match k {
                        "start" => t.1 = iso_date(&v).unwrap_or(0),
                        "end" => t.2 = iso_date(&v).unwrap_or(0),
                        _ => {}
                    }
                }
            }
            _ => {}
        }
    }
    Ok(out)
}

/// US presidents and vice-presidents (USAGOV) and members of the current Congress
/// (USALEG), with exact term dates.
fn us_executive(
    sources: &Path,
    people: &mut BTreeMap<(String, String), Person>,
) -> anyhow::Result<()> {
    for (file, min_year) in [("executive.yaml", 1945), ("legislators-current.yaml", 0)] {
        let path = sources.join("us_congress_legislators").join(file);
        for (line, name, terms) in read_legislators(&path)? {
            let terms: Vec<_> = terms
                .into_iter()
                .filter(|t| t.2 / 10000 >= min_year && t.1 > 0 && t.2 > 0)
                .collect();
            if terms.is_empty() {
                continue;
            }
            let first = name.get("first").cloned().unwrap_or_default();
            let last = name.get("last").cloned().unwrap_or_default();
            let full = name
                .get("official_full")
                .cloned()
                .unwrap_or_else(|| format!("{first} {last}"));
            let mut forms = vec![full.clone(), format!("{first} {last}")];
            if let Some(nick) = name.get("nickname") {
                forms.push(format!("{nick} {last}"));
            }
            if let Some(mid) = name.get("middle") {
                forms.push(format!("{first} {mid} {last}"));
                forms.push(format!("{first} {}. {last}", &mid[..1]));
            }
            let exec = file == "executive.yaml";
            let k = key(&[format!("{first} {last}")]);
            let person = people
                .entry(("USA".to_string(), k))
                .or_insert_with(|| Person {
                    country: "USA".into(),
                    primary: forms[0].clone(),
                    aliases: Vec::new(),
                    surname: None,
                    terms: Vec::new(),
                    cite: format!("{file}:{line}"),
                });
            for f in forms {
                if f != person.primary && !person.aliases.contains(&f) {
                    person.aliases.push(f);
                }
            }
            if exec {
                person.surname = Some(last.clone());
            }
            for (kind, start, end) in terms {
                let code = match kind.as_str() {
                    "prez" | "viceprez" => "USAGOV",
                    _ => "USALEG",
                };
                person.terms.push(Term {
                    code: code.into(),
                    from: start,
                    to: Some(if exec { day_before(end) } else { end }),
                    cite: format!("{file}:{line} {kind} {start}-{end}"),
                });
            }
        }
    }
    Ok(())
}

/// Write person blocks: primary name, aliases, dated codes, ELI between and after
/// offices, and the undated ELI fallback.
fn write_people(
    out: &mut String,
    people: BTreeMap<(String, String), Person>,
    phoenix: &Phoenix,
    lexicon: &Lexicon,
) -> anyhow::Result<()> {
    // Surname aliases only when one country's people share it and no Phoenix name with
    // another country's code, or a common word, is spelt the same.
    let mut surname_countries: HashMap<String, HashSet<String>> = HashMap::new();
    let mut taken: HashMap<String, String> = HashMap::new();
    let given = given_names(people.values());
    for p in people.values() {
        if let Some(s) = &p.surname {
            surname_countries
                .entry(key(std::slice::from_ref(s)))
                .or_default()
                .insert(p.country.clone());
        }
        for n in std::iter::once(&p.primary).chain(&p.aliases) {
            taken.insert(key(std::slice::from_ref(n)), p.country.clone());
        }
    }
    for ((country, _), mut p) in people {
        p.terms.sort_by_key(|t| (t.from, t.to));
        // Merge overlapping or adjacent terms with the same code.
        let mut terms: Vec<Term> = Vec::new();
        for t in p.terms {
            if let Some(last) = terms.last_mut() {
                let last_to = last.to.unwrap_or(u32::MAX);
                if last.code == t.code && t.from <= day_after(last_to.min(20991230)) {
                    last.to = match (last.to, t.to) {
                        (None, _) | (_, None) => None,
                        (Some(a), Some(b)) => Some(a.max(b)),
                    };
                    continue;
                }
            }
            terms.push(t);
        }
        let mut names = vec![p.primary.clone()];
        names.extend(p.aliases.iter().cloned());
        if let Some(s) = &p.surname {
            let k = key(std::slice::from_ref(s));
            let units: Vec<String> = k.split(' ').map(String::from).collect();
            let letters = k.chars().filter(|c| c.is_alphabetic()).count();
            let phoenix_other = phoenix
                .names
                .get(&k)
                .is_some_and(|c| !c.starts_with(&country));
            let other = taken.get(&k).is_some_and(|c| *c != country);
            if letters >= 4
                && surname_countries[&k].len() == 1
                && !phoenix_other
                && !other
                && !is_common_word(&units)
                && !given.contains(&k)
                // US presidents' surnames are unambiguous in news ("Trump", "Bush").
                && (p.cite.starts_with("executive.yaml") || !lexicon.contains(&k))
                && phoenix.country(s).is_none()
            {
                names.push(s.clone());
            }
        }
        let mut first = true;
        let mut written: HashSet<String> = HashSet::new();
        for n in names {
            let k = key(std::slice::from_ref(&n));
            if k.is_empty() || !written.insert(k.clone()) {
                continue;
            }
            // Never a short or ordinary single word ("by", "Ra"): matching ignores case.
            let units: Vec<String> = k.split(' ').map(String::from).collect();
            if units.len() == 1
                && (units[0].chars().filter(|c| c.is_alphabetic()).count() < 4
                    || is_common_word(&units))
            {
                continue;
            }
            let Some(d) = dict_name(&n.split_whitespace().map(String::from).collect::<Vec<_>>())
            else {
                continue;
            };
            if first {
                writeln!(out, "{d}  # {}", p.cite)?;
                first = false;
            } else {
                writeln!(out, "+{d}")?;
            }
        }
        if first {
            continue;
        }
        let mut prev_end: Option<u32> = None;
        for t in &terms {
            if let Some(e) = prev_end {
                if t.from > day_after(e) {
                    writeln!(
                        out,
                        "\t[{country}ELI {}-{}]  # out of office",
                        pdate(day_after(e)),
                        pdate(day_before(t.from))
                    )?;
                }
            }
            match t.to {
                Some(to) => writeln!(
                    out,
                    "\t[{} {}-{}]  # {}",
                    t.code,
                    pdate(t.from),
                    pdate(to),
                    t.cite
                )?,
                None => writeln!(out, "\t[{} >{}]  # {}", t.code, pdate(t.from), t.cite)?,
            }
            prev_end = Some(t.to.unwrap_or(u32::MAX));
        }
        if let Some(e) = prev_end.filter(|&e| e != u32::MAX) {
            writeln!(
                out,
                "\t[{country}ELI >{}]  # after office",
                pdate(day_after(e))
            )?;
        }
        writeln!(out, "\t[{country}ELI]  # undated fallback")?;
    }
    Ok(())
}

/// Leaders on the OFAC SDN list linked to the groups below, coded with the group's code.
/// No dates: membership, not office (the curated file dates the successions).
fn ofac(sources: &Path) -> anyhow::Result<String> {
    const GROUPS: &[(&str, &str)] = &[
        ("HIZBALLAH", "LBNREB"),
        ("HAMAS", "PSEREB"),
        ("ANSARALLAH", "YEMREB"),
    ];
    let path = sources.join("ofac_sdn/sdn_2024-05-03.csv");
    let bytes = std::fs::read(&path).with_context(|| path.display().to_string())?;
    let text = String::from_utf8_lossy(&bytes);
    let mut rd = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut out = String::from(
        "\n# --- OFAC SDN list 2024-05-03 (public domain): individuals linked to Hizballah,\n\
         # HAMAS, Ansarallah, or titled as their leaders. Coded with the group's code.\n\n",
    );
    let mut rows = Vec::new();
    for rec in rd.records() {
        let Ok(rec) = rec else { continue };
        if rec.len() < 12 || rec[2].trim() != "individual" {
            continue;
        }
        let line = rec.position().map_or(0, |p| p.line());
        let remarks = rec[11].to_uppercase();
        let title = rec[4].to_uppercase();
        let Some(&(group, code)) = GROUPS
            .iter()
            .find(|(g, _)| remarks.contains(&format!("LINKED TO: {g}")) || title.contains(g))
        else {
            continue;
        };
        let name = rec[1].trim().to_string();
        let Some((sur, given)) = name.split_once(", ") else {
            continue;
        };
        let given = given.trim();
        let mut forms = vec![format!("{given} {}", title_case(sur))];
        // a.k.a. 'SURNAME, Given' aliases in the remarks.
        for aka in rec[11].split("a.k.a. '").skip(1) {
            let Some(a) = aka.split('\'').next() else {
                continue;
            };
            if let Some((s, g)) = a.split_once(", ") {
                let f = format!("{} {}", title_case(g), title_case(s));
                if !forms.contains(&f) {
                    forms.push(f);
                }
            }
        }
        rows.push((line, group, code, forms, rec[4].trim().to_string()));
    }
    for (line, group, code, forms, title) in rows {
        let names: Vec<String> = forms
            .iter()
            .filter(|f| f.split_whitespace().count() >= 2)
            .filter_map(|f| dict_name(&f.split_whitespace().map(String::from).collect::<Vec<_>>()))
            .collect();
        let Some((first, rest)) = names.split_first() else {
            continue;
        };
        let title = if title == "-0-" {
            String::new()
        } else {
            format!(", {title}")
        };
        writeln!(out, "{first}  # sdn_2024-05-03.csv:{line} ({group}{title})")?;
        for n in rest {
            writeln!(out, "+{n}")?;
        }
        writeln!(out, "\t[{code}]")?;
    }
    Ok(out)
}

/// UCDP armed actors → Phoenix-convention codes (see data/dictionaries/README.md).
fn build_groups(sources: &Path, phoenix: &Phoenix) -> anyhow::Result<(String, usize)> {
    let path = sources.join("ucdp_actor/ucdp-actor-221.csv");
    let bytes = std::fs::read(&path).with_context(|| path.display().to_string())?;
    let text = String::from_utf8_lossy(&bytes);
    let text = text.trim_start_matches('\u{feff}');
    let mut rd = csv::Reader::from_reader(text.as_bytes());
    let cols = UcdpColumns::of(rd.headers()?);
    let mut out = String::from(GROUPS_HEADER);
    let mut used: HashSet<String> = HashSet::new();
    let mut n = 0;
    for rec in rd.records() {
        let rec = rec?;
        let line = rec.position().map_or(0, |p| p.line());
        let org = rec[cols.org].trim();
        if org == "4" {
            continue; // governments: the country files code them
        }
        let names = cols.names(&rec);
        // Former rebels that are parties of government or opposition in today's news:
        // coding them REB would be wrong for the years this dictionary is for.
        if names.iter().any(|n| {
            let n = n.trim().to_uppercase();
            PARTIES_NOW
                .iter()
                .any(|p| n == *p || n.starts_with(&format!("{p} ")))
        }) {
            continue;
        }
        let Some(code) = group_code(rec[cols.id].trim(), &names, &rec[cols.location], phoenix)
        else {
            continue;
        };
        let forms: Vec<String> = names
            .iter()
            .filter_map(|nm| group_form(nm, org, phoenix, &mut used))
            .collect();
        let Some((first, rest)) = forms.split_first() else {
            continue;
        };
        n += 1;
        writeln!(
            out,
            "{first}  # ucdp-actor-221.csv:{line} (ActorId {}, Org {org}, {})",
            rec[cols.id].trim(),
            rec[cols.location].trim()
        )?;
        for a in rest {
            writeln!(out, "+{a}")?;
        }
        writeln!(out, "\t[{code}]")?;
    }
    Ok((out, n))
}

/// The columns of the UCDP actor list that the build reads.
struct UcdpColumns {
    id: usize,
    /// NameData, NameOrig, NameOrigFull, NameOrigFullEng: one name each.
    names: [usize; 4],
    /// NewName, NewNameFullEng: comma-separated lists.
    new_names: [usize; 2],
    org: usize,
    location: usize,
}

impl UcdpColumns {
    fn of(headers: &csv::StringRecord) -> UcdpColumns {
        let col = |n: &str| headers.iter().position(|h| h == n).expect("UCDP column");
        UcdpColumns {
            id: col("ActorId"),
            names: [
                col("NameData"),
                col("NameOrig"),
                col("NameOrigFull"),
                col("NameOrigFullEng"),
            ],
            new_names: [col("NewName"), col("NewNameFullEng")],
            org: col("Org"),
            location: col("Location"),
        }
    }

    /// Every name of an actor, in column order.
    fn names(&self, rec: &csv::StringRecord) -> Vec<String> {
        let mut names: Vec<String> = self
            .names
            .iter()
            .map(|&c| rec[c].trim().to_string())
            .collect();
        for &c in &self.new_names {
            names.extend(rec[c].split(", ").map(|s| s.trim().to_string()));
        }
        names
    }
}

/// The Phoenix code of an armed group: the Islamic State and al-Qaeda branches active in
/// two or more countries by their own codes, other Islamist groups in three or more as
/// `IMGMUS`, the rest `REB` of their first location's country (`None` when it has none).
fn group_code(
    actor_id: &str,
    names: &[String],
    locations: &str,
    phoenix: &Phoenix,
) -> Option<String> {
    let all = names.join(" ").to_lowercase();
    let islamist = [
        "islam",
        "jihad",
        "qa'ida",
        "qaida",
        "qaeda",
        "mujahid",
        "ansar",
        "shabaab",
        "taleban",
        "taliban",
        "caliphate",
    ]
    .iter()
    .any(|w| all.contains(w));
    let is_state = actor_id == "234"
        || names
            .iter()
            .any(|n| n == "IS" || n.starts_with("Islamic State"));
    let qaida = ["qa'ida", "qaida", "qaeda", "aqap", "aqim"]
        .iter()
        .any(|w| all.contains(w));
    let countries: Vec<String> = locations
        .split(", ")
        .map(str::trim)
        .filter_map(|l| phoenix.country(l))
        .collect();
    if is_state {
        return Some("IMGMUSISI".to_string());
    }
    if qaida && countries.len() >= 2 {
        return Some("IMGMUSALQ".to_string());
    }
    if islamist && countries.len() >= 3 {
        return Some("IMGMUS".to_string());
    }
    // UCDP places the Israeli–Palestinian conflict in Israel: Palestinian groups.
    let c = match countries.as_slice() {
        [only] if only == "ISR" => "PSE".to_string(),
        [first, second, ..] if first == "ISR" => second.clone(),
        [first, ..] => first.clone(),
        [] => return None,
    };
    Some(format!("{c}REB"))
}

/// Whether a name says its group is armed. Informal groups (UCDP Org 3) are often ethnic
/// or communal names ("Dinka"): only names that say they are armed are kept.
fn names_an_armed_group(name: &str) -> bool {
    let l = name.to_lowercase();
    [
        "militia",
        "forces",
        "army",
        "brigade",
        "front",
        "movement",
        "liberation",
        "guard",
        "jihad",
        "mujahid",
        "fighters",
        "defence",
        "defense",
        "rebels",
    ]
    .iter()
    .any(|w| l.contains(w))
}

/// A UCDP name without its bracketed notes ("IZL [Etzel]", "Military faction (forces of
/// …)": not part of the name, and `[` would start a code), if it can be a group's name at
/// all: not a state's or government's name, and — as one word — an acronym of four or more
/// letters or with a digit ("M23"). Three-letter acronyms are too often something else in
/// news (PRC, CPP, ISI, UPA); single ordinary words ("Royalists") are not names.
fn group_name(name: &str) -> Option<String> {
    let mut nm = name.to_string();
    for (open, close) in [('[', ']'), ('(', ')')] {
        while let (Some(a), Some(b)) = (nm.find(open), nm.find(close)) {
            if b <= a {
                break;
            }
            nm.replace_range(a..=b, " ");
        }
    }
    let nm = nm.replace(['[', ']', '(', ')', '&'], " ");
    let nm = nm.split_whitespace().collect::<Vec<_>>().join(" ");
    if nm.is_empty() || nm == "n/a" || nm.contains("Government of") {
        return None;
    }
    // State names ("Republic of Azerbaijan", a 1946 UCDP actor) would code the state.
    let lower = nm.to_lowercase();
    if [
        "republic",
        "kingdom",
        "state of",
        "people's republic",
        "democratic republic",
        "federation",
        "government",
    ]
    .iter()
    .any(|p| lower.starts_with(p))
    {
        return None;
    }
    if !nm.contains(' ') {
        let letters = nm.chars().filter(|c| c.is_alphabetic()).count();
        let acronym = nm.chars().all(|c| !c.is_lowercase());
        let digit = nm.chars().any(|c| c.is_ascii_digit());
        if !(acronym && (letters >= 4 || digit)) {
            return None;
        }
    }
    Some(nm)
}

/// The dictionary form (`WORD_WORD`) of one of a group's names, unless the name is no
/// group's name, is no armed name of an informal group (`org` 3), is an ordinary word, is
/// something the Phoenix files already code, or was `used` by an earlier entry.
fn group_form(
    name: &str,
    org: &str,
    phoenix: &Phoenix,
    used: &mut HashSet<String>,
) -> Option<String> {
    let nm = group_name(name)?;
    if org == "3" && !names_an_armed_group(&nm) {
        return None;
    }
    let k = key(std::slice::from_ref(&nm));
    let units: Vec<String> = k.split(' ').map(String::from).collect();
    if units.is_empty() || units[0].is_empty() {
        return None;
    }
    // Single words: acronyms of three or more letters, not ordinary words, not countries
    // or places the Phoenix files already code.
    if units.len() == 1 && (units[0].chars().count() < 3 || is_common_word(&units)) {
        return None;
    }
    if phoenix.names.contains_key(&k) || phoenix.country(&nm).is_some() || !used.insert(k.clone()) {
        return None;
    }
    Some(k.replace(' ', "_"))
}

/// UCDP armed actors that are now political parties (in government or opposition).
const PARTIES_NOW: &[&str] = &[
    "MPLA",
    "UNITA",
    "SWAPO",
    "EPRDF",
    "FRELIMO",
    "RENAMO",
    "FUNCINPEC",
    "ZAPU",
    "ZANU",
    "ANC",
    "FSLN",
    "FMLN",
    "PAIGC",
    "CNDD",
    "CNDD-FDD",
    "FRETILIN",
    "NRA",
    "NRM",
    "PDPA",
    "EPLF",
    "PFDJ",
    "CNRT",
    "SPLM",
    "SPLM/A",
    "RPF",
    "FPR",
    "EPDM",
    "ANDM",
    "KDP",
    "PUK",
    "SCIRI",
    "KPNLF",
    "PAC",
    "SWANU",
    "POLISARIO",
];

const GROUPS_HEADER: &str = "\
# factum.groups.actors.txt: GENERATED by `factum dictionaries build`; do not edit by hand.
#
# Armed non-state actors of the UCDP Actor Dataset 22.1. Cite: Davies, Shawn, Therese
# Pettersson & Magnus Öberg (2022). Organized violence 1989-2021 and drone warfare. Journal
# of Peace Research 59(4). UCDP data: CC BY 4.0.
#
# Codes (Phoenix conventions): the first conflict location's country + REB (UCDP locates
# the Israeli-Palestinian conflict in Israel: groups located only there are PSE); the
# Islamic State and its renamings IMGMUSISI; al-Qaida branches active in two or more
# countries IMGMUSALQ; other Islamist groups active in three or more countries IMGMUS.
# Governments (UCDP Org 4) are skipped; informal groups (Org 3) only under names that say
# they are armed (militia, forces, army, front ...); former rebels that are parties today
# (MPLA, SWAPO, FRELIMO, RPF ...) are skipped. Names the Phoenix files already know
# are left to them; single words must be acronyms of four or more letters (or with a digit)
# that are not English words; names of states ('Republic of ...') and bracketed notes are
# dropped. Row numbers are lines of ucdp-actor-221.csv.

";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_possessive_split_for_matching_is_one_word_in_the_key() {
        let units: Vec<String> = ["PEOPLE", "'S", "LIBERATION", "ARMY"]
            .map(String::from)
            .to_vec();
        assert_eq!(
            spelled_key(&units),
            key(&["PEOPLE'S LIBERATION ARMY".into()])
        );
        let workers: Vec<String> = ["WORKERS", "'", "PARTY"].map(String::from).to_vec();
        assert_eq!(spelled_key(&workers), "WORKERS' PARTY");
    }

    #[test]
    fn a_given_name_of_three_people_is_common() {
        let person = |primary: &str| Person {
            country: "XXX".into(),
            primary: primary.into(),
            aliases: Vec::new(),
            surname: primary.split_whitespace().last().map(String::from),
            terms: Vec::new(),
            cite: String::new(),
        };
        let people = [
            person("Mohamed Bazoum"),
            person("Mohamed Ghazouani"),
            person("Mohamed Irfaan Ali"),
            person("Petro Poroshenko"),
            person("Abdoulkader Kamil Mohamed"),
        ];
        let given = given_names(people.iter());
        assert!(given.contains("MOHAMED"));
        assert!(!given.contains("PETRO"));
    }
}
