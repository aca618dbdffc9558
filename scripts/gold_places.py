#!/usr/bin/env python3
"""Turn the hand-written place annotation of the VOA gold into eval/gold/places.jsonl.

One-off tooling (not part of factum's runtime). `eval/gold/places.txt` is written by hand by
`docs/annotation.md` (§ 5, "Places") from the story text alone; this script checks it
against `eval/gold/voa.jsonl` (every mention's text must occur in its sentence as a whole
word, every gold event must get a location) and resolves the symbolic ids to GeoNames ids
with the raw GeoNames files:

    python3 scripts/gold_places.py ../shared/data/geonames

Output: one record per annotated sentence, keyed by story + sentence text like voa.jsonl:

    {"story", "split", "sentence", "text",
     "places": [{"text", "start", "end", "ids": [...], "countries": [...]}],  # byte offsets
     "locations": [{"ids": [...], "countries": [...]}, ...]}  # one per gold event, in order

`ids` lists the readings that are equally right (the first is the annotator's choice);
`countries` the ISO 3166-1 alpha-3 codes of those readings (empty for a continent or sea).

An id is a GeoNames id as a string ("99237"), "R:<name>" for a named region the raw files
lack, "?" for a place whose id they cannot give, or "-" (locations only) for "no location".
"""
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "eval/gold"


def load_geonames(d: Path):
    countries = json.loads((d / "countries.json").read_text())
    iso3 = {v["iso3"]: (str(v["geonameid"]), v["iso3"]) for v in countries.values()}
    iso2to3 = {k: v["iso3"] for k, v in countries.items()}
    continents = {k: str(v["geonameId"]) for k, v in json.loads((d / "continents.json").read_text()).items()}
    cities = json.loads((d / "cities15000.json").read_text()).values()
    admin1 = {}
    for line in (d / "admin1CodesASCII.txt").read_text().splitlines():
        code, name, ascii_, gid = line.split("\t")
        admin1[code] = (name, ascii_, gid)
    admin2 = []
    for line in (d / "admin2Codes.txt").read_text().splitlines():
        code, name, ascii_, gid = line.split("\t")
        admin2.append((code, name, ascii_, gid))
    return iso3, iso2to3, continents, list(cities), admin1, admin2


class Resolver:
    def __init__(self, geonames_dir: Path):
        (self.iso3, self.iso2to3, self.continents, self.cities, self.admin1,
         self.admin2) = load_geonames(geonames_dir)

    def resolve(self, sym: str):
        """Symbolic id -> (id string, ISO3 country or None)."""
        if sym in ("-", "?"):
            return sym, None
        if re.fullmatch(r"[A-Z]{3}", sym):
            return self.iso3[sym]
        if sym.startswith("C:"):
            return self.continents[sym[2:]], None
        if sym.startswith("R:"):
            name, _, country = sym[2:].partition("/")
            return "R:" + name, country or None
        if sym.startswith("A:"):
            return self.admin1[sym[2:]][2], self.iso2to3[sym[2:4]]
        if sym.startswith("A2:"):
            name, cc = sym[3:].split(",")
            hits = [a for a in self.admin2 if a[0].startswith(cc + ".") and name in (a[1], a[2])]
            if len(hits) != 1:
                raise KeyError(f"{sym}: {len(hits)} admin2 matches")
            return hits[0][3], self.iso2to3[cc]
        if sym.startswith("@@"):
            name, cc = sym[2:].split(",")
            hits = [v for k, v in self.admin1.items()
                    if k.startswith(cc + ".") and name.lower() in (v[0].lower(), v[1].lower())]
            if len(hits) != 1:
                raise KeyError(f"{sym}: {len(hits)} admin1 matches")
            return hits[0][2], self.iso2to3[cc]
        if sym.startswith("@"):
            name, cc = sym[1:].split(",")
            in_cc = [c for c in self.cities if c["countrycode"] == cc]
            # The main name first ("New Delhi" is also an alternate name of Delhi).
            hits = [c for c in in_cc if name in (c["name"], c.get("asciiname"))] or \
                [c for c in in_cc if name in c["alternatenames"]]
            if not hits:
                raise KeyError(f"{sym}: no city")
            best = max(hits, key=lambda c: c["population"])
            return str(best["geonameid"]), self.iso2to3[cc]
        if sym.isdigit():
            return sym, None
        raise KeyError(f"{sym}: unknown id form")

    def alternatives(self, text: str):
        ids, countries = [], []
        for sym in text.split("|"):
            gid, c = self.resolve(sym.strip())
            ids.append(gid)
            if c and c not in countries:
                countries.append(c)
        return {"ids": ids, "countries": countries}


def parse(path: Path):
    """Yield (story, sentence index, [(mention, ids)], [location ids] or None)."""
    story = None
    for n, line in enumerate(path.read_text().splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("= "):
            story = line[2:].strip()
            continue
        idx, _, rest = line.partition(":")
        mentions, _, loc = rest.partition("//")
        places = []
        for item in filter(None, (m.strip() for m in mentions.split(";"))):
            text, _, ids = item.rpartition("=")
            places.append((text.strip(), ids.strip()))
        locs = None
        if loc.strip():
            if not loc.strip().startswith("loc "):
                raise SystemExit(f"{path}:{n}: expected '// loc ...'")
            locs = [x.strip() for x in re.split(r",\s+", loc.strip()[4:])]
        yield n, story, int(idx), places, locs


def find_spans(text: str, mentions):
    """Byte spans of each mention: the first not yet used whole-word occurrence."""
    used, out = set(), []
    for m in mentions:
        m, _, nth = m.partition("#")  # "Russia#2": the second occurrence (the first is not a place)
        hits = list(re.finditer(r"(?<!\w)" + re.escape(m) + r"(?!\w)", text))
        if nth:
            hits = hits[int(nth) - 1:int(nth)]
        for hit in hits:
            if hit.start() not in used:
                used.add(hit.start())
                start = len(text[: hit.start()].encode())
                out.append((start, start + len(m.encode())))
                break
        else:
            return None, m
    return out, None


def main():
    resolver = Resolver(Path(sys.argv[1]))
    gold = {}
    for line in (GOLD / "voa.jsonl").read_text().splitlines():
        r = json.loads(line)
        gold[(r["story"], r["sentence"])] = r
    seen, errors, out = set(), [], []
    for n, story, idx, places, locs in parse(GOLD / "places.txt"):
        g = gold.get((story, idx))
        if g is None:
            errors.append(f"places.txt:{n}: no gold sentence {story} #{idx}")
            continue
        seen.add((story, idx))
        spans, missing = find_spans(g["text"], [p[0] for p in places])
        if spans is None:
            errors.append(f"places.txt:{n}: '{missing}' not in {story} #{idx}")
            continue
        events = len(g["events"])
        if locs is None:
            locs = []
        if len(locs) == 1 and events > 1:
            locs = locs * events
        if len(locs) != events:
            errors.append(f"places.txt:{n}: {len(locs)} locations for {events} events")
            continue
        try:
            rec_places = [dict(text=t.partition("#")[0], start=s, end=e, **resolver.alternatives(ids))
                          for (t, ids), (s, e) in zip(places, spans)]
            rec_locs = [resolver.alternatives(l) for l in locs]
        except (KeyError, ValueError) as e:
            errors.append(f"places.txt:{n}: {e!r}")
            continue
        out.append({"story": story, "split": g["split"], "sentence": idx, "text": g["text"],
                    "places": rec_places, "locations": rec_locs})
    for (story, idx), g in gold.items():
        if g["events"] and (story, idx) not in seen:
            errors.append(f"{story} #{idx}: {len(g['events'])} events without a location line")
    if errors:
        raise SystemExit("\n".join(errors))
    with open(GOLD / "places.jsonl", "w") as f:
        for r in sorted(out, key=lambda r: (r["story"], r["sentence"])):
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    for split in ("dev", "test"):
        rs = [r for r in out if r["split"] == split]
        print(f"{split}: {sum(len(r['places']) for r in rs)} place mentions, "
              f"{sum(len(r['locations']) for r in rs)} event locations "
              f"({sum(1 for r in rs for l in r['locations'] if l['ids'] != ['-'])} with a place)")


if __name__ == "__main__":
    main()
