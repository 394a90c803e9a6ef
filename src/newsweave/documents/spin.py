"""Synonym spinning: a text whose wording shows it was put through a synonym spinner.

A content farm's spinner swaps words for dictionary synonyms so that a copied story passes as new.
The facts, names, numbers and quotes stay; what gives it away is wording no editor writes, read
here from the document's own text (no original needed):

- fixed phrases, titles and names broken by a synonym: "Head Minister" (Prime Minister), "Joined
  Countries" (United Nations), "espionage agency" (spy agency), "instead than" (rather than);
- function words swapped for a look-alike by a dictionary's first synonym: "successful the" (in the),
  "connected Monday" (on Monday), "to beryllium" (to be), "much than" (more than);
- reporting verbs reworded around intact names and quotes: "stated", "informed journalists",
  "remarked" where news English writes "said" (counted against the text's own "said");
- an article left agreeing with the word that was swapped out: "a interpreter", "an statement";
- a verb left in its dictionary form after an auxiliary ("the city is now pursue"), as a spinner that
  swaps in a synonym's base form leaves it;
- a full stop inside a sentence, the next word in lower case ("the accord. sign by"), as a
  rewriter working on pieces of sentences leaves it (abbreviations such as "U.S." are not one);
- a machine rewriter's register: the words a language model over-uses ("underscores", "pivotal"),
  an essay's connectives ("Moreover,") and an SEO article's template ("this article"), counted as
  distinct words against the text's length (news copy uses a few; a rewrite of it many).

The phrases are data (``data/spin/phrases.tsv``, plus the user's ``spin_files``); each has a weight:
*strong* (no editor writes it) or *weak* (written, but rare in news). A document's points are one per
strong phrase and :data:`WEAK_POINTS` per weak one (each distinct phrase counted once), plus the
reporting-verb points; it is flagged when they reach :data:`FLAG_POINTS`. ``score`` is
``points / (points + FLAG_POINTS)``, so a flagged text scores at least 0.5. Calibrated with
``benchmarks/spin.py`` (see there for the figures).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from ..config import DATA_DIR
from ..errors import ConfigError
from ..fold import fold
from ..model import Spin
from ..months import MONTH_NAMES
from ..tables import read_table

PHRASES_FILE = DATA_DIR / "spin" / "phrases.tsv"
KINDS = ("title", "name", "collocation", "function", "verb", "inflection", "register")
WEIGHTS = ("strong", "weak")

# points of one weak phrase (three distinct weak phrases weigh as much as one strong one)
WEAK_POINTS = 1 / 3
# a text is flagged at this many points: two strong phrases, one and a few weak ones, or a reworded-verb
# habit (three "stated" and no "said"). Calibrated with benchmarks/spin.py: no negative of
# tests/corpus/copies, tests/corpus/real/dev or the article-extraction benchmark's 181 edited pages
# reaches 1.5 (the highest, a regional outlet's "stated" twice with no "said", has 1.0), while every
# spun variant of the copy corpus does
FLAG_POINTS = 1.5
# reworded reporting verbs: counted when there are at least this many and more of them than "said";
# each one beyond the text's own "said" is worth VERB_POINTS, up to MAX_VERB_POINTS
MIN_VERBS = 2
VERB_POINTS = 0.5
MAX_VERB_POINTS = 1.5
# an article that no longer agrees with its noun, and a full stop inside a sentence: points each
# (each distinct one counted once), up to the maximum
ARTICLE_POINTS = 0.5
BROKEN_SENTENCE_POINTS = 0.5
MAX_PATTERN_POINTS = 1.0
# a machine rewriter's register: the distinct register words of a text beyond its allowance (REGISTER_FREE,
# and one more per REGISTER_WORDS words) are REGISTER_POINTS each, up to MAX_REGISTER_POINTS. Calibrated
# with benchmarks/spin.py (--edited --own): no negative of the generated, real dev, edited web or own sets
# has a register word beyond its allowance (the closest: 2 in 125 words, allowance 2.5; an edited page of
# 600 words has 3), while two real dev rewrites have 4 and 5 in under 300 words
REGISTER_FREE = 2
REGISTER_WORDS = 250
REGISTER_POINTS = 1.0
MAX_REGISTER_POINTS = 1.5
# how many phrases the evidence quotes
MAX_EVIDENCE = 8

SLOTS = {
    "<Cap>": r"[A-Z][\w'’-]*",
    "<det>": r"(?i:the|a|an|its|their|his|her)",
    "<day>": r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)",
    "<month>": r"(?:" + "|".join(MONTH_NAMES) + ")",
    "<num>": r"\d[\d,.]*",
}
# "said" and its fixed companions, against which reworded verbs are counted
SAID = re.compile(r"\b(?:said|says|told|saying|telling)\b", re.I)
# a reworded verb used as an adjective is not one: "the stated aim", "well-informed sources"
_ADJECTIVAL_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|its|his|her|their|our|your|as|above|well|ill|un|better|fully)[\s-]*|-)$", re.I)
_ADJECTIVAL_AFTER = re.compile(r"\s*(?:sources?|decisions?|choices?|consent|aims?|goals?|objectives?|"
                               r"intentions?|policy|position|purposes?|opinion|guess|observers?|public)\b", re.I)


# "a" before a vowel sound and "an" before a consonant, except words whose spelling misleads
_A_VOWEL = re.compile(r"(?<![\w-])[Aa] (?!one\b|once\b|uni|use|usu|uti|ura|uro|ubi|ukr|eu|ewe)[aeiou][a-z]+\b")
_AN_CONSONANT = re.compile(r"(?<![\w-])[Aa]n (?!hour|honest|honou?r|heir|herb)[bcdfgjklmnpqrstvwxyz][a-z]+\b")
# "word. lower": a full stop and a lower-case word after it, where the word before is no abbreviation
_BROKEN_SENTENCE = re.compile(r"(?<![.\w/])(?P<before>[A-Za-z][\w’'-]*)\. (?!pic\b|https?\b|www\b|com\b|org\b|net\b)(?P<after>[a-z]{2,})\b")
_ABBREVIATION = re.compile(r"^(?:[A-Za-z]|a\.m|p\.m|etc|vs|approx|incl|est|govt|dept|no|nos|fig|figs|vol|ch|pp|gen|"
                           r"dr|mr|mrs|ms|lt|col|sgt|st|jr|sr|inc|co|corp|ltd|jan|feb|mar|apr|aug|sept|sep|oct|nov|dec|"
                           r"al|cf|ca|ft|km|mt|op|ed|eds|rev|prof|capt|cmdr|adm|maj|brig|sen|rep|gov|pres|tsp|tbsp|oz|lb|lbs|"
                           r"min|max|hr|hrs|sq|mi|yd|pt|qt|gal|cm|mm|kg|mg|ml)$", re.I)


@dataclass(frozen=True)
class SpinPhrase:
    pattern: re.Pattern
    spun: str
    fixed: str
    kind: str
    weight: str
    rule: str  # "spin:LINE" of the table row

    @cached_property
    def needle(self) -> str:
        """The longest literal word of the phrase, lower case: a text without it cannot match (a cheap
        test before the pattern's)."""
        words = [w for w in self.spun.split() if w not in SLOTS]
        return max(words, key=len).lower() if words else ""

    @cached_property
    def required(self) -> tuple[str, ...]:
        """The phrase's literal words a text must hold (lower case, the needle first); a word with
        non-ASCII letters is left out (:func:`newsweave.fold.may_contain` never rules it out)."""
        words = [w.lower() for w in self.spun.split() if w not in SLOTS]
        words.sort(key=lambda w: w != self.needle)
        return tuple(w for w in words if w.isascii())

    def may_match(self, folded: str) -> bool:
        """False only when the phrase cannot occur in the text ``folded`` came from (:func:`fold`)."""
        for w in self.required:  # (asked of every row for every text: a loop, not a generator)
            if w not in folded:
                return False
        return True

    @cached_property
    def _required_split(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The required words made of word characters and hyphens only, and the others."""
        return (tuple(w for w in self.required if _WORD_PIECE.fullmatch(w)),
                tuple(w for w in self.required if not _WORD_PIECE.fullmatch(w)))

    def may_occur(self, words: frozenset[str], folded: str) -> bool:
        """False only when the phrase cannot occur in the text of ``folded`` (:func:`fold`) and ``words``
        (:func:`word_pieces` of it). Each literal word of a phrase stands between white space or the pattern's
        ends, ``(?<![\\w-])`` and ``(?![\\w-])``, so a required word of word characters and hyphens is one of the
        text's pieces between other characters: a set look-up instead of a scan of the text (which also rules
        out a word found only inside a longer one, "head" in "ahead")."""
        whole, other = self._required_split
        for w in whole:
            if w not in words:
                return False
        for w in other:
            if w not in folded:
                return False
        return True


# a piece of a text between characters that are neither word characters nor hyphens
_WORD_PIECE = re.compile(r"[\w-]+")
_NOT_WORD_PIECE = re.compile(r"[^\w-]+")


def word_pieces(folded: str) -> frozenset[str]:
    """The pieces of ``folded`` between characters that are neither word characters nor hyphens."""
    return frozenset(_NOT_WORD_PIECE.split(folded))


_FILED: dict[int, tuple] = {}  # id of a table's rows -> (the rows, {first whole required word: row numbers}, others)


def possible(rows: tuple[SpinPhrase, ...], words: frozenset[str], folded: str) -> list[SpinPhrase]:
    """The rows that may occur in the text (``may_occur``), in their order. A row with a required word of word
    characters and hyphens is filed under the first such word and asked only when the text has that piece
    (``may_occur`` would say False at once otherwise): a set intersection, not a call per row and text."""
    filed = _FILED.get(id(rows))
    if filed is None or filed[0] is not rows:  # the rows are held: their id is not reused
        by_word: dict[str, list[int]] = {}
        others = []
        for n, row in enumerate(rows):
            whole = row._required_split[0]
            (by_word.setdefault(whole[0], []) if whole else others).append(n)
        filed = _FILED[id(rows)] = (rows, by_word, others)
    _rows, by_word, numbers = filed
    numbers = list(numbers)
    for w in by_word.keys() & words:
        numbers += by_word[w]
    numbers.sort()
    return [rows[n] for n in numbers if rows[n].may_occur(words, folded)]


@dataclass(frozen=True)
class SpinTable:
    phrases: tuple[SpinPhrase, ...]
    verbs: tuple[SpinPhrase, ...]
    register: tuple[SpinPhrase, ...] = ()


# a verb left in its base form after an auxiliary ("is now seek"): a spinner that swaps in a synonym's
# dictionary form loses the inflection ("seeking"); the table's ``inflection`` rows list such verbs
_AUXILIARY = r"(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?:(?:now|still|also|already|being)\s+)?"


def _compile(spun: str, kind: str = "collocation") -> re.Pattern:
    if kind == "inflection":
        return re.compile(rf"(?<![\w-])(?i:{_AUXILIARY}{re.escape(spun)})(?![\w-])")
    parts = []
    for token in spun.split():
        if token in SLOTS:
            parts.append(SLOTS[token])
        elif token.startswith("<") and token.endswith(">"):
            raise ValueError(f"unknown slot {token} (slots: {', '.join(SLOTS)})")
        elif any(c.isupper() for c in token):
            parts.append(re.escape(token))
        else:
            parts.append(f"(?i:{re.escape(token)})")
    return re.compile(r"(?<![\w-])" + r"\s+".join(parts) + r"(?![\w-])")


@lru_cache(maxsize=8)
def load_spin_table(files: tuple[str, ...] = ()) -> SpinTable:
    """The shipped phrase table, then the user's files (same columns)."""
    phrases, verbs, register = [], [], []
    for path in (PHRASES_FILE, *map(Path, files)):
        for row in read_table(path, ("spun", "fixed", "kind", "weight"), what="spin phrase file"):
            where = f"{path}:{row['_line']}"
            if row["kind"] not in KINDS or row["weight"] not in WEIGHTS:
                raise ConfigError(f"{where}: kind must be one of {', '.join(KINDS)} and weight one of "
                                  f"{', '.join(WEIGHTS)}")
            try:
                pattern = _compile(row["spun"], row["kind"])
            except (ValueError, re.error) as e:
                raise ConfigError(f"{where}: {e}") from e
            rule = f"spin:{row['_line']}" if Path(path) == PHRASES_FILE else f"spin:{Path(path).name}:{row['_line']}"
            phrase = SpinPhrase(pattern, row["spun"], row["fixed"], row["kind"], row["weight"], rule)
            {"verb": verbs, "register": register}.get(row["kind"], phrases).append(phrase)
    return SpinTable(tuple(phrases), tuple(verbs), tuple(register))


def _verb_uses(text: str, verb: SpinPhrase) -> list[re.Match]:
    out = []
    for m in verb.pattern.finditer(text):
        if _ADJECTIVAL_BEFORE.search(text[max(0, m.start() - 12):m.start()]):
            continue
        if _ADJECTIVAL_AFTER.match(text, m.end()):
            continue
        out.append(m)
    return out


@dataclass(frozen=True)
class SpinReading:
    """What a text shows: its points and each phrase found (position, as written, weight)."""
    points: float
    found: tuple[tuple[int, str, str], ...]

    @property
    def flagged(self) -> bool:
        return self.points >= FLAG_POINTS


def read_spin(text: str, files: tuple[str, ...] = ()) -> SpinReading:
    """Every spun phrase of ``text`` and the points they make, flagged or not."""
    table = load_spin_table(tuple(files))
    found: list[tuple[int, str, str]] = []
    points = 0.0
    low = fold(text)
    words = word_pieces(low)
    for phrase in possible(table.phrases, words, low):
        m = phrase.pattern.search(text)
        if m is None:
            continue
        points += 1.0 if phrase.weight == "strong" else WEAK_POINTS
        found.append((m.start(), " ".join(m.group(0).split()), phrase.weight))
    uses = [m for verb in possible(table.verbs, words, low) for m in _verb_uses(text, verb)]
    said = len(SAID.findall(text))
    if len(uses) >= MIN_VERBS and len(uses) > said:
        points += min(MAX_VERB_POINTS, VERB_POINTS * (len(uses) - said))
        counts: dict[str, list[int]] = {}
        for m in uses:
            counts.setdefault(m.group(0).lower(), []).append(m.start())
        found += [(min(at), f"{word} ({len(at)}x, said {said}x)", "verb") for word, at in counts.items()]
    register_points, register_found = _register(text, low, words, table.register)
    points += register_points
    found += register_found
    for kind, matches, each in (("article", _articles(text), ARTICLE_POINTS),
                                ("broken sentence", _broken_sentences(text), BROKEN_SENTENCE_POINTS)):
        distinct = {m.group(0): m.start() for m in reversed(matches)}
        if distinct:
            points += min(MAX_PATTERN_POINTS, each * len(distinct))
            found += [(at, phrase, kind) for phrase, at in distinct.items()]
    return SpinReading(points, tuple(sorted(found)))


def _register(text: str, low: str, words: frozenset[str],
              rows: tuple[SpinPhrase, ...]) -> tuple[float, list[tuple[int, str, str]]]:
    """Points and evidence of a machine rewriter's register: distinct register words beyond the
    allowance of a text of this length (a long text may use a few more without being a rewrite)."""
    spans = sorted((m.start(), -m.end(), " ".join(m.group(0).split())) for row in possible(rows, words, low)
                   if (m := row.pattern.search(text)))
    found, end = [], -1
    for start, minus_end, phrase in spans:  # overlapping rows are one word: "Notably,"/"notably", "a pivotal moment"/"pivotal"
        if start >= end:
            found.append((start, phrase, "register"))
            end = -minus_end
    allowance = REGISTER_FREE + len(text.split()) / REGISTER_WORDS
    if len(found) <= allowance:
        return 0.0, []
    return min(MAX_REGISTER_POINTS, REGISTER_POINTS * (len(found) - allowance)), found


def _articles(text: str) -> list[re.Match]:
    return [*_A_VOWEL.finditer(text), *_AN_CONSONANT.finditer(text)]


def _broken_sentences(text: str) -> list[re.Match]:
    return [m for m in _BROKEN_SENTENCE.finditer(text)
            if not _ABBREVIATION.match(m.group("before")) and not m.group("before").isupper()]


def spin_of(text: str, files: tuple[str, ...] = (), language: str | None = "en") -> Spin | None:
    """The spinning a text shows (score and the phrases that gave it away), or None when it shows too
    little; the phrases are English, so a text in another language is never read."""
    if language not in (None, "en"):
        return None
    reading = read_spin(text, files)
    if not reading.flagged:
        return None
    return Spin(score=round(reading.points / (reading.points + FLAG_POINTS), 2),
                evidence=tuple(phrase for _pos, phrase, _weight in reading.found[:MAX_EVIDENCE]))
