"""Event precision on sentences of our own: what reads like an act but is no event between parties.

Each row of the rule tables names an output rule (``extract/events/output.py``): the sentence's event is dropped
with the rule on and comes back with that one rule switched off, so each row tests one rule alone.  The
contrast rows keep an event of the same kind that is aimed at a named side.  The lexicon rows test trigger
senses (``data/plover/lexicon.tsv``) that name no act at all.
"""
from __future__ import annotations

import pytest

from event_pipeline import events_of


def _events(nlp, options, text, off=()):
    """(category, actor states, recipient states) of one invented sentence, every auxiliary mode kept."""
    opts = options.replace(event_auxiliaries=("negation", "hypothetical", "future", "historical"))
    events, entities = events_of(nlp, opts, text, doc_id="doc_precision", off=off)
    states = {e.id: e.country or e.name for e in entities.entities}
    return [(e.event_type, sorted(states[a] for a in e.actor), sorted(states[r] for r in e.recipient)) for e in events]


# (text, the rule that drops its event, the event's category and actor state)
DROPPED = [
    # an intention or a future act aimed at no one is a plan, not a promise or a threat made to a side
    ("The Chilean senator vowed to fight on from the opposition benches.", "plan_aimed_at_no_one", "THREATEN", "CHL"),
    # (a state's organ: "the Peruvian unions" are a group acting for no state, groups.stated_groups, whose strike
    # is aimed at the state, parties.protest_aimed_at_the_one_state)
    ("The Peruvian army will fight on next month.", "plan_aimed_at_no_one", "THREATEN", "PER"),
    # a noun of an act aimed at a side, with no side and no content, mentions such acts and reports none
    ("Bolivia stepped up its threats this month.", "noun_aimed_at_no_one", "THREATEN", "BOL"),
    ("Brazil's demands have grown louder this month.", "noun_aimed_at_no_one", "REQUEST", "BRA"),
    # a noun of force that names no one attacked refers to an assault, it does not report one
    ("The Bolivian offensive ended after three weeks.", "attack_noun_aimed_at_no_one", "ASSAULT", "BOL"),
    ("Peru's airstrike was the deadliest of the war, officials said.", "attack_noun_aimed_at_no_one", "ASSAULT", "PER"),
    ("The Chilean attacks on Tuesday were condemned.", "attack_noun_aimed_at_no_one", "ASSAULT", "CHL"),
    # an -ing adjunct aimed at no one tells how the clause's own act was done
    ("Bolivian police sealed off the square, deploying riot police and water cannon.",
     "participle_adjunct_aimed_at_no_one", "MOBILIZE", "BOL"),
    # below the main predicate of a direct quote, an act aimed at no one is the speaker's framing
    ('"Kenya stays committed to peaceful means," the Kenyan government said in a statement.',
     "quoted_act_aimed_at_no_one", "AGREE", "KEN"),
    ('"Kenya is ready to hold constructive talks soon," the Kenyan government said in a statement.',
     "quoted_act_aimed_at_no_one", "AGREE", "KEN"),
    # an order that names no one ordered once every role is filled tells a measure, no act of one party on another
    ("The Chilean president ordered the banners taken down from every ministry.", "act_on_no_side", "REQUEST", "CHL"),
    ("The Peruvian judge ordered the ferries held in port.", "act_on_no_side", "REQUEST", "PER"),
    # ... and a wounding that names no one wounded once every role is filled tells the toll of an act
    ("The Chilean army wounded twelve near the border.", "act_on_no_side", "ASSAULT", "CHL"),
    ("The Chilean president instructed the relevant officials to act quickly.", "act_on_no_side", "REQUEST", "CHL"),
    # an order to the actor's own state or its organs is an internal instruction, no act between parties
    ("Peruvian President Ana Quispe ordered the Peruvian government to reopen the schools.",
     "order_to_its_own_state", "REQUEST", "PER"),
    ("Chilean President Marco Rojas instructed Chile's Interior Ministry to review the permits.",
     "order_to_its_own_state", "REQUEST", "CHL"),
    # a visit or a trip that goes to no party once every role is filled is a visit to a place, no meeting
    ("The Peruvian president visited the scene of the bus crash on Monday.", "visit_to_no_party", "CONSULT", "PER"),
    ("The Chilean foreign minister made a short trip to the flooded valley on Friday.", "visit_to_no_party",
     "CONSULT", "CHL"),
]


@pytest.mark.parametrize("text, rule, category, actor", DROPPED, ids=[r[1] + ": " + r[0][:30] for r in DROPPED])
def test_an_act_aimed_at_no_one_is_dropped_by_its_rule(nlp, options, text, rule, category, actor):
    assert not any(t == category for t, _a, _r in _events(nlp, options, text))
    # (output.addressed_act_aimed_at_no_one catches a bare threat noun too: off with it, to see the event come back)
    back = _events(nlp, options, text, off=(rule, "addressed_act_aimed_at_no_one", "reported_act_aimed_at_no_one"))
    assert any(t == category and actor in a for t, a, _r in back), back


# the same kinds of act aimed at a named side (or stating their content) stay
KEPT = [
    ("Norway will impose sanctions on Iran.", ("THREATEN", ["NOR"], ["IRN"])),
    # a planned meeting is PLOVER's agreement to meet, a party's own promised concession needs no other side
    ("The Peruvian president is determined to hold talks with the unions soon.", ("AGREE", ["PER"], [])),
    ("Peru repeated its demand that Chile withdraw its troops.", ("REQUEST", ["PER"], ["CHL"])),
    ("Chilean troops opened fire on the crowd, killing two Peruvian farmers.", ("ASSAULT", ["CHL"], ["PER"])),
    # a noun of force naming its target, and a verb of force with no recipient
    ("The Chilean strike on the Peruvian port killed nine.", ("ASSAULT", ["CHL"], ["PER"])),
    ("Chilean gunmen opened fire in the market on Sunday.", ("ASSAULT", ["CHL"], [])),
    # ... a noun of force naming a target by a common noun, and one that is the object of its actor's own verb
    ("The Chilean strike on a fuel depot killed nine.", ("ASSAULT", ["CHL"], [])),
    ("The Bolivian army joined the offensive on Sunday.", ("ASSAULT", ["BOL"], [])),
    ("The Bolivian minister, who visited Chile on Monday, signed a water accord.", ("CONSULT", ["BOL"], ["CHL"])),
    # a visit or a trip to a state stays
    ("The Peruvian president visited Bolivia on Monday after the bus crash.", ("CONSULT", ["PER"], ["BOL"])),
    ("The Chilean foreign minister made a short trip to Peru on Friday.", ("CONSULT", ["CHL"], ["PER"])),
    ("The Peruvian mayor, who praised Chile, resigned on Monday.", ("SUPPORT", ["PER"], ["CHL"])),
    # inside a direct quote: the quote's own main predicate, and a detail naming whom it is aimed at
    ('"Kenya supports this civic energy," the Kenyan government said in a statement.', ("SUPPORT", ["KEN"], [])),
    ('"Kenya is ready to hold talks with Uganda soon," the Kenyan government said in a statement.',
     ("AGREE", ["KEN"], ["UGA"])),
    # the same acts done to a named side
    ("The Chilean president ordered Bolivia to withdraw its troops.", ("REQUEST", ["CHL"], ["BOL"])),
    ("The Chilean president instructed Bolivia to return the seized boats.", ("REQUEST", ["CHL"], ["BOL"])),
    ("The Bolivian government called on Chile to reopen the border.", ("REQUEST", ["BOL"], ["CHL"])),
    ("The Bolivian general ordered the strike on the fuel depot.", ("REQUEST", ["BOL"], [])),
    ("The Bolivian army killed two Chilean soldiers near the border.", ("ASSAULT", ["BOL"], ["CHL"])),
    ("The Bolivian army wounded two Chilean soldiers near the border.", ("ASSAULT", ["BOL"], ["CHL"])),
]


@pytest.mark.parametrize("text, want", KEPT, ids=[k[0][:40] for k in KEPT])
def test_the_same_act_aimed_at_a_named_side_stays(nlp, options, text, want):
    assert want in _events(nlp, options, text)


@pytest.mark.parametrize("text, category", [
    ("The Bolivian mayor, who visited the flooded district, asked residents for patience.", "CONSULT"),
])
def test_a_relative_clause_describing_a_participant_is_no_event(nlp, options, text, category):
    on = _events(nlp, options, text)
    off = _events(nlp, options, text, off=("relative_clause_aimed_at_no_one", "visit_to_no_party"))
    assert not any(t == category for t, _a, _r in on) and any(t == category for t, _a, _r in off), (on, off)


@pytest.mark.parametrize("text, category", [
    # a law, rule or principle said to be violated is the speaker's accusation, not a broken agreement (REJECT)
    ("Brazil said the Chilean tariffs seriously violate the principles of free trade.", "REJECT"),
    # a bare legal appeal asks no party for anything
    ("The lawyer of the former Peruvian president said his client will appeal.", "REQUEST"),
    ("The former Bolivian minister said he planned to appeal.", "REQUEST"),
    # control of a thing no party holds is taken by no force ("took control of" needs a named place or party)
    ("The Chilean committee took control of the agenda.", "COERCE"),
    # a release that frees no one named is a press release
    ("Peru's Treasury said in a release on Monday that it had frozen the accounts of three Chilean firms.", "RETREAT"),
    # a plea in court and the court's taking of it are procedure: no appeal to a party, no agreement between parties
    ("The former Bolivian minister pleaded not guilty before a Chilean court.", "REQUEST"),
    ("A Peruvian smuggler pleaded guilty to fraud in a Chilean court on Monday.", "REQUEST"),
    ("A Chilean court accepted the guilty plea of a Peruvian smuggler on Monday.", "AGREE"),
    ("A Chilean court accepted the guilty plea of a Peruvian smuggler on Monday.", "REQUEST"),
    # an alert to residents or citizens is a warning to the public, no posture of forces
    ("The Chilean embassy in Lima issued a security alert to its citizens on Friday.", "MOBILIZE"),
    ("Peruvian officials issued an emergency alert to residents as the river rose.", "MOBILIZE"),
])
def test_a_trigger_in_a_sense_that_names_no_act_is_not_coded(nlp, options, text, category):
    assert not any(t == category for t, _a, _r in _events(nlp, options, text))


@pytest.mark.parametrize("text, want", [
    ("Peru violated the truce with Chile on Monday.", "REJECT"),
    ("Chile appealed to Bolivia for calm on the border.", "REQUEST"),
    ("The Peruvian government said it would appeal the fine.", "REJECT"),
    ("The Ugandan army took control of the Kenyan town of Busia.", "COERCE"),
    ("The Peruvian rebels announced the release of two Chilean soldiers on Monday.", "RETREAT"),
    ("The mayor of Lima pleaded with Chile to free the fishermen.", "REQUEST"),
    ("Peru's plea to Chile for the release of the crew went unanswered.", "REQUEST"),
    ("Chile accepted the Bolivian invitation to talks.", "AGREE"),
    ("The alert of Peruvian troops near the border alarmed Ecuador.", "MOBILIZE"),
    ("Chilean troops remained on high alert near the border with Peru.", "MOBILIZE"),
])
def test_the_same_triggers_in_their_event_sense_are_coded(nlp, options, text, want):
    assert any(t == want for t, _a, _r in _events(nlp, options, text))
