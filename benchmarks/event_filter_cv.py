#!/usr/bin/env python3
"""How much event precision a learned filter could buy: grouped cross-validation on real dev, then PLOVER.

Labels every predicted event of the real dev corpus with the contract scorer's own matching (``event_rules.judge``:
true, false, or absorbed by an optional gold event, left out of training), describes it by what the record says
(type, mode, the rule and its lexicon row, the kinds of its actors and recipients, whether both sides are of one
state, reporting, claim, figures, date basis, place, length, place in the text, how many events of its type the
document has), and fits a logistic regression with each drawing round (the slug prefix) held out in turn. Prints
the dev event F1 if the events scored under each threshold were dropped, then, with a model fitted on all of dev,
what dropping does to the PLOVER gold records' scores (``--plover``, the output of ``plover_eval.py --out``).

A measurement, not a component: nothing here runs in newsweave. Needs the `train` extra (scikit-learn).

    newsweave extract tests/corpus/real/dev -o /tmp/dev.jsonl -q
    python benchmarks/plover_eval.py --out /tmp/plover.jsonl
    python benchmarks/event_filter_cv.py /tmp/dev.jsonl --plover /tmp/plover.jsonl [--without nr= rk= t|rk]

Measured at the forty-sixth round (docs/evaluation.md): the filter's gain is the recipient-less events (dev gold
rarely codes an act without the party it was done to), and dropping them costs PLOVER type recall, which counts a
right type whatever the roles.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "tests"), str(ROOT / "benchmarks")]
from contract_scorer import Prediction  # noqa: E402
from event_rules import _LINES, event_ok, judge  # noqa: E402

THRESHOLDS = (0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5)


def _records(path: Path) -> tuple[dict, dict, dict]:
    entities, docs, events = {}, {}, defaultdict(list)
    for line in path.open(encoding="utf-8"):
        r = json.loads(line)
        if r["type"] == "entity":
            entities[r["id"]] = r
        elif r["type"] == "document":
            docs[r["id"]] = r
        elif r["type"] == "event":
            events[r["doc"]].append(r)
    return entities, docs, events


def features(p: dict, siblings: list[dict], entities: dict, text: str) -> dict[str, float]:
    def kind(i: str) -> str:
        return i.split(":")[0] if ":" in i else "x"

    def state(i: str) -> str | None:
        e = entities.get(i) or {}
        return e.get("country") or (i if e.get("kind") == "country" else None)

    t = p["event_type"]
    f = {f"t={t}": 1.0, f"m={p.get('mode')}": 1.0}
    for part in (p.get("rule") or "").split(" + "):
        f["fam=" + part.split(":")[0]] = 1.0
        if part.startswith("lexicon:") and part[8:].isdigit() and int(part[8:]) <= len(_LINES):
            cols = _LINES[int(part[8:]) - 1].split("\t")
            f[f"lem={cols[0]}/{cols[1]}"] = 1.0
            f["cue=" + cols[2][:20]] = 1.0
        else:
            f["r=" + part[:60]] = 1.0
    actors, recipients = sorted(map(kind, p["actor"])), sorted(map(kind, p["recipient"]))
    f["ak=" + ",".join(actors)] = f["rk=" + (",".join(recipients) or "none")] = 1.0
    f[f"nr={min(len(recipients), 3)}"] = f[f"na={min(len(actors), 3)}"] = 1.0
    f[f"t|rk={t}|{'some' if recipients else 'none'}"] = 1.0
    a_states = {s for s in map(state, p["actor"]) if s}
    r_states = {s for s in map(state, p["recipient"]) if s}
    if a_states and r_states:
        f["samestate"] = float(bool(a_states & r_states))
    f["rep"] = float(bool(p.get("reported_by")))
    f["claim"] = float(bool(p.get("claim")))
    f["qty"] = float(bool(p.get("quantities")))
    f[f"aux={p.get('auxiliary')}"] = f[f"db={p.get('date_basis')}"] = 1.0
    f[f"loc={(p.get('location') or {}).get('level')}"] = 1.0
    f[f"len={min(len(p.get('text') or '') // 60, 5)}"] = 1.0
    f[f"pos={min(int(p['start'] / max(len(text), 1) * 5), 4)}"] = 1.0
    f["first500"] = float(p["start"] < 500)
    f[f"dupT={min(sum(q['event_type'] == t for q in siblings), 4)}"] = 1.0
    f[f"nev={min(len(siblings) // 5, 4)}"] = 1.0
    f["quote"] = float(any(q in (p.get("text") or "") for q in '"“'))
    return f


def main() -> int:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dev", type=Path, help="newsweave extract output of tests/corpus/real/dev")
    ap.add_argument("--plover", type=Path, help="plover_eval.py --out output, filtered and scored again")
    ap.add_argument("--without", nargs="*", default=[], help="leave out features starting with these")
    ap.add_argument("--C", type=float, default=0.3)
    ap.add_argument("--threshold", type=float, default=0.25, help="for the PLOVER run")
    args = ap.parse_args()

    def described(p, siblings, entities, text):
        return {k: v for k, v in features(p, siblings, entities, text).items() if not k.startswith(tuple(args.without))} \
            if args.without else features(p, siblings, entities, text)

    pred = Prediction.from_jsonl(args.dev)
    entities, docs, _ = _records(args.dev)
    ok = event_ok(pred)
    corpus = []  # (round, gold events, predicted events)
    X, y, rounds, where = [], [], [], []
    for gf in sorted((ROOT / "tests" / "corpus" / "real" / "dev").glob("*.json")):
        gold = json.loads(gf.read_text(encoding="utf-8"))
        did = pred.doc_for_source(gold["source"])
        preds = pred.by_doc.get(did, {}).get("event", []) if did else []
        corpus.append((gf.name.split("_")[0], gold.get("events", []), preds))
        for j, (p, verdict) in enumerate(zip(preds, judge(gold.get("events", []), preds, ok))):
            X.append(described(p, preds, entities, (docs.get(did) or {}).get("text") or ""))
            y.append(verdict)
            rounds.append(corpus[-1][0])
            where.append((len(corpus) - 1, j))

    def score(dropped: set) -> str:
        tp = fp = fn = 0
        for d, (_, gold, preds) in enumerate(corpus):
            kept = [p for j, p in enumerate(preds) if (d, j) not in dropped]
            verdicts = judge(gold, kept, ok)
            tp += verdicts.count("tp")
            fp += verdicts.count("fp")
            fn += sum(not g.get("optional") for g in gold) - verdicts.count("tp")
        return f"tp {tp} fp {fp} fn {fn}  P {tp / max(tp + fp, 1):.3f}  F1 {2 * tp / (2 * tp + fp + fn):.3f}"

    def fit(rows):
        vec = DictVectorizer()
        model = LogisticRegression(C=args.C, max_iter=2000)
        model.fit(vec.fit_transform([X[i] for i in rows]), [y[i] == "tp" for i in rows])
        return vec, model

    prob = [0.0] * len(X)
    for held in sorted(set(rounds)):
        vec, model = fit([i for i in range(len(X)) if rounds[i] != held and y[i] != "opt"])
        test = [i for i in range(len(X)) if rounds[i] == held]
        for i, p in zip(test, model.predict_proba(vec.transform([X[i] for i in test]))[:, 1]):
            prob[i] = p
    print(f"dev, as extracted: {score(set())}")
    for t in THRESHOLDS:
        print(f"dev, held-out rounds, events under {t} dropped: {score({where[i] for i in range(len(X)) if prob[i] < t})}")
    if not args.plover:
        return 0
    vec, model = fit([i for i in range(len(X)) if y[i] != "opt"])
    entities, docs, events = _records(args.plover)
    drop = {p["id"] for doc, ps in events.items() for p in ps
            if model.predict_proba(vec.transform([described(p, ps, entities, (docs.get(doc) or {}).get("text") or "")]))[0, 1]
            < args.threshold}
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as out:
        for line in args.plover.open(encoding="utf-8"):
            if json.loads(line).get("id") not in drop:
                out.write(line)
    gsr = ROOT.parent / "shared" / "data" / "plover" / "PLOVER_GSR_CAMEO.txt"
    res = json.loads(subprocess.run([sys.executable, str(ROOT.parent / "shared" / "eval" / "score.py"), "--plover",
                                     str(gsr), "--pred", out.name, "--json"], capture_output=True, text=True,
                                    check=True).stdout)
    Path(out.name).unlink()
    print(f"PLOVER, {len(drop)} of {sum(map(len, events.values()))} events under {args.threshold} dropped: type recall "
          f"{res['event_type_recall']:.3f}, actor {res['actor_accuracy_when_typed']:.3f}, "
          f"recipient {res['recipient_accuracy_when_typed']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
