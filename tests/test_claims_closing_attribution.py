"""Claims: a comma-set-off phrase closing its sentence that only names who spoke (rule closing_attribution in
claims/closing.py): "..., reported the Associated Press.", "..., the regional daily Nord reported.", "..., Tanjug
quoted the minister as saying.", "..., as reported by the civil defence.". The clause before the comma is the
claim, the phrase's noun phrase its speaker (the one quoted, for "X quoted Y as saying"); an outlet the text cites
is the claim's ``via``. Sentences of our own; contrasts where the phrase says more than who spoke."""
from __future__ import annotations

import pytest

from newsweave.extract.provenance import attach_provenance

from test_claims import _claims, _doc


def _read(nlp, options, text, **kw):
    claims = _claims(nlp, options, text)
    claims, _ = attach_provenance(_doc(text), claims, ())
    return [(c.speaker_text, c.text, c.via, c.rule.split()[0]) for c in claims]


@pytest.mark.parametrize("text, expected", [
    # inverted: the cue first, the speaker after it
    ("The ferry sank near the harbour on Monday, reported the Associated Press.",
     ("the Associated Press", "The ferry sank near the harbour on Monday", "Associated Press", "claims:closing-inverted")),
    ("The mayor resigned after the vote, reports Reuters.",
     ("Reuters", "The mayor resigned after the vote", "Reuters", "claims:closing-inverted")),
    # named: a long clause before a noun phrase and its cue
    ("The airport was closed for six hours on Friday, the regional daily Severni List reported.",
     ("Severni List", "The airport was closed for six hours on Friday", None, "claims:closing-named")),
    ("At least 12 people died in the crash near the airport, the state news agency has reported, citing the health ministry.",
     ("the state news agency", "At least 12 people died in the crash near the airport", None, "claims:closing-named")),
    # relayed: the one quoted speaks, the outlet quoting is the via
    ("Further arrests were expected in the coming days, Tanjug quoted the interior minister as saying.",
     ("the interior minister", "Further arrests were expected in the coming days", "Tanjug", "claims:closing-quoted-as")),
    ("The dam had not been inspected since 2019, the agency quoted an engineer as saying on Tuesday.",
     ("an engineer", "The dam had not been inspected since 2019", None, "claims:closing-quoted-as")),
    ("Water levels would keep rising, he was quoted as saying by the local paper.",
     ("he", "Water levels would keep rising", None, "claims:closing-quoted-as")),
    # "as reported by": the whole clause before the comma, not its last conjunct
    ("Rescue teams cleared the road and pulled four survivors from the rubble, as reported by the civil defence agency.",
     ("the civil defence agency", "Rescue teams cleared the road and pulled four survivors from the rubble", None,
      "claims:closing-as-reported")),
])
def test_a_closing_attribution_reports_the_clause_before_its_comma(nlp, options, text, expected):
    assert _read(nlp, options, text) == [expected]


@pytest.mark.parametrize("text", [
    "Jan Roe, who saw the crash from her window, told the local radio.",      # the cue's subject opens the sentence
    "The bridge was built in 1990, the year the council reported.",           # a noun and its relative clause
    "The minister's letter was handed to the court by his lawyer, as reported by the local paper.",  # a statement's fate
    "He reported for duty on Monday.",                                        # no comma, no attribution
])
def test_a_phrase_saying_more_than_who_spoke_makes_no_closing_claim(nlp, options, text):
    assert not any("closing-" in c.rule for c in _claims(nlp, options, text))


def test_the_rule_switched_off_leaves_the_inverted_cue_unread(nlp, options):
    from newsweave.extract.claims import extract_claims
    from newsweave.extract.entities import EntityResult

    text = "The ferry sank near the harbour on Monday, reported the Associated Press."
    off = extract_claims(_doc(text), nlp(text), EntityResult(), options, rules_off=frozenset({"closing_attribution"}))
    assert not any("closing-" in c.rule for c in off)
