"""Chrome kinds of the older chrome-heavy wire and live pages studied in text24 (issue 19): a wire story's dateline
with the agency's tag in brackets (its closing sign-off line of tags was already dropped) and a live page's prompt
to come back for updates. Each with prose that must survive. All lines are invented."""
from __future__ import annotations

from newsweave.documents.textclean import clean_text

from harbour_page import LAST, LEDE, SECOND, TITLE
from harbour_page import page as _page


def test_a_bracketed_agency_dateline_is_cut_but_the_paragraph_and_a_bracketed_acronym_stay():
    page = clean_text(_page(TITLE, "PORT ASKE, Mar 3 (Portwire) -- " + LEDE, SECOND, LAST))
    assert "Portwire" not in page.text and "PORT ASKE, Mar 3" not in page.text
    assert page.text.startswith(LEDE)
    acronym = "The Harbour Workers Union (HWU) -- the largest on the coast -- called off its strike on Monday."
    page = clean_text(_page(TITLE, LEDE, acronym, SECOND))
    assert acronym in page.text


def test_a_prompt_to_come_back_for_updates_goes_but_a_quoted_stay_tuned_stays():
    kept = "The mayor told fishermen to stay tuned for the council's decision on the new quay fees."
    page = clean_text(_page(TITLE, LEDE, kept, SECOND,
                            "Stay tuned as we bring you the latest updates from the harbour.", LAST,
                            "Check back later for updates."))
    assert "as we bring you" not in page.text and "Check back later" not in page.text
    assert kept in page.text and SECOND in page.text and LAST in page.text
