"""Copy detection's fact-sequence channel: figures written at different precision mean different sources (copy53,
issue 14).

A copy carries its original's figures as written; two newsrooms reporting one official count each write the shares
as their own source gives them, one to two decimals, another in whole numbers. Texts below are invented for these
tests.
"""
from __future__ import annotations

import pytest

from newsweave.consolidate import factseq
from newsweave.consolidate.copies import profile
from newsweave.consolidate.factseq import FIGURE_CONFLICTS_MIN, fact_match, precision_conflicts

COUNT = (
    "Independent candidate Maren Solvik has won the Vestland mayoral election with 58.42 percent of the vote, "
    "the electoral board in Brekke said on Sunday. The 61-year-old engineer, backed by several green parties, beat "
    "Labour's Tor Amund Lie, who took 36.17 percent and conceded on Saturday evening. Turnout was 47 percent. "
    "Solvik has been a member of the regional council since 2015 and previously worked as a ferry pilot and "
    "harbour inspector. She will be sworn in on June 3 and succeeds Mayor Ola Vinje, who served two terms.")
# another newsroom's own report of the same count: its own sentences and order, the same people and background (given
# in the few phrases any report of them uses), its shares in whole numbers
OWN_REPORT = (
    "Vestland has a new mayor. Voters in the coastal district handed Maren Solvik, an independent backed by several "
    "green parties, 58 per cent, officials in Brekke announced on Sunday, ending a campaign dominated by ferry fares. "
    "Her Labour rival Tor Amund Lie, who took 36 per cent, had already phoned her on Saturday evening to admit defeat. "
    "Fewer than half of those eligible cast a ballot (47 per cent). A member of the regional council since 2015, "
    "Solvik, 61, worked as a ferry pilot and harbour inspector before politics. Mayor Ola Vinje, who served two "
    "terms, hands over on June 3.")
# the first report edited on another site: its sentences kept, its figures as written
REWRITE = (
    "Independent candidate Maren Solvik has won the Vestland mayoral election with 58.42 percent of the vote, "
    "the electoral board in Brekke announced on Sunday. The 61-year-old engineer, who was backed by several green "
    "parties, defeated Labour's Tor Amund Lie, who took 36.17 percent and conceded on Saturday evening. Turnout was 47 "
    "percent. Solvik has been a member of the regional council since 2015 and earlier worked as a ferry pilot and "
    "harbour inspector. She will be sworn in on June 3, succeeding Mayor Ola Vinje, who served two terms.")
# a rewrite of the first keeping its figures as written
# the same edit rounding one figure only
ONE_ROUNDED = REWRITE.replace("36.17 percent", "36 per cent")


@pytest.mark.parametrize("a, b, expected", [
    (["63.36", "29.46", "914143"], ["914143", "63", "29"], 2),   # two shares rounded down
    (["55.8", "44.1"], ["56", "44"], 2),                          # rounded to the nearest
    (["55.8"], ["55"], 1),                                        # or cut
    (["63.36", "63"], ["63"], 0),                                 # the whole number is in both: no conflict
    (["63.36"], ["63.36", "63"], 0),                              # the precise one is in both
    (["3.85", "3.2"], ["3"], 1),                                  # matched one to one
    (["0.5"], ["0", "1"], 0),                                     # below one: not read
    (["2024", "17"], ["2024", "18"], 0),                          # whole numbers only
    (["1.5"], ["2"], 1),
])
def test_precision_conflicts(a, b, expected):
    assert precision_conflicts(a, b) == expected
    assert precision_conflicts(b, a) == expected


def test_an_own_report_writing_the_shares_in_whole_numbers_stays_apart():
    match = fact_match(profile(COUNT), profile(OWN_REPORT))
    assert match.figure_conflicts >= FIGURE_CONFLICTS_MIN
    assert not match.is_copy


def test_with_the_bar_off_the_own_report_would_join(monkeypatch):
    monkeypatch.setattr(factseq, "PRECISION_CONFLICTS", False)
    assert fact_match(profile(COUNT), profile(OWN_REPORT)).is_copy


@pytest.mark.parametrize("other", [REWRITE, ONE_ROUNDED])
def test_a_rewrite_keeping_the_figures_or_rounding_one_joins(other):
    match = fact_match(profile(COUNT), profile(other))
    assert match.figure_conflicts < FIGURE_CONFLICTS_MIN
    assert match.is_copy


def test_a_shared_credit_is_not_asked():
    match = fact_match(profile(COUNT, "Example Wire"), profile(OWN_REPORT, "Example Wire"))
    assert match.credited and match.figure_conflicts >= FIGURE_CONFLICTS_MIN and match.is_copy
