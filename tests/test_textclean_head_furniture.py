"""Page furniture around the headline that must not become the title, and writers' names printed beside it
(meta54): a picture's copyright credit, a topic list's heading and search button, a dangling dateline, the outlet
named by its own staff byline, a form's "Title:" label; bare name lines next to the title and a "By" byline under
the deck."""
from __future__ import annotations

import pytest

from newsweave.documents.textclean import clean_text

LEDE = ("The harbour board on Tuesday approved a new breakwater for the port of Lowmere after two winters of storm "
        "damage, the board's chairwoman told reporters.")
MORE = ("Work on the breakwater is due to start in the spring and last about eighteen months, according to the "
        "board's published plan, which puts the cost at about 40 million crowns.")
HEADLINE = "Harbour board approves new breakwater for Lowmere"


@pytest.mark.parametrize("credit", ["Lowmere - Copyright AFP STAFF", "Port scene – Copyright Coast Agency Jane ROE",
                                    "Copyright Harbour Photos STAFF"])
def test_a_picture_credit_after_a_dash_is_no_title(credit):
    page = f"Follow our pages\n\n{HEADLINE}\n\nPublished\n\nLowmere\n{credit}\n{LEDE}\n\n{MORE}"
    cleaned = clean_text(page)
    assert cleaned.title == HEADLINE
    assert credit not in cleaned.text


def test_copyright_in_a_sentence_is_no_credit():
    sentence = "Copyright lawyers for the port said the plans had been copied from an older design - copyright 2019."
    cleaned = clean_text(f"{HEADLINE}\n\n{LEDE}\n\n{sentence}\n\n{MORE}")
    assert sentence.split(" - ")[0] in cleaned.text


@pytest.mark.parametrize("heading", ["Popular Topics", "Trending Tags", "Hot Topics"])
def test_a_topic_list_heading_and_search_button_are_no_title(heading):
    cleaned = clean_text(f"{heading}\nGo\n\n{HEADLINE}\n\n{LEDE}\n\n{MORE}")
    assert cleaned.title == HEADLINE
    assert heading not in cleaned.text


@pytest.mark.parametrize("dateline", ["Lowmere, Norland -", "LOWMERE –", "Port Aske, Norland —"])
def test_a_dangling_dateline_is_no_title(dateline):
    caption = "Boats in the harbour at Lowmere on Monday, March 3, 2025. Coast Photo/Jane Roe"
    page = f"Coast Wire\n\nSkip to main content\n\n{HEADLINE}\n\n{caption}\nShare\n{dateline}\n\n{LEDE}\n\n{MORE}"
    assert clean_text(page).title == HEADLINE


def test_a_headline_with_a_dash_inside_stays_the_title():
    title = "Lowmere - the port that storms forgot"
    assert clean_text(f"{title}\n\n{LEDE}\n\n{MORE}").title == title


@pytest.mark.parametrize("outlet", ["The Lowmere Courier", "Coast Times"])
def test_the_outlet_named_by_its_own_staff_byline_is_no_title(outlet):
    page = f"21 C\n{HEADLINE}\n\nRegion\nUpdated:\n{outlet}\nBy {outlet}\n{LEDE}\n\n{MORE}"
    assert clean_text(page).title == HEADLINE


@pytest.mark.parametrize("label", ["Title: ", "Headline: ", "TITLE: "])
def test_a_form_field_label_is_cut_from_the_title(label):
    assert clean_text(f"{label}{HEADLINE}\n\n{LEDE}\n\n{MORE}").title == HEADLINE


def test_a_genre_label_before_a_colon_stays():
    title = "Analysis: " + HEADLINE
    assert clean_text(f"{title}\n\n{LEDE}\n\n{MORE}").title == title


@pytest.mark.parametrize("names", ["Mara Lindqvist", "Mara Lindqvist and Tomas Ek", "Ana Sofia Brandt"])
def test_bare_names_under_the_title_are_the_author(names):
    cleaned = clean_text(f"{HEADLINE}\n{names}\n• English\n• Deutsch\n\n{LEDE}\n\n{MORE}")
    assert (cleaned.title, cleaned.author) == (HEADLINE, names)
    assert names not in cleaned.text


def test_bare_names_above_the_title_under_a_section_label_are_the_author():
    page = f"Start reading\nCoast Times - NO\nCoast Times - NO\nNational\nMara Lindqvist and Tomas Ek\n\n" \
           f"{HEADLINE}\n\n{LEDE}\n\n{MORE}"
    cleaned = clean_text(page)
    assert (cleaned.title, cleaned.author) == (HEADLINE, "Mara Lindqvist and Tomas Ek")


def test_a_lone_title_case_headline_over_the_lede_stays_the_title():
    caption = "Boats sheltering in the harbour as the storm passed over the coast - Copyright AFP Jane ROE"
    cleaned = clean_text(f"{caption}\n\nStorm Shuts Harbour\n\n{LEDE}\n\n{MORE}")
    assert (cleaned.title, cleaned.author) == ("Storm Shuts Harbour", None)


def test_a_headline_of_names_and_words_stays_the_title():
    title = "Mara Lindqvist wins Lowmere mayoral race"
    cleaned = clean_text(f"{title}\n\n{LEDE}\n\n{MORE}")
    assert (cleaned.title, cleaned.author) == (title, None)


@pytest.mark.parametrize("byline, author", [
    ("By MARA LINDQVIST, TOMAS EK, ANA BRANDT, OLE HAGEN and LIV STRAND – Coast Press",
     "MARA LINDQVIST, TOMAS EK, ANA BRANDT, OLE HAGEN and LIV STRAND"),
    ("By Mara Lindqvist and Tomas Ek – Coast Press", "Mara Lindqvist and Tomas Ek"),
])
def test_a_byline_under_the_deck_is_the_author(byline, author):
    deck = "The breakwater will cost about 40 million crowns and take eighteen months to build, the board says."
    page = f"Region News\n\n{HEADLINE}\n\n{deck}\n\n{byline}\nUpdated 35 minutes ago\n\n{LEDE}\n\n{MORE}"
    cleaned = clean_text(page)
    assert cleaned.author == author
    assert byline not in cleaned.text


def test_a_by_sentence_under_the_deck_is_no_byline():
    sentence = "By the end of the year, the board hopes to have chosen a builder for the breakwater and its quay."
    cleaned = clean_text(f"{HEADLINE}\n\n{LEDE}\n\n{sentence}\n\n{MORE}")
    assert cleaned.author is None
    assert sentence in cleaned.text


def test_a_headline_of_two_names_stays_the_title_when_a_byline_names_the_writer():
    title = "Harbour Pilots, Port Rangers Clash"
    cleaned = clean_text(f"{title}\n\nBy\n\nBy Mara Lindqvist\n\n{LEDE}\n\n{MORE}")
    assert (cleaned.title, cleaned.author) == (title, "Mara Lindqvist")


def test_a_section_label_over_the_title_is_no_author_when_a_byline_names_the_writer():
    page = f"Storms\n\nThe latest on the storms along the coast. Here is what we know.\n\nCoast Storms\n\n" \
           f"{HEADLINE}\n\nBoard backs plan after two winters of damage\n\nBy Mara Lindqvist\n\n{LEDE}\n\n{MORE}"
    assert clean_text(page).author == "Mara Lindqvist"


def test_a_two_word_menu_label_above_the_site_line_keeps_the_headline():
    page = f"Site last updated: Monday, March 3, 2025\n\nLog In\nReset Password\nMENU\nThe Lowmere Courier daily\n\n" \
           f"{HEADLINE}\n\nBoats in the harbour at dawn. (Coast Photo/Jane Roe)\n\n{LEDE}\n\n{MORE}"
    assert clean_text(page).title == HEADLINE


@pytest.mark.parametrize("names", ["Mara Lindqvist", "Mara Lindqvist and Tomas Ek", "Mara Lindqvist, Tomas Ek and Ana Brandt"])
def test_a_headline_glued_after_a_byline_is_the_title_and_the_names_the_author(names):
    cleaned = clean_text(f"By {names} {HEADLINE}\n\n{LEDE}\n\n{MORE}")
    assert (cleaned.title, cleaned.author) == (HEADLINE, names)
    assert HEADLINE not in cleaned.text


@pytest.mark.parametrize("line", ["By Monday Night the harbour board had approved the breakwater",
                                  "By the end of the year the harbour board hopes to have approved the breakwater",
                                  "By Mara Lindqvist and Tomas Ek"])
def test_no_glued_headline_is_read_from_a_by_phrase_or_a_plain_byline(line):
    cleaned = clean_text(f"{line}\n\n{LEDE}\n\n{MORE}")
    assert cleaned.title != "the harbour board had approved the breakwater"
    assert cleaned.author in (None, "Mara Lindqvist and Tomas Ek")


def test_a_short_title_case_headline_under_a_brand_line_stays_the_title():
    title = "Storm Shuts Harbour"
    cleaned = clean_text(f"Lowmere Evening Post\n{title}\n\n{LEDE}\n\n{MORE}")
    assert cleaned.title == title
