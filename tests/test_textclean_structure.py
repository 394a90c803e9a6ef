"""Chrome told by its shape and place, not its wording (text27, issue 19): a trailing run of lines no article
sentence looks like (a bracketed note, a label closed by a colon, tag items, Title Case teaser headlines), a
caption told by where its credit stands (closing the body's first line, or on the line below), a photo credit whose
photographer's name is glued after the bracket, a banner echoing the title, a bracketed script marker, a month-only
date label, and a run of embedded posts closing the page. Each with prose or lists that must survive. All lines are
invented; none of the chrome words below appear in any cue table."""
from __future__ import annotations

import pytest

from newsweave.documents.textclean import clean_text
from newsweave.documents.textclean.captions import is_caption

from harbour_page import LAST, LEDE, SECOND, TITLE
from harbour_page import page as _page


def _lines(*lines: str) -> str:
    """The lines as one block, one a line (as copied pages often come)."""
    return "\n".join(lines) + "\n"


def test_a_trailing_run_of_note_label_tags_and_teaser_headlines_goes_whatever_its_words():
    text = _lines(TITLE, LEDE, SECOND, LAST,
                  "(Compiled from our correspondents.)",      # a bracketed note closing on its own stop
                  "- Keep exploring:",                         # a label closed by a colon
                  "- quay", "- breakwater repairs", "- ferries",  # tag items
                  "Lighthouse Keeper Retires After Forty Winters",  # Title Case teaser headlines
                  "Gull Colony Returns To Northern Cliffs",
                  "Council Weighs Plan For Second Marina",
                  "Storm Season Ends Early On The Coast")
    cleaned = clean_text(text).text
    assert cleaned.rstrip().endswith(LAST)
    for gone in ("Compiled from", "Keep exploring", "breakwater repairs", "Lighthouse Keeper", "Second Marina"):
        assert gone not in cleaned


def test_an_excerpt_cut_off_among_names_keeps_its_last_line():
    cut = "As of Friday, the wards of Arden, Bexley, Corf"
    cleaned = clean_text(_lines(TITLE, LEDE, SECOND, cut)).text
    assert cut in cleaned


def test_a_closing_list_of_dated_or_bracketed_entries_is_the_article_s_own():
    entries = ["May 4 -- Pier Hall, Port Aske", "May 9 -- Town Arena, Lowtown", "Arden (Group B): Third visit",
               "Bexley (Group C): First visit"]
    cleaned = clean_text(_page(TITLE, LEDE, SECOND, "The tour stops at these venues.", *entries)).text
    for entry in entries:
        assert entry in cleaned


def test_a_single_title_case_line_after_the_story_is_not_taken_for_a_teaser_list():
    line = "Supplied By Harbour Heritage Trust"
    cleaned = clean_text(_page(TITLE, LEDE, SECOND, LAST, line)).text
    assert line in cleaned


def test_a_caption_closing_on_its_credit_goes_above_the_lede_even_when_it_reports_speech():
    caption = ("Crews stack sandbags along the quay in Port Aske on May 3. Harbour officials said they would bring "
               "in two more cranes before the weekend. (Photo by LENA OKAFOR / PORTWIRE)")
    cleaned = clean_text(_page(TITLE, caption, LEDE, SECOND, LAST)).text
    assert "sandbags" not in cleaned and "two more cranes" not in cleaned
    assert cleaned.startswith(LEDE) and LAST in cleaned


def test_a_caption_with_its_credit_on_the_line_below_goes_but_a_paragraph_above_a_credit_stays():
    caption = "Fishing boats wait outside the closed northern harbour on May 2, with the breakwater still under repair"
    credit = "Image: Lena Okafor / Portwire"
    cleaned = clean_text(_page(TITLE, caption, credit, LEDE, SECOND, LAST)).text
    assert "Fishing boats wait" not in cleaned and "Lena Okafor" not in cleaned and cleaned.startswith(LEDE)
    # a paragraph ending its sentence above a picture's credit is the story's, the lede included
    cleaned = clean_text(_page(TITLE, LEDE, SECOND, credit, LAST)).text
    assert SECOND in cleaned and LAST in cleaned
    cleaned = clean_text(_page(TITLE, LEDE, credit, SECOND, LAST)).text
    assert cleaned.startswith(LEDE)
    # a description with its own credit under the lede is no credit line: the lede stays
    cleaned = clean_text(_page(TITLE, LEDE, "Boats at the quay. (Photo: File)", SECOND, LAST)).text
    assert cleaned.startswith(LEDE)


@pytest.mark.parametrize("line, caption", [
    ("Divers inspect the pier. (Portwire Fotografia/Lena Okafor, Arquivo)Lena Okafor", True),
    # a slash in brackets closing a sentence with a space after is a text credit's shape, no glued byline
    ("The council met on Monday. (Harbour Post/Portwire)", False),
    ("The ratio was 3/4 (of the fleet) Okafor said", False),
])
def test_a_bracketed_credit_with_the_photographer_glued_after_it_makes_a_caption(line, caption):
    assert is_caption(line) is caption


def test_a_banner_echoing_the_title_goes_but_a_crosshead_stays():
    title = "Harbour reopens | What we know about the storm repairs"
    banner = "Harbour reopens live | What we know"
    crosshead = "Ferry timetable for the coming week"
    cleaned = clean_text(_page(title, LEDE, SECOND, banner, crosshead, LAST)).text
    assert banner not in cleaned
    assert crosshead in cleaned and SECOND in cleaned and LAST in cleaned


def test_a_bracketed_script_marker_goes_but_a_bracketed_citation_and_a_soundbite_stay():
    bite = '[Mara Lind/Harbour pilot: "We waited a full week for this morning."]'
    cleaned = clean_text(_page(TITLE, LEDE, "[Studio]", SECOND, bite, "[ Harbour Post ]", LAST)).text
    assert "[Studio]" not in cleaned
    assert bite in cleaned and SECOND in cleaned and "[ Harbour Post ]" in cleaned


def test_a_month_only_date_label_glued_to_the_first_line_goes_and_gives_the_month():
    page = clean_text(" date 2031-07 " + LEDE + "\n\n" + SECOND + "\n\n" + LAST + "\n")
    assert page.text.startswith(LEDE) and page.published == "2031-07"


def test_a_run_of_embedded_posts_closing_the_page_goes_whole():
    first = "Ferries resume crossings tonight from the north quay. pic.example.com/Ab12Cd"
    second = "Northern quay open to trucks again from six. pic.example.com/Ef34Gh"
    sign = "\u2014 Coast Desk (@coastdesk) May 4, 2031"
    cleaned = clean_text(_lines(TITLE, LEDE, SECOND, LAST, first, sign, second, sign)).text
    assert "Ferries resume" not in cleaned and "trucks again" not in cleaned and "@coastdesk" not in cleaned
    assert cleaned.rstrip().endswith(LAST)


def test_a_pull_quote_dropped_as_a_caption_keeps_its_copy_in_the_story():
    quote = ("\u201cWe will not reopen the quay until every buoy is back in place,\u201d harbour master Ines "
             "Varga told crews on Sunday.")
    credit = "Photos by Lena Okafor / The Harbour Post"
    cleaned = clean_text(_page(TITLE, quote, credit, LEDE, quote, SECOND, LAST)).text
    assert cleaned.count("every buoy is back") == 1 and LEDE in cleaned


def _read(text: str):
    from newsweave.documents.textclean.clean import read_page
    return read_page(text, False, None, True, (), frozenset())


def test_an_embedded_post_whose_signature_was_peeled_goes_when_posts_come_in_a_run():
    from newsweave.documents.textclean.tail import trailing_fragment_run
    sign = "\u2014 Quaywatch (@quaywatch) May 4, 2031"
    post = "Northern quay open to trucks again from six. pic.example.com/Ef34Gh"
    p = _read(_lines(LEDE, SECOND, LAST, "Ferries resume crossings tonight. pic.example.com/Ab12Cd", sign, post, sign))
    p.body_start, p.end = 0, len(p.units) - 1  # the last signature peeled off already
    assert p.units[p.end - 1].text == post and trailing_fragment_run(p) == 1
    # one post alone under the story (no other post's signature next to it) is left to the body step
    p = _read(_lines(LEDE, SECOND, LAST, post, sign))
    p.body_start, p.end = 0, len(p.units) - 1
    assert trailing_fragment_run(p) == 0


def test_caption_by_credit_reads_the_line_above_a_credit_line_by_its_place():
    from newsweave.documents.textclean.standalone import caption_by_credit
    credit = "Image: Lena Okafor / Portwire"
    p = _read(_page("Boats idle inside the closed harbour, their crews waiting for word from the port office", credit,
                    LEDE, SECOND, LAST))
    p.body_start, p.end = 0, len(p.units)
    assert caption_by_credit(p, 0)
    p = _read(_page(LEDE, SECOND, credit, LAST))
    p.body_start, p.end = 0, len(p.units)
    assert not caption_by_credit(p, 1)  # a paragraph ending its sentence above a credit, mid-story
