"""Quantities: numbers with units, bounds, rates and what they count (issue: quantities).

How a number becomes a :class:`~newsweave.model.Quantity`:

1. find every number expression in the text (:mod:`..numbers`: digits, number words, scale words),
   outside URLs, clock times and phone numbers, with the currency or percent written on it (``atoms``);
2. join neighbours into ranges ("22-24%", "between 3,000 and 5,000", "25 to 40 miles"), alternatives a step
   apart too ("four or five more", ``OR_RANGE_STEP``) (``atoms``);
3. drop the numbers that are not amounts: years and dates, names and labels ("Article 4", "Su-27",
   "10x20 plan", "G7", map coordinates "41.2 degrees north"), anaphoric "the two" (not people the phrase counts: "the six
   missing people", a figure already given dropped), listicle headlines, vague amounts ("a few thousand"
   becomes a :class:`~newsweave.model.MagnitudeHint` instead) (``exclusions``);
4. read the unit: a currency (symbol, code or word, to ISO 4217), percent, or the counted noun
   from the parse ("11,000 combat troops" -> person, counted "combat troops"); a bare number reads
   it from its context: a vote tally counts voters, "111 of which" its antecedent, "the toll ... 4,000"
   and "displaced 40,000" people, and an elliptical total ("up to 4,500 altogether") what the amount just
   before it counted; members of a body of states ("the alliance's 32 members") are a count.
   Conventions: watercraft (ships, vessels, frigates) are ``count``, ``vehicle`` is land vehicles;
   a range followed by a time unit ("10 to 14 days") is a duration, not a date (``counted``, ``reading``);
5. read the bound cue before or after ("up to" -> at_most, "more than" -> at_least, "about") and
   the rate ("a month", "per soldier", "monthly" -> ``per``) (``reading``).

Where things are: ``vocab`` (fixed words, thresholds), ``tables`` (the data tables), ``atoms`` (numbers
and ranges), ``reader`` (the state rules read), ``tokens`` (tokens, sentences, ``cited``), ``exclusions``
(``LABEL_RULES``, ``DATE_RULES``, ``WORD_RULES``, ``COUNTED_RULES``; the age rules in ``ages``), ``counted`` (the
counted phrase, ``CONTEXT_RULES``, rates),
``reading`` (``GROUP_STEPS``, ``UNIT_RULES``, ``BOUND_RULES``, ``NEIGHBOUR_RULES``), ``vague``
(magnitude hints), ``records`` (the stage). A rule of any ``*_RULES`` tuple is switched off by its
function name with ``extract_quantities(..., rules_off=...)``.

Every record's ``rule`` names what read it: ``quantities:`` then the unit's rule, and the bound's and the
rate's when there are any, joined by " + ", each with the data row it used, e.g.
``quantities:unit-after-number units.tsv:12 + bound-before quantity_cues.tsv:9``. Unit rules:
``currency-prefix``/``currency-suffix`` (``currencies.tsv``), ``currency-money-word`` (a currency name that is also
a measure, "pounds", in a sentence about money), ``percent``, ``hyphen-body-size`` (a legislature or bloc in seats or
member states, "the 329-seat parliament": count), ``hyphen-person``, ``hyphen-time-unit``, ``hyphen-unit``; a counted phrase found by ``unit-after-number``,
``participle-after-number``, ``partitive-of``, ``number-of-reference`` or ``of-which-antecedent``, then its row of
``units.tsv`` or ``members-of-states``, ``plural-proper-noun``, ``unlisted-noun``; the clause rules
``vote-tally``, ``of-whom``, ``total-noun``, ``total-subject``, ``toll-subject-before``, ``people-verb``, ``people-state`` ("14 were missing", "the injured stood at 95", "of those injured, 12", "9 were in hospital"), ``partitive-frame`` ("Of the 30 deaths, 11 ..., six ..."), ``from-their-place``, ``relative-of-people``, ``of-them-done-to``, ``person-attribute``, ``demonym-adjective`` ("two Irish"); ``bare-number``; a unit
borrowed by ``unit-of-next-amount``, ``unit-of-compared-amount``, ``elliptical-total`` or
``others-of-previous`` (followed by the rule of the reading it came from). Bounds: ``bound-before``,
``bound-plus``, ``bound-after``; rates: ``rate-phrase``, ``rate-word``, ``rate-of-next-amount``,
``rate-of-compared-amount``. Magnitude hints: ``vague-plural`` or ``vague-few-scale``, then
``currency-word`` or ``unit-after-number``.

Knowledge (unit words, currencies, cue phrases) is in ``data/units.tsv``, ``data/currencies.tsv``
and ``data/quantity_cues.tsv``; ``Options.unit_files`` adds rows to any of them.
"""
from __future__ import annotations

from .exclusions import is_reference_number
from .reading import Reading, read_quantities
from .records import extract_magnitude_hints, extract_quantities
from .tables import UnitTables, load_tables
from .vague import VagueReading, read_vague_amounts

__all__ = ["extract_quantities", "extract_magnitude_hints", "read_quantities", "read_vague_amounts", "load_tables",
           "is_reference_number", "Reading", "VagueReading", "UnitTables"]
