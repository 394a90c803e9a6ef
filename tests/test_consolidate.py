"""Across documents: merged entities, events and claims, corroboration, contradictions, timeline, CLI."""
from __future__ import annotations

import dataclasses
import json

import pytest
from typer.testing import CliRunner

from newsweave.cli import app
from newsweave.consolidate import consolidate
from newsweave.consolidate.contradictions import SlotWords, counted_class, slot_words
from newsweave.consolidate.graph import Corpus, link_entities, merge_claims, merge_events, same_claim
from newsweave.consolidate.timeline import timeline
from newsweave.model import Claim, Document, DocumentRecords, Entity, Event, Evidence, Mention, Quantity

from conftest import EXAMPLES, shared_path

runner = CliRunner()

PRK = Entity("Q423", "North Korea", "country", "PRK", "Q423", ("North Korea", "Pyongyang"))
RUS = Entity("Q159", "Russia", "country", "RUS", "Q159", ("Russia", "Moscow"))


# -- entities ---------------------------------------------------------------------------------

@pytest.mark.parametrize("entities, merged, apart", [
    # an unknown person with and without an affiliation is one person
    ([Entity("person:marie-dumoulin", "Marie Dumoulin", "person", "FRA"),
      Entity("person:marie-dumoulin-x", "Marie Dumoulin", "person", None)],
     [("person:marie-dumoulin", "person:marie-dumoulin-x")], []),
    # accents and case aside
    ([Entity("p1", "Hélène Marsh", "person"), Entity("p2", "helene marsh", "person")], [("p1", "p2")], []),
    # the same name for two different states stays two people
    ([Entity("p1", "Kim Min-jun", "person", "KOR"), Entity("p2", "Kim Min-jun", "person", "PRK")], [], [("p1", "p2")]),
    # a surname alone joins the only full name ending with it
    ([Entity("p1", "Helena Marsh", "person", "GBR"), Entity("p2", "Marsh", "person", None)], [("p1", "p2")], []),
    ([Entity("p1", "Helena Marsh", "person"), Entity("p2", "Tom Marsh", "person"), Entity("p3", "Marsh", "person")],
     [], [("p1", "p3"), ("p2", "p3")]),
    # the same QID under two ids; organisations by alias
    ([Entity("org:a", "National Intelligence Service", "organization", "KOR", "Q1"), Entity("org:b", "NIS", "organization", "KOR", "Q1")],
     [("org:a", "org:b")], []),
    ([Entity("org:a", "Storm Corps", "organization", "PRK", None, ("11th Corps",)), Entity("org:b", "11th Corps", "organization", "PRK")],
     [("org:a", "org:b")], []),
    ([Entity("p1", "Lee Jun", "person"), Entity("org:x", "Lee Jun", "organization")], [], [("p1", "org:x")]),
])
def test_entities_merge_across_documents(entities, merged, apart):
    links = link_entities(entities)
    for a, b in merged:
        assert links[a].canonical == links[b].canonical
    for a, b in apart:
        assert links[a].canonical != links[b].canonical


# -- events and claims ----------------------------------------------------------------------

def _event(eid, doc, etype, actor, recipient, date=None, aux=None, start=0):
    return Event(id=eid, doc=doc, event_type=etype, mode=None, context=(), actor=tuple(actor), recipient=tuple(recipient),
                 date=date, auxiliary=aux, reported_by=None, claim=None, quantities=(), start=start, end=start + 10,
                 text="x", evidence=(Evidence(doc, start, start + 10),))


CORPUS = Corpus(story_of={"d1": "s1", "d1copy": "s1", "d2": "s2", "d3": "s3"},
                published={"d1": "2024-10-18", "d1copy": "2024-10-19", "d2": "2024-10-20", "d3": "2024-11-02"})


def test_events_merge_on_type_actors_and_compatible_dates_and_count_stories_not_copies():
    canonical = {"Q423": "Q423", "prk-alias": "Q423", "Q159": "Q159"}
    events = [
        _event("e1", "d1", "AID", ["Q423"], ["Q159"], "2024-10"),
        _event("e2", "d1copy", "AID", ["Q423"], ["Q159"], "2024-10-08"),
        _event("e3", "d2", "AID", ["prk-alias"], ["Q159"], None),        # same actor once merged, undated
        _event("e4", "d3", "AID", ["Q423"], ["Q159"], "2023-09"),        # a different, earlier delivery
        _event("e5", "d3", "AID", ["Q423"], ["Q159"], "2024-10", "negation"),  # a denial is its own record
    ]
    merged = merge_events(events, canonical, CORPUS)
    by_members = {m.events: m for m in merged}
    main = by_members[("e1", "e2", "e3")]
    assert main.date == "2024-10-08" and main.sources == 2 and main.docs == ("d1", "d1copy", "d2")
    assert [e.doc for e in main.evidence] == ["d1", "d1copy", "d2"]
    assert by_members[("e4",)].sources == 1
    assert by_members[("e5",)].auxiliary == "negation"


def test_an_undated_mention_joins_a_dated_group_of_another_document_only_on_stronger_evidence():
    import dataclasses

    corpus = Corpus(story_of={"old": "old", "new": "new", "newcopy": "new", "nodate": "nodate", "nodate2": "nodate2",
                              "recent": "recent"},
                    published={"old": "2019-05-02", "new": "2026-02-11", "newcopy": "2026-02-12", "nodate": None,
                               "nodate2": None, "recent": "2019-05-20"})

    def ev(eid, doc, date=None, basis=None, start=0):
        return dataclasses.replace(_event(eid, doc, "ASSAULT", ["TLA"], ["MRV"], date, start=start), date_basis=basis)

    events = [
        ev("a1", "old", "2019-04-30", "explicit"),            # skirmishes at the end of April 2019
        ev("a2", "new", "2026-02-11", "reported"),            # a raid reported seven years later, no date of its own
        ev("a3", "newcopy", "2026-02-12", "reported"),        # the copy of that report
        ev("a4", "old", "2019-05-02", "reported", start=50),  # the old report repeating its own skirmishes
        ev("a5", "recent", "2019-05-20", "reported"),         # another report of the same weeks
        ev("a6", "nodate", None, None),                       # no date and no publication date at all
    ]
    groups = sorted(m.events for m in merge_events(events, {}, corpus))
    # a6 may share the group with no date (a2, a3: only report dates), never the dated one
    assert groups[0] == ("a1", "a4", "a5") and ("a2", "a3") == groups[1][:2] and len(groups) == 2
    # a document without a publication date joins when it dates other actions in the group's year
    dated_elsewhere = ev("b1", "nodate2", "2019-03", "explicit")
    dated_elsewhere = dataclasses.replace(dated_elsewhere, event_type="AID")
    groups = sorted(m.events for m in merge_events([*events, dated_elsewhere], {}, corpus))
    assert ("a1", "a4", "a5") in groups
    late = ev("a7", "nodate2", None, None)
    groups = sorted(m.events for m in merge_events([*events, dated_elsewhere, late], {}, corpus))
    assert ("a1", "a4", "a5", "a7") in groups


@pytest.mark.parametrize("date, reported, lead, fits", [
    ("2026-10-01", "2020-01-01", 0, False),   # a report years before the act is of another act
    ("2026-10-01", "2026-09-30", 0, False),   # ... even the day before
    ("2026-10-01", "2026-10-01", 0, True),    # the same day
    ("2026-10-01", "2026-11-15", 0, True),    # weeks after
    ("2026-10-01", "2027-03-01", 0, False),   # five months after: too late
    ("2026-10", "2026-10-02", 0, True),       # a month-only date begins on the 1st
    ("2026-10", "2026-09-30", 0, False),
    ("2026", "2026-01", 0, True),             # a report dated by its month alone
    ("2026-10-01", "2026-09-24", 92, True),   # an announced act, reported a week ahead
    ("2026-10-01", "2026-03-01", 92, False),  # ... but not seven months ahead
])
def test_a_report_window_begins_at_the_groups_date_unless_the_act_is_announced(date, reported, lead, fits):
    from newsweave.consolidate.eventdates import _window_fits

    assert _window_fits(date, reported, lead) is fits


def test_an_undated_mention_joins_no_dated_group_of_another_story_reported_after_it_unless_announced():
    """A past act of another story reported years or days before a group's date stays apart; one reported weeks
    after joins; an announced act ("will visit", auxiliary future) joins a group of the same announcement dated a
    few days after its report."""
    corpus = Corpus(story_of={"dated": "a", "early": "b", "eve": "c", "later": "d"},
                    published={"dated": "2025-03-20", "early": "2021-06-01", "eve": "2025-03-09", "later": "2025-04-02"})

    def ev(eid, doc, date=None, aux=None):
        return dataclasses.replace(_event(eid, doc, "CONSULT", ["KOR"], ["FIN"], date, aux=aux),
                                   date_basis="explicit" if date else None)

    past = [ev("p1", "dated", "2025-03-10"), ev("p2", "early"), ev("p3", "eve"), ev("p4", "later")]
    assert sorted(m.events for m in merge_events(past, {}, corpus)) == [("p1", "p4"), ("p2",), ("p3",)]
    announced = [dataclasses.replace(e, id=e.id.replace("p", "f"), auxiliary="future") for e in past]
    groups = sorted(m.events for m in merge_events(announced, {}, corpus))
    assert ("f1", "f3", "f4") in groups and ("f2",) in groups


def test_a_copy_repeats_an_undated_mention_into_its_originals_dated_group():
    import dataclasses

    corpus = Corpus(story_of={"orig": "s", "copy": "s"}, published={"orig": None, "copy": None})
    events = [dataclasses.replace(_event("c1", "orig", "SANCTION", ["FRN"], ["GDL"], "2021-07", start=0),
                                  date_basis="explicit"),
              _event("c2", "orig", "SANCTION", ["FRN"], ["GDL"], None, start=80),   # the same document's repeat
              _event("c3", "copy", "SANCTION", ["FRN"], ["GDL"], None)]             # the copy's undated repeat
    assert [m.events for m in merge_events(events, {}, corpus)] == [("c1", "c2", "c3")]


def test_two_undated_mentions_of_other_stories_join_only_when_reported_within_days():
    """A blockade of one port by one navy, told with no date in reports of several stories: reports a year apart
    are two blockades, reports a day apart one, and a copy repeats its original's whatever its own report date."""
    from newsweave.consolidate.graph import UNDATED_REPORT_WINDOW_DAYS

    corpus = Corpus(story_of={"spring": "spring", "nextday": "nextday", "yearlater": "yearlater",
                              "latecopy": "spring", "edge": "edge", "unknown": "unknown"},
                    published={"spring": "2024-04-02", "nextday": "2024-04-03", "yearlater": "2025-04-02",
                               "latecopy": "2025-09-30", "edge": "2024-04-11", "unknown": None})

    def ev(eid, doc):
        return _event(eid, doc, "COERCE", ["NAVY"], ["PORT"])

    def groups(*events):
        return sorted(m.events for m in merge_events(events, {}, corpus))

    assert groups(ev("b1", "spring"), ev("b2", "yearlater")) == [("b1",), ("b2",)]
    assert groups(ev("b1", "spring"), ev("b3", "nextday")) == [("b1", "b3")]
    assert groups(ev("b1", "spring"), ev("b4", "latecopy")) == [("b1", "b4")]
    assert groups(ev("b1", "spring"), ev("b2", "yearlater"), ev("b4", "latecopy")) == [("b1", "b4"), ("b2",)]
    # within the window of every member's report: nine days after the first is out, whatever the second's
    assert UNDATED_REPORT_WINDOW_DAYS < 9
    assert groups(ev("b1", "spring"), ev("b3", "nextday"), ev("b5", "edge")) == [("b1", "b3"), ("b5",)]
    # a report of no known date tells nothing: it joins as before the window
    assert groups(ev("b1", "spring"), ev("b6", "unknown")) == [("b1", "b6")]


def test_a_generic_group_merges_across_documents_only_within_a_story_or_on_an_agreeing_place():
    import dataclasses

    from newsweave.consolidate.graph import generic_groups
    from newsweave.model import Location

    marchers = Entity("group:marchers", "marchers", "group")
    generic = generic_groups([marchers, Entity("group:lakeland-marchers", "Lakeland marchers", "group", "LKL"),
                              Entity("org:river-front", "River Front", "organization")])
    assert generic == {"group:marchers"}
    corpus = Corpus(story_of={"a": "sa", "acopy": "sa", "b": "sb", "c": "sc", "d": "sd", "e": "se", "f": "sf"},
                    published=dict.fromkeys(["a", "acopy", "b", "c", "d", "e", "f"], "2025-03-10"))
    north, south = (Location("Northtown", "NTH", 1.0, 2.0, "city"), Location("Southport", "STH", 3.0, 4.0, "city"))

    def ev(eid, doc, recipient=(), where=None, start=0):
        return dataclasses.replace(_event(eid, doc, "PROTEST", ["group:marchers"], recipient, start=start),
                                   location=where)

    events = [
        ev("m1", "a"), ev("m2", "a", start=40),   # one document repeating its march
        ev("m3", "acopy"),                         # the copy of that document
        ev("m4", "b"), ev("m5", "c"),              # marches in two other stories, places unknown
        ev("m6", "d", where=north), ev("m7", "e", where=north),   # two stories on marches in one state
        ev("m8", "f", where=south),                               # and one in another
        ev("r1", "b", ["Q1"]), ev("r2", "c", ["Q1"]),             # marches against one named target
    ]
    groups = sorted(m.events for m in merge_events(events, {}, corpus, generic=generic))
    assert groups == [("m1", "m2", "m3"), ("m4",), ("m5",), ("m6", "m7"), ("m8",), ("r1", "r2")]
    # a named actor is evidence of its own: the same records with a named group merge as before
    named = [dataclasses.replace(e, actor=("org:river-front",)) for e in events if not e.recipient]
    assert [m.events for m in merge_events(named, {}, corpus, generic=generic)] == \
        [("m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8")]


def test_a_state_acting_on_no_one_merges_across_stories_only_within_a_story_or_on_an_agreeing_place():
    from newsweave.consolidate.graph import unanchored_actors
    from newsweave.model import Location

    ardenia = Entity("Q9001", "Ardenia", "country", "ARD", "Q9001")
    brel = Entity("Q9002", "Brel", "country", "BRL", "Q9002")
    envoy = Entity("person:tomas-vell", "Tomas Vell", "person", "ARD")
    marchers = Entity("group:marchers", "marchers", "group")
    unanchored = unanchored_actors([ardenia, brel, envoy, marchers])
    assert unanchored == {"Q9001", "Q9002", "group:marchers"}
    docs = ["a", "acopy", "b", "c", "d", "e", "f"]
    corpus = Corpus(story_of={"a": "sa", "acopy": "sa", "b": "sb", "c": "sc", "d": "sd", "e": "se", "f": "sf"},
                    published=dict.fromkeys(docs))
    hills, coast = (Location("Hilltown", "ARD", 1.0, 2.0, "city"), Location("Portbay", "BRL", 3.0, 4.0, "city"))

    def ev(eid, doc, actor=("Q9001",), recipient=(), where=None, start=0):
        return dataclasses.replace(_event(eid, doc, "ASSAULT", actor, recipient, start=start), location=where)

    events = [
        ev("s1", "a"), ev("s2", "a", start=50),   # one report repeating its state's strike on no one named
        ev("s3", "acopy"),                         # and its copy
        ev("s4", "b"), ev("s5", "c"),              # that state striking in two other stories, places unknown
        ev("s6", "d", where=hills), ev("s7", "e", where=hills),   # two stories on strikes in one state
        ev("s8", "f", where=coast),                               # and one in another
        ev("t1", "b", recipient=("Q9002",)), ev("t2", "c", recipient=("Q9002",)),   # strikes on a named target
        ev("p1", "b", actor=("person:tomas-vell",)), ev("p2", "c", actor=("person:tomas-vell",)),  # a named person
    ]
    groups = sorted(m.events for m in merge_events(events, {}, corpus, generic=unanchored))
    assert groups == [("p1", "p2"), ("s1", "s2", "s3"), ("s4",), ("s5",), ("s6", "s7"), ("s8",), ("t1", "t2")]
    # without the states among the unanchored actors, the strikes of unrelated stories would be one act
    loose = sorted(m.events for m in merge_events(events, {}, corpus, generic=frozenset({"group:marchers"})))
    assert ("s1", "s2", "s3", "s4", "s5", "s6", "s7", "s8") in loose


@pytest.mark.parametrize("a, b, same", [
    ("“Another piece of fake news,” he said", '"another piece of fake news"', True),
    ("the troops had been issued Russian uniforms and fake identity documents",
     "the troops had been issued Russian uniforms and fake identity papers", True),
    ("the treaty is a defensive document", "the treaty is not aimed at any third country", False),
    ("North Korea has sent 3,000 troops to Russia", "North Korea has sent 12,000 troops to Russia", True),
    ("Seoul will consider sending weapons to Ukraine", "Seoul will never send lethal weapons abroad", False),
])
def test_same_claim(a, b, same):
    assert same_claim(a, b) is same


def _claim(cid, doc, speaker, text, speaker_text=None):
    return Claim(id=cid, doc=doc, speaker=speaker, speaker_text=speaker_text, kind="direct", text=text, cue="said",
                 hedged=False, start=0, end=len(text))


def test_claims_merge_per_speaker_and_count_independent_sources():
    canonical = {"p:peskov": "p:peskov", "p:peskov2": "p:peskov", "p:zel": "p:zel"}
    claims = [
        _claim("c1", "d1", "p:peskov", "another piece of fake news"),
        _claim("c2", "d1copy", "p:peskov", "another piece of fake news"),
        _claim("c3", "d2", "p:peskov2", "Another piece of fake news."),
        _claim("c4", "d3", "p:zel", "another piece of fake news"),  # someone else saying it is another claim
        _claim("c5", "d2", None, "the sanctions have failed", "a senior diplomat"),
        _claim("c6", "d3", None, "the sanctions have failed", "A senior diplomat"),
    ]
    merged = {m.claims: m for m in merge_claims(claims, canonical, CORPUS)}
    assert merged[("c1", "c2", "c3")].sources == 2
    assert merged[("c4",)].sources == 1
    assert merged[("c5", "c6")].sources == 2


# -- contradictions -------------------------------------------------------------------------

@pytest.mark.parametrize("counted, after, expected", [
    ("North Korean soldiers", " were in Kursk.", "troops"),
    ("troops in Russia", ".", "troops"),
    ("special operations fighters", ".", "troops"),
    ("North Korean soldiers", " had been killed.", "killed"),
    ("North Korean soldiers", " were killed or wounded.", "casualties"),
    ("artillery shells", " since 2023.", "artillery shells"),
    ("freight wagons", ".", "wagon"),  # an unlisted head: its singular
    (None, ".", None),
])
def test_counted_class(counted, after, expected):
    text = f"about 10,000 {counted or ''}{after}"
    q = _quantity("q", "d", 10000, text, counted=counted)
    assert counted_class(q, text, slot_words()) == expected


def _quantity(qid, doc, value, text, counted="North Korean troops", bound=None, start=0, claim=None, unit="person"):
    number = f"{value:,}"
    s = text.index(number) if number in text else 0
    return Quantity(id=qid, doc=doc, value=float(value), value_max=None, unit=unit, per=None, counted=counted,
                    approximate=False, claim=claim, start=s, end=s + len(number), text=number, bound=bound)


TROOP_REPORTS = [
    # (doc id, published, sentence, value, bound)
    ("w1", "2024-10-23", "The Pentagon said 3,000 North Korean troops were training in eastern Russia.", 3000, None),
    ("w1r", "2024-10-24", "The Pentagon said 3,000 North Korean troops were training in eastern Russia.", 3000, None),
    ("w2", "2024-11-05", "Officials put the figure at 10,000 North Korean troops in Kursk.", 10000, None),
    ("w3", "2024-11-05", "Kyiv said 11,000 North Korean troops were now in the region.", 11000, None),
    ("w4", "2024-12-02", "Seoul said 12,000 North Korean troops were deployed.", 12000, None),
    ("w5", "2024-12-03", "More than 10,000 North Korean troops are there, a lawmaker said.", 10000, "at_least"),
    ("w6", "2024-10-18", "The deployment could eventually reach 12,000 North Korean troops.", 12000, None),
]


def _store_troop_reports(store):
    for doc_id, published, text, value, bound in TROOP_REPORTS:
        body = text + " Officials gave no further details about the deployment or its cost."
        doc = Document(id=doc_id, source=f"{doc_id}.txt", title=None, author=None, site="Wire", published=published,
                       language="en", text=body)
        start = body.index("North Korean")
        mention = Mention(doc_id, "Q423", start, start + len("North Korean"), "North Korean")
        q = _quantity(f"q_{doc_id}", doc_id, value, body, bound=bound)
        store.add_document_records(DocumentRecords(document=doc, entities=(PRK,), mentions=(mention,), quantities=(q,)))


def test_troop_numbers_contradict_with_sources_and_dates(store, options):
    _store_troop_reports(store)
    consolidate(store, options)
    sides = [s for s in store.records("contradictions") if s.kind == "number"]
    assert {s.slot for s in sides} == {"reported troops of PRK (person)"}
    by_value = {s.value: s for s in sides}
    assert set(by_value) == {"3,000", "10,000", "11,000", "12,000", "at least 10,000"}
    # a repost is not a second source; its date still shows
    assert by_value["3,000"].docs == ("w1", "w1r") and by_value["3,000"].sources == 1
    assert (by_value["3,000"].first_published, by_value["3,000"].last_published) == ("2024-10-23", "2024-10-24")
    assert by_value["10,000"].evidence == (Evidence("w2", 28, 34),)  # "10,000" after "Officials put the figure at "
    # 10,000 and 11,000 on the same day: sources disagree, not a number that moved
    assert {s.pattern for s in sides} == {"disagree at the same time"}


def test_numbers_that_only_change_over_time(store, options):
    _store_troop_reports(store)
    with store.transaction():
        store.con.execute("DELETE FROM quantities WHERE doc IN ('w2', 'w5')")
    consolidate(store, options)
    sides = [s for s in store.records("contradictions") if s.kind == "number"]
    assert {s.value for s in sides} == {"3,000", "11,000", "12,000"}
    assert {s.pattern for s in sides} == {"changed over time"}


def test_cli_contradictions_and_min_sources(tmp_path, options):
    from newsweave.store import Store

    db = str(tmp_path / "nw.duckdb")
    with Store(db) as store:
        _store_troop_reports(store)
        consolidate(store, options)
    result = runner.invoke(app, ["contradictions", "--db", db, "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert {r["value"] for r in rows} >= {"3,000", "12,000"}
    assert all(r["evidence"] and r["docs"] for r in rows)
    result = runner.invoke(app, ["contradictions", "--db", db, "--format", "json", "--min-sources", "2"])
    assert json.loads(result.stdout) == []  # every value comes from one story only
    result = runner.invoke(app, ["contradictions", "--db", db, "--kind", "nonsense"])
    assert result.exit_code == 2



def _figure(qid, doc, value, counted, unit="person", approximate=False, bound=None):
    return Quantity(id=qid, doc=doc, value=value, value_max=None, unit=unit, per=None, counted=counted,
                    approximate=approximate, claim=None, start=0, end=5, text=str(value), bound=bound)


def test_events_whose_figures_conflict_or_whose_modes_differ_are_two_acts():
    import dataclasses

    figures = {q.id: q for q in [
        _figure("q1", "d1", 217, "police officers"), _figure("q2", "d2", 230, "officers"),
        _figure("q3", "d3", 220, "officers", approximate=True),   # "about 220": fits 217 and 230 alike
        _figure("q4", "d3", 40, "armoured vehicles", unit="count"),  # counts something else
        _figure("q5", "d1copy", 200, "officers", bound="at_least"),  # "more than 200" fits both
    ]}

    def ev(eid, doc, qs, mode=None):
        return dataclasses.replace(_event(eid, doc, "AID", ["KEN"], ["HTI"]), quantities=tuple(qs), mode=mode)

    # the reports of one week: their undated mentions may be one act (UNDATED_REPORT_WINDOW_DAYS), figures aside
    week = dataclasses.replace(CORPUS, published={**CORPUS.published, "d3": "2024-10-21"})
    merged = merge_events([ev("e1", "d1", ["q1"]), ev("e2", "d2", ["q2"]), ev("e3", "d3", ["q3", "q4"]),
                           ev("e5", "d1copy", ["q5"])], {}, week, figures)
    groups = sorted(m.events for m in merged)
    assert groups == [("e1", "e3", "e5"), ("e2",)]  # 217 and 230 officers are two deployments
    assert len({m.id for m in merged}) == 2
    # without the figures, the same mentions are one group, as before
    assert [m.events for m in merge_events([ev("e1", "d1", ["q1"]), ev("e2", "d2", ["q2"])], {}, CORPUS)] == \
        [("e1", "e2")]
    # troops and money sent by one state to another are two acts
    modes = merge_events([ev("e1", "d1", [], "military"), ev("e2", "d2", [], "economic")], {}, CORPUS)
    assert sorted(m.events for m in modes) == [("e1",), ("e2",)]


# -- timeline and the other commands --------------------------------------------------------

def test_timeline_orders_by_pair_then_date_and_filters_by_actor():
    events = [
        _event("e1", "d2", "ASSAULT", ["Q423"], ["Q212"], "2024-12-01"),
        _event("e2", "d1", "AID", ["Q423"], ["Q159"], "2024-10-08"),
        _event("e3", "d3", "ASSAULT", ["Q423"], ["Q212"], "2024-11-05"),
        _event("e4", "d3", "SANCTION", ["Q212"], ["Q159"], None),
    ]
    merged = merge_events(events, {}, CORPUS)
    entries = timeline(merged, actor={"Q423"})
    assert [(t.event.events, t.date) for t in entries] == [
        (("e2",), "2024-10-08"), (("e3",), "2024-11-05"), (("e1",), "2024-12-01")]
    undated = timeline(merged, actor={"Q159"})
    assert [(t.event.events, t.date, t.date_basis) for t in undated] == [
        (("e4",), "2024-11-02", "published"),  # Ukraine -> Russia, dated by its report
        (("e2",), "2024-10-08", "event"),      # North Korea -> Russia
    ]
    assert timeline(merged, min_sources=2) == []


def _store_events(store):
    docs = {  # three independent wordings (near-identical texts would rightly be one story)
        "d1": ("2024-10-18", "North Korea sent troops to Russia, officials in Seoul said on Friday."),
        "d2": ("2024-10-20", "Satellite photos show soldiers boarding ships at Chongjin, analysts say."),
        "d3": ("2024-11-02", "Kyiv accused Pyongyang of arming Moscow and urged partners to act."),
    }
    for doc_id, (published, text) in docs.items():
        doc = Document(id=doc_id, source=f"{doc_id}.txt", title=f"Report {doc_id}", author=None, site=None,
                       published=published, language="en", text=text)
        event = _event(f"ev_{doc_id}", doc_id, "AID", ["Q423"], ["Q159"], "2024-10" if doc_id != "d3" else None)
        store.add_document_records(DocumentRecords(document=doc, entities=(PRK, RUS), events=(event,)))


def test_cli_timeline_corroboration_and_stories(tmp_path, options):
    from newsweave.store import Store

    db = str(tmp_path / "nw.duckdb")
    with Store(db) as store:
        _store_events(store)
        consolidate(store, options)
    result = runner.invoke(app, ["timeline", "--db", db, "--actor", "PRK", "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert len(rows) == 1 and rows[0]["sources"] == 3
    assert (rows[0]["actors"], rows[0]["recipients"]) == (["North Korea"], ["Russia"])
    # each span quoted with its document
    assert {"doc": "d1", "source": "d1.txt", "start": 0, "end": 10, "text": "North Kore"} in rows[0]["evidence"]
    result = runner.invoke(app, ["timeline", "--db", db, "--actor", "Narnia"])
    assert result.exit_code == 1 and "no actor matches" in result.output
    result = runner.invoke(app, ["corroboration", "--db", db, "--min-sources", "3", "--format", "json"])
    assert [r["event_type"] for r in json.loads(result.stdout)] == ["AID"]
    result = runner.invoke(app, ["corroboration", "--db", db, "--min-sources", "4", "--format", "json"])
    assert json.loads(result.stdout) == []
    result = runner.invoke(app, ["stories", "--db", db, "--all", "--format", "json"])
    assert {r["role"] for r in json.loads(result.stdout)} == {"original"}


def test_slot_words_are_data_with_a_source():
    words = slot_words()
    assert isinstance(words, SlotWords) and words.heads["soldiers"] == "troops" and "could" in words.projection


# -- the whole pipeline -----------------------------------------------------------------------

@pytest.mark.slow
def test_seeds_and_examples_report_the_troop_number_contradiction(tmp_path, options):
    from newsweave.pipeline import run
    from newsweave.store import Store

    seeds = shared_path("corpus", "seeds")
    with Store(str(tmp_path / "nw.duckdb")) as store:
        summary = run([str(seeds), str(EXAMPLES)], store, options)
        assert summary.added >= 11
        sides = [s for s in store.records("contradictions") if s.kind == "number" and "troops" in s.slot]
        assert len({s.value for s in sides}) >= 3
        assert all(s.docs and s.evidence for s in sides)
        sources = {d for s in sides for d in s.docs}
        assert len(sources) >= 3


def _rounds_of_talks():
    """Two rounds of talks between the same two sides a week apart, each reported by two outlets (one dating it
    explicitly, one by a relative date or only by its report), plus a month-only mention."""
    import dataclasses

    corpus = Corpus(story_of={d: d for d in ("w1", "w2", "w3", "w4", "w5")},
                    published={"w1": "2025-04-08", "w2": "2025-04-09", "w3": "2025-04-15", "w4": "2025-04-16",
                               "w5": "2025-04-10"})

    def ev(eid, doc, date, basis, start=0):
        return dataclasses.replace(_event(eid, doc, "CONSULT", ["LND"], ["ORV"], date, start=start), date_basis=basis)

    return corpus, [ev("first_a", "w1", "2025-04-07", "explicit"), ev("first_b", "w2", "2025-04-07", "relative"),
                    ev("second_a", "w3", "2025-04-14", "explicit"), ev("second_b", "w4", "2025-04-14", "explicit"),
                    ev("reported_between", "w5", "2025-04-10", "reported"),
                    ev("april", "w1", "2025-04", "explicit", start=40)]


def test_rounds_of_talks_on_different_days_never_merge_and_a_report_date_is_only_an_upper_bound():
    corpus, events = _rounds_of_talks()
    groups = {m.date: m for m in merge_events(events, {}, corpus)}
    assert set(groups) == {"2025-04-07", "2025-04-14"}
    # two explicit (or relative) days a week apart: two groups, each corroborated by its own two outlets
    assert {"first_a", "first_b"} <= set(groups["2025-04-07"].events) and groups["2025-04-14"].events == (
        "second_a", "second_b")
    # reported on the 10th: the round of the 14th had not happened yet, so only the first round can take it
    assert "reported_between" in groups["2025-04-07"].events
    # a month-only mention agrees with a day of that month at its precision
    assert "april" in groups["2025-04-07"].events
    # the same mentions with the second round's dates moved onto the first day merge into one group
    same_day = [dataclasses.replace(e, date="2025-04-07") if e.id.startswith("second") else e for e in events]
    assert len(merge_events(same_day, {}, corpus)) == 1


def test_a_merged_events_why_states_each_members_date_test():
    from newsweave.consolidate.graph import date_test
    from newsweave.explain import explain_in

    corpus, events = _rounds_of_talks()
    by_id = {e.id: e for e in events}
    first = next(m for m in merge_events(events, {}, corpus) if m.date == "2025-04-07")
    assert date_test(first.date, by_id["first_a"]).startswith("explicit 2025-04-07: the same day as")
    assert date_test(first.date, by_id["first_b"]).startswith("relative 2025-04-07")
    assert "upper bound only" in date_test(first.date, by_id["reported_between"])
    assert "agrees at its precision" in date_test(first.date, by_id["april"])
    assert date_test(None, dataclasses.replace(by_id["first_a"], date=None, date_basis=None)).startswith("no date")

    class Found:
        def find(self, table, record_id):
            if table == "merged_events" and record_id == first.id:
                return first
            return by_id.get(record_id) if table == "events" else None

        def text(self, doc):
            return "x" * 60

        def meta(self, key):
            return None

    why = explain_in(Found(), first.id)
    assert why.kind == "merged_event"
    tests = [text for label, text in why.related if label == "date test"]
    assert len(tests) == len(first.events) and any("upper bound" in t for t in tests)
    assert ("merged on", "type CONSULT, actors LND, recipients ORV, auxiliary -") in why.related
