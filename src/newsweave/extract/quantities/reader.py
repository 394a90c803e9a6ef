"""The state the quantity rules read: the document (:class:`Reader`) and one number group being read
(:class:`Group`); and :func:`first_answer`, which runs an ordered tuple of rules."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable

from .atoms import Atom
from .tables import UnitTables


@dataclass(frozen=True)
class Reader:
    """One document being read: its text, its spaCy parse, the unit tables, and the rules switched off."""
    text: str
    parsed: Any
    tables: UnitTables
    off: frozenset[str] = frozenset()  # names of rule functions to skip (to test or diagnose one rule)


def first_answer(r: Reader, rules: tuple[Callable, ...], *args):
    """The answer of the first rule (not switched off) that gives one, or None."""
    for rule in rules:
        if rule.__name__ in r.off:
            continue
        found = rule(r, *args)
        if found is not None:
            return found
    return None


@dataclass(frozen=True)
class ContextRead:
    """What a bare number's clause says it counts (a ``CONTEXT_RULES`` answer)."""
    unit: str | None   # None: the clause answers that nothing can be read ("of which" with no antecedent)
    run: list          # the counted tokens, when the clause names them
    rule: str


@dataclass
class Group:
    """One number, or the two ends of a range, as the reading steps fill it in (see :mod:`.reading`)."""
    atoms: list[Atom]
    sent_start: int                       # where the sentence holding the first number starts
    values: list[float] = field(default_factory=list)
    hyphen_word: str | None = None        # "strong" of "a 10,000-strong force"
    hyphen_end: int = 0                   # where that hyphenated word ends
    currency: str | None = None
    currency_rule: str | None = None
    percent: bool = False
    end: int = 0                          # the end of the amount (number, unit, "+")
    plus: bool = False                    # "20,000-plus", "10,000+"
    hyphen_unit: str | None = None
    hyphen_rule: str | None = None
    counted_run: list = field(default_factory=list)  # the tokens of what the number counts
    counted_how: str = "unit-after-number"            # the rule that found them
    context: tuple[str, str] | None = None           # (unit, rule) read from the clause when no noun follows
    unit: str = "count"
    unit_rule: str = ""
    counted: str | None = None
    after_counted: int = 0                # where the counted noun phrase ends (a rate or bound cue follows)
    per: str | None = None
    per_rule: str | None = None
    bound: str | None = None
    bound_rule: str | None = None
    cue_start: int = 0                    # where a bound cue before the number starts
    pointing: bool = False                # "the six missing people": a determiner before it, kept as people described

    @property
    def first(self) -> Atom:
        return self.atoms[0]

    @property
    def last(self) -> Atom:
        return self.atoms[-1]

    @property
    def money_or_share(self) -> bool:
        return bool(self.currency) or self.percent
