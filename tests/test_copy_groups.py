"""A large group of near-duplicates is joined document by document, not compared pair by pair."""
from __future__ import annotations

import sys
from pathlib import Path

from newsweave.config import load_options
from newsweave.consolidate import consolidate
from newsweave.model import Document, DocumentRecords
from newsweave.store import Store

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from near_duplicates import near_duplicates  # noqa: E402


def _store(texts, start=0):
    store = Store(":memory:")
    _add(store, texts, start)
    return store


def _add(store, texts, start=0):
    for i, text in enumerate(texts, start):
        doc = Document(id=f"doc_{i:04d}", source=f"{i}.txt", title=None, author=None, site=None,
                       published=None, language="en", text=text)
        store.add_document_records(DocumentRecords(document=doc))


def test_n_near_duplicates_give_one_story_and_about_n_pairs():
    texts = near_duplicates(120)
    with _store(texts) as store:
        summary = consolidate(store, load_options())
        assert summary["stories"] == 1 and summary["copies"] == 119
        # one pair per document joining the group (before: every member, 7,140 pairs here)
        assert summary["new_copy_pairs"] < 2 * len(texts)


def test_adding_copies_to_a_stored_group_later_gives_the_same_stories():
    texts = near_duplicates(60)
    with _store(texts) as whole:
        consolidate(whole, load_options())
        want = sorted((s.story, s.doc, s.role) for s in whole.records("stories"))
    with _store(texts[:30]) as store:
        consolidate(store, load_options())
        _add(store, texts[30:], 30)
        summary = consolidate(store, load_options())
        assert summary["new_copy_pairs"] < 2 * 30
        assert sorted((s.story, s.doc, s.role) for s in store.records("stories")) == want
