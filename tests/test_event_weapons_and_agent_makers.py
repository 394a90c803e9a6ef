"""Weapons as subjects and agent nouns as recipients (issue 13, part 2): who fired a weapon is the actor of what it
hit; "the attackers" acted on later are the one group the article named attacking before.  Every sentence is
invented for the test; each table row fails with its rule off, and the contrasts (a weapon on show, no sender named,
two candidate makers) give no event or leave the agent noun as it is."""
from __future__ import annotations

import pytest

from event_pipeline import assert_rule_makes, coded

# (a) a weapon or munition as the subject of an act of force: (text, (type, actors, recipients))
WEAPON_CASES = [
    ("Rockets fired by the Basalt Brigade struck two towns in Armenia.", ("ASSAULT", ["Basalt Brigade"], ["ARM"])),
    ("Shells fired by the Basalt Brigade killed three soldiers in Armenia.", ("ASSAULT", ["Basalt Brigade"], ["ARM"])),
    ("A drone launched from Lebanon hit a depot in Israel.", ("ASSAULT", ["LBN"], ["ISR"])),
]


@pytest.mark.parametrize("text, event", WEAPON_CASES)
def test_the_sender_of_a_weapon_is_the_actor_of_its_hit(nlp, options, text, event):
    assert_rule_makes(nlp, options, text, "actor_sender_of_the_weapon", event)


@pytest.mark.parametrize("text", [
    "Missiles were displayed at the parade in Moscow.",  # a weapon on show does nothing
    "Rockets fired by the Basalt Brigade were displayed at a parade in Yerevan.",  # nor does a fired one on show
    "A rocket hit a depot in Armenia.",  # no sender named: no actor, no event
])
def test_a_weapon_without_a_named_sender_makes_no_event(nlp, options, text):
    assert not any(t == "ASSAULT" for t, _a, _r, _ in coded(nlp, options, text)), coded(nlp, options, text)


# (b) an agent noun acted on, resolved to the earlier act's single maker: (text, (type, actors, recipients))
AGENT_CASES = [
    ("The Red Path Front attacked a police post in Lima on Monday. Police later arrested the attackers.",
     ("COERCE", ["PER"], ["Red Path Front"])),
    ("Fighters of the Black Lantern Movement kidnapped two engineers in Peru. Peruvian soldiers later freed them "
     "and arrested the kidnappers.", ("COERCE", ["PER"], ["Black Lantern Movement"])),
]


@pytest.mark.parametrize("text, event", AGENT_CASES)
def test_an_agent_noun_acted_on_is_the_maker_of_the_earlier_act(nlp, options, text, event):
    assert_rule_makes(nlp, options, text, "recipient_maker_of_the_earlier_act", event)


@pytest.mark.parametrize("text", [
    # two makers named: which one was arrested is not said
    "The Red Path Front and the Blue Dawn Army attacked police posts in Lima. Police later arrested the attackers.",
    # no earlier attack named: the attackers stay who they are
    "Police in Lima arrested the attackers on Monday.",
])
def test_no_single_earlier_maker_leaves_the_agent_noun(nlp, options, text):
    found = coded(nlp, options, text)
    assert any(t == "COERCE" and r == ["attackers"] for t, _a, r, _ in found), found


# (c) people counted by no trait, detained in an article about a protest, are its protesters
PROTESTER_CASES = [
    ("Thousands of protesters marched in Lima against the new tax on Monday. The protesters demonstrated outside "
     "Congress. Police detained 40 people near the square.", ("COERCE", ["PER"], ["people", "protesters"])),
    ("Hundreds of protesters rallied in Quito against the fuel price rise. Ecuadorian police arrested 25 individuals "
     "after the march.", ("COERCE", ["ECU"], ["individuals", "protesters"])),
]


@pytest.mark.parametrize("text, event", PROTESTER_CASES)
def test_people_detained_in_an_article_about_a_protest_are_its_protesters(nlp, options, text, event):
    assert_rule_makes(nlp, options, text, "recipient_protesters_detained", event)


@pytest.mark.parametrize("text", [
    # no protest in the article: who the people are is not said
    "Police detained 40 people near the square after a robbery in Lima.",
    # a group with a trait of its own is not recounted as the protesters
    "Thousands of protesters marched in Lima against the new tax on Monday. Police detained 40 smugglers near the port.",
])
def test_people_detained_with_no_protest_or_with_a_trait_stay_who_they_are(nlp, options, text):
    found = coded(nlp, options, text)
    assert any(t == "COERCE" for t, *_ in found) and not any(t == "COERCE" and "protesters" in r for t, _a, r, _ in found), found
