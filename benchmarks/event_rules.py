#!/usr/bin/env python3
"""Event precision per coding rule and per PLOVER category on a gold corpus (default: the real dev corpus).

Joins the predicted events with the gold events with the contract scorer's own matching
(``tests/contract_scorer.py``: same event type, actor and recipient; greedy one-to-one, optional gold
absorbs a prediction without counting) and tabulates, for each record's ``rule`` (its family: the text
before the first ``:`` or space, or the full rule with ``--full``) and for each ``event_type``,
true positives, false positives, precision and dF1 (event F1 if that key's events were dropped, minus F1). A development aid: read the false positives it lists
(``--show RULE``) to find the mechanism behind them; never patch one sentence.

    .venv/bin/python benchmarks/event_rules.py                 # extracts tests/corpus/real/dev first
    .venv/bin/python benchmarks/event_rules.py --pred /tmp/dev.jsonl --top 15 --show lexicon:140
    .venv/bin/python benchmarks/event_rules.py --part implicit: --show implicit:actor_holder_of_the_title
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from contract_scorer import Prediction, actor_ok  # noqa: E402


def event_ok(pred: Prediction):
    def ok(g: dict, p: dict) -> bool:
        allowed = g["event_type"] if isinstance(g["event_type"], list) else [g["event_type"]]
        if p.get("event_type") not in allowed or not actor_ok(g.get("actor", []), p.get("actor", []), pred):
            return False
        return not g.get("recipient") or actor_ok(g["recipient"], p.get("recipient", []), pred)
    return ok


def judge(gold: list[dict], preds: list[dict], ok) -> list[str]:
    """The verdict per prediction, as the scorer's ``match`` assigns it: 'tp', 'opt' (absorbed by an optional
    gold item) or 'fp'."""
    verdict = ["fp"] * len(preds)
    used = [False] * len(preds)
    for g in sorted(gold, key=lambda g: bool(g.get("optional"))):
        hit = next((i for i, p in enumerate(preds) if not used[i] and ok(g, p)), None)
        if hit is not None:
            used[hit] = True
            verdict[hit] = "opt" if g.get("optional") else "tp"
    return verdict


LEXICON = ROOT / "src" / "newsweave" / "data" / "plover" / "lexicon.tsv"
_LINES = LEXICON.read_text(encoding="utf-8").splitlines()


def rule_name(rule: str | None) -> str:
    """'lexicon:140' with its row's lemma, part of speech and cue ('lexicon:140 announce/verb obj=...')."""
    r = rule or "(none)"
    if r.startswith("lexicon:") and r[8:].isdigit() and int(r[8:]) <= len(_LINES):
        cols = _LINES[int(r[8:]) - 1].split("\t")
        return f"{r} {cols[0]}/{cols[1]} {cols[2]}".strip()
    return r


def diagnose(gold: list[dict], p: dict, pred: Prediction) -> str:
    """Why a false positive is one: 'fp:type' (a gold event of these parties has another type), 'fp:rcpt'
    (type and actor agree, the recipient does not), 'fp:actor' (the type is in the gold with another actor)
    or 'fp:none' (no gold event of this type at all: spurious or background)."""
    def types(g):
        return g["event_type"] if isinstance(g["event_type"], list) else [g["event_type"]]
    same_actor = [g for g in gold if actor_ok(g.get("actor", []), p.get("actor", []), pred)]
    if any(p.get("event_type") in types(g) for g in same_actor):
        return "fp:rcpt"
    if any(not g.get("recipient") or actor_ok(g["recipient"], p.get("recipient", []), pred) for g in same_actor):
        return "fp:type"
    if any(p.get("event_type") in types(g) for g in gold):
        return "fp:actor"
    return "fp:none"


def rule_key(rule: str | None, full: bool, part: str | None = None) -> str:
    r = rule or "(none)"
    if part:  # the component of a composed rule ("lexicon:12 + implicit:x") that starts with ``part``
        return next((c for c in r.split(" + ") if c.startswith(part)), "(none)")
    if full:
        return rule_name(r)
    for sep in (":", " "):
        r = r.split(sep)[0]
    return r


def f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def tabulate(gold_dir: Path, pred: Prediction, full: bool, part: str | None = None,
             only: tuple[str, ...] = ()) -> tuple[dict, dict, list]:
    """Per rule key and per event type: tp, fp (with why), opt, and ``dF1``: the corpus event F1 with that key's
    predictions dropped (matched again, as the scorer would) minus the F1 with them; a key whose dropping
    raises F1 costs more than it brings."""
    by_rule: dict[str, dict] = defaultdict(lambda: defaultdict(int))
    by_type: dict[str, dict] = defaultdict(lambda: defaultdict(int))
    rows = []
    ok = event_ok(pred)
    docs = []
    for gf in sorted(Path(gold_dir).glob("*.json")):
        if only and not gf.name.startswith(tuple(only)):
            continue
        gold = json.loads(gf.read_text(encoding="utf-8"))
        did = pred.doc_for_source(gold["source"])
        preds = pred.by_doc.get(did, {}).get("event", []) if did else []
        docs.append((gold.get("events", []), preds))
        verdicts = judge(gold.get("events", []), preds, ok)
        for p, v in zip(preds, verdicts):
            if v == "fp":
                v = diagnose(gold.get("events", []), p, pred)
            for table, key in ((by_rule, rule_key(p.get("rule"), full, part)), (by_type, str(p.get("event_type")))):
                table[key][v] += 1
                table[key]["fp"] += v.startswith("fp")
            rows.append((gold["source"], v, p))

    def score(keep) -> float:
        tp = fp = fn = 0
        for gold, preds in docs:
            kept = [p for p in preds if keep(p)]
            vs = judge(gold, kept, ok)
            t = vs.count("tp")
            tp, fp = tp + t, fp + sum(v == "fp" for v in vs)
            fn += sum(not g.get("optional") for g in gold) - t
        return f1(tp, fp, fn)
    base = score(lambda p: True)
    for k in by_rule:
        by_rule[k]["dF1"] = score(lambda p: rule_key(p.get("rule"), full, part) != k) - base
    for k in by_type:
        by_type[k]["dF1"] = score(lambda p: str(p.get("event_type")) != k) - base
    by_rule[""]["F1"] = by_type[""]["F1"] = base
    return by_rule, by_type, rows


def show_table(title: str, table: dict, top: int) -> None:
    why = ("fp:type", "fp:actor", "fp:rcpt", "fp:none")
    base = table.pop("", {}).get("F1", 0.0)
    print(f"\n{title:56s} {'n':>4s} {'tp':>4s} {'fp':>4s} {'opt':>4s} {'P':>6s} {'dF1':>7s}   "
          + " ".join(f"{w:>8s}" for w in why))
    for k, c in sorted(table.items(), key=lambda kv: (-kv[1]["fp"], kv[0]))[:top]:
        n = c["tp"] + c["fp"]
        print(f"{k[:56]:56s} {n + c['opt']:4d} {c['tp']:4d} {c['fp']:4d} {c['opt']:4d} {c['tp'] / n if n else 1.0:6.3f} "
              f"{c['dF1']:+7.3f}   " + " ".join(f"{c[w]:8d}" for w in why))
    tp = sum(c["tp"] for c in table.values())
    fp = sum(c["fp"] for c in table.values())
    print(f"{'(all) F1 %.3f' % base:56s} {'':4s} {tp:4d} {fp:4d} {'':4s} {tp / (tp + fp) if tp + fp else 1.0:6.3f} "
          f"{'':7s}   "
          + " ".join(f"{sum(c[w] for c in table.values()):8d}" for w in why))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=ROOT / "tests" / "corpus" / "real" / "dev")
    ap.add_argument("--pred", type=Path, help="records already extracted (JSON Lines); extracted now if absent")
    ap.add_argument("--top", type=int, default=15)
    ap.add_argument("--full", action="store_true", help="one row per full rule, not per rule family")
    ap.add_argument("--part", help="one row per component of the rule starting with this (e.g. 'implicit:')")
    ap.add_argument("--only", nargs="*", default=[], help="score only the gold files whose names start with one of "
                    "these (e.g. 'r27_ r28_ r29_'); the predictions may cover more")
    ap.add_argument("--show", nargs="*", default=[], help="list the false positives of these rule keys")
    args = ap.parse_args()
    pred_path = args.pred
    if pred_path is None:
        pred_path = Path(tempfile.mkdtemp()) / "events.jsonl"
        env = {**os.environ, "PYTHONPATH": f"{ROOT / 'src'}{os.pathsep}{os.environ.get('PYTHONPATH', '')}"}
        subprocess.run([sys.executable, "-c", "import sys; from newsweave.cli import main; sys.exit(main())",
                        "extract", str(args.gold), "-o", str(pred_path), "-q"], env=env, check=True)
    by_rule, by_type, rows = tabulate(args.gold, Prediction.from_jsonl(pred_path), args.full, args.part,
                                    tuple(args.only))
    show_table("rule", by_rule, args.top)
    show_table("event_type", by_type, args.top)
    for key in args.show:
        print(f"\nfalse positives of {key}:")
        for src, v, p in rows:
            if v.startswith("fp") and key in (rule_key(p.get("rule"), args.full, args.part), p.get("rule"),
                                              p.get("event_type"), v, "all"):
                print(f"  {src[:24]:24s} {v:8s} {p.get('event_type')} {p.get('actor')}->{p.get('recipient')} "
                      f"aux={p.get('auxiliary')} [{rule_name(p.get('rule'))[:40]}] {str(p.get('text'))[:160]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
