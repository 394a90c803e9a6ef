"""Page layouts met on the twenty-seventh round of drawn real dev pages (Gulf, Indian, Bangladeshi, Nigerian,
US and content-farm sites), each rule tested on invented pages (every line written for these tests; outlets,
people and places made up): a source's handout passed on by an agency as a caption's credit, a caption's opening
printed alone above it, a note about the page's own update, an advert's call to action and a blog's "before you
go" heading, a teaser link glued after a paragraph's last sentence, a media player's button over the headline,
and a translated template's "Author, NAME" byline and "Comment on the photo," caption label."""
from __future__ import annotations

from newsweave.documents.textclean import clean_text
from newsweave.documents.textclean.captions import is_caption
from newsweave.documents.textclean.stamps import cut_glued_teasers

TITLE = "Ferry service resumes on the northern lake after the spring floods"
LEDE = "The first ferry in six weeks left Port Amsel on Tuesday morning with 80 passengers on board, the operator said."
MIDDLE = "Floodwater had covered the landing stage at Korvin until last week, the lake authority said in a statement."
LAST = "The operator said a second boat would join the route once its engine repairs were finished."


def page(*lines: str, head: str = TITLE) -> str:
    return "\n\n".join([head, *lines])


# -- a source's handout credited through an agency ------------------------------------------------------------

def test_a_handout_passed_on_by_an_agency_closes_a_caption():
    caption = "The ferry leaves the landing stage at Port Amsel on Tuesday. Lake Channel TV/Handout via NORDPRESS"
    assert is_caption(caption)
    r = clean_text(page(LEDE, caption, caption, MIDDLE, LAST))
    assert "Handout" not in r.text and LEDE in r.text and MIDDLE in r.text and LAST in r.text


def test_a_sentence_naming_a_handout_is_no_caption():
    said = "The operator said it had sent a handout to every passenger, via the port office."
    assert not is_caption(said)
    assert said in clean_text(page(LEDE, said, LAST)).text


# -- a caption's opening printed alone above it ------------------------------------------------------------

def test_a_captions_first_sentence_alone_above_the_credited_caption_goes():
    opening = "Passengers wait at Port Amsel."
    caption = opening + " The route was closed for six weeks. Photo: Lake Courier / Ines Marr"
    r = clean_text(page(LEDE, opening, caption, MIDDLE, LAST))
    assert opening not in r.text and "Ines Marr" not in r.text
    assert LEDE in r.text and MIDDLE in r.text and LAST in r.text


def test_a_paragraph_above_a_caption_that_does_not_open_it_stays():
    caption = "Passengers wait at Port Amsel. Photo: Lake Courier / Ines Marr"
    r = clean_text(page(LEDE, MIDDLE, caption, LAST))
    assert MIDDLE in r.text and LAST in r.text


# -- notes about the page, adverts, a blog's closing heading -------------------------------------------------

def test_a_note_about_the_pages_own_update_goes_wherever_it_stands():
    note = "Editor's note: This article was updated at 4 p.m. on May 2 with the operator's figures."
    r = clean_text(page(note, LEDE, MIDDLE, LAST))
    assert "Editor's note" not in r.text and r.title == TITLE and LEDE in r.text
    r = clean_text(page(LEDE, MIDDLE, "Correction: The story has been corrected to give the right port.", LAST))
    assert "Correction" not in r.text and LAST in r.text


def test_an_editors_note_with_reporting_in_it_stays():
    # a note that reports something (not about the page itself) is left to the tail rules
    note = "Editor's note: the operator declined to give passenger numbers for the winter months, so we used estimates."
    assert "declined to give passenger numbers" in clean_text(page(LEDE, note, MIDDLE, LAST)).text


def test_an_adverts_call_to_action_and_a_blogs_closing_heading_go():
    advert = "This Simple Savings Habit Is Changing Lives! Learn More Here!"
    r = clean_text(page(LEDE, advert, MIDDLE, LAST, "BEFORE YOU GO...", "Leave a Comment"))
    assert "Savings Habit" not in r.text and "BEFORE YOU GO" not in r.text
    assert LEDE in r.text and MIDDLE in r.text and LAST in r.text


def test_a_sentence_that_points_to_more_inside_the_story_stays():
    said = "Travellers can learn more here at the ferry office, the operator said."
    assert said in clean_text(page(LEDE, said, LAST)).text


# -- a teaser glued after a paragraph's last sentence ----------------------------------------------------------

def test_a_teaser_link_glued_after_the_last_sentence_is_cut():
    glued = MIDDLE + " See also Lake authority warns of low water in August | Regional news"
    assert cut_glued_teasers(glued) == MIDDLE
    r = clean_text(page(LEDE, glued, LAST))
    assert MIDDLE in r.text and "low water in August" not in r.text


def test_a_sentence_about_reading_more_is_no_teaser():
    # the words after the cue end in a full stop: a sentence of the story, left as it is
    said = MIDDLE + " Read more about the timetable on the operator's notice board."
    assert cut_glued_teasers(said) == said
    inline = "The operator asked passengers to see also the notice at the landing stage"
    assert cut_glued_teasers(inline) == inline


# -- a media player's button, a template's byline and caption label --------------------------------------------

def test_a_player_button_above_the_headline_is_no_site_name():
    standfirst = "Six weeks of closures ended as the lake fell back below the landing stage"
    r = clean_text("\n\n".join(["Watch Now", TITLE, standfirst, LEDE, MIDDLE, LAST]))
    assert r.title == TITLE and "Watch Now" not in r.text


def test_a_templates_author_row_gives_the_author_and_its_caption_label_goes():
    label = "Comment on the photo, The landing stage at Korvin was under water for six weeks"
    r = clean_text("\n\n".join([label, "author, Nela Dorn", "Role, Port Amsel", LEDE, MIDDLE, LAST]))
    assert r.author == "Nela Dorn"
    assert "Comment on the photo" not in r.text and "Nela Dorn" not in r.text and "Role," not in r.text
    assert r.title != label
    assert LEDE in r.text and LAST in r.text


# -- an agency's label line under the headline ------------------------------------------------------------------

def test_an_agencys_name_with_a_brand_word_under_the_headline_goes():
    r = clean_text(page("AFP News", LEDE, MIDDLE, LAST))
    assert "AFP News" not in r.text and r.title == TITLE and LEDE in r.text



# -- a dateline label with a date glued in front of the lede ------------------------------------------------------

def test_a_date_and_bracketed_city_glued_in_front_of_the_lede_are_cut():
    r = clean_text(page("4-3-2025 (PORT AMSEL) " + LEDE, MIDDLE, LAST))
    assert LEDE in r.text and "(PORT AMSEL)" not in r.text


def test_a_city_and_bracketed_source_label_closing_on_a_date_are_cut():
    r = clean_text(page("Port Amsel, (LNA - Lake News Online - 2nd Apr, 2025) " + LEDE, MIDDLE, LAST))
    assert LEDE in r.text and "Lake News Online" not in r.text


def test_a_name_with_a_bracketed_aside_naming_a_year_stays():
    said = "Marta Quell, (who ran the ferry from 2011 to 2019) said the landing stage had never flooded before."
    assert said in clean_text(page(LEDE, said, LAST)).text


# -- writers' names, then their outlet after a dash ---------------------------------------------------------------

def test_writers_names_then_their_outlet_after_a_dash_are_a_byline():
    from newsweave.documents.textclean.bylines import byline_author
    from newsweave.documents.textclean.units import Unit
    assert byline_author(Unit("Nela Dorn, Ivo Pask - The Daily Star", 0)) == "Nela Dorn, Ivo Pask"
    r = clean_text(page("Nela Dorn, Ivo Pask - The Daily Star", LEDE, MIDDLE, LAST))
    assert r.author == "Nela Dorn, Ivo Pask" and "Ivo Pask" not in r.text and r.title == TITLE


def test_a_title_case_headline_then_an_outlet_is_no_byline():
    from newsweave.documents.textclean.bylines import byline_author
    from newsweave.documents.textclean.units import Unit
    assert byline_author(Unit("Ferry Service Resumes - The Daily Star", 0)) is None
    assert byline_author(Unit("Nela Dorn, Ivo Pask - The Harbour Gazette Of Nowhere", 0)) is None


# -- a run of the headline's words printed again under it ---------------------------------------------------------

def test_a_run_of_the_headlines_words_under_it_goes():
    title = "Lake Festival: Photos from the Ferry Parade at Port Amsel"
    r = clean_text("\n\n".join([title, "Photos from the Ferry Parade at Port Amsel", LEDE, MIDDLE, LAST]))
    assert r.title == title and "Photos from the Ferry Parade" not in r.text and LEDE in r.text


def test_a_standfirst_sharing_words_but_no_run_with_the_headline_stays():
    standfirst = "Ferry service on the northern lake after six weeks"
    r = clean_text("\n\n".join([TITLE, standfirst, LEDE, MIDDLE, LAST]))
    assert standfirst in r.text
