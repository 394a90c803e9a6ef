"""Real dev event errors counted by kind (a rough first sort for an error review, not a score).

Pairs each missed gold event with a false one of the same document that differs only in the recipient, the actor or
the type, then sorts what is left: false events inside a direct quote, in reported speech, with the place of the act
as recipient, a future harm folded into THREATEN; missed events whose actor has no event at all.  Dev only (never run
it on real blind output).

    newsweave extract tests/corpus/real/dev -o /tmp/dev.jsonl -q
    python benchmarks/event_error_kinds.py /tmp/dev.jsonl [--list KIND] [--strict] [--confusion]

``--confusion`` adds the table of the type-wrong pairs: predicted type -> gold type(s), counts.
``--strict`` counts only the strict subset of benchmarks/strict_events.py (gold names every directed recipient).
"""
import json
import re
import sys
from pathlib import Path
from collections import Counter, defaultdict
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / 'tests'))
from contract_scorer import Prediction, actor_ok
from gold_scoring import match, norm
GOLD = ROOT / 'tests' / 'corpus' / 'real' / 'dev'
PLACE = re.compile(r"\b(off the coast of|coast of|near|in|at|around|outside|across|into|from|over|inside|along)\s+(the\s+)?$", re.I)
PRON = re.compile(r"\b(he|she|they|it|his|her|their|its)\b", re.I)
kinds = Counter(); listing = defaultdict(list); confusion = Counter()
def typ_ok(g, p):
    a = g['event_type'] if isinstance(g['event_type'], list) else [g['event_type']]
    return p.get('event_type') in a
def rec_ok(g, p):
    return not g.get('recipient') or actor_ok(g['recipient'], p.get('recipient', []), pred)
def act_ok(g, p):
    return actor_ok(g.get('actor', []), p.get('actor', []), pred)
def ent(e):
    return pred.entities.get(e, {})
def place_recipient(p, doctext):
    out = False
    for e in p.get('recipient', []):
        en = ent(e)
        if en.get('kind') in ('location',) or (en.get('kind') == 'country'):
            names = [en.get('name')] + (en.get('aliases') or [])
            for n in names:
                if not n: continue
                for m in re.finditer(re.escape(n), p.get('text') or ''):
                    if PLACE.search((p['text'][:m.start()])[-40:]):
                        out = True
    return out
def in_quote(p, recs):
    for c in recs.get('claim', []):
        if c.get('kind') == 'direct' and c['start'] <= p['start'] and p['end'] <= c['end'] + 2:
            return True
    return False
def main() -> None:
    global pred
    pred = Prediction.from_jsonl(Path(sys.argv[1]))
    want = sys.argv[sys.argv.index('--list') + 1] if '--list' in sys.argv else None
    files = sorted(GOLD.glob('*.json'))
    if '--strict' in sys.argv:
        sys.path.insert(0, str(ROOT / 'benchmarks'))
        from strict_events import strict_files
        files = strict_files(GOLD)
    for gf in files:
        gold = json.loads(gf.read_text())
        did = pred.doc_for_source(gold['source'])
        recs = pred.by_doc.get(did, {}) if did else {}
        doctext = pred.docs.get(did, {}).get('text', '')
        ev = recs.get('event', [])
        tp, fp, fn, missed, extra = match(gold.get('events', []), ev, lambda g, p: typ_ok(g, p) and act_ok(g, p) and rec_ok(g, p))
        used_fp = set()
        def tag(k, item):
            kinds[k] += 1; listing[k].append((gold['source'][:30], item))
        for g in missed:
            pairs = [(i, p) for i, p in enumerate(extra) if i not in used_fp]
            k = None
            for i, p in pairs:
                if typ_ok(g, p) and act_ok(g, p):
                    used_fp.add(i)
                    if place_recipient(p, doctext): k = 'pair:recipient=place of act'
                    elif not p.get('recipient'): k = 'pair:recipient missing'
                    else: k = 'pair:recipient other'
                    tag(k, (g['event_type'], g.get('actor'), g.get('recipient'), p['recipient'], p.get('rule'), p['text'][:110])); break
                if typ_ok(g, p) and rec_ok(g, p) and g.get('recipient'):
                    used_fp.add(i)
                    k = 'pair:actor wrong+pronoun in text' if PRON.search(p['text'] or '') else 'pair:actor wrong'
                    persons = [a for a in p.get('actor', []) if ent(a).get('kind') == 'person']
                    tag(k, (g['event_type'], g.get('actor'), g.get('recipient'), p['actor'], p.get('rule'), p['text'][:110])); break
                if act_ok(g, p) and rec_ok(g, p) and g.get('recipient'):
                    used_fp.add(i)
                    confusion[(p['event_type'], '/'.join(g['event_type']))] += 1
                    k = 'pair:type wrong (THREATEN by fold)' if p['event_type'] == 'THREATEN' and 'fold' in (p.get('rule') or '') else 'pair:type wrong'
                    tag(k, (g['event_type'], g.get('actor'), g.get('recipient'), p['event_type'], p.get('rule'), p['text'][:110])); break
            if k is None:
                same_actor = [p for p in ev if act_ok(g, p)]
                k = 'FN:no event by that actor' if not same_actor else 'FN:actor has other events'
                tag(k, (g['event_type'], g.get('actor'), g.get('recipient')))
        for i, p in enumerate(extra):
            if i in used_fp: continue
            t = p.get('text') or ''
            if in_quote(p, recs): k = 'FP:inside direct quote'
            elif re.search(r"\bused (to|for|in|as)\b", t): k = 'FP:"was used to" accusation'
            elif p.get('claim'): k = 'FP:in reported speech'
            elif place_recipient(p, doctext): k = 'FP:recipient=place of act'
            elif any(ent(a).get('kind') == 'person' and not re.search(r"\s", ent(a).get('name') or 'x y') for a in p.get('actor', []) + p.get('recipient', [])):
                k = 'FP:single-word person party'
            elif p['event_type'] == 'THREATEN' and 'fold' in (p.get('rule') or ''): k = 'FP:THREATEN by fold'
            else: k = 'FP:other'
            tag(k, (p['event_type'], p['actor'], p['recipient'], p.get('rule'), t[:110]))
    for k, v in sorted(kinds.items()):
        print(f'{v:4d}  {k}')
    print('total', sum(kinds.values()))
    if '--confusion' in sys.argv:
        for (p, g), v in confusion.most_common():
            print(f'{v:4d}  {p:10s} -> {g}')
    if want:
        for s, item in listing[want]:
            print(s, item)


if __name__ == '__main__':
    main()
