"""Does the store stay fast as it grows? Synthetic stores of 10k and 100k documents (issue 16, part 3).

    PYTHONPATH=src .venv/bin/python benchmarks/store_scale.py [--sizes 10000 100000] [--templates 60]
                                                             [--add 1000] [--requests 200] [--keep DIR]

Building a store by parsing 100,000 articles would take hours, so stores are built at the record level:

1. ``--templates`` synthetic articles (``benchmarks/synthetic.py``) go through the pipeline once;
2. their records are replicated in DuckDB (``INSERT ... SELECT`` over ``range``) with fresh document and
   record ids, dates spread over six years, and entity ids *and names* varied: entities without a QID
   (people, organisations, places) take one of ``n / 60`` variants per replica, so the entity table grows
   with the store (about 0.4 entities a document here) while states and gazetteer entities stay shared;
3. each replica gets a random copy-detection signature (no replica is a copy of another), and one
   ``consolidate`` fills the cross-document tables (its time is reported, not the point).

Then, per size:

- **add**: ``--add`` documents (the templates' records replicated once more in Python, the same
  records at every size, ``--templates`` stories of identical copies) are stored with
  ``Store.add_documents`` in batches and consolidated (``run``'s stages 5 and 6), timed together;
- **pages**: a fresh process opens the store and the web app (``create_app``, timed), then asks
  ``--requests`` times each for the home page, actor pages (the most mentioned actors in turn),
  event pages (merged events in turn) and searches (actor names and words), and reports p50/p95 and
  its peak RSS (``ru_maxrss``) next to the RSS of the same process before it opened the store;
- **brief**: ``write_briefing`` to a Markdown file in that process, timed.

The ratios 100k / 10k are what to read; absolute times depend on the machine and its load (printed).
"""
from __future__ import annotations

import argparse
import base64
import dataclasses
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pyarrow as pa

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic import generate_corpus  # noqa: E402

from newsweave.config import load_options  # noqa: E402
from newsweave.model import DocumentRecords, Evidence  # noqa: E402
from newsweave.store.duck import Store  # noqa: E402

RECORD_TABLES = ("mentions", "claims", "quantities", "times", "events", "magnitudes", "sentences")
ENTITIES_PER_VARIANT = 60  # replicated documents per variant of a varied entity
REQUESTS = [200]  # replicated documents per variant of a varied entity


# -- templates -----------------------------------------------------------------------------------

def extract_templates(n: int, folder: Path, options) -> list[DocumentRecords]:
    """The records of ``n`` synthetic articles (cached in ``folder`` as a pickle: only a benchmark reads it)."""
    import pickle

    from newsweave.pipeline import process

    cache = folder / f"records-{n}.pickle"
    if cache.exists():
        return pickle.loads(cache.read_bytes())
    paths = generate_corpus(folder, n, seed=11)
    records = [r for r in process([str(p) for p in paths], options) if isinstance(r, DocumentRecords)]
    cache.write_bytes(pickle.dumps(records))
    return records


def varied_entities(templates: list[DocumentRecords]) -> set[str]:
    """Entity ids that take a variant per replica: those the gazetteer does not know, states aside."""
    return {e.id for dr in templates for e in dr.entities if not e.wikidata and e.kind != "country"}


def _tag(variant: int) -> str:
    """A pronounceable suffix that changes the entity's name slug (so consolidation keeps variants apart)."""
    letters = "bcdfghjklmnprstvz"
    out = ""
    variant += 1
    while variant:
        variant, r = divmod(variant, len(letters))
        out += letters[r] + "aeiou"[r % 5]
    return out.capitalize()


# -- building a store at the record level ---------------------------------------------------------

def _sql_id(col: str) -> str:
    return f"({col} || '~' || r)"


def _sql_entity(col: str, varied_list: str, variants: int) -> str:
    return f"(CASE WHEN list_contains({varied_list}, {col}) THEN {col} || '~v' || (r % {variants}) ELSE {col} END)"


def _replica_selects(con, varied: set[str], variants: int) -> dict[str, str]:
    """Per table, a SELECT over ``tmpl_<table>`` x ``reps(r)`` giving the replicated rows in the table's columns."""
    vl = "[" + ",".join("'" + v.replace("'", "''") + "'" for v in sorted(varied)) + "]::VARCHAR[]"

    def ent(c):
        return _sql_entity(c, vl, variants)

    def ents(c):
        return f"list_transform({c}, lambda x: {ent('x')})"

    def ids(c):
        return f"list_transform({c}, lambda x: x || '~' || r)"

    def maybe(c):
        return f"(CASE WHEN {c} IS NULL THEN NULL ELSE {_sql_id(c)} END)"

    evidence = "(CASE WHEN evidence IS NULL THEN NULL ELSE regexp_replace(evidence::VARCHAR, '(\"doc\": ?\"[^\"]*)\"', '\\1~' || r || '\"', 'g')::JSON END)"
    special = {
        "documents": {"id": _sql_id("id"), "source": "(source || '~' || r)",
                      "published": "strftime(DATE '2020-01-01' + CAST(hash(id || r) % 2190 AS INTEGER), '%Y-%m-%d')"},
        "mentions": {"doc": _sql_id("doc"), "entity": ent("entity")},
        "claims": {"id": _sql_id("id"), "doc": _sql_id("doc"), "speaker": f"(CASE WHEN speaker IS NULL THEN NULL ELSE {ent('speaker')} END)"},
        "quantities": {"id": _sql_id("id"), "doc": _sql_id("doc"), "claim": maybe("claim")},
        "times": {"id": _sql_id("id"), "doc": _sql_id("doc")},
        "events": {"id": _sql_id("id"), "doc": _sql_id("doc"), "actor": ents("actor"), "recipient": ents("recipient"),
                   "claim": maybe("claim"), "quantities": ids("quantities"), "evidence": evidence,
                   "reported_by": f"(CASE WHEN reported_by IS NULL THEN NULL ELSE {ent('reported_by')} END)"},
        "magnitudes": {"id": _sql_id("id"), "doc": _sql_id("doc"), "claim": maybe("claim")},
        "sentences": {"doc": _sql_id("doc")},
    }
    out = {}
    for table, cols in special.items():
        names = [r[0] for r in con.execute(f"SELECT column_name FROM information_schema.columns WHERE table_name = "
                                           f"'{table}' ORDER BY ordinal_position").fetchall()]
        exprs = [f'{cols.get(n, chr(34) + n + chr(34))} AS "{n}"' for n in names]
        out[table] = f"INSERT INTO {table} ({', '.join(chr(34) + n + chr(34) for n in names)}) SELECT {', '.join(exprs)} " \
                     f"FROM tmpl_{table}, reps ORDER BY r"
    return out


def build_store(path: Path, n_docs: int, templates: list[DocumentRecords], signatures: list, options) -> dict:
    """A store of ``n_docs`` replicated documents with its cross-document tables filled (``options`` None:
    left empty, as if the cross-document stage had not run)."""
    t0 = time.perf_counter()
    tmpl = Store(":memory:")
    tmpl.add_documents(templates)
    store = Store(str(path))
    con = store.con
    replicas = -(-n_docs // len(templates))
    variants = max(1, replicas * len(templates) // ENTITIES_PER_VARIANT)
    varied = varied_entities(templates)
    for table in ("documents", *RECORD_TABLES):
        con.register(f"tmpl_{table}", tmpl.con.sql(f"SELECT * FROM {table}").to_arrow_table())
    selects = _replica_selects(con, varied, variants)
    step = max(1, 20_000 // len(templates))
    for lo in range(0, replicas, step):
        con.execute("CREATE OR REPLACE TEMP TABLE reps AS SELECT range AS r FROM range(?, ?)",
                    [lo, min(replicas, lo + step)])
        with store.transaction():
            for table in ("documents", *RECORD_TABLES):
                con.execute(selects[table])
            # what actor pages list (written with the records by Store.add_documents)
            store.index_actor_records([r[0] for r in con.execute(
                f"SELECT {_sql_id('id')} FROM tmpl_documents, reps").fetchall()])
        print(f"  {min(replicas, lo + step) * len(templates):>7} documents stored "
              f"({time.perf_counter() - t0:.0f} s)", flush=True)
    _insert_entities(store, tmpl, varied, variants)
    _insert_signatures(store, signatures, replicas)
    built = time.perf_counter() - t0
    from newsweave.consolidate import consolidate

    t1 = time.perf_counter()
    if options is not None:
        consolidate(store, options)
    consolidated = time.perf_counter() - t1
    counts = store.counts()
    store.close()
    tmpl.close()
    return {"build_s": round(built, 1), "first_consolidation_s": round(consolidated, 1), "counts": counts,
            "entity_variants": variants}


def _insert_entities(store: Store, tmpl: Store, varied: set[str], variants: int) -> None:
    con = store.con
    con.register("tmpl_entities", tmpl.con.sql("SELECT * FROM entities").to_arrow_table())
    con.register("varied", pa.table({"id": sorted(varied)}))
    names = [r[0] for r in con.execute("SELECT column_name FROM information_schema.columns WHERE table_name = "
                                       "'entities' ORDER BY ordinal_position").fetchall()]
    cols = ", ".join(f'"{n}"' for n in names)
    fixed = f"SELECT {cols} FROM tmpl_entities WHERE id NOT IN (SELECT id FROM varied)"
    tags = pa.table({"v": list(range(variants)), "tag": [_tag(v) for v in range(variants)]})
    con.register("tags", tags)
    exprs = ", ".join({"id": "id || '~v' || v AS id", "name": "name || ' ' || tag AS name"}.get(n, f'"{n}"') for n in names)
    with store.transaction():
        con.execute(f"INSERT INTO entities ({cols}) {fixed}")
        con.execute(f"INSERT INTO entities ({cols}) SELECT {exprs} FROM tmpl_entities, tags "
                    f"WHERE id IN (SELECT id FROM varied) ORDER BY id, v")


def _insert_signatures(store: Store, signatures: list, replicas: int) -> None:
    """Every replica's signature: the template's sizes with random MinHash values (copies of nothing)."""
    rng = np.random.default_rng(5)
    rows = {k: [] for k in ("doc", "published", "length", "text_hash", "shingles", "minhash", "anchors",
                            "anchor_minhash")}
    published = dict(store.con.execute("SELECT id, published FROM documents").fetchall())
    for r in range(replicas):
        values = rng.integers(0, 2 ** 32, size=(len(signatures), 2, 128), dtype=np.uint32)
        for i, s in enumerate(signatures):
            doc = f"{s.doc}~{r}"
            rows["doc"].append(doc)
            rows["published"].append(published.get(doc))
            rows["length"].append(s.length)
            rows["text_hash"].append(f"{r:08x}{s.text_hash[8:]}")
            rows["shingles"].append(s.shingles)
            rows["minhash"].append(base64.b64encode(values[i, 0].astype("<u4").tobytes()).decode())
            rows["anchors"].append(s.anchors)
            rows["anchor_minhash"].append(base64.b64encode(values[i, 1].astype("<u4").tobytes()).decode())
    with store.transaction():
        store._with_rows(pa.table(rows), "INSERT INTO signatures SELECT doc, published, length, text_hash, shingles, "
                                         "minhash, anchors, anchor_minhash FROM _newsweave_rows")


# -- the documents added at every size ------------------------------------------------------------

def replicate(dr: DocumentRecords, r: int, varied: set[str], variants: int) -> DocumentRecords:
    """``dr`` with the ids the SQL replication would give replica ``r``, in Python (for ``--add``)."""
    def rid(x):
        return None if x is None else f"{x}~{r}"

    def ent(x):
        return None if x is None else (f"{x}~v{r % variants}" if x in varied else x)

    rep = dataclasses.replace
    doc = rid(dr.document.id)
    entities = tuple(rep(e, id=ent(e.id), name=f"{e.name} {_tag(r % variants)}") if e.id in varied else e
                     for e in dr.entities)
    return DocumentRecords(
        document=rep(dr.document, id=doc, source=f"{dr.document.source}~{r}"),
        entities=entities,
        mentions=tuple(rep(m, doc=doc, entity=ent(m.entity)) for m in dr.mentions),
        claims=tuple(rep(c, id=rid(c.id), doc=doc, speaker=ent(c.speaker)) for c in dr.claims),
        quantities=tuple(rep(q, id=rid(q.id), doc=doc, claim=rid(q.claim)) for q in dr.quantities),
        times=tuple(rep(t, id=rid(t.id), doc=doc) for t in dr.times),
        events=tuple(rep(e, id=rid(e.id), doc=doc, actor=tuple(map(ent, e.actor)), recipient=tuple(map(ent, e.recipient)),
                         claim=rid(e.claim), quantities=tuple(map(rid, e.quantities)), reported_by=ent(e.reported_by),
                         evidence=tuple(Evidence(doc, v.start, v.end) for v in e.evidence)) for e in dr.events),
        magnitudes=tuple(rep(m, id=rid(m.id), doc=doc, claim=rid(m.claim)) for m in dr.magnitudes),
        sentences=tuple(rep(s, doc=doc) for s in dr.sentences))


def time_add(path: Path, batch: list[DocumentRecords], options) -> dict:
    """Store ``batch`` and consolidate, timed. The new documents get random signatures with them: the
    synthetic articles share their templates' names and numbers, so every pair of them is a copy
    candidate, and checking those pairs (work in proportion to k squared, the same at every n) would
    hide what the store's size costs. Rebuilding the copy index from every stored signature is timed."""
    from newsweave.consolidate import consolidate

    store = Store(str(path))
    rng = np.random.default_rng(9)
    t0 = time.perf_counter()
    for i in range(0, len(batch), options.batch_size):
        part = batch[i:i + options.batch_size]
        store.add_documents(part)
        _random_signatures(store, [dr.document for dr in part], rng)
    stored = time.perf_counter() - t0
    consolidate(store, options)
    total = time.perf_counter() - t0
    store.close()
    return {"add_store_s": round(stored, 2), "add_consolidate_s": round(total - stored, 2), "add_total_s": round(total, 2)}


def _random_signatures(store: Store, documents, rng) -> None:
    from newsweave.consolidate.records import DocSignature

    def b64(values) -> str:
        return base64.b64encode(values.astype("<u4").tobytes()).decode()

    sigs = [DocSignature(doc=d.id, published=d.published, length=len(d.text), text_hash=f"{rng.integers(2 ** 62):016x}",
                         shingles=len(d.text.split()), minhash=b64(rng.integers(0, 2 ** 32, 128, dtype=np.uint32)),
                         anchors=50, anchor_minhash=b64(rng.integers(0, 2 ** 32, 128, dtype=np.uint32)))
            for d in documents]
    with store.transaction():
        store._insert(sigs)


# -- pages, brief and memory, in a fresh process ---------------------------------------------------

def _rss_now_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def serve_measure(path: str, requests: int, brief_out: str | None, budget: float) -> dict:
    """Run in a child process: open the app as `serve` does, time the pages, then the briefing."""
    from fastapi.testclient import TestClient

    from newsweave.outputs.web import create_app
    from newsweave.outputs.webquery import QUERY_MEMORY
    import fastapi  # noqa: F401  (imported before the baseline RSS is read)
    import jinja2  # noqa: F401

    with Store(path, read_only=True) as store:
        # the benchmark's own look-ups run under the cap the web view's queries use, so the peak RSS read at the
        # end is the app's, not that of this set-up's GROUP BY over every mention
        store.con.execute(f"SET memory_limit = '{QUERY_MEMORY}'")
        actors = [r[0] for r in store.con.execute(
            "SELECT entity FROM mentions GROUP BY entity ORDER BY count(*) DESC, entity LIMIT ?", [requests]).fetchall()]
        events = [r[0] for r in store.con.execute("SELECT id FROM merged_events ORDER BY id LIMIT ?", [requests]).fetchall()]
        names = [r[0] for r in store.con.execute("SELECT name FROM entities ORDER BY id LIMIT ?", [requests]).fetchall()]
    words = ["sanctions", "treaty", "missiles", "grain", "ambassador", "depots", "refugees", "summit"]
    rng = random.Random(3)
    queries = [rng.choice(names) if i % 2 else rng.choice(words) for i in range(requests)]
    base_rss = _rss_now_mib()
    t0 = time.perf_counter()
    with Store(path, read_only=True) as store:
        app = create_app(store)
    startup = time.perf_counter() - t0
    client = TestClient(app)
    from newsweave.outputs.web import frozen_snapshot

    freeze = frozen_snapshot()  # as `serve` does
    freeze.__enter__()
    out = {"startup_s": round(startup, 2), "rss_before_mib": round(base_rss)}
    urls = {"home": ["/"] * requests,
            "actor": [f"/actor/{a}" for a in (actors * requests)[:requests]],
            "event": [f"/event/{e}" for e in (events * requests)[:requests]] if events else [],
            "search": [f"/search?q={q}" for q in queries]}
    for page, paths in urls.items():
        if not paths or paths[0] == "/event/":
            continue  # no merged events: the cross-document stage has not run
        times = []
        started = time.perf_counter()
        for url in paths:
            if time.perf_counter() - started > budget:
                break  # the rest would take too long: the figures are over the requests made
            t = time.perf_counter()
            resp = client.get(url)
            times.append(time.perf_counter() - t)
            if resp.status_code != 200:
                raise SystemExit(f"{url}: HTTP {resp.status_code}")
        ms = np.array(times) * 1000
        out[page] = {"p50_ms": round(float(np.percentile(ms, 50)), 1), "p95_ms": round(float(np.percentile(ms, 95)), 1),
                     "requests": len(times)}
    out["serve_peak_rss_mib"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    out["serve_rss_now_mib"] = round(_rss_now_mib())
    freeze.__exit__(None, None, None)
    del app, client
    if brief_out is None:
        return out
    from newsweave.outputs.brief import write_briefing

    t = time.perf_counter()
    with Store(path, read_only=True) as store:
        write_briefing(store, brief_out)
    out["brief_s"] = round(time.perf_counter() - t, 2)
    out["peak_rss_after_brief_mib"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    return out


def measure_in_child(path: Path, requests: int, budget: float, brief: bool = True) -> dict:
    cmd = [sys.executable, __file__, "--child", str(path), "--requests", str(requests), "--budget", str(budget)]
    cmd += [] if brief else ["--no-brief"]
    done = subprocess.run(cmd, capture_output=True, text=True, env=os.environ)
    if done.returncode:
        raise SystemExit(f"page measurement failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


# -- the run ------------------------------------------------------------------------------------------

def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    ap.add_argument("--templates", type=int, default=60, help="synthetic articles parsed once")
    ap.add_argument("--add", type=int, default=1000, help="documents added to each store (timed)")
    ap.add_argument("--requests", type=int, default=200, help="requests per page kind")
    ap.add_argument("--budget", type=float, default=120.0,
                    help="seconds per page kind: fewer requests are made when they take longer (reported)")
    ap.add_argument("--no-consolidation", action="store_true",
                    help="skip the cross-document stage (its cost grows with the store): no add timing, no event pages")
    ap.add_argument("--keep", help="build the stores in this folder and keep them (reused when present)")
    ap.add_argument("--json", help="also write the results to this file")
    ap.add_argument("--no-brief", action="store_true",
                    help="leave out the briefing (it still reads the whole store: over 15 GB at 100k)")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args()
    REQUESTS[0] = args.requests
    if args.child:
        brief_out = tempfile.mktemp(suffix=".md")
        try:
            print(json.dumps(serve_measure(args.child, args.requests, None if args.no_brief else brief_out,
                                           args.budget)))
        finally:
            Path(brief_out).unlink(missing_ok=True)
        return
    options = load_options()
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="nw-store-scale-"))
    folder.mkdir(parents=True, exist_ok=True)
    print(f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}; stores in {folder}", flush=True)
    try:
        t = time.perf_counter()
        templates = extract_templates(args.templates, folder / "templates", options)
        from newsweave.consolidate.copies import sign

        signatures = [sign(dr.document.id, dr.document.text, dr.document.published) for dr in templates]
        print(f"{len(templates)} templates extracted in {time.perf_counter() - t:.0f} s", flush=True)
        rows = []
        for n in args.sizes:
            row = {"documents": n}
            replicas = -(-n // len(templates))
            variants = max(1, replicas * len(templates) // ENTITIES_PER_VARIANT)
            varied = varied_entities(templates)
            batch = [replicate(dr, 10_000_000 + i // len(templates), varied, variants)
                     for i, dr in zip(range(args.add), (templates * (args.add // len(templates) + 1)))]
            path = folder / f"store-{n}.duckdb"
            if not path.exists():
                print(f"building {n} documents ...", flush=True)
                building = path.with_suffix(".building")
                building.unlink(missing_ok=True)
                row.update(build_store(building, n, templates, signatures, None if args.no_consolidation else options))
                building.rename(path)
                print(f"  built in {row['build_s']} s, first consolidation {row['first_consolidation_s']} s; "
                      f"{row['counts']}", flush=True)
            if not args.no_consolidation:
                work = folder / f"work-{n}.duckdb"
                shutil.copy(path, work)
                row.update(time_add(work, batch, options))
                print(f"  add {args.add}: {row['add_total_s']} s (store {row['add_store_s']} s, consolidation "
                      f"{row['add_consolidate_s']} s), load {os.getloadavg()[0]:.1f}", flush=True)
                work.unlink()
            row.update(measure_in_child(path, args.requests, args.budget, brief=not args.no_brief))
            row["load"] = round(os.getloadavg()[0], 1)
            print(f"  {json.dumps(row)}", flush=True)
            rows.append(row)
        _print_table(rows)
        if args.json:
            Path(args.json).write_text(json.dumps(rows, indent=1) + "\n")
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)


def _print_table(rows: list[dict]) -> None:
    head = ["documents", "add (s)", "create_app (s)", "home p50/p95", "actor p50/p95", "event p50/p95",
            "search p50/p95", "brief (s)", "serve RSS before/peak (MiB)", "load"]
    print("| " + " | ".join(head) + " |")
    print("|" + " --- |" * len(head))
    for r in rows:
        pages = [(f"{r[p]['p50_ms']:.0f} / {r[p]['p95_ms']:.0f} ms" + ("" if r[p]["requests"] == REQUESTS[0] else
                  f" ({r[p]['requests']} req.)")) if p in r else "-" for p in ("home", "actor", "event", "search")]
        add = f"{r['add_total_s']:.1f}" if "add_total_s" in r else "-"
        print("| " + " | ".join([f"{r['documents']:,}", add, f"{r['startup_s']:.1f}", *pages,
                                 f"{r['brief_s']:.1f}" if "brief_s" in r else "-",
                                 f"{r['rss_before_mib']} / {r['serve_peak_rss_mib']}",
                                 f"{r['load']}"]) + " |")
    if len(rows) > 1 and "add_total_s" in rows[0] and "add_total_s" in rows[-1]:
        a, b = rows[0], rows[-1]
        print(f"add ratio {b['documents']:,} / {a['documents']:,}: {b['add_total_s'] / a['add_total_s']:.2f}x")


if __name__ == "__main__":
    main()
