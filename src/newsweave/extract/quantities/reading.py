"""Reading a number group in context: ``GROUP_STEPS`` in order (each may answer with the reason the group
is no amount), then ``NEIGHBOUR_RULES`` over the readings of a text.

Each reading says which rules gave its unit, bound and rate (:attr:`Reading.rule`), as names with the
data row they used: ``unit-after-number units.tsv:42 + bound-before quantity_cues.tsv:7``.
"""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from ...nlp.columns import doc_text
from ..numbers import SCALE_ABBREVIATIONS, SCALES, has_scale, scale_of
from .atoms import Atom, find_atoms, group_atoms, phrase_after, phrase_before
from .counted import (cited, context_unit, counted_by_reference, counted_tokens, rate, sentence_start,
                      token_index_at, unit_reading)
from .exclusions import COUNTED_RULES, WORD_RULES, date_reason, hyphened_noun, label_reason
from .reader import Group, Reader, first_answer
from .tables import UnitTables
from .vocab import (ANAPHORIC_HEADS, ANTECEDENT_MAX_SENTENCES, COUNTED_UNITS, HYPHEN_PERSON_WORDS, PARTITIVE_DETERMINERS,
                    TIME_UNITS)


@dataclass(frozen=True)
class Reading:
    """A number expression read in context, before it becomes a Quantity."""
    start: int
    end: int
    value: float
    value_max: float | None
    unit: str
    counted: str | None
    per: str | None
    bound: str | None
    unit_rule: str = "bare-number"
    bound_rule: str | None = None
    per_rule: str | None = None
    pointing: bool = False  # people counted after a determiner ("the six missing people"): see repeated_figure

    @property
    def rule(self) -> str:
        """``quantities:`` and the rules of the unit, the bound and the rate, joined by " + "."""
        return "quantities:" + " + ".join(p for p in (self.unit_rule, self.bound_rule, self.per_rule) if p)


# -- GROUP_STEPS: (reader, group) -> the reason it is no amount, or None to go on -------------------

def not_a_name_or_date(r: Reader, g: Group) -> str | None:
    """``LABEL_RULES``, then date rules, on every number of the group."""
    for atom in g.atoms:
        reason = label_reason(r, atom, g.sent_start) or date_reason(r, _with_range_unit(g, atom),
                                                                    g.last.right if len(g.atoms) > 1 else None)
        if reason:
            return reason
    return None


def _with_range_unit(g: Group, atom: Atom) -> Atom:
    """ "between 31 and 36 percent", "$3-5 billion": a range writes its percent or currency once, on its last
    number, and it is the first number's unit too (the tagger's date in "between 31" is no date then)."""
    last = g.last
    if len(g.atoms) < 2 or atom is last or atom.percent or atom.currency or not (last.percent or last.currency):
        return atom
    return dataclasses.replace(atom, percent=last.percent, currency=last.currency)


def range_values(r: Reader, g: Group) -> str | None:
    """The values; "1-2 million", "between 3 and 5 billion": the scale written once applies to both."""
    g.values = [a.value for a in g.atoms]
    if len(g.atoms) == 2:
        if not has_scale(g.first.surface) and has_scale(g.last.surface) and g.values[0] < g.values[1] / 10:
            g.values[0] *= scale_of(g.last.surface)
        if g.values[0] >= g.values[1]:
            return "not an increasing range"
    return None


def hyphenated_word(r: Reader, g: Group) -> None:
    """The word hyphenated to the number: "strong" of "a 10,000-strong force" ("-plus" is a bound)."""
    m = re.match(r"-([A-Za-z]+)\b", r.text[g.last.end:g.last.end + 20])
    if m and m.group(1).lower() != "plus":
        g.hyphen_word, g.hyphen_end = m.group(1).lower(), g.last.end + m.end()


def lone_number_word(r: Reader, g: Group) -> str | None:
    """``WORD_RULES`` on a number written as one word ("one", "two", "thousand")."""
    if g.first.is_words and len(g.atoms) == 1 and not g.hyphen_word:
        return first_answer(r, WORD_RULES, g)
    return None


def extent(r: Reader, g: Group) -> None:
    """The currency or percent written on the numbers, and where the amount ends ("20,000-plus", "10,000+")."""
    with_currency = next((a for a in g.atoms if a.currency), None)
    if with_currency is not None:
        g.currency, g.currency_rule = with_currency.currency, with_currency.currency_rule
    g.percent = any(a.percent for a in g.atoms)
    g.end = max(a.right for a in g.atoms)
    g.cue_start = g.first.left
    plus = re.match(r"(?:\+|-plus\b)", r.text[g.end:g.end + 5])
    if plus:
        g.end, g.plus = g.end + plus.end(), True


def hyphen_unit(r: Reader, g: Group) -> None:
    """ "a 10,000-strong force" (people), "a two-day summit" (duration), "a 40-tank column" (units.tsv), "the
    329-seat parliament" (count: a legislature or bloc of quantity_cues.tsv role seated_body)."""
    if not g.hyphen_word or g.money_or_share:
        return
    g.end, word = g.hyphen_end, g.hyphen_word
    singular = word[:-1] if word.endswith("s") else word
    body = hyphened_noun(r, g.last, word) if singular in ("member", "seat") else ""
    if body in r.tables.context.get("seated_body", ()):
        # "the 329-seat parliament", "a six-member bloc": the size of a legislature or bloc, in seats or states
        g.hyphen_unit, g.hyphen_rule = "count", cited("hyphen-body-size", r.tables.source("seated_body", body))
    elif word in HYPHEN_PERSON_WORDS:
        g.hyphen_unit, g.hyphen_rule = "person", "hyphen-person"
    elif singular in TIME_UNITS:
        g.hyphen_unit, g.hyphen_rule = "duration", "hyphen-time-unit"
    else:
        key = word if word in r.tables.units else singular
        g.hyphen_unit = r.tables.units.get(key)
        g.hyphen_rule = cited("hyphen-unit", r.tables.source("unit", key))


def counted_noun(r: Reader, g: Group) -> None:
    """The noun phrase after the number; "1,200 wounded", "40 dead": a participle naming people."""
    if g.money_or_share:
        return
    g.counted_run = counted_tokens(r.parsed, g.end)
    if g.counted_run and g.counted_run[0].tag_ == "VBG" and g.counted_run[-1].tag_ == "NN":
        g.counted_run = []  # "another 600 awaiting trial": a participle and its object, the number stands alone
    g.counted_run = _before_a_gerund(g.counted_run)
    if g.counted_run:
        return
    i = token_index_at(r.parsed, g.end)
    nxt = r.parsed[i] if i is not None and i < len(r.parsed) else None
    if nxt is not None and nxt.idx - g.end <= 1 and r.tables.units.get(nxt.lower_) == "person":
        g.counted_run, g.counted_how = [nxt], "participle-after-number"
    elif nxt is not None and nxt.lower_ == "of":
        run = _partitive_whole(r.parsed, nxt, r.tables)
        if run:
            g.counted_run, g.counted_how = run, "partitive-of"


def _before_a_gerund(run: list) -> list:
    """ "four hours dining with a reporter", "two days fighting": a plural noun is the head, the -ing word
    after it opens a clause (whatever its tag), so the counted phrase ends at the plural."""
    for k in range(len(run) - 1):
        if run[k].tag_ == "NNS" and run[k + 1].lower_.endswith("ing") and run[k + 1].tag_ in ("NN", "VBG"):
            return run[:k + 1]
    return run


def _partitive_whole(parsed, of, tables: UnitTables) -> list:
    """ "200 of the 300 members", "two of its ships": a part of a whole named after "of" and a
    determiner; the whole's noun is what is counted (its own number and its bound cue, "the more than
    300 members", skipped)."""
    k = of.i + 1
    if k >= len(parsed) or parsed[k].lower_ not in PARTITIVE_DETERMINERS:
        return []
    k += 1
    cue = phrase_after(doc_text(parsed), parsed[k - 1].idx + len(parsed[k - 1]), tables.bounds_before)
    while cue and k < len(parsed) and parsed[k].idx < cue[1]:
        k += 1
    while k < len(parsed) and parsed[k].like_num:
        k += 1
    if k >= len(parsed):
        return []
    # "four of the wounded": a participle or adjective naming people stands for the whole
    return counted_tokens(parsed, parsed[k].idx) or ([parsed[k]] if tables.units.get(parsed[k].lower_) == "person" else [])


def not_a_counted_amount(r: Reader, g: Group) -> str | None:
    """``COUNTED_RULES``: what follows shows the number is no amount."""
    return first_answer(r, COUNTED_RULES, g)


def number_of_reference(r: Reader, g: Group) -> None:
    """ "put the number of troops at about 10,000": the noun named earlier in the sentence."""
    if not g.counted_run and not g.money_or_share:
        run = counted_by_reference(r.parsed, g.first.left)
        if run:
            g.counted_run, g.counted_how = run, "number-of-reference"


def clause_context(r: Reader, g: Group) -> None:
    """A bare number: what its clause says it counts (``CONTEXT_RULES``)."""
    if g.counted_run or g.money_or_share or g.hyphen_unit:
        return
    found = context_unit(r, g)
    if found is None:
        return
    if found.run:
        g.counted_run, g.counted_how = found.run, found.rule
    if found.unit:
        g.context = (found.unit, found.rule)


def money_purpose(r: Reader, g: Group) -> None:
    """ "$2 billion in military aid": what the money is, kept as counted ("in Ukraine" is a place)."""
    m = re.match(r"\s+(?:in|of|worth\s+of)\s+(?!the\b|a\b|an\b|\d)", r.text[g.end:g.end + 16]) if g.currency else None
    if not m:
        return
    run = [t for t in counted_tokens(r.parsed, g.end + m.end()) if t.lower_ not in r.tables.currency_suffix]
    g.counted_run = [] if run and run[-1].pos_ == "PROPN" else run


def unit_currency(r: Reader, g: Group):
    return (g.currency, g.currency_rule) if g.currency else None


def unit_percent(r: Reader, g: Group):
    return ("percent", "percent") if g.percent else None


def unit_hyphenated(r: Reader, g: Group):
    return (g.hyphen_unit, g.hyphen_rule) if g.hyphen_unit else None


def unit_from_clause(r: Reader, g: Group):
    return g.context if g.context and not g.counted_run else None


def unit_counted(r: Reader, g: Group):
    unit, why = unit_reading(g.counted_run, r.tables)
    return unit, (f"{g.counted_how} {why}" if g.counted_run else "bare-number")


def _names_a_disease(r: Reader, text: str) -> str | None:
    """The word of quantity_cues.tsv ``disease_context`` that ``text`` names first (the longest at one place):
    the cue, and so the row cited, does not depend on the order of a set."""
    found = []
    for cue in r.tables.context.get("disease_context", ()):
        m = re.search(r"(?<![a-z])" + re.escape(cue) + r"(?![a-z])", text, re.IGNORECASE)
        if m:
            found.append((m.start(), -len(cue), cue))
    return min(found)[2] if found else None


def unit_disease_cases(r: Reader, g: Group):
    """ "registered 5,210 cases" in a text on an outbreak, "4,400 measles cases": the cases are people
    infected; "3,000 cases of beer", and "cases" in a text that names no disease, stay a count."""
    run = g.counted_run
    if not run or run[-1].lemma_.lower() != "case" or g.currency or g.percent:
        return None
    end = run[-1].idx + len(run[-1].text)
    of = re.match(r"\s+of\s+((?:[\w-]+\s*){1,2})", r.text[end:end + 40])
    cue = _names_a_disease(r, of.group(1)) if of else _names_a_disease(r, r.text)
    return ("person", cited("disease-cases", r.tables.source("disease_context", cue))) if cue else None


UNIT_RULES = (unit_currency, unit_percent, unit_hyphenated, unit_from_clause, unit_disease_cases, unit_counted)


def choose_unit(r: Reader, g: Group) -> None:
    """The unit: the first of ``UNIT_RULES`` that answers."""
    g.unit, g.unit_rule = first_answer(r, UNIT_RULES, g) or ("count", "bare-number")


def counted_text(r: Reader, g: Group) -> None:
    """The counted words ("a two-day summit" counts "day"), and where they end (a rate or a bound follows)."""
    run = g.counted_run
    g.counted = r.text[run[0].idx:run[-1].idx + len(run[-1].text)] if run else None
    if g.hyphen_unit and g.hyphen_unit != "person":
        g.counted, g.counted_run = g.hyphen_word, []
    run = g.counted_run
    g.after_counted = max(g.end, run[-1].idx + len(run[-1].text)) if run else g.end


def rate_of(r: Reader, g: Group) -> None:
    """The rate after the counted noun ("5,000 tonnes a week") or after an of-phrase ("tonnes of fuel a week")."""
    found = rate(r.parsed, r.text, g.after_counted, r.tables)
    of_phrase = re.match(r"\s+of(?:\s+[A-Za-z-]+){1,2}?(?=\s+(?:per|a|an|every|each)\s)", r.text[g.after_counted:g.after_counted + 40])
    if found is None and of_phrase:
        found = rate(r.parsed, r.text, g.after_counted + of_phrase.end(), r.tables)
    if found is not None:
        g.per, g.per_rule = found


def bound_before(r: Reader, g: Group):
    """ "up to 5,000", "more than $2 billion" (not inside "between 3 and 5", "from 5 to 7")."""
    first = g.first
    if phrase_before(r.text, first.left, ("between", "from")) is not None and len(g.atoms) > 1:
        return None
    hit = phrase_before(r.text, first.left, r.tables.bounds_before)
    # "over two spells", "under three managers": prepositions, unless before digits or a scale
    weak = hit and hit[0] in ("over", "under", "within", "above", "below") and (
        g.unit == "duration" or first.is_words and not has_scale(first.surface))
    if not hit or weak:
        return None
    return r.tables.bounds_before[hit[0]], cited("bound-before", r.tables.source("bound", hit[0])), hit[1]


def bound_plus(r: Reader, g: Group):
    """ "20,000-plus", "10,000+"."""
    return ("at_least", "bound-plus", None) if g.plus else None


def bound_after(r: Reader, g: Group):
    """ "5,000 or more", "10 at most": a cue after the counted noun."""
    hit = None if g.plus else phrase_after(r.text, g.after_counted, r.tables.bounds_after)
    if hit and hit[0] != "plus":
        return r.tables.bounds_after[hit[0]], cited("bound-after", r.tables.source("bound_after", hit[0])), None
    return None


BOUND_RULES = (bound_before, bound_plus, bound_after)


def bound_of(r: Reader, g: Group) -> None:
    """The bound: the first of ``BOUND_RULES`` that answers."""
    found = first_answer(r, BOUND_RULES, g)
    if found is not None:
        g.bound, g.bound_rule, cue_start = found
        if cue_start is not None:
            g.cue_start = cue_start


GROUP_STEPS = (not_a_name_or_date, range_values, hyphenated_word, lone_number_word, extent, hyphen_unit, counted_noun,
               not_a_counted_amount, number_of_reference, clause_context, money_purpose, choose_unit, counted_text,
               rate_of, bound_of)


def read_group(r: Reader, atoms: list[Atom]) -> Reading | str:
    """The reading of a group, or the reason it is not an amount."""
    g = Group(atoms, sent_start=sentence_start(r.parsed, atoms[0].start))
    for step in GROUP_STEPS:
        reason = step(r, g)
        if reason:
            return reason
    return Reading(start=min(g.first.left, g.cue_start), end=g.end, value=g.values[0],
                   value_max=g.values[1] if len(g.values) > 1 else None, unit=g.unit, counted=g.counted,
                   per=g.per, bound=g.bound, bound_rule=g.bound_rule, per_rule=g.per_rule, pointing=g.pointing,
                   unit_rule=f"people-after-determiner {g.unit_rule}" if g.pointing else g.unit_rule)


# -- NEIGHBOUR_RULES: (reader, readings) -> None, a reading borrowing from the one next to it ---------

_COMPARED_GAP = re.compile(r"[\s,]*(?:(?:up|down)\s+)?(?:from|versus|vs\.?|compared\s+with|compared\s+to|against)\s*", re.IGNORECASE)
_SHARED_UNIT_GAP = re.compile(r"\s*(?:or|,|and|to|-|–)\s*", re.IGNORECASE)


def _borrowed(name: str, rule: str) -> str:
    """``name`` and the rule of the reading borrowed from (once: a chain of borrowings names the source)."""
    return rule if rule.startswith(name + " ") else f"{name} {rule}"


def _sentence_starts(r: Reader, start: int, end: int) -> int:
    span = r.parsed.char_span(start, end, alignment_mode="contract")
    return 0 if span is None else sum(1 for t in span if t.is_sent_start)


def unit_of_next_amount(r: Reader, readings: list[Reading]) -> None:
    """ "10,000 or 11,000 troops", "from 5 to 7%": a bare number takes the unit (and rate) of the next one."""
    for i in range(len(readings) - 2, -1, -1):
        cur, nxt = readings[i], readings[i + 1]
        if not _SHARED_UNIT_GAP.fullmatch(r.text[cur.end:nxt.start]):
            continue
        if cur.unit == "count" and cur.counted is None:
            cur = readings[i] = dataclasses.replace(cur, unit=nxt.unit, counted=nxt.counted,
                                                    unit_rule=_borrowed("unit-of-next-amount", nxt.unit_rule))
        if cur.per is None and nxt.per and cur.unit == nxt.unit:
            readings[i] = dataclasses.replace(cur, per=nxt.per, per_rule="rate-of-next-amount")


_PART_OF_WHOLE_GAP = re.compile(r"\s+(?:out\s+)?of\s+", re.IGNORECASE)  # "61 of 101 seats", "nine out of 57 seats"


def part_of_whole(r: Reader, readings: list[Reading]) -> None:
    """ "held 61 of 101 seats", "two out of nine regions": the part counts what the whole counts (a bare "3 out
    of 4" is a proportion, excluded by ``exclusions.proportion``)."""
    for i in range(len(readings) - 1):
        cur, whole = readings[i], readings[i + 1]
        if cur.unit != "count" or cur.counted is not None or whole.unit == "count" and whole.counted is None:
            continue
        if _PART_OF_WHOLE_GAP.fullmatch(r.text[cur.end:whole.start]):
            readings[i] = dataclasses.replace(cur, unit=whole.unit, counted=whole.counted,
                                              unit_rule=_borrowed("part-of-whole", whole.unit_rule))


def unit_of_compared_amount(r: Reader, readings: list[Reading]) -> None:
    """ "rise to 13.5 trillion roubles from 10.4 trillion": a bare number takes the unit of the one it is compared with."""
    for i in range(1, len(readings)):
        cur, prev = readings[i], readings[i - 1]
        if cur.unit == "count" and cur.counted is None and _COMPARED_GAP.fullmatch(r.text[prev.end:cur.start]):
            per_rule = cur.per_rule if cur.per else ("rate-of-compared-amount" if prev.per else None)
            readings[i] = dataclasses.replace(cur, unit=prev.unit, counted=prev.counted, per=cur.per or prev.per,
                                              unit_rule=_borrowed("unit-of-compared-amount", prev.unit_rule),
                                              per_rule=per_rule)


def _numbers_a_noun(r: Reader, reading: Reading) -> bool:
    span = r.parsed.char_span(reading.start, reading.end, alignment_mode="expand")
    last = span[-1] if span is not None and len(span) else None
    if last is None or last.dep_ != "nummod" or last.head.pos_ != "NOUN" or last.head.i <= last.i:
        return False
    # "another 600 awaiting trial": a participle opens a clause, the noun after it is its object
    return not (last.i + 1 < len(r.parsed) and r.parsed[last.i + 1].tag_ == "VBG" and last.head.tag_ == "NN")


def elliptical_total(r: Reader, readings: list[Reading]) -> None:
    """ "recruited 5,000 volunteers and hopes to enlist up to 9,000 in all": an elliptical amount counts
    what the amount just before it counted, within its paragraph and ``ANTECEDENT_MAX_SENTENCES``."""
    for i in range(1, len(readings)):
        cur, prev = readings[i], readings[i - 1]
        if cur.unit != "count" or cur.counted is not None or not prev.counted or prev.unit not in COUNTED_UNITS:
            continue
        if "\n" in r.text[prev.end:cur.start] or _sentence_starts(r, prev.end, cur.start) > ANTECEDENT_MAX_SENTENCES:
            continue
        if _numbers_a_noun(r, cur):  # "three mostly self-governing regions": its own noun, however read
            continue
        readings[i] = dataclasses.replace(cur, unit=prev.unit, counted=prev.counted,
                                          unit_rule=_borrowed("elliptical-total", prev.unit_rule))


def others_of_previous(r: Reader, readings: list[Reading]) -> None:
    """ "sank two tankers and hit three others": "others" counts what the amount before it in the
    sentence counted; with no such amount the table's reading (people) stands."""
    for i in range(1, len(readings)):
        cur, prev = readings[i], readings[i - 1]
        if (cur.counted or "").lower() not in ANAPHORIC_HEADS or prev.unit not in COUNTED_UNITS or not prev.counted:
            continue
        if "\n" in r.text[prev.end:cur.start] or _sentence_starts(r, prev.end, cur.start):
            continue
        readings[i] = dataclasses.replace(cur, unit=prev.unit, unit_rule=_borrowed("others-of-previous", prev.unit_rule))


def _in_brackets(r: Reader, reading: Reading) -> bool:
    """The amount sits inside a bracket opened in its sentence ("12 billion rand ($700 million)")."""
    before = r.text[sentence_start(r.parsed, reading.start):reading.start]
    return before.rfind("(") > before.rfind(")")


_SCALE_WORDS = re.compile(r"(?<![a-z])(?:" + "|".join(w for w in SCALES if SCALES[w] >= 1000) + r")(?![a-z])|\d(?:"
                          + "|".join(a for a in SCALE_ABBREVIATIONS if SCALE_ABBREVIATIONS[a] >= 1_000_000) + r")\b",
                          re.IGNORECASE)


def _scaled(text: str) -> bool:
    """An amount written with a scale word or abbreviation of a thousand or more ("30 billion", "$3bn", "2 lakh")."""
    return _SCALE_WORDS.search(text) is not None


def elliptical_money(r: Reader, readings: list[Reading]) -> None:
    """ "will raise 12 billion rand, short of the 30 billion it wanted": a bare scaled amount ("30 billion")
    is money in the currency of the scaled amount of money before it in its sentence; a conversion in
    brackets ("($700 million)") is skipped, it restates the amount in another currency."""
    for i in range(1, len(readings)):
        cur = readings[i]
        if cur.unit != "count" or cur.counted is not None or not _scaled(r.text[cur.start:cur.end]):
            continue
        for prev in reversed(readings[:i]):
            if _sentence_starts(r, prev.end, cur.start) or "\n" in r.text[prev.end:cur.start]:
                break
            if prev.unit.isupper() and len(prev.unit) == 3 and _scaled(r.text[prev.start:prev.end]) \
                    and not _in_brackets(r, prev):
                readings[i] = dataclasses.replace(cur, unit=prev.unit, unit_rule=_borrowed("elliptical-money", prev.unit_rule))
                break


def repeated_figure(r: Reader, readings: list[Reading]) -> None:
    """ "Eight climbers set out ... the eight climbers reached the top": people counted after a determiner
    (``exclusions.anaphoric``) whose value and unit an earlier amount of the text already gave point back to
    it, and are dropped (one figure, one quantity)."""
    seen: set[tuple[float, str]] = set()
    kept = []
    for reading in readings:
        key = (reading.value, reading.unit)
        if not (reading.pointing and key in seen):
            kept.append(reading)
        seen.add(key)
    readings[:] = kept


NEIGHBOUR_RULES = (unit_of_next_amount, part_of_whole, unit_of_compared_amount, elliptical_total, elliptical_money,
                   others_of_previous, repeated_figure)


def read_quantities(text: str, parsed, tables: UnitTables, rules_off: frozenset[str] = frozenset()) -> list[Reading]:
    """Every amount in ``text`` (parsed by spaCy as ``parsed``), in text order. ``rules_off``: names of
    rule functions to skip (of the ``*_RULES`` tuples of this package)."""
    r = Reader(text, parsed, tables, frozenset(rules_off))
    readings = [x for x in (read_group(r, g) for g in group_atoms(text, find_atoms(text, tables), tables.context.get("range_from", frozenset())))
                if isinstance(x, Reading)]
    for rule in NEIGHBOUR_RULES:
        if rule.__name__ not in r.off:
            rule(r, readings)
    return readings
