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


@pytest.mark.parametrize("text, quoted", [
    # an opening mark written where the quote closes, after its last comma or stop
    ("\u201cThe harbour will stay shut until Friday,\u201c the port captain said.", "The harbour will stay shut until Friday"),
    ("\u201cWe counted every ballot twice. Nothing was missed,\u201c she told reporters.",
     "We counted every ballot twice. Nothing was missed"),
    ("\u201cThe lines are down,\u201c said Ana Ruiz, \u201cbut crews are on their way.\u201d", "The lines are down"),
])
def test_an_opening_mark_after_the_last_punctuation_closes_the_quote(nlp, options, text, quoted):
    claims = extract_claims(_doc(text), nlp(text), EntityResult(), options)
    assert claims and claims[0].text.startswith(quoted) and claims[0].speaker_text


@pytest.mark.parametrize("text, spans", [
    # a real opener after a space or a colon still opens a quote
    ("He said: \u201cWe will stay.\u201d Then he left.", ["We will stay."]),
    ("The mayor called it \u201ca good day\u201d and \u201ca fresh start\u201d.", ["a good day", "a fresh start"]),
])
def test_an_opening_mark_before_words_still_opens(text, spans):
    assert [text[q.start:q.end] for q in find_quotes(text, paragraphs(text))] == spans
