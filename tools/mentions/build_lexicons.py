#!/usr/bin/env python3
"""Builds the mention finder's word lists from the GMB-derived NER corpus (ODbL 1.0 / DbCL 1.0).

usage: build_lexicons.py GMB_NER_CSV OUT_DIR

- given-names.txt: words followed by more of a person's name in the corpus at least twice and are mostly used that way, never as a frequent lower-case word.
- common-words.txt: words seen in lower case at least 3 times: a capitalised one at the start of a
  sentence is an ordinary word, not a name.
"""
import collections
import csv
import sys

HEADER = "# Derived from the GMB-based NER corpus (Kaggle abhinavwalia95; ODbL 1.0 / DbCL 1.0) by tools/mentions/build_lexicons.py.\n"


def main(argv):
    if len(argv) != 2:
        print(__doc__)
        return 2
    rows = list(csv.reader(open(argv[0], encoding="latin-1")))[1:]
    words = [(r[1], r[3]) for r in rows]
    opens = collections.Counter()
    capitalised = collections.Counter()
    lower = collections.Counter()
    for i, (w, t) in enumerate(words):
        if w.islower():
            lower[w] += 1
        elif w[:1].isupper():
            capitalised[w] += 1
        # titles belong to the name span in this corpus ("President Vladimir Putin"), so count every
        # person word followed by more of the name; the lower-case test below drops the titles
        if t in ("B-per", "I-per") and i + 1 < len(words) and words[i + 1][1] == "I-per":
            opens[w] += 1
    given = sorted(w for w, c in opens.items()
                   if c >= 2 and w.isalpha() and w[0].isupper() and not w.isupper()
                   and c >= 0.5 * capitalised[w] and lower[w.lower()] < 3)
    common = sorted(w for w, c in lower.items() if c >= 3 and w.isalpha())
    with open(f"{argv[1]}/given-names.txt", "w", encoding="utf-8", newline="\n") as f:
        f.write(HEADER + "\n".join(given) + "\n")
    with open(f"{argv[1]}/common-words.txt", "w", encoding="utf-8", newline="\n") as f:
        f.write(HEADER + "\n".join(common) + "\n")
    print(f"{len(given)} given names, {len(common)} common words")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
