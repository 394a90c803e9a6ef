#!/usr/bin/env python3
"""Real-corpus entity errors grouped by reason (issue 13): gold entities no prediction matches and
predicted entities no gold matches, with the contract scorer's entity matching.

    PYTHONPATH=src:tests python benchmarks/entity_misses.py DEV.jsonl [--gold tests/corpus/real/dev] [--list REASON]

Reasons for a missed gold entity: ``mistyped:KIND`` (an entity of another kind carries the name),
``absent-text`` (the name is not in the document text), ``not-extracted`` (in the text, no entity).
Reasons for an extra prediction: ``mistyped`` (it carries a gold name of another kind), ``variant``
(a second entity for a gold name of its kind), ``dateline-state``
(a country seen only in a dateline), ``no-gold``. Counts first, then (with ``--list``) the items.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from contract_scorer import Prediction, entity_matches as ent_ok, entity_names as names  # noqa: E402
from gold_scoring import match, norm  # noqa: E402

DATELINE = re.compile(r"^[A-Z][\w .'-]+,\s+(?:\w+\s+){1,3}\d{4}\s*\(", re.M)


def gold_names(g) -> set[str]:
    return {norm(v) for v in (g["v"] if isinstance(g["v"], list) else [g["v"]])}


def any_kind_ok(g, p) -> bool:
    if g["k"] == "country":
        return str(p.get("country") or "").upper() == g["v"] and p.get("kind") != "country"
    return bool(gold_names(g) & names(p)) or any(n.endswith(" " + v) for n in names(p) for v in gold_names(g))


def doc_errors(gold: dict, pred: Prediction, out: dict) -> None:
    did = pred.doc_for_source(gold["source"])
    recs = pred.by_doc.get(did, {}) if did else {}
    text = norm((pred.docs.get(did) or {}).get("text"))
    mentioned = {m["entity"] for m in recs.get("mention", [])}
    ge = gold.get("entities", {})
    gold_ents = ([{"k": "country", "v": c} for c in ge.get("countries", [])]
                 + [{"k": "person", "v": p} for p in ge.get("persons", [])]
                 + [{"k": "organization", "v": o} for o in ge.get("organizations", [])])
    all_pred = [pred.entities.get(e, {"id": e, "name": e, "kind": "other"}) for e in sorted(mentioned)]
    ignore = {norm(x) for x in ge.get("ignore", [])}
    pred_ents = [p for p in all_pred if p.get("kind") in ("country", "person", "organization")
                 and not names(p) & ignore]
    _, _, _, missed, extra = match(gold_ents, pred_ents, ent_ok)
    src = gold["source"]
    for g in missed:
        other = next((p for p in all_pred if any_kind_ok(g, p)), None)
        if other is not None:
            why = f"missed {g['k']}: mistyped:{other.get('kind')}"
        elif g["k"] != "country" and not any(v in text for v in gold_names(g)):
            why = f"missed {g['k']}: absent-text"
        else:
            why = f"missed {g['k']}: not-extracted"
        out[why].append(f"{src}: {g['v']}")
    raw = (pred.docs.get(did) or {}).get("text") or ""
    datelines = " ".join(m.group(0) for m in DATELINE.finditer(raw))
    for p in extra:
        near = next((g for g in gold_ents if any_kind_ok(g, p)), None)
        if near is not None and near["k"] != p.get("kind"):
            why = f"extra {p.get('kind')}: mistyped (gold {near['k']})"
        elif near is not None:
            why = f"extra {p.get('kind')}: variant of a gold name"
        elif p.get("kind") == "country" and datelines and any(n in norm(datelines) for n in names(p)):
            why = "extra country: dateline-state"
        else:
            why = f"extra {p.get('kind')}: no-gold"
        out[why].append(f"{src}: {p.get('name')}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("pred", type=Path)
    ap.add_argument("--gold", type=Path, default=ROOT / "tests" / "corpus" / "real" / "dev")
    ap.add_argument("--list", default=None, help="print the items of reasons containing this text")
    args = ap.parse_args()
    pred = Prediction.from_jsonl(args.pred)
    out: dict[str, list[str]] = defaultdict(list)
    for gf in sorted(args.gold.glob("*.json")):
        doc_errors(json.loads(gf.read_text(encoding="utf-8")), pred, out)
    for why, items in sorted(out.items(), key=lambda kv: -len(kv[1])):
        print(f"{len(items):5d}  {why}")
    if args.list:
        for why, items in sorted(out.items()):
            if args.list in why:
                print(f"\n## {why}")
                print("\n".join(items))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
