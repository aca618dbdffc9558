//! `factum codes`: look up the codes factum's output uses, offline.
//!
//! * `factum codes cameo [QUERY]`: CAMEO event codes with their labels; a QUERY of digits
//!   lists that code and the codes under it (`19`), words search the labels (`ceasefire`).
//! * `factum codes actor CODE|NAME`: a code split into its parts (`ISRGOV` → Israel +
//!   government), or a name coded by the bundled dictionaries ("Hezbollah" → `LBNREBMUSHEZ`)
//!   with the dictionary line that gave it.
//! * `factum codes country [QUERY]`: countries with ISO 3166 alpha-2, alpha-3 and FIPS 10-4
//!   codes; a QUERY (name, any code) resolves to one country.
//! * `factum codes sectors`: the role and sector parts of actor codes, and `---`.
//!
//! The tables are those `docs/codebook.md` describes (crate `factum-codes`).

use std::io::Write;
use std::process::ExitCode;

use factum_codes::{cameo, country, sector};

#[derive(clap::Args)]
#[command(after_help = "\
Examples:
  factum codes cameo 19          every code under 19 (Fight)
  factum codes cameo ceasefire   codes whose label mentions it
  factum codes actor ISRGOV      the parts of a code
  factum codes actor Hezbollah   the code the dictionaries give a name
  factum codes country LE        Lebanon (FIPS LE = ISO LB / LBN)
  factum codes sectors")]
pub struct Args {
    #[command(subcommand)]
    pub table: Table,
}

#[derive(clap::Subcommand)]
pub enum Table {
    /// CAMEO event codes and labels.
    Cameo {
        /// Code prefix (digits) or words of the label.
        query: Vec<String>,
    },
    /// Explain an actor code, or code a name with the bundled dictionaries.
    Actor {
        /// An actor code (ISRGOV, ---GOV) or a name ("Lebanese army").
        #[arg(required = true, allow_hyphen_values = true)]
        query: Vec<String>,
    },
    /// Countries: name, ISO 3166 alpha-2 and alpha-3, FIPS 10-4.
    Country {
        /// A name or code to resolve (all countries when absent).
        query: Vec<String>,
    },
    /// Role and sector codes of actor codes.
    Sectors,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    match args.table {
        Table::Cameo { query } => cameo_codes(&mut out, &query.join(" "))?,
        Table::Actor { query } => actor(&mut out, &query.join(" "))?,
        Table::Country { query } => countries(&mut out, &query.join(" "))?,
        Table::Sectors => {
            for (code, meaning) in sector::SECTORS {
                writeln!(out, "{code}\t{meaning}")?;
            }
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn cameo_codes(out: &mut impl Write, query: &str) -> anyhow::Result<()> {
    let q = query.trim();
    let by_code = !q.is_empty() && q.bytes().all(|b| b.is_ascii_digit() || b == b'x');
    let prefix = if by_code {
        cameo::check_prefix(q).map_err(anyhow::Error::msg)?
    } else {
        String::new()
    };
    let words: Vec<String> = q.split_whitespace().map(str::to_lowercase).collect();
    let mut found = 0;
    for (code, label) in cameo::codes() {
        let hit = if by_code {
            code.starts_with(&prefix)
        } else {
            let l = label.to_lowercase();
            words.iter().all(|w| l.contains(w))
        };
        if hit {
            let depth = "  ".repeat(code.len().saturating_sub(2));
            writeln!(out, "{depth}{code}\t{label}")?;
            found += 1;
        }
    }
    if found == 0 {
        anyhow::bail!("no CAMEO label mentions {q:?}; `factum codes cameo` lists them all");
    }
    Ok(())
}

fn actor(out: &mut impl Write, query: &str) -> anyhow::Result<()> {
    let q = query.trim();
    let looks_like_code = q.len() >= 3
        && q.bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'-');
    if looks_like_code {
        for (part, meaning) in sector::explain(q) {
            writeln!(out, "{part}\t{meaning}")?;
        }
        return Ok(());
    }
    let pipeline = factum::pipeline::Pipeline::new()?;
    let mut doc = factum_doc::Document::new(q, factum_doc::Origin::default());
    pipeline.process(&mut doc);
    if doc.actors.is_empty() {
        anyhow::bail!(
            "the bundled dictionaries code nothing in {q:?}; try the name as news writes it \
             (\"the Lebanese army\", \"Hezbollah\")"
        );
    }
    for a in &doc.actors {
        let from: Vec<String> = a
            .provenance
            .iter()
            .map(|p| format!("{}:{}", p.file, p.line))
            .collect();
        let inferred = if a.inferred { " (inferred)" } else { "" };
        writeln!(
            out,
            "{}\t{}{inferred}\t{}",
            a.code,
            doc.slice(a.span),
            from.join(", ")
        )?;
    }
    Ok(())
}

fn countries(out: &mut impl Write, query: &str) -> anyhow::Result<()> {
    let print = |out: &mut dyn Write, c: &country::Country| -> std::io::Result<()> {
        writeln!(out, "{}\t{}\t{}\t{}", c.iso3, c.iso2, c.fips, c.name)
    };
    if query.trim().is_empty() {
        writeln!(out, "iso3\tiso2\tfips\tname")?;
        for c in country::all() {
            print(out, c)?;
        }
        return Ok(());
    }
    let r = country::resolve(query).map_err(anyhow::Error::msg)?;
    if let Some(note) = &r.note {
        eprintln!("factum codes: {note}");
    }
    print(out, r.country)?;
    Ok(())
}
