"""The claims tables of ``data/claims/``, read with :func:`newsweave.tables.read_table`.

``cues.tsv`` (reporting verbs and their role; ``Options.claim_cue_files`` adds rows), ``person_nouns.tsv``
(role nouns that make a he/she ambiguous) and the adverbs of ``hedges.tsv`` (read by
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
PERSON_NOUNS_FILE = DATA_DIR / "claims" / "person_nouns.tsv"
BODY_NOUNS_FILE = DATA_DIR / "claims" / "body_nouns.tsv"
CONFORMITY_NOUNS_FILE = DATA_DIR / "claims" / "conformity_nouns.tsv"
ACT_NOUNS_FILE = DATA_DIR / "claims" / "act_nouns.tsv"
MEDIUM_NOUNS_FILE = DATA_DIR / "claims" / "medium_nouns.tsv"
CUE_ROLES = ("speech", "question", "epistemic", "evidential", "naming", "according", "accusation",
             "nominal", "content_noun", "quote_label", "speech_noun", "belief_noun", "noun_verb")


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


def cue_role(token, lexicon: CueLexicon) -> tuple[str, str] | None:
    """(role, cue words as written) when ``token`` is a reporting verb, else None."""
    if token.pos_ not in ("VERB", "AUX") and token.tag_ not in ("VBD", "VBZ", "VBP", "VBG", "VBN", "VB"):
        return None
    lemma = token.lemma_.lower()
    for child in token.children:
        if child.dep_ in ("prt", "acomp", "dobj") and (lemma, child.lower_) in lexicon.particles:
            return lexicon.particles[(lemma, child.lower_)], f"{token.text} {child.text}"
    role = lexicon.verbs.get(lemma)
    return (role, token.text) if role else None


def _noun_set(path, what: str) -> frozenset[str]:
    """The lower-cased ``noun`` column of one of the claims' noun tables."""
    return frozenset(row["noun"].lower() for row in read_table(path, ("noun",), what=what))


@lru_cache(maxsize=1)
def load_person_nouns() -> frozenset[str]:
    return _noun_set(PERSON_NOUNS_FILE, "person noun table")


@lru_cache(maxsize=1)
def load_body_nouns() -> frozenset[str]:
    """Nouns for bodies that can speak (``body_nouns.tsv``): 'the board', 'the ministry'."""
    return _noun_set(BODY_NOUNS_FILE, "body noun table")


@lru_cache(maxsize=1)
def load_conformity_nouns() -> frozenset[str]:
    """Nouns giving a norm after "according to" (``conformity_nouns.tsv``): 'the contract', 'plan'."""
    return _noun_set(CONFORMITY_NOUNS_FILE, "conformity noun table")


@lru_cache(maxsize=1)
def load_act_nouns() -> frozenset[str]:
    """Nouns naming an act or occurrence, never a speaker (``act_nouns.tsv``): 'the move', 'the visit'."""
    return _noun_set(ACT_NOUNS_FILE, "act noun table")


@lru_cache(maxsize=1)
def load_medium_nouns() -> frozenset[str]:
    """Nouns for the medium of a statement (``medium_nouns.tsv``): 'in a statement', 'in a letter'."""
    return _noun_set(MEDIUM_NOUNS_FILE, "medium noun table")


@lru_cache(maxsize=1)
def _hedge_adverbs() -> frozenset:
    return frozenset((row["cue"].lower(), row["kind"]) for row in hedge_rows(HEDGES_FILE))
