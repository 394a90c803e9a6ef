"""Time expressions normalised to YYYY, YYYY-MM or YYYY-MM-DD (issue: quantities and time).

Three entry points:

- :func:`extract_times` finds every date expression in a parsed document (own patterns first,
  then the spaCy DATE entities they missed, read by dateparser with restricted settings) and
  resolves relative ones ("on Friday", "last month", "in June") against ``document.published``;
  without a publication date they are kept with ``value=None`` and ``relative=True``.
- :func:`resolve_date` is the resolver as a plain function of (expression, reference date).
- :func:`date_for_span` picks the date an event at ``start:end`` happened on, for the events stage.

Granularity is never invented: "June 2024" stays ``2024-06``; "this week" and "two weeks ago"
resolve to the month they fall in, since the contract has no week format.
"""
from __future__ import annotations

import bisect
import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from operator import itemgetter
from typing import Iterable

from ..config import Options
from ..fold import fold
from ..model import Document, TimeExpression, stable_id
from ..sentences import Sentences
from ..spans import SpanIndex
from ..months import MONTHS
from .numbers import parse_number
from .timestarts import matches

WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
# "in June" without a year and without a tense to decide: the June nearest the reference date
# (a month more than this many months away is taken from the neighbouring year)
MAX_MONTHS_AWAY = 6
# years outside this span read as numbers, not years
YEAR_MIN, YEAR_MAX = 1500, 2199
# how far before an event span (in characters) a date may stand when no text is given to find
# the sentence; about one long sentence
DATE_WINDOW_CHARS = 250

_M = r"(?:january|february|march|april|may|june|july|august|september|october|november|december|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\b\.?)"
_WD = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_Y = r"(?:1[5-9]\d\d|20\d\d|21\d\d)"
_D = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_PART = r"(?:early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|end|beginning|start)"
_NUMWORD = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an|a\s+few|several)"

# most specific first; every pattern is matched case-insensitively and whole-word, and tried only where the finders
# of :mod:`newsweave.extract.timestarts` (its leading words) allow a match to start
PATTERNS: list[tuple[str, str]] = [
    ("iso", rf"\b{_Y}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])\b"),
    ("weekday_mdy", rf"\b{_WD},?\s+{_M}\s+{_D},?\s+{_Y}\b"),
    ("weekday_dmy", rf"\b{_WD},?\s+{_D}\s+(?:of\s+)?{_M},?\s+{_Y}\b"),
    ("mdy", rf"\b{_M}\s+{_D},?\s+{_Y}\b"),
    ("dmy", rf"\b{_D}\s+(?:of\s+)?{_M},?\s+{_Y}\b"),
    ("weekday_md", rf"\b{_WD},?\s+{_M}\s+{_D}\b"),
    ("weekday_dm", rf"\b{_WD},?\s+{_D}\s+(?:of\s+)?{_M}(?!\s*,?\s*\d)"),
    ("md", rf"\b{_M}\s+{_D}\b(?!\s*,?\s*{_Y})(?![\d,]\d)"),
    ("dm", rf"\b{_D}\s+(?:of\s+)?{_M}(?!\s*,?\s*{_Y})"),
    ("part_my", rf"\b{_PART}[\s-]+{_M}\s+(?:of\s+)?{_Y}\b"),
    ("my", rf"\b{_M},?\s+(?:of\s+)?{_Y}\b"),
    ("part_y", rf"\b{_PART}[\s-]+{_Y}\b"),
    ("ago", rf"\b{_NUMWORD}\s+(?:days?|weeks?|months?|years?)\s+ago\b"),
    ("rel_word", r"\b(?:yesterday|today|tomorrow|tonight|last\s+night|this\s+(?:morning|afternoon|evening))\b"),
    ("rel_period", r"\b(?:(?:earlier|later|early|late)\s+)?(?:this|last|next|past)\s+(?:week|month|year)\b"),
    ("rel_weekday", rf"\b(?:(?:last|next|this|on|coming)\s+)?{_WD}\b"),
    ("part_m", rf"\b{_PART}[\s-]+{_M}(?!\s*,?\s*(?:\d|of\s+\d))"),
    ("rel_month", rf"\b(?:(?:last|next|this|in|since|until|by|from|during)\s+){_M}(?!\s*,?\s*(?:\d|of\s+\d))"),
    ("year", rf"(?<![\w$€£/.,-]){_Y}(?![\w%/]|[.,]\d|-\d)"),
]
_COMPILED = [(name, re.compile(p, re.IGNORECASE)) for name, p in PATTERNS]
# What a text must hold for each pattern to match, as groups of words of which it holds at least one
# (in any case, :func:`newsweave.fold.fold`): a pattern whose words are missing is not run. A year and a
# day of the month need a digit 1-9; every month name holds its first three letters, every weekday "day".
_DIGITS = tuple("123456789")
_MONTH_STEMS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_DAY = ("day",)
_PART_WORDS = ("early", "mid", "late", "end", "beginning", "start")
_NEEDS: dict[str, tuple[tuple[str, ...], ...]] = {
    "iso": (_DIGITS,), "weekday_mdy": (_DIGITS, _DAY, _MONTH_STEMS), "weekday_dmy": (_DIGITS, _DAY, _MONTH_STEMS),
    "mdy": (_DIGITS, _MONTH_STEMS), "dmy": (_DIGITS, _MONTH_STEMS), "weekday_md": (_DIGITS, _DAY, _MONTH_STEMS),
    "weekday_dm": (_DIGITS, _DAY, _MONTH_STEMS), "md": (_DIGITS, _MONTH_STEMS), "dm": (_DIGITS, _MONTH_STEMS),
    "part_my": (_DIGITS, _PART_WORDS, _MONTH_STEMS), "my": (_DIGITS, _MONTH_STEMS), "part_y": (_DIGITS, _PART_WORDS),
    "ago": (("ago",),), "rel_word": (("yesterday", "today", "tomorrow", "night", "this"),),
    "rel_period": (("week", "month", "year"),), "rel_weekday": (_DAY,), "part_m": (_PART_WORDS, _MONTH_STEMS),
    "rel_month": (_MONTH_STEMS,), "year": (_DIGITS,),
}


def _runnable(text: str, low: str | None = None) -> list[tuple[str, re.Pattern]]:
    """The patterns that can match ``text``, in order (the others lack a word they need); ``low``: ``fold(text)``."""
    if low is None:
        low = fold(text)
    holds: dict[tuple[str, ...], bool] = {}
    out = []
    for name, rx in _COMPILED:
        needs = _NEEDS.get(name, ())
        for group in needs:
            if group not in holds:
                holds[group] = any(w in low for w in group)
        if all(holds[group] for group in needs):
            out.append((name, rx))
    return out
_BARE_MONTH = re.compile(_M, re.IGNORECASE)
RELATIVE_KINDS = {"md", "dm", "weekday_md", "weekday_dm", "ago", "rel_word", "rel_period", "rel_weekday", "part_m", "rel_month"}


# -- resolution ----------------------------------------------------------------------------------

def _parse_reference(reference: str | None) -> tuple[date | None, int]:
    """The reference date and how many of its parts are known (3 day, 2 month, 1 year, 0 none)."""
    if not reference:
        return None, 0
    m = re.match(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", reference.strip())
    if not m:
        return None, 0
    y, mo, d = int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1)
    try:
        return date(y, mo, d), 1 + bool(m.group(2)) + bool(m.group(3))
    except ValueError:
        return None, 0


def _month_num(word: str) -> int | None:
    return MONTHS.get(word.lower().rstrip("."))


def _day_num(word: str) -> int:
    return int(re.match(r"\d+", word).group(0))


def _fmt(d: date, parts: int) -> str:
    return d.isoformat()[: {1: 4, 2: 7, 3: 10}[parts]]


def _valid(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def _add_months(d: date, months: int) -> date:
    total = d.year * 12 + d.month - 1 + months
    y, m = divmod(total, 12)
    return date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def _nearest_year_for_month(month: int, ref: date, prefer: str, modifier: str = "") -> int:
    if modifier == "last":
        return ref.year if month < ref.month else ref.year - 1
    if modifier == "next":
        return ref.year if month > ref.month else ref.year + 1
    if modifier == "this":
        return ref.year
    if prefer == "past":
        return ref.year if month <= ref.month else ref.year - 1
    if prefer == "future":
        return ref.year if month >= ref.month else ref.year + 1
    diff = month - ref.month  # months ahead of the reference within the same year
    if diff > MAX_MONTHS_AWAY:
        return ref.year - 1
    if diff < -MAX_MONTHS_AWAY:
        return ref.year + 1
    return ref.year


def _weekday(ref: date, weekday: int, modifier: str, prefer: str) -> date:
    back = (ref.weekday() - weekday) % 7
    ahead = (weekday - ref.weekday()) % 7
    if modifier == "last":
        return ref - timedelta(days=back or 7)
    if modifier in ("next", "coming"):
        return ref + timedelta(days=ahead or 7)
    if modifier == "this":
        return ref + timedelta(days=ahead) if prefer == "future" else ref - timedelta(days=back)
    return ref + timedelta(days=ahead) if prefer == "future" else ref - timedelta(days=back)


def _classify(expression: str) -> tuple[str, re.Match] | None:
    """The pattern ``expression`` is (whole first, else the first pattern found inside it)."""
    text = expression.strip()
    for name, rx in _COMPILED:
        m = rx.fullmatch(text)
        if m:
            return name, m
    if _BARE_MONTH.fullmatch(text) and text[:1].isupper():  # "June", but never the modal "may"
        return "rel_month", _BARE_MONTH.fullmatch(text)
    for name, rx in _COMPILED:
        m = rx.search(text)
        if m:
            return name, m
    return None


@dataclass(frozen=True)
class _Parts:
    """One matched expression taken apart, with the reference date it is read against."""
    low: str
    words: list
    years: list
    months: list
    days: list
    ref: date | None
    ref_parts: int
    prefer: str


def _absolute_day(p: _Parts) -> str | None:
    """ "3 March 2025", "Monday, March 3, 2025"."""
    return _valid(int(p.years[0]), p.months[0], p.days[0])


def _month_of_year(p: _Parts) -> str | None:
    """ "March 2025", "early March 2025"."""
    return f"{int(p.years[0]):04d}-{p.months[0]:02d}"


def _day_of_month(p: _Parts) -> str | None:
    """ "March 3", "Monday, 3 March": the year nearest the reference (in the tense's direction)."""
    if p.ref_parts < 2:
        return None
    return _valid(_nearest_year_for_month(p.months[0], p.ref, p.prefer), p.months[0], p.days[0])


def _month_alone(p: _Parts) -> str | None:
    """ "in March", "last March"."""
    if p.ref_parts < 2:
        return None
    modifier = p.words[0] if p.words[0] in ("last", "next", "this") else ""
    return f"{_nearest_year_for_month(p.months[0], p.ref, p.prefer, modifier):04d}-{p.months[0]:02d}"


def _relative_word(p: _Parts) -> str | None:
    """ "yesterday", "today", "last night"."""
    if p.ref_parts < 3:
        return None
    shift = -1 if p.low == "last night" else {"yesterday": -1, "tomorrow": 1}.get(p.words[0], 0)
    return (p.ref + timedelta(days=shift)).isoformat()


def _relative_weekday(p: _Parts) -> str | None:
    """ "on Friday", "last Tuesday"."""
    if p.ref_parts < 3:
        return None
    modifier = p.words[0] if len(p.words) > 1 else ""
    return _weekday(p.ref, WEEKDAYS[p.words[-1]], modifier, p.prefer).isoformat()


def _relative_period(p: _Parts) -> str | None:
    """ "last year", "next month", "this week" (a week: the month it falls in)."""
    unit = p.words[-1]
    step = {"last": -1, "past": -1, "next": 1}.get(p.words[-2], 0)
    if unit == "year":
        return f"{p.ref.year + step:04d}"
    if p.ref_parts < 2:
        return None
    if unit == "month":
        return _fmt(_add_months(p.ref, step), 2)
    if p.ref_parts < 3:
        return None
    return _fmt(p.ref + timedelta(days=7 * step), 2)


def _ago(p: _Parts) -> str | None:
    """ "two weeks ago", "a year ago"; "a few days ago" has no number to count back."""
    m = re.match(r"(.+?)\s+(day|week|month|year)s?\s+ago", p.low)
    n = parse_number(m.group(1)) if m.group(1) not in ("a", "an") else 1
    if n is None:
        return None
    n, unit = int(n), m.group(2)
    if unit == "year":
        return f"{p.ref.year - n:04d}"
    if unit == "month":
        return _fmt(_add_months(p.ref, -n), 2) if p.ref_parts >= 2 else None
    if p.ref_parts < 3:
        return None
    back = p.ref - timedelta(days=n * (7 if unit == "week" else 1))
    return _fmt(back, 2 if unit == "week" else 3)


# how each kind of expression is read; the absolute ones need no reference date
ABSOLUTE_RESOLVERS = {
    "iso": lambda p: _valid(*map(int, p.low.split("-"))),
    **dict.fromkeys(("weekday_mdy", "weekday_dmy", "mdy", "dmy"), _absolute_day),
    **dict.fromkeys(("my", "part_my"), _month_of_year),
    **dict.fromkeys(("year", "part_y"), lambda p: p.years[0]),
}
RELATIVE_RESOLVERS = {
    **dict.fromkeys(("md", "dm", "weekday_md", "weekday_dm"), _day_of_month),
    **dict.fromkeys(("part_m", "rel_month"), _month_alone),
    "rel_word": _relative_word, "rel_weekday": _relative_weekday, "rel_period": _relative_period, "ago": _ago,
}


def _resolve(kind: str, text: str, ref: date | None, ref_parts: int, prefer: str) -> str | None:
    low = re.sub(r"\s+", " ", text.lower().strip())
    words = re.findall(r"[a-z]+\.?|\d+(?:st|nd|rd|th)?", low)
    parts = _Parts(low=low, words=words, years=re.findall(_Y, low),
                   months=[_month_num(w) for w in words if _month_num(w)],
                   days=[_day_num(w) for w in words if re.fullmatch(_D, w) and not re.fullmatch(_Y, w)],
                   ref=ref, ref_parts=ref_parts, prefer=prefer)
    if kind in ABSOLUTE_RESOLVERS:
        return ABSOLUTE_RESOLVERS[kind](parts)
    if ref is None or kind not in RELATIVE_RESOLVERS:
        return None
    return RELATIVE_RESOLVERS[kind](parts)


def resolve_date(expression: str, reference: str | None, prefer: str = "nearest") -> str | None:
    """``expression`` ("June 2024", "last Friday", "two weeks ago") as YYYY[-MM[-DD]], or None.

    ``reference`` is the publication date (YYYY, YYYY-MM or YYYY-MM-DD) relative expressions are
    counted from; ``prefer`` ("past", "future" or "nearest") decides "on Friday" and "in June"
    when the words do not ("next Friday" and "last June" decide themselves). A bare weekday
    reads as the past one unless ``prefer="future"``: news reports what happened.
    """
    found = _classify(expression)
    if not found:
        return None
    kind, m = found
    ref, parts = _parse_reference(reference)
    return _resolve(kind, m.group(0), ref, parts, prefer)


# -- extraction ----------------------------------------------------------------------------------

_DURATION_RE = re.compile(r"^(?:the\s+)?(?:(?:past|last|next|first|coming)\s+)?(?:\d[\d,.]*|[a-z-]+)\s+(?:days?|weeks?|months?|years?|decades?|hours?|minutes?|centuries)$", re.IGNORECASE)
_ORDINAL_RE = re.compile(r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\b", re.IGNORECASE)
_NUMERIC_DATE = re.compile(r"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b")
_SEASON_RE = re.compile(r"\b(?:spring|summer|autumn|fall|winter|weekend|christmas|easter|new year)\b", re.IGNORECASE)
_STRIP_LEAD = re.compile(r"^(?:on|in|since|by|until|from|during|at|the)\s+", re.IGNORECASE)


def _find_spans(text: str) -> list[tuple[int, int, str]]:
    taken: list[tuple[int, int, str]] = []  # sorted by start, so a match is tested against its neighbours only
    starts: list[int] = []
    reach = 0  # the longest span taken: one that overlaps a match starts at most this far before it
    low = fold(text)
    found: dict[str, list[int]] = {}
    for kind, rx in _runnable(text, low):
        for m in matches(kind, rx, text, low, found):
            s, e = m.span()
            if kind == "rel_weekday" or kind == "rel_month":
                lead = _STRIP_LEAD.match(m.group(0))  # keep "on Friday" as "Friday"
                if lead and lead.group(0).strip().lower() in ("on", "in", "since", "by", "until", "from", "during"):
                    s += lead.end()
            lo, hi = bisect.bisect_left(starts, s - reach), bisect.bisect_left(starts, e)
            if any(s < te and ts < e for ts, te, _ in taken[lo:hi]):
                continue
            k = bisect.bisect_right(starts, s)
            starts.insert(k, s)
            taken.insert(k, (s, e, kind))
            reach = max(reach, e - s)
    return sorted(taken)


def _month_word_is_verb(text: str, s: int, e: int, parsed) -> bool:
    """ "may" / "March" as a verb: a month word the parser tags as a verb or modal."""
    span = parsed.char_span(s, e, alignment_mode="expand") if parsed is not None else None
    if span is None:
        return False
    return any(t.lower_ in ("may", "march") and t.tag_ in ("MD", "VB", "VBP") for t in span)


def _tense(parsed, s: int, e: int) -> str:
    """ "future" ("will meet on Friday"), "past" ("met on Friday") or "nearest" when the clause does not say."""
    span = parsed.char_span(s, e, alignment_mode="expand") if parsed is not None else None
    if span is None or not len(span):
        return "nearest"
    tok = span.root
    for _ in range(6):  # up to the verb that governs the date; its tense decides
        if tok.pos_ in ("VERB", "AUX"):
            if any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("will", "'ll", "shall", "wo") for c in tok.children):
                return "future"
            if any(c.lower_ == "going" for c in tok.children) or tok.lemma_ in ("plan", "schedule", "expect"):
                return "future"
            if tok.tag_ in ("VBD", "VBN") or any(c.dep_ == "aux" and c.tag_ == "VBD" for c in tok.children):
                return "past"
            return "nearest"
        if tok.head.i == tok.i:
            break
        tok = tok.head
    return "nearest"


def _from_dateparser(expression: str, reference: str | None) -> str | None:
    """dateparser on one candidate span only (never over free text), English, past-leaning."""
    from dateparser.date import DateDataParser

    if not (re.search(_M, expression, re.IGNORECASE) or _NUMERIC_DATE.search(expression)):
        return None  # "Q3 2024", "10x20": dateparser guesses a day from any digits
    ref, parts = _parse_reference(reference)
    settings = {"PREFER_DATES_FROM": "past", "STRICT_PARSING": False, "RETURN_AS_TIMEZONE_AWARE": False,
                "PARSERS": ["absolute-time"]}
    if ref is not None:
        from datetime import datetime
        settings["RELATIVE_BASE"] = datetime(ref.year, ref.month, ref.day)
    try:
        data = DateDataParser(languages=["en"], settings=settings).get_date_data(expression)
    except Exception:  # dateparser raises assorted errors on odd strings
        return None
    if not data or data.date_obj is None:
        return None
    period = data.period or "day"
    if not re.search(_Y, expression) and ref is None:
        return None  # the year came from today's clock, not from the text
    if not re.search(r"\d", expression) and period == "day" and not re.search(_M, expression, re.IGNORECASE):
        return None
    width = {"year": 1, "month": 2}.get(period, 3)
    return _fmt(data.date_obj.date(), width)


def extract_times(document: Document, parsed, options: Options) -> tuple[TimeExpression, ...]:
    text = document.text
    reference = document.published
    out: list[TimeExpression] = []
    ref, parts = _parse_reference(reference)
    spans = _find_spans(text)
    for s, e, kind in spans:
        surface = text[s:e]
        if kind in ("rel_month", "part_m", "md", "dm", "my", "mdy") and _month_word_is_verb(text, s, e, parsed):
            continue
        if kind == "year" and (_year_is_quantity(text, e) or _year_is_label(text, s)):
            continue
        prefer = _tense(parsed, s, e) if kind in RELATIVE_KINDS else "nearest"
        value = _resolve(kind, surface, ref, parts, prefer)
        out.append(TimeExpression(id=stable_id("time", document.id, s, e), doc=document.id, text=surface,
                                  value=value, start=s, end=e, relative=kind in RELATIVE_KINDS,
                                  rule=f"time:{kind}"))
    # spaCy DATE entities the patterns missed: durations and ordinals are not dates; the rest go
    # through dateparser one span at a time
    found = SpanIndex(spans, start=itemgetter(0), end=itemgetter(1))
    for ent in getattr(parsed, "ents", ()):
        if ent.label_ != "DATE" or any(ent.start_char < te and ts < ent.end_char
                                       for ts, te, _ in found.around(ent.start_char, ent.end_char)):
            continue
        surface = ent.text.strip()
        if _DURATION_RE.match(surface) or _ORDINAL_RE.search(surface):
            continue
        if not re.search(r"\d", surface) and not _SEASON_RE.search(surface):
            continue  # "each per month", "recent weeks": no point in time to record
        value = _from_dateparser(surface, reference) if re.search(r"\d", surface) or re.search(_M, surface, re.I) else None
        if value is None and re.search(r"\d", surface):
            continue  # digits dateparser cannot read ("10x20") are not a date
        out.append(TimeExpression(id=stable_id("time", document.id, ent.start_char, ent.end_char), doc=document.id,
                                  text=ent.text, value=value, start=ent.start_char, end=ent.end_char,
                                  relative=value is None or not re.search(_Y, surface),
                                  rule="time:spacy DATE" + (" dateparser" if value else "")))
    return tuple(sorted(out, key=lambda t: t.start))


def _year_is_label(text: str, start: int) -> bool:
    """ "Resolution 1718", "GTX 1660", "2134 Caldwell Place": a reference number that looks like a year."""
    from .quantities import load_tables

    from .quantities import is_reference_number

    prev = re.search(r"([\w.#]+)\s*$", text[max(0, start - 25):start])
    return (bool(prev) and prev.group(1).lower() in load_tables(()).label_before) or is_reference_number(text, start, start + 4)


def _year_is_quantity(text: str, end: int) -> bool:
    """ "2000 troops": a number with a counted noun after it, not a year."""
    from .quantities import load_tables

    nxt = re.match(r"\s+([A-Za-z]+)", text[end:end + 30])
    if not nxt:
        return False
    word = nxt.group(1).lower()
    units = load_tables(()).units
    return word in units or word.rstrip("s") in units


# -- for the events stage ------------------------------------------------------------------------



class DatedTimes:
    """A document's time expressions sorted once, for the per-span look-ups of the events stage
    (:func:`date_for_span`, :meth:`closest`): scanning every time expression per event span made a
    long document cost the square of its length. Among equals, the one given first wins, as in a scan."""

    def __init__(self, times: Iterable[TimeExpression]):
        self.times = tuple(times)
        resolved = [t for t in self.times if t.value]
        self.resolved = SpanIndex(resolved)
        self._by_end = sorted(resolved, key=lambda t: t.end)  # stable: equal ends keep the given order
        self._ends = [t.end for t in self._by_end]
        self._by_start = sorted(resolved, key=lambda t: t.start)
        self._starts = [t.start for t in self._by_start]
        groups: dict[str, list[tuple[int, int, TimeExpression]]] = {}
        for n, t in enumerate(resolved):
            groups.setdefault(t.value, []).append((t.start, n, t))
        # per value: (start, position given, expression) by start, and the starts
        self._by_value = {}
        for v, g in groups.items():
            g.sort()
            self._by_value[v] = (g, [x[0] for x in g])

    def __iter__(self):
        return iter(self.times)

    def inside(self, start: int, end: int) -> TimeExpression | None:
        """The first resolved expression lying within ``start:end``."""
        return next((t for t in self.resolved.starting(start, end) if t.end <= end), None)

    def before(self, start: int) -> TimeExpression | None:
        """The resolved expression ending last at or before ``start``."""
        k = bisect.bisect_right(self._ends, start)
        return self._by_end[bisect.bisect_left(self._ends, self._ends[k - 1])] if k else None

    def after(self, end: int) -> TimeExpression | None:
        """The resolved expression starting first at or after ``end``."""
        k = bisect.bisect_left(self._starts, end)
        return self._by_start[k] if k < len(self._starts) else None

    def closest(self, value: str, start: int, end: int) -> TimeExpression | None:
        """The expression resolved to ``value`` whose start is nearest ``start`` or ``end``."""
        if value not in self._by_value:
            return None
        group, starts = self._by_value[value]

        def distance(x: int) -> int:
            return min(abs(x - start), abs(x - end))

        # the start nearest either end of the span is a neighbour of one of them; then the first given
        # among every expression at that distance
        near = {k for p in (start, end) for k in (bisect.bisect_left(starts, p) - 1, bisect.bisect_left(starts, p))
                if 0 <= k < len(starts)}
        best = min(distance(starts[k]) for k in near)
        tied = [x for p in {start - best, start + best, end - best, end + best}
                for x in group[bisect.bisect_left(starts, p):bisect.bisect_right(starts, p)]]
        return min(tied, key=lambda x: x[1])[2]


def date_for_span(times: Iterable[TimeExpression] | DatedTimes, start: int, end: int,
                  text: "str | Sentences | None" = None) -> str | None:
    """The date of whatever the span ``start:end`` reports, or None.

    A resolved time expression inside the span wins; otherwise the nearest one before it in the
    same sentence, then the nearest after it in the same sentence. ``text`` (the document's parsed
    :class:`Sentences`, or its text for the punctuation rule) finds sentence ends; without it, "same
    sentence" is approximated by ``DATE_WINDOW_CHARS``.
    ``times`` may be a :class:`DatedTimes`, built once for many spans of a document.
    """
    index = times if isinstance(times, DatedTimes) else DatedTimes(times)
    inside = index.inside(start, end)
    if inside is not None:
        return inside.value

    sentences = Sentences(text) if isinstance(text, str) else text

    def same_sentence(a: int, b: int) -> bool:
        if sentences is None:
            return b - a <= DATE_WINDOW_CHARS
        return sentences.same(a, b) if a <= b else True

    # the nearest time before the span, then after it; a farther one is in the same sentence only if the
    # nearest is, so one test each (per-time tests made a long document cost the square of its length)
    nearest_before, nearest_after = index.before(start), index.after(end)
    if nearest_before is not None and same_sentence(nearest_before.end, start):
        return nearest_before.value
    if nearest_after is not None and same_sentence(end, nearest_after.start):
        return nearest_after.value
    return None
