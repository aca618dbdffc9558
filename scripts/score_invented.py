"""Score `factum code` on an invented story set against its hand-written gold.

    python3 scripts/score_invented.py target/release/factum eval/invented/s49-a

reads `S.jsonl` (the stories) and `S.gold.txt` (one line an event:
`ID: SOURCE->TARGET CAMEO 'trigger' [modality] (sN)`, written before factum was run on the
stories; see eval/invented/README.md) and prints, per story, the events found (`ok`),
emitted and not in the gold (`FP`) and missed (`MISS`), then the totals. An event matches
at the primary level of `factum eval events`: same story, source country, target country
and CAMEO root (an IGO keeps its first six letters; a side with no country never matches).
Sentence numbers are not compared (the sets number them differently).
"""

import collections
import json
import re
import subprocess
import sys


def country(code):
    if not code or code.startswith("---"):
        return None
    return code[:6] if code.startswith("IGO") else code[:3]


def key(source, target, cameo):
    return (country(source), country(target), cameo[:2])


def main():
    binary, stem = sys.argv[1], sys.argv[2]
    gold = collections.defaultdict(list)
    with open(f"{stem}.gold.txt", encoding="utf-8") as f:
        for line in f:
            m = re.match(r"^(\w+): (\S+)->(\S*) (\d+) '(.*?)' \[(\w+)\]", line)
            if m:
                gold[m.group(1)].append((m.group(2), m.group(3) or "---", m.group(4), m.group(5)))
    out = subprocess.run(
        [binary, "code", "-q", f"{stem}.jsonl"], capture_output=True, text=True, check=True
    ).stdout
    emitted = collections.defaultdict(list)
    for line in out.splitlines():
        e = json.loads(line)
        emitted[e["doc_id"]].append(
            (e["source_code"] or "---", e["target_code"] or "---", e["cameo"], e["verb_text"])
        )
    right = wrong = missed = 0
    for story in sorted(set(gold) | set(emitted), key=lambda s: (len(s), s)):
        keys = [key(*g[:3]) for g in gold[story]]
        used = [False] * len(keys)
        print(story)
        for e in emitted[story]:
            k = key(*e[:3])
            hit = next((i for i, g in enumerate(keys) if not used[i] and g == k and None not in k), None)
            if hit is None:
                wrong += 1
                print("  FP  ", e)
            else:
                used[hit] = True
                right += 1
                print("  ok  ", e)
        for g, u in zip(gold[story], used):
            if not u:
                missed += 1
                print("  MISS", g)
    print(f"right {right} of {right + wrong} emitted, {right} of {right + missed} gold events found")


if __name__ == "__main__":
    main()
