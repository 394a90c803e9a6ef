"""Claims: constructions from a fresh draw of real pages (issue 19), each on sentences of our own."""
from __future__ import annotations

import pytest

from newsweave.extract.claims import extract_claims
from newsweave.extract.entities import EntityResult
from newsweave.model import Document


def _doc(text: str) -> Document:
    return Document(id=Document.make_id("t.txt", text), source="t.txt", title=None, author=None, site=None,
                    published=None, language="en", text=text)


def _claims(nlp, options, text):
    return [(c.kind, c.text, c.cue, c.speaker_text) for c in extract_claims(_doc(text), nlp(text), EntityResult(), options)]


@pytest.mark.parametrize("text, expected", [
    # a participle with a clause of its own adds a second statement
    ("The harbour master said the ferry was delayed, adding that he had seen worse storms.",
     [("indirect", "the ferry was delayed", "said", "The harbour master"),
      ("indirect", "he had seen worse storms", "adding", "The harbour master")]),
    ("The ferry was delayed, said the harbour master, adding that the crew had stayed calm.",
     [("indirect", "The ferry was delayed", "said", "the harbour master"),
      ("indirect", "the crew had stayed calm", "adding", "the harbour master")]),
])
def test_an_added_clause_is_a_claim_of_its_own(nlp, options, text, expected):
    assert _claims(nlp, options, text) == expected


def test_a_participle_with_a_plain_object_adds_no_claim(nlp, options):
    # "while denying X": the object alone states nothing apart from the verb it hangs on
    claims = _claims(nlp, options, "The mayor, while denying any rift with the council, has accused the press of bias.")
    assert [cue for _, _, cue, _ in claims] == ["accused"]
