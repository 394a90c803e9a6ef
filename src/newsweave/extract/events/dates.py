"""Dates of event mentions: the date expression of the clause, else the publication date, and when two
mentions' dates are compatible (step 5 of the coder merges only those)."""
from __future__ import annotations

from ...model import TimeExpression
from ...sentences import Sentences
from ..time import DatedTimes, date_for_span
from .reader import Found
from .vocab import SPAN_PREPOSITIONS, TIME_NOUNS, TIME_PART_NOUNS

# named date rules (DATE_RULES), each skipped when named in the coder's ``rules_off``:
# - year_names_a_thing: a bare year that modifies a noun other than a time noun ("the 2030 World Cup", "the 2024
#   budget") names that thing, not the time of an act in its clause; it still dates the act the noun itself is
#   (its trigger) or the act done to it as the passive subject ("the 2019 treaty was signed")
# - date_from_own_sentence: a merged mention group takes its date from its lead mention's sentence only; a member
#   mentioned in another sentence ("In September, X struck a school" after "X has been waging offensives") does
#   not lend it its date
# - time_modifies_trigger: an explicit or relative date dates an act only when the expression modifies the act's
#   trigger: its head chain reaches the trigger (or the verb the trigger is an argument of) through temporal
#   modifiers and prepositions, not through a span preposition ("since October", "until the end of 2028",
#   data: span_prepositions), a noun about something else ("independence in 1978") or another clause ("officials
#   said on Sunday" for the act they report); in doubt the act keeps the publication date ("reported", a bound)
# - date_of_paragraph: in a document without a publication date, an act whose own sentence gives it no date takes
#   the explicit absolute date (month or day precision) that opens its paragraph before it, when every such date
#   before it in the paragraph agrees ("Fighting resumed on 4 June 2022. Troops shelled ..."): basis "explicit".
#   A relative date ("on Tuesday") has no anchor there and dates nothing; no date is ever guessed from the
#   latest date the text mentions
DATE_RULES = ("year_names_a_thing", "date_from_own_sentence", "time_modifies_trigger", "date_of_paragraph")
PARAGRAPH_DATE_MIN_CHARS = 7  # YYYY-MM: a bare year in an earlier sentence is too coarse to carry over
# dependency labels by which a year modifies a noun, and the labels by which a noun is what its trigger acts on
YEAR_MODIFIER_DEPS = frozenset({"compound", "nummod", "amod", "nmod"})
UNDERGOER_DEPS = frozenset({"nsubjpass"})
# labels by which a noun a date modifies is what the trigger acts on directly ("seized the town on Monday" parsed
# with the date on "town")
OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "obj"})
# labels that open another clause: a trigger under one of them is no argument of the verb above it
CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "acl", "parataxis", "csubj", "csubjpass", "ROOT"})
NOUN_POS = frozenset({"NOUN", "PROPN", "PRON"})
VERB_POS = frozenset({"VERB", "AUX"})

# years before the publication year from which a dated event counts as historical background
# (calibrated by hand on our own test sentences: a war three years old is still the story, a 1953 armistice is history)
HISTORICAL_YEARS = 5


def dated(times: tuple[TimeExpression, ...] | DatedTimes, start: int, end: int, text: "str | Sentences",
          published: str | None) -> tuple[str | None, str | None]:
    """The event's date and its basis: a date expression of its clause or sentence ("explicit" or
    "relative" to the publication date), else the publication date ("reported": an upper bound), else None.
    ``times`` is best a :class:`DatedTimes` built once for the document's mentions."""
    times = times if isinstance(times, DatedTimes) else DatedTimes(times)
    value = date_for_span(times, start, end, text=text)
    if value:
        # the expression that gave the date: the nearest one with that value
        near = times.closest(value, start, end)
        return value, "relative" if near is not None and near.relative else "explicit"
    if published:
        return published, "reported"
    return None, None


def undated_paragraph_date(all_times: DatedTimes, start: int, end: int, sentences: "Sentences",
                           attributes: dict[str, object], off: frozenset[str] = frozenset()) -> tuple[str | None, str | None]:
    """(date, "explicit") from :func:`paragraph_date` for an act left undated (no date in its sentence, no
    publication date), else (None, None); skipped when ``date_of_paragraph`` is in ``off``."""
    if "date_of_paragraph" in off or not isinstance(sentences, Sentences):
        return None, None
    value = paragraph_date(all_times, start, end, sentences, frozenset(attributes))
    return (value, "explicit") if value else (None, None)


def paragraph_date(times: DatedTimes, start: int, end: int, sentences: "Sentences",
                   barred: frozenset[str] = frozenset()) -> str | None:
    """Rule ``date_of_paragraph``: the one explicit absolute date (month precision at least) written before the
    span's sentence in the span's paragraph (a line of the text), or None when there is none or they disagree.
    ``barred``: ids of expressions that name a thing ("the 2030 games"), never a time of an act."""
    text = sentences.text
    paragraph_start = text.rfind("\n", 0, start) + 1
    sentence_start, _ = sentences.around(start, end)
    values = {t.value for t in times
              if paragraph_start <= t.start and t.end <= sentence_start and t.value and not t.relative
              and t.id not in barred and len(t.value) >= PARAGRAPH_DATE_MIN_CHARS}
    return values.pop() if len(values) == 1 else None


def attribute_years(parsed, times, off: frozenset[str] = frozenset()) -> dict[str, object]:
    """The bare years of a parsed text that modify a noun other than a time noun ("the 2030 World Cup"): each
    expression's id and the head of the noun phrase it modifies (rule ``year_names_a_thing``)."""
    if "year_names_a_thing" in off or parsed is None:
        return {}
    out = {}
    for t in times:
        if not (t.text.strip().isdigit() and len(t.text.strip()) == 4):
            continue
        span = parsed.char_span(t.start, t.end, alignment_mode="expand")
        if span is None or len(span) != 1 or span[0].dep_ not in YEAR_MODIFIER_DEPS:
            continue
        noun = span[0].head
        while noun.dep_ == "compound" and noun.head.i != noun.i:  # "2030 Fifa World Cup": up to "Cup"
            noun = noun.head
        if noun.pos_ in ("NOUN", "PROPN") and noun.lemma_.lower() not in TIME_NOUNS and noun.lower_ not in TIME_NOUNS:
            out[t.id] = noun
    return out


def time_roots(parsed, times, off: frozenset[str] = frozenset()) -> dict[str, object]:
    """Each resolved time expression's id, the root token of its span and whether the expression holds a span
    preposition itself ("since October" taken as one expression) (rule ``time_modifies_trigger``)."""
    if "time_modifies_trigger" in off or parsed is None:
        return {}
    out = {}
    for t in times:
        if not t.value:
            continue
        span = parsed.char_span(t.start, t.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        bounded = any(w.lower_ in SPAN_PREPOSITIONS and w.pos_ in ("ADP", "SCONJ") for w in span)
        out[t.id] = (span.root, bounded)
    return out


def _time_word(token) -> bool:
    return (token.lemma_.lower() in TIME_NOUNS or token.lower_ in TIME_NOUNS or token.lemma_.lower() in TIME_PART_NOUNS
            or token.lower_ in TIME_PART_NOUNS)


def _argument_of(trigger, verb) -> bool:
    """The trigger is the verb's argument or coordinate ("held talks", "arrested X and charged Y"), or the verb
    is a clause on the trigger noun ("the strike, which happened on Saturday"), not a clause above it."""
    if verb.head.i == trigger.i and verb.dep_ in ("acl", "relcl", "conj"):
        return True
    token = trigger
    for _ in range(12):
        if token.i == verb.i:
            return True
        if token.head.i == token.i or (token.dep_ in CLAUSE_DEPS and not _participle_of(token)):
            return False
        token = token.head
    return False


def _participle_of(token) -> bool:
    """A subjectless participle clause on a verb ("struck the town, killing four"): the same act's time."""
    return (token.dep_ == "advcl" and token.tag_ in ("VBG", "VBN")
            and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in token.children))


def modifies(root, trigger) -> bool:
    """The time expression whose root token is ``root`` modifies the act whose trigger token is ``trigger``:
    its head chain reaches the trigger through prepositions other than span ones ("on", "in", "at"), time
    nouns ("the end of May") and other words, or reaches a verb the trigger is an argument of; a noun about
    something else or a span preposition on the way bars it."""
    token = root
    for _ in range(12):
        if token.i == trigger.i:
            return True
        head = token.head
        if head.i == token.i:
            return False
        if head.i == trigger.i:
            return True
        if head.dep_ in ("prep", "agent") or head.pos_ in ("ADP", "SCONJ"):
            if head.lower_ in SPAN_PREPOSITIONS:
                return False
        elif head.pos_ in NOUN_POS and not _time_word(head):
            # a date inside another noun phrase: only the thing the trigger directly acts on
            return head.head.i == trigger.i and head.dep_ in OBJECT_DEPS
        elif head.pos_ in VERB_POS:
            return _argument_of(trigger, head)
        token = head
    return False


def times_of(all_times: DatedTimes, times, attributes: dict[str, object], parsed, trigger: int,
             roots: dict[str, object] | None = None) -> DatedTimes:
    """The time expressions that may date the mention whose trigger stands at ``trigger``: every one but the
    years naming a thing other than the trigger itself or what the trigger acts on as its passive subject, and
    (with ``roots``, rule ``time_modifies_trigger``) those in the trigger's sentence that do not modify it."""
    if not attributes and not roots:
        return all_times
    token = parsed.char_span(trigger, trigger + 1, alignment_mode="expand")
    token = token[0] if token is not None and len(token) else None
    barred = {i for i, noun in attributes.items()
              if token is None or not (noun.i == token.i or (noun.head.i == token.i and noun.dep_ in UNDERGOER_DEPS))}
    if roots and token is not None:
        sentence = token.sent
        for i, (root, bounded) in roots.items():
            if i not in barred and root.sent.start == sentence.start and (bounded or not modifies(root, token)):
                barred.add(i)
    if not barred:
        return all_times
    return DatedTimes(t for t in times if t.id not in barred)


def group_date(group: list[Found], same_sentence, off: frozenset[str] = frozenset()) -> tuple[str | None, str | None]:
    """A merged group's date and basis: the most precise date the text gives, the publication date only when no
    mention is dated; with ``date_from_own_sentence`` only from mentions in the lead mention's sentence."""
    lead, own = group[0], "date_from_own_sentence" not in off
    pool = [f for f in group if f is lead or not own or same_sentence(lead, f)]
    if own and not any(f.date and f.date_basis != "reported" for f in pool):
        # no date in the lead's sentence: the publication date any member carries (a bound), else none
        pool = [f for f in group if f.date_basis == "reported"] or pool
    by_precision = sorted(pool, key=lambda f: (f.date_basis == "reported", -len(f.date or "")))
    return next(((f.date, f.date_basis) for f in by_precision if f.date), (None, None))


def compatible(a: Found, b: Found) -> bool:
    """Two mentions' dates do not exclude each other; a reported date only bounds the action from above."""
    x, y = a.date, b.date
    if x is None or y is None:
        return True
    if a.date_basis == "reported" or b.date_basis == "reported":
        n = min(len(x), len(y))
        if a.date_basis == b.date_basis:
            return True
        bound, other = (x, y) if a.date_basis == "reported" else (y, x)
        return other[:n] <= bound[:n]
    return x.startswith(y) or y.startswith(x)


def historical(date: str | None, published: str | None) -> bool:
    if not date or not published:
        return False
    try:
        return int(date[:4]) <= int(published[:4]) - HISTORICAL_YEARS
    except ValueError:
        return False


