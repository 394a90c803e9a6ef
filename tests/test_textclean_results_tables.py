"""A results table closing an article ("1. Name (Party) – 12,345") is body, not a rail of teaser headlines:
each line ends on its figure after a dash. Every line below is invented for these tests (places, parties and
people made up)."""
from __future__ import annotations

from newsweave.documents.textclean import clean_text

LEDE = "The electoral board of Varnholm declared the count closed on Tuesday after three days of tallying."
MIDDLE = "Seven parties stood for the regional assembly, and turnout fell for the second election running."
INTRO = "Below is how the five largest lists shared the valid votes."
ROWS = ["1. Marta Elling (Coastal Union) – 48,210", "2. Petr Dovran (Green League) – 31,904",
        "3. Ona Vesk (Farmers Party) – 12,377", "4. Ilse Korb (Free Voters) – 9,015", "5. Aron Tull (Harbour List) – 4,662"]


def test_a_results_table_at_the_end_of_the_page_is_kept():
    r = clean_text("\n\n".join([LEDE, MIDDLE, INTRO, "\n".join(ROWS)]))
    for row in ROWS:
        assert row in r.text


def test_a_rail_of_title_case_teasers_at_the_end_still_goes():
    rail = ["Ferry Strike Ends After Ten Days", "Harbour Fees To Rise In Spring", "Council Names New Port Chief",
            "Storm Closes Coastal Road Again"]
    r = clean_text("\n\n".join([LEDE, MIDDLE, INTRO.replace("Below is how", "This is how"), "\n".join(rail)]))
    assert MIDDLE in r.text
    assert not any(t in r.text for t in rail)


def test_a_headline_ending_on_a_year_after_a_dash_is_still_a_headline():
    rail = ["Varnholm Votes Again – 2019", "Coastal Union Sweeps The Islands – 2015", "The Long Count – 2011",
            "Farmers Party Rises – 2007"]
    r = clean_text("\n\n".join([LEDE, MIDDLE, "\n".join(rail)]))
    assert not any(t in r.text for t in rail)
