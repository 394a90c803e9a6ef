"""Step 4, a person's name that the text names as a place: "the neighbourhood of Sheikh X", "the Sheikh X district".

A district, village or neighbourhood is often named after a person, and a title may open its name ("Sheikh",
"Saint", "General"); the model and ``titled_names`` then read a person (the title cut off).  Where a settlement noun
names the words (``roles.tsv`` role ``settlement``: "the district of X", "X township"; ``ner.settled``) they are a
place, and so is every other person mention of the same name in the text ("a curfew in Sheikh X"): a place acts
for no one (tests/corpus/real/README.md, "Entities": places go in ``ignore``), and an act done in or to it falls on
the place's state, never on a person of that name.  Its mentions record ``persons:named-as-place``.
"""
from __future__ import annotations

from .ner import settled
from .state import Reading, Span

RULE = "persons:named-as-place"


def with_title(r: Reading, s: Span) -> Span:
    """The span with the title word right before it ("Sheikh" of "Sheikh X"), when one stands there."""
    if s.start > 0 and r.gaz.has_role(r.doc[s.start - 1].text, "title") and r.doc[s.start - 1].text[:1].isupper():
        t = r.doc[s.start - 1]
        return Span(s.start - 1, s.end, t.idx, s.cend, s.key, s.kind, s.form, f"{t.text} {s.name}", s.country,
                    s.origin, s.rule)
    return s


def persons_named_as_places(r: Reading) -> None:
    """A person span a settlement noun names as a place is that place, and so is every person mention of the
    same name, its title included; so is a person mention of the name of a place a settlement noun names ("the
    Sheikh X district" read as a place, "residents of Sheikh X" as a person).  See the module docstring."""
    places = {}
    for s in r.spans:
        whole = with_title(r, s)
        if s.kind in ("person", "location") and settled(r, whole):
            key = ("new", "location", whole.name)
            places.setdefault(whole.name.casefold(), key)
            places.setdefault(s.name.casefold(), key)
    if not places:
        return
    for s in r.spans:
        whole = with_title(r, s)
        key = places.get(whole.name.casefold()) or places.get(s.name.casefold()) if s.kind == "person" else None
        if key is None or whole is s and s.name.casefold() != key[2].casefold():
            continue  # (an untitled name only when the place has no title either)
        s.start, s.cstart, s.name = whole.start, whole.cstart, key[2]
        s.key, s.kind, s.country, s.rule = key, "location", None, RULE
