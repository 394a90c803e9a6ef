"""What the briefing reads of a large store: of the claims, only those it shows (issue 16, part 3)."""
from __future__ import annotations

import pytest

import newsweave.outputs.brief as brief
from newsweave.consolidate import consolidate
from newsweave.model import Claim, Document, DocumentRecords, Entity, Mention, Quantity, Sentence
from newsweave.outputs.brief import briefing_view, build_briefing, render_markdown
from newsweave.outputs.view import load_view
from newsweave.store import Store
from test_brief import fill_sample

# more speakers than a briefing heads, one of them quoted by a figure, one known only by the words naming it
VOICES = ("A harbour clerk named Odo Brask said the ferry carried 40 crates. \"Nothing moved tonight,\" said Odo Brask. "
          "A port spokesman said the cranes were idle. \"We counted twice,\" he said.")
BRASK = Entity("ent_brask", "Odo Brask", "person", None, None, ())


def _claim(cid: str, phrase: str, speaker: str | None, speaker_text: str, kind: str) -> Claim:
    s = VOICES.index(phrase)
    return Claim(id=cid, doc="doc_voices", speaker=speaker, speaker_text=speaker_text, kind=kind, text=phrase,
                 cue="said", hedged=False, start=s, end=s + len(phrase))


@pytest.fixture
def voices_db(tmp_path, options) -> str:
    """The briefing's sample plus an article whose speakers the briefing does not all head."""
    path = str(tmp_path / "voices.duckdb")
    s0 = VOICES.index("40 crates")
    with Store(path) as s:
        fill_sample(s)
        s.add_document_records(DocumentRecords(
            document=Document("doc_voices", "voices.txt", "Quiet harbour", None, "Harbour Post", "2024-11-06", "en",
                              VOICES),
            # as a parser may split it: the clerk's two sentences as one, then the spokesman's
            sentences=(Sentence("doc_voices", 0, VOICES.index("A port")), Sentence("doc_voices", VOICES.index("A port"),
                                                                                  len(VOICES))),
            entities=(BRASK,), mentions=(Mention("doc_voices", "ent_brask", VOICES.index("Odo Brask"),
                                                 VOICES.index("Odo Brask") + 9, "Odo Brask"),),
            claims=(_claim("c_crates", "the ferry carried 40 crates", "ent_brask", "Odo Brask", "indirect"),
                    _claim("c_quiet", "Nothing moved tonight", "ent_brask", "Odo Brask", "direct"),
                    _claim("c_idle", "the cranes were idle", None, "A port spokesman", "indirect"),
                    _claim("c_twice", "We counted twice", None, "he", "direct")),
            quantities=(Quantity(id="q_crates", doc="doc_voices", value=40, value_max=None, unit="item", per=None,
                                 counted="crates", approximate=False, claim="c_crates", start=s0, end=s0 + 9,
                                 text="40 crates"),)))
        consolidate(s, options)
    return path


def _speakers(view) -> set[str]:
    return {who for c in view.claims.values() if (who := brief._speaker_heading(view, c.speaker, c.speaker_text))}


@pytest.mark.parametrize("shown", [1, brief.MAX_SPEAKERS])
def test_the_briefing_reads_the_claims_it_shows_and_says_the_same(voices_db, monkeypatch, shown):
    monkeypatch.setattr(brief, "MAX_SPEAKERS", shown)
    with Store(voices_db, read_only=True) as s:
        whole = load_view(s)
        lean = briefing_view(s)
        full, read = build_briefing(whole, with_charts=False), build_briefing(lean, with_charts=False)
    # the stored sentences of the documents quoted, read when quoted (the rest are not read); the briefings
    # being equal shows they are the stored ones (the clerk's two sentences are one)
    assert set(lean.sentences) == {f.doc for f in read.footnotes} < set(lean.documents)
    assert read.counts["claims"] == len(whole.claims)
    assert render_markdown(read) == render_markdown(full)
    assert _speakers(whole) == {"Lena Ostrova", "Odo Brask", "A port spokesman"}
    if shown == 1:  # the claims of the speakers not shown are not read, but for those a figure quotes
        assert _speakers(lean) == {"Lena Ostrova", "Odo Brask"}
        assert {c.id for c in lean.claims.values() if c.doc == "doc_voices"} == {"c_crates"}


def test_a_narrowed_briefing_reads_every_claim_it_narrows(voices_db):
    with Store(voices_db, read_only=True) as s:
        assert briefing_view(s, since="2024-07").claims == load_view(s, since="2024-07").claims
