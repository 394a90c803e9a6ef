"""The publication date of a document, normalised to ``YYYY-MM-DD`` (or ``YYYY-MM`` / ``YYYY``).

Sources, most trusted first (see :func:`choose_published`):

1. metadata that came with the article (a JSONL ``published`` field),
2. the HTML page, through htmldate's ``find_date`` (original date, no network) as trafilatura
   already runs it while extracting metadata: the page is parsed once, not twice,
3. the URL (``/2024/12/05/`` or ``/2024/12/`` or ``2024-12-05`` in the path),
4. the text: a "Published October 25, 2024" style line or a date-only line near the top,
   or a date opening the first paragraph (a dateline).

Everything here is plain string work (no dateparser at import time): it runs on every document.
"""
from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime

from ..months import MONTHS

EARLIEST_YEAR = 1900  # a date before it is a reading error (a phone number, a page id), not a publication date
DATE_LINE_MAX_EXTRA_WORDS = 4  # a date-only line's extra words ("Friday", "10:05 GMT", "| Updated"); more is prose
TEXT_HEAD_LINES, TEXT_TAIL_LINES = 12, 4  # the lines searched for a date line, from the top and from the end
DATELINE_MAX_OFFSET = 40  # a dateline date starts within this many characters of its paragraph
DATELINE_PARAGRAPHS = 2  # a dateline may open the paragraph under a standfirst: the first long ones are read
_DATELINE_DASH = re.compile(r"\s*(?:\d{1,2}[:.]\d{2}\s*)?(?:\([^()]{1,40}\)\s*)?(?:[-–—]|--|/)")

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday)?\.?,?\s+)?"

# each pattern names its groups; tried in order on lower-cased text
_TEXT_DATE_PATTERNS = [
    re.compile(_WEEKDAY + _MONTH + r"\s+" + _DAY + r"(?:,\s*|\s+)" + _YEAR + r"\b"),     # October 25, 2024 / October 25,2024
    re.compile(_WEEKDAY + _DAY + r"\s+(?:of\s+)?" + _MONTH + r"(?:,\s*|\s+)" + _YEAR + r"\b"),  # 25 October 2024
    re.compile(r"\b" + _YEAR + r"-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b"),               # 2024-10-25
    re.compile(r"\b" + _YEAR + r"/(?P<month>[01]?\d)/(?P<day>[0-3]?\d)\b"),             # 2024/10/25
    re.compile(r"\b" + _YEAR + r"\.(?P<month>[01]\d)\.(?P<day>[0-3]\d)\b"),               # 2024.10.25
    re.compile(r"\b(?P<a>[0-3]?\d)(?P<sep>[/.-])\s?(?P<b>[0-3]?\d)(?P=sep)\s?" + _YEAR + r"\b"),  # 25/10/2024, 10. 9. 2007
    re.compile(r"\b" + _MONTH + r"\s+" + _YEAR + r"\b"),                                # October 2024
]

_PUBLISHED_CUE = re.compile(
    r"^(?:(?:first\s+)?published|posted|date|dated|released|issued|written|on)\b(?:\s+(?:on|at))?\s*[:\-–—|]?\s*",
    re.I)
_UPDATED_CUE = re.compile(r"^(?:(?:last\s+)?updated|modified|last\s+modified|revised|edited)\b(?:\s+(?:on|at))?\s*[:\-–—|]?\s*",
                          re.I)

_URL_PATTERNS = [
    re.compile(r"/" + _YEAR + r"/(?P<month>[01]?\d)/(?P<day>[0-3]?\d)(?:/|$|[-_])"),
    re.compile(r"/" + _YEAR + r"-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?:/|$|[-_])"),
    re.compile(r"[/_-]" + _YEAR + r"(?P<month>[01]\d)(?P<day>[0-3]\d)(?:/|$|[-_.])"),
    re.compile(r"/" + _YEAR + r"/(?P<month>[01]?\d)(?:/|$)"),
]


def _valid(year: int, month: int | None = None, day: int | None = None) -> str | None:
    if not EARLIEST_YEAR <= year <= date.today().year + 1:
        return None
    if month is None:
        return f"{year:04d}"
    if not 1 <= month <= 12:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        date(year, month, day)
    except ValueError:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def _from_match(m: re.Match) -> str | None:
    g = m.groupdict()
    year = int(g["year"])
    if g.get("a") is not None:  # numeric day/month order: decide only when one side exceeds 12 ...
        a, b = int(g["a"]), int(g["b"])
        if g.get("sep") == ".":  # ... or when dots part them: a dotted date puts the day first ("10. 9. 2007")
            return _valid(year, b, a)
        if a > 12 >= b:
            return _valid(year, b, a)
        if b > 12 >= a:
            return _valid(year, a, b)
        return _valid(year, b, a) if a == b else None
    month = g.get("month")
    month_n = MONTHS.get(month.rstrip(".")) if month and not month.isdigit() else (int(month) if month else None)
    day = int(g["day"]) if g.get("day") else None
    return _valid(year, month_n, day)


def find_text_date(text: str) -> tuple[str, int, int] | None:
    """The first date written out in ``text``: (normalised value, start, end), or None."""
    low = text.lower()
    best = None
    for pat in _TEXT_DATE_PATTERNS:
        for m in pat.finditer(low):
            value = _from_match(m)
            if value and (best is None or m.start() < best[1]):
                best = (value, m.start(), m.end())
                break
    return best


def normalise_date(value: object) -> str | None:
    """A date from metadata (ISO 8601, RFC 2822, "October 25, 2024", a year...) as YYYY[-MM[-DD]]."""
    if value is None:
        return None
    if isinstance(value, (datetime, date)):
        return _valid(value.year, value.month, value.day)
    if isinstance(value, int):
        return _valid(value) if EARLIEST_YEAR <= value <= 9999 else None
    s = str(value).strip()
    if not s:
        return None
    m = re.fullmatch(r"((?:19|20)\d\d)(?:-([01]\d)(?:-([0-3]\d))?)?", s)
    if m:
        return _valid(int(m[1]), int(m[2]) if m[2] else None, int(m[3]) if m[3] else None)
    try:
        d = datetime.fromisoformat(s.replace("Z", "+00:00"))
        return _valid(d.year, d.month, d.day)
    except ValueError:
        pass
    try:
        d = parsedate_to_datetime(s)
        return _valid(d.year, d.month, d.day)
    except (TypeError, ValueError, IndexError):
        pass
    found = find_text_date(s)
    return found[0] if found else None


def date_from_url(url: str | None) -> str | None:
    """A date in the URL's path (``/2024/12/05/``, ``/2024-12-05-slug``, ``/20241205/``, ``/2024/12/``)."""
    if not url:
        return None
    path = re.sub(r"^[a-z][a-z0-9+.-]*://[^/]*", "", url.strip(), flags=re.I).split("?")[0]
    for pat in _URL_PATTERNS:
        m = pat.search(path)
        if m:
            value = _from_match(m)
            if value:
                return value
    return None


def date_line(line: str) -> tuple[str, str] | None:
    """If ``line`` is a date line ("Published Oct 25, 2024", "Updated: 2024-10-25", "25 October 2024 | 10:05"),
    its (value, kind) with kind "published", "updated" or "date"; else None."""
    s = line.strip()
    if not s or len(s) > 120:
        return None
    kind = "date"
    m = _PUBLISHED_CUE.match(s)
    if m and m.end() > 0:
        kind, s = "published", s[m.end():]
    else:
        m = _UPDATED_CUE.match(s)
        if m and m.end() > 0:
            kind, s = "updated", s[m.end():]
    found = find_text_date(s)
    if not found:
        return None
    value, start, end = found
    rest = (s[:start] + " " + s[end:]).strip()
    # what remains may be a time, a time zone, a weekday or a separator; not a sentence
    rest_words = [w for w in re.split(r"[\s|,·•/–—-]+", rest) if w and not re.fullmatch(r"[\d:.apmAPMGTUCESDT+()]+", w)]
    if len(rest_words) > DATE_LINE_MAX_EXTRA_WORDS or rest.endswith("."):
        return None
    return value, kind


def date_from_text(text: str) -> str | None:
    """A publication date written in the text: a date line near the top or bottom, else a dateline."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    found: dict[str, str] = {}
    for ln in lines[:TEXT_HEAD_LINES] + lines[-TEXT_TAIL_LINES:]:
        hit = date_line(ln)
        if hit is None:
            # a byline carrying the date: "By Jane Doe | October 24, 2024"
            if re.match(r"^(by|posted by|written by)\s", ln, re.I) and len(ln) <= 120:
                d = find_text_date(ln)
                hit = (d[0], "published") if d else None
        if hit:
            found.setdefault(hit[1], hit[0])
    for kind in ("published", "date"):
        if kind in found:
            return found[kind]
    long_lines = [ln for ln in lines[:TEXT_HEAD_LINES] if len(ln.split()) > 12]
    for n, ln in enumerate(long_lines[:DATELINE_PARAGRAPHS]):
        # the first paragraph: a date opening it is a dateline; under a standfirst, the next paragraph's
        # date is one when a dash closes it ("CITY, 6-6-2013 — ...", "CITY, 6 June 2013 (Agency) — ...")
        d = find_text_date(ln[:DATELINE_MAX_OFFSET + 30])
        if d and d[1] <= DATELINE_MAX_OFFSET and (n == 0 or _DATELINE_DASH.match(ln, d[2])):
            return d[0]
    return found.get("updated")


def published_with_source(*, metadata: object = None, html_date: object = None, url: str | None = None,
                          text_date: str | None = None, text: str | None = None) -> tuple[str | None, str | None]:
    """:func:`choose_published` with the name of the source that gave the date ("metadata", "html", "url",
    "text line" for a date line the chrome cleaner removed, "text"), or (None, None)."""
    for source, candidate in (("metadata", normalise_date(metadata)), ("html", normalise_date(html_date)),
                              ("url", date_from_url(url)), ("text line", normalise_date(text_date))):
        if candidate:
            return candidate, source
    found = date_from_text(text) if text else None
    return (found, "text") if found else (None, None)


def choose_published(*, metadata: object = None, html_date: object = None, url: str | None = None,
                     text_date: str | None = None, text: str | None = None) -> str | None:
    """The first source that yields a valid date: metadata, HTML (htmldate), URL, then the text
    (``text_date``, a date line the chrome cleaner already removed, before scanning ``text``)."""
    return published_with_source(metadata=metadata, html_date=html_date, url=url, text_date=text_date,
                                 text=text)[0]
