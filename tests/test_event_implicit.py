"""Implied actors (extract/events/implicit.py): an arrest with no maker named is the state's, a protest with no one
named is the protesters'; a title is its holder, a state organ the dominant state's, a leader's government
his state.  Sentences are invented for these tests."""
from __future__ import annotations

import pytest

from event_pipeline import events_of
from newsweave.extract.events import implicit


def _events(nlp, options, text, off=()):
    """(type, actor countries or ids, recipient countries or ids, rule) of each event of an invented text."""
    events, entities = events_of(nlp, options, text, doc_id="doc_implicit", off=off)
    name = {e.id: e.country or e.id for e in entities.entities}
    return [(e.event_type, [name[a] for a in e.actor], [name[r] for r in e.recipient], e.rule) for e in events]


def test_rule_names_are_unique():
    names = [rule.__name__ for rule in implicit.IMPLICIT_ACTOR_RULES]
    assert len(names) == len(set(names))


ARREST = "Voting in Ecuador ended quietly. Later the union leader Diego Paredes was detained near the port of Guayaquil."


def test_an_arrest_with_no_maker_named_is_made_by_the_articles_state(nlp, options):
    found = _events(nlp, options, ARREST)
    assert any(t == "COERCE" and a == ["ECU"] and "actor_authorities_of_the_state" in rule for t, a, _r, rule in found), found


def test_switched_off_the_arrest_has_no_actor_and_is_no_event(nlp, options):
    found = _events(nlp, options, ARREST, off=("actor_authorities_of_the_state",))
    assert not any(t == "COERCE" for t, *_ in found), found


def test_an_arrest_of_no_one_named_is_a_tally_not_an_event(nlp, options):
    found = _events(nlp, options, ARREST.replace("the union leader Diego Paredes was", "a few dockers were"))
    assert not any(t == "COERCE" for t, *_ in found), found


def test_with_two_states_named_no_maker_is_implied(nlp, options):
    found = _events(nlp, options, "Ecuador and Peru held talks. Later the union leader Diego Paredes was detained near the border.")
    assert not any(t == "COERCE" for t, *_ in found), found


def test_a_plain_protest_is_not_an_arrest_and_no_state_makes_it(nlp, options):
    found = _events(nlp, options, "Voting in Ecuador ended quietly. The rallies went on for a week.")
    assert not any("actor_authorities_of_the_state" in rule for *_x, rule in found), found


PROTEST = "Hundreds of protesters gathered outside the parliament of Paraguay on Monday. By Friday the demonstrations had spread."


def test_a_protest_with_no_one_named_is_made_by_the_protesters_the_article_names(nlp, options):
    found = _events(nlp, options, PROTEST)
    implied = [(t, a, r) for t, a, r, rule in found if "actor_protesters_of_the_article" in rule]
    assert implied and all(t == "PROTEST" and a == ["group:protesters"] for t, a, _r in implied), found


def test_switched_off_the_actorless_protest_is_no_event(nlp, options):
    found = _events(nlp, options, PROTEST, off=("actor_protesters_of_the_article",))
    assert not any("actor_protesters_of_the_article" in rule for *_x, rule in found), found


def test_with_no_protesters_named_a_protest_takes_no_actor(nlp, options):
    found = _events(nlp, options, "Voting in Paraguay ended quietly. By Friday the demonstrations had spread.")
    assert not any(t == "PROTEST" for t, *_ in found), found



ATTACK = "Bandits raided a market in the north of Nigeria on Sunday. A Nigerian soldier was killed as troops tried to stop them."


def test_a_killing_with_no_maker_named_is_made_by_the_attackers_named_before_it(nlp, options):
    found = _events(nlp, options, ATTACK)
    assert any(t == "ASSAULT" and a == ["group:bandits"] and r == ["NGA"] and "actor_attackers_of_the_article" in rule
               for t, a, r, rule in found), found
    off = _events(nlp, options, ATTACK, off=("actor_attackers_of_the_article",))
    assert not any(t == "ASSAULT" and a == ["group:bandits"] for t, a, _r, _rule in off), off


@pytest.mark.parametrize("text", [
    # the attackers are named only after the act
    "A Nigerian soldier was killed on Sunday. Police said bandits fled into the forest.",
    # named before it, but in another block of the text
    "Bandits raided a market in the north of Nigeria on Sunday.\nA Nigerian soldier was killed as troops tried to stop them.",
    # the group named is the one hit
    "Troops clashed with bandits in the north of Nigeria on Sunday. Four bandits were killed in the fighting.",
])
def test_no_attackers_are_implied_unless_named_before_in_the_same_block_and_not_hit(nlp, options, text):
    found = _events(nlp, options, text)
    assert not any("actor_attackers_of_the_article" in rule for *_x, rule in found), found


PAIR = ("Kenya and Uganda have quarrelled over fishing rights on the lake for years. Kenyan officials blamed Ugandan "
        "patrols for seizing boats, and Uganda denied it. Kenya says the lake is shared. "
        "On Monday the two countries agreed to set up a joint patrol.")


def test_the_two_countries_of_the_article_act_first_on_second(nlp, options):
    found = _events(nlp, options, PAIR)
    assert any(a == ["KEN"] and r == ["UGA"] and "actor_the_two_sides" in rule for _t, a, r, rule in found), found


def test_switched_off_the_two_countries_act_on_no_one(nlp, options):
    found = _events(nlp, options, PAIR, off=("actor_the_two_sides",))
    assert not any("actor_the_two_sides" in rule for *_x, rule in found), found


def test_two_of_something_else_is_not_the_pair(nlp, options):
    text = PAIR.replace("the two countries agreed", "two fishermen agreed")
    found = _events(nlp, options, text)
    assert not any("actor_the_two_sides" in rule for *_x, rule in found), found


# -- a state organ or a title as the maker (actor_organ_of_the_dominant_state, actor_holder_of_the_title) ------------
ABOUT_PERU = "Peru held a tense vote on Sunday. Lima saw long queues, and Peruvian officials praised the turnout. Chile sent observers. "
EVEN_PAIR = "Peru and Chile argued over fishing rights. Chile said Peru had broken the accord. "


@pytest.mark.parametrize("act, category", [
    ("The interior ministry condemned attacks on Peruvian election offices.", "ACCUSE"),
    ("Police detained the opposition leader Marco Salas in Cusco.", "COERCE"),
    ("The army launched an offensive against the Shining Path.", "ASSAULT"),
    ("A police raid on the offices of the newspaper La Voz drew protests.", "COERCE"),
])
def test_a_state_organ_with_no_state_named_is_the_dominant_states(nlp, options, act, category):
    found = _events(nlp, options, ABOUT_PERU + act)
    assert any(t == category and a == ["PER"] and "actor_organ_of_the_dominant_state" in rule
               for t, a, _r, rule in found), found
    off = _events(nlp, options, ABOUT_PERU + act, off=("actor_organ_of_the_dominant_state",))
    assert not any("actor_organ_of_the_dominant_state" in rule for *_x, rule in off), off


@pytest.mark.parametrize("act", ["The ministry condemned attacks on fishing boats.",
                                 "Police detained the fisherman Marco Salas."])
def test_with_two_states_named_as_often_a_state_organ_stands_for_neither(nlp, options, act):
    found = _events(nlp, options, EVEN_PAIR + act)
    assert not any("actor_organ_of_the_dominant_state" in rule for *_x, rule in found), found
    assert not any(a in (["PER"], ["CHL"]) and t in ("ACCUSE", "COERCE") for t, a, _r, _rule in found), found


def test_a_title_is_its_holder_named_earlier(nlp, options):
    text = ("Prime Minister Elena Duarte of Portugal flew to Madrid on Monday. Spain and Portugal disagree over the "
            "river. The prime minister criticised Spain for its dam.")
    found = _events(nlp, options, text)
    assert ("ACCUSE", ["PRT"], ["ESP"]) in [(t, a, r) for t, a, r, rule in found if "actor_holder_of_the_title" in rule], found


def test_a_title_held_by_a_foreigner_is_not_the_dominant_states(nlp, options):
    """The president named earlier is Bolivia's, in an article about Peru: "the president" is hers, never Peru."""
    text = ("President Ana Ruiz of Bolivia visited Peru. Peru and Bolivia share a lake. Peru welcomed her. Peru hoped "
            "for a deal. The president criticised Chile over the border.")
    found = _events(nlp, options, text)
    accuse = [(a, rule) for t, a, r, rule in found if t == "ACCUSE"]
    assert accuse and all(a == ["BOL"] and "actor_holder_of_the_title" in rule for a, rule in accuse), found


def test_a_title_no_one_named_holds_falls_to_the_dominant_state(nlp, options):
    found = _events(nlp, options, ABOUT_PERU + "The president criticised the opposition leader Marco Salas.")
    assert any(t == "ACCUSE" and a == ["PER"] and "actor_organ_of_the_dominant_state" in rule
               for t, a, _r, rule in found), found


# -- a leader's organ (phrases.organ_of_a_leader) -----------------------------------------------------------------
ABOUT_BOLIVIA = ("Bolivia held a runoff in May, and Ana Ruiz won it. Bolivia faces protests, and Bolivian farmers have "
                 "marched for weeks. Chile sent an envoy. ")


def test_a_leaders_government_acts_for_the_leaders_state(nlp, options):
    found = _events(nlp, options, ABOUT_BOLIVIA + "Ruiz's government condemned the blockade of the highway.")
    assert any(t == "ACCUSE" and a == ["BOL"] and "phrases:organ_of_a_leader" in rule for t, a, _r, rule in found), found
    off = _events(nlp, options, ABOUT_BOLIVIA + "Ruiz's government condemned the blockade of the highway.",
                  off=("organ_of_a_leader",))
    assert not any(t == "ACCUSE" for t, *_ in off), off


def test_a_leaders_relative_is_no_organ_of_the_state(nlp, options):
    found = _events(nlp, options, ABOUT_BOLIVIA + "Ruiz's cousin condemned the blockade of the highway.")
    assert not any(t == "ACCUSE" for t, *_ in found), found


def test_a_leaders_government_with_two_states_named_as_often_is_no_state(nlp, options):
    text = ("Bolivia held a runoff in May, and Ana Ruiz won it. Bolivia and Chile dispute a river, and Chile and "
            "Bolivia each claim it. Ruiz's government condemned the blockade of the highway.")
    found = _events(nlp, options, text)
    assert not any("organ_of_a_leader" in rule for *_x, rule in found), found


@pytest.mark.parametrize("text", [
    "Voting in Ecuador ended quietly. Later the union leader Diego Paredes was sentenced to six years in prison.",
    "Voting in Ecuador ended quietly. Later the union leader Diego Paredes was convicted of fraud.",
])
def test_a_sentence_with_no_court_named_is_passed_by_the_articles_state(nlp, options, text):
    found = _events(nlp, options, text)
    assert any(t == "SANCTION" and a == ["ECU"] for t, a, _r, _rule in found), found


def test_a_sentence_of_no_one_named_is_no_event(nlp, options):
    found = _events(nlp, options, "Voting in Ecuador ended quietly. Later four men were sentenced to six years.")
    assert not any(t == "SANCTION" for t, _a, _r, _rule in found), found


# An authority act on someone named, no maker named, in an article that mentions a second state in passing but is
# about one (its mentions at least DOMINANT_RATIO times the other's): the dominant state's authorities make it.
DOMINANT = ("Chile's parliament met in Valparaiso on Monday. Chile's economy minister spoke of wages, and Chilean "
            "unions marched in Santiago. A Peruvian envoy watched the debate. Chile's president stayed silent. "
            "Later the union leader Diego Paredes was detained near the port.")

DOMINANT_CASES = [
    # (text, rules off, the arrest is coded with the dominant state as its maker by this rule: True; by none: False;
    #  not by this rule: None)
    (DOMINANT, (), True),
    (DOMINANT, ("actor_authorities_of_the_dominant_state",), False),
    # the same state named as often as the other: about two states, no maker implied
    (DOMINANT.replace("Chilean unions marched in Santiago", "Peruvian unions marched in Lima")
     .replace("Chile's president stayed silent", "Peru's president stayed silent"), (), False),
    # someone described, not named ("a union leader"): no one named undergoes it
    (DOMINANT.replace("the union leader Diego Paredes was", "a union leader was"), (), False),
    # an active verb: its subject says who acted (here a pronoun), the rule implies no one
    (DOMINANT.replace("Later the union leader Diego Paredes was detained near the port.",
                      "Later they detained the union leader Diego Paredes near the port."), (), None),
]


@pytest.mark.parametrize("text,off,coded", DOMINANT_CASES)
def test_an_arrest_in_an_article_about_one_of_several_states_is_that_states(nlp, options, text, off, coded):
    found = _events(nlp, options, text, off=off)
    got = any(t == "COERCE" and a == ["CHL"] and "actor_authorities_of_the_dominant_state" in rule
              for t, a, _r, rule in found)
    assert got == bool(coded), found
    if coded is False:  # no other rule makes the arrest the dominant state's either
        assert not any(t == "COERCE" and a == ["CHL"] for t, a, *_ in found), found


# The same act in an article about two states equally (no one state, none dominant): the state of the place it
# happened in, else the one state its sentence names; two states named, or none, imply no maker.
TWO_STATES = ("Brazil and Argentina signed a grain deal on Monday. Argentine officials praised it, and Brazilian "
              "farmers cheered. Later the union leader Diego Paredes was arrested")

SENTENCE_STATE_CASES = [
    # (text, rules off, the arrest is coded with Argentina as its maker by this rule: True; by none: False)
    (TWO_STATES + " in Buenos Aires.", (), True),
    (TWO_STATES + " in Buenos Aires.", ("actor_authorities_of_the_sentence_state",), False),
    (TWO_STATES.replace("Diego Paredes was", "Diego Paredes, a critic of the Argentine president, was") + ".", (), True),
    # both states named in the sentence, or none: no maker implied
    (TWO_STATES.replace("Diego Paredes was", "Diego Paredes, a critic of the Argentine and Brazilian presidents, was") + ".",
     (), False),
    (TWO_STATES + " near the port.", (), False),
]


def _arrest_coded_by(nlp, options, text, off, coded, rule, makers=(["ARG"],)):
    """Whether ``rule`` codes the arrest as Argentina's is ``coded``; when it is not, no other rule codes it as
    the act of any of ``makers`` either."""
    found = _events(nlp, options, text, off=off)
    got = any(t == "COERCE" and a == ["ARG"] and rule in why for t, a, _r, why in found)
    assert got == coded, found
    if not coded:
        assert not any(t == "COERCE" and a in makers for t, a, *_ in found), found


@pytest.mark.parametrize("text,off,coded", SENTENCE_STATE_CASES)
def test_an_arrest_in_an_article_about_two_states_is_the_state_of_its_place_or_sentence(nlp, options, text, off, coded):
    _arrest_coded_by(nlp, options, text, off, coded, "actor_authorities_of_the_sentence_state")


def test_the_place_of_an_arrest_is_its_maker_not_its_recipient(nlp, options):
    found = _events(nlp, options, TWO_STATES.replace("the union leader Diego Paredes was arrested",
                                                     "Diego Paredes spoke of his arrest in Argentina") + ".")
    assert any(t == "COERCE" and a == ["ARG"] and "ARG" not in r for t, a, r, _rule in found), found


# A state organ acting with no state named ("police arrested X") in an article about two states equally: the state
# of the place the act happened in, else of the place the article's lead tells of ("In <city>, ..."); a state
# named only as a nationality, or two states and no place, imply no maker.
TWO_PARTIES = ("Brazil and Argentina signed a grain deal on Monday. Argentine officials praised it, and Brazilian "
               "farmers cheered. ")
ORGAN_CASES = [
    # (text, rules off, the arrest is coded with Argentina as its maker by this rule: True; by none: False)
    (TWO_PARTIES + "Police arrested the union leader Diego Paredes in Buenos Aires.", (), True),
    (TWO_PARTIES + "Police arrested the union leader Diego Paredes in Buenos Aires.",
     ("actor_organ_of_the_state_of_the_place",), False),
    ("In Buenos Aires, " + TWO_PARTIES[0].lower() + TWO_PARTIES[1:] + "Police arrested the union leader Diego Paredes.",
     (), True),
    # two states named, no place: no maker
    (TWO_PARTIES + "Police arrested the union leader Diego Paredes.", (), False),
    # a state named only as the arrested man's nationality is not the arresting one
    (TWO_PARTIES + "Police arrested the Argentine union leader Diego Paredes.", (), False),
]


@pytest.mark.parametrize("text,off,coded", ORGAN_CASES)
def test_a_state_organ_in_an_article_about_two_states_is_the_state_of_the_place(nlp, options, text, off, coded):
    _arrest_coded_by(nlp, options, text, off, coded, "actor_organ_of_the_state_of_the_place", (["ARG"], ["BRA"]))


RAID = ("Gunmen of the Red Dawn Front opened fire in northern Ruritania on Monday, officials said. "
        "The attack on the village of Oska left nine traders dead.")


@pytest.mark.parametrize("text", [
    RAID,
    "Fighters of the Red Dawn Front struck in northern Ruritania overnight. The assault on the town of Oska lasted hours.",
])
def test_a_definite_act_gives_the_act_it_retells_its_target_and_is_not_a_second_event(nlp, options, text):
    found = _events(nlp, options, text)
    assaults = [(a, r) for t, a, r, _rule in found if t == "ASSAULT"]
    assert len(assaults) == 1 and assaults[0][1], found
    off = _events(nlp, options, text, off=("actor_maker_of_the_act_told_before",))
    assert all(not r for t, _a, r, _rule in off if t == "ASSAULT"), off


@pytest.mark.parametrize("text", [
    # an indefinite act is a new one
    RAID.replace("The attack on", "An attack on"),
    # the act told before did not happen
    RAID.replace("opened fire", "did not open fire"),
])
def test_an_indefinite_act_or_one_after_an_unreal_act_retells_nothing(nlp, options, text):
    found = _events(nlp, options, text)
    assert not any("actor_maker_of_the_act_told_before" in rule for *_x, rule in found), found
    assert not any(t == "ASSAULT" and r for t, _a, r, _rule in found), found
