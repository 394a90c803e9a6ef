"""Category confusions between PLOVER types with the same actor and recipient (issue 13, category review r40).

Each row below comes from the lexicon rows of ``data/plover/lexicon.tsv`` whose source names the "category confusion
review (r40)", and is read by the PLOVER manual's definitions: shots or fire traded between two sides are two-sided
violence (ASSAULT), accusations or barbs traded are criticism (ACCUSE), not the exchange of goods (COOPERATE
economic); a cooperation that something damages or undermines is not cooperation begun or expanded; a vow to hit
back, retaliate or punish is a threat (THREATEN), not a willingness to cooperate (AGREE); an order for an act named
by its noun ("ordered the expulsion of the envoy") is the act ordered (CAMEO's ORDER patterns), and the withdrawal or
recall of diplomats or observers is SANCTION withdraw as the withdraw verb rows code it.  Sentences
written for these tests.  Each changed sentence reads otherwise with those rows taken out of the lexicon; each kept
contrast reads the same with and without them.
"""
from __future__ import annotations

import pytest

from event_pipeline import roles, without_lexicon_rows

TAG = "category confusion review (r40)"


CHANGED = [
    # (text, the event as these rows code it, the category it had without them)
    ("Bolivian soldiers traded shots with the guerrillas near the border on Monday.",
     ("ASSAULT", ["BOL"], ["guerrillas"]), "COOPERATE"),
    ("Bolivian troops exchanged fire with the rebels near the Peruvian border on Friday.",
     ("ASSAULT", ["BOL"], ["rebels"]), None),
    ("Chilean and Peruvian patrols traded fire across the river on Friday.",
     ("ASSAULT", ["CHL", "PER"], []), "COOPERATE"),
    ("Bolivia and Peru traded accusations over the failed talks.",
     ("ACCUSE", ["BOL", "PER"], []), "COOPERATE"),
    ("Bolivia's foreign minister traded barbs with his Peruvian counterpart on Tuesday.",
     ("ACCUSE", ["BOL"], ["PER"]), "COOPERATE"),
    # a vow whose content is force or taking territory is a threat (THREATEN), not a promise to cooperate (AGREE)
    ("Peru's president vowed to retaliate against Chile.", ("THREATEN", ["PER"], ["CHL"]), "AGREE"),
    ("Bolivia pledged to hit back at the rebels after the ambush.", ("THREATEN", ["BOL"], ["rebels"]), "AGREE"),
    ("The Bolivian junta promised to punish Peru for the raid.", ("THREATEN", ["BOL"], ["PER"]), None),
    # an order for an act named by its noun is that act, the one who ordered it acting (as CAMEO's ORDER patterns
    # code it); a withdrawn or recalled diplomat or observer is SANCTION withdraw, as the verb rows code it
    ("Peru's president ordered the expulsion of the Chilean ambassador on Monday.", ("SANCTION", ["PER"], ["CHL"]),
     "REQUEST"),
    ("Ecuador's president ordered the deployment of troops to the Peruvian border.", ("MOBILIZE", ["ECU"], []),
     "REQUEST"),
    ("Bolivia's withdrawal of its envoy from Chile angered Santiago.", ("SANCTION", ["BOL"], ["CHL"]), "RETREAT"),
    ("Peru announced the recall of its ambassador from Chile.", ("SANCTION", ["PER"], ["CHL"]), None),
    ("Lima said the new tariffs damage normal trade cooperation between Chile and Peru.", None, "COOPERATE"),
    ("The levies hurt economic cooperation between Brazil and Argentina, the minister said.", None, "COOPERATE"),
]

KEPT = [
    # the same words of goods traded, information exchanged or cooperation expanded
    ("Chile and Peru expanded economic cooperation last year.", "COOPERATE"),
    ("Ecuador vowed to strengthen trade with Peru.", "AGREE"),
    ("The withdrawal of Chilean troops from the town was completed on Sunday.", "RETREAT"),
    ("Peru's president ordered Chile's ambassador to leave the country.", "REQUEST"),
    ("Peru pledged to expand cooperation with Chile.", "AGREE"),
    ("Bolivia traded natural gas with Brazil for decades.", "COOPERATE"),
    ("Chile's police exchanged intelligence with Peru about the smuggling ring.", "COOPERATE"),
]


@pytest.mark.parametrize("text, event, before", CHANGED, ids=[c[0][:40] for c in CHANGED])
def test_a_confused_category_reads_by_the_manual(nlp, options, tmp_path, text, event, before):
    found = roles(nlp, options, text)
    if event is None:
        assert not found, found
    else:
        assert event in found, found
    off = roles(nlp, without_lexicon_rows(options, tmp_path, TAG), text, off=("act_on_no_side",))
    assert event not in off, off
    if before is not None:
        assert before in [t for t, _a, _r in off], off


@pytest.mark.parametrize("text, kind", KEPT, ids=[k[0][:40] for k in KEPT])
def test_the_same_words_of_cooperation_stay(nlp, options, tmp_path, text, kind):
    found = roles(nlp, options, text)
    assert kind in [t for t, _a, _r in found], found
    assert found == roles(nlp, without_lexicon_rows(options, tmp_path, TAG), text)
