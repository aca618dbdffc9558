#!/usr/bin/env python3
"""Merge the coders' files `eval/gold/parts/*.jsonl` into `eval/gold/voa.jsonl`.

One-off tooling (not part of factum's runtime). Checks every record before writing: the
fields `docs/annotation.md` requires, a known split, a sentence text that occurs in its
story, CAMEO codes that exist in `data/cameo/CAMEO2PLOVER-2021.txt` (or are 01x/02x
statements and appeals), allowed modalities. Stories are written in the order of
`eval/gold/stories.jsonl`, sentences in their order.

    python3 scripts/gold_merge.py
"""
import glob
import json
import re
import sys

MODALITIES = {"asserted", "reported", "planned", "proposed", "demanded", "conditional",
              "hypothetical", "negated"}


def known_cameo_codes():
    codes = set()
    for line in open("data/cameo/CAMEO2PLOVER-2021.txt", encoding="utf-8"):
        m = re.match(r"(\d{2,4}):", line)
        if m:
            codes.add(m.group(1))
    return codes


def fold(s):
    s = re.sub(r"\s+", " ", s)
    for a, b in (("\u2018", "'"), ("\u2019", "'"), ("\u201c", '"'), ("\u201d", '"')):
        s = s.replace(a, b)
    return s


def main():
    stories = {}
    order = []
    for line in open("eval/gold/stories.jsonl", encoding="utf-8"):
        s = json.loads(line)
        stories[s["id"]] = s
        order.append(s["id"])
    codes = known_cameo_codes()
    by_story = {}
    problems = []
    for path in sorted(glob.glob("eval/gold/parts/*.jsonl")):
        for n, line in enumerate(open(path, encoding="utf-8"), 1):
            if not line.strip():
                continue
            where = f"{path}:{n}"
            r = json.loads(line)
            story = stories.get(r.get("story"))
            if story is None:
                problems.append(f"{where}: unknown story {r.get('story')!r}")
                continue
            if r.get("split") != story["split"]:
                problems.append(f"{where}: split {r.get('split')!r}, story is {story['split']}")
            if fold(r["text"]) not in fold(story["text"]):
                problems.append(f"{where}: sentence text not in the story")
            for e in r["events"]:
                c = e.get("cameo", "")
                if c not in codes and not re.fullmatch(r"0[12]\d{0,2}", c):
                    problems.append(f"{where}: unknown CAMEO code {c!r}")
                if e.get("modality") not in MODALITIES:
                    problems.append(f"{where}: modality {e.get('modality')!r}")
                for side in ("source", "target"):
                    a = e.get(side)
                    if a is not None and not re.fullmatch(r"[A-Z-]{3,}", a.get("code", "")):
                        problems.append(f"{where}: {side} code {a.get('code')!r}")
            by_story.setdefault(r["story"], []).append(r)
    if problems:
        print("\n".join(problems), file=sys.stderr)
        sys.exit(1)
    sentences = events = 0
    with open("eval/gold/voa.jsonl", "w", encoding="utf-8") as f:
        for sid in order:
            for r in sorted(by_story.get(sid, []), key=lambda r: r["sentence"]):
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
                sentences += 1
                events += len(r["events"])
    missing = [s for s in order if s not in by_story]
    print(f"{len(by_story)} stories, {sentences} sentences, {events} events"
          + (f"; not coded yet: {' '.join(missing)}" if missing else ""))


if __name__ == "__main__":
    main()
