//! Embeds the bundled model when it exists.
//!
//! `data/models/en_ewt.fsyn` is produced by `factum train parser`; a fresh clone has it, but a
//! build made before the first training run (or with the file removed to retrain) must still
//! compile. So the model is copied into `OUT_DIR` when present and an empty file is written
//! otherwise; [`crate::SyntaxModel::bundled`] then reports "no bundled model" as an error.

use std::path::PathBuf;

fn main() {
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap());
    let models = manifest.join("../../data/models");
    let model = models.join("en_ewt.fsyn");
    println!("cargo:rerun-if-changed={}", models.display());
    println!("cargo:rerun-if-changed={}", model.display());
    let out = PathBuf::from(std::env::var_os("OUT_DIR").unwrap()).join("en_ewt.fsyn");
    let bytes = std::fs::read(&model).unwrap_or_default();
    std::fs::write(&out, bytes).expect("writing the embedded model copy into OUT_DIR");
}
