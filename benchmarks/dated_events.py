#!/usr/bin/env python3
"""How many documents carry a publication date (and from which source) and how many events carry a date
(by ``date_basis``), on two stores (issue 13: >= 90 % of events dated):

- ``html``: the 181 pages of ../shared/data/article-extraction-benchmark/html plus the three seeds: what a user
  feeds (HTML pages, where page metadata and htmldate give a publication date);
- ``dev``: the seeds, examples/corpus and tests/corpus/real/dev (texts saved mostly without a date).

The documents run through the pipeline in this process (one worker); the source of each publication date is
recorded by wrapping ``choose_published`` with :func:`newsweave.documents.pubdate.published_with_source`
("metadata", "html", "url", "text line", "text").

    PYTHONPATH=src .venv/bin/python benchmarks/dated_events.py [--store html dev] [--detail out.jsonl]
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
STORES = {
    "html": [SHARED / "data" / "article-extraction-benchmark" / "html", SHARED / "corpus" / "seeds"],
    "dev": [SHARED / "corpus" / "seeds", ROOT / "examples" / "corpus", ROOT / "tests" / "corpus" / "real" / "dev"],
}


def measure(paths: list[Path], detail=None) -> dict:
    import newsweave.documents.build as build
    from newsweave.config import load_options
    from newsweave.documents.pubdate import published_with_source
    from newsweave.model import Skipped
    from newsweave.pipeline import process

    last: dict[str, str | None] = {}

    def recording(**kwargs):
        value, source = published_with_source(**kwargs)
        last["source"] = source
        return value

    original, build.choose_published = build.choose_published, recording
    sources: dict[str, str | None] = {}
    original_build = build.build_document

    def build_recording(raw, options):
        document = original_build(raw, options)
        sources[document.id] = last.get("source")
        return document

    import newsweave.pipeline as pipeline
    pipeline.build_document = build_recording
    docs = Counter()
    events = Counter()
    try:
        for result in process([str(p) for p in paths], load_options()):
            if isinstance(result, Skipped):
                docs["skipped"] += 1
                continue
            document = result.document
            docs["documents"] += 1
            source = sources.get(document.id)
            docs[f"published from {source}" if source else "no publication date"] += 1
            for event in result.events:
                events["events"] += 1
                events[f"date_basis {event.date_basis}"] += 1
                events["dated"] += event.date is not None
                events["dated, document with a date" if source else "dated, document without a date"] += (
                    event.date is not None)
                events["events of documents with a date" if source else "events of documents without a date"] += 1
            if detail is not None:
                detail.write(json.dumps({
                    "source": document.source, "published": document.published, "date_source": source,
                    "events": [{"type": e.event_type,
                                "date": e.date, "date_basis": e.date_basis,
                                "sentence": document.text[max(0, e.start - 200):e.end + 200]}
                               for e in result.events]}, ensure_ascii=False) + "\n")
    finally:
        build.choose_published = original
        pipeline.build_document = original_build
    return {"documents": docs, "events": events}


def report(name: str, figures: dict) -> None:
    docs, events = figures["documents"], figures["events"]
    n_docs, n_events = docs["documents"], events["events"]
    dated_docs = n_docs - docs["no publication date"]
    print(f"== store {name}: {n_docs} documents ({docs['skipped']} inputs skipped)")
    print(f"documents with a publication date: {dated_docs}/{n_docs} ({dated_docs / max(1, n_docs):.1%})")
    for key in sorted(k for k in docs if k.startswith("published from")):
        print(f"  {key}: {docs[key]}")
    print(f"events: {n_events}; dated: {events['dated']} ({events['dated'] / max(1, n_events):.1%})")
    for key in sorted(k for k in events if k.startswith("date_basis")):
        print(f"  {key}: {events[key]}")
    for kind in ("with", "without"):
        total = events[f"events of documents {kind} a date"]
        dated = events[f"dated, document {kind} a date"]
        print(f"  events of documents {kind} a date: {total}, dated {dated}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", nargs="+", choices=sorted(STORES), default=["html", "dev"])
    parser.add_argument("--detail", type=Path, help="write one JSON line per document (date source, events)")
    args = parser.parse_args(argv)
    detail = open(args.detail, "w", encoding="utf-8") if args.detail else None
    try:
        for name in args.store:
            report(name, measure(STORES[name], detail))
            sys.stdout.flush()
    finally:
        if detail:
            detail.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
