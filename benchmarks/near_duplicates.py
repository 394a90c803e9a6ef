"""Consolidation of many near-duplicate small documents (one story reposted with small edits).

Stores N small documents, then times ``consolidate`` (signatures, copy detection, stories,
merged tables). The baseline, in the same process, is N small documents that are not copies of
each other (each its own story); the ratio shows what a large group of copies costs on top.
Extraction is left out (documents are stored without records) so the figure is the
cross-document stage's own; ``--run`` also times a whole ``pipeline.run`` over N files.

    .venv/bin/python benchmarks/near_duplicates.py            # N = 2000
    .venv/bin/python benchmarks/near_duplicates.py -n 500 --run
"""
from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

from newsweave.config import load_options
from newsweave.consolidate import consolidate
from newsweave.model import Document, DocumentRecords
from newsweave.store import Store

BASE = ("The regional water board said on {day} that the reservoir near the old mill town stood at {n} percent "
        "of capacity after a dry spring. Engineers will inspect the northern dam next month, the board said, "
        "and farmers have been asked to water crops at night. \"We are not in a crisis yet, but every litre "
        "counts,\" the board's chair told reporters at the quarry office. Boat hire on the lake is suspended "
        "until the level recovers, and the footpath along the eastern shore will close for repairs.")
WORDS = ("river", "harbour", "meadow", "orchard", "bridge", "tower", "market", "garden", "valley", "station",
         "forest", "island", "canal", "chapel", "quarry", "summit", "lantern", "granary", "ferry", "beacon")
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")


def near_duplicates(n: int, seed: int = 5) -> list[str]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        words = BASE.format(day=rng.choice(DAYS), n=rng.randint(20, 80)).split(" ")
        k = rng.randrange(len(words))
        words[k] = rng.choice(WORDS)  # one word changed, and a line of page chrome added
        out.append(" ".join(words) + f"\n\nFiled by desk {i} at the {rng.choice(WORDS)} bureau.")
    return out


def distinct(n: int, seed: int = 6) -> list[str]:
    rng = random.Random(seed)
    return [" ".join(rng.choice(WORDS) + str(rng.randint(0, 99)) for _ in range(90)) + "." for _ in range(n)]


def consolidation_seconds(texts: list[str]) -> tuple[float, dict]:
    options = load_options()
    with Store(":memory:") as store:
        for i, text in enumerate(texts):
            doc = Document(id=f"doc_{i:05d}", source=f"{i}.txt", title=None, author=None, site=None,
                           published=None, language="en", text=text)
            store.add_document_records(DocumentRecords(document=doc))
        t0 = time.perf_counter()
        summary = consolidate(store, options)
        return time.perf_counter() - t0, summary


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=2000)
    ap.add_argument("--run", action="store_true", help="also time a whole `pipeline.run` over N files")
    args = ap.parse_args()
    base_s, base = consolidation_seconds(distinct(args.n))
    dup_s, dup = consolidation_seconds(near_duplicates(args.n))
    print(f"{args.n} distinct documents:        consolidation {base_s:6.1f} s  ({base['stories']} stories, "
          f"{base['new_copy_pairs']} copy pairs)")
    print(f"{args.n} near-duplicate documents:  consolidation {dup_s:6.1f} s  ({dup['stories']} stories, "
          f"{dup['new_copy_pairs']} copy pairs, {dup['copies']} copies)")
    print(f"ratio near-duplicates / distinct: {dup_s / base_s:.2f}")
    if args.run:
        from newsweave.pipeline import run

        with tempfile.TemporaryDirectory() as tmp:
            for i, text in enumerate(near_duplicates(args.n)):
                (Path(tmp) / f"{i:05d}.txt").write_text(f"Reservoir levels\n\n{text}\n", encoding="utf-8")
            with Store(":memory:") as store:
                t0 = time.perf_counter()
                summary = run([tmp], store, load_options())
                total = time.perf_counter() - t0
        print(f"pipeline.run over {args.n} near-duplicate files: {total:.1f} s, {summary.added} documents, "
              f"consolidation {summary.consolidation}")


if __name__ == "__main__":
    main()
