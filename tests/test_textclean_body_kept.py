"""A story's body is never cleaned away whole: a byline glued in front of the lede on one line is split off it
(``glued.split_glued_byline``), and when the cleaning steps leave no prose standing the longest prose unit they
dropped stays (``clean.keep_longest_prose``). Every page here is invented (people, places and outlets made up)."""
from __future__ import annotations

import pytest

from newsweave.config import Options
from newsweave.documents import build_document
from newsweave.documents.textclean import clean_text
from newsweave.documents.textclean.clean import keep_longest_prose
from newsweave.documents.textclean.glued import split_glued_byline
from newsweave.documents.textclean.units import Page, Unit
from newsweave.model import RawArticle

TITLE = "Harbour reopens to ferries after the winter storm"
LEDE = ("the harbour will reopen to ferries next week after the storm damaged two of its piers, the council said "
        "on Monday.")
SECOND = "Repairs to the northern pier are expected to take until the spring, a council engineer told reporters."
THIRD = "Ferry operators said they would run a reduced timetable until both piers are in use again."
OFF = frozenset({"keep_longest_prose"})


@pytest.mark.parametrize("byline, author, dateline", [
    ("By Marta Quill", "Marta Quill", "PORT ASKE (Coastwire) -"),           # no space after the dash
    ("By Marta Quill", "Marta Quill", "PORT ASKE (Coastwire) - "),
    ("By Marta Quill and Ivo Brandt", "Marta Quill and Ivo Brandt", "PORT ASKE, May 3 (Coastwire) - "),
    ("By Ana de la Sierra", "Ana de la Sierra", "LOWTOWN: "),
    ("By Marta Quill, Ivo Brandt", "Marta Quill, Ivo Brandt", "Port Aske (Coastwire) "),  # a Title Case place after a comma
])
def test_a_byline_glued_to_the_dateline_and_lede_is_split_off(byline, author, dateline):
    glue = ", " if dateline[1].islower() else " "
    line = f"{byline}{glue}{dateline}{'T' + LEDE[1:]}"
    for page in (f"{TITLE}\n\n{line}", f"{TITLE}\n\n{line}\n\n{SECOND}\n\n{THIRD}"):
        r = clean_text(page)
        assert r.author == author
        assert "T" + LEDE[1:] in r.text  # its dateline stays, or goes as a wire label ("PLACE, May 3 (Agency) -")
        assert not r.text.startswith("By") and byline not in r.text


def test_a_byline_glued_to_a_lede_without_dateline_is_split_off_in_the_head():
    r = clean_text(f"{TITLE}\n\nBy Marta Quill The council said on Monday that {LEDE[:-1]} soon.\n\n{SECOND}")
    assert r.author == "Marta Quill"
    assert r.text.startswith("The council said on Monday") and SECOND in r.text


@pytest.mark.parametrize("sentence", [
    "By Friday Morning The council had voted to close the harbour for a week, officials said.",  # a day, no writer
    "By Prime Minister Ivo Brandt's own account the harbour will stay closed for another week.",  # one sentence
    "By the close of trading, SHARES in the ferry company had fallen by more than ten percent.",
    "By Marta Quill",                                                                                # no lede
    "By Marta Quill PORT ASKE (Coastwire) - Closed.",                                                # no prose after it
])
def test_no_split_where_the_line_is_no_byline_and_lede(sentence):
    assert split_glued_byline(sentence, in_head=True) is None


def test_without_a_dateline_the_split_holds_only_in_the_head():
    line = "By Marta Quill The council said on Monday that the harbour will reopen next week."
    assert split_glued_byline(line, in_head=True) == ("By Marta Quill", line[len("By Marta Quill "):])
    assert split_glued_byline(line, in_head=False) is None


def test_a_story_of_one_long_paragraph_under_a_glued_byline_is_kept():
    body = " ".join([LEDE[:1].upper() + LEDE[1:], SECOND, THIRD] * 3)
    raw = RawArticle(source="invented.txt", text=f"{TITLE}\n\nBy Marta Quill PORT ASKE (Coastwire) -{body}")
    doc = build_document(raw, Options())
    assert doc.author == "Marta Quill" and doc.title == TITLE
    assert body in doc.text and "Marta Quill" not in doc.text


@pytest.mark.parametrize("line", [
    # a byline in capitals glued to its dateline: the names cannot be told from the place, the head rule takes the line
    "BY MARTA QUILL PORT ASKE (Coastwire) - The harbour will reopen to ferries next week, the council said.",
    # a Title Case place with no comma: where the names end is unknown
    "By Marta Quill Port Aske (Coastwire) The harbour will reopen to ferries next week, the council said.",
])
def test_when_every_prose_line_is_taken_for_chrome_the_longest_stays(line):
    page = f"{TITLE}\n\n{line}"
    assert clean_text(page, rules_off=OFF).text == ""  # what the steps alone leave: nothing
    assert clean_text(page).text == line


def test_a_page_of_chrome_but_one_paragraph_keeps_that_paragraph():
    long_bio = ("Marta Quill is a reporter who covers the harbour and the council, and she said on Monday that the "
                "harbour would reopen to ferries next week after the storm.")
    page = f"{TITLE}\n\nBy Marta Quill\n\n{long_bio}\n\nShare this article\n\nSubscribe to our newsletter"
    assert clean_text(page, rules_off=OFF).text == ""
    r = clean_text(page)
    assert r.text == long_bio and r.author == "Marta Quill"


def test_the_longest_dropped_prose_is_restored_not_the_first():
    shorter = "The ferries ran late again on Monday because of the storm, she wrote."
    longer = ("The harbour will reopen to ferries next week after the storm damaged two of its piers and a "
              "breakwater, the council said on Monday.")
    page = Page([Unit(TITLE, 0), Unit(shorter, 1), Unit("Share this article", 2), Unit(longer, 3)])
    page.drop = [True] * 4
    page.dropped_by = {3: "chrome:classifier p=0.91"}
    keep_longest_prose(page)
    assert page.drop == [True, True, True, False] and 3 not in page.dropped_by
    page.drop = [True, True, False, True]  # a kept line that is no prose does not count as the body
    keep_longest_prose(page)
    assert page.drop == [True, True, False, False]


def test_pages_with_prose_left_are_untouched_by_the_safety_net():
    page = f"{TITLE}\n\nBy Marta Quill\n\nShare this article\n\n{SECOND}\n\n{THIRD}\n\nSubscribe to our newsletter"
    assert clean_text(page).text == clean_text(page, rules_off=OFF).text == f"{SECOND}\n\n{THIRD}"


def test_a_page_with_no_prose_at_all_stays_empty():
    page = "Home | World | Sport\n\nSign in\n\nShare this article\n\nSubscribe to our newsletter"
    assert clean_text(page).text == ""
