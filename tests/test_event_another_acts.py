"""An act marked as one more of its kind ("a second raid", "attacked again") is not merged into the one told before."""
from __future__ import annotations

import pytest

from newsweave.model import Document
from newsweave.pipeline import extract_one


def _events(nlp, options, text, kind):
    doc = Document(id="doc_test", source="test.txt", title=None, author=None, site=None,
                   published="2024-05-10", language="en", text=text)
    return [e for e in extract_one(doc, nlp(text), options).events if e.event_type == kind]


@pytest.mark.parametrize("text,kind", [
    ("Chilean gunboats attacked Peru near the coast. Peruvian officials said Chilean gunboats carried out "
     "another attack on Peru further north.", "ASSAULT"),
    ("Bolivian police arrested the opposition leader at his home. Bolivian police arrested the opposition "
     "leader again at the border crossing.", "COERCE"),
])
def test_an_act_marked_as_another_stays_an_event_of_its_own(nlp, options, text, kind):
    assert len(_events(nlp, options, text, kind)) == 2


def test_a_repeat_without_a_marker_is_still_one_event(nlp, options):
    text = ("Chilean gunboats attacked Peru near the coast. Peruvian officials said Chilean gunboats carried out "
            "the attack on Peru at dawn.")
    assert len(_events(nlp, options, text, "ASSAULT")) == 1


def test_the_marked_act_told_twice_is_one_event(nlp, options):
    text = ("Chilean gunboats attacked Peru near the coast. Chilean gunboats attacked Peru again. "
            "Officials said Chilean gunboats had carried out another attack on Peru.")
    assert len(_events(nlp, options, text, "ASSAULT")) == 2
