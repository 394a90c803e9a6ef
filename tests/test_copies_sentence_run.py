"""Copy detection's fact-sequence channel: the long-run exception of tier 2 reads its run sentence by sentence (copy54,
issue 14).

Within one sentence the order of the facts is the sentence's grammar (a title before its name, a state before its
premier); two reports of one event that name the same dignitaries in one sentence share a long run of facts without
one following the other. Each sentence adds at most ``RUN_FACTS_PER_SENTENCE`` facts to the run the exception reads.
Texts below are invented for these tests.
"""
from __future__ import annotations

import pytest

from newsweave.consolidate import factseq
from newsweave.consolidate.copies import profile
from newsweave.consolidate.factseq import FACTS_RUN_MIN_KEPT, RUN_FACTS_PER_SENTENCE, FactMatch, fact_match, sentence_run

# two newsrooms' own reports of one vigil: each names the same officials in one sentence, in the order of rank
VIGIL = (
    "Hundreds gathered in Brindle on Sunday to remember Constable Aron Velde. Westland Governor Maria Holloway Stein "
    "and regional Interior Minister Peter Vance Okafor laid wreaths beside President Ilse Marrow Quist and Mayor Jon "
    "Tarrant. Velde, 29, had served for six years.")
VIGIL_OWN_REPORT = (
    "Brindle mourned Constable Aron Velde at a vigil on Sunday. Westland Governor Maria Holloway Stein and regional "
    "Interior Minister Peter Vance Okafor joined President Ilse Marrow Quist and Mayor Jon Tarrant in the crowd. The "
    "officer was 29.")
# ...and two of one summit, the delegations listed in one sentence
SUMMIT = (
    "Leaders met at the harbour of Kessin on Thursday to sign the Amber Coast Accord. Chancellor Lena Brandt Hoff of Norvia, "
    "President Tomas Ek Varga of Ostland and Prime Minister Ruth Alder Sims of Calder signed it in the Old Town Hall. "
    "The accord takes effect in 2027.")
SUMMIT_OWN_REPORT = (
    "The Amber Coast Accord was signed at the harbour of Kessin on Thursday. Chancellor Lena Brandt Hoff of Norvia, President Tomas "
    "Ek Varga of Ostland and Prime Minister Ruth Alder Sims of Calder put their names to it at the Old Town Hall. It "
    "applies from 2027.")
# a rewrite of one funeral story: the same facts spread over its sentences, a few in each, in the original's order
FUNERAL = (
    "Constable Aron Velde was buried in Brindle on Friday. Governor Maria Holloway spoke first at Westland Chapel. "
    "Interior Minister Peter Okafor then read from Psalm 23. President Ilse Quist sent a letter from Norham. "
    "Mayor Jon Tarrant announced the Velde Fund. The Red Shield Foundation gave 5,000 euros.")
FUNERAL_REWRITE = (
    "The funeral of Constable Aron Velde took place in Brindle on Friday. At Westland Chapel, Governor Maria Holloway "
    "was the first speaker. Interior Minister Peter Okafor followed with Psalm 23. A letter from President Ilse Quist "
    "arrived from Norham. Mayor Jon Tarrant set up the Velde Fund, and the Red Shield Foundation handed over 5,000 "
    "euros.")


@pytest.mark.parametrize("a, b", [(VIGIL, VIGIL_OWN_REPORT), (SUMMIT, SUMMIT_OWN_REPORT)])
def test_reports_naming_the_same_officials_in_one_sentence_stay_apart(a, b, monkeypatch):
    pa, pb = profile(a), profile(b)
    match = fact_match(pa, pb)
    assert not match.shares_text                          # no narrative in common: only the long-run exception
    assert match.narrative_run >= FACTS_RUN_MIN_KEPT      # the run counted fact by fact passes its bar
    assert match.narrative_sentence_run < FACTS_RUN_MIN_KEPT
    assert not match.is_copy
    # counted without the per-sentence bound, the exception takes the pair
    monkeypatch.setattr(factseq, "RUN_FACTS_PER_SENTENCE", 100)
    assert fact_match(pa, pb).is_copy


def test_a_rewrite_spreading_the_facts_over_its_sentences_keeps_the_exception():
    match = fact_match(profile(FUNERAL), profile(FUNERAL_REWRITE))
    assert not match.shares_text
    assert match.narrative_sentence_run >= FACTS_RUN_MIN_KEPT
    assert match.is_copy


def test_sentence_run_bounds_each_sentence():
    # all shared facts in one sentence of each text: the sentence counts the bound
    one = profile("Governor Maria Holloway Stein, Minister Peter Vance Okafor and Mayor Jon Tarrant met in Brindle.")
    other = profile("In Brindle, Governor Maria Holloway Stein, Minister Peter Vance Okafor and Mayor Jon Tarrant met.")
    assert sentence_run(one, other, one.narrative_facts, other.narrative_facts) == RUN_FACTS_PER_SENTENCE
    # the same facts spread over sentences of few facts each: every one counts in both texts
    spread = profile("Governor Maria Holloway Stein arrived. Minister Peter Vance Okafor spoke. Mayor Jon Tarrant "
                     "left Brindle.")
    assert sentence_run(spread, spread, spread.narrative_facts, spread.narrative_facts) == 12
    # the fewer of the two texts' counts is read
    assert sentence_run(spread, one, spread.narrative_facts, one.narrative_facts) == RUN_FACTS_PER_SENTENCE


def test_the_per_sentence_run_is_read_only_where_the_exception_decides():
    # a pair sharing narrative text passes tier 2 on its text: the walk is not made
    shared = ("Constable Aron Velde was buried in Brindle on Friday after a long illness that his colleagues kept "
              "quiet about. Governor Maria Holloway spoke first at Westland Chapel and thanked the nurses who had "
              "cared for him through the winter.")
    match = fact_match(profile(shared), profile(shared + " Mayor Jon Tarrant announced the Velde Fund."))
    assert match.shares_text and match.narrative_sentence_run is None
    # a FactMatch reads the bounded run where it was read, the plain one otherwise
    tier2 = dict(facts=0.9, containment=1.0, wording=0.3, own=0.1, text=0.0, run=30, credited=False,
                 conflicting=False, narrative_run=30)
    assert FactMatch(**tier2).is_copy
    assert not FactMatch(**tier2, narrative_sentence_run=FACTS_RUN_MIN_KEPT - 1).is_copy
    assert FactMatch(**tier2, narrative_sentence_run=FACTS_RUN_MIN_KEPT).is_copy
