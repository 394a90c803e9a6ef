"""News-writing formulas are no one's own wording (issue 14, copy30).

Two newsrooms reporting one event both write "said in a statement" or "is believed to be": the copy channels'
own-wording and text measures (``copies.own_trigrams``) leave the 3-grams of such formulas out
(``data/crossdoc/stock_phrases.tsv``), so independent reports do not look like copies by writing news. All texts
are our own words, about invented events.
"""
from __future__ import annotations

import pytest

from newsweave.consolidate import copies
from newsweave.consolidate.copies import own_trigrams

# (first report, second report written apart, shared only through news formulas)
APART = [
    ("The ferry operator said in a statement that the crossing would reopen at dawn.",
     "Harbour officials said in a statement they had opened an inquiry into the collision."),
    ("The missing climber is believed to be a teacher from the valley, rescuers said.",
     "One of the two hikers is believed to be a retired nurse, her family told radio."),
    ("The mayor told a news conference on Friday that the water was safe to drink again.",
     "The utility's manager told a news conference that crews had flushed every main."),
    ("The ministry did not immediately respond to a request for comment on the closures.",
     "The bus company did not immediately respond to a request for comment about the strike."),
]
# a writer's phrase both texts share: still counted (the kept contrast)
SHARED_PHRASE = ("Passengers clung to the railing as the deck tilted, one survivor recalled.",
                 "Many clung to the railing as the boat listed, the coast guard said in a statement.")


def _shared(a: str, b: str) -> set[int]:
    return set(own_trigrams(a, names_and_figures=False)) & set(own_trigrams(b, names_and_figures=False))


@pytest.mark.parametrize("a,b", APART)
def test_news_formulas_are_not_shared_wording(a, b):
    assert _shared(a, b) == set()


@pytest.mark.parametrize("a,b", APART)
def test_without_the_formula_table_the_same_reports_share_wording(a, b, monkeypatch):
    monkeypatch.setattr(copies, "stock_trigrams", lambda: frozenset())
    assert _shared(a, b)


def test_a_writers_own_phrase_is_still_shared():
    shared = _shared(*SHARED_PHRASE)
    assert hash(("clung", "to", "the")) in shared and hash(("to", "the", "railing")) in shared
