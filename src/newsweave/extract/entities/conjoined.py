"""Step 4, persons: two persons the model read as one organisation joined by "and" ("friction between Roe and
Novak", "Roe and Novak opened the bridge"): rule ``conjoined_persons``."""
from __future__ import annotations

from .state import Reading, Span
from .tokens import has_org_noun
from ..gazetteer import NAME
from .vocab import NAME_TOKEN

RULE = "persons:conjoined-persons"
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
