"""Copy detection does not count 3-grams common to unrelated news texts as shared wording (copy37, issue 14).

Which 3-grams are common is a document frequency over a reference corpus of unrelated news pages
(``data/crossdoc/common_trigrams.tsv``, derived by ``scripts/derive_common_trigrams.py``), not a list of picked
phrases. ``factseq.fact_match`` leaves them out of the wording measure (``wording.COMMON_MEASURES``).
Texts below are invented for these tests.
"""
from __future__ import annotations

import pytest

from newsweave.consolidate import wording
from newsweave.consolidate.copies import profile
from newsweave.consolidate.factseq import fact_match

FERRY = (
    "For the first time in a decade, the Marrow Valley ferry line will stop running at the end of the month, the "
    "operator Kessa Lund said in Tolvik on Tuesday. Ticket sales fell by 40 percent over the past two years, Lund "
    "told the Tolvik council. The Arden Quay and Birch Landing piers close on 30 June, and around the world "
    "buyers have been asked to bid for its 3 boats. Lund declined to comment on the 85 crew in the coming weeks. "
    "Residents of Sorrel and Dunmore posted photos of the last crossings on social media.")
# another newsroom's own report: the facts in one order, its own sentences, sharing only everyday news English
FERRY_OWN_REPORT = (
    "Kessa Lund, who runs the Marrow Valley ferries, said for the first time in ten years they halt at "
    "the end of this month. Over the past two years fares sold dropped 40 percent, she informed councillors in "
    "Tolvik. Piers at Arden Quay and Birch Landing shut on 30 June, while dealers around the world may now offer for "
    "the 3 vessels. Asked about the 85 sailors in the coming weeks, she declined to comment. Sorrel and Dunmore "
    "villagers shared pictures of final sailings on social media.")
# the first report edited on another site
FERRY_EDIT = FERRY.replace("posted photos of", "posted pictures of").replace("Ticket sales fell", "Ticket sales dropped")


@pytest.fixture
def rule_off(monkeypatch):
    monkeypatch.setattr(wording, "DISCOUNT", frozenset({"apposition", "predicate"}))


@pytest.mark.parametrize("phrase, common", [
    ("the end of", True), ("on social media", True), ("declined to comment", True), ("in the coming", True),
    ("around the world", True),
    # a writer's own wording, and one event's nouns: not common across unrelated pages
    ("posted photos of", False), ("ferry line will", False), ("the last crossings", False),
])
def test_common_3grams_come_from_the_reference_table(phrase, common):
    assert (wording.stable_hash(phrase.split()) in wording.common_trigrams()) is common


def test_the_table_names_its_corpus_and_licence():
    head = wording.COMMON_TABLE.read_text(encoding="utf-8").splitlines()[:6]
    assert any("article-extraction-benchmark" in line and "MIT" in line for line in head)
    row = next(line for line in wording.COMMON_TABLE.read_text(encoding="utf-8").splitlines() if not line.startswith("#"))
    assert row.split("\t")[-1].startswith("article-extraction-benchmark")


def test_with_the_rule_off_there_is_nothing_to_discount(rule_off):
    assert not wording.common_trigrams()


@pytest.mark.parametrize("other, joins", [(FERRY_OWN_REPORT, False), (FERRY_EDIT, True)])
def test_reports_sharing_only_common_english_stay_apart(other, joins):
    match = fact_match(profile(FERRY), profile(other))
    assert match.facts >= 0.45 and match.containment >= 0.6 and match.run >= 6  # facts alone would join them
    assert match.is_copy is joins


def test_with_the_rule_off_the_own_report_would_join(rule_off):
    match = fact_match(profile(FERRY), profile(FERRY_OWN_REPORT))
    assert match.is_copy and match.wording >= 0.09


def test_the_discount_reads_the_wording_measure_only(monkeypatch):
    # own wording and text keep the common 3-grams: a digest's trace of own wording (tier 3) is not taken away
    on = fact_match(profile(FERRY), profile(FERRY_OWN_REPORT))
    monkeypatch.setattr(wording, "DISCOUNT", frozenset({"apposition", "predicate"}))
    off = fact_match(profile(FERRY), profile(FERRY_OWN_REPORT))
    assert on.wording < off.wording and (on.own, on.text, on.text_shared) == (off.own, off.text, off.text_shared)
