//! `factum gazetteer`: build the shipped gazetteer from GeoNames and CountryInfo, and look
//! names up in it (to check a rebuild or to find the GeoNames id of a place).

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use factum_geo::Gazetteer;

#[derive(clap::Subcommand)]
pub enum Action {
    /// Build data/geo/gazetteer.tsv from GeoNames, CountryInfo and the curated list.
    Build {
        /// Directory with countries.json, cities15000.json, admin1CodesASCII.txt, continents.json.
        #[arg(long)]
        geonames: PathBuf,
        /// CountryInfo.txt (adjectives, demonyms and name variants).
        #[arg(long)]
        countryinfo: PathBuf,
        /// Curated regions, aliases and stop names.
        #[arg(long, default_value = "data/geo/curated.txt")]
        curated: PathBuf,
        /// Output file.
        #[arg(long, default_value = "data/geo/gazetteer.tsv")]
        out: PathBuf,
    },
    /// Print the gazetteer entries a name can refer to, and how long loading took.
    Lookup {
        /// Names to look up.
        names: Vec<String>,
        /// Gazetteer file instead of the embedded one.
        #[arg(long)]
        gazetteer: Option<PathBuf>,
    },
}

pub fn run(action: Action) -> anyhow::Result<ExitCode> {
    match action {
        Action::Build {
            geonames,
            countryinfo,
            curated,
            out,
        } => {
            let (text, stats) = factum_geo::build::build(&geonames, &countryinfo, &curated)?;
            std::fs::write(&out, text).map_err(|e| anyhow::anyhow!("{}: {e}", out.display()))?;
            eprintln!(
                "wrote {}: {} countries, {} admin1, {} cities, {} regions, {} names, {} bytes",
                out.display(),
                stats.countries,
                stats.admin1,
                stats.cities,
                stats.regions,
                stats.names,
                stats.bytes
            );
        }
        Action::Lookup { names, gazetteer } => {
            let start = Instant::now();
            let g = match gazetteer {
                Some(p) => Gazetteer::load(&p)?,
                None => Gazetteer::embedded(),
            };
            eprintln!(
                "loaded {} entries, {} names in {:.1} ms",
                g.entries.len(),
                g.name_count(),
                start.elapsed().as_secs_f64() * 1000.0
            );
            for name in names {
                let refs = g.lookup(&name);
                if refs.is_empty() {
                    println!("{name}\t(not found)");
                }
                for r in refs {
                    let e = g.entry(r.entry);
                    println!(
                        "{name}\t{}\t{}\t{}\t{}\t{}\tpop={}\t{:?}{}",
                        e.geonameid,
                        e.kind.as_str(),
                        e.name,
                        e.iso3,
                        e.admin1,
                        e.population,
                        r.form,
                        if e.capital { "\tcapital" } else { "" }
                    );
                }
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
