"""The copy index kept in the store (consolidate/copystore.py) finds the pairs of an index held in memory."""
from __future__ import annotations

import random

import numpy as np
import pytest
from datasketch import MinHashLSH

from newsweave.config import load_options
from newsweave.consolidate.copies import (ANCHOR_LSH_BANDS, NEAR_LSH_BANDS, NUM_PERM, CopyIndex, _decode, detect,
                                          profile, sign)
from newsweave.consolidate.copystore import StoredCopyIndex, band_keys
from newsweave.model import Document
from newsweave.pipeline import load_documents
from newsweave.store.duck import Store

from test_copies import CORPUS, FOLDERS


@pytest.fixture(scope="module")
def corpus():
    options = load_options()
    docs = [d for d in load_documents([str(CORPUS / f) for f in FOLDERS], options) if isinstance(d, Document)]
    sigs = {d.id: sign(d.id, d.text, d.published) for d in docs}
    profiles = {d.id: profile(d.text, d.credit, d.outlet.name) for d in docs}
    return sigs, profiles, options.copy_threshold


def _key(pairs):
    return sorted((p.a, p.b, p.method, p.similarity) for p in pairs)


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_batches_against_the_stored_index_give_the_pairs_of_one_index_in_memory(corpus, seed):
    sigs, profiles, threshold = corpus
    order = sorted(sigs)
    random.Random(seed).shuffle(order)
    cut = [0, len(order) // 3, 2 * len(order) // 3, len(order)]
    batches = [sorted(order[a:b]) for a, b in zip(cut, cut[1:])]  # a run signs its new documents in id order
    memory, expected = CopyIndex(near_threshold=threshold), []
    store, found = Store(":memory:"), []
    for batch in batches:
        new = [sigs[d] for d in batch]
        expected += detect(new, memory, profiles.__getitem__)
        index = StoredCopyIndex(store, threshold)
        index.prepare(new)
        pairs = detect(new, index, profiles.__getitem__)
        with store.transaction():
            store._insert([*new, *pairs])
            index.write()
        found += pairs
    assert _key(found) == _key(expected)
    methods = {p.method for p in expected}
    assert {"exact", "near-duplicate", "rewrite"} <= methods  # the channels the stored index answers for
    assert methods & {"condensed", "fact-sequence"}
    # the later batches did meet stored documents
    assert any((p.a in batches[0]) != (p.b in batches[0]) for p in found)


def test_a_store_signed_before_the_copy_tables_is_indexed_by_the_next_run(corpus):
    """Signatures stored without the copy tables (a store made before them) are numbered in signing order."""
    sigs, profiles, threshold = corpus
    order = sorted(sigs)
    old, new = order[: len(order) // 2], order[len(order) // 2:]
    memory = CopyIndex(near_threshold=threshold)
    store = Store(":memory:")
    first = detect([sigs[d] for d in old], memory, profiles.__getitem__)
    with store.transaction():
        store._insert([*(sigs[d] for d in old), *first])
    expected = detect([sigs[d] for d in new], memory, profiles.__getitem__)
    index = StoredCopyIndex(store, threshold)
    assert store.con.execute("SELECT list(doc ORDER BY n) FROM copy_docs").fetchall()[0][0] == old
    index.prepare([sigs[d] for d in new])
    assert _key(detect([sigs[d] for d in new], index, profiles.__getitem__)) == _key(expected)


def test_band_keys_are_equal_exactly_when_datasketch_files_two_signatures_together():
    rng = np.random.default_rng(4)
    base = rng.integers(0, 2 ** 32, size=(40, NUM_PERM), dtype=np.uint32)
    for i in range(1, 40):  # later rows copy some bands of earlier ones, value for value
        src = rng.integers(0, i)
        for band in rng.choice(40, size=rng.integers(0, 4), replace=False):
            base[i, band * 3:band * 3 + 4] = base[src, band * 3:band * 3 + 4]
    import base64
    minhashes = [_decode(base64.b64encode(row.astype("<u4").tobytes()).decode()) for row in base]
    for params in (NEAR_LSH_BANDS, ANCHOR_LSH_BANDS):
        lsh = MinHashLSH(num_perm=NUM_PERM, params=params)
        for i, m in enumerate(minhashes):
            lsh.insert(i, m)
        hi, lo = band_keys(base, params)
        for i, m in enumerate(minhashes):
            ours = {j for j in range(40) if ((hi[i] == hi[j]) & (lo[i] == lo[j])).any()}
            assert ours == set(lsh.query(m))
        assert any(len(lsh.query(m)) > 1 for m in minhashes)  # shared bands were made


@pytest.mark.parametrize("seed", [0, 1])
def test_containment_candidates_from_the_slot_table_equal_those_of_the_matrices(seed):
    """Slot values shared by 1 to ~150 documents, documents without words or anchors, stored and added documents:
    the candidate pairs (and their orientation) of the in-memory index. (Groups over SLOT_MAX_SHARED occur, but
    the pairs only they would add fail the estimate here: the cap itself is not pinned by this test.)"""
    import base64

    from newsweave.consolidate.records import DocSignature

    rng = np.random.default_rng(seed)
    n = 300
    # per slot a few common values (shared by many) and many rare ones: groups of every size
    values = np.where(rng.random((n, 2, NUM_PERM)) < 0.5, rng.integers(0, 2, (n, 2, NUM_PERM)),
                      rng.integers(0, 400, (n, 2, NUM_PERM))).astype(np.uint32)
    for i in range(1, n, 3):  # near copies of earlier rows: pairs whose estimate passes
        j = rng.integers(0, i)
        keep = rng.random((2, NUM_PERM)) < 0.9
        values[i][keep] = values[j][keep]

    def b64(row):
        return base64.b64encode(row.astype("<u4").tobytes()).decode()

    sigs = [DocSignature(doc=f"d{rng.integers(10 ** 6):06d}-{i}", published=None, length=1000,
                         text_hash=f"h{i}", shingles=int(rng.choice([0, 50, 200, 400])), minhash=b64(values[i, 0]),
                         anchors=int(rng.choice([0, 20, 60])), anchor_minhash=b64(values[i, 1])) for i in range(n)]
    stored, added = sigs[: n // 2], sigs[n // 2:]
    memory = CopyIndex()
    for s in sigs:
        memory.add(s)
    store = Store(":memory:")
    with store.transaction():
        store._insert(stored)
    index = StoredCopyIndex(store, memory.near_threshold)
    for s in added:
        index.add(s)
    new = {s.doc for s in added}
    expected = memory.contained_candidates(new)
    assert expected  # candidates exist
    assert index.contained_candidates(new) == expected
