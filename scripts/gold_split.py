#!/usr/bin/env python3
"""Prepare the real-news gold standard's skeleton from the VOA stories.

One-off tooling (not part of factum's runtime): it copies the public-domain VOA stories
into `eval/gold/stories.jsonl`, assigns each story to the dev or test split by a fixed hash
of its id, and writes `eval/gold/skeleton.jsonl`: the first 12 body sentences of every
story, one record per sentence with an empty event list, for the coders to fill in by
`docs/annotation.md`.

    python3 scripts/gold_split.py ../shared/data/voa/dev.jsonl

The split is `test` when the first byte of sha256(id) is below 102 (about 40 %), else
`dev`; it never changes when stories are added.
"""
import hashlib
import json
import re
import sys

ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "gen", "lt", "col", "sgt", "capt", "maj", "adm", "rep", "sen",
    "gov", "st", "jr", "sr", "prof", "rev", "no", "vs", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc", "corp", "co", "ltd", "u.s",
    "u.n", "u.k", "e.u", "d.c", "a.m", "p.m", "approx", "est", "fig", "mt", "ft",
}

SENTENCES_PER_STORY = 12


def split_id(story_id: str) -> str:
    return "test" if hashlib.sha256(story_id.encode()).digest()[0] < 102 else "dev"


def sentences(text: str):
    """Split on . ! ? (with closing quotes) followed by space and a capital or quote,
    unless the word before the stop is a known abbreviation or a single capital letter."""
    out, start = [], 0
    for m in re.finditer(r'[.!?]["”’)]*\s+(?=["“‘(]?[A-Z0-9])', text):
        before = text[start:m.start()].split()
        last = before[-1].lower().rstrip(".") if before else ""
        if m.group(0)[0] == "." and (last in ABBREVIATIONS or re.fullmatch(r"[a-z]", last)
                                     or re.fullmatch(r"(?:[a-z]\.)+[a-z]", last)):
            continue
        out.append(text[start:m.end()].strip())
        start = m.end()
    if text[start:].strip():
        out.append(text[start:].strip())
    return out


def main(path: str) -> None:
    stories = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    with open("eval/gold/stories.jsonl", "w", encoding="utf-8") as f:
        for s in stories:
            s = dict(s, split=split_id(s["id"]))
            f.write(json.dumps(s, ensure_ascii=False) + "\n")
    with open("eval/gold/skeleton.jsonl", "w", encoding="utf-8") as f:
        for s in stories:
            for i, sent in enumerate(sentences(s["text"])[:SENTENCES_PER_STORY]):
                rec = {"story": s["id"], "split": split_id(s["id"]),
                       "published": s["published"][:10], "sentence": i, "text": sent,
                       "events": []}
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    splits = [split_id(s["id"]) for s in stories]
    print(f"{len(stories)} stories: {splits.count('dev')} dev, {splits.count('test')} test")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/voa/dev.jsonl")
