"""Copy detection's fact-sequence tier 2 asks a rewrite's facts of a pair whose shared text is thin (copy56, issue 14).

Short independent reports of one event name its actors, places, figures and days in news order and describe it in a
few of the same words ("pulled out of the cold water", "would last until Friday"): a handful of 3-grams in one to
three passages, enough for tier 2's text share, never for tier 1's passage count. Such a pair joins only when most of
the shorter text's facts are in the other and in its order, as a condensed copy keeps them. Texts below are invented
for these tests.
"""
from __future__ import annotations

import pytest

from newsweave.consolidate import factseq
from newsweave.consolidate.copies import profile
from newsweave.consolidate.factseq import fact_match

BRIDGE = (
    "A footbridge over the Keld River collapsed in Varnholt on Tuesday, injuring 14 people, Mayor Ilse Brandvik said. "
    "The bridge, opened in 1987, had been closed for repairs in March and reopened in June. Firefighters from Varnholt "
    "and Sorbek pulled 6 people out of the cold water. Brandvik said the city would ask the engineering firm Kallmar to "
    "inspect 12 other bridges before the winter. Regional Governor Tomas Elling ordered an inquiry and visited the site "
    "on Wednesday with Transport Minister Aino Rask. The collapse came hours before the Varnholt Marathon, which its "
    "organisers cancelled, and the Keld Festival on Saturday is under review.")
# another newsroom's short report of the collapse: the same names in much the same order, a few of the same phrases
BRIDGE_OWN_REPORT = (
    "Mayor Ilse Brandvik of Varnholt stood by the Keld River on Tuesday evening as divers searched the water where "
    "a footbridge had given way. Fourteen people were hurt, 6 of them pulled out of the cold water by crews from Sorbek. "
    "Residents said the span had been closed for repairs in March. The Varnholt Marathon was called off. Governor "
    "Tomas Elling, who ordered an inquiry, arrived on Wednesday; Transport Minister Aino Rask came with him and "
    "promised money for Kallmar's checks of the region's bridges. Locals on the square asked why a bridge from 1987 "
    "had been reopened at all.")
# the wire story condensed in other words: nearly every fact kept, in its order
BRIDGE_CONDENSED = (
    "A footbridge collapsed over the Keld River in Varnholt on Tuesday and 14 people were hurt, said Mayor Ilse Brandvik. "
    "Shut for work in March, it reopened in June. Crews from Varnholt and Sorbek pulled 6 people out of the cold "
    "water. Brandvik wants Kallmar, an engineering company, to check 12 more bridges. Governor Tomas Elling, who "
    "ordered an inquiry, went there on Wednesday with Transport Minister Aino Rask. The Varnholt Marathon was cancelled.")
STRIKE = (
    "Dock workers at the port of Halvik walked out on Monday, leaving 40 ships waiting offshore, the union Portlag said. "
    "Union leader Mette Sorlie said the strike would last until Friday unless the operator Nordhavn raised wages by 8 "
    "percent. Nordhavn chief executive Leif Aamot called the demand unrealistic and offered 3 percent. Labour Minister "
    "Kari Vold urged both sides to return to talks in Oslo on Wednesday. Exporters in Bergen and Tromso warned that fish "
    "cargo would spoil within days, and the airline Fjordair said it would fly extra freight from Halvik airport.")
STRIKE_OWN_REPORT = (
    "Forty ships sat at anchor off Halvik on Monday night. Labour Minister Kari Vold called Portlag and Nordhavn to "
    "Oslo for talks on Wednesday, after dock workers walked out in the morning. Union leader Mette Sorlie told the "
    "crowd at the gates that the strike would last until Friday. Fishermen from Tromso said their cargo would spoil "
    "within days. Leif Aamot, who runs Nordhavn, said 8 percent was out of reach and 3 percent was on the table, and "
    "Bergen traders asked the government to step in.")

PAIRS = [(BRIDGE, BRIDGE_OWN_REPORT, False), (STRIKE, STRIKE_OWN_REPORT, False), (BRIDGE, BRIDGE_CONDENSED, True)]


def _passes_tier_two_but_for_thin_text(match) -> bool:
    return (not match.credited and match.run >= factseq.FACTS_RUN_MIN_UNCREDITED
            and match.wording >= factseq.WORDING_MIN and match.facts >= factseq.FACTS_MIN_KEPT
            and match.containment >= factseq.FACT_CONTAINMENT_MIN_KEPT and match.own >= factseq.OWN_WORDING_MIN_KEPT
            and match.shares_text)


@pytest.mark.parametrize("text_a, text_b, joins", PAIRS)
def test_thin_shared_text_joins_only_over_a_rewrites_facts(text_a, text_b, joins):
    match = fact_match(profile(text_a), profile(text_b))
    # every pair is a tier-2 case on thin text: tier 2's bars met, fewer passages than tier 1 asks
    assert _passes_tier_two_but_for_thin_text(match)
    assert match.text_passages < factseq.TEXT_MIN_PASSAGES
    assert (match.facts >= factseq.FACTS_MIN_THIN_TEXT
            and match.containment >= factseq.FACT_CONTAINMENT_MIN_THIN_TEXT) is joins
    assert match.is_copy is joins


@pytest.mark.parametrize("text_a, text_b", [(BRIDGE, BRIDGE_OWN_REPORT), (STRIKE, STRIKE_OWN_REPORT)])
def test_without_the_thin_text_bar_the_own_reports_would_join(monkeypatch, text_a, text_b):
    monkeypatch.setattr(factseq, "FACTS_MIN_THIN_TEXT", 0.0)
    monkeypatch.setattr(factseq, "FACT_CONTAINMENT_MIN_THIN_TEXT", 0.0)
    assert fact_match(profile(text_a), profile(text_b)).is_copy


def test_the_condensed_copy_joins_on_tier_two_without_the_condensed_tier(monkeypatch):
    monkeypatch.setattr(factseq, "FACTS_MIN_CONDENSED", 1.01)
    assert fact_match(profile(BRIDGE), profile(BRIDGE_CONDENSED)).is_copy


def test_a_shared_credit_is_not_asked_for_a_rewrites_facts():
    plain = fact_match(profile(STRIKE), profile(STRIKE_OWN_REPORT))
    credited = fact_match(profile(STRIKE, "Example Wire"), profile(STRIKE_OWN_REPORT, "Example Wire"))
    assert plain.thin_text_loose_facts and credited.credited and not credited.thin_text_loose_facts
