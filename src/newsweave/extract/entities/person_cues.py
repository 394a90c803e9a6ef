"""Step 4, persons: a name the model read as an organisation is a person when any place the text writes it
marks it as one, not only the place the model tagged (one name is one kind in one article)."""
from __future__ import annotations

import re

from ...nlp.columns import doc_text, positions_in
from ..gazetteer import NAME
from .gender import QUOTE_MARKS, _tie_kind, pronoun_gender
from .matching import _plain_forms
from .state import Reading, Span
from .titles import _role_before
from .tokens import age_in_commas, has_org_noun, org_final
from .vocab import NAME_TOKEN

# pronouns that stand for a body or for many: the first of them after a name ends the search for "he"/"she"
_NEUTER = frozenset({"it", "its", "itself", "they", "their", "them", "themselves"})
CUE_RULE = "persons:person-cue-elsewhere"


def persons_by_cue_elsewhere(r: Reading) -> None:
    """A name the model read as an organisation ("Kellogg", "Noor Halvorsen") is a person when one of its
    occurrences, tagged or not, in full or (for a full name) its last word alone, carries a person's mark:
    a role word right before it ("envoy Kellogg", "President Halvorsen"; ``title``, ``affiliation`` or
    ``person`` rows of ``roles.tsv``), a role in apposition ("Halvorsen, the former mayor,"), an age in commas
    ("Halvorsen, 62,"), or, as the subject of its clause, a "he" or "she" that follows it in that clause with
    no other name between and no quote before ("Halvorsen said he would"; a body is "it", and "it" or "they"
    first ends the search). Names with a word naming organisations, a last word only bodies end with, an
    upper-case word, a place or state in them, or written with "the" before them ("the Halvorsen") stay
    bodies. Every mention of the name, and of its last word alone, turns person; the mention records
    ``persons:person-cue-elsewhere``."""
    doc = r.doc
    text = doc_text(doc)
    names: dict[str, tuple[str, ...]] = {}
    for s in r.spans:
        words = doc[s.start:s.end]
        if s.kind != "organization" or s.origin != "ner" or not 1 <= len(words) <= 4 or has_org_noun(r, words) \
                or org_final(r, words) or s.name.lower() in r.masthead \
                or not all(NAME_TOKEN.match(w.text) and not w.is_upper and w.tag_ in ("NNP", "NNPS") for w in words) \
                or any(_plain_forms(r, w.text) for w in words) \
                or re.search(r"\b[Tt]he\s+" + re.escape(words[-1].text) + r"\b", text):
            continue
        names[s.name] = tuple(w.text for w in words)
    persons = set()
    for name, words in names.items():
        if any(_marked(r, start, end) for start, end in _occurrences(r, words)):
            persons.add(name)
    if not persons:
        return
    lasts = {names[n][-1] for n in persons}
    for i, s in enumerate(r.spans):
        if s.kind == "organization" and s.origin == "ner" and (s.name in persons or s.name in lasts):
            r.spans[i] = Span(s.start, s.end, s.cstart, s.cend, ("new", "person", s.name), "person", NAME, s.name,
                              s.country, "ner", CUE_RULE)


def _occurrences(r: Reading, words: tuple[str, ...]):
    """(start, end) of every place the text writes the name, and of its last word alone outside the full name."""
    doc = r.doc
    full = []
    for i in positions_in(doc, "ORTH", {words[0]}):
        if tuple(t.text for t in doc[i:i + len(words)]) == words:
            full.append((i, i + len(words)))
    yield from full
    if len(words) > 1:
        inside = {k for a, b in full for k in range(a, b)}
        for i in positions_in(doc, "ORTH", {words[-1]}):
            if i not in inside and not (i + 1 < len(doc) and doc[i + 1].text[:1].isupper() and doc[i + 1].is_alpha):
                yield i, i + 1


def _marked(r: Reading, start: int, end: int) -> bool:
    doc = r.doc
    if not r.layout.prose(doc[start].idx):
        return False
    if start > 0 and doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha \
            and not r.gaz.has_role(doc[start - 1].text, "title"):
        return False  # the occurrence is part of a longer name ("Kellogg" of "Kellogg School")
    if end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha:
        return False
    return _role_before(r, start) or _title_before(r, start) or _role_in_apposition(r, end) or age_in_commas(doc, end) \
        or _he_or_she_after(r, start, end)


def _title_before(r: Reading, start: int) -> bool:
    """A capitalised title right before the name at a word that begins no name of its own: "President X",
    "Mr X" (a title inside a body's name, "General X Motors", is ruled out by the names around it)."""
    doc = r.doc
    k = start - 1
    return k >= 0 and doc[k].text[:1].isupper() and doc[k].is_alpha and r.gaz.has_role(doc[k].text, "title") \
        and not (k > 0 and doc[k - 1].text[:1].isupper() and doc[k - 1].is_alpha and not doc[k - 1].is_sent_start)


def _role_in_apposition(r: Reading, end: int) -> bool:
    """", the former finance minister," / ", a veteran lawmaker at X": an appositive noun phrase whose head (its
    last word before a comma, a preposition or the sentence's end) is a role word of ``roles.tsv``."""
    doc = r.doc
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in ("the", "a", "an"):
        return False
    j = end + 2
    while j + 1 < len(doc) and j - end < 6 and doc[j + 1].is_lower and doc[j + 1].is_alpha \
            and doc[j + 1].pos_ in ("NOUN", "ADJ"):
        j += 1
    head = doc[j]
    return head.is_lower and head.pos_ == "NOUN" and any(
        r.gaz.has_role(w, c) for w in (head.text, head.lemma_) for c in ("title", "affiliation", "person"))


def _he_or_she_after(r: Reading, start: int, end: int) -> bool:
    doc = r.doc
    last = doc[end - 1]
    if last.dep_ not in ("nsubj", "nsubjpass"):
        return False
    sent = last.sent
    text = doc_text(doc)
    if any(q in text[sent.start_char:last.idx] for q in QUOTE_MARKS):
        return False
    for t in doc[end:sent.end]:
        if t.text in QUOTE_MARKS:
            return False
        if t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
            return False  # another name: the pronoun may be its
        if t.pos_ == "PRON" and t.lower_ in _NEUTER:
            return False
        if t.pos_ == "PRON" and pronoun_gender(t.text) is not None:
            return _tie_kind(t)
    return False
