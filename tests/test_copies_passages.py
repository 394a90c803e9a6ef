"""Copy detection's fact-sequence tier 1 counts shared text in separate passages, not 3-grams (copy33, issue 14).

Independent reports of one event that retell one source describe its striking detail in the same words: one
phrase of seven words is five shared 3-grams, enough for the 3-gram count, yet it is one piece of evidence. A
rewrite keeps the wire's wording in many places. Texts below are invented for these tests.
"""
from __future__ import annotations

from array import array

import pytest

from newsweave.consolidate import factseq
from newsweave.consolidate.copies import profile
from newsweave.consolidate.factseq import FACTS_MIN_KEPT, TEXT_MIN_PASSAGES, fact_match, passages

FERRY = (
    "Harbour officials in Portavel said 23 passengers were rescued on Thursday after the ferry Malvina ran aground "
    "off Cape Dorran. Transport Minister Elia Brandt posted a video of himself standing on the tilted deck with the crew "
    "late on Thursday. The coastguard sent 4 boats and a helicopter from Senna, and 2 crew members were taken to "
    "the Portavel clinic with minor injuries. Brandt said an inquiry would begin on Monday. The Malvina, built in 1998, "
    "carries up to 300 people on the Senna route, according to its operator Tideline.")
# another newsroom's own report, its facts in its own order, sharing the first only in the minister's one detail
FERRY_OWN_REPORT = (
    "Tideline's oldest boat, launched in 1998 for 300 travellers, is stuck on a reef. Storm Ilse pushed the Malvina "
    "onto rocks by Cape Dorran on Thursday, and Captain Rui Ostra radioed Senna for help. Transport Minister Elia Brandt "
    "posted a video of himself standing on the tilted deck beside sailors. Volunteers from Lumo and Gresh joined "
    "the search; 23 travellers reached Portavel by dawn, port chief Ana Vell confirmed. Two sailors were "
    "treated for bruises. An investigation opens Monday, Brandt announced, while Ostra's union, Marfed, demanded answers.")
# the same report written over the first: its wording kept in several places
FERRY_REWRITE = (
    "Tideline's oldest boat, launched in 1998 for 300 travellers, is stuck on a reef. Storm Ilse pushed the Malvina "
    "onto rocks by Cape Dorran on Thursday, and Captain Rui Ostra radioed Senna for help. Transport Minister Elia Brandt "
    "posted a video of himself standing on the tilted deck beside sailors. Volunteers from Lumo and Gresh joined "
    "the search after the coastguard sent boats and a helicopter; 23 passengers were rescued and reached Portavel by dawn, "
    "port chief Ana Vell confirmed. Two crew members were taken to the clinic with minor injuries. An inquiry "
    "would begin on Monday, Brandt announced, while Ostra's union, Marfed, demanded answers.")


@pytest.mark.parametrize("other, joins", [(FERRY_OWN_REPORT, False), (FERRY_REWRITE, True)])
def test_tier_one_needs_its_shared_text_in_several_passages(other, joins):
    match = fact_match(profile(FERRY), profile(other))
    # both are tier-1 cases: facts below tier 2, every other tier-1 bar met (shared text over >= 3 3-grams)
    assert match.facts < FACTS_MIN_KEPT and match.shares_text and match.own >= factseq.OWN_WORDING_MIN
    assert (match.text_passages >= TEXT_MIN_PASSAGES) is joins
    assert match.is_copy is joins


def test_with_the_passage_rule_off_the_own_report_would_join(monkeypatch):
    monkeypatch.setattr(factseq, "TEXT_MIN_PASSAGES", 0)
    assert fact_match(profile(FERRY), profile(FERRY_OWN_REPORT)).is_copy


def test_a_shared_credit_is_not_asked_for_passages():
    match = fact_match(profile(FERRY, "Example Wire"), profile(FERRY_OWN_REPORT, "Example Wire"))
    assert match.credited and match.text_passages < TEXT_MIN_PASSAGES and match.is_copy


@pytest.mark.parametrize("sequence, other, expected", [
    ([5, 6, 7, 0, 8], {5, 6, 7, 8}, 2),    # a break (a quote, a name) ends a passage
    ([5, 6, 9, 7, 8], {5, 6, 7, 8}, 2),    # so does a 3-gram the other lacks
    ([5, 6, 0, 5, 6], {5, 6}, 1),          # a phrase said twice is one passage
    ([1, 2, 3], {4}, 0),
    ([], {4}, 0),
])
def test_passages_are_runs_of_shared_three_grams(sequence, other, expected):
    assert passages(array("q", sequence).tobytes(), frozenset(other)) == expected
