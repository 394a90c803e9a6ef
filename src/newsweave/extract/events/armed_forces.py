"""A state's forces or rulers named by a common noun ("the military", "military officers", "soldiers", "the junta")
in an article that names more than one state (``phrases.one_phrase`` answers with the article's one state,
``r.context_state``, when it names exactly one; and with the state of the noun's own place phrase, "military
officers in Peru", whatever the article names).

- the noun acts (a subject, or a passive's by-phrase), has no modifier of its own saying whose it is, and its
  sentence names exactly one state ("a Peruvian army major said the military had taken charge"): that state's
  forces (``forces_of_the_sentence_state``).  Two states named in the sentence leave it unknown: the text does not
  say whose forces they are.

Only agent nouns of the Phoenix agents table's military sector qualify (``FORCES_SECTORS``: "army", "soldiers",
"military officers"): a government noun ("the ministry", "authorities", "the prime minister") of a story on two
states is as often the other state's (measured on real dev: 14 false events, 0 found, when they were let in); a
people or a mob ("protesters", "gunmen") is never a state.
"""
from __future__ import annotations

ACTING_DEPS = ("nsubj", "nsubjpass")
MODIFIER_DEPS = ("amod", "compound", "poss", "nmod", "prep")
FORCES_SECTORS = frozenset({"military"})  # Phoenix agents sector (data/plover/agents.tsv, column sector)


def countries_in(r, tokens) -> dict[str, str]:
    """Country code -> the first state entity (kind country) the tokens name."""
    out: dict[str, str] = {}
    for t in tokens:
        if not r.same_block(t):
            continue
        for eid in r.token_entities.get(t.i, ()):
            e = r.entities.get(eid)
            if e is not None and e.kind == "country" and e.country:
                out.setdefault(e.country, eid)
    return out


def forces_of_the_sentence_state(r, x, sector: str | None, own_words: frozenset[int]) -> str | None:
    """Rule ``forces_of_the_sentence_state``: the one state the sentence of an acting forces noun (Phoenix
    ``sector``; ``own_words``: the tokens of its agent name) with no modifier of its own names."""
    if "forces_of_the_sentence_state" in r.off or sector not in FORCES_SECTORS:
        return None
    if any(c.dep_ in MODIFIER_DEPS for c in x.children if c.lower_ not in ("the", "'s") and c.i not in own_words):
        return None  # "Chilean soldiers", "soldiers of the rebel army": the phrase says whose they are
    if not (x.dep_ in ACTING_DEPS or (x.dep_ == "pobj" and x.head.dep_ == "agent")):
        return None
    named = countries_in(r, x.sent)
    if len(named) != 1:
        return None
    r.role_rule = "armed_forces:forces_of_the_sentence_state"
    return next(iter(named.values()))
