"""Claims: an evidential cue ("find", "indicate", ...) in the passive voice names what was found, not a finding
("'Suspected wreckage' has been found off the coast"): no claim (rule passive_finding_skipped in
claims/tables.py). Sentences of our own; switched off by monkeypatching ``passive_evidential``. Contrasts: the
active "The inquiry found that ..." keeps its claim, and the impersonal "It was found that ..." is not skipped."""
from __future__ import annotations

import pytest

from newsweave.extract.claims import tables

from test_claims import _claims


@pytest.mark.parametrize("text", [
    "'Suspected wreckage' has now been found in the search for the lost ferry.",
    "'Suspected wreckage' has been found off the coast.",
])
def test_a_passive_finding_claims_nothing(nlp, options, monkeypatch, text):
    assert _claims(nlp, options, text) == ()
    monkeypatch.setattr(tables, "passive_evidential", lambda t: False)
    assert len(_claims(nlp, options, text)) == 1


@pytest.mark.parametrize("text, content, speaker", [
    ("The inquiry found that the pipes had leaked for years.", "the pipes had leaked for years", "The inquiry"),
    ("Divers found that the hull had been breached below the waterline.", "the hull had been breached", "Divers"),
])
def test_an_active_finding_keeps_its_claim(nlp, options, text, content, speaker):
    got = [c.speaker_text for c in _claims(nlp, options, text) if content in c.text]
    assert got == [speaker]


def test_the_impersonal_passive_is_no_skipped_finding(nlp):
    found = next(t for t in nlp("It was found that the pipes had leaked.") if t.lower_ == "found")
    assert not tables.passive_evidential(found)
    found = next(t for t in nlp("The wreckage was found near the shore.") if t.lower_ == "found")
    assert tables.passive_evidential(found)
