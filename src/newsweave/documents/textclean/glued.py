"""A page header flattened onto one line: the standfirst's last sentence runs straight into the header's
chrome ("... across the country. Source: Agency Wednesday, May 1, 2024 | 13:20 Tweet Share AGENCY/NAME").
The run after the last sentence end is cut off the paragraph when every piece of it is chrome: a source or
credit label with its name, a date, a clock time, a share button word, an all-capitals photo credit."""
from __future__ import annotations

import re

from ...months import MONTHS
from ..pubdate import find_text_date

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
