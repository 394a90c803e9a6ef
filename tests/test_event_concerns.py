"""Rule recipient_subject_of_the_feared_clause (extract/events/concerns.py): a concern or alarm whose that-clause
names a party as its subject is aimed at that party.  Our own sentences."""
from __future__ import annotations

import pytest

from event_pipeline import events_of

RULE = "recipient_subject_of_the_feared_clause"


def _parties(nlp, options, text, off=()):
    """(actors, recipients) by name of each ACCUSE of ``text``, the named event rules in ``off`` switched off."""
    events, entities = events_of(nlp, options, text, published="2025-03-04", off=off)
    names = {e.id: e.name for e in entities.entities}
    return [([names[a] for a in e.actor], [names[a] for a in e.recipient]) for e in events if e.event_type == "ACCUSE"]


FEARED = [
    ("Peru's foreign minister expressed concern that Bolivia might not honor the border treaty.", "Peru", "Bolivia"),
    ("Chile's president voiced alarm that Argentine troops had crossed the border.", "Chile", "Argentina"),
    ("The European Union expressed concern that Ecuador would ignore the court ruling.", "European Union", "Ecuador"),
]


@pytest.mark.parametrize("text,actor,recipient", FEARED)
def test_the_subject_of_a_feared_clause_receives_the_concern(nlp, options, text, actor, recipient):
    assert ([actor], [recipient]) in _parties(nlp, options, text)


@pytest.mark.parametrize("text,actor,recipient", FEARED)
def test_with_the_rule_off_the_concern_is_aimed_at_no_one(nlp, options, text, actor, recipient):
    assert ([actor], [recipient]) not in _parties(nlp, options, text, off=(RULE,))


@pytest.mark.parametrize("text", [
    # the feared clause names no party: the concern stays aimed at no one (and is dropped)
    "Peru's foreign minister expressed concern that the border treaty might collapse.",
    # a concern over a thing: no party
    "Peru's foreign minister expressed concern over the floods.",
])
def test_a_concern_over_no_party_gets_no_recipient(nlp, options, text):
    assert all(not recipients for _, recipients in _parties(nlp, options, text))
