"""The person a title names as the one an act is done to (``PARTY_RULES``' rule ``recipient_holder_of_the_title``):
"police detained the former vice-president", "the author's arrest", "the ex-minister was charged" after the text
has named the holder with that title ("Vice-President X", "author X", "X, the minister").  Without it such an act
names no one and may fall on the article's other state.  A title is a singular agent noun of the PETRARCH2 agents
dictionary (``agents.tsv``); words before it that only date it (``past_title_words``: former, ex-) are left
aside, any other word joined to it by a hyphen ("vice-", "deputy-") must be in the holder's title too."""
from __future__ import annotations

from .implicit import title_holder
from .vocab import PAST_TITLE_WORDS


def hyphen_parts(noun) -> tuple[object, list[str]]:
    """The last word of a hyphenated noun the parser split into sibling tokens ("vice - president", "ex - minister")
    and the lower-cased words before it; a noun not followed by a hyphen is itself, with no words before."""
    doc, parts, i = noun.doc, [], noun.i
    while i + 2 < len(doc) and doc[i + 1].text == "-" and doc[i + 2].pos_ in ("NOUN", "PROPN") \
            and not doc[i].whitespace_ and not doc[i + 1].whitespace_:
        parts.append(doc[i].lower_)
        i += 2
    return doc[i], parts


def undergoers(tok, entry, obj) -> list:
    """Who the sentence says undergoes the act: its object, the passive subject of a verb trigger, the possessor
    of a noun trigger whose row says its possessor undergoes it (roles ``patient``: "the author's arrest")."""
    deps = ("nsubjpass",) if tok.pos_ == "VERB" else ("poss",) if entry.roles == "patient" else ()
    return ([obj] if obj is not None else []) + [c for c in tok.children if c.dep_ in deps]


def any_holder(noun) -> bool:
    """The title is indefinite ("the help of a prime minister", "any minister"): whoever holds one, not the holder
    named before."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an", "any", "another", "some", "every") for c in noun.children)


def recipient_holder_of_the_title(r, tok, entry, obj, actors, recipients, joint):
    """An act done to someone named by a title only: the person the text named with that title before (see the
    module docstring)."""
    if recipients:
        return None
    for h in undergoers(tok, entry, obj):
        if h.pos_ != "NOUN":
            continue
        noun, before = hyphen_parts(h)
        if noun.tag_ == "NNS" or noun.i in r.token_entities or r.agent_sector(noun) is None or any_holder(h):
            continue
        holder = title_holder(r, noun, [w for w in before if w not in PAST_TITLE_WORDS])
        if holder and holder not in actors:
            return actors, [holder]
    return None
