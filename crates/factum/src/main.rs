//! The `factum` command line.

use clap::Parser;

#[derive(Parser)]
#[command(name = "factum", version, about = "News in, political event data out.")]
struct Cli {}

fn main() -> anyhow::Result<()> {
    let _cli = Cli::parse();
    Ok(())
}
