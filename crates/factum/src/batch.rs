//! The batch loop of every command that reads documents (`read`, `code`, `actors`,
//! `sources`, `places`, `ingest`): read, process in parallel, hand over in input order.
//!
//! [`Batch::run`] reads the inputs through the factum-ingest readers, gathers the documents
//! into chunks of at most [`CHUNK`] (or [`Batch::chunk`]), processes each chunk in parallel
//! with rayon, and hands every result to the caller's sink **in input order** before the
//! next chunk is read. So:
//!
//! * the output is the same whatever the thread count;
//! * memory is bounded by the chunk, never by the size of an input: JSON Lines and standard
//!   input are streamed a line at a time ([`factum_ingest::stream_input`]); inputs that are
//!   one document each (a text or HTML file, a feed) are read a chunk of inputs at a time,
//!   in parallel, each bounded by the per-file limit;
//! * one bad article never aborts the batch: a document that cannot be read or processed is
//!   an [`Out::Failed`] with its file and line, counted in [`Totals`], and the exit code
//!   ([`Totals::exit_code`]) is 1 when any failed.
//!
//! The sink sees, in order: warnings and read failures as they are read, then each chunk's
//! results, then [`Out::ChunkEnd`] (how many inputs the chunk finished, for progress bars;
//! `ingest` commits a transaction there).

use std::process::ExitCode;

use factum_doc::Document;
use factum_ingest::{Diagnostic, Format, Input, InputSource, Item, ReadOptions};
use rayon::prelude::*;

/// Documents processed at a time by default: enough to keep every thread busy, few enough
/// that output starts early and memory stays bounded on large inputs.
pub const CHUNK: usize = 256;

/// What the loop hands the sink, in input order.
pub enum Out<T> {
    /// A problem that did not stop a document (replaced invalid UTF-8, an unparsable date).
    Warning(Diagnostic),
    /// A document that could not be read or processed, with its file and line.
    Failed(Diagnostic),
    /// What processing made of one document.
    Done(T),
    /// Every document read so far has been handed over; `inputs` more inputs are finished.
    ChunkEnd { inputs: u64 },
}

/// Counts over a whole run.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Totals {
    /// Documents processed ([`Out::Done`]).
    pub documents: usize,
    /// Documents or inputs that failed ([`Out::Failed`]).
    pub failures: usize,
    /// Warnings ([`Out::Warning`]).
    pub warnings: usize,
}

impl Totals {
    /// The exit code of a batch command: 0 when every input was read, 1 when any failed (the
    /// rest was still processed and written).
    pub fn exit_code(&self) -> ExitCode {
        exit_code(self.failures)
    }
}

/// [`Totals::exit_code`] for a count of failures.
pub fn exit_code(failures: usize) -> ExitCode {
    if failures == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

/// Inputs to read and how: see the module documentation.
pub struct Batch<'a> {
    inputs: &'a [Result<Input, Diagnostic>],
    read: &'a ReadOptions,
    chunk: usize,
}

impl<'a> Batch<'a> {
    /// A batch over `inputs` (from [`factum_ingest::expand_inputs`]) read with `read`.
    pub fn new(inputs: &'a [Result<Input, Diagnostic>], read: &'a ReadOptions) -> Batch<'a> {
        Batch {
            inputs,
            read,
            chunk: CHUNK,
        }
    }

    /// Process at most `n` documents at a time (at least one).
    pub fn chunk(mut self, n: usize) -> Batch<'a> {
        self.chunk = n.max(1);
        self
    }

    /// Read every document, `process` each (in parallel), and hand the results to `sink` in
    /// input order. An error from `sink` stops the loop and is returned.
    pub fn run<T: Send>(
        &self,
        process: impl Fn(Document) -> Result<T, Diagnostic> + Sync,
        sink: impl FnMut(Out<T>) -> anyhow::Result<()>,
    ) -> anyhow::Result<Totals> {
        self.run_admitting(|_| true, process, sink)
    }

    /// [`Batch::run`] for the documents `admit` accepts; the others are dropped unprocessed
    /// and do not count (`ingest` skips the documents already stored). Chunks count admitted
    /// documents only.
    pub fn run_admitting<T: Send>(
        &self,
        mut admit: impl FnMut(&Document) -> bool,
        process: impl Fn(Document) -> Result<T, Diagnostic> + Sync,
        mut sink: impl FnMut(Out<T>) -> anyhow::Result<()>,
    ) -> anyhow::Result<Totals> {
        let mut totals = Totals::default();
        let mut pending: Vec<Document> = Vec::new();
        let mut inputs_done = 0u64;
        let flush = |pending: &mut Vec<Document>,
                     inputs_done: &mut u64,
                     totals: &mut Totals,
                     sink: &mut dyn FnMut(Out<T>) -> anyhow::Result<()>|
         -> anyhow::Result<()> {
            let results: Vec<Result<T, Diagnostic>> = std::mem::take(pending)
                .into_par_iter()
                .map(|doc| process_guarded(&process, doc))
                .collect();
            for r in results {
                match r {
                    Ok(done) => {
                        totals.documents += 1;
                        sink(Out::Done(done))?;
                    }
                    Err(d) => {
                        totals.failures += 1;
                        sink(Out::Failed(d))?;
                    }
                }
            }
            sink(Out::ChunkEnd {
                inputs: std::mem::take(inputs_done),
            })
        };
        for_each_item(self.inputs, self.read, self.chunk, |item| {
            match item {
                Read::Item(Item::Warning(w)) => {
                    totals.warnings += 1;
                    sink(Out::Warning(w))?;
                }
                Read::Item(Item::Document(Err(d))) => {
                    totals.failures += 1;
                    sink(Out::Failed(d))?;
                }
                Read::Item(Item::Document(Ok(doc))) => {
                    if admit(&doc) {
                        pending.push(doc);
                    }
                    if pending.len() >= self.chunk {
                        flush(&mut pending, &mut inputs_done, &mut totals, &mut sink)?;
                    }
                }
                Read::InputDone => inputs_done += 1,
            }
            Ok(())
        })?;
        if !pending.is_empty() || inputs_done > 0 {
            flush(&mut pending, &mut inputs_done, &mut totals, &mut sink)?;
        }
        Ok(totals)
    }
}

/// `process(doc)`, with a panic (a factum bug) turned into that document's failure, so one
/// article that trips a bug never takes the batch down with it: the failure names the
/// document's file and line and asks for a report; the other documents go on.
fn process_guarded<T>(
    process: &(impl Fn(Document) -> Result<T, Diagnostic> + Sync),
    doc: Document,
) -> Result<T, Diagnostic> {
    let location = match (doc.origin.line, doc.origin.item) {
        (Some(line), _) => format!("{}:{line}", doc.origin.path),
        (None, Some(item)) => format!("{}#{item}", doc.origin.path),
        (None, None) => doc.origin.path.clone(),
    };
    let id = doc.id.clone();
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| process(doc))).unwrap_or_else(
        |panic| {
            let what = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_default();
            Err(Diagnostic::new(
                location,
                format!(
                    "internal error in document {id} ({what}); please report it with this document"
                ),
            ))
        },
    )
}

/// What [`for_each_item`] reads: an item of an input, or the end of one.
// Documents move by value from reader to pipeline (as `factum_ingest::Item` does); boxing
// them would add an allocation per document for nothing.
#[allow(clippy::large_enum_variant)]
enum Read {
    Item(Item),
    InputDone,
}

/// Whether `input` is streamed rather than read whole.
fn streamed(input: &Input, opts: &ReadOptions) -> bool {
    matches!(input.source, InputSource::Stdin)
        || matches!(opts.format.or(input.format), Some(Format::Jsonl))
}

/// Read `inputs` in order, calling `f` with every item and the end of every input.
/// Whole-file inputs are read `prefetch` at a time, in parallel; streamed ones (JSON Lines,
/// standard input) in their place, a line at a time.
fn for_each_item(
    inputs: &[Result<Input, Diagnostic>],
    opts: &ReadOptions,
    prefetch: usize,
    mut f: impl FnMut(Read) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    for chunk in inputs.chunks(prefetch) {
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
                f(Read::Item(item))?;
            }
            f(Read::InputDone)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Issue 17 (6): `read` and `code` held a whole JSON Lines input before writing
    /// anything. Chunks now come while the input is still being read, each at most `chunk`
    /// documents, and in input order.
    #[test]
    fn a_large_jsonl_input_comes_in_bounded_chunks() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big.jsonl");
        let mut text = String::new();
        for i in 0..1000 {
            text.push_str(&format!("{{\"id\": \"d{i}\", \"text\": \"Story {i}.\"}}\n"));
        }
        std::fs::write(&path, text).unwrap();
        std::fs::write(dir.path().join("a.txt"), "One story.").unwrap();
        let inputs = factum_ingest::expand_inputs(&[dir.path().display().to_string()], None);
        let mut sizes = vec![0];
        let mut ids = Vec::new();
        let totals = Batch::new(&inputs, &ReadOptions::default())
            .chunk(64)
            .run(
                |doc| Ok(doc.id),
                |out| {
                    match out {
                        Out::Done(id) => {
                            *sizes.last_mut().unwrap() += 1;
                            ids.push(id);
                        }
                        Out::ChunkEnd { .. } => sizes.push(0),
                        _ => {}
                    }
                    Ok(())
                },
            )
            .unwrap();
        assert!(sizes.iter().all(|&n| n <= 64), "{sizes:?}");
        assert_eq!(totals.documents, 1001);
        assert_eq!(ids[0], Document::content_id("One story."), "a.txt first");
        assert_eq!(ids[1], "d0");
        assert_eq!(ids[1000], "d999");
    }

    /// A bad line and a missing file fail alone, with file and line; the rest is processed.
    #[test]
    fn failures_are_counted_and_the_rest_processed() {
        let dir = tempfile::tempdir().unwrap();
        let good = dir.path().join("a.txt");
        let bad = dir.path().join("b.jsonl");
        std::fs::write(&good, "Arnor attacked Gondor.").unwrap();
        std::fs::write(&bad, "{\"text\": \"ok\"}\n{\"text\n").unwrap();
        let names = [
            good.display().to_string(),
            bad.display().to_string(),
            dir.path().join("missing.txt").display().to_string(),
        ];
        let inputs = factum_ingest::expand_inputs(&names, None);
        let mut failed = Vec::new();
        let totals = Batch::new(&inputs, &ReadOptions::default())
            .run(Ok, |out| {
                if let Out::Failed(d) = out {
                    failed.push(d.location);
                }
                Ok(())
            })
            .unwrap();
        assert_eq!((totals.documents, totals.failures), (2, 2));
        assert!(failed[0].ends_with("b.jsonl:2"), "{failed:?}");
        assert!(failed[1].ends_with("missing.txt"), "{failed:?}");
        assert_eq!(totals.exit_code(), ExitCode::from(1));
    }

    /// One JSON Lines input, `d.jsonl` holding `text`, in a temporary directory that lives
    /// as long as the returned guard.
    fn jsonl_input(text: &str) -> (tempfile::TempDir, Vec<Result<Input, Diagnostic>>) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("d.jsonl");
        std::fs::write(&path, text).unwrap();
        let inputs = factum_ingest::expand_inputs(&[path.display().to_string()], None);
        (dir, inputs)
    }

    /// A document whose processing panics (a bug) fails alone, with its file and line;
    /// the documents before and after it are processed.
    #[test]
    fn a_panic_on_one_document_fails_it_alone() {
        let (_dir, inputs) = jsonl_input(
            "{\"id\": \"a\", \"text\": \"One.\"}\n{\"id\": \"b\", \"text\": \"Two.\"}\n\
             {\"id\": \"c\", \"text\": \"Three.\"}\n",
        );
        let (mut done, mut failed) = (Vec::new(), Vec::new());
        let totals = Batch::new(&inputs, &ReadOptions::default())
            .run(
                |doc| {
                    assert!(doc.id != "b", "a bug");
                    Ok(doc.id)
                },
                |out| {
                    match out {
                        Out::Done(id) => done.push(id),
                        Out::Failed(d) => failed.push(d),
                        _ => {}
                    }
                    Ok(())
                },
            )
            .unwrap();
        assert_eq!(done, ["a", "c"]);
        assert_eq!((totals.documents, totals.failures), (2, 1));
        assert!(failed[0].location.ends_with("d.jsonl:2"), "{failed:?}");
        assert!(failed[0].message.contains("a bug"), "{failed:?}");
    }

    /// Documents `admit` refuses are neither processed nor counted.
    #[test]
    fn refused_documents_are_not_processed() {
        let (_dir, inputs) =
            jsonl_input("{\"id\":\"a\",\"text\":\"A.\"}\n{\"id\":\"b\",\"text\":\"B.\"}\n");
        let mut ids = Vec::new();
        let totals = Batch::new(&inputs, &ReadOptions::default())
            .run_admitting(
                |d| d.id != "a",
                |d| Ok(d.id),
                |out| {
                    if let Out::Done(id) = out {
                        ids.push(id);
                    }
                    Ok(())
                },
            )
            .unwrap();
        assert_eq!(ids, ["b"]);
        assert_eq!(totals.documents, 1);
    }
}
