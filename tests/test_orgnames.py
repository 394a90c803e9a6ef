"""One state body under one id, however it is written (issue 15: a test per alias kind)."""
from __future__ import annotations

from newsweave.consolidate.graph import link_entities
from newsweave.model import Entity

NIS = Entity(id="org:kor:nis", name="National Intelligence Service", kind="organization", country="KOR",
             wikidata="Q483592", aliases=("NIS", "South Korea's spy agency"))


def _org(name, country="KOR", id_=None, kind="organization", **kw):
    return Entity(id=id_ or f"org:{(country or 'x').lower()}:{name.lower().replace(' ', '-')}", name=name,
                  kind=kind, country=country, **kw)


def _same(*entities):
    links = link_entities(entities)
    return len({links[e.id].canonical for e in entities}) == 1


def test_acronym_written_alone():
    assert _same(NIS, _org("NIS"))


def test_full_name_with_its_state_in_front():
    assert _same(NIS, _org("South Korea's National Intelligence Service"))


def test_description_with_the_capital_in_front():
    assert _same(NIS, _org("Seoul's intelligence service"))


def test_reworded_description_in_a_spun_copy():
    assert _same(NIS, _org("South Korean Espionage Agency"))


def test_ministry_with_and_without_the_states_adjective():
    assert _same(_org("Foreign Ministry", "QAT"), _org("Qatari Foreign Ministry", "QAT"),
                 _org("Ministry of Foreign Affairs", "QAT"))


def test_a_group_described_with_its_state_as_a_group():
    assert _same(_org("Armed Forces", "PER", kind="group"), _org("Peruvian military", "PER", kind="group"))


def test_different_bodies_of_one_state_stay_apart():
    assert not _same(_org("Foreign Ministry", "QAT"), _org("Defence Ministry", "QAT"))


def test_the_same_description_in_two_states_stays_apart():
    assert not _same(_org("Foreign Ministry", "QAT"), _org("Foreign Ministry", "OMN"))


def test_no_state_no_description_merge():
    assert not _same(_org("Intelligence Service", None, id_="org:a"), _org("Spy Agency", None, id_="org:b"))


def test_two_bodies_the_gazetteer_tells_apart_stay_apart():
    other = _org("Defense Intelligence Agency", "KOR", wikidata="Q000001", aliases=("South Korea's spy agency",))
    assert not _same(NIS, other)


def test_the_link_says_which_description_joined_them():
    spun = _org("South Korean Espionage Agency")
    links = link_entities([NIS, spun])
    assert links[spun.id].rule == "same description in KOR (intelligence-agency)"
