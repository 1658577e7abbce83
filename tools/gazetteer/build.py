#!/usr/bin/env python3
"""Regenerates src/Graph.Extraction/Gazetteers/Data/*.tsv (dev-only; the build never runs this).

Countries, capitals and demonyms derive from mledoze/countries (ODbL 1.0) in ../shared/reference;
variants as news writes them, places, organisations and titles are curated here (see NOTICE).
Usage: python3 tools/gazetteer/build.py [path/to/shared/reference]
"""
import json
import os
import sys
import unicodedata

import phoenix

from curated import (COUNTRY_OVERRIDES, DROPPED_PHRASES, EXCLUDED_COUNTRIES, HISTORICAL_COUNTRIES, STATES_NOT_INDEPENDENT_IN_DATA,
                     TERRITORIES_WITHOUT_CAPITAL, US_STATES)

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "src", "Graph.Extraction", "Gazetteers", "Data")
ENGLISH_MARKERS = ("Republic", "Kingdom", "State", "Islands", "Federation", "Commonwealth", "Union",
                   "Principality", "Sultanate", "Emirates", "Democratic", "Confederation", "Grand Duchy")


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def is_latin(s):
    return all(c.isascii() or unicodedata.category(c) == "Mn" or "LATIN" in unicodedata.name(c, "") for c in s)


def with_folded(names):
    out = []
    for n in names:
        for v in (n, fold(n)):
            if v and v not in out and v not in DROPPED_PHRASES:
                out.append(v)
    return out


def plural(demonym):
    """Person nouns take -s ("Russians", "Israelis", "Icelanders"); adjectives such as "Chinese" or "Polish" do not."""
    if " or " in demonym or demonym.endswith(("ese", "ish", "ch", "ss", "z", "men", "ois", "y")):
        return []
    return [demonym + "s"] if demonym.endswith(("an", "i", "er", "ot", "ine", "ene", "ek", "ak", "ar", "at")) else []


def mledoze(reference):
    with open(os.path.join(reference, "mledoze_countries.json"), encoding="utf-8") as f:
        return [c for c in json.load(f) if c["cca2"] not in EXCLUDED_COUNTRIES]


def is_state(c):
    """A sovereign state (annotation guidelines: a territory that is not a state is not a country)."""
    return c.get("independent") or c["cca2"] in STATES_NOT_INDEPENDENT_IN_DATA


def names_of(c):
    o = COUNTRY_OVERRIDES.get(c["cca2"], {})
    name = o.get("name", c["name"]["common"])
    names = [name, c["name"]["common"]]
    official = c["name"]["official"]
    if is_latin(official) and "," not in official:
        names.append(official)
    names += [a for a in c["altSpellings"]
              if len(a) > 3 and "," not in a and "(" not in a and is_latin(a) and any(m in a for m in ENGLISH_MARKERS)]
    names += o.get("variants", [])
    return name, [n for n in with_folded(names) if n not in o.get("drop", [])]


def territories(reference):
    """Dependent territories ("Hong Kong", "Greenland", "Puerto Rico") are places: named, not states; their capitals
    ("Nuuk") are cities, which speak for no state."""
    rows, cities = [], []
    for c in mledoze(reference):
        if not is_state(c):
            name, names = names_of(c)
            rows.append([name, "", "territory", [n for n in names if n != name], []])
            capital = c["capital"][0] if c["capital"] else ""
            if capital and c["cca2"] not in TERRITORIES_WITHOUT_CAPITAL and capital not in DROPPED_PHRASES:
                cities.append([capital, "", "city", [], []])
    return sorted(rows) + sorted(cities)


def countries(reference):
    rows = []
    for c in mledoze(reference):
        iso2 = c["cca2"]
        if not is_state(c):
            continue
        o = COUNTRY_OVERRIDES.get(iso2, {})
        name, names = names_of(c)
        eng = c["demonyms"].get("eng", {})
        dem = []
        for d in o["demonyms"] if "demonyms" in o else sorted({eng.get("m", ""), eng.get("f", "")}):
            if d and "," not in d:
                dem += [d] + plural(d)
        dem += o.get("extra_demonyms", [])
        dem = [d for d in with_folded(dem) if d not in o.get("drop", []) and d not in names]
        capital = o.get("capital", c["capital"][0] if c["capital"] else "")
        rows.append([iso2, c["cca3"], name, capital, [n for n in names if n != name], dem, o.get("common", [])])
    for h in HISTORICAL_COUNTRIES:
        rows.append([h["iso2"], h["iso3"], h["name"], h.get("capital", ""), h["variants"], h["demonyms"], []])
    rows.sort(key=lambda r: r[0])
    return rows


def read_curated(name, width, list_fields):
    """Rows of a curated list: fields separated by '|', lists inside a field by ';'."""
    rows = []
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), name), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            fields = [x.strip() for x in line.split("|")]
            fields += [""] * (width - len(fields))
            rows.append([split(f) if i in list_fields else f for i, f in enumerate(fields[:width])])
    return rows


def split(field):
    # "the X" is left to callers (Lookup strips it): in a match it would swallow the article.
    return [x.strip() for x in field.split(";") if x.strip() and not x.strip().lower().startswith("the ")]


def locations(country_rows, territory_rows):
    curated = read_curated("locations.txt", 5, (3, 4))
    by_name = {r[0]: r for r in curated}
    country_phrases = {p for r in country_rows for p in [r[2]] + r[4] + r[5]}
    rows, seen = [], set()
    # A capital is its present state's: Prague is the Czech Republic's, not Czechoslovakia's.
    historical = {h["iso2"] for h in HISTORICAL_COUNTRIES}
    for (iso2, _, _, capital, *_rest) in sorted(country_rows, key=lambda r: r[0] in historical):
        if not capital or capital in country_phrases or capital in seen or capital in DROPPED_PHRASES:
            continue
        seen.add(capital)
        own = next((r for r in curated if r[0] in by_name and (r[0] == capital or capital in r[3])), None)
        if own:
            del by_name[own[0]]
            rows.append([own[0], iso2, "capital", own[3] + ([capital] if capital != own[0] else []), own[4]])
        else:
            rows.append([capital, iso2, "capital", [], []])
    rows += [r for r in curated if r[0] in by_name]
    rows += territory_rows
    for state in US_STATES:
        name, variants = state[0], list(state[1:])
        rows.append([name, "US", "us-state", variants, []])
    return [[n, iso, cat, [x for x in with_folded(v) if x != n], c] for (n, iso, cat, v, c) in rows]


def derived_organizations(reference, country_rows, taken):
    """International bodies, NGOs and armed groups from the Phoenix dictionaries, after the curated ones."""
    iso3_to_iso2 = {r[1]: r[0] for r in country_rows}
    international = os.path.join(reference, "Phoenix.International.actors.txt")
    armed = os.path.join(reference, "Phoenix.MilNonState.actors.txt")
    regions = ("IMG", "INT", "MEA", "SAS", "KKL", "WEU", "SEA", "EAF")
    return (phoenix.derive(international, phoenix.ORG_WORDS, ("IGO",), "igo", iso3_to_iso2, taken)
            + phoenix.derive(international, phoenix.ORG_WORDS, ("NGO",), "ngo", iso3_to_iso2, taken, min_words=3)
            + phoenix.derive(armed, phoenix.ARMED_WORDS, tuple(c["cca3"] for c in mledoze(reference)) + regions, "armed-group", iso3_to_iso2, taken,
                             min_words=3))


def dedupe_titles(rows):
    """Office titles match in lower case too: keep one spelling per case-folded form."""
    out = []
    for canonical, category, variants, common in rows:
        seen = {canonical.lower()}
        kept = []
        for v in variants:
            key = v if category == "honorific" or "." in v else v.lower()
            if key not in seen:
                seen.add(key)
                kept.append(v)
        out.append([canonical, category, kept, common])
    return out


def write(name, header, rows):
    path = os.path.join(OUT, name)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for h in header:
            f.write("# " + h + "\n")
        for r in rows:
            f.write("\t".join("|".join(x) if isinstance(x, list) else x for x in r).rstrip("\t") + "\n")
    print(f"{name}: {len(rows)} rows, {os.path.getsize(path)} bytes")


def check_unique(tables):
    """A phrase names one thing: report phrases listed twice (the loader keeps the first)."""
    seen = {}
    for table, rows, cols in tables:
        for r in rows:
            for col in cols:
                vals = r[col] if isinstance(r[col], list) else [r[col]]
                for v in vals:
                    if v in seen and seen[v] != (table, r[0]):
                        print(f"duplicate phrase {v!r}: {seen[v]} and {(table, r[0])}", file=sys.stderr)
                    seen.setdefault(v, (table, r[0]))


def main():
    reference = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared", "reference")
    c = countries(reference)
    src = "Derived from mledoze/countries (ODbL 1.0) and curated for news usage; regenerate with tools/gazetteer/build.py."
    write("countries.tsv", [src, "iso2\tiso3\tname\tcapital\tvariants (|)\tdemonyms and adjectives (|)\tcommon words (|)"], c)
    locs = locations(c, territories(reference))
    write("locations.tsv", ["Capitals from mledoze/countries (ODbL 1.0), other places curated (tools/gazetteer/locations.txt).",
                            "name\tiso2\tcategory\tvariants (|)\tcommon words (|)"], locs)
    orgs = [[n, iso, cat, with_folded(v), cw] for (n, iso, cat, v, cw) in read_curated("organizations.txt", 5, (3, 4))]
    orgs += derived_organizations(reference, c, {p.lower() for r in orgs + locs for p in [r[0]] + r[3]})
    write("organizations.tsv", ["Curated (tools/gazetteer/organizations.txt), then organisations derived from the PETRARCH2/Phoenix actor dictionaries (MIT).",
                                "name\tiso2\tcategory\tvariants (|)\tcommon words (|)"], orgs)
    titles = dedupe_titles(read_curated("titles.txt", 4, (2, 3)))
    write("titles.tsv", ["Curated (tools/gazetteer/titles.txt). Offices match in lower case too; honorifics precede a name directly.",
                         "canonical title\tcategory\tvariants (|)\tcommon words (|)"], titles)
    check_unique([("countries", c, (2, 4, 5)), ("organizations", orgs, (0, 3)), ("locations", locs, (0, 3)), ("titles", titles, (0, 2))])


if __name__ == "__main__":
    main()
