"""A definite description of a body named before: "the bloc" (the EU named earlier), "the militant group" (the
armed group named earlier), "the platform" (the online platform named earlier).

News prose names a body once and then calls it by what it is.  The nouns and the kinds of body each fits are data
(``data/gazetteer/descriptions.tsv``); the kind of a named body is its ``organizations.tsv`` role, or
"platform" for a name of that class in ``roles.tsv``.  The description is a mention of the nearest body named
before it whose kind fits; one named otherwise ("the Tajik ministry", "the group of experts", "a group") is not
a description of an earlier body.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ...nlp.columns import positions_in
from ..gazetteer import CONTEXT, NAME
from ...tables import read_table
from .state import Reading, Span

DESCRIPTIONS_FILE = Path(__file__).resolve().parent.parent.parent / "data" / "gazetteer" / "descriptions.tsv"
OF_COMPLEMENT_FILE = DESCRIPTIONS_FILE.with_name("of_complement_verbs.tsv")
# PETRARCH2's non-state armed groups (data/plover/petrarch_actors.tsv, Phoenix.MilNonState): a body the text names
# without a gazetteer entry ("the National Liberation Army", read by NER) is an armed group when its name is one
PETRARCH_ACTORS_FILE = DESCRIPTIONS_FILE.parent.parent / "plover" / "petrarch_actors.tsv"
ARMED_SECTORS = frozenset({"rebel", "armed_group"})
ARMED_ROLE = "armed group"
# tests and diagnosis switch these off by name (extract_entities(..., rules_off=...))
SWITCHES = frozenset({"charge_after_description", "armed_group_by_petrarch_name"})
RULE = "descriptions"
# words before the noun that still make it a plain description ("the regional bloc", "the Islamist militia")
LEFT_DEPS = ("det", "amod", "compound", "advmod", "punct")
# the antecedent named as a subject in the sentence or the sentences before (own test sentences)
SUBJECT_SENTENCES = 2
SUBJECT_DEPS = ("nsubj", "nsubjpass")


@lru_cache(maxsize=2)
def description_nouns(path=DESCRIPTIONS_FILE) -> dict[str, tuple[int, frozenset[str]]]:
    """Noun -> its line in descriptions.tsv and the kinds of body it fits."""
    return {row["noun"].lower(): (row.get("_line", 0), frozenset(f.strip() for f in row["fits"].split("|")))
            for row in read_table(path, ("noun", "fits"), what="descriptions table")}


@lru_cache(maxsize=2)
def of_complement_verbs(path=OF_COMPLEMENT_FILE) -> frozenset[str]:
    """Verbs whose object takes an of-complement of the verb's ("accused X of killing")."""
    return frozenset(row["verb"].lower() for row in read_table(path, ("verb", "source"), what="of-complement verbs table"))


@lru_cache(maxsize=2)
def petrarch_armed_names(path=PETRARCH_ACTORS_FILE) -> frozenset[str]:
    """Lower-case names and aliases of PETRARCH2's non-state armed groups, a trailing "(...)" dropped."""
    out = set()
    for row in read_table(path, ("name",), what="PETRARCH actors table"):
        if row.get("sector") in ARMED_SECTORS:
            for n in [row["name"], *(row.get("aliases") or "").split("|")]:
                n = n.split("(")[0].strip().lower()
                if len(n) > 3:
                    out.add(n)
    return frozenset(out)


def kind_of_body(r: Reading, s: Span) -> str | None:
    """The kind of a named body: its gazetteer role, "armed group" for a body of no gazetteer entry named as one of
    PETRARCH2's non-state armed groups (rule ``armed_group_by_petrarch_name``), or "platform" for a name roles.tsv
    lists as one."""
    if isinstance(s.key, str):
        e = r.gaz.entries.get(s.key)
        if e is not None:
            return e.role
    if s.kind == "organization" and "armed_group_by_petrarch_name" not in r.off \
            and s.name.lower().removeprefix("the ") in petrarch_armed_names():
        return ARMED_ROLE
    if isinstance(s.key, str):
        return None
    if s.kind == "organization" and r.gaz.has_role(s.name, "platform"):
        return "platform"
    return None


def plain_description(t, taken: set[int], off: frozenset[str] = frozenset()) -> bool:
    """ "the bloc", "the regional bloc": a singular noun after "the", no word of it a mention, no of-phrase, no
    name right after it or in apposition."""
    left = [c for c in t.children if c.i < t.i]
    if t.tag_ != "NN" or not left or left[0].lower_ != "the" or any(c.dep_ not in LEFT_DEPS for c in left):
        return False
    if any(x.i in taken for c in left for x in c.subtree):
        return False
    if t.i + 1 < len(t.doc) and t.i + 1 in taken:
        return False  # "the alliance Viv Ansanm": the name follows, a new body is named
    # the of-phrase on the object of "accused X of", "warned X of" is the verb's charge or news, not the noun's own
    # ("the group of experts"): rule ``charge_after_description``
    verbs_of = t.dep_ == "dobj" and t.head.lemma_.lower() in of_complement_verbs() and "charge_after_description" not in off
    return not any(c.dep_ == "prep" and c.lower_ == "of" and not verbs_of or c.dep_ == "appos" for c in t.children)


def antecedent(r: Reading, t, before: list[Span]) -> Span:
    """Of the fitting bodies named before, the nearest one named as a subject in the description's sentence or
    the ``SUBJECT_SENTENCES`` before it (what the text is about: "Shabab, affiliated with Al Qaeda, said ...
    the group" is Shabab), else the nearest one."""
    first = t.sent.start
    for _ in range(SUBJECT_SENTENCES):
        if first > 0:
            first = r.doc[first - 1].sent.start
    subjects = [s for s in before if s.start >= first and r.doc[s.end - 1].dep_ in SUBJECT_DEPS]
    return max(subjects or before, key=lambda s: s.start)


def described_bodies(r: Reading) -> None:
    """Each plain definite description of ``descriptions.tsv`` is a mention of the nearest body before it
    whose kind fits the noun: "the EU ... refused grants from the bloc" (the EU)."""
    nouns = description_nouns()
    taken = r.taken()
    out = []
    for t in (r.doc[i] for i in positions_in(r.doc, "LOWER", nouns)):
        if t.i in taken or t.pos_ != "NOUN" or not r.layout.prose(t.idx) \
                or not plain_description(t, taken, r.off):
            continue
        line, fits = nouns[t.lower_]
        before = [s for s in r.spans if s.end <= t.i and s.form in (NAME, CONTEXT) and kind_of_body(r, s) in fits]
        if not before:
            continue
        s = antecedent(r, t, before)
        out.append(Span(t.i, t.i + 1, t.idx, t.idx + len(t.text), s.key, s.kind, NAME, s.name, s.country,
                        "description", f"{RULE}:descriptions.tsv:{line}"))
    r.spans += out
