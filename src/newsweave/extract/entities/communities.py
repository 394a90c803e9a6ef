"""Places that name no acting state (issue 13, part 2: actors and recipients as event data needs them).

- ``nationals_are_no_state``: a people counted or listed with other peoples ("two Americans", "Kenyans, Canadians
  and Chinese") and a demonym modifying a noun of private persons ("a Chilean tourist", "Japanese nationals", "of
  Irish descent") name nationals, a group of the state's people, not the state; a demonym modifying an office,
  force or body ("Chilean troops", "the Chilean government") still names the state.
- ``capitals_as_places``: a capital after a preposition of place ("the harbours in Lima") or opening a longer proper
  name ("the Vienna Convention") is the city, not its state.
- ``venues_are_no_party``: a capital as the compound modifier of a meeting or agreement noun ("the Quito talks",
  "the Doha round") names where the meeting is held, a place in its state, not a party to it.

The words are data (``data/gazetteer/community_words.tsv``; its ``marker`` words, "ethnic", "local", are read by
``events.phrases.home_of_people``: a people marked a community is coded by the state it lives in, never its kin state).
"""
from __future__ import annotations

from functools import lru_cache

from ..gazetteer import ADJECTIVE, CAPITAL, GAZETTEER_DIR, NAME, PEOPLE
from ...tables import read_table
from ..numbers import SCALES
from .groups import CIVIL_SECTORS, agent_places, group_nouns
from .state import Reading, Span

COMMUNITY_WORDS_FILE = GAZETTEER_DIR / "community_words.tsv"


@lru_cache(maxsize=2)
def community_words(path=COMMUNITY_WORDS_FILE) -> dict[str, frozenset[str]]:
    """class -> its words (``marker``, ``venue``, ``national``)."""
    out: dict[str, set[str]] = {}
    for row in read_table(path, ("word", "class", "source"), what="community words table"):
        out.setdefault(row["class"], set()).add(row["word"].lower())
    return {k: frozenset(v) for k, v in out.items()}


def venues_are_no_party(r: Reading) -> None:
    """A capital modifying a meeting or agreement noun ("the Quito talks") is the venue: a place of its state."""
    venues = community_words().get("venue", frozenset())
    doc = r.doc
    for i, s in enumerate(r.spans):
        if s.kind != "country" or s.form != CAPITAL:
            continue
        head = doc[s.end - 1]
        if head.dep_ != "compound" or head.head.lower_ not in venues or head.head.i < s.end:
            continue
        text = doc[s.start:s.end].text
        r.spans[i] = Span(s.start, s.end, s.cstart, s.cend, ("new", "location", text), "location", NAME, text,
                          s.country, "venue", s.rule.replace("gazetteer:", "gazetteer:venue:", 1))


# nouns of those who govern or enforce: "officials in Beijing", "police in Nairobi" may be the state itself
GOVERNING_NOUNS = frozenset({"official", "authority", "government", "leader", "leadership", "regime", "administration",
                             "police", "force", "troop", "army", "soldier",
                             "diplomat", "envoy", "spokesman", "spokeswoman", "spokesperson"})


def capitals_as_places(r: Reading) -> None:
    """A capital that stands where something is, not for its government, is the city: a place of its state
    (tests/corpus/real/README.md, "Entities": a capital counts only when it stands for the government). Two
    positions say so: the object of a preposition of place (the ``locative`` words of the community words table:
    "the harbours in Lima and Quito", "a hotel near Lisbon"), unless the phrase describes those who govern
    ("officials in Beijing said"); and the first word of a longer proper name ("the Vienna Convention", "Beijing
    Time"). "Beijing said", "talks with Moscow", "sanctions on Tehran" keep the state, and so does every capital of
    an article that names no state but by capitals (the events stage reads the one state an article names: "a march
    in Mexico City" with no other state named is a protest aimed at Mexico's authorities)."""
    locative = community_words().get("locative", frozenset())
    doc = r.doc
    if not any(s.kind == "country" and s.form != CAPITAL for s in r.spans):
        return  # an article that names states by their capitals alone: the capital is its one handle on the state
    for i, s in enumerate(r.spans):
        if s.kind != "country" or s.form != CAPITAL:
            continue
        last = doc[s.end - 1]
        first = _first_conjunct(last)
        prep = first.head
        # only a thing's place: "the harbours in Lima", "a court in The Hague"; where an act happens ("met in
        # Astana", "rallied in Quito") the events stage reads the capital's state as the act's other party
        placed = first.dep_ == "pobj" and prep.lower_ in locative and prep.head.pos_ == "NOUN" \
            and prep.head.i < prep.i and prep.head.lemma_.lower() not in GOVERNING_NOUNS \
            and not r.gaz.has_role(prep.head.lemma_, "person") and not _group_or_act(prep.head)
        named = s.end < len(doc) and last.dep_ == "compound" and last.head.i >= s.end \
            and doc[s.end].pos_ == "PROPN" and doc[s.end].text[:1].isupper() \
            and all(t.pos_ == "PROPN" for t in doc[s.end:last.head.i + 1]) \
            and last.head.lower_ not in GOVERNING_NOUNS
        if not (placed or named):
            continue
        text = doc[s.start:s.end].text
        r.spans[i] = Span(s.start, s.end, s.cstart, s.cend, ("new", "location", text), "location", NAME, text,
                          s.country, "place", s.rule.replace("gazetteer:", "gazetteer:place:", 1))


def _group_or_act(noun) -> bool:
    """A noun of people ("militias in Tripoli", an agent noun of ``groups.group_nouns``) or of an act ("voting in
    Jerusalem", a gerund): the capital's state is the party of what they do, not a thing's address."""
    return noun.lower_ in group_nouns() or noun.lemma_.lower() in group_nouns() or noun.lower_.endswith("ing")


# the dependencies of a demonym on the noun it describes ("a Chilean tourist", "Japanese nationals")
MODIFIER_DEPS = ("amod", "compound", "nmod")
# peoples listed together are persons of those nations ("Kenyans, Canadians, Chinese and Americans"); two alone
# ("Serbs and Croats voted") may still be their states
LIST_OF_PEOPLES = 3


def nationals_are_no_state(r: Reading) -> None:
    """Nationals are no state (tests/corpus/real/README.md, "Entities": a country only when the text names the state,
    its demonym for the state or government, or its capital standing for it): a people by its plural demonym ("two
    Americans were among the dead") or listed with other peoples ("Kenyans, Canadians and Chinese") and a demonym
    describing private persons ("a Chilean tourist", "Japanese nationals", "of Irish descent") become a group of that
    state's people. A list of demonyms shares its noun or its plural neighbours ("Kenyan, French and Israeli citizens").
    The nouns are the ``national`` words of the community words table and the civil agent nouns no stated group
    covers (``groups.CIVIL_SECTORS``: "a Chilean tourist"); an office, force or body ("Chilean troops", "the Chilean
    embassy") keeps the state, and so do a people alone ("Ukrainians queued for water") and armed or opposition
    groups ("Ethiopian rebels", read by ``groups.stated_groups`` and the events stage)."""
    doc = r.doc
    places = agent_places()  # "a Palestinian village" is a place of the state, not its people
    words = community_words().get("national", frozenset())
    nouns = words | frozenset(
        n for n, (_, sector) in group_nouns().items() if sector in CIVIL_SECTORS and n not in places
        and f"{n}s" not in places)
    by_token = {s.end - 1: i for i, s in enumerate(r.spans) if s.kind == "country" and s.form in (ADJECTIVE, PEOPLE)}
    # a group stated_groups named ("Kenyan students") keeps its state as context for the events stage ("marched to
    # the ministry": Kenya's); it already says who acts. Nationals ("Kenyan citizens") do not.
    stated = {t for s in r.spans if ":stated:" in s.rule for t in range(s.start, s.end)}
    nationals: dict[int, str] = {}  # span index -> the group's name
    heads: set[int] = set()  # the nouns of private persons the demonyms describe
    for i in by_token.values():
        s = r.spans[i]
        first = _first_conjunct(doc[s.end - 1])
        if s.form == ADJECTIVE and first.dep_ in MODIFIER_DEPS and first.head.i > first.i \
                and first.head.pos_ == "NOUN" and first.head.lower_ in nouns \
                and (first.head.lower_ in words or first.head.i not in stated):
            nationals[i] = f"{doc[s.start:s.end].text} {first.head.lower_}"
            heads.add(first.head.i)
    for i in by_token.values():
        s = r.spans[i]
        if s.form == PEOPLE and doc[s.end - 1].tag_ in ("NNPS", "NNS") and (_counted(doc[s.end - 1]) or sum(
                k in by_token or k in heads for k in _coordination(_first_conjunct(doc[s.end - 1]))) >= LIST_OF_PEOPLES):
            nationals[i] = doc[s.start:s.end].text
    # a demonym standing alone in a list of peoples or with a described noun is one of them ("Kenyans, Chinese,
    # Americans"; "Kenyan, French, and Israeli citizens" parsed with "citizens" as the last conjunct)
    grown = True
    while grown:
        grown = False
        for i in by_token.values():
            s = r.spans[i]
            tok = doc[s.end - 1]
            if i in nationals or s.form != ADJECTIVE or tok.dep_ in MODIFIER_DEPS:
                continue
            kin = [c.i for c in tok.children if c.dep_ == "conj"] + ([tok.head.i] if tok.dep_ == "conj" else [])
            if any(by_token.get(k) in nationals or k in heads for k in kin):
                nationals[i] = doc[s.start:s.end].text
                grown = True
    for i, name in nationals.items():
        s = r.spans[i]
        r.spans[i] = Span(s.start, s.end, s.cstart, s.cend, ("new", "group", name), "group", PEOPLE, name, s.country,
                          "agent-noun", s.rule.replace("gazetteer:", "gazetteer:national:", 1))


def _counted(t) -> bool:
    """A people counted by a number ("two Americans", "at least eight Kenyans") or by an amount ("thousands of
    Kenyans"): persons, not the nation."""
    return any(c.dep_ == "nummod" or c.like_num for c in t.children) or _counted_by_an_amount(t)


def _counted_by_an_amount(t) -> bool:
    """The people is the of-object of a scale word ("thousands of Kenyans", "hundreds of", "dozens of": the words of
    ``numbers.SCALES``), a count with no figure.  Real dev 2026-12-07 (622 texts, events): F1 0.538 -> 0.540
    (P 0.575 -> 0.578, R 0.506 -> 0.507), entities 0.900 unchanged."""
    prep = t.head
    return t.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in SCALES


def _coordination(first) -> set[int]:
    """The tokens of the coordination that starts with ``first``."""
    out, todo = set(), [first]
    while todo:
        t = todo.pop()
        out.add(t.i)
        todo += [c for c in t.children if c.dep_ == "conj" and c.i not in out]
    return out


def _first_conjunct(t):
    """The first word of the coordination ``t`` is in ("Israeli" in "Kenyan, French and Israeli": "Kenyan")."""
    while t.dep_ == "conj" and t.head.i < t.i:
        t = t.head
    return t
