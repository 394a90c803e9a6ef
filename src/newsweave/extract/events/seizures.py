"""Whom a seizure of power is taken from (a recipient rule run after ``counterparts.COUNTERPART_RULES``, same
signature).

PLOVER codes a coup as COERCE (mode seize, context pro_autocracy): the plotters act on the ruler they
overthrow.  "The army seized power" names no one it was seized from, and the coder kept such an event with no
recipient; the news sentence most often names the ousted ruler beside it ("...seized power after President X
was impeached", "...took charge of the country and placed President X under house arrest").  Real dev's gold codes
that ruler (or the state) as the recipient (issue 13: of 100 missed events whose trigger was coded, 19 were
output with the recipient missing, 10 of them a seizure of power).

- ``recipient_ruler_of_the_seized_state``: a seizure of the rule of a state (object a word of
  ``seized_power_objects``: power, charge, control, government) with no recipient, whose sentence names exactly
  one person with a ruler's title (``ruler_titles``: "President X", "X, the emir"; not a former one) of the
  actor's own state: that person.
- ``seized_state_beside_its_ruler``: such a seizure acts on the state as well as on its ruler (PLOVER codes the coup
  against the government; real dev's gold codes both targets): a second event of the same evidence whose recipient
  is the actor's own state (a step after the events are built, as ``mirrors.py``).
"""
from __future__ import annotations

from dataclasses import replace

from ...model import Event, stable_id
from .vocab import RULER_TITLES, SEIZED_POWER_OBJECTS

# words before a title that say the person no longer holds it (or does not yet)
NOT_IN_OFFICE = frozenset({"former", "ex", "late", "elect", "incoming", "interim"})


def titles_of(words: list[str]) -> bool:
    """Some word or pair of neighbouring words of ``words`` is a ruler's title ("president", "prime minister")."""
    return any(w in RULER_TITLES for w in words) or any(f"{a} {b}" in RULER_TITLES for a, b in zip(words, words[1:]))


def compounds_before(t) -> list:
    """The words of the compounds before ``t``, in order, with their own compounds ("Prime Minister X")."""
    return sorted((g for c in t.children if c.dep_ == "compound" and c.i < t.i for g in c.subtree if g.dep_ == "compound"),
                  key=lambda g: g.i)


def ruler_title(t) -> bool:
    """The person's token ``t`` carries a ruler's title: compounds before it ("President X", "Prime Minister X")
    or an appositive beside it ("X, the emir"); not a former or coming ruler ("former President X")."""
    heads = [c for c in t.children if c.dep_ == "appos"] + ([t.head] if t.dep_ == "appos" else [])
    for head, words_ in [(t, compounds_before(t))] + [(h, [*compounds_before(h), h]) for h in heads]:
        modifiers = {c.lower_.strip("-") for w in (head, *words_) for c in w.children if c.dep_ in ("amod", "compound", "advmod")}
        if titles_of([w.lemma_.lower() for w in words_]) and not NOT_IN_OFFICE & modifiers:
            return True
    return False


def recipient_ruler_of_the_seized_state(r, tok, entry, obj, actors, recipients, joint):
    """Rule ``recipient_ruler_of_the_seized_state``: see the module's docstring.  Not when the object phrase
    names a party itself ("took control of the port city": that place), nor when the sentence names no titled
    ruler or several, nor a ruler of another state than the actor's."""
    if recipients or not actors or entry.category != "COERCE" or entry.mode != "seize" or obj is None:
        return None
    if obj.lemma_.lower() not in SEIZED_POWER_OBJECTS:
        return None
    if any(r.token_entities.get(t.i) for c in obj.children if c.dep_ == "prep" for t in c.subtree):
        return None
    states = {e.country for a in actors if (e := r.entities.get(a)) is not None and e.country}
    rulers = []
    for t in tok.sent:
        for eid in r.token_entities.get(t.i, ()):
            e = r.entities.get(eid)
            if e is None or e.kind != "person" or eid in actors or eid in rulers or not ruler_title(t):
                continue
            rulers.append(eid)
    if len(rulers) != 1:
        return None
    ruler = r.entities[rulers[0]]
    if ruler.country is None:  # no state known for the ruler: the sentence names no other state than the actor's
        named = {e.country for t in tok.sent for eid in r.token_entities.get(t.i, ())
                 if (e := r.entities.get(eid)) is not None and e.kind == "country" and e.country}
        if not named <= states:
            return None
    elif ruler.country not in states:
        return None
    return actors, rulers


SEIZURE_RULES = (recipient_ruler_of_the_seized_state,)


def with_seized_states(r, events) -> tuple[Event, ...]:
    """Each event followed, when ``seized_state_beside_its_ruler`` applies (unless switched off), by the seizure's
    act on the actor's own state."""
    out: list[Event] = []
    for e in events:
        out.append(e)
        if "seized_state_beside_its_ruler" in r.off or "recipient_ruler_of_the_seized_state" not in (e.rule or ""):
            continue
        own = [a for a in e.actor if (x := r.entity(a)) is not None and x.kind == "country"]
        if own and own[0] not in e.recipient:
            out.append(replace(e, id=stable_id("evt", e.doc, e.event_type, e.start, e.end, own[0], "seized-state"),
                               recipient=(own[0],), rule=e.rule + " + seizures:seized_state_beside_its_ruler"))
    return tuple(out)
