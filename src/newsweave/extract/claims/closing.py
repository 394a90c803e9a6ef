"""Closing attributions read from the words, whatever the parser made of them (issue 14).

A sentence may end in a phrase set off by a comma that only says who said the clause before it:

- inverted: "The ferry sank on Monday, reported the Associated Press." (``closing-inverted``)
- named: "The airport closed for six hours, the regional daily Nord reported." (``closing-named``)
- relayed: "More arrests are expected, Tanjug quoted the minister as saying." and the passive
  "..., he was quoted as saying." (``closing-quoted-as``): the one quoted speaks; the outlet that quotes
  is the claim's ``via`` (``extract/provenance.py`` reads "X quoted")
- "as reported by": "Four survivors were found, as reported by the civil defence." (``closing-as-reported``)

The parser often hangs such a cue on the last verb of a long clause (or reads "reports" as a noun), so
the other rules report a conjunct or nothing. Here the phrase after the comma must hold no verb but the
cue (an auxiliary, "as saying", a closing ", citing X" allowed) and one noun phrase as speaker; the
content is the whole written sentence before the comma.
"""
from __future__ import annotations

from .grammar import _contiguous_segments, _trim_tokens
from .state import Candidate
from .tables import load_nouns

# a closing phrase longer than this many tokens says more than who spoke
CLOSING_TAIL_MAX_TOKENS = 16
# the clause before the comma has at least this many tokens (a verbless label is no statement)
CLOSING_CONTENT_MIN_TOKENS = 4
# the words of a speaker's noun phrase ("the state news agency's correspondent", "Dutch news agency ANP")
_NP_POS = ("DET", "ADJ", "NOUN", "PROPN", "NUM", "PART")
# what may follow the speaker: time, place and manner phrases ("in Baku on Thursday", "in a statement")
_ADJUNCT_POS = ("ADP", "DET", "ADJ", "NOUN", "PROPN", "NUM", "PART", "ADV", "PUNCT", "CCONJ", "SPACE")
# a relaying participle after a second comma ("..., Interfax reported, citing the ministry.")
_RELAYS = ("citing", "quoting")
_QUOTE_MARKS = ('"', "\u201c", "\u201d", "\u2018", "\u2019", "'")
# cues whose noun phrase after the verb is the one spoken to ("..., told the radio")
ADDRESSEE_CUES = frozenset({"tell"})
# the pronouns that may speak in a closing phrase (the first person is the writer's)
_PRONOUNS = ("he", "she", "they")


def _final_stop(tok) -> int | None:
    """The index of the full stop closing ``tok``'s sentence, or None when it ends otherwise."""
    sent = tok.sent
    k = sent.end - 1
    while k > tok.i and tok.doc[k].is_space:
        k -= 1
    return k if k > tok.i and tok.doc[k].text in (".", "!") else None


def _noun_phrase(doc, i: int, end: int) -> tuple[int, object] | None:
    """The noun phrase from token ``i``: (the index after it, its head), or None. A third-person pronoun
    is one ("he was quoted as saying")."""
    if i < end and doc[i].lower_ in _PRONOUNS:
        return i + 1, doc[i]
    k, head = i, None
    while k < end and (doc[k].pos_ in _NP_POS and not (doc[k].pos_ == "PART" and doc[k].lower_ not in ("'s", "\u2019s"))
                       or _hyphenated(doc, k)):
        if doc[k].pos_ in ("NOUN", "PROPN"):
            head = doc[k]
        k += 1
    # "the Ministry of Defence": a capitalised "of" name keeps its first part as head
    while head is not None and k + 1 < end and doc[k].lower_ == "of" and doc[k + 1].text[:1].isupper():
        k += 1
        while k < end and doc[k].pos_ in ("PROPN", "DET"):
            k += 1
    return (k, head) if head is not None else None


def _hyphenated(doc, k: int) -> bool:
    """A hyphen inside a word, or the word part after it ("military-led")."""
    if doc[k].text == "-":
        return k > 0 and not doc[k - 1].whitespace_
    return k > 0 and doc[k - 1].text == "-" and not doc[k - 1].whitespace_


def _adjuncts_only(toks) -> bool:
    return all(t.pos_ in _ADJUNCT_POS and t.text not in _QUOTE_MARKS for t in toks)


def _tail_end(doc, start: int, stop: int) -> int:
    """Where the attribution ends: the stop, or a second comma opening ", citing X"."""
    for k in range(start, stop):
        if doc[k].text == "," and k + 1 < stop and doc[k + 1].lower_ in _RELAYS:
            return k
    return stop


def _speaker(tok, comma: int, end: int):
    """The closing phrase's speaker and form name, when the phrase ``comma+1 .. end`` is an attribution."""
    doc = tok.doc
    subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(c.i < comma <= c.right_edge.i + 1 for c in subjects) and not any(c.i > comma for c in subjects):
        return None  # "Jan Roe, who saw the crash, told the radio ...": all before the comma is the cue's subject
    if tok.i == comma + 1:  # ", reported the Associated Press"
        if tok.tag_ not in ("VBD", "VBZ") or tok.lemma_.lower() in ADDRESSEE_CUES:
            return None
        np = _noun_phrase(doc, tok.i + 1, end)
        if np is None or not _adjuncts_only(doc[np[0]:end]):
            return None
        return np[1], "closing-inverted"
    if doc[comma + 1].lower_ == "as" and tok.i == comma + 2 and tok.tag_ == "VBN" \
            and tok.i + 1 < end and doc[tok.i + 1].lower_ == "by":  # ", as reported by the ministry"
        np = _noun_phrase(doc, tok.i + 2, end)
        if np is None or not _adjuncts_only(doc[np[0]:end]):
            return None
        return np[1], "closing-as-reported"
    np = _noun_phrase(doc, comma + 1, tok.i)
    if np is None:
        return None
    k = np[0]
    while k < tok.i and doc[k].pos_ in ("AUX", "ADV") and doc[k].lower_ not in ("as",):
        k += 1
    if tok.tag_ == "VBG" and tok.i - 1 > k and doc[tok.i - 1].lower_ == "as" and doc[k].lemma_.lower() == "quote":
        # ", Tanjug quoted the minister as saying" / ", he was quoted as saying (by the paper)"
        if doc[k].tag_ == "VBN" and k == tok.i - 2:
            who = np[1]
        else:
            quoted = _noun_phrase(doc, k + 1, tok.i - 1)
            if quoted is None or quoted[0] != tok.i - 1:
                return None
            who = quoted[1]
        return (who, "closing-quoted-as") if _adjuncts_only(doc[tok.i + 1:end]) else None
    finite = tok.tag_ in ("VBD", "VBZ", "VBP") or tok.tag_ == "VBN" and k > np[0] and doc[k - 1].lower_ in ("has", "have", "had")
    if k != tok.i or not finite or not _adjuncts_only(doc[tok.i + 1:end]):
        return None
    # the words before the cue are one noun phrase, not a clause ("the year the council reported")
    if sum(1 for t in doc[comma + 1:tok.i] if t.pos_ == "DET") > 1 and not any(
            t.pos_ == "PART" for t in doc[comma + 1:tok.i]):
        return None
    return np[1], "closing-named"


def _written_start(tok) -> int:
    """The sentence's first token, past parser splits after a token without final punctuation."""
    doc, start = tok.doc, tok.sent.start
    while start > 0:
        k = start - 1
        while k > 0 and doc[k].is_space:
            k -= 1
        if doc[k].text in (".", "!", "?", ":", ";") or doc[k].text in _QUOTE_MARKS or "\n" in doc[k].text \
                or "\n" in doc[start - 1].whitespace_:
            break
        start = doc[k].sent.start
    return start


def _closing_attribution(tok, region, cue_text: str, role: str, quote_index) -> tuple[Candidate, str] | None:
    """A cue in the comma-set-off phrase that closes its sentence and only names who spoke: the clause
    before the comma is the claim, the phrase's noun phrase (the one quoted, in "X quoted Y as saying") its
    speaker. Returns the candidate and its form's rule name."""
    doc = tok.doc
    stop = _final_stop(tok)
    if stop is None:
        return None
    start = _written_start(tok)
    comma = next((k for k in range(tok.i - 1, max(start, tok.i - CLOSING_TAIL_MAX_TOKENS) - 1, -1)
                  if doc[k].text == ","), None)
    if comma is None or comma <= start or quote_index.inside(doc[comma].idx):
        return None
    end = _tail_end(doc, tok.i + 1, stop)
    if end - comma > CLOSING_TAIL_MAX_TOKENS or doc[comma - 1].text in _QUOTE_MARKS:
        return None
    found = _speaker(tok, comma, end)
    if found is None:
        return None
    speaker, form = found
    toks = _trim_tokens([t for t in doc[start:comma] if region[0] <= t.idx < region[1]])
    if any(t.dep_ in ("nsubj", "nsubjpass") and t.lemma_.lower() in load_nouns("medium") for t in toks):
        return None  # "her statement was read out by her lawyer, as reported by ...": a statement's fate, no claim
    if len(toks) < CLOSING_CONTENT_MIN_TOKENS or not any(t.pos_ in ("VERB", "AUX") for t in toks) \
            or any(quote_index.inside(t.idx) for t in toks) or not region[0] <= speaker.idx < region[1]:
        return None
    return Candidate(kind="indirect", segments=_contiguous_segments(toks), cue=cue_text, cue_token=tok.i,
                     subject=speaker.i, subject_via="subject", role=role,
                     hedge_extra=role == "evidential"), form
