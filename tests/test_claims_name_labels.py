"""Claims: a quote after a speaker's name used as a label (rule quote_after_name_label), the interview caption
of broadcast pages ('[Jane Roe/shop owner: "..."]'); sentences of our own."""
from __future__ import annotations

import pytest

from newsweave.extract.claims import extract_claims
from newsweave.extract.entities import EntityResult
from test_claims import _doc

_BEFORE = "The river rose overnight and the lower town was cut off.\n\n"
_QUOTE = '"The water came in so fast that we left everything behind."'


def _got(nlp, options, text, off=frozenset()):
    return [(c.speaker_text, c.rule) for c in extract_claims(_doc(text), nlp(text), EntityResult(), options, rules_off=off)]


@pytest.mark.parametrize("label", [
    "[Maria Lopez/shop owner in the lower town: {q}]",
    "Maria Lopez, shop owner: {q}",
    "Maria Lopez: {q}",
])
def test_a_name_label_gives_the_quote_its_speaker(nlp, options, label):
    text = _BEFORE + label.format(q=_QUOTE) + "\n\nThe army sent boats on Tuesday."
    assert ("Maria Lopez", "claims:quote-after-name-label") in _got(nlp, options, text)
    # the rule is what finds her: off, the quote has no speaker
    assert not any(s == "Maria Lopez" for s, _r in _got(nlp, options, text, frozenset({"quote_after_name_label"})))


@pytest.mark.parametrize("label", [
    "Headline: {q}",  # a label that is no name
    "Update: {q}",
    "In the lower town: {q}",  # a phrase of place before the colon
])
def test_a_label_that_is_no_name_gives_no_speaker(nlp, options, label):
    got = _got(nlp, options, _BEFORE + label.format(q=_QUOTE))
    assert not any(r == "claims:quote-after-name-label" for _s, r in got)


def test_a_clause_before_the_colon_keeps_its_own_cue(nlp, options):
    got = _got(nlp, options, _BEFORE + "Maria Lopez told us: " + _QUOTE)
    assert any(s == "Maria Lopez" and r != "claims:quote-after-name-label" for s, r in got)
