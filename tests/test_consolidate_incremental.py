"""Stages 3-6 of consolidation recompute only the groups new documents change (consolidate/incremental.py):
consolidating in batches gives exactly the rows of consolidating everything at once and of a full recompute."""
from __future__ import annotations

import dataclasses
import json
import random
import sys
from pathlib import Path
from unittest import mock

import pytest

from newsweave.consolidate import consolidate
from newsweave.model import Claim, Document, DocumentRecords, Entity, Event, Evidence, Mention, Quantity
from newsweave.pipeline import process
from newsweave.store.duck import Store
from newsweave.store.migrations import MIGRATIONS

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from synthetic import generate_corpus  # noqa: E402  (our own sentence templates)

CROSSDOC = ("stories", "copies", "entity_links", "merged_events", "merged_claims", "contradictions")
KEYS = ("event_keys", "claim_keys", "readings")
EVENT_STATE = ("event_clusters", "event_members", "event_key_last")
SYNTHETIC = 10  # articles; the first half in batch A


def _rows(store: Store, tables=CROSSDOC) -> dict[str, list[tuple]]:
    return {t: store.con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall() for t in tables}


def _doc(doc_id: str, published: str, text: str) -> Document:
    return Document(id=doc_id, source=f"{doc_id}.txt", title=None, author=None, site="Wire", published=published,
                    language="en", text=text)


def _person(eid: str, name: str, country: str | None = None) -> Entity:
    return Entity(eid, name, "person", country)


def _made_up(doc_id: str, published: str, person: Entity, value: int) -> DocumentRecords:
    """A short report naming ``person`` as the speaker of a claim and the actor of an event with a figure."""
    text = (f"{person.name} said the envoys would meet again soon. {person.name} sent {value:,} observers to the "
            f"border crossing, officials added.")
    start = text.index(f"{value:,}")
    q = Quantity(id=f"q-{doc_id}", doc=doc_id, value=float(value), value_max=None, unit="person", per=None,
                 counted="observers", approximate=False, claim=None, start=start, end=start + len(f"{value:,}"),
                 text=f"{value:,}", bound=None)
    event = Event(id=f"e-{doc_id}", doc=doc_id, event_type="MOBILIZE", mode=None, context=(), actor=(person.id,),
                  recipient=(), date=published, auxiliary=None, reported_by=None, claim=None, quantities=(q.id,),
                  start=text.index(" sent"), end=start, text="sent", evidence=(Evidence(doc_id, 0, 20),))
    claim = Claim(id=f"c-{doc_id}", doc=doc_id, speaker=person.id, speaker_text=person.name, kind="indirect",
                  text="the envoys would meet again soon", cue="said", hedged=False, start=0, end=40)
    mentions = tuple(Mention(doc_id, person.id, i, i + len(person.name), person.name)
                     for i in (0, text.index(person.name, 1)))
    return DocumentRecords(document=_doc(doc_id, published, text), entities=(person,), mentions=mentions,
                           claims=(claim,), quantities=(q,), events=(event,))


# batch A names "Marsh" (joined to the only full name, Helena Marsh, with a later id) and "Dumoulin" alone;
# batch B brings a second full name ending in Marsh (the link breaks) and a full name for Dumoulin whose id
# sorts first (the stored entity's merged entity changes)
MADE_UP_A = [("m1", "2025-03-02", _person("p-marsh", "Marsh"), 1200),
             ("m2", "2025-03-03", _person("p-marsh-helena", "Helena Marsh", "GBR"), 1500),
             ("m3", "2025-03-03", _person("p-dumoulin", "Dumoulin"), 900)]
MADE_UP_B = [("m4", "2025-03-04", _person("p-marsh-tom", "Tom Marsh"), 2500),
             ("m5", "2025-03-05", _person("p-a-dumoulin", "Marie Dumoulin", "FRA"), 400)]


@pytest.fixture(scope="module")
def batches(tmp_path_factory, options) -> tuple[list[DocumentRecords], list[DocumentRecords]]:
    """Synthetic articles in two batches, B holding a lightly edited copy of an article of A, and made-up
    reports whose entity links change when B arrives."""
    folder = tmp_path_factory.mktemp("incremental")
    paths = generate_corpus(folder, SYNTHETIC, seed=23)
    copy = folder / "synthetic-copy.txt"
    # the copy leaves out the last paragraphs and is dated first: it becomes its story's original, so the stored
    # article changes story, and its records in those paragraphs share no merge key with a new record
    copy.write_text("\n\n".join(paths[1].read_text().split("\n\n")[:-2]) + "\n", encoding="utf-8")
    records = [r for r in process([str(p) for p in [*paths, copy]], options) if isinstance(r, DocumentRecords)]
    assert len(records) == SYNTHETIC + 1
    # publication dates a few days apart, so corroboration, dates and contradictions have something to read
    dates = [f"2025-03-{1 + i % 9:02d}" for i in range(SYNTHETIC)] + ["2025-02-20"]
    records = [dataclasses.replace(r, document=dataclasses.replace(r.document, published=day))
               for r, day in zip(records, dates)]
    half = SYNTHETIC // 2
    a = records[:half] + [_made_up(*row) for row in MADE_UP_A]
    b = records[half:] + [_made_up(*row) for row in MADE_UP_B]
    return a, b


def _consolidated(batches_: list[list[DocumentRecords]], options, extended: list | None = None) -> Store:
    """A store consolidated after each batch; ``extended``: gets, per batch, how many merge keys of events had
    their stored clusters extended (incremental.update_events' fast path)."""
    store = Store(":memory:")
    for batch in batches_:
        store.add_documents(batch)
        if extended is None:
            consolidate(store, options)
            continue
        with _counting_extensions(extended):
            consolidate(store, options)
    return store


class _counting_extensions:
    def __init__(self, out: list) -> None:
        self.out = out

    def __enter__(self):
        import newsweave.consolidate.incremental as inc
        self.inc, self.update = inc, inc.update_events

        def counted(store, changes, *a, **k):
            self.update(store, changes, *a, **k)
            self.out.append(changes.extended)
        inc.update_events = counted

    def __exit__(self, *exc):
        self.inc.update_events = self.update


def test_two_batches_give_the_rows_of_one_batch_and_of_a_full_recompute(batches, options):
    a, b = batches
    with _consolidated([a, b], options) as twice, _consolidated([a + b], options) as once:
        rows = _rows(twice)
        assert rows == _rows(once)
        assert _rows(twice, KEYS) == _rows(once, KEYS)
        # the cases the batches are made of did happen: a copy across the batches, links that changed
        assert [c[1] for c in rows["copies"]] == [b[SYNTHETIC - SYNTHETIC // 2].document.id]  # the copy is the original
        links = dict(twice.con.execute("SELECT entity, canonical FROM entity_links").fetchall())
        assert links["p-marsh"] == "p-marsh" and links["p-dumoulin"] == "p-a-dumoulin"
        assert rows["contradictions"] and rows["merged_events"] and rows["merged_claims"]
        consolidate(twice, options, full=True)
        assert _rows(twice) == rows


def test_a_batch_before_the_stored_one_and_an_empty_batch(batches, options):
    """B stored before A: the rows of one batch in that order (B's documents numbered first), and of a full
    recompute of the same store."""
    a, b = batches
    with _consolidated([b, a, []], options) as reversed_, _consolidated([b + a], options) as once:
        rows = _rows(reversed_)
        assert rows == _rows(once)
        consolidate(reversed_, options, full=True)
        assert _rows(reversed_) == rows


def _undated_report(doc_id: str, value: int | None, person: Entity) -> DocumentRecords:
    """One undated MOBILIZE of ``person``, with a figure when ``value`` is given, published on one day."""
    r = _acting(doc_id, "2025-06-10", [person], [(0, 0, value or 7, None)], random.Random(doc_id))
    (event,) = r.events
    where = r.document.text.index(str(value or 7))
    quantities = () if value is None else (
        Quantity(id=f"q-{doc_id}", doc=doc_id, value=float(value), value_max=None, unit="person", per=None,
                 counted=None, approximate=False, claim=None, start=where, end=where + len(str(value)),
                 text=str(value), bound=None),)
    return dataclasses.replace(r, quantities=quantities,
                               events=(dataclasses.replace(event, quantities=tuple(q.id for q in quantities)),))


def test_within_a_date_the_store_sequence_orders_a_keys_mentions(options):
    """Three undated mentions of one action published the same day: 40 and 300 officers cannot merge, and the one
    without a figure joins the cluster of whichever was stored first (not the one whose document id sorts first),
    so storing them in two orders gives two sets of rows, each equal to a full recompute of its store; old stores
    (documents without a number) are numbered in id order."""
    person = _person("p-okafor", "Okafor")
    forty, three_hundred = _undated_report("b-forty", 40, person), _undated_report("a-300", 300, person)
    bare = _undated_report("c-bare", None, person)

    def joined(store) -> set[str]:
        (members,) = [m[6] for m in _rows(store)["merged_events"] if "e-c-bare-0" in m[6]]
        return set(members)

    with _consolidated([[forty, three_hundred], [bare]], options) as first_40, \
            _consolidated([[three_hundred], [forty], [bare]], options) as first_300:
        assert joined(first_40) == {"e-b-forty-0", "e-c-bare-0"}
        assert joined(first_300) == {"e-a-300-0", "e-c-bare-0"}
        for store in (first_40, first_300):
            rows = _rows(store)
            consolidate(store, options, full=True)
            assert _rows(store) == rows
        # a store whose documents have no number (made before 0018, or stored by SQL) numbers them in id order
        first_40.con.execute("DELETE FROM document_sequence")
        consolidate(first_40, options, full=True)
        assert first_40.con.execute("SELECT doc FROM document_sequence ORDER BY seq").fetchall() == [
            ("a-300",), ("b-forty",), ("c-bare",)]
        assert joined(first_40) == {"e-a-300-0", "e-c-bare-0"}


def test_undated_reports_join_within_days_in_batches_as_in_one(options):
    """One undated act told in a report, then (in a later batch, extending the kept clusters) in reports a year and
    a year and a day later: the first stays apart, the later two join each other, as when consolidated at once."""
    person = _person("p-okafor", "Okafor")

    def report(doc_id, day):
        return _acting(doc_id, day, [person], [(0, 0, 7, None)], random.Random(doc_id))

    first, year, day_after = report("u-first", "2024-05-02"), report("u-year", "2025-05-02"), report("u-next", "2025-05-03")
    extended: list[int] = []

    def groups(store) -> list[list[str]]:
        return sorted(sorted(m[6]) for m in _rows(store)["merged_events"])

    with _consolidated([[first], [year, day_after]], options, extended) as parts, \
            _consolidated([[first, year, day_after]], options) as once:
        assert groups(parts) == groups(once) == [["e-u-first-0"], ["e-u-next-0", "e-u-year-0"]]
        assert sum(extended) > 0  # the kept cluster's report days decided it
        assert _rows(parts, CROSSDOC + EVENT_STATE) == _rows(once, CROSSDOC + EVENT_STATE)


def test_the_migration_numbers_the_documents_of_an_older_store_in_id_order(tmp_path, options):
    person = _person("p-okafor", "Okafor")
    path = tmp_path / "old.duckdb"
    with Store(str(path)) as store:
        store.add_documents([_undated_report(d, 40, person) for d in ("m-2", "m-1", "m-3")])
        assert store.con.execute("SELECT doc FROM document_sequence ORDER BY seq").fetchall() == [
            ("m-2",), ("m-1",), ("m-3",)]  # in the order they were stored
        store.con.execute("DROP TABLE document_sequence")
        store.con.execute("DELETE FROM migrations WHERE name = '0018_document_sequence'")
    with Store(str(path)) as store:
        assert store.con.execute("SELECT doc, seq FROM document_sequence ORDER BY seq").fetchall() == [
            ("m-1", 1), ("m-2", 2), ("m-3", 3)]
        store.add_documents([_undated_report("m-0", 40, person)])
        assert store.con.execute("SELECT seq FROM document_sequence WHERE doc = 'm-0'").fetchone() == (4,)


def test_a_run_cut_short_in_the_cross_document_stages_is_redone_in_full(batches, options):
    a, b = batches
    with _consolidated([a], options) as store, _consolidated([a + b], options) as once:
        store.add_documents(b)
        store.set_meta("crossdoc_dirty", "1")  # as a run stopped in stages 3-6 leaves it
        with store.transaction():
            store.con.execute("DELETE FROM merged_events")  # what it had done so far
        consolidate(store, options)
        assert _rows(store) == _rows(once)


# -- date clusters: the candidate index asks the clusters trying every one would find -------------------

def _random_figure(rng, i: int, doc: str) -> Quantity:
    """A figure of a few units, heads and values, some approximate, ranges or bounds (they fit or conflict)."""
    value = float(rng.choice([90, 100, 105, 200, 5000]))
    return Quantity(id=f"q{i}", doc=doc, value=value, value_max=rng.choice([None, None, None, value * 2]),
                    unit=rng.choice(["person", "person", "USD"]), per=None,
                    counted=rng.choice([None, "troops", "officers"]), approximate=rng.random() < 0.3, claim=None,
                    start=0, end=3, text="x", bound=rng.choice([None, None, None, "at_least", "at_most"]))


def _random_events(rng, n: int, rich: bool = False) -> tuple[list[Event], dict[str, Quantity], "Corpus"]:
    from newsweave.consolidate.graph import Corpus
    from newsweave.model import Location

    docs = [f"d{i:02d}" for i in range(40)]
    story = {d: f"s{int(d[1:]) // 3}" for d in docs}  # three documents a story
    published = {d: (None if rng.random() < 0.1 else f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}")
                 for d in docs}
    figures, events = {}, []
    for i in range(n):
        doc = rng.choice(docs)
        precision = rng.choice([10, 10, 7, 4, 0, 0])
        date = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"[:precision] or None
        basis = rng.choice([None, "explicit", "reported"]) if date else None
        if basis == "reported":
            date = published[doc] or date
        qs = ()
        if rich and rng.random() < 0.7:
            drawn = [_random_figure(rng, i * 10 + k, doc) for k in range(rng.choice([1, 1, 2]))]
            figures.update({q.id: q for q in drawn})
            qs = tuple(q.id for q in drawn)
        elif rng.random() < 0.3:
            q = Quantity(id=f"q{i}", doc=doc, value=float(rng.choice([100, 200, 5000])), value_max=None, unit="person",
                         per=None, counted="troops", approximate=False, claim=None, start=0, end=3, text="100",
                         bound=None)
            figures[q.id], qs = q, (q.id,)
        place = Location(rng.choice(["a", "b"]), rng.choice(["AAA", "BBB", None]), 0.0, 0.0, "city") \
            if rng.random() < 0.5 else None
        events.append(Event(id=f"e{i}", doc=doc, event_type="ASSAULT", mode=None, context=(),
                            actor=(rng.choice(["g-crowd", "s-one"]),), recipient=(), date=date, auxiliary=None,
                            reported_by=None, claim=None, quantities=qs, start=rng.randint(0, 500), end=600, text="x",
                            date_basis=basis, location=place))
    return events, figures, Corpus(story_of=story, published=published)


@pytest.mark.parametrize("seed", range(12))
def test_date_clusters_with_the_candidate_index_equal_trying_every_cluster(seed):
    import random

    from newsweave.consolidate.graph import _date_clusters, _doc_years

    events, figures, corpus = _random_events(random.Random(seed), 300)
    years = _doc_years(events)
    generic = frozenset({"g-crowd"})
    indexed = _date_clusters(events, figures, corpus, years, generic)
    every = _date_clusters(events, figures, corpus, years, generic, try_all=True)
    assert [(d, [e.id for e in ms]) for d, ms in indexed] == [(d, [e.id for e in ms]) for d, ms in every]
    assert len(every) > 20  # many clusters, so the index has a choice to make


@pytest.mark.parametrize("seed", range(6))
def test_date_clusters_of_announced_acts_with_the_candidate_index_equal_trying_every_cluster(seed):
    """An announced act (auxiliary future) may be reported before its date (eventdates.report_lead): the index's
    report window reaches that far after the report, and no farther than the full test."""
    import dataclasses
    import random

    from newsweave.consolidate.graph import _date_clusters, _doc_years

    events, figures, corpus = _random_events(random.Random(200 + seed), 300)
    events = [dataclasses.replace(e, auxiliary="future") for e in events]
    years = _doc_years(events)
    indexed = _date_clusters(events, figures, corpus, years, frozenset({"g-crowd"}))
    every = _date_clusters(events, figures, corpus, years, frozenset({"g-crowd"}), try_all=True)
    assert [(d, [e.id for e in ms]) for d, ms in indexed] == [(d, [e.id for e in ms]) for d, ms in every]
    assert len(every) > 20


@pytest.mark.parametrize("seed", range(8))
def test_date_clusters_skipping_clusters_whose_figures_conflict_equal_trying_every_cluster(seed):
    """Most mentions bear figures of several kinds (approximate, ranges, bounds): the clusters a set of figures
    was found to conflict with are skipped in later walks (FigureFits), and the clusters are those of asking
    every cluster member by member."""
    import random

    from newsweave.consolidate.graph import _date_clusters, _doc_years

    events, figures, corpus = _random_events(random.Random(100 + seed), 400, rich=True)
    years = _doc_years(events)
    generic = frozenset({"g-crowd"})
    indexed = _date_clusters(events, figures, corpus, years, generic)
    every = _date_clusters(events, figures, corpus, years, generic, try_all=True)
    assert [(d, [e.id for e in ms]) for d, ms in indexed] == [(d, [e.id for e in ms]) for d, ms in every]
    assert len(every) > 40


@pytest.mark.parametrize("seed", range(8))
def test_the_undated_window_is_every_cluster_first_reported_within_days_in_any_creation_order(seed):
    """Undated clusters created out of first-report order (odd seeds; as a batch reported before a key's kept
    clusters makes them), among dated ones and ones of no known report: the window a report date is offered holds,
    ascending, every undated cluster whose first report lies within UNDATED_REPORT_WINDOW_DAYS of it (a scan of
    them all, edges included), whatever the report's precision; an unreadable report date is offered every one."""
    import datetime as dt

    from newsweave.consolidate.candidates import ClusterIndex
    from newsweave.consolidate.eventdates import UNDATED_REPORT_WINDOW_DAYS, _last_day

    rng = random.Random(seed)
    may = dt.date(2024, 5, 1)
    days = sorted(rng.randint(0, 45) for _ in range(200))  # many clusters a day: ties at the window's edges
    if seed % 2:
        rng.shuffle(days)
    index, first = ClusterIndex({7, 10}, _last_day, 3, UNDATED_REPORT_WINDOW_DAYS), {}
    for offset in days:
        if rng.random() < 0.15:
            index.add(rng.choice(["2024-05", f"2024-05-{rng.randint(1, 28):02d}", None]))
        day = may + dt.timedelta(offset)
        first[index.add(None, (day, day + dt.timedelta(rng.randint(0, 3))))] = day

    def scan(day: dt.date) -> list[int]:
        return [i for i in sorted(first) if abs((first[i] - day).days) <= UNDATED_REPORT_WINDOW_DAYS]

    assert index.undated_sorted == (seed % 2 == 0)
    for offset in range(-10, 57):
        day = may + dt.timedelta(offset)
        assert index._undated_window(day.isoformat()) == scan(day)
        assert index._undated_window(f"{day.isoformat()}T09:30:00Z") == scan(day)
    assert index._undated_window("2024-05") == scan(dt.date(2024, 5, 31))  # a month alone: its last day
    assert index._undated_window("2024-13-02") == sorted(first)  # unreadable: tells nothing
    assert 0 < len(scan(may + dt.timedelta(20))) < len(first) / 2


@pytest.mark.parametrize("seed", range(8))
def test_undated_mentions_walked_out_of_report_order_join_the_clusters_trying_every_cluster_finds(seed):
    """Undated mentions of several stories reported over four months (some in a month only, of no known or an
    unreadable date), some with figures, walked in a random order, so undated clusters are created out of
    first-report order: the clusters offered by the undated window are those asking every cluster finds."""
    import datetime

    from newsweave.consolidate.eventdates import report_day
    from newsweave.consolidate.graph import cluster_walk

    rng = random.Random(200 + seed)
    events, figures, corpus = _random_events(rng, 300, rich=seed % 2 == 1)
    march = datetime.date(2024, 3, 1)
    published = {d: (march + datetime.timedelta(rng.randint(0, 120))).isoformat() if rng.random() < 0.85 else
                 rng.choice(["2024-05", None, "2024-5-x"]) for d in corpus.published}
    corpus = dataclasses.replace(corpus, published=published)
    undated = [dataclasses.replace(e, date=None, date_basis=None) for e in events]
    rng.shuffle(undated)
    generic = frozenset({"g-crowd"})
    indexed = cluster_walk(undated, figures, corpus, {}, generic)
    every = cluster_walk(undated, figures, corpus, {}, generic, try_all=True)
    assert [[e.id for e in c.members] for c in indexed] == [[e.id for e in c.members] for c in every]
    firsts = [report_day(corpus.published[c.members[0].doc]) for c in every]
    firsts = [d for d in firsts if d is not None]
    assert firsts != sorted(firsts) and len(every) > 20  # created out of report order, many to choose from


@pytest.mark.parametrize("seed", range(6))
def test_figure_ranges_conflict_exactly_when_a_held_figure_does(seed):
    import random

    from newsweave.consolidate.amounts import FigureRanges, amounts_conflict

    rng = random.Random(seed)

    def figure(i):
        value = float(rng.choice([90, 100, 105, 200, 5000]))
        return Quantity(id=f"q{i}", doc="d", value=value, value_max=rng.choice([None, None, value * 2]),
                        unit=rng.choice(["person", "USD", "tonne"]), per=rng.choice([None, None, "day"]),
                        counted=rng.choice([None, "troops", "police officers", "officers"]),
                        approximate=rng.random() < 0.3, claim=None, start=0, end=1, text="x",
                        bound=rng.choice([None, None, "at_least", "at_most"]))

    for trial in range(200):
        held = [figure(i) for i in range(rng.randint(0, 4))]
        ranges = FigureRanges()
        for q in held:
            ranges.add(q)
        new = figure(99)
        assert ranges.conflicts(new) == any(amounts_conflict(new, b) for b in held), (new, held)


REST = {"r1": "Farmers along the river expect cheaper water next spring.",
        "r2": "The opposition called the ceremony a hurried piece of theatre.",
        "r3": "Fishing crews in the harbour hope the quotas will finally rise.",
        "r4": "Two ministers stayed away, citing a dispute over the budget.",
        "r5": "Engineers say the new pipeline could open before the winter."}


def _agreement(doc_id: str, day: str, person: Entity) -> DocumentRecords:
    text = f"{person.name} signed the accord with the delegation. {REST[doc_id]}"
    event = Event(id=f"e-{doc_id}", doc=doc_id, event_type="AGREE", mode=None, context=(), actor=(person.id,),
                  recipient=(), date=day, auxiliary=None, reported_by=None, claim=None, quantities=(), start=0,
                  end=20, text="signed", evidence=(Evidence(doc_id, 0, 20),), date_basis="explicit")
    return DocumentRecords(document=_doc(doc_id, day, text), entities=(person,),
                           mentions=(Mention(doc_id, person.id, 0, len(person.name), person.name),), events=(event,))


def test_two_actions_whose_actors_share_a_name_keep_their_date_contradictions(options):
    # two namesakes of different states (never linked) each reported signing on two dates: two actions with
    # one slot text; a later report about one of them must not lose the other's rows
    one, two = _person("p-ruiz-esp", "Ana Ruiz", "ESP"), _person("p-ruiz-mex", "Ana Ruiz", "MEX")
    a = [_agreement("r1", "2025-04-01", one), _agreement("r2", "2025-04-06", one),
         _agreement("r3", "2025-04-02", two), _agreement("r4", "2025-04-09", two)]
    b = [_agreement("r5", "2025-04-12", one)]
    with _consolidated([a, b], options) as twice, _consolidated([a + b], options) as once:
        rows = _rows(twice)
        assert rows == _rows(once)
        assert {r[3] for r in rows["contradictions"]} >= {"2025-04-02", "2025-04-09"}  # the second namesake's


@pytest.mark.parametrize("seed", range(6))
def test_figure_fits_among_gives_the_good_clusters_in_order_while_clusters_are_dropped(seed):
    """The leaping intersection (few good clusters, a long candidate list) yields what filtering the list does,
    also when the cluster just yielded is dropped during the walk."""
    from newsweave.consolidate.candidates import FigureFits

    rng = random.Random(seed)
    size = 400
    conflicting = {i for i in range(size) if rng.random() < 0.93}
    for dropping in (False, True):
        fits = FigureFits()
        fits.extend(size, lambda i: i in conflicting)
        indices = sorted(rng.sample(range(size), 300))
        expected = [i for i in indices if i not in conflicting]
        assert len(fits.good) * 4 < len(indices)  # the leaping path
        got = []
        for i in fits.among(indices):
            got.append(i)
            if dropping and rng.random() < 0.5:
                fits.drop(i)
        assert got == expected


# -- merged claims from the clusters kept per key (claim_texts) -------------------------------------------

# wordings of our own: some repeat one another closely enough to merge (token_sort_ratio >= 82), some do not,
# so which text heads a cluster depends on which came first
WORDINGS = ["the ferry service will resume on monday", "the ferry service would resume on monday",
            "on monday the ferry service will resume", "the ferry service will resume by monday",
            "ferry services will resume on monday", "the harbour will stay closed all week",
            "the harbour would stay closed all week", "the harbour stays closed all week long",
            "the bridge repairs are almost finished", "repairs to the bridge are almost finished",
            "The Ferry Service will resume on Monday!"]


def _quoted(doc_id: str, day: str, people: list[Entity], picks: list[tuple[int, str, str | None]]) -> DocumentRecords:
    """A report in which each (person, wording, outlet passed on via) of ``picks`` says something."""
    parts, claims, mentions = [], [], []
    at = 0
    for i, (who, wording, via) in enumerate(picks):
        person = people[who]
        sentence = f"{person.name} said {wording}. "
        mentions.append(Mention(doc_id, person.id, at, at + len(person.name), person.name))
        claims.append(Claim(id=f"c-{doc_id}-{i}", doc=doc_id, speaker=person.id, speaker_text=person.name,
                            kind="indirect", text=wording, cue="said", hedged=False, start=at,
                            end=at + len(sentence) - 2, via=via))
        parts.append(sentence)
        at += len(sentence)
    return DocumentRecords(document=_doc(doc_id, day, "".join(parts)), entities=tuple(people),
                           mentions=tuple(mentions), claims=tuple(claims))


@pytest.mark.parametrize("seed", range(5))
def test_claims_consolidated_in_random_batches_and_dates_give_the_rows_of_one_batch(options, seed):
    """Later batches bring claims dated before the stored ones (a text's first occurrence moves, a new head
    takes texts from a stored cluster, a head joins an earlier one) and speakers whose merged entity changes
    (their claims move to another key): the rows equal one consolidation's, and a full recompute's."""
    rng = random.Random(seed)
    people = [_person("p-okafor", "Okafor"), _person("p-lind", "Greta Lind", "SWE"), _person("p-lind-b", "Lind")]
    later = [_person("p-okafor-full", "Amaka Okafor", "NGA")]  # arrives later: Okafor's claims change key
    docs = []
    for i in range(24):
        cast = people + later if i >= 16 else people
        picks = [(rng.randrange(len(cast)), rng.choice(WORDINGS), rng.choice([None, None, "Example Wire", "example wire"]))
                 for _ in range(rng.randint(1, 3))]
        docs.append(_quoted(f"q{i:02d}", f"2025-05-{rng.randint(1, 20):02d}" if rng.random() < 0.9 else "",
                            cast, picks))
    cuts = sorted(rng.sample(range(1, 24), 3))
    batches_ = [docs[i:j] for i, j in zip([0, *cuts], [*cuts, 24])]
    with _consolidated(batches_, options) as parts, _consolidated([docs], options) as once:
        rows = _rows(parts)
        assert rows == _rows(once)
        assert _rows(parts, KEYS) == _rows(once, KEYS)
        kept = _rows(parts, ("claim_texts", "claim_norms"))
        assert kept == _rows(once, ("claim_texts", "claim_norms"))
        assert len(rows["merged_claims"]) < sum(len(d.claims) for d in docs)  # claims did merge
        consolidate(parts, options, full=True)
        assert _rows(parts) == rows and _rows(parts, ("claim_texts", "claim_norms")) == kept


def test_a_store_consolidated_before_the_claim_texts_fills_them(batches, options):
    a, b = batches
    with _consolidated([a], options) as store, _consolidated([a + b], options) as once:
        with store.transaction():  # as a store made before migration 0017 is after it
            store.con.execute("DELETE FROM claim_texts")
            store.con.execute("DELETE FROM claim_norms")
            store.con.execute("DELETE FROM meta WHERE key = 'claim_texts'")
        store.add_documents(b)
        consolidate(store, options)
        assert _rows(store) == _rows(once)
        assert _rows(store, ("claim_texts", "claim_norms")) == _rows(once, ("claim_texts", "claim_norms"))


@pytest.mark.parametrize("seed", range(4))
def test_clusters_of_distinct_texts_equal_clustering_every_claim(seed):
    """claim_text_clusters over a key's distinct texts in order of first occurrence puts every claim in the
    cluster _claim_clusters puts it in, and re-clustering from any text on, after the earlier heads, agrees."""
    from newsweave.consolidate.graph import _claim_clusters, claim_key_text, claim_text_clusters

    rng = random.Random(seed)
    group = [Claim(id=f"c{i}", doc="d", speaker=None, speaker_text=None, kind="direct", text=rng.choice(WORDINGS),
                   cue="said", hedged=False, start=i, end=i + 1) for i in range(40)]
    clusters = _claim_clusters(group)
    expected = {c.id: claim_key_text(cl[0].text) for cl in clusters for c in cl}
    order = list(dict.fromkeys(claim_key_text(c.text) for c in group))
    joined = claim_text_clusters([], order)
    assert {c.id: joined[claim_key_text(c.text)] for c in group} == expected
    cut = rng.randrange(len(order))
    heads = [t for t in order[:cut] if joined[t] == t]
    assert claim_text_clusters(heads, order[cut:]) == {t: joined[t] for t in order[cut:]}


MEMBERS = ("merged_claim_rows", "merged_claim_members")


@pytest.mark.parametrize("seed", range(4))
def test_claims_appended_to_in_random_batches_keep_the_members_of_one_batch(options, seed):
    """Claims of our own wordings without an outlet (so grown rows are appended to: mergedsql.grow_claim_rows),
    in random batches, in documents of odd ids (quotes, a backslash, accents): the membership
    table (each merged claim's members, with document, start, story and span) and the rows equal one batch's and a
    full recompute's, every claim is a member of exactly one merged claim, and its span is its own."""
    import newsweave.consolidate.mergedsql as mergedsql

    rng = random.Random(seed)
    people = [_person("p-okafor", "Okafor"), _person("p-lind", "Greta Lind", "SWE")]
    names = ["alpha", 'say "so"', "back\\slash", "\u00e9t\u00e9", "zeta", "\u00c9mile"]
    docs = [_quoted(f"{rng.choice(names)}-{i:02d}", f"2025-05-{1 + i // 3:02d}", people,
                    [(rng.randrange(2), rng.choice(WORDINGS[:4]), None) for _ in range(rng.randint(1, 3))])
            for i in range(20)]
    # (each report goes on in words of its own, so that copy detection keeps every report its own story)
    docs = [dataclasses.replace(d, document=dataclasses.replace(
        d.document, text=d.document.text + " ".join(rng.choice(WORDS) for _ in range(150)))) for d in docs]
    cuts = sorted(rng.sample(range(2, 20), 3))
    batches_ = [docs[i:j] for i, j in zip([0, *cuts], [*cuts, 20])]
    appended = []
    real = mergedsql._append_claim_rows

    def counted(store, rows, members):
        appended.append(len(members["claim"]))
        real(store, rows, members)
    mergedsql._append_claim_rows = counted
    try:
        parts = _consolidated(batches_, options)
    finally:
        mergedsql._append_claim_rows = real
    with parts, _consolidated([docs], options) as once:
        assert sum(appended) > 0  # the append path was taken
        members = _rows(parts, MEMBERS)
        assert members == _rows(once, MEMBERS) and _rows(parts) == _rows(once)
        claims = {c.id: c for d in docs for c in d.claims}
        listed = [m[1] for m in members["merged_claim_members"]]
        assert sorted(listed) == sorted(claims)  # each claim once
        story_of = dict(parts.con.execute("SELECT doc, story FROM stories").fetchall())
        assert len(set(story_of.values())) == len(docs)
        for _merged, cid, doc, start, story, span in members["merged_claim_members"]:
            c = claims[cid]
            assert (doc, start, story) == (c.doc, c.start, story_of[c.doc])
            assert json.loads(span) == {"doc": c.doc, "start": c.start, "end": c.end}
            assert span == json.dumps({"doc": c.doc, "start": c.start, "end": c.end})
        consolidate(parts, options, full=True)
        assert _rows(parts, MEMBERS) == members


def test_a_store_made_before_the_membership_table_gives_the_same_merged_claims(tmp_path, batches, options):
    """Migration 0020 turns a stored merged_claims table into its rows and members, and the view gives back the
    table's rows byte for byte (lists and evidence JSON); the next batch appends to them as to a new store's."""
    a, b = batches
    path = tmp_path / "old.duckdb"
    with Store(str(path)) as store:
        store.add_documents(a)
        consolidate(store, options)
        rows = _rows(store, ("merged_claims",))
        assert rows["merged_claims"]
        with store.transaction():  # as a store made before 0020 holds it
            store.con.execute("CREATE TABLE old_rows AS SELECT * FROM merged_claims")
            store.con.execute("DROP VIEW merged_claims")
            store.con.execute("DROP TABLE merged_claim_rows")
            store.con.execute("DROP TABLE merged_claim_members")
            store.con.execute(next(s for s in MIGRATIONS[1][1] if "merged_claims" in s))
            store.con.execute("INSERT INTO merged_claims SELECT * FROM old_rows")
            store.con.execute("DROP TABLE old_rows")
            store.con.execute("DELETE FROM migrations WHERE name = '0020_merged_claim_members'")
        assert store.con.execute("SELECT table_type FROM information_schema.tables "
                                 "WHERE table_name = 'merged_claims'").fetchone() == ("BASE TABLE",)
    with Store(str(path)) as store:
        assert _rows(store, ("merged_claims",)) == rows
        store.add_documents(b)
        consolidate(store, options)
        with _consolidated([a + b], options) as once:
            assert _rows(store) == _rows(once) and _rows(store, MEMBERS) == _rows(once, MEMBERS)


# -- merged events in random batches: the rows of batches equal one batch's ----------------------------

WORDS = ("orchard lantern quarry velvet meadow ribbon copper thistle harbour pebble saddle walnut ember "
         "glacier parsnip tavern juniper marble falcon pepper canyon shutter kettle willow").split()
ACTS = [("MOBILIZE", "moved {n} inspectors to the harbour"), ("AGREE", "agreed on a timetable for {n} ferries"),
        ("MOBILIZE", "sent {n} engineers to the bridge")]


def _acting(doc_id: str, day: str, people: list[Entity], picks: list[tuple], rng) -> DocumentRecords:
    """A report in which each (person, act, figure, date) of ``picks`` happens; some events cite two spans."""
    parts, events, mentions, quantities = [], [], [], []
    at = 0
    for i, (who, act, value, date) in enumerate(picks):
        person = people[who]
        event_type, wording = ACTS[act]
        sentence = f"{person.name} {wording.format(n=value)}. "
        mentions.append(Mention(doc_id, person.id, at, at + len(person.name), person.name))
        qs = ()
        if rng.random() < 0.5:
            where = at + sentence.index(str(value))
            quantities.append(Quantity(id=f"q-{doc_id}-{i}", doc=doc_id, value=float(value), value_max=None,
                                       unit="person", per=None, counted=None, approximate=rng.random() < 0.3,
                                       claim=None, start=where, end=where + len(str(value)), text=str(value),
                                       bound=None))
            qs = (quantities[-1].id,)
        spans = [Evidence(doc_id, at, at + len(sentence) - 2)]
        if rng.random() < 0.4:  # a second span, before the first
            spans.insert(0, Evidence(doc_id, 0, len(person.name)))
        events.append(Event(id=f"e-{doc_id}-{i}", doc=doc_id, event_type=event_type, mode=None, context=(),
                            actor=(person.id,), recipient=(), date=date, auxiliary=None, reported_by=None,
                            claim=None, quantities=qs, start=at + len(person.name) + 1, end=at + len(sentence) - 2,
                            text=wording.split()[0], evidence=tuple(spans) if rng.random() < 0.8 else (),
                            date_basis="explicit" if date else None))
        parts.append(sentence)
        at += len(sentence)
    # and words of its own after them (the reports are not copies of each other)
    rest = " ".join(rng.choice(WORDS) for _ in range(40))
    return DocumentRecords(document=_doc(doc_id, day, "".join(parts) + rest), entities=tuple(people),
                           mentions=tuple(mentions), quantities=tuple(quantities), events=tuple(events))


@pytest.mark.parametrize("seed", range(5))  # seed 4: two reports whose rewrite verdict depended on which came first
def test_events_consolidated_in_random_batches_give_the_rows_of_one_batch(options, seed):
    """Later batches bring events of stored actions, earlier dates, figures that
    split an action, document ids with quotes and backslashes, and an actor whose merged entity changes (its events
    move to another key): the rows equal one consolidation's, and a full recompute's."""
    rng = random.Random(seed)
    people = [_person("p-okafor", "Okafor"), _person("p-lind", "Greta Lind", "SWE"), _person("p-lind-b", "Lind")]
    later = [_person("p-okafor-full", "Amaka Okafor", "NGA")]
    docs = []
    for i in range(30):
        cast = people + later if i >= 22 else people
        picks = [(rng.randrange(len(cast)), rng.randrange(len(ACTS)), rng.choice([40, 40, 45, 300]),
                  rng.choice([None, "2025-06", "2025-06-03", "2025-06-04", "2025-06-04", "2025-07-01"]))
                 for _ in range(rng.randint(1, 3))]
        doc_id = rng.choice([f"v{i:02d}", f"k{i:02d}-\"\\", f"x{i:02d}"])  # new ones sort anywhere
        docs.append(_acting(doc_id, f"2025-06-{rng.randint(1, 20):02d}" if rng.random() < 0.85 else "", cast,
                            picks, rng))
    cuts = sorted(rng.sample(range(1, 30), 3))
    batches_ = [docs[i:j] for i, j in zip([0, *cuts], [*cuts, 30])]
    with _consolidated(batches_, options) as parts:
        with _consolidated([docs], options) as once:
            rows = _rows(parts)
            assert rows == _rows(once)
            assert _rows(parts, KEYS) == _rows(once, KEYS)
            assert _rows(parts, EVENT_STATE) == _rows(once, EVENT_STATE)
            assert len(rows["merged_events"]) < sum(len(d.events) for d in docs)  # events did merge
            consolidate(parts, options, full=True)
            assert _rows(parts) == rows
    # the same batches in another order: the rows of one batch in that order and of a full recompute
    rng.shuffle(batches_)
    with _consolidated(batches_, options) as parts:
        with _consolidated([[d for batch in batches_ for d in batch]], options) as once:
            rows = _rows(parts)
            assert rows == _rows(once)
            assert _rows(parts, KEYS) == _rows(once, KEYS)
            consolidate(parts, options, full=True)
            assert _rows(parts) == rows


def test_a_non_ascii_document_id_without_evidence_of_its_own_gives_the_rows_of_one_batch(options):
    """Members whose evidence is their own span, of documents whose ids are not ASCII, joining stored merged
    events and claims: their spans are written as a full run writes them (json.dumps escapes the id)."""
    rng = random.Random(7)
    people = [_person("p-okafor", "Okafor"), _person("p-lind", "Greta Lind", "SWE")]

    def report(doc_id: str, day: str) -> DocumentRecords:
        r = _acting(doc_id, day, people, [(0, 1, 40, "2025-06-04"), (1, 0, 300, "2025-06-03")], rng)
        claim = Claim(id=f"c-{doc_id}", doc=doc_id, speaker="p-lind", speaker_text="Greta Lind", kind="indirect",
                      text="the ferries would sail at dawn", cue="said", hedged=False, start=0, end=30)
        return dataclasses.replace(r, events=tuple(dataclasses.replace(e, evidence=()) for e in r.events),
                                   claims=(claim,))

    first = [report("a-stored", "2025-06-05")]
    later = [report("z\u00fcrich-\U0001f600", "2025-06-06"), report("b-\u00e9t\u00e9", "2025-06-07")]
    with _consolidated([first, later], options) as parts, _consolidated([first + later], options) as once:
        rows = _rows(parts)
        assert rows == _rows(once)
        assert any(len(m[6]) == 3 for m in rows["merged_events"])  # the later reports joined the stored events
        assert any("\\u00fc" in m[-1] for m in rows["merged_claims"])


def _varied_events(rng, n: int) -> tuple[list[Event], dict[str, Quantity], "Corpus"]:
    """Mentions of one key drawn to reach every branch of the date clustering: dates of every precision, blank and
    missing, report dates (some missing, some of month precision), figures of several kinds, documents in shared
    stories, places in a few states or none, generic and named actors."""
    from newsweave.consolidate.graph import Corpus
    from newsweave.model import Location

    docs = [f"doc{i:02d}" for i in range(rng.choice([5, 30, 60]))]
    story = {d: f"story{int(d[3:]) // rng.choice([1, 2, 4])}" for d in docs}
    published = {d: rng.choice([None, f"2023-{rng.randint(10, 12):02d}",
                                f"2024-{rng.randint(1, 3):02d}-{rng.randint(1, 28):02d}"]) for d in docs}
    figures, events = {}, []
    for i in range(n):
        doc = rng.choice(docs)
        day = f"{rng.choice(['2023-12', '2024-01', '2024-02'])}-{rng.choice(['03', '04', '17'])}"
        date = rng.choice([day, day, day[:7], day[:4], "", None, None])
        basis = rng.choice([None, "explicit", "relative", "reported"]) if date else None
        if basis == "reported":
            date = published[doc] or date
        qs = ()
        if rng.random() < 0.5:
            drawn = [_random_figure(rng, i * 10 + k, doc) for k in range(rng.choice([1, 1, 2]))]
            figures.update({q.id: q for q in drawn})
            qs = tuple(q.id for q in drawn) + (("q-missing",) if rng.random() < 0.1 else ())
        place = Location("somewhere", rng.choice(["AAA", "BBB", None]), 0.0, 0.0, "city") if rng.random() < 0.6 else None
        events.append(Event(id=f"ev{i}", doc=doc, event_type="PROTEST", mode=None, context=(),
                            actor=(rng.choice(["g-crowd", "g-crowd", "p-named"]),),
                            recipient=rng.choice([(), (), ("p-other",)]), date=date, auxiliary=None, reported_by=None,
                            claim=None, quantities=qs, start=rng.randint(0, 50), end=60, text="x", date_basis=basis,
                            location=place))
    return events, figures, Corpus(story_of=story, published=published)


@pytest.mark.parametrize("seed", range(40))
def test_date_clusters_equal_asking_every_cluster_on_varied_mentions(seed):
    """Blank and missing dates, month report dates, figures not stored, relative dates, recipients: the indexed walk
    gives the clusters (dates, members, order) of asking every cluster member by member."""
    import random

    from newsweave.consolidate.graph import _date_clusters, _doc_years

    rng = random.Random(seed)
    events, figures, corpus = _varied_events(rng, rng.choice([50, 300, 800]))
    years = _doc_years(events)
    generic = rng.choice([frozenset(), frozenset({"g-crowd"})])
    shown = lambda clusters: [(d, [e.id for e in ms]) for d, ms in clusters]  # noqa: E731
    new = shown(_date_clusters(events, figures, corpus, years, generic))
    assert new == shown(_date_clusters(events, figures, corpus, years, generic, try_all=True))
    assert len(new) > 5


@pytest.mark.parametrize("seed", range(6))
def test_events_extending_the_kept_clusters_give_the_rows_of_re_clustering(options, seed):
    """Reports published in order (most batches' mentions come after the stored ones of their keys: the kept
    clusters are extended), some dated, some undated, some with figures, some copies of a stored report (their
    story holds a stored document), in random batches: the extension was taken, and the merged rows and the kept
    clusters equal those of re-clustering every touched key (and a full recompute's)."""
    rng = random.Random(100 + seed)
    people = [_person("p-okafor", "Okafor"), _person("p-lind", "Greta Lind", "SWE")]
    docs, copied = [], []
    for i in range(24):
        picks = [(rng.randrange(2), rng.randrange(len(ACTS)), rng.choice([40, 40, 45, 300]),
                  rng.choice([None, None, None, "2025-06", "2025-06-03"])) for _ in range(rng.randint(1, 3))]
        day = f"2025-06-{1 + i // 3:02d}" if rng.random() < 0.9 else ""
        doc = _acting(f"w{rng.randrange(10 ** 6):06d}", day, people, picks, rng)
        originals = [d for d in docs if not d.document.id.startswith("copy") and d not in copied]
        if i > 15 and rng.random() < 0.3:
            # a copy of an earlier report (one copy each) published months later, its dates left out: its mentions
            # join the stored dated clusters only because they hold a member of its story
            source = rng.choice(originals)
            copied.append(source)
            doc_id = f"copy{i:02d}"
            doc = dataclasses.replace(
                source, document=dataclasses.replace(source.document, id=doc_id, source=f"{doc_id}.txt",
                                                     published=f"2025-11-{i:02d}"),
                mentions=tuple(dataclasses.replace(m, doc=doc_id) for m in source.mentions),
                quantities=tuple(dataclasses.replace(q, id=q.id + doc_id, doc=doc_id) for q in source.quantities),
                events=tuple(dataclasses.replace(e, id=e.id + doc_id, doc=doc_id, date=None, date_basis=None,
                                                 quantities=tuple(q + doc_id for q in e.quantities),
                                                 evidence=tuple(dataclasses.replace(v, doc=doc_id) for v in e.evidence))
                             for e in source.events))
        docs.append(doc)
    cuts = sorted(rng.sample(range(1, 24), 5))
    batches_ = [docs[i:j] for i, j in zip([0, *cuts], [*cuts, 24])]
    extended: list[int] = []
    extended: list[int] = []
    with _consolidated(batches_, options, extended) as parts:
        with _re_clustering():
            reference = _consolidated(batches_, options)
        with reference:
            tables = CROSSDOC + KEYS + EVENT_STATE
            assert _rows(parts, tables) == _rows(reference, tables)
        assert sum(extended) > 0  # the fast path was taken
        # and a full recompute's, when copy detection (redone by it) groups these reports, whose acts share their
        # wordings, in the same stories (it may not: which stored report a copy names "via" depends on the order
        # they were signed in)
        merged = ("stories", "merged_events", "event_keys") + EVENT_STATE
        rows = _rows(parts, merged)
        consolidate(parts, options, full=True)
        if _rows(parts, ("stories",))["stories"] == rows["stories"]:
            assert _rows(parts, merged) == rows


def _re_clustering():
    """update_events without the fast path: every touched key re-clustered from all its members."""
    import newsweave.consolidate.incremental as inc
    return mock.patch.object(inc, "EXTEND", False)


@pytest.mark.parametrize("seed", range(5))
def test_re_clustered_keys_keep_their_unchanged_rows_in_random_batches(options, seed):
    """Reports published out of order (a new mention sorts before stored ones: its key is re-clustered whole), copies
    of a stored report published before it (the stored report changes story), and an actor whose merged entity
    changes (its events move to another key), in random batches: the merged rows a re-clustered key leaves unchanged
    stay in place, and every table equals that of rewriting all of them, and a full recompute's."""
    rng = random.Random(500 + seed)
    people = [_person("p-okafor", "Okafor"), _person("p-lind", "Greta Lind", "SWE"), _person("p-lind-b", "Lind")]
    later = [_person("p-okafor-full", "Amaka Okafor", "NGA")]
    docs: list[DocumentRecords] = []
    for i in range(30):
        cast = people + later if i >= 22 else people
        picks = [(rng.randrange(len(cast)), rng.randrange(len(ACTS)), rng.choice([40, 40, 45, 300]),
                  rng.choice([None, None, "2025-06", "2025-06-03", "2025-06-04", "2025-07-01"]))
                 for _ in range(rng.randint(1, 3))]
        doc = _acting(f"u{rng.randrange(10 ** 6):06d}", f"2025-06-{rng.randint(2, 28):02d}", cast, picks, rng)
        if i > 8 and rng.random() < 0.25:
            # a copy of a stored report, published the day before it: it becomes its story's original
            source = rng.choice(docs[:i - 1])
            doc_id = f"copy{i:02d}"
            day = f"2025-06-{int(source.document.published[-2:]) - 1:02d}"
            doc = dataclasses.replace(
                source, document=dataclasses.replace(source.document, id=doc_id, source=f"{doc_id}.txt", published=day),
                mentions=tuple(dataclasses.replace(m, doc=doc_id) for m in source.mentions),
                quantities=tuple(dataclasses.replace(q, id=q.id + doc_id, doc=doc_id) for q in source.quantities),
                events=tuple(dataclasses.replace(e, id=e.id + doc_id, doc=doc_id,
                                                 quantities=tuple(q + doc_id for q in e.quantities),
                                                 evidence=tuple(dataclasses.replace(v, doc=doc_id) for v in e.evidence))
                             for e in source.events))
        docs.append(doc)
    cuts = sorted(rng.sample(range(1, 30), 4))
    batches_ = [docs[i:j] for i, j in zip([0, *cuts], [*cuts, 30])]
    kept: list[int] = []
    tables = CROSSDOC + KEYS + EVENT_STATE
    with _counting_kept(kept):
        parts = _consolidated(batches_, options)
    with parts:
        with _rewriting_every_row():
            reference = _consolidated(batches_, options)
        with reference:
            assert _rows(parts, tables) == _rows(reference, tables)
        assert sum(kept) > 0  # re-clustered keys did keep rows
        # and a full recompute's, when copy detection groups the reports in the same stories (which stored report a
        # copy names "via" depends on the order they were signed in)
        merged = ("stories", "merged_events", "event_keys") + EVENT_STATE
        rows = _rows(parts, merged)
        consolidate(parts, options, full=True)
        if _rows(parts, ("stories",))["stories"] == rows["stories"]:
            assert _rows(parts, merged) == rows


class _counting_kept:
    """Counts the merged rows of events that re-clustered keys left in place (mergedsql.unchanged_rows)."""

    def __init__(self, out: list) -> None:
        self.out = out

    def __enter__(self):
        import newsweave.consolidate.mergedsql as sql
        self.sql, self.unchanged = sql, sql.unchanged_rows

        def counted(*a, **k):
            kept = self.unchanged(*a, **k)
            self.out.append(len(kept))
            return kept
        sql.unchanged_rows = counted

    def __exit__(self, *exc):
        self.sql.unchanged_rows = self.unchanged


def _rewriting_every_row():
    """Re-clustered keys' merged rows all deleted and written again."""
    import newsweave.consolidate.incremental as inc
    return mock.patch.object(inc, "KEEP_UNCHANGED", False)


@pytest.mark.parametrize("seed", range(4))
def test_denied_and_day_dated_actions_in_random_batches_give_the_contradictions_of_one_batch(options, seed):
    """Event contradictions read only the merged events that can be on a side (denied ones, one-off actions
    dated to the day, the affirmed ones of an action that is also denied): in random batches of reports that
    affirm, deny and forecast actions of several types, their rows equal one consolidation's and a full
    recompute's (and an action is both reported and denied)."""
    rng = random.Random(100 + seed)
    people = [_person("p-okafor", "Okafor", "NGA"), _person("p-lind", "Greta Lind", "SWE")]
    docs = []
    for i in range(24):
        picks = [(rng.randrange(len(people)), rng.randrange(len(ACTS)), rng.choice([40, 300]),
                  rng.choice([None, "2025-06", "2025-06-03", "2025-06-20", "2025-07-01"]))
                 for _ in range(rng.randint(1, 3))]
        report = _acting(f"n{i:02d}", f"2025-06-{rng.randint(1, 28):02d}", people, picks, rng)
        docs.append(dataclasses.replace(report, events=tuple(
            dataclasses.replace(e, auxiliary=rng.choice([None, None, "negation", "future"])) for e in report.events)))
    cuts = sorted(rng.sample(range(1, 24), 3))
    batches_ = [docs[i:j] for i, j in zip([0, *cuts], [*cuts, 24])]
    with _consolidated(batches_, options) as parts, _consolidated([docs], options) as once:
        rows = _rows(parts)
        assert rows == _rows(once)
        assert "polarity" in {r[1] for r in rows["contradictions"]}
        consolidate(parts, options, full=True)
        assert _rows(parts) == rows


@pytest.mark.parametrize("seed", range(4))
def test_number_sides_written_per_value_in_random_batches_give_the_contradictions_of_one_batch(options, seed):
    """Number contradictions are decided per value (range, stories, speakers, days aggregated by SQL) and only the
    sides of values that gain or lose figures are written again, the others at most given the slot's new pattern:
    in random batches of reports giving a few counts for two owners on scattered days, the rows equal one
    consolidation's and a full recompute's, and a slot's pattern changes between batches (a side kept as it was
    must still take it)."""
    rng = random.Random(300 + seed)
    people = [_person("p-okafor", "Okafor", "NGA"), _person("p-lind", "Greta Lind", "SWE")]
    words = ["harbour", "grain", "ferry", "council", "bridge", "winter", "market", "school", "river", "tariff",
             "clinic", "railway", "festival", "orchard", "permit", "village", "pension", "museum", "quarry", "canal"]
    docs = []
    for i in rng.sample(range(20), 20):  # document ids out of batch order: a new figure goes between stored ones
        report = _made_up(f"v{i:02d}", f"2025-{rng.choice([2, 5, 9]):02d}-{rng.randint(1, 28):02d}",
                          rng.choice(people), rng.choice([900, 1200, 1500, 2500]))
        # a paragraph of its own after the report, so that copy detection takes no two reports for one story
        tail = " ".join(rng.choice(words) for _ in range(80))
        # some figures reported by a named speaker (a side's speakers)
        by = rng.choice([None, *people]) if rng.random() < 0.5 else None
        docs.append(dataclasses.replace(
            report, document=dataclasses.replace(report.document, text=f"{report.document.text}\n\nThe {tail}."),
            events=tuple(dataclasses.replace(e, reported_by=by.id if by else None) for e in report.events)))
    cuts = sorted(rng.sample(range(1, 20), 4))
    batches_ = [docs[i:j] for i, j in zip([0, *cuts], [*cuts, 20])]
    patterns = []
    store = Store(":memory:")
    with store:
        for batch in batches_:
            store.add_documents(batch)
            consolidate(store, options)
            patterns.append(store.con.execute("SELECT slot, pattern FROM contradictions ORDER BY ALL").fetchall())
        rows = _rows(store)
        with _consolidated([docs], options) as once:
            assert rows == _rows(once)
        consolidate(store, options, full=True)
        assert _rows(store) == rows
    assert {r[1] for r in rows["contradictions"]} == {"number"}
    assert any(r[9] for r in rows["contradictions"])  # a side names its speakers
    changed = [s for before, after in zip(patterns, patterns[1:]) for s, p in before if (s, p) not in after
               and s in {x for x, _ in after}]
    assert changed  # a slot's pattern changed from one batch to the next
