"""Real dev claim errors with their sentences, sorted by a rough kind, for an error review (not a score).

Matches gold claims to predicted claims with the contract scorer's rule (``tests/contract_scorer.py``:
the prediction's text contains the gold phrase and, when gold names speakers, its speaker text or the
linked entity's names contain one of them), then sorts what is left over:

- ``FN:speaker``: a leftover prediction contains the gold phrase but names another speaker;
- ``FN:partial``: a leftover prediction overlaps the phrase but does not contain all of it (a split, a
  merge the other way, a boundary);
- ``FN:none``: no leftover prediction touches the phrase's place;
- ``FN:unplaced``: the phrase was not found in the document's text;
- ``FP:near-miss``: the false prediction is the one a ``FN:speaker`` or ``FN:partial`` miss touched;
- ``FP:false``: the false prediction touches no missed gold phrase.

Dev only (never run it on real blind output).

    newsweave extract tests/corpus/real/dev -o /tmp/dev.jsonl -q
    python benchmarks/claim_errors.py /tmp/dev.jsonl [--list KIND] [--rules]
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
from contract_scorer import Prediction  # noqa: E402
from gold_scoring import match, norm  # noqa: E402

GOLD = ROOT / 'tests' / 'corpus' / 'real' / 'dev'


def find_phrase(text: str, phrase: str) -> tuple[int, int] | None:
    """The phrase's place in the text, quotes, dashes and white space aside."""
    words = [re.escape(w) for w in re.findall(r"\w+", phrase)]
    if not words:
        return None
    m = re.search(r"\W+".join(words), text, re.I)
    return (m.start(), m.end()) if m else None


def sentence(text: str, start: int, end: int) -> str:
    """The text from the sentence end before ``start`` to the one after ``end`` (a punctuation rule)."""
    a = max(text.rfind('. ', 0, start), text.rfind('\n', 0, start)) + 1
    stops = [i for i in (text.find('. ', end), text.find('\n', end)) if i >= 0]
    b = min(stops) + 1 if stops else len(text)
    return ' '.join(text[a:b].split())


def errors(pred: Prediction) -> list[dict]:
    out = []
    for gf in sorted(GOLD.glob('*.json')):
        gold = json.loads(gf.read_text(encoding='utf-8'))
        did = pred.doc_for_source(gold['source'])
        recs = pred.by_doc.get(did, {}).get('claim', []) if did else []
        text = str(pred.docs.get(did, {}).get('text') or '') if did else ''

        def ok(g, p):
            if norm(g['phrase']) not in norm(p.get('text')):
                return False
            if not g.get('speakers'):
                return True
            who = norm(p.get('speaker_text'))
            if p.get('speaker'):
                who += ' | ' + ' | '.join(pred.entity_keys(p['speaker']))
            return any(norm(s) in who for s in g['speakers'])

        _, _, _, missed, extra = match(gold.get('claims', []), recs, ok)
        near = set()
        for g in missed:
            place = find_phrase(text, g['phrase'])
            kind, by = 'FN:none', None
            if place is None:
                kind = 'FN:unplaced'
            for p in extra:
                if norm(g['phrase']) in norm(p.get('text')):
                    kind, by = 'FN:speaker', p
                    break
            else:
                if place:
                    by = next((p for p in extra if p['start'] < place[1] and place[0] < p['end']), None)
                    if by:
                        kind = 'FN:partial'
            if by is not None:
                near.add(by['id'])
            where = place or (0, 0)
            out.append({'kind': kind, 'source': gold['source'], 'gold': g, 'pred': by,
                        'sentence': sentence(text, *where) if place else ''})
        for p in extra:
            out.append({'kind': 'FP:near-miss' if p['id'] in near else 'FP:false', 'source': gold['source'],
                        'gold': None, 'pred': p, 'sentence': sentence(text, p['start'], p['end'])})
    return out


def show(e: dict) -> str:
    lines = [f"{e['kind']}  {e['source']}"]
    if e['gold']:
        lines.append(f"  gold: {'/'.join(e['gold'].get('speakers') or ['?'])}: {e['gold']['phrase']}")
    if e['pred']:
        p = e['pred']
        lines.append(f"  pred: {p.get('speaker_text')} [{p.get('rule')}] via={p.get('via')}: {str(p.get('text'))[:160]}")
    lines.append(f"  sent: {e['sentence'][:400]}")
    return '\n'.join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('pred', type=Path)
    ap.add_argument('--list', metavar='KIND', help='print the errors of this kind (FN:none, FP:false, ...; "all")')
    ap.add_argument('--rules', action='store_true', help='count the false predictions by rule')
    args = ap.parse_args()
    errs = errors(Prediction.from_jsonl(args.pred))
    for kind, n in sorted(Counter(e['kind'] for e in errs).items()):
        print(f'{kind:14s} {n}')
    if args.rules:
        for rule, n in Counter(str(e['pred'].get('rule')).split(' ')[0] for e in errs
                               if e['kind'].startswith('FP')).most_common():
            print(f'  {n:4d} {rule}')
    if args.list:
        for e in errs:
            if args.list == 'all' or e['kind'] == args.list:
                print(show(e))
    return 0


if __name__ == '__main__':
    sys.exit(main())
