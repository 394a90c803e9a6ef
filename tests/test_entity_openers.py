"""A sentence's opening function word is no part of the name after it (entities/tokens.py sentence_opener, used
by the NER spans, the given-name extension to the left and the speaker names): "Though Roe was ill" names
Roe, not "Though Roe". Own sentences; contrasts where the first word is a name's own."""
from __future__ import annotations

import pytest

from test_entities import run, run_with_labels


def names(result) -> set[str]:
    return {result.entity(m.entity).name for m in result.mentions}


# (text, the model's labels fixed by hand, the name without its opener); the span the model gave takes the
# opener in, or the one-word span would be widened onto it
OPENED = [
    ("However Selene Darrow said the talks had stalled.", {"However Selene Darrow": "PERSON"}, "Selene Darrow"),
    ("Though Ingrid Falkenberg was ill, she chaired the meeting.", {"Though Ingrid Falkenberg": "PERSON"},
     "Ingrid Falkenberg"),
    ("Once Torvald Ekhart had signed, the strike ended.", {"Once Torvald Ekhart": "ORG"}, "Torvald Ekhart"),
    ("And the Baltic Fisheries Forum said it would appeal.", {"And the Baltic Fisheries Forum": "ORG"},
     "Baltic Fisheries Forum"),
    ("\"Although Ondine Marrow denied it, the court ruled against her,\" the clerk said.",
     {"Although Ondine Marrow": "PERSON"}, "Ondine Marrow"),
]


@pytest.mark.parametrize("text, labels, name", OPENED)
def test_an_opening_function_word_is_cut_from_the_name(nlp, options, text, labels, name):
    found = names(run_with_labels(nlp, options, text, labels))
    assert name in found
    assert not any(n.endswith(name) and n != name for n in found)


# one surname after the opener: the model's one-word span is not widened onto the opener (the small model
# tags a capitalised "Though" or "Meanwhile" as a proper noun), nor is a speaker's name
GLUED = [
    ("Though Whitfield was ill, the council met as planned.", {"Whitfield": "PERSON"}, "Though"),
    ("Meanwhile Whitfield had warned of this, and few listened.", {"Whitfield": "PERSON"}, "Meanwhile"),
    ("Meanwhile Marrow said the talks had stalled.", {}, "Meanwhile"),
]


@pytest.mark.parametrize("text, labels, opener", GLUED)
def test_a_one_word_name_is_not_widened_onto_the_opener(nlp, options, text, labels, opener):
    found = names(run_with_labels(nlp, options, text, labels))
    assert not any(n.split()[0] == opener for n in found), found


# kept: a capitalised first word that is the name's own (a given name, even one that is also a verb), and a
# word of the opener list inside a sentence
KEPT = [
    ("Mark Whitfield said the talks had stalled.", "Mark Whitfield"),
    ("Will Okafor was elected mayor of the port town on Sunday.", "Will Okafor"),
]


@pytest.mark.parametrize("text, name", KEPT)
def test_a_names_own_first_word_stays(nlp, options, text, name):
    assert name in names(run(nlp, options, text))


def test_an_opener_word_inside_a_sentence_is_not_cut(nlp, options):
    text = "The harbour board said the Unless Foundation had paid for the new pier."
    found = names(run_with_labels(nlp, options, text, {"Unless Foundation": "ORG"}))
    assert "Unless Foundation" in found
