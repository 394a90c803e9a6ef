"""Event categories on sentences of our own: appeals to no one, contract
concessions, and a place named before a noun of force (issue 13, category precision); and what stays
coded as PLOVER and its CAMEO crosswalk define it."""
from __future__ import annotations

import pytest

from newsweave.model import Document
from newsweave.pipeline import extract_one
from test_event_rules import _events

ALL_AUXILIARIES = {"event_auxiliaries": ("negation", "hypothetical", "future", "historical")}


def _records(nlp, options, text):
    doc = Document(id="doc_cat", source="t.txt", title=None, author=None, site=None, published=None,
                   language="en", text=text)
    return extract_one(doc, nlp(text), options.replace(**ALL_AUXILIARIES))


def _coded(records):
    ents = {e.id: e for e in records.entities}
    country = lambda ids: {ents[i].country for i in ids if i in ents and ents[i].country}  # noqa: E731
    return [(e.event_type, country(e.actor), country(e.recipient)) for e in records.events]


@pytest.mark.parametrize("text,kind", [
    # an appeal to no one for a state of things (unity, calm, a response) asks nothing of a party
    ("Speaking in Quito, the Ecuadorian president called for national unity.", "REQUEST"),
    ("The Kenyan bishops called for calm after the disputed count.", "REQUEST"),
    ("The Chilean minister called for a swift response from investors.", "REQUEST"),
    # force used on an ill is a figure of speech: no attack, and no threat when it is vowed
    ("The new Ecuadorian president vowed to fight corruption.", "THREATEN"),
    ("The new Ecuadorian president vowed to fight corruption.", "ASSAULT"),
    ("Argentina's central bank has been battling inflation for years.", "ASSAULT"),
    # ... and so is force used on a measure of an ill ("the inflation rate", "one of the worst crime rates")
    ("Argentine families battle one of the worst inflation rates in the region.", "ASSAULT"),
    ("Chilean police battled the soaring crime rate last year.", "ASSAULT"),
    # announcing one's exit from a coalition or an organization is no concession of territory
    ("The Peruvian populist leader announced the withdrawal of his party from the ruling coalition.", "CONCEDE"),
    # committing an offence is no commitment (AGREE)
    ("A court found that the Peruvian mayor had committed fraud and bribery.", "AGREE"),
    ("Prosecutors said the Chilean banker committed all three offences.", "AGREE"),
    ("Prosecutors said the Bolivian general had plotted to destroy democracy and the constitution.", "THREATEN"),
    ("Prosecutors said the Bolivian general had plotted to destroy democracy and the constitution.", "ASSAULT"),
    # a port or mining concession is a contract, not something yielded to a party
    ("A court in Bolivia reviewed the Brazilian firm's mining concession.", "CONCEDE"),
])
def test_what_is_not_that_category(nlp, options, text, kind):
    assert kind not in [k for k, _, _ in _coded(_records(nlp, options, text))]


@pytest.mark.parametrize("text,kind,actor", [
    # the same words with an addressee or a concrete demand stay requests
    ("The Ecuadorian president called on Peru to reopen the border.", "REQUEST", "ECU"),
    ("The Kenyan bishops called for the release of the detained Ugandan reporters.", "REQUEST", "KEN"),
    # a concession made to someone, or offered, is one
    ("Bolivia's concession to Chile on water rights angered farmers.", "CONCEDE", "BOL"),
    ("The Swiss envoy won concessions from Peru on the curfew.", "CONCEDE", "PER"),
    # fighting a party is still force
    ("Ecuador vowed to fight the Peruvian smugglers in the south.", "THREATEN", "ECU"),
    ("Peruvian troops battled one of the rebel units near the border.", "ASSAULT", "PER"),
    # destroying one's own weapons is giving them up (PLOVER RETREAT 'disarm'), not an attack
    ("Colombian guerrillas of the ELN destroyed their rifles at a ceremony in Bogota.", "RETREAT", "COL"),
    ("Colombian troops destroyed the rebels' weapons near Cali.", "ASSAULT", "COL"),
    # a legal appeal rejects a ruling (PLOVER REJECT); an appeal to a party is still a request
    ("The Peruvian government said it would appeal the verdict.", "REJECT", "PER"),
    ("Chile appealed against the ruling of the Bolivian court.", "REJECT", "CHL"),
    ("Chile appealed to Bolivia for calm on the border.", "REQUEST", "CHL"),
    # a commitment to something, or of forces or money, is still one
    ("Chile committed to a ceasefire with the Bolivian rebels.", "AGREE", "CHL"),
    ("Canada committed two frigates and 300 sailors to the Peruvian mission.", "AGREE", "CAN"),
    # leaving an organization is PLOVER SANCTION 'withdraw'; announcing a pullout from territory stays CONCEDE
    ("Mali announced its withdrawal from the Economic Community of West African States.", "SANCTION", "MLI"),
    ("Mali announced a withdrawal of its troops from the Niger border.", "CONCEDE", "MLI"),
    # refusing a proposal is still a rejection, and so is declining to yield (CAMEO 124, PLOVER REJECT 'yield')
    ("Peru refused Chile's proposal for joint patrols.", "REJECT", "PER"),
    ("The Peruvian government refused to back down over the port fees.", "REJECT", "PER"),
    # a visit stays a meeting even when it frames what was said during it (PLOVER CONSULT 'visit')
    ("During a visit to Lima, the Bolivian president praised the new rail link.", "CONSULT", "BOL"),
])
def test_the_category_still_holds(nlp, options, text, kind, actor):
    assert any(k == kind and actor in a for k, a, _ in _coded(_records(nlp, options, text)))


@pytest.mark.parametrize("text,target", [
    ("Analysts in Berlin discussed the long Ukraine invasion and its cost.", "UKR"),
    ("Officials in Oslo condemned the Lebanon invasion.", "LBN"),
    ("The Venezuela attack was discussed in Madrid.", "VEN"),
])
def test_a_place_before_a_noun_of_force_is_its_target_not_its_actor(nlp, options, text, target):
    coded = _coded(_records(nlp, options, text))
    assert not [a for k, a, _ in coded if k == "ASSAULT" and target in a], coded


@pytest.mark.parametrize("text", [
    "Chile deployed troops to the southern province on Monday.",
    "Chile sent soldiers to the northern district after the riots.",
])
def test_forces_sent_to_a_part_of_the_country_are_mobilised_not_given(nlp, options, text):
    found = [(t, a) for t, a, _r, _aux in _events(nlp, options, text)]
    assert ("MOBILIZE", ["CHL"]) in found and not any(t == "AID" for t, _a in found), found


def test_forces_sent_to_another_state_are_still_given_to_it(nlp, options):
    found = [(t, a, r) for t, a, r, _aux in _events(nlp, options, "Chile sent soldiers to Peru on Monday.")]
    assert ("AID", ["CHL"], ["PER"]) in found, found


@pytest.mark.parametrize("text", [
    "Chilean police have been deployed to the southern province after the riots.",
    "Chile sent extra police reinforcements to the northern district on Monday.",
])
def test_police_sent_somewhere_are_mobilised_as_troops_are(nlp, options, text):
    found = [(t, a) for t, a, _r, _aux in _events(nlp, options, text)]
    assert ("MOBILIZE", ["CHL"]) in found, found


def test_police_acting_on_someone_are_not_mobilised(nlp, options):
    found = [t for t, _a, _r, _aux in _events(nlp, options, "Chilean police arrested two men near the port.")]
    assert "COERCE" in found and "MOBILIZE" not in found, found


@pytest.mark.parametrize("text,actor,recipient", [
    # a permission for a named party to act is a concession to it (CAMEO 080/081 'yield, ease administrative
    # sanctions' -> PLOVER CONCEDE), the one let act receives it
    ("Kenya will allow Somali herders to graze their cattle inside the reserve.", "KEN", "SOM"),
    ("Last week Uruguay permitted the Paraguayan envoy to visit the detained sailors.", "URY", "PRY"),
])
def test_a_permission_to_act_is_a_concession_to_whoever_is_let_act(nlp, options, text, actor, recipient):
    assert ("CONCEDE", {actor}, {recipient}) in _coded(_records(nlp, options, text))


def test_allowing_the_delivery_of_aid_is_access_granted(nlp, options):
    coded = _coded(_records(nlp, options, "Ethiopia allowed the delivery of Kenyan grain to the northern camps."))
    assert ("RETREAT", {"ETH"}, {"KEN"}) in coded and "CONCEDE" not in [k for k, _, _ in coded]


@pytest.mark.parametrize("text", [
    # letting a thing happen, or a pronoun no one was named for, is no concession to a party
    ("Peru no longer allows copper ore to cross its southern border."),
    ("The Chilean minister said the state will never allow poverty to grow again."),
    ("Bolivia allowed it to lapse quietly."),
])
def test_allowing_a_thing_is_no_concession(nlp, options, text):
    assert "CONCEDE" not in [k for k, _, _ in _coded(_records(nlp, options, text))]


@pytest.mark.parametrize("text,actor,recipient", [
    # an obligation the speaker lays on another party is a demand (CAMEO 10 -> PLOVER REQUEST), whatever the
    # verb of saying
    ("Ecuador announced that Peru must withdraw its patrol boats from the estuary.", "ECU", "PER"),
    ("The Kenyan minister told reporters that Uganda must hand over the two smugglers.", "KEN", "UGA"),
    ("Chile's envoy stressed that Bolivia must respect the court ruling.", "CHL", "BOL"),
])
def test_an_obligation_laid_on_another_party_is_a_demand(nlp, options, text, actor, recipient):
    assert ("REQUEST", {actor}, {recipient}) in _coded(_records(nlp, options, text))


def test_a_group_demands_of_its_own_state_leader(nlp, options):
    # rebels act for no state: their demand on their country's president is a demand, not an obligation of their own
    records = _records(nlp, options, "Congolese rebels announced that President Tshisekedi must step down before any talks.")
    assert any(e.event_type == "REQUEST" and e.recipient for e in records.events)


@pytest.mark.parametrize("text", [
    # an obligation of the speaker's own side is no demand on anyone
    ("The Chilean government announced that it must cut spending this year."),
    ("Peru's finance minister told reporters that Peru must borrow less."),
])
def test_an_obligation_of_ones_own_side_is_no_demand(nlp, options, text):
    assert "REQUEST" not in [k for k, _, _ in _coded(_records(nlp, options, text))]


@pytest.mark.parametrize("text,actor,recipient", [
    # blame the speaker lays on another party is an accusation (PLOVER ACCUSE), as "blamed X" is
    ("The Chilean president said Bolivia was to blame for the border shooting.", "CHL", "BOL"),
    ("Ecuador declared that Peru was responsible for the oil spill in the estuary.", "ECU", "PER"),
    ("Kenya insisted that Uganda was guilty of the raid on the border post.", "KEN", "UGA"),
])
def test_blame_laid_on_another_party_is_an_accusation(nlp, options, text, actor, recipient):
    assert ("ACCUSE", {actor}, {recipient}) in _coded(_records(nlp, options, text))


@pytest.mark.parametrize("text", [
    # blame denied, the speaker's own side, a thing blamed, and a spokesman's claim for his own group accuse no one
    ("The Chilean president said Bolivia was not to blame for the border shooting."),
    ("Ecuador declared that Ecuador was responsible for the safety of the estuary."),
    ("Kenya said the heavy rain was to blame for the flooding."),
    ("Tomas Ortiz, the spokesman of the Andean Liberation Front, said the group was responsible for the raid."),
])
def test_blame_not_laid_on_another_party_is_no_accusation(nlp, options, text):
    assert "ACCUSE" not in [k for k, _, _ in _coded(_records(nlp, options, text))]


@pytest.mark.parametrize("text,kind,actor,coded", [
    # "engaged in" an atrocity is the atrocity done, as "committed" is (CAMEO2PLOVER 202/203 -> ASSAULT) ...
    ("Bosnian forces engaged in ethnic cleansing against Croatian villagers.", "ASSAULT", "BIH", True),
    ("The Cambodian regime engaged in genocide against its own people.", "ASSAULT", "KHM", True),
    # ... but engaging in talks is still a meeting, never an attack
    ("Chinese diplomats engaged in talks with India about the border.", "ASSAULT", "CHN", False),
    ("Chinese diplomats engaged in talks with India about the border.", "CONSULT", "CHN", True),
    # ground taken back by force is an armed attack, as "captured" is ...
    ("The Turkish army has retaken a strategic hill in northern Syria after heavy clashes.", "ASSAULT", "TUR", True),
    # ... not a lead or a seat won back
    ("The Brazilian party retook the lead in the polls after the debate.", "ASSAULT", "BRA", False),
])
def test_atrocities_engaged_in_and_ground_retaken_are_assaults(nlp, options, text, kind, actor, coded):
    found = _coded(_records(nlp, options, text))
    assert any(t == kind and actor in a for t, a, _r in found) is coded, found
