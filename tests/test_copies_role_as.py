"""Issue 14 (copy51): a role stated with "as" is the event's, as an apposed role is (copy35).

Own-words texts (invented): two newsrooms' reports of one mayoral count in the town of Harrowby, written apart, that
give the same people's past and present roles with "as" ("worked as a midwife and magistrate", "served as the harbour
board's chairman"), and a content site's light rewrite of the first. ``wording._role_as`` marks the role phrase (a
role noun of the gazetteer or the event coder's agent nouns heading a phrase after "as"); ``factseq.fact_match`` does
not count the 3-grams touching it as shared wording (``wording.event_trigrams``, switched by ``wording.DISCOUNT``).
"""
from __future__ import annotations

import pytest

from newsweave.consolidate import wording
from newsweave.consolidate.copies import profile
from newsweave.consolidate.factseq import fact_match

REPORT_A = """Ines Okafor elected mayor of Harrowby by wide margin
Ines Okafor was declared mayor of Harrowby at the town hall on Sunday after taking 58 per cent of the vote against
31 per cent for Pieter Lund and 11 per cent for Maud Rennick.
Okafor, 54, worked as a midwife and magistrate before she entered the council in 2014.
Lund, who conceded before the final tally was read, served as the harbour board's chairman for a decade.
Turnout was 47 per cent, the returning officer, Abel Cho, told the crowd of supporters gathered in the square.
Rennick, who stood for the Green list, spent twenty years as a primary school teacher in the old quarter.
Okafor promised to reopen the ferry link to Stoke Ness and to freeze parking charges for a year.
She takes office on June 3, replacing Colm Varga, who stepped down after two terms.
"""

REPORT_B = """Harrowby picks Okafor in landslide
Voters in Harrowby handed Ines Okafor the mayoralty with 58 per cent, Pieter Lund trailing on 31 per cent and Maud
Rennick on 11 per cent, according to figures read out on Sunday evening.
The 54-year-old, who has sat on the council since 2014, previously worked as a midwife and magistrate.
Her main rival had served as the harbour board's chairman and ran on a promise of lower port fees.
Abel Cho, overseeing the count, put turnout at 47 per cent, up four points on the previous contest.
Rennick, a former primary school teacher, said her list would hold the new mayor to her climate pledges.
Colm Varga, the outgoing mayor, congratulated his successor by phone, his office said.
Okafor will be sworn in on June 3 in the council chamber.
"""

# a content site's rewrite of REPORT_A: its sentences in order, a few words changed, the roles kept
REWRITE_A = """Ines Okafor wins Harrowby mayor race by a wide margin
Ines Okafor was named mayor of Harrowby at the town hall on Sunday after winning 58 per cent of the vote against
31 per cent for Pieter Lund and 11 per cent for Maud Rennick.
Okafor, 54, worked as a midwife and magistrate before she joined the council in 2014.
Lund, who conceded before the final tally was read, served as the harbour board's chairman for ten years.
Turnout stood at 47 per cent, the returning officer, Abel Cho, told the crowd of supporters gathered in the square.
Rennick, who ran for the Green list, spent twenty years as a primary school teacher in the old quarter.
Okafor pledged to reopen the ferry link to Stoke Ness and to freeze parking charges for a year.
She takes office on June 3, replacing Colm Varga, who stepped down after two terms.
"""


def _match(a: str, b: str):
    return fact_match(profile(a), profile(b))


@pytest.mark.parametrize("sentence,role", [
    ("She worked as a midwife and magistrate before politics.", "as a midwife and magistrate before politics"),
    ("He served as the harbour board's chairman for a decade.", "as the harbour board's chairman for a decade"),
    ("He was sworn in as president on Monday.", "as president on Monday"),
    # "as" that is no role of a person: a conjunction, a comparison, a role noun that does not head its phrase
    ("Shops closed early as a result of the storm.", None),
    ("The crowd cheered as the judges read out the sentence.", None),
    ("It began as a student movement and spread to the suburbs.", None),
])
def test_a_role_after_as_is_marked_only_where_a_role_noun_heads_it(sentence, role):
    found = [m.group() for m in wording._role_as().finditer(sentence)]
    assert found == ([role] if role else [])


def test_two_reports_giving_the_same_roles_stay_apart():
    match = _match(REPORT_A, REPORT_B)
    assert match is not None and not match.is_copy


def test_without_the_role_discount_they_join(monkeypatch):
    """What the two reports share beyond names and figures is the roles, in the same words: with the discount off the
    fact-sequence channel accepts them (so the discount, not another bar, keeps them apart)."""
    monkeypatch.setattr(wording, "DISCOUNT", wording.DISCOUNT - {"role"})
    assert _match(REPORT_A, REPORT_B).is_copy


def test_a_rewrite_keeping_the_roles_still_joins():
    match = _match(REPORT_A, REWRITE_A)
    assert match.is_copy
    # the rewrite's other sentences are still shared wording
    assert match.own >= 0.3
