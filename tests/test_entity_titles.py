"""Titles read as names (entities/titles.py): the capitalised words of a title that introduces a person are
no actor; own sentences, each failing with the rule off, and contrasts the rule must leave alone."""
from __future__ import annotations

import pytest

from test_entities import run, run_with_labels

RULE = "titles_read_as_names"


def names(result, kind: str) -> set[str]:
    return {result.entity(m.entity).name for m in result.mentions if result.entity(m.entity).kind == kind}


# (text, a span that is a title's words, its kind)
TITLES = [
    # a person-typed title before a name: after a comma, and before "and" another title
    ("On Monday, the country's Chief Public Prosecutor, Halvard Brennick, stated that charges would follow.",
     "Public Prosecutor", "person"),
    ("Their party held the seat, Harbour Statistician, Prof. Ondine Marrow, said on Tuesday.",
     "Harbour Statistician", "person"),
    ("The port's Deputy Managing Director and Acting Chair Selene Darrow said the storm hit hard.",
     "Managing Director", "person"),
    # a body-typed portfolio before its title and a name
    ("The delay angered officials, including Commerce Secretary Torvald Ekhart and Trade Representative Ondine "
     "Marrow.", "Commerce", "organization"),
]


@pytest.mark.parametrize("text, title, kind", TITLES)
def test_a_titles_words_are_no_actor(nlp, options, text, title, kind):
    on, off = run(nlp, options, text), run(nlp, options, text, (RULE,))
    assert title in names(off, kind), "the case must exercise the rule (a title read as a name without it)"
    assert title not in names(on, kind)


# kept: a body with a word naming organisations speaks through its spokesman; a name that ends in a word
# that is also a title, with no name after it
KEPT = [
    ("Harbour Police spokesman Ivo Brandt said the pier would stay closed until Thursday.",
     "Harbour Police", "organization"),
    ("The novelist Lorna Major said the festival would move to the old theatre next spring.",
     "Lorna Major", "person"),
    # a list of names, one of them ending like a title
    ("Senators Angus Marshal, Ivo Brandt and Selene Darrow voted against the bill.", "Angus Marshal", "person"),
    ("The vote was backed by Ivo Brandt, Angus Marshal, Selene Darrow and two others.", "Angus Marshal", "person"),
]


@pytest.mark.parametrize("text, name, kind", KEPT)
def test_names_are_kept(nlp, options, text, name, kind):
    assert name in names(run(nlp, options, text), kind)


# titled_bodies_are_persons: a name the model read as a body, with a person's role beside it
PERSONS = [
    "With winds expected to persist, the Fisheries Minister, Ifeoma Chike, has warned that the harbour would "
    "stay shut.",
    "Turmoil in the coalition grew as Ifeoma Chike, the former Prime Minister and a fierce critic, was arrested.",
]


@pytest.mark.parametrize("text", PERSONS)
def test_a_titled_body_is_a_person(nlp, options, text):
    # persons_by_cue_elsewhere reads the same role at any occurrence: off too, so the case exercises this rule
    off = run(nlp, options, text, ("titled_bodies_are_persons", "persons_by_cue_elsewhere"))
    assert "Ifeoma Chike" in names(off, "organization"), "the case must exercise the rule"
    assert "Ifeoma Chike" in names(run(nlp, options, text), "person")


# kept bodies: the role is of the body ("the chairman of X"), or the apposition a body's noun ("the shipping firm")
BODIES = [
    "The contract went to the chairman of Ifeoma Chike after a long tender.",
    "Ifeoma Chike, the shipping firm, won the harbour contract.",
]


@pytest.mark.parametrize("text", BODIES)
def test_a_body_with_a_role_of_its_own_stays_a_body(nlp, options, text):
    assert "Ifeoma Chike" in names(run(nlp, options, text), "organization")


# a person's role in an election or a court names a person ("candidate", "magistrate": roles.tsv rows; both
# names stay bodies without those rows)
ROLE_PERSONS = [
    ("The runner-up candidate, Ilko Varsany, asked for a recount.", "Ilko Varsany"),
    ("The verdict came from Anselm Torvik, chief magistrate of the appeals court.", "Anselm Torvik"),
]


@pytest.mark.parametrize("text, name", ROLE_PERSONS)
def test_a_candidate_or_magistrate_is_a_person(nlp, options, text, name):
    assert name in names(run(nlp, options, text), "person")


def test_the_candidate_of_a_body_leaves_the_body(nlp, options):
    text = "The contract went to the candidate of Ilko Varsany after a long tender."
    assert "Ilko Varsany" in names(run(nlp, options, text), "organization")


# ", who" after a name the model read as a body: only a person takes "who"
NAME = "Ottavian Ernesto Ruthsbach"


def test_a_name_followed_by_who_is_a_person(nlp, options):
    # (the model's label fixed as a body, and a first word that is no known given name: "Octavio" would make it
    # a person by given_names.tsv alone)
    text, labels = "The court freed Ottavian Ernesto Ruthsbach, who had served six years.", {NAME: "ORG"}
    assert NAME in names(run_with_labels(nlp, options, text, labels, ("bodies_treated_as_persons",)), "organization")
    assert NAME in names(run_with_labels(nlp, options, text, labels), "person")


def test_a_name_followed_by_which_stays_a_body(nlp, options):
    text = "The grain went to Octavio Ernesto Ruthsbach, which trades across the region."
    assert "Octavio Ernesto Ruthsbach" in names(run(nlp, options, text), "organization")


GLUED = "bodies_running_into_titles"


@pytest.mark.parametrize("text, span, body, person", [
    # a body, a title and a name in one body-typed span: the body, then the person
    ("Harbour Workers Authority Chairperson Marta Kolbeck said the strike had ended.",
     "Harbour Workers Authority Chairperson Marta Kolbeck", "Harbour Workers Authority", "Marta Kolbeck"),
    # a party word before the title names no body
    ("Meanwhile, Labour MP Ana Roseveld welcomed the deal in a statement on Friday.",
     "Labour MP Ana Roseveld", None, "Ana Roseveld"),
])
def test_a_body_running_into_a_title_is_cut(nlp, options, text, span, body, person):
    from test_entities import run_with_labels

    on = run_with_labels(nlp, options, text, {span: "ORG"})
    off = run_with_labels(nlp, options, text, {span: "ORG"}, (GLUED,))
    assert span in names(off, "organization"), "the case must exercise the rule"
    assert span not in names(on, "organization") and person in names(on, "person")
    assert body is None or body in names(on, "organization")


@pytest.mark.parametrize("text, span", [
    # a title word inside a body's name with no person's name after it
    ("The Office of the Special Envoy said the talks would resume in March.", "Office of the Special Envoy"),
    ("Staff of the Veterans Advisory Council Secretariat met on Monday.", "Veterans Advisory Council Secretariat"),
    # a title after "of" is the body's own word, even with a capitalised word after the span
    ("The president will consult his advisory Council of State Thursday before the vote.", "Council of State"),
])
def test_a_body_with_a_title_word_and_no_name_is_kept(nlp, options, text, span):
    from test_entities import run_with_labels

    assert span in names(run_with_labels(nlp, options, text, {span: "ORG"}), "organization")
