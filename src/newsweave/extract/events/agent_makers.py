"""An agent noun acted on, resolved to the maker of the act it is named after (issue 13, part 2).

"Police arrested the attackers" codes the group "attackers" as the recipient (an agent noun of
``data/plover/agents.tsv``).  An article that has named who attacked earlier means that one:

- ``recipient_maker_of_the_earlier_act``: a recipient that is an agent noun named after an act
  (``data/plover/agent_acts.tsv``: "attackers", "gunmen", "kidnappers" -> ASSAULT) becomes the actor of the earlier
  mentions of that act in the article, when they name exactly one (other than the act's own actor).  Two makers
  named ("X and Y attacked"), or none: the agent noun stays as it is.
- ``recipient_protesters_detained``: "police detained 77 people" in an article about a protest also codes the group
  that protests there (counts of people by no trait only: ``generic_people`` of coder_words.tsv).
"""
from __future__ import annotations

from collections import Counter
from functools import lru_cache

from ..plover import PLOVER_DIR
from ...tables import read_table
from .vocab import GENERIC_PEOPLE

AGENT_ACTS_FILE = PLOVER_DIR / "agent_acts.tsv"
RULE = "recipient_maker_of_the_earlier_act"
AGENT_NOUN_RULE = "groups:agent-noun"  # how the entity linker marks a group named by an agent noun
# what did not or may not happen made no one a maker
UNREAL = ("negation", "hypothetical")


@lru_cache(maxsize=2)
def agent_acts(path=AGENT_ACTS_FILE) -> dict[str, str]:
    return {row["agent"].lower(): row["category"]
            for row in read_table(path, ("agent", "category", "source"), what="agent acts table")}


def _act_of(r, eid: str) -> str | None:
    e = r.entities.get(eid)
    if e is None or e.kind != "group" or not (e.rule or "").startswith(AGENT_NOUN_RULE):
        return None
    words = e.name.lower().split()
    return (agent_acts().get(" ".join(words)) or agent_acts().get(words[-1])) if words else None


def recipient_maker_of_the_earlier_act(r, mentions: list) -> list:
    """Each mention's agent-noun recipient replaced by the single maker of an earlier act of its kind."""
    if RULE in r.off:
        return mentions
    for f in mentions:
        for k, rid in enumerate(f.recipient):
            category = _act_of(r, rid)
            if category is None:
                continue
            own = {r.key(a) for a in f.actor}
            makers: dict[str, str] = {}
            for g in mentions:
                if g.trigger >= f.trigger or g.category != category or g.auxiliary in UNREAL and not g.hedged_only:
                    continue
                for a in g.actor:
                    if _act_of(r, a) is None and r.entities.get(a) is not None and r.key(a) not in own:
                        makers.setdefault(r.key(a), a)
            if len(makers) != 1:
                continue
            maker = next(iter(makers.values()))
            if any(r.key(x) == r.key(maker) for x in f.recipient):
                continue
            f.recipient = [*f.recipient[:k], maker, *f.recipient[k + 1:]]
            f.rule = f"{f.rule} + agent_makers:{RULE}"
    return mentions


LONE_RULE = "recipient_state_a_lone_maker_struck"
LONE_MAKER_RULE = "groups:agent-noun:lone-maker"  # how the entity linker marks "a gunman" who acts (groups.lone_makers)


def recipient_state_a_lone_maker_struck(r, mentions: list) -> list:
    """An attack (ASSAULT) by an unnamed lone maker ("a gunman opened fire", "a suicide bomber in Peru detonated
    himself") with no recipient is aimed at the state where it struck: the state named with the maker ("in Peru"),
    else the one state the article names (``DocReader.context_state``); never the state the article is mostly about,
    which is a guess (a US shooting reported with a foreign victim's country named most often).
    PLOVER codes an attack on people of a state by an unnamed non-state maker with that state as its target."""
    if LONE_RULE in r.off:
        return mentions
    states = {e.country: e.id for e in r.entities.values() if e.kind == "country" and e.country}
    for f in mentions:
        if f.category != "ASSAULT" or f.recipient or not f.actor:
            continue
        makers = [r.entities.get(a) for a in f.actor]
        if not all(e is not None and (e.rule or "").startswith(LONE_MAKER_RULE) for e in makers):
            continue
        where = {e.country for e in makers if e.country}
        state = states.get(next(iter(where))) if len(where) == 1 else r.context_state
        if state is None:
            continue
        f.recipient = [state]
        f.rule = f"{f.rule} + agent_makers:{LONE_RULE}"
    return mentions


PROTESTERS_RULE = "recipient_protesters_detained"


def _generic(r, eid: str) -> bool:
    e = r.entities.get(eid)
    return e is not None and e.kind == "group" and bool(e.name) and e.name.lower().split()[-1] in GENERIC_PEOPLE


def recipient_protesters_detained(r, mentions: list) -> list:
    """Rule ``recipient_protesters_detained``: people arrested, detained or banned in an article about a protest
    ("police detained 77 people", "20 individuals were held") are its protesters: a COERCE whose recipients are all
    counts of people named by no trait (``generic_people`` of coder_words.tsv) also gets the group that protests in
    most of the article's PROTEST mentions (only a group, never a state or an organization; none on a tie)."""
    if PROTESTERS_RULE in r.off:
        return mentions
    protests = Counter()
    for g in mentions:
        if g.category == "PROTEST" and not (g.auxiliary in UNREAL and not g.hedged_only):
            protests.update({r.key(a) for a in g.actor
                             if getattr(r.entities.get(a), "kind", None) == "group" and not _generic(r, a)})
    top = protests.most_common(2)
    if not top or (len(top) == 2 and top[0][1] == top[1][1]):
        return mentions
    group = next(a for g in mentions if g.category == "PROTEST" for a in g.actor if r.key(a) == top[0][0])
    for f in mentions:
        if f.category == "COERCE" and f.recipient and all(_generic(r, e) for e in f.recipient) and group not in f.actor:
            f.recipient = [*f.recipient, group]
            f.rule = f"{f.rule} + agent_makers:{PROTESTERS_RULE}"
    return mentions
