"""Generalisation check on the hand-written holdout corpus (tests/corpus/holdout).

The twelve articles and their gold were written for evaluation only and are never used to tune
extractors; docs/holdout-evaluation.md has the measured scores and the error analysis. The scoring
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

GOLD_KEYS = {"source", "document", "entities", "claims", "quantities", "events"}


def _gold_files():
    return sorted(HOLDOUT.glob("*.json"))


@pytest.mark.parametrize("gold_file", _gold_files(), ids=lambda p: p.stem)
def test_gold_is_well_formed_and_anchored_in_its_article(gold_file):
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    assert GOLD_KEYS <= set(gold)
    article = HOLDOUT / gold["source"]
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


@pytest.fixture(scope="module")
def holdout_records(tmp_path_factory):
    out = tmp_path_factory.mktemp("holdout") / "holdout.jsonl"
    result = CliRunner().invoke(app, ["extract", str(HOLDOUT), "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    return out


@pytest.mark.slow
def test_holdout_scores_stay_above_floors(holdout_records, capsys):
    scorer = load_shared_scorer()
    pred = scorer.Prediction(scorer.load_jsonl(holdout_records))
    result = scorer.run_gold(HOLDOUT, pred)
    scores = result["scores"]
    with capsys.disabled():
        print()
        for row, s in scores.items():
            print(f"holdout {row:11s} P={s['precision']:.3f} R={s['recall']:.3f} F1={s['f1']:.3f} "
                  f"(tp={s['tp']} fp={s['fp']} fn={s['fn']})")
    assert all(d["found"] for d in result["documents"].values()), "a holdout article produced no document"
    below = {row: scores[row]["f1"] for row, floor in F1_FLOORS.items() if scores[row]["f1"] < floor}
    assert not below, f"holdout F1 below floor {F1_FLOORS}: {below}"
