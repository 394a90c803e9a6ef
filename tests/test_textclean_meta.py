"""Metadata and clean text on real pages (issue 19), each rule tested on invented pages (every line written for
these tests; outlets, people and places made up): HTML character references and their debris decoded in the
clean text, with records pointing at the decoded text."""
from __future__ import annotations

import pytest

from newsweave.config import load_options
from newsweave.documents.build import build_document
from newsweave.documents.textclean import clean_text
from newsweave.documents.textclean.charrefs import decode_charrefs
from newsweave.model import RawArticle

TITLE = "Harbour board quits after vote on the ferry budget"
LEDE = "The board had asked for more money to repair the two oldest ferries, the council's minutes show."
MIDDLE = "Councillors said the repairs could wait until the new harbour master had reviewed the fleet."
LAST = "A new chair is expected to be named before the summer timetable starts, a spokesman said."


@pytest.mark.parametrize("raw, clean", [
    ("the mayor&#39;s office", "the mayor's office"),
    ("the mayor&#8217;s office", "the mayor\u2019s office"),
    ("the mayor&#x2019;s office", "the mayor\u2019s office"),
    ("the mayor&rsquo;s office", "the mayor\u2019s office"),
    ("Fish &amp; Chips Ltd", "Fish & Chips Ltd"),
    # debris: a decimal reference without its '#', or without its ';', a name without its ';', escaped twice
    ("the mayor&39;s office", "the mayor's office"),
    ("the mayor&#8217 office", "the mayor\u2019 office"),
    ("Fish &amp Chips", "Fish & Chips"),
    ("the mayor&amp;#39;s office", "the mayor's office"),
    ("he said &amp;quot;no&amp;quot;", 'he said "no"'),
    # a reference to a control character stands for nothing
    ("ferry&#1;pier", "ferrypier"),
])
def test_character_references_and_their_debris_are_decoded(raw, clean):
    assert decode_charrefs(raw) == clean


@pytest.mark.parametrize("text", [
    "Research & Development grew", "Q&A with the harbour master", "the &paragraph marker",
    "an &unknown; name", "AT&T and R&D", "&",
])
def test_ampersands_that_are_no_reference_stay(text):
    assert decode_charrefs(text) == text


def test_clean_text_decodes_debris_and_known_title():
    r = clean_text(f"Harbour board&39;s chair quits\n\nThe board&39;s chair stepped down after a long row over "
                   f"the ferry budget, the council said.\n\n{MIDDLE}\n\n{LAST}", title="Harbour board&39;s chair quits")
    assert "&" not in r.text and "board's chair stepped down" in r.text


def test_document_text_and_offsets_are_on_the_decoded_text(nlp):
    from newsweave.extract.quantities import extract_quantities
    raw = RawArticle(source="page.txt", text=f"{TITLE}\n\nThe harbour&39;s board met 14 times, and "
                     f"Vossberg&#39;s crew of 12 sailors stayed on shore.\n\n{MIDDLE}\n\n{LAST}")
    doc = build_document(raw, load_options())
    assert "harbour's board" in doc.text and "Vossberg's crew" in doc.text and "&" not in doc.text
    found = extract_quantities(doc, nlp(doc.text), (), load_options())
    assert sorted(q.value for q in found) == [12, 14]
    assert all(doc.text[q.start:q.end] == q.text for q in found)
