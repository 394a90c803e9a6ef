"""Coordinated acts: two verbs joined by "and" with different lemmas are two events (PLOVER codes each act);
one act named twice in a sentence, or one act on a side named with its allies, stays one event.  Our own sentences."""
from __future__ import annotations

import pytest

import newsweave.pipeline as pipeline
from newsweave.extract.events import extract_events
from newsweave.model import Document


def _events(nlp, options, text, kind):
    doc = Document(id="doc_test", source="test.txt", title=None, author=None, site=None,
                   published="2025-03-04", language="en", text=text)
    return [e for e in pipeline.extract_one(doc, nlp(text), options).events if e.event_type == kind]


SPLIT = [
    # text, category, how many events of it
    ("Peru recalled its ambassador from Quito and expelled Ecuador's envoy.", "SANCTION", 2),
    ("Chile recalled its ambassador from La Paz and expelled two Bolivian diplomats on Monday.", "SANCTION", 2),
    ("Bolivian army officers seized power on Monday and arrested President Tomas Reyes.", "COERCE", 2),
]

KEPT = [
    # one act named by a verb and by its purpose clause: one event
    ("Peruvian detainees began a week-long hunger strike in a Chilean jail to protest against beatings by "
     "Chilean guards.", "PROTEST", 1),
    # one verb, one side named with its allies: no spurious extra
    ("Chile expelled the envoys of Peru and its allies.", "SANCTION", 1),
    # verbs of one attack's toll: one act ("killed two and wounded five")
    ("Chilean gunmen killed two Peruvian guards and wounded five others near the border.", "ASSAULT", 1),
    # one act mentioned again in a later sentence with the same verb: still one event
    ("Chile rejected the accusations by Bolivia on Monday. Officials said Chile rejected the accusations by "
     "Bolivia as baseless.", "REJECT", 1),
]


@pytest.mark.parametrize("text,kind,n", SPLIT + KEPT)
def test_coordinated_acts_are_one_event_each(nlp, options, text, kind, n):
    assert len(_events(nlp, options, text, kind)) == n


@pytest.mark.parametrize("text,kind,n", SPLIT)
def test_with_the_rule_off_the_coordinated_acts_merge(nlp, options, monkeypatch, text, kind, n):
    def without_rule(*args, **kwargs):
        return extract_events(*args, **kwargs, rules_off=frozenset({"coordinated_acts_stay_apart"}))
    monkeypatch.setattr(pipeline, "extract_events", without_rule)
    assert len(_events(nlp, options, text, kind)) < n


def _parties(nlp, options, monkeypatch, text, kind, off=frozenset()):
    if off:
        monkeypatch.setattr(pipeline, "extract_events", lambda *a, **k: extract_events(*a, **k, rules_off=off))
    doc = Document(id="doc_test", source="test.txt", title=None, author=None, site=None,
                   published="2025-03-04", language="en", text=text)
    res = pipeline.extract_one(doc, nlp(text), options)
    names = {e.id: e.name for e in res.entities}
    return [([names[a] for a in e.actor], [names[a] for a in e.recipient]) for e in res.events if e.event_type == kind]


# an active verb with its own object hung on a passive clause ("called for X to be annulled and accused Y"):
# the matrix clause's subject does it, as a fact (not the passive clause's mode)
ACTIVE_AFTER_PASSIVE = [
    ("Rixo Mendes, the ruling party candidate, has asked for the ballot to be annulled and accused Chilean "
     "President Tomas Reyes of fraud.", "ACCUSE", "Rixo Mendes", "Tomas Reyes"),
    ("Peru demanded that the election be annulled and expelled two Chilean diplomats.", "SANCTION", "Peru", "Chile"),
    ("The Bolivian opposition wants the ballots to be recounted and criticized the Chilean government.",
     "ACCUSE", "Bolivia", "Chile"),
]


@pytest.mark.parametrize("text,kind,actor,recipient", ACTIVE_AFTER_PASSIVE)
def test_an_active_conjunct_of_a_passive_clause_is_the_matrix_subjects_act(nlp, options, monkeypatch, text, kind,
                                                                          actor, recipient):
    assert (([actor], [recipient]) in _parties(nlp, options, monkeypatch, text, kind))


@pytest.mark.parametrize("text,kind,actor,recipient", ACTIVE_AFTER_PASSIVE)
def test_with_the_rule_off_the_active_conjunct_is_lost(nlp, options, monkeypatch, text, kind, actor, recipient):
    off = frozenset({"active_conjunct_of_a_passive_clause"})
    assert (([actor], [recipient]) not in _parties(nlp, options, monkeypatch, text, kind, off))


# rule past_conjunct_read_as_participle: the same, the past tense mistagged as a participle (VBN) after a past
# matrix verb ("demanded the results to be overturned and criticized X")
PAST_READ_AS_PARTICIPLE = [
    ("Peruvian senator Ana Pesk demanded the results to be overturned and criticized Prime Minister Leo Dask of "
     "Chile for the delay.", "ACCUSE", "Ana Pesk", "Leo Dask"),
]


@pytest.mark.parametrize("text,kind,actor,recipient", PAST_READ_AS_PARTICIPLE)
def test_a_past_conjunct_read_as_a_participle_is_the_matrix_subjects_act(nlp, options, monkeypatch, text, kind,
                                                                        actor, recipient):
    assert ([actor], [recipient]) in _parties(nlp, options, monkeypatch, text, kind)


@pytest.mark.parametrize("text,kind,actor,recipient", PAST_READ_AS_PARTICIPLE)
def test_with_the_rule_off_the_past_conjunct_read_as_a_participle_is_lost(nlp, options, monkeypatch, text, kind,
                                                                         actor, recipient):
    off = frozenset({"past_conjunct_read_as_participle"})
    assert ([actor], [recipient]) not in _parties(nlp, options, monkeypatch, text, kind, off)


@pytest.mark.parametrize("text,kind", [
    # a bare participle shares the passive ("was summoned and handed"): the envoy undergoes both, no act of Peru's
    ("Peru said the Chilean envoy was summoned and handed a protest note.", "SANCTION"),
    # a second passive participle without an object: no new act
    ("Peru wants the Chilean ambassador to be recalled and the embassy closed.", "SANCTION"),
])
def test_a_conjunct_sharing_the_passive_is_no_act_of_the_matrix_subject(nlp, options, monkeypatch, text, kind):
    assert all("Peru" not in actors for actors, _ in _parties(nlp, options, monkeypatch, text, kind))


# rule comma_listed_acts_share_the_subject: finite verbs listed with commas only ("X seized power, placed Y under
# arrest"), the first clause hung by the parser as a complement of the second: each listed verb is the subject's act
COMMA_LISTED = [
    # text, category, actor, recipient, how many events of them
    ("The army of Bolivia seized power on Monday, placed President John Carter under arrest, dissolved the "
     "parliament and suspended the constitution.", "COERCE", "Bolivia", "John Carter", 1),
    ("Soldiers of Bolivia seized power, placed President John Carter under arrest.", "COERCE", "Bolivia", "John Carter", 1),
    # both clauses hung as complements of the verb of saying: the coup and the arrest of the ruler are two acts
    ("Bolivian army officers said they seized power on Monday, placed President Tomas Reyes under house arrest, and "
     "named a general as the new leader.", "COERCE", "Bolivia", "Tomas Reyes", 2),
]


@pytest.mark.parametrize("text,kind,actor,recipient,n", COMMA_LISTED)
def test_comma_listed_verbs_are_acts_of_the_first_subject(nlp, options, monkeypatch, text, kind, actor, recipient, n):
    assert _parties(nlp, options, monkeypatch, text, kind).count(([actor], [recipient])) == n


@pytest.mark.parametrize("text,kind,actor,recipient,n", COMMA_LISTED)
def test_with_the_rule_off_the_comma_listed_verb_has_no_actor(nlp, options, monkeypatch, text, kind, actor, recipient, n):
    off = frozenset({"comma_listed_acts_share_the_subject"})
    assert _parties(nlp, options, monkeypatch, text, kind, off).count(([actor], [recipient])) < n


@pytest.mark.parametrize("text,kind,actor", [
    # the second clause has a subject of its own: it keeps it
    ("Bolivian soldiers seized power on Monday, Peruvian officials condemned the coup.", "ACCUSE", "Peru"),
    # a reporting clause after the comma is no listed act
    ("Bolivian soldiers attacked the Chilean embassy on Monday, Peruvian officials said.", "ASSAULT", "Bolivia"),
])
def test_a_clause_after_a_comma_with_its_own_subject_keeps_it(nlp, options, monkeypatch, text, kind, actor):
    assert [actors for actors, _ in _parties(nlp, options, monkeypatch, text, kind)] == [[actor]]
