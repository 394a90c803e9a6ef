"""The writer's own wording, as copy detection measures it (:mod:`newsweave.consolidate.factseq`): word 3-grams
outside quoted passages with a lower-case content word, news-writing formulas aside (:mod:`.stopwords`); and, for the
text measure, the same without names and figures, in reading order (where shared text lies: ``factseq.passages``);
and the 3-grams of a name with its apposed role, which the measures do not count as shared (``event_trigrams``);
and the 3-grams that only state an act ("have agreed to"), which the text measure does not (``predicate_trigrams``).
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache
from operator import or_
from pathlib import Path
from array import array

from .stopwords import stock_trigrams, stop_words as _stop_words

WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
# A quoted passage: the speaker's words, which independent reports of one statement share by quoting it (issue 14).
# Within one paragraph (a stray straight quote never pairs across lines), at most 1,000 characters, in any of the
# forms newsrooms print: double quotes; the opening paragraphs of a quote running over several paragraphs (each opens
# with a quote mark and only the last one closes, so a paragraph opening a quote it does not close is quoted to its
# end when the next paragraph opens with a quote mark); single quotes (British and Gulf style, headlines), an
# apostrophe inside a word ("don't", "Oman's") not ending them and one cut off its word ("Zambia 's office") opening
# none; guillemets and German low-high quotes. Before copy39 only double quotes closed within 400 characters were
# read: a statement quoted over several paragraphs, or in single quotes, counted as two newsrooms' own shared wording
# (tests/test_copies_statements.py).
_NEXT_OPENS = r"(?=\n\s*[\"“‘'«„])"  # the next paragraph opens with a quote mark: this one's quote runs on
_DOUBLE = r"[\"“][^\"“”\n]{0,1000}"
_SINGLE = r"(?<![\w'‘’])['‘](?![sStTdDmM]\b)(?=[^\W\d_])(?:[^'‘’\n]|['’](?=\w)){0,1000}"
ANY_QUOTE = re.compile(
    rf"{_DOUBLE}[\"”]|{_DOUBLE}{_NEXT_OPENS}"
    rf"|{_SINGLE}?[\w.,!?…-]['’](?!\w)|{_SINGLE}{_NEXT_OPENS}"
    rf"|«[^«»\n]{{0,1000}}»|«[^«»\n]{{0,1000}}{_NEXT_OPENS}|„[^„“”\n]{{0,1000}}[“”]")


def stable_hash(words: tuple[str, ...] | list[str], size: int = 8) -> int:
    """A signed ``size``-byte hash of a word n-gram that is the same in every process. Python's ``hash()`` of str is
    salted per process (PYTHONHASHSEED): sets built with it compare only within one process, and its collisions
    (which pairs of 3-grams count as shared) change from run to run."""
    digest = hashlib.blake2b("\x1f".join(words).encode("utf-8"), digest_size=size).digest()
    return int.from_bytes(digest, "little", signed=size == 8)


@lru_cache(maxsize=1 << 14)
def trigram_hash(gram: tuple[str, str, str]) -> int:
    """``stable_hash`` of a word 3-gram, remembered: one document's profile hashes most of its 3-grams three times
    (all its 3-grams, its own wording, its event 3-grams), and news prose repeats many across documents."""
    return stable_hash(gram)


def own_trigrams(text: str, names_and_figures: bool = True) -> frozenset[int]:
    """The writer's own wording: word 3-grams outside quoted passages with at least one lower-case
    content word. Names, titles and quoted words are what independent reports of one statement share
    ("Prime Minister Anwar Ibrahim", "an immediate and unconditional ceasefire"), so they are left out.
    Without ``names_and_figures`` a 3-gram holding any capitalised word or any digit is left out too:
    what remains is wording independent reports of one event do not share by reporting its facts
    ("17 people were", "Mayor Jane Roe said" are the event's; "clung to the railing as" is a writer's)."""
    return wording_sets(text)[0 if names_and_figures else 1]


@lru_cache(maxsize=1)
def quote_chunks(text: str) -> tuple[str, ...]:
    """The stretches of ``text`` between its quoted passages, in order (the quotes left out): what every measure of
    the writer's own wording reads (``wording_sets``, ``predicate_trigrams``, :mod:`.narrative`). The last text
    asked for: one document's profile asks for it four times in a row."""
    return tuple(ANY_QUOTE.split(text.replace("’", "'")))


def wording_sets(text: str) -> tuple[frozenset[int], frozenset[int], bytes]:
    """``own_trigrams`` with and without names and figures, from one reading of the text (the second set is the
    first's 3-grams with no capitalised word and no digit), and the second set's 3-grams in reading order with 0
    at every break (``Profile.text_sequence``)."""
    # news-writing formulas ("said in a statement") are no one's own
    return _own_wording(text, _stop_words(), stock_trigrams(), event_words())[:3]


@lru_cache(maxsize=1)
def _own_wording(text: str, stop: frozenset[str], stock: frozenset[tuple[str, str, str]],
                 acts: frozenset[str]) -> tuple[frozenset[int], frozenset[int], bytes, frozenset[int]]:
    """``wording_sets`` and the 3-grams of ``predicate_trigrams``, from one reading of the text outside its quotes
    (the last text and tables asked for: ``copies.profile`` asks for both of one document)."""
    out, plain, predicate = set(), set(), set()
    order = array("q")
    for chunk in quote_chunks(text):
        words = WORD.findall(unicodedata.normalize("NFKC", chunk))
        folded = [w.casefold() for w in words]
        content = [w[0].islower() and f not in stop for w, f in zip(words, folded)]
        # (a word of letters only holds no digit: the character-by-character test only for the others)
        fact = [w[0].isupper() or (not w.isalpha() and any(c.isdigit() for c in w)) for w in words]
        # per 3-gram: a content word in it, a name or figure in it (one C-level pass each)
        with_content = list(map(or_, map(or_, content, content[1:]), content[2:]))
        with_fact = list(map(or_, map(or_, fact, fact[1:]), fact[2:]))
        for i in range(len(words) - 2):
            if not with_content[i]:
                order.append(0)
                continue
            gram = tuple(folded[i:i + 3])
            h = None
            if gram not in stock:
                h = trigram_hash(gram)
                out.add(h)
            # every content word of the 3-gram (it has one) names an act: ``predicate_trigrams``
            if all(f in acts for f, c in zip(gram, content[i:i + 3]) if c):
                predicate.add(trigram_hash(gram) if h is None else h)
            if h is not None and not with_fact[i]:
                plain.add(h)
                order.append(h or 1)
            else:
                order.append(0)
        order.append(0)
    return frozenset(out), frozenset(plain), order.tobytes(), frozenset(predicate)


# -- an organisation's description of itself -----------------------------------------------------------------------
RELEASE_FORMS = Path(__file__).resolve().parent.parent / "data" / "crossdoc" / "release_forms.tsv"
# A paragraph is an organisation's "about us" boilerplate when it holds forms of two different rows of the table
# (founded in, employs N people, a leading provider of, for more information visit ...): one form alone is common in
# reporting ("the company, founded in 1962, ..."), two stacked in one paragraph are the genre of the press release.
RELEASE_MIN_FORMS = 2


# A paragraph a report attributes to a third party's statement, release or post (a row of kind "statement": a body
# "said in a statement", "according to a statement from") is that party's words, as a quotation is: one form
# suffices (copy43). Switched off by tests and benchmarks to show what it changes.
STATEMENT_KIND = "statement"
STATEMENTS = True


@lru_cache(maxsize=1)
def release_rows() -> tuple[tuple[re.Pattern, str], ...]:
    """The (pattern, kind) rows of ``data/crossdoc/release_forms.tsv``."""
    rows = RELEASE_FORMS.read_text(encoding="utf-8").splitlines()
    cells = [r.split("\t") for r in rows if r.strip() and not r.startswith("#")]
    return tuple((re.compile(c[0]), c[1] if len(c) > 1 else "") for c in cells)


@lru_cache(maxsize=1)
def _forms_by_kind() -> tuple[tuple[re.Pattern, ...], tuple[re.Pattern, ...]]:
    """The patterns of ``release_rows`` split once: the organisation's forms, then the "statement" rows."""
    rows = release_rows()
    return (tuple(p for p, kind in rows if kind != STATEMENT_KIND),
            tuple(p for p, kind in rows if kind == STATEMENT_KIND))


def release_forms() -> tuple[re.Pattern, ...]:
    """The patterns of ``data/crossdoc/release_forms.tsv`` describing an organisation (the "statement" rows aside)."""
    return _forms_by_kind()[0]


def statement_forms() -> tuple[re.Pattern, ...]:
    """The patterns of ``data/crossdoc/release_forms.tsv`` attributing a paragraph to a statement (kind "statement")."""
    return _forms_by_kind()[1] if STATEMENTS else ()


def is_borrowed(paragraph: str, statements: bool = True) -> bool:
    """Whether a paragraph is another party's words pasted or retold without quote marks: an organisation describing
    itself (``RELEASE_MIN_FORMS`` forms of ``release_forms``) or a paragraph attributed to a statement
    (``statement_forms``)."""
    folded = paragraph.casefold()
    if statements and any(f.search(folded) for f in statement_forms()):
        return True
    return sum(1 for f in release_forms() if f.search(folded)) >= RELEASE_MIN_FORMS


def borrowed_paragraphs(text: str) -> list[str]:
    """The paragraphs of ``text`` that ``is_borrowed`` reads as another party's words."""
    return [line for line in text.split("\n") if is_borrowed(line)]


def _attributed(line: str, forms: tuple[re.Pattern, ...]) -> bool:
    """Whether one of ``statement_forms`` (``forms``) is in the paragraph ``line`` (casefolded once, not per form)."""
    folded = line.casefold()
    return any(f.search(folded) for f in forms)


def statement_trigrams(text: str) -> frozenset[int]:
    """The word 3-grams (hashed as the wording measures hash them) of the paragraphs attributed to a statement,
    release or post (``statement_forms``): that party's words, which independent reports of its statement share by
    reporting it, as they share its quotes. :func:`.factseq.fact_match` does not count them as shared wording in
    either text (issue 14, copy43)."""
    forms = statement_forms()
    if not forms:
        return frozenset()
    out = set()
    for line in text.split("\n"):
        if _attributed(line, forms):
            words = [w.casefold() for w in WORD.findall(unicodedata.normalize("NFKC", line.replace("’", "'")))]
            out.update(trigram_hash(tuple(words[i:i + 3])) for i in range(len(words) - 2))
    return frozenset(out)


# Quoted passages both texts print are the speaker's words, which independent reports of one speech share by
# quoting it (issue 14, copy47): when two texts share them, :func:`.factseq.fact_match` asks that the run of facts
# outside them span more than one sentence (``FactMatch.quote_led``). Switched off by tests to show what it changes.
SHARED_QUOTES = True


def quote_trigrams(text: str) -> frozenset[int]:
    """The word 3-grams (hashed as the wording measures hash them) inside the text's quoted passages (``ANY_QUOTE``):
    the speaker's words. Empty when ``SHARED_QUOTES`` is off."""
    if not SHARED_QUOTES:
        return frozenset()
    out = set()
    for m in ANY_QUOTE.finditer(text.replace("’", "'")):
        words = WORD.findall(unicodedata.normalize("NFKC", m.group()).casefold())
        out.update(trigram_hash(tuple(words[i:i + 3])) for i in range(len(words) - 2))
    return frozenset(out)


def statement_paragraphs(text: str) -> str:
    """``text`` without the paragraphs attributed to a statement, release or post (``statement_forms``): what the
    near-duplicate channel's narrative reads, as it reads the text outside its quotes (copy43)."""
    forms = statement_forms()
    lines = text.split("\n")
    kept = [line for line in lines if not _attributed(line, forms)]
    return text if len(kept) == len(lines) else "\n".join(kept)


def release_paragraphs(text: str) -> str:
    """``text`` without the paragraphs in which an organisation describes itself (``is_borrowed``, copy41). Pasted
    into a report without quote marks, such a paragraph is its wording, as a quoted statement is the speaker's, so the
    measures that read the writer's own wording (own, text, the narrative, the aligned sentences and the
    condensed channel's sentence keys of :func:`.copies.profile`) do not read it (issue 14)."""
    lines = text.split("\n")
    # attributed paragraphs stay: out of one text alone they took its retelling of a statement from a rewrite that
    # reworded it (dev r9_01~02 lost, copy43); ``statement_trigrams`` discounts what both texts attribute
    kept = [line for line in lines if not is_borrowed(line, statements=False)]
    return text if len(kept) == len(lines) else "\n".join(kept)


# -- what one event's reports share by reporting it ----------------------------------------------------------------
_NAME = r"(?:[A-Z][\w'.-]*\s+){0,3}[A-Z][\w'-]*"
_ARTICLE = r"(?:the|a|an|its|their|his|her|[\w-]+'s)"
_FIGURE = re.compile(r"\w*\d[\w.,:/%-]*")
# which kinds of span are discounted: only the apposition. Quoted passages are already outside the own and text
# measures, and discounting them from the wording measure (names and quotes included) lost 4 verified pairs of dev
# and the calibration set (copies share their quotes); figures in digits moved no independent pair nearer a
# verdict and, with the apposition, lost one (docs/copies.md, copy35). Both stay here to be measured again; tests
# switch the discount off to show what it changes. "predicate" (copy36): the 3-grams that only state an act
# (``predicate_trigrams``), left out of the text measure alone: out of own and wording too, 3 verified pairs were lost.
# "common" (copy37): the 3-grams found on unrelated news sites (``common_trigrams``), in ``COMMON_MEASURES``.
DISCOUNT = frozenset({"apposition", "predicate", "common"})
# the reference table of ``common_trigrams`` (derived by scripts/derive_common_trigrams.py); a benchmark may point it
# at another derivation to measure it
# the measures of :func:`.factseq.fact_match` the common 3-grams are not counted in: the wording measure (names and
# quotes included), the bar every tier but the condensed and credited ones asks. Out of the text measure too (and its
# passages), a verified pair held by tier 1 at its passage bar (r17d_01~02, 4 passages) fell to 3 and was lost; out of
# own wording too, an invented digest (tests/test_copies_condensed_rewrite.py) fell under tier 3's trace of own wording
# (0.05 -> 0.03 < 0.04), and the real pairs moved no further (docs/copies.md, copy37)
COMMON_MEASURES = frozenset({"wording"})
COMMON_TABLE = Path(__file__).resolve().parent.parent / "data" / "crossdoc" / "common_trigrams.tsv"


@lru_cache(maxsize=4)
def _common(path: Path) -> frozenset[int]:
    out = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            out.add(stable_hash(line.split("\t")[0].split()))
    return frozenset(out)


def common_trigrams() -> frozenset[int]:
    """The word 3-grams (hashed as the wording measures hash them) that many unrelated news texts hold: "the end of",
    "on social media", "declined to comment", "in the coming". Read from ``data/crossdoc/common_trigrams.tsv``, a
    document frequency over a reference corpus of unrelated news pages (``scripts/derive_common_trigrams.py``: the
    article bodies of Scrapinghub's article-extraction-benchmark, a 3-gram found on at least two of its 126 sites),
    not a list of picked phrases. Two independent reports of one event share such 3-grams by being written in
    English news prose, so :func:`.factseq.fact_match` does not count them as shared wording (issue 14, copy37).
    Empty when "common" is not in ``DISCOUNT``."""
    return _common(COMMON_TABLE) if "common" in DISCOUNT else frozenset()


@lru_cache(maxsize=1)
def event_words() -> frozenset[str]:
    """The word forms of the PLOVER lexicon's triggers (``data/plover/lexicon.tsv``, any part of speech: the events
    coder's own list of the words that name an act, user lexicon files aside): "agreed", "killed", "talks",
    "suspended". Forms are made by the regular English endings (-s, -es, -ed, -d, -ing, with a final e dropped, a final
    y turned to i, a final consonant doubled)."""
    source = Path(__file__).resolve().parent.parent / "data" / "plover" / "lexicon.tsv"
    out = set()
    for line in source.read_text(encoding="utf-8").splitlines():
        lemma = line.split("\t")[0].casefold()
        if line.startswith("#") or not lemma.isalpha() or lemma == "lemma":  # comments, the header, "sit-in"
            continue
        stems = {lemma, lemma[:-1]} if lemma.endswith("e") else {lemma, lemma + lemma[-1]}
        if lemma.endswith("y"):
            stems.add(lemma[:-1] + "i")
        out.add(lemma)
        out.update(stem + end for stem in stems for end in ("s", "es", "ed", "d", "ing"))
    return frozenset(out)


@lru_cache(maxsize=1)
def _apposition() -> re.Pattern:
    """A name with its apposed title or role, in either order: "Jane Roe, the current chair of the harbour board",
    "the harbour board's chair, Jane Roe". The role nouns are the gazetteer's titles and person nouns
    (``data/gazetteer/roles.tsv``); the role phrase runs to its next punctuation, at most six words on."""
    source = Path(__file__).resolve().parent.parent / "data" / "gazetteer" / "roles.tsv"
    roles = set()
    for line in source.read_text(encoding="utf-8").splitlines():
        cells = line.split("\t")
        if len(cells) >= 2 and not line.startswith("#") and cells[1] in {"title", "person"} and cells[0].isalpha():
            roles.add(cells[0].casefold())
    role = "(?:" + "|".join(sorted(map(re.escape, roles), key=len, reverse=True)) + ")"
    role_np = rf"\b{_ARTICLE}\s+(?:[\w'-]+\s+){{0,3}}?{role}s?\b(?:[^\S\n]+[^\s,.;:()\"“”]+){{0,6}}"
    return re.compile(rf"\b{_NAME},\s+{role_np}|{role_np},\s+{_NAME}\b")


def event_trigrams(text: str) -> frozenset[int]:
    """The 3-grams (hashed as the wording measures hash them) that touch what independent reports of one event
    share by reporting it, not by copying: a name with its apposed title or role ("X, the current chair of the Y");
    with ``DISCOUNT`` widened, also a passage inside quotation marks and a figure or date in digits. The wording
    measures of :func:`.factseq.fact_match` do not count them among the shared 3-grams (issue 14, copy35)."""
    if not DISCOUNT:
        return frozenset()
    text = unicodedata.normalize("NFKC", text.replace("’", "'"))
    marked = [m.span() for m in ANY_QUOTE.finditer(text)] if "quote" in DISCOUNT else []
    marked += [m.span() for m in _apposition().finditer(text)] if "apposition" in DISCOUNT else []
    marked += [m.span() for m in _FIGURE.finditer(text)] if "figure" in DISCOUNT else []
    if not marked:
        return frozenset()
    flags = bytearray(len(text) + 1)
    for start, end in marked:
        flags[start:end] = b"\x01" * (end - start)
    words = [(m.start(), m.end(), m.group().casefold()) for m in WORD.finditer(text)]
    inside = [any(flags[start:end]) for start, end, _ in words]
    folded = [w for _, _, w in words]
    return frozenset(trigram_hash(tuple(folded[i:i + 3])) for i in range(len(words) - 2) if any(inside[i:i + 3]))


def predicate_trigrams(text: str) -> frozenset[int]:
    """The 3-grams (outside quotes, hashed as ``wording_sets`` hashes them) whose every lower-case content word names
    an act (``event_words``): "have agreed to", "killed at least", "were arrested after". Every report of one event
    states its act, and the language has few words for each act, so two reports of one ceasefire share "agreed to an"
    by reporting it, as they share its names (issue 14, copy36). Only the text measure of :func:`.factseq.fact_match`
    leaves them out: a copy shares far more text than its act."""
    if "predicate" not in DISCOUNT:
        return frozenset()
    return _own_wording(text, _stop_words(), stock_trigrams(), event_words())[3]
