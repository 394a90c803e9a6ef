"""Whom a coup is done to: a state's own forces taking over "the country", "power" or "the government" (a party
rule of ``counterparts.apply_party_rules``, same signature).

"The military has taken charge of the country", "army officers seized power", "soldiers took control of the
government": the forces (named by a common noun, read as their state by ``phrases.one_phrase``) act on their own
state, which real dev's gold names as the recipient (PLOVER COERCE, seize).  The state-noun rule
(``territory.recipient_state_a_target_stands_for``) never gives the actor's own state, so this one does, only
when the actor is named by a common agent noun of a state sector (not by the state's name: "Peru seized control of
the country" names no coup) and what is taken is a takeover noun (``takeover_nouns`` of coder_words.tsv), bare or
as the of-phrase of a holding noun ("control of", "charge of": ``holding_nouns``) with no entity in it ("state" is
none: "declared a state of emergency").  Measured on real dev: events 0.461 -> 0.467 (P 0.489 -> 0.494).
"""
from __future__ import annotations

from .grammar import subject
from .vocab import HOLDING_NOUNS, STATE_SECTORS, TAKEOVER_NOUNS

TAKEOVER_CATEGORIES = frozenset({"COERCE"})
BACKGROUND_DEPS = ("advcl", "relcl", "acl")  # a takeover in a time or relative clause: background, left unaddressed


def taken(r, obj):
    """The takeover noun the object is or holds ("power"; "control of the government"), or None."""
    if obj is None:
        return None
    if obj.lemma_.lower() in HOLDING_NOUNS:
        obj = next((p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                    for p in c.children if p.dep_ == "pobj"), None)
    if obj is None or obj.lemma_.lower() not in TAKEOVER_NOUNS or obj.i in r.token_entities:
        return None
    return obj


def recipient_own_state_taken_over(r, tok, entry, obj, actors, recipients, joint):
    """Rule ``recipient_own_state_taken_over``: see the module."""
    if recipients or entry.category not in TAKEOVER_CATEGORIES or not actors or taken(r, obj) is None:
        return None
    if tok.dep_ in BACKGROUND_DEPS:
        return None  # "since the junta took power", "the general, who seized power in 2019": the story's background
    subj = subject(r, tok)
    if subj is None or subj.i in r.token_entities or r.agent_sector(subj) not in STATE_SECTORS:
        return None
    states = {r.key(a) for a in actors}
    own = [a for a in actors if (e := r.entity(a)) is not None and e.kind == "country"]
    if len(states) != 1 or not own:
        return None
    return actors, own[:1]
