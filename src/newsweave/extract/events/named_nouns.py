"""Rule ``named_by_its_participle`` (issue 13): a common noun that a participle names ("a tanker identified as the X",
"a man named X", "a commander known as X") stands for the name: the act on that noun is done to X, not to an
unnamed "man" or to no one.  The participles are data (``naming_participles``, data/plover/coder_words.tsv).

Measured 2026-12-07 on real dev (622 texts, events): tp 587 -> 588, fp 421 -> 421, F1 0.5450 -> 0.5455 (a ship held under
its name gains its recipient); seeds, holdout (own), blind (own) and PLOVER type/actor/recipient
unchanged.
"""
from __future__ import annotations

from .vocab import NAMING_PARTICIPLES

NAME_DEPS = ("oprd", "attr", "xcomp", "dobj")  # "a ship named X": the parser's label of X


def named_by_its_participle(r, x, entity_phrase) -> list[str]:
    """The entities a naming participle on the common noun ``x`` gives it (``entity_phrase`` reads a mention)."""
    if x.pos_ != "NOUN" or "named_by_its_participle" in r.off:
        return []
    for c in x.children:
        if c.dep_ != "acl" or c.tag_ != "VBN" or c.lemma_.lower() not in NAMING_PARTICIPLES:
            continue
        names = [n for n in c.children if n.dep_ in NAME_DEPS] + [
            p for n in c.children if n.dep_ == "prep" and n.lower_ == "as" for p in n.children if p.dep_ == "pobj"]
        found = [e for n in names if n.i in r.token_entities for e in entity_phrase(r, n)]
        if found:
            return found
    return []
