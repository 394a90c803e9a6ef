"""Rule recipient_subject_of_the_feared_clause (extract/events/concerns.py): a concern or alarm whose that-clause
names a party as its subject is aimed at that party.  Our own sentences."""
from __future__ import annotations

import pytest

import newsweave.pipeline as pipeline
from newsweave.extract.events import extract_events
from newsweave.model import Document

RULE = "recipient_subject_of_the_feared_clause"


def _parties(nlp, options, monkeypatch, text, off=frozenset()):
    if off:
        monkeypatch.setattr(pipeline, "extract_events", lambda *a, **k: extract_events(*a, **k, rules_off=off))
    doc = Document(id="doc_test", source="test.txt", title=None, author=None, site=None,
                   published="2025-03-04", language="en", text=text)
    res = pipeline.extract_one(doc, nlp(text), options)
    names = {e.id: e.name for e in res.entities}
    return [([names[a] for a in e.actor], [names[a] for a in e.recipient]) for e in res.events if e.event_type == "ACCUSE"]


FEARED = [
    ("Peru's foreign minister expressed concern that Bolivia might not honor the border treaty.", "Peru", "Bolivia"),
    ("Chile's president voiced alarm that Argentine troops had crossed the border.", "Chile", "Argentina"),
    ("The European Union expressed concern that Ecuador would ignore the court ruling.", "European Union", "Ecuador"),
]


@pytest.mark.parametrize("text,actor,recipient", FEARED)
def test_the_subject_of_a_feared_clause_receives_the_concern(nlp, options, monkeypatch, text, actor, recipient):
    assert ([actor], [recipient]) in _parties(nlp, options, monkeypatch, text)


@pytest.mark.parametrize("text,actor,recipient", FEARED)
def test_with_the_rule_off_the_concern_is_aimed_at_no_one(nlp, options, monkeypatch, text, actor, recipient):
    assert ([actor], [recipient]) not in _parties(nlp, options, monkeypatch, text, frozenset({RULE}))


@pytest.mark.parametrize("text", [
    # the feared clause names no party: the concern stays aimed at no one (and is dropped)
    "Peru's foreign minister expressed concern that the border treaty might collapse.",
    # a concern over a thing: no party
    "Peru's foreign minister expressed concern over the floods.",
])
def test_a_concern_over_no_party_gets_no_recipient(nlp, options, monkeypatch, text):
    assert all(not recipients for _, recipients in _parties(nlp, options, monkeypatch, text))
