"""Bylines glued where a copied page lost its breaks (round 55), each rule tested on invented pages (every line
written for these tests; outlets, people and places made up): a byline glued onto the story's opening dateline
("By Jane Roe PORTLOW (Agency) - ..."), split off so the story keeps its first paragraph and the byline names the
author."""
from __future__ import annotations

import pytest

from newsweave.documents.textclean import clean_text
from newsweave.documents.textclean.glued import split_glued_byline

TITLE = "Harbour board quits after vote on the ferry budget"
LEDE = ("the harbour board of Portlow resigned on Tuesday after councillors voted down its request for more money to "
        "repair the two oldest ferries, the council's minutes show.")
MIDDLE = "Councillors said the repairs could wait until the new harbour master had reviewed the fleet."
LAST = "A new chair is expected to be named before the summer timetable starts, a spokesman said."


@pytest.mark.parametrize("opening, byline, dateline", [
    ("By Jane Roe PORTLOW (Harbour Wire) -", "By Jane Roe", "PORTLOW (Harbour Wire) -"),
    ("By Jane Roe and Ali Khan NEW PORTLOW (Coastal Press) — ", "By Jane Roe and Ali Khan", "NEW PORTLOW (Coastal Press) —"),
    ("By Jane Roe, Ali Khan and Mara de Vries PORTLOW, June 4 (Harbour Wire) -",
     "By Jane Roe, Ali Khan and Mara de Vries", "PORTLOW, June 4 (Harbour Wire) -"),
    ("By Jane A. Roe PORTLOW --", "By Jane A. Roe", "PORTLOW --"),
])
def test_a_byline_glued_onto_the_dateline_is_split_off(opening, byline, dateline):
    found = split_glued_byline(f"{opening}{LEDE}")
    assert found is not None
    assert found[0] == byline
    assert found[1].startswith(dateline.strip()) and found[1].endswith("minutes show.")


@pytest.mark.parametrize("paragraph", [
    # a sentence opening "By": no byline
    f"By Tuesday evening PORTLOW (Harbour Wire) - {LEDE}",
    f"By noon the ferries had stopped, and {LEDE}",
    # one name word, no writer
    f"By Jane PORTLOW (Harbour Wire) - {LEDE}",
    # no dateline after the names: a byline line's own business (``bylines``), not a glued one
    f"By Jane Roe {LEDE}",
    # a place not in capitals is no dateline
    f"By Jane Roe Portlow (Harbour Wire) - {LEDE}",
    # too little after the dateline to be the story's paragraph
    "By Jane Roe PORTLOW (Harbour Wire) - Ferries stop.",
])
def test_what_is_no_byline_glued_onto_a_dateline(paragraph):
    assert split_glued_byline(paragraph) is None


def test_the_page_keeps_its_story_and_names_its_author():
    page = f"{TITLE}\n\nBy Jane Roe and Ali Khan PORTLOW (Harbour Wire) -{LEDE.capitalize()} {MIDDLE} {LAST}\n"
    cleaned = clean_text(page)
    assert cleaned.title == TITLE
    assert cleaned.author == "Jane Roe and Ali Khan"
    assert cleaned.text.startswith("PORTLOW (Harbour Wire) -The harbour board")
    assert LAST in cleaned.text


def test_a_byline_glued_onto_the_dateline_further_down_is_left_alone():
    body = "\n\n".join(f"{MIDDLE} The {n} ferry will be the first to go back into service." for n in
                         ("oldest", "newest", "smallest", "largest", "fastest", "slowest", "cheapest"))
    page = f"{TITLE}\n\n{LEDE.capitalize()}\n\n{body}\n\nBy Jane Roe PORTLOW (Harbour Wire) - {LAST}\n\n{LAST}\n"
    cleaned = clean_text(page)
    assert f"By Jane Roe PORTLOW (Harbour Wire) - {LAST}" in cleaned.text


STORY = f"{TITLE}\n\n{LEDE.capitalize()}\n\n{MIDDLE}\n\n{LAST}\n"


@pytest.mark.parametrize("credit, author", [
    ("-*Writing by Jane Roe", "Jane Roe"),
    ("Written by Jane Roe and Ali Khan", "Jane Roe and Ali Khan"),
    ("— Story by Mara de Vries", "Mara de Vries"),
    ("By Jane Roe", "Jane Roe"),
])
def test_a_writers_credit_closing_the_story_names_the_author(credit, author):
    cleaned = clean_text(f"{STORY}\n{credit}\n")
    assert cleaned.author == author
    assert credit not in cleaned.text and cleaned.text.endswith(LAST)


@pytest.mark.parametrize("closing", [
    "(Edited by Jane Roe)",          # an editor, no writer
    "Edited by Jane Roe",
    "By the numbers",                # a label, no names
    "By Tuesday the ferries ran again.",  # a sentence
])
def test_what_names_no_writer_at_the_storys_end(closing):
    assert clean_text(f"{STORY}\n{closing}\n").author is None


def test_a_closing_credit_leaves_the_bylines_author():
    page = f"{TITLE}\n\nBy Ali Khan\n\n{LEDE.capitalize()}\n\n{MIDDLE}\n\n{LAST}\n\nWriting by Jane Roe\n"
    assert clean_text(page).author == "Ali Khan"
