"""Page layouts met on the twelfth round of drawn real dev pages, each rule tested on invented pages (every
line written for these tests; outlets, people and places made up): a list copied with its markers on lines
of their own under a "most read" heading, a link-list widget's screen-reader label glued to a paragraph, a
photo agency's long caption with its local-caption marker, a section page's blurb above a bylined headline,
and a "click here" link line; a newsletter's sign-off over the writer's name."""
from __future__ import annotations

from newsweave.documents.textclean import clean_text, split_units
from newsweave.documents.textclean.captions import agency_caption, is_caption
from newsweave.documents.textclean.units import join_bare_markers

TITLE = "Island council votes to rebuild the ferry pier"
LEDE = "The island council agreed on Monday to rebuild the ferry pier that the winter storms destroyed, its chair said."
MIDDLE = "Work is due to begin in the spring, and a temporary landing stage will serve the ferry until then."
LAST = "The harbour master said the landing stage would be ready before the summer timetable starts."


def test_a_bare_marker_line_joins_the_item_under_it():
    assert join_bare_markers(["-", "Ferry fares to rise", "•", "Harbour cafe reopens"]) == \
        ["- Ferry fares to rise", "• Harbour cafe reopens"]
    assert join_bare_markers(["-", "- Jane Roe, Reporter"]) == ["-", "- Jane Roe, Reporter"]
    assert join_bare_markers(["A line - with a dash", "Another line"]) == ["A line - with a dash", "Another line"]


def test_a_most_read_list_with_markers_on_their_own_lines_goes_and_the_article_stays():
    rail = "\n".join(["Most Read News", "-", "Ferry fares to rise in the new ye", "-",
                      "Harbour cafe reopens after the sto", "-", "Lighthouse keeper retires after thirty"])
    r = clean_text(f"{TITLE}\n{LEDE}\n{MIDDLE}\n{LAST}\n{rail}")
    assert LAST in r.text and MIDDLE in r.text
    assert "Ferry fares" not in r.text and "Lighthouse keeper" not in r.text and "Most Read" not in r.text


def test_an_articles_own_list_with_bare_markers_stays():
    r = clean_text(f"{TITLE}\n\n{LEDE}\n\nThe plan has three parts:\n-\nA new landing stage\n-\nA wider slipway\n\n{LAST}")
    assert "A new landing stage" in r.text and "A wider slipway" in r.text and LAST in r.text


def test_a_list_widgets_end_label_glued_to_a_paragraph_is_cut_and_the_paragraph_stays():
    r = clean_text(f"{TITLE}\n\n{LEDE}\n\nend of listA second vote on the harbour fees was put off until June.\n\n{LAST}")
    assert "end of list" not in r.text
    assert "A second vote on the harbour fees was put off until June." in r.text


def test_a_sentence_about_a_list_keeps_its_words():
    r = clean_text(f"{TITLE}\n\n{LEDE}\n\nThe end of the waiting list came in March, when the last berth was let.\n\n{LAST}")
    assert "The end of the waiting list came in March" in r.text


CAPTION = ("Fishing boats lie on their sides in the harbour mud after the storm surge. " * 6).strip()


def test_a_long_agency_caption_with_its_local_caption_marker_or_bracketed_credit_is_a_caption():
    assert agency_caption(f"{CAPTION} (Photo by Jane Roe / Coastline Images) *** Local Caption *** 4711")
    assert is_caption(f"{CAPTION} (Photo by Jane Roe / Coastline Images)")
    assert not agency_caption(f"{CAPTION} The harbour master will inspect the wall.")


def test_a_long_agency_caption_goes_and_the_story_stays():
    r = clean_text(f"{TITLE}\n\n{CAPTION} (Photo by Jane Roe / Coastline Images) *** Local Caption *** 4711\n\n"
                   f"{LEDE}\n\n{MIDDLE}\n\n{LAST}")
    assert "Local Caption" not in r.text and "Fishing boats lie" not in r.text
    assert LEDE in r.text and LAST in r.text


BLURB = ("The latest news on storms along the northern coast. Here is everything on the weather now, with maps, "
         "warnings and forecasts.\nCoast Storms")


def test_a_section_blurb_above_a_bylined_headline_goes_and_the_headline_is_the_title():
    r = clean_text(f"date 2024-02-03 Storms\n\n{BLURB}\n\n{TITLE}\n\nThe vote follows a winter of damage\n\n"
                   f"By Jane Roe\n\n{LEDE}\n\n{MIDDLE}\n\n{LAST}")
    assert r.title == TITLE and r.author == "Jane Roe" and r.published == "2024-02-03"
    assert "The latest news on storms" not in r.text and "Coast Storms" not in r.text
    assert LEDE in r.text and LAST in r.text


def test_a_live_page_signing_every_entry_keeps_its_first_entry():
    first = "Rescue boats reached the stranded ferry shortly after dawn, the coastguard said in a short update."
    r = clean_text(f"Storm live\n\n{first}\n\nWinds ease over the strait\n\nBy Jane Roe\n\n{MIDDLE}\n\n"
                   f"Harbour reopens\n\nBy John Doe\n\n{LAST}")
    assert first in r.text and LAST in r.text


def test_a_click_here_link_line_goes_but_a_sentence_with_those_words_stays():
    r = clean_text(f"{TITLE}\n\n{LEDE}\n\nClick here for the latest ferry timetable.\n\n{MIDDLE}\n\n"
                   f"Residents were told to click here and there on the council website, which confused many.\n\n{LAST}")
    assert "Click here for the latest" not in r.text
    assert "which confused many" in r.text and LAST in r.text


def test_units_keep_a_marker_with_its_item():
    units = split_units("Heading\n-\nFirst item\n-\nSecond item")
    assert [u.text for u in units] == ["Heading", "- First item", "- Second item"]


def test_a_newsletters_sign_off_goes_and_its_name_is_the_author():
    r = clean_text(f"Dear readers,\n\n{LEDE}\n\n{MIDDLE}\n\n{LAST}\n\nUntil next Tuesday,\n\nMarta")
    assert r.author == "Marta"
    assert "Until next Tuesday" not in r.text and "Marta" not in r.text and LAST in r.text


def test_a_closing_sentence_ending_in_a_comma_over_a_place_name_is_no_sign_off():
    r = clean_text(f"{TITLE}\n\nBy Jane Roe\n\n{LEDE}\n\n{MIDDLE}\n\n{LAST}\n\nThe harbour, the pier and the slipway will all be rebuilt, the chair said on Monday in a statement,\n\nReuters")
    assert r.author == "Jane Roe"
    assert "the chair said on Monday in a statement" in r.text


def test_an_agencys_archive_credit_in_brackets_closes_a_caption():
    assert is_caption("Farmers gather olives on a terraced hillside above the village (HCN Archive)")
    assert not is_caption("The ministry released its figures from the national archive (Archive)")
    r = clean_text(f"{TITLE}\n\nFishermen mend their nets on the quay before the storm (HCN Archive)\n\n{LEDE}\n\n{LAST}")
    assert "Fishermen mend" not in r.text and LEDE in r.text
