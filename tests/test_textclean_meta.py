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
    raw = RawArticle(source="page.txt", text=f"{TITLE}\n\nThe harbour&39;s board leased 14 barges, and "
                     f"Vossberg&#39;s crew of 12 sailors stayed on shore.\n\n{MIDDLE}\n\n{LAST}")
    doc = build_document(raw, load_options())
    assert "harbour's board" in doc.text and "Vossberg's crew" in doc.text and "&" not in doc.text
    found = extract_quantities(doc, nlp(doc.text), (), load_options())
    assert sorted(q.value for q in found) == [12, 14]
    assert all(doc.text[q.start:q.end] == q.text for q in found)


# -- the title: never a caption, never a standfirst --------------------------------------------------

@pytest.mark.parametrize("caption", [
    "Ferry crews stand on the quay in Port Aske after the vote on Tuesday. dpa",
    "Councillors leave the town hall after the budget vote. AFP",
    "A ferry waits at the empty pier in the morning / Reuters",
])
def test_a_caption_closing_on_a_bare_agency_credit_is_no_title(caption):
    r = clean_text(f"{caption}\n\n{LEDE}\n\n{MIDDLE}\n\n{LAST}")
    assert r.title is None and "Port Aske after" not in r.text and LEDE in r.text


@pytest.mark.parametrize("headline", [
    "Harbour board quits as Reuters reports on ferry budget",  # an agency named inside a headline
    "Ferry budget row deepens after talks with AFP sources",
])
def test_a_headline_naming_an_agency_stays_the_title(headline):
    r = clean_text(f"{headline}\n\n{LEDE}\n\n{MIDDLE}\n\n{LAST}")
    assert r.title == headline


def test_a_long_line_above_the_lede_with_nothing_to_mark_it_a_title_is_the_standfirst():
    deck = ("Harbour board chair Marta Quill is in talks with two councillors who together could pass the "
            "ferry budget before the summer timetable starts on the islands")
    r = clean_text(f"{deck}\n\n{LEDE}\n\n{MIDDLE}\n\n{LAST}")
    assert r.title is None and deck in r.text


def test_a_long_title_above_a_byline_is_still_the_title():
    long_title = ("Harbour board chair Marta Quill is in talks with two councillors who together could pass the "
                  "ferry budget before the summer timetable starts")
    r = clean_text(f"{long_title}\n\nBy Ivo Brandt\n\n{LEDE}\n\n{MIDDLE}\n\n{LAST}")
    assert r.title == long_title and r.author == "Ivo Brandt"


# -- the site: never a section label ---------------------------------------------------------------

@pytest.mark.parametrize("section", ["Politique", "World", "Politik", "Economía"])
def test_a_section_label_above_the_title_is_no_site(section):
    r = clean_text(f"{section}\n\n{TITLE}\n\n{LEDE}\n\n{MIDDLE}\n\n{LAST}")
    assert r.site is None and r.title == TITLE and section not in r.text


def test_a_brand_line_above_the_title_is_still_the_site():
    r = clean_text(f"Island Courier\n\n{TITLE}\n\n{LEDE}\n\n{MIDDLE}\n\n{LAST}")
    assert r.site == "Island Courier" and r.title == TITLE


# -- a header flattened onto one line: section label, headline, standfirst, chrome ------------------

DECK = "A strike by the ferry crews is expected to stop every crossing to the islands until Friday."
CHROME = "Source: Isles Wire Tuesday, May 7, 2024 | 08:15 Tweet Share ISLES/MARTA QUILL"


@pytest.mark.parametrize("label", ["World", "Politics", ""])
def test_a_flattened_header_gives_its_headline_and_keeps_its_standfirst(label):
    headline = "Crews walk out: The islands will be cut off"
    r = clean_text(f"date 2024-05-07 {label} {headline} {DECK} {CHROME}\n\n{LEDE}\n\n{MIDDLE}\n\n{LAST}")
    assert r.title == headline and r.published == "2024-05-07"
    assert r.text.startswith(DECK) and "Tweet" not in r.text and LEDE in r.text
    assert not label or label not in r.text


def test_a_flattened_header_whose_headline_ends_on_a_name_is_not_split_there():
    line = f"Crews meet the mayor in The Hague harbour office today {DECK} {CHROME}"
    r = clean_text(f"{line}\n\n{LEDE}\n\n{MIDDLE}\n\n{LAST}")
    assert r.title != "Crews meet the mayor in" and DECK in r.text


def test_a_click_here_link_label_above_the_lede_is_no_title():
    r = clean_text(f"Never miss a sailing - Click here to follow us on our channel\n\n{LEDE}\n\n{MIDDLE}\n\n{LAST}")
    assert r.title is None and "Click here" not in r.text and LEDE in r.text
