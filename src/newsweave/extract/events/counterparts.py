"""The other party of a two-sided act (recipient rules run after ``parties.PARTY_RULES``, same signature), and the
loop that applies them all.

PLOVER's CONSULT, AGREE and COOPERATE are dyadic: a meeting, talks or an agreement always has a second party, and
real dev's gold names it (one record, each side the other's recipient: ``tests/corpus/real/README.md``,
"Events").  The clause does not always hold it.  (Two sides signing together, "Peru and Chile signed a treaty", stay
a compound actor with no recipient, as the PLOVER manual's "Compound and Reciprocal Actors" and the seeds' gold code
it: splitting them measured seeds events 0.786 -> 0.741 and nothing on real dev.)

- one side of a two-state story meeting, agreeing or working with no one named ("we agreed to trade detainees",
  "Lima proposed talks in the spring" in a story on Peru and Chile): the other state of the story
  (``recipient_other_side_of_the_dyad``).
"""
from __future__ import annotations

from .grammar import lex_entries
from .gatherings import GATHERING_RULES
from .dyad import dyad_other_side
from .parties import PARTY_RULES, refers_back
from .purposes import PURPOSE_RULES
from .crowds import CROWD_RULES
from .roles import noun_actor
from .seizures import SEIZURE_RULES
from .takeovers import recipient_own_state_taken_over
from .undergone import GETTING_RULES
from .emergencies import recipient_own_state_under_emergency_rule
from .vocab import PLACE_TARGET_CATEGORIES

# PLOVER's dyadic categories (PLOVER manual, "Compound and Reciprocal Actors": a meeting or an agreement has two
# sides) whose second side a two-state story supplies
DYADIC_CATEGORIES = frozenset({"CONSULT", "AGREE", "COOPERATE"})


# the words of a noun's phrase that say who was hit, not who acted ("an attack on X", "the raid against X",
# "a strike targeting X", "the shelling of X's villages")
VICTIM_DEPS = ("prep", "acl", "relcl")


def recipient_not_the_victim_of_the_judged_act(r, tok, entry, obj, actors, recipients, joint):
    """Rule ``recipient_not_the_victim_of_the_judged_act``: condemning, denouncing or blaming an act is aimed at whoever
    made it, never at whom it hit: "Quito condemned an attack on a Chilean border post" is no ACCUSE of Chile.  When
    the judged act (the object, a noun of the lexicon for an act of force: ``PLACE_TARGET_CATEGORIES``) names no maker (``roles.noun_actor``) and is no reference back
    to an act of its kind coded before (``parties.refers_back``: ``recipient_maker_of_the_judged_act`` reads those), a recipient
    read only from the act's own target phrase is dropped, so that later rules (the article's other state, a
    coordinated speech act) or none fill it."""
    if not recipients or entry.category != "ACCUSE" or obj is None or obj.pos_ != "NOUN" or tok.pos_ == "NOUN":
        return None
    judged = [e for e in lex_entries(r, obj) if e.category in PLACE_TARGET_CATEGORIES]
    if not judged or noun_actor(r, obj, category=judged[0].category)[0]:
        return None
    categories = {e.category for e in judged}
    if refers_back(r, obj) and any(i < tok.i and c in categories for i, c, _a in getattr(r, "coded_acts", [])):
        return None  # the earlier act's maker: recipient_maker_of_the_judged_act
    hit = {e for c in obj.children if c.dep_ in VICTIM_DEPS for t in c.subtree for e in r.token_entities.get(t.i, ())}
    if not all(e in hit for e in recipients):
        return None
    return actors, []


def recipient_other_side_of_the_dyad(r, tok, entry, obj, actors, recipients, joint):
    """Rule ``recipient_other_side_of_the_dyad``: in an article about two states (``r.dyad``), a meeting, an
    agreement or cooperation (``DYADIC_CATEGORIES``) of one of them that names no other party is with the other:
    "we have agreed to trade detainees", "Lima proposed talks in the spring" in a story on a
    Peru-Chile dispute (PER -> CHL).  Not a mediator's act (mode third-party), not an act of a people of one state
    (kind group), not when the clause names whom it is with though as no entity (``names_unresolved_recipient``:
    "met the delegates"), nor when the other state is not named near it (``other_side_nearby``)."""
    if recipients or entry.category not in DYADIC_CATEGORIES or not r.dyad or entry.mode == "third-party":
        return None
    stated = [a for a in actors if (e := r.entities.get(a)) is not None and e.country]
    if not stated or any(r.entities[a].kind == "group" for a in stated):
        return None
    other = dyad_other_side(r, tok, obj, {r.key(a) for a in stated})
    return (actors, [other]) if other is not None else None


JUDGED_RULES = (recipient_not_the_victim_of_the_judged_act, *GETTING_RULES)  # run before parties.PARTY_RULES
# A coup names its target: the ruler its sentence names (seizures.py) before the forces' own state (takeovers.py)
COUNTERPART_RULES = (recipient_other_side_of_the_dyad, *SEIZURE_RULES, recipient_own_state_taken_over,
                     recipient_own_state_under_emergency_rule)


def apply_party_rules(r, tok, entry, obj, actors, recipients, joint):
    """Every rule of ``JUDGED_RULES``, ``purposes.PURPOSE_RULES``, ``crowds.CROWD_RULES``, ``gatherings.GATHERING_RULES``, ``PARTY_RULES`` and ``COUNTERPART_RULES`` not switched off, in order;
    ``r.party_rules``
    names those that changed the parties (the event's ``rule`` cites them after its lexicon row)."""
    r.party_rules = []
    for rule in (*JUDGED_RULES, *PURPOSE_RULES, *CROWD_RULES, *GATHERING_RULES, *PARTY_RULES, *COUNTERPART_RULES):
        if rule.__name__ in r.off:
            continue
        got = rule(r, tok, entry, obj, actors, recipients, joint)
        if got is not None and got != (actors, recipients):
            r.party_rules.append(rule.__name__)
        if got is not None:
            actors, recipients = got
    coded = getattr(r, "coded_acts", None)
    if coded is None:
        coded = r.coded_acts = []
    coded.append((tok.i, entry.category, actors))  # for an act judged later (recipient_maker_of_the_judged_act)
    return actors, recipients
