"""A page header flattened onto one line: the standfirst's last sentence runs straight into the header's
chrome ("... across the country. Source: Agency Wednesday, May 1, 2024 | 13:20 Tweet Share AGENCY/NAME").
The run after the last sentence end is cut off the paragraph when every piece of it is chrome: a source or
credit label with its name, a date, a clock time, a share button word, an all-capitals photo credit.

Such a line may carry the whole header in front of the standfirst too: a section label, then the headline
with no full stop, then the standfirst ("World Ferries stop as the strike spreads A strike by ... ."); it is
split into the label, the headline and the standfirst (``split_flattened_head``)."""
from __future__ import annotations

import re

from ...months import MONTHS
from ..pubdate import find_text_date
from .cues import cue_kinds
from .units import PROSE_MIN_WORDS, cue_text_of

_MONTH = "(?:" + "|".join(sorted((m.capitalize() for m in MONTHS), key=len, reverse=True)) + r")\.?"
# the kinds of piece such a run is made of, each matched where the previous one ended
PIECES = {
    "date": re.compile(r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?(?:" + _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?,?"
                       r"\s+\d{4}|\d{1,2}\.?\s+" + _MONTH + r",?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{4})"),
    "time": re.compile(r"\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|GMT|UTC|CET|CEST|EET|EEST|BST))?(?![\d])"),
    "label": re.compile(r"(?:Source|Sources|Photo|Photos|Image|Credit|Credits|Foto|Izvor)\s*:\s*"
                        r"(?:[A-Z][\w.&'’-]*(?:\s+|$)){1,3}"),
    "button": re.compile(r"(?:Tweet|Share|Email|E-mail|Print|Facebook|Twitter|WhatsApp|LinkedIn|Telegram|Reddit|"
                         r"Viber|Save|Comments?)(?![\w])"),
    "credit": re.compile(r"[A-Z][A-Z&.-]+(?:\s*/\s*[A-Z][A-Z.'’-]*(?:\s+[A-Z][A-Z.'’-]*)*)+"),
}
_GAP = re.compile(r"[\s,|•·]*")
# the end of the paragraph's last sentence, then the run
_SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s+(?=\S)")
# a run of chrome is short and mixes at least this many kinds of piece (a lone date after a sentence may
# be a dateline's or a signature's)
RUN_MAX_WORDS = 25
RUN_MIN_KINDS = 2


def chrome_run(run: str) -> set[str] | None:
    """The kinds of piece ``run`` is made of, when it is made of nothing else."""
    pos, kinds = 0, set()
    while True:
        pos = _GAP.match(run, pos).end()
        if pos >= len(run):
            return kinds
        for kind, rx in PIECES.items():
            m = rx.match(run, pos)
            if m and m.end() > pos:
                kinds.add(kind)
                pos = m.end()
                break
        else:
            return None


def cut_glued_chrome(paragraph: str) -> tuple[str, str | None]:
    """``paragraph`` without a run of header chrome glued after its last sentence, and the run's date
    (``YYYY-MM-DD``) if it has one; the paragraph unchanged and None when there is no such run."""
    ends = list(_SENTENCE_END.finditer(paragraph))
    if not ends:
        return paragraph, None
    cut = ends[-1].end()
    run = paragraph[cut:]
    if len(run.split()) > RUN_MAX_WORDS:
        return paragraph, None
    kinds = chrome_run(run)
    if kinds is None or len(kinds) < RUN_MIN_KINDS:
        return paragraph, None
    found = find_text_date(run)
    return paragraph[:cut].rstrip(), found[0] if found else None


# a full date glued onto a headline's last word with no space between ("... investment dealNovember 15, 2024"): the
# page's date line flattened onto its headline; at most this many words before it
_GLUED_DATE = re.compile(r"(?<=[a-z])(" + PIECES["date"].pattern + r")\s*$")
GLUED_DATE_HEADLINE_MAX_WORDS = 25


def cut_glued_date(line: str) -> tuple[str, str | None]:
    """``line`` without a date glued onto its last word, and that date (``YYYY-MM-DD``); the line unchanged and
    None when it has none (a date after a space or a full stop is a dateline's or a sentence's)."""
    m = _GLUED_DATE.search(line)
    if not m or len(line[:m.start()].split()) > GLUED_DATE_HEADLINE_MAX_WORDS or _SENTENCE_END.search(line):
        return line, None
    found = find_text_date(m.group(1))
    return line[:m.start()], found[0] if found else None


# the standfirst's first word after a headline with no full stop: an article or a determiner opening a
# sentence, capitalised after a word that ends in a letter ("... will be blocked A strike by ...")
_STANDFIRST_START = re.compile(r"(?<=[a-z\d])\s+(?=(?:A|An|The|This|These|Those|Thousands|Hundreds|Dozens)\s)")
# words after which a capitalised article belongs to a name ("in The Hague", "of The Times")
_NAME_BEFORE = frozenset({"in", "of", "at", "to", "from", "by", "for", "with", "on", "and", "or", "near", "into",
                          "says", "said", "tells", "told", "reads", "read", "see", "watch", "about", "against"})
SECTION_LABEL_MAX_WORDS = 3
FLAT_HEADLINE_MIN_WORDS = 3
FLAT_HEADLINE_MAX_WORDS = 20


def _section_label(text: str, cue_files: tuple[str, ...]) -> int:
    """Where a section label in front of the headline ends ("World", "Politics"): a menu word or two
    before a capitalised word; 0 when there is none."""
    words = text.split()
    for n in range(SECTION_LABEL_MAX_WORDS, 0, -1):
        if len(words) > n and words[n][:1].isupper() and "menu" in cue_kinds(cue_text_of(" ".join(words[:n])),
                                                                           ("menu",), cue_files):
            return len(" ".join(words[:n]))
    return 0


def split_flattened_head(text: str, cue_files: tuple[str, ...] = ()) -> tuple[str | None, str]:
    """A flattened header's headline and the standfirst after it ("[Section] Headline with no full stop A
    standfirst sentence ... ."); (None, text) when the line does not read so."""
    label_end = _section_label(text, cue_files)
    rest = text[label_end:].lstrip()
    for m in _STANDFIRST_START.finditer(rest):
        headline, standfirst = rest[:m.start()].strip(), rest[m.end():]
        words = headline.split()
        if not FLAT_HEADLINE_MIN_WORDS <= len(words) <= FLAT_HEADLINE_MAX_WORDS:
            continue
        if words[-1].lower() in _NAME_BEFORE or re.search(r"[.!?]", headline):
            continue
        if len(standfirst.split()) >= PROSE_MIN_WORDS and re.search(r"[.!?][\"”’)]*$", standfirst):
            return headline, standfirst
    return None, text


# A byline glued onto the dateline that opens the story ("By Jane Roe and Ali Khan PORTLOW (Agency) - The harbour
# ..."): a page that printed the byline over the story's first paragraph, copied with the break lost. Each writer's
# name is two to four words in name case (not all capitals, which is the dateline's place), joined by commas or
# "and"; the place is one to three words in capitals, perhaps with a date after a comma, then an agency in brackets
# or a dash or both. Split there, the byline is a head line of its own and the paragraph the story's first.
_WRITER = r"[A-Z][a-z][\w.'’-]*(?:\s+(?:[A-Z][a-z][\w.'’-]*|[A-Z]\.|(?:al|el|bin|van|von|de|da|di|du|le|la)))" \
          r"{1,3}"
_DATELINE_PLACE = r"[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,2}"
_GLUED_BYLINE = re.compile(
    r"^(By\s+" + _WRITER + r"(?:(?:\s*,\s*|\s+and\s+)" + _WRITER + r"){0,3})\s+"
    r"(?=" + _DATELINE_PLACE + r"(?:,\s+" + _MONTH + r"\s+\d{1,2})?\s*(?:\([A-Z][^()]{1,40}\)\s*)?(?:-{1,2}|–|—))")


def split_glued_byline(text: str) -> tuple[str, str] | None:
    """The byline and the story's first paragraph of a paragraph opening "By NAMES PLACE (Agency) - ...", when the
    rest reads as prose; None when the paragraph does not open so."""
    m = _GLUED_BYLINE.match(text)
    if not m:
        return None
    rest = text[m.end():]
    if len(rest.split()) < PROSE_MIN_WORDS or not re.search(r"[.!?…][\"”’)]*\s*$", rest):
        return None
    return m.group(1), rest
