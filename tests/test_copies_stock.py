"""News-writing formulas are no one's own wording (issue 14, copy30).

Two newsrooms reporting one event both write "said in a statement" or "is believed to be": the copy channels'
own-wording and text measures (``copies.own_trigrams``) leave the 3-grams of such formulas out
(``data/crossdoc/stock_phrases.tsv``), so independent reports do not look like copies by writing news. All texts
are our own words, about invented events.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from newsweave.consolidate import copies, wording
from newsweave.consolidate.copies import own_trigrams
from newsweave.consolidate.wording import stable_hash

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
    monkeypatch.setattr(wording, "stock_trigrams", lambda: frozenset())
    assert _shared(a, b)


def test_a_writers_own_phrase_is_still_shared():
    shared = _shared(*SHARED_PHRASE)
    assert stable_hash(("clung", "to", "the")) in shared and stable_hash(("to", "the", "railing")) in shared


# -- event-report formulas (issue 14, copy32) ---------------------------------------------------------------------
# Two reports of one accident, written apart: they share the event's names, toll and official in news order, and the
# frames any report of a death toll gives them ("taken to hospital", "in critical condition", "the cause of the ... was
# not immediately known", "expressed his condolences to the families of the victims"). Our own words, an invented event.
EVENT_KINDS = ("casualty", "condolence", "inquiry", "event")
FIRST_REPORT = (
    "Eleven people died and 23 were hurt when a footbridge over the Rell River collapsed in Marrow on Saturday evening, "
    "the regional governor Ilse Varga said. Most of the injured were taken to hospital in nearby Corbin, and four of them "
    "are in critical condition. The bridge, opened in 1987, was crowded with spectators of the Marrow rowing regatta. "
    "Varga said the province had opened an investigation into the collapse and that the cause of the failure was not "
    "immediately known. Prime Minister Tomas Ebrel expressed his condolences to the families of the victims and said he "
    "was deeply saddened by the news. The regatta, held since 1952, was cancelled.")
SECOND_REPORT = (
    "A crowded pedestrian span gave way in Marrow on Saturday, killing 11 and injuring 23, according to Governor Ilse "
    "Varga. Fire chief Anton Pell said divers from Kessel and Orme searched the water until midnight. Several of the "
    "wounded had been taken to hospital, said Pell, four of them in critical condition at the Corbin clinic. Built in "
    "1987, the structure carried hundreds of regatta fans watching the Marrow races at the time. Authorities have "
    "launched an investigation into the disaster; Varga told local radio the cause of the collapse was not immediately "
    "known. Prime Minister Tomas Ebrel, who expressed his condolences to the families of the victims, called it a dark "
    "day for the Rell valley. Organisers, who have staged the race since 1952, called it off. Engineers from Delft and "
    "Graz will inspect three similar spans on the Lenne.")
# a rewrite of the first report: the same formulas, and the writer's own sentences kept (the kept contrast)
REWRITE = (
    "Eleven people died and 23 were hurt on Saturday evening when a footbridge over the Rell River came down in Marrow, "
    "Governor Ilse Varga said. The injured were taken to hospital in Corbin; four are in critical condition. The bridge, "
    "opened in 1987, was packed with spectators of the Marrow rowing regatta. Varga said an investigation into the "
    "collapse had begun and the cause of the failure was not immediately known. Prime Minister Tomas Ebrel expressed his "
    "condolences to the families of the victims. The regatta, held since 1952, was called off.")

# (one report's sentence, another's written apart: shared only through an event-report formula)
EVENT_APART = [
    ("Six of the miners were taken to hospital with burns, the company said.",
     "A medic said three boys were taken to hospital after the stands gave way."),
    ("Two climbers remain in critical condition after the avalanche.",
     "The driver of the tanker is in critical condition, police said."),
    ("The cause of the blaze was not immediately known.",
     "Investigators said the cause of the derailment was not immediately known."),
    ("The king expressed his condolences to the families of the victims of the flood.",
     "The coach expressed his condolences to the families of the victims on the club's website."),
    ("The railway has opened an investigation into the signal failure.",
     "Port authorities opened an investigation into the capsizing."),
]


def _without_event_formulas():
    """The formula table without the rows of the event-report kinds (what it held before copy32)."""
    from newsweave.consolidate import stopwords
    source = Path(stopwords.__file__).resolve().parent.parent / "data" / "crossdoc" / "stock_phrases.tsv"
    kept = set()
    for line in source.read_text(encoding="utf-8").splitlines():
        cells = line.split("\t")
        if len(cells) == 3 and not line.startswith("#") and cells[1] not in EVENT_KINDS:
            words = cells[0].casefold().split()
            kept.update(zip(words, words[1:], words[2:]))
    assert kept and kept < stopwords.stock_trigrams()
    return frozenset(kept)


def _match(a: str, b: str):
    from newsweave.consolidate.factseq import fact_match
    return fact_match(copies.profile(a), copies.profile(b))


@pytest.mark.parametrize("a,b", EVENT_APART)
def test_event_report_formulas_are_not_shared_wording(a, b):
    assert _shared(a, b) == set()


@pytest.mark.parametrize("a,b", EVENT_APART)
def test_without_the_event_rows_the_same_sentences_share_wording(a, b, monkeypatch):
    monkeypatch.setattr(wording, "stock_trigrams", _without_event_formulas)
    assert _shared(a, b)


def test_independent_reports_sharing_names_toll_and_formulas_are_not_copies():
    match = _match(FIRST_REPORT, SECOND_REPORT)
    assert match.run >= 6 and match.facts >= 0.45  # one event's facts in news order
    assert not match.shares_text and not match.is_copy


def test_without_the_event_rows_the_two_reports_were_joined(monkeypatch):
    monkeypatch.setattr(wording, "stock_trigrams", _without_event_formulas)
    copies._read.cache_clear()
    match = _match(FIRST_REPORT, SECOND_REPORT)
    assert match.shares_text and match.is_copy


def test_a_rewrite_keeping_the_writers_sentences_still_joins():
    match = _match(FIRST_REPORT, REWRITE)
    assert match.shares_text and match.is_copy
