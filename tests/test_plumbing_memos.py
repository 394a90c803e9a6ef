"""The twenty-fifth round's plumbing (docs/performance.md "Text corpus, twenty-fifth round"): cue rows guarded by
the words a text must end with and by the length of a whole-line match, a token's place in a subtree read from its
heads, the recipients of a trigger read once per category, and a new in-memory store handing back the records it
was given: each gives what the code it replaces gave.  Every sentence here is invented for the test."""
from __future__ import annotations

import json

import pytest

from newsweave.documents.textclean import cues
from newsweave.extract.events import coding
from newsweave.extract.events.grammar import in_subtree
from newsweave.model import to_dict
from newsweave.pipeline import run as run_pipeline
from newsweave.store.memory import KEPT_TABLES, MemoryStore

LINES = [
    "Harbour cranes stop as wages talks stall - port officials",
    "Harbour cranes stop as wages talks stall - Port Officials\n",
    "Harbour cranes stop as wages talks stall - officials say more",
    "Ferry fares rise again, says the regional council",
    "Ferry fares rise again - UN",
    "Ferry fares rise again - un\n\n",
    "Advertisement",
    "ADVERTISEMENT\n",
    "Advertisement: the ferry timetable for the summer months is printed on page four of this week's edition",
    "Share this article",
    "Sign up for our newsletter",
    "© 2031 Harbour Gazette. All rights reserved.",
    "Updated at 14:05 GMT",
    "The dockers walked out on Tuesday after the third round of talks broke down without a date for the next.",
    "",
    "x",
]


def _reference_kinds(text: str) -> frozenset[str]:
    """Every (kind, scope) alternation of the cue table on the whole text, no guard."""
    return frozenset(kind for kind, match in cues.cue_matchers() if match(text))


@pytest.mark.parametrize("text", LINES)
def test_guarded_cue_kinds_are_the_alternations_kinds(text):
    for variant in (text, text.upper(), text.lower(), text.strip(), text + "\n"):
        assert cues.cue_kinds(variant) == _reference_kinds(variant), variant


def test_a_row_ending_in_words_before_the_end_is_read_for_those_words():
    assert cues.row_endings(r"\b(ministry|un|police)$") == ("ministry", "police", "un")
    assert cues.row_endings(r"said (the )?(mayor|council)$") == ("council", "mayor")
    assert cues.row_endings(r"- (agency|[a-z]+)$") == ()  # a branch without a literal ending
    assert cues.row_endings(r"(agency|council)") == ()  # not anchored at the end
    assert cues.row_endings(r"(?m)(agency|council)$") == ()  # "$" at every line end
    assert cues.row_endings(r"(agency|council)\b$") == ()


def test_an_ended_row_of_a_users_cue_file_gives_the_alternations_kinds(tmp_path):
    table = tmp_path / "cues.tsv"
    table.write_text("kind\tscope\tpattern\tsource\n"
                     "harbour_tail\tany\t\\b(quay|pier|berth)$\town test row\n"
                     "harbour_line\tline\t(quay|pier) closed\town test row\n", encoding="utf-8")
    extra = (str(table),)
    for text, want in [("Cranes idle at the quay", True), ("Cranes idle at the QUAY\n", True),
                       ("Cranes idle at the quays", False), ("the quay was busy", False), ("pier", True)]:
        assert ("harbour_tail" in cues.cue_kinds(text, extra=extra)) is want, text
        reference = {k for k, m in cues.cue_matchers(extra) if m(text)}
        assert cues.cue_kinds(text, extra=extra) == frozenset(reference), text
    assert "harbour_line" in cues.cue_kinds("Pier closed", extra=extra)
    assert "harbour_line" not in cues.cue_kinds("Pier closed until further notice", extra=extra)


SENTENCES = [
    "The union leaders who met the port owners on Monday said they would strike again.",
    "Fishermen from the northern villages, angry at the new quotas, blocked the harbour with their boats.",
    "She told them that the council had refused, and that its members would not meet again before spring.",
]


def test_a_tokens_place_in_a_subtree_is_read_from_its_heads(nlp):
    for text in SENTENCES:
        doc = nlp(text)
        for head in doc:
            inside = {t.i for t in head.subtree}
            assert {t.i for t in doc if in_subtree(t, head)} == inside, (text, head.text)


EVENT_TEXTS = [
    "Peru sent aid to Bolivia after the floods, and Chile pledged support to both governments.",
    "Bolivian troops shelled a village near the border; Peru condemned the attack and recalled its ambassador.",
    "The ministry of Chile demanded an apology from Argentina and threatened sanctions against its exporters.",
]


def test_recipients_read_once_per_category_give_the_rows_of_reading_each(nlp, options, monkeypatch):
    from newsweave.extract.events.cues import cue_holds
    from newsweave.extract.events.roles import purpose_recipients, recipients_of, sibling_recipients
    from test_event_rules import _events

    def every_row(r, tok, entries, obj, is_noun):  # the loop as it was: the recipients read for each row
        for e in entries:
            rec = recipients_of(r, tok, e.category, theme_is_object=e.cue_values("obj") is not None)
            if not rec and (e.category == "AID" or "rcpt" in {k for k, _ in e.cue}) and not is_noun:
                rec = purpose_recipients(r, tok) or sibling_recipients(r, tok)
            if cue_holds(r, e, tok, obj, rec):
                return e, rec
        return None, []

    once = [_events(nlp, options, text) for text in EVENT_TEXTS]
    assert any(once)
    monkeypatch.setattr(coding, "first_matching_row", every_row)
    assert [_events(nlp, options, text) for text in EVENT_TEXTS] == once


HARBOUR = ("Harbour workers in Valdora walked out on Monday. The port authority said 40 ships were waiting. "
           "Union leader Mara Quist told reporters the strike would last until Friday.")


def test_a_new_in_memory_store_hands_back_what_it_stored(tmp_path, options):
    for i, extra in enumerate(["", " The ferries to Lusk were cancelled on Tuesday.", " Talks resume on 3 May 2031."]):
        (tmp_path / f"harbour-{i}.txt").write_text(HARBOUR + extra, encoding="utf-8")
    with MemoryStore() as store:
        store.write_batch = 0  # batches of two documents: the kept records of both batches, in the order stored
        run_pipeline([str(tmp_path)], store, options.replace(batch_size=2))
        for table in sorted(KEPT_TABLES):
            kept = list(store.records(table))
            saved, store._kept = store._kept, None
            read = list(store.records(table))
            store._kept = saved
            assert [json.dumps(to_dict(r)) for r in kept] == [json.dumps(to_dict(r)) for r in read], table
        assert list(store.records("documents"))
        # a table replaced by other rows is read from the database again
        store.replace_records("times", [])
        assert list(store.records("times")) == []
        assert store._kept is None


DRILL_TEXTS = [
    "Chilean jets fired missiles at mock targets during a live-fire drill off the coast of Peru on Tuesday.",
    "The navy of Peru struck simulated Bolivian positions in the exercise, the defence ministry said.",
    "Bolivian artillery shelled the Peruvian border town of Desaguadero, killing two farmers, Peru said.",
    "Chile attacked Argentine positions with dummy rounds and real shells, Argentina said.",
]


def test_rehearsal_modifiers_are_the_tokens_the_per_token_test_finds(nlp):
    from types import SimpleNamespace

    from newsweave.extract.events.vocab import REHEARSAL_WORDS

    for text in DRILL_TEXTS + SENTENCES + [""]:
        doc = nlp(text)
        r = SimpleNamespace(doc=doc, rehearsal_modifiers=None)
        assert coding.rehearsal_modifiers(r) == [
            t.i for t in doc if t.dep_ in ("amod", "compound")
            and (t.lemma_.lower() in REHEARSAL_WORDS or t.lower_ in REHEARSAL_WORDS)]
    assert coding.rehearsal_modifiers(SimpleNamespace(doc=nlp(DRILL_TEXTS[0]), rehearsal_modifiers=None))


def test_rehearsed_gives_what_walking_the_subtrees_gave(nlp, options, monkeypatch):
    from newsweave.extract.events.coding import REHEARSAL_WORDS, governors
    from test_event_rules import _events

    def walked(r, tok, entries):  # the test as it was: every token under the trigger's prep and dobj children
        if not any(e.category in ("ASSAULT", "COERCE") for e in entries):
            return False
        if any(g.lemma_.lower() in REHEARSAL_WORDS for g in governors(r, tok)[1:]):
            return True
        aimed = [t for c in tok.children if c.dep_ in ("prep", "dobj") for t in c.subtree]
        return any(t.lemma_.lower() in REHEARSAL_WORDS or t.lower_ in REHEARSAL_WORDS
                   for t in aimed if t.dep_ in ("amod", "compound"))

    now = [_events(nlp, options, text) for text in DRILL_TEXTS]
    assert any(now)
    monkeypatch.setattr(coding, "rehearsed", walked)
    assert [_events(nlp, options, text) for text in DRILL_TEXTS] == now


CITING = [
    "According to the Harbour Gazette, the port will reopen in May.",
    "The union, citing the Ministry of Transport, said ferries would resume.",
    "The closure was reported by Coastline Radio on Tuesday.",
    "Coastline Radio reported that three cranes had failed.",
    "The mayor told Coastline Radio the talks had failed.",
    "Harbour Gazette said, citing port officials, that wages would rise.",
    "Dock workers went home early and nobody said anything to anyone.",
    "",
]


def test_guarded_citation_patterns_find_what_every_pattern_finds():
    from newsweave.extract import provenance

    for sentence in CITING:
        every = sorted((m.start("who"), m.group("who")) for _words, p in provenance._patterns(()) for m in p.finditer(sentence))
        guarded = sorted((m.start("who"), m.group("who")) for words, p in provenance._patterns(())
                         if any(w in sentence for w in words) for m in p.finditer(sentence))
        assert guarded == every, sentence
        for words, p in provenance._patterns(()):  # every match holds one of its pattern's words
            for m in p.finditer(sentence):
                assert any(w in m.group(0) for w in words), (p.pattern, m.group(0))
    assert provenance.cited(CITING[1]) == (None, "Ministry of Transport")


def test_extract_writes_each_record_as_json_dumps_does(tmp_path):
    from typer.testing import CliRunner

    from newsweave.cli import app

    (tmp_path / "quay.txt").write_text("Quay workers in São Tomé walked out on Monday, the union said. "
                                       "“We will not go back,” said Ana Réis, a crane driver.", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["extract", str(tmp_path / "quay.txt"), "-o", str(out), "-q", "--workers", "1"])
    assert result.exit_code == 0, result.output
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines and any("São Tomé" in line for line in lines)
    assert lines == [json.dumps(json.loads(line), ensure_ascii=False) for line in lines]
