"""Claims: direct quotes and reported speech, attributed to a speaker, with hedging.

Steps of :func:`extract_claims` (numbers match the comments in the code):

1. layout: split the text into paragraphs (one per line) and mark headings and page chrome
   (lines without sentence-final punctuation); nothing in a heading becomes a claim
2. quotes: scan the characters for quoted spans (curly, straight and single marks; a paragraph that
   opens a quote without closing it continues when the next paragraph opens with a quote mark)
3. reported speech: every cue verb of ``data/claims/cues.tsv`` with a clause complement (``ccomp``,
   or a that-clause the parser hung on the addressee or on "at the meeting"), a contact clause ("a move
   China said violated ..."), a parenthetical "A, X said, ..." (content A), and every "according to X",
   read from spaCy's dependency parse; a comment after a content noun ("in the strongest hint so far
   that ...") is never the content; a complement that is mostly one quote attributes that quote
   instead; a quote inside a complement, or carrying it on to the end of the sentence, is part of the
   indirect claim; an evidential participle ("..., suggesting that") is the writer's inference
4. attribution of the remaining quotes to a cue verb in the quote's own sentence and paragraph; an
   interrupted quote ("...," she said, "...") becomes one claim; a 1-3 word quote is a claim only when
   a naming verb frames it ('called the plan a "cheap trick"') or it opens its sentence with an
   attribution, otherwise it is a scare quote or a term ("red lines"); a quote that is a whole sentence
   with no cue continues the previous speaker (same or preceding paragraph); other cue-less quotes
   (titles, slogans) are not claims
5. speakers: the cue's subject linked to an entity mention; he/she resolved to a person named just
   before the claim (a multi-sentence quote before "she said" does not push the name out), only when
   that person is unambiguous, else to the one role noun there ("a senior naval officer"), kept unlinked;
   "who" to the noun its relative clause modifies; "it" to the organisation subject of its sentence;
   anonymous and collective speakers kept as written
6. records: one :class:`~newsweave.model.Claim` per statement, hedged when the cue or the content
   carries a hedge cue (:mod:`newsweave.extract.modality`)

Not claims: statements in the first person outside quotes (the author), sentences with no cue, quotes
in headings, negated cues ("did not say"), questions ("asked whether"), nested attitudes inside
another claim ("said they did not think that ..." is one claim).  When a speaker cannot be resolved
with confidence, ``speaker`` stays None.  Knowledge lives in ``data/claims/``: ``cues.tsv`` (reporting
verbs and their role), ``hedges.tsv`` (see :mod:`newsweave.extract.modality`), ``person_nouns.tsv``.
"""
from __future__ import annotations

import bisect
import logging
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..config import Options
from ..documents.layout import Block, page_layout
from ..model import Claim, Document, stable_id
from ..spans import SpanIndex
from .entities import EntityResult
from .modality import HEDGES_FILE, hedge_cue, read_tsv

log = logging.getLogger(__name__)

CUES_FILE = Path(__file__).resolve().parent.parent / "data" / "claims" / "cues.tsv"
PERSON_NOUNS_FILE = CUES_FILE.parent / "person_nouns.tsv"

# A quote of at most this many words with no cue governing it is a scare quote or a term
# ("mutual assistance", "red lines"), not a claim. Calibrated on hand-written news sentences:
# labels and coined terms run 1-3 words, quoted statements almost always 4 or more.
SCARE_QUOTE_MAX_WORDS = 3
# A stand-alone quote with no cue of its own continues the previous speaker only when that
# speaker's claim is in the same paragraph or at most this many paragraphs back.
CONTINUATION_MAX_PARAGRAPHS = 1
# A content clause that is at least this share quoted text is the quote's attribution, not an
# indirect claim ('He said: "We will win."'). Calibrated on our corpus: 'told reporters that the
# claims were "another piece of fake news"' is 0.62 quoted and is reported speech.
QUOTED_CONTENT_SHARE = 0.85

DOUBLE_OPEN = "\u201c\u201e\u00ab"
DOUBLE_CLOSE = "\u201d\u00bb"
SINGLE_OPEN = "\u2018"
SINGLE_CLOSE = "\u2019"
SENTENCE_END = ".!?\u2026:"
FIRST_PERSON = {"i", "we", "me", "us", "myself", "ourselves"}
INANIMATE_PRONOUNS = {"it", "this", "that", "which", "these", "those", "what"}
PERSON_PRONOUNS = {"he", "she", "him", "her"}
RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}
PLURAL_PRONOUNS = {"they", "them"}
# cue roles whose speaker a following cue-less quote may continue
CONTINUABLE_ROLES = {"speech", "question", "naming"}


# -- cue lexicon ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class CueLexicon:
    verbs: dict  # lemma -> role
    particles: dict  # (lemma, particle) -> role
    content_nouns: frozenset = frozenset()  # "sign", "evidence": their that-clause is their own
    # reports whose content is a noun phrase: (lemma, preposition) for "warned of X", (lemma, "") for
    # "reported the death of X"
    nominal: frozenset = frozenset()


@lru_cache(maxsize=4)
def load_cues(path: str | None = None) -> CueLexicon:
    verbs, particles, content_nouns, nominal = {}, {}, set(), set()
    for row in read_tsv(Path(path) if path else CUES_FILE):
        cue, role = row[0].strip().lower(), row[1].strip()
        parts = cue.split()
        if role == "according":
            continue
        if role == "nominal":
            nominal.add((parts[0], parts[1] if len(parts) > 1 else ""))
            continue
        if role == "content_noun":
            content_nouns.add(cue)
            continue
        if len(parts) == 2:
            particles[(parts[0], parts[1])] = role
        else:
            verbs[cue] = role
    return CueLexicon(verbs=verbs, particles=particles, content_nouns=frozenset(content_nouns),
                      nominal=frozenset(nominal))


def cue_role(token, lexicon: CueLexicon) -> tuple[str, str] | None:
    """(role, cue words as written) when ``token`` is a reporting verb, else None."""
    if token.pos_ not in ("VERB", "AUX") and token.tag_ not in ("VBD", "VBZ", "VBP", "VBG", "VBN", "VB"):
        return None
    lemma = token.lemma_.lower()
    for child in token.children:
        if child.dep_ in ("prt", "acomp", "dobj") and (lemma, child.lower_) in lexicon.particles:
            return lexicon.particles[(lemma, child.lower_)], f"{token.text} {child.text}"
    role = lexicon.verbs.get(lemma)
    return (role, token.text) if role else None


@lru_cache(maxsize=1)
def load_person_nouns() -> frozenset[str]:
    return frozenset(row[0].strip().lower() for row in read_tsv(PERSON_NOUNS_FILE))


# -- layout ----------------------------------------------------------------------------------------
# the page's blocks (documents/layout.py): one per line or hard-wrapped paragraph, a dateline split off
# in front; a block shaped like a heading (``heading``) holds no claim
Paragraph = Block


def paragraphs(text: str) -> list[Paragraph]:
    """The blocks of the text's layout a claim can sit in (every block but datelines), in order."""
    return list(page_layout(text).paragraphs())


def paragraph_index(pars: list[Paragraph], offset: int) -> int:
    return max(0, bisect.bisect_right(pars, offset, key=lambda p: p.start) - 1)


class _Segmented:
    """A claim piece made of character ``segments`` [(start, end)], in reading order."""
    segments: list

    @property
    def start(self) -> int:
        return self.segments[0][0]

    @property
    def end(self) -> int:
        return self.segments[-1][1]


# -- quotes ----------------------------------------------------------------------------------------
@dataclass
class Quote(_Segmented):
    """A quoted stretch: one or more segments (inside the marks), interrupted or across paragraphs."""
    segments: list  # [(start, end)]
    cue: str | None = None
    cue_token: int | None = None
    subject: int | None = None  # token index of the speaker's head word
    absorbed: bool = False


def _straight_is_open(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{\u2014-/") and not after.isspace()


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] == ","):
        e -= 1
    return s, e


def find_quotes(text: str, pars: list[Paragraph]) -> list[Quote]:
    """Quoted spans of ``text``; double marks first, then single marks outside them."""
    quotes: list[Quote] = []
    open_at: int | None = None
    carried: list = []  # segments of a quote still open at a paragraph break
    for n, par in enumerate(pars):
        i = par.start
        if open_at is not None:  # the previous paragraph left a quote open
            first = text[par.start:par.end].lstrip()[:1]
            if first in DOUBLE_OPEN + '"':  # ...and this one reopens it: the same quote goes on
                carried.append(_trim(text, open_at, pars[n - 1].end))
                i = open_at = text.index(first, par.start) + 1
            else:  # an unclosed quote ends with its paragraph: keep it rather than drop the article's quotes
                carried.append(_trim(text, open_at, pars[n - 1].end))
                quotes.append(Quote(segments=carried))
                carried, open_at = [], None
        while i < par.end:
            c = text[i]
            is_open = c in DOUBLE_OPEN or (c == '"' and open_at is None and _straight_is_open(text, i))
            is_close = c in DOUBLE_CLOSE or (c == '"' and open_at is not None)
            if open_at is None and is_open:
                open_at = i + 1
            elif open_at is not None and is_close:
                seg = _trim(text, open_at, i)
                if seg[1] > seg[0]:
                    quotes.append(Quote(segments=carried + [seg]))
                carried, open_at = [], None
            elif open_at is not None and c in DOUBLE_OPEN:  # a stray opener: restart here
                open_at = i + 1
            i += 1
    if open_at is not None:
        carried.append(_trim(text, open_at, pars[-1].end))
        quotes.append(Quote(segments=carried))
    inside = [(q.start, q.end) for q in quotes]
    quotes += _single_quotes(text, pars, inside)
    return sorted(quotes, key=lambda q: q.start)


def _single_quotes(text: str, pars: list[Paragraph], inside: list) -> list[Quote]:
    out = []

    def in_double(i: int) -> bool:
        return any(s - 1 <= i <= e for s, e in inside)

    for par in pars:
        open_at = None
        for i in range(par.start, par.end):
            c = text[i]
            if c not in (SINGLE_OPEN, SINGLE_CLOSE, "'") or in_double(i):
                continue
            before = text[i - 1] if i > par.start else " "
            after = text[i + 1] if i + 1 < par.end else " "
            if open_at is None:
                if c in (SINGLE_OPEN, "'") and (before.isspace() or before in "([") and after.isalpha():
                    open_at = i + 1
            elif c in (SINGLE_CLOSE, "'") and not before.isspace() and not after.isalnum():
                seg = _trim(text, open_at, i)
                if seg[1] > seg[0]:
                    out.append(Quote(segments=[seg]))
                open_at = None
    return out


class QuoteIndex:
    """Which characters lie inside a quote (marks included)."""

    def __init__(self, quotes: list[Quote]):
        self.spans = sorted((s - 1, e + 1) for q in quotes for s, e in q.segments)
        self.starts = [s for s, _ in self.spans]

    def inside(self, offset: int) -> bool:
        k = bisect.bisect_right(self.starts, offset) - 1
        return k >= 0 and self.spans[k][0] <= offset < self.spans[k][1]


# -- candidates ------------------------------------------------------------------------------------
@dataclass
class Candidate(_Segmented):
    kind: str  # direct | indirect
    segments: list  # [(start, end)] character spans of the claimed words
    cue: str | None
    cue_token: int | None
    subject: int | None  # token index of the speaker's head word
    subject_via: str = "subject"  # subject | according | acl | continuation
    hedge_extra: bool = False
    role: str = "speech"


def _span_chars(tokens) -> tuple[int, int]:
    toks = sorted(tokens, key=lambda t: t.i)
    return toks[0].idx, toks[-1].idx + len(toks[-1])


def _trim_tokens(tokens: list) -> list:
    """Drop a leading complementizer and punctuation at both ends of a content clause."""
    toks = sorted(tokens, key=lambda t: t.i)
    while toks and (toks[0].is_punct or toks[0].is_space or toks[0].dep_ in ("mark", "cc") and toks[0].lower_ in ("that", "and", "but", "whether")
                    or toks[0].lower_ == "that" and toks[0].pos_ == "SCONJ"):
        toks = toks[1:]
    while toks and (toks[-1].is_punct or toks[-1].is_space) and toks[-1].text not in ("?", "!"):
        toks = toks[:-1]
    return toks


def _subject_of(verb, quote_index: "QuoteIndex | None" = None):
    """The subject of a cue verb, climbing from participles ("..., adding that") to their clause."""
    v = verb
    climbed = False

    def quoted(t):
        return quote_index is not None and quote_index.inside(t.idx)

    for _ in range(4):
        # "X said that A made B unlikely, adding that ...": a participle the parser hung inside the
        # reported clause belongs to the reporting verb above that clause
        if climbed and v.dep_ == "ccomp" and v.head.i != v.i and v.head.pos_ in ("VERB", "AUX"):
            v = v.head
            continue
        subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass") and not quoted(c)), None)
        if subj is not None:
            return subj, "subject"
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
            # the parser took the quote for the subject ('"...," wrote Jane Roe'): the name after the verb
            named = next((c for c in v.rights if c.pos_ in ("PROPN", "NOUN") and not quoted(c)), None)
            if named is not None:
                return named, "subject"
        agent = next((c for c in v.children if c.dep_ == "agent"), None)
        if agent is not None:
            pobj = next((c for c in agent.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj, "subject"
        if v.dep_ == "acl" and v.head.pos_ in ("NOUN", "PROPN"):  # "reports claiming that ..."
            return v.head, "acl"
        # "..., adding that", "was quoted as saying that": the subject of the clause above
        if v.dep_ in ("advcl", "conj", "xcomp", "pcomp", "prep") and v.head.i != v.i:
            climbed = climbed or v.tag_ == "VBG"
            v = v.head
            continue
        break
    return None, "none"


def _same_paragraph_subject(subj, cue_tok, text: str, pars, quote_index: "QuoteIndex | None" = None):
    """The subject, repaired when the parser glued a heading or a previous quote onto the cue's sentence.

    A line without final punctuation (a heading) is parsed as the start of the next sentence, and the
    cue's subject then lands in the heading or nowhere. In that case the speaker is the first noun phrase
    of the cue's own paragraph (outside quotes, before the cue), or the one right after the cue in
    an inverted attribution ('"...," said Jane Roe').
    """
    par = pars[paragraph_index(pars, cue_tok.idx)]
    if subj is not None and par.start <= subj.idx < par.end:
        return subj
    other = next((c for c in cue_tok.children if c.dep_ in ("nsubj", "nsubjpass") and par.start <= c.idx < par.end
                  and not (quote_index is not None and quote_index.inside(c.idx))), None)
    if other is not None:
        return other
    if subj is None and cue_tok.sent.start_char >= par.start:
        return _noun_phrase_head(cue_tok.doc, cue_tok.i + 1, par, quote_index, stop_at=None)
    doc = cue_tok.doc
    first = next((t for t in doc[cue_tok.sent.start:cue_tok.i] if t.idx >= par.start), None)
    head = _noun_phrase_head(doc, first.i, par, quote_index, stop_at=cue_tok.i) if first is not None else None
    return head or _noun_phrase_head(doc, cue_tok.i + 1, par, quote_index, stop_at=None)


_NP_WORDS = ("PROPN", "NOUN")


def _noun_phrase_head(doc, i: int, par, quote_index, stop_at: int | None):
    """The head word of the first noun phrase from token ``i`` on, outside quotes, within ``par``."""
    end = stop_at if stop_at is not None else len(doc)
    k = i
    while k < end and doc[k].idx < par.end:
        t = doc[k]
        if (quote_index is not None and quote_index.inside(t.idx)) or t.is_punct or t.is_space \
                or t.pos_ in ("DET", "ADJ", "NUM", "ADV", "CCONJ", "INTJ"):
            k += 1
            continue
        if t.pos_ in ("ADP", "SCONJ"):  # a leading "On Friday," or "In Seoul,": skip to its comma
            while k < end and doc[k].text != "," and doc[k].idx < par.end:
                k += 1
            k += 1
            continue
        if t.pos_ == "PRON" and t.lower_ in PERSON_PRONOUNS | PLURAL_PRONOUNS | {"it"}:
            return t
        if t.pos_ not in _NP_WORDS:
            return None
        head = t
        while k + 1 < end and (doc[k + 1].pos_ in _NP_WORDS or doc[k + 1].text in ("-", "'s", "\u2019s")
                               or doc[k + 1].tag_ == "POS"):
            k += 1
            if doc[k].pos_ in _NP_WORDS:
                head = doc[k]
        return head
    return None


def _allowed_subject(subj, role: str) -> bool:
    if subj is None:
        return False
    low = subj.lower_
    if low in FIRST_PERSON:  # the author speaking (opinion pieces), never a reported claim
        return False
    if low in INANIMATE_PRONOUNS:
        return role == "speech" and low == "it" and subj.dep_ == "nsubj"
    if role == "evidential" and subj.pos_ == "PRON":
        return False
    return True


def _clause_region(cue_tok, text: str, pars) -> tuple[int, int]:
    """Character bounds a cue's content may not cross: its paragraph, and semicolons around it."""
    par = pars[paragraph_index(pars, cue_tok.idx)]
    lo = text.rfind(";", par.start, cue_tok.idx)
    hi = text.find(";", cue_tok.idx, par.end)
    return (lo + 1 if lo >= 0 else par.start), (hi if hi >= 0 else par.end)


def _comment_phrase(t, lexicon: CueLexicon) -> bool:
    """', in a sign that ...' / ', a sign that ...': the writer's comment set off by a comma, headed by
    a content noun; not part of what the speaker said."""
    if t.i == 0 or t.doc[t.i - 1].text != ",":
        return False
    if t.dep_ == "prep":
        return any(c.dep_ == "pobj" and c.lemma_.lower() in lexicon.content_nouns for c in t.children)
    first_noun = next((x for x in t.subtree if x.pos_ == "NOUN"), None)
    return (t.dep_ in ("npadvmod", "appos", "dobj", "attr") and t.lemma_.lower() in lexicon.content_nouns
            and first_noun == t)


def _content_tokens(cue_tok, heads, lexicon, region=None) -> list:
    """The complement clauses' tokens, minus participial cue clauses that report a separate statement."""
    # with a complement on each side of the cue, the one after it is the content ("A; X said that B")
    after = [h for h in heads if h.i > cue_tok.i]
    if after and len(after) < len(heads):
        # "A, X said on Monday, in the strongest hint so far that B": B completes "sign"; A is the content
        own = [h for h in after if not _noun_complement(h, lexicon)]
        heads = own or [h for h in heads if h.i < cue_tok.i]
    drop = set()
    for h in heads:
        for t in h.subtree:
            if t is h:
                continue
            separate_speech = t.dep_ in ("advcl", "conj") and cue_role(t, lexicon) and (
                t.tag_ == "VBG" or any(c.dep_ == "nsubj" for c in t.children))
            attribution = t.lower_ == "according" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "to"
            if separate_speech or attribution or _comment_phrase(t, lexicon):
                drop.update(x.i for x in t.subtree)
                drop.update(c.i for c in t.children if c.dep_ == "mark")
    toks = [t for h in heads for t in h.subtree if t.i not in drop]
    # "said hopefully a deal will come": a stance adverb the parser hung on the cue, standing right
    # before a complement with no "that", is the speaker's, so part of what is said (hedges.tsv adverbs)
    first = min((t.i for t in toks), default=None)
    for c in cue_tok.children:
        if (c.dep_ == "advmod" and first is not None and c.i == first - 1 and c.i > cue_tok.i
                and (c.lemma_.lower(), "adverb") in _hedge_adverbs()):
            toks.append(c)
    if region is not None:
        toks = [t for t in toks if region[0] <= t.idx < region[1]]
    return _trim_tokens(toks)


@lru_cache(maxsize=1)
def _hedge_adverbs() -> frozenset:
    return frozenset((row[0].strip().lower(), row[1].strip()) for row in read_tsv(HEDGES_FILE) if len(row) > 1)


def _reported_speech(doc, text: str, quote_index: QuoteIndex, pars, lexicon) -> list[Candidate]:
    out = []
    for tok in doc:
        if quote_index.inside(tok.idx) or pars[paragraph_index(pars, tok.idx)].heading:
            continue
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            cand = _according_to(tok, doc, _clause_region(tok, text, pars))
            if cand:
                out.append(cand)
            continue
        found = cue_role(tok, lexicon)
        if not found:
            continue
        role, cue_text = found
        if role in ("naming", "question"):  # 'asked that ...' requests, it does not claim
            continue
        if role == "evidential" and tok.tag_ == "VBG" and tok.dep_ in ("advcl", "conj", "xcomp"):
            continue  # '..., suggesting that ...': an inference drawn from the clause before, not a report

        if _right_after_quote(text, tok.idx, quote_index):
            continue  # '"...," said Jane Roe, "..."': the quote's attribution, handled with the quotes
        region = _clause_region(tok, text, pars)
        if role == "accusation":
            cand = _accusation(tok, region, cue_text)
            if cand:
                out.append(cand)
            continue
        if role == "speech" and tok.tag_ == "VBN":
            cand = _as_reported_by(tok, region, cue_text)
            if cand:  # "..., as reported by the coastguard": the clause it qualifies, said by the agent
                out.append(cand)
                continue
        heads = _complements(tok, region, lexicon)
        if not heads and tok.dep_ == "relcl":
            heads = _contact_clause(tok, region)
        parenthetical = (not heads and tok.dep_ == "parataxis" and region[0] <= tok.head.idx < region[1]
                         and (tok.left_edge.text == "," or tok.left_edge.i > 0 and doc[tok.left_edge.i - 1].text == ",")
                         and not any(c.dep_ == "dobj" for c in tok.children))
        if parenthetical:  # "Troops crossed the river, the army said, ..." / "China, he said, has ...": the clause around the cue
            heads = [tok.head]
            root = tok.sent.root
            if tok.head.pos_ not in ("VERB", "AUX") and root.i < tok.i and root.pos_ in ("VERB", "AUX"):
                heads = [root]  # "A ship was hit, officials said, the third this week": the clause, not the trailing noun
        trailing = None if heads or parenthetical else _trailing_attribution(tok, region)
        if trailing is not None:
            heads, parenthetical = [tok.head], True
        nominal = None if heads or parenthetical else _nominal_content(tok, lexicon, region)
        if nominal is not None:
            heads = [nominal]
        if not heads:
            continue
        subj, via = (trailing, "subject") if trailing is not None else _subject_of(tok, quote_index)
        subj = _same_paragraph_subject(subj, tok, text, pars, quote_index)
        if subj is not None and subj.lower_ in ("which", "that") and tok.dep_ == "relcl" and subj.head.i == tok.i \
                and tok.head.pos_ == "PROPN":
            subj = tok.head  # "the firm Ocean Watch, which noted that ...": the named body speaks
        if not _allowed_subject(subj, role):
            continue
        if nominal is not None:  # the noun phrase, and a condition on it ("warned of fines if ...")
            extra = [t for c in tok.children if c.dep_ == "advcl" and c.i > nominal.i for t in c.subtree]
            toks = _trim_tokens([t for t in [*nominal.subtree, *extra] if region[0] <= t.idx < region[1]])
        else:
            toks = _content_tokens(tok, heads, lexicon, region)
        if tok.dep_ == "relcl":  # "companies that it said had ...": the content follows the cue
            toks = _trim_tokens([t for t in toks if t.i > tok.i])
        if trailing is not None:  # the clause before the comma
            comma = trailing.left_edge.i - 1
            toks = _trim_tokens([t for t in toks if t.i < comma])
        elif parenthetical:
            cue_span = range(tok.left_edge.i, tok.right_edge.i + 1)
            keep = (lambda t: t.i < tok.left_edge.i) if tok.head.i < tok.i else (lambda t: t.i not in cue_span)
            toks = _trim_tokens([t for t in toks if keep(t)])
        if not toks:
            continue
        segments = _contiguous_segments(toks)
        out.append(Candidate(kind="indirect", segments=segments, cue=cue_text, cue_token=tok.i,
                             subject=subj.i, subject_via=via, role=role,
                             hedge_extra=role in ("epistemic", "evidential")))
    return out


def _contact_clause(cue_tok, region: tuple[int, int]) -> list:
    """'a move Taiwan said undermined stability': a cue in a relative clause with no "that", followed
    directly by a finite verb without a subject of its own (the parser often hangs that verb elsewhere)."""
    doc = cue_tok.doc
    k = cue_tok.i + 1
    while k < len(doc) and doc[k].pos_ == "ADV":
        k += 1
    if k >= len(doc) or not region[0] <= doc[k].idx < region[1]:
        return []
    verb = doc[k]
    if verb.pos_ == "AUX" and verb.head.i > verb.i and verb.head.pos_ == "VERB":
        verb = verb.head
    # a bare "-ed" form right after the cue is finite here even when tagged as a participle
    finite = verb.tag_ in ("VBD", "VBZ", "VBP", "MD") or doc[k].tag_ in ("VBD", "VBZ", "VBP", "MD") or (
        verb.tag_ == "VBN" and verb.i == k and not any(c.dep_ in ("aux", "auxpass") for c in verb.children))
    # its only subject may be the noun the cue's clause modifies (the parser's reading of "a step X said undermined")
    if not finite or verb.pos_ not in ("VERB", "AUX") or any(
            c.dep_ in ("nsubj", "nsubjpass") and c.i != cue_tok.head.i for c in verb.children):
        return []
    return [verb]


def _right_after_quote(text: str, offset: int, quote_index: QuoteIndex) -> bool:
    """Only punctuation between a closing quote mark and ``offset`` (an inverted attribution)."""
    k = offset - 1
    while k >= 0 and (text[k].isspace() or text[k] in ",;:\u2014-\"'" + DOUBLE_CLOSE + SINGLE_CLOSE):
        k -= 1
    return k >= 0 and quote_index.inside(k) and not quote_index.inside(offset)


def _noun_complement(head, lexicon: CueLexicon | None) -> bool:
    """A that-clause right after a content noun ("in the strongest hint so far that ..."): the noun's
    complement, even when the parser hangs it on the cue."""
    if lexicon is None:
        return False
    k = head.left_edge.i - 1
    doc = head.doc
    while k >= 0 and doc[k].pos_ == "ADV":
        k -= 1
    return k >= 0 and doc[k].pos_ == "NOUN" and doc[k].lemma_.lower() in lexicon.content_nouns


def _complements(cue_tok, region: tuple[int, int], lexicon: CueLexicon | None = None) -> list:
    """The cue's clause complements; a that-clause hung on "in a statement (published ...)" or "at the
    time" counts too, but not one that completes a content noun ("in a sign that ...").
    Complements outside ``region`` (a heading glued on by the parser) do not count."""
    heads = [c for c in cue_tok.children if c.dep_ == "ccomp" and region[0] <= c.idx < region[1]]
    if heads:
        return heads
    # "confirmed only that ...": a that-clause the parser labelled adverbial is the complement
    heads = [c for c in cue_tok.children if c.dep_ == "advcl" and c.i > cue_tok.i and region[0] <= c.idx < region[1]
             and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
             and any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children)]
    if heads:
        return heads
    for prep in (c for c in cue_tok.children if c.dep_ == "prep"):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            if lexicon is not None and pobj.lemma_.lower() in lexicon.content_nouns:
                continue
            for node in [pobj, *(c for c in pobj.children if c.dep_ == "acl")]:
                for c in node.children:
                    if c.dep_ in ("ccomp", "acl", "relcl") and c.i > node.i and any(
                            m.dep_ in ("mark", "advmod") and m.lower_ == "that" and m.i < c.i for m in c.children) \
                            and any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children):
                        return [c]
    # "assured the villagers that ...": the parser hung the that-clause on the addressee
    for obj in (c for c in cue_tok.children if c.dep_ in ("dobj", "dative")):
        for c in obj.children:
            that = c.left_edge
            if (c.dep_ in ("acl", "relcl", "ccomp") and that.lower_ == "that" and that.i == obj.i + 1
                    and region[0] <= c.idx < region[1] and any(x.dep_ in ("nsubj", "nsubjpass") and x.i != that.i for x in c.children)):
                return [c]
    # "has reported, citing a source, that ...": the parser hung the that-clause on "citing"
    for cite in (c for c in cue_tok.children if c.dep_ == "advcl" and c.lemma_.lower() == "cite" and c.i > cue_tok.i):
        heads = [c for c in cite.children if c.dep_ == "ccomp" and region[0] <= c.idx < region[1]]
        if heads:
            return heads
    # the parser hung the content on a glued heading: keep the part inside this paragraph
    return [c for c in cue_tok.children if c.dep_ == "ccomp"
            and any(region[0] <= t.idx < region[1] and not t.is_punct for t in c.subtree)]


def _is_question(doc, cand: Candidate) -> bool:
    """A complement opened by whether/if or a wh-word ("asked whether", "would not say when").

    Only a word that belongs to the complement's own head counts: in "said that if talks fail, the
    army will move" the "if" opens an inner condition and the claim stands."""
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    ids = {t.i for t in span}
    roots = {t.i for t in span if t.head.i not in ids or t.head.i == t.i}
    k = span.start - 1 if span.start > 0 and doc[span.start - 1].lower_ in ("whether", "if") else span.start
    first = doc[k]
    if first.lower_ in ("whether", "if") and first.dep_ == "mark":
        return first.head.i in roots
    return first.tag_ in ("WRB", "WP") and (first.i in roots or first.head.i in roots)


def _contiguous_segments(toks) -> list:
    """Token runs as character segments; small gaps (a comma, an adverb) are bridged."""
    toks = sorted(toks, key=lambda t: t.i)
    segs = []
    run = [toks[0]]
    for t in toks[1:]:
        if t.i - run[-1].i <= 3:
            run.append(t)
        else:
            segs.append(_span_chars(run))
            run = [t]
    segs.append(_span_chars(run))
    return segs


ACCUSATION_PREPS = ("of", "for")


def _by_agent(tok):
    """The agent noun of a passive: 'by X' as the parser's agent, or a 'by' phrase it hung on a child."""
    for c in tok.children:
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by"):
            pobj = next((p for p in c.children if p.dep_ == "pobj"), None)
            if pobj is not None:
                return c, pobj
    return None, None


def _accusation(tok, region, cue_text: str) -> Candidate | None:
    """"X accused Y of doing Z" / "Y is accused (by X) of doing Z": a claim by X that Y did Z. The
    content is the accused and the act; a passive with no agent names no speaker and gives no claim."""
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    target = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
    by, agent = _by_agent(tok)
    holders = [tok] + ([agent] if agent is not None else [])
    prep = next((c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ACCUSATION_PREPS), None)
    act = next((c for c in prep.children if c.dep_ in ("pcomp", "pobj")), None) if prep is not None else None
    if act is None or target is None:
        return None
    if subj is None:
        if agent is None:
            by, agent = _by_agent(act)
        subj = agent
    if subj is None or subj.lower_ in FIRST_PERSON:
        return None
    skip = {t.i for t in by.subtree} - {t.i for t in prep.subtree} if by is not None else set()
    toks = [t for t in [*target.subtree, *act.subtree] if t.i not in skip and region[0] <= t.idx < region[1]]
    toks = _trim_tokens(sorted(toks, key=lambda t: t.i))
    if not toks:
        return None
    return Candidate(kind="indirect", segments=_contiguous_segments(toks), cue=cue_text, cue_token=tok.i,
                     subject=subj.i, subject_via="subject", role="speech")


def _as_reported_by(tok, region, cue_text: str) -> Candidate | None:
    """'..., as stated by the police': a passive cue in an 'as' clause with an agent attributes the
    clause it qualifies to that agent."""
    if not any(c.lower_ == "as" and c.dep_ in ("mark", "advmod") for c in tok.children) or tok.head.i == tok.i:
        return None
    by, agent = _by_agent(tok)
    if agent is None:
        return None
    clause = tok.head
    exclude = {t.i for t in tok.subtree}
    toks = _trim_tokens([t for t in clause.subtree if t.i not in exclude and region[0] <= t.idx < region[1]])
    if not toks:
        return None
    return Candidate(kind="indirect", segments=_contiguous_segments(toks), cue=cue_text, cue_token=tok.i,
                     subject=agent.i, subject_via="according", role="according")


# a noun-phrase content ("the death of a guard") has at least this many words; "the story" is none
NOMINAL_MIN_WORDS = 3


_TRAILING_NP_POS = ("NOUN", "PROPN", "DET", "ADJ", "CCONJ", "NUM", "PART")


def _trailing_attribution(tok, region):
    """"The storm killed three people, locals and media reports said.": the parser made the cue a
    conjunct of the clause and the speakers conjuncts of its object. When a subject-less cue verb is
    preceded by a comma and a bare noun phrase, that phrase is the speaker and the clause the content.
    Returns the speaker's head noun, or None."""
    if tok.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) or tok.head.i >= tok.i:
        return None
    doc = tok.doc
    j = tok.i - 1
    while j > tok.head.i and doc[j].pos_ in _TRAILING_NP_POS and doc[j].text != ",":
        j -= 1
    if j >= tok.i - 1 or doc[j].text != "," or doc[j].idx < region[0]:
        return None
    phrase = list(doc[j + 1:tok.i])
    nouns = [t for t in phrase if t.pos_ in ("NOUN", "PROPN")]
    if not nouns or phrase[0].pos_ == "CCONJ":
        return None
    # the phrase's first head noun ("locals" of "locals and media reports")
    first = next((t for t in nouns if t.dep_ != "compound"), nouns[0])
    return first


def _nominal_content(tok, lexicon: CueLexicon, region):
    """The noun phrase a report is about when it has no clause: "warned of severe consequences",
    "reported the death of a guard" (the pairs are data: role ``nominal`` in cues.tsv)."""
    lemma = tok.lemma_.lower()
    for c in tok.children:
        if c.dep_ == "prep" and (lemma, c.lower_) in lexicon.nominal:
            pobj = next((p for p in c.children if p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN")), None)
            if pobj is not None and region[0] <= pobj.idx < region[1]:
                return pobj
        # "reported the air strikes" names a topic, not content; content says something of its noun
        # ("the death of a guard", "the army's retreat from the coast")
        if (c.dep_ == "dobj" and (lemma, "") in lexicon.nominal and c.pos_ == "NOUN" and region[0] <= c.idx < region[1]
                and tok.tag_ != "VBG" and sum(1 for t in c.subtree if not t.is_punct) >= NOMINAL_MIN_WORDS
                and any(g.dep_ in ("prep", "poss", "amod") for g in c.children)):
            return c
    return None


def _according_to(tok, doc, region) -> Candidate | None:
    to = doc[tok.i + 1]
    source = next((c for c in to.children if c.dep_ == "pobj"), None)
    if source is None:
        return None
    clause = tok.head
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    # "..., according to X." closing its sentence qualifies the whole sentence, however deep the
    # parser hung it (on a noun of a relative clause, say)
    end = tok.right_edge.i + 1
    if tok.i > 0 and doc[tok.i - 1].text == "," and (end >= len(doc) or doc[end].text in (".", "!", "?")):
        clause = tok.sent.root
    exclude = {t.i for t in tok.subtree} | {t.i for t in to.subtree}
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children):
        # "According to the envoy, Paris and Rome cannot ...": the subject the parser hung on the source
        for ap in (c for c in source.children if c.dep_ == "appos" and not _set_off_name(c)):
            exclude -= {t.i for t in ap.subtree}
    toks = [t for t in clause.subtree if t.i not in exclude and region[0] <= t.idx < region[1]]
    toks = _trim_tokens(toks)
    if not toks:
        return None
    return Candidate(kind="indirect", segments=_contiguous_segments(toks), cue="according to",
                     cue_token=tok.i, subject=source.i, subject_via="according", role="according")


# -- attribution of quotes -------------------------------------------------------------------------
def _quote_tokens(doc, q: Quote):
    toks = []
    for s, e in q.segments:
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is not None:
            toks.extend(span)
    return toks


def _words(text: str, q: Quote) -> int:
    return sum(len(text[s:e].split()) for s, e in q.segments)


def _governing_cue(doc, q: Quote, lexicon):
    """The naming verb that frames a short quoted fragment ('calling the plan a "cheap trick"',
    'described the deal as a "blank cheque"'), or None for a scare quote or a term."""
    toks = _quote_tokens(doc, q)
    if not toks:
        return None
    ids = {t.i for t in toks}
    roots = [t for t in toks if t.head.i not in ids or t.head.i == t.i]
    if len(roots) == 1 and roots[0].dep_ in ("amod", "compound") and roots[0].head.i not in ids:
        return None  # 'called it an "existential" threat': a quoted modifier of the named thing, a scare quote
    v = roots[0].head if roots else None
    for _ in range(6):
        if v is None:
            return None
        if v.i not in ids and v.pos_ in ("VERB", "AUX"):
            found = cue_role(v, lexicon)
            if not found or found[0] != "naming":
                return None
            # "what they call a 'partnership'" only names a thing; it asserts nothing
            if any(c.dep_ in ("dobj", "nsubj") and c.tag_ in ("WP", "WDT") for c in v.children):
                return None
            return v, found[1], found[0]
        if v.head.i == v.i:
            return None
        v = v.head
    return None


# a quote this long that reports others' speech in the third person is an excerpt of a report
EXCERPT_MIN_WORDS = 20


def _reported_excerpt(doc, q: Quote, lexicon) -> bool:
    """A long quote that speaks of others, not for its speaker: no first or second person, and a
    reporting verb inside it whose subject is a name or a noun inside it ("the minister said ...")."""
    toks = _quote_tokens(doc, q)
    if sum(1 for t in toks if not t.is_punct) < EXCERPT_MIN_WORDS:
        return False
    if any(t.lower_ in FIRST_PERSON or t.lower_ in ("you", "your", "our", "my") for t in toks):
        return False
    ids = {t.i for t in toks}
    for t in toks:
        found = cue_role(t, lexicon)
        if not found or found[0] != "speech":
            continue
        subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.i in ids and subj.pos_ in ("PROPN", "NOUN") \
                and any(c.dep_ == "ccomp" and c.i in ids for c in t.children):
            return True
    return False


def _quoted_predicate(doc, q: Quote, quote_index: QuoteIndex, lexicon):
    """'The two mayors "stressed the need for calm."': the quote opens with the reporting verb and its
    subject stands before the quote, so the cue is inside the quote and the speaker outside it."""
    toks = _quote_tokens(doc, q)
    first = next((t for t in toks if not t.is_punct), None)
    if first is None:
        return None
    found = cue_role(first, lexicon)
    if not found or found[0] != "speech" or first.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    subj = next((c for c in first.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.i >= first.i or quote_index.inside(subj.idx):
        return None
    return first, found[1], found[0]


def _window_cue(doc, q: Quote, quote_index: QuoteIndex, lexicon, par: Paragraph | None = None):
    """A reporting verb outside quotes in the quote's sentence: after it ('"...," he said'), else before."""
    lo, hi = (par.start, par.end) if par is not None else (0, len(doc.text))
    first = doc.char_span(q.start, q.start + 1, alignment_mode="expand")
    last = doc.char_span(q.end - 1, q.end, alignment_mode="expand")
    if first is None or last is None:
        return None
    end_sent = last[0].sent
    after = [t for t in end_sent if q.end <= t.idx < hi and not quote_index.inside(t.idx)]
    # stop at the next quote: its own attribution is not ours
    cut = []
    for t in after:
        if quote_index.inside(t.idx + len(t)) and t.idx > q.end + 1:
            break
        cut.append(t)
    for t in cut:
        found = cue_role(t, lexicon)
        if found and found[0] != "naming":
            return t, found[1], found[0]
    start_sent = first[0].sent
    before = [t for t in start_sent if lo <= t.idx and t.idx + len(t) <= q.start and not quote_index.inside(t.idx)]
    prev_sent_end = start_sent.start - 1
    if not before and prev_sent_end >= 0:
        # 'He said:' closing the previous sentence, then the quote
        prev = doc[prev_sent_end].sent
        if prev.text.rstrip().endswith(":"):
            before = [t for t in prev if not quote_index.inside(t.idx)]
    for t in reversed(before):
        found = cue_role(t, lexicon)
        if found:
            return t, found[1], found[0]
    return None


def _interrupted(prev: Quote, q: Quote, text: str) -> bool:
    """'"The talks failed," she said, "but we will try again."': two parts of one quote around one cue."""
    if prev.cue_token is None or prev.cue_token != q.cue_token:
        return False
    between = text[prev.end:q.start]
    if between.count("\n") > 1 or "\n\n" in between or len(between.split()) > 12:
        return False
    marks = " \"'" + DOUBLE_OPEN + DOUBLE_CLOSE + SINGLE_OPEN + SINGLE_CLOSE
    first_breaks_off = between.lstrip(marks).startswith(",")
    second_continues = between.rstrip(marks).endswith(",") or text[q.start:q.start + 1].islower()
    return first_breaks_off and second_continues


def _opens_sentence(doc, text: str, q: Quote, pars) -> bool:
    first = doc.char_span(q.start, q.start + 1, alignment_mode="expand")
    if first is None:
        return False
    lo = max(first[0].sent.start_char, pars[paragraph_index(pars, q.start)].start)
    return text[lo:q.start].strip(" \n\"'\u201c\u2018(") == ""


def _colon_lead(doc, text: str, q: Quote, quote_index: QuoteIndex):
    """'The press office issued a clarification: "..."': the clause before the colon introduces the
    quote, so its main verb stands in for the cue and its subject is the speaker."""
    first = doc.char_span(q.start, q.start + 1, alignment_mode="expand")
    if first is None:
        return None
    sent = first[0].sent
    lead = text[sent.start_char:q.start].rstrip(" \"'\u201c\u2018")
    if not lead.endswith(":"):
        return None
    verbs = [t for t in sent if t.idx < q.start and not quote_index.inside(t.idx) and t.pos_ in ("VERB", "AUX")
             and any(c.dep_ == "nsubj" for c in t.children)]
    if not verbs:
        return None
    return verbs[-1], verbs[-1].text, "speech"


def _sentence_level(doc, text: str, q: Quote, pars) -> bool:
    """A quote that is a whole statement: it opens its sentence (or follows a colon) and has a verb."""
    toks = _quote_tokens(doc, q)
    ends_sentence = text[q.end - 1:q.end] in (".", "!", "?")
    if not ends_sentence and not any(t.pos_ in ("VERB", "AUX") for t in toks):
        return False
    first = doc.char_span(q.start, q.start + 1, alignment_mode="expand")
    if first is None:
        return False
    sent = first[0].sent
    lead = text[max(sent.start_char, pars[paragraph_index(pars, q.start)].start):q.start].strip(" \n\"'\u201c\u2018(")
    last = doc.char_span(q.end - 1, q.end, alignment_mode="expand")
    end_sent = last[0].sent if last is not None else sent
    tail = text[q.end:min(end_sent.end_char, pars[paragraph_index(pars, q.end)].end)]
    # words after the quote in its sentence name someone else ('"...?" asked Olena Bondar')
    if re.search(r"\w", tail):
        return False
    return lead == "" or lead.endswith(":")


# -- speakers ----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Speaker:
    text: str | None
    entity: str | None
    named: bool  # a name (not a pronoun or an anonymous noun phrase)


@dataclass
class Heard:
    """The speakers named or linked so far, each with where its claim ends, and the last who is a person
    (kept as they come: a pronoun asks for it, and looking for it among all of them made long texts quadratic)."""
    speakers: list = field(default_factory=list)  # [(end of the claim, Speaker)]
    last_person: tuple[int, str] | None = None  # (end of the claim, person entity id)

    def add(self, end: int, speaker: Speaker, entities: EntityResult) -> None:
        self.speakers.append((end, speaker))
        ent = entities.entity(speaker.entity) if speaker.entity else None
        if ent is not None and ent.kind == "person":
            self.last_person = (end, speaker.entity)


def _entity_tokens(tok, doc) -> list:
    """The tokens of the named-entity span around ``tok`` (read from IOB tags; ``doc.ents`` is costly)."""
    if not tok.ent_type_:
        return []
    lo = tok.i
    while doc[lo].ent_iob_ == "I" and lo > 0:
        lo -= 1
    hi = tok.i + 1
    while hi < len(doc) and doc[hi].ent_iob_ == "I":
        hi += 1
    return list(doc[lo:hi])


def _name_chain(tok, doc):
    """The proper-name words around a head word: 'Anna Berg', 'Pierre Dayez-Morel'."""
    ent = _entity_tokens(tok, doc)
    if ent:
        return [t for t in ent if not (t.is_punct and t.text not in "-.'\u2019")]
    left = tok.i
    while left - 1 >= 0 and (doc[left - 1].dep_ in ("compound", "flat") and doc[left - 1].head.i in range(left, tok.i + 1)
                             or doc[left - 1].text == "-" and left - 2 >= 0):
        left -= 1
    return list(doc[left:tok.i + 1])


def _speaker_tokens(subj, doc) -> list:
    """The words naming the speaker: the name (with listed co-speakers), or the bare noun phrase."""
    if subj.pos_ == "PROPN" or subj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        toks = _name_chain(subj, doc)
        conj, frontier = [], [subj]
        while frontier:  # "Chile, the OAS and Peru": conjuncts of the subject itself
            nxt = [c for f in frontier for c in f.children if c.dep_ == "conj"]
            conj += nxt
            frontier = nxt
        if conj:
            last = max(conj, key=lambda c: c.i)
            toks = list(doc[min(t.i for t in toks):max(t.i for t in _name_chain(last, doc)) + 1])
        return toks
    # a common noun phrase: its modifiers and a following "of/at/from ..." phrase, nothing else
    toks = [subj]
    for c in subj.lefts:
        if c.dep_ in ("det", "amod", "compound", "poss", "nummod", "quantmod", "nmod", "advmod", "predet"):
            toks.extend(c.subtree)
    for c in subj.rights:
        if c.dep_ == "prep" and c.lower_ in ("of", "at", "from", "in", "with", "for"):
            if any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children):
                break  # "charities of delaying ...": an act the parser hung on the noun, not part of its name
            toks.extend(c.subtree)
            break
    lo, hi = min(t.i for t in toks), max(t.i for t in toks)
    return [t for t in doc[lo:hi + 1]]


def _set_off_name(appos) -> bool:
    """An appositive that names a person: a person entity, or a proper name closed by a comma or a
    bracket. "According to the envoy, Paris and Rome cannot ...": the parser's appositive is the
    clause's subject, not the envoy's name."""
    nxt = appos.doc[appos.right_edge.i + 1] if appos.right_edge.i + 1 < len(appos.doc) else None
    # closed by punctuation, or followed by the verb of the noun it names ("minister Jane Roe who ... said")
    owner_verb = appos.head.head
    closed = (nxt is None or nxt.text in (",", ")", ".", ";", ":", "\u2014", "\u2013") or nxt.lower_ in ("who", "whose")
              or appos.head.dep_ in ("nsubj", "nsubjpass") and (nxt.i == owner_verb.i or nxt.head.i == owner_verb.i
                                                                  and nxt.dep_ in ("aux", "auxpass", "neg", "advmod")))
    return closed and (appos.ent_type_ == "PERSON" or appos.pos_ == "PROPN" and appos.ent_type_ not in ("GPE", "LOC", "NORP"))


def _appositive_name(subj):
    """'Ukraine's foreign minister, Andrii Sybiha, said': the name, not the role, names the speaker; so
    does a person's name closing the role's own phrase ('Spokesperson for the fleet Captain Jane Roe said').
    A role written in title case ('the Chief Prosecutor, Jane Roe,') is a role all the same."""
    if subj.ent_type_ == "PERSON" or subj.pos_ not in ("NOUN", "PROPN"):
        return subj
    if subj.pos_ == "PROPN" and not (subj.ent_type_ in ("", "ORG") and subj.lemma_.lower() in load_person_nouns()):
        return subj
    name = next((c for c in subj.children if c.dep_ == "appos" and _set_off_name(c)), None)
    if name is not None:
        return name
    last = subj.doc[subj.right_edge.i]
    if last.i > subj.i and last.ent_type_ == "PERSON" and last.pos_ == "PROPN":
        return last
    return subj


def _agent_of(subj):
    """'A study published by the Centre concluded', 'a report by the Ledger': the publisher behind a document noun."""
    for by in (c for c in subj.children if c.dep_ == "prep" and c.lower_ == "by"):
        pobj = next((c for c in by.children if c.dep_ == "pobj"), None)
        if pobj is not None:
            return pobj
    for acl in (c for c in subj.children if c.dep_ == "acl"):
        for agent in (c for c in acl.children if c.dep_ == "agent"):
            pobj = next((c for c in agent.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    return None


def _mention_for(tokens, mentions: SpanIndex, prefer_head=None):
    """The mention over ``tokens`` (the one holding ``prefer_head`` first, else the earliest)."""
    if not tokens:
        return None
    s, e = _span_chars(tokens)
    best = None
    for m in mentions.around(s, e):
        if m.start < e and m.end > s:
            if prefer_head is not None and m.start <= prefer_head.idx < m.end:
                return m
            if best is None or m.start < best.start:
                best = m
    return best


class SpeakerResolver:
    """Subjects to speakers: names linked to entities, pronouns resolved conservatively."""

    def __init__(self, doc, text: str, pars, entities: EntityResult, quote_index: QuoteIndex | None = None):
        self.doc, self.text, self.pars, self.entities = doc, text, pars, entities
        self.quote_index = quote_index
        self.mentions = SpanIndex(entities.mentions)
        # people named inside quotes are talked about, not talking: never a pronoun's speaker
        self.persons = sorted(
            (m.start, m.end, m.entity) for m in entities.mentions
            if (ent := entities.entity(m.entity)) is not None and ent.kind == "person"
            and not (quote_index is not None and quote_index.inside(m.start)))
        # looked up per claim by position, so by their starts (scans of every person made long texts quadratic)
        self._person_starts = [s for s, _e, _eid in self.persons]
        self._first_end: dict[str, int] = {}  # each person: where their first mention ends
        for _s, e, eid in self.persons:
            self._first_end[eid] = min(e, self._first_end.get(eid, e))
        self._short_forms: dict[str, list[tuple[int, str]]] = {}

    def _persons_from(self, lo: int, hi: int) -> list[tuple[int, int, str]]:
        """The persons whose mention starts at ``lo`` or later and ends by ``hi``, in text order."""
        a = bisect.bisect_left(self._person_starts, lo)
        b = bisect.bisect_right(self._person_starts, hi)
        return [p for p in self.persons[a:b] if p[1] <= hi]

    def resolve(self, subj, previous: Heard, anchor: int | None = None) -> Speaker:
        """The speaker named by ``subj``; ``anchor`` is where the claim starts (a quote before its
        "he said" counts as the pronoun's own context)."""
        doc = self.doc
        low = subj.lower_
        if low in RELATIVE_PRONOUNS and subj.head.dep_ == "relcl":
            # "Jane Roe, an analyst, who estimated that ...": the noun the relative clause modifies
            antecedent = subj.head.head
            if antecedent.dep_ == "appos" and antecedent.head.pos_ in ("PROPN", "NOUN"):
                antecedent = antecedent.head
            if antecedent.pos_ in ("PROPN", "NOUN") and antecedent.lower_ not in RELATIVE_PRONOUNS:
                return self.resolve(antecedent, previous, anchor)
        if low in PERSON_PRONOUNS:
            entity = self._pronoun(subj, previous, anchor)
            if entity is None:
                role = self._role_antecedent(subj, anchor)
                if role is not None:
                    return role
            return Speaker(subj.text, entity, False)
        if low in PLURAL_PRONOUNS or low == "it":
            if low == "it":  # the subject of its own sentence first, then the previous speaker
                found = self._clause_subject(subj)
                if found is not None:
                    return found
            return Speaker(subj.text, self._inherit_group(subj, previous), False)
        subj = _appositive_name(subj)
        home = paragraph_index(self.pars, subj.idx)
        toks = [t for t in _speaker_tokens(subj, doc) if paragraph_index(self.pars, t.idx) == home]
        toks = [t for t in toks if not t.is_space]
        text = self.text[_span_chars(toks)[0]:_span_chars(toks)[1]] if toks else subj.text
        is_name = subj.pos_ == "PROPN" or any(t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for t in toks if t.i == subj.i)
        if not is_name:
            # anonymous or collective speakers ("analysts", "a Ukrainian official") stay unlinked,
            # unless the head word itself is a linked name ("the ministry" linked by the actors stage)
            m = _mention_for([subj], self.mentions, prefer_head=subj)
            agent = _agent_of(subj) if m is None else None
            if agent is not None:
                m = _mention_for(_speaker_tokens(agent, doc), self.mentions, prefer_head=agent)
            return Speaker(text, m.entity if m else None, False)
        m = _mention_for(toks, self.mentions, prefer_head=subj)
        entity = m.entity if m else self._short_form(toks)
        return Speaker(text, entity, True)

    def _short_form(self, toks) -> str | None:
        """A surname alone ('Okafor said') matched to the one person named earlier with that surname."""
        if len(toks) != 1 and not all(t.text == "-" or t.pos_ == "PROPN" for t in toks):
            return None
        written = self.text[_span_chars(toks)[0]:_span_chars(toks)[1]].lower()
        before = _span_chars(toks)[0]
        if written not in self._short_forms:  # the persons a form can stand for, by where they are first named
            self._short_forms[written] = sorted(
                (first_end, eid) for eid, first_end in self._first_end.items()
                if (ent := self.entities.entity(eid)) is not None
                and any(written in (n.lower().split()[0], n.lower().split()[-1]) or n.lower().endswith(written)
                        for n in (ent.name, *ent.aliases) if n.split()))
        named = self._short_forms[written]
        hits = named[:bisect.bisect_right(named, before, key=lambda x: x[0])]
        return hits[0][1] if len(hits) == 1 else None

    def _window_start(self, subj, anchor: int | None) -> int:
        """Where a pronoun's antecedents may start: the sentence before the claim's first sentence
        (a quote of several sentences before "she said" does not push the name out), within the
        paragraph before the claim's."""
        doc = self.doc
        first = subj
        if anchor is not None and anchor < subj.idx:
            span = doc.char_span(anchor, anchor + 1, alignment_mode="expand")
            if span is not None and len(span):
                first = span[0]
        sent = first.sent
        prev_sent = doc[sent.start - 1].sent if sent.start > 0 else None
        # a stray closing quote mark split off as a "sentence" of its own is no sentence
        while prev_sent is not None and prev_sent.start > 0 and not any(ch.isalnum() for ch in prev_sent.text):
            prev_sent = doc[prev_sent.start - 1].sent
        lo = prev_sent.start_char if prev_sent is not None else sent.start_char
        return max(lo, self.pars[max(0, paragraph_index(self.pars, first.idx) - 1)].start)

    def _role_antecedent(self, subj, anchor: int | None) -> "Speaker | None":
        """'A senior naval officer admitted ... "...," he said': with no one named in the window, the
        one role-noun subject there ("officer") is the antecedent; kept unlinked, written as that noun phrase."""
        lo = self._window_start(subj, anchor)
        if self._persons_from(lo, subj.idx):
            return None
        nouns = self._role_nouns(lo, subj.idx, [])
        if len(nouns) != 1:
            return None
        toks = [t for t in _speaker_tokens(nouns[0], self.doc) if not t.is_space]
        return Speaker(self.text[_span_chars(toks)[0]:_span_chars(toks)[1]], None, False)

    def paragraph_person(self, start: int) -> "Speaker | None":
        """The one person the paragraph before ``start`` is about: exactly one person named there
        (outside quotes), and named as the subject of a clause ("Choi does not think ...")."""
        k = paragraph_index(self.pars, start)
        if k == 0 or self.pars[k - 1].heading:
            return None
        par = self.pars[k - 1]
        a, b = bisect.bisect_left(self._person_starts, par.start), bisect.bisect_left(self._person_starts, par.end)
        named = [(s, eid) for s, _e, eid in self.persons[a:b]]
        if len({eid for _s, eid in named}) != 1:
            return None
        eid = named[0][1]
        for s, _eid in named:
            span = self.doc.char_span(s, s + 1, alignment_mode="expand")
            tok = span[0] if span is not None and len(span) else None
            while tok is not None and tok.dep_ in ("compound", "flat") and tok.head.i != tok.i:
                tok = tok.head
            if tok is not None and tok.dep_ in ("nsubj", "nsubjpass"):
                ent = self.entities.entity(eid)
                return Speaker(ent.name if ent else None, eid, True)
        return None

    def _clause_subject(self, subj) -> "Speaker | None":
        """'The ministry fined three firms that it said had ...': "it" is the subject of the clause the
        relative clause hangs on, when that subject is an organisation or a state (never a person)."""
        k = subj.i - 1
        sent_start = subj.sent.start
        while k >= sent_start:
            t = self.doc[k]
            if self.quote_index is not None and self.quote_index.inside(t.idx):
                k -= 1  # a subject inside a quote is talked about ('"... the island is ours," it wrote')
                continue
            if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("NOUN", "PROPN") and t.head.i > t.i:
                if t.lemma_.lower() in load_person_nouns():
                    return None
                m = _mention_for([t], self.mentions, prefer_head=t)
                ent = self.entities.entity(m.entity) if m else None
                if ent is not None and ent.kind == "person":
                    return None
                toks = [x for x in _speaker_tokens(t, self.doc) if not x.is_space]
                written = self.text[_span_chars(toks)[0]:_span_chars(toks)[1]]
                return Speaker(written, ent.id if ent is not None else None, bool(ent))
            k -= 1
        return None

    def _pronoun(self, subj, previous, anchor: int | None = None) -> str | None:
        """The person a he/she refers to, or None unless exactly one candidate is plausible.

        Candidates are the people named (outside quotes) in the pronoun's sentence before it and in the
        sentence just before. With none, the speaker of a claim in that previous sentence is meant
        ('"..." He added that ...'). A role noun as a subject there ("the president posted ...") could
        be the antecedent too, so the pronoun then stays unresolved.
        """
        lo = self._window_start(subj, anchor)
        window = self._persons_from(lo, subj.idx)
        candidates = {eid for _s, _e, eid in window}
        if self._role_noun_subject(lo, subj.idx, window):
            return None
        if len(candidates) == 1:
            return candidates.pop()
        recent = previous.last_person
        if not candidates:
            # no one named: the speaker of the claim just before ('"..." He added that ...')
            if recent is not None and recent[0] >= lo:
                return recent[1]
            return None
        # several people: the one who spoke last, if among them
        if recent is not None and recent[1] in candidates:
            return recent[1]
        return None

    def _role_noun_subject(self, lo: int, hi: int, window) -> bool:
        """A subject like "the president" between lo and hi that is not part of a named person."""
        return bool(self._role_nouns(lo, hi, window))

    def _role_nouns(self, lo: int, hi: int, window) -> list:
        """Subjects like "the president" between lo and hi that are not part of a named person."""
        found = []
        nouns = load_person_nouns()
        for t in self.doc.char_span(lo, hi, alignment_mode="contract") or ():
            if t.dep_ not in ("nsubj", "nsubjpass") or t.tag_ != "NN" or t.lemma_.lower() not in nouns:
                continue
            if self.quote_index is not None and self.quote_index.inside(t.idx):
                continue
            related = [t, t.head, *(c for c in t.children if c.dep_ in ("appos", "compound"))]
            if any(s <= x.idx < e for s, e, _eid in window for x in related):
                continue
            found.append(t)
        return found

    def _inherit_group(self, subj, previous) -> str | None:
        """'It'/'they' continue the previous speaker only when that was an organisation or a state."""
        par = paragraph_index(self.pars, subj.idx)
        for pos, sp in reversed(previous.speakers):
            if paragraph_index(self.pars, pos) < par - 1:
                break
            ent = self.entities.entity(sp.entity) if sp.entity else None
            if ent is not None and ent.kind in ("organization", "country", "group"):
                return ent.id
            return None
        return None


# -- the stage ---------------------------------------------------------------------------------------
def _covered(inner: tuple[int, int], outer: tuple[int, int]) -> bool:
    return outer[0] <= inner[0] and inner[1] <= outer[1]


def _quoted_share(text: str, segs, quote_index: QuoteIndex) -> float:
    total = quoted = 0
    for s, e in segs:
        for i in range(s, e):
            if not text[i].isspace():
                total += 1
                quoted += quote_index.inside(i)
    return quoted / total if total else 0.0


def _claim_text(text: str, segments) -> str:
    parts = [text[s:e].strip().rstrip(",") for s, e in segments]
    return " ".join(p for p in parts if p)


def find_claim_candidates(doc, text: str, lexicon: CueLexicon | None = None):
    """Candidates before speaker resolution (steps 1-4), with the layout and quotes; for tests and diagnostics."""
    lexicon = lexicon or load_cues()
    # 1. layout
    pars = paragraphs(text)
    if not pars:
        return [], pars, []
    # 2. quotes
    quotes = [q for q in find_quotes(text, pars) if not pars[paragraph_index(pars, q.start)].heading]
    # a quoted excerpt of another outlet's report ('"The minister said the talks failed. ..." writes the
    # Gazette') is read as text: the statements it reports are the claims
    quotes = [q for q in quotes if not _reported_excerpt(doc, q, lexicon)]
    qindex = QuoteIndex(quotes)
    # 3. reported speech
    reports = _reported_speech(doc, text, qindex, pars, lexicon)
    by_end = sorted(quotes, key=lambda q: q.end)
    quote_ends = [q.end for q in by_end]
    # the longest quote: one ending more than this after r.end + 1 starts after it (so the quotes tested
    # per report are those ending near it, not every later quote in a long text)
    quote_reach = max((q.end - q.start for q in quotes), default=0)
    indirect = []
    for r in reports:
        lo_q = bisect.bisect_left(quote_ends, r.start - 1)
        hi_q = bisect.bisect_right(quote_ends, r.end + 1 + quote_reach)
        overlapping = [q for q in by_end[lo_q:hi_q] if q.start < r.end + 1
                       and any(q.start < e + 1 and s - 1 < q.end for s, e in r.segments)]
        if overlapping and _quoted_share(text, r.segments, qindex) >= QUOTED_CONTENT_SHARE:
            for q in overlapping:  # the complement is the quote: this verb attributes it
                if q.cue is None:
                    q.cue, q.cue_token, q.subject = r.cue, r.cue_token, r.subject
            continue
        cue_tok = doc[r.cue_token]
        if any(c.dep_ == "neg" for c in cue_tok.children):
            continue  # "did not say when ...": nothing is claimed
        if r.role != "according" and _is_question(doc, r):
            continue  # "asked whether ...", "did not say when ...": a question, not a claim
        for q in overlapping:
            if any(_covered((q.start, q.end), (s - 1, e + 1)) for s, e in r.segments):
                q.absorbed = True
        indirect.append(r)
    # "X said Y, according to Z": X's statement is the claim, Z only relays it
    # (the other claims tested are those whose cue lies in Z's content or governs Z's cue, found by
    # position and by token: testing every claim made a long document quadratic)
    reported = indirect
    cues = sorted((doc[o.cue_token].idx, n) for n, o in enumerate(reported))
    cue_idx = [x for x, _n in cues]
    by_cue_token: dict[int, list] = {}
    for o in reported:
        by_cue_token.setdefault(o.cue_token, []).append(o)

    def relayed(r) -> bool:
        for s, e in r.segments:
            for _x, n in cues[bisect.bisect_left(cue_idx, s):bisect.bisect_left(cue_idx, e)]:
                o = reported[n]
                if o is not r and doc[o.cue_token].dep_ not in ("relcl", "acl"):
                    return True
        return any(o is not r for a in doc[r.cue_token].ancestors for o in by_cue_token.get(a.i, ()))

    indirect = [r for r in reported if r.role != "according" or not relayed(r)]
    # a cue inside another claim's content is part of that claim ("analysts said they did not think that ...")
    # (only claims whose content starts within the longest content's reach of the cue can hold it: a window
    # over the claims sorted by start keeps this linear in a long document's length)
    extents = sorted(((min(s for s, _ in o.segments), n, o) for n, o in enumerate(indirect) if o.segments),
                     key=lambda x: (x[0], x[1]))
    starts = [x[0] for x in extents]
    reach = max((max(e for _, e in o.segments) - x for x, _n, o in extents), default=0)

    def holders(idx: int):
        lo = bisect.bisect_left(starts, idx - reach)
        hi = bisect.bisect_right(starts, idx)
        return (o for _x, _n, o in extents[lo:hi])

    indirect = [r for r in indirect
                if not any(o is not r and any(s <= doc[r.cue_token].idx < e for s, e in o.segments)
                           # "..., which X said ..., according to Z": X's statement is Z's report's too
                           and not (o.role == "according" and doc[r.cue_token].dep_ in ("relcl", "acl"))
                           for o in holders(doc[r.cue_token].idx))]
    # "X said A, adding that B": one statement of one speaker
    merged = []
    by_cue = {r.cue_token: r for r in indirect}
    for r in indirect:
        tok = doc[r.cue_token]
        parent = by_cue.get(tok.head.i) if tok.dep_ == "advcl" and tok.tag_ == "VBG" else None
        if parent is not None and parent is not r and parent.role != "according":
            parent.segments = sorted(parent.segments + r.segments)
            continue
        merged.append(r)
    indirect = merged
    for r in indirect:  # keep a quote that closes right after the content ('were "fake news".')
        s, e = r.segments[-1]
        opened = sum(text[s:e].count(m) for m in DOUBLE_OPEN) - sum(text[s:e].count(m) for m in DOUBLE_CLOSE)
        straight_open = text[s:e].count('"') % 2
        if e < len(text) and ((opened > 0 and text[e] in DOUBLE_CLOSE) or (straight_open and text[e] == '"')):
            r.segments[-1] = (s, e + 1)
    # 'estimated that carriers would stay away "until there is a ceasefire".': a quote that carries
    # the content clause on to the end of its sentence is part of the indirect claim, not a second claim
    quote_starts = SpanIndex(quotes)
    for r in indirect:
        s, e = r.segments[-1]
        for q in quote_starts.starting(e + 1, e + 3):
            if q.absorbed or q.start <= e or q.start - e > 3 or len(q.segments) > 1:
                continue
            gap = text[e:q.start]
            if gap.strip(" \"'" + DOUBLE_OPEN + SINGLE_OPEN) or text[e - 1:e] in SENTENCE_END:
                continue
            close = q.end + 1 if q.end < len(text) and text[q.end] in DOUBLE_CLOSE + SINGLE_CLOSE + "\"'" else q.end
            tail_end = pars[paragraph_index(pars, q.end)].end
            sentence_tail = re.match(r"[\s,.;!?)\u201d\u2019\"']*", text[close:tail_end])
            if sentence_tail is None or not (close + sentence_tail.end() >= tail_end
                                             or text[close:close + sentence_tail.end()].strip()[:1] in (".", "!", "?")):
                continue
            r.segments[-1] = (s, close)
            q.absorbed = True
            break
    # 4. direct quotes
    direct: list[Candidate] = []
    live = [q for q in quotes if not q.absorbed]
    for q in live:
        if q.cue is None:
            if _words(text, q) <= SCARE_QUOTE_MAX_WORDS:
                # a short quote is a statement only when it opens its sentence ('"We are ready," she
                # said') or a naming verb frames it; otherwise it is a scare quote or a term
                gov = _governing_cue(doc, q, lexicon)
                if gov is None and _opens_sentence(doc, text, q, pars):
                    gov = _window_cue(doc, q, qindex, lexicon, pars[paragraph_index(pars, q.end)])
                if gov is None:
                    q.absorbed = True
                    continue
                v, cue_text, role = gov
            else:
                found = (_window_cue(doc, q, qindex, lexicon, pars[paragraph_index(pars, q.end)])
                         or _colon_lead(doc, text, q, qindex) or _quoted_predicate(doc, q, qindex, lexicon))
                if found is None:
                    if not _sentence_level(doc, text, q, pars):
                        q.absorbed = True  # a quoted title or phrase, no statement
                    continue
                v, cue_text, role = found
            subj, _via = _subject_of(v, qindex)
            subj = _same_paragraph_subject(subj, v, text, pars, qindex)
            if subj is not None and subj.lower_ in FIRST_PERSON:
                q.absorbed = True
                continue
            q.cue, q.cue_token, q.subject = cue_text, v.i, (subj.i if subj is not None else None)
    live = [q for q in live if not q.absorbed]
    # an interrupted quote ('"...," she said, "..."') is one claim
    joined: list[Quote] = []
    for q in live:
        if joined and _interrupted(joined[-1], q, text):
            joined[-1].segments = joined[-1].segments + q.segments
            continue
        joined.append(q)
    for q in joined:
        direct.append(Candidate(kind="direct", segments=list(q.segments), cue=q.cue, cue_token=q.cue_token,
                                subject=q.subject, subject_via="subject" if q.cue else "continuation"))
    cands = sorted(indirect + direct, key=lambda c: c.start)
    # headings never hold claims
    cands = [c for c in cands if not pars[paragraph_index(pars, c.start)].heading]
    return cands, pars, quotes


def extract_claims(document: Document, parsed, entities: EntityResult, options: Options) -> tuple[Claim, ...]:
    """Every quote and piece of reported speech in the document, attributed and hedge-marked.

    A rule that trips over one odd sentence loses that statement only (logged), never the
    document's other claims or its other records."""
    text = document.text
    doc = parsed
    if doc is None or not text.strip():
        return ()
    try:
        cands, pars, quotes = find_claim_candidates(doc, text)
    except Exception as e:  # noqa: BLE001 - the document's entities and events must survive a claims bug
        log.warning("%s: claims skipped: %s: %s", document.source, type(e).__name__, e)
        return ()
    resolver = SpeakerResolver(doc, text, pars, entities, QuoteIndex(quotes))
    claims: list[Claim] = []
    spoken = Heard()
    last: tuple[int, Speaker] | None = None  # position and speaker of the previous claim
    for c in cands:
        try:
            claim, speaker = _to_claim(document, doc, c, resolver, spoken, last, pars)
        except Exception as e:  # noqa: BLE001
            log.warning("%s: claim at %d skipped: %s: %s", document.source, c.start, type(e).__name__, e)
            continue
        if speaker.text is not None:
            if speaker.named or speaker.entity:
                spoken.add(c.end, speaker, entities)  # where it ends: a long quote is recent at its end
            # only someone who spoke can go on speaking: "reports suggest" or "analysts believe" cannot
            if c.role in CONTINUABLE_ROLES:
                last = (c.start, _named(speaker, entities))
        claims.append(claim)
    return tuple(claims)


def _to_claim(document: Document, doc, c: Candidate, resolver: SpeakerResolver, spoken, last, pars):
    text = document.text
    # 5. speakers
    if c.subject is not None:
        speaker = resolver.resolve(doc[c.subject], spoken, anchor=c.start)
    elif c.subject_via == "continuation" and last is not None and last[1].text is not None and \
            paragraph_index(pars, c.start) - paragraph_index(pars, last[0]) <= CONTINUATION_MAX_PARAGRAPHS:
        speaker = last[1]
    elif c.subject_via == "continuation":
        # a quote paragraph with no attribution of its own after a paragraph about one person
        speaker = resolver.paragraph_person(c.start) or Speaker(None, None, False)
    else:
        speaker = Speaker(None, None, False)
    # 6. records
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    hedged = bool(c.hedge_extra or (span is not None and hedge_cue(span)))
    claim = Claim(
        id=stable_id("claim", document.id, c.kind, c.start, c.end),
        doc=document.id, speaker=speaker.entity, speaker_text=speaker.text, kind=c.kind,
        text=_claim_text(text, c.segments), cue=c.cue, hedged=hedged, start=c.start, end=c.end)
    return claim, speaker


def _named(speaker: Speaker, entities: EntityResult) -> Speaker:
    """For quotes continuing this speaker: the name rather than 'he' when the entity is known."""
    if speaker.named or speaker.entity is None:
        return speaker
    ent = entities.entity(speaker.entity)
    return Speaker(ent.name if ent else speaker.text, speaker.entity, True)
