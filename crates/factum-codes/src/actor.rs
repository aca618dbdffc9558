//! The grammar of a CAMEO actor code: which part is a country, which parts are roles.
//!
//! An actor code is a run of three-letter parts (see [`crate::sector`] for their meanings):
//!
//! | code | parts | reads as |
//! |---|---|---|
//! | `ISRGOV` | `ISR` `GOV` | Israel's government: a country, then a role |
//! | `---GOV` | `---` `GOV` | a government, country unknown ([`UNKNOWN_COUNTRY`]) |
//! | `IGOUNO` | `IGO` `UNO` | the United Nations: an international prefix, then a group |
//! | `IMGMUSISI` | `IMG` `MUS` `ISI` | an international militarised group, Muslim, Islamic State |
//! | `USAGOV/USAMIL` | two codes | PETRARCH's alternatives ([`ActorCode::alternatives`]) |
//!
//! The part lists ([`TRANSNATIONAL`], [`ROLES`], [`RELIGIONS`]) are the one home of this
//! knowledge: the actor stage, the geo stage and the GDELT export all read codes through
//! them.
//!
//! ## Where readers depart from the lists
//!
//! Before these lists had one home, each reader kept its own copy, and the copies
//! disagree. The readers' outputs are kept byte-for-byte as they were, so each departure
//! is written down here, next to the method that carries it, rather than silently
//! "fixed"; changing one changes coded output and is a decision of its own:
//!
//! * [`ActorCode::country`] (the actor and event stages) reads `INT` as a country
//!   (`INTREB`, international rebels, is in `Phoenix.MilNonState.actors.txt`), `HRI` and
//!   most religion parts (`MOS`, `SUN`, `BAH` …) too, and reads `MUS` as *no* country,
//!   though `MUS` is Mauritius in ISO 3166 and Phoenix codes Mauritian actors with it.
//! * The GDELT export's country column takes `INT` as a country as well.
//! * The geo stage's "non-state actor" test leaves out `NGM` and `UIS` (no shipped
//!   dictionary code starts with either).

/// The country part of a code whose country the text does not give (`---GOV`).
pub const UNKNOWN_COUNTRY: &str = "---";

/// International and transnational first parts: the actor belongs to no one country. In
/// codebook order, as in [`crate::sector::SECTORS`].
pub const TRANSNATIONAL: &[&str] = &["IGO", "NGO", "NGM", "MNC", "IMG", "UIS", "INT"];

/// Domestic role and sector parts (`GOV`, `REB`, `MED` …).
pub const ROLES: &[&str] = &[
    "COP", "GOV", "INS", "JUD", "MIL", "OPP", "PTY", "REB", "SEP", "SPY", "UAF", "AGR", "BUS",
    "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "HLH", "HRI", "LAB", "LEG", "MED", "REF", "MOD",
    "RAD",
];

/// Parts of armed groups that are not a state's forces: rebels, insurgents, unidentified
/// armed forces (militants, gunmen). CAMEO codes their force against a state as against
/// that state, their own included.
pub const ARMED_NON_STATE: &[&str] = &["REB", "INS", "UAF"];

/// Religion parts (`CHR` Christian, `SHI` Shia …).
pub const RELIGIONS: &[&str] = &[
    "REL", "CHR", "CTH", "ORT", "PRO", "MOS", "SUN", "SHI", "JEW", "BUD", "HIN", "SIK", "JAN",
    "TAO", "CON", "SHN", "ATH", "ZRO", "BAH", "DRZ", "ALE", "ITH", "MRM",
];

/// The religion parts [`ActorCode::country`] does not take for a country (see the module
/// docs: `MUS` is among them, most of [`RELIGIONS`] are not).
const COUNTRY_SKIPS_RELIGIONS: &[&str] = &["MUS", "CHR", "JEW", "HIN", "BUD", "SIK"];

/// An actor code, read part by part. It borrows the code and never fails: a malformed code
/// simply has no country or no roles.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ActorCode<'a> {
    code: &'a str,
}

impl<'a> ActorCode<'a> {
    pub fn new(code: &'a str) -> ActorCode<'a> {
        ActorCode { code }
    }

    /// The codes of a PETRARCH alternative (`USAGOV/USAMIL`); a plain code is its own one
    /// alternative.
    pub fn alternatives(code: &'a str) -> impl Iterator<Item = ActorCode<'a>> {
        code.split('/').map(ActorCode::new)
    }

    /// The first three bytes, whatever they are (`ISR`, `---`, `IGO`); `None` for a code
    /// shorter than three bytes or cut inside a character.
    pub fn first(&self) -> Option<&'a str> {
        self.code.get(..3)
    }

    /// The whole three-letter parts, in order; a trailing part of one or two letters is
    /// left out.
    pub fn parts(&self) -> impl Iterator<Item = &'a str> {
        let code = self.code;
        (0..code.len() / 3).filter_map(move |i| code.get(i * 3..i * 3 + 3))
    }

    /// The three letters after the first part: the sector of a country's actor (`IRQGOV`
    /// → `GOV`, `---REB` → `REB`), the group of an international code (`IGOUNO` → `UNO`);
    /// `None` for a bare country.
    pub fn sector(&self) -> Option<&'a str> {
        self.code.get(3..6)
    }

    /// Whether the country is [`UNKNOWN_COUNTRY`] (`---GOV`).
    pub fn has_unknown_country(&self) -> bool {
        self.code.starts_with(UNKNOWN_COUNTRY)
    }

    /// Whether any part is one of [`ARMED_NON_STATE`] (`CODREB`, `---UAF`, `SDNREBMIL`).
    pub fn is_armed_non_state(&self) -> bool {
        self.parts().any(|p| ARMED_NON_STATE.contains(&p))
    }

    /// Whether the first part is one of [`TRANSNATIONAL`] (`IGOUNO`, `NGOAMN`, `INTREB`).
    pub fn is_transnational(&self) -> bool {
        self.first().is_some_and(|p| TRANSNATIONAL.contains(&p))
    }

    /// The country, as the actor and event stages read it (`IRQGOV` → `IRQ`); `None` for
    /// `---GOV`, `IGOUNO`, `IMGMUSISI` and codes that start with a role (`GOV`). Departs
    /// from the lists in the ways the module docs say.
    pub fn country(&self) -> Option<&'a str> {
        let first = self.first()?;
        let not_country = (TRANSNATIONAL.contains(&first) && first != "INT")
            || (ROLES.contains(&first) && first != "HRI")
            || COUNTRY_SKIPS_RELIGIONS.contains(&first);
        (first.chars().all(|c| c.is_ascii_uppercase()) && !not_country).then_some(first)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_sector_after_the_country() {
        assert_eq!(ActorCode::new("IRQGOV").sector(), Some("GOV"));
        assert_eq!(ActorCode::new("---REBUAF").sector(), Some("REB"));
        assert_eq!(ActorCode::new("IRQ").sector(), None);
    }

    #[test]
    fn knows_armed_groups_that_are_no_state() {
        assert!(ActorCode::new("CODREB").is_armed_non_state());
        assert!(ActorCode::new("---UAF").is_armed_non_state());
        assert!(ActorCode::new("SDNREBMIL").is_armed_non_state());
        assert!(!ActorCode::new("SDNMIL").is_armed_non_state());
        assert!(!ActorCode::new("IMGMUSISI").is_armed_non_state());
    }

    #[test]
    fn reads_country_roles_and_prefixes() {
        assert_eq!(ActorCode::new("IRQGOV").country(), Some("IRQ"));
        assert_eq!(ActorCode::new("---GOV").country(), None);
        assert!(ActorCode::new("---GOV").has_unknown_country());
        assert_eq!(ActorCode::new("IGOUNO").country(), None);
        assert!(ActorCode::new("IGOUNO").is_transnational());
        assert_eq!(ActorCode::new("IMGMUSISI").country(), None);
        assert_eq!(ActorCode::new("GOV").country(), None);
        assert_eq!(
            ActorCode::new("IMGMUSIS").parts().collect::<Vec<_>>(),
            ["IMG", "MUS"]
        );
        let alts: Vec<_> = ActorCode::alternatives("USAGOV/USAMIL")
            .map(|c| c.country())
            .collect();
        assert_eq!(alts, [Some("USA"), Some("USA")]);
    }

    /// The departures the module docs list, pinned so that changing one is deliberate.
    #[test]
    fn country_keeps_its_historical_readings() {
        assert_eq!(ActorCode::new("INTREB").country(), Some("INT"));
        assert_eq!(ActorCode::new("MUSGOV").country(), None);
        assert_eq!(ActorCode::new("SUNREB").country(), Some("SUN"));
        assert_eq!(ActorCode::new("HRI").country(), Some("HRI"));
    }
}
