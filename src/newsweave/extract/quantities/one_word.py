"""When a lone "one" is an amount and not an article or a pronoun: it counts the person a people verb was done
to ("killed one person"), it is listed with numbered nouns the parser joined ("14 hikers and one instructor"),
or it closes a list after a numbered item ("four Togolese and one Swiss"), or it is an item of a list of three or
more numbered items joined by commas ("two Britons, one Canadian, one Irish"). Used by ``exclusions.one_as_article``."""
from __future__ import annotations

import re

from ..numbers import parse_number
from .atoms import Atom, word_after
from .reader import Reader


def one_counted_victim(r: Reader, a: Atom) -> bool:
    """'killed one person', 'wounded one soldier': a 'one' that counts the person object of a
    people verb is an amount, not an article."""
    span = r.parsed.char_span(a.start, a.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    noun = span[-1].head
    return (span[-1].dep_ == "nummod" and r.tables.units.get(noun.lemma_.lower()) == "person"
            and noun.dep_ in ("dobj", "nsubjpass")
            and noun.head.lemma_.lower() in r.tables.context.get("people_verb", ()))


def one_in_a_list(r: Reader, a: Atom) -> bool:
    """ "14 hikers and one instructor", "two tanks and one truck": a 'one' whose noun is joined to a noun
    that has a number of its own counts, like the amount it is listed with."""
    span = r.parsed.char_span(a.start, a.end, alignment_mode="expand")
    if span is None or not len(span) or span[-1].dep_ != "nummod":
        return False
    noun = span[-1].head
    partners = ([noun.head] if noun.dep_ == "conj" else []) + [c for c in noun.children if c.dep_ == "conj"]
    return any(c.dep_ == "nummod" and c.like_num and c.i != span[-1].i for p in partners for c in p.children)


_LIST_JOIN_END = re.compile(r"(?:[ \u00a0]*,)?[ \u00a0]+and[ \u00a0]+$")


def one_closing_a_list(r: Reader, a: Atom) -> bool:
    """ "four Togolese and one Swiss", "two in the north and one in the south" read by the words: a 'one'
    right after a numbered item of a list (a number and one to three words, then "and") is that list's last
    amount, when the parser did not join the nouns. "two entities, one Serb and one Croat" shares out a total
    named before: no item follows a comma alone, and "one ... and one" is no list of amounts."""
    if word_after(r.text, a.right).lower() == "of":
        return False  # "two sons, and one of them": a part of what was counted, no item of its own
    before = r.text[max(0, a.left - 60):a.left]
    join = _LIST_JOIN_END.search(before)
    if not join:
        return False
    words = before[:join.start()].split()[-4:]
    for k in range(len(words) - 2, -1, -1):  # "four Togolese", "20 Ghanaian nurses", "two in the east"
        if k >= 0 and all(w.isalpha() for w in words[k + 1:]) and parse_number(words[k]) not in (None, 1):
            return True
    return False


_LIST_SEPARATOR = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_CLAUSE_END = re.compile(r"[.;:!?()\u201c\u201d\"]")
LIST_ITEM_WORDS = 3  # words after an item's number: "one Canadian", "20 Ghanaian nurses", "two in the north"


def _item_value(segment: str, *, head: bool) -> tuple[float | None, bool]:
    """The number of a list item ("three Germans") and whether words stand before it (the list's head item,
    "included two Britons"); for a non-head item the number must open the segment."""
    words = segment.split()
    for k in range(max(0, len(words) - LIST_ITEM_WORDS - 1), len(words) - 1):
        if k > 0 and not head:
            break
        value = parse_number(words[k])
        if value is not None and words[k + 1:] and all(w.isalpha() for w in words[k + 1:]):
            return value, k > 0
    return None, False


def one_in_a_comma_list(r: Reader, a: Atom) -> bool:
    """ "two Britons, one Canadian, one Irish and three Germans", "four Australians, two Dutch, one Belgian":
    a 'one' among three or more numbered items joined by commas is one of the list's amounts. "two rival
    halves, one Greek and one Turkish" shares out the total named before it (the items after the comma add up
    to it): no list of amounts; "nine seats, one held by a judge" has two items only."""
    if word_after(r.text, a.right).lower() == "of":
        return False
    before = r.text[max(0, a.left - 120):a.left]
    if not re.search(r",\s*(?:and\s+)?$", before):
        return False
    before = _CLAUSE_END.split(before)[-1]
    after = _CLAUSE_END.split(r.text[a.left:a.left + 120])[0]
    items_after = []
    for segment in _LIST_SEPARATOR.split(after):
        value, _ = _item_value(segment, head=False)
        if value is None:
            break
        items_after.append(value)
    if not items_after:  # the 'one' itself has no item words
        return False
    items_before = []
    for segment in reversed(_LIST_SEPARATOR.split(before)[:-1]):
        value, is_head = _item_value(segment, head=True)
        if value is None:
            break
        items_before.insert(0, value)
        if is_head:
            break
    if not items_before or len(items_before) + len(items_after) < 3:
        return False
    return not (len(items_before) == 1 and items_before[0] == sum(items_after))
