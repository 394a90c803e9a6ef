"""Page layouts met on the twenty-second round of drawn real dev pages (Europe and the Americas), each rule tested
on invented pages (every line written for these tests; outlets, people and places made up): a membership box in
the middle of a story, a press release's sign-off and tool row spaced with blanks, a press-release wire's dateline
tag between slashes, a picture's caption printed twice, a labelled publication stamp under the lede, and credit
lines worded with a verb or a colon."""
from __future__ import annotations

from newsweave.documents.textclean import clean_text
from newsweave.documents.textclean.cues import cue_kinds, row_kinds
from newsweave.documents.textclean.units import cue_text_of

TITLE = "Valley towns brace for the river's second crest"
LEDE = "Engineers in the lower valley raised the flood walls again on Tuesday as the river rose for a second time."
MIDDLE = "About 400 households along the east bank were told to move their cars and valuables to higher ground."
LAST = "The regional water board said the crest would pass the old mill weir late on Wednesday night."


def page(*tail: str, head: str = TITLE, middle: tuple[str, ...] = ()) -> str:
    return "\n\n".join([head, LEDE, *middle, MIDDLE, LAST, *tail])


def kinds(line: str) -> frozenset[str]:
    return cue_kinds(cue_text_of(line))


# -- a membership box inside the story ----------------------------------------------------------------

def test_a_membership_box_between_paragraphs_goes_with_its_heading():
    box = ("Think it over", "Join the Valley Ledger today", "Support independent regional news",
           "Get unlimited access to all stories and ten years of archives. 30-day free trial.", "... or join as a team")
    r = clean_text(page(middle=box))
    assert LEDE in r.text and MIDDLE in r.text and LAST in r.text
    for line in box:
        assert line.strip(". ") not in r.text


def test_plea_cues_stay_out_of_sentences():
    assert "support" in kinds("Join the Valley Ledger today")
    assert "support" in kinds("Support quality local journalism")
    assert "support" not in kinds("Volunteers were asked to join the sandbag teams today near the weir, the board said.")
    assert "support" not in kinds("Unions said they would support the new pay offer for river wardens.")
    line = "The farmers' union said members would get full access to the emergency fund within a week."
    assert line in clean_text(page(line)).text


# -- a press release's foot ------------------------------------------------------------------------------

def test_a_release_sign_off_and_a_blank_spaced_tool_row_go():
    r = clean_text(page("Media Office of the Lower Valley Water Board", "print article   email   facebook   twitter"))
    assert LAST in r.text and "Media Office" not in r.text and "facebook" not in r.text


def test_blank_spaced_words_of_a_sentence_are_no_tool_row():
    assert not row_kinds(cue_text_of("The board   said   it would   print the maps"))
    line = "The water board's press office said the maps would be printed again on Thursday."
    assert line in clean_text(page(line)).text


def test_a_press_wire_dateline_tag_is_cut_and_the_paragraph_stays():
    first = "MILLBROOK, 3-3-2021 — /valleywire.example/ — The water board opened two relief channels on Monday."
    r = clean_text(page(head=TITLE + "\n\n" + first))
    assert "The water board opened two relief channels on Monday." in r.text
    assert "/valleywire.example/" not in r.text
    first = "MILLBROOK, March 3, 2021 /Valley Newswire/ -- The water board opened two relief channels on Monday."
    r = clean_text(page(head=TITLE + "\n\n" + first))
    assert "Valley Newswire" not in r.text and "The water board opened two relief channels" in r.text


def test_a_slash_inside_a_sentence_is_no_wire_tag():
    line = "The channel carries 40 cubic metres a second at full flow, the board said on Monday."
    assert line in clean_text(page(line)).text


# -- a caption printed twice, a publication stamp ----------------------------------------------------------

def test_a_caption_printed_over_the_title_and_again_in_the_story_goes_twice():
    caption = "Sandbags on the quay, in Millbrook (Lowland), on March 2"
    text = "\n\n".join([TITLE, caption, LEDE, caption, MIDDLE, LAST])
    r = clean_text(text)
    assert caption not in r.text and LEDE in r.text and MIDDLE in r.text and r.title == TITLE


def test_a_subheading_printed_once_stays():
    heading = "What happens after the crest passes"
    r = clean_text(page(middle=(heading,)))
    assert heading in r.text


def test_a_labelled_publication_stamp_under_the_lede_goes_and_gives_the_date():
    r = clean_text(page(middle=("Published on 2 March 2021 at 09:40",)))
    assert "Published on" not in r.text and MIDDLE in r.text and r.published == "2021-03-02"


def test_a_sentence_opening_with_a_publication_date_stays():
    line = "Published on 2 March 2021, the board's report found that the old walls were too low for a second crest."
    assert line in clean_text(page(middle=(line,))).text


# -- credit lines ---------------------------------------------------------------------------------------

def test_credit_lines_worded_with_a_verb_or_a_colon_go():
    assert "credit" in kinds("Video captured by a Millbrook resident 2021")
    assert "credit" in kinds("Translated by: Ana Example")
    r = clean_text(page("Footage filmed by river wardens", "Translated by: Ana Example"))
    assert "Footage" not in r.text and "Translated" not in r.text and LAST in r.text
    line = "A video filmed by a resident showed the water reaching the church steps."
    assert "credit" not in kinds(line)


# -- the head: a colon after "Posted by", the issuer over the date, an outlet-and-place row -------------------

def test_a_posted_by_line_with_a_colon_is_a_byline_not_the_title():
    text = "\n\n".join(["Valley Notes", TITLE, "Posted by: Ana Example", "Date: Monday, 1 March 2021", LEDE, MIDDLE, LAST])
    r = clean_text(text)
    assert r.title == TITLE and r.author == "Ana Example" and "Posted by" not in r.text


def test_the_issuer_between_the_title_and_its_date_goes():
    text = "\n".join([TITLE, "Republic of Lowland - Ministry of Waterways", "02.03.2021 | 09:40", LEDE, MIDDLE, LAST])
    r = clean_text(text)
    assert "Ministry of Waterways" not in r.text and LEDE in r.text and r.published == "2021-03-02"


def test_a_standfirst_without_a_date_under_it_stays():
    standfirst = "Second crest expected in the lower valley on Wednesday"
    r = clean_text("\n\n".join([TITLE, standfirst, LEDE, MIDDLE, LAST]))
    assert LEDE in r.text and r.title == TITLE


def test_an_outlet_and_place_row_with_a_trailing_bar_goes():
    r = clean_text("\n\n".join([TITLE, "Brasil de Fato | Vale do Norte |", LEDE, MIDDLE, LAST]))
    assert "Brasil de Fato" not in r.text and LEDE in r.text


# -- dates: a dateline under a standfirst, a date in a cut wire tag -------------------------------------------

def test_a_press_wire_dateline_gives_the_date_when_it_is_cut():
    first = "MILLBROOK, 3-3-2021 — /valleywire.example/ — The water board opened two relief channels on Monday."
    r = clean_text("\n\n".join([TITLE, first, MIDDLE, LAST]))
    assert r.published == "2021-03-03"


def test_a_dateline_under_a_standfirst_gives_the_date_and_a_later_date_does_not():
    from newsweave.documents.pubdate import date_from_text
    standfirst = "Statement by the chair of the Lower Valley Water Board on the second crest of the river this week"
    text = f"{TITLE}\n\n{standfirst}\n\nMILLBROOK, 3 March 2021 — {MIDDLE}"
    assert date_from_text(text) == "2021-03-03"
    text = f"{TITLE}\n\n{standfirst}\n\nOn 3 March 2021 the board met, and {MIDDLE}"
    assert date_from_text(text) is None


def test_a_live_page_entry_heading_over_its_stamp_lower_in_the_head_stays():
    heading = "Walls hold at the old mill weir"
    text = "\n\n".join([TITLE, "Updated 3 March 2021", heading, "3 March 2021", LEDE, MIDDLE, LAST])
    r = clean_text(text)
    assert heading in r.text and LEDE in r.text
