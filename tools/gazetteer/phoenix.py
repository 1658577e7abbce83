"""Organisation names derived from the PETRARCH2/Phoenix actor dictionaries (MIT).

Only head entries that name an organisation are kept: no people (entries with office dates or
without an organisation word), no acronyms (too ambiguous on their own), no odd punctuation.
"""
import re

ORG_WORDS = {
    "ORGANIZATION", "ORGANISATION", "UNION", "BANK", "COMMUNITY", "COUNCIL", "COMMISSION", "ASSOCIATION",
    "FUND", "AGENCY", "PARLIAMENT", "COURT", "TRIBUNAL", "PROGRAMME", "PROGRAM", "CONFERENCE", "FORUM",
    "LEAGUE", "MARKET", "ALLIANCE", "SECRETARIAT", "INSTITUTE", "COMMITTEE", "OFFICE", "AUTHORITY",
    "FEDERATION", "FOUNDATION", "SOCIETY", "MOVEMENT", "NETWORK", "WATCH", "CENTER", "CENTRE", "INTERNATIONAL",
}
ARMED_WORDS = {
    "ARMY", "FRONT", "BRIGADE", "BRIGADES", "MOVEMENT", "ORGANIZATION", "PARTY", "FORCE", "FORCES", "GROUP",
    "LEAGUE", "COMMAND", "COMMANDOS", "BATTALION", "BATTALIONS", "COUNCIL", "UNION", "MILITIA", "JIHAD",
    "LIBERATION", "RESISTANCE", "COMMITTEE", "CELLS", "NUCLEI", "FACTION", "ALLIANCE", "ASSOCIATION",
    "FEDERATION", "SQUAD", "SQUADS", "LEGION", "GUERRILLA", "GUERRILLAS", "MUJAHIDEEN",
}
ACRONYMS = {"UN", "US", "USA", "EU", "UK", "NGO", "AIDS", "HIV", "IRA", "PLO", "NATO", "ASEAN", "OPEC", "ECOWAS"}
SMALL = {"OF", "THE", "AND", "FOR", "IN", "ON", "TO", "AT", "BY", "DE", "DEL", "LA", "DU", "DES", "ET"}
HEAD = re.compile(r"^([A-Z][A-Z0-9_'\-.&]*?)_*\s*(\[[^\]]*\])?\s*(#.*)?$")


def title_case(words):
    out = []
    for i, w in enumerate(words):
        if i > 0 and w in SMALL:
            out.append(w.lower())
        elif w in ACRONYMS:
            out.append(w)
        elif w.startswith("AL-") and len(w) > 3:
            out.append("al-" + title_case([w[3:]])[0])
        else:
            out.append("-".join(p[:1] + p[1:].lower() for p in w.split("-")))
    return out


def heads(path):
    """(name words, code) of each head entry: a line that is not a synonym (+), comment or code line."""
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            if not line.strip() or line[0] in "#+ \t":
                continue
            m = HEAD.match(line.strip())
            if not m:
                continue
            code = (m.group(2) or "").strip("[]")
            yield [w for w in m.group(1).split("_") if w], code


def derive(path, kind_words, code_prefixes, category, iso3_to_iso2, taken, min_words=2):
    rows = []
    for words, code in heads(path):
        if not code or re.search(r"\d", code) or not code.startswith(code_prefixes):
            continue
        if len(words) < min_words or len(words) > 8 or not kind_words & set(words):
            continue
        if any(re.search(r"[^A-Z'\-]", w) for w in words) or words[0] in SMALL or words[-1] in SMALL:
            continue
        # Acronyms spelled in capitals cannot be told from words: drop names with a vowelless word ("CBM", "DVV").
        if any(not re.search(r"[AEIOUY]", w) for w in words if w not in ACRONYMS):
            continue
        name = " ".join(title_case(words))
        if name.lower() in taken:
            continue
        taken.add(name.lower())
        iso2 = iso3_to_iso2.get(code[:3], "") if category == "armed-group" else ""
        rows.append([name, iso2, category, [], []])
    return rows
