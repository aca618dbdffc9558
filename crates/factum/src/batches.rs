//! Reading inputs in bounded memory: documents come in batches of at most `batch`, in
//! input order, whatever the size of an input.
//!
//! A batch of inputs is read in parallel when each is one document (a text or HTML file, a
//! feed), bounded by the per-file limit; JSON Lines and standard input are streamed a line
//! at a time ([`factum_ingest::stream_input`]). The caller processes each batch (in
//! parallel) and writes it before the next is read, so memory is bounded by `batch`
//! documents plus `batch` single-document inputs, never by the size of a JSON Lines file.

use factum_doc::Document;
use factum_ingest::{Diagnostic, Format, Input, InputSource, Item, ReadOptions};
use rayon::prelude::*;

/// What [`for_each_batch`] hands the caller.
pub enum Step {
    /// A warning about an input or document (printed, counted).
    Warning(Diagnostic),
    /// Documents and per-document failures, in input order, with how many inputs are
    /// finished once this batch is.
    Batch {
        docs: Vec<Result<Document, Diagnostic>>,
        inputs_done: u64,
    },
}

/// Whether `input` is streamed rather than read whole.
fn streamed(input: &Input, opts: &ReadOptions) -> bool {
    matches!(input.source, InputSource::Stdin)
        || matches!(opts.format.or(input.format), Some(Format::Jsonl))
}

/// Read `inputs` and call `f` with warnings and with batches of at most `batch` documents.
/// `f` returns `false` to stop early.
pub fn for_each_batch(
    inputs: &[Result<Input, Diagnostic>],
    opts: &ReadOptions,
    batch: usize,
    mut f: impl FnMut(Step) -> anyhow::Result<bool>,
) -> anyhow::Result<()> {
    let batch = batch.max(1);
    let mut pending: Vec<Result<Document, Diagnostic>> = Vec::new();
    let mut inputs_pending = 0u64;
    for chunk in inputs.chunks(batch) {
        // Whole-file inputs of this chunk are read in parallel; streamed ones later, in
        // their place.
        let read: Vec<Option<Vec<Item>>> = chunk
            .par_iter()
            .map(|input| match input {
                Ok(i) if streamed(i, opts) => None,
                Ok(i) => Some(factum_ingest::stream_input(i, opts).collect()),
                Err(d) => Some(vec![Item::Document(Err(d.clone()))]),
            })
            .collect();
        for (input, items) in chunk.iter().zip(read) {
            let items: Box<dyn Iterator<Item = Item>> = match items {
                Some(items) => Box::new(items.into_iter()),
                None => Box::new(factum_ingest::stream_input(
                    input.as_ref().expect("only inputs are streamed"),
                    opts,
                )),
            };
            for item in items {
                match item {
                    Item::Warning(w) => {
                        if !f(Step::Warning(w))? {
                            return Ok(());
                        }
                    }
                    Item::Document(d) => {
                        pending.push(d);
                        if pending.len() >= batch {
                            let docs = std::mem::take(&mut pending);
                            let done = std::mem::take(&mut inputs_pending);
                            if !f(Step::Batch {
                                docs,
                                inputs_done: done,
                            })? {
                                return Ok(());
                            }
                        }
                    }
                }
            }
            inputs_pending += 1;
        }
    }
    if !pending.is_empty() || inputs_pending > 0 {
        f(Step::Batch {
            docs: pending,
            inputs_done: inputs_pending,
        })?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Issue 17 (6): `read` and `code` held a whole JSON Lines input before writing
    /// anything. Batches now come while the input is still being read, each at most
    /// `batch` documents.
    #[test]
    fn a_large_jsonl_input_comes_in_bounded_batches() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big.jsonl");
        let mut text = String::new();
        for i in 0..1000 {
            text.push_str(&format!("{{\"id\": \"d{i}\", \"text\": \"Story {i}.\"}}\n"));
        }
        std::fs::write(&path, text).unwrap();
        std::fs::write(dir.path().join("a.txt"), "One story.").unwrap();
        let inputs = factum_ingest::expand_inputs(&[dir.path().display().to_string()], None);
        let mut sizes = Vec::new();
        let mut ids = Vec::new();
        for_each_batch(&inputs, &ReadOptions::default(), 64, |e| {
            if let Step::Batch { docs, .. } = e {
                sizes.push(docs.len());
                ids.extend(docs.into_iter().map(|d| d.unwrap().id));
            }
            Ok(true)
        })
        .unwrap();
        assert!(sizes.iter().all(|&n| n <= 64), "{sizes:?}");
        assert_eq!(ids.len(), 1001);
        assert_eq!(ids[0], Document::content_id("One story."), "a.txt first");
        assert_eq!(ids[1], "d0");
        assert_eq!(ids[1000], "d999");
    }
}
