"""Who can act in a PLOVER event, and acts that are no event of the model, on sentences written for these tests.

Each row: a sentence a rule removes (or re-codes), the rule's name, and what comes back with the rule switched off;
each rule also has a kept contrast, an act of a political actor the rule must leave alone.
"""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from event_pipeline import events_of
from newsweave.extract.events import vocab

ALL = {"event_auxiliaries": ("negation", "hypothetical", "future", "historical")}
DATA = Path(__file__).resolve().parent.parent / "src" / "newsweave" / "data" / "plover"


def coded(nlp, options, text, off=()):
    events, _ = events_of(nlp, options.replace(**ALL), text, published="2026-03-01", off=off)
    return [e.event_type for e in events]


# (sentence, rule that removes its act, the category it is coded as with the rule switched off, rules switched
# off in both runs: where two rules catch the same act, each is shown doing the work alone)
REMOVED = [
    # a natural hazard named as a proper name: the common noun before the name says what it is
    ("Tropical Cyclone Freddy struck the French territory of Reunion over the weekend.", "agent_barred", "ASSAULT",
     ("hazard_as_actor",)),
    # an entity named as a hazard is no actor, however the coder reached it
    ("Tropical Cyclone Freddy struck the French territory of Reunion over the weekend.", "hazard_as_actor", "ASSAULT",
     ("agent_barred",)),
    # a participle after a relative clause is the clause's act, not the main verb subject's
    ("The Peruvian minister recalled the floods that swept the valley in 2019, destroying hundreds of homes.",
     "relative_clause_agent", "ASSAULT", ()),
    # a noun whose possessive pronoun stands for a hazard that is the clause's subject
    ("The tropical storm flattened crops across Peru in its second strike on Chile within a month.",
     "noun_agent", "ASSAULT", ()),
    # a place won in a count, not a party seized
    ("Senator Ana Ruiz captured the fourth spot in the Peruvian senate race with 90,000 votes.",
     "standing_won", "ASSAULT", ()),
    # appeals to the public at large or for calm from no one
    ("The Chilean interior ministry urged calm after the tremor.", "appeal_to_the_public", "REQUEST", ()),
    ("Bolivia's president urged Bolivians to stay calm.", "appeal_to_the_public", "REQUEST", ()),
    ("The Peruvian authorities asked residents to stay indoors until the storm passes.",
     "appeal_to_the_public", "REQUEST", ()),
]


@pytest.mark.parametrize("text, rule, category, also_off", REMOVED, ids=[r[1] + ":" + r[0][:30] for r in REMOVED])
def test_the_rule_removes_an_act_that_comes_back_without_it(nlp, options, text, rule, category, also_off):
    assert category not in coded(nlp, options, text, off=also_off)
    assert category in coded(nlp, options, text, off=(rule, *also_off))


# acts of political actors next to the same words: every rule above leaves them alone
KEPT = [
    ("Peruvian troops shelled the Bolivian village of Oruro, leaving five civilians injured.", "ASSAULT"),
    ("The Chilean navy struck the rebel camp after the storm passed.", "ASSAULT"),
    ("The Bolivian minister recalled the militia that attacked Oruro in 2019, burning the Peruvian consulate.",
     "ASSAULT"),
    ("Chilean troops captured the Bolivian border post of Ollague.", "ASSAULT"),
    ("The Bolivian president urged Peru to reopen the border.", "REQUEST"),
    ("Chile's foreign minister called on the rebels to lay down their arms.", "REQUEST"),
    ("Peru sent rescue teams to Chile after Hurricane Ana struck the coast.", "AID"),
]


@pytest.mark.parametrize("text, category", KEPT, ids=[k[0][:40] for k in KEPT])
def test_a_political_actor_keeps_its_act(nlp, options, text, category):
    assert category in coded(nlp, options, text)


# labour strikes and walkouts are PROTEST (PLOVER: strikes and boycotts), a military strike stays ASSAULT
STRIKES = [
    ("Members of the Peruvian Federation of Dock Workers joined Monday's strike.", "PROTEST"),
    ("Thousands of Chilean bus drivers took strike action over pay.", "PROTEST"),
    ("The strike called by the Bolivian teachers' unions closed every school in La Paz.", "PROTEST"),
    ("Peru carried out a strike on the Bolivian border post.", "ASSAULT"),
    ("The Chilean air force joined the strikes on the rebel camps.", "ASSAULT"),
]


@pytest.mark.parametrize("text, category", STRIKES, ids=[s[0][:40] for s in STRIKES])
def test_a_labour_strike_is_a_protest_not_an_attack(nlp, options, text, category):
    found = coded(nlp, options, text)
    assert category in found
    assert ({"PROTEST", "ASSAULT"} - {category}).isdisjoint(found)


def test_the_non_agent_nouns_are_a_table_with_sources():
    with open(DATA / "non_agents.tsv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader((line for line in fh if not line.startswith("#")), delimiter="\t"))
    assert {r["class"] for r in rows} == {"hazard", "accident", "instrument"}
    assert all(r["source"].strip() for r in rows)
    # what the coder reads is the table: every class, and no other list of such nouns in code
    assert vocab.HAZARD_NOUNS == {r["word"] for r in rows if r["class"] == "hazard"}
    assert vocab.ACCIDENT_NOUNS == {r["word"] for r in rows if r["class"] == "accident"}
    assert vocab.INSTRUMENT_NOUNS == {r["word"] for r in rows if r["class"] == "instrument"}


# looking for someone is no seizure (lexicon row "search" with prep=for, category "-"); searching a place stays
@pytest.mark.parametrize("text, category", [
    ("Chilean police searched for the suspects in the hills above Arica.", None),
    ("Chilean police searched the Bolivian consulate in Arica.", "COERCE"),
])
def test_a_search_for_someone_is_no_seizure(nlp, options, text, category):
    assert ("COERCE" in coded(nlp, options, text)) == (category == "COERCE")
