"""The first word of a full name, used alone later in the text, is that person: rule ``first_words_of_names``.

Names of several customs are shortened to their first word, not their last: Indonesian and Thai names
("Prabowo Subianto" -> "Prabowo"), Mongolian ones (the given name before the patronymic), and a text's own
given-name references to an ordinary person ("Ruth Okafor" ... "Ruth, 34, said"). A later one-word mention
equal to the first word of an earlier full name joins that name when no earlier full name of another person
opens with the same word. The word is a name word (capitalised, tagged a proper noun, not a title or a role,
not a name the gazetteer knows for a state, place or body, not in ``NOT_NAMES``); it stands alone (no proper
noun beside it) and no other span holds it unless the model's own one-word reading of it (a lone PERSON, or a
place or body the gazetteer does not know: "Somchai" read as a place). The person's record keeps the word
among its aliases: the text itself calls the person so. The mentions record ``persons:first-word-of-name``.
"""
from __future__ import annotations

from ...nlp.columns import positions_in
from ..gazetteer import NAME
from .state import Reading, Span
from .vocab import NAME_TOKEN, NOT_NAMES, folded_names

RULE = "persons:first-word-of-name"
# spans another rule may have made of the lone word that this rule may take over (the model's own readings)
MODEL_ORIGINS = ("ner", "speaker", "title1")


def _first_word(r: Reading, s: Span) -> str | None:
    """The word a later mention of this full name may use alone, if it may be one."""
    words = s.name.split()
    if s.kind != "person" or len(words) < 2 or s.end - s.start < 2:
        return None
    w = r.doc[s.start].text
    if w != words[0] or len(w) < 3 or not NAME_TOKEN.match(w) or not w[0].isupper() or w.isupper() \
            or w.lower() in NOT_NAMES or r.gaz.roles.get(w.lower()) or w.casefold() in folded_names(r.gaz):
        return None
    return w


def _alone(doc, i: int) -> bool:
    """Token ``i`` is a proper noun with no proper noun beside it (not part of a longer name)."""
    t = doc[i]
    if t.tag_ != "NNP":
        return False
    return all(not (0 <= j < len(doc)) or doc[j].tag_ not in ("NNP", "NNPS") or doc[j].text in ("'s", "’s")
               for j in (i - 1, i + 1))


def first_words_of_names(r: Reading) -> None:
    """A lone first word of an earlier full name is that person ("Prabowo said" after "Prabowo Subianto"), when
    no other earlier full name opens with it; see the module's notes."""
    doc = r.doc
    owners: dict[str, list[Span]] = {}
    for s in sorted(r.spans, key=lambda s: s.start):
        w = _first_word(r, s)
        if w is not None:
            owners.setdefault(w, []).append(s)
    if not owners:
        return
    at: dict[int, list[int]] = {}
    for k, s in enumerate(r.spans):
        for t in range(s.start, s.end):
            at.setdefault(t, []).append(k)
    drop: set[int] = set()
    out = []
    for i in positions_in(doc, "ORTH", set(owners)):
        before = [s for s in owners[doc[i].text] if s.end <= i]
        if not before or len({s.key for s in before}) > 1 or not _alone(doc, i) \
                or not r.layout.usable(doc[i].idx):
            continue
        held = at.get(i, [])
        if any(not _takeable(r.spans[k], i) for k in held):
            continue
        owner = before[-1]
        drop.update(held)
        t = doc[i]
        out.append(Span(i, i + 1, t.idx, t.idx + len(t.text), owner.key, "person", NAME, owner.name, owner.country,
                        "surname", RULE))
    if out:
        r.spans = [s for k, s in enumerate(r.spans) if k not in drop] + out
        r.in_text_order()
        r.owners = None


def _takeable(s: Span, i: int) -> bool:
    """A span over the lone word that is the model's own one-word reading of it (no gazetteer entry)."""
    return s.start == i and s.end == i + 1 and s.origin in MODEL_ORIGINS and isinstance(s.key, tuple)
