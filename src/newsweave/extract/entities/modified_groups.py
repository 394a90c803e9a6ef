"""Plural nouns a modifier makes an armed group acting for no state ("armed groups", "terrorist groups",
"separatist groups"): the two-word agent nouns of an armed sector in the PETRARCH2 Phoenix agents dictionary
(``data/plover/agents.tsv``), where the head alone ("groups") is no agent of the table.
"""
from __future__ import annotations

from functools import lru_cache

from ...nlp.columns import positions_in
from ...tables import read_table
from ..gazetteer import NAME
from ..plover import AGENTS_FILE, sectors_of_class
from .collectives import one_state
from .groups import ARMED_SECTORS, NAMING_DEPS, RULE, named_otherwise
from .state import Reading, Span


@lru_cache(maxsize=2)
def two_word_groups(path=AGENTS_FILE) -> dict[str, dict[str, int]]:
    """Plural head -> {two-word agent noun of an armed sector ("armed groups") -> its line in agents.tsv}."""
    out: dict[str, dict[str, int]] = {}
    for row in read_table(path, ("agent", "sector"), what="PETRARCH agents table"):
        words = row["agent"].split(" ")
        if row["sector"] in ARMED_SECTORS and len(words) == 2 and words[1].endswith("s"):
            out.setdefault(words[1], {}).setdefault(row["agent"], row.get("_line", 0))
    return out


def modified_groups(r: Reading) -> None:
    """Rule ``modified_groups``: a plural noun that its one modifier makes an armed group acting for no state, as a
    two-word agent noun of an armed sector in agents.tsv ("armed groups", "terrorist groups", "separatist groups":
    PETRARCH2 codes them UAF or REB, whatever the head alone is), is a group named by the two words.  A head that is
    such a group alone ("separatist rebels") is left to ``unnamed_groups``; an owner or phrase naming them ("the
    Kivu's armed groups", "armed groups of X"), or members listed ("armed groups, including X"), leaves them to that
    name, and "all armed groups" or "other armed groups" are no particular group (``any_or_listed``).  Real dev
    2026-12-07 (600 texts, events): F1 0.520 -> 0.523 (P 0.553 -> 0.554, R 0.491 -> 0.494; +4 tp, +1 fp); 0.522
    without ``any_or_listed``, which keeps own blind's events (0.697, P 0.844 without it; 0.710 with it).
    Dropped: the same rule for the opposition sector ("opposition parties", "opposition politicians": +0 tp, +6 fp,
    gold seldom codes the acts of such a loose camp) and for "political prisoners" (what a release hands over:
    +2 tp, -2 tp, +3 fp)."""
    heads = two_word_groups()
    taken = r.taken()
    out = []
    for t in (r.doc[i] for i in positions_in(r.doc, "LOWER", heads)):
        if t.i == 0 or t.i in taken or t.pos_ != "NOUN" or t.tag_ != "NNS" or t.dep_ == "compound" \
                or not r.layout.prose(t.idx):
            continue
        m = r.doc[t.i - 1]
        name = f"{m.lower_} {t.lower_}"
        if name not in heads[t.lower_] or m.head.i != t.i or m.dep_ not in ("compound", "amod") or m.i in taken \
                or named_otherwise(r, t, taken) or any_or_listed(t, taken):
            continue
        out.append(Span(m.i, t.i + 1, m.idx, t.idx + len(t.text), ("new", "group", name), "group", NAME, name, None,
                        "agent-noun", f"{RULE}:modified:agents.tsv:{heads[t.lower_][name]}"))
    r.spans += out


# a quantifier that makes plural armed groups any such groups ("all armed groups", "other armed groups"), not ones
# the text speaks of; the words that list a group's members ("armed groups, including X", "groups such as X")
ANY_GROUP_WORDS = ("all", "other", "any")
LISTING_PREPS = ("including", "such", "like")


def any_or_listed(t, taken: set[int]) -> bool:
    """The plural group is any such group ("called on all armed groups", "talks with other armed groups", "armed groups
    that control the trade": a kind, told by a restrictive relative clause) or names
    its members ("the main armed groups, including X and Y": the named members act, as the events stage reads them)."""
    if any(c.i < t.i and c.lower_ in ANY_GROUP_WORDS or c.dep_ == "relcl" and t.doc[c.left_edge.i - 1].text != ","
           for c in t.children):
        return True  # (a restrictive relative clause, "armed groups that control the trade", says which kind)
    return any((c.dep_ == "appos" or c.dep_ == "prep" and c.lower_ in LISTING_PREPS)
               and any(x.i in taken for x in c.subtree) for h in (t, t.head) for c in h.children if c.i > t.i)


# Phoenix sectors of political parties and coalitions (data/plover/sector_classes.tsv, class "party")
PARTY_SECTORS = sectors_of_class("party")
PARTY_RULE = "groups:agent-noun:party"


@lru_cache(maxsize=2)
def two_word_parties(path=AGENTS_FILE) -> dict[str, dict[str, int]]:
    """Head -> {two-word agent noun of a party sector ("ruling party", "governing coalitions") -> its line}."""
    out: dict[str, dict[str, int]] = {}
    for row in read_table(path, ("agent", "sector"), what="PETRARCH agents table"):
        words = row["agent"].split(" ")
        if row["sector"] in PARTY_SECTORS and len(words) == 2:
            out.setdefault(words[1], {}).setdefault(row["agent"], row.get("_line", 0))
    return out


def party_groups(r: Reading) -> None:
    """Rule ``party_groups``: a party or coalition the text names by a two-word agent noun of a party sector ("the
    ruling party", "the governing coalition", "Ghana's ruling party") is a group named by the two words, with the
    state its owner names, else the text's one state, as its context: the party in power is no organ of its state,
    so its acts are not the state's acts (a judgement of the president it backs is no act of a state on itself).
    A name covering the head ("the ruling ANC party") or an owner naming anything but a state leaves it to that name."""
    heads = two_word_parties()
    taken = r.taken()
    states = {t: s for s in r.spans if s.kind == "country" and s.country for t in range(s.start, s.end)}
    state = one_state(r)
    out = []
    for t in (r.doc[i] for i in positions_in(r.doc, "LOWER", heads)):
        if t.i == 0 or t.i in taken or t.pos_ != "NOUN" or t.dep_ == "compound" or not r.layout.prose(t.idx):
            continue
        m = r.doc[t.i - 1]
        name = f"{m.lower_} {t.lower_}"
        if name not in heads[t.lower_] or m.head.i != t.i or m.i in taken:
            continue
        owners = [c for c in t.children if c.dep_ in NAMING_DEPS and c.i < m.i and any(x.i in taken for x in c.subtree)]
        if any(x.i in taken and x.i not in states for c in owners for x in c.subtree):
            continue
        owned = {states[x.i].country for c in owners for x in c.subtree if x.i in states}
        country = next(iter(owned)) if len(owned) == 1 else None if owned else state
        out.append(Span(m.i, t.i + 1, m.idx, t.idx + len(t.text), ("new", "group", name), "group", NAME, name,
                        country, "agent-noun", f"{PARTY_RULE}:agents.tsv:{heads[t.lower_][name]}"))
    r.spans += out
