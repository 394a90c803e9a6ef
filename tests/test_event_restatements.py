"""One act told twice in one sentence, once naming no recipient ("stormed the village, killing 40 people"), is one
event (rule ``restatements.recipientless_restatement_of_the_act``); acts of two sentences or of two actors stay
apart.  Our own sentences."""
from __future__ import annotations

import pytest

import newsweave.pipeline as pipeline
from newsweave.extract.events import extract_events
from newsweave.model import Document

RULE = "recipientless_restatement_of_the_act"


def _events(nlp, options, monkeypatch, text, kind, off=frozenset()):
    if off:
        monkeypatch.setattr(pipeline, "extract_events", lambda *a, **k: extract_events(*a, **k, rules_off=off))
    doc = Document(id="doc_test", source="test.txt", title=None, author=None, site=None,
                   published="2025-03-04", language="en", text=text)
    res = pipeline.extract_one(doc, nlp(text), options)
    names = {e.id: e.name for e in res.entities}
    return [(e, [names[a] for a in e.recipient]) for e in res.events if e.event_type == kind]


JOINED = [
    # the toll of the act as a participle clause
    ("Bolivian gunmen stormed the Chilean village of Tora on Monday, killing 40 people.", "Chile"),
    # a noun act that is the subject of the verb of its toll
    ("A Peruvian drone strike on Bolivian soldiers killed twelve people on Friday.", "Bolivia"),
    ("The Chilean offensive in Bolivia has killed 300 people since March.", "Bolivia"),
]


@pytest.mark.parametrize("text,recipient", JOINED)
def test_a_recipientless_restatement_joins_the_act_of_its_sentence(nlp, options, monkeypatch, text, recipient):
    events = _events(nlp, options, monkeypatch, text, "ASSAULT")
    assert len(events) == 1
    event, recipients = events[0]
    assert recipients == [recipient] and RULE in event.rule and len(event.evidence) == 2


@pytest.mark.parametrize("text,recipient", JOINED)
def test_with_the_rule_off_the_restatement_is_an_event_of_its_own(nlp, options, monkeypatch, text, recipient):
    events = _events(nlp, options, monkeypatch, text, "ASSAULT", frozenset({RULE}))
    assert len(events) == 2 and sorted(len(r) for _, r in events) == [0, 1]


@pytest.mark.parametrize("text", [
    # the toll told in a sentence of its own
    "Chilean troops attacked Bolivian positions on Monday. They killed twelve people.",
    # another actor's killing in the same sentence
    "Bolivian rebels attacked Chilean soldiers on Monday, and Peruvian rebels killed 20 people.",
])
def test_acts_of_two_sentences_or_two_actors_stay_apart(nlp, options, monkeypatch, text):
    events = _events(nlp, options, monkeypatch, text, "ASSAULT")
    assert len(events) == 2 and not any(RULE in e.rule for e, _ in events)
