"""The target a hostile or demanding act leaves implicit is the one counterpart of the sentence before it
(extract/events/prior_targets.py).  Every sentence here is written for the test."""
from __future__ import annotations

import pytest

from event_pipeline import assert_rule_makes, coded

RULE = "recipient_counterpart_of_the_previous_sentence"


@pytest.mark.parametrize("text, event", [
    # an armed group named before; the reprisal names no target
    ("Rebels of the Red Dawn Front overran a border post on Friday. Ecuador retaliated with air strikes on Saturday.",
     ("ASSAULT", ["ECU"], ["Red Dawn Front"])),
    # a demand whose object names no one: the state that seized the boats
    ("Chile seized two fishing boats flying the Peruvian flag last week. Lima condemned the seizure and demanded "
     "their release.", ("REQUEST", ["PER"], ["CHL"])),
    # a state named by its adjective beside the actor's own: the one other state
    ("Chilean patrol boats chased Peruvian trawlers out of the bay on Friday. Peru demanded an apology on Sunday.",
     ("REQUEST", ["PER"], ["CHL"])),
])
def test_an_act_with_no_target_takes_the_one_counterpart_of_the_previous_sentence(nlp, options, text, event):
    assert_rule_makes(nlp, options, text, RULE, event)


NEIGHBOURS_NAME_NO_ONE = [
    # two states in the sentence before: no one
    "Chile and Bolivia closed the border crossings on Friday. Peru retaliated with new tariffs on Saturday.",
    # the counterpart is in the previous paragraph, neither the act's own nor the lead
    "Ecuador mourns its guards\n\nRebels of the Red Dawn Front overran a border post on Friday.\n\nEcuador "
    "retaliated with air strikes on Saturday.",
    # only the actor's own state before: never the actor's own side
    "Ecuadorian officials met in Quito on Friday. Ecuador retaliated with air strikes on Saturday.",
    # the verb's object is what it acts on, no act: not aimed at the state before
    "Chilean patrol boats chased Peruvian trawlers out of the bay on Friday. Peru ignored the ruling on Sunday.",
    # the act names whom it is aimed at by a common noun: they, not the state before
    "Chile closed its ports on Friday. Peru urged the fishermen to stay at home.",
]


# -- only the previous sentence of the paragraph, then the lead: no reach across the paragraph ---------------------

BEYOND_THE_PREVIOUS_SENTENCE = [
    # the target two sentences back, past a sentence naming no one (a reach of three sentences gained nothing on dev)
    "Rebels of the Red Dawn Front overran a border post on Friday. Four guards died in the fighting. Ecuador "
    "retaliated with air strikes on Saturday.",
    # the previous sentence names two: a contrast, no one
    "Rebels of the Red Dawn Front overran a border post on Friday. Chile and Bolivia offered help. Ecuador "
    "retaliated with air strikes on Saturday.",
]


# -- the lead: an act whose paragraph names no counterpart takes the one of the headline or first paragraph --------

def test_an_act_whose_paragraph_names_no_counterpart_takes_the_one_of_the_lead(nlp, options):
    text = ("Rebels of the Red Dawn Front overran an Ecuadorian border post on Friday.\n\nThe raid began before dawn. "
            "Four guards died.\n\nEcuador retaliated with air strikes on Saturday.")
    assert_rule_makes(nlp, options, text, RULE, ("ASSAULT", ["ECU"], ["Red Dawn Front"]))


LEADS_OF_TWO_OR_OF_THE_ACTORS_SIDE = [
    # the lead names two counterparts: no one
    "Chile and Bolivia closed their borders with Peru on Friday.\n\nThe closures began at dawn.\n\nPeru retaliated "
    "with new tariffs on Saturday.",
    # the lead names only the actor's own side
    "Ecuadorian ministers met in Quito on Friday.\n\nThe meeting began at dawn.\n\nEcuador retaliated with air "
    "strikes on Saturday.",
]



# -- who reports is no party: an outlet, the subject of a source verb, the object of "according to" -------------------

def test_the_source_of_a_report_leaves_the_one_counterpart_it_reports(nlp, options):
    # the sentence before names two, the Front and who said it: the one who said it is no candidate
    text = ("Rebels of the Red Dawn Front overran a border post on Friday, the Red Cross said. Ecuador retaliated with "
            "air strikes on Saturday.")
    assert_rule_makes(nlp, options, text, RULE, ("ASSAULT", ["ECU"], ["Red Dawn Front"]))


SOURCES_OF_A_REPORT = [
    # the one entity before is the subject of "said": the source of the report
    "Four guards died at a border post on Friday, the Red Cross said. Ecuador retaliated with air strikes on Saturday.",
    # ... of "reported", an outlet
    "Four guards died at a border post on Friday, Reuters reported. Ecuador retaliated with air strikes on Saturday.",
    # ... the object of "according to"
    "Four guards died at a border post on Friday, according to the Red Cross. Ecuador retaliated with air strikes "
    "on Saturday.",
    # a news outlet of the outlets table, whatever it does in the sentence
    "Al Jazeera showed the burned border post on Friday. Ecuador retaliated with air strikes on Saturday.",
]


def test_a_party_named_inside_a_quotation_stays_a_counterpart(nlp, options):
    text = ('"The Red Dawn Front killed four of our guards," a border official said on Friday. Ecuador retaliated '
            "with air strikes on Saturday.")
    assert_rule_makes(nlp, options, text, RULE, ("ASSAULT", ["ECU"], ["Red Dawn Front"]))


@pytest.mark.parametrize("text", NEIGHBOURS_NAME_NO_ONE + BEYOND_THE_PREVIOUS_SENTENCE + LEADS_OF_TWO_OR_OF_THE_ACTORS_SIDE
                         + SOURCES_OF_A_REPORT)
def test_no_counterpart_is_read(nlp, options, text):
    found = coded(nlp, options, text)
    assert not any(RULE in why for *_x, why in found), found


# -- an act whose sentences name no counterpart: its antecedent act's recipient, else the article's one counterpart --

ANTECEDENT = "recipient_of_the_antecedent_act"
ARTICLE = "recipient_the_one_counterpart_of_the_article"


def test_a_refusal_naming_no_one_answers_whom_the_earlier_refusal_answered(nlp, options):
    # two counterparts in the article (Peru, the Front) and two in the sentence before: the earlier refusal's target
    text = ("Ecuador rejected the demands of Peru on Monday. Ecuadorian jets bombed the Red Dawn Front on Friday. "
            "Chile and Bolivia urged calm. Quito refused to back down on Sunday.")
    found = coded(nlp, options, text)
    assert ("REJECT", ["ECU"], ["PER"]) in [(t, a, r) for t, a, r, why in found if ANTECEDENT in why], found
    off = coded(nlp, options, text, off=(ANTECEDENT,))
    assert [r for t, _a, r, _why in off if t == "REJECT"] == [["PER"], []], off


@pytest.mark.parametrize("text, event", [
    # the one party the article's acts set the actor against, as their target
    ("Ecuadorian jets bombed camps of the Red Dawn Front on Friday. Chile and Bolivia urged calm. Ecuador repeated "
     "the raid on Sunday.", ("COERCE", ["ECU"], ["Red Dawn Front"])),
    # ... as the maker of an act aimed at the actor's state
    ("Rebels of the Red Dawn Front attacked Ecuadorian soldiers on Friday. Chile and Bolivia urged calm. Ecuadorian "
     "troops repeated the raid on Sunday.", ("COERCE", ["ECU"], ["Red Dawn Front"])),
])
def test_an_act_naming_no_one_takes_the_one_counterpart_of_the_article(nlp, options, text, event):
    assert_rule_makes(nlp, options, text, ARTICLE, event)


NO_ONE_COUNTERPART = [
    # two parties the article sets the actor against: they compete, no one
    "Ecuadorian jets bombed camps of the Red Dawn Front on Friday. Ecuadorian troops shelled the Blue River Army on "
    "Saturday. Chile and Bolivia urged calm. Ecuador repeated the raid on Sunday.",
    # the article's only other act is the actor's state's own: never the actor's own side
    "Ecuadorian police detained Ecuadorian students on Friday. Chile and Bolivia urged calm. Ecuador repeated the "
    "raid on Sunday.",
    # the act names whom it is aimed at by a common noun: they, not the article's counterpart
    "Ecuadorian jets bombed camps of the Red Dawn Front on Friday. Chile and Bolivia urged calm. Ecuador urged the "
    "fishermen to stay at home.",
]


@pytest.mark.parametrize("text", NO_ONE_COUNTERPART)
def test_no_antecedent_or_article_counterpart_is_read(nlp, options, text):
    found = coded(nlp, options, text)
    assert not any(ANTECEDENT in why or ARTICLE in why for *_x, why in found), found


# -- a refusal of a thing someone made or decided ("rejected the outcome"): aimed at its maker, the one before --

MAKER = "recipient_maker_of_the_refused_thing"


@pytest.mark.parametrize("text, event", [
    ("Chile set a Friday deadline for the talks on Monday. Peru defied the deadline on Tuesday.",
     ("REJECT", ["PER"], ["CHL"])),
    ("Chile announced the results of the border survey on Monday. Peru rejected the results on Tuesday.",
     ("REJECT", ["PER"], ["CHL"])),
    ("The Red Dawn Front announced its new leaders on Monday. Ecuador rejected the outcome on Tuesday.",
     ("REJECT", ["ECU"], ["Red Dawn Front"])),
    # condemning or criticising a decision or a step is aimed at its maker too (ACCUSE)
    ("President Arce suspended the Bolivian parliament on Sunday. Chile condemned the move as a coup.",
     ("ACCUSE", ["CHL"], ["BOL"])),
    ("The Bolivian court acquitted the general on Monday. Peru criticised the decision on Tuesday.",
     ("ACCUSE", ["PER"], ["BOL"])),
])
def test_a_refused_thing_someone_made_is_aimed_at_the_counterpart_before(nlp, options, text, event):
    assert_rule_makes(nlp, options, text, MAKER, event)


REFUSED_THINGS_NAMING_NO_MAKER = [
    # a thing no one made for the act to answer: what is acted on
    "Chile put forward a plan on fishing rights on Monday. Peru rejected the old maps on Tuesday.",
    # the maker named by the phrase itself: no reach to the sentence before
    "Chile announced the results of the border survey on Monday. Peru rejected Bolivia's results on Tuesday.",
    # two states before: no one
    "Chile and Bolivia announced the results of the border survey on Monday. Peru rejected the results on Tuesday.",
]


@pytest.mark.parametrize("text", REFUSED_THINGS_NAMING_NO_MAKER)
def test_no_maker_of_a_refused_thing_is_read(nlp, options, text):
    found = coded(nlp, options, text)
    assert not any(MAKER in why for *_x, why in found), found
    assert not any(t == "REJECT" and r == ["CHL"] for t, _a, r, _why in found), found


# -- a refused thing whose maker its own sentence names: the one other party there --

BESIDE = "recipient_maker_named_beside_the_refused_thing"


@pytest.mark.parametrize("text, event", [
    ("Gabriel Boric signed a decree closing the mines, but the Chilean Senate annulled the decree on Friday.",
     ("REJECT", ["Chilean Senate"], ["Gabriel Boric"])),
    ("Peru's finance minister Carla Diaz presented a budget on Monday, and the Popular Force party rejected the "
     "budget a day later.", ("REJECT", ["Popular Force"], ["PER"])),
])
def test_a_refused_thing_takes_the_one_other_party_of_its_sentence(nlp, options, text, event):
    assert_rule_makes(nlp, options, text, BESIDE, event)


def test_a_condemned_step_takes_no_party_beside_it(nlp, options):
    # the one other party of a condemned step's sentence is often whom it fell on, not who took it
    text = "The president dismissed prime minister Ana Soto on Sunday, and the Popular Force party condemned the move."
    found = coded(nlp, options, text)
    assert not any(t == "ACCUSE" and BESIDE in why for t, _a, _r, why in found), found


def test_two_other_parties_beside_a_refused_thing_give_no_one(nlp, options):
    text = ("The Popular Force party and the Broad Front rejected the budget on Tuesday, while Carla Diaz and Pedro "
            "Ruiz defended it.")
    found = coded(nlp, options, text)
    assert any(t == "REJECT" and not r for t, _a, r, _why in found), found
    assert not any(BESIDE in why for *_x, why in found), found
