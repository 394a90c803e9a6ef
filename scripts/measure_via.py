#!/usr/bin/env python3
"""How many "according to X / X reported / citing X" constructions give a claim or figure its ``via`` (issue 14).

A construction is an outlet of the outlet table (``data/outlets.tsv``: names and aliases, by plain string
matching, independent of the provenance rules) right after "according to", "citing", "quoting", "told" or
"reported by", or right before "reported", "reports", "said" or "cited". It gives a ``via`` when a claim or a
quantity of its sentence (the parser's sentence) has that outlet as ``via``. Constructions whose sentence holds no
claim and no quantity are counted apart: nothing there could carry a ``via``.

    PYTHONPATH=src python scripts/measure_via.py ../shared/corpus/seeds examples/corpus tests/corpus/real/dev [--misses]
"""
from __future__ import annotations

import argparse
import re

from newsweave.config import load_options
from newsweave.documents.outlets import load_outlets
from newsweave.model import Skipped
from newsweave.nlp import parse_documents
from newsweave.pipeline import extract_one, load_documents
from newsweave.sentences import Sentences, parsed_bounds


def constructions(text: str, table) -> list[tuple[int, int, str]]:
    """(start, end, outlet name) of every construction in ``text``."""
    names = sorted((a for a in table.aliases if len(a) > 2), key=len, reverse=True)
    alt = "|".join(re.escape(n) for n in names)
    before = re.compile(rf"\b(?:[Aa]ccording to|[Cc]iting|[Qq]uoting|told|reported by)\s+(?:the\s+)?(?P<who>{alt})\b")
    after = re.compile(rf"\b(?P<who>{alt})\s+(?:has\s+)?(?:reported|reports|said|cited)\b")
    found = {}
    for rx in (before, after):
        for m in rx.finditer(text):
            found[m.start("who")] = (m.start("who"), m.end("who"), table.aliases[m.group("who")].name)
    return sorted(found.values())


def measure(paths: list[str]) -> dict:
    options = load_options()
    table = load_outlets(tuple(options.outlet_files))
    docs = [d for d in load_documents(paths, options) if not isinstance(d, Skipped)]
    total = with_record = given = 0
    misses = []
    for document, parsed in parse_documents(docs, options.spacy_model, options.batch_size):
        recs = extract_one(document, parsed, options)
        sentences = Sentences(document.text, parsed_bounds(parsed))
        for start, end, name in constructions(document.text, table):
            total += 1
            i = sentences.index(start)
            records = [r for r in (*recs.claims, *recs.quantities) if sentences.index(r.start) == i]
            if not records:
                continue
            with_record += 1
            if any(r.via == name for r in records):
                given += 1
            else:
                s, e = sentences.around(start, end)
                misses.append((name, sorted({r.via or "-" for r in records}), document.text[s:e]))
    return {"total": total, "with_record": with_record, "given": given, "misses": misses}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--misses", action="store_true", help="print each construction without its via")
    args = ap.parse_args()
    r = measure(args.paths)
    share = r["given"] / r["with_record"] if r["with_record"] else 0.0
    print(f"{r['total']} constructions; {r['with_record']} in a sentence with a claim or figure; "
          f"{r['given']} of those give it the outlet as via ({share:.1%})")
    if args.misses:
        for name, vias, text in r["misses"]:
            print(f"- {name} (via there: {', '.join(vias)}): {' '.join(text.split())[:220]}")


if __name__ == "__main__":
    main()
