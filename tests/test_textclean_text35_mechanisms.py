"""Mechanisms studied in text35 (issue 19): an outlet's promo for its own briefing or podcast, the lead-in to an
embedded video report, a pagination label between a page title and its site name, a first line that is a headline
cut at its front (lower-case start), and the full stop of "Mr." counted as a sentence stop by the line classifier.
Each with prose that must survive. All lines are invented."""
from __future__ import annotations

import pytest

from newsweave.documents.textclean import clean_text
from newsweave.documents.textclean.bylines import page_title_site
from newsweave.documents.textclean.lineclass import inner_stops

from harbour_page import LAST, LEDE, SECOND, TITLE
from harbour_page import page as _page

PROMOS = [
    "Need a short evening digest of the day's main stories? Tune in to our new politics podcast tonight.",
    "Looking for a quick morning briefing before work? Sign up and read it every weekday.",
    "Listen to our weekly podcasts to hear what the coast is talking about...",
]
# body sentences that mention a podcast or a briefing: reported, in the third person, or no question to the reader
KEPT = [
    "The harbour master told a press briefing on Tuesday that the ferry would be back within days.",
    "In a podcast interview last week, the mayor said the quay fees would not rise this year.",
    "Dock workers listen to their union's podcast on the night shift, one of them said.",
    "Did the council need a briefing from the coastguard before it voted? Several members said it did not.",
]


@pytest.mark.parametrize("promo", PROMOS)
def test_an_outlets_promo_for_its_own_briefing_or_podcast_goes(promo):
    page = clean_text(_page(TITLE, LEDE, SECOND, promo, LAST))
    assert promo[:30] not in page.text
    assert LEDE in page.text and SECOND in page.text and LAST in page.text


@pytest.mark.parametrize("sentence", KEPT)
def test_a_body_sentence_about_a_podcast_or_a_briefing_stays(sentence):
    page = clean_text(_page(TITLE, LEDE, sentence, SECOND, LAST))
    assert sentence in page.text


LEAD_INS = [
    "Crews worked through the night to clear the wreckage from the slipway, as our Coast Correspondent Ann Vale reports",
    "The storm surge reached the old lighthouse for the first time in decades, as Harbour TV reporter Tom Reed explains",
]


@pytest.mark.parametrize("lead_in", LEAD_INS)
def test_the_lead_in_to_an_embedded_video_report_goes(lead_in):
    page = clean_text(_page(TITLE, lead_in, LEDE, SECOND, LAST))
    assert lead_in[:40] not in page.text
    assert page.text.startswith(LEDE)


def test_a_sentence_that_quotes_a_correspondent_in_the_body_stays():
    kept = "The quay had flooded twice before, as a local correspondent noted in a letter to the council in 1998."
    page = clean_text(_page(TITLE, LEDE, kept, SECOND, LAST))
    assert kept in page.text


@pytest.mark.parametrize("line,site", [
    ("Harbour reopens after the storm | Page 2 | Coast Herald", "Coast Herald"),
    ("Harbour reopens after the storm | Part 3 of 4 | Coast Herald", "Coast Herald"),
    ("Harbour reopens after the storm | Coast Herald", "Coast Herald"),
    ("Harbour reopens after the storm | Weekend Edition", "Weekend Edition"),
])
def test_a_pagination_label_is_no_part_of_the_site_name(line, site):
    assert page_title_site(line, TITLE) == site


def test_a_paged_page_title_gives_the_site_without_the_page_label():
    page = clean_text(_page(TITLE + " | Page 4 | Coast Herald", TITLE, LEDE, SECOND, LAST))
    assert page.site == "Coast Herald" and page.title == TITLE


def test_a_first_line_cut_at_its_front_is_the_title():
    cut = "ferry fares up 12% for the summer, the steepest rise in a decade"
    page = clean_text(_page(cut, LEDE, SECOND, LAST))
    assert page.title == cut and cut not in page.text and page.text.startswith(LEDE)


@pytest.mark.parametrize("first", [
    "and the harbour master said the ferry would sail again,",  # a paragraph's broken-off end
    "harbour news",  # a label of two words
    "www.coastherald.example/ferry",  # a link
])
def test_a_lower_case_first_line_that_is_no_cut_headline_is_not_the_title(first):
    page = clean_text(_page(first, LEDE, SECOND, LAST))
    assert page.title != first


@pytest.mark.parametrize("line,stops", [
    ("The commission declared Mr. Vale the winner in the early hours.", 0),
    ("Gen. Reed and Dr. Vale met Sen. Moor at the quay.", 0),
    ("The quay reopened. Crews returned at dawn.", 1),
    ("Ask the harbour master. Dr. Vale agreed on Monday.", 1),
    ("Fares rose. Mrs. Vale paid. Mr. Reed did not!  \"Never\" he said.", 3),
])
def test_an_abbreviations_full_stop_is_no_sentence_stop(line, stops):
    assert inner_stops(line) == stops
