#!/usr/bin/env bash
# Behaviour check for refactors: save what factum prints on fixed inputs, then check
# that a later build prints exactly the same bytes.
#
#   scripts/same-output.sh save  DIR   # before the refactor (release build of the old code)
#   scripts/same-output.sh check DIR   # after it: byte-identical or a diff and exit 1
#
# Inputs: the bundled sample corpus (`examples/corpus`), 2,000 Reuters-21578 bodies (made
# from ../shared/data/reuters21578 on first use; research-only, never committed), the UD
# English EWT dev set, the PETRARCH validation records and the VOA gold standard. What is
# compared: `code` (and `code --explain`), `places --json`, `actors`, `sources` on the corpus and on Reuters,
# `eval parser`, `eval petrarch`, `eval events`, and an `export` (jsonl, csv, gdelt) of a
# database ingested from the corpus with the ingest time masked. Every command gets a fixed
# `--date`, so "today" does not change the output.
#
# Environment: FACTUM (binary, default target/release/factum), SHARED (default ../shared).
set -euo pipefail

mode=${1:-}
dir=${2:-}
if [[ "$mode" != save && "$mode" != check ]] || [[ -z "$dir" ]]; then
    echo "usage: scripts/same-output.sh save|check DIR" >&2
    exit 2
fi

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
factum=${FACTUM:-$root/target/release/factum}
# Canonical, so that a worktree elsewhere prints the same paths (evals echo their inputs).
shared=$(cd "${SHARED:-$root/../shared}" && pwd -P)
date=2026-06-01
reuters=${REUTERS_2K:-/tmp/factum-same-output-reuters2k.jsonl}

if [[ ! -x "$factum" ]]; then
    echo "same-output: no binary at $factum (cargo build --release -p factum)" >&2
    exit 2
fi
if [[ ! -s "$reuters" ]]; then
    # `head` closes the pipe early; the converter's broken pipe is expected.
    (cargo run --quiet --release -p factum-ingest --example reuters_jsonl -- \
        "$shared/data/reuters21578" 2>/dev/null || true) | head -2000 >"$reuters"
fi

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

run() { # name, command...: stdout and stderr (summaries, timings removed) to $out/name
    local name=$1
    shift
    "$@" >"$out/$name.out" 2>"$out/$name.err" || echo "exit $?" >>"$out/$name.err"
    # Elapsed times and rates vary from run to run; everything else must not.
    sed -E -i -e 's/[0-9]+(\.[0-9]+)? ?[a-z]+\/s\b/<rate>/g' \
        -e 's/[0-9]+(\.[0-9]+)? ?(s|ms|µs)\b/<time>/g' "$out/$name.err"
}

for input in examples/corpus "$reuters"; do
    tag=$(basename "$input" .jsonl)
    run "code-$tag" "$factum" code "$input" --date "$date" --threads 2
    run "explain-$tag" "$factum" code "$input" --explain --date "$date" --threads 2
    run "places-$tag" "$factum" places --json "$input"
    run "actors-$tag" "$factum" actors "$input" --date "$date"
    run "sources-$tag" "$factum" sources "$input" --attributions --date "$date"
done
run eval-parser "$factum" eval parser --conllu "$shared/data/ud_english_ewt/en_ewt-ud-dev.conllu"
run eval-petrarch "$factum" eval petrarch "$shared/data/petrarch2/PETR.UnitTest.records.xml" \
    --dicts "$shared/data/petrarch2"
run eval-events "$factum" eval events --gold eval/gold/voa.jsonl \
    --plover "$shared/data/plover-gsr/dev.json"

db="$out/corpus.sqlite"
run ingest "$factum" ingest examples/corpus --db "$db" --date "$date" --quiet
for format in jsonl csv gdelt; do
    run "export-$format" "$factum" export --db "$db" --format "$format"
done
run export-documents "$factum" export --db "$db" --format jsonl --table documents
rm -f "$db" "$db"-wal "$db"-shm
# The ingest time is the one field that differs between two runs.
# (GDELT writes it as DATEADDED, YYYYMMDDhhmmss.)
sed -E -i -e 's/"ingested_at":"[^"]*"/"ingested_at":"<time>"/g' \
    -e 's/\t20[0-9]{12}\t/\t<time>\t/g' "$out"/export-*.out

case "$mode" in
save)
    rm -rf "$dir"
    mkdir -p "$dir"
    cp "$out"/* "$dir"/
    echo "same-output: saved $(ls "$dir" | wc -l) files to $dir"
    ;;
check)
    if diff -r "$dir" "$out" >"$out.diff"; then
        echo "same-output: identical ($(ls "$dir" | wc -l) files)"
        rm -f "$out.diff"
    else
        head -100 "$out.diff"
        echo "same-output: DIFFERENT (full diff: $out.diff)" >&2
        exit 1
    fi
    ;;
esac
