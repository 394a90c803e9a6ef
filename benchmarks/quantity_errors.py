"""Real dev quantity errors with their sentences, sorted by a rough kind, for an error review (not a score).

Matches gold quantities to predicted ones with the contract scorer's rule (``tests/contract_scorer.py``:
value, value_max and unit class), then sorts what is left over:

- ``FN:unit``: a leftover prediction has the gold value (and bounds) but another unit class (a misread unit);
- ``FN:range``: a leftover prediction has the gold value as its value or value_max, but not both bounds;
- ``FN:none``: no leftover prediction has the value; the places where the number is written are shown;
- ``FP:unit``: the false prediction is the one a ``FN:unit`` miss touched;
- ``FP:range``: the false prediction is the one a ``FN:range`` miss touched;
- ``FP:false``: the false prediction has no missed gold value (a number gold does not count).

Gold quantities carry no text, so a ``FN:none`` miss is placed by searching the document for the number
as digits (with and without thousands commas) or, below 21, as a word.

Dev only (never run it on real blind output).

    newsweave extract tests/corpus/real/dev -o /tmp/dev.jsonl -q
    python benchmarks/quantity_errors.py /tmp/dev.jsonl [--list KIND] [--rules]
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / 'tests'))
from contract_scorer import Prediction, unit_class  # noqa: E402
from gold_scoring import match  # noqa: E402
from claim_errors import sentence  # noqa: E402  (one sentence rule for both error lists)

GOLD = ROOT / 'tests' / 'corpus' / 'real' / 'dev'
WORDS = ('zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen '
         'sixteen seventeen eighteen nineteen twenty').split()


def same(a, b) -> bool:
    try:
        return abs(float(a) - float(b)) <= 1e-6 * max(1.0, abs(float(a)))
    except (TypeError, ValueError):
        return False


def qty_ok(g: dict, p: dict) -> bool:
    """The contract scorer's quantity match."""
    if not same(p.get('value'), g['value']):
        return False
    if g.get('value_max') is not None and not same(p.get('value_max'), g['value_max']):
        return False
    return unit_class(p.get('unit')) == unit_class(g.get('unit'))


def spellings(value: float) -> list[str]:
    """Ways the gold value may be written: digits, digits with commas, a number word, a scale word."""
    v = float(value)
    out = []
    if v.is_integer():
        n = int(v)
        out += [str(n), f'{n:,}']
        if 0 <= n < len(WORDS):
            out.append(WORDS[n])
        for scale, word in ((1e9, 'billion'), (1e6, 'million')):
            if n >= scale and n % (scale / 10) == 0:
                out.append(f'{n / scale:g} {word}')
                out.append(f'{n / scale:g}{"bn" if scale == 1e9 else "m"}')
    else:
        out.append(f'{v:g}')
    return list(dict.fromkeys(out))


def places(text: str, value: float, limit: int = 3) -> list[str]:
    found = []
    for s in spellings(value):
        for m in re.finditer(r'(?<![\w.,])' + re.escape(s) + r'(?![\w]|[.,]\d)', text, re.I):
            found.append(sentence(text, m.start(), m.end()))
            if len(found) >= limit:
                return list(dict.fromkeys(found))
    return list(dict.fromkeys(found))


def errors(pred: Prediction) -> list[dict]:
    out = []
    for gf in sorted(GOLD.glob('*.json')):
        gold = json.loads(gf.read_text(encoding='utf-8'))
        did = pred.doc_for_source(gold['source'])
        recs = pred.by_doc.get(did, {}).get('quantity', []) if did else []
        text = str(pred.docs.get(did, {}).get('text') or '') if did else ''
        _, _, _, missed, extra = match(gold.get('quantities', []), recs, qty_ok)
        touched: dict[int, str] = {}
        for g in missed:
            gdesc = f"{g['value']:g}" + (f"-{g['value_max']:g}" if g.get('value_max') is not None else '') \
                + f" {g.get('unit')}"
            kind, where = 'FN:none', []
            for i, p in enumerate(extra):
                if same(p.get('value'), g['value']) and (g.get('value_max') is None
                                                         or same(p.get('value_max'), g['value_max'])):
                    kind, where = 'FN:unit', [f"pred {p.get('unit')} ({p.get('text')}) [{p.get('rule')}]",
                                              sentence(text, p['start'], p['end'])]
                    touched.setdefault(i, 'FP:unit')
                    break
                if same(p.get('value'), g['value']) or same(p.get('value_max'), g['value']) or (
                        g.get('value_max') is not None and same(p.get('value'), g['value_max'])):
                    kind, where = 'FN:range', [
                        f"pred {p.get('value')}-{p.get('value_max')} {p.get('unit')} ({p.get('text')})",
                        sentence(text, p['start'], p['end'])]
                    touched.setdefault(i, 'FP:range')
                    break
            if kind == 'FN:none':
                where = places(text, g['value']) or ['(not found as written)']
            out.append({'kind': kind, 'source': gold['source'], 'what': gdesc, 'where': where})
        for i, p in enumerate(extra):
            out.append({'kind': touched.get(i, 'FP:false'), 'source': gold['source'],
                        'what': f"{p.get('value')}{'-' + str(p.get('value_max')) if p.get('value_max') else ''}"
                                f" {p.get('unit')} ({p.get('text')}) [{p.get('rule')}]",
                        'where': [sentence(text, p['start'], p['end'])]})
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('pred', type=Path)
    ap.add_argument('--list', metavar='KIND', help='list the errors of one kind (FN:unit, FP:false, ...)')
    ap.add_argument('--rules', action='store_true', help='count false predictions by the unit rule that made them')
    args = ap.parse_args()
    errs = errors(Prediction.from_jsonl(args.pred))
    for kind, n in sorted(Counter(e['kind'] for e in errs).items()):
        print(f'{kind:10} {n}')
    if args.rules:
        rules = Counter(re.sub(r' \S+\.tsv:\d+', '', e['what'].rsplit('[', 1)[-1]).split(' + ')[0]
                        for e in errs if e['kind'].startswith('FP'))
        for r, n in rules.most_common():
            print(f'  {n:4} {r}')
    if args.list:
        for e in errs:
            if e['kind'] == args.list:
                print(f"\n{e['source']}: {e['what']}")
                for w in e['where']:
                    print(f'    {w[:300]}')
    return 0


if __name__ == '__main__':
    raise SystemExit(main())
