"""Chrome kinds left in older, chrome-heavy real pages (issue 19, text21): a clock-stamped date line glued to a
widget label or a desk's byline, the title's copy behind a section label, a credit passed on "via" an agency after a
photographer's outlet, a comment box's empty-state prompt and a link stub glued at a paragraph's end. Each with prose
that must survive. All lines are invented."""
from __future__ import annotations

from newsweave.documents.textclean import clean_text
from newsweave.documents.textclean.captions import is_caption

LEDE = ("The port authority reopened the northern harbour on Monday after a week of repairs to the breakwater, "
        "officials said.")
SECOND = "Fishing crews returned to the quay before dawn and unloaded the first catch since the storm."


def _page(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


def test_a_clock_stamped_date_line_behind_a_widget_label_goes_and_gives_the_date():
    page = clean_text(_page("Harbour reopens after the storm", "Share on Updated On: Tue, 4 Mar 2025 08:15:00 GMT",
                            LEDE, SECOND))
    assert "08:15" not in page.text and "Share on" not in page.text
    assert page.published == "2025-03-04"
    assert LEDE in page.text and SECOND in page.text


def test_an_iso_stamp_glued_to_a_section_and_desk_goes():
    page = clean_text(_page("Harbour reopens after the storm", "2025-03-04 08:15:00Region&World WRITTEN BY THE DESK",
                            LEDE, SECOND))
    assert "WRITTEN BY" not in page.text
    assert page.published == "2025-03-04"


def test_a_sentence_with_a_time_and_a_date_stays():
    sentence = "The first ship entered at 08:15 on 4 March 2025."
    page = clean_text(_page("Harbour reopens after the storm", LEDE, sentence, SECOND))
    assert sentence in page.text


def test_the_title_behind_a_section_label_goes_but_a_longer_headline_line_is_not_read_as_one():
    page = clean_text(_page("Harbour reopens after the storm", "Europe Europe Harbour reopens after the storm",
                            LEDE, SECOND))
    assert "Europe Europe" not in page.text
    assert page.title == "Harbour reopens after the storm"
    # a standfirst that merely ends in the same words, after a clause, is no title copy
    stand = "Weeks of work, and now the harbour reopens after the storm"
    page = clean_text(_page("Harbour reopens after the storm", stand, LEDE, SECOND))
    assert stand in page.text


def test_a_credit_passed_on_via_an_agency_after_an_outlet():
    assert is_caption("Boats rest on a flooded lawn on Friday. Ana Roe/Coastal Courier/Daily Network via REUTERS")
    assert is_caption("Boats rest on a flooded lawn on Friday. Ana Roe/Coastal Courier via AFP")
    assert not is_caption("Boats rested on the lawn, and the crews reached the quay via the coast road.")
    assert not is_caption("The two towns, Eastport/Westport, share a ferry that runs via Northbay.")


def test_a_comment_box_prompt_goes_and_prose_about_being_first_stays():
    kept = "She said she wanted to be the first to comment on the plan once it was published."
    page = clean_text(_page("Harbour reopens after the storm", LEDE, kept, SECOND, "Be the first to comment",
                            "Leave a Reply"))
    assert "Be the first to comment" not in page.text
    assert kept in page.text


def test_a_link_stub_glued_at_a_paragraphs_end_goes_but_more_here_inside_a_sentence_stays():
    page = clean_text(_page("Harbour reopens after the storm", LEDE + " More here.", SECOND + " Read the full statement here."))
    assert "More here" not in page.text and "full statement here" not in page.text
    assert page.text.count("officials said.") == 1 and "since the storm." in page.text
    kept = "There is more here than the old breakwater, the engineer said."
    page = clean_text(_page("Harbour reopens after the storm", LEDE, kept, SECOND))
    assert kept in page.text


LEGEND = ("This chart shows the ferry routes closed by the storm (grey lines) and those reopened since Monday "
          "(blue lines). The shaded band marks the area where the breakwater was breached.")


def test_a_figure_legend_above_the_title_goes_however_long():
    page = clean_text(_page(LEGEND, "Harbour reopens after the storm",
                            "Abstract: " + LEDE, SECOND, "Crews worked through the night to clear the quay."))
    assert "This chart shows" not in page.text and "shaded band" not in page.text
    assert page.title == "Harbour reopens after the storm"
    assert SECOND in page.text


def test_a_figure_legend_below_the_title_is_the_writers_and_stays():
    page = clean_text(_page("Harbour reopens after the storm", LEDE, LEGEND, SECOND))
    assert "This chart shows the ferry routes" in page.text
