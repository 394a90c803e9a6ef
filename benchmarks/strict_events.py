"""Real dev events scored on all dev and on its STRICT subset: the texts whose gold names a recipient for every
required event that has an actor and a recipient-taking category.

Older dev gold often leaves the recipient empty, and the scorer checks the recipient only when gold names one, so
on those texts a wrong or missing recipient costs nothing.  The strict subset measures what unseen text (whose gold
names recipients) will measure.  Recipient-taking categories: PLOVER's directed categories (the manual's
"Requires recipient: Yes" ones and those whose events are directed at someone: an attack, an accusation, a demand,
a threat, a concession...); left out are the undirected ones (MOBILIZE, PROTEST, CONSULT, AGREE, RETREAT), whose
events often have no recipient at all.  Dev only (never run it on real blind output).

    newsweave extract tests/corpus/real/dev -o /tmp/dev.jsonl -q
    python benchmarks/strict_events.py /tmp/dev.jsonl [--list]
"""
from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / 'tests'))
from contract_scorer import Prediction, Tally, score_doc  # noqa: E402

GOLD = ROOT / 'tests' / 'corpus' / 'real' / 'dev'
DIRECTED = {'ASSAULT', 'ACCUSE', 'COERCE', 'REQUEST', 'SANCTION', 'THREATEN', 'AID', 'COOPERATE', 'SUPPORT',
            'CONCEDE', 'REJECT'}


def types(e: dict) -> list[str]:
    t = e.get('event_type')
    return t if isinstance(t, list) else [t]


def is_strict(gold: dict) -> bool:
    """Every required event with an actor and a directed category (its first-listed type) names a recipient."""
    return all(e.get('recipient') for e in gold.get('events', [])
               if not e.get('optional') and e.get('actor') and types(e)[0] in DIRECTED)


def strict_files(gold_dir: Path = GOLD) -> list[Path]:
    return [f for f in sorted(gold_dir.glob('*.json')) if is_strict(json.loads(f.read_text(encoding='utf-8')))]


def score(files: list[Path], pred: Prediction) -> dict:
    tallies: dict[str, Tally] = defaultdict(Tally)
    for f in files:
        score_doc(json.loads(f.read_text(encoding='utf-8')), pred, tallies, {})
    return tallies['events'].prf()


def main() -> None:
    pred = Prediction.from_jsonl(Path(sys.argv[1]))
    everything = sorted(GOLD.glob('*.json'))
    strict = strict_files()
    for name, files in (('all dev', everything), ('strict', strict)):
        s = score(files, pred)
        print(f"{name:8s} texts={len(files):3d} events P={s['precision']:.3f} R={s['recall']:.3f} F1={s['f1']:.3f} "
              f"(tp={s['tp']} fp={s['fp']} fn={s['fn']})")
    if '--list' in sys.argv:
        for f in strict:
            print(f.name)


if __name__ == '__main__':
    main()
