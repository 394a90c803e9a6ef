"""The names of a list column whose known members are persons (rule ``persons_in_name_lists``, issue 13):
short list lines yield no name the model alone found, so a list of candidates, victims or officials loses the
persons the gazetteer does not know unless the column's known members make the others persons; own texts."""
from __future__ import annotations

import pytest

from test_entities import run

RULE = "persons:list-column"

INTRO = ("Former president Halvard Mbeki and former minister Oriane Talvik led the count in the capital on Monday, "
         "the electoral board said, while the other candidates trailed.\n")


def people(result) -> dict[str, str]:
    """Mention text -> its rule, for person mentions."""
    return {m.text: m.rule for m in result.mentions if result.entity(m.entity).kind == "person"}


@pytest.mark.parametrize("items, unknown", [
    # numbered, party in brackets, votes after a dash
    ("1. Halvard Mbeki (NPP) – 1,204,118\n2. Oriane Talvik (LDF) – 988,410\n3. Quenby Adeyemo (APU) – 61,014\n"
     "4. Tobiah Nwachuku (RDC) – 14,542\n",
     ("Quenby Adeyemo", "Tobiah Nwachuku")),
    # numbered items whose separators differ
    ("1. Halvard Mbeki (NPP) – 1,204\n2. Oriane Talvik – LDF – 988\n3. Quenby Adeyemo: 61\n", ("Quenby Adeyemo",)),
    # no markers, one separator
    ("Halvard Mbeki (NPP) 1,204\nOriane Talvik (LDF) 988\nYsolde Karangwa (APU) 61\n", ("Ysolde Karangwa",)),
    # bullets, age after a comma, a blank line between items
    ("- Halvard Mbeki, 54\n\n- Oriane Talvik, 61\n\n- Ysolde Karangwa, 33\n", ("Ysolde Karangwa",)),
    # a leading title word stays out of the name
    ("• Halvard Mbeki: 40 percent\n• Oriane Talvik: 35 percent\n• Dr Amaka Obiora: 3 percent\n",
     ("Amaka Obiora",)),
])
def test_unknown_names_of_a_person_column_are_persons(nlp, options, items, unknown):
    result = run(nlp, options, INTRO + items)
    found = people(result)
    for name in unknown:
        assert found.get(name) == RULE, (name, found)


def test_a_known_list_name_joins_the_person_named_in_the_text(nlp, options):
    result = run(nlp, options, INTRO + "1. Halvard Mbeki (NPP) – 1,204\n2. Oriane Talvik (LDF) – 988\n"
                                       "3. Quenby Adeyemo (APU) – 61\n")
    ids = {m.entity for m in result.mentions if m.text == "Halvard Mbeki"}
    assert len(ids) == 1


@pytest.mark.parametrize("text, name", [
    # only one known person in the column: no column of persons
    ("Former president Halvard Mbeki led the count in the capital on Monday, the electoral board said.\n"
     "1. Halvard Mbeki (NPP) – 1,204\n2. Quenby Adeyemo (APU) – 61\n3. Tobiah Nwachuku (RDC) – 14\n",
     "Tobiah Nwachuku"),
    # no markers and separators that differ: no one column
    (INTRO + "Halvard Mbeki (NPP) 1,204\nOriane Talvik: 988\nQuenby Adeyemo, 61\n", "Quenby Adeyemo"),
    # two lines only: no column
    (INTRO + "1. Halvard Mbeki (NPP) – 1,204\n2. Quenby Adeyemo (APU) – 61\n", "Quenby Adeyemo"),
    # a body in the column: a mixed list, left alone
    (INTRO + "1. Halvard Mbeki (NPP) – 1,204\n2. Oriane Talvik (LDF) – 988\n3. European Union (EU) – 61\n"
             "4. Tobiah Nwachuku (RDC) – 14\n", "Tobiah Nwachuku"),
    # the lines are sentences, not list items
    (INTRO + "Halvard Mbeki, who won, thanked his many supporters in the northern provinces at a rally late on Monday.\n"
             "Oriane Talvik, who lost, said she would ask the courts to order a recount of several districts soon.\n"
             "Tobiah Nwachuku, a trader, said he had waited in line at the polling station for most of the day.\n",
     "Tobiah Nwachuku"),
])
def test_no_column_of_persons_without_its_evidence(nlp, options, text, name):
    assert people(run(nlp, options, text)).get(name) != RULE


def test_a_name_with_an_organisation_word_stays_out(nlp, options):
    result = run(nlp, options, INTRO + "1. Halvard Mbeki (NPP) – 1,204\n2. Oriane Talvik (LDF) – 988\n"
                                       "3. Adeyemo Foundation (APU) – 61\n")
    assert "Adeyemo Foundation" not in people(result)


def test_without_the_rule_the_column_loses_its_unknown_names(nlp, options):
    text = INTRO + ("1. Halvard Mbeki (NPP) – 1,204\n2. Oriane Talvik (LDF) – 988\n3. Quenby Adeyemo (APU) – 61\n"
                    "4. Tobiah Nwachuku (RDC) – 14\n")
    assert people(run(nlp, options, text, off=("persons_in_name_lists",))).get("Quenby Adeyemo") != RULE
