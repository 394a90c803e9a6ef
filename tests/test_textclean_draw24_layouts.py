"""Page layouts met on the twenty-fourth round of drawn real dev pages (Asia-Pacific, African and Middle-Eastern
sites), each rule tested on invented pages (every line written for these tests; outlets, people and places made
up): a picture's alt text printed over its credited caption, a live entry's dash signature, a bare date line between
paragraphs, and a byline naming the writer's town and the wires it used."""
from __future__ import annotations

from newsweave.documents.textclean import clean_text
from newsweave.documents.textclean.bylines import byline_author
from newsweave.documents.textclean.units import Unit

TITLE = "Harbour towns count the cost of the week's storm surge"
LEDE = "Fishing crews in the northern bays began clearing wrecked jetties on Monday after the surge receded overnight."
MIDDLE = "Around 300 boats were damaged in the three harbours, the regional fisheries office said in its first tally."
LAST = "The office said repair grants would open to registered crews from the start of next month."
CAPTION = "Crews clear debris from the jetty at Port Renna on Monday. Source: Coastline Agency / Tomas Vell"


def page(*lines: str, head: str = TITLE) -> str:
    return "\n\n".join([head, *lines])


# -- a picture's alt text over its caption ---------------------------------------------------------------

def test_alt_text_worded_like_a_caption_goes_over_its_credited_caption():
    alt = "Two fishermen smile beside a boat lifted onto the quay"
    r = clean_text(page(LEDE, MIDDLE, alt, CAPTION, LAST))
    assert alt not in r.text and "Tomas Vell" not in r.text
    assert LEDE in r.text and MIDDLE in r.text and LAST in r.text


def test_alt_text_printed_twice_over_the_same_caption_goes_even_above_the_headline():
    alt = "The harbour master, in a yellow jacket and a helmet, pointing at a broken mooring post."
    r = clean_text("\n\n".join([alt, CAPTION, TITLE, LEDE, alt, CAPTION, MIDDLE, LAST]))
    assert alt not in r.text
    assert r.title == TITLE
    assert LEDE in r.text and MIDDLE in r.text and LAST in r.text


def test_a_story_sentence_over_a_caption_stays():
    # a sentence of the story, printed once, is no alt text however close to a picture it sits
    r = clean_text(page(LEDE, MIDDLE, CAPTION, LAST))
    assert MIDDLE in r.text
    said = "Residents said the water reached the first floor of the market hall by midnight."
    assert said in clean_text(page(LEDE, said, CAPTION, LAST)).text


def test_a_short_crosshead_over_a_caption_stays():
    r = clean_text(page(LEDE, MIDDLE, "Repair grants", CAPTION, LAST))
    assert "Repair grants" in r.text


# -- a live entry's signature -----------------------------------------------------------------------------

def test_a_dash_and_writers_names_under_an_entry_go():
    r = clean_text(page(LEDE, MIDDLE, "— Mara Quint, Leo Barrow", LAST))
    assert "Mara Quint" not in r.text and LAST in r.text and MIDDLE in r.text
    r = clean_text(page(LEDE, MIDDLE, "-- Mara Quint", LAST))
    assert "Mara Quint" not in r.text


def test_a_dash_opening_a_sentence_stays():
    line = "— Not everyone agreed, and several crews said the grants came too late for the season."
    assert line in clean_text(page(LEDE, MIDDLE, line, LAST)).text


# -- a bare date line between paragraphs ------------------------------------------------------------------

def test_a_date_alone_between_paragraphs_goes():
    r = clean_text(page(LEDE, MIDDLE, "March 4, 2023", LAST))
    assert "March 4, 2023" not in r.text and MIDDLE in r.text and LAST in r.text


def test_a_sentence_with_a_date_stays():
    line = "The surge of March 4, 2023 was the highest on record."
    assert line in clean_text(page(LEDE, MIDDLE, line, LAST)).text


# -- a byline's place and wires ---------------------------------------------------------------------------

def test_a_byline_with_the_writers_town_and_wires_names_only_the_writer():
    assert byline_author(Unit("By Oni Haddar, Kesston with Agency report", 0)) == "Oni Haddar"
    assert byline_author(Unit("By Oni Haddar with agency reports", 0)) == "Oni Haddar"
    assert byline_author(Unit("By Oni Haddar and Pell Arun, Kesston", 0)) == "Oni Haddar and Pell Arun"
    # two writers, each with a given name and a surname, stay two writers
    assert byline_author(Unit("By Oni Haddar, Pell Arun", 0)) == "Oni Haddar, Pell Arun"


def test_the_page_author_comes_from_a_dated_byline_with_place_and_wires():
    r = clean_text("date 2025-03-01 By Oni Haddar, Kesston with Agency report\n\n" + "\n\n".join([LEDE, MIDDLE, LAST]))
    assert r.author == "Oni Haddar" and r.published == "2025-03-01"
    assert "Kesston" not in r.text and LEDE in r.text


# -- a writer's role glued to the name; who a picture shows over its caption ---------------------------------

def test_a_name_with_its_role_glued_on_is_a_byline():
    assert byline_author(Unit("Oni Haddar Senior fisheries correspondent", 0)) == "Oni Haddar"
    # a Title Case headline ending on a role word is no byline
    assert byline_author(Unit("Ministers Meet Foreign Correspondents", 0)) is None
    assert byline_author(Unit("Harbour Chief Names new spokesperson", 0)) is None


def test_the_name_of_who_a_picture_shows_is_no_title_and_the_glued_byline_names_the_author():
    # a reader app's button and a section over the byline; the picture's label would be taken for the title
    header = "Start reading\nNational\nOni Haddar Senior fisheries correspondent"
    picture = "Pell Arun\nArun at the quay on Monday. Photograph: Tomas Vell/Coastline Agency"
    text = "\n\n".join([header, TITLE, picture, LEDE, MIDDLE, LAST])
    r = clean_text(text)
    assert r.title == TITLE and r.author == "Oni Haddar"
    assert LEDE in r.text and "Tomas Vell" not in r.text
