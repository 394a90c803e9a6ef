"""Generalisation checks on the hand-written evaluation corpora (tests/corpus/holdout, tests/corpus/blind).

The articles and their gold were written for evaluation, gold first; docs/holdout-evaluation.md and
docs/blind-evaluation.md have the first-run scores and the error analyses (both sets were later used
to find general failure categories, so they now guard against regressions rather than measure blind). The scoring
is the shared scorer (../shared/eval/score.py), imported when present, so the numbers here are the
numbers the project is judged by; without ../shared the scoring test skips.
"""
from __future__ import annotations

import json
import re

import pytest
from typer.testing import CliRunner

from newsweave.cli import app

from conftest import ROOT
from gold_scoring import load_shared_scorer, norm

HOLDOUT = ROOT / "tests" / "corpus" / "holdout"
BLIND = ROOT / "tests" / "corpus" / "blind"

# Per-row F1 floors, set ~0.1 below what was measured on 2026-11-24 after the generalisation
# passes (text 1.00, metadata 1.00, entities 0.997, claims 0.988, quantities 1.00, events 0.677),
# so a regression of that size fails. Raising a floor is an explicit act: measure, then edit here.
F1_FLOORS = {
    "text": 0.90,
    "metadata": 0.90,
    "entities": 0.90,
    "claims": 0.88,
    "quantities": 0.90,
    "events": 0.57,
}
# the blind set, measured 2026-11-24 21:04 (text 1.00, metadata 1.00, entities 1.00, claims 0.903,
# quantities 0.907, events 0.649; first blind run: 0.901, 0.889, 0.942, 0.865, 0.871, 0.655)
BLIND_F1_FLOORS = {
    "text": 0.90,
    "metadata": 0.90,
    "entities": 0.90,
    "claims": 0.80,
    "quantities": 0.80,
    "events": 0.55,
}
CORPORA = {"holdout": (HOLDOUT, F1_FLOORS), "blind": (BLIND, BLIND_F1_FLOORS)}

GOLD_KEYS = {"source", "document", "entities", "claims", "quantities", "events"}


def _gold_files():
    return sorted(HOLDOUT.glob("*.json")) + sorted(BLIND.glob("*.json"))


@pytest.mark.parametrize("gold_file", _gold_files(), ids=lambda p: p.stem)
def test_gold_is_well_formed_and_anchored_in_its_article(gold_file):
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    assert GOLD_KEYS <= set(gold)
    article = gold_file.parent / gold["source"]
    assert article.exists()
    text = norm(article.read_text(encoding="utf-8"))
    words = len(article.read_text(encoding="utf-8").split())
    assert 350 <= words <= 800, f"{article.name} has {words} words"
    doc = gold["document"]
    phrases = [doc["title"], *doc["must_contain"], *doc["must_not_contain"], *(c["phrase"] for c in gold["claims"])]
    missing = [p for p in phrases if norm(p) not in text]
    assert not missing, f"gold phrases not in {article.name}: {missing}"
    for e in gold["events"]:
        assert e["actor"], "an event without gold actors can never match"
    for country in gold["entities"]["countries"]:
        assert re.fullmatch(r"[A-Z]{3}", country)


@pytest.mark.slow
@pytest.mark.parametrize("corpus", sorted(CORPORA))
def test_scores_stay_above_floors(corpus, tmp_path, capsys):
    folder, floors = CORPORA[corpus]
    scorer = load_shared_scorer()
    out = tmp_path / f"{corpus}.jsonl"
    run = CliRunner().invoke(app, ["extract", str(folder), "-o", str(out), "-q"])
    assert run.exit_code == 0, run.output
    pred = scorer.Prediction(scorer.load_jsonl(out))
    result = scorer.run_gold(folder, pred)
    scores = result["scores"]
    with capsys.disabled():
        print()
        for row, s in scores.items():
            print(f"{corpus} {row:11s} P={s['precision']:.3f} R={s['recall']:.3f} F1={s['f1']:.3f} "
                  f"(tp={s['tp']} fp={s['fp']} fn={s['fn']})")
    assert all(d["found"] for d in result["documents"].values()), f"a {corpus} article produced no document"
    below = {row: scores[row]["f1"] for row, floor in floors.items() if scores[row]["f1"] < floor}
    assert not below, f"{corpus} F1 below floor {floors}: {below}"
