"""Claims: a figure credited inside a verbless fragment ("...: 2.1 million according to the union and 900,000
according to the ministry") and a document quoted in its own words ("..., the report reads"), on sentences of
our own."""
from __future__ import annotations

import pytest

from newsweave.extract.claims import extract_claims
from newsweave.extract.entities import EntityResult
from newsweave.model import Document


def _doc(text: str) -> Document:
    return Document(id=Document.make_id("t.txt", text), source="t.txt", title=None, author=None, site=None,
                    published=None, language="en", text=text)


def _claims(nlp, options, text, rules_off=frozenset()):
    return [(c.text, c.speaker_text, c.rule)
            for c in extract_claims(_doc(text), nlp(text), EntityResult(), options, rules_off=frozenset(rules_off))]


@pytest.mark.parametrize("text, pairs", [
    ("Strikers filled the streets of every port town on Tuesday: 2.1 million according to the dockers' union "
     "and about 700,000 according to the police.",
     [("2.1 million", "union"), ("about 700,000", "police")]),
    ("A month after a quieter march (310,000 walkers across the region according to the prefects, over a million "
     "according to the organisers) the crowds came back.",
     [("310,000 walkers across the region", "prefects"), ("over a million", "organisers")]),
])
def test_a_figure_in_a_verbless_fragment_is_credited_to_its_source(nlp, options, text, pairs):
    got = _claims(nlp, options, text)
    for content, speaker in pairs:
        assert any(t == content and speaker in (s or "") and rule == "claims:figure-according-to"
                   for t, s, rule in got), got
    off = _claims(nlp, options, text, {"figure_according_to"})
    assert not any(t == pairs[0][0] for t, _s, _r in off), off


@pytest.mark.parametrize("text, content", [
    ("Grain prices rose 4 percent last year according to the statistics office.", "Grain prices rose 4 percent last year"),
    ("Around 5,000 people attended, according to the police.", "Around 5,000 people attended"),
])
def test_a_clause_credited_to_a_source_keeps_its_whole_clause(nlp, options, text, content):
    got = _claims(nlp, options, text)
    assert any(t == content and rule == "claims:according-to" for t, _s, rule in got), got


def test_a_norm_after_a_figure_credits_nobody(nlp, options):
    assert _claims(nlp, options, "The mill delivered 300 tonnes according to the contract.") == []


def test_a_document_quoted_in_its_own_words_speaks(nlp, options):
    text = "\u201cThe reserve stands at 40,000 tents, which are ready to ship,\u201d the annual report reads."
    got = _claims(nlp, options, text)
    assert any(t.startswith("The reserve stands at 40,000 tents") and "report" in (s or "") for t, s, _r in got), got


def test_a_person_reading_a_document_makes_no_claim(nlp, options):
    assert _claims(nlp, options, "The minister reads the budget report every morning before cabinet.") == []
