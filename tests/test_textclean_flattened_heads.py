"""Page chrome met on a fresh draw of real European dev pages, each rule tested on invented pages (every line
written for these tests; outlets, people and places made up): a byline of bare names under the standfirst,
an "is freely available" access label, embed placeholders that did not load, a pointer to a video, an
image's file name on its own line, and a header flattened onto the standfirst's line."""
from __future__ import annotations

import pytest

from newsweave.documents.textclean import clean_text
from newsweave.documents.textclean.glued import cut_glued_chrome

TITLE = "Harbour board quits after vote on the ferry budget"
DECK = ("The chair of the harbour board stepped down on Tuesday after councillors rejected the ferry budget "
        "for the second time this year. Our island desk reports.")
LEDE = "The board had asked for more money to repair the two oldest ferries, the council's minutes show."
MIDDLE = "Councillors said the repairs could wait until the new harbour master had reviewed the fleet."
LAST = "A new chair is expected to be named before the summer timetable starts, a spokesman said."


def test_names_under_the_standfirst_are_the_byline():
    r = clean_text(f"{TITLE}\n\n{DECK}\n\nMarta Quill, Ivo Brandt and Lena Sorrel\n\n{LEDE}\n\n{MIDDLE}\n\n{LAST}")
    assert r.author == "Marta Quill, Ivo Brandt and Lena Sorrel"
    assert "Ivo Brandt" not in r.text and DECK in r.text and LAST in r.text


def test_a_single_name_under_a_headless_standfirst_is_the_author():
    r = clean_text(f"{DECK}\n\nMarta Quill\n\n{LEDE}\n\n{MIDDLE}")
    assert r.author == "Marta Quill" and "Marta Quill" not in r.text and LEDE in r.text


@pytest.mark.parametrize("line", [
    "Harbour Board",
    "Northern Isles and Southern Isles",
    "What Happens Next",
    "Tuesday and Wednesday",
])
def test_a_heading_under_the_first_paragraph_is_no_byline(line):
    r = clean_text(f"{TITLE}\n\n{LEDE}\n\n{line}\n\n{MIDDLE}\n\n{LAST}")
    assert r.author is None and line in r.text and MIDDLE in r.text


def test_a_name_line_further_down_the_body_stays():
    r = clean_text(f"{TITLE}\n\n{LEDE}\n\n{MIDDLE}\n\nMarta Quill\n\n{LAST}")
    assert r.author is None and "Marta Quill" in r.text


@pytest.mark.parametrize("label", [
    "This article is freely available.",
    "This story is free to read",
    "Loading Tweet ...",
    "Tweet not loading?",
    "Video unavailable",
    "Watch the whole debate in the video.",
    "See the video below",
    "harbour_board_chair_04052024",
    "ferry-pier-storm.jpg",
])
def test_access_labels_embed_placeholders_video_pointers_and_file_names_go(label):
    r = clean_text(f"{TITLE}\n\n{LEDE}\n\n{label}\n\n{MIDDLE}\n\n{LAST}")
    assert label.rstrip(".?") not in r.text and MIDDLE in r.text and LAST in r.text


@pytest.mark.parametrize("sentence", [
    "Watching the vote on video, the chair said she had expected to lose it by a wide margin.",
    "This article is freely available to members of the board, the clerk said, but not to the press.",
    "The file name of the plan was given as pier_repair_final in the minutes of the meeting.",
])
def test_sentences_with_the_same_words_stay(sentence):
    r = clean_text(f"{TITLE}\n\n{LEDE}\n\n{sentence}\n\n{MIDDLE}")
    assert sentence in r.text


def test_a_header_flattened_onto_the_standfirst_is_cut_and_its_date_read():
    flat = ("Region Harbour board quits The chair stepped down after the vote on the ferry budget. "
            "Source: Islandpress Tuesday, May 7, 2024 | 09:15 Tweet Share HPA/MARTA QUILL")
    r = clean_text(f"{flat}\n\n{LEDE}\n\n{MIDDLE}\n\n{LAST}")
    assert "Islandpress" not in r.text and "Tweet" not in r.text and "MARTA QUILL" not in r.text
    assert "stepped down after the vote on the ferry budget." in r.text and LEDE in r.text
    assert r.published == "2024-05-07"


@pytest.mark.parametrize("paragraph", [
    "The chair stepped down on Tuesday. Source: Islandpress",              # one kind of piece only
    "The chair stepped down on Tuesday. Share prices of the ferry firm fell by a tenth.",
    "The chair stepped down on Tuesday. May 7, 2024 was her last day in the post",
    "The vote was held on Tuesday, May 7, 2024 at 09:15 in the town hall.",
])
def test_sentences_after_the_last_full_stop_are_no_chrome_run(paragraph):
    assert cut_glued_chrome(paragraph) == (paragraph, None)
