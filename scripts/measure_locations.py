#!/usr/bin/env python3
"""How many events whose sentence names a place carry a location with coordinates (issue 15, "Where").

A sentence "names a place" when a capitalised run of one to five words in it is a name of the place
gazetteer (cities, regions, seas, states and their gazetteer names), by plain string matching, independent
of the entity stage and of spaCy's labels. Each event whose sentence names a place and that got no location
is listed with the kind of miss, so the figure can be checked by reading:

    PYTHONPATH=src python scripts/measure_locations.py tests/corpus/real/dev [--misses]
"""
from __future__ import annotations

import argparse
import re
from collections import Counter

from newsweave.config import load_options
from newsweave.extract.places import NOT_PLACES, load_places
from newsweave.nlp import parse_documents
from newsweave.pipeline import extract_one, load_documents
from newsweave.model import Skipped

_WORD = re.compile(r"[A-Z][\w'\u2019.-]*(?:\s+(?:of|the|al|el|de)?\s*[A-Z][\w'\u2019.-]*){0,4}")


def named_places(text: str, index) -> list[tuple[int, int, str]]:
    out = []
    for m in _WORD.finditer(text):
        words = m.group(0).split()
        # every sub-run of the capitalised run, longest first
        found = False
        for n in range(len(words), 0, -1):
            for i in range(len(words) - n + 1):
                name = " ".join(words[i:i + n]).rstrip(".,")
                if len(name) >= 3 and index.lookup(name):
                    start = m.start() + m.group(0).find(name)
                    out.append((start, start + len(name), name))
                    found = True
                    break
            if found:
                break
    return out


def measure(paths: list[str]) -> dict:
    """{"total", "located", "share", "levels": Counter, "kinds": Counter, "misses": [(kind, names, sentence)]}."""
    options = load_options()
    index = load_places()
    docs = [d for d in load_documents(paths, options) if not isinstance(d, Skipped)]
    total = located = 0
    kinds: Counter = Counter()
    levels: Counter = Counter()
    misses = []
    for document, parsed in parse_documents(docs, options.spacy_model, options.batch_size):
        recs = extract_one(document, parsed, options)
        kind_of = {e.id: e.kind for e in recs.entities}
        for ev in recs.events:
            span = parsed.char_span(ev.start, max(ev.end, ev.start + 1), alignment_mode="expand")
            sent = span[0].sent
            names = named_places(sent.text, index)
            if not names:
                continue
            total += 1
            if ev.location is not None and ev.location.lat is not None:
                located += 1
                levels[ev.location.level] += 1
                continue
            reasons = []
            for s, e, _name in names:
                s += sent.start_char
                e += sent.start_char
                inside = {kind_of.get(m.entity) for m in recs.mentions if m.start < e and s < m.end}
                if inside & NOT_PLACES:
                    reasons.append("inside a person/organisation/group name")
                elif inside:
                    reasons.append(f"an entity mention not read as a place ({', '.join(sorted(map(str, inside)))})")
                else:
                    reasons.append("not tagged as a place and not after a preposition")
            kind = reasons[0] if len(set(reasons)) == 1 else "mixed: " + "; ".join(sorted(set(reasons)))
            kinds[kind] += 1
            misses.append((kind, [n for _s, _e, n in names], sent.text.strip()))
    return {"total": total, "located": located, "share": located / total if total else 0.0, "levels": levels,
            "kinds": kinds, "misses": misses}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--misses", action="store_true", help="print each miss with its sentence")
    args = ap.parse_args()
    r = measure(args.paths)
    print(f"{r['total']} events whose sentence names a place; {r['located']} with a location ({r['share']:.1%})")
    print("levels: " + ", ".join(f"{k} {v}" for k, v in r["levels"].most_common()))
    for kind, n in r["kinds"].most_common():
        print(f"  miss: {n:3d}  {kind}")
    if args.misses:
        for kind, names, text in r["misses"]:
            print(f"- [{kind}] {names}: {text[:200]}")


if __name__ == "__main__":
    main()
