"""What the quantity reader finds in an invented sentence, shared by the quantity test files: (value, unit, unit
rule) triples or (value, unit) pairs, with named rules switched off."""
from __future__ import annotations

from newsweave.extract.quantities import counted, load_tables, read_quantities


def read(nlp, text, rules_off=frozenset(), tables=None):
    return [(q.value, q.unit, q.unit_rule)
            for q in read_quantities(text, nlp(text), tables or load_tables(), rules_off=frozenset(rules_off))]


def read_pairs(nlp, text, rules_off=frozenset(), tables=None):
    return [(v, unit) for v, unit, _rule in read(nlp, text, rules_off, tables)]


def read_pairs_off(nlp, text, rule_name):
    """The pairs with one context rule of ``counted`` switched off (the name must be one of them)."""
    assert rule_name in {r.__name__ for r in counted.CONTEXT_RULES}
    return read_pairs(nlp, text, {rule_name})
