"""Actors: gazetteer matches and NER spans linked to canonical entities (issue: actors).

Steps of :func:`extract_entities` (numbers match the comments in the code):

1. layout: lines of the text; end matter and bylines (author bios, reference lists, calls to subscribe,
   "By Jane Roe, Agency", see ``data/gazetteer/sections.tsv``) yield no entity; headlines and short lines
   (site names, taglines) yield gazetteer matches only
2. gazetteer: one PhraseMatcher over every surface form (names, demonyms, capitals, metonyms), longest
   match wins ("North and South Korea" names both states); a capital is read as its state wherever it stands ("Seoul said", "talks in Seoul": an
   analyst counts both as a reference to South Korea); context aliases ("the North", "JCS") count only
   when their entity or its state is named plainly; a seat of power ("the Kremlin", "the White House") is
   both the body (an organisation) and its state; a state inside its own body's name ("Russian Defence
   Ministry") is mentioned too; "Russia's Security Council" is Russia's body, not the UN's; names glued
   to a hyphen by the tokenizer ("U.S.-led") are found inside the token; acronyms next to numbers
   ("NIS 50") are units, not agencies
3. NER: PERSON / ORG / GPE / LOC / FAC spans the gazetteer did not cover, cleaned of leading articles,
   titles and state prefixes ("Indian Prime Minister Narendra Modi" -> person "Narendra Modi", IND;
   "China Coast Guard" keeps its prefix), filtered for the small model's usual errors (lower-case words,
   adjectives like "Stalinist", plural acronyms, treaties and laws, headline fragments), and re-typed
   by the noun next to them ("the gang coalition X" / "X, a militia" / a name ending in "Monitor",
   "Observatory", "Witness" -> organisation; "X, a senior fellow" / "X, a retired army colonel" (a noun
   modifier before the role is skipped) / "said X of the ..." -> person); "Long Name (ABBR)" makes ABBR
   an alias, and the NER's own spans of ABBR that entity; a known name in other letter case ("HAMAS")
   is the known entity; datelines ("PARIS (Agency) -") and photo credits yield no entity (``span`` rows of
   ``sections.tsv``)
4. persons: later short forms ("Dumoulin", "Kim") link to the most recent full name with that surname
   (last token, or first token for family-name-first names; the head of state when two people share
   it), and a later two-word form of a three-part name ("Kayikwamba Wagner") to that name; one-word PERSON spans that link to nobody are dropped unless a title stands before them
   ("Sergeant Dmytro", "King Hassan"); spans led by ranks are persons even when the NER says ORG
   ("Lieutenant General Choi Min"); hyphenated given names are kept whole ("Cha Min-soo"); full names
   the NER missed are taken from the subject of a reporting verb ("added Jane Roe of ...") or a name
   with a role in apposition ("Pavel Orlov, the president of Kenya, ...")
5. affiliation: a person's country from a demonym or possessive state before a role ("former French
   diplomat X", "Russia's foreign minister X", "US Ambassador X"), from a role in apposition ("the
   president of Ivory Coast, X,", "X, Algeria's leading activist"), from "X of Argentina" / "X of the
   Ukrainian army", from a state body ("Pentagon spokesperson X", "X, a spokesman for the JCS"); a head
   of state introduced by title alone leads the one state his sentence names, unless that state is the
   other party ("sanctions against Russia"); a short form never changes the country its full name was
   introduced with; an organisation's from a prefix ("the France-based X"); "the Yoon
   administration" mentions the leader and the state
6. records: one :class:`Entity` per linked entity (gazetteer id, or a stable slug such as
   ``person:marie-dumoulin`` / ``org:fra:foundation-for-strategic-research``) and one :class:`Mention`
   per span, offsets into ``document.text``

:class:`EntityResult` is what later stages read: ``entity()``, ``mentions_in()``,
``last_person_before()`` (the hook pronoun speakers use), plus ``entity_for_span()`` (the entity whose
mention best covers a span, e.g. a claim's speaker words) and ``country_of()``.
"""
from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from ..config import Options
from ..model import Document, Entity, Mention
from .gazetteer import ADJECTIVE, CAPITAL, CONTEXT, METONYM, NAME, Entry, Gazetteer, load_gazetteer


@dataclass(frozen=True)
class EntityResult:
    """The entities and mentions of one document, plus look-ups later stages need.

    Mentions are sorted by ``start``. A span may carry two mentions when it names two entities
    (e.g. "the Yoon administration": the person and the state).
    """
    entities: tuple[Entity, ...] = ()
    mentions: tuple[Mention, ...] = ()
    _by_id: dict = field(default_factory=dict, init=False, repr=False, compare=False)
    _starts: list = field(default_factory=list, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # look-up indexes (later stages call these per token or per clause)
        object.__setattr__(self, "mentions", tuple(sorted(self.mentions, key=lambda m: (m.start, m.end, m.entity))))
        object.__setattr__(self, "_by_id", {e.id: e for e in self.entities})
        object.__setattr__(self, "_starts", [m.start for m in self.mentions])

    def entity(self, entity_id: str | None) -> Entity | None:
        return self._by_id.get(entity_id)

    def mentions_in(self, start: int, end: int) -> tuple[Mention, ...]:
        """Mentions lying inside the character span [start, end)."""
        lo = bisect.bisect_left(self._starts, start)
        hi = bisect.bisect_left(self._starts, end)
        return tuple(m for m in self.mentions[lo:hi] if m.end <= end)

    def last_person_before(self, offset: int) -> Entity | None:
        """The most recent person mentioned before ``offset``: the hook pronoun speakers use."""
        hi = bisect.bisect_left(self._starts, offset)
        for m in reversed(self.mentions[:hi]):
            e = self._by_id.get(m.entity)
            if m.end <= offset and e is not None and e.kind == "person":
                return e
        return None

    def entity_for_span(self, start: int, end: int) -> Entity | None:
        """The entity best naming the span [start, end): persons first, then the longest mention inside
        it, else a mention overlapping it (for speaker words such as "Dumoulin of the ECFR")."""
        inside = self.mentions_in(start, end) or tuple(m for m in self.mentions if m.start < end and m.end > start)
        if not inside:
            return None
        rank = {"person": 0, "organization": 1, "group": 1, "country": 2, "location": 3, "other": 4}

        def key(m: Mention):
            e = self.entity(m.entity)
            return (rank.get(e.kind if e else "other", 4), m.start, -(m.end - m.start))
        return self.entity(min(inside, key=key).entity)

    def country_of(self, entity_id: str | None) -> str | None:
        """ISO alpha-3 of the state an entity is or belongs to (None when unknown)."""
        e = self.entity(entity_id)
        return e.country if e else None


# -- constants ---------------------------------------------------------------------------------------

# states whose people's names put the family name first in English news ("Kim Jong Un" -> "Kim")
FAMILY_NAME_FIRST = frozenset({"PRK", "KOR", "CHN", "TWN", "VNM"})
# first words of two-part state names that share the rest ("North and South Korea")
DIRECTIONS = frozenset({"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Upper", "Lower"})
# words after a leader's name that make the phrase name the state's government
GOVERNMENT_NOUNS = frozenset({"administration", "government", "regime", "cabinet", "junta"})
# a line is a headline (no NER-only entities) when it has no sentence punctuation at its end and at
# least this share of its words are capitalised; calibrated on title/section lines of news pages
# (section headings score 0.75-1.0, prose lines under 0.4)
HEADLINE_CAPITALISED_SHARE = 0.6
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
PLURAL_ACRONYM = re.compile(r"^[A-Z]{2,}s$")
# weapon and vehicle designations: "KN-23", "F-16", "Su-27", "MiG-29", "T-90"
MODEL_DESIGNATION = re.compile(r"^[A-Z][A-Za-z]{0,3}-\d+[A-Za-z]*$")
NAME_TOKEN = re.compile(r"^(?:[A-Z][\w'’.\-]*|[A-Z]\.|(?:de|da|van|von|der|den|al|el|bin|ibn|di|du|le|la)|"
                        r"(?:al|el)-[A-Z][\w'’\-]*)$")


def slug(text: str) -> str:
    s = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    s = re.sub(r"['’]s\b", "", s)
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-") or "x"


# -- layout ------------------------------------------------------------------------------------------

@dataclass
class Layout:
    """Line structure of the text: where end matter starts, excluded and headline lines."""
    text: str
    gazetteer: Gazetteer
    starts: list[int] = field(default_factory=list)
    cut: int = 0
    excluded: set[int] = field(default_factory=set)
    headline: set[int] = field(default_factory=set)
    short: set[int] = field(default_factory=set)
    blocked: list[tuple[int, int]] = field(default_factory=list)  # datelines, photo credits: no entity

    def __post_init__(self) -> None:
        self.cut = len(self.text)
        self.blocked = sorted((m.start(), m.end()) for pattern, effect in self.gazetteer.sections if effect == "span"
                              for m in pattern.finditer(self.text) if m.end() > m.start())
        pos = 0
        lines = self.text.split("\n")
        filled = [i for i, line in enumerate(lines) if line.strip()]
        tail = set(filled[-TAIL_LINES:])
        for i, line in enumerate(lines):
            self.starts.append(pos)
            stripped = line.strip()
            for pattern, effect in self.gazetteer.sections:
                if effect == "span":
                    continue
                if stripped and (effect != "tail" or i in tail) and pattern.fullmatch(stripped):
                    if effect in ("cut", "tail") and pos < self.cut:
                        self.cut = pos
                    self.excluded.add(i)
                    break
            words = re.findall(r"[^\W\d_][\w'’\-]*", stripped)
            if len(words) < MIN_PROSE_LINE_WORDS:
                self.short.add(i)
            if words and not re.search(r"[.!?:;\"”’)]$", stripped):
                caps = sum(1 for w in words if w[0].isupper())
                if caps / len(words) >= HEADLINE_CAPITALISED_SHARE:
                    self.headline.add(i)
            pos += len(line) + 1

    def line_of(self, offset: int) -> int:
        return bisect.bisect_right(self.starts, offset) - 1

    def usable(self, start: int) -> bool:
        """Any entity may come from here (not end matter, not an excluded line, not a dateline or credit)."""
        return start < self.cut and self.line_of(start) not in self.excluded and not self.in_blocked(start)

    def in_blocked(self, offset: int) -> bool:
        k = bisect.bisect_right(self.blocked, (offset, len(self.text) + 1)) - 1
        return k >= 0 and self.blocked[k][0] <= offset < self.blocked[k][1]

    def prose(self, start: int) -> bool:
        """NER-only entities may come from here (a real sentence, not a heading, byline or tagline)."""
        line = self.line_of(start)
        return self.usable(start) and line not in self.headline and line not in self.short


# -- gazetteer matching ------------------------------------------------------------------------------

_MATCHERS: dict[tuple[int, int], tuple[object, dict]] = {}


def _variants(text: str) -> set[str]:
    out = {text}
    if text.startswith("the "):
        out.add("The " + text[4:])
    for t in list(out):
        if "'" in t:
            out.add(t.replace("'", "’"))
    return out


def phrase_matcher(vocab, gazetteer: Gazetteer, make_doc):
    """A PhraseMatcher over every surface form, built once per (vocabulary, gazetteer) and process."""
    key = (id(vocab), id(gazetteer))
    if key not in _MATCHERS:
        from spacy.matcher import PhraseMatcher

        matcher = PhraseMatcher(vocab, attr="ORTH")
        by_text: dict[str, list] = {}
        for f in gazetteer.forms:
            for v in _variants(f.text):
                by_text.setdefault(v, []).append(f)
        texts = sorted(by_text)
        for text, doc in zip(texts, (make_doc(t) for t in texts)):
            matcher.add(text, [doc])
        _MATCHERS[key] = (matcher, by_text)
    return _MATCHERS[key]


@dataclass
class Span:
    """A candidate mention in token and character coordinates."""
    start: int       # token index
    end: int         # token index, exclusive
    cstart: int
    cend: int
    key: str | tuple  # a gazetteer id, or ("new", kind, name) for an entity found in this text
    kind: str
    form: str = NAME
    name: str = ""
    country: str | None = None
    origin: str = "gazetteer"


def _longest_first(spans: list[Span]) -> list[Span]:
    taken: list[Span] = []
    occupied: set[int] = set()
    # longest first; on a tie a plain name beats a context alias ("the South Korean" is "South Korean"),
    # and a body beats its state ("the Kremlin": the state's mention is added back inside the body's)
    for s in sorted(spans, key=lambda s: (-(s.end - s.start), s.form == CONTEXT, s.kind == "country", s.start)):
        if not occupied.intersection(range(s.start, s.end)):
            taken.append(s)
            occupied.update(range(s.start, s.end))
    return sorted(taken, key=lambda s: s.start)


# -- the linker --------------------------------------------------------------------------------------

class _Linker:
    def __init__(self, document: Document, parsed, gazetteer: Gazetteer, make_doc) -> None:
        self.document = document
        self.doc = parsed
        self.gaz = gazetteer
        # 1. layout
        self.layout = Layout(document.text, gazetteer)
        self.make_doc = make_doc
        self.new_entities: dict[tuple, dict] = {}   # new-entity key -> {"country", "aliases"}
        self.abbreviations: dict[str, Span] = {}   # "ECFR" -> the span of its long form
        self._bodies: dict[int, Span] = {}
        self._named_states: set[str] = set()
        # the page's own byline and site name are not actors when they turn up in the text
        self._masthead = {n.strip().lower() for n in re.split(r",|;|&|\band\b|\|", " | ".join(
            x for x in (document.author, document.site) if x)) if n.strip()}
        self._masthead_spans = [(m.start(), m.end()) for n in self._masthead if len(n) > 3
                                for m in re.finditer(re.escape(n), document.text, re.IGNORECASE)]

    # 2. gazetteer
    def gazetteer_spans(self) -> list[Span]:
        matcher, by_text = phrase_matcher(self.doc.vocab, self.gaz, self.make_doc)
        doc = self.doc
        entries = self.gaz.entries
        hits = []
        for match_id, start, end in matcher(doc):
            cs, ce = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
            if self.layout.usable(cs) and not self._unit_like(start, end) \
                    and not any(a <= cs and ce <= b for a, b in self._masthead_spans):
                hits.append((start, end, cs, ce, by_text[doc.vocab.strings[match_id]]))
        # what the document names plainly: entities, and states by how often they are named
        named: set[str] = set()
        states: dict[str, int] = {}
        for *_, forms in hits:
            plain = {f.entry for f in forms if f.form != CONTEXT}
            if len(plain) == 1:
                eid = next(iter(plain))
                named.add(eid)
                if entries[eid].kind == "country":
                    states[entries[eid].country] = states.get(entries[eid].country, 0) + 1
        self._named_states = set(states)
        spans = []
        for start, end, cs, ce, forms in hits:
            cands = [f for f in forms if f.form != CONTEXT]
            if not cands and end < len(doc) and doc[end].text[:1].isupper() and doc[end].pos_ == "PROPN":
                continue  # a context alias inside a longer name ("the South Dakota ...")
            if not cands:
                # a context alias counts when its entity, or the state it belongs to, is named plainly
                # ("the North" with North Korea; "JCS" with South Korea, or with the United States)
                cands = [f for f in forms if f.entry in named
                         or entries[f.entry].kind != "country" and states.get(entries[f.entry].country or "")]
            if not cands:
                continue
            f = max(cands, key=lambda f: (f.entry in named, states.get(entries[f.entry].country or "", 0),
                                          entries[f.entry].kind != "country"))
            e = entries[f.entry]
            spans.append(Span(start, end, cs, ce, e.id, e.kind, f.form, e.name, e.country))
            # one string for a body and its state ("the Kremlin"): both are named
            pair = next((c for c in cands if c.entry != e.id and entries[c.entry].country == e.country
                         and {entries[c.entry].kind, e.kind} == {"country", "organization"}), None)
            if pair is not None:
                p = entries[pair.entry]
                spans.append(Span(start, end, cs, ce, p.id, p.kind, pair.form, p.name, p.country))
        kept = _longest_first(spans) + self._inside_hyphen_tokens(spans, by_text)
        kept += self._shared_head_spans(kept, by_text)
        # a state inside the name of one of its own bodies ("Russian Defence Ministry") is named too
        orgs = [k for k in kept if k.kind == "organization" and k.country]
        kept_ids = {id(k) for k in kept}
        for s in spans:
            if id(s) not in kept_ids and s.kind == "country" and any(
                    o.start <= s.start and s.end <= o.end and o.country == s.country for o in orgs):
                kept.append(s)
                kept_ids.add(id(s))
        kept.sort(key=lambda s: s.start)
        self._national_bodies(kept)
        return kept

    def _shared_head_spans(self, spans: list[Span], by_text: dict) -> list[Span]:
        """"North and South Korea", "East and West Germany": the first direction word names the state made
        of it and the shared rest, when the gazetteer knows that name."""
        doc = self.doc
        taken = {t for s in spans for t in range(s.start, s.end)}
        out = []
        for s in spans:
            if s.start < 2 or s.end - s.start < 2 or doc[s.start].text not in DIRECTIONS \
                    or doc[s.start - 1].lower_ not in ("and", "or", "&") or doc[s.start - 2].text not in DIRECTIONS \
                    or s.start - 2 in taken:
                continue
            first = doc[s.start - 2]
            text = " ".join([first.text] + [t.text for t in doc[s.start + 1:s.end]])
            forms = [f for f in by_text.get(text, ()) if f.form != CONTEXT]
            if forms:
                e = self.gaz.entries[forms[0].entry]
                out.append(Span(first.i, first.i + 1, first.idx, first.idx + len(first.text), e.id, e.kind,
                                forms[0].form, e.name, e.country, "shared head"))
        return out

    def _inside_hyphen_tokens(self, spans: list[Span], by_text: dict) -> list[Span]:
        """Names the tokenizer glued to a hyphen: "U.S.-led" -> "U.S.", "U.S.-South Korea" -> both states."""
        doc = self.doc
        taken = {t for s in spans for t in range(s.start, s.end)}
        out = []
        for t in doc:
            if t.i in taken or "-" not in t.text[1:-1] or not self.layout.usable(t.idx):
                continue
            cut = t.text.index("-", 1)
            left, right = t.text[:cut], t.text[cut + 1:]
            forms = [f for f in by_text.get(left, ()) if f.form != CONTEXT]
            if forms:
                e = self.gaz.entries[forms[0].entry]
                out.append(Span(t.i, t.i + 1, t.idx, t.idx + cut, e.id, e.kind, forms[0].form, e.name, e.country, "hyphen"))
            for n in (3, 2, 1, 0):
                if t.i + n >= len(doc) or any(k in taken for k in range(t.i + 1, t.i + n + 1)):
                    continue
                text = " ".join([right] + [doc[k].text for k in range(t.i + 1, t.i + n + 1)])
                forms = [f for f in by_text.get(text, ()) if f.form != CONTEXT]
                if forms and right:
                    e = self.gaz.entries[forms[0].entry]
                    last = doc[t.i + n]
                    out.append(Span(t.i, t.i + n + 1, t.idx + cut + 1, last.idx + len(last.text), e.id, e.kind,
                                    forms[0].form, e.name, e.country, "hyphen"))
                    break
        return out

    def _national_bodies(self, spans: list[Span]) -> None:
        """"Russia's Security Council", "the Russian Security Council": a state's own body, not the
        international one the bare words name in the gazetteer."""
        doc = self.doc
        for i, s in enumerate(spans):
            if s.kind != "organization" or s.country or i == 0 or not isinstance(s.key, str) \
                    or not (self.gaz.entries[s.key].role or "").startswith("igo"):
                continue
            prev = spans[i - 1]
            if prev.kind != "country":
                continue
            gap = [t.text for t in doc[prev.end:s.start]]
            if any(t.is_upper for t in doc[s.start:s.end]):
                continue  # "Russia's UN ambassador" is Russia's envoy to the UN
            if gap in ([], ["'s"], ["’s"]) and (prev.form == ADJECTIVE or gap):
                text = doc[s.start:s.end].text
                spans[i] = Span(s.start, s.end, s.cstart, s.cend, ("new", "organization", text), "organization", NAME,
                                text, prev.country, "national")
                self.new_entities.setdefault(spans[i].key, {"aliases": set()})["country"] = prev.country

    def _unit_like(self, start: int, end: int) -> bool:
        """An acronym next to a number is a unit or currency ("NIS 50 million"), not an actor."""
        doc = self.doc
        if end - start != 1 or not doc[start].is_upper:
            return False
        return (end < len(doc) and doc[end].like_num) or (start > 0 and doc[start - 1].like_num)

    # 3. NER
    def ner_spans(self, gaz: list[Span]) -> tuple[list[Span], list[Span]]:
        doc = self.doc
        by_token: dict[int, Span] = {}
        for s in gaz:
            for t in range(s.start, s.end):
                by_token[t] = s
        drop_gaz: set[int] = set()
        out: list[Span] = []
        for ent in doc.ents:
            kind = NER_LABELS.get(ent.label_)
            if kind is None or not self.layout.prose(ent.start_char):
                continue
            start, end = ent.start, ent.end
            # a span running over a line break (headline into body) keeps its last line
            breaks = [t.i for t in ent if t.is_space and "\n" in t.text]
            if breaks:
                start = breaks[-1] + 1
            first = start
            words = [t for t in doc[start:end] if t.is_alpha]
            if words and all(t.is_upper for t in words) and (len(words) > 1 or len(words[0]) > 5):
                continue  # a shouted dateline or header ("UNITED NATIONS, Oct 16 -")
            if kind == "organization" and any(t.text in (",", ";") for t in doc[start:end - 1]):
                continue  # a list glued into one span ("Kyiv, Choi")
            if kind == "organization" and self._titled(start, end):
                kind = "person"  # "Lieutenant General Choi Min" read as a body: a rank makes it a person
            if kind == "person":
                end = self._extend_name(end)
                start = self._extend_name_left(start, end, by_token)
            # trailing possessive and punctuation; an organisation's name ends at its last capitalised
            # word ("the Georgian Dream party" -> "Georgian Dream")
            while end > start and (doc[end - 1].text in POSSESSIVE or doc[end - 1].is_punct
                                   or kind == "organization" and doc[end - 1].is_lower):
                end -= 1
            # leading articles, punctuation, titles; a state before the name gives its country:
            # kept in an organisation's name ("China Coast Guard"), dropped when possessive or "-based"
            prefix_country = None
            personal_prefix = False
            name_start = None
            while start < end:
                t = doc[start]
                g = by_token.get(start)
                if t.text in ARTICLES or t.is_punct or t.text in POSSESSIVE:
                    start += 1
                elif kind == "person" and self.gaz.has_role(t.text, "title") and g is None:
                    start += 1
                elif g is not None and g.kind == "country" and g.end < end and not (
                        kind == "person" and g.form in (NAME, CAPITAL) and end - g.end == 1
                        and doc[g.end].text not in POSSESSIVE):
                    # (a state's name then one word is a first name: "Chad Whitfield", "Jordan Peterson")
                    # "Ukrainian President X", "Russia's X" give a person's country; "envoy to Ukraine X" does not
                    prefix_country = g.country
                    personal_prefix = g.form == ADJECTIVE or doc[g.end].text in POSSESSIVE
                    k = g.end
                    if doc[k].text in POSSESSIVE:
                        k += 1
                    elif k + 1 < end and doc[k].text == "-" and doc[k + 1].lower_ == "based":
                        k += 2
                    elif kind == "organization" and g.start == start:
                        name_start = start  # "China Coast Guard", "Indian Army"
                    start = k
                elif kind == "person" and t.is_lower:
                    start += 1
                else:
                    break
            if start >= end:
                continue
            if name_start is not None and (self._has_org_noun(doc[start:end]) or end - start == 1
                                           or not all(NAME_TOKEN.match(t.text) for t in doc[start:end])):
                start = name_start  # "China Coast Guard", "Georgian Dream"; not "Ukraine Kurt Volker"
            elif name_start is not None:
                kind = "person"
            if kind == "person" and not personal_prefix:
                prefix_country = None
            inner = [by_token[t] for t in range(start, end) if t in by_token]
            inner = list({id(g): g for g in inner}.values())
            if doc[start:end].text.lower() in self._masthead:
                drop_gaz.update(id(g) for g in inner)  # the site's name, "Baltic" in it included
                continue
            if any(g.start <= start and g.end >= end for g in inner):
                continue  # the gazetteer names it already
            if inner:
                joined = len(inner) >= 2 and any(doc[t].lower_ in ("and", "or", ",", "&") for t in range(start, end))
                if joined or any(g.start < first or g.end > end for g in inner):
                    continue  # a list of states, or a span cutting through a known name: trust the gazetteer
                if kind == "person" and end - start >= 2 and doc[start].text[:1].isupper() and all(
                        g.kind != "person" and g.form in (NAME, CAPITAL) for g in inner):
                    # a person named like a place or body ("Jim Jordan", "Sofia Rossi", "Richard Wagner")
                    drop_gaz.update(id(g) for g in inner)
                elif kind != "organization":
                    continue  # a person name around a known name: trust the gazetteer
                else:
                    # a state, place or body inside a longer organisation name ("University of Vienna",
                    # "United Nations Relief and Works Agency") is part of that name
                    # a state named first stays a mention ("China Coast Guard") unless by its capital
                    # ("Washington Post", "Kyiv Independent" are papers, not the states)
                    drop_gaz.update(id(g) for g in inner
                                    if not (g.kind == "country" and g.start == start and g.form != CAPITAL))
            span = doc[start:end]
            if not self._plausible(span, kind):
                continue
            kind = self._kind_from_context(span, kind)
            known = folded_names(self.gaz).get(span.text.casefold())
            if known is not None and not span.text.islower():
                # a known name in other letter case ("KYIV", "Amnesty international") is that entity, not a new one
                e = self.gaz.entries[known[0]]
                out.append(Span(start, end, span.start_char, span.end_char, e.id, e.kind, known[1], e.name,
                                e.country, "case"))
                continue
            out.append(Span(start, end, span.start_char, span.end_char, ("new", kind, span.text), kind, NAME,
                            span.text, prefix_country, "ner"))
        kept_gaz = [g for g in gaz if id(g) not in drop_gaz]
        return kept_gaz, out

    def _has_org_noun(self, span) -> bool:
        return any(self.gaz.has_role(t.text, "org_noun") for t in span if t.text[:1].isupper()) \
            or self._org_final(span)

    def _org_final(self, span) -> bool:
        """A capitalised last word that names organisations ("Myanmar Witness", "Conflict Armament Research")."""
        return len(span) >= 2 and span[-1].text[:1].isupper() and self.gaz.has_role(span[-1].text, "org_final")

    def _extend_name(self, end: int) -> int:
        """The small model often stops a long name early ("Min Aung" of "Min Aung Hlaing", "Cha Min" of
        "Cha Min-soo": the tokenizer splits hyphenated given names)."""
        doc = self.doc
        while end < len(doc):
            t = doc[end]
            if self._hyphen_part(end):
                end += 2
            elif t.tag_ == "NNP" and t.text[:1].isupper() and NAME_TOKEN.match(t.text) \
                    and t.text.lower() not in NOT_NAMES and not t.is_sent_start and t.ent_type_ in ("", "PERSON"):
                end += 1
            else:
                break
        return end

    def _hyphen_part(self, i: int) -> bool:
        """Tokens i, i+1 are "-" and a lower-case part glued to the name before it ("Min" "-" "seok")."""
        doc = self.doc
        return i + 1 < len(doc) and i > 0 and doc[i].text in ("-", "‑") and not doc[i - 1].whitespace_ \
            and not doc[i].whitespace_ and doc[i + 1].is_alpha and doc[i + 1].is_lower and len(doc[i + 1]) <= 6

    def _extend_name_left(self, start: int, end: int, by_token: dict) -> int:
        """A one-word person span whose given name the model left out ("Laurent" of "Laurent Gbagbo")."""
        doc = self.doc
        if end - start != 1 or start == 0:
            return start
        t = doc[start - 1]
        if t.tag_ == "NNP" and t.text[:1].isupper() and NAME_TOKEN.match(t.text) and not t.is_upper \
                and t.text.lower() not in NOT_NAMES and t.ent_type_ in ("", "PERSON") and start - 1 not in by_token \
                and not self.gaz.has_role(t.text, "title") and not self.gaz.has_role(t.text, "person") \
                and not self.gaz.has_role(t.text, "org_noun"):
            return start - 1
        return start

    def _titled(self, start: int, end: int) -> bool:
        """The span is capitalised titles then a name-like rest ("Major General Kyrylo Budanov")."""
        doc = self.doc
        k = start
        while k < end and (doc[k].text in ARTICLES or doc[k].text[:1].isupper() and self.gaz.has_role(doc[k].text, "title")):
            k += 1
        rest = [t for t in doc[k:end] if t.text not in ("-", "‑")]
        titled = k > start and doc[k - 1].text not in ARTICLES or k == start and self._after_title(start) and len(rest) >= 2
        return titled and 1 <= len(rest) <= 4 and not self._has_org_noun(doc[k:end]) \
            and all(NAME_TOKEN.match(t.text) or self._after_hyphen(t) for t in rest) \
            and not any(t.text.lower() in NOT_NAMES or t.is_upper and len(t) > 1 for t in rest)

    def _plausible(self, span, kind: str) -> bool:
        text = span.text
        words = [t for t in span if not t.is_punct]
        if not words or len(text) < 2 or text.lower() in NOT_NAMES or text.lower() in self._masthead:
            return False
        if any(t.text.startswith("@") or t.like_url or t.like_email for t in words):
            return False  # social handles, links
        if self.gaz.has_role(words[-1].text, "not_actor") or words[0].lower_ == "operation":
            return False  # "the Comprehensive Strategic Partnership Treaty", "Operation Inherent Resolve"
        if any(PLURAL_ACRONYM.match(t.text) for t in words) or (
                kind != "person" and any(MODEL_DESIGNATION.match(t.text) for t in words)):
            return False  # "ICBMs", "UAVs", "KN-23", "F-16": weapons, not names
        if any(t.like_num for t in words) and kind == "person":
            return False
        if kind == "person":
            if not all(NAME_TOKEN.match(t.text) or self._after_hyphen(t) for t in words):
                return False
            if all(t.is_upper and len(t.text) > 1 for t in words):
                return False  # "NIS", "ICBM": acronyms are not people
            if len(words) == 1 and words[0].pos_ not in ("PROPN",) and words[0].tag_ != "NNP":
                return False
            if all(self.gaz.has_role(t.text, "title") for t in words) or words[-1].lower_ in NOT_NAMES:
                return False  # "High Commissioner", "Virginia Democrats"
            return True
        if kind == "organization":
            if not words[0].text[:1].isupper() and not words[0].text[:1].isdigit():
                return False
            if len(words) == 1 and words[0].is_upper and len(words[0].text) > 1:
                # an unexplained acronym: keep it when the text defines it, uses it again, or calls it a group
                return (words[0].text in self.abbreviations or self._count(words[0].text) >= 2
                        or self._kind_from_context(span, "") == "organization")
            if len(words) == 1 and words[0].pos_ in ("ADJ", "VERB", "NOUN") and not words[0].is_upper:
                return False
            if all(self.gaz.has_role(t.text, "title") for t in words):
                return False  # "Defense" of "Defense Secretary X"
            return True
        # locations: capitalised, not a bare adjective
        return words[0].text[:1].isupper() and not (len(words) == 1 and words[0].pos_ == "ADJ")

    @staticmethod
    def _after_hyphen(t) -> bool:
        """"jun" in "Park Min-jun": a lower-case part joined by a hyphen."""
        return t.i > 0 and t.doc[t.i - 1].text == "-" and t.is_alpha

    def _count(self, token_text: str) -> int:
        return sum(1 for t in self.doc if t.text == token_text)

    def _kind_from_context(self, span, kind: str) -> str:
        """The common noun next to a name decides between person and organisation when the NER is unsure:
        "the gang coalition X" / "X, a militia" -> organisation; "the billionaire X" / "X, a senior fellow",
        "said X of the ..." -> person."""
        doc = self.doc
        if self.gaz.has_role(span[-1].text, "org_noun") or self._org_final(span):
            return "organization"  # "Eastern Theater Command", "Arakan Army", "Myanmar Witness"
        if kind == "location" and any(
                t.text[:1].isupper() and self.gaz.has_role(t.text, "org_noun") and t.i + 1 < span.end
                and doc[t.i + 1].lower_ in ("for", "of") for t in span):
            return "organization"  # a place-typed "Aldgate Centre for Defence Studies", "Institute of X"
        names_like_person = all(NAME_TOKEN.match(t.text) or self._after_hyphen(t) or t.text == "-" for t in span) \
            and len(span) <= 5 and not span[0].is_upper
        prev = doc[span.start - 1] if span.start > 0 else None
        if names_like_person and prev is not None and prev.text == "," and span.start > 1 and self._closed_apposition(span.end) \
                and doc[span.start - 2].is_lower and self._role_noun(doc[span.start - 2]) and len(span) >= 2:
            return "person"  # "the Russian president, Pavel Orlov, ..."
        if prev is not None and prev.is_lower:
            if self.gaz.has_role(prev.text, "org_noun"):
                return "organization"
            if names_like_person and (self.gaz.has_role(prev.text, "person") or self.gaz.has_role(prev.text, "affiliation")):
                return "person"
        i = span.end
        appos = [c for c in span.root.children if c.dep_ == "appos" and c.i >= i and c.is_lower]
        if appos and (self.gaz.has_role(appos[0].lemma_, "org_noun") or self.gaz.has_role(appos[0].text, "org_noun")):
            return "organization"
        if appos and names_like_person and self._role_noun(appos[0]):
            return "person"  # "X, Algeria's best-known rights activist, ..." (the parse finds the noun)
        if i < len(doc) and doc[i].text == ",":
            for t in doc[i + 1:min(len(doc), i + 1 + AFFILIATION_WINDOW + 2)]:
                if t.text in (",", ".", ";") or t.is_sent_start or t.pos_ in ("VERB", "AUX"):
                    break
                if t.pos_ != "NOUN":
                    continue
                head = doc[t.i + 1] if t.i + 1 < len(doc) else None
                if head is not None and head.pos_ == "NOUN" and head.is_lower and self._role_noun(head):
                    continue  # a modifier of a person's role ("a retired army colonel", "a navy officer")
                if self.gaz.has_role(t.text, "org_noun") or self.gaz.has_role(t.lemma_, "org_noun"):
                    return "organization"
                if names_like_person and (self.gaz.has_role(t.text, "person") or self.gaz.has_role(t.lemma_, "person")):
                    return "person"
                break
        if kind == "organization" and names_like_person and len(span) >= 2 and i < len(doc) and doc[i].lower_ == "of" \
                and span.root.dep_ in ("nsubj", "nsubjpass") and self.gaz.has_role(span.root.head.lemma_, "speech") \
                and span.root.head.i < span.start:
            return "person"  # "said Jane Roe of the X Association"
        return kind

    # abbreviations: "Long Name (ABBR)"
    def abbreviation_spans(self, spans: list[Span]) -> list[Span]:
        doc = self.doc
        by_token = {t: s for s in spans for t in range(s.start, s.end)}
        for s in spans:
            if s.kind != "organization" or s.origin not in ("ner", "gazetteer"):
                continue
            i = s.end
            if not (i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")" and doc[i + 1].is_upper):
                continue
            known = by_token.get(i + 1)
            if s.origin == "gazetteer" and known is not None:
                continue  # a known body with a known abbreviation: both linked already
            if known is not None and known.kind == "organization" and isinstance(known.key, str):
                # the gazetteer knows the abbreviation: the long form is that entity too
                s.key, s.name, s.country, s.origin = known.key, known.name, known.country, "abbreviation"
                continue
            abbr = doc[i + 1].text
            self.abbreviations[abbr] = s
            self._alias(s, abbr)
        if not self.abbreviations:
            return []
        for s in spans:
            # the NER's own span of a defined abbreviation ("(ABBR)", later "ABBR") is its long form's entity
            owner = self.abbreviations.get(doc[s.start:s.end].text)
            if owner is not None and s is not owner and s.origin == "ner" and isinstance(s.key, tuple):
                s.key, s.kind, s.name, s.country, s.origin = owner.key, owner.kind, owner.name, owner.country, \
                    "abbreviation"
        out = []
        taken = {t for s in spans for t in range(s.start, s.end)}
        for t in doc:
            owner = self.abbreviations.get(t.text)
            if owner is not None and t.i not in taken and self.layout.usable(t.idx):
                out.append(Span(t.i, t.i + 1, t.idx, t.idx + len(t.text), owner.key, owner.kind, NAME, owner.name,
                                owner.country, "abbreviation"))
        return out

    def state_body_spans(self, spans: list[Span]) -> list[Span]:
        """Lower-case bodies of a named state: "Seoul's unification ministry", "the Russian defence ministry"."""
        doc = self.doc
        taken = {t for s in spans for t in range(s.start, s.end)}
        adjectives = state_adjectives(self.gaz)
        out = []
        for g in spans:
            if g.kind != "country" or g.origin != "gazetteer":
                continue
            k = g.end
            possessive = k < len(doc) and doc[k].text in POSSESSIVE
            if not possessive and g.form != ADJECTIVE:
                continue
            k += possessive
            words = []
            while k < len(doc) and len(words) < 3 and doc[k].is_lower and doc[k].is_alpha and k not in taken:
                words.append(doc[k].text)
                if doc[k].lemma_ in STATE_BODY_HEADS:
                    break
                k += 1
            if not words or words[-1] not in STATE_BODY_HEADS or len(words) < 2:
                continue
            if k + 1 < len(doc) and doc[k + 1].pos_ == "PROPN" and doc[k + 1].text[:1].isupper():
                continue  # a description before the body's own name ("the American space agency NASA")
            start, end = g.end + possessive, g.end + possessive + len(words)
            title = " ".join(w.capitalize() for w in words)
            name = f"{adjectives.get(g.country, g.name)} {title}"
            known = next((e for e in self.gaz.entries.values() if e.kind == "organization" and e.country == g.country
                          and (title in e.aliases or name in e.aliases)), None)
            span = doc[start:end]
            if known is not None:
                out.append(Span(start, end, span.start_char, span.end_char, known.id, "organization", NAME, known.name,
                                known.country, "state body"))
            else:
                key = ("new", "organization", name)
                self.new_entities.setdefault(key, {"aliases": set()})["country"] = g.country
                out.append(Span(start, end, span.start_char, span.end_char, key, "organization", NAME, name,
                                g.country, "state body"))
        return out

    def _alias(self, s: Span, alias: str) -> None:
        if isinstance(s.key, tuple):
            self.new_entities.setdefault(s.key, {"aliases": set()})["aliases"].add(alias)

    # 4. persons
    def speaker_spans(self, spans: list[Span]) -> list[Span]:
        """Full names the NER missed that are the subject of a reporting verb ("added Jane Roe of ...")."""
        doc = self.doc
        taken = {t for s in spans for t in range(s.start, s.end)}
        out = []
        for t in doc:
            if t.pos_ != "PROPN" or t.i in taken:
                continue
            speaker = t.dep_ in ("nsubj", "nsubjpass") and (
                self.gaz.has_role(t.head.text, "speech") or self.gaz.has_role(t.head.lemma_, "speech"))
            # "Pavel Orlov, the president of Kenya, ...": a name with a role noun in apposition
            described = any(c.dep_ == "appos" and c.is_lower and c.i > t.i and doc[t.i + 1].text == ","
                            and self._role_noun(c) for c in t.children)
            if not (speaker or described):
                continue
            left = t.i
            while left > 0 and doc[left - 1].pos_ == "PROPN" and doc[left - 1].head.i in (t.i, left) \
                    and doc[left - 1].i not in taken:
                left -= 1
            # leading titles and role nouns ("Defector Cha Min-soo", "Sergeant ..."), hyphenated given names
            while left < t.i and (self.gaz.has_role(doc[left].text, "title") or self.gaz.has_role(doc[left].text, "person")):
                left += 1
            right = t.i + 1
            while self._hyphen_part(right) and right not in taken and right + 1 not in taken:
                right += 2
            words = doc[left:right]
            if not 2 <= len([w for w in words if w.text != "-"]) <= 4 or not self.layout.prose(words.start_char):
                continue
            if all(NAME_TOKEN.match(w.text) and not w.is_upper or self._after_hyphen(w) for w in words if w.text != "-") \
                    and self._plausible(words, "person") and not self._has_org_noun(words):
                out.append(Span(left, right, words.start_char, words.end_char, ("new", "person", words.text),
                                "person", NAME, words.text, None, "speaker"))
        return out

    def titled_name_spans(self, spans: list[Span]) -> list[Span]:
        """Full names the NER missed after a title: "Lieutenant General Choi Min-seok", "Ambassador X Y"."""
        doc = self.doc
        taken = {t for s in spans for t in range(s.start, s.end)}
        out = []
        for t in doc[:-2]:
            if not (t.text[:1].isupper() and self.gaz.has_role(t.text, "title")) or t.i + 1 in taken:
                continue
            first = t.i + 1
            if doc[first].text == "." and not t.whitespace_ and first + 1 < len(doc) and first + 1 not in taken \
                    and self.gaz.has_role(t.text + ".", "title"):
                first += 1  # "Sgt." split by the tokenizer
            k = first
            while k < len(doc) and k not in taken and k - first < 5 and self._name_part(doc[k], first=k == first):
                k += 1
            words = doc[first:k]
            size = len([w for w in words if w.text != "-"])
            if size == 0 or not self.layout.prose(words.start_char):
                continue
            # one word after a title is a person known by one name ("Sergeant Dmytro", "King Hassan") unless
            # it is a word the gazetteer knows in another role ("State Department")
            if size == 1 and (k < len(doc) and doc[k].text[:1].isupper() and doc[k].pos_ == "PROPN"
                              or doc[first].ent_type_ not in ("", "PERSON") or t.text.lower() in ("state", "general")
                              or any(self.gaz.roles.get(w.text.lower()) for w in words)):
                continue
            if self._plausible(words, "person") and not self._has_org_noun(words) \
                    and not any(w.text.lower() in NOT_NAMES for w in words):
                out.append(Span(words.start, words.end, words.start_char, words.end_char, ("new", "person", words.text),
                                "person", NAME, words.text, None, "title" if size > 1 else "title1"))
                taken.update(range(words.start, words.end))
        return out

    def _name_part(self, t, first: bool) -> bool:
        """A token that can continue a name: a capitalised proper noun, or a hyphen and the lower-case
        part after it ("Min-seok")."""
        if t.text == "-":
            return not first and t.i + 1 < len(t.doc) and t.doc[t.i + 1].is_alpha
        if self._after_hyphen(t):
            return True
        return t.pos_ == "PROPN" and bool(NAME_TOKEN.match(t.text)) and not self.gaz.has_role(t.text, "title")

    def link_persons(self, spans: list[Span]) -> list[Span]:
        doc = self.doc
        spans = sorted(spans, key=lambda s: s.start)
        owners: dict[tuple[str, ...], list[Span]] = {}   # surname tokens -> full-name spans, in text order
        for s in spans:
            if s.kind == "person" and (s.origin == "gazetteer" or " " in s.name):
                for key in self._surname_keys(s):
                    owners.setdefault(key, []).append(s)

        def owner_for(key: tuple[str, ...], pos: int) -> Span | None:
            cands = owners.get(key)
            if not cands:
                return None
            before = [c for c in cands if c.start < pos]
            if len({c.key for c in before}) > 1:
                # two people share the short form ("Kim" after Kim Jong Un and Kim Yo Jong): the head of
                # state or government if one of them is, else the most recent
                leaders = [c for c in before if isinstance(c.key, str) and LEADER_ROLES.search(
                    self.gaz.entries[c.key].role or "")]
                if len({c.key for c in leaders}) == 1:
                    return leaders[-1]
            if before:
                return before[-1]
            # a short form before the full name ("the Yoon administration ... President Yoon Suk-yeol")
            return cands[0] if len({c.key for c in cands}) == 1 else None

        out: list[Span] = []
        for s in spans:
            if s.kind == "person" and s.origin in ("ner", "speaker") and " " in s.name:
                # a later two-part short form of a longer name ("Kayikwamba Wagner" after "Thérèse
                # Kayikwamba Wagner") is the same person
                owner = owner_for(tuple(t.text for t in doc[s.start:s.end]), s.start)
                if owner is not None and owner.key != s.key and len(owner.name) > len(s.name):
                    out.append(Span(s.start, s.end, s.cstart, s.cend, owner.key, "person", NAME, owner.name,
                                    owner.country, "surname"))
                    continue
            if s.origin in ("ner", "speaker", "title1") and " " not in s.name:
                # a one-word name: the full name it shortens, else drop it when it is a person (the small
                # model's single-word PERSON spans are too often wrong to stand alone)
                owner = owner_for(tuple(t.text for t in doc[s.start:s.end]), s.start)
                if owner is not None and owner.key != s.key:
                    out.append(Span(s.start, s.end, s.cstart, s.cend, owner.key, "person", NAME, owner.name,
                                    owner.country, "surname"))
                    continue
                leader = self._leader_by_surname(s)
                if leader is not None:
                    out.append(leader)
                    continue
                if s.kind == "person" and not self._after_title(s.start):
                    continue
            out.append(s)
        # surnames the NER missed: capitalised tokens equal to a known surname
        taken = {t for s in out for t in range(s.start, s.end)}
        extra = []
        lengths = sorted({len(k) for k in owners}, reverse=True)
        texts = [t.text for t in doc] if owners else []  # built once: a Span per position and length is slow
        i = 0
        while owners and i < len(doc):
            hit = None
            for n in lengths:
                key = tuple(texts[i:i + n])
                if len(key) == n and key in owners and not taken.intersection(range(i, i + n)):
                    hit = (n, owner_for(key, i))
                    break
            if hit is None or hit[1] is None or not self.layout.usable(doc[i].idx) or self._inside_other_name(i, i + hit[0]):
                i += 1
                continue
            n, owner = hit
            span = doc[i:i + n]
            extra.append(Span(i, i + n, span.start_char, span.end_char, owner.key, "person", NAME, owner.name,
                              owner.country, "surname"))
            i += n
        return sorted(out + extra, key=lambda s: s.start)

    def _after_title(self, i: int) -> bool:
        """A capitalised title right before token i ("Sergeant Dmytro", "King Hassan"): one name is enough."""
        doc = self.doc
        prev = doc[i - 1] if i > 0 else None
        word = prev.text if prev is not None else ""
        if word == "." and i >= 2 and not doc[i - 2].whitespace_:
            prev, word = doc[i - 2], doc[i - 2].text + "."  # "Sgt." split by the tokenizer
        return prev is not None and word[:1].isupper() and self.gaz.has_role(word, "title") \
            and prev.lower_ not in ("state", "general", "former", "acting", "late", "retired")

    def _leader_by_surname(self, s: Span) -> Span | None:
        """A lone family name of a head of state or government whose state the text names ("a favour to
        Kim" in a story about North Korea): that leader. Other one-word names stay unresolved."""
        if s.kind != "person" or s.end - s.start != 1:
            return None
        leader = leader_surnames(self.gaz).get(self.doc[s.start].text)
        if leader is None:
            return None
        e = self.gaz.entries[leader]
        if e.country not in self._named_states:
            return None
        return Span(s.start, s.end, s.cstart, s.cend, e.id, "person", NAME, e.name, e.country, "leader")

    def _inside_other_name(self, start: int, end: int) -> bool:
        """A surname hit that is part of a longer proper name ("Kim Yo Jong" when "Kim" is Kim Jong Un)."""
        doc = self.doc
        nxt = doc[end] if end < len(doc) else None
        prev = doc[start - 1] if start > 0 else None
        if nxt is not None and nxt.pos_ == "PROPN" and nxt.text[:1].isupper():
            return True
        return prev is not None and prev.pos_ == "PROPN" and prev.text[:1].isupper() and not prev.is_sent_start \
            and not self.gaz.has_role(prev.text, "title")

    def _surname_keys(self, s: Span) -> list[tuple[str, ...]]:
        """Token tuples a later short form of this name may use: the last name ("Dayez - Burgeon" kept
        whole, "al - Sharaa" and "Sharaa"), and the first for family-name-first names ("Kim Jong Un",
        "Yoon Suk-yeol", "Xi Jinping")."""
        words = [t.text for t in self.make_doc(s.name)]
        if len(words) < 2:
            return []
        last = len(words) - 1
        while last >= 2 and words[last - 1] == "-":
            last -= 2
        keys = [tuple(words[last:]), (words[-1],)]
        groups = s.name.split()
        if len(groups) >= 3:  # a compound family name without the given name ("Kayikwamba Wagner")
            keys.append(tuple(t.text for t in self.make_doc(" ".join(groups[1:]))))
        if len(groups) >= 2 and (s.country in FAMILY_NAME_FIRST or re.fullmatch(r"\w+ \w+-[a-z]+", s.name)
                                 or len(groups) == 3 and all(len(g) <= 4 for g in groups)):
            keys.append((words[0],))
        return [k for k in dict.fromkeys(keys) if k[-1][:1].isupper() and k != tuple(words)]

    # 5. affiliation
    def affiliate(self, spans: list[Span]) -> None:
        # token -> the state named there (a state inside a body's name wins), and -> a body with a state
        by_token = {t: s for s in sorted(spans, key=lambda s: s.kind == "country") for t in range(s.start, s.end)}
        self._bodies = {t: s for s in spans if s.kind == "organization" and s.country for t in range(s.start, s.end)}
        for s in spans:
            # a short form takes its full name's country (the introduction decides, see _propagate_countries)
            if s.origin in ("gazetteer", "surname") or s.kind not in ("person", "organization") or s.country:
                continue
            country = self._country_before(s, by_token) or self._country_after(s, by_token) \
                or self._country_of_leader(s, spans)
            if country:
                s.country = country
                if isinstance(s.key, tuple):
                    self.new_entities.setdefault(s.key, {"aliases": set()}).setdefault("country", country)

    def _country_before(self, s: Span, by_token) -> str | None:
        """"Ukrainian President X", "Russia's foreign minister X", "the France-based X"."""
        doc = self.doc
        j = s.start - 1
        role_seen = office_seen = False
        if s.kind == "person" and j > 0 and doc[j].text == "," and self._closed_apposition(s.end):
            return self._role_of_state(j - 1, by_token)  # "the president of Ivory Coast, Laurent Gbagbo, ..."
        while j >= 0 and s.start - j <= AFFILIATION_WINDOW:
            t = doc[j]
            g = by_token.get(j)
            if g is not None and g.kind == "country":
                possessive = g.end < len(doc) and doc[g.end].text in POSSESSIVE
                # an acronym state name before a role is used as a demonym ("US envoy X", "UK minister X")
                attributive = g.form == ADJECTIVE or g.form == NAME and doc[g.start:g.end].text.replace(".", "").isupper()
                if s.kind == "organization" or role_seen and (attributive or possessive):
                    return g.country
                # a plain state name before a role: "Ukraine President X" is Ukraine's, "Ukraine envoy X"
                # is someone else's envoy to Ukraine, so only offices of the state itself count
                if office_seen and g.form in (NAME, CAPITAL):
                    return g.country
                return None
            body = self._bodies.get(j)
            if body is not None and role_seen and s.kind == "person":
                return body.country  # "Pentagon spokesperson X", "NIS director X"
            if self.gaz.has_role(t.text, "office"):
                office_seen = True
            if t.text in POSSESSIVE or t.text == "-" or t.lower_ == "based" or t.lower_ == "of" and 0 < j < s.start - 1 \
                    and self.gaz.has_role(doc[j - 1].text, "title") and self.gaz.has_role(doc[j + 1].text, "title"):
                j -= 1  # ("Secretary of State": "of" between two titles)
                continue
            if self.gaz.has_role(t.text, "affiliation") or self.gaz.has_role(t.lemma_, "affiliation"):
                role_seen = True
            elif not (self.gaz.has_role(t.text, "title") or t.pos_ in ("ADJ", "NOUN")
                      or t.pos_ == "PROPN" and t.text[:1].isupper()):
                return None
            j -= 1
        return None

    def _country_of_leader(self, s: Span, spans: list[Span]) -> str | None:
        """"President X threatened a curfew in Algiers": a head of state or government introduced by title
        alone leads the one state the sentence names (news introduces a foreign leader with the state,
        a domestic one without). Two states named, or none: unknown."""
        doc = self.doc
        k = s.start - 1
        titles = []
        while k >= 0 and (doc[k].text[:1].isupper() or LEADER_TITLE.fullmatch(doc[k].lower_) or doc[k].lower_ in ("prime", "minister")) \
                and self.gaz.has_role(doc[k].text, "title"):
            titles.append(doc[k].lower_)
            k -= 1
        if s.kind != "person" or not titles or not LEADER_TITLE.search(" ".join(reversed(titles))):
            return None
        sent = doc[s.start].sent
        named = [g for g in spans if g.kind == "country" and g.country and sent.start <= g.start and g.end <= sent.end]
        if len({g.country for g in named}) != 1 or any(self._other_party(g) for g in named):
            return None
        return named[0].country

    def _other_party(self, g: Span) -> bool:
        """A state that is a party the sentence acts on or with ("threatened action against Russia", "a
        faction that controls Afghanistan", "said Zambia would"), not the setting of a leader's act."""
        head = self.doc[g.end - 1]
        owner = head.head
        if head.dep_ in ("amod", "compound", "poss", "nmod") and owner.i != head.i and (
                self._role_noun(owner) or owner.pos_ == "PROPN" and owner.ent_type_ == "PERSON"):
            return True  # the nationality of someone else ("welcomed South African leader X")
        if head.dep_ == "pobj":
            return head.head.lower_ in OTHER_PARTY_PREPOSITIONS
        return head.dep_ in ("dobj", "nsubj", "nsubjpass", "conj")

    def _closed_apposition(self, end: int) -> bool:
        """A name ending in a comma or the sentence's end: "the ROLE, NAME," is an apposition; "beside the
        ROLE, NAME said" is two people."""
        doc = self.doc
        return end >= len(doc) or doc[end].text in (",", ".", ";", ")")

    def _role_noun(self, t) -> bool:
        """A noun naming what a person is (a role for a state, or an occupation such as "activist")."""
        return any(self.gaz.has_role(w, c) for w in (t.text, t.lemma_) for c in ("affiliation", "person"))

    def _role_of_state(self, j: int, by_token) -> str | None:
        """A role of a state ending at token j: "the president of Ivory Coast", "Sudan's army chief"."""
        doc = self.doc
        g = by_token.get(j)
        if g is not None and g.kind == "country" and g.form in (NAME, CAPITAL) and g.start >= 2 \
                and doc[g.start - 1].lower_ == "of" and (self.gaz.has_role(doc[g.start - 2].lemma_, "affiliation")
                                                         or self.gaz.has_role(doc[g.start - 2].text, "affiliation")):
            return g.country
        if not (self.gaz.has_role(doc[j].lemma_, "affiliation") or self.gaz.has_role(doc[j].text, "affiliation")):
            return None
        k = j
        # lower-case words of the role ("foreign ministry spokesman"; the small model tags some as PROPN)
        while k >= 0 and j - k < AFFILIATION_WINDOW and (doc[k].is_lower and doc[k].is_alpha or doc[k].text == "-") \
                and k not in self._bodies:
            k -= 1
        if k < 0 or k == j:
            return None
        body = self._bodies.get(k)
        if body is not None:
            return body.country  # "the Pentagon spokesman, X"
        if doc[k].text in POSSESSIVE:
            g = by_token.get(k - 1)
            if g is not None and g.country and g.kind in ("country", "location"):
                return g.country  # "Sudan's army chief, X"
        g = by_token.get(k)
        if g is not None and g.kind == "country" and g.form == ADJECTIVE:
            return g.country  # "the Ghanaian foreign minister, X"
        return None

    def _country_after(self, s: Span, by_token) -> str | None:
        """"X, a ... former French diplomat ..." (an appositive right after the name); "X of Argentina"."""
        doc = self.doc
        i = s.end
        if s.kind == "person" and i + 1 < len(doc) and doc[i].lower_ == "of":
            k = i + 1 + (doc[i + 1].lower_ == "the")
            g = by_token.get(k)
            if g is not None and g.kind == "country" and g.start == k and g.form == ADJECTIVE and g.end < len(doc) \
                    and doc[g.end].is_lower and self.gaz.has_role(doc[g.end].text, "org_noun"):
                return g.country  # "General X of the Ukrainian army"
            body = self._bodies.get(k)
            if body is not None and body.start == k and body.origin == "gazetteer":
                return body.country  # "X of the Joint Chiefs of Staff"
            g = by_token.get(i + 1)
            if g is not None and g.kind == "country" and g.start == i + 1 and g.form in (NAME, CAPITAL) \
                    and not (g.end < len(doc) and (doc[g.end].text in POSSESSIVE or doc[g.end].pos_ == "PROPN")):
                return g.country
        if i >= len(doc) or doc[i].text != ",":
            return None
        for j in range(i + 1, min(len(doc), i + 1 + 3 * AFFILIATION_WINDOW)):
            t = doc[j]
            if t.text in (",", ".", ";", "(", ")") or t.is_sent_start or t.pos_ in ("VERB", "AUX"):
                return None
            if (self.gaz.has_role(t.text, "affiliation") or self.gaz.has_role(t.lemma_, "affiliation")) and s.kind == "person" \
                    and j + 2 < len(doc) and doc[j + 1].lower_ in ("for", "of", "at", "to"):
                k = j + 2
                while k < len(doc) and doc[k].lower_ in ("the", "a", "an"):
                    k += 1
                body = self._bodies.get(k)
                if body is not None and body.start == k:
                    return body.country  # "X, a spokesman for the Joint Chiefs of Staff"
                state = by_token.get(k)
                if state is not None and state.kind == "country" and state.start == k and doc[j + 1].lower_ in ("of", "for") \
                        and state.form in (NAME, CAPITAL) and not (state.end < len(doc) and doc[state.end].text in POSSESSIVE):
                    return state.country  # "X, the president of Kenya"
            g = by_token.get(j)
            if g is not None and g.kind == "country" and g.form == ADJECTIVE and g.end < len(doc):
                k = g.end
                # adjectives and noun modifiers before the role ("a former Chilean navy captain")
                while k < len(doc) and (doc[k].pos_ == "ADJ" or doc[k].dep_ == "compound" and doc[k].is_lower):
                    k += 1
                if k < len(doc) and (self.gaz.has_role(doc[k].text, "affiliation") or self.gaz.has_role(doc[k].lemma_, "affiliation")):
                    return g.country
            if g is not None and g.kind == "country" and g.start == j and g.end + 1 < len(doc) \
                    and doc[g.end].text in POSSESSIVE and s.kind == "person":
                # "X, Algeria's leading rights activist": the first noun after the possessive's modifiers
                k = g.end + 1
                while k < len(doc) and k - g.end <= AFFILIATION_WINDOW and (doc[k].is_lower or doc[k].text == "-") \
                        and not self._role_noun(doc[k]):
                    k += 1
                if k < len(doc) and doc[k].is_lower and self._role_noun(doc[k]):
                    return g.country
                return None
        return None

    def leader_surname_spans(self, spans: list[Span]) -> list[Span]:
        """"the Yoon administration" with no full name in the text: a head of state or government from the
        gazetteer whose family name is unique among them."""
        doc = self.doc
        taken = {t for s in spans for t in range(s.start, s.end)}
        leaders = leader_surnames(self.gaz)
        out = []
        for t in doc[:-1]:
            if t.text not in leaders or t.i in taken or doc[t.i + 1].lower_ not in GOVERNMENT_NOUNS:
                continue
            if not self.layout.usable(t.idx):
                continue
            e = self.gaz.entries[leaders[t.text]]
            out.append(Span(t.i, t.i + 1, t.idx, t.idx + len(t.text), e.id, "person", NAME, e.name, e.country, "leader"))
        return out

    def government_spans(self, spans: list[Span]) -> list[Span]:
        """"the Yoon administration", "Kim Jong Un's regime": the person's state is mentioned too."""
        doc = self.doc
        out = []
        states = {e.country: e for e in self.gaz.entries.values() if e.kind == "country"}
        for s in spans:
            if s.kind != "person" or not s.country or s.country not in states:
                continue
            k = s.end
            if k < len(doc) and doc[k].text in POSSESSIVE:
                k += 1
            if k < len(doc) and doc[k].lower_ in GOVERNMENT_NOUNS:
                st = states[s.country]
                out.append(Span(s.start, k + 1, s.cstart, doc[k].idx + len(doc[k].text), st.id, "country", METONYM,
                                st.name, st.country, "government"))
        return out

    def run(self) -> EntityResult:
        # 2. gazetteer
        gaz = self.gazetteer_spans()
        # 3. NER
        gaz, ner = self.ner_spans(gaz)
        spans = gaz + ner
        spans = spans + self.abbreviation_spans(spans) + self.state_body_spans(spans)
        # 4. persons
        spans = spans + self.speaker_spans(spans)
        spans = spans + self.titled_name_spans(spans)
        spans = self.link_persons(spans)
        # 5. affiliation
        self.affiliate(spans)
        self._propagate_countries(spans)
        spans = spans + self.leader_surname_spans(spans)
        spans = spans + self.government_spans(spans)
        # 6. records
        return self.records(spans)

    # 6. records
    def _propagate_countries(self, spans: list[Span]) -> None:
        for s in spans:
            if isinstance(s.key, tuple) and s.key in self.new_entities and "country" in self.new_entities[s.key]:
                s.country = self.new_entities[s.key]["country"]

    def records(self, spans: list[Span]) -> EntityResult:
        doc_id = self.document.id
        text = self.document.text
        entities: dict[str, Entity] = {}
        mentions: dict[tuple, Mention] = {}
        for s in spans:
            eid = self._entity(s, entities)
            if eid is None:
                continue
            m = Mention(doc=doc_id, entity=eid, start=s.cstart, end=s.cend, text=text[s.cstart:s.cend])
            mentions[(eid, s.cstart, s.cend)] = m
        ordered = sorted(mentions.values(), key=lambda m: (m.start, m.end, m.entity))
        used = {m.entity for m in ordered}
        return EntityResult(entities=tuple(e for eid, e in entities.items() if eid in used), mentions=tuple(ordered))

    def _entity(self, s: Span, entities: dict[str, Entity]) -> str | None:
        if isinstance(s.key, str):
            if s.key not in entities:
                e: Entry = self.gaz.entries[s.key]
                entities[s.key] = Entity(id=e.id, name=e.name, kind=e.kind, country=e.country, wikidata=e.wikidata,
                                         aliases=tuple(a for a in e.aliases if a != e.name))
            return s.key
        kind, name = s.key[1], s.key[2]
        extra = self.new_entities.get(s.key, {})
        country = extra.get("country") or s.country
        base = name
        if kind == "person":
            eid = f"person:{slug(name)}"
        elif kind == "organization":
            eid = f"org:{country.lower() + ':' if country else ''}{slug(name)}"
        else:
            eid = f"place:{slug(name)}"
        aliases = set(extra.get("aliases", ()))
        old = entities.get(eid)
        if old is not None:
            aliases |= set(old.aliases)
            country = old.country or country
        entities[eid] = Entity(id=eid, name=base, kind=kind, country=country, wikidata=None,
                               aliases=tuple(sorted(a for a in aliases if a != base)))
        return eid


@lru_cache(maxsize=8)
def folded_names(gazetteer: Gazetteer) -> dict[str, tuple[str, str]]:
    """Case-folded names, aliases and capitals (four letters or more) -> (the one entry they name, the form);
    forms naming two entries are left out."""
    owners: dict[str, set[tuple[str, str]]] = {}
    for f in gazetteer.forms:
        if f.form in (NAME, CAPITAL) and len(f.text) >= 4:
            owners.setdefault(f.text.casefold(), set()).add((f.entry, f.form))
    return {k: next(iter(v)) for k, v in owners.items() if len({e for e, _ in v}) == 1}


# heads of lower-case phrases that name a state's body after the state ("Russia's defence ministry")
STATE_BODY_HEADS = frozenset({"ministry", "agency"})


@lru_cache(maxsize=8)
def state_adjectives(gazetteer: Gazetteer) -> dict[str, str]:
    """ISO alpha-3 -> the state's first demonym ("RUS" -> "Russian"), for naming its bodies."""
    out: dict[str, str] = {}
    for f in gazetteer.forms:
        e = gazetteer.entries[f.entry]
        if f.form == ADJECTIVE and e.kind == "country" and e.country not in out:
            out[e.country] = f.text
    return out


# titles of a head of state or government (before a name); roles.tsv lists them as titles too
LEADER_TITLE = re.compile(r"\b(president|prime minister|premier|chancellor|king|queen|emir|sheikh)\b")
# prepositions whose object is the other side of an act, not where it happens ("sanctions on X")
OTHER_PARTY_PREPOSITIONS = frozenset({"against", "with", "on", "to", "toward", "towards", "at", "versus", "over",
                                      "between", "into"})
LEADER_ROLES = re.compile(r"\b(president|prime minister|chancellor|premier|supreme leader|head of state)\b")


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


def extract_entities(document: Document, parsed, options: Options) -> EntityResult:
    """Stage 4a: every actor and place of one parsed document, linked to canonical entities."""
    gazetteer = load_gazetteer(tuple(options.gazetteer_files))
    return _Linker(document, parsed, gazetteer, _make_doc(options.spacy_model)).run()


@lru_cache(maxsize=4)
def _make_doc(model: str):
    from ..nlp import load_pipeline

    return load_pipeline(model).make_doc
