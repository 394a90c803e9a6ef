"""Whom martial law or a state of emergency is imposed on: the imposing state itself (a party rule of
``counterparts.apply_party_rules``, same signature).

CAMEO 1724 "impose state of emergency or martial law" (PLOVER COERCE, mode martial-law, context pro_autocracy) is
done by a state to its own territory and people: PLOVER's domestic dyad, the state as actor and recipient.  When
the sentence names no one else it is done to ("imposed martial law in the northern provinces": a place of its
own, no entity), the recipient is the actor's own state; only for a verb that lays it on someone (``imposing_verbs``:
"impose"), not for a declaration ("declared a state of emergency" names no one it is done to); only for one state's act (a country entity among the
actors, one state key), only for rows of this mode.  Own sentences: tests/test_event_future_yield.py.
"""
from __future__ import annotations

from .vocab import IMPOSING_VERBS

EMERGENCY_MODES = frozenset({"martial-law"})


def recipient_own_state_under_emergency_rule(r, tok, entry, obj, actors, recipients, joint):
    """Rule ``recipient_own_state_under_emergency_rule``: see the module."""
    if recipients or entry.mode not in EMERGENCY_MODES or entry.lemma not in IMPOSING_VERBS or not actors:
        return None
    if len({r.key(a) for a in actors}) != 1:
        return None
    own = [a for a in actors if (e := r.entity(a)) is not None and e.kind == "country"]
    if not own:
        return None
    r.own_state = True  # the state acts on itself: clean_roles keeps the actor's state as the recipient
    return actors, own[:1]
