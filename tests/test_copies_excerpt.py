"""Two partly overlapping windows of one story join on their copied wording (copy57, issue 14).

A site that prints a wire story from its sixth paragraph on, beside one that prints it whole or only its opening,
shares the story's facts in order over the overlap only: read over the whole shorter text they fall under tier 1's
facts bar however faithfully the overlap is copied. Where a third of the shorter text's own wording is copied word for
word, in several passages, the copied text is the evidence (``factseq.OWN_WORDING_MIN_EXCERPT``). Another newsroom's
report of the same event, with the same names and figures in its own words, and a text that pastes one paragraph stay
apart. Texts below are invented for these tests.
"""
from __future__ import annotations

import pytest

from newsweave.consolidate import factseq
from newsweave.consolidate.copies import profile
from newsweave.consolidate.factseq import fact_match

_HEAD = (
    "Voters in Marovia chose Elena Dastrova as president on Sunday, handing the former central bank governor 54 "
    "percent of the vote against 41 percent for the incumbent Pavel Renk, the election commission said. "
    "Dastrova, 58, campaigned on cutting fuel prices and on reopening the Kessel border crossing with Tarlund. "
    "Renk conceded in a short address from the Varda palace late on Sunday and wished her luck. "
    "Turnout was 67 percent, the highest since the republic's first free vote in 1994. "
    "Observers from the Northern Council said the count in Lesk and Ormund had been orderly. "
    "Her running mate Tomas Varga, a former mayor of Lesk, becomes vice president, and Green League leader Anna Birk "
    "said her party would talk to Dastrova about a coalition. ")
_TAIL = (
    "The new president is due to be sworn in at Varda on 3 March, when parliament returns from its winter recess. Her "
    "first trip abroad, aides say, will be to Tarlund, whose prime minister was among the first to call with "
    "congratulations. Markets cheered the result, and the local currency gained almost two per cent against the euro "
    "by the close of trading on Monday, while shares in the state refiner Norvex fell sharply. She has promised to keep "
    "on the finance minister, a move seen as a signal of continuity to lenders. The opposition Civic Union, which "
    "backed her, will hold about a third of the seats in the chamber. Analysts warned that she would need the votes "
    "of smaller parties to pass her first budget before the summer.")
# the wire story in full
WIRE = _HEAD + _TAIL
# a regional paper's print of it from the sixth paragraph on, after its own paragraphs on local reaction, which name
# many people and places the wire does not
WINDOW = (
    "In Kesselburg, traders at the closed border market said they hoped the vote would bring back the buses from "
    "Tarlund that stopped running in 2021. Mayor Anton Weil said the Kesselburg council had written to the new leader "
    "within hours of the count, and his deputy Greta Holm called it a new start for Oster and Palm. "
    "Farmers from Brenn, Ustrup and Valdau told the Kesselburg Post that diesel prices had doubled since 2022. "
    "The Kesselburg Chamber of Commerce, led by Otto Falk, will meet Brigitte Lamm of the Tarlund consulate and the "
    "Ustrup Farmers Union on Friday. Bishop Karl Stenmark of Kesselburg said a mass would be held at St Olav's on "
    "Sunday, and the Kesselburg Rovers, who play in Tarlund's league, offered fans free tickets for the derby with "
    "Brenn United. " + _TAIL)
# the wire's opening as another site printed it: shares no sentence with the window
OPENING = _HEAD + "More to follow."
# another newsroom's own report: the same event's names and figures, chosen and ordered its own way
OWN_REPORT = (
    "Pavel Renk left the Varda palace on Sunday night a defeated man. The incumbent, who won 41 percent, told "
    "supporters that Marovia had spoken and that he would help Elena Dastrova, the winner with 54 percent, in the "
    "handover. The Civic Union, which holds about a third of the seats, celebrated in Lesk. In Ormund, where Renk "
    "grew up, his backers blamed fuel prices. Jonas Hellqvist, Tarlund's prime minister, phoned Dastrova on Monday and "
    "invited her to reopen the Kessel crossing. The election commission put turnout at 67 percent. Dastrova, a former "
    "central bank governor, is 58 and takes office on 3 March; she has kept Ivo Sorel at finance.")
# a site's own report that pastes one paragraph of the wire (the markets paragraph) and nothing else
PASTED = (
    "Pavel Renk left the Varda palace on Sunday night a defeated man. The incumbent told supporters that Marovia had "
    "spoken and that he would help Elena Dastrova in the handover. In Ormund, where Renk grew up, his backers blamed "
    "fuel prices, and in Lesk the Civic Union danced in the square until dawn. "
    "Markets cheered the result, and the marka gained almost two per cent against the euro by the close of trading on "
    "Monday, while shares in the state refiner Norvex fell sharply. Jonas Hellqvist, Tarlund's prime minister, phoned "
    "Dastrova on Monday and invited her to reopen the Kessel crossing, which has been shut since a dispute over tolls, "
    "and the two are expected to meet in the spring.")


def test_a_partial_window_of_the_story_joins_on_its_copied_wording():
    match = fact_match(profile(WIRE), profile(WINDOW))
    # the overlap is copied word for word, but the window's facts in order fall under tier 1's bar
    assert match.facts < factseq.FACTS_MIN_WITH_WORDING
    assert match.own >= factseq.OWN_WORDING_MIN_EXCERPT
    assert match.text_passages >= factseq.TEXT_MIN_PASSAGES
    assert match.overlapping_excerpt
    assert match.is_copy


def test_without_the_excerpt_bar_the_window_is_missed(monkeypatch):
    monkeypatch.setattr(factseq, "OWN_WORDING_MIN_EXCERPT", 1.01)
    assert not fact_match(profile(WIRE), profile(WINDOW)).is_copy


@pytest.mark.parametrize("text_a, text_b", [(WIRE, OWN_REPORT), (WINDOW, OWN_REPORT), (OPENING, OWN_REPORT),
                                            (OPENING, WINDOW)])
@pytest.mark.parametrize("own_bar", [None, 0.0])
def test_reports_sharing_the_events_names_and_figures_stay_apart(monkeypatch, text_a, text_b, own_bar):
    # another newsroom's report shares the event's facts but no run of its wording: apart even with no own-wording bar
    if own_bar is not None:
        monkeypatch.setattr(factseq, "OWN_WORDING_MIN_EXCERPT", own_bar)
    match = fact_match(profile(text_a), profile(text_b))
    assert match is None or not match.overlapping_excerpt
    assert match is None or not match.is_copy


def test_one_pasted_paragraph_is_not_an_excerpt():
    # the pasted markets paragraph is under a third of the site's own wording (whether tier 1 holds the pair on its
    # facts is that tier's question, and the detector's pasted-paragraph bar's, copy42)
    match = fact_match(profile(WIRE), profile(PASTED))
    assert match.own < factseq.OWN_WORDING_MIN_EXCERPT
    assert not match.overlapping_excerpt
