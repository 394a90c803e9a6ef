"""Two straight apostrophes written for a double quote mark (a wire style) open and close a quote like one mark;
every sentence here is invented for these tests."""
from __future__ import annotations

import pytest

from newsweave.extract.claims import extract_claims, find_quotes, paragraphs
from newsweave.extract.claims.quotes import doubled_apostrophes_as_marks
from newsweave.extract.entities import EntityResult
from newsweave.model import Document


@pytest.mark.parametrize("text, expected", [
    ("''We will reopen the bridge by Friday,'' the mayor told reporters.", ["We will reopen the bridge by Friday"]),
    ("The engineer said the span was safe, adding that ''the repairs are finished''.", ["the repairs are finished"]),
    ("''Two lanes are open. The third follows,'' she said.", ["Two lanes are open. The third follows"]),
    # one apostrophe is no mark of this kind, and a plain quote is read as before
    ("The drivers' union met. \u201cWe accept,\u201d its chair said.", ["We accept"]),
])
def test_doubled_apostrophes_mark_a_quote(text, expected):
    quotes = find_quotes(text, paragraphs(text))
    assert [" / ".join(text[s:e] for s, e in q.segments) for q in quotes] == expected


def test_the_reading_keeps_every_offset():
    text = "''Ready,'' he said, and ''go''."
    read = doubled_apostrophes_as_marks(text)
    assert len(read) == len(text) and read.count('"') == 4 and "''" not in read


def _doc(text: str) -> Document:
    return Document(id="d", source="t", title=None, author=None, site=None, published=None, language="en", text=text)


def test_a_quote_in_doubled_apostrophes_gets_its_speaker(nlp, options):
    text = ("''The toll at the mine has risen to 14,'' said Dara Quell, a spokeswoman for the regional rescue service, "
            "on Sunday.")
    claims = extract_claims(_doc(text), nlp(text), EntityResult(), options)
    assert [(c.kind, c.text) for c in claims] == [("direct", "The toll at the mine has risen to 14")]
    assert "Quell" in (claims[0].speaker_text or "")


@pytest.mark.parametrize("text, said", [
    ("The harbour master said, \u201cThe worst is over\u201d, adding that the river had peaked overnight.",
     "the river had peaked overnight"),
    ("Speaking on Monday, Ines Varga said, \u201cWe were lucky\u201d, noting that no homes had been lost.",
     "no homes had been lost"),
])
def test_a_participle_cue_after_a_quote_carries_its_own_report(nlp, options, text, said):
    claims = extract_claims(_doc(text), nlp(text), EntityResult(), options)
    reported = [c for c in claims if c.kind == "indirect"]
    assert [c.text for c in reported] == [said]
    assert reported[0].speaker_text and reported[0].speaker_text.split()[-1] in ("master", "Varga")
