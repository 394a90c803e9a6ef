"""Unnamed people acting, told by their noun: "residents blocked the road", "critics were quick to accuse the
mayor", "opposition leaders have accused X" (rule ``acting_people``; the nouns of ``acting_people.tsv``,
``compounded_people.tsv`` and the civil sectors of the agents table). Split from ``groups`` for room."""
from __future__ import annotations

from functools import lru_cache

from ...nlp.columns import distinct_strings, positions_in
from ..gazetteer import NAME
from ..plover import PLOVER_DIR
from ...tables import read_table
from .groups import CIVIL_SECTORS, COUNT_HEADS, OWNER_OR_PLACE_PREPS, RULE, agent_places, group_nouns, named_otherwise, stated_groups
from .state import Reading, Span


ACTING_PEOPLE_FILE = PLOVER_DIR / "acting_people.tsv"
QUOTE_MARKS = ('"', "\u201c", "\u201d")
# "farmers throughout Peru", "students across Chile": a place phrase on the people or their count
ACTING_PLACE_PREPS = (*OWNER_OR_PLACE_PREPS, "throughout")


@lru_cache(maxsize=2)
def acting_people_nouns(path=ACTING_PEOPLE_FILE) -> dict[str, str]:
    """Plural noun of plain people -> its row: the civil-sector nouns of agents.tsv ("residents", "students",
    "farmers"; not a place, ``agent_places.tsv``) and our own of ``acting_people.tsv`` ("critics", "candidates")."""
    out = {noun: f"agents.tsv:{line}" for noun, (line, sector) in group_nouns().items()
           if sector in CIVIL_SECTORS and noun not in agent_places()}
    for row in read_table(path, ("noun", "source"), what="acting people table"):
        out.setdefault(row["noun"].lower(), f"acting_people.tsv:{row.get('_line', 0)}")
    return out


COMPOUNDED_PEOPLE_FILE = PLOVER_DIR / "compounded_people.tsv"


@lru_cache(maxsize=2)
def compounded_people_nouns(path=COMPOUNDED_PEOPLE_FILE) -> dict[str, str]:
    """Plural noun of people that is a group only with a plain noun compounded before it (``compounded_people.tsv``:
    "opposition leaders", "rights groups") -> its row."""
    return {row["noun"].lower(): f"compounded_people.tsv:{row.get('_line', 0)}"
            for row in read_table(path, ("noun", "source"), what="compounded people table")}


@lru_cache(maxsize=1)
def act_verbs() -> frozenset[str]:
    """The verbs with a row in the events lexicon (``data/plover/lexicon.tsv``): the acts the events stage codes
    (whether a row holds is its cue's business, read there)."""
    from ..plover import load_lexicon
    return frozenset(lemma for (lemma, pos) in load_lexicon().entries if pos == "verb")


# a participle with no auxiliary ("19 people killed": a headline's passive) or a progressive ("residents are searching",
# "students are demanding"): an ongoing state of affairs or no act of the people at all, not one act told
UNTOLD_ACT_TAGS = ("VBN", "VBG")


def acting_verb(t):
    """The verb ``t`` does: the one it is the subject of ("residents marched"), or the by-agent of ("the road was
    blocked by residents"), itself or as the people of a count ("thousands of farmers rallied"); else None."""
    head = t
    if t.dep_ == "pobj" and t.head.lower_ == "of" and (t.head.head.like_num or t.head.head.lower_ in COUNT_HEADS):
        head = t.head.head
    if head.dep_ == "nsubj" and head.head.pos_ == "VERB" and (head.head.tag_ not in UNTOLD_ACT_TAGS or perfect(head.head)):
        return head.head
    if head.dep_ == "pobj" and head.head.dep_ == "agent" and head.head.head.pos_ == "VERB":
        return head.head.head
    return None


def perfect(verb) -> bool:
    """Rule ``acting_people_in_the_perfect``: a past participle after "have" ("rights groups have accused X",
    "residents had blocked the road") tells one act done, not a headline's bare passive."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)


def phrase_names_a_place(t, taken: set[int]) -> bool:
    """A phrase on the people or on their count names a place or body ("farmers throughout Peru", "thousands of
    students across Chile"): the events stage reads them by it (``events.phrases.one_phrase``)."""
    heads = [t, t.head.head] if t.dep_ == "pobj" and t.head.lower_ == "of" else [t]
    return any(c.dep_ == "prep" and c.lower_ in ACTING_PLACE_PREPS and any(x.i in taken for x in c.subtree)
               for h in heads for c in h.children)


# the determiners, owners and numbers that make plural people particular ("its critics", "the students", "30 farmers")
PARTICULAR_DEPS = ("det", "poss", "nummod")


def generic_or_told(t, verb) -> bool:
    """A generic statement ("critics warn that...", "students protest when fees rise": a bare plural subject of a
    present tense) or an act only a speaker tells of ("the settlers, he added, burned the car"): no act the text
    itself reports."""
    from ..events.vocab import REPORTING_VERBS  # (the events package imports this one: read when called)

    generic = verb.tag_ == "VBP" and t.dep_ == "nsubj" and not any(c.dep_ in PARTICULAR_DEPS for c in t.children)
    return generic or any(c.dep_ == "parataxis" and c.lemma_.lower() in REPORTING_VERBS for c in verb.children)


def quoted(r: Reading, t) -> bool:
    """``t`` stands inside a direct quote of its sentence (an odd number of quote marks before it)."""
    before = r.doc.text[t.sent.start_char:t.idx]
    return sum(before.count(q) for q in QUOTE_MARKS) % 2 == 1


def names_protesters(r: Reading) -> bool:
    """The article names protesters ("protesters", "strikers": ``protester_nouns`` of the coder's words): the crowd
    whose acts the events stage gives the article's protests (``events.implicit.actor_protesters_of_the_article``)."""
    from ..events.vocab import PROTESTER_NOUNS  # (the events package imports this one: read when called)

    # each distinct lemma and lower-case word of the Doc once (the same answer as the test on every token)
    return (any(w.lower() in PROTESTER_NOUNS for w in distinct_strings(r.doc, "LEMMA"))
            or any(w.rstrip("s") in PROTESTER_NOUNS for w in distinct_strings(r.doc, "LOWER")))


def acting_people(r: Reading) -> None:
    """Rule ``acting_people``: a plural noun of plain people who act for no state (``acting_people_nouns``:
    "residents", "students", "critics", "candidates"), alone, that is the subject or by-agent of a verb the events
    lexicon codes ("residents blocked the road", "critics accused the party", "thousands of farmers rallied"), is a
    group named by the noun, the act's actor: the convention names non-state actors by what the text calls them.
    Not as the subject of any other verb ("residents fled"), nor named by a modifier or phrase (``stated_groups``,
    "residents of X", "farmers throughout Peru"), nor inside a direct quote or as a generic statement ("critics warn
    that"), nor in an act a speaker tells of ("the settlers, he added, burned"), nor as a progressive's subject
    ("students are demanding": an ongoing state of affairs), nor in an article that names protesters
    (``names_protesters``): people acting there are the crowd the article's protests are read by, and a new group
    splits its acts ("workers struck" beside "protesters marched") or tells its protest as another act ("residents
    blocked the road").  Real dev 2026-12-07 (580 texts, events): F1 0.521 ->
    0.522, P 0.557 -> 0.557 (0.5572 -> 0.5575), R 0.489 -> 0.491 (+3 tp, +2 fp); in articles naming protesters too:
    +3 tp, +5 fp, P 0.5572 -> 0.5553 (on an earlier base: F1 0.516 -> 0.517, P 0.553 -> 0.552); with "people" among
    the nouns F1 0.514 (P 0.543: "people took to the streets" displacing the article's protesters); progressives
    kept: 0.515; generic and told acts kept: 0.516, P 0.550.  Named with the plain nouns compounded before it
    (``compounds_before``: "opposition candidates"): real dev 2026-12-07 (592 texts) F1 0.520 -> 0.522, P 0.553 ->
    0.555 (+2 tp, -2 fp); the rule itself there: +3 tp, +4 fp, F1 0.519 -> 0.520 before it.
    The subject of a control verb or adjective does its coded infinitive (``controlled_act``: "residents tried to
    block", "critics were quick to accuse"), an act in the perfect is told (``perfect``: "critics have accused"), and a
    hyphened word before the nouns names them whole (``hyphened_start``: "hard-line settlers").  Real dev 2026-12-07
    (649 texts, benchmarks/strict_events.py): tp 633 -> 634, fp 442 -> 443, F1 0.5512 -> 0.5515.  A noun of
    ``compounded_people.tsv`` ("leaders", "politicians", "members") is a group only with a plain noun compounded
    before it ("opposition leaders", "gang members"): real dev tp 634 -> 635, fp 443 -> 444, F1 0.5515 -> 0.5519.
    Tried and left out: the same nouns alone (the named people of "European leaders, including X", "the two
    leaders", "members of parliament including X" lost to the noun: +15 fp) and "groups" ("rights groups accused":
    +1 tp absorbed by an optional gold event, +2 fp)."""
    if names_protesters(r):
        return
    compounded = compounded_people_nouns()
    nouns = {**compounded, **acting_people_nouns()}
    verbs = act_verbs()
    taken = r.taken()
    out = []
    for t in (r.doc[i] for i in positions_in(r.doc, "LOWER", nouns)):
        if t.i in taken or t.pos_ != "NOUN" or t.tag_ != "NNS" or t.dep_ == "compound" or not r.layout.prose(t.idx):
            continue
        verb = main = acting_verb(t)
        if SWITCH_CONTROLLED not in r.off and (verb is None or verb.lemma_.lower() not in verbs):
            main = main or linking_verb(t)
            verb = controlled_act(main, verbs) if main is not None else None  # (tense and teller: the main verb's)
        if verb is None or verb.lemma_.lower() not in verbs or named_otherwise(r, t, taken) or quoted(r, t) \
                or phrase_names_a_place(t, taken) or generic_or_told(t, main):
            continue
        first = compounds_before(t, taken)
        if first.i == t.i and t.lower_ in compounded and t.lower_ not in acting_people_nouns():
            continue  # "the leaders", "European leaders": people named elsewhere, or states
        name = t.doc[first.i:t.i + 1].text.lower()
        out.append(Span(first.i, t.i + 1, first.idx, t.idx + len(t.text), ("new", "group", name), "group", NAME,
                        name, None, "agent-noun", f"{RULE}:acting:{nouns[t.lower_]}"))
    r.spans += out


SWITCH_CONTROLLED = "acting_people_of_a_controlled_act"
# the words between a subject and the infinitive it does: an adjective ("were quick to accuse", "ready to block") or
# the control verb itself ("tried to block", "moved to block", "sought to remove")
CONTROL_LINK_DEPS = ("acomp",)


def linking_verb(t):
    """The "be" ``t`` is the subject of when an adjective complement follows it ("critics were quick to"); else None."""
    head = t.head
    if t.dep_ == "nsubj" and head.pos_ == "AUX" and head.tag_ not in UNTOLD_ACT_TAGS \
            and any(c.dep_ in CONTROL_LINK_DEPS for c in head.children):
        return head
    return None


def controlled_act(verb, verbs):
    """Rule ``acting_people_of_a_controlled_act``: the coded infinitive a verb's subject does through a control verb
    or adjective ("residents tried to block the road", "critics were quick to accuse X", "farmers sought to halt"):
    the infinitive complement (``xcomp``, through an adjective complement) with no subject of its own whose verb the
    events lexicon codes, followed down a chain of such complements or gerunds ("began trying to block"); else None.  Whether
    the act is done or only wanted is the events stage's business (``events.modes``: "wanted to impeach" stays
    hypothetical)."""
    cur = verb
    for _ in range(3):
        nxt = next((c for c in cur.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
        if nxt is None:
            adj = next((c for c in cur.children if c.dep_ in CONTROL_LINK_DEPS and c.pos_ == "ADJ"), None)
            nxt = next((c for c in adj.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None) if adj is not None else None
        if nxt is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in nxt.children) \
                or not (nxt.tag_ == "VBG" or any(c.dep_ == "aux" and c.lower_ == "to" for c in nxt.children)):
            return None
        if nxt.lemma_.lower() in verbs:
            return nxt
        cur = nxt
    return None


def compounds_before(t, taken: set[int]):
    """The first token of the plain nouns compounded right before ``t`` that no mention covers ("opposition
    candidates", "taxi drivers"): the people are named by what the text
    calls them; else ``t``."""
    first = t
    while first.i > 0 and (c := t.doc[first.i - 1]).dep_ == "compound" and c.head.i == t.i and c.i not in taken \
            and c.pos_ == "NOUN" and c.is_alpha:
        first = c
    return hyphened_start(first, taken) if first.i < t.i else first


def hyphened_start(first, taken: set[int]):
    """The start of the hyphened word the first compounded noun ends ("hard-line settlers", "hard-core fans"), so that
    the name is the word as written, not its last part ("line settlers"); else ``first``."""
    doc = first.doc
    if first.i >= 2 and doc[first.i - 1].text == "-" and not doc[first.i - 1].whitespace_ \
            and not doc[first.i - 2].whitespace_ and doc[first.i - 2].is_alpha and first.i - 2 not in taken:
        return doc[first.i - 2]
    return first
