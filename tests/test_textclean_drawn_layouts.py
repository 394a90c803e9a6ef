"""Page layouts met on newly drawn real dev pages, each rule tested on invented pages (every line written for
these tests; outlets, people and places made up): a related-posts heading with the article going on under
it, agency-chain and "Name/Agency Photo" credits, a gallery caption that lost its credit, a bare author name
under a deck above an empty "Updated:" label, a place-and-outlet dateline row, a follow-us plea, a
"Details" label, and paragraphs glued at their full stops."""
from __future__ import annotations

import pytest

from newsweave.documents.textclean import clean_text
from newsweave.documents.textclean.captions import is_caption
from newsweave.documents.textclean.spacing import respace_glued_sentences

TITLE = "Island council votes to rebuild the ferry pier"
LEDE = "The island council agreed on Monday to rebuild the ferry pier that the winter storms destroyed, its chair said."
MIDDLE = "Work is due to begin in the spring, and a temporary landing stage will serve the ferry until then."
LAST = "The harbour master said the landing stage would be ready before the summer timetable starts."


def test_a_related_posts_heading_over_prose_goes_alone_and_the_article_under_it_stays():
    r = clean_text(f"{TITLE}\n\n{LEDE}\n\n{MIDDLE}\n\nRelated Posts:\n\n{LAST}\n\n"
                   "The opposition called the plan “a waste of reserves” and said it would appeal.")
    assert "Related Posts" not in r.text
    assert LAST in r.text and "would appeal" in r.text


def test_a_related_posts_heading_over_teaser_headlines_still_ends_the_article():
    r = clean_text(f"{TITLE}\n\n{LEDE}\n\n{MIDDLE}\n\n{LAST}\n\nRelated Posts:\n\n"
                   "Ferry fares to rise in the new year\n\nHarbour cafe reopens after the storm")
    assert LAST in r.text and "Ferry fares" not in r.text and "cafe reopens" not in r.text


@pytest.mark.parametrize("line, caption", [
    ("The council chamber seen after the vote in Port Aske, 3 May 2024. HCN/PAP/JANE ROE", True),
    ("The chair speaks to reporters outside the town hall on Monday. Jane Roe/AP Photo", True),
    ("The chair spoke for an hour about the pier and its cost. Nothing else was decided", False),
])
def test_a_caption_ends_in_an_agency_chain_or_a_name_and_agency_photo_credit(line, caption):
    assert is_caption(line) is caption


def test_a_gallery_caption_that_lost_its_credit_goes_with_its_credited_sibling():
    first = ("A view of the council chamber seen shortly after the end of the debate on the ferry pier, "
             "at the town hall in Port Aske, 3 May 2024. HCN/PAP/JANE ROE")
    last = ("The council's crest is seen on a side door shortly after the end of the debate on the ferry pier, "
            "at the town hall in")
    r = clean_text(f"{first}\n\n{TITLE}\n\n{LEDE}\n\n{MIDDLE}\n\n{LAST}\n\n{last}")
    assert r.title == TITLE
    assert "council chamber" not in r.text and "crest is seen" not in r.text and LAST in r.text


def test_body_prose_sharing_words_with_a_caption_stays():
    caption = "Ferry passengers wait on the quay after the storm destroyed the pier on Monday. HCN/JANE ROE"
    prose = "Ferry passengers waited on the quay after the storm destroyed the pier on Monday, the chair said."
    r = clean_text(f"{TITLE}\n\n{LEDE}\n\n{caption}\n\n{prose}\n\n{MIDDLE}")
    assert prose in r.text and "HCN/JANE ROE" not in r.text


def test_a_bare_author_name_under_a_deck_above_an_empty_updated_label_is_the_author():
    deck = "The council had rejected two earlier plans for the pier on cost grounds."
    r = clean_text(f"{TITLE}\n\n{deck}\n\n{TITLE}\n\nMarta Quill\n\nUpdated:\n\n{LEDE}\n\n{MIDDLE}")
    assert r.author == "Marta Quill"
    assert "Marta Quill" not in r.text and "Updated" not in r.text and LEDE in r.text


def test_a_place_and_outlet_row_under_the_title_goes():
    r = clean_text(f"{TITLE}\n\nPort Aske • HCN\n\n{LEDE}\n\n{MIDDLE}")
    assert "HCN" not in r.text and LEDE in r.text


def test_two_names_in_a_row_under_the_title_without_an_outlet_stay_unjudged_by_this_rule():
    from newsweave.documents.textclean.head import _outlet_item
    assert _outlet_item("HCN") and not _outlet_item("Port Aske")


def test_a_follow_us_plea_and_a_details_label_go():
    r = clean_text(f"{TITLE}\n\n{LEDE}\n\nDetails\n\n{MIDDLE}\n\n{LAST}\n\n"
                   "For more island news and stories please follow us on X.")
    assert "Details" not in r.text and "follow us" not in r.text and LAST in r.text


@pytest.mark.parametrize("glued, fixed", [
    ("The pier burnt down.The ferry stopped.", "The pier burnt down. The ferry stopped."),
    ("Nothing was said about the cost.”We will pay,” she said.", "Nothing was said about the cost. “We will pay,” she said."),
    ("She called it “a start”.Work begins soon.", "She called it “a start”. Work begins soon."),
    ("“We wait,” he said.”Then we build.”", "“We wait,” he said. “Then we build.”"),
    ("Talks with the U.S.The envoy came.", "Talks with the U.S.The envoy came."),
    ("The pier, at 3.5 metres, stands.", "The pier, at 3.5 metres, stands."),
])
def test_glued_sentences_get_their_space_and_a_reversed_opening_quote_is_turned(glued, fixed):
    assert respace_glued_sentences(glued) == fixed
