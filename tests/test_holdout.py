"""Generalisation checks on the hand-written evaluation corpora (tests/corpus/holdout, tests/corpus/blind).

The articles and their gold were written for evaluation, gold first; docs/holdout-evaluation.md and
docs/blind-evaluation.md have the first-run scores and the error analyses (both sets were later used
to find general failure categories, so they now guard against regressions rather than measure blind). This file checks
that their gold is well formed; the score floors are in tests/test_quality_gates.py with the other gates.
"""
from __future__ import annotations

import json
import re

import pytest

from conftest import ROOT
from gold_scoring import norm

HOLDOUT = ROOT / "tests" / "corpus" / "holdout"
BLIND = ROOT / "tests" / "corpus" / "blind"

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
