#!/usr/bin/env python3
"""Builds leader-given-names.txt: the first names of the office-holders in the PETRARCH2/Phoenix actor dictionaries (MIT).

usage: leader_given_names.py REFERENCE_DIR MENTIONS_DATA_DIR GAZETTEER_DATA_DIR

The dictionaries list some 20,000 dated office-holders of every country (a head entry, then its codes with dates:
"KEMAL_UNAKITAN_ / [TURGOV 030101-090531]"), so their first words are given names of every region, which the GMB
list (given-names.txt) has too few of. Kept: the first word of a person's entry of two words or more, written as a
name (a capital, then at least two lower-case letters), that is
- not from a country whose names put the family name first (China, Korea, Vietnam, Singapore, …): "Goh" there is a
  surname, and a surname alone must stay free to stand for its person;
- no common English word (common-words.txt) and not already in given-names.txt;
- no word of a gazetteer place name or title, no first word of an organisation's, and no whole gazetteer name,
  variant or demonym ("San", "Victoria", "Sultan", "Jaish", "Russian", "Wagner"), no month or day ("June").
"""
import os
import re
import sys

HEADER = ("# First names of the office-holders in the PETRARCH2/Phoenix actor dictionaries (openeventdata/petrarch2, MIT), "
          "by tools/mentions/leader_given_names.py.\n")
# The armed groups' file lists groups, not office-holders.
FILES = ["Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt"]
# Months and days are capitalised words of dates ("June 2024"), whoever bears them as a name.
CALENDAR = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
            "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
# Countries whose names are written family name first in English news.
FAMILY_FIRST = {"CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "VNM", "SGP", "KHM", "MNG"}
# Words of bodies, not of persons: an entry holding one is no person.
BODY_WORDS = set("""ORGANIZATION ORGANISATION UNION BANK COMMUNITY COUNCIL COMMISSION ASSOCIATION FUND AGENCY PARLIAMENT COURT
TRIBUNAL PROGRAMME PROGRAM CONFERENCE FORUM LEAGUE MARKET ALLIANCE SECRETARIAT INSTITUTE COMMITTEE OFFICE AUTHORITY
FEDERATION FOUNDATION SOCIETY MOVEMENT NETWORK WATCH CENTER CENTRE INTERNATIONAL ARMY FRONT BRIGADE BRIGADES PARTY FORCE
FORCES GROUP COMMAND MILITIA JIHAD LIBERATION RESISTANCE GOVERNMENT REPUBLIC EMIRATE STATE KINGDOM MINISTRY""".split())
HEAD = re.compile(r"^([A-Z][A-Z'\-.]*(?:_[A-Z][A-Z'\-.]*)*)_*\s*(\[[^\]]*\])?$")
CODE = re.compile(r"^\s*\[([A-Z]{3})[A-Z]*\s*[<>]?\d{6}")


def words_of(path):
    with open(path, encoding="utf-8") as f:
        return {line.strip() for line in f if line.strip() and not line.startswith("#")}


def gazetteer_words(folder):
    """Whole names, variants and demonyms of every entry; each word of place names and titles, the first of organisations'."""
    whole, inner = set(), set()
    for name in ("countries.tsv", "locations.tsv", "organizations.tsv", "titles.tsv"):
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            for line in f:
                if line.startswith("#"):
                    continue
                for field in line.rstrip("\n").split("\t"):
                    for form in field.split("|"):
                        whole.add(form.strip())
                        words = re.findall(r"[A-Za-z]+", form)
                        # Any word of a place or title; the first of an organisation's name ("Jaish", "Isis").
                        inner.update(words if name != "organizations.tsv" else words[:1])
    return whole, inner


def dated(lines, start):
    """The dated codes of the entry whose aliases and codes begin at line start (up to the next head entry)."""
    for line in lines[start:]:
        if line.strip() and line[0] not in "#+ \t":
            return
        if code := CODE.match(line):
            yield code


def persons(path):
    """(first word, country code) of each dated office-holder's entry of two words or more."""
    with open(path, encoding="utf-8", errors="replace") as f:
        lines = f.read().split("\n")
    for i, line in enumerate(lines):
        if not line.strip() or line[0] in "#+ \t":
            continue
        m = HEAD.match(line.split("#")[0].strip())
        if not m:
            continue
        words = [w for w in m.group(1).split("_") if w]
        code = CODE.match(m.group(2) or "") or next(dated(lines, i + 1), None)
        if code is None or len(words) < 2 or BODY_WORDS & set(words):
            continue
        yield words[0], code.group(1)


def main(argv):
    if len(argv) != 3:
        print(__doc__)
        return 2
    reference, mentions, gazetteer = argv
    common = words_of(os.path.join(mentions, "common-words.txt"))
    known = words_of(os.path.join(mentions, "given-names.txt"))
    whole, inner = gazetteer_words(gazetteer)
    names = set()
    for file in FILES:
        for first, country in persons(os.path.join(reference, file)):
            name = first[:1] + first[1:].lower()
            if (country in FAMILY_FIRST or not re.fullmatch(r"[A-Z][a-z]{2,}", name) or name.lower() in common
                    or name in known or name in whole or name in inner or name in CALENDAR):
                continue
            names.add(name)
    with open(os.path.join(mentions, "leader-given-names.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(HEADER + "\n".join(sorted(names)) + "\n")
    print(f"{len(names)} given names")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
