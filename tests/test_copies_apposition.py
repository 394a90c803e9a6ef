"""Copy detection does not count a name with its apposed title or role as shared wording (copy35, issue 14).

Independent reports of one event introduce its people the same way ("X, the current chair of the Y"): the role
phrase is the event's, like the name, and two newsrooms write it word for word without copying each other. The
wording measures of ``factseq.fact_match`` leave out the 3-grams that touch such a span (``wording.event_trigrams``).
Texts below are invented for these tests.
"""
from __future__ import annotations

import pytest

from newsweave.consolidate import wording
from newsweave.consolidate.copies import profile
from newsweave.consolidate.factseq import fact_match

STRIKE = (
    "Dockworkers in Varrow walked out on Tuesday, halting 14 cargo ships at the Kessel terminal. "
    "Maren Tollefsen, the longtime chair of the harbour workers' council, told reporters in Varrow that 600 members "
    "had joined. Oskar Lind, the deputy head of the port authority, said talks with Tollefsen would resume on Friday. "
    "Trucks queued for 9 kilometres outside Kessel, and the grain exporter Halden warned of losses. "
    "Lind put the cost at 3 million crowns a day. The council wants a 7 percent raise; the Varrow authority offered "
    "4 percent.")
# another newsroom's own report: the same facts in news order, the same two people introduced by the same roles
STRIKE_OWN_REPORT = (
    "A strike shut the Kessel terminal in Varrow on Tuesday, leaving 14 cargo ships waiting offshore. "
    "According to Maren Tollefsen, the longtime chair of the harbour workers' council, some 600 members stopped work. "
    "Negotiators will meet again on Friday, Oskar Lind, the deputy head of the port authority, confirmed, naming "
    "Tollefsen as his counterpart. A line of lorries stretched 9 kilometres from Kessel while Halden, which ships "
    "grain, feared losses. Every day idle costs 3 million crowns, Lind estimated. Workers seek 7 percent more pay "
    "against the Varrow authority's 4 percent.")
# the first report edited on another site: its sentences kept beyond the names and roles
STRIKE_REWRITE = (
    "Dockworkers in Varrow walked out on Tuesday, halting 14 cargo ships at the Kessel terminal. "
    "Maren Tollefsen, the longtime chair of the harbour workers' council, said 600 members had joined. "
    "Oskar Lind, the deputy head of the port authority, said talks with Tollefsen would resume on Friday. "
    "Trucks queued for 9 kilometres outside Kessel, and the grain exporter Halden warned of heavy losses. "
    "Lind put the cost at 3 million crowns a day.")


@pytest.fixture
def rule_off(monkeypatch):
    monkeypatch.setattr(wording, "DISCOUNT", frozenset())


@pytest.mark.parametrize("first, second", [
    # name first, role after
    ("Ilse Varga, the current chair of the river commission, opened the session before noon.",
     "Delegates cheered when Ilse Varga, the current chair of the river commission, arrived late."),
    # role first, name after
    ("The river commission's acting chair, Ilse Varga, blamed upstream dams for the floods this spring.",
     "Heavy rain was the cause, said the river commission's acting chair, Ilse Varga, on the radio."),
    # a person noun, not a title
    ("Tomas Reuel, a senior researcher at the coastal institute, counted the stranded whales himself.",
     "Stranded whales were counted by Tomas Reuel, a senior researcher at the coastal institute, before dawn."),
])
def test_a_name_with_its_apposed_role_is_no_shared_wording(first, second, rule_off, monkeypatch):
    a, b = profile(first), profile(second)
    assert a.own_trigrams & b.own_trigrams and a.text_trigrams & b.text_trigrams  # shared with the rule off
    monkeypatch.setattr(wording, "DISCOUNT", frozenset({"apposition"}))
    a, b = profile(first), profile(second)
    event = a.event_trigrams | b.event_trigrams
    assert not (a.own_trigrams & b.own_trigrams) - event
    assert not (a.text_trigrams & b.text_trigrams) - event
    assert not (a.trigrams & b.trigrams) - event


def test_a_role_phrase_with_no_name_beside_it_stays_wording():
    # the same role phrase, but as the writer's own subject: nothing apposed to discount
    a = profile("The current chair of the river commission opened the session before noon.")
    b = profile("Delegates cheered when the current chair of the river commission arrived late.")
    assert not a.event_trigrams and not b.event_trigrams
    assert a.text_trigrams & b.text_trigrams


@pytest.mark.parametrize("other, joins", [(STRIKE_OWN_REPORT, False), (STRIKE_REWRITE, True)])
def test_independent_reports_sharing_names_and_roles_stay_apart(other, joins):
    match = fact_match(profile(STRIKE), profile(other))
    assert match.facts >= 0.45 and match.run >= 6  # the facts alone would not tell them apart
    assert match.is_copy is joins


def test_with_the_rule_off_the_own_report_would_join(rule_off):
    match = fact_match(profile(STRIKE), profile(STRIKE_OWN_REPORT))
    assert match.is_copy and match.text_shared >= 3
