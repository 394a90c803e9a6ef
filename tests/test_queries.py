"""The library's queries: one actor resolver behind every filter, the same --since rule everywhere."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from newsweave.cli import app
from newsweave.errors import UnknownActor
from newsweave.model import Claim, Document, DocumentRecords, Entity, Mention
from newsweave.queries import build_actor_index, on_or_after, resolve_actors
from newsweave.store import Store

from test_brief import sample_db  # noqa: F401  (fixture)

PRK = Entity("Q423", "North Korea", "country", "PRK", "Q423", ("DPRK",))
NIS = Entity("org:nis", "National Intelligence Service", "organization", "KOR", None, ("NIS",))
MOD = Entity("org:mod", "Ministry of Defence", "organization", "GBR", None, ())
ZEL = Entity("person:zelensky", "Volodymyr Zelensky", "person", "UKR", None, ())
NIS_COPY = Entity("org:nis-2", "South Korea's spy agency", "organization", "KOR", None, ())
COUNCIL = Entity("org:atlantic-council", "Atlantic Council", "organization", None, None, ())


def _index(**kw):
    return build_actor_index([PRK, NIS, MOD, ZEL, NIS_COPY, COUNCIL], **kw)


@pytest.mark.parametrize("query, expected", [
    ("Pyongyang", {"Q423"}),          # a capital the gazetteer lists for its state
    ("PRK", {"Q423"}),                # ISO alpha-3 of a state
    ("prk", {"Q423"}),
    ("Q423", {"Q423"}),               # the QID
    ("dprk", {"Q423"}),               # an alias, any case
    ("north  korea", {"Q423"}),       # the name, spacing folded
    ("Zelensky", {"person:zelensky"}),  # whole words inside a name
    ("NIS", {"org:nis"}),
])
def test_any_surface_form_resolves(query, expected):
    assert resolve_actors(query, _index()) == expected


def test_a_short_query_never_matches_inside_a_word():
    # "nis" is inside "ministry" and "intelligence service" does not hold it as a word
    with pytest.raises(UnknownActor):
        resolve_actors("nis", build_actor_index([MOD]))
    assert resolve_actors("nis", _index()) == {"org:nis"}


def test_a_merged_entity_brings_every_member():
    index = _index(canonical={"org:nis-2": "org:nis", "org:nis": "org:nis"})
    assert resolve_actors("NIS", index) == {"org:nis", "org:nis-2"}
    assert resolve_actors("South Korea's spy agency", index) == {"org:nis", "org:nis-2"}


def test_stored_mention_texts_are_surface_forms():
    index = _index(mention_forms=[("the spy agency in Seoul", "org:nis")])
    assert resolve_actors("the spy agency in Seoul", index) == {"org:nis"}


def test_nothing_matching_names_the_closest_actors():
    with pytest.raises(UnknownActor) as e:
        resolve_actors("Atlantis", _index())
    assert "Atlantic Council" in e.value.suggestions
    assert "Atlantis" in str(e.value) and "Atlantic Council" in str(e.value)


@pytest.mark.parametrize("date, published, since, kept", [
    ("2024-10", None, "2024-06", True),
    ("2024", None, "2024-06", True),        # coarser date: it may be on or after
    ("2024-05-30", None, "2024-06", False),
    (None, "2024-07-01", "2024-06", True),   # undated: by its report's date
    (None, "2024-01-01", "2024-06", False),
    (None, None, "2024", False),             # neither: left out
])
def test_since_rule(date, published, since, kept):
    assert on_or_after(date, published, since) is kept


def test_brief_for_a_capital_is_the_brief_of_its_state(sample_db, tmp_path):  # noqa: F811
    out = tmp_path / "b.md"
    result = CliRunner().invoke(app, ["brief", "--db", sample_db, "--actor", "Moscow", "-o", str(out)])
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert "briefing: Russia" in text
    assert "mutual defence pact" in text  # an event of Russia's


def test_brief_for_an_unknown_actor_exits_1_naming_close_matches(sample_db, tmp_path):  # noqa: F811
    out = tmp_path / "b.html"
    result = CliRunner().invoke(app, ["brief", "--db", sample_db, "--actor", "Lena Ostrowa", "-o", str(out)])
    assert result.exit_code == 1
    assert "Lena Ostrova" in " ".join(result.output.split())
    assert not out.exists()


def _claims_store(path) -> str:
    text = "The NIS said troops moved. The defence ministry said nothing moved. A senior official said more."
    doc = Document("doc_1", "a.txt", None, None, None, "2024-10-01", "en", text)

    def claim(cid, speaker, written, phrase):
        s = text.index(phrase)
        return Claim(id=cid, doc="doc_1", speaker=speaker, speaker_text=written, kind="reported", text=phrase,
                     cue="said", hedged=False, start=s, end=s + len(phrase))
    with Store(path) as s:
        s.add_document_records(DocumentRecords(
            document=doc, entities=(NIS, MOD),
            mentions=(Mention("doc_1", "org:nis", 4, 7, "NIS"), Mention("doc_1", "org:mod", 31, 47, "defence ministry")),
            claims=(claim("c1", "org:nis", "The NIS", "troops moved"),
                    claim("c2", "org:mod", "The defence ministry", "nothing moved"),
                    claim("c3", None, "A senior official", "more"))))
    return str(path)


def test_speaker_filter_matches_entities_and_whole_words(tmp_path):
    db = _claims_store(tmp_path / "c.duckdb")
    runner = CliRunner()
    res = runner.invoke(app, ["claims", "--db", db, "--speaker", "NIS", "-f", "json"])
    assert res.exit_code == 0, res.output
    assert [r["id"] for r in json.loads(res.output)] == ["c1"]
    res = runner.invoke(app, ["claims", "--db", db, "--speaker", "official", "-f", "json"])
    assert [r["id"] for r in json.loads(res.output)] == ["c3"]  # as written, no entity
    res = runner.invoke(app, ["claims", "--db", db, "--speaker", "Ministry of Defense", "-f", "json"])
    assert res.exit_code == 1 and "Ministry of Defence" in res.output


def test_events_and_timeline_say_when_no_actor_matches(sample_db):  # noqa: F811
    runner = CliRunner()
    for command in ("events", "timeline"):
        res = runner.invoke(app, [command, "--db", sample_db, "--actor", "Nrth Korea"])
        assert res.exit_code == 1, (command, res.output)
        assert "North Korea" in res.output
    res = runner.invoke(app, ["events", "--db", sample_db, "--actor", "Pyongyang", "--json"])
    assert res.exit_code == 0, res.output
    # North Korea's aid to Russia, and the pact Russia signed with it (a recipient is involved too)
    assert {e["event_type"] for e in json.loads(res.output)} == {"AID", "AGREE"}
