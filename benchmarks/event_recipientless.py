#!/usr/bin/env python3
"""Recipient-less false positives on a gold corpus (default real dev), split by why they are false.

a:rcpt-missed (the gold has the act, same type and actor, WITH a recipient: recipient resolution missed it),
b:no-such-event (the gold has no event of this type and actor at all), c:* (another type for the actor, the type
for another actor, or the same act already matched).  Counts by PLOVER type; the rows go to --rows.  A
development aid (read the rows to find the mechanism; never patch one sentence).

    .venv/bin/python benchmarks/event_recipientless.py /tmp/dev.jsonl --rows /tmp/rows.tsv
"""
import json, sys
from pathlib import Path
from collections import Counter, defaultdict
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests")); sys.path.insert(0, str(ROOT / "benchmarks"))
from contract_scorer import Prediction, actor_ok
from event_rules import event_ok, judge
pred = Prediction.from_jsonl(Path(sys.argv[1]))
ok = event_ok(pred)
def types(g): return g["event_type"] if isinstance(g["event_type"], list) else [g["event_type"]]
tab = defaultdict(Counter); rows = []
verd = Counter()
for gf in sorted((Path(sys.argv[sys.argv.index("--gold") + 1]) if "--gold" in sys.argv else ROOT / "tests/corpus/real/dev").glob("*.json")):
    gold = json.loads(gf.read_text()); did = pred.doc_for_source(gold["source"])
    preds = pred.by_doc.get(did, {}).get("event", []) if did else []
    ev = gold.get("events", [])
    for p, v in zip(preds, judge(ev, preds, ok)):
        if p.get("recipient"): continue
        verd[v] += 1
        if v != "fp": continue
        t = p["event_type"]
        same_a = [g for g in ev if actor_ok(g.get("actor", []), p.get("actor", []), pred)]
        gr = [g["recipient"][:3] for g in same_a if t in types(g) and g.get("recipient")]
        p["_gr"] = gr[:2]
        if gr: k = "a:rcpt-missed"
        elif any(t in types(g) for g in same_a): k = "c:same-used"  # same act w/o recipient, already consumed
        elif same_a: k = "c:actor-other-type"
        elif any(t in types(g) for g in ev): k = "c:type-other-actor"
        else: k = "b:no-such-event"
        tab[t][k] += 1; tab["ALL"][k] += 1
        rows.append((k, t, gold["source"], p))
print(verd)
keys = ["a:rcpt-missed", "b:no-such-event", "c:actor-other-type", "c:type-other-actor", "c:same-used"]
print(f"{'type':12s}" + "".join(f"{k:>20s}" for k in keys))
for t in sorted(tab, key=lambda t: -sum(tab[t].values())):
    print(f"{t:12s}" + "".join(f"{tab[t][k]:20d}" for k in keys))
with open(sys.argv[sys.argv.index("--rows") + 1] if "--rows" in sys.argv else "/dev/null", "w") as f:
    for k, t, s, p in sorted(rows, key=lambda r: (r[0], r[1])):
        f.write(f"{k}\t{t}\t{s[:30]}\t{p.get('actor')}\t{p.get('rule')}\t{p.get('_gr', '')}\t{str(p.get('text'))[:220]}\n")
