"""Chrome kinds of older, chrome-heavy real pages (issue 19, text22): a template's ad-slot placeholder, a share row
left as icon class names, the wires signing off a story as a group ("— Agencies"), writers' names over their
outlet and the places they file from (the byline, with its author), and a lede opening on a noun phrase whose head
is a caption verb's plural form ("A protest march ... ended"), which is no uncredited caption. Each with prose that
must survive. All lines are invented."""
from __future__ import annotations

from newsweave.documents.textclean import clean_text
from newsweave.documents.textclean.captions import signoff_suffix, uncredited_caption

from harbour_page import LAST, LEDE, SECOND, TITLE
from harbour_page import page as _page


def test_an_ad_slot_placeholder_goes_but_a_sentence_about_an_ad_stays():
    sentence = "An ad box on the pier was painted over by the council last spring."
    page = clean_text(_page(TITLE, "ARTICLE AD BOX", LEDE, "Inline ad slot", SECOND, sentence))
    assert "AD BOX" not in page.text and "ad slot" not in page.text
    assert LEDE in page.text and SECOND in page.text and sentence in page.text


def test_a_share_row_of_icon_class_names_goes_but_prose_about_an_icon_stays():
    sentence = "The lighthouse has been an icon of the town for two centuries."
    page = clean_text(_page(TITLE, "icon-facebook icon-twitter icon-mail", LEDE, sentence, SECOND,
                            "icon-facebook icon-twitter icon-mail"))
    assert "icon-" not in page.text
    assert sentence in page.text and LEDE in page.text


def test_the_wires_signing_off_as_a_group_are_cut_from_the_last_paragraph():
    page = clean_text(_page(TITLE, LEDE, SECOND, LAST + " — Agencies"))
    assert "Agencies" not in page.text and LAST in page.text
    assert signoff_suffix(LAST + " — Agencies") == len(LAST)


def test_agencies_inside_a_sentence_are_no_sign_off():
    sentence = "The harbour master met the shipping agencies on Monday to plan the reopening of the quay."
    assert signoff_suffix(sentence) is None
    assert signoff_suffix("The ferry sailed at dawn, with help from the aid agencies.") is None
    page = clean_text(_page(TITLE, LEDE, sentence, SECOND))
    assert sentence in page.text


def test_names_over_outlet_and_places_are_the_byline_and_give_the_author():
    page = clean_text(_page(TITLE, "Jane Roe, Ali Khan & Tom Lee", "Reuters, Port Aske & Lowtown", LEDE, SECOND, LAST))
    assert "Jane Roe" not in page.text and "Lowtown" not in page.text
    assert page.author == "Jane Roe, Ali Khan & Tom Lee"
    assert LEDE in page.text and LAST in page.text


def test_a_names_line_over_a_prose_line_with_places_is_kept():
    line = "Reuters, the agency, said crews in Port Aske and Lowtown worked through the night."
    page = clean_text(_page(TITLE, LEDE, "Jane Roe and Tom Lee", line, SECOND))
    assert line in page.text


def test_a_noun_phrase_headed_by_a_verb_form_after_a_singular_determiner_is_no_caption():
    lede = ("A protest march in the harbour town ended in scuffles as marchers pushed past barriers outside the "
            "town hall, injuring a dozen people.")
    assert not uncredited_caption(lede)
    page = clean_text(_page("date 2025-03-04 A marcher waves a flag on the quay in Port Aske on March 3, 2025. "
                            "Credit: Harbour Photo", lede, SECOND, LAST))
    assert lede in page.text


def test_captions_with_agreeing_verbs_stay_captions():
    assert uncredited_caption("A fisherman walks along the quay in the harbour town of Port Aske.")
    assert uncredited_caption("A fisherman and his son walk along the quay in Port Aske.")
    assert uncredited_caption("Fishermen march along the quay in Port Aske.")


def test_a_headline_printed_twice_under_a_quoted_blurb_is_the_title_of_a_page_with_none():
    blurb = ('"The harbour reopened on Monday after a week of repairs. Crews are back at sea as the port counts the '
             'cost of the storm."')
    headline = '"Harbour Reopens as Fishing Crews Return After the Storm"'
    page = clean_text(_page(blurb, headline, headline, '"Repairs to the breakwater took a week."', LEDE, SECOND, LAST))
    assert page.title == "Harbour Reopens as Fishing Crews Return After the Storm"
    assert "Harbour Reopens" not in page.text and LEDE in page.text


def test_a_headline_printed_twice_deeper_in_the_body_gives_no_title():
    card = "Ferry Timetable Changes for the Winter Season"
    page = clean_text(_page(LEDE, SECOND, LAST, card, card, "The new timetable starts in November."))
    assert page.title != card


def test_a_name_signing_the_story_above_its_tags_is_the_author():
    page = clean_text(_page(TITLE, LEDE, SECOND, LAST, "Jane Roe", "PoliticsHarbour News", "Port Aske"))
    assert page.author == "Jane Roe"
    assert "Jane Roe" not in page.text and LAST in page.text


def test_a_name_among_tags_is_no_author():
    page = clean_text(_page(TITLE, LEDE, SECOND, LAST, "Harbour News", "Jane Roe", "Tom Lee"))
    assert page.author is None


def test_a_line_of_only_agencies_and_picture_libraries_is_a_credit_anywhere():
    for credit in ("AFP via Getty Images", "— Agencies", "EPA-EFE / Shutterstock"):
        page = clean_text(_page(TITLE, LEDE, "Crews unload the first catch on the quay in Port Aske.", credit, SECOND, LAST))
        assert credit not in page.text and SECOND in page.text


def test_a_sentence_naming_agencies_stays():
    sentence = "Reuters and AFP both reported that the ferry had sailed at dawn."
    page = clean_text(_page(TITLE, LEDE, sentence, SECOND))
    assert sentence in page.text


def test_an_icon_label_goes_but_a_sentence_about_an_icon_stays():
    sentence = "The camera icon on the harbour app now opens the live view of the quay."
    page = clean_text(_page(TITLE, LEDE, "Camera Icon", SECOND, sentence))
    assert "Camera Icon" not in page.text and sentence in page.text
