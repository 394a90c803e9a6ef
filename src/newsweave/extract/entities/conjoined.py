"""Step 4, persons: two persons the model read as one organisation joined by "and" ("friction between Roe and
Novak", "Roe and Novak opened the bridge"): rule ``conjoined_persons``; two places so read ("flooding in Tavra
and Molen"): rule ``conjoined_places``."""
from __future__ import annotations

from .state import Reading, Span
from .tokens import has_org_noun
from ..gazetteer import NAME
from .vocab import NAME_TOKEN

RULE = "persons:conjoined-persons"
PLACES_RULE = "places:conjoined-places"
# prepositions of place: a body-typed "A and B" right after one, with a side the text names as a place, is places
LOCATIVE = frozenset({"in", "at", "near", "around", "across", "throughout", "outside", "inside"})
# the words that join two names in one span the model read as a body
JOINERS = ("and", "&")
# the longest name on either side of the joiner (a given name, family names)
MOST_WORDS = 3


def conjoined_persons(r: Reading) -> None:
    """A span the model read as one organisation that is two names joined by "and" or "&" ("Roe and Novak",
    "Ana Roe and Jan Novak") is two persons when the text names each of them as a person elsewhere: the same
    words, or (for one word) the family name of a person it names in full ("President Ana Roe" before "Roe and
    Novak"). Each side is one to three capitalised name words with no word naming organisations ("Roe and Novak
    Partners" stays a body), and a side the text never makes a person leaves the span as it was ("Roe and Sons").
    Each side becomes a person mention (``persons:conjoined-persons``) that the later rules link to its full name
    (``one_word_names``)."""
    doc = r.doc
    full_names, family_names = set(), set()
    for s in r.spans:
        if s.kind == "person":
            words = [t.text for t in doc[s.start:s.end]]
            full_names.add(" ".join(words))
            family_names.update(w for w in words[1:] if w[:1].isupper())
    if not full_names:
        return
    out = []
    for s in r.spans:
        parts = _parts(r, s)
        if parts is None or not all(_person_elsewhere(p, full_names, family_names) for p in parts):
            out.append(s)
            continue
        for p in parts:
            out.append(Span(p.start, p.end, p.start_char, p.end_char, ("new", "person", p.text), "person", NAME,
                            p.text, None, "ner", RULE))
    if len(out) != len(r.spans):
        r.spans = out
        r.owners = None


def conjoined_places(r: Reading) -> None:
    """A span the model read as one organisation that is two places joined by "and" or "&" ("in Tavra and Molen")
    is two places: both sides are places this text names (a location mention of the same words, or the first
    words of one, "Molen" beside "the Molen Peninsula"), or one side is, the other is one word, and the span
    stands after a preposition of place (``LOCATIVE``: "in", "at", "near"...; "staff in Orvik and Selby
    Holdings" stays a body). Sides are shaped as in ``conjoined_persons`` (one to three
    capitalised words, no word naming organisations: "in Tavra and Molen Holdings" stays a body). Each side becomes
    a place mention (``places:conjoined-places``)."""
    doc = r.doc
    places = {tuple(t.lower_ for t in doc[s.start:s.end]) for s in r.spans if s.kind == "location"}
    if not places:
        return
    out, changed = [], False
    for s in r.spans:
        parts = _parts(r, s)
        known = [] if parts is None else [_place_elsewhere(p, places) for p in parts]
        locative = parts is not None and s.start > 0 and doc[s.start - 1].lower_ in LOCATIVE
        if not known or not (all(known) or locative and any(known)
                             and all(k or len(p) == 1 for k, p in zip(known, parts))):
            out.append(s)
            continue
        changed = True
        for p in parts:
            out.append(Span(p.start, p.end, p.start_char, p.end_char, ("new", "location", p.text), "location", NAME,
                            p.text, None, "ner", PLACES_RULE))
    if changed:
        r.spans = out
        r.owners = None


def _place_elsewhere(part, places: set[tuple[str, ...]]) -> bool:
    words = tuple(t.lower_ for t in part)
    return any(p[:len(words)] == words for p in places)


def _parts(r: Reading, s: Span):
    """The two sides (spaCy spans) of a body-typed span "A and B", or None."""
    if s.kind != "organization" or s.origin != "ner":
        return None
    doc = r.doc
    joins = [k for k in range(s.start + 1, s.end - 1) if doc[k].lower_ in JOINERS]
    if len(joins) != 1:
        return None
    parts = (doc[s.start:joins[0]], doc[joins[0] + 1:s.end])
    if any(not 1 <= len(p) <= MOST_WORDS or has_org_noun(r, p)
           or not all(NAME_TOKEN.match(t.text) and not t.is_upper and t.text[:1].isupper() for t in p) for p in parts):
        return None
    return parts


def _person_elsewhere(part, full_names: set[str], family_names: set[str]) -> bool:
    return part.text in full_names or len(part) == 1 and part.text in family_names
