"""Word lists, thresholds and look-ups derived from the gazetteer, shared by the actors rules."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from ...tables import read_table
from ..gazetteer import ADJECTIVE, CAPITAL, NAME, Gazetteer

# states whose people's names put the family name first in English news ("Kim Jong Un" -> "Kim")
FAMILY_NAME_FIRST = frozenset({"PRK", "KOR", "CHN", "TWN", "VNM"})
# first words of two-part state names that share the rest ("North and South Korea")
DIRECTIONS = frozenset({"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Upper", "Lower"})
# words after a leader's name that make the phrase name the state's government
GOVERNMENT_NOUNS = frozenset({"administration", "government", "regime", "cabinet", "junta"})
# heads of lower-case phrases that name a state's body after the state ("Russia's defence ministry")
STATE_BODY_HEADS = frozenset({"ministry", "agency"})
# NER-only entities need a line of at least this many words: bylines, site names and taglines left by
# the cleaner are 1-5 word lines, prose paragraphs are longer
MIN_PROSE_LINE_WORDS = 6
# an author bio without a heading ("Jane Roe is a fellow at ...") is only looked for in this many last lines
TAIL_LINES = 3
# how many tokens before a name an affiliation cue ("former French diplomat") may start
AFFILIATION_WINDOW = 6
NER_LABELS = {"PERSON": "person", "ORG": "organization", "GPE": "location", "LOC": "location",
              "FAC": "location"}
ARTICLES = frozenset({"the", "a", "an", "The", "A", "An"})
POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
# common words the small model tags as names when capitalised (sentence starts, headings)
NOT_NAMES = frozenset({
    "west", "western", "east", "eastern", "north", "south", "northern", "southern", "the west",
    "armistice", "article", "cold war", "world war", "president", "minister", "analysts", "experts",
    "officials", "government", "state", "army", "navy", "parliament", "ministry", "council", "congress",
    "court", "twitter", "x", "facebook", "telegram", "youtube",
    "instagram", "substack", "patreon", "linkedin", "whatsapp", "tiktok", "google", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday",
    "democrats", "republicans", "conservatives", "liberals", "socialists", "communists", "greens", "islamists",
    "separatists", "rebels", "loyalists", "nationalists", "militants", "jihadists", "insurgents",
})
# adjectives made from names ("Napoleonic", "Victorian", "Gaullist", "Kafkaesque"): before a noun, no body
NAME_ADJECTIVE = re.compile(r"^[A-Z][a-z]{3,}(?:ic|ian|ist|esque|ite)$")
PLURAL_ACRONYM = re.compile(r"^[A-Z]{2,}s$")
# weapon and vehicle designations: "KN-23", "F-16", "Su-27", "MiG-29", "T-90"
MODEL_DESIGNATION = re.compile(r"^[A-Z][A-Za-z]{0,3}-\d+[A-Za-z]*$")
# capital letters of the Latin alphabets: a name may begin with "Š", "Č", "Ø", "Ł" or "É" as with "S"
LATIN_CAPITALS = "A-Z" + "".join(chr(c) for c in range(0xC0, 0x250) if chr(c).isupper())
NAME_TOKEN = re.compile(rf"^(?:[{LATIN_CAPITALS}][\w'’.\-]*|[A-Z]\.|(?:de|da|van|von|der|den|al|el|bin|ibn|di|du|le|la)|"
                        rf"(?:al|el)-[{LATIN_CAPITALS}][\w'’\-]*)$")
# titles of a head of state or government (before a name); roles.tsv lists them as titles too
LEADER_TITLE = re.compile(r"\b(president|prime minister|premier|chancellor|king|queen|emir|sheikh)\b")
# prepositions whose object is the other side of an act, not where it happens ("sanctions on X")
OTHER_PARTY_PREPOSITIONS = frozenset({"against", "with", "on", "to", "toward", "towards", "at", "versus", "over",
                                      "between", "into"})
LEADER_ROLES = re.compile(r"\b(president|prime minister|chancellor|premier|supreme leader|head of state)\b")


def slug(text: str) -> str:
    s = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    s = re.sub(r"['’]s\b", "", s)
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-") or "x"


@lru_cache(maxsize=8)
def folded_names(gazetteer: Gazetteer) -> dict[str, tuple[str, str, str]]:
    """Case-folded names, aliases and capitals (four letters or more) -> (the one entry they name, the form,
    the row listing it); forms naming two entries are left out."""
    # (entry, form) pairs in table order (a dict, not a set: a name listed as both name and capital of one entry
    # keeps the form and row listed first, whatever the hash seed)
    owners: dict[str, dict[tuple[str, str], None]] = {}
    rows: dict[tuple[str, str, str], str] = {}
    for f in gazetteer.forms:
        if f.form in (NAME, CAPITAL) and len(f.text) >= 4:
            owners.setdefault(f.text.casefold(), {})[(f.entry, f.form)] = None
            rows.setdefault((f.text.casefold(), f.entry, f.form), f.row)
    out = {}
    for k, v in owners.items():
        if len({e for e, _ in v}) == 1:
            entry, form = next(iter(v))
            out[k] = (entry, form, rows[(k, entry, form)])
    return out


@lru_cache(maxsize=8)
def state_adjectives(gazetteer: Gazetteer) -> dict[str, str]:
    """ISO alpha-3 -> the state's first demonym ("RUS" -> "Russian"), for naming its bodies."""
    out: dict[str, str] = {}
    for f in gazetteer.forms:
        e = gazetteer.entries[f.entry]
        if f.form == ADJECTIVE and e.kind == "country" and e.country not in out:
            out[e.country] = f.text
    return out


@lru_cache(maxsize=8)
def leader_surnames(gazetteer: Gazetteer) -> dict[str, str]:
    """Family name -> gazetteer id of heads of state and government, for names unique among them."""
    seen: dict[str, set[str]] = {}
    for e in gazetteer.entries.values():
        if e.kind != "person" or not e.role or not LEADER_ROLES.search(e.role):
            continue
        words = e.name.split()
        if len(words) < 2:
            continue
        key = words[0] if e.country in FAMILY_NAME_FIRST else words[-1]
        seen.setdefault(key, set()).add(e.id)
    return {k: next(iter(v)) for k, v in seen.items() if len(v) == 1}


GIVEN_NAMES_FILE = Path(__file__).resolve().parent.parent.parent / "data" / "gazetteer" / "given_names.tsv"


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Given names of people in the PETRARCH2 country dictionary ("Hichem", "Rixi"), derived by
    ``scripts/derive_given_names.py``."""
    return frozenset(row["name"] for row in read_table(GIVEN_NAMES_FILE, ("name",), what="given names table"))
