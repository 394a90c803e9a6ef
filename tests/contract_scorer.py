"""The record contract's gold scoring (../shared/eval/README.md §2), in the repository.

The quality gates must pass or fail in CI without ``../shared``, so this module carries the contract
scorer's gold matching: text checks, metadata, entities, claims, quantities, events and same-story
pairs. ``tests/test_real_corpus.py`` checks that it agrees with ``../shared/eval/score.py`` whenever
that file is present, so the two cannot drift apart unnoticed.

Run it by hand like the shared scorer::

    python tests/contract_scorer.py --gold tests/corpus/real/dev --pred dev.jsonl [--json]
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from gold_scoring import match, norm  # noqa: E402

UNIT_CLASS = {
    "person": ["person", "people", "persons", "soldier", "soldiers", "troop", "troops",
               "officer", "officers", "general", "generals", "personnel", "worker",
               "workers", "man", "men", "fighter", "fighters", "casualty", "casualties"],
    "USD": ["usd", "$", "us$", "dollar", "dollars", "us dollar"],
    "EUR": ["eur", "€", "euro", "euros"],
    "percent": ["percent", "%", "per cent", "pct", "percentage"],
    "munition": ["munition", "munitions", "shell", "shells", "round", "rounds",
                 "artillery round", "artillery shell", "ammunition"],
    "missile": ["missile", "missiles", "rocket", "rockets"],
    "military_unit": ["military_unit", "brigade", "brigades", "battalion", "battalions",
                      "division", "divisions", "corps", "regiment", "regiments", "unit", "units"],
    "vehicle": ["vehicle", "vehicles", "tank", "tanks"],
    "aircraft": ["aircraft", "plane", "planes", "jet", "jets", "drone", "drones"],
    "duration": ["duration", "day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours"],
    "count": ["count"],
}
_UNIT_LOOKUP = {alias: cls for cls, aliases in UNIT_CLASS.items() for alias in aliases}
ROWS = ("text", "metadata", "entities", "claims", "quantities", "events", "copies")


def unit_class(unit: str | None) -> str:
    u = (unit or "").strip().lower()
    if u in _UNIT_LOOKUP:
        return _UNIT_LOOKUP[u]
    return u.upper() if re.fullmatch(r"[a-z]{3}", u) else "count"


class Tally:
    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp, self.fp, self.fn = self.tp + tp, self.fp + fp, self.fn + fn

    def prf(self) -> dict:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else (1.0 if not self.fn else 0.0)
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn,
                "precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3)}


class Prediction:
    """The project's records (contract JSON Lines), indexed by document source file name."""

    def __init__(self, records: list[dict]) -> None:
        self.entities = {r["id"]: r for r in records if r.get("type") == "entity"}
        self.docs = {r["id"]: r for r in records if r.get("type") == "document"}
        self.by_doc: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
        for r in records:
            if r.get("type") in ("mention", "claim", "quantity", "event", "copy") and r.get("doc") in self.docs:
                self.by_doc[r["doc"]][r["type"]].append(r)

    @classmethod
    def from_jsonl(cls, path: Path) -> "Prediction":
        lines = Path(path).read_text(encoding="utf-8").splitlines()
        return cls([json.loads(line) for line in lines if line.strip()])

    def doc_for_source(self, source: str) -> str | None:
        for did, d in self.docs.items():
            src = str(d.get("source") or "")
            name = Path(src).name
            if src == source or name == source or name == Path(source).name or name.split(".")[0] == source:
                return did
        return None

    def entity_keys(self, eid: str) -> set[str]:
        e = self.entities.get(eid)
        if not e:
            return {norm(eid)}
        keys = {norm(e.get("name"))} | {norm(a) for a in e.get("aliases") or []}
        if e.get("country"):
            keys.add(str(e["country"]).upper())
        return keys


def entity_names(p: dict) -> set[str]:
    """A predicted entity's name and aliases, normalised."""
    return {norm(p.get("name"))} | {norm(a) for a in p.get("aliases") or []}


def entity_matches(g: dict, p: dict) -> bool:
    """Gold entity ``g`` ({"k": kind, "v": value}) is predicted entity ``p``: a country by its code, a person by
    the end of a name, an organisation by one of its gold names."""
    if g["k"] == "country":
        return p.get("kind") == "country" and str(p.get("country") or "").upper() == g["v"]
    if g["k"] == "person":
        return p.get("kind") == "person" and any(
            n.endswith(norm(g["v"])) or norm(g["v"]).endswith(n) and len(n) > 3 for n in entity_names(p))
    return p.get("kind") in ("organization", "group", "other") and any(norm(a) in entity_names(p) for a in g["v"])


def actor_ok(gold_actors: list[str], pred_ids: list[str], pred: Prediction) -> bool:
    keys: set[str] = set()
    for eid in pred_ids or []:
        keys |= pred.entity_keys(eid)
    for g in gold_actors:
        if g.isupper() and len(g) == 3 and g in keys:
            return True
        if any(k.endswith(norm(g)) for k in keys if not (k.isupper() and len(k) == 3)):
            return True
    return False


FIELDS_SCORED = ("title", "author", "published")


def metadata_field_ok(field: str, gold_value: str, predicted: object) -> bool:
    """A document field is right when it equals the gold's (normalised); a date may add a time."""
    return norm(gold_value) == norm(predicted) or (
        field == "published" and str(predicted or "").startswith(gold_value))


def score_doc(gold: dict, pred: Prediction, tallies: dict, detail: dict) -> None:
    did = pred.doc_for_source(gold["source"])
    recs = pred.by_doc.get(did, {}) if did else {}
    doc = pred.docs.get(did, {}) if did else {}
    text = norm(doc.get("text"))
    out = detail.setdefault(gold["source"], {"found": bool(did)})

    gd = gold.get("document", {})
    keep = [p for p in gd.get("must_contain", []) if norm(p) in text]
    drop = [p for p in gd.get("must_not_contain", []) if norm(p) not in text]
    checks = len(gd.get("must_contain", [])) + len(gd.get("must_not_contain", []))
    tallies["text"].add(len(keep) + len(drop), 0, checks - len(keep) - len(drop))
    out["text_missing"] = [p for p in gd.get("must_contain", []) if p not in keep]
    out["boilerplate_left"] = [p for p in gd.get("must_not_contain", []) if p not in drop]
    out["metadata_wrong"] = []
    for field in FIELDS_SCORED:
        if gd.get(field):
            ok = metadata_field_ok(field, gd[field], doc.get(field))
            tallies["metadata"].add(int(ok), 0, int(not ok))
            if not ok:
                out["metadata_wrong"].append(f"{field}: {doc.get(field)!r} (gold {gd[field]!r})")

    mentioned = {m["entity"] for m in recs.get("mention", [])}
    ge = gold.get("entities", {})
    gold_ents = ([{"k": "country", "v": c} for c in ge.get("countries", [])]
                 + [{"k": "person", "v": p} for p in ge.get("persons", [])]
                 + [{"k": "organization", "v": o} for o in ge.get("organizations", [])])
    pred_ents = [pred.entities.get(e, {"id": e, "name": e, "kind": "other"}) for e in sorted(mentioned)]

    ignore = {norm(x) for x in ge.get("ignore", [])}
    pred_ents = [p for p in pred_ents if p.get("kind") in ("country", "person", "organization")
                 and not entity_names(p) & ignore]
    tp, fp, fn, missed, extra = match(gold_ents, pred_ents, entity_matches)
    tallies["entities"].add(tp, fp, fn)
    out["entities_missed"] = [m["v"] for m in missed]
    out["entities_extra"] = [f'{p.get("kind")}:{p.get("name")}' for p in extra]

    def claim_ok(g, p):
        if norm(g["phrase"]) not in norm(p.get("text")):
            return False
        if not g.get("speakers"):
            return True
        who = norm(p.get("speaker_text"))
        if p.get("speaker"):
            who += " | " + " | ".join(pred.entity_keys(p["speaker"]))
        return any(norm(s) in who for s in g["speakers"])

    tp, fp, fn, missed, extra = match(gold.get("claims", []), recs.get("claim", []), claim_ok)
    tallies["claims"].add(tp, fp, fn)
    out["claims_missed"] = [f'{"/".join(m.get("speakers") or ["?"])}: {m["phrase"]}' for m in missed]
    out["claims_extra"] = [f'{p.get("speaker_text")}: {str(p.get("text"))[:70]}' for p in extra]

    def same(a, b) -> bool:
        return abs(float(a) - float(b)) <= 1e-6 * max(1.0, abs(float(a)))

    def qty_ok(g, p):
        try:
            if not same(p.get("value"), g["value"]):
                return False
            if g.get("value_max") is not None and not same(p.get("value_max"), g["value_max"]):
                return False
        except (TypeError, ValueError):
            return False
        return unit_class(p.get("unit")) == unit_class(g.get("unit"))

    tp, fp, fn, missed, extra = match(gold.get("quantities", []), recs.get("quantity", []), qty_ok)
    tallies["quantities"].add(tp, fp, fn)
    out["quantities_missed"] = [f'{m["value"]} {m.get("unit")}' for m in missed]
    out["quantities_extra"] = [f'{p.get("value")} {p.get("unit")} ({p.get("text")})' for p in extra]

    def event_ok(g, p):
        allowed = g["event_type"] if isinstance(g["event_type"], list) else [g["event_type"]]
        if p.get("event_type") not in allowed or not actor_ok(g.get("actor", []), p.get("actor", []), pred):
            return False
        return not g.get("recipient") or actor_ok(g["recipient"], p.get("recipient", []), pred)

    tp, fp, fn, missed, extra = match(gold.get("events", []), recs.get("event", []), event_ok)
    tallies["events"].add(tp, fp, fn)
    out["events_extra"] = [f'{p.get("event_type")} {p.get("actor")}->{p.get("recipient")}: {str(p.get("text"))[:60]}'
                           for p in extra]
    out["events_missed"] = [f'{m["event_type"]} {m.get("actor")}->{m.get("recipient")}' for m in missed]


def copy_groups(pred: Prediction) -> set[frozenset]:
    """Same-story pairs implied by the copy records: copies joined into groups, every pair inside."""
    src = {did: Path(str(d.get("source"))).name for did, d in pred.docs.items()}
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for recs in pred.by_doc.values():
        for c in recs.get("copy", []):
            a, b = src.get(c["doc"]), src.get(c.get("of"))
            if a and b and a != b:
                parent[root(a)] = root(b)
    groups = defaultdict(list)
    for x in list(parent):
        groups[root(x)].append(x)
    return {frozenset((a, b)) for g in groups.values() for i, a in enumerate(sorted(g)) for b in sorted(g)[i + 1:]}


def run_gold(gold_dir: Path, pred: Prediction) -> dict:
    tallies: dict[str, Tally] = defaultdict(Tally)
    detail: dict = {}
    want = set()
    for gf in sorted(Path(gold_dir).glob("*.json")):
        gold = json.loads(gf.read_text(encoding="utf-8"))
        score_doc(gold, pred, tallies, detail)
        for other in gold.get("same_story_as", []):
            want.add(frozenset((gold["source"], other if other.endswith(".txt") else other + ".txt")))
    if want:
        found = copy_groups(pred)
        tallies["copies"].add(len(found & want), len(found - want), len(want - found))
    return {"scores": {k: v.prf() for k, v in sorted(tallies.items())}, "documents": detail}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", required=True, type=Path)
    ap.add_argument("--pred", required=True, type=Path)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    result = run_gold(args.gold, Prediction.from_jsonl(args.pred))
    if args.json:
        print(json.dumps(result, indent=1))
        return 0
    for src, d in result["documents"].items():
        print(f"{src}: {'ok' if d['found'] else 'NOT IN OUTPUT'}")
        for k, v in d.items():
            if v and k != "found":
                print(f"  {k}: {v}")
    for k, s in result["scores"].items():
        print(f"{k:12s} P={s['precision']:.3f} R={s['recall']:.3f} F1={s['f1']:.3f}  "
              f"(tp={s['tp']} fp={s['fp']} fn={s['fn']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
