"""Copies and rewrites: exact duplicates, near-duplicates (MinHash LSH) and spun rewrites.

Three signals, cheapest first, each sub-quadratic in the number of documents:

1. exact: the hash of the normalised word sequence (case, punctuation and spacing ignored);
2. near-duplicate: MinHash over word 5-shingles, candidates from an LSH index, accepted on the
   containment estimated from Jaccard and set sizes (a repost wrapped in page chrome, or cut short);
3. rewrite: spinners swap ordinary words for synonyms, which breaks word shingles, but names,
   numbers and quoted words survive. A second MinHash LSH over each text's set of *anchors*
   (named tokens, numbers, quotes) gives candidates; a pair is accepted when most anchor-bearing
   sentences of the shorter text align, in order, with a sentence of the other;
4. condensed: a shortened copy (a subset of the original's sentences) has a low Jaccard similarity
   with its original, so candidates are pairs whose word-shingle signatures agree in a slot whose value
   few documents share, kept on the containment estimated from the signatures; a pair is accepted when
   most sentences of the shorter text appear, word for word, in the longer one;
5. fact sequence: a human or machine rewrite keeps the facts (names, numbers, dates, quotes) in
   their order but few words; candidates likewise from the anchor signatures, a
   pair is accepted on the longest common subsequence of the two texts' fact sequences together
   with a little shared wording, or with a shared wire credit ("(Agency) -"). Two documents that
   credit different agencies and no common one are never joined by this channel
   (:mod:`newsweave.consolidate.factseq`).

Everything a later run needs (hash, both MinHash signatures) is a :class:`DocSignature`,
persisted per document, so adding documents only signs and queries the new ones.
"""
from __future__ import annotations

import base64
import hashlib
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress
from operator import or_
from typing import Callable, Iterable, Iterator

import numpy as np
from datasketch import MinHash, MinHashLSH

from ..config import Options
from ..disjoint import DisjointSets
from ..sentences import punctuation_spans
from .copy_thresholds import (ANCHOR_LSH_BANDS, ANCHOR_MIN_JACCARD, ANCHORS_MIN_ESTIMATE, CONDENSED_MIN_SENTENCES,
                              CONDENSED_MIN_SHARE, CONTAINED_MIN_ESTIMATE, NEAR_LSH_BANDS, NEAR_LSH_THRESHOLD,
                              SENTENCE_KEY_MIN_WORDS, SENTENCE_MIN_ANCHORS, SLOT_MAX_SHARED, NEAR_NARRATIVE_MIN,
                              NEAR_NARRATIVE_MIN_SHINGLES, NEAR_VERBATIM_MIN)
from .alignment import Alignment, align
from .blocks import SentenceGrams, blocks, is_pasted_block
from .factseq import fact_match
from .narrative import narrative_containment, narrative_facts, narrative_shingles
from .parallel import map_forked
from .records import CopyPair, DocSignature
from .stopwords import stop_words as _stop_words
from .stories import credit_set
from .wording import ANY_QUOTE as _ANY_QUOTE, WORD as _WORD, event_trigrams, own_trigrams, predicate_trigrams, quote_trigrams, release_paragraphs, stable_hash, statement_paragraphs, statement_trigrams, trigram_hash, wording_sets  # noqa: F401 (own_trigrams)

# the signatures' scheme: changing any of these makes stored signatures unreadable (``consolidate --full``);
# what is proposed and accepted is in copy_thresholds.py
NUM_PERM = 128
SCHEME = "affine32"
SHINGLE_WORDS = 5

ANCHOR_MIN_AGREEING = int(ANCHOR_MIN_JACCARD * NUM_PERM)
# pairs whose signatures are compared at once (each pair reads 2 x 2 x NUM_PERM x 4 bytes)
_ESTIMATE_BATCH = 200_000
# rewrite candidates aligned ahead in forked processes from this many (an alignment takes ~0.2 ms, a fork tens of ms)
MIN_ALIGNMENTS_APART = 1000

_NUMBER = re.compile(r"(?<![\w.,])\d(?:[\d,.]*\d)?(?!\w)")
_CAPITALISED = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*")
_QUOTE = re.compile(r"[\"“]([^\"“”]{12,400})[\"”]")


def normalise(text: str) -> list[str]:
    """The words of a text, casefolded, accents and punctuation aside."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return _WORD.findall(text.replace("’", "'"))


def text_hash(words: list[str]) -> str:
    return hashlib.sha1(" ".join(words).encode("utf-8")).hexdigest()


def shingles(words: list[str], k: int = SHINGLE_WORDS) -> set[bytes]:
    if len(words) < k:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i:i + k]).encode("utf-8") for i in range(len(words) - k + 1)}


@dataclass(frozen=True, slots=True)
class Sentence:
    """What a spinner leaves of a sentence: its anchors (names, numbers, quoted words) and its
    skeleton (the function words in order, which synonym swaps do not touch)."""
    anchors: frozenset[str]
    skeleton: str
    quoted: bool = False  # mostly quoted speech: what independent reports of one statement share too


def sentences(text: str) -> list[Sentence]:
    """The sentences of a text that carry at least two anchors, in order."""
    return list(_read(text).anchor_sentences)


def _anchor_sentences(facts_by_sentence: list[tuple[str, list[str]]], sentence_words: list[list[str]],
                      quoted: list[bool]) -> tuple[Sentence, ...]:
    stop = _stop_words()
    out = []
    for (_sentence, facts), words, mostly_quoted in zip(facts_by_sentence, sentence_words, quoted):
        anchors = set(facts)
        if len(anchors) >= SENTENCE_MIN_ANCHORS:
            skeleton = " ".join(w for w in words if w in stop)
            out.append(Sentence(frozenset(anchors), skeleton, mostly_quoted))
    return tuple(out)


def _facts(text: str) -> list[str]:
    """The text's facts in order of appearance: numbers, named (capitalised non-stop) words, quotes."""
    return [f for _sentence, facts in _read(text).facts_by_sentence for f in facts]


@dataclass(frozen=True, slots=True)
class _Reading:
    """What signing and profiling a text both read, read once: its words, its sentences (by the
    punctuation rule) with their words and facts, and its anchor sentences."""
    words: list[str]
    sentence_words: list[list[str]]
    facts_by_sentence: list[tuple[str, list[str]]]
    anchor_sentences: tuple[Sentence, ...]


@lru_cache(maxsize=1)
def _read(text: str) -> _Reading:
    """The reading of the last text asked for: ``sign`` and ``profile`` of one document share it."""
    spans = punctuation_spans(text)
    texts = [text[s:e] for s, e in spans]
    facts_by_sentence = _facts_by_sentence(texts)
    sentence_words = [normalise(s) for s in texts]
    return _Reading(normalise(text), sentence_words, facts_by_sentence,
                    _anchor_sentences(facts_by_sentence, sentence_words, _quoted_sentences(text, spans)))


def _quoted_sentences(text: str, spans: tuple[tuple[int, int], ...]) -> list[bool]:
    """Whether each sentence (``spans``) is mostly quoted speech, its quoted passages read over the whole text: a
    quotation of several sentences opens in one and closes in another, and each of its sentences is the speaker's
    (read sentence by sentence, none of them was: two reports quoting one statement's opening sentence aligned it
    as their own, issue 14, copy44)."""
    marked = [m.span() for m in _ANY_QUOTE.finditer(text.replace("’", "'"))]  # in order, apart
    out, first = [], 0
    for start, end in spans:  # in order too: one sweep
        while first < len(marked) and marked[first][1] <= start:
            first += 1
        inside, k = 0, first
        while k < len(marked) and marked[k][0] < end:
            inside += min(end, marked[k][1]) - max(start, marked[k][0])
            k += 1
        out.append(2 * inside >= end - start)
    return out


def _facts_by_sentence(texts: list[str]) -> list[tuple[str, list[str]]]:
    """Each sentence with its facts in order: its numbers, its named (capitalised non-stop) words, its quotes."""
    stop = _stop_words()
    out = []
    for sentence in texts:
        facts = [n.replace(",", "") for n in _NUMBER.findall(sentence)]
        for word in _CAPITALISED.findall(sentence):
            word = word.casefold().replace("’", "'")
            if word.endswith("'s"):
                word = word[:-2]
            if word not in stop and len(word) > 1:
                facts.append(word)
        facts.extend("q:" + text_hash(normalise(q))[:12] for q in _QUOTE.findall(sentence))
        out.append((sentence, facts))
    return out


@dataclass(frozen=True, slots=True)
class Profile:
    """What verification reads of one text: anchor sentences, facts in order, sentence keys, word
    3-grams, and the origins its document credits (``Document.credit``) and its outlet's name."""
    sentences: tuple[Sentence, ...]
    facts: tuple[str, ...]
    sentence_keys: tuple[str, ...]
    trigrams: frozenset[int]
    credits: frozenset[str] = frozenset()
    outlet: str | None = None
    own_trigrams: frozenset[int] = frozenset()
    text_trigrams: frozenset[int] = frozenset()
    # the same outside quoted passages (:mod:`.narrative`): what independent reports of one statement do not share
    narrative_facts: tuple[str, ...] = ()
    narrative_shingles: bytes = b""
    text_sequence: bytes = b""  # ``text_trigrams`` in reading order, 0 at breaks (:func:`.wording.wording_sets`)
    # 3-grams touching a quote, a name with its apposed role or a figure: not counted as shared wording
    event_trigrams: frozenset[int] = frozenset()
    # 3-grams that only state an act ("have agreed to"): not in the text measure (``wording.predicate_trigrams``)
    predicate_trigrams: frozenset[int] = frozenset()
    # each sentence's content 3-grams and facts, the whole text (quotes and pasted paragraphs too): where the shared
    # wording lies (:mod:`.blocks`)
    sentence_grams: tuple[SentenceGrams, ...] = ()
    # 3-grams of the paragraphs attributed to a statement, release or post (a body "said in a statement"): that
    # party's words; shared in both texts' attributed paragraphs, not counted as shared wording (copy43)
    statement_trigrams: frozenset[int] = frozenset()
    # 3-grams inside quoted passages: the speaker's; two texts sharing them quote one source (``factseq.quote_led``)
    quote_trigrams: frozenset[int] = frozenset()


def profile(text: str, credit: str | None = None, outlet: str | None = None) -> Profile:
    reading = _read(text)
    # an organisation's "about us" paragraph pasted without quote marks is its wording, not the writer's: the
    # measures of the writer's own wording and the sentences the condensed and rewrite channels compare read the
    # text without it (``wording.release_paragraphs``, copy41); the word 3-grams and the facts keep it, as quotes
    told = release_paragraphs(text)
    keys = []
    for words in (reading if told is text else _read(told)).sentence_words:
        if len(words) >= SENTENCE_KEY_MIN_WORDS:
            keys.append(text_hash(words)[:16])
    stop = _stop_words()
    trigrams = frozenset(content_trigrams(reading.words, stop))
    credits = credit_set(credit)
    facts = tuple(dict.fromkeys(_facts(text)))
    own, own_plain, plain_order = wording_sets(told)
    by_sentence = tuple(
        SentenceGrams(tuple(content_trigrams(ws, stop)), frozenset(sentence_facts), paragraph)
        for (_sentence, sentence_facts), ws, paragraph in zip(reading.facts_by_sentence, reading.sentence_words,
                                                               _paragraphs(text)))
    return Profile(tuple(sentences(told)), facts, tuple(keys), trigrams,
                   credits, outlet.casefold() if outlet else None, own,
                   own_plain, narrative_facts(told, _facts_by_sentence, facts),
                   narrative_shingles(statement_paragraphs(told)), plain_order, event_trigrams(told), predicate_trigrams(told), by_sentence,
                   statement_trigrams(text), quote_trigrams(text))


def content_trigrams(words: list[str], stop: frozenset[str]) -> Iterator[int]:
    """``trigram_hash`` of each word 3-gram of ``words`` with at least one content word (not in ``stop``: "said on
    tuesday" counts, "as well as" not), in order; the test made once per word, the 3-grams kept by C-level maps."""
    content = [w not in stop for w in words]
    kept = map(or_, map(or_, content, content[1:]), content[2:])
    return map(trigram_hash, compress(zip(words, words[1:], words[2:]), kept))


def _paragraphs(text: str) -> list[int]:
    """The paragraph (line) each sentence of ``_read(text)`` stands in, counted by the line breaks before it."""
    out, breaks, last = [], 0, 0
    for start, _end in punctuation_spans(text):
        breaks += text.count("\n", last, start)
        last = start
        out.append(breaks)
    return out


def shares_a_pasted_block(a: Profile, b: Profile) -> bool:
    """Two reports joined by one pasted block alone (:func:`.blocks.is_pasted_block`), neither crediting an origin:
    they share whoever wrote the block (an organisation's statement pasted without quote marks), not a story. A
    credit ("(AFP) -", "told AFP", "CNN contributed") names a newsroom whose copy the block may be, and its echoes
    are one story (copy40: a daily and a broadcaster pasting one agency's paragraphs)."""
    if a.credits or b.credits or not a.sentence_grams or not b.sentence_grams:
        return False
    return is_pasted_block(blocks(a.sentence_grams, b.sentence_grams))


def narrative_near_duplicate(a: Profile, b: Profile, estimate: float) -> bool:
    """A near-duplicate candidate confirmed outside its quotes: most of the shorter narrative's word
    5-shingles are in the other's; a text of quotes alone (too little narrative to read) only when its
    estimated containment says it is word for word inside the other. Not when the two share one pasted paragraph
    alone (:func:`shares_a_pasted_block`)."""
    share = narrative_containment(a.narrative_shingles, b.narrative_shingles, NEAR_NARRATIVE_MIN_SHINGLES)
    if share is None:
        return estimate >= NEAR_VERBATIM_MIN
    # a short text that is mostly one pasted paragraph is near another that pasted it too (copy42)
    return share >= NEAR_NARRATIVE_MIN and not shares_a_pasted_block(a, b)


def _near_duplicate(estimate: float, threshold: float, profiles: Callable[[], tuple[Profile, Profile]]) -> bool:
    """The near-duplicate verdict on a candidate's estimated containment: nearly all inside the other is a
    copy whatever its quotes (no text read); from the user's threshold up, confirmed on the narrative."""
    if estimate >= NEAR_VERBATIM_MIN:
        return True
    return estimate >= threshold and narrative_near_duplicate(*profiles(), estimate)


def condensed(a: Profile, b: Profile) -> float:
    """Share of the shorter text's sentences found word for word in the other (0 below the minimum)."""
    if len(a.sentence_keys) > len(b.sentence_keys):
        a, b = b, a
    if len(a.sentence_keys) < CONDENSED_MIN_SENTENCES:
        return 0.0
    inside = set(b.sentence_keys)
    found = sum(1 for k in a.sentence_keys if k in inside)
    return found / len(a.sentence_keys) if found >= CONDENSED_MIN_SENTENCES else 0.0


def anchor_set(text: str) -> frozenset[str]:
    """Every anchor of the text's anchor sentences (a spinner keeps most of them)."""
    return frozenset().union(*(s.anchors for s in sentences(text)))


_PERMUTATIONS = MinHash(num_perm=NUM_PERM, scheme=SCHEME).permutations


def _minhash(values: Iterable[bytes]) -> MinHash:
    m = MinHash(num_perm=NUM_PERM, scheme=SCHEME, permutations=_PERMUTATIONS)
    m.update_batch(list(values))
    return m


def _encode(m: MinHash) -> str:
    return base64.b64encode(np.asarray(m.hashvalues, dtype="<u4").tobytes()).decode("ascii")


def _decode(data: str) -> MinHash:
    values = np.frombuffer(base64.b64decode(data), dtype="<u4").astype(np.uint32)
    return MinHash(num_perm=NUM_PERM, scheme=SCHEME, hashvalues=values, permutations=_PERMUTATIONS)


def sign(doc: str, text: str, published: str | None = None) -> DocSignature:
    """The persisted fingerprint of one document."""
    words = _read(text).words
    word_shingles = shingles(words)
    anchors = {a.encode("utf-8") for a in anchor_set(text)}
    return DocSignature(doc=doc, published=published, length=len(text), text_hash=text_hash(words),
                        shingles=len(word_shingles), minhash=_encode(_minhash(word_shingles)),
                        anchors=len(anchors), anchor_minhash=_encode(_minhash(anchors)))


def containment(jaccard: float, n_a: int, n_b: int) -> float:
    """Share of the smaller set inside the larger, from their Jaccard similarity and sizes."""
    if not n_a or not n_b:
        return 0.0
    inter = jaccard * (n_a + n_b) / (1.0 + jaccard)
    return min(1.0, inter / min(n_a, n_b))


@dataclass(frozen=True)
class _Entry:
    signature: DocSignature
    minhash: MinHash
    anchor_minhash: MinHash


class CopyIndex:
    """The LSH indexes over every signed document; documents are added once, queried once."""

    def __init__(self, near_threshold: float = Options().copy_threshold) -> None:
        self.near_threshold = near_threshold
        self.near = MinHashLSH(num_perm=NUM_PERM, params=NEAR_LSH_BANDS)
        self.anchor = MinHashLSH(num_perm=NUM_PERM, params=ANCHOR_LSH_BANDS)
        self.by_hash: dict[str, str] = {}
        self.entries: dict[str, _Entry] = {}
        # documents already known to be copies of each other: a new document is verified against one
        # member of such a group, not each (2,000 near-duplicates: 2,000 pairs, not 2 million)
        self.groups: DisjointSets[str] = DisjointSets()

    def _root(self, doc: str) -> str:
        return self.groups.root(doc)

    def join(self, a: str, b: str) -> None:
        """Record that ``a`` and ``b`` are copies (a stored pair, or one just found)."""
        self.groups.union(a, b)

    def __len__(self) -> int:
        return len(self.entries)

    def add(self, sig: DocSignature) -> None:
        if sig.doc in self.entries:
            return
        entry = _Entry(sig, _decode(sig.minhash), _decode(sig.anchor_minhash))
        self.entries[sig.doc] = entry
        self.by_hash.setdefault(sig.text_hash, sig.doc)
        if sig.shingles:
            self.near.insert(sig.doc, entry.minhash, check_duplication=False)
        if sig.anchors:
            self.anchor.insert(sig.doc, entry.anchor_minhash, check_duplication=False)

    # what find and contained_pairs ask of the indexed documents (copystore.StoredCopyIndex asks its tables)
    def _twin(self, sig: DocSignature) -> str | None:
        return self.by_hash.get(sig.text_hash)

    def _near_query(self, sig: DocSignature, mine: _Entry):
        return self.near.query(mine.minhash)

    def _anchor_query(self, sig: DocSignature, mine: _Entry):
        return self.anchor.query(mine.anchor_minhash)

    def _entry(self, doc: str) -> _Entry:
        return self.entries[doc]

    def contained_candidates(self, new_docs: set[str]) -> list[tuple[str, str]]:
        everything = list(self.entries.values())
        is_new = np.array([e.signature.doc in new_docs for e in everything], dtype=bool)
        return _contained_candidates(everything, is_new) if everything else []

    def find(self, sig: DocSignature, profile_of: Callable[[str], Profile],
             aligned: dict[tuple[str, str], Alignment] | None = None) -> list[CopyPair]:
        """Verified copy pairs between ``sig`` and the documents already in the index.

        ``profile_of(doc_id)`` gives a document's :func:`profile`; it is called only for
        rewrite candidates, so texts are read for a handful of documents, not the corpus.
        ``aligned`` may hold rewrite candidates' alignments computed ahead (:func:`_rewrite_alignments`).
        """
        pairs: dict[str, CopyPair] = {}
        joined: set[str] = set()  # groups of copies this document already has a pair with

        def accept(other: str, similarity: float, method: str) -> None:
            pairs[other] = _pair(sig.doc, other, similarity, method)
            joined.add(self._root(other))

        twin = self._twin(sig)
        if twin is not None and twin != sig.doc:
            accept(twin, 1.0, "exact")
        mine = _Entry(sig, _decode(sig.minhash), _decode(sig.anchor_minhash))
        if sig.shingles:
            # candidates in id order, so which member of a group is paired does not depend on set order
            for other in sorted(self._near_query(sig, mine)):
                if other == sig.doc or other in pairs or self._root(other) in joined:
                    continue
                theirs = self._entry(other)
                j = mine.minhash.jaccard(theirs.minhash)
                c = containment(j, sig.shingles, theirs.signature.shingles)
                if _near_duplicate(c, self.near_threshold, lambda: (profile_of(sig.doc), profile_of(other))):
                    accept(other, round(c, 3), "near-duplicate")
        if sig.anchors:
            mine_values = mine.anchor_minhash.hashvalues
            candidates = [o for o in sorted(self._anchor_query(sig, mine))
                          if o != sig.doc and o not in pairs and self._root(o) not in joined
                          and np.count_nonzero(self._entry(o).anchor_minhash.hashvalues == mine_values) >= ANCHOR_MIN_AGREEING]
            if candidates:
                own = profile_of(sig.doc).sentences
                for other in candidates:
                    if self._root(other) in joined:
                        continue
                    alignment = aligned.get((sig.doc, other)) if aligned else None
                    if alignment is None:
                        alignment = align(list(own), list(profile_of(other).sentences))
                    if alignment.is_rewrite and not shares_a_pasted_block(profile_of(sig.doc), profile_of(other)):
                        accept(other, alignment.similarity, "rewrite")
        return list(pairs.values())


def _pair(x: str, y: str, similarity: float, method: str) -> CopyPair:
    a, b = sorted((x, y))
    return CopyPair(a=a, b=b, similarity=similarity, method=method)


def _slot_pairs(column: np.ndarray, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Pairs of ``rows`` taking one value in this slot, from values taken by 2..SLOT_MAX_SHARED rows."""
    order = np.argsort(column[rows], kind="stable")
    values, rows = column[rows][order], rows[order]
    if len(values) < 2:
        return np.empty(0, np.int64), np.empty(0, np.int64)
    group = np.cumsum(np.concatenate(([True], values[1:] != values[:-1]))) - 1
    shared = np.bincount(group)[group]
    keep = np.flatnonzero((shared >= 2) & (shared <= SLOT_MAX_SHARED))  # consecutive within a group
    firsts, seconds = [], []
    for step in range(1, SLOT_MAX_SHARED):
        same = group[keep[:-step]] == group[keep[step:]]
        if not same.any():
            break
        firsts.append(rows[keep[:-step][same]])
        seconds.append(rows[keep[step:][same]])
    if not firsts:
        return np.empty(0, np.int64), np.empty(0, np.int64)
    return np.concatenate(firsts), np.concatenate(seconds)


def _estimated_containment(matrix: np.ndarray, sizes: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """:func:`containment` of each pair (a[i], b[i]) from the Jaccard estimated by their signatures."""
    jaccard = np.count_nonzero(matrix[a] == matrix[b], axis=1) / np.float64(NUM_PERM)
    inter = jaccard * (sizes[a] + sizes[b]) / (1.0 + jaccard)
    smaller = np.minimum(sizes[a], sizes[b])
    return np.where(smaller > 0, np.minimum(1.0, inter / np.maximum(smaller, 1)), 0.0)


def _contained_candidates(entries: list[_Entry], new: np.ndarray) -> list[tuple[str, str]]:
    """Pairs of documents, one of them new, whose word shingles or anchors may lie mostly inside the other's.

    Slot by slot over both signatures, so memory stays that of the two signature matrices (512 bytes
    a document each) and of one slot's candidates; the estimate is checked before a pair is kept.
    """
    words = np.array([e.minhash.hashvalues for e in entries], dtype=np.uint32).reshape(len(entries), NUM_PERM)
    anchors = np.array([e.anchor_minhash.hashvalues for e in entries], dtype=np.uint32).reshape(len(entries), NUM_PERM)
    n_words = np.array([e.signature.shingles for e in entries], dtype=np.float64)
    n_anchors = np.array([e.signature.anchors for e in entries], dtype=np.float64)
    found: set[tuple[int, int]] = set()
    for matrix, sizes in ((words, n_words), (anchors, n_anchors)):
        rows = np.flatnonzero(sizes > 0)
        for slot in range(NUM_PERM):
            a, b = _slot_pairs(matrix[:, slot], rows)
            involved = new[a] | new[b]
            a, b = a[involved], b[involved]
            for start in range(0, len(a), _ESTIMATE_BATCH):
                x, y = a[start:start + _ESTIMATE_BATCH], b[start:start + _ESTIMATE_BATCH]
                keep = ((_estimated_containment(words, n_words, x, y) >= CONTAINED_MIN_ESTIMATE)
                        | (_estimated_containment(anchors, n_anchors, x, y) >= ANCHORS_MIN_ESTIMATE))
                found.update(zip(np.minimum(x, y)[keep].tolist(), np.maximum(x, y)[keep].tolist()))
    return sorted((entries[i].signature.doc, entries[j].signature.doc) for i, j in found)


def _contained_verdict(profiles: tuple[Profile, Profile]) -> tuple[float, str] | None:
    """A containment candidate judged: (similarity, method) when it is a copy, else None (also when the two share
    one pasted block alone, :func:`shares_a_pasted_block`)."""
    a, b = profiles
    share = condensed(a, b)
    if share >= CONDENSED_MIN_SHARE:
        verdict = round(share, 3), "condensed"
    else:
        match = fact_match(a, b)
        if match is None or not match.is_copy:
            return None
        verdict = round(match.facts, 3), "fact-sequence"
    return None if shares_a_pasted_block(a, b) else verdict


def contained_pairs(new: list[DocSignature], index: CopyIndex, profile_of: Callable[[str], Profile],
                    known: set[frozenset] = frozenset(), processes: int = 1) -> list[CopyPair]:
    """Condensed copies and fact-sequence rewrites involving the new documents (all in ``index``). Candidates are
    pairs with a new document whose signatures suggest containment (:func:`_contained_candidates`), in id order;
    texts are read for those only. With ``processes`` > 1 the candidates are judged in that many processes first
    (the judgement is a pure function of the two profiles), then accepted in order as in one process."""
    # already copies of each other, directly or through their group (groups only grow below)
    candidates = [(x, y) for x, y in index.contained_candidates({s.doc for s in new})
                  if frozenset((x, y)) not in known and index._root(x) != index._root(y)]
    verdicts = None
    if processes > 1:
        verdicts = map_forked(_contained_verdict, [(profile_of(x), profile_of(y)) for x, y in candidates], processes)
    pairs: dict[frozenset, CopyPair] = {}
    for k, (x, y) in enumerate(candidates):
        key = frozenset((x, y))
        if key in pairs or index._root(x) == index._root(y):
            continue
        verdict = verdicts[k] if verdicts is not None else _contained_verdict((profile_of(x), profile_of(y)))
        if verdict is not None:
            pairs[key] = _pair(x, y, *verdict)
            index.join(x, y)
    return list(pairs.values())


def _rewrite_candidates(new: list[DocSignature], index: CopyIndex) -> list[tuple[str, str]]:
    """Every (new document, other) pair :meth:`CopyIndex.find` may align when ``new`` is detected in order:
    the other passes the anchor agreement bar and is indexed before the new one (stored, or earlier in
    ``new``). A superset: find leaves out those already paired or in a group the document joined."""
    earlier = MinHashLSH(num_perm=NUM_PERM, params=ANCHOR_LSH_BANDS)  # the new documents as find sees them
    mine_of: dict[str, _Entry] = {}
    candidates: list[tuple[str, str]] = []
    for sig in new:
        if sig.doc in mine_of or sig.doc in index.entries:
            continue
        mine = mine_of[sig.doc] = _Entry(sig, _decode(sig.minhash), _decode(sig.anchor_minhash))
        if not sig.anchors:
            continue
        values = mine.anchor_minhash.hashvalues
        for other in sorted(set(index._anchor_query(sig, mine)) | set(earlier.query(mine.anchor_minhash))):
            theirs = mine_of[other] if other in mine_of else index._entry(other)
            if other != sig.doc and np.count_nonzero(theirs.anchor_minhash.hashvalues == values) >= ANCHOR_MIN_AGREEING:
                candidates.append((sig.doc, other))
        earlier.insert(sig.doc, mine.anchor_minhash, check_duplication=False)
    return candidates


def _align_pair(sentences: tuple[tuple[Sentence, ...], tuple[Sentence, ...]]) -> Alignment:
    return align(list(sentences[0]), list(sentences[1]))


def _rewrite_alignments(new: list[DocSignature], index: CopyIndex, profile_of: Callable[[str], Profile],
                        processes: int) -> dict[tuple[str, str], Alignment]:
    """The alignments of :func:`_rewrite_candidates`, computed in ``processes`` forked processes (alignment is a
    pure function of the two profiles), so the in-order pass of :func:`detect` only looks them up. Empty when
    they are too few to pay for the forks (find aligns them itself then)."""
    candidates = _rewrite_candidates(new, index)
    if len(candidates) < MIN_ALIGNMENTS_APART:
        return {}
    # profiles read here (a stored document's from the store), not in the children
    items = [(profile_of(x).sentences, profile_of(y).sentences) for x, y in candidates]
    return dict(zip(candidates, map_forked(_align_pair, items, processes, MIN_ALIGNMENTS_APART)))


def detect(new: Iterable[DocSignature], index: CopyIndex,
           profile_of: Callable[[str], Profile], processes: int = 1) -> list[CopyPair]:
    """Query then insert each new signature: pairs among new documents and with old ones; then the
    containment channels (condensed copies, fact-sequence rewrites) for what is still unpaired."""
    new = list(new)
    aligned = _rewrite_alignments(new, index, profile_of, processes) if processes > 1 else None
    found: list[CopyPair] = []
    for sig in new:
        pairs = index.find(sig, profile_of, aligned)
        index.add(sig)
        for p in pairs:
            index.join(p.a, p.b)
        found.extend(pairs)
    contained = contained_pairs(new, index, profile_of, {frozenset((p.a, p.b)) for p in found}, processes)
    for p in contained:
        index.join(p.a, p.b)
    found.extend(contained)
    return found
