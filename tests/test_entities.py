"""Actors: gazetteer data, linking rules on (text, expected) tables, and the entity quality gate."""
from __future__ import annotations

import csv
import json
import re
import unicodedata
from pathlib import Path

import pycountry
import pytest

from newsweave.extract.entities import COUNTRY_RULES, RULES, EntityResult, extract_entities
from newsweave.errors import ConfigError
from newsweave.extract.gazetteer import GAZETTEER_DIR, load_gazetteer
from newsweave.model import Document

from conftest import ROOT, shared_path

CORPUS = ROOT / "tests" / "corpus" / "entities"
# pinned minimum of the entity F1 on our own corpus (issue 3 acceptance: 0.85); raising it is an explicit act
OWN_CORPUS_MIN_F1 = 0.968  # measured 0.988 (2026-11-24), floor 0.02 below
SEED_MIN_F1 = 0.90
SEED_MIN_PRECISION = 0.90


def run(nlp, options, text: str, off: tuple[str, ...] = ()) -> EntityResult:
    doc = Document(id="d1", source="t.txt", title=None, author=None, site=None, published=None,
                   language="en", text=text)
    return extract_entities(doc, nlp(text), options, rules_off=frozenset(off))


def by_surface(result: EntityResult) -> dict[str, object]:
    return {m.text: result.entity(m.entity) for m in result.mentions}


# -- the gazetteer as data ---------------------------------------------------------------------------

def test_every_state_has_a_valid_code_and_unique_qid():
    gaz = load_gazetteer()
    states = [e for e in gaz.entries.values() if e.kind == "country"]
    assert len(states) >= 193 + 2  # UN members and observers
    for e in states:
        assert e.country == "XKX" or pycountry.countries.get(alpha_3=e.country), e
        assert e.wikidata is None or re.fullmatch(r"Q\d+", e.wikidata), e
    qids = [e.wikidata for e in gaz.entries.values() if e.wikidata]
    assert len(qids) == len(set(qids))


@pytest.mark.parametrize("alpha3, qid", [("PRK", "Q423"), ("KOR", "Q884"), ("RUS", "Q159"), ("UKR", "Q212"),
                                         ("USA", "Q30"), ("CHN", "Q148"), ("FRA", "Q142"), ("TWN", "Q865")])
def test_known_state_qids(alpha3, qid):
    gaz = load_gazetteer()
    assert gaz.entries[qid].country == alpha3


def test_shipped_country_table_is_the_generator_output():
    import importlib.util

    spec = importlib.util.spec_from_file_location("build_gazetteer", ROOT / "scripts" / "build_gazetteer.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    rows = build.build_rows(build.read_facts(build.FACTS))
    lines = [ln for ln in (GAZETTEER_DIR / "countries.tsv").read_text(encoding="utf-8").splitlines()
             if ln and not ln.startswith("#")]
    shipped = list(csv.DictReader(lines, delimiter="\t"))
    assert [(r["id"], r["aliases"], r["capitals"]) for r in rows] == \
        [(r["id"], r["aliases"], r["capitals"]) for r in shipped], "run scripts/build_gazetteer.py"


def test_every_data_row_names_its_source():
    for path in GAZETTEER_DIR.glob("*.tsv"):
        lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
        for row in csv.DictReader(lines, delimiter="\t"):
            assert row.get("source"), (path.name, row)


def test_user_gazetteer_file_extends_the_shipped_one(tmp_path, nlp, options):
    extra = tmp_path / "mine.tsv"
    extra.write_text("id\tkind\tname\tcountry\twikidata\taliases\tcontext_aliases\trole\tsource\n"
                     "org:zzz:harbour-watch\torganization\tHarbour Watch\tNOR\t\tHarbour Watch|HW\t\tngo\tme\n",
                     encoding="utf-8")
    mine = options.replace(gazetteer_files=(str(extra),))
    result = run(nlp, mine, "Officials from HW said the ferry left Bergen on time.")
    e = by_surface(result)["HW"]
    assert (e.id, e.kind, e.country) == ("org:zzz:harbour-watch", "organization", "NOR")
    assert {m.rule for m in result.mentions if m.text == "HW"} == {"gazetteer:mine.tsv:2"}


@pytest.mark.parametrize("content, where", [
    ("id\tkind\tname\tsource\norg:x\tbody\tX Watch\tme\n", "mine.tsv:2"),          # a kind we do not know
    ("# mine\nid\tkind\tname\tsource\n\norg:x\torganization\t\tme\n", "mine.tsv:4"),  # no name
    ("id\tkind\tname\norg:x\torganization\tX Watch\n", "mine.tsv:1"),              # no source column
    ("id\tkind\tname\tsource\norg:x\torganization\tX Watch\tme\textra\n", "mine.tsv:2"),  # a cell too many
])
def test_a_broken_user_gazetteer_fails_with_file_and_line(tmp_path, content, where):
    bad = tmp_path / "mine.tsv"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=re.escape(where)):
        load_gazetteer((str(bad),))


# -- linking rules -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, surface, kind, country", [
    ("Pyongyang rejected the statement on Monday, officials said.", "Pyongyang", "country", "PRK"),
    ("The Kremlin said the talks would continue next month.", "Kremlin", "country", "RUS"),
    ("North Korean troops were seen near the border, a monitoring group said.", "North Korean", "country", "PRK"),
    ("Russian lawmakers approved the bill in a single reading on Thursday.", "Russian", "country", "RUS"),
    ("The DPRK has not commented on the report so far this week.", "DPRK", "country", "PRK"),
    ("Ukrainians queued for water after the strike on the power plant.", "Ukrainians", "country", "UKR"),
    ("Officials in Kyiv said the convoy had arrived safely that evening.", "Kyiv", "country", "UKR"),
    ("NATO allies met in the Belgian capital to discuss air defence on Friday.", "NATO", "organization", None),
    ("The IAEA said its inspectors had been denied access to the site.", "IAEA", "organization", None),
    ("South Korea's NIS told lawmakers that more troops had been sent abroad.", "NIS", "organization", "KOR"),
    ("Drones struck an airfield in the Kursk region overnight, the governor said.", "Kursk region", "location", "RUS"),
    ("Tensions on the Korean Peninsula have risen sharply since the spring.", "the Korean Peninsula", "location", None),
])
def test_gazetteer_forms(nlp, options, text, surface, kind, country):
    result = run(nlp, options, text)
    assert (kind, country) in {(result.entity(m.entity).kind, result.entity(m.entity).country)
                               for m in result.mentions if m.text == surface}


@pytest.mark.parametrize("text, capital, country", [
    ("Chilean fishermen waited for spare parts at the harbours in Lima and Montevideo all week.", "Montevideo", "URY"),
    ("Chilean fishermen waited for spare parts at the harbours in Lima and Montevideo all week.", "Lima", "PER"),
    ("The leaders of Kyrgyzstan and Tajikistan signed a water deal at a palace in Astana on Friday.", "Astana", "KAZ"),
    ("A fire broke out at a Spanish-owned warehouse near Lisbon late on Tuesday.", "Lisbon", "PRT"),
    ("Ecuador's raid breached the Vienna Convention, Mexican diplomats said on Sunday.", "Vienna", "AUT"),
])
def test_a_capital_where_something_is_is_the_city(nlp, options, text, capital, country):
    """capitals_as_places: a capital after a preposition of place on a thing, or opening a longer name, is a place of
    its state."""
    e = by_surface(run(nlp, options, text))[capital]
    assert (e.kind, e.country) == ("location", country)
    assert by_surface(run(nlp, options, text, off=("capitals_as_places",)))[capital].kind == "country"


@pytest.mark.parametrize("text, capital, country", [
    ("Beijing said on Monday that the Japanese plan would harm regional peace.", "Beijing", "CHN"),
    ("Washington imposed new sanctions on Tehran after Iraqi officials complained.", "Tehran", "IRN"),
    ("Officials in Beijing said the Japanese vessel had entered Chinese waters.", "Beijing", "CHN"),
    ("Police in Nairobi fired tear gas at Ugandan protesters on Tuesday.", "Nairobi", "KEN"),
    ("Turkish mediators tried to end the fighting between rival militias in Tripoli.", "Tripoli", "LBY"),
    ("Israel threatened to ban voting in Jerusalem if the Jordanian plan went ahead.", "Jerusalem", "ISR"),
    ("The leaders of Kyrgyzstan and Tajikistan met in Astana on Friday.", "Astana", "KAZ"),
    # no state named but by its capital: the capital is the article's one handle on its state
    ("Thousands marched through the streets of Lima on Saturday against the new law.", "Lima", "PER"),
])
def test_a_capital_standing_for_its_government_is_the_state(nlp, options, text, capital, country):
    e = by_surface(run(nlp, options, text))[capital]
    assert (e.kind, e.country) == ("country", country)


def test_seat_of_power_is_the_body_and_its_state(nlp, options):
    result = run(nlp, options, "Kremlin spokesman Dmitry Peskov declined to comment on the report.")
    named = {(result.entity(m.entity).kind, result.entity(m.entity).name) for m in result.mentions
             if m.text == "Kremlin"}
    assert named == {("country", "Russia"), ("organization", "Kremlin")}


@pytest.mark.parametrize("text, name, country", [
    ("Ukrainian President Volodymyr Zelenskiy said more air defence was needed before winter.",
     "Volodymyr Zelensky", "UKR"),
    ("Indian Prime Minister Narendra Modi will travel to the summit next week, his office said.",
     "Narendra Modi", "IND"),
    ("The ceasefire will hold, said Henrik Aaland, a former Norwegian diplomat who led earlier talks.",
     "Henrik Aaland", "NOR"),
    ("Brazilian Foreign Minister Ricardo Alvarenga met his counterparts at the meeting on Tuesday.",
     "Ricardo Alvarenga", "BRA"),
    ("The proposal is unrealistic, said Lena Hartwig, a Germany expert at a think tank in Vienna.",
     "Lena Hartwig", None),
])
def test_person_names_titles_and_affiliation(nlp, options, text, name, country):
    persons = [e for e in run(nlp, options, text).entities if e.kind == "person"]
    assert [(e.name, e.country) for e in persons] == [(name, country)]


def test_later_surname_links_to_the_full_name(nlp, options):
    text = ("Marta Kowalczyk of the Polish Institute of International Affairs said the deal was fragile. "
            "The talks could collapse within weeks, Kowalczyk added in an interview on Friday.")
    result = run(nlp, options, text)
    surfaces = by_surface(result)
    assert surfaces["Kowalczyk"].id == surfaces["Marta Kowalczyk"].id == "person:marta-kowalczyk"


def test_family_name_first_short_form(nlp, options):
    text = ("North Korean leader Kim Jong Un inspected a missile factory on Sunday. "
            "State media said Kim called for more production of launchers this year.")
    surfaces = by_surface(run(nlp, options, text))
    assert surfaces["Kim"].id == surfaces["Kim Jong Un"].id == "Q56226"


def test_the_north_needs_north_korea_in_the_document(nlp, options):
    with_state = run(nlp, options, "North Korea fired a missile. Seoul said the North had fired it at dawn.")
    assert by_surface(with_state)["the North"].country == "PRK"
    without = run(nlp, options, "Storms hit the North and the South of the country during the night.")
    assert "the North" not in by_surface(without)
    korean = run(nlp, options, "South Korea exports chips. The South Korean government and the South Dakota "
                               "delegation met on Monday.")
    assert "South Korean" in by_surface(korean) and "the South" not in by_surface(korean)


def test_government_of_a_leader_mentions_the_state(nlp, options):
    text = "South Korean officials met on Monday. The Yoon administration has not commented on the plan so far."
    result = run(nlp, options, text)
    start = text.index("Yoon administration")
    states = {result.entity(m.entity).country for m in result.mentions_in(start, start + 19)
              if result.entity(m.entity).kind == "country"}
    assert states == {"KOR"}


def test_org_with_based_prefix_and_abbreviation(nlp, options):
    text = ("The question is open, said Ana Ruiz of the Madrid-based Center for Maritime Policy Studies (CMPS). "
            "Researchers at CMPS have tracked the ships since the spring of last year.")
    result = run(nlp, options, text)
    surfaces = by_surface(result)
    org = surfaces["Center for Maritime Policy Studies"]
    assert (org.kind, org.country) == ("organization", "ESP")
    assert surfaces["CMPS"].id == org.id


@pytest.mark.parametrize("text, absent", [
    ("Russia has long ties with the Stalinist state, analysts said on Tuesday.", "Stalinist"),
    ("The ICBMs were displayed at a parade in the capital on Saturday night.", "ICBMs"),
    ("The armistice of 1953 ended the fighting but never became a peace treaty.", "armistice"),
])
def test_small_model_errors_are_filtered(nlp, options, text, absent):
    assert absent not in by_surface(run(nlp, options, text))


def test_end_matter_and_bylines_are_not_actors(nlp, options):
    text = ("Daily Crossroads\n\nBy Tomas Lindqvist\n\n"
            "Finland and Estonia agreed on Monday to share surveillance data on shipping in the Baltic Sea.\n\n"
            "About the author\n\nJonas Berg is a fellow at the Nordic Policy Forum in Oslo.")
    result = run(nlp, options, text)
    names = {result.entity(m.entity).name for m in result.mentions}
    assert {"Finland", "Estonia"} <= names
    assert not names & {"Daily Crossroads", "Tomas Lindqvist", "Jonas Berg", "Nordic Policy Forum", "Norway"}


@pytest.mark.parametrize("text, absent", [
    ("By Tomas Lindqvist and Kari Nordmann, Nordic Wire | 3 March 2024\n\n"
     "Finland and Estonia agreed on Monday to share surveillance data on shipping.", "Tomas Lindqvist"),
    ("Follow the latest updates from our correspondent @jlindqvist_news on the talks in Helsinki today.",
     "@jlindqvist_news"),
])
def test_bylines_and_handles(nlp, options, text, absent):
    result = run(nlp, options, text)
    assert absent not in {result.entity(m.entity).name for m in result.mentions}


@pytest.mark.parametrize("text, person, not_country", [
    ("Republican congressman Jim Jordan questioned the witness for an hour on Tuesday.", "Jim Jordan", "JOR"),
    ("The coach, Chad Whitfield, said his team had trained hard for the final in May.", "Chad Whitfield", "TCD"),
    ("The opera was sold out, said Sofia Rossi, a critic who writes about classical music.", "Sofia Rossi", "BGR"),
])
def test_people_named_like_states(nlp, options, text, person, not_country):
    result = run(nlp, options, text)
    assert person in {e.name for e in result.entities if e.kind == "person"}
    assert not_country not in {e.country for e in result.entities if e.kind == "country"}


@pytest.mark.parametrize("text, national, group", [
    ("A Chilean tourist was hurt when the storm reached the coast on Monday.", "Chilean", "Chilean tourist"),
    ("Two Britons were among the passengers, officials at the port said.", "Britons", "Britons"),
    ("Relatives of Kenyans, Canadians and Norwegians waited at the terminal.", "Canadians", "Canadians"),
    ("The victims included Kenyan, Peruvian, Norwegian and Polish citizens.", "Norwegian", "Norwegian citizens"),
    # parsed with "citizens" as the last conjunct of "Peruvian", not the noun of every demonym
    ("The dead included Peruvian, Norwegian, Chilean, Polish, Danish, and Greek citizens.", "Peruvian", "Peruvian"),
    ("Relatives of Norwegians, Peruvians, Chinese and Swiss nationals waited at the terminal.", "Peruvians",
     "Peruvians"),
    ("The singer, who is of Croatian and Irish descent, spoke to the crowd.", "Irish", "Irish descent"),
    ("The injured included a Nepalese man and a Filipino woman.", "Filipino", "Filipino woman"),
    # counted by an amount with no figure (communities._counted_by_an_amount)
    ("Thousands of Norwegians rallied in the capital against the new tax on Sunday.", "Norwegians", "Norwegians"),
    ("Dozens of Chileans gathered outside the stadium before the match.", "Chileans", "Chileans"),
])
def test_a_private_national_is_a_group_not_the_state(nlp, options, text, national, group):
    result = run(nlp, options, text)
    e = by_surface(result)[national]
    assert (e.kind, e.name) == ("group", group)
    assert not [x for x in result.entities if x.kind == "country"]


@pytest.mark.parametrize("text, demonym, country", [
    ("Chilean troops crossed the border on Monday.", "Chilean", "CHL"),
    ("The Peruvian foreign minister met the ambassador in the morning.", "Peruvian", "PER"),
    ("The Chilean government protested against the decision.", "Chilean", "CHL"),
    ("Settlers attacked a Palestinian village near the road.", "Palestinian", "PSE"),
    # a group of people acting with a state's adjective keeps the state as its context (groups.stated_groups)
    ("Kenyan students marched to the ministry to demand lower fees.", "Kenyan", "KEN"),
    # a people alone, not counted, stays the state (only "thousands of Norwegians" is a group)
    ("Norwegians queued for fuel on Monday.", "Norwegians", "NOR"),
])
def test_a_demonym_of_an_office_force_or_place_still_names_the_state(nlp, options, text, demonym, country):
    e = by_surface(run(nlp, options, text))[demonym]
    assert (e.kind, e.country) == ("country", country)


def test_nationals_off_keeps_the_demonym_as_the_state(nlp, options):
    text = "A Chilean tourist was hurt when the storm reached the coast on Monday."
    e = by_surface(run(nlp, options, text, off=("nationals_are_no_state",)))["Chilean"]
    assert (e.kind, e.country) == ("country", "CHL")


@pytest.mark.parametrize("text, surface, name", [
    ("Senator Ricardo “Ricky” Montenegro Alba Jr. was not at the hearing on Monday.",
     "Ricardo “Ricky” Montenegro Alba Jr.", "Ricardo Montenegro Alba Jr."),
    ("The rally was led by former mayor Tomas 'Tomy' Villanueva, who won 40 percent.",
     "Tomas 'Tomy' Villanueva", "Tomas Villanueva"),
    ('Police said gang co-founder Ernesto "El Gato" Barraza was arrested in May.',
     'Ernesto "El Gato" Barraza', "Ernesto Barraza"),
    ("Former President Anselmo “Chelo” Ibarra, a former rebel, died on Sunday.",
     "Anselmo “Chelo” Ibarra", "Anselmo Ibarra"),
])
def test_a_name_cut_at_a_quoted_nickname_is_the_whole_name(nlp, options, text, surface, name):
    result = run(nlp, options, text)
    e = by_surface(result)[surface]
    assert (e.kind, e.name) == ("person", name)
    assert [x.name for x in result.entities if x.kind in ("person", "country")] == [name]


def test_a_nicknamed_name_links_its_later_family_name(nlp, options):
    text = ('The candidate Hector "Tito" Palacios said he would appeal. Palacios spoke to reporters in the capital.')
    result = run(nlp, options, text)
    assert by_surface(result)["Palacios"].name == "Hector Palacios"


@pytest.mark.parametrize("text, surface, country", [
    ("Pentagon spokesperson Dana Whitlow said the estimate was credible.", "Dana Whitlow", "USA"),
    ("Chinese foreign ministry spokesperson Hu Wenbo said Beijing was not aware of it.", "Hu Wenbo", "CHN"),
    ("The drills ended on Monday, said Choi Min-seo, a spokesman for the Joint Chiefs of Staff in Seoul.",
     "Choi Min-seo", "KOR"),
    ("Andrew Pell, the special envoy to Ukraine Gareth Moss and others met in the capital.", "Gareth Moss", None),
])
def test_affiliation_through_a_body_or_office(nlp, options, text, surface, country):
    e = by_surface(run(nlp, options, text))[surface]
    assert (e.kind, e.country) == ("person", country)


@pytest.mark.parametrize("text, surface, country", [
    # a leader the state-actor dictionary knows keeps its state over the one state the sentence names,
    # also when the text spells the name with accents the dictionary leaves out
    ("President Andrés Manuel López Obrador said the raid on the embassy in Ecuador was an outrage.",
     "Andrés Manuel López Obrador", "MEX"),
    ("President Helmut Kohl said the talks in Poland had gone well.", "Helmut Kohl", "DEU"),
    # a head of state in persons.tsv keeps the gazetteer's state whatever state the sentence names
    ("President William Ruto pledged a thousand police officers for the force in Haiti.", "William Ruto", "KEN"),
    # an unknown leader still takes the one state the sentence names
    ("President Tomas Verhaegen opened the new port in Montevideo on Monday.",
     "Tomas Verhaegen", "URY"),
])
def test_a_known_person_keeps_its_state_over_the_sentence(nlp, options, text, surface, country):
    assert by_surface(run(nlp, options, text))[surface].country == country


def test_a_states_own_body_is_not_the_international_one(nlp, options):
    result = run(nlp, options, "Sergei Shoigu, secretary of Russia's Security Council, flew to Pyongyang on Sunday.")
    e = by_surface(result)["Security Council"]
    assert (e.kind, e.country) == ("organization", "RUS") and e.id != "Q37470"
    un = run(nlp, options, "The UN Security Council met on Monday. Russia vetoed the draft in the Security Council.")
    assert by_surface(un)["Security Council"].id == "Q37470"


@pytest.mark.parametrize("text, surface, country", [
    # another state's organ named by the noun the gazetteer gives the US ("Congress") is that state's
    ("Bolivia's Congress voted on Friday to censure the mining minister.", "Congress", "BOL"),
    ("Ecuador’s Congress rejected the budget after a long night of debate.", "Congress", "ECU"),
    # a person's state through that organ follows it ("Pentagon spokesperson X")
    ("Bolivia's Congress leader Ana Quispe said the vote would be held on Friday.", "Ana Quispe", "BOL"),
    # the noun alone, or with its own state, stays the gazetteer's organ
    ("Congress passed the budget on Friday, and Bolivia's president welcomed it.", "Congress", "USA"),
    ("America's Congress passed the budget on Friday.", "Congress", "USA"),
    ("Lawmakers in Congress said Bolivia's debt was too high.", "Congress", "USA"),
])
def test_a_generic_organ_qualified_by_another_state_is_that_states(nlp, options, text, surface, country):
    e = by_surface(run(nlp, options, text))[surface]
    assert e.country == country
    assert (e.id == "org:usa:congress") == (country == "USA")


@pytest.mark.parametrize("text, country", [
    # a state organ of a common name the gazetteer gives the US is the organ of the state written before it
    ("A former adviser to Peru's National Security Council said the visit had been planned.", "PER"),
    ("The Peruvian National Security Council met after the riots on Friday.", "PER"),
    # with the US itself before it, it stays the US council
    ("A former adviser to the US National Security Council said Peru had been warned.", "USA"),
])
def test_a_common_named_organ_qualified_by_another_state_is_that_states(nlp, options, text, country):
    e = next(v for k, v in by_surface(run(nlp, options, text)).items() if k.endswith("National Security Council"))
    assert (e.kind, e.country) == ("organization", country)
    assert country == "USA" or e.id != "org:usa:nsc"


def test_a_proper_named_organ_keeps_its_state_after_another_states_name(nlp, options):
    e = by_surface(run(nlp, options, "Peru's Mossad contact was named in the report on Friday."))["Mossad"]
    assert e.country == "ISR"


@pytest.mark.parametrize("text, want", [
    # once the text has named Bolivia's Congress, its bare "Congress" is Bolivia's too
    ("Bolivia's Congress met on Monday. Two days later the Congress voted to censure the mining minister.", "BOL"),
    # the text also names the US Congress with its state: a bare "Congress" stays the gazetteer's
    ("Bolivia's Congress met on Monday. The US Congress debated aid, and later Congress voted on it.", "USA"),
])
def test_a_bare_organ_after_another_states_organ(nlp, options, text, want):
    result = run(nlp, options, text)
    bare = [m for m in result.mentions if m.text == "Congress" and m.start > text.index("later")]
    assert bare and {result.entity(m.entity).country for m in bare} == {want}


def test_a_generic_organ_keeps_the_gazetteers_state_without_the_rule(nlp, options):
    text = "Bolivia's Congress voted on Friday to censure the mining minister."
    assert by_surface(run(nlp, options, text, ("national_bodies",)))["Congress"].id == "org:usa:congress"


@pytest.mark.parametrize("text, surface, entity_id", [
    ("Seoul's unification ministry urged the North to stop the launches.", "unification ministry",
     "org:kor:unification-ministry"),
    ("Japan's defense ministry said it had tracked the missile for ten minutes.", "defense ministry",
     "org:jpn:japanese-defense-ministry"),
])
def test_lower_case_bodies_of_a_state(nlp, options, text, surface, entity_id):
    e = by_surface(run(nlp, options, text))[surface]
    assert (e.id, e.kind) == (entity_id, "organization")


def test_states_glued_to_a_hyphen(nlp, options):
    result = run(nlp, options, "The U.S.-South Korea drills and the U.S.-led coalition angered officials.")
    assert {(m.text, result.entity(m.entity).country) for m in result.mentions} >= {("U.S.", "USA"),
                                                                                   ("South Korea", "KOR")}


def test_ambiguous_short_form_prefers_the_leader(nlp, options):
    text = ("Kim Jong Un watched the launch with his sister Kim Yo Jong, state media said. "
            "Kim ordered more tests, the agency added.")
    start = text.index("Kim ordered")
    assert run(nlp, options, text).entity_for_span(start, start + 3).id == "Q56226"


@pytest.mark.parametrize("text, absent", [
    ("The two states signed the Comprehensive Strategic Partnership Treaty in June last year.",
     "Comprehensive Strategic Partnership Treaty"),
    ("Lawmakers passed the Hong Kong Human Rights and Democracy Act after a long debate.",
     "Hong Kong Human Rights and Democracy Act"),
])
def test_treaties_and_laws_are_not_actors(nlp, options, text, absent):
    assert absent not in by_surface(run(nlp, options, text))


def test_a_capital_naming_a_newspaper_is_not_the_state(nlp, options):
    result = run(nlp, options, "The report was first published by the Washington Post on Sunday morning.")
    assert "USA" not in {e.country for e in result.entities if e.kind == "country"}


def test_author_bio_without_heading_at_the_end(nlp, options):
    text = ("Finland and Estonia agreed on Monday to share surveillance data on shipping in the Baltic Sea.\n\n"
            "Officials in Helsinki said the agreement would be reviewed next year.\n\n"
            "Jonas Berg is a senior fellow at the Nordic Policy Forum and a former adviser to the Swedish government.")
    names = {e.name for e in run(nlp, options, text).entities}
    assert "Finland" in names and not names & {"Jonas Berg", "Nordic Policy Forum", "Sweden"}


def test_the_pages_author_and_site_are_not_actors(nlp, options):
    text = ("Finland and Estonia agreed to share data, wrote Maria Lind for Baltic Ledger Media in a long report. "
            "Analysts at Baltic Ledger Media said the deal would hold, according to Maria Lind and Olli Rehn.")
    doc = Document(id="d1", source="t.txt", title=None, author="Maria Lind", site="Baltic Ledger Media",
                   published=None, language="en", text=text)
    result = extract_entities(doc, nlp(text), options)
    names = {e.name for e in result.entities}
    assert {"Finland", "Estonia"} <= names
    assert not names & {"Maria Lind", "Baltic Ledger Media", "Baltic Sea"}


# -- ranks, long titles, hyphenated given names, the state from the title (actors engineer 2) -----------

@pytest.mark.parametrize("text, full, short", [
    ("The drills posed no threat, said retired Lieutenant General Park Jae-hoon, who led the corps until "
     "last year. Park said the other side would answer.", "Park Jae-hoon", "Park"),
    ("Finance Minister Elena Marquez presented the spending plan on Thursday. Marquez said deep cuts were "
     "unavoidable this year.", "Elena Marquez", "Marquez"),
    ("Defector Han Ji-woo said food had grown scarce in the border towns. Han crossed the river in winter.",
     "Han Ji-woo", "Han"),
])
def test_titled_and_hyphenated_names_and_their_short_forms(nlp, options, text, full, short):
    surfaces = by_surface(run(nlp, options, text))
    assert surfaces[full].kind == "person" and surfaces[full].name == full
    assert surfaces[short].id == surfaces[full].id


@pytest.mark.parametrize("text, name", [
    ("Sergeant Oleksandr said his unit had held the trench for nine days under fire.", "Oleksandr"),
    ("Queen Rania of Jordan opened the new hospital wing on Tuesday, palace officials said.", "Rania"),
    ("Sgt. Taras, 41, said the brigade had not been rotated out of the line since spring.", "Taras"),
])
def test_one_name_after_a_rank_or_title_is_a_person(nlp, options, text, name):
    persons = {e.name for e in run(nlp, options, text).entities if e.kind == "person"}
    assert name in persons


@pytest.mark.parametrize("text, name, country", [
    ("Kenyan President Daniel Mutua warned protest leaders against marching on Saturday.", "Daniel Mutua", "KEN"),
    ("The president of Ivory Coast, Alassane Kone, extended the curfew in the port city.", "Alassane Kone", "CIV"),
    ("Former US President Harold Brandt urged both sides to return to the talks.", "Harold Brandt", "USA"),
    ("Chad's army chief, Moussa Idriss, rejected the proposal for a truce on Monday.", "Moussa Idriss", "TCD"),
    ("The Ghanaian foreign minister, Kwesi Boateng, arrived for the summit on Friday.", "Kwesi Boateng", "GHA"),
    ("Foreign Minister Lucia Ferreyra of Argentina met the delegation in the capital.", "Lucia Ferreyra", "ARG"),
    ("President Joseph Kabwe threatened to impose a curfew in Lusaka after the riots.", "Joseph Kabwe", "ZMB"),
    # two states in the sentence: the bare title says nothing about which
    ("President Joseph Kabwe said Zambia would send grain to Malawi next month.", "Joseph Kabwe", None),
    # the only state named is the other party of the act, not the leader's own
    ("President Joseph Kabwe threatened new tariffs against Tanzania on Friday.", "Joseph Kabwe", None),
    ("The Russian president, Pavel Orlov, signed the decree late on Monday night.", "Pavel Orlov", "RUS"),
    ("Pavel Orlov, the president of Kenya, signed the decree late on Monday night.", "Pavel Orlov", "KEN"),
    ("Nadia Rahal, Algeria's best-known human rights activist, began a hunger strike.", "Nadia Rahal", "DZA"),
    ("U.S. Secretary of State Mark Whitmore arrived in the capital on Tuesday.", "Mark Whitmore", "USA"),
    ("Brigadier General Oleh Tkach of the Ukrainian army said the front line was stable.", "Oleh Tkach", "UKR"),
    ("Former Socialist prime minister Nikos Andreou demanded early elections in Greece.", "Nikos Andreou", "GRC"),
    # the one state named is another person's nationality
    ("President Joseph Kabwe warmly welcomed South African leader Thabo Sithole on Thursday.", "Joseph Kabwe", None),
    # a state's candidate (no role for the state) is where the leader's race takes place
    ("The Zambian candidate Mary Tembo conceded defeat to President Joseph Kabwe on Friday.", "Joseph Kabwe", "ZMB"),
    ("Iran's foreign ministry spokesman, Reza Karimi, said the programme was peaceful.", "Reza Karimi", "IRN"),
    ("US Ambassador Helen Marsh accused the council of ignoring the report.", "Helen Marsh", "USA"),
    # a state's plain name before a role that is not its own office: an envoy *to* it
    ("Ukraine envoy Peter Lang met officials in the capital on Monday.", "Peter Lang", None),
    # "beside the ROLE, NAME said": the role is someone else's
    ("Speaking beside the German foreign minister, Ana Ruiz said more aid would follow.", "Ana Ruiz", None),
])
def test_a_persons_state_from_the_title_context(nlp, options, text, name, country):
    persons = {e.name: e.country for e in run(nlp, options, text).entities if e.kind == "person"}
    assert persons.get(name, "missing") == country


def test_a_short_form_keeps_the_country_of_the_introduction(nlp, options):
    text = ("Syria's interim president, Omar Khatib, asked donors on Wednesday to lift the sanctions. "
            "Speaking beside the French foreign minister, Khatib said the economy could not recover.")
    surfaces = by_surface(run(nlp, options, text))
    assert surfaces["Khatib"].id == surfaces["Omar Khatib"].id and surfaces["Khatib"].country == "SYR"


@pytest.mark.parametrize("text, surface, country", [
    ("North and South Korea traded warning shots across the border on Wednesday, officials said.", "North", "PRK"),
    ("Envoys of North and South Korean agencies met at the truce village on Friday, officials said.", "North", "PRK"),
])
def test_a_shared_state_name_links_both_parts(nlp, options, text, surface, country):
    assert by_surface(run(nlp, options, text))[surface].country == country


def test_north_and_south_alone_are_not_states(nlp, options):
    result = run(nlp, options, "Floods cut roads in the north and south of the province over the weekend.")
    assert not [e for e in result.entities if e.kind == "country"]


def test_bare_korean_is_left_unlinked(nlp, options):
    # "Korean" alone names neither state (the two share it; "Korean culture", "the Korean War"): no guess
    result = run(nlp, options, "Korean broadcasters carried the speech live on Monday, while Japan stayed silent.")
    assert "Korean" not in by_surface(result)


def test_offsets_point_at_the_text(nlp, options):
    text = "Moscow and Pyongyang signed the treaty in June, and Vladimir Putin praised it."
    result = run(nlp, options, text)
    assert result.mentions
    for m in result.mentions:
        assert text[m.start:m.end] == m.text
    assert result.last_person_before(len(text)).name == "Vladimir Putin"
    assert result.entity_for_span(text.index("Vladimir"), len(text)).name == "Vladimir Putin"


# -- quality gate on our own corpus (and the seeds when ../shared is present) ------------------------

def _norm(s: str | None) -> str:
    """The contract scorer's normalisation: case, quotes, hyphens and spaces do not matter."""
    s = unicodedata.normalize("NFKC", s or "").lower()
    s = s.translate(str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
                                   "\u2013": "-", "\u2014": "-"}))
    s = re.sub(r"[\"'`]", "", s).replace("-", " ")
    return re.sub(r"\s+", " ", s).strip()


def score_entities(gold: dict, entities: dict[str, dict]) -> tuple[int, int, int, list, list]:
    """tp, fp, fn, missed, extra for one document, with the contract's matching rules: countries by code,
    persons by name suffix, organisations by any alias; only country/person/organization predictions
    count, minus those the gold lists under ``ignore``."""
    ge = gold["entities"]
    golds = ([("country", c) for c in ge.get("countries", [])] + [("person", p) for p in ge.get("persons", [])]
             + [("organization", o) for o in ge.get("organizations", [])])
    ignore = {_norm(x) for x in ge.get("ignore", [])}

    def names(p):
        return {_norm(p["name"])} | {_norm(a) for a in p.get("aliases") or []}

    preds = [p for p in entities.values() if p["kind"] in ("country", "person", "organization")
             and not names(p) & ignore]

    def ok(g, p):
        kind, v = g
        if kind == "country":
            return p["kind"] == "country" and (p.get("country") or "").upper() == v
        if kind == "person":
            return p["kind"] == "person" and any(n.endswith(_norm(v)) or _norm(v).endswith(n) and len(n) > 3
                                                 for n in names(p))
        return p["kind"] in ("organization", "group", "other") and any(_norm(a) in names(p) for a in v)

    used = [False] * len(preds)
    tp, missed = 0, []
    for g in golds:
        hit = next((i for i, p in enumerate(preds) if not used[i] and ok(g, p)), None)
        if hit is None:
            missed.append(g[1])
        else:
            used[hit] = True
            tp += 1
    extra = [f'{p["kind"]}:{p["name"]}' for p, u in zip(preds, used) if not u]
    return tp, len(extra), len(missed), missed, extra


def corpus_f1(paths: list[str], gold_dir: Path, options, raw: bool = False) -> tuple[float, float, dict]:
    """Entity F1 and precision over ``paths`` against ``gold_dir``; ``raw`` feeds the .txt files as they
    are (our own corpus), otherwise they go through the documents stage first (the seeds keep page chrome)."""
    from newsweave.model import Skipped
    from newsweave.nlp import parse_documents
    from newsweave.pipeline import load_documents

    # the entity stage alone (plus parsing, and cleaning unless raw), so the gate measures this stage
    if raw:
        files = [f for p in map(Path, paths) for f in (sorted(p.glob("*.txt")) if p.is_dir() else [p])]
        documents = [Document(id=f.stem, source=str(f), title=None, author=None, site=None, published=None,
                              language="en", text=f.read_text(encoding="utf-8")) for f in files]
    else:
        documents = [d for d in load_documents(paths, options) if not isinstance(d, Skipped)]
    by_source = {}
    for document, parsed in parse_documents(documents, options.spacy_model, options.batch_size):
        result = extract_entities(document, parsed, options)
        mentioned = {m.entity for m in result.mentions}
        by_source[Path(document.source).name] = {
            e.id: {"name": e.name, "kind": e.kind, "country": e.country, "aliases": list(e.aliases)}
            for e in result.entities if e.id in mentioned}
    tp = fp = fn = 0
    detail = {}
    for gf in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gf.read_text(encoding="utf-8"))
        t, f, n, missed, extra = score_entities(gold, by_source.get(gold["source"], {}))
        tp, fp, fn = tp + t, fp + f, fn + n
        if missed or extra:
            detail[gold["source"]] = {"missed": missed, "extra": extra}
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return (2 * p * r / (p + r) if p + r else 0.0), p, detail


@pytest.mark.slow
def test_own_corpus_entity_f1(options):
    assert len(list(CORPUS.glob("*.txt"))) >= 20
    f1, _p, detail = corpus_f1([str(CORPUS)], CORPUS, options, raw=True)
    assert f1 >= OWN_CORPUS_MIN_F1, json.dumps(detail, indent=1)


@pytest.mark.slow
def test_seed_entity_f1(options):
    seeds = shared_path("corpus", "seeds")
    gold = shared_path("eval", "gold")
    f1, p, detail = corpus_f1([str(seeds)], gold, options)
    assert f1 >= SEED_MIN_F1 and p >= SEED_MIN_PRECISION, json.dumps(detail, indent=1)


def test_actors_cli_lists_ids_and_counts(tmp_path, options):
    from typer.testing import CliRunner

    from newsweave.cli import app

    src = tmp_path / "a.txt"
    src.write_text("Vladimir Putin met Kim Jong Un in Pyongyang on Wednesday. Putin praised the treaty, "
                   "and Moscow said Pyongyang would receive food aid before the winter.", encoding="utf-8")
    db = str(tmp_path / "t.duckdb")
    runner = CliRunner()
    assert runner.invoke(app, ["run", str(src), "--db", db, "-q"]).exit_code == 0
    res = runner.invoke(app, ["actors", "--db", db, "--format", "json"])
    assert res.exit_code == 0, res.output
    rows = {r["id"]: r for r in json.loads(res.stdout)}
    assert rows["Q7747"]["mentions"] == 2 and rows["Q423"]["country"] == "PRK"
    assert runner.invoke(app, ["actors", "--db", db, "--kind", "planet"]).exit_code == 2


# -- blind-evaluation categories (own sentences) ------------------------------------------------------

@pytest.mark.parametrize("text, name, country", [
    ("Park Ji-hoon, a retired South Korean army colonel who now teaches strategy, doubts the figures.",
     "Park Ji-hoon", "KOR"),
    ("Anneke Visser, a former Dutch navy officer who advises the ministry, called the plan risky.",
     "Anneke Visser", "NLD"),
])
def test_name_with_a_military_role_in_apposition_is_a_person(nlp, options, text, name, country):
    result = run(nlp, options, text)
    assert (name, "person", country) in {(e.name, e.kind, e.country) for e in result.entities}
    assert not [e for e in result.entities if e.name == name and e.kind == "organization"]


@pytest.mark.parametrize("text, surface, entity_id", [
    ("The UN refugee agency says more than 40,000 people crossed the border last month.",
     "UN refugee agency", "org:unhcr"),
    ("The UN children's agency warned that schools in the region had been shut for weeks.",
     "UN children's agency", "org:unicef"),
    ("Trucks sent by the UN food agency were stopped at a checkpoint on Sunday.",
     "UN food agency", "org:wfp"),
    ("Inspectors from the UN nuclear watchdog are due at the plant next week.",
     "UN nuclear watchdog", "org:iaea"),
    ("The UN human rights office said it had verified dozens of civilian deaths.",
     "UN human rights office", "org:ohchr"),
])
def test_un_agencies_by_descriptive_name(nlp, options, text, surface, entity_id):
    result = run(nlp, options, text)
    assert entity_id in {m.entity for m in result.mentions if m.text == surface}


@pytest.mark.parametrize("text, name", [
    ("Sahel Monitor said on Friday that at least twelve villages had been burned.", "Sahel Monitor"),
    ("A researcher at Levant Observatory said the shelling had intensified.", "Levant Observatory"),
])
def test_name_ending_in_an_organisation_word_is_an_organisation(nlp, options, text, name):
    kinds = {e.kind for e in run(nlp, options, text).entities if e.name == name}
    assert kinds == {"organization"}


def test_member_states_listed_in_a_sentence_and_the_state_department(nlp, options):
    text = ("The panel, whose members include the United States, Japan, Britain, France and Germany, "
            "will publish its findings today. The State Department said the report was overdue.")
    result = run(nlp, options, text)
    countries = {e.country for e in result.entities if e.kind == "country"}
    assert {"USA", "JPN", "GBR", "FRA", "DEU"} <= countries
    dept = {result.entity(m.entity).id for m in result.mentions if m.text == "State Department"}
    assert dept == {"org:usa:state-department"} and result.country_of("org:usa:state-department") == "USA"


def test_later_two_word_short_form_of_a_long_name_is_the_same_person(nlp, options):
    text = ("The accord was signed by the foreign minister, Hélène Mbuyi Lambert, in Geneva on Friday. "
            "\"This is a first step, nothing more,\" Mbuyi Lambert told reporters afterwards.")
    persons = {e.name for e in run(nlp, options, text).entities if e.kind == "person"}
    assert persons == {"Hélène Mbuyi Lambert"}


def test_place_typed_centre_for_studies_is_an_organisation(nlp, options):
    # the small model reads these as facilities (FAC)
    text = ("\"Nobody checks the cargo,\" said Omar Lindqvist, a senior fellow at the Harlow Centre for Naval "
            "Studies. \"It is a gap.\"")
    kinds = {e.kind for e in run(nlp, options, text).entities if e.name == "Harlow Centre for Naval Studies"}
    assert kinds == {"organization"}


# -- why: every mention names the rule or gazetteer row that made it; rules switch off by name ---------

FALKENBERG = ("Norway's foreign minister met Ingrid Falkenberg in Oslo on Tuesday, and Falkenberg said the talks "
              "had gone well.")
OKAFOR = ("President Ruth Okafor of Nigeria spoke on Monday. The Okafor government later denied the report about "
          "the ferry.")
BFF = "The Baltic Fisheries Forum (BFF) said on Monday that its divers had found no damage, and BFF inspectors agreed."
COUNCIL = "Peru's Security Council met in Lima on Sunday to discuss the border incident."
KREMLIN = "The Kremlin said on Tuesday that the envoy would travel to Ankara next month."


def _rules(result: EntityResult, surface: str) -> set[str]:
    return {m.rule for m in result.mentions if m.text == surface}


@pytest.mark.parametrize("text, surface, rule", [
    (FALKENBERG, "Norway", "gazetteer:countries.tsv:"),
    (FALKENBERG, "Ingrid Falkenberg", "ner:PERSON"),
    (FALKENBERG, "Falkenberg", "persons:surname-after-full-name"),
    ("Talks on the U.K.-brokered deal resumed in Geneva on Monday, a diplomat said.", "U.K.",
     "gazetteer:inside-hyphen:countries.tsv:"),
    ("Delegations from North and South Korea met at the border village on Friday.", "North",
     "gazetteer:shared-head:countries.tsv:"),
    ("North Korea tested an engine on Monday, and the North said more tests would follow soon.", "the North",
     "gazetteer:context-alias:countries.tsv:"),
    (KREMLIN, "Kremlin", "gazetteer:state-in-body:countries.tsv:"),
    (COUNCIL, "Security Council", "organisations:national-body"),
    ("Officials said AMNESTY International had written to the ministry about the detainees last week.",
     "AMNESTY International", "ner:known-name:organizations.tsv:"),
    (BFF, "BFF", "organisations:abbreviation"),
    ("Chile's interior ministry said the mountain roads would stay closed after the storm.", "interior ministry",
     "organisations:state-body"),
    ("North Korea paraded its missiles through the capital, and the display was a present to Kim, an editorial "
     "in the state paper said.", "Kim", "persons:leader-surname:Q56226"),
    (OKAFOR, "Okafor government", "affiliation:state-of-government"),
    ("Chile's trade ministry opened a review of steel imports. Weeks later the Trade Department widened it.",
     "Trade Department", "organisations:same-ministry"),
])
def test_every_mention_names_the_rule_that_made_it(nlp, options, text, surface, rule):
    rules = _rules(run(nlp, options, text), surface)
    assert rules and all(r.startswith(rule) for r in rules), rules


def test_a_gazetteer_mention_cites_the_row_of_its_entity(nlp, options):
    result = run(nlp, options, FALKENBERG)
    for m in result.mentions:
        if m.rule.startswith("gazetteer:"):
            file, line = m.rule.split(":")[-2:]
            row = (GAZETTEER_DIR / file).read_text(encoding="utf-8").splitlines()[int(line) - 1]
            assert row.split("\t")[0] == m.entity, (m, row)


def test_an_entity_names_the_rule_of_its_first_mention(nlp, options):
    result = run(nlp, options, FALKENBERG)
    surfaces = by_surface(result)
    assert surfaces["Falkenberg"].rule == surfaces["Ingrid Falkenberg"].rule == "ner:PERSON"
    assert surfaces["Norway"].rule == surfaces["Oslo"].rule == _rules(result, "Norway").pop()


# the shapes of the rule names the docstring of newsweave.extract.entities lists
RULE_SHAPE = re.compile(
    r"gazetteer(:(context-alias|inside-hyphen|shared-head|state-in-body))?:[\w.]+\.tsv:\d+"
    r"|ner:[A-Z]+|ner:known-name:[\w.]+\.tsv:\d+"
    r"|organisations:(national-body|abbreviation|state-body|same-ministry)(:\S+)?"
    r"|persons:(speaker|described|after-title|short-form-of-long-name|surname-after-full-name|missed-surname)"
    r"|persons:(leader-surname|leader-of-government):\S+"
    r"|affiliation:state-of-government")


def test_every_record_of_a_long_text_has_a_known_rule(nlp, options):
    result = run(nlp, options, (CORPUS / "baltic_cable.txt").read_text(encoding="utf-8"))
    assert result.mentions
    for record in (*result.mentions, *result.entities):
        assert record.rule and RULE_SHAPE.fullmatch(record.rule), record


def test_rules_have_unique_names_and_say_what_they_catch():
    names = [rule.__name__ for rule in (*RULES, *COUNTRY_RULES)]
    assert len(names) == len(set(names))
    for rule in (*RULES, *COUNTRY_RULES):
        assert rule.__doc__ and '"' in rule.__doc__, f"{rule.__name__}: a docstring with an example"


def test_an_unknown_rule_name_is_refused(nlp, options):
    with pytest.raises(ValueError, match="no_such_rule"):
        _without(nlp, options, COUNCIL, ("no_such_rule",))


def _without(nlp, options, text: str, off: tuple[str, ...]) -> EntityResult:
    doc = Document(id="d1", source="t.txt", title=None, author=None, site=None, published=None, language="en",
                   text=text)
    return extract_entities(doc, nlp(text), options, rules_off=frozenset(off))


@pytest.mark.parametrize("text, off, surface, field, want", [
    # a later surname is the full name's person; without the rule it is not
    (FALKENBERG, (), "Falkenberg", "id", "person:ingrid-falkenberg"),
    (FALKENBERG, ("one_word_names",), "Falkenberg", "id", "place:falkenberg"),
    # "X of Nigeria" and "President X" with one state in the sentence both give the state
    (OKAFOR, (), "Ruth Okafor", "country", "NGA"),
    (OKAFOR, ("country_after_name",), "Ruth Okafor", "country", "NGA"),
    (OKAFOR, ("country_after_name", "country_of_leader"), "Ruth Okafor", "country", None),
    (OKAFOR, ("affiliation",), "Ruth Okafor", "country", None),
    # "Long Name (ABBR)": without the rule, the acronym is a body of its own
    (BFF, (), "BFF", "id", "org:baltic-fisheries-forum"),
    (BFF, ("abbreviations",), "BFF", "id", "org:bff"),
    # a state's own council; without the rule, the UN's
    (COUNCIL, (), "Security Council", "id", "org:per:security-council"),
    (COUNCIL, ("national_bodies",), "Security Council", "id", "Q37470"),
])
def test_a_rule_switched_off_no_longer_catches_its_case(nlp, options, text, off, surface, field, want):
    assert getattr(by_surface(_without(nlp, options, text, off))[surface], field) == want


def test_a_seat_of_power_without_the_state_rule_names_only_the_body(nlp, options):
    assert {e.kind for e in _without(nlp, options, KREMLIN, ()).entities if e.name in ("Kremlin", "Russia")} \
        == {"organization", "country"}
    off = _without(nlp, options, KREMLIN, ("state_inside_own_body",))
    assert "Russia" not in {e.name for e in off.entities}


def test_a_ministry_named_again_without_its_state_is_that_states_ministry(nlp, options):
    text = "Chile's trade ministry opened a review of steel imports. Weeks later the Trade Department widened it."
    result = run(nlp, options, text)
    owners = {result.entity(m.entity).country for m in result.mentions if m.text in ("trade ministry", "Trade Department")}
    assert owners == {"CHL"}, owners
    alone = run(nlp, options, "The Trade Department widened its review of steel imports.")
    assert all(e.country is None for e in alone.entities if e.kind == "organization"), alone.entities


@pytest.mark.parametrize("text", [
    "Gunmen stormed the village of Dravka on Sunday. Prosecutors are still investigating the Dravka attack.",
    "Troops left Dravka township before dawn. Residents said the Dravka raid lasted an hour.",
])
def test_a_name_the_text_calls_a_village_is_never_a_body(nlp, options, text):
    kinds = {e.kind for e in run(nlp, options, text).entities if e.name == "Dravka"}
    assert kinds == {"location"}, kinds


def test_a_body_named_after_its_town_stays_a_body(nlp, options):
    kinds = {e.name: e.kind for e in run(nlp, options, "The Dravka Council condemned the attack on the town of Dravka.").entities}
    assert kinds.get("Dravka Council") == "organization" and kinds.get("Dravka") == "location", kinds


@pytest.mark.parametrize("text, name, country", [
    ("Units loyal to the Transitional Council of Peru clashed with a rival militia.", "Transitional Council of Peru", "PER"),
    ("The Supreme Electoral Tribunal of Bolivia rejected the appeal on Monday.", "Supreme Electoral Tribunal of Bolivia", "BOL"),
    ("Students at the University of Vienna held a sit-in on Monday.", "University of Vienna", None),
])
def test_a_body_whose_name_closes_with_of_a_state_belongs_to_it(nlp, options, text, name, country):
    found = {e.name: e.country for e in run(nlp, options, text).entities}
    assert name in found and found[name] == country, found


# -- the PETRARCH2 country dictionary: a named leader or official acts for its state ----------------

@pytest.mark.parametrize("text, surface, country", [
    # a full name the dictionary lists, with no state named around it
    ("Helmut Kohl flew to the summit on a rainy Tuesday morning.", "Helmut Kohl", "DEU"),
    # the title before the name is part of the looked-up phrase when the name alone is short
    ("After a long night, Prime Minister Jean Chretien spoke to reporters.", "Jean Chretien", "CAN"),
])
def test_a_leader_in_the_petrarch_dictionary_acts_for_its_state(nlp, options, text, surface, country):
    result = run(nlp, options, text)
    assert country in {result.entity(m.entity).country for m in result.mentions if m.text == surface}


def test_the_petrarch_country_table_skips_short_and_ambiguous_names(tmp_path):
    from newsweave.extract.entities.state_actors import state_actors

    table = tmp_path / "actors.tsv"
    table.write_text("name\taliases\tcode\tcountry\tsector\tsource\n"
                     "ada rowe\tmr rowe|rowe\tXYZGOV\tXYZ\tgovernment\ttest\n"
                     "ben holt\t\tXYZELI\tXYZ\telite\ttest\n"
                     "ben holt\t\tQRSGOV\tQRS\tgovernment\ttest\n", encoding="utf-8")
    found = state_actors(table)
    assert found["ada rowe"] == "XYZ" and found["mr rowe"] == "XYZ"
    assert "rowe" not in found  # one word: too often someone else
    assert "ben holt" not in found  # two states for one name: none


@pytest.mark.parametrize("text, name", [
    # a possessor the model took into the body's name ("’s" split, or "ʼs" glued to its word)
    ("President Park Min-jae lost the vote. Park’s National Unity Party has said it respects the ruling.",
     "National Unity Party"),
    ("President Park Min-jae lost the vote. Parkʼs National Unity Party has said it respects the ruling.",
     "National Unity Party"),
    ("Mayor Lucia Moreno spoke first. Officials at Moreno’s Civic Renewal Party said they would appeal.",
     "Civic Renewal Party"),
    ("Last week the regimeʼs Supreme National Security Council met on Monday.", "Supreme National Security Council"),
    # a hyphened modifier before the name
    ("He praised the anti-Semitic Iron Guard in a speech last year, critics said.", "Iron Guard"),
    # a state, a name, then a lower-case word naming bodies: a body, not a person
    ("The Norway Coastal Watch Operations center said the ferry had been hit.", "Norway Coastal Watch Operations"),
    # the model reads a quoted new body as a title (WORK_OF_ART); its last word names organisations
    ("The envoy said a new \"Lake Protection Force\" would start work in June.", "Lake Protection Force"),
    ("Officials said a \"Coastal Response Force\" of 300 police would be sent.", "Coastal Response Force"),
])
def test_organisation_names_the_model_misreads_are_bodies(nlp, options, text, name):
    kinds = {e.name: e.kind for e in run(nlp, options, text).entities}
    assert kinds.get(name) == "organization", kinds


@pytest.mark.parametrize("text, name", [
    ("The Higher Public Prosecutor’s Office said on Monday that the case was closed.",
     "Higher Public Prosecutor’s Office"),
    ("Fighters of the People’s Liberation Front took two towns on Sunday, the army said.",
     "People’s Liberation Front"),
])
def test_possessive_inside_a_name_stays(nlp, options, text, name):
    kinds = {e.name: e.kind for e in run(nlp, options, text).entities}
    assert kinds.get(name) == "organization", kinds


def test_full_name_the_model_missed_is_found_through_its_short_form(nlp, options):
    text = "The pro-Western Dorin Vasilescu won the first round, and on Sunday Vasilescu said he would not concede."
    result = run(nlp, options, text)
    names = {m.text: (result.entity(m.entity).kind, result.entity(m.entity).name) for m in result.mentions}
    assert names.get("Dorin Vasilescu") == ("person", "Dorin Vasilescu")
    assert names.get("Vasilescu") == ("person", "Dorin Vasilescu")
    assert {m.rule for m in result.mentions if m.text == "Dorin Vasilescu"} == {"persons:full-name-of-surname"}


def test_full_name_of_a_short_form_needs_a_given_name(nlp, options):
    # the capitalised word before the short form is a day ("on Sunday Vasilescu"), not a given name
    text = "The Defence Ministry backed Vasilescu on Monday, and on Sunday Vasilescu said he would not concede."
    names = {e.name for e in run(nlp, options, text).entities if e.kind == "person"}
    assert not any(n.startswith("Ministry") for n in names)


@pytest.mark.parametrize("text, surface", [
    # the model reads the full name as a body; an age in commas makes the short form a person
    ("The warrant says that as governor, Castillo funded and armed the gangs. Castillo, 71, denies it. "
     "Crowds chanted that Aurelio Castillo is a criminal.", "Aurelio Castillo"),
    # ", who ..." after the short form; the model tags the full name as a body
    ("The tribunal said Marcano ordered the killings. Marcano, who ruled the province for a decade, denies it. "
     "A banner read: Felipe Marcano must pay.", "Felipe Marcano"),
])
def test_name_read_as_a_body_is_a_person_named_so_elsewhere(nlp, options, text, surface):
    result = run(nlp, options, text)
    kinds = {result.entity(m.entity).kind for m in result.mentions if m.text == surface}
    assert kinds == {"person"}, [(m.text, result.entity(m.entity).kind) for m in result.mentions]


def _armed_group_script():
    import importlib.util

    spec = importlib.util.spec_from_file_location("derive_armed_group_states",
                                                  ROOT / "scripts" / "derive_armed_group_states.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_shipped_armed_group_states_are_the_generator_output(tmp_path):
    script = _armed_group_script()
    script.main(["--out", str(tmp_path / "states.tsv")])
    assert (tmp_path / "states.tsv").read_text(encoding="utf-8") == \
        (GAZETTEER_DIR / "armed_group_states.tsv").read_text(encoding="utf-8"), \
        "run scripts/derive_armed_group_states.py"


def test_armed_group_base_state_by_name_never_by_a_shared_alias():
    script = _armed_group_script()
    actors = [{"name": "northern front", "aliases": "the front", "country": "AAA", "sector": "rebel"},
              {"name": "people's shield", "aliases": "", "country": "BBB", "sector": "armed_group"},
              {"name": "people's shield", "aliases": "", "country": "CCC", "sector": "rebel"},
              {"name": "the front", "aliases": "", "country": "DDD", "sector": "rebel"},
              {"name": "harbour lions", "aliases": "", "country": "EEE", "sector": "ngo"}]
    orgs = [{"id": "org:nf", "kind": "organization", "name": "Northern Front", "country": ""},
            {"id": "org:ps", "kind": "organization", "name": "People’s Shield", "country": ""},
            {"id": "org:x", "kind": "organization", "name": "Eastern Column", "aliases": "The Front", "country": ""},
            {"id": "org:hl", "kind": "organization", "name": "Harbour Lions", "country": ""},
            {"id": "org:st", "kind": "organization", "name": "Northern-Front", "country": "FFF"}]
    # a name given two states, an alias, a group that is no armed group, a body with a state: no row
    assert [(r[0], r[3]) for r in script.derive(actors, orgs)] == [("org:nf", "AAA")]


def test_armed_group_carries_its_base_state(nlp, options):
    result = run(nlp, options, "Hamas said on Monday that it had received the proposal.")
    assert {result.entity(m.entity).country for m in result.mentions if m.text == "Hamas"} == {"PSE"}


@pytest.mark.parametrize("text, platforms", [
    ("Regulators ordered Zelto and TikTok to freeze all data linked to the vote.", {"TikTok"}),
    ("Beijing announced an antitrust probe into Google on Tuesday.", {"Google"}),
    # where something was said or shown is a channel, not a party
    ("The candidate campaigned largely on TikTok and posted videos on YouTube.", set()),
    ("Telegram channels said the bridge had been hit twice overnight.", set()),
])
def test_platform_is_an_organisation_only_as_a_party(nlp, options, text, platforms):
    result = run(nlp, options, text)
    found = {m.text for m in result.mentions if m.rule == "organisations:platform-as-party"
             and result.entity(m.entity).kind == "organization"}
    assert found == platforms


@pytest.mark.parametrize("text, surface, kind", [
    # a capital glued to "-based" is the body's seat, a city: no state acts
    ("In a report shared with reporters, the Lisbon-based think tank Atlantic Policy Lab said the port had grown.",
     "Lisbon", "location"),
    # a people after another state's adjective or name is that state's community, not the state named by it
    ("Bosnian Serbs voted on Sunday to leave the joint institutions.", "Serbs", "group"),
    ("The law was rejected by Kosovo Serbs, with the assembly in Pristina split.", "Serbs", "group"),
    # alone, a people still names its state
    ("Serbs and Croats voted on Sunday.", "Serbs", "country"),
])
def test_seat_and_community_name_no_acting_state(nlp, options, text, surface, kind):
    result = run(nlp, options, text)
    assert {result.entity(m.entity).kind for m in result.mentions if m.text == surface} == {kind}


@pytest.mark.parametrize("text, absent, present", [
    ("She was named Minister of Coastal Affairs and Fisheries last year, officials said.",
     {"Coastal Affairs", "Fisheries"}, set()),
    # a body's own name keeps its words
    ("The Ministry of Coastal Affairs said the boats were late.", set(), {"Ministry of Coastal Affairs"}),
])
def test_portfolio_in_a_title_is_no_body(nlp, options, text, absent, present):
    names = {e.name for e in run(nlp, options, text).entities if e.kind == "organization"}
    assert not names & absent and present <= names, names


def test_acronym_after_a_number_is_no_body(nlp, options):
    text = ("The plane was due to land around 07.00 GMT, but trackers showed it would now arrive after "
            "15.30 GMT because of a stop in Doha.")
    names = {e.name for e in run(nlp, options, text).entities}
    assert "GMT" not in names, names


@pytest.mark.parametrize("text,groups", [
    # a plural common noun for people who act for no state is an actor of its own
    ("Protesters blocked the ring road around Lusaka on Friday.", {"Protesters": "group:protesters"}),
    ("Gunmen raided a cattle market near the border with Niger.", {"Gunmen": "group:gunmen"}),
    # a state's or a named group's modifier, or a place it is from, says who they are: no group of its own
    ("Ethiopian rebels shelled the airport.", {}),
    ("Rebels in Chad overran a garrison.", {}),
    # one person, and a noun that only modifies another, are no group (of this rule: a lone maker of an attack is
    # named by groups.lone_makers, switched off here; tests/test_event_lone_makers.py)
    ("A gunman opened fire on a minibus in Accra.", {}),
    ("Two fighter jets flew over the harbour in Tripoli.", {}),
])
def test_unnamed_groups_are_actors(nlp, options, text, groups):
    found = {m.text: m.entity for m in run(nlp, options, text, off=("lone_makers",)).mentions
             if m.entity.startswith("group:")}
    assert found == groups


def test_the_rebels_after_a_named_armed_group_is_that_group(nlp, options):
    text = "M23 seized a mining town in the east in March. On Tuesday the rebels accused Kinshasa of bombing villages."
    result = run(nlp, options, text)
    rebels = [m for m in result.mentions if m.text == "rebels"]
    assert [m.entity for m in rebels] == ["org:m23"]
    assert rebels[0].rule == "groups:agent-noun:armed-group-named-before"


def test_a_bare_armed_noun_after_a_named_armed_group_is_that_group_but_a_counted_one_is_not(nlp, options):
    text = ("Al-Shabaab claimed the raid on the camp. Gunmen had cut the power first. "
            "Three militants were later arrested near the coast.")
    found = {m.text: m.entity for m in run(nlp, options, text).mentions if m.text in ("Gunmen", "militants")}
    assert found == {"Gunmen": "org:al-shabaab", "militants": "group:militants"}


# -- persons the small model types as bodies, and words it takes for bodies (real dev draw 9) ----------------

def run_with_labels(nlp, options, text: str, labels: dict[str, str], off: tuple[str, ...] = ()) -> EntityResult:
    """``run`` with the model's labels set by hand for the given names (the small model's errors vary with
    the sentence, so tests of the rules that repair them fix the labels), the named rules ``off``."""
    from spacy.tokens import Span as SpacySpan

    parsed = nlp(text)
    spans = []
    for name, label in labels.items():
        start = text.index(name)
        span = parsed.char_span(start, start + len(name))
        spans.append(SpacySpan(parsed, span.start, span.end, label=label))
    parsed.ents = spans
    doc = Document(id="d1", source="t.txt", title=None, author=None, site=None, published=None,
                   language="en", text=text)
    return extract_entities(doc, parsed, options, rules_off=frozenset(off))


@pytest.mark.parametrize("text, absent", [
    # an adjective made from a name, before a noun or hyphened to one, is no body
    ("Burglars took several Edwardian-era brooches from the manor on Sunday.", "Edwardian"),
    ("The council wants the Gaullist-style monument moved before the summit.", "Gaullist"),
    # a time-zone abbreviation is no body
    ("The ceasefire deadline passes at noon GMT on Friday; talks resume at 09:00 GMT on Monday.", "GMT"),
    ("Polls close at 20:00 UTC, and first results are due by 23:00 UTC, officials said.", "UTC"),
])
def test_name_adjectives_and_time_zones_are_not_bodies(nlp, options, text, absent):
    # (the small model's label as on real pages: a body)
    assert not any(absent in e.name for e in run_with_labels(nlp, options, text, {absent: "ORG"}).entities)


@pytest.mark.parametrize("text, name, labels", [
    # a name in apposition to a kinship noun
    ("The senator's widow, Ana Lucia Ferreira, asked supporters to stay calm outside the clinic.",
     "Ana Lucia Ferreira", {"Ana Lucia Ferreira": "ORG"}),
    # the model stops at a hyphened given name: the family name after it belongs to the person
    ("The agency's senior forecaster, Marie-Hélène Dupuis, told reporters the storm would strengthen.",
     "Marie-Hélène Dupuis", {"Marie-Hélène": "ORG"}),
    # a two-word title closing in "General"
    ("Inspector General Rosa Quintero said the inquiry into the contracts would take months.", "Rosa Quintero",
     {"Rosa Quintero": "ORG"}),
    # an occupation in apposition after the name, or before it
    ("\"We will keep marching,\" said Teodor Vlasin, a retired nurse at the rally.", "Teodor Vlasin",
     {"Teodor Vlasin": "ORG"}),
    ("\"They cannot silence us,\" anti-war protester Ilse Marten said outside the court.", "Ilse Marten",
     {"Ilse Marten": "ORG"}),
    # the possessor of a body the model found, a full name left untagged
    ("Investigators said Jorge Ramirez's Cali network laundered the money through shell firms.", "Jorge Ramirez",
     {"Jorge Ramirez's Cali": "ORG"}),
])
def test_persons_the_model_reads_as_bodies(nlp, options, text, name, labels):
    result = run_with_labels(nlp, options, text, labels)
    assert name in {e.name for e in result.entities if e.kind == "person"}
    assert not any(name in e.name for e in result.entities if e.kind == "organization")


def test_a_lone_first_family_name_is_the_person_of_two_family_names(nlp, options):
    text = ("Senator Carlos Mejia Duarte was wounded at a rally in Cali. Mejia had received death threats "
            "for months, his aides said.")
    result = run(nlp, options, text)
    mejia = [m for m in result.mentions if m.text == "Mejia"]
    assert mejia and result.entity(mejia[0].entity).name == "Carlos Mejia Duarte"


def test_an_unclosed_abbreviation_bracket_ends_the_name(nlp, options):
    text = "The far-right Northern Freedom Alliance (NFA) quit the ruling coalition on Tuesday."
    result = run_with_labels(nlp, options, text, {"Northern Freedom Alliance (NFA": "ORG"})
    found = {m.text: result.entity(m.entity).name for m in result.mentions}
    # ("the ruling coalition" is a party group of its own: modified_groups.party_groups)
    assert found == {"Northern Freedom Alliance": "Northern Freedom Alliance", "NFA": "Northern Freedom Alliance",
                     "ruling coalition": "ruling coalition"}


@pytest.mark.parametrize("text, label, name", [
    # "of"/"for" and capitalised words after a body's head noun belong to its name
    ("Strikers marched with the Radical Workers Party of Ruritania through the port on Monday.",
     "Radical Workers Party", "Radical Workers Party of Ruritania"),
    ("Ministers asked the Northern Agency for Fisheries Control to review the quotas.",
     "Northern Agency", "Northern Agency for Fisheries Control"),
    # a first word joined by "and", after an article, is part of the name
    ("The Unity and Renewal Party, led by the prime minister, lost its majority.", "Renewal Party",
     "Unity and Renewal Party"),
])
def test_a_body_named_in_full_when_the_model_stops_short(nlp, options, text, label, name):
    result = run_with_labels(nlp, options, text, {label: "ORG"})
    assert name in {e.name for e in result.entities if e.kind == "organization"}


@pytest.mark.parametrize("text, long_name", [
    ("The Civic Renewal Party won the vote in the capital. CRP leaders promised a new cabinet by May.",
     "Civic Renewal Party"),
    # the head noun first, as in the party's own language
    ("The Action and Unity Party lost seats on Sunday. PAU officials blamed the low turnout.",
     "Action and Unity Party"),
])
def test_an_undefined_abbreviation_spelling_a_bodys_initials_is_that_body(nlp, options, text, long_name):
    abbr = text.split(". ")[1].split()[0]
    result = run_with_labels(nlp, options, text, {long_name: "ORG", abbr: "ORG"})
    found = {m.text: result.entity(m.entity).name for m in result.mentions}
    assert found[abbr] == long_name


@pytest.mark.parametrize("text, name", [
    ("Most of the armed groups are united in an alliance known as Lakou Fo, which controls the port.", "Lakou Fo"),
    ("Police said a gang called Toro Blanco ran the extortion racket in the market.", "Toro Blanco"),
])
def test_a_name_given_to_a_body_is_a_body(nlp, options, text, name):
    result = run_with_labels(nlp, options, text, {name: "PERSON"})
    assert {e.name: e.kind for e in result.entities}.get(name) == "organization"


# -- an abbreviation introduced with "or" (issue 13 through the entity layer) ---------------------------

@pytest.mark.parametrize("text, long_name, abbr", [
    # the letters of a name translated from another language need not spell the English initials
    ("Talks with the Southern Peasant Front, or FCS, broke down on Monday. The FCS said it would not return.",
     "Southern Peasant Front", "FCS"),
    # a description may stand between the name and its abbreviation
    ("The River Valley Defence Council militia, or RVDC, took the bridge. RVDC fighters held it until dawn.",
     "River Valley Defence Council", "RVDC"),
])
def test_an_abbreviation_introduced_with_or_is_its_long_form(nlp, options, text, long_name, abbr):
    result = run_with_labels(nlp, options, text, {long_name: "ORG"})
    found = [result.entity(m.entity).name for m in result.mentions if m.text == abbr]
    assert len(found) == 2 and set(found) == {long_name}
    assert {m.rule for m in result.mentions if m.text == abbr} == {"organisations:abbreviation"}


@pytest.mark.parametrize("text, long_name, abbr", [
    # "or" between two bodies the reader knows apart: the gazetteer's body is not a second name of the first
    ("Either the Southern Peasant Front, or NATO, will have to pay for the repairs, the mayor said.",
     "Southern Peasant Front", "NATO"),
    # capitals that run on into more words are no abbreviation introduced here
    ("The Southern Peasant Front, or FCS leaders, met the minister. FCS members waited outside.",
     "Southern Peasant Front", "FCS"),
])
def test_or_without_an_introduced_abbreviation_links_nothing(nlp, options, text, long_name, abbr):
    result = run_with_labels(nlp, options, text, {long_name: "ORG"})
    linked = [result.entity(m.entity).name for m in result.mentions if m.text == abbr]
    assert long_name not in linked
    assert long_name in {e.name for e in result.entities}


def test_two_people_sharing_a_family_name_stay_two(nlp, options):
    text = ("Defence minister Maria Oduya met the envoy on Monday. Her brother, the opposition leader Tomas Oduya, "
            "called the meeting a mistake. Oduya told reporters the party would vote against the budget.")
    result = run(nlp, options, text)
    people = {e.name for e in result.entities if e.kind == "person"}
    assert {"Maria Oduya", "Tomas Oduya"} <= people
    # the lone family name is the most recent full name before it, not a merge of the two
    lone = [m for m in result.mentions if m.text == "Oduya"]
    assert lone and {result.entity(m.entity).name for m in lone} == {"Tomas Oduya"}


@pytest.mark.parametrize("text, name, aliases", [
    # written with diacritics: both spellings stay, so a record merged by id with another text's plain
    # spelling keeps the one this text used
    ("The regional governor Tomás Ferrándiz resigned on Monday after the floods.", "Tomás Ferrándiz",
     {"Tomás Ferrándiz", "Tomas Ferrandiz"}),
    # plain letters: nothing to add
    ("The regional governor Tomas Ferrandiz resigned on Monday after the floods.", "Tomas Ferrandiz", set()),
    # a letter of its own has no plain spelling to give
    ("The regional governor Lars Østvik resigned on Monday after the floods.", "Lars Østvik", set()),
])
def test_a_name_with_diacritics_keeps_both_spellings(nlp, options, text, name, aliases):
    result = run_with_labels(nlp, options, text, {name: "PERSON"})
    person = next(e for e in result.entities if e.kind == "person")
    assert person.name == name and set(person.aliases) == aliases


def test_a_name_beginning_with_a_latin_capital_beyond_ascii_is_a_name(nlp, options):
    text = ("Opposition leader Řehoř Šindelář spoke to reporters in the capital on Monday. Šindelář said the "
            "vote had been rigged.")
    result = run_with_labels(nlp, options, text, {"Řehoř Šindelář": "PERSON"})
    lone = [m for m in result.mentions if m.text == "Šindelář"]
    assert lone and {result.entity(m.entity).name for m in lone} == {"Řehoř Šindelář"}


@pytest.mark.parametrize("text, surface, want", [
    # a body whose name has a state organ's word is the organ of the state its of-phrase names
    ("The Ministry of Foreign Affairs of Peru condemned Chile's naval exercise as a provocation.",
     "Ministry of Foreign Affairs", "PER"),
])
def test_an_organ_named_with_its_state_after_it_is_that_states(nlp, options, text, surface, want):
    ents = by_surface(_without(nlp, options, text, ()))
    assert ents[surface].country == want, ents
    assert by_surface(_without(nlp, options, text, ("country_of_organ_after_name",)))[surface].country is None


@pytest.mark.parametrize("text, surface", [
    # the of-phrase names a possessor, not the state: no state given
    ("The Ministry of Ports of Peru's northern region reopened the dock.", "Ministry of Ports"),
])
def test_a_body_of_no_organ_or_with_a_possessive_after_it_gets_no_state(nlp, options, text, surface):
    ents = by_surface(_without(nlp, options, text, ()))
    assert surface not in ents or ents[surface].country is None, ents


def _labelled(nlp, options, text: str, labels: dict[str, str], off: tuple[str, ...] = ()) -> dict[str, object]:
    """Surface -> entity, with the model's labels fixed by hand and the named rules off."""
    return by_surface(run_with_labels(nlp, options, text, labels, off))


@pytest.mark.parametrize("text, labels, surface, want", [
    # a gendered pronoun tied to the name as its clause's subject: a person, whatever the model said
    ("On Thursday, Torvald Ekerot confirmed that he would lead the delegation to the port.",
     {"Torvald Ekerot": "ORG"}, "Torvald Ekerot", "person"),
    ("Mirela Castano withdrew her candidacy after the recount was ordered.",
     {"Mirela Castano": "ORG"}, "Mirela Castano", "person"),
    # a full name listed with named persons under a noun for people
    ("The verdict was backed by judges Petra Lindqvist, Oskar Halvorsen, and Ysolde Marstrand.",
     {"Petra Lindqvist": "PERSON", "Oskar Halvorsen": "PERSON", "Ysolde Marstrand": "ORG"}, "Ysolde Marstrand",
     "person"),
    # contrasts: a body is "it"; a body listed beside a person with no noun for people stays a body
    ("Harbourview Capital said it would sell its stake in the port.",
     {"Harbourview Capital": "ORG"}, "Harbourview Capital", "organization"),
    ("Analysts at Harbourview Capital and Lena Marchetti expect the market to recover.",
     {"Harbourview Capital": "ORG", "Lena Marchetti": "PERSON"}, "Harbourview Capital", "organization"),
    # another person named before the pronoun: the pronoun may be theirs, the body stays as the model said
    ("After Lena Marchetti met Torvald Ekerot, she left for the airport.",
     {"Lena Marchetti": "PERSON", "Torvald Ekerot": "ORG"}, "Torvald Ekerot", "organization"),
])
def test_a_name_the_text_treats_as_a_person_is_one(nlp, options, text, labels, surface, want):
    assert _labelled(nlp, options, text, labels)[surface].kind == want
    if want == "person":  # the rule makes the difference
        # persons_by_cue_elsewhere reads a tied "he"/"she" too: off as well, so the case exercises this rule
        off = ("bodies_treated_as_persons", "persons_by_cue_elsewhere")
        assert _labelled(nlp, options, text, labels, off)[surface].kind == "organization"


@pytest.mark.parametrize("text, labels, surface, want", [
    # a body-typed name that speaks as a person: the subject of a reporting verb, never with an article
    # a lone family name that speaks is no body (a one-word person that speaks is kept: lone_speakers)
    ("The levy will rise next spring, Halvorsen said on Tuesday.", {"Halvorsen": "ORG"}, "Halvorsen", "person"),
    ("\u201cWe will not give in,\u201d Ysolde Marstrand added after the count.",
     {"Ysolde Marstrand": "ORG"}, "Ysolde Marstrand", "person"),
    # contrasts: a body speaks in a statement; a name the text writes with an article is a body's
    ("Kestrelnet said in a statement that the outage was over.", {"Kestrelnet": "ORG"}, "Kestrelnet", "organization"),
    ("The Brakvold owns three ferries. Brakvold said fares would rise.", {"Brakvold": "ORG"}, "Brakvold",
     "organization"),
    # a body's noun before the name, a state in the name: a body
    ("The militant group Sorvik Kall said the truce was over.", {"Sorvik Kall": "ORG"}, "Sorvik Kall",
     "organization"),
    ("Peru Harbours said fees would rise.", {"Peru Harbours": "ORG"}, "Peru Harbours", "organization"),
    # a name with a word that names bodies stays a body
    ("Fares will rise, Brakvold Group said.", {"Brakvold Group": "ORG"}, "Brakvold Group", "organization"),
])
def test_a_body_typed_name_that_speaks_as_a_person_is_one(nlp, options, text, labels, surface, want):
    ents = _labelled(nlp, options, text, labels)
    assert (ents[surface].kind if surface in ents else None) == want
    if want != "organization":  # the rule makes the difference
        assert _labelled(nlp, options, text, labels, ("bodies_that_speak_as_persons",))[surface].kind == "organization"


@pytest.mark.parametrize("text, labels, surface, want_name", [
    # a last word that names bodies, never a person's surname (org_final / org_noun rows of roles.tsv)
    ("Officials at the Coastal Survey said the shelf was thinning.", {"Coastal Survey": "PERSON"},
     "Coastal Survey", "Coastal Survey"),
    ("Passengers of Kestrel Airways were rebooked on Sunday.", {"Kestrel Airways": "PERSON"},
     "Kestrel Airways", "Kestrel Airways"),
    # a body's name goes on through "on" as through "of" and "for", but not into a day
    ("The National Taskforce on Drought met the farmers.", {"National Taskforce": "ORG"},
     "National Taskforce on Drought", "National Taskforce on Drought"),
    ("The Harbour Safety Board on Monday opened an inquiry.", {"Harbour Safety Board": "ORG", "Monday": "DATE"},
     "Harbour Safety Board", "Harbour Safety Board"),
])
def test_a_body_word_at_the_end_of_a_name_makes_it_a_body(nlp, options, text, labels, surface, want_name):
    ents = _labelled(nlp, options, text, labels)
    assert ents[surface].kind == "organization" and ents[surface].name == want_name, ents


@pytest.mark.parametrize("text, person", [
    # contrasts: a last word that is no body word leaves the model's person as it is
    ("Officials said Dana Whitcombe had left the port.", "Dana Whitcombe"),
    # a body word only counts as the name's own last word, not in a lower-case phrase after it
    ("Clashes broke out between units loyal to the premier, Karim Obeidat, and a rival administration in the east.",
     "Karim Obeidat"),
])
def test_a_person_named_with_an_ordinary_last_word_stays_a_person(nlp, options, text, person):
    assert _labelled(nlp, options, text, {person: "PERSON"})[person].kind == "person"


# -- political parties (data/gazetteer/parties.tsv) ---------------------------------------------------

@pytest.mark.parametrize("text, surface, want", [
    # a party's own short form names the party, a body of its state
    ("Turnout was high across the Netherlands, and D66 gained nine seats.", "D66", "NLD"),
    ("Pollsters in Bratislava expect Smer to lead again.", "Smer", "SVK"),
    # a short form several states' parties share is read by the state the text names
    ("The SPD lost ground in Germany's eastern regions last autumn.", "SPD", "DEU"),
    ("In the Czech Republic the SPD wants a referendum on leaving the bloc.", "SPD", "CZE"),
    ("Labour held its seats in Norway's western fjord districts.", "Labour", "NOR"),
    ("Labour held its seats across Britain's northern towns.", "Labour", "GBR"),
])
def test_a_party_short_form_is_its_states_party(nlp, options, text, surface, want):
    ent = by_surface(_without(nlp, options, text, ()))[surface]
    assert (ent.kind, ent.country) == ("organization", want)
    assert "parties.tsv" in ent.rule


@pytest.mark.parametrize("text, surface", [
    # contrast: a shared short form with no state of any of its parties named is no party
    ("The SPD wants a referendum, its leader told the rally.", "SPD"),
    ("Labour held its seats, the count showed.", "Labour"),
])
def test_a_shared_party_short_form_without_its_state_is_no_party(nlp, options, text, surface):
    ents = by_surface(_without(nlp, options, text, ()))
    assert surface not in ents or "parties.tsv" not in (ents[surface].rule or "")


def test_every_party_row_has_a_state_and_a_source():
    gaz = load_gazetteer()
    parties = [e for e in gaz.entries.values() if e.role == "party"]
    assert len(parties) >= 100
    assert all(e.country and len(e.country) == 3 and e.source for e in parties)


# -- lone_speakers: a one-word name that speaks stays a person -------------------------------------------

@pytest.mark.parametrize("text, name, kept", [
    # the subject of a reporting verb, no full name anywhere: a person (dropped with the rule off)
    ("Rescue teams were still searching the valley on Monday. The storm has killed nine people, "
     "Marchetti told reporters in the capital.", "Marchetti", True),
    ("The ferry sank near the harbour mouth. Eleven crew were rescued, Brannigan said on Tuesday.",
     "Brannigan", True),
    # contrast: the same word that never speaks stays whatever the model read, never a person
    ("Marchetti has been a popular brand of pasta for decades.", "Marchetti", False),
])
def test_lone_speakers(nlp, options, text, name, kept):
    def persons(off=()):
        res = run(nlp, options, text, off)
        return {m.text for m in res.mentions if res.entity(m.entity).kind == "person"}
    assert (name in persons()) is kept
    assert name not in persons(("lone_speakers",))


# -- initialled_persons: a person-typed name introduced by its initials is a body ------------------------

@pytest.mark.parametrize("text, name, want", [
    # the model's PERSON, the initials in brackets: a body (a person with the switch off)
    ("Anita Devi said Rakesh Jain Mahato (RJM) and Anil Kumar Sethi (AKS) would join the alliance.",
     "Rakesh Jain Mahato", "organization"),
    ("A spokesman for Hamid Tariq al-Nour (HTN) said the fighters withdrew.", "Hamid Tariq al-Nour", "organization"),
    # contrast: a person named without initials stays a person
    ("Anita Devi said Rakesh Jain Mahato and Anil Kumar Sethi would join the alliance.", "Anita Devi", "person"),
])
def test_initialled_persons(nlp, options, text, name, want):
    def kinds(off=()):
        res = run(nlp, options, text, off)
        return {m.text: res.entity(m.entity).kind for m in res.mentions}
    assert kinds()[name] == want
    if want == "organization":
        assert kinds(("initialled_persons",))[name] == "person"


@pytest.mark.parametrize("text, surface, country", [
    # a legislature's last word is never a surname: "<Nationality> National Assembly" is that state's body
    ("The opposition won most seats in the Chilean National Assembly on Sunday.", "Chilean National Assembly", "CHL"),
    ("Voters elected a new Peruvian National Assembly in April.", "Peruvian National Assembly", "PER"),
])
def test_a_states_legislature_is_its_body_not_a_person(nlp, options, text, surface, country):
    e = by_surface(run(nlp, options, text))[surface]
    assert (e.kind, e.country) == ("organization", country)


def test_a_state_adjective_before_a_full_name_still_gives_a_person(nlp, options):
    # the model reads "The Chilean Vargaz Quispe" as one body: the state's adjective, then a person's name
    e = by_surface(run(nlp, options, "The Chilean Vargaz Quispe said the talks would resume."))["Vargaz Quispe"]
    assert (e.kind, e.country) == ("person", "CHL")


def _kind_of(result: EntityResult, name: str) -> str | None:
    return next((e.kind for e in result.entities if e.name == name), None)


@pytest.mark.parametrize("text, name, label, kind", [
    # an age compound in apposition, with a noun no role row lists, makes a body-typed name a person
    ("\"The river took everything,\" said Oskar Vellend, a 41-year-old beekeeper from the valley.",
     "Oskar Vellend", "ORG", "person"),
    # an age alone in commas
    ("Prosecutors charged Ilka Marosvald, 36, with arson after the depot fire on Sunday.", "Ilka Marosvald", "ORG",
     "person"),
    # a relative clause is not read as apposition: the party of "whose ..." is the person's, not the person
    ("The talks were chaired by Corvin Aldermast, whose Civic Renewal party won the vote.", "Corvin Aldermast",
     "PERSON", "person"),
    # contrasts: an age compound before a body's noun, and a body's noun in apposition, stay bodies
    ("Orders fell at Brennick Tallow, a 90-year-old firm based in the harbour town.", "Brennick Tallow", "PERSON",
     "organization"),
    ("Aid was handed out by Selver Fold, a company that runs three shelters.", "Selver Fold", "PERSON",
     "organization"),
])
def test_apposition_ages_and_relative_clauses(nlp, options, text, name, label, kind):
    # (the model's label set by hand: the wrong kind in each case)
    assert _kind_of(run_with_labels(nlp, options, text, {name: label}), name) == kind


@pytest.mark.parametrize("honorific", ["Ms", "Mrs"])
def test_an_honorific_without_a_full_stop_opens_a_short_form(nlp, options, honorific):
    text = (f"Greta Hollisand won the seat on Sunday after a long count. {honorific} Hollisand thanked voters "
            "and promised new roads.")
    result = run_with_labels(nlp, options, text, {"Greta Hollisand": "PERSON", f"{honorific} Hollisand": "PERSON"})
    assert {e.name for e in result.entities if e.kind == "person"} == {"Greta Hollisand"}


@pytest.mark.parametrize("text, name, country", [
    # "unions" alone (agents_own.tsv: Phoenix lists only "trade unions", "labor unions"): a state's unions are a
    # group with the state as its context, not the state (groups.stated_groups)
    ("The strike was called by Norway's largest public sector unions on Monday.", "Norway's unions", "NOR"),
    ("The walkout was called by Norway’s biggest unions.", "Norway’s unions", "NOR"),
])
def test_a_states_unions_are_a_group_not_the_state(nlp, options, text, name, country):
    e = by_surface(run(nlp, options, text))["unions"]
    assert (e.kind, e.name, e.country) == ("group", name, country)


@pytest.mark.parametrize("text, labels, surface, want", [
    # a body-typed name that another of its occurrences marks as a person's: a role before it, a role in
    # apposition, an age in commas, a "he"/"she" its clause ties to it; its last word alone counts for a full name
    ("Talks with Pemberton stalled on Friday. Later, envoy Pemberton flew to the capital.",
     {"Pemberton": "ORG"}, "Pemberton", "person"),
    ("Crowds cheered Dravenko at the rally. Dravenko, 67, thanked the volunteers.",
     {"Dravenko": "ORG"}, "Dravenko", "person"),
    ("Markets fell after Ilvessalo spoke. Ilvessalo, the former finance minister of the region, warned of a slump.",
     {"Ilvessalo": "ORG"}, "Ilvessalo", "person"),
    ("Officials questioned Brannigan for hours. Brannigan later resigned from her post.",
     {"Brannigan": "ORG"}, "Brannigan", "person"),
    ("Critics of Tovah Rensberg gathered outside. Rensberg later resigned from her post.",
     {"Tovah Rensberg": "ORG"}, "Tovah Rensberg", "person"),
    # contrasts: a body is "it" or "they"; a name the text writes with "the" is a body's
    ("Shares in Brannigan fell on Monday. Brannigan said it would cut 300 jobs.",
     {"Brannigan": "ORG"}, "Brannigan", "organization"),
    ("Officials questioned Brannigan for hours. Brannigan later withdrew their appeal.",
     {"Brannigan": "ORG"}, "Brannigan", "organization"),
    ("Talks with Pemberton stalled on Friday. The Pemberton board, led by envoy Pemberton, met again.",
     {"Pemberton": "ORG"}, "Pemberton", "organization"),
    ("Shares in Ilvessalo fell. Ilvessalo, the largest lender in the region, cut jobs.",
     {"Ilvessalo": "ORG"}, "Ilvessalo", "organization"),
    ("Workers at Dravenko struck on Monday. Dravenko, 1894, was the year the mill opened.",
     {"Dravenko": "ORG"}, "Dravenko", "organization"),
])
def test_a_name_marked_as_a_person_anywhere_is_one(nlp, options, text, labels, surface, want):
    def kind(off=()):
        entity = _labelled(nlp, options, text, labels, off).get(surface)
        return entity.kind if entity is not None else None  # a body-typed one-word name may be dropped

    if want == "person":
        assert kind() == "person"
        assert kind(("persons_by_cue_elsewhere",)) != "person"  # the rule makes the difference
    else:
        assert kind() in ("organization", None)
