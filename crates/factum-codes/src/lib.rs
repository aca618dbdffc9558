//! The code tables an analyst needs to read factum's output, and the look-ups that turn
//! what a user types into those codes.
//!
//! * [`cameo`]: every CAMEO event code with its label ("036" → "Express intent to meet or
//!   negotiate"), and the check that a typed code (or code prefix) exists.
//! * [`sector`]: the three-letter role and sector codes that follow a country in a CAMEO
//!   actor code (`ISR` + `GOV` = Israeli government), and `---`, the "no country" filler.
//! * [`actor`]: the grammar of a whole actor code (`ISRGOV`, `---GOV`, `IGOUNO`): which part
//!   is the country, which are international prefixes, roles and religions. The one list of
//!   each; the actor stage, geo and the GDELT export read codes through it.
//! * [`country`]: countries by name, ISO 3166-1 alpha-2 and alpha-3 and FIPS 10-4 (GDELT's
//!   country codes), resolved from whatever the user typed, with suggestions when nothing
//!   matches.
//!
//! The tables are embedded from `data/cameo/labels.tsv` and `data/codes/countries.tsv`
//! (licences in those folders' README files); nothing is read at run time. This crate has
//! no dependencies, so the store, the CLI and an HTTP layer can all use it.

pub mod actor;
pub mod cameo;
pub mod country;
pub mod sector;
mod suggest;

pub use suggest::closest;
