"""Remove page chrome from plain text copied from web pages, and recover the title and site.

A page copied as text keeps its chrome: menu words, the site name and tagline, the title
(often twice), a byline handle, a date line, teaser blocks for other articles, image credits,
subscription pleas, reference lists. Nothing here knows any particular page; it works from

- line features: length, end punctuation, capitalisation, whether the line reads as prose;
- position: a *head zone* (before the first prose paragraph) and a *tail zone* (trailing lines
  peeled off from the end while they look like chrome);
- repetition: a headline-like line seen twice in the head is the title; a short line repeated a
  few lines later in the body is a teaser card; a short line closing every entry (three times or
  more, each time after prose) is a widget;
- rows: a line of separated items ("Issue #47 · 9 min read", "Print | Share") is chrome when every
  item is; a name line directly above a navigation row is the site, not the title;
- link statistics: URL-only and link-dominated lines;
- cue patterns kept as data (``data/cleaning/chrome_cues.tsv``, with a source column; users add
  their own tables through ``Options.cleaning_cue_files``).

Steps, in order (numbers match the code in :func:`clean_text`):

1. split into paragraph units (unwrapping hard-wrapped blocks; light Markdown handling)
2. find the body's first prose unit: everything before it is the head zone
3. head: title (markdown heading, repeated line, line above a byline/date, first headline),
   site (first line of the site header above the title), byline, date; drop the rest of the header
   (a live-blog marker such as "● LIVE" or "LIVE:" is stripped from the headline first)
4. tail: peel trailing chrome (labelled footers such as "About the author: ...", teaser lists under
   their heading, including "> item" bullets; a bio of the byline's author, or with no byline a
   "NAME is a contributing editor ..." bio among the last two prose units) and cut trailing sections
   ("About the author", "References"; a widget line repeated under every entry is no section heading)
5. body: drop widget/credit/plea lines, URL-only lines, teaser blocks, repeated lines, short byline
   lines ("Posted by NAME" above each live-blog entry) and a fact-box label above a bulleted list
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Callable

from ..config import DATA_DIR
from ..errors import ConfigError
from .pubdate import date_line, find_text_date

CUES_FILE = DATA_DIR / "cleaning" / "chrome_cues.tsv"
CUE_SCOPES = ("line", "start", "word", "any")

# Calibration notes: the thresholds below were set on invented pages of several styles (news site,
# blog/newsletter, content farm; see tests/test_textclean.py) and on typical news paragraph lengths
# (a news paragraph is 1-3 sentences, 20-70 words; headlines 4-20 words).

# A unit reads as prose when it has at least this many words and ends like a sentence ...
PROSE_MIN_WORDS = 8
# ... or is at least this long, whatever its last character.
PROSE_LONG_WORDS = 30
# Headlines: word count range; longer lines are paragraphs, shorter ones labels.
HEADLINE_MIN_WORDS = 2
HEADLINE_MAX_WORDS = 25
HEADLINE_MAX_CHARS = 220
# A site name above the title: at most this many words (brand names are short).
SITE_MAX_WORDS = 5
SITE_MAX_CHARS = 60
# Cue lines of these kinds are dropped only when they are short (a long paragraph that happens
# to contain "support our work" is article text, not a plea).
SHORT_CUE_MAX_WORDS = {"ui": 25, "credit": 30, "support": 60, "support_tail": 60, "copyright": 30, "timestamp": 8}
# Cue kinds found inside sentences: a headline may contain them ("Donors support independent media")
PROSE_CUE_KINDS = frozenset({"support", "support_tail", "bio"})
# A repost's source label ("From The Daily Bugle:") has at most this many words.
REPOST_LABEL_MAX_WORDS = 5
# The text of an embedded social post above its signature line is at most this long.
EMBED_MAX_WORDS = 80
# A caption repeated inside its credit line is dropped with it when it has at least this many words.
CAPTION_REPEAT_MIN_WORDS = 5
# A byline handle is one token of at most this many characters ("minsta", "staff_desk").
HANDLE_MAX_CHARS = 30
# A teaser card repeats its headline within this many units (image alt text, then the link).
TEASER_WINDOW = 3
# A teaser card's summary is one short paragraph of at most this many words.
TEASER_SUMMARY_MAX_WORDS = 60
# A trailing section heading is honoured only in the second half of the body ...
TAIL_SECTION_MIN_POSITION = 0.5
# ... and when at most this many prose units follow it (a bio, a note on sources).
TAIL_SECTION_MAX_PROSE = 2
# Hard-wrapped text: lines of a block are joined when they are this long and mostly unpunctuated.
WRAP_MIN_CHARS = 45
WRAP_MAX_CHARS = 100
# A line is link-dominated when URLs make up at least this share of its characters.
LINK_SHARE_MAX = 0.6
# A short non-prose line seen this many times in one page is a widget ("Share this update" under each
# live-blog entry, "Advertisement" slots); no body line repeats like that. Set on live-blog and
# ad-slot layouts: two repeats can be a title plus its copy, three are a pattern.
REPEATED_LINE_MIN_COUNT = 3
REPEATED_LINE_MAX_WORDS = 6
# A bio with no byline to match ("NAME is a contributing editor of ...") is dropped only among this many
# closing prose units: an analysis may end on a paragraph about an expert, so the budget stays small.
UNSIGNED_BIO_MAX_UNITS = 2
# A byline line inside the body ("Posted by NAME" above each live-blog entry) is at most this long.
BODY_BYLINE_MAX_WORDS = 6
# A box label ("Key facts") above a bulleted list: at most this many words, at least this many items.
LIST_LABEL_MAX_WORDS = 3
LIST_LABEL_MIN_ITEMS = 2
# A live-blog marker before the headline ("● LIVE", "LIVE:", "LIVE UPDATES"): page chrome, not title.
_LIVE_MARKER = re.compile(r"^(?:[●•◉⦿🔴]\s*)?(?:LIVE|Live)(?:\s+(?:[Uu]pdates?|UPDATES?|[Bb]log|BLOG|[Cc]overage|COVERAGE))?\s*(?:[:|–—-]\s*|\s{2,}|\s+(?=[A-Z]))(?=\S)")

# a date label glued in front of the page's first line ("date 2024-05-01 Headline ...")
_DATE_PREFIX = re.compile(r"\A\s*((?:date|published|posted|updated)\s*:?\s*\d{4}-\d{2}-\d{2})[ \t]+(?=\S)", re.I)
# the signature line of an embedded social post: "— Name (@handle) May 1, 2024"
_EMBED_SIGNATURE = re.compile(r"^[—–-]\s*.{0,120}\(@\w{1,30}\)\s+\w+\.?\s+\d{1,2},\s+\d{4}$")
_URL = re.compile(r"(?:https?://|www\.)\S+", re.I)
_MD_LINK = re.compile(r"(?<!!)\[([^\]]+)\]\((?:[^()\s]+|\([^()\s]*\))*\)")
_MD_IMAGE = re.compile(r"^!\[[^\]]*\]\([^)]*\)$")
_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*$")
_TERMINAL = re.compile(r"[.!?…。！？][\"'”’»)\]」』]*$")
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u0e00-\u0e7f]")
CHARS_PER_UNSPACED_WORD = 2
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " "})


@dataclass(frozen=True)
class CleanedText:
    text: str
    title: str | None = None
    site: str | None = None
    author: str | None = None
    published: str | None = None


@dataclass(frozen=True)
class Cue:
    kind: str
    scope: str
    pattern: re.Pattern
    source: str


@lru_cache(maxsize=8)
def load_cues(path: str | Path = CUES_FILE) -> tuple[Cue, ...]:
    """The cue table (kind, scope, pattern, source); comment lines start with '#'."""
    rows = []
    try:
        with open(path, encoding="utf-8") as fh:
            lines = [ln for ln in fh if ln.strip() and not ln.startswith("#")]
    except (OSError, UnicodeDecodeError) as e:
        raise ConfigError(f"{path}: cue file cannot be read: {e}") from e
    for n, row in enumerate(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE), start=2):
        if None in row.values() or not all(row.get(k) for k in ("kind", "scope", "pattern", "source")):
            raise ConfigError(f"{path}: cue row {n} needs four tab-separated columns: kind, scope, pattern, source")
        if row["scope"] not in CUE_SCOPES:
            raise ConfigError(f"{path}: cue row {n}: scope {row['scope']!r} is not one of {', '.join(CUE_SCOPES)}")
        try:
            pattern = re.compile(row["pattern"], re.I)
        except re.error as e:
            raise ConfigError(f"{path}: cue row {n}: pattern is not a valid regular expression ({e})") from e
        rows.append(Cue(row["kind"], row["scope"], pattern, row["source"]))
    return tuple(rows)


@dataclass
class Unit:
    """One paragraph-like line of the page and its features."""
    text: str
    block: int  # index of the blank-line separated block it came from
    heading_level: int = 0  # markdown heading level, 0 when none
    cue_files: tuple[str, ...] = ()  # the user's cue files, read after the shipped one

    def __post_init__(self):
        self.words = self.text.split()
        # scripts written without spaces (Chinese, Japanese, Thai): about two characters a word
        unspaced = len(_UNSPACED.findall(self.text))
        self.n_words = max(len(self.words), unspaced // CHARS_PER_UNSPACED_WORD) if unspaced else len(self.words)
        self.key = re.sub(r"\W+", " ", self.text.translate(_QUOTES).lower()).strip()
        self.cue_text = re.sub(r"[\s:.|>»-]+$", "", self.text.translate(_QUOTES).lower()).strip()
        url_chars = sum(len(m.group()) for m in _URL.finditer(self.text))
        self.link_share = url_chars / max(1, len(self.text.replace(" ", "")))
        self.ends_sentence = bool(_TERMINAL.search(self.text))

    @cached_property
    def kinds(self) -> frozenset[str]:
        kinds = _cue_kinds(self.cue_text, extra=self.cue_files)
        if "menu" not in kinds and _is_menu_row(self.cue_text, self.cue_files):
            kinds |= {"menu"}
        return kinds | _row_kinds(self.cue_text, self.cue_files)

    @cached_property
    def date(self) -> tuple[str, str] | None:
        return date_line(self.text)

    @property
    def is_dateish(self) -> bool:
        """A date line or a relative timestamp ("Updated 4 min ago"): the line under a title."""
        return self.date is not None or self.has("timestamp")

    @property
    def is_prose(self) -> bool:
        if self.n_words >= PROSE_LONG_WORDS:
            return True
        return self.n_words >= PROSE_MIN_WORDS and self.ends_sentence and not self.text.rstrip().endswith("?")

    @property
    def is_linky(self) -> bool:
        return self.link_share >= LINK_SHARE_MAX

    @property
    def is_headline(self) -> bool:
        return self.headline_shape and not re.search(r"(?<!\.\.)\.[\"'”’)]*$", self.text)

    @property
    def headline_shape(self) -> bool:
        """Headline length, capital start, no cue; a final full stop allowed (see :func:`_period_title`)."""
        t = self.text
        return (HEADLINE_MIN_WORDS <= self.n_words <= HEADLINE_MAX_WORDS and len(t) <= HEADLINE_MAX_CHARS
                and ((t[0].isalnum() and not t[0].islower()) or t[0] in "\"'“‘«([「")
                and not self.is_linky and not (self.kinds - PROSE_CUE_KINDS) and self.date is None)

    @property
    def is_handle(self) -> bool:
        return (self.n_words == 1 and len(self.text) <= HANDLE_MAX_CHARS and not self.ends_sentence
                and not self.kinds and self.date is None) or bool(re.match(r"^by\s+@?[\w.-]+$", self.text, re.I))

    def has(self, *kinds: str) -> bool:
        return any(k in self.kinds for k in kinds)


def all_cues(extra: tuple[str, ...] = ()) -> tuple[Cue, ...]:
    """The shipped cue table followed by the user's own cue files (``Options.cleaning_cue_files``)."""
    return load_cues(CUES_FILE) + tuple(c for path in extra for c in load_cues(path))


@lru_cache(maxsize=8)
def _cue_matchers(extra: tuple[str, ...] = ()) -> tuple[tuple[str, Callable[[str], object]], ...]:
    """One compiled alternation per (kind, scope): a line is matched once per kind, not once per row."""
    grouped: dict[tuple[str, str], list[str]] = {}
    for cue in all_cues(extra):
        grouped.setdefault((cue.kind, cue.scope), []).append(cue.pattern.pattern)
    matchers = []
    for (kind, scope), patterns in grouped.items():
        alternation = "|".join(f"(?:{p})" for p in patterns)
        # "word" patterns are tried only where a word starts, which makes the search several times faster
        rx = re.compile(rf"\b(?:{alternation})" if scope == "word" else alternation, re.I)
        matchers.append((kind, {"line": rx.fullmatch, "start": rx.match}.get(scope, rx.search)))
    return tuple(matchers)


def _cue_kinds(cue_text: str, only: tuple[str, ...] | None = None, extra: tuple[str, ...] = ()) -> frozenset[str]:
    return frozenset(kind for kind, match in _cue_matchers(extra) if (only is None or kind in only) and match(cue_text))


# A breadcrumb or a row of menu items: short items joined by separators ("Home > World > Asia").
BREADCRUMB_MIN_ITEMS = 3
BREADCRUMB_MAX_ITEM_WORDS = 3
_SEPARATORS = re.compile(r"\s*(?:>|»|›|\||·|•)\s*|\s+/\s+")


def _is_menu_row(cue_text: str, extra: tuple[str, ...] = ()) -> bool:
    items = [x for x in _SEPARATORS.split(cue_text) if x.strip()]
    if len(items) >= BREADCRUMB_MIN_ITEMS and all(len(x.split()) <= BREADCRUMB_MAX_ITEM_WORDS for x in items) \
            and not _URL.search(cue_text) and len(_SEPARATORS.findall(cue_text)) >= BREADCRUMB_MIN_ITEMS - 1:
        return True
    # several menu labels on one line ("log in subscribe", "home news sport weather")
    return _menu_sequence(extra)(cue_text) is not None


@lru_cache(maxsize=8)
def _menu_sequence(extra: tuple[str, ...] = ()):
    labels = "|".join(f"(?:{c.pattern.pattern})" for c in all_cues(extra) if c.kind == "menu" and c.scope == "line")
    return re.compile(rf"(?:{labels})(?:\s+(?:{labels}))+", re.I).fullmatch


# Kinds a row of items may be made of ("Issue #47 · 9 min read", "Download PDF | Print | Share"):
# when every item of a separated row is chrome of these kinds, so is the row.
ROW_ITEM_KINDS = frozenset({"ui", "menu", "credit", "copyright", "timestamp"})


def _row_kinds(cue_text: str, extra: tuple[str, ...] = ()) -> frozenset[str]:
    if not _SEPARATORS.search(cue_text):
        return frozenset()
    items = [x.strip(" :.-–—") for x in _SEPARATORS.split(cue_text)]
    items = [x for x in items if x]
    if len(items) < 2:
        return frozenset()
    found: set[str] = set()
    for item in items:
        kinds = _cue_kinds(item, extra=extra) & ROW_ITEM_KINDS
        if not kinds and date_line(item) is None:
            return frozenset()
        found |= kinds
    if not found:  # dates only ("29 November 2018 | 20 January 2019"): left to the date-line rules
        return frozenset()
    return frozenset({"ui"}) if found & {"ui", "timestamp"} else frozenset({"menu"})


def _short_cue(u: Unit, kinds: tuple[str, ...]) -> bool:
    return any(k in u.kinds and u.n_words <= SHORT_CUE_MAX_WORDS.get(k, 0) for k in kinds)


# 1. units -------------------------------------------------------------------------------------

def _looks_wrapped(lines: list[str]) -> bool:
    body = lines[:-1]
    if len(body) < 1 or any(not WRAP_MIN_CHARS <= len(ln) <= WRAP_MAX_CHARS for ln in body):
        return False
    unpunctuated = sum(1 for ln in body if not _TERMINAL.search(ln))
    if len(lines) == 2:  # two lines join only when the second continues the first
        nxt = lines[1]
        byline = bool(re.match(r"(?:posted|written|updated|published) by\s", nxt, re.I))
        return unpunctuated == 1 and len(nxt.split()) >= 3 and nxt[:1].islower() and not byline
    return unpunctuated * 2 >= len(body)


def split_units(text: str, markdown: bool = False, unwrap: bool = True, cue_files: tuple[str, ...] = ()) -> list[Unit]:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u200b", "").replace("\ufeff", "")
    units: list[Unit] = []
    for b, block in enumerate(re.split(r"\n[ \t]*\n", text)):
        lines = [ln.strip() for ln in block.split("\n") if ln.strip()]
        if not lines:
            continue
        if markdown:
            lines = [ln for ln in lines if not _MD_IMAGE.match(ln)]
        if unwrap and len(lines) > 1 and _looks_wrapped(lines) and not (markdown and any(_MD_HEADING.match(ln) for ln in lines)):
            lines = [" ".join(lines)]
        for ln in lines:
            level = 0
            if markdown:
                m = _MD_HEADING.match(ln)
                if m:
                    level, ln = len(m.group(1)), m.group(2)
                ln = _MD_LINK.sub(r"\1", ln)
                ln = re.sub(r"^(\*\*|__)(.+)\1$", r"\2", ln)
                if not ln.strip():
                    continue
            units.append(Unit(ln, b, level, cue_files))
    return units


# 3. head ------------------------------------------------------------------------------------------

NAME_PARTICLES = {"van", "von", "de", "der", "da", "al", "el", "bin", "ibn", "abu", "du", "la", "le", "di", "dos"}
# names in a byline list: "A B, C D and E F"
BYLINE_MAX_NAMES = 4
# "Jane Roe Published May 1, 2024": a name, then a publishing verb and the date
_NAME_THEN_DATE = re.compile(r"^((?:[A-Z][\w.'’-]+\s+){1,3}[A-Z][\w.'’-]+)\s+(?:published|posted|updated)\b", re.I)


def _name_word(w: str) -> bool:
    """A capitalised word of a name, a particle ("van", "al"), or a particle joined by a hyphen ("al-Amin")."""
    head, _, tail = w.partition("-")
    return w[:1].isupper() or w.lower() in NAME_PARTICLES or (head.lower() in NAME_PARTICLES and tail[:1].isupper())


def _byline_author(u: Unit) -> str | None:
    m = re.match(r"^(?:by|written by|words by|story by|posted by|updated by|reporting by|author:|authors?:)\s+(.*)$", u.text, re.I)
    if not m:
        named = _NAME_THEN_DATE.match(u.text)
        if named and find_text_date(u.text[named.end():]) and all(_name_word(w) for w in named.group(1).split()):
            return named.group(1)
        return None
    rest = m.group(1)
    found = find_text_date(rest)
    if found:
        rest = rest[:found[1]]
    rest = re.split(r"\s*[|·•]\s*|\s+[–—-]\s+|,\s*(?=(?:[a-z]|\d))|\s+(?:on|in|for|at|of)\s+|\s*\(", rest)[0].strip(" ,;:")
    # a person's name: 1-5 words, each capitalised (or a particle); a lowercase single token is a handle;
    # several names are joined by commas and "and"
    names = [n for n in re.split(r"\s*,\s*|\s+(?:and|&)\s+", rest) if n]
    if not 1 <= len(names) <= BYLINE_MAX_NAMES:
        return None
    for name in names:
        words = name.split()
        if not 1 <= len(words) <= 5 or not all(_name_word(w) for w in words):
            return None
    return rest


# "<Outlet> staff", "Meridian News desk", "Harbour Courier correspondents": a byline without "by" naming
# no person. The outlet words are capitalised and the role word is not, so a sentence-case headline
# ("Hospital cuts staff") does not match.
_STAFF_BYLINE = re.compile(
    r"^(?:from\s+)?(?:(?:[A-Z0-9][\w.'’&-]*|of|the|and|for)\s+){0,5}(?:[A-Z0-9][\w.'’&-]*\s+)"
    r"(?:staff|staff (?:writers?|reporters?|reports?)|desk|news desk|newsroom|reporters|correspondents?|editors|"
    r"editorial (?:board|staff)|bureau|wire services)(?:\s+(?:and|&)\s+(?:agencies|wires|wire services))?$")


def _staff_byline(u: Unit) -> bool:
    return u.n_words <= SITE_MAX_WORDS + 3 and bool(_STAFF_BYLINE.match(u.text))


_TITLE_SITE_SEPARATOR = re.compile(r"\s+[|–—:·•-]\s+|\s*[|·•]\s*")


def _page_title_site(line: str, title: str) -> str | None:
    """When ``line`` is ``title`` plus a site name after a separator ("Title | Site"), the site name."""
    if len(title.split()) < 3 or not line.startswith(title) or len(line) == len(title):
        return None
    m = _TITLE_SITE_SEPARATOR.match(line, len(title))
    rest = line[m.end():].strip() if m else ""
    return rest if m and rest and len(rest.split()) <= SITE_MAX_WORDS else None


def _block_size(units: list[Unit], block: int) -> int:
    return sum(1 for u in units if u.block == block)


def _brand_like(u: Unit) -> bool:
    return u.n_words <= 3 and len(u.text) <= SITE_MAX_CHARS and not u.ends_sentence and not u.has("menu", "ui") \
        and not u.is_dateish


def _is_nav_row(u: Unit) -> bool:
    """A row of section links ("Research | Programmes | Events"), not a row of tools ("Print | Share")."""
    return u.has("menu") and not u.has("ui") and len(_SEPARATORS.findall(u.cue_text)) >= BREADCRUMB_MIN_ITEMS - 1


def _introduces_article(units: list[Unit], i: int) -> bool:
    """Unit ``i`` is followed by a byline, a date line or a handle, or is repeated just below (title twice)."""
    nxt = units[i + 1] if i + 1 < len(units) else None
    # a handle is a lower-case user name ("coastdesk"); a capitalised word is a label ("Rating")
    if nxt is not None and (nxt.is_dateish or nxt.has("byline") or _byline_author(nxt) or _staff_byline(nxt)
                            or (nxt.is_handle and not nxt.text[:1].isupper())):
        return True
    # repeated below with only label lines between (title, byline handle, title again); a paragraph
    # pasted twice has sentences between its copies
    for j in range(i + 1, min(len(units), i + TEASER_WINDOW + 1)):
        if units[j].key == units[i].key:
            return True
        if units[j].ends_sentence and not units[j].kinds and units[j].date is None:
            return False
    return False


def _period_title(units: list[Unit], i: int) -> bool:
    """A headline ending in a full stop ("Putin signs pact with Kim."): one sentence of headline shape
    that introduces the article (followed by a byline or date line, or repeated just below). Title Case
    alone is not enough: a one-sentence lede full of names looks the same."""
    u = units[i]
    return (u.headline_shape and not u.is_headline and not re.search(r"[.!?]\s+[\"'“‘(]*[A-Z]", u.text)
            and _introduces_article(units, i))


def _choose_title(head: list[int], units: list[Unit], markdown: bool) -> int | None:
    cands = [i for i in head if units[i].is_headline or _period_title(units, i)]
    if not cands:
        return None
    # the site header: a name line directly above the site's navigation row is a brand, not a title
    brands = {i for i in cands if i + 1 < len(units) and units[i + 1].block == units[i].block
              and _is_nav_row(units[i + 1])}
    if brands and len(brands) < len(cands):
        cands = [i for i in cands if i not in brands]
    if markdown:
        heads = [i for i in head if units[i].heading_level == 1] or [i for i in head if units[i].heading_level]
        if heads:
            return heads[0]
    # a headline-like line repeated in the head (page title plus article heading)
    seen: dict[str, int] = {}
    for i in cands:
        if units[i].key in seen:
            return seen[units[i].key]
        seen[units[i].key] = i
    # the browser's page title ("Title | Site") above the article's own heading ("Title")
    for i in cands:
        for j in cands:
            if i != j and _page_title_site(units[i].text, units[j].text):
                return j
    # the headlines right above a byline, a handle or a date line: title, then maybe a subtitle
    for i in head:
        u = units[i]
        if u.is_dateish or u.has("byline") or _byline_author(u) or _staff_byline(u) or (u.is_handle and i > cands[0]):
            # the run stays in the byline's own block; a byline standing alone looks at the
            # single-line blocks above it
            run: list[int] = []
            j = i - 1
            alone = j < 0 or units[j].block != u.block
            while j >= 0 and (j in cands or units[j].is_handle) and (
                    units[j].block == u.block or (alone and _block_size(units, units[j].block) == 1)):
                if j in cands:
                    run.insert(0, j)
                j -= 1
            run = run[-2:]  # a title and its subtitle at most
            while len(run) > 1 and units[run[0]].n_words <= 3:  # a brand line above the title
                run.pop(0)
            if len(run) == 2 and run[0] > 0 and _brand_like(units[run[0] - 1]):
                return run[1]  # brand, tagline, title
            if run:
                return run[0]
    # a site header (short brand line, maybe a tagline) above the title
    first = units[cands[0]]
    if len(cands) >= 2 and first.n_words <= 3 and len(first.text) <= SITE_MAX_CHARS:
        rest = cands[1:]
        if len(rest) >= 2 and units[rest[0]].block != units[rest[1]].block:
            return rest[1]  # brand, tagline, then title in its own block
        return rest[0]
    return cands[0]


def _site_name(before: list[int], units: list[Unit]) -> str | None:
    """The first line of the site header: a short brand line that is not a menu word."""
    for i in before:
        u = units[i]
        if u.has("menu", "ui") or u.is_dateish or u.is_linky:
            continue
        if u.n_words <= SITE_MAX_WORDS and len(u.text) <= SITE_MAX_CHARS and not u.ends_sentence:
            # a block of several one-word lines is a menu, not a brand
            same_block = [j for j in before if units[j].block == u.block]
            if len(same_block) >= 3 and all(units[j].n_words <= 2 for j in same_block):
                continue
            return u.text
    return None


# 4./5. tail and body ------------------------------------------------------------------------------

# the second paragraph of a bio goes on about the writer's career
_BIO_CONTINUATION = re.compile(r"(?:She|He|They)\s+(?:previously|formerly|also|has|had|was|is|holds|covered|covers|"
                               r"reported|lives|worked|works|joined|spent|studied|writes|wrote)\b")
_QUOTES_OR_SPEECH = re.compile(r"[\"“”]|\b(?:said|says|told|added|according to)\b")


def _unsigned_bio(u: Unit) -> bool:
    """A closing paragraph that opens "NAME is a contributing editor of ..." and quotes nobody: the
    writer's bio with no byline to match (callers limit it to the last prose units)."""
    subject = re.match(r"^(.*?)\s+(?:is|was|has been|serves as)\s", u.text)
    name = subject.group(1).split() if subject else []
    return (u.has("bio_unsigned") and u.text[:1].isupper() and 2 <= len(name) and all(_name_word(w) for w in name)
            and not _QUOTES_OR_SPEECH.search(u.text))


def _is_tail_chrome(u: Unit, author: str | None) -> bool:
    if u.is_linky or u.has("menu", "tail_section", "related", "copyright", "support", "support_tail", "credit", "ui"):
        return not u.is_prose or _short_cue(u, ("support", "support_tail", "credit", "ui", "copyright"))
    if u.is_dateish or u.has("tail_label"):
        return True
    # a bio of the byline's author ("Jane Roe is a freelance journalist..."); a closing paragraph
    # describing anyone else is article text
    if author and u.has("bio") and author.split()[-1].lower() in " ".join(u.words[:5]).lower():
        return True
    # a short label with no sentence end ("Reference", "Tags", a handle)
    return u.n_words <= 4 and not u.ends_sentence


def clean_text(text: str, markdown: bool = False, title: str | None = None, unwrap: bool = True,
               cue_files: tuple[str, ...] = ()) -> CleanedText:
    """Drop page chrome from copied page text; keep every body paragraph; recover title, site, author, date.

    ``markdown`` enables heading, link and image handling; ``title``, when the title is already
    known from metadata, is looked for instead of guessed (the head is left alone if it is absent);
    ``unwrap=False`` keeps every line a paragraph (text already extracted from HTML);
    ``cue_files`` are the user's own cue tables, read after the shipped one.
    """
    known_title = title
    known_key = Unit(known_title, -1).key if known_title else None
    # 1. units ("date 2024-05-01 Headline ..." is a date label glued to the first line: two units)
    text = _DATE_PREFIX.sub(r"\1\n\n", text, count=1)
    units = split_units(text, markdown, unwrap, tuple(cue_files))
    if not units:
        return CleanedText(text="")
    n = len(units)
    for i, u in enumerate(units):
        if u.is_prose:
            break
        m = _LIVE_MARKER.match(u.text)
        if m and not known_key:
            units[i] = Unit(u.text[m.end():], u.block, u.heading_level, u.cue_files)
    drop = [False] * n
    title = site = author = published = updated = None

    # 2. the head zone ends at the first prose unit that is not itself chrome (nor a title that
    #    ends in a full stop, which reads as a sentence)
    body_start = next((i for i, u in enumerate(units)
                       if u.is_prose and not _short_cue(u, ("ui", "support", "credit", "copyright", "timestamp"))
                       and not u.has("menu", "byline") and u.date is None and not u.heading_level
                       and not (u.key == known_key if known_key else _period_title(units, i))), n)
    head = list(range(body_start))

    # 3. head: title, site, byline, date
    if known_key:
        title_i = next((i for i in head if units[i].key == known_key), None)
    else:
        title_i = _choose_title(head, units, markdown) if body_start < n or n > 1 else None
    if title_i is not None:
        title = units[title_i].text
        # the browser's page title: "Headline | Site (3)", the count being unread notifications
        page_title = re.match(r"^(\S.*\S)\s+\|\s+([^|]+?)(?:\s*\(\d+\))?$", title)
        if page_title and len(page_title.group(1).split()) >= 3 and len(page_title.group(2).split()) <= SITE_MAX_WORDS:
            title, site = page_title.group(1), page_title.group(2)
        before = [i for i in head if i < title_i]
        site = _site_name(before, units) or site
        for i in before:
            drop[i] = True
            if units[i].date is not None and units[i].date[1] != "updated":
                published = published or units[i].date[0]
        # the title printed twice (page title, then the article's heading): what sits between the
        # two copies is page furniture ("Navigation", a widget label), its dates and bylines read below
        repeat = max((i for i in head if i > title_i and units[i].key == units[title_i].key), default=None)
        if repeat is not None:
            for i in range(title_i + 1, repeat):
                u = units[i]
                if not (u.date is not None or _byline_author(u) or u.has("byline") or _staff_byline(u)):
                    drop[i] = True
        for i in head:
            if units[i].key == units[title_i].key:
                drop[i] = True
            elif (page_site := _page_title_site(units[i].text, title)):
                drop[i] = True
                site = site or page_site
    for i in head:
        u = units[i]
        if drop[i]:
            continue
        name = _byline_author(u)
        if name or u.has("byline") or _staff_byline(u):
            author = author or name
            drop[i] = True
            d = find_text_date(u.text)
            if d:
                published = published or d[0]
        elif u.date is not None:
            drop[i] = True
            if u.date[1] == "updated":
                updated = updated or u.date[0]
            else:
                published = published or u.date[0]
        elif u.has("menu", "ui", "credit", "copyright", "timestamp") or u.is_linky or _repost_label(units, i):
            drop[i] = True
        elif title_i is not None and i > title_i and u.is_handle:
            drop[i] = True  # a byline handle under the title
        elif title_i is not None and i > title_i and _list_label(units, i, body_start):
            drop[i] = True  # a fact box's label; its items repeat the body and stay

    # 4. tail: peel chrome from the end, then cut a trailing section opened by a heading
    end = n
    unsigned_bios = 0
    while end > body_start:
        if _is_tail_chrome(units[end - 1], author):
            end -= 1
            continue
        # with a byline, only a bio naming its author is chrome (above); a closing paragraph about
        # someone else is article text
        if author is None and unsigned_bios < UNSIGNED_BIO_MAX_UNITS and end - 1 > body_start \
                and _unsigned_bio(units[end - 1]):
            unsigned_bios += 1
            end -= 1
            continue
        # a two-paragraph bio: "NAME is a ... fellow at ...", then "She previously reported from ..."
        if author is None and unsigned_bios == 0 and UNSIGNED_BIO_MAX_UNITS >= 2 and end - 2 > body_start \
                and _BIO_CONTINUATION.match(units[end - 1].text) and _unsigned_bio(units[end - 2]) \
                and not _QUOTES_OR_SPEECH.search(units[end - 1].text):
            unsigned_bios += 2
            end -= 2
            continue
        # a teaser list under its heading ("Most read", then "1. ...", "2. ..."); a list without such a
        # heading may be the article's own closing list and stays
        k = end
        while k > body_start and _teaser_list_item(units[k - 1]):
            k -= 1
        if k < end and k > body_start and units[k - 1].has("related") and not units[k - 1].is_prose:
            end = k - 1
            continue
        break
    widgets = set(_repeated_widgets(units))
    for i in range(body_start + int((end - body_start) * TAIL_SECTION_MIN_POSITION), end):
        u = units[i]
        # a line closing every entry ("Share this post") is a widget, not the heading of a last section
        if u.has("tail_section") and not u.is_prose and i not in widgets:
            if sum(1 for j in range(i + 1, end) if units[j].is_prose) <= TAIL_SECTION_MAX_PROSE:
                end = i
                break
    for i in range(end, n):
        u = units[i]
        if u.date is not None and not published and u.date[1] != "updated":
            published = u.date[0]
        drop[i] = True

    # 5. body
    for i in widgets:
        drop[i] = True
    title_key = units[title_i].key if title_i is not None else None
    seen_prose: set[str] = set()
    i = body_start
    while i < end:
        u = units[i]
        if u.key == title_key or u.is_linky or _short_cue(u, ("ui", "credit", "support", "copyright", "timestamp")):
            drop[i] = True
        elif _repost_label(units, i):
            drop[i] = True
        elif u.text.startswith("©"):
            drop[i] = True  # a credit opens the line, a caption may be glued to it: never article text
        elif _EMBED_SIGNATURE.match(u.text):
            drop[i] = True  # an embedded post: its signature line and the post's text above it
            if i > body_start and units[i - 1].n_words <= EMBED_MAX_WORDS:
                drop[i - 1] = True
        elif u.n_words <= BODY_BYLINE_MAX_WORDS and not u.ends_sentence and (_byline_author(u) or _staff_byline(u)):
            drop[i] = True  # "Posted by NAME" above each live-blog entry
        elif _list_label(units, i, end):
            drop[i] = True
        elif u.is_prose and u.key in seen_prose:
            drop[i] = True  # the same paragraph pasted twice
        elif u.has("related") and not u.is_prose:
            i = _drop_teasers(units, i, end, drop)
            continue
        elif u.is_headline and not u.heading_level:
            repeat = next((j for j in range(i + 1, min(end, i + TEASER_WINDOW + 1)) if units[j].key == u.key), None)
            if repeat is not None:
                for j in range(i, repeat + 1):
                    if j == i or j == repeat or not units[j].is_prose:
                        drop[j] = True
                i = _drop_card_summary(units, repeat + 1, end, drop)
                continue
        if u.is_prose:
            seen_prose.add(u.key)
        i += 1

    # a caption printed twice, once glued to its dropped credit ("© NAME" + caption, then the caption)
    for i, u in enumerate(units):
        if drop[i] and (u.has("credit", "copyright") or u.text.startswith("©")):
            for j in (i - 1, i + 1):
                if 0 <= j < n and not drop[j] and units[j].n_words >= CAPTION_REPEAT_MIN_WORDS and units[j].key in u.key:
                    drop[j] = True
    kept = [_strip_prefix_label(u) for u, d in zip(units, drop) if not d]
    return CleanedText(text="\n\n".join(kept), title=title or known_title, site=site, author=author,
                       published=published or updated)


def _repost_label(units: list[Unit], i: int) -> bool:
    """"From The Daily Bugle:" on its own line above a reposted story's first paragraph."""
    u = units[i]
    return (u.n_words <= REPOST_LABEL_MAX_WORDS and bool(re.match(r"^from\s+\S.*:$", u.text, re.I))
            and i + 1 < len(units) and units[i + 1].is_prose)


def _strip_prefix_label(u: Unit) -> str:
    """The unit's text without a label glued in front of it (cue kind ``prefix``: "VIDEO: ...")."""
    if not u.has("prefix"):
        return u.text
    for kind, match in _cue_matchers(u.cue_files):
        m = match(u.text.translate(_QUOTES)) if kind == "prefix" else None
        if m and m.end() < len(u.text):
            return u.text[m.end():]
    return u.text


def _repeated_widgets(units: list[Unit]) -> list[int]:
    """Short non-prose lines repeated REPEATED_LINE_MIN_COUNT times or more, each right after a prose
    paragraph (a widget closing every entry). Labels inside structured content (recipe steps, table
    headers, product boxes) sit among other short lines, and labels ending in ':' (a transcript's
    speaker names) are not widgets."""
    counts: dict[str, list[int]] = {}
    for i, u in enumerate(units):
        if re.search(r"[^\W_]", u.key) and u.n_words <= REPEATED_LINE_MAX_WORDS and not u.is_prose \
                and not u.ends_sentence and not u.text.endswith(":") and not u.heading_level:
            counts.setdefault(u.key, []).append(i)
    widgets = []
    for idx in counts.values():
        if len(idx) < REPEATED_LINE_MIN_COUNT or not all(i > 0 and units[i - 1].is_prose for i in idx):
            continue
        # a template repeats its labels together ("Meal 1" then "Eat before your workout" each time);
        # a widget is followed by something new each time
        following = [units[i + 1].key for i in idx if i + 1 < len(units)]
        if len(set(following)) == len(following):
            widgets += idx
    return widgets


def _list_label(units: list[Unit], i: int, end: int) -> bool:
    """A box label ("Key facts", "At a glance") heading a bulleted list in its own block: a short
    capitalised line with no sentence end and no colon. A sub-heading above paragraphs stays."""
    u = units[i]
    if not (u.n_words <= LIST_LABEL_MAX_WORDS and u.text[:1].isupper() and not u.ends_sentence and not u.kinds
            and not u.text.endswith(":") and not u.is_prose):
        return False
    items = 0
    for j in range(i + 1, end):
        if units[j].block != u.block or not _LIST_MARKER.match(units[j].text):
            break
        items += 1
    return items >= LIST_LABEL_MIN_ITEMS


def _drop_card_summary(units: list[Unit], i: int, end: int, drop: list[bool]) -> int:
    """After a teaser card's headline: its one short summary paragraph, if any, goes too."""
    if i < end and units[i].is_prose and units[i].n_words <= TEASER_SUMMARY_MAX_WORDS and not units[i].heading_level:
        drop[i] = True
        return i + 1
    return i


_LIST_MARKER = re.compile(r"^(?:\d{1,2}[.)]|[-*•·▪►→>»›])\s+")


def _teaser_list_item(u: Unit) -> bool:
    """A list item that is one headline: a marker, then at most a headline's words in one sentence."""
    m = _LIST_MARKER.match(u.text)
    if not m:
        return False
    rest = u.text[m.end():]
    return 0 < len(rest.split()) <= HEADLINE_MAX_WORDS and not re.search(r"[.!?]\s+[A-Z]", rest)


def _drop_teasers(units: list[Unit], i: int, end: int, drop: list[bool]) -> int:
    """A related-articles heading at ``i`` and the teaser items under it; returns where the body resumes.

    Items are headline-like lines; a headline that is repeated nearby is a card (its summary goes
    too). A headline followed directly by prose that is not repeated is the body's own subheading,
    and the body resumes there.
    """
    drop[i] = True
    # the card's headline may also sit just above the heading (image alt text, then the heading)
    for j in range(max(0, i - TEASER_WINDOW), i):
        if not drop[j] and units[j].is_headline and any(units[k].key == units[j].key for k in range(i + 1, min(end, i + TEASER_WINDOW + 1))):
            drop[j] = True
    j = i + 1
    while j < end:
        u = units[j]
        nearby = [k for k in range(max(0, j - TEASER_WINDOW), min(end, j + TEASER_WINDOW + 1)) if k != j]
        repeated = any(units[k].key == u.key for k in nearby)
        if u.is_linky or u.has("related", "ui", "credit"):
            drop[j] = True
            j += 1
        elif _teaser_list_item(u):
            drop[j] = True  # a numbered or bulleted list of headlines ("1. ...", "- ...")
            j += 1
        elif u.is_headline and repeated:
            drop[j] = True
            j = _drop_card_summary(units, j + 1, end, drop)
        elif u.is_headline and (j + 1 >= end or not units[j + 1].is_prose):
            drop[j] = True  # a plain list of linked headlines
            j += 1
        else:
            break
    return j


# Kinds of cue lines removed from text an HTML extractor already produced: its own boilerplate
# detection has removed menus and teasers; widget, credit, plea and copyright lines can slip through.
# (On the extraction benchmark this changes token F1 by under 0.001 and raises precision.)
EXTRACTED_TEXT_CUES = ("ui", "credit", "support", "copyright", "timestamp")


def strip_chrome_lines(text: str, title: str | None = None, cue_files: tuple[str, ...] = ()) -> str:
    """Light cleaning of text extracted from HTML: a leading copy of the title and short
    widget/credit/plea/copyright lines go; every other line stays as it is."""
    title_key = Unit(title, -1).key if title else None
    longest = max(SHORT_CUE_MAX_WORDS[k] for k in EXTRACTED_TEXT_CUES)
    out: list[str] = []
    for line in text.split("\n"):
        stripped = line.strip()
        if not stripped:
            continue
        if not out and title_key:
            if Unit(stripped, 0).key == title_key:
                continue
        # most lines are longer than any short cue line: no pattern needs to run on them
        n_words = len(stripped.split())
        if n_words <= longest:
            cue_text = re.sub(r"[\s:.|>»-]+$", "", stripped.translate(_QUOTES).lower())
            kinds = _cue_kinds(cue_text, EXTRACTED_TEXT_CUES, tuple(cue_files))
            if any(n_words <= SHORT_CUE_MAX_WORDS[k] for k in kinds):
                continue
        out.append(line)
    return "\n".join(out)
