//! Word lists the attribution stage matches against.
//!
//! Everything here is lower-case and compared with lower-cased token norms (typographic
//! quotes and dashes are already folded by the text stage). The lists are deliberately short
//! and hand-curated: each word is one that newswire uses to introduce, characterise or hedge a
//! source, and each was added because a sentence in the test corpus (or the example story)
//! needed it — a long scraped list would buy recall with many false reporting cues. The two
//! lists of names, [`countries`] and [`outlets`], are data files beside this one.

use factum_doc::words;

/// Verb forms that introduce reported material ("X said that …", "…, X said").
pub use factum_doc::words::REPORTING_VERBS;

/// Reporting verbs whose content the source rejects: events inside are denied.
pub const DENIAL_VERBS: &[&str] = &[
    "denied", "denies", "deny", "dismissed", "dismisses", "rejected", "rejects", "refuted",
    "disputed",
];

/// Nouns for reported claims that a denial verb can take ("rejected reports that …").
pub const CLAIM_NOUNS: &[&str] = &[
    "reports", "report", "claims", "claim", "allegations", "allegation", "suggestions",
    "rumours", "rumors", "speculation", "accusations", "assertions",
];

/// Adverbs that mark material as reported without naming a source.
pub const SOURCELESS_ADVERBS: &[&str] = &["reportedly", "allegedly", "purportedly", "supposedly"];

/// Passive impersonal frames "it is reported that", "X is said to": (participle) list.
pub const IMPERSONAL_PARTICIPLES: &[&str] = &[
    "reported", "said", "believed", "understood", "thought", "rumoured", "rumored",
    "alleged",
];

/// Auxiliaries and adverbs that may stand between a source and its reporting verb
/// ("an Israeli official has indicated", "Blinken also said").
pub const SKIPPABLE_BEFORE_CUE: &[&str] = &[
    "has", "have", "had", "did", "does", "do", "would", "will", "also", "reportedly",
    "previously", "repeatedly", "recently", "later", "earlier", "separately", "further",
    "publicly", "privately", "once", "again", "then", "already", "had", "may", "might",
    "could", "can", "has", "flatly", "firmly", "quickly", "subsequently", "initially",
    "originally", "first", "yesterday", "today", "tonight",
];

/// Adverbs set off by commas between a subject and its verb ("officials, however, said").
pub const DISCOURSE_ADVERBS: &[&str] = &[
    "however", "meanwhile", "too", "though", "also", "moreover", "instead", "therefore",
    "nonetheless", "nevertheless", "separately", "later", "earlier", "again",
];

/// Words that end a source noun phrase when reading backwards from a cue (or forwards from
/// "according to"): clause openers, verbs that cannot be inside a source, determiners of
/// other clauses.
pub const NP_STOP_WORDS: &[&str] = &[
    "that", "which", "whom", "whose", "while", "when", "where", "as", "because", "but",
    "if", "although", "though", "after", "before", "since", "so", "or", "then", "also",
    "furthermore", "however", "meanwhile", "moreover", "is", "are", "was", "were", "be",
    "been", "being", "has", "have", "had", "will", "would", "to", "not", "n't", "it",
    "this", "there", "than", "until", "unless", "whether", "yet", "nor", "did", "do",
    "does", "can", "could", "may", "might", "should", "must", "shall", "over", "into", "by",
    "against", "between", "about", "during", "without", "within", "under", "what", "how",
    "why", "thus", "still", "even", "only", "just", "already", "amid", "despite", "once",
];

/// Prepositions allowed inside a source phrase ("Secretary of State", "a spokesman for the
/// ministry", "people familiar with the talks", "officials in Washington").
pub const NP_INNER_PREPOSITIONS: &[&str] = &["of", "for", "at", "in", "from", "with", "on"];

/// Words that begin a time expression; a source phrase read forwards stops before them
/// ("told Axios on Monday that") and one read backwards drops a leading one: the weekdays,
/// the months but "may" (mostly the verb), and these.
const OTHER_TIME_WORDS: &[&str] = &[
    "today", "yesterday", "tonight", "week", "weekend", "month", "year", "morning", "afternoon",
    "evening", "night", "last", "late", "early", "earlier", "later", "recently",
];

/// The words of [`is_time_word`].
pub fn time_words() -> impl Iterator<Item = &'static str> {
    let months = words::MONTHS.iter().filter(|m| **m != "may");
    words::WEEKDAYS
        .iter()
        .chain(months)
        .chain(OTHER_TIME_WORDS)
        .copied()
}

/// Whether a lower-case word begins a time expression (see [`time_words`]).
pub fn is_time_word(w: &str) -> bool {
    words::WEEKDAYS.contains(&w)
        || (w != "may" && words::MONTHS.contains(&w))
        || OTHER_TIME_WORDS.contains(&w)
}

/// Head nouns of anonymous sources ("two Lebanese officials", "insiders", "people familiar
/// with the matter").
pub const ANONYMOUS_HEADS: &[&str] = &[
    "official", "officials", "source", "sources", "insider", "insiders", "diplomat",
    "diplomats", "aide", "aides", "people", "person", "figures", "figure", "analyst",
    "analysts", "expert", "experts", "witness", "witnesses", "resident", "residents",
    "observer", "observers", "officer", "officers", "negotiator", "negotiators", "mediator",
    "mediators", "someone", "individuals", "individual", "member", "members", "lawmaker",
    "lawmakers", "adviser", "advisers", "advisor", "advisors", "staffer", "staffers",
    "employee", "employees", "activist", "activists", "commander", "commanders", "envoy",
    "prosecutors", "investigators", "economists", "scientists", "researchers", "doctors",
    "medics", "rescuers", "workers", "traders", "bankers", "executives", "survivors",
    "relatives", "journalists", "reporters", "correspondents", "neighbours", "neighbors", "locals", "villagers", "protesters", "citizens",
    "envoys", "confidant", "confidants", "associate", "associates",
];

/// Head nouns of documents and statements ("a statement", "the report", "court filings").
pub const DOCUMENT_HEADS: &[&str] = &[
    "statement", "statements", "report", "reports", "communique", "communiqué", "release",
    "document", "documents", "letter", "memo", "memorandum", "filing", "filings",
    "transcript", "readout", "announcement", "decree", "study", "survey", "data", "post",
    "tweet", "cable", "papers", "records", "analysis", "assessment", "estimates",
    "bulletin", "declaration", "resolution", "notice", "order", "indictment", "footage",
    "video", "message",
];

/// Words that make a phrase a news outlet ("Israeli media outlet Israel Hayom", "state
/// television", "the daily").
pub const OUTLET_WORDS: &[&str] = &[
    "media", "outlet", "newspaper", "daily", "broadcaster", "television", "tv", "radio",
    "channel", "network", "website", "magazine", "news", "newswire", "wire", "weekly",
    "tabloid", "press", "newspapers", "outlets",
];

/// News outlets by name (`outlets.txt` beside this file: lower-case, tokens separated by
/// single spaces as the text stage splits them).
pub fn outlets() -> impl Iterator<Item = &'static str> {
    include_str!("outlets.txt")
        .lines()
        .filter(|l| !l.starts_with('#'))
}

/// Words that make a phrase an organisation or government body.
pub const ORGANIZATION_WORDS: &[&str] = &[
    "ministry", "department", "office", "government", "army", "military", "forces",
    "police", "council", "committee", "party", "movement", "group", "commission", "court",
    "parliament", "cabinet", "administration", "embassy", "presidency", "white house",
    "kremlin", "pentagon", "state department", "idf", "hezbollah", "hamas", "un", "u.n.",
    "united nations", "nato", "eu", "european union", "company", "corporation", "inc.",
    "corp.", "ltd", "bank", "authority", "authorities", "agency", "union", "board",
    "coalition", "alliance", "organization", "organisation", "institute", "foundation",
    "bureau", "directorate", "navy", "guard", "brigades", "regime", "junta", "senate",
    "congress", "knesset", "duma", "spokesman", "spokeswoman", "spokesperson", "energy",
    "holdings", "airlines", "motors", "technologies", "systems", "industries", "petroleum",
    "telecom", "pharmaceuticals", "capital", "partners", "plc", "llc", "inc", "corp",
    "ministries", "governments", "companies",
];

/// Titles and roles that precede a person's name ("U.S. Secretary of State Antony
/// Blinken", "Prime Minister Benjamin Netanyahu").
pub const TITLE_WORDS: &[&str] = &[
    "president", "prime", "minister", "secretary", "state", "foreign", "defense", "defence",
    "chancellor", "king", "queen", "prince", "sheikh", "general", "gen.", "lt.", "col.",
    "colonel", "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson", "senator",
    "sen.", "rep.", "representative", "governor", "gov.", "mayor", "speaker", "leader",
    "chief", "commander", "director", "chairman", "chair", "head", "deputy", "vice",
    "adviser", "advisor", "dr.", "mr.", "mrs.", "ms.", "security", "national", "interior",
    "finance", "justice", "staff", "top", "senior", "former", "opposition", "army",
    "military", "pope", "cardinal", "judge", "attorney", "ceo", "executive", "official",
    "counsel", "negotiator", "mediator", "coordinator", "the", "a", "an", "'s",
];

/// Words that, together with a nationality, code a government source (`…GOV`).
pub const GOVERNMENT_ROLE_WORDS: &[&str] = &[
    "official", "officials", "minister", "ministry", "government", "president",
    "presidency", "prime", "secretary", "diplomat", "diplomats", "ambassador", "embassy",
    "spokesman", "spokeswoman", "spokesperson", "administration", "cabinet", "envoy",
    "negotiator", "negotiators", "aide", "aides", "authorities", "adviser", "advisers",
    "white house", "state department", "kremlin", "leader", "chancellor",
];

/// Words that code a military source (`…MIL`).
pub const MILITARY_ROLE_WORDS: &[&str] = &[
    "military", "army", "forces", "general", "commander", "commanders", "officer",
    "officers", "soldier", "soldiers", "troops", "pentagon", "idf", "navy", "air force",
];

/// Words that code a police source (`…COP`).
pub const POLICE_ROLE_WORDS: &[&str] = &["police", "policeman", "policemen", "gendarmerie"];

/// Pronoun sources, resolved to an earlier attribution.
pub use factum_doc::words::PRONOUNS;

/// Country names, capitals used as metonyms, and nationality adjectives with their CAMEO
/// country codes (`countries.tsv` beside this file). Multi-word entries are matched on whole
/// tokens.
///
/// A short hand-picked list, not the actor dictionaries: it codes a *source* from a word
/// or two ("Israeli officials said"), and widening it changes which sources get a code.
/// Its codes are checked against the shared tables (`factum_codes`) by the tests below.
pub fn countries() -> impl Iterator<Item = (&'static str, &'static str)> {
    include_str!("countries.tsv")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .map(|l| l.split_once('\t').expect("countries.tsv: name<TAB>code"))
}

/// Organisations that have a fixed code regardless of nationality words.
pub const ORGANIZATION_CODES: &[(&str, &str)] = &[
    ("white house", "USAGOV"), ("state department", "USAGOV"), ("pentagon", "USAMIL"),
    ("biden administration", "USAGOV"), ("trump administration", "USAGOV"),
    ("kremlin", "RUSGOV"), ("idf", "ISRMIL"), ("knesset", "ISRLEG"),
    ("united nations", "IGOUNO"), ("u.n.", "IGOUNO"), ("un", "IGOUNO"),
    ("nato", "IGOWSTNAT"), ("european union", "IGOEUREEC"), ("eu", "IGOEUREEC"),
    ("hezbollah", "LBNREBHEZ"), ("hamas", "PSEREBHAM"),
];

/// Modality cue phrases. Each is matched on whole lower-case tokens; the earliest-listed
/// kind wins when several match (see `modality.rs` for the precedence rule).
pub const NEGATION_CUES: &[&str] = &[
    "not", "n't", "never", "no longer", "neither", "nor", "refused to", "declined to",
    "failed to", "rejected", "ruled out", "without",
];
pub const CONDITIONAL_CUES: &[&str] = &[
    "if", "unless", "provided that", "on condition that", "in the event", "as long as",
    "in case", "only when", "otherwise", "without that", "without it", "or else",
];
pub const HYPOTHETICAL_CUES: &[&str] = &[
    "may", "might", "could", "would", "potentially", "possibly", "perhaps", "potential",
    "possible", "likely", "unlikely", "probably", "chance", "chances", "risk of", "may be",
    "hypothetically", "speculation", "speculated",
];
pub const DEMAND_CUES: &[&str] = &[
    "demanded", "demands", "demand", "demanding", "urged", "urges", "urge", "urging",
    "call on", "call for", "ask", "called on",
    "calls on", "called for", "calls for", "insisted that", "directed", "ordered",
    "pressed", "asked", "must", "should", "ultimatum", "requested",
];
pub const PROPOSAL_CUES: &[&str] = &[
    "proposed", "proposes", "propose", "proposal", "proposals", "suggested", "suggests",
    "offered", "offers", "floated", "put forward", "plan for",
];
pub const PLAN_CUES: &[&str] = &[
    "will", "'ll", "shall", "going to", "plans to", "plan to", "planned", "planning",
    "plans", "poised to", "set to", "prepared to", "ready to", "willing to", "intends to",
    "intend to", "intention", "expected to", "scheduled to", "is due to", "are due to",
    "about to", "aims to", "aim to", "aimed at", "designed to", "in the process of",
    "preparing to", "prepares to", "seeks to", "seeking to", "wants to", "hopes to",
    "vowed to", "vows to", "pledged to", "pledges to", "promised to", "promises to",
    "agreed to", "agrees to", "is to", "are to", "determination to", "determined to",
    "upcoming", "imminently", "next week", "next month", "tomorrow",
];

#[cfg(test)]
mod tests {
    use super::*;
    use factum_codes::actor::{ActorCode, ROLES};

    /// Regional codes the list uses that are not countries (Phoenix's own).
    const REGIONS: &[&str] = &["WST", "ARB", "EUR", "AFR", "MEA"];

    #[test]
    fn country_codes_are_iso_countries_or_regions() {
        for (name, code) in countries() {
            assert!(
                factum_codes::country::by_iso3(code).is_some() || REGIONS.contains(&code),
                "{name}: {code} is neither an ISO 3166 country nor a known region"
            );
        }
    }

    #[test]
    fn organization_codes_follow_the_actor_code_grammar() {
        for (name, code) in ORGANIZATION_CODES {
            let code = ActorCode::new(code);
            let country = code.country().and_then(factum_codes::country::by_iso3);
            assert!(
                country.is_some() || code.is_transnational(),
                "{name}: {code:?} starts with neither a country nor an international prefix"
            );
            let role = code.parts().nth(1).unwrap_or_default();
            assert!(
                code.is_transnational() || ROLES.contains(&role),
                "{name}: {code:?} has no role after its country"
            );
        }
    }
}
