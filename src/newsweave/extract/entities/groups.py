"""Unnamed groups as actors: "protesters", "rebels", "gunmen", "bandits" (PLOVER codes generic actors).

The nouns and their sectors are the PETRARCH2 Phoenix agents dictionary (``data/plover/agents.tsv``, derived by
``scripts/derive_plover_lexicon.py``); a noun is a group actor when its sector is one of ``GROUP_SECTORS``:
people who act for no state (opposition, rebels, armed groups, criminals, radicals).  An organ of a state
("police", "troops", "the junta") is not one of them: the events stage reads it as its state.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ...nlp.columns import positions_in
from ..gazetteer import NAME
from ..plover import AGENTS_FILE, PLOVER_DIR, sectors_of_class
from ...tables import read_table
from .collectives import SWITCH_COLLECTIVE, bare_collective, collective_groups, one_state
from .state import Reading, Span

# Phoenix sectors whose agents act for themselves, not for a state (agents.tsv "sector" column;
# data/plover/sector_classes.tsv, class "group"): an actor by the noun alone
GROUP_SECTORS = sectors_of_class("group")
# sectors of people who act for no state and are an actor by name when a state's adjective says whose they are
# ("Israeli settlers", "Kenyan students"; class "civil"): alone ("students") they stay no actor
CIVIL_SECTORS = sectors_of_class("civil")
# sectors whose "the rebels" after a named armed group is that group (coreference, not a new actor)
ARMED_SECTORS = frozenset({"rebel", "armed_group", "radical"})
ARMED_ROLE = "armed group"  # organizations.tsv role of a non-state armed group
# a modifier or owner that names the group already ("Houthi rebels", "the PKK's fighters", "militants of X"):
# the named actor is the one, not the common noun
NAMING_DEPS = ("compound", "amod", "poss", "nmod")
# "militants of X", "rebels from X", "demonstrators in X": CAMEO codes the group by whom or where it is from
# (the events stage reads the phrase: events.phrases.one_phrase)
OWNER_OR_PLACE_PREPS = ("of", "from", "in", "at", "across", "inside")
RULE = "groups:agent-noun"


@lru_cache(maxsize=2)
def group_nouns(path=AGENTS_FILE) -> dict[str, tuple[int, str]]:
    """Agent noun (one word, as written) -> its line in agents.tsv and its sector, for the group sectors."""
    out: dict[str, tuple[int, str]] = {}
    for row in read_table(path, ("agent", "sector"), what="PETRARCH agents table"):
        if row["sector"] in GROUP_SECTORS | CIVIL_SECTORS and " " not in row["agent"]:
            out.setdefault(row["agent"], (row.get("_line", 0), row["sector"]))
    return out


AGENT_PLACES_FILE = PLOVER_DIR / "agent_places.tsv"


@lru_cache(maxsize=2)
def agent_places(path=AGENT_PLACES_FILE) -> frozenset[str]:
    """Agent nouns of the civil sectors that name places or things ("villages", "schools"), not people."""
    return frozenset(row["noun"] for row in read_table(path, ("noun", "source"), what="agent places table"))


def named_otherwise(r: Reading, t, taken: set[int]) -> bool:
    """The group's phrase names who or where they are: a modifier, owner, or an of-, from- or in-phrase covered by a
    mention.  Not so for people on the receiving end of an act placed by a town or region alone
    (``people_placed_below_a_state``)."""
    for c in t.children:
        if c.dep_ in NAMING_DEPS and any(x.i in taken for x in c.subtree):
            return True
        if c.dep_ == "prep" and c.lower_ in OWNER_OR_PLACE_PREPS and any(
                p.dep_ == "pobj" and p.i in taken for p in c.children) and not placed_below_a_state(r, t, c):
            return True
    return False


SWITCH_PLACED = "people_placed_below_a_state"


def placed_below_a_state(r: Reading, t, prep) -> bool:
    """Rule ``people_placed_below_a_state``: people on the receiving end of an act ("fired tear gas at protesters in
    Mombasa", "arrested a 41-year-old man from Leeds", "killed dozens of villagers in Garissa") whose phrase names only
    where they are or come from, a town or region the text puts in no state (a place mention, no state, no body), are
    a group named by the noun: PLOVER's recipient is whom the act is done to, and the convention names non-state recipients by what the text
    calls them, not a place that stands for nobody.  A state there ("two men from Bolivia", "protesters in Chile"), or
    a place the gazetteer puts in a state ("rebels in Darfur": Sudan's), still names them (that state's people), and
    so does a body ("supporters of the party"); as the one who acts a group stays named by its place
    (``unnamed_groups``: "rebels in Cauca")."""
    from ..events.vocab import PEOPLE_PLACE_PREPS  # (the events package imports this one: read when called)

    if SWITCH_PLACED in r.off or prep.lower_ not in PEOPLE_PLACE_PREPS or not patient(t):
        return False
    spans = {i: s for s in r.spans for i in range(s.start, s.end)}
    named = [spans[x.i] for p in prep.children if p.dep_ == "pobj" for x in p.subtree if x.i in spans]
    # (a town the place gazetteer alone puts in a state, ``place_states``, is still no state the text names)
    return bool(named) and all(s.kind == "location" and (not s.country or s.start in r.located) for s in named)


def definite(t) -> bool:
    """ "the rebels" or a bare "gunmen", with no other word of its own before it (no number, no adjective): a
    reference back to a group already named, not a new one."""
    left = [c for c in t.children if c.i < t.i]
    return not left or len(left) == 1 and left[0].lower_ == "the"


def armed_group_before(r: Reading, t) -> Span | None:
    """The nearest named non-state armed group before the token (organizations.tsv role "armed group")."""
    best = None
    for s in r.spans:
        if s.end <= t.i and isinstance(s.key, str) and (best is None or s.start > best.start):
            e = r.gaz.entries.get(s.key)
            if e is not None and e.role == ARMED_ROLE:
                best = s
    return best


def unnamed_groups(r: Reading) -> None:
    """A plural common noun for a group that acts for no state ("protesters", "separatists", "gunmen"), standing on
    its own in prose, is an actor of kind group named by the noun ("rebels seized the town": the rebels act).  "The
    rebels", "the militants" or a bare "gunmen" after a named armed group is that group ("M23 ... the rebels accused
    Kinshasa").
    A singular ("a gunman") is one person, and a noun modifying another ("rebel forces", "fighter jets") is not the
    head of its phrase: neither is a group."""
    nouns = group_nouns()
    state = one_state(r)
    collective = collective_groups() if SWITCH_COLLECTIVE not in r.off else {}
    taken = r.taken()
    out = []
    for t in (r.doc[i] for i in positions_in(r.doc, "LOWER", nouns) + positions_in(r.doc, "LOWER", collective)):
        one = t.lower_ in collective and bare_collective(t, taken)
        if t.i in taken or t.pos_ != "NOUN" or (t.tag_ != "NNS" and not one) or t.dep_ == "compound" \
                or not r.layout.prose(t.idx) or named_otherwise(r, t, taken):
            continue
        line, sector = collective[t.lower_] if one else nouns[t.lower_]
        if sector not in GROUP_SECTORS:
            continue  # civilians alone ("students") are no actor; with a state's adjective see stated_groups
        named = armed_group_before(r, t) if sector in ARMED_SECTORS and definite(t) else None
        if named is not None:
            out.append(Span(t.i, t.i + 1, t.idx, t.idx + len(t.text), named.key, named.kind, NAME, named.name,
                            named.country, "agent-noun", f"{RULE}:armed-group-named-before"))
            continue
        source = f"collective_groups.tsv:{line}" if one else f"agents.tsv:{line}"
        out.append(Span(t.i, t.i + 1, t.idx, t.idx + len(t.text), ("new", "group", t.lower_), "group", NAME,
                        t.lower_, state if one else None, "agent-noun", f"{RULE}:{source}"))
    r.spans += out


def stated_groups(r: Reading) -> None:
    """A plural noun of people who act for no state with a state's adjective or name before it ("Chilean
    protesters", "Israeli settlers", "Kenyan students", "Bolivia's farmers") is a group named by the phrase, with
    that state as its country (its context): the convention codes non-state actors by name and a state only
    for its officials and forces (tests/corpus/real/README.md, "Events"), not CAMEO's state + role.  So is the
    singular noun modifying an act noun ("Chilean settler attacks": the group named in the plural).  A modifier
    naming anything but a state ("Houthi rebels") leaves the named body the actor."""
    nouns = group_nouns()
    taken = r.taken()
    states = {t: s for s in r.spans if s.kind == "country" and s.country for t in range(s.start, s.end)}
    out = []
    for t in (r.doc[i] for i in positions_in(r.doc, "LOWER", nouns)):  # (people_noun needs it)
        noun = people_noun(r, t, nouns, taken)
        if noun is None:
            continue
        owner = t if t.dep_ != "compound" else t.head  # "Chilean settler attacks": the adjective is the act's
        naming = [c for c in owner.children if c.dep_ in NAMING_DEPS and c.i < t.i and any(x.i in taken for x in c.subtree)]
        if len(naming) != 1 or naming[0].i not in states or any(x.i in taken and x.i not in states for x in naming[0].subtree):
            continue
        state = states[naming[0].i]
        words = [x.text for x in naming[0].subtree if x.i in states or x.tag_ == "POS"] + [noun]  # not "angry"
        name = re.sub(r" (['’]s)\b", r"\1", " ".join(words))
        out.append(Span(t.i, t.i + 1, t.idx, t.idx + len(t.text), ("new", "group", name), "group", NAME, name,
                        state.country, "agent-noun", f"{RULE}:stated:agents.tsv:{nouns[noun][0]}"))
    r.spans += out


def people_noun(r: Reading, t, nouns, taken) -> str | None:
    """The plural agent noun of people ``t`` names, untaken and in prose: itself ("settlers"), or the plural of a
    singular modifying an act noun ("settler attacks"); not a place or thing ("villages")."""
    if t.i in taken or t.pos_ != "NOUN" or not r.layout.prose(t.idx):
        return None
    if t.tag_ == "NNS" and t.dep_ != "compound":
        noun = t.lower_
    elif t.tag_ == "NN" and t.dep_ == "compound" and t.head.pos_ == "NOUN" and t.head.tag_ == "NNS" and t.lower_ in nouns:
        noun = t.lower_ + "s"
    else:
        return None
    return noun if noun in nouns and noun not in agent_places() else None


# the dependency roles of a noun on the receiving end of an act: its object, its passive subject, or the object of
# "on"/"against"/"at" ("fired on protesters", "a crackdown against traders", "fired tear gas at mourners")
PATIENT_DEPS = ("dobj", "nsubjpass")
PATIENT_PREPS = ("on", "against", "at")
# a vague or counted head before "of" that hands the act on to its people ("hundreds of civilians")
COUNT_HEADS = frozenset({"dozens", "hundreds", "thousands", "scores", "tens", "millions", "group", "groups", "number"})


def patient(t) -> bool:
    """``t`` is what an act is done to: the object or passive subject of a verb, the object of "on"/"against", or the
    people of a count that is ("arrested four settlers", "killed hundreds of villagers", "shots fired on migrants")."""
    if t.dep_ in PATIENT_DEPS:
        return True
    if t.dep_ != "pobj":
        return False
    prep = t.head
    if prep.lower_ in PATIENT_PREPS:
        return True
    head = prep.head
    return prep.lower_ == "of" and head.dep_ in PATIENT_DEPS and (head.like_num or head.lower_ in COUNT_HEADS)


PATIENT_PEOPLE_FILE = PLOVER_DIR / "patient_people.tsv"


@lru_cache(maxsize=2)
def patient_people(path=PATIENT_PEOPLE_FILE) -> dict[str, int]:
    """Noun of people the agents table gives no civil sector ("crowd", "congregation", "supporters") -> its line in
    ``patient_people.tsv``."""
    return {row["noun"].lower(): row.get("_line", 0)
            for row in read_table(path, ("noun", "source"), what="patient people table")}


def patient_groups(r: Reading) -> None:
    """A plural noun of people who act for no state ("civilians", "villagers", "settlers"), alone, on the receiving end
    of an act, is a group named by the noun: PLOVER's recipient when no state is named for them ("troops killed
    dozens of villagers": the villagers; the issue's "recipient lost" kind).  So is a noun of people of
    ``patient_people.tsv``, plural or collective ("opened fire on the congregation", "fired tear gas at the crowd",
    "detained 20 individuals"), as the convention names a non-state recipient by what the text calls it.  As a subject
    alone it stays no actor (``unnamed_groups``; "a crowd gathered"); a place or thing noun ("villages") is never
    one."""
    nouns = group_nouns()
    people = patient_people()
    taken = r.taken()
    out = []
    for t in (r.doc[i] for i in positions_in(r.doc, "LOWER", nouns)):  # (people_noun needs it)
        noun = people_noun(r, t, nouns, taken)
        if noun is None or noun != t.lower_ or nouns[noun][1] not in CIVIL_SECTORS or not patient(t) \
                or named_otherwise(r, t, taken):
            continue
        out.append(Span(t.i, t.i + 1, t.idx, t.idx + len(t.text), ("new", "group", noun), "group", NAME, noun, None,
                        "agent-noun", f"{RULE}:patient:agents.tsv:{nouns[noun][0]}"))
    for t in (r.doc[i] for i in positions_in(r.doc, "LOWER", people)):
        if t.i in taken or t.pos_ != "NOUN" or t.dep_ == "compound" or not r.layout.prose(t.idx) \
                or not patient(t) or named_otherwise(r, t, taken):
            continue
        out.append(Span(t.i, t.i + 1, t.idx, t.idx + len(t.text), ("new", "group", t.lower_), "group", NAME,
                        t.lower_, None, "agent-noun", f"{RULE}:patient:patient_people.tsv:{people[t.lower_]}"))
    r.spans += out


# PLOVER's COERCE rows of the shipped lexicon with no cue (data/plover/lexicon.tsv): acts of force short of violence
# done to people ("arrested", "detained", "dispersed", "the detention of"); and its ACCUSE rows with no cue, whose
# object is the one accused ("accused landlords of greed", "blamed smugglers")
COERCE = "COERCE"
ACCUSE = "ACCUSE"
# what the rule string says the people underwent, by the trigger row's category
UNDERGONE = {COERCE: "coerced", ACCUSE: "accused"}
# the switches of ``coerced_people`` (extract_entities(..., rules_off=...)): people counted by a count noun
# ("groups of young people"), the accused of an ACCUSE row, and the adjectives that say which people
PEOPLE_SWITCHES = frozenset({"counted_people", "accused_people", "people_described"})
LEXICON_FILE = PLOVER_DIR / "lexicon.tsv"
# Phoenix sectors of plain people (agents.tsv): "ppl" (man, people, persons) and the civil class (woman, villager...)
PEOPLE_SECTORS = frozenset({"ppl"}) | CIVIL_SECTORS
# a number or age before the noun that makes it a new person or people ("a 41-year-old man", "24 people")
COUNTED_DEPS = ("nummod", "amod", "det", "compound")


@lru_cache(maxsize=2)
def coercion_triggers(path=LEXICON_FILE) -> dict[tuple[str, str], str]:
    """(lemma, pos) of the lexicon's COERCE and ACCUSE rows that hold whatever the object (no cue) -> the category
    (a COERCE row wins where a word has both)."""
    out: dict[tuple[str, str], str] = {}
    for row in read_table(path, ("lemma", "pos", "category"), what="event lexicon file"):
        if row["category"] in UNDERGONE and not (row.get("cue") or "").strip():
            key = (row["lemma"], row["pos"])
            if out.get(key) != COERCE:
                out[key] = row["category"]
    return out


@lru_cache(maxsize=2)
def people_nouns(path=AGENTS_FILE) -> dict[str, int]:
    """Agent noun of plain people (singular or plural, as written; one word, or two: "property owners") -> its line in
    agents.tsv."""
    out: dict[str, int] = {}
    for row in read_table(path, ("agent", "sector"), what="PETRARCH agents table"):
        if row["sector"] in PEOPLE_SECTORS and row["agent"].count(" ") <= 1:
            out.setdefault(row["agent"], row.get("_line", 0))
    return out


def counted_head(t):
    """The count or collective noun ``t`` is counted by, when that count is what an act is done to: "dispersed groups
    of young people", "arrested dozens of students" (the count's own head is the act); else None."""
    if t.dep_ != "pobj" or t.head.lower_ != "of":
        return None
    count = t.head.head
    if count.dep_ in PATIENT_DEPS and (count.like_num or count.lower_ in COUNT_HEADS):
        return count
    return None


def coercing_head(t):
    """The verb or noun ``t`` is the patient of: its head for an object or passive subject ("detained a man", "a man
    was arrested"), the head of the count it is counted by ("dispersed groups of young people": rule
    ``counted_people``), the act noun of an of-phrase ("the arrest of 95 people"); else None."""
    if t.dep_ in PATIENT_DEPS:
        return t.head
    count = counted_head(t)
    if count is not None:
        return count.head
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ == "NOUN":
        return t.head.head
    return None


def people_phrase(t, nouns) -> tuple[object, str] | None:
    """The first token and the agents-table noun of the people ``t`` heads: a two-word agent noun whose first word is
    the compound right before ``t`` ("property owners"), else ``t`` itself ("men"); None when neither is a people
    noun."""
    before = t.doc[t.i - 1] if t.i > 0 else None
    if before is not None and before.dep_ == "compound" and before.head.i == t.i:
        two = f"{before.lower_} {t.lower_}"
        if two in nouns:
            return before, two
    return (t, t.lower_) if t.lower_ in nouns else None


def described_name(first, t, noun: str) -> str:
    """The group's name: the noun with the plain adjectives right before it that say which people ("young people",
    "corrupt officials"), as the convention names a non-state party by what the text calls it; no number, age or
    state ("30 people", "a 62-year-old man" stay "people", "man")."""
    words = []
    i = first.i - 1
    while i >= 0 and t.doc[i].dep_ == "amod" and t.doc[i].head.i == t.i and t.doc[i].tag_ == "JJ" \
            and t.doc[i].is_alpha and not any(True for _ in t.doc[i].children):
        words.insert(0, t.doc[i].lower_)
        i -= 1
    return " ".join([*words, noun])


def from_a_state(r: Reading, t) -> bool:
    """A from-phrase right after the noun's phrase names a state ("arrested two men from Bolivia", wherever the parser
    hangs it): the people are that state's (events.origins.people_hit_from_a_state), not a group of their own."""
    after = t.right_edge.i + 1
    if after >= len(r.doc) or r.doc[after].lower_ != "from" or r.doc[after].dep_ != "prep":
        return False
    states = {i for s in r.spans if s.kind == "country" and s.country for i in range(s.start, s.end)}
    return any(x.i in states for p in r.doc[after].children if p.dep_ == "pobj" for x in p.subtree)


def coerced_people(r: Reading) -> None:
    """A common noun of plain people ("a 53-year-old man", "24 people", "the woman", "property owners") that is what a
    coercive act is done to ("police arrested a man", "the detention of the woman", "dispersed groups of young
    people": switch ``counted_people``) is the act's recipient, named by the noun and the plain adjectives that say
    which people ("young people": switch ``people_described``): PLOVER codes whom police, courts or soldiers detain,
    charge or disperse, and the convention names non-state recipients by what the text calls them.  So is the one an
    accusation is laid on ("accused property owners of greed": an ACCUSE row, switch ``accused_people``), whom PLOVER
    ACCUSE names as its recipient.  The act is one of the lexicon's COERCE or ACCUSE rows with no cue; its coding
    stays with the events stage.  A noun already covered by a name, named by a modifier or of-phrase ("the country's people"), or
    followed by a from-phrase naming a state ("two men from Bolivia": that state's people), is left to that name."""
    nouns = people_nouns()
    triggers = coercion_triggers()
    heads = {n.rsplit(" ", 1)[-1] for n in nouns}
    taken = r.taken()
    out = []
    for t in (r.doc[i] for i in positions_in(r.doc, "LOWER", heads)):
        if t.i in taken or t.pos_ != "NOUN" or t.dep_ == "compound" or not r.layout.prose(t.idx) \
                or from_a_state(r, t):
            continue
        phrase = people_phrase(t, nouns)
        if phrase is None or named_otherwise(r, t, taken - {phrase[0].i}):
            continue
        if "counted_people" in r.off and counted_head(t) is not None:
            continue
        head = coercing_head(t)
        if head is None:
            continue
        pos = "verb" if head.pos_ == "VERB" else "noun" if head.pos_ == "NOUN" else None
        category = triggers.get((head.lemma_.lower(), pos)) if pos else None
        if category is None or (category == ACCUSE and "accused_people" in r.off):
            continue
        first, noun = phrase
        name = described_name(first, t, noun) if "people_described" not in r.off else noun
        out.append(Span(first.i, t.i + 1, first.idx, t.idx + len(t.text), ("new", "group", name), "group", NAME, name,
                        None, "agent-noun", f"{RULE}:{UNDERGONE[category]}:agents.tsv:{nouns[noun]}"))
    r.spans += out


AGENT_ACTS_FILE = PLOVER_DIR / "agent_acts.tsv"
# the subject of a verb: the one who acts ("a gunman opened fire")
ACTING_DEPS = ("nsubj",)
# a place phrase on the maker says where it acted, not whose it is ("a suicide bomber in Peru"): its state is context
PLACE_PREPS = ("in", "inside", "at")


@lru_cache(maxsize=2)
def act_makers(path=AGENT_ACTS_FILE) -> dict[str, int]:
    """Singular agent noun named after an act (``agent_acts.tsv``: "attacker", "gunman", "suicide bomber") -> its line."""
    return {row["agent"].lower(): row.get("_line", 0)
            for row in read_table(path, ("agent", "category", "source"), what="agent acts table")
            if not row["agent"].lower().endswith(("s", "men"))}


@lru_cache(maxsize=2)
def maker_heads(path=AGENT_ACTS_FILE) -> frozenset[str]:
    """The last word of each agent noun of ``act_makers`` ("bomber" of "suicide bomber")."""
    return frozenset(name.split(" ")[-1] for name in act_makers(path))


def lone_makers(r: Reading) -> None:
    """A singular agent noun named after an act ("a gunman", "the attacker", "a suicide bomber", from
    ``agent_acts.tsv``) that is a verb's subject is the one who acted: a group named by the noun (PLOVER codes an
    unnamed attacker by what the text calls it; the convention names non-state actors, never the state where they
    acted).  A state named in a place phrase on it ("a gunman in Peru") is its country (context), not the actor; a
    state's adjective ("a Chilean gunman") likewise.  A noun covered by a name or named by an owner ("the group's
    gunman") or by a name in apposition ("the gunman, X,") is left to the name."""
    lone_agent_nouns(r, lambda t: t.dep_ in ACTING_DEPS, "lone-maker")


def lone_patients(r: Reading) -> None:
    """The same singular agent noun on the receiving end of a coercive act or an assault with no cue (its object or
    passive subject: "police arrested the gunman", "the attacker was shot by soldiers"): a group named by the noun,
    the act's recipient, as ``coerced_people`` names the plain people such an act is done to."""
    acts = struck_verbs()
    lone_agent_nouns(r, lambda t: t.dep_ in PATIENT_DEPS and t.head.pos_ == "VERB" and t.head.lemma_.lower() in acts,
                     "lone-patient")


@lru_cache(maxsize=2)
def struck_verbs(path=LEXICON_FILE) -> frozenset[str]:
    """The verbs of the lexicon's COERCE, ACCUSE and ASSAULT rows that hold whatever the object (no cue)."""
    return frozenset(lemma for (lemma, pos) in coercion_triggers(path) if pos == "verb") | assault_verbs(path)


@lru_cache(maxsize=2)
def assault_verbs(path=LEXICON_FILE) -> frozenset[str]:
    """The verbs of the lexicon's ASSAULT rows with no cue ("shoot", "kill", "attack")."""
    return frozenset(row["lemma"] for row in read_table(path, ("lemma", "pos", "category"), what="event lexicon file")
                     if row["category"] == "ASSAULT" and row["pos"] == "verb" and not (row.get("cue") or "").strip())


def lone_agent_nouns(r: Reading, fits, tag: str, makers=None, table="agent_acts.tsv", placed=True) -> None:
    """The singular agent nouns of ``agent_acts.tsv`` (or of ``makers``, read from ``table``) whose token passes
    ``fits``, as groups named by the noun (with the state of a place phrase on the noun when ``placed``)."""
    makers = act_makers() if makers is None else makers
    heads = frozenset(name.split(" ")[-1] for name in makers)
    taken = r.taken()
    states = {t: s for s in r.spans if s.kind == "country" and s.country for t in range(s.start, s.end)}
    out = []
    doc = r.doc
    for i in positions_in(doc, "LOWER", heads):  # every name found below ends with the token's own word
        t = doc[i]
        if i in taken or t.pos_ != "NOUN" or t.tag_ != "NN" or not fits(t) \
                or not r.layout.prose(t.idx):
            continue
        before = [c for c in t.children if c.dep_ == "compound" and c.i == t.i - 1]
        name = " ".join([*(c.lower_ for c in before), t.lower_])
        if name not in makers:
            name = t.lower_
            if name not in makers or before:
                continue
        # (a name in apposition says who it is: "the main suspect, X," is X)
        owners = [c for c in t.children
                  if c.dep_ in ("poss", "nmod", "compound", "appos") and c.i not in {b.i for b in before}]
        if any(x.i in taken for c in owners for x in c.subtree):
            continue
        where = [states[p.i] for c in t.children if c.dep_ in ("amod", "prep") and (c.dep_ == "amod" or c.lower_ in PLACE_PREPS)
                 for p in ([c] if c.dep_ == "amod" else [x for x in c.children if x.dep_ == "pobj"]) if p.i in states]
        country = where[0].country if placed and len({w.country for w in where}) == 1 else None
        start = before[0] if name != t.lower_ else t
        out.append(Span(start.i, t.i + 1, start.idx, t.idx + len(t.text), ("new", "group", name), "group", NAME, name,
                        country, "agent-noun", f"{RULE}:{tag}:{table}:{makers[name]}"))
    r.spans += out
