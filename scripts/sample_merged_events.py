"""Sample merged event groups from a newsweave store for a by-hand judgement (issue 13).

    .venv/bin/python scripts/sample_merged_events.py STORE.duckdb [--n 30] [--seed 13]

Opens the store read-only, sorts the merged event group ids, takes
random.Random(seed).sample(ids, n) and prints for each sampled group: its id, PLOVER
type and mode(s), actor names -> recipient names (entities resolved through
entity_links), date and basis, how many member mentions and documents, and each
member's evidence sentence(s) (the parser's sentences overlapping the member event's
start/end) with the document's source file name.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

import duckdb


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("store", type=Path)
    parser.add_argument("--n", type=int, default=30)
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args(argv)

    con = duckdb.connect(str(args.store), read_only=True)
    names = dict(con.execute("SELECT id, name FROM entities").fetchall())
    canonical = dict(con.execute("SELECT entity, canonical FROM entity_links").fetchall())

    def name(entity: str) -> str:
        entity = canonical.get(entity, entity)
        return f"{names.get(entity, entity)} [{entity}]"

    def names_of(entities: list[str] | None) -> str:
        return ", ".join(name(e) for e in entities or []) or "(none)"

    ids = sorted(row[0] for row in con.execute("SELECT id FROM merged_events").fetchall())
    sample = random.Random(args.seed).sample(ids, min(args.n, len(ids)))
    sources = dict(con.execute("SELECT id, source FROM documents").fetchall())
    texts = dict(con.execute("SELECT id, text FROM documents").fetchall())

    print(f"store {args.store}: {len(ids)} merged event groups; sample of {len(sample)} "
          f"with random.Random({args.seed}).sample(sorted ids, {args.n})\n")
    for number, group_id in enumerate(sample, 1):
        event_type, actor, recipient, date, auxiliary, members, docs = con.execute(
            "SELECT event_type, actor, recipient, date, auxiliary, events, docs "
            "FROM merged_events WHERE id = ?", [group_id]).fetchone()
        rows = con.execute(
            "SELECT id, doc, mode, actor, recipient, date, date_basis, start, \"end\", text, rule "
            "FROM events WHERE list_contains(?, id) ORDER BY doc, start", [members]).fetchall()
        modes = sorted({row[2] or "-" for row in rows})
        bases = sorted({row[6] or "null" for row in rows})
        print(f"## {number}. {group_id}")
        print(f"type: {event_type} (mode {', '.join(modes)})"
              + (f"  auxiliary: {auxiliary}" if auxiliary else ""))
        print(f"actor -> recipient: {names_of(actor)} -> {names_of(recipient)}")
        print(f"date: {date} (basis {', '.join(bases)})")
        print(f"members: {len(members)} mentions in {len(set(docs))} documents")
        for (event_id, doc, mode, ev_actor, ev_recipient, ev_date, basis,
             start, end, text, rule) in rows:
            bounds = con.execute(
                "SELECT start, \"end\" FROM sentences WHERE doc = ? AND \"end\" > ? AND start < ? "
                "ORDER BY start", [doc, start, end]).fetchall()
            lo = min((b[0] for b in bounds), default=start)
            hi = max((b[1] for b in bounds), default=end)
            sentence = " ".join(texts[doc][lo:hi].split())
            print(f"  - {event_id} in {Path(sources.get(doc) or doc).name} "
                  f"[{start}:{end}] rule {rule}; mode {mode}; "
                  f"{names_of(ev_actor)} -> {names_of(ev_recipient)}; date {ev_date} ({basis})")
            print(f"    trigger span: {text!r}")
            print(f"    sentence: {sentence}")
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
