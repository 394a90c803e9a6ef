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


_WIRE = ("LAKEPORT (Examplewire) - Flooding on the Varn river forced 3,400 people from their homes in Lakeport "
         "on Tuesday, the regional emergency office said. Water rose 2.8 metres above its usual level after "
         "four days of rain, the office added. Mayor Ilse Tomrand said 14 schools would stay closed until "
         "Friday. \"We have never seen the embankment give way so fast,\" Tomrand told reporters at the town "
         "hall. Army engineers reinforced two bridges overnight and 600 volunteers filled sandbags in the old "
         "market square. The weather service expects more rain on Thursday across the northern valleys. "
         "Insurers estimated the damage at 45 million crowns.")
_REPOST = "Share this story\n" + _WIRE + "\nSubscribe to our newsletter for more."
_CONDENSED = ("Flooding on the Varn river forced 3,400 people from their homes in Lakeport on Tuesday, the regional "
              "emergency office said. Mayor Ilse Tomrand said 14 schools would stay closed until Friday. "
              "Insurers estimated the damage at 45 million crowns.")
_OTHER = ("LAKEPORT (Otheragency) - Thousands left Lakeport as the Varn burst its banks, with officials counting "
          "3,400 evacuees by Tuesday evening. Tomrand, the mayor, closed 14 schools and asked residents to avoid "
          "the riverside roads. Volunteers and soldiers worked through the night at the bridges. Forecasters "
          "warn of another band of rain on Thursday. Damage could reach 45 million crowns, insurers say.")


def test_the_store_and_documents_in_memory_give_the_same_story_groups():
    """``run`` (documents stored, then consolidated) and ``copy_stories`` (documents in memory, as the
    copy tests and benchmarks call it) are one code path: same groups, originals and copy records, even
    when the documents come in another order than their ids."""
    from newsweave.consolidate.run import copy_stories

    rows = [(_WIRE, "2026-03-03", "Examplewire"), (_REPOST, "2026-03-04", None), (_CONDENSED, "2026-03-05", None),
            (_OTHER, "2026-03-03", "Otheragency"), ("A council meeting on parking fees was moved to May.", None, None)]
    docs = [Document(id=f"doc_{9 - i:04d}", source=f"{i}.txt", title=None, author=None, site=None,
                     published=published, language="en", text=text, credit=credit)
            for i, (text, published, credit) in enumerate(rows)]
    with Store(":memory:") as store:
        for doc in docs:
            store.add_document_records(DocumentRecords(document=doc))
        consolidate(store, load_options())
        stored = sorted((s.story, s.doc, s.role) for s in store.records("stories"))
        stored_copies = sorted((c.doc, c.of, c.method) for c in store.records("copies"))
    stories, copies, _pairs = copy_stories(docs, load_options())
    assert sorted((s.story, s.doc, s.role) for s in stories) == stored
    assert sorted((c.doc, c.of, c.method) for c in copies) == stored_copies
    groups: dict[str, set] = {}
    for story, doc, _role in stored:
        groups.setdefault(story, set()).add(doc)
    # the repost and the condensed copy join their wire story; the other agency's report stays apart
    assert sorted(map(sorted, groups.values())) == [["doc_0005"], ["doc_0006"], ["doc_0007", "doc_0008", "doc_0009"]]
