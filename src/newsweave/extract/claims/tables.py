"""The claims tables of ``data/claims/``, read with :func:`newsweave.tables.read_table`.

``cues.tsv`` (reporting verbs and their role; ``Options.claim_cue_files`` adds rows), the ``*_nouns.tsv``
noun tables (:data:`NOUN_FILES`) and the adverbs of ``hedges.tsv`` (read by
:mod:`newsweave.extract.modality`). A cue keeps its row, ``cues.tsv:<line>``, which a claim's ``rule`` cites.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ...errors import ConfigError
from ...tables import DATA_DIR, read_table
from ..modality import HEDGES_FILE, hedge_rows

CUES_FILE = DATA_DIR / "claims" / "cues.tsv"
# the noun tables, ``<kind>_nouns.tsv`` (read by :func:`load_nouns`): person (role nouns that make a he/she
# ambiguous: 'spokesman'), body (bodies that can speak: 'the board', 'the ministry'), conformity (a norm
# after "according to": 'the contract', 'plan'), act (an act or occurrence, never a speaker: 'the move',
# 'the visit'), medium (the medium of a statement: 'in a statement', 'in a letter')
NOUN_FILES = {kind: DATA_DIR / "claims" / f"{kind}_nouns.tsv"
              for kind in ("person", "body", "conformity", "act", "medium", "amount", "bearing")}
PERSON_NOUNS_FILE = NOUN_FILES["person"]
CUE_ROLES = ("speech", "question", "epistemic", "evidential", "naming", "according", "accusation",
             "nominal", "content_noun", "quote_label", "speech_noun", "belief_noun", "noun_verb", "figure")


@dataclass(frozen=True)
class CueLexicon:
    verbs: dict  # lemma -> role
    particles: dict  # (lemma, particle) -> role
    content_nouns: frozenset = frozenset()  # "sign", "evidence": their that-clause is their own
    # reports whose content is a noun phrase: (lemma, preposition) for "warned of X", (lemma, "") for
    # "reported the death of X"
    nominal: frozenset = frozenset()
    rows: dict = field(default_factory=dict)  # lemma or (lemma, particle) -> "cues.tsv:<line>"
    labels: dict = field(default_factory=dict)  # "quote from" -> "cues.tsv:<line>": a paragraph's quote label
    # nouns whose that-clause is what someone said or believes ("the accusation that ..."): noun -> role
    frame_nouns: dict = field(default_factory=dict)
    # verbs whose subject utters the noun they take ("made the announcement that ...", "voiced fears that")
    noun_verbs: frozenset = frozenset()

    def row(self, token, cue_text: str) -> str:
        """The table row of the cue ``cue_role`` found on ``token`` ("cues.tsv:12"), or ""."""
        parts = cue_text.split()
        key = (token.lemma_.lower(), parts[1].lower()) if len(parts) == 2 else token.lemma_.lower()
        return self.rows.get(key, "")


def _cue_rows(path: Path) -> list[dict]:
    rows = read_table(path, ("cue", "role"), what="claim cue table")
    for row in rows:
        if row["role"] not in CUE_ROLES:
            raise ConfigError(f"{path}:{row['_line']}: unknown cue role {row['role']!r} "
                              f"(one of {', '.join(CUE_ROLES)})")
        row["_row"] = f"{path.name}:{row['_line']}"
    return rows


@lru_cache(maxsize=4)
def load_cues(extra: tuple[str, ...] = ()) -> CueLexicon:
    """The shipped cue table, then the rows of the user's files ``extra`` (a later row wins)."""
    verbs, particles, content_nouns, nominal, rows, labels = {}, {}, set(), set(), {}, {}
    frame_nouns, noun_verbs = {}, set()
    for row in [r for path in (CUES_FILE, *map(Path, extra)) for r in _cue_rows(path)]:
        cue, role = row["cue"].lower(), row["role"]
        parts = cue.split()
        if role == "according":
            continue
        if role == "nominal":
            nominal.add((parts[0], parts[1] if len(parts) > 1 else ""))
            continue
        if role == "content_noun":
            content_nouns.add(cue)
            continue
        if role == "quote_label":
            labels[cue] = row["_row"]
            continue
        if role in ("speech_noun", "belief_noun"):
            frame_nouns[cue] = role
            rows[("noun", cue)] = row["_row"]
            continue
        if role == "noun_verb":
            noun_verbs.add(cue)
            continue
        if len(parts) == 2:
            particles[(parts[0], parts[1])] = role
            rows[(parts[0], parts[1])] = row["_row"]
        else:
            verbs[cue] = role
            rows[cue] = row["_row"]
    return CueLexicon(verbs=verbs, particles=particles, content_nouns=frozenset(content_nouns),
                      nominal=frozenset(nominal), rows=rows, labels=labels, frame_nouns=frame_nouns,
                      noun_verbs=frozenset(noun_verbs))


VERB_TAGS = ("VBD", "VBZ", "VBP", "VBG", "VBN", "VB")  # Penn tags of verbs, whatever part of speech the tagger gave


def state_of_a_number(token) -> bool:
    """ "2,000 deaths, 300 injured and 12 reported missing": a cue verb whose subject is a bare number and whose
    complement is a state ("missing", "dead"), with no clause of its own, says what befell those counted (a
    reduced passive), not that anyone spoke."""
    children = list(token.children)
    return (any(c.dep_ == "nsubj" and c.like_num for c in children)
            and any(c.dep_ in ("xcomp", "acomp", "oprd") and c.tag_ in ("VBG", "VBN", "JJ")
                    and not any(g.dep_ in ("dobj", "ccomp", "xcomp", "prep") for g in c.children) for c in children)
            and not any(c.dep_ in ("ccomp", "dobj") for c in children))


_PARTICLE_VERBS: dict[int, tuple[dict, frozenset[str]]] = {}


def _particle_verbs(lexicon: CueLexicon) -> frozenset[str]:
    """The lemmas of ``lexicon.particles``' rows, once per table (held: its id is not reused)."""
    got = _PARTICLE_VERBS.get(id(lexicon.particles))
    if got is None or got[0] is not lexicon.particles:
        got = _PARTICLE_VERBS[id(lexicon.particles)] = (lexicon.particles, frozenset(v for v, _p in lexicon.particles))
    return got[1]


def cue_role(token, lexicon: CueLexicon) -> tuple[str, str] | None:
    """(role, cue words as written) when ``token`` is a reporting verb, else None."""
    if token.pos_ not in ("VERB", "AUX") and token.tag_ not in VERB_TAGS:
        return None
    lemma = token.lemma_.lower()
    # (the children are read only for a verb that has particle rows at all)
    particle = next(((lexicon.particles[(lemma, child.lower_)], f"{token.text} {child.text}")
                     for child in token.children
                     if child.dep_ in ("prt", "acomp", "dobj") and (lemma, child.lower_) in lexicon.particles),
                    None) if lemma in _particle_verbs(lexicon) else None
    role = lexicon.verbs.get(lemma)
    if particle is None and not role:
        return None  # no cue: the clause's shape is not read
    if state_of_a_number(token):
        return None
    if particle is not None:
        return particle
    if role == "evidential" and passive_evidential(token):
        return None
    return role, token.text


def passive_evidential(token) -> bool:
    """Rule passive_finding_skipped: an evidential cue in the passive voice names what was found or shown, not a
    finding ("Wreckage has been found near the shore", "many will be found once roads reopen"); the impersonal
    "it was found that ..." still reports."""
    return any(c.dep_ == "auxpass" for c in token.children) and not any(
        c.dep_ == "nsubjpass" and c.lower_ == "it" for c in token.children)


ISSUING_VERBS_FILE = DATA_DIR / "claims" / "issuing_verbs.tsv"


@lru_cache(maxsize=1)
def load_issuing_verbs() -> frozenset[str]:
    """The lemmas of ``issuing_verbs.tsv``: "figures released by X" makes X the source ("figures cited by X"
    does not: X relays them)."""
    return frozenset(row["verb"].lower() for row in read_table(ISSUING_VERBS_FILE, ("verb",), what="issuing verb table"))


@lru_cache(maxsize=None)
def load_nouns(kind: str) -> frozenset[str]:
    """The lower-cased ``noun`` column of one of the noun tables (``kind`` a key of :data:`NOUN_FILES`)."""
    return frozenset(row["noun"].lower() for row in read_table(NOUN_FILES[kind], ("noun",), what=f"{kind} noun table"))


@lru_cache(maxsize=1)
def _hedge_adverbs() -> frozenset:
    return frozenset((row["cue"].lower(), row["kind"]) for row in hedge_rows(HEDGES_FILE))
