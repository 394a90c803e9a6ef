"""Bylines glued where a copied page lost its breaks (round 55), each rule tested on invented pages (every line
written for these tests; outlets, people and places made up): a byline glued onto the story's opening dateline
("By Jane Roe PORTLOW (Agency) - ..."), split off so the story keeps its first paragraph and the byline names the
author."""
from __future__ import annotations

import pytest

from newsweave.documents.textclean import clean_text
from newsweave.documents.pubdate import date_from_text
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
    found = split_glued_byline(f"{opening}{LEDE[0].upper()}{LEDE[1:]}")
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
    page = f"{TITLE}\n\nBy Jane Roe and Ali Khan PORTLOW (Harbour Wire) -{LEDE[0].upper()}{LEDE[1:]} {MIDDLE} {LAST}\n"
    cleaned = clean_text(page)
    assert cleaned.title == TITLE
    assert cleaned.author == "Jane Roe and Ali Khan"
    assert cleaned.text.startswith("PORTLOW (Harbour Wire) -The harbour board")
    assert LAST in cleaned.text


def test_a_byline_glued_onto_the_dateline_further_down_keeps_its_paragraph():
    body = "\n\n".join(f"{MIDDLE} The {n} ferry will be the first to go back into service." for n in
                         ("oldest", "newest", "smallest", "largest", "fastest", "slowest", "cheapest"))
    page = f"{TITLE}\n\n{LEDE[0].upper()}{LEDE[1:]}\n\n{body}\n\nBy Jane Roe PORTLOW (Harbour Wire) - {LAST}\n"
    cleaned = clean_text(page)
    assert f"PORTLOW (Harbour Wire) - {LAST}" in cleaned.text


STORY = f"{TITLE}\n\n{LEDE[0].upper()}{LEDE[1:]}\n\n{MIDDLE}\n\n{LAST}\n"


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
    page = f"{TITLE}\n\nBy Ali Khan\n\n{LEDE[0].upper()}{LEDE[1:]}\n\n{MIDDLE}\n\n{LAST}\n\nWriting by Jane Roe\n"
    assert clean_text(page).author == "Ali Khan"


# -- dates: a dateline crediting its agency between the date and the dash; a bare date line under the standfirst ----

STANDFIRST = "- The board of Portlow's harbour resigned after councillors voted down its request for more money."


@pytest.mark.parametrize("dateline, date", [
    ("Portlow, 4 June 2024 (Harbour Wire/Coastal Press) — ", "2024-06-04"),
    ("PORTLOW, June 4, 2024 (Harbour Wire) - ", "2024-06-04"),
    ("Portlow, 4 June 2024 — ", "2024-06-04"),
])
def test_a_dateline_under_the_standfirst_may_credit_its_agency_before_the_dash(dateline, date):
    text = f"{STANDFIRST[2:]}\n\n{dateline}{LEDE[0].upper()}{LEDE[1:]}\n\n{MIDDLE}\n\n{LAST}"
    assert date_from_text(text) == date


def test_a_bracketed_aside_after_a_date_in_the_second_paragraph_is_no_dateline():
    text = f"{STANDFIRST[2:]}\n\nOn 4 June 2024 (a Tuesday) the board met, and {LEDE}\n\n{MIDDLE}\n\n{LAST}"
    assert date_from_text(text) is None


@pytest.mark.parametrize("between", [
    "",                                                     # the date line right under the standfirst
    "Ferries wait at the quay in Portlow on a grey morning.\n",  # under a caption kept as prose
])
def test_a_bare_date_line_under_the_standfirst_is_the_pages_date(between):
    page = (f"{TITLE}\n\n{STANDFIRST[2:]}\n\n{between}\nTuesday, June 4, 2024\n\n{LEDE[0].upper()}{LEDE[1:]}\n\n{MIDDLE}\n\n"
            f"{LAST}\n")
    cleaned = clean_text(page)
    assert cleaned.published == "2024-06-04"
    assert "June 4, 2024" not in cleaned.text


def test_a_bare_date_line_deep_in_the_story_dates_an_entry_not_the_page():
    paragraphs = "\n\n".join(f"{MIDDLE} The {n} ferry will be the first to go back into service." for n in
                             ("oldest", "newest", "smallest"))
    page = f"{TITLE}\n\n{LEDE[0].upper()}{LEDE[1:]}\n\n{paragraphs}\n\nTuesday, June 4, 2024\n\n{LAST}\n"
    cleaned = clean_text(page)
    assert cleaned.published is None
    assert "June 4, 2024" not in cleaned.text


# -- a byline's titles: "By Dr. Jane Roe" names Jane Roe ------------------------------------------------------------

@pytest.mark.parametrize("byline, author", [
    ("By Dr. Jane Roe and Dr. Ali Khan", "Jane Roe and Ali Khan"),
    ("By Prof Jane Roe, Dr Ali Khan and Mara Lee", "Jane Roe, Ali Khan and Mara Lee"),
    ("By Rev. Jane Roe | June 4, 2024", "Jane Roe"),
    ("By Drew Barry", "Drew Barry"),             # a name that starts like a title keeps it
    ("By Jane Doctor", "Jane Doctor"),
])
def test_a_bylines_titles_are_no_part_of_the_author(byline, author):
    page = f"{TITLE}\n\n{byline}\n\n{LEDE[0].upper()}{LEDE[1:]}\n\n{MIDDLE}\n\n{LAST}\n"
    assert clean_text(page).author == author
