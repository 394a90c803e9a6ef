"""The copy index kept in the store: stage 2 asks the stored documents by SQL instead of rebuilding its LSH
indexes from every stored signature (which cost in proportion to the store, ~17 % of adding 1,000 documents to
a store of 10,000).

Three tables (migration ``0016_copy_index``), written with the signatures:

- ``copy_docs``: each signed document numbered in signing order (the order :class:`.copies.CopyIndex` held them);
- ``copy_bands``: per document, the key of each band of the near-duplicate and anchor LSH indexes (the band's
  slot values, as ``datasketch.MinHashLSH`` hashes them: two documents share a band key exactly when they share
  the band's values), packed in two unsigned 64-bit integers;
- ``copy_slots``: per document with words (anchors), each slot's value of its word (anchor) signature, for the
  containment channel (:func:`.copies._contained_candidates`: documents sharing a slot's value with 2 to
  ``SLOT_MAX_SHARED`` others).

:class:`StoredCopyIndex` answers what :meth:`.copies.CopyIndex.find` and :func:`.copies.contained_pairs` ask
of the stored documents from these tables, and of the documents of this run from an in-memory index, so
detection gives the pairs an index rebuilt from every signature gives (tests/test_copystore.py compares them).
"""
from __future__ import annotations

import numpy as np
import pyarrow as pa

from .copies import (ANCHOR_LSH_BANDS, NEAR_LSH_BANDS, NUM_PERM, CopyIndex, _decode, _Entry,
                     _estimated_containment)
from .copy_thresholds import ANCHORS_MIN_ESTIMATE, CONTAINED_MIN_ESTIMATE, SLOT_MAX_SHARED
from .records import DocSignature

NEAR, ANCHOR = 0, 1
_SIG_COLUMNS = "s.doc, s.published, s.length, s.text_hash, s.shingles, s.minhash, s.anchors, s.anchor_minhash"


def _values(encoded: list[str]) -> np.ndarray:
    """Signatures (base64 of NUM_PERM little-endian uint32) as one matrix, a row each."""
    if not encoded:
        return np.empty((0, NUM_PERM), np.uint32)
    import base64
    raw = b"".join(base64.b64decode(x) for x in encoded)
    return np.frombuffer(raw, dtype="<u4").astype(np.uint32).reshape(len(encoded), NUM_PERM)


def band_keys(values: np.ndarray, bands: tuple[int, int]) -> tuple[np.ndarray, np.ndarray]:
    """Per row and band, the band's values (at most four uint32) packed in two uint64 (hi, lo): equal pairs
    exactly when the bands' values are equal, i.e. when ``MinHashLSH`` files the two rows under one key."""
    b, r = bands
    if r > 4:
        raise ValueError("a band of more than four values does not pack in 128 bits")
    v = values[:, :b * r].reshape(len(values), b, r).astype(np.uint64)
    padded = np.zeros((len(values), b, 4), np.uint64)
    padded[:, :, 4 - r:] = v
    hi = (padded[:, :, 0] << np.uint64(32)) | padded[:, :, 1]
    lo = (padded[:, :, 2] << np.uint64(32)) | padded[:, :, 3]
    return hi, lo


def _rows(numbers: np.ndarray, words: np.ndarray, anchors: np.ndarray, has_words: np.ndarray,
          has_anchors: np.ndarray) -> tuple[pa.Table, pa.Table]:
    """The ``copy_bands`` and ``copy_slots`` rows of documents numbered ``numbers``."""
    bands, slots = [], []
    for lsh, matrix, has, params in ((NEAR, words, has_words, NEAR_LSH_BANDS),
                                     (ANCHOR, anchors, has_anchors, ANCHOR_LSH_BANDS)):
        m, n = matrix[has], numbers[has]
        hi, lo = band_keys(m, params)
        b = params[0]
        bands.append(pa.table({"n": np.repeat(n, b).astype(np.int32), "lsh": np.full(len(n) * b, lsh, np.uint8),
                               "band": np.tile(np.arange(b, dtype=np.uint16), len(n)),
                               "hi": hi.reshape(-1), "lo": lo.reshape(-1)}))
        slots.append(pa.table({"n": np.repeat(n, NUM_PERM).astype(np.int32),
                               "lsh": np.full(len(n) * NUM_PERM, lsh, np.uint8),
                               "slot": np.tile(np.arange(NUM_PERM, dtype=np.uint16), len(n)),
                               "value": m.reshape(-1)}))
    return pa.concat_tables(bands), pa.concat_tables(slots)


def _insert(store, first: int, docs: list[str], words: np.ndarray, anchors: np.ndarray, has_words, has_anchors):
    numbers = np.arange(first, first + len(docs), dtype=np.int64)
    bands, slots = _rows(numbers, words, anchors, np.asarray(has_words, bool), np.asarray(has_anchors, bool))
    store._with_rows(pa.table({"n": numbers.astype(np.int32), "doc": pa.array(docs, pa.string())}),
                     "INSERT INTO copy_docs SELECT * FROM _newsweave_rows")
    store._with_rows(bands, "INSERT INTO copy_bands SELECT * FROM _newsweave_rows")
    store._with_rows(slots, "INSERT INTO copy_slots SELECT * FROM _newsweave_rows")


def sync(store) -> None:
    """Make the copy tables hold every stored signature: drop documents whose signature is gone (a full run
    forgets them all), number and index those signed without them (a store made before ``0016``, or signatures
    written by another path), in signing order."""
    con = store.con
    stale = con.execute("SELECT count(*) FROM copy_docs WHERE doc NOT IN (SELECT doc FROM signatures)").fetchall()[0][0]
    with store.transaction():
        if stale:
            con.execute("CREATE OR REPLACE TEMP TABLE _nw_stale AS SELECT n FROM copy_docs "
                        "WHERE doc NOT IN (SELECT doc FROM signatures)")
            for table in ("copy_bands", "copy_slots", "copy_docs"):
                con.execute(f"DELETE FROM {table} WHERE n IN (SELECT n FROM _nw_stale)")
            con.execute("DROP TABLE _nw_stale")
        rows = con.execute("SELECT s.doc, s.shingles, s.minhash, s.anchors, s.anchor_minhash FROM signatures s "
                           "WHERE s.doc NOT IN (SELECT doc FROM copy_docs) ORDER BY s.rowid").fetchall()
        if rows:
            first = con.execute("SELECT coalesce(max(n) + 1, 0) FROM copy_docs").fetchall()[0][0]
            _insert(store, first, [r[0] for r in rows], _values([r[2] for r in rows]), _values([r[4] for r in rows]),
                    [bool(r[1]) for r in rows], [bool(r[3]) for r in rows])


class StoredCopyIndex(CopyIndex):
    """A :class:`.copies.CopyIndex` whose stored documents stay in the store's copy tables; the documents added
    in this run (:meth:`add`) are held in memory as before. Call :meth:`prepare` with the run's new signatures
    before detecting, :meth:`write` after (inside the transaction that stores the signatures)."""

    def __init__(self, store, near_threshold: float) -> None:
        super().__init__(near_threshold=near_threshold)
        self.store = store
        sync(store)
        self.first_new = store.con.execute("SELECT coalesce(max(n) + 1, 0) FROM copy_docs").fetchall()[0][0]
        self.old: dict[str, _Entry] = {}  # stored documents read so far (candidates of the new ones)
        self.old_near: dict[str, set[str]] = {}
        self.old_anchor: dict[str, set[str]] = {}
        self.old_twin: dict[str, str] = {}
        self.added: list[DocSignature] = []
        for a, b in store.con.execute("SELECT a, b FROM copy_pairs").fetchall():
            self.join(a, b)

    def prepare(self, new: list[DocSignature]) -> None:
        """Ask the stored documents, by SQL and for every new signature at once, which share a band key with
        it (near-duplicate and anchor indexes) and which has its text hash; read their signatures."""
        if not new:
            return
        con = self.store.con
        words, anchors = _values([s.minhash for s in new]), _values([s.anchor_minhash for s in new])
        bands, _slots = _rows(np.arange(len(new)), words, anchors, np.array([bool(s.shingles) for s in new]),
                              np.array([bool(s.anchors) for s in new]))
        con.register("_nw_query", bands)
        found = con.execute("SELECT DISTINCT q.n, q.lsh, d.doc FROM _nw_query q JOIN copy_bands b "
                            "ON b.lsh = q.lsh AND b.band = q.band AND b.hi = q.hi AND b.lo = q.lo "
                            "JOIN copy_docs d ON d.n = b.n").fetchall()
        con.unregister("_nw_query")
        for i, lsh, doc in found:
            (self.old_near if lsh == NEAR else self.old_anchor).setdefault(new[i].doc, set()).add(doc)
        # the first stored document of each text hash (CopyIndex keeps the first added)
        self.old_twin = dict(con.execute(
            "SELECT text_hash, arg_min(s.doc, d.n) FROM signatures s JOIN copy_docs d ON d.doc = s.doc "
            "WHERE text_hash IN (SELECT unnest(?::VARCHAR[])) GROUP BY text_hash", [[s.text_hash for s in new]]
        ).fetchall())
        self._read({d for i, _l, d in found})

    def _read(self, docs: set[str]) -> None:
        docs = sorted(docs - self.old.keys())
        if not docs:
            return
        rows = self.store.con.execute(f"SELECT {_SIG_COLUMNS} FROM signatures s WHERE s.doc IN "
                                      f"(SELECT unnest(?::VARCHAR[]))", [docs]).fetchall()
        for r in rows:
            sig = DocSignature(*r)
            self.old[sig.doc] = _Entry(sig, _decode(sig.minhash), _decode(sig.anchor_minhash))

    def add(self, sig: DocSignature) -> None:
        if sig.doc not in self.entries:
            self.added.append(sig)
        super().add(sig)

    def _twin(self, sig: DocSignature) -> str | None:
        return self.old_twin.get(sig.text_hash) or self.by_hash.get(sig.text_hash)

    def _near_query(self, sig: DocSignature, mine: _Entry):
        return self.old_near.get(sig.doc, set()) | set(self.near.query(mine.minhash))

    def _anchor_query(self, sig: DocSignature, mine: _Entry):
        return self.old_anchor.get(sig.doc, set()) | set(self.anchor.query(mine.anchor_minhash))

    def _entry(self, doc: str) -> _Entry:
        return self.entries[doc] if doc in self.entries else self.old[doc]

    def contained_candidates(self, new_docs: set[str]) -> list[tuple[str, str]]:
        """:func:`.copies._contained_candidates` over the stored and the added documents: the slot values shared
        by 2 to ``SLOT_MAX_SHARED`` documents, one of them new, found by SQL; the estimates from the pairs'
        signatures only. A pair is oriented as the in-memory index orders its documents (stored ones first,
        in signing order; then in the order added)."""
        added = [s for s in self.added if s.doc in new_docs]
        if not added:
            return []
        con = self.store.con
        numbers = np.arange(self.first_new, self.first_new + len(self.added), dtype=np.int64)
        number = {s.doc: int(k) for s, k in zip(self.added, numbers)}
        words = np.array([self.entries[s.doc].minhash.hashvalues for s in self.added], np.uint32)
        anchors = np.array([self.entries[s.doc].anchor_minhash.hashvalues for s in self.added], np.uint32)
        _bands, slots = _rows(numbers, words.reshape(-1, NUM_PERM), anchors.reshape(-1, NUM_PERM),
                              np.array([bool(s.shingles) for s in self.added]),
                              np.array([bool(s.anchors) for s in self.added]))
        con.register("_nw_slots", slots)
        pairs = con.execute(f"""
            WITH q AS (SELECT DISTINCT lsh, slot, value FROM _nw_slots WHERE n IN (SELECT unnest(?::INTEGER[]))),
            g AS (SELECT s.n, s.lsh, s.slot, s.value FROM copy_slots s JOIN q USING (lsh, slot, value)
                  UNION ALL SELECT n, lsh, slot, value FROM _nw_slots),
            shared AS (SELECT lsh, slot, value FROM g GROUP BY ALL HAVING count(*) BETWEEN 2 AND {SLOT_MAX_SHARED}),
            new AS (SELECT unnest(?::INTEGER[]) AS n)
            SELECT DISTINCT a.n, b.n FROM g a JOIN g b ON a.lsh = b.lsh AND a.slot = b.slot AND a.value = b.value
            AND a.n < b.n JOIN shared s ON s.lsh = a.lsh AND s.slot = a.slot AND s.value = a.value
            WHERE a.n IN (SELECT n FROM new) OR b.n IN (SELECT n FROM new)""",
                            [[number[s.doc] for s in added]] * 2).fetchall()
        con.unregister("_nw_slots")
        if not pairs:
            return []
        involved = sorted({x for p in pairs for x in p})
        doc_of = {k: s.doc for s, k in zip(self.added, numbers.tolist())}
        doc_of.update(con.execute("SELECT n, doc FROM copy_docs WHERE n IN (SELECT unnest(?::INTEGER[]))",
                                  [[k for k in involved if k < self.first_new]]).fetchall())
        self._read({doc_of[k] for k in involved if k < self.first_new})
        entries = [self._entry(doc_of[k]) for k in involved]
        row = {k: i for i, k in enumerate(involved)}
        w = np.array([e.minhash.hashvalues for e in entries], np.uint32).reshape(-1, NUM_PERM)
        an = np.array([e.anchor_minhash.hashvalues for e in entries], np.uint32).reshape(-1, NUM_PERM)
        n_w = np.array([e.signature.shingles for e in entries], np.float64)
        n_a = np.array([e.signature.anchors for e in entries], np.float64)
        x = np.array([row[a] for a, _b in pairs], np.int64)
        y = np.array([row[b] for _a, b in pairs], np.int64)
        keep = ((_estimated_containment(w, n_w, x, y) >= CONTAINED_MIN_ESTIMATE)
                | (_estimated_containment(an, n_a, x, y) >= ANCHORS_MIN_ESTIMATE))
        return sorted((doc_of[a], doc_of[b]) for (a, b), k in zip(pairs, keep.tolist()) if k)

    def write(self) -> None:
        """Store the added documents in the copy tables (inside the caller's transaction)."""
        if not self.added:
            return
        words = np.array([self.entries[s.doc].minhash.hashvalues for s in self.added], np.uint32)
        anchors = np.array([self.entries[s.doc].anchor_minhash.hashvalues for s in self.added], np.uint32)
        _insert(self.store, self.first_new, [s.doc for s in self.added], words.reshape(-1, NUM_PERM),
                anchors.reshape(-1, NUM_PERM), [bool(s.shingles) for s in self.added],
                [bool(s.anchors) for s in self.added])
