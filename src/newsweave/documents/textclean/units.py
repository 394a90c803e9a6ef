"""Paragraph units: the page split into paragraph-like lines with their features (:class:`Unit`), and
the page being cleaned (:class:`Page`), the state every cleaning step reads and marks."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from ..pubdate import date_line
from .captions import AGENCY_CAPTION_MAX_WORDS, is_caption, is_text_credit_line, signoff_suffix
from .cues import cue_kinds, cue_matchers, is_menu_row, row_kinds

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
# Cue lines of these kinds are dropped only when they are short (a long paragraph that happens
# to contain "support our work" is article text, not a plea).
SHORT_CUE_MAX_WORDS = {"ui": 25, "credit": 30, "caption": AGENCY_CAPTION_MAX_WORDS, "support": 60, "support_tail": 60, "copyright": 30, "timestamp": 8}
# Cue kinds found inside sentences: a headline may contain them ("Donors support independent media")
PROSE_CUE_KINDS = frozenset({"support", "support_tail", "bio"})
# Cue kinds read on a part of a title only (the name after a dash), never a line's kind
NAME_ONLY_KINDS = frozenset({"title_source", "post_stamp", "page_label"})
# Cue kinds a headline may carry: those of prose, and a genre label glued in front of it ("Analysis: ...")
HEADLINE_CUE_KINDS = PROSE_CUE_KINDS | {"title_label", "title_field"}
# A byline handle is one token of at most this many characters ("minsta", "staff_desk").
HANDLE_MAX_CHARS = 30
# Hard-wrapped text: lines of a block are joined when they are this long and mostly unpunctuated.
WRAP_MIN_CHARS = 45
WRAP_MAX_CHARS = 100
# A line is link-dominated when URLs make up at least this share of its characters.
LINK_SHARE_MAX = 0.6
CHARS_PER_UNSPACED_WORD = 2
# A teaser card repeats its headline within this many units (image alt text, then the link); a title
# printed twice repeats within as many.
TEASER_WINDOW = 3

_URL = re.compile(r"(?:https?://|www\.)\S+", re.I)
_MD_LINK = re.compile(r"(?<!!)\[([^\]]+)\]\((?:[^()\s]+|\([^()\s]*\))*\)")
_MD_IMAGE = re.compile(r"^!\[[^\]]*\]\([^)]*\)$")
_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*$")
TERMINAL = re.compile(r"[.!?…。！？][\"'”’»)\]」』]*$")
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u0e00-\u0e7f]")
QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " "})


def cue_text_of(text: str) -> str:
    """A line as cue patterns see it: lower case, plain quotes, no trailing separators."""
    return re.sub(r"[\s:.|>»-]+$", "", text.translate(QUOTES).lower()).strip()


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
        self.key = re.sub(r"\W+", " ", self.text.translate(QUOTES).lower()).strip()
        # an agency's sign-off closing a paragraph ("... on Tuesday. — Agency") is no credit line: the cues
        # read the paragraph without it
        cut = signoff_suffix(self.text)
        self.cue_text = cue_text_of(self.text if cut is None else self.text[:cut])
        url_chars = sum(len(m.group()) for m in _URL.finditer(self.text))
        self.link_share = url_chars / max(1, len(self.text.replace(" ", "")))
        self.ends_sentence = bool(TERMINAL.search(self.text))

    @cached_property
    def kinds(self) -> frozenset[str]:
        kinds = cue_kinds(self.cue_text, extra=self.cue_files) - NAME_ONLY_KINDS
        if "menu" not in kinds and is_menu_row(self.cue_text, self.cue_files):
            kinds |= {"menu"}
        if is_caption(self.text):
            kinds |= {"caption"}
        if is_text_credit_line(self.text):
            kinds |= {"credit"}
        return kinds | row_kinds(self.cue_text, self.cue_files)

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
        """Headline length, capital start, no cue; a final full stop allowed (see ``head.period_title``)."""
        t = self.text
        return (HEADLINE_MIN_WORDS <= self.n_words <= HEADLINE_MAX_WORDS and len(t) <= HEADLINE_MAX_CHARS
                and ((t[0].isalnum() and not t[0].islower()) or t[0] in "\"'“‘«([「")
                and not self.is_linky and not (self.kinds - HEADLINE_CUE_KINDS) and self.date is None)

    @property
    def is_handle(self) -> bool:
        return (self.n_words == 1 and len(self.text) <= HANDLE_MAX_CHARS and not self.ends_sentence
                and not self.kinds and self.date is None) or bool(re.match(r"^by\s+@?[\w.-]+$", self.text, re.I))

    def has(self, *kinds: str) -> bool:
        return not self.kinds.isdisjoint(kinds)


# A sentence reporting what someone said or urged ("The minister urged viewers to support ...") ...
_REPORTED = re.compile(r"\b(?:said|says|told|tells|urged|urges|called on|calls on|asked|asks|according to|announced|"
                       r"wrote|argued|argues|warned|warns)\b", re.I)
# ... or a request reported under way ("asking residents to donate to help ...", "telling viewers to follow
# ..."), when the page is not the one asking ("we are asking readers to ..." is the page's own plea)
_REQUEST_UNDER_WAY = re.compile(r"\b(?:asking|urging|telling|calling on|encourag(?:es|ed|ing))\b", re.I)
_PAGE_VOICE = re.compile(r"\b(?:we|we're|we’re|us|our)\b", re.I)
# ... and not addressed to the reader: a plea speaks to "you"
_READER = re.compile(r"\b(?:you|your|yours|please)\b", re.I)


def addresses_reader(u: Unit) -> bool:
    """The line speaks to the reader ("you", "please"): a plea, a notice, a prompt."""
    return bool(_READER.search(u.text))


def reported_speech(u: Unit) -> bool:
    """A prose line reporting what someone said, not addressed to the reader: article text, whatever cue
    wording it holds ("Copyright lawyers said ...", "Subscribe to the alert service, the council said")."""
    return u.is_prose and not addresses_reader(u) and bool(
        _REPORTED.search(u.text) or (_REQUEST_UNDER_WAY.search(u.text) and not _PAGE_VOICE.search(u.text)))


# where a plea's words open a sentence ("Support independent journalism", "...; consider becoming a member")
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?:;]\s*|[\"“(]\s*)$")


def third_person_mention(u: Unit) -> bool:
    """A plea's words inside a sentence about someone else ("The new fund will support independent journalism
    in ..."): news, not the page asking. A plea speaks in the page's voice ("we", "our"), to the reader
    ("you", "please"), or opens its sentence on the plea ("Support independent journalism")."""
    if not u.is_prose or addresses_reader(u) or _PAGE_VOICE.search(u.text):
        return False
    for kind, match in cue_matchers(u.cue_files):
        m = match(u.cue_text) if kind == "support" else None
        if m:
            start = m.start() + len(m.group()) - len(m.group().lstrip(".!?; "))
            if _OPENS_SENTENCE.search(u.cue_text[:start]):
                return False
    return True


def short_cue(u: Unit, kinds: tuple[str, ...]) -> bool:
    """The unit has a cue of one of ``kinds`` and is short enough for it (``SHORT_CUE_MAX_WORDS``); cue wording
    inside reported speech (``reported_speech``) is no cue, nor a plea's words in a sentence about someone else
    (``third_person_mention``)."""
    hits = [k for k in kinds if k in u.kinds and u.n_words <= SHORT_CUE_MAX_WORDS.get(k, 0)]
    if hits == ["support"] and third_person_mention(u):
        return False
    return bool(hits) and not reported_speech(u)


def _looks_wrapped(lines: list[str]) -> bool:
    body = lines[:-1]
    if len(body) < 1 or any(not WRAP_MIN_CHARS <= len(ln) <= WRAP_MAX_CHARS for ln in body):
        return False
    unpunctuated = sum(1 for ln in body if not TERMINAL.search(ln))
    if len(lines) == 2:  # two lines join only when the second continues the first
        nxt = lines[1]
        byline = bool(re.match(r"(?:posted|written|updated|published) by\s", nxt, re.I))
        return unpunctuated == 1 and len(nxt.split()) >= 3 and nxt[:1].islower() and not byline
    return unpunctuated * 2 >= len(body)


def _markdown_line(ln: str) -> tuple[int, str]:
    """A Markdown line's heading level and its text without link syntax or bold markers."""
    level = 0
    m = _MD_HEADING.match(ln)
    if m:
        level, ln = len(m.group(1)), m.group(2)
    ln = _MD_LINK.sub(r"\1", ln)
    return level, re.sub(r"^(\*\*|__)(.+)\1$", r"\2", ln)


# a list marker alone on its line, its item on the next ("-" then "Ferries stop as the strike spreads")
_BARE_MARKER = re.compile(r"(?:[-*•·▪►]|\d{1,2}[.)])")


def join_bare_markers(lines: list[str]) -> list[str]:
    """A list copied with each marker on a line of its own: the marker and its item become one line ("- item"),
    read as a list item by the teaser and fact-box rules."""
    out: list[str] = []
    for ln in lines:
        # (an item that carries its own marker, "- Author, ...", leaves a stray marker above it alone)
        if out and _BARE_MARKER.fullmatch(out[-1]) and not _BARE_MARKER.match(ln.split(maxsplit=1)[0]):
            out[-1] = f"{out[-1]} {ln}"
        else:
            out.append(ln)
    return out


def split_units(text: str, markdown: bool = False, unwrap: bool = True, cue_files: tuple[str, ...] = ()) -> list[Unit]:
    """The page's paragraph units: blocks split at blank lines, hard-wrapped blocks joined into one unit."""
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
        for ln in join_bare_markers(lines):
            level = 0
            if markdown:
                level, ln = _markdown_line(ln)
                if not ln.strip():
                    continue
            units.append(Unit(ln, b, level, cue_files))
    return units


@dataclass
class Page:
    """The page being cleaned: its units, which of them go, where the body runs, and what the head said."""
    units: list[Unit]
    markdown: bool = False
    known_title: str | None = None   # the title from metadata, looked for instead of guessed
    known_key: str | None = None
    off: frozenset[str] = frozenset()  # names of rule functions to skip (to test or diagnose one rule)
    drop: list[bool] = field(default_factory=list)
    body_start: int = 0               # the first prose unit: everything before it is the head zone
    end: int = 0                      # where the body ends: everything from here is the tail zone
    title_i: int | None = None
    title: str | None = None
    site: str | None = None
    author: str | None = None
    published: str | None = None
    updated: str | None = None
    glued_date: str | None = None     # the date in a run of header chrome glued after a paragraph (``glued``)
    unsigned_bios: int = 0            # closing prose units dropped as a bio with no byline to match
    widgets: set[int] = field(default_factory=set)
    dropped_by: dict[int, str] = field(default_factory=dict)  # unit -> the rule that dropped it, where one is noted
    seen_prose: set[str] = field(default_factory=set)

    def __post_init__(self):
        self.drop = self.drop or [False] * len(self.units)
        self.end = self.end or len(self.units)

    @property
    def head(self) -> range:
        return range(self.body_start)

    @property
    def title_key(self) -> str | None:
        return self.units[self.title_i].key if self.title_i is not None else None

    def on(self, rule) -> bool:
        return rule.__name__ not in self.off

    def note_date(self, date: tuple[str, str]) -> None:
        """Keep a dated line's date (``(iso, "published" | "updated")``) unless one of its kind was read before."""
        if date[1] == "updated":
            self.updated = self.updated or date[0]
        else:
            self.published = self.published or date[0]


# a page's first line in lower case is its headline cut at its front when it has at least this many words
CUT_HEADLINE_MIN_WORDS = 5


def cut_headline(units: list[Unit], i: int) -> bool:
    """The page's first line, shaped as a headline but for its lower-case start ("rates held at 4% for the third
    month"), right above the story's prose: a headline whose first words (a country or section label) the copy cut
    off. Not a sentence, a cue line, a link or a date line."""
    u = units[i]
    if i != 0 or i + 1 >= len(units) or not u.text[:1].islower() or u.ends_sentence:
        return False
    nxt = units[i + 1]
    return (CUT_HEADLINE_MIN_WORDS <= u.n_words <= HEADLINE_MAX_WORDS and len(u.text) <= HEADLINE_MAX_CHARS
            and not u.kinds and not u.is_linky and u.date is None and not u.text.rstrip().endswith((",", ";", ":"))
            and nxt.is_prose and nxt.text[:1].isupper())
