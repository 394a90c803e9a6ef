"""Claims: a quote paragraph with no attribution after a one-sentence paragraph that introduces one person by role
through a verb that reports nothing ("This night nurse stayed on the ward – and recounts the hours after.") is
that person's (rule quote-continues-paragraph-role, ``paragraph_role`` in claims/records.py; role nouns in
data/claims/person_nouns.tsv). Sentences of our own; switched off by monkeypatching ``paragraph_role``.
Contrasts: a paragraph before about a thing, or of two sentences, gives the quote no speaker."""
from __future__ import annotations

import pytest

from newsweave.extract.claims import records

from test_claims import _claims

QUOTE = "\n\n“We carried the patients down the stairs one by one. Nobody could see anything through the smoke.”"


def _spoken(nlp, options, text):
    return [(c.speaker_text, c.rule) for c in _claims(nlp, options, text) if "patients down the stairs" in c.text]


@pytest.mark.parametrize("before, speaker", [
    ("This night nurse stayed on the ward until dawn – and recounts the hours after the fire.", "This night nurse"),
    ("A young teacher led her class out through the smoke.", "A young teacher"),
])
def test_a_role_introduced_in_the_paragraph_before_speaks(nlp, options, monkeypatch, before, speaker):
    text = "Three people died in the blaze.\n\n" + before + QUOTE
    assert _spoken(nlp, options, text) == [(speaker, "claims:quote-continues-paragraph-role")]
    monkeypatch.setattr(records, "paragraph_role", lambda *a: None)
    assert [who for who, _rule in _spoken(nlp, options, text)] == [None]


@pytest.mark.parametrize("before", [
    "The river rose quickly after the rain.",
    "A young teacher led her class out. The fire spread to the roof.",
])
def test_no_role_subject_no_speaker(nlp, options, before):
    text = "Three people died in the blaze.\n\n" + before + QUOTE
    assert _spoken(nlp, options, text) == [(None, "claims:quote-without-speaker")]
