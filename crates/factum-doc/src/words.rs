//! Closed classes of English words that several stages recognise: months, weekdays,
//! pronouns, collective bodies, nouns of a kind of place, reporting verbs, the function
//! words that open sentences.
//!
//! Each class lives here once, lower case; a caller that needs a different surface form
//! (the sentence splitter wants "The" capitalised, the date finder reads "SEPT." too) says
//! so with [`is_capitalised`] or [`month`] rather than keeping its own spelling of the list.
//! Where a stage needs a *different set* (geo's words that are no first name, the sentence
//! splitter's openers after an abbreviation) it composes one from these classes plus its
//! own words, next to the rule that needs them, so the difference is visible.

/// The months, January first.
pub const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// The news abbreviations of month names ("Jan.", "Sept."); May has none. Each is the
/// start of its month's name.
pub const MONTH_ABBREVIATIONS: &[&str] = &[
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
];

/// The days of the week, Monday first (chrono's `Weekday::num_days_from_monday` order).
pub const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Whether `lemma` names a day: a weekday or "today", "yesterday", "tonight",
/// "tomorrow" (compared without case and without allocating: parse repairs and the coder
/// ask it of every word).
pub fn names_a_day(lemma: &str) -> bool {
    WEEKDAYS
        .iter()
        .chain(&["today", "yesterday", "tonight", "tomorrow"])
        .any(|d| lemma.eq_ignore_ascii_case(d))
}

/// Subject pronouns that stand for a person or a group named earlier ("he said", "they
/// agreed"): what a source or an actor phrase resolves backwards.
pub const PRONOUNS: &[&str] = &["he", "she", "they", "we", "it", "i"];

/// Relative pronouns that open a clause on the noun they stand for ("Erdogan, *who* has
/// threatened …", "Hamas, *which* controls Gaza, …"). *That* is one too, but also a
/// conjunction and a determiner: a reader that takes it checks its tag.
pub const RELATIVE_PRONOUNS: &[&str] = &["who", "which"];

/// Adjectives of will or ability: they say what their subject is minded or able to do
/// ("Syria is *willing* to withdraw"), so their subject is a person or a party, never the
/// dummy *it* of "it is clear that …".
pub const ADJECTIVES_OF_WILL: &[&str] = &[
    "willing",
    "unwilling",
    "ready",
    "prepared",
    "determined",
    "eager",
    "keen",
    "reluctant",
    "able",
    "unable",
];

/// Plural nouns of number that head a crowd ("*Thousands* of protesters", "*Dozens* of
/// students", "*Tens* of thousands of people"): the people are their *of* phrase.
pub const QUANTITY_NOUNS: &[&str] = &["thousand", "hundred", "dozen", "million", "score", "ten"];

/// Singular nouns for a body of people that English refers to with *it* ("Iraq's government
/// said *it* would …", "the army said *it* had …"): an actor named with one of these is no
/// *he* or *she*, whatever its code says about the people in it.
pub const COLLECTIVE_BODIES: &[&str] = &[
    "administration",
    "army",
    "assembly",
    "authority",
    "cabinet",
    // "U.S. Central *Command* said it had struck …".
    "command",
    "congress",
    "department",
    "embassy",
    "force",
    "government",
    // "China's coast *guard* said it had expelled the vessels", "the National Guard".
    "guard",
    // "Iran's *judiciary* said it had sentenced …".
    "judiciary",
    "junta",
    "legislature",
    "military",
    "ministry",
    "navy",
    "parliament",
    "party",
    "presidency",
    "regime",
    "senate",
    "service",
    // "Ukraine's General *Staff* said its forces had repelled …".
    "staff",
    "union",
];

/// Whether `word` is one of `nouns` (lower case) or such a noun's plural in *-s*, case
/// ignored: the lemmatiser keeps some plurals ("troops", "drones"), and word lists name
/// the singular.
pub fn noun_in(word: &str, nouns: &[&str]) -> bool {
    let w = word.to_lowercase();
    let singular = w.strip_suffix('s').unwrap_or(&w);
    nouns.iter().any(|n| *n == w || *n == singular)
}

/// Nouns of weapons and armed craft. They stand for the military that uses them ("Russian
/// drones struck Kyiv": `RUSMIL`; "the military said *its* jets hit …": the military), but
/// in a *with* phrase they are the means of an act ("targeted a ship *with drones*"), no
/// party to it.
pub const WEAPON_NOUNS: &[&str] = &[
    "drone",
    "missile",
    "rocket",
    "artillery",
    "mortar",
    "warplane",
    "jet",
    "aircraft",
    "plane",
    "bomber",
    "helicopter",
    "gunship",
    "warship",
    "tank",
    "shell",
    "bomb",
];

/// Nouns of a country's administrative divisions, which English names after a place,
/// mostly its chief town ("the Odesa region", "Kherson oblast", "Plateau state", "the
/// province of Kandahar"): a name right before one, or in "<noun> of X", names a division.
pub const DIVISION_NOUNS: &[&str] = &[
    "region",
    "oblast",
    "province",
    "governorate",
    "state",
    "county",
    "prefecture",
    "district",
];

/// Nouns for a kind of place or a part of one: a place name modifying one ("Balochistan
/// province") or named after one ("the town of L'Estere", "the coast of Yemen", "the city of
/// Kirkuk") is where that place is, for geo's locations and the coder's place adjuncts.
pub const PLACE_NOUNS: &[&str] = &[
    "town",
    "city",
    "village",
    "province",
    "region",
    "state",
    "district",
    "area",
    "capital",
    "coast",
    "outskirts",
    "border",
    "desert",
    "island",
    "port",
    "county",
    "suburb",
    "camp",
    "base",
    "north",
    "south",
    "east",
    "west",
    "centre",
    "center",
    "part",
    "parts",
    "heart",
    "neighborhood",
    "neighbourhood",
    "territory",
    "waters",
    "streets",
];

/// Words of a person's office that may follow the noun of the institution they serve
/// ("agency *chief* John Smith", "the group's *leader*"): the mention is then a person's.
pub const PERSON_TITLES: &[&str] = &[
    "chief",
    "head",
    "director",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "president",
    "chairman",
    "chairwoman",
    "leader",
    "commander",
    "minister",
    "secretary",
    "founder",
    "editor",
];

/// Nouns that name a person by their place in a body, beside [`PERSON_TITLES`]: "X, a
/// *member* of the group", "a senior *official* in the army", "a *fighter* with the RSF".
pub const MEMBER_NOUNS: &[&str] = &[
    "member",
    "official",
    "representative",
    "envoy",
    "adviser",
    "advisor",
    "deputy",
    "fighter",
    "negotiator",
];

/// Whether `lemma` (any case) names a person by an office or a place in a body
/// ([`PERSON_TITLES`], [`MEMBER_NOUNS`]): "director", "spokesman", "official".
pub fn names_an_office(lemma: &str) -> bool {
    let lemma = lemma.to_lowercase();
    PERSON_TITLES.contains(&lemma.as_str()) || MEMBER_NOUNS.contains(&lemma.as_str())
}

/// Prepositions that make a phrase of time: "*after* talks with Ramgoolam", "*during* a
/// visit to Mauritius", "*following* the attack on the convoy" ("following" as a
/// preposition has the verb's lemma, *follow*, in UD). Read by the coder (a phrase of time
/// names another event, when this one happened) and by the parse repairs (a phrase of
/// time says when the clause it belongs to happened).
pub const TIME_PREPOSITIONS: &[&str] = &[
    "after",
    "following",
    "follow",
    "before",
    "during",
    "since",
    "until",
    "till",
    "amid",
];

/// English prepositions and subordinators (the Penn tag `IN`), a closed class: a word
/// that is none of these is no preposition, whatever its context suggests to a tagger that
/// never saw it ("rights *watchdog* Amnesty International"). Rare members a web-text
/// treebank holds fewer than five times ("amid", "atop", "notwithstanding") are here so
/// that the check does not need the tagger to know them.
#[rustfmt::skip]
pub const PREPOSITIONS: &[&str] = &[
    "aboard", "about", "above", "across", "after", "against", "ahead", "albeit", "along",
    "alongside", "amid", "amidst", "among", "amongst", "around", "as", "aside", "astride", "at",
    "atop", "bar", "because", "before", "behind", "below", "beneath", "beside", "besides",
    "between", "beyond", "but", "by", "circa", "concerning", "considering", "despite", "down",
    "during", "except", "excluding", "following", "for", "from", "if", "in", "including",
    "inside", "into", "lest", "like", "minus", "near", "next", "notwithstanding", "of", "off",
    "on", "once", "onto", "opposite", "out", "outside", "over", "past", "pending", "per",
    "plus", "re", "regarding", "round", "save", "since", "so", "than", "that", "though",
    "through", "throughout", "thru", "till", "til", "to", "toward", "towards", "under",
    "underneath", "unless", "unlike", "until", "unto", "up", "upon", "versus", "via", "vs",
    "whereas", "whether", "while", "whilst", "with", "within", "without", "worth",
];

/// Function words that open sentences ("The", "However", "During"): capitalised, they are
/// no name.
pub const SENTENCE_OPENERS: &[&str] = &[
    "a",
    "after",
    "also",
    "an",
    "and",
    "as",
    "at",
    "but",
    "during",
    "for",
    "her",
    "his",
    "however",
    "if",
    "in",
    "its",
    "meanwhile",
    "most",
    "on",
    "our",
    "some",
    "that",
    "the",
    "their",
    "there",
    "these",
    "this",
    "those",
    "under",
    "when",
    "while",
    "yet",
];

/// Lower-case direction words that may start a regional name ("northern Israel", "a
/// court in *eastern* China").
pub const DIRECTIONS: &[&str] = &[
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "north",
    "south",
    "east",
    "west",
    "northeastern",
    "northwestern",
    "southeastern",
    "southwestern",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "north-east",
    "north-west",
    "south-east",
    "south-west",
    "north-eastern",
    "north-western",
    "south-eastern",
    "south-western",
    "occupied",
];

/// Nouns of the channels things are said on ("on social media", "on state television",
/// "via Telegram"): a phrase of one after *on*, *via*, *through* or *over* names how an
/// act was told, not a party to it. Compared by lemma, in lower case.
#[rustfmt::skip]
pub const MEDIUM_NOUNS: &[&str] = &[
    "media", "television", "tv", "radio", "channel", "airwaves", "website", "platform",
    "x", "twitter", "facebook", "telegram", "instagram", "youtube", "tiktok", "podcast",
    "broadcast", "livestream", "account", "page",
];

/// Verb forms that introduce reported material ("X said that …", "…, X said").
///
/// Base forms that are mostly nouns in news ("report", "state", "claim", "statement") are
/// left out; their inflected verb forms are in.
#[rustfmt::skip]
pub const REPORTING_VERBS: &[&str] = &[
    "said", "says", "say", "saying", "told", "tells", "tell", "stated", "announced",
    "announces", "confirmed", "confirms", "confirm", "disclosed", "discloses", "indicated",
    "indicates", "indicate", "reported", "reports", "claimed", "claims", "added", "adds",
    "noted", "notes", "explained", "insisted", "insists", "warned", "warns", "revealed",
    "reveals", "acknowledged", "acknowledges", "admitted", "asserted", "argued", "argues",
    "maintained", "suggested", "suggests", "alleged", "alleges", "denied", "denies", "deny",
    "wrote", "writes", "tweeted", "posted", "stressed", "emphasised", "emphasized", "declared",
    "believe", "believes", "estimated", "predicted", "cautioned", "conceded", "contended",
    "recalled", "replied", "responded", "countered", "agreed",
];

/// Lemmas of the verbs that only report speech or sourcing ("say", "announce",
/// "according"), as the event coder and the parse repairs read a parse: narrower than
/// [`REPORTING_VERBS`], with which attribution finds sources ("warned", "denied" are acts
/// of their own). "X said Y attacked Z" codes the attack, with X as its source of
/// information; the saying itself is no event (`docs/annotation.md` §1), and a reporting
/// clause after its report is the sentence's main clause.
#[rustfmt::skip]
pub const REPORTING_LEMMAS: &[&str] = &[
    "say", "tell", "announce", "state", "add", "write", "post", "note", "report", "declare",
    "describe", "explain", "reiterate", "stress", "insist", "confirm", "comment", "remark",
    "recount", "cite", "quote", "tweet", "according", "argue", "assert", "contend",
];

/// Past-tense forms of irregular verbs of news events that are no present form of any
/// verb ("struck", "fought"; not "hit", "cut", "beat", "read", "found"): a tagger that
/// calls one a present (VBP) has misread it.
#[rustfmt::skip]
pub const IRREGULAR_PASTS: &[&str] = &[
    "struck", "fought", "shot", "took", "stole", "threw", "broke", "overran", "drove", "sent",
    "fled", "held", "won", "gave", "began", "sought", "brought", "caught", "built", "kept",
    "spoke", "swore", "rode", "stood", "withdrew", "overthrew", "forbade", "undertook",
    "overtook", "froze", "chose", "wrote", "sold", "bought", "hid", "shook", "arose", "blew",
    "drew", "flew", "grew", "knew", "slew", "stung", "sank", "sprang", "swung",
    "fell", "felt", "dealt", "meant", "told", "said", "made", "did", "went", "came", "ran",
    "saw", "ate", "forgave", "forgot", "led", "lost", "paid", "laid", "left", "met", "retook",
];

/// The [`IRREGULAR_PASTS`] that are no noun, adjective, modal or name in English (not
/// "shot", "left", "saw", "felt", "made", "met", "spoke", "slew", "Drew" …): a tagger that
/// calls one a noun or a modal has misread it.
#[rustfmt::skip]
pub const VERB_ONLY_PASTS: &[&str] = &[
    "struck", "fought", "took", "stole", "threw", "broke", "overran", "drove", "fled", "gave",
    "began", "sought", "brought", "caught", "swore", "withdrew", "overthrew", "forbade",
    "undertook", "overtook", "chose", "wrote", "bought", "shook", "flew", "grew", "knew",
    "sank", "told", "went", "came", "forgave", "forgot", "retook",
];

/// The auxiliary and modal verb forms of English ("has", "was", "will", "could"): they
/// carry tense, mood or voice for the verb after them, never an event of their own; no
/// other finite verb stands right before a verb.
pub const AUXILIARY_VERBS: &[&str] = &[
    "will", "would", "shall", "should", "can", "could", "may", "might", "must", "has", "have",
    "had", "is", "are", "was", "were", "be", "been", "being", "do", "does", "did",
];

/// Verbs whose past participle ties a noun to the body it belongs to ("militants *linked
/// to* al-Qaida", "Islamic State-*affiliated* insurgents", "a party *allied with* the
/// government"): after a noun it describes, it tells no act.
pub const AFFILIATION_PARTICIPLES: &[&str] = &[
    "link",
    "tie",
    "connect",
    "affiliate",
    "associate",
    "ally",
    "align",
];

/// Verbs whose past tense is written like their present ("its jets *hit* depots",
/// "protesters *set* fire to the embassy"): a tagger cannot tell the two apart, and news
/// narrates in the past.
pub const SAME_FORM_PASTS: &[&str] = &[
    "hit", "cut", "put", "set", "shut", "spread", "cast", "quit", "shed", "let", "bid", "burst",
    "hurt", "thrust", "upset", "beat",
];

/// Whether the lower-case verb form `form` can only be a past tense or participle: a
/// regular *-ed* form ("attacked"; not "need", "exceed", "shed", "wed") or one of
/// [`IRREGULAR_PASTS`].
pub fn is_past_form(form: &str) -> bool {
    let regular = form.len() > 4 && form.ends_with("ed") && !form.ends_with("eed");
    regular || IRREGULAR_PASTS.contains(&form)
}

/// The month (1 = January) a name or abbreviation stands for, in any case and with or
/// without a final period: "December", "dec", "Sept.", "SEP".
pub fn month(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.');
    if !(3..=9).contains(&w.len()) {
        return None;
    }
    let by_name = MONTHS.iter().position(|m| w.eq_ignore_ascii_case(m));
    let by_abbreviation = || {
        let short = MONTH_ABBREVIATIONS
            .iter()
            .find(|a| w.eq_ignore_ascii_case(a))?;
        MONTHS.iter().position(|m| m.starts_with(short))
    };
    by_name.or_else(by_abbreviation).map(|i| i as u32 + 1)
}

/// The weekday a lower-case word names, as days from Monday (0 = Monday).
pub fn weekday(word: &str) -> Option<u32> {
    WEEKDAYS.iter().position(|d| *d == word).map(|i| i as u32)
}

/// Whether `word` is one of `class` (lower-case words) with its first letter in upper case
/// and the rest as listed: "The" for "the", not "THE" or "the".
pub fn is_capitalised(word: &str, class: &[&str]) -> bool {
    let mut chars = word.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    let rest = chars.as_str();
    first.is_uppercase()
        && class.iter().any(|w| {
            let mut listed = w.chars();
            listed.next().is_some_and(|c| c.to_uppercase().eq([first])) && listed.as_str() == rest
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_listed_noun_is_found_in_either_number_and_case() {
        assert!(noun_in("Drones", WEAPON_NOUNS));
        assert!(noun_in("drone", WEAPON_NOUNS));
        assert!(!noun_in("drones", &["troop"]));
        assert!(noun_in("troops", &["troop"]));
    }

    #[test]
    fn verb_only_pasts_are_irregular_pasts() {
        for past in VERB_ONLY_PASTS {
            assert!(IRREGULAR_PASTS.contains(past), "{past}");
        }
    }

    #[test]
    fn months_by_name_and_abbreviation() {
        for (word, number) in [
            ("December", Some(12)),
            ("Sept.", Some(9)),
            ("SEP", Some(9)),
            ("may", Some(5)),
            ("Mayo", None),
            ("ja", None),
        ] {
            assert_eq!(month(word), number, "{word}");
        }
    }

    #[test]
    fn past_forms() {
        let past: Vec<bool> = ["struck", "attacked", "exceed", "shed", "hit", "strikes"]
            .iter()
            .map(|f| is_past_form(f))
            .collect();
        assert_eq!(past, [true, true, false, false, false, false]);
    }

    #[test]
    fn weekdays_from_monday() {
        assert_eq!(weekday("monday"), Some(0));
        assert_eq!(weekday("sunday"), Some(6));
        assert_eq!(weekday("Monday"), None);
    }

    #[test]
    fn capitalised_forms() {
        assert!(is_capitalised("The", SENTENCE_OPENERS));
        assert!(!is_capitalised("THE", SENTENCE_OPENERS));
        assert!(!is_capitalised("the", SENTENCE_OPENERS));
        assert!(is_capitalised("Sept", MONTH_ABBREVIATIONS));
        assert!(!is_capitalised("May", MONTH_ABBREVIATIONS));
        assert!(is_capitalised("I", PRONOUNS));
    }
}
