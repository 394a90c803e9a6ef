"""What the actors rules share while reading one document: :class:`Reading`, and :class:`Span`, a
candidate mention."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ...model import Document
from ..gazetteer import NAME, Gazetteer
from .layout import Layout


@dataclass
class Span:
    """A candidate mention in token and character coordinates, and the rule that made it."""
    start: int       # token index
    end: int         # token index, exclusive
    cstart: int
    cend: int
    key: str | tuple  # a gazetteer id, or ("new", kind, name) for an entity found in this text
    kind: str
    form: str = NAME
    name: str = ""
    country: str | None = None
    # the kind of evidence later rules test ("gazetteer", "ner", "surname", "title1", ...)
    origin: str = "gazetteer"
    # what the mention record says made it: "gazetteer:persons.tsv:12", "ner:PERSON", "persons:after-title"
    rule: str = ""


@dataclass
class Reading:
    """One document being read: its parse and gazetteer, and what the rules have found so far.

    Rules read and change ``spans`` (the candidate mentions, in the order they were found) and the
    notes below; nothing here outlives the document.
    """
    document: Document
    doc: object                        # the spaCy Doc
    gaz: Gazetteer
    make_doc: Callable                 # the tokenizer (for gazetteer phrases and the tokens of a name)
    layout: Layout
    off: frozenset[str] = frozenset()  # names of rules switched off
    spans: list[Span] = field(default_factory=list)
    matches: list[Span] = field(default_factory=list)             # every gazetteer match, overlaps included
    named_states: set[str] = field(default_factory=set)           # states the text names plainly
    new_entities: dict[tuple, dict] = field(default_factory=dict)  # new-entity key -> {"country", "aliases"}
    abbreviations: dict[str, Span] = field(default_factory=dict)   # "ECFR" -> the span of its long form
    bodies: dict[int, Span] = field(default_factory=dict)          # token -> a state's body covering it
    owners: dict | None = None         # surname tokens -> full-name spans (persons.surname_owners)
    masthead: set[str] = field(default_factory=set)                # the page's own byline and site name
    masthead_spans: list[tuple[int, int]] = field(default_factory=list)
    places: object = None              # the place gazetteer (places.PlaceIndex), for the state of a place
    located: set[int] = field(default_factory=set)                # first tokens of places given a state by it

    def taken(self) -> set[int]:
        """The tokens some span covers already."""
        return {t for s in self.spans for t in range(s.start, s.end)}

    def new_entity(self, key: tuple) -> dict:
        """The notes (country, aliases) on an entity found in this text."""
        return self.new_entities.setdefault(key, {"aliases": set()})

    def in_text_order(self) -> None:
        """Sort the spans by their first token (stable: spans starting together keep their order)."""
        self.spans.sort(key=lambda s: s.start)


def reading(document: Document, parsed, gazetteer: Gazetteer, make_doc, off: frozenset[str] = frozenset()) -> Reading:
    """The state before any rule ran: step 1 (layout) done, and the page's masthead noted."""
    # the page's own byline and site name are not actors when they turn up in the text
    masthead = {n.strip().lower() for n in re.split(r",|;|&|\band\b|\|", " | ".join(
        x for x in (document.author, document.site) if x)) if n.strip()}
    masthead_spans = [(m.start(), m.end()) for n in masthead if len(n) > 3
                      for m in re.finditer(re.escape(n), document.text, re.IGNORECASE)]
    return Reading(document=document, doc=parsed, gaz=gazetteer, make_doc=make_doc,
                   layout=Layout(document.text, gazetteer), off=off, masthead=masthead,
                   masthead_spans=masthead_spans)
