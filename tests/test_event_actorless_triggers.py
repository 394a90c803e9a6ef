"""Triggers the coder found but had no actor for, where the sentence names the maker a step away from the trigger:
a relative clause on an appositive ("X, a populist who detained ...": ``roles.antecedent_of_the_appositive``).
Sentences are invented for these tests."""
from __future__ import annotations

from event_pipeline import coded


def _acts(nlp, options, text, off=()):
    return [(t, a, r) for t, a, r, _rule in coded(nlp, options, text, off=off)]


APPOSITIVE = "Maro Quint, a populist who detained three Bolivian opposition leaders last week, is widely seen as authoritarian."


def test_a_relative_clause_on_an_appositive_is_done_by_the_name_beside_it(nlp, options):
    found = coded(nlp, options, APPOSITIVE)
    assert any(t == "COERCE" and a == ["Maro Quint"] and "relative_on_an_appositive" in rule for t, a, _r, rule in found), found


def test_switched_off_the_appositive_act_has_no_actor(nlp, options):
    found = _acts(nlp, options, APPOSITIVE, off=("relative_on_an_appositive",))
    assert not any(t == "COERCE" for t, *_ in found), found


def test_an_appositive_that_names_no_one_beside_it_gives_no_actor(nlp, options):
    # the noun the relative clause hangs on is no appositive of a name: nobody is implied
    found = _acts(nlp, options, "A populist who detained three Bolivian opposition leaders last week spoke on Monday.")
    assert not any(t == "COERCE" for t, *_ in found), found
