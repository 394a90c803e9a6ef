"""A person's gender as the text itself tells it, for pronoun agreement (rule ``pronoun_gender_agreement``).

Read per document and kept nowhere (no record carries it): the events coder and the claims' speaker
resolver ask only whether a pronoun may stand for a person.  "she"/"her" never goes to a person the text
shows as male, "he"/"his"/"him" never to one it shows as female; a person it says nothing about stays
compatible with both.  The evidence, from ``data/person_gender.tsv`` (word, gender, kind, source):

- an honorific written just before the name or opening it ("Mr Okafor", "Queen Anna", "Mrs. Roe");
- a role or kin noun beside the name: just before it ("spokeswoman Jane Roe", "his wife, Jane Roe") or in
  apposition ("Jane Roe, the minister's wife,");
- failing both, gendered pronouns already tied to the person: a subject pronoun, reflexive or possessive
  outside quotes in a clause under one with the person as its subject, the person being the only one named
  in the sentence before it ("Jane Roe said she would ...", "Roe ended her visit"); never an object pronoun,
  nor the possessor of a request or offer the subject answers ("Roe refused his request" is someone
  else's).  These count only when they all agree.

Honorifics and nouns that disagree leave the person unknown, so does any disagreement among the pronouns.
"""
from __future__ import annotations

import bisect
from functools import lru_cache

from ...tables import DATA_DIR, read_table
from ...nlp.columns import doc_text, positions_where

GENDER_FILE = DATA_DIR / "person_gender.tsv"
QUOTE_MARKS = ('"', "\u201c", "\u201d")


@lru_cache(maxsize=1)
def gender_words() -> dict[str, dict[str, str]]:
    """kind -> word -> gender ("male" / "female"), from the table."""
    out: dict[str, dict[str, str]] = {}
    for row in read_table(GENDER_FILE, ("word", "gender", "kind"), what="person gender table"):
        out.setdefault(row["kind"], {})[row["word"].lower()] = row["gender"]
    return out


def pronoun_gender(word: str) -> str | None:
    """The gender a pronoun asks of its antecedent ("she" -> female; "they", "it" -> None)."""
    return gender_words().get("pronoun", {}).get(word.lower())


def agrees(genders: dict[str, str], entity_id: str, pronoun: str) -> bool:
    """May ``pronoun`` stand for ``entity_id``?  False only when both genders are known and differ."""
    want = pronoun_gender(pronoun)
    have = genders.get(entity_id)
    return want is None or have is None or want == have


def _word(tok) -> str:
    return tok.lower_.rstrip(".")


def _marked(doc, first, last) -> list[str]:
    """Honorific and noun evidence for one mention spanning tokens ``first``..``last``."""
    words = gender_words()
    hon, nouns = words.get("honorific", {}), words.get("noun", {})
    found = []
    if last > first and _word(doc[first]) in hon:
        found.append(hon[_word(doc[first])])
    elif last > first and doc[first].lower_ in nouns:  # "Spokeswoman Jane Roe" taken into the name
        found.append(nouns[doc[first].lower_])
    k = first - 1
    if k >= 0 and doc[k].text == ".":
        k -= 1
    if k >= 0 and _word(doc[k]) in hon:
        found.append(hon[_word(doc[k])])
    k = first - 1
    if k >= 0 and doc[k].text == ",":
        k -= 1
    if k >= 0 and doc[k].lower_ in nouns and doc[k].pos_ in ("NOUN", "PROPN"):
        found.append(nouns[doc[k].lower_])
    head = next((t for t in doc[first:last + 1] if not first <= t.head.i <= last or t.head.i == t.i), doc[last])
    beside = [c for c in head.children if c.dep_ == "appos"] + ([head.head] if head.dep_ == "appos" else [])
    found.extend(nouns[b.lower_] for b in beside if b.lower_ in nouns and b.pos_ == "NOUN")
    return found


def _tie_kind(tok) -> bool:
    """A pronoun that may be tied to its clause's subject: a subject pronoun of a clause below, a reflexive, or
    a possessive ("Roe ended her visit"), but not the possessor of a request or offer the subject answers
    ("Marsh refused her request": someone else's; nouns of kind ``others_noun``) nor an object pronoun."""
    if tok.dep_ in ("nsubj", "nsubjpass") or tok.lower_.endswith("self"):
        return True
    return tok.dep_ == "poss" and tok.head.lemma_.lower() not in gender_words().get("others_noun", {})


def _tied_person(doc, tok, spans: dict[int, str]) -> str | None:
    """The person whose mention is the subject of the nearest clause above ``tok`` with a named subject."""
    cur = tok
    for _ in range(10):
        if cur.head.i == cur.i:
            return None
        cur = cur.head
        if cur.pos_ not in ("VERB", "AUX"):
            continue
        subj = next((c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.pos_ == "PRON" or subj.i == tok.i:
            continue
        named = [subj] + [c for c in subj.children if c.dep_ == "appos"]  # "The envoy, Jane Roe, ended her visit"
        return next((spans[t.i] for t in named if t.i in spans), None)
    return None


def person_genders(doc, entities) -> dict[str, str]:
    """Entity id -> "male" / "female" for the persons whose gender the document shows (see the module)."""
    persons = [m for m in entities.mentions
               if (e := entities.entity(m.entity)) is not None and e.kind == "person"]
    marked: dict[str, set[str]] = {}
    token_person: dict[int, str] = {}  # token index -> the person whose mention covers it
    for m in persons:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        for t in span:
            token_person[t.i] = m.entity
        for g in _marked(doc, span.start, span.end - 1):
            marked.setdefault(m.entity, set()).add(g)
    tied = _pronoun_ties(doc, persons, token_person)
    out = {}
    for eid in {m.entity for m in persons}:
        strong = marked.get(eid, set())
        votes = strong or tied.get(eid, set())
        if len(votes) == 1:
            out[eid] = next(iter(votes))
    return out


def _pronoun_ties(doc, persons, token_person: dict[int, str]) -> dict[str, set[str]]:
    """Person -> the genders of the pronouns tied to them (see the module)."""
    starts = [m.start for m in persons]
    tied: dict[str, set[str]] = {}
    text = doc_text(doc)  # spaCy joins every token's text on each Doc.text: read it once
    # only the tokens whose lower-case form is a gendered pronoun (``positions_where``: one test per word)
    for i in positions_where(doc, "LOWER", lambda w: pronoun_gender(w) is not None, ("gendered pronoun", gender_words())):
        tok = doc[i]
        g = pronoun_gender(tok.lower_)
        if g is None or tok.pos_ != "PRON":
            continue
        if not _tie_kind(tok):
            continue
        sent = tok.sent
        if any(q in text[sent.start_char:tok.idx] for q in QUOTE_MARKS):
            continue  # a pronoun in a quote is the speaker's word about someone else
        lo, hi = bisect.bisect_left(starts, sent.start_char), bisect.bisect_left(starts, tok.idx)
        named = {m.entity for m in persons[lo:hi]}
        if len(named) != 1:
            continue
        eid = _tied_person(doc, tok, token_person)
        if eid is not None and eid in named:
            tied.setdefault(eid, set()).add(g)
    return tied
