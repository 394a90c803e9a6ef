"""Recipients of events the way event data needs them (issue 13): a place the gazetteer does not know stands
for the state the text puts it in.  Every sentence here is invented for the test."""
from __future__ import annotations

import pytest

from event_pipeline import events_of
from test_event_rules import _events, _extract_named

KNOWN_TWO_STATES = ("Peru and Bolivia have argued over the lake for months. Bolivian officials say the water belongs "
                    "to Bolivia. Lima disputes that reading, and Peruvian farmers keep drawing from it. ")


@pytest.mark.parametrize("text, want", [
    # the in-phrase of the place, of the noun naming it, or of the act it is the target of
    ("Rebels shelled San Lorenzo in Peru on Sunday.", ("ASSAULT", ["rebels"], ["Peru"])),
    ("Rebels from Bolivia shelled the village of San Lorenzo in southern Peru on Sunday.",
     ("ASSAULT", ["Bolivia"], ["Peru"])),
    # an apposition that locates it
    ("Rebels shelled San Lorenzo, a town in southern Peru, on Sunday.", ("ASSAULT", ["rebels"], ["Peru"])),
    # a nominal act whose place is only in its in-phrase
    ("Milan Novak took responsibility for the deadly clashes in the village of San Lorenzo in northern Peru.",
     ("ASSAULT", ["Milan Novak"], ["Peru"])),
    # in an article about two states, force by one on a place the text does not locate falls on the other
    (KNOWN_TWO_STATES + "On Monday Bolivian troops shelled Santa Rosa with rockets.", ("ASSAULT", ["Bolivia"], ["Peru"])),
])
def test_an_unplaced_place_as_target_gives_the_state_the_text_puts_it_in(nlp, options, text, want):
    found = _extract_named(nlp, options, text)
    assert want in found, found


def test_an_unplaced_place_the_text_does_not_locate_stays_itself(nlp, options):
    found = _extract_named(nlp, options, "Bolivian gunners shelled the town of Santa Rosa on Sunday.")
    assert ("ASSAULT", ["Bolivia"], ["Santa Rosa"]) in found, found


def test_the_unplaced_place_rule_switched_off_leaves_the_place(nlp, options):
    text = KNOWN_TWO_STATES + "On Monday Bolivian troops shelled Santa Rosa with rockets."
    # (with the place gazetteer's state of the town off too: entities.place_states gives it the same state)
    events, entities = events_of(nlp, options, text, doc_id="doc_rules", off=("recipient_state_of_an_unplaced_place",),
                                 entity_off=("states_of_places",))
    countries = {e.id: e.country for e in entities.entities}
    off = [(e.event_type, [countries[a] for a in e.actor], [countries[r] for r in e.recipient]) for e in events]
    assert ("ASSAULT", ["BOL"], [None]) in off, off


# -- a body named before, called by what it is (entities.descriptions.described_bodies) --------------------

@pytest.mark.parametrize("text, want", [
    ("Moldova applied to join the European Union in 2022. On Monday the Moldovan government refused loans from "
     "the bloc.", ("REJECT", ["Moldova"], ["European Union"])),
    ("Facebook removed thousands of fake accounts last month. On Tuesday the Portuguese regulator asked the "
     "platform to explain its rules.", ("REQUEST", ["Portugal"], ["Facebook"])),
    ("The Houthis fired missiles at a tanker on Thursday. Washington condemned the militant group on Friday.",
     ("ACCUSE", ["United States"], ["Houthis"])),
])
def test_a_definite_description_stands_for_the_body_named_before(nlp, options, text, want):
    found = _extract_named(nlp, options, text)
    assert want in found, found


def _described(nlp, options, text, off=()):
    from newsweave.extract.entities import extract_entities
    from newsweave.model import Document
    doc = Document(id="d", source="d.txt", title=None, author=None, site=None, published=None, language="en", text=text)
    result = extract_entities(doc, nlp(text), options, rules_off=frozenset(off))
    return [(m.text, m.entity) for m in result.mentions if (m.rule or "").startswith("descriptions")]


@pytest.mark.parametrize("text", [
    # a group named by its own of-phrase, a name right after the noun, an indefinite or a plural noun
    "The Houthis fired missiles on Thursday. The group of experts met on Friday.",
    "The Houthis fired missiles on Thursday. The alliance Nueva Aurora was formed on Friday.",
    "The Houthis fired missiles on Thursday. A group of fishermen left the port.",
    # no body of a fitting kind named before ("the group" after a state only)
    "Chile sent envoys on Thursday. Peru condemned the group on Friday.",
])
def test_a_description_names_no_earlier_body_when_it_names_its_own_or_none_fits(nlp, options, text):
    assert _described(nlp, options, text) == []


def test_the_description_rule_switched_off_leaves_the_noun_unlinked(nlp, options):
    text = "The Houthis fired missiles on Thursday. Washington condemned the militant group on Friday."
    assert [t for t, _e in _described(nlp, options, text)] == ["group"]
    assert _described(nlp, options, text, ("described_bodies",)) == []


# -- an organ of a state named with no state, in an article about one state (phrases.state_organ_named_alone) --

@pytest.mark.parametrize("text, want", [
    ("Tomas Ortega, the governor of the island of Tarsa in Chile, on Monday urged the National Government to hold "
     "talks on autonomy.", ("REQUEST", ["Tomas Ortega"], ["National Government", "Chile"])),
])
def test_an_organ_of_a_state_named_alone_is_the_articles_state(nlp, options, text, want):
    found = _extract_named(nlp, options, text)
    assert want in found, found


def test_an_organ_named_alone_in_an_article_about_two_states_stays_itself(nlp, options):
    text = ("Tomas Ortega, the governor of the island of Tarsa in Chile, met Peruvian envoys and on Monday urged the "
            "National Government to hold talks on autonomy.")
    found = _extract_named(nlp, options, text)
    assert not any(t == "REQUEST" and "Chile" in r for t, _a, r in found), found


def test_a_description_prefers_the_body_the_text_is_about_over_one_named_beside_it(nlp, options):
    # the nearest fitting body is named only in a modifier of the subject: the subject is meant
    text = "The Houthis, backed by Hezbollah, fired missiles at a tanker on Thursday. Washington condemned the militant group on Friday."
    assert ("ACCUSE", ["United States"], ["Houthis"]) in _extract_named(nlp, options, text)


@pytest.mark.parametrize("text, want", [
    # "from" on the verb itself (roles.recipients_of: SOURCE_PREPS for REQUEST)
    ("Ecuador sought urgent assistance from Secretary-General Lina Ortiz and regional leaders.",
     ("REQUEST", ["Ecuador"], ["Lina Ortiz"])),
    ("Ecuador requested assistance from Colombia after the earthquake.", ("REQUEST", ["Ecuador"], ["Colombia"])),
])
def test_the_one_a_request_is_made_from_receives_it(nlp, options, text, want):
    found = _extract_named(nlp, options, text)
    assert want in found, found


def test_the_one_asked_is_never_the_requester(nlp, options):
    found = _extract_named(nlp, options, "Ecuador sought urgent assistance from Secretary-General Lina Ortiz.")
    assert not any(t == "REQUEST" and a == ["Lina Ortiz"] for t, a, _r in found), found


# -- the from-phrase of a nominal statement names its maker (roles.maker_from_phrase) ----------------------------------
@pytest.mark.parametrize("text, want", [
    ("The shooting drew swift condemnation from Ecuador on Monday.", ("ACCUSE", ["Ecuador"], [])),
    ("A rejection from Ecuador ended the talks.", ("REJECT", ["Ecuador"], [])),
])
def test_the_from_phrase_of_a_nominal_statement_is_its_maker(nlp, options, text, want):
    found = _extract_named(nlp, options, text)
    assert want in found, found


def test_the_maker_from_phrase_switched_off_leaves_the_statement_without_maker(nlp, options):
    off = _events(nlp, options, "The shooting drew swift condemnation from Ecuador on Monday.", ("maker_from_phrase",))
    assert not any(t == "ACCUSE" and a == ["ECU"] for t, a, _r, _aux in off), off


@pytest.mark.parametrize("text", [
    "The plan won approval from Ecuador and Colombia.",           # a vote on a measure, not a backing of a party
    "Ecuador's withdrawal from the pact angered Peru.",           # "from" is where it leaves, not who leaves
])
def test_a_from_phrase_names_no_maker_of_a_backing_or_a_departure(nlp, options, text):
    found = _extract_named(nlp, options, text)
    assert not any(t == "SUPPORT" and a == ["Ecuador", "Colombia"] for t, a, _r in found), found
    assert not any(a == ["pact"] for _t, a, _r in found), found


# -- a state's adjective on people who act for no state (data/plover/sector_classes.tsv) -------------------------

@pytest.mark.parametrize("text, want", [
    # subject, object, object of a by-agent: the group by name, not its state
    # (the protest, aimed at no one named, goes to the one state named: parties.protest_aimed_at_the_one_state)
    ("Angry Chilean protesters blocked the coastal highway on Monday.", ("PROTEST", ["Chilean protesters"], ["Chile"])),
    ("Kenyan students marched to the ministry to demand lower fees.", ("PROTEST", ["Kenyan students"], ["Kenya"])),
    ("Dozens of Israeli settlers attacked a Palestinian village on Friday.",
     ("ASSAULT", ["Israeli settlers"], ["Palestine"])),
    ("Bolivian police arrested twelve Chilean protesters on Tuesday.", ("COERCE", ["Bolivia"], ["Chilean protesters"])),
    ("The Chilean government condemned Peruvian protesters for the violence.",
     ("ACCUSE", ["Chile"], ["Peruvian protesters"])),
])
def test_a_state_adjective_on_a_non_state_group_keeps_the_group(nlp, options, text, want):
    found = _extract_named(nlp, options, text)
    assert want in found, found


@pytest.mark.parametrize("text, want", [
    # officials and forces of a state are that state
    ("Kenyan soldiers attacked a militant camp in Somalia.", ("ASSAULT", ["Kenya"], ["Somalia"])),
    ("Bolivian officials accused Chile of spying on the navy.", ("ACCUSE", ["Bolivia"], ["Chile"])),
    # a named body stays the body
    ("Houthi rebels fired missiles at a Greek tanker.", ("ASSAULT", ["Houthis"], ["Greece"])),
])
def test_a_state_adjective_on_officials_and_forces_stays_the_state(nlp, options, text, want):
    found = _extract_named(nlp, options, text)
    assert want in found, found


def test_civilians_with_no_state_named_are_a_group_not_the_state(nlp, options):
    # (entity rule acting_people: plain people alone doing a coded act are a group named by the noun, never the state)
    found = _extract_named(nlp, options, "Students marched on parliament in Nairobi on Monday.")
    assert [actors for _t, actors, _r in found] == [["students"]], found


# -- the on-phrase of the participle describing a nominal act (roles.participle_preps) ----------------------------

@pytest.mark.parametrize("text, want", [
    ("The sanctions imposed on Bolivia by Peru took effect on Monday.", ("SANCTION", ["PER"], ["BOL"], None)),
    ("The embargo imposed on Ecuador by Colombia ended in May.", ("SANCTION", ["COL"], ["ECU"], None)),
])
def test_the_on_phrase_of_a_participle_on_an_act_noun_is_its_recipient(nlp, options, text, want):
    assert want in _events(nlp, options, text), _events(nlp, options, text)
    off = _events(nlp, options, text, ("participle_preps",))
    assert want not in off, off


def test_a_participle_of_place_on_an_act_noun_names_no_recipient(nlp, options):
    # "held in X": where the talks were, not whom they were aimed at
    found = _events(nlp, options, "The sanctions announced in Lima by Peru hit Bolivian exporters.")
    assert not any(t == "SANCTION" and "PER" in r for t, _a, r, _x in found), found


# -- the of-phrase of an act noun with a to-infinitive names its maker (roles.of_maker) ---------------------------

@pytest.mark.parametrize("text, want", [
    ("The refusal of the Chilean government to send troops to Peru angered Lima.", ("REJECT", ["CHL"], ["PER"], None)),
    ("The refusal of Chile to send troops to Peru angered Lima.", ("REJECT", ["CHL"], ["PER"], None)),
    ("The refusal of Ecuador to meet the Colombian envoy drew criticism.", ("REJECT", ["ECU"], ["COL"], None)),
])
def test_the_of_phrase_of_an_act_noun_with_an_infinitive_is_its_maker(nlp, options, text, want):
    assert want in _events(nlp, options, text), _events(nlp, options, text)
    off = _events(nlp, options, text, ("of_maker",))
    assert want not in off, off


def test_the_of_phrase_of_an_act_noun_without_an_infinitive_is_what_is_acted_on(nlp, options):
    found = _events(nlp, options, "Peru ordered the expulsion of two Chilean diplomats on Monday.")
    assert not any(a == ["CHL"] for _t, a, _r, _x in found), found
    assert any(a == ["PER"] and r == ["CHL"] for _t, a, r, _x in found), found


# -- the target phrase hung on the by-phrase of a nominal act of force (roles.by_phrase_preps) ---------------------

def test_the_on_phrase_after_the_by_phrase_of_an_attack_is_its_target(nlp, options):
    text = "The report described an attack by hardcore Chilean settlers on Bolivians picking grapes near the border."
    want = ("ASSAULT", ["Chilean settlers"], ["Bolivia"])
    assert want in _extract_named(nlp, options, text), _extract_named(nlp, options, text)
    off = _events(nlp, options, text, ("by_phrase_preps",))
    assert not any(t == "ASSAULT" and r for t, _a, r, _x in off), off


def test_a_with_phrase_after_the_by_phrase_is_no_target(nlp, options):
    found = _extract_named(nlp, options, "The report described an attack by Chilean settlers with stones and clubs.")
    assert all(not r for t, _a, r in found if t == "ASSAULT"), found


def test_a_state_adjective_on_a_place_noun_of_the_civil_sectors_is_the_place_not_a_group(nlp, options):
    # "villages", "schools" are Phoenix civilian agents, but they are places: what hits them falls on their state
    found = _extract_named(nlp, options, "Chilean troops shelled Bolivian villages near the border on Sunday.")
    assert ("ASSAULT", ["Chile"], ["Bolivia"]) in found, found


def test_a_singular_group_noun_on_an_act_noun_names_the_group(nlp, options):
    text = "Chilean settler attacks on Bolivian villages rose sharply this year."
    assert ("ASSAULT", ["Chilean settlers"], ["Bolivia"]) in _extract_named(nlp, options, text), _extract_named(nlp, options, text)
    off = _events(nlp, options, text, ("without_group_context",))
    assert any(t == "ASSAULT" and "CHL" in a and len(a) == 2 for t, a, _r, _x in off), off


def test_a_state_adjective_on_an_act_noun_without_a_group_stays_the_state(nlp, options):
    found = _extract_named(nlp, options, "Chilean air strikes on Bolivian villages rose sharply this year.")
    assert ("ASSAULT", ["Chile"], ["Bolivia"]) in found, found


@pytest.mark.parametrize("text, want", [
    # the object, the people of a count as object, the object of "on", the passive subject
    ("Kenyan troops killed dozens of villagers in a raid near the lake.", ("ASSAULT", ["Kenya"], ["villagers"])),
    ("Kenyan police arrested four farmers at the market on Friday.", ("COERCE", ["Kenya"], ["farmers"])),
    ("Witnesses said Kenyan soldiers had fired on civilians near the lake.", ("ASSAULT", ["Kenya"], ["civilians"])),
])
def test_people_alone_on_the_receiving_end_of_an_act_are_its_recipient(nlp, options, text, want):
    found = _extract_named(nlp, options, text)
    assert want in found, found


@pytest.mark.parametrize("text", [
    # the same nouns as the ones acting, or as places and things, are no recipient group
    "Civilians fled the town as Kenyan soldiers advanced.",
    "Kenyan soldiers shelled three villages near the lake.",
])
def test_people_who_act_or_places_are_no_recipient_group(nlp, options, text):
    found = _extract_named(nlp, options, text)
    assert not any(r in (["civilians"], ["villages"]) for _t, _a, r in found), found


# -- the partner of an agreement left or suspended (coder_words relation_nouns: treaty, accord, pact...) ----

@pytest.mark.parametrize("text, want", [
    ("Peru withdrew from the border treaty with Chile on Monday.", ("REJECT", ["Peru"], ["Chile"])),
    ("Bolivia withdrew from the fishing accord with Peru last week.", ("REJECT", ["Bolivia"], ["Peru"])),
])
def test_leaving_an_agreement_with_a_partner_is_aimed_at_the_partner(nlp, options, text, want):
    found = _extract_named(nlp, options, text)
    assert want in found, found


def test_leaving_an_agreement_that_names_no_partner_names_no_recipient(nlp, options):
    found = _extract_named(nlp, options, "Peru withdrew from the border treaty on Monday.")
    assert all(rec == [] for t, _a, rec in found if t in ("REJECT", "RETREAT")), found


# -- a plural pronoun under a nameless plural subject (phrases.plural_pronoun_of_a_nameless_subject) ---------

NAMELESS_POLICE = ("Thousands of farmers marched from Arequipa to the coast. "
                   "Police said they were forced to open fire during the clashes.")


def test_a_plural_pronoun_of_a_nameless_subject_is_not_a_town_named_before(nlp, options):
    found = _extract_named(nlp, options, NAMELESS_POLICE)
    assert not any("Arequipa" in a for _t, a, _r in found), found


def test_a_plural_pronoun_of_a_named_subject_is_that_subject(nlp, options):
    found = _extract_named(nlp, options, "Peruvian rebels said they attacked an army base in Chile.")
    assert ("ASSAULT", ["Peruvian rebels"], ["Chile"]) in found, found


def test_the_nameless_subject_rule_switched_off_reaches_back_for_the_town(nlp, options):
    off = _events(nlp, options, NAMELESS_POLICE, ("plural_pronoun_of_a_nameless_subject",))
    on = _events(nlp, options, NAMELESS_POLICE)
    assert off != on, (off, on)


# -- a territory withdrawn from (roles.territory_withdrawn_from) ---------------------------------------------

@pytest.mark.parametrize("text, want", [
    # the state the gazetteer puts the region in, when the text names it; else the region itself
    ("Russia's withdrawal from the Kherson region last year surprised Ukraine.", ("RETREAT", ["Russia"], ["Ukraine"])),
    ("Armenian forces withdrew from the Nagorno-Karabakh region last year.", ("RETREAT", ["Armenia"], ["Nagorno-Karabakh"])),
])
def test_a_region_withdrawn_from_is_received_by_its_state(nlp, options, text, want):
    found = _extract_named(nlp, options, text)
    assert want in found, found


def test_a_region_of_the_actors_own_state_withdrawn_from_is_no_recipient(nlp, options):
    found = _extract_named(nlp, options, "Ukrainian troops withdrew from the Kherson region on Monday.")
    assert ("RETREAT", ["Ukraine"], []) in found, found


def test_the_territory_rule_switched_off_leaves_no_recipient(nlp, options):
    text = "Russia's withdrawal from the Kherson region last year surprised Ukraine."
    assert ("RETREAT", ["RUS"], [], None) in _events(nlp, options, text, ("territory_withdrawn_from",))


# -- the place of an act is no recipient once the act names whom it is done to (roles.place_of_the_act_dropped) --

def _named(nlp, options, text, off=()):
    from event_pipeline import events_of
    opts = options.replace(event_auxiliaries=("negation", "hypothetical", "future", "historical"))
    events, entities = events_of(nlp, opts, text, doc_id="doc_place", off=off)
    names = {e.id: e.country or e.name for e in entities.entities}
    return [(e.event_type, sorted(names[a] for a in e.actor), sorted(names[r] for r in e.recipient)) for e in events]


@pytest.mark.parametrize("text, category, place", [
    ("Kenyan police detained two Ugandan activists at Jomo Kenyatta airport.", "COERCE", "Jomo Kenyatta Airport"),
    ("Kenyan police arrested the singer at Heathrow.", "COERCE", "Heathrow"),
])
def test_the_place_where_a_named_patient_is_held_is_no_recipient(nlp, options, text, category, place):
    on = _named(nlp, options, text)
    off = _named(nlp, options, text, ("place_of_the_act",))
    assert any(t == category for t, _a, _r in on), on
    assert not any(place.lower() in (x or "").lower() for t, _a, r in on for x in r), on
    assert any(place.lower() in (x or "").lower() for t, _a, r in off for x in r), off


@pytest.mark.parametrize("text, want", [
    # what is fired is no patient: the at-phrase is the target, and the place stands for its state
    ("Kenyan troops fired rockets at Kampala.", ("ASSAULT", ["KEN"], ["UGA"])),
    # a party named in the at-phrase is still whom the act is aimed at
    ("Kenyan police fired tear gas at Ugandan protesters in Nairobi.", ("ASSAULT", ["KEN"], ["UGA"])),
])
def test_an_at_phrase_naming_the_target_stays_the_recipient(nlp, options, text, want):
    assert want in _named(nlp, options, text)


# -- the for-phrase of withheld aid, and the thing a partitive measures ("part of its aid for X") -----------------

@pytest.mark.parametrize("text, want", [
    ("Canada suspended its aid program for Bolivia on Monday.", ("SANCTION", ["CAN"], ["BOL"])),
    ("Norway halted part of its development funding for Nepal last week.", ("SANCTION", ["NOR"], ["NPL"])),
    ("Japan froze most of the loans for Laos in March.", ("SANCTION", ["JPN"], ["LAO"])),
])
def test_the_one_withheld_aid_was_for_receives_the_sanction(nlp, options, text, want):
    from event_pipeline import roles

    assert want in roles(nlp, options, text), roles(nlp, options, text)


@pytest.mark.parametrize("text", [
    "Canada suspended the head of its aid program for Bolivia on Monday.",  # the head is sanctioned, not a share
    "Canada suspended two ministers for a trip to Bolivia.",  # no aid withheld: the for-phrase is a reason
])
def test_a_for_phrase_beside_no_withheld_share_names_no_recipient(nlp, options, text):
    from event_pipeline import roles

    found = roles(nlp, options, text)
    assert not any(t == "SANCTION" and "BOL" in r for t, _a, r in found), found


# -- a domestic act on the state's own organ, described by who controls it (phrases.who_controls_it) ------------------

@pytest.mark.parametrize("text", [
    "Chilean President Anton Vell has dissolved the opposition-led parliament amid an impeachment trial.",
    "Chilean President Anton Vell dissolved the opposition-dominated congress on Monday.",
])
def test_an_organ_described_by_who_controls_it_is_still_its_states(nlp, options, text):
    from event_pipeline import roles

    assert ("COERCE", ["Anton Vell"], ["CHL"]) in roles(nlp, options, text), roles(nlp, options, text)
    off = roles(nlp, options, text, off=("organ_described_by_its_control",))
    assert ("COERCE", ["Anton Vell"], ["CHL"]) not in off, off


@pytest.mark.parametrize("text", [
    "Chilean President Anton Vell has dissolved the rebel parliament amid an impeachment trial.",  # not a participle
    "Chilean President Anton Vell dissolved the Bolivian-backed council on Monday.",  # the participle names a state
])
def test_other_modifiers_of_an_organ_still_withhold_the_state(nlp, options, text):
    from event_pipeline import roles

    found = roles(nlp, options, text)
    assert not any(t == "COERCE" and "CHL" in r for t, _a, r in found), found
