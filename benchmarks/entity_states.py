#!/usr/bin/env python3
"""How often a person's or organisation's state disagrees with a state written right before its mention
("Peru's Congress", "the Peruvian Congress", "Kenyan President X", "Kenya's President X"), and persons of
persons.tsv extracted with another state.

    .venv/bin/python -m newsweave extract tests/corpus/real/dev -o /tmp/dev.jsonl -q
    .venv/bin/python benchmarks/entity_states.py /tmp/dev.jsonl [-v]

Counts per kind: qualified mentions, those whose entity has that state (agree), none, or another (listed).
The entity record's state is the one of its first document in the output.
"""
import collections
import csv
import json
import re
import sys
from pathlib import Path

GAZ = str(Path(__file__).resolve().parent.parent / "src" / "newsweave" / "data" / "gazetteer") + "/"
def rows(f):
    with open(GAZ + f, encoding="utf-8") as fh:
        lines = [l for l in fh if not l.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
states = {}
for r in rows("countries.tsv"):
    for col in ("name", "aliases", "adjectives"):
        for w in (r[col] or "").split("|"):
            if len(w) >= 4: states[w] = r["country"]
for w, c in (("US", "USA"), ("U.S.", "USA"), ("UK", "GBR"), ("U.K.", "GBR")): states[w] = c
gperson = {}
for r in rows("persons.tsv"):
    for w in [r["name"]] + (r["aliases"] or "").split("|"):
        if w and " " in w: gperson[w] = (r["id"], r["country"])
ROLE_WORDS = {r["word"].lower() for r in rows("roles.tsv") if r["class"] in ("title", "affiliation", "office", "org_noun")}
alt = "|".join(sorted(map(re.escape, states), key=len, reverse=True))
# "Peru's ", "the Peruvian ", "Kenyan President ", "Peru's foreign minister "
BEFORE = re.compile(rf"(?<![\w.])({alt})(?:['’]s)?\s+(?:[A-Za-z][a-z]+\s+){{0,2}}$")
docs, ents, ments = {}, {}, []
for l in open(sys.argv[1]):
    d = json.loads(l)
    if d["type"] == "document": docs[d["id"]] = d["text"]
    elif d["type"] == "entity": ents[d["id"]] = d
    elif d["type"] == "mention": ments.append(d)
c = collections.Counter(); ex = collections.defaultdict(list)
for m in ments:
    e = ents.get(m["entity"])
    if not e or e["kind"] not in ("person", "organization"): continue
    t = docs[m["doc"]]
    mm = BEFORE.search(t[max(0, m["start"] - 60):m["start"]])
    if not mm: continue
    mid = re.sub(r"^['’]s", "", mm.group(0)[len(mm.group(1)):])
    if any(w.lower() not in ROLE_WORDS for w in mid.split()): continue
    y = states[mm.group(1)]
    c[(e["kind"], "qualified")] += 1
    if e["country"] == y: c[(e["kind"], "agree")] += 1
    elif e["country"] is None: c[(e["kind"], "none")] += 1; ex[(e["kind"], "none")].append((mm.group(0) + m["text"], e["id"]))
    else: c[(e["kind"], "other")] += 1; ex[(e["kind"], "other")].append((mm.group(0) + m["text"], e["id"], e["country"]))
for k in sorted(c): print(k, c[k])
for k, v in ex.items():
    if k[1] == "other" or "-v" in sys.argv:
        print("==", k)
        for x in v: print("  ", x)
print("== persons.tsv names with another country (entity not the gazetteer's)")
n = 0
for e in ents.values():
    if e["kind"] == "person" and e["name"] in gperson and e["id"] != gperson[e["name"]][0]:
        n += 1; print("  ", e["id"], e["country"], "gazetteer", gperson[e["name"]])
    if e["kind"] == "person" and e["id"] in {v[0] for v in gperson.values()}:
        want = {v[1] for v in gperson.values() if v[0] == e["id"]}
        if (e["country"] or "") not in want: n += 1; print("  ", e["id"], e["country"], "gazetteer", want)
print("persons disagreeing with persons.tsv:", n)
