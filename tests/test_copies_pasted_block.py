"""Issue 14 (copy40): two independent reports that paste one press-release paragraph without quote marks.

The invented pairs of ``pasted_blocks`` (our own words): each newsroom writes its own report of one event and pastes
the same paragraph of an organisation's statement, at the end, in the middle or as the lead. Measured
(benchmarks/copy_blocks.py, docs/copies.md "copy40"): the shared wording of such a pair is one run of verbatim
sentences with almost nothing shared around it, but real same-story pairs of dev have that shape too (a daily and a
broadcaster each pasting one agency's paragraphs, a condensed copy of a portal's truncated excerpt), so no veto was
added then. copy41: the bakery pair's paragraph is the company's "about us" boilerplate, which
``wording.release_paragraphs`` reads as the company's wording; that pair stays apart. copy42: the veto
``copies.shares_a_pasted_block`` (one verbatim block under half the shorter text, nothing else shared word for word,
the rest of the event retold in other words, and neither text crediting an origin) keeps the ferry, health and rail
pairs apart; the copies, the condensed rail copy made of shared sentences only among them, still join.
"""
from __future__ import annotations

import pytest

from newsweave.config import load_options
from newsweave.consolidate import copies
from newsweave.consolidate.copies import profile, shares_a_pasted_block
from newsweave.consolidate.run import copy_stories
from newsweave.documents import build_document
from newsweave.model import RawArticle

from pasted_blocks import (BAKERY_RELEASE, COPIES, FERRY_RELEASE, HEALTH_RELEASE, INDEPENDENT, RAIL_STATEMENT, TEXTS)

RELEASES = {"bakery": BAKERY_RELEASE, "ferry": FERRY_RELEASE, "health": HEALTH_RELEASE, "rail": RAIL_STATEMENT}


def _joined(texts: dict[str, str]) -> set[frozenset]:
    """Pairs of names whose documents end in one story (the store's own path, ``run.copy_stories``)."""
    options = load_options()
    docs = [build_document(RawArticle(source=f"{n}.txt", text=t), options) for n, t in texts.items()]
    name = {d.id: n for d, n in zip(docs, texts)}
    stories, _copies, _pairs = copy_stories(docs, options)
    members: dict[str, list[str]] = {}
    for s in stories:
        members.setdefault(s.story, []).append(name[s.doc])
    return {frozenset((x, y)) for ms in members.values() for x in ms for y in ms if x != y}


@pytest.fixture(scope="module")
def joined() -> set[frozenset]:
    return _joined(TEXTS)


def test_the_copies_of_each_first_report_join_it(joined):
    assert {frozenset(p) for p in COPIES} <= joined


@pytest.mark.parametrize("a,b", INDEPENDENT)
def test_without_the_pasted_paragraph_the_two_reports_stay_apart(a, b):
    """The hard negatives are independent but for the block: with the paragraph taken out of the second report
    nothing joins them (so whatever joins them below is the pasted paragraph alone)."""
    release = RELEASES[a.split("_")[0]]
    assert release in TEXTS[b]
    assert frozenset((a, b)) not in _joined({a: TEXTS[a], b: TEXTS[b].replace(release + "\n", "")})


@pytest.mark.parametrize("a,b", INDEPENDENT)
def test_reports_sharing_only_a_pasted_paragraph_stay_apart(joined, a, b):
    assert frozenset((a, b)) not in joined


def test_a_condensed_copy_that_is_mostly_the_paragraph_stays_with_its_original():
    """The condensed rail copy is more than half the pasted paragraph: it joins the report it condenses, not the other
    report that pasted the paragraph (it was near-duplicate to it before the veto read the near-duplicate channel)."""
    joined = _joined({n: TEXTS[n] for n in ("rail_a_condensed", "rail_b")})
    assert frozenset(("rail_a_condensed", "rail_b")) not in joined


def test_without_the_veto_the_statement_pairs_join(monkeypatch):
    """What keeps the ferry, health and rail pairs apart is the pasted-block veto (the bakery's is copy41's rule)."""
    monkeypatch.setattr(copies, "shares_a_pasted_block", lambda a, b: False)
    joined = _joined(TEXTS)
    assert {frozenset(p) for p in INDEPENDENT[1:]} <= joined


def _profile(name: str, credit: str | None = None):
    return profile(TEXTS[name], credit)


def test_the_veto_reads_the_shape_of_the_shared_text():
    assert shares_a_pasted_block(_profile("rail_a"), _profile("rail_b"))
    # a condensed copy is shared sentences only, but they are all of it (the block is the whole shorter text)
    assert not shares_a_pasted_block(_profile("rail_a"), _profile("rail_a_condensed"))
    # a light edit shares its sentences throughout
    assert not shares_a_pasted_block(_profile("ferry_a"), _profile("ferry_a_edit"))


def test_a_credit_names_whose_copy_the_block_may_be():
    """A report that credits a newsroom ("told AFP", "(Reuters) -") may have pasted that newsroom's copy, whose echoes
    are one story (copy40: r24d_07~08, a daily and a broadcaster pasting one agency's paragraphs): no veto."""
    assert not shares_a_pasted_block(_profile("rail_a"), _profile("rail_b", credit="Reuters"))
