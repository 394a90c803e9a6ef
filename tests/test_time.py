"""Time expressions: the resolver on a fixed publication date, extraction from parsed text, date_for_span."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsweave.config import Options
from newsweave.extract.time import date_for_span, extract_times, resolve_date
from newsweave.model import Document, TimeExpression

# a Friday
PUBLISHED = "2024-10-25"


@pytest.mark.parametrize("expression,expected", [
    # absolute: no reference needed
    ("June 2024", "2024-06"), ("in 2022", "2022"), ("1953", "1953"), ("February 2022", "2022-02"),
    ("June 21, 2024", "2024-06-21"), ("21 June 2024", "2024-06-21"), ("2024-06-21", "2024-06-21"),
    ("Friday, June 21, 2024", "2024-06-21"), ("Jan. 5, 2024", "2024-01-05"), ("Sept 2023", "2023-09"),
    ("mid-2024", "2024"), ("late December 2023", "2023-12"), ("the 3rd of March 2022", "2022-03-03"),
    # relative: resolved against the Friday 2024-10-25
    ("on Friday", "2024-10-25"), ("Friday", "2024-10-25"), ("on Wednesday", "2024-10-23"),
    ("last Friday", "2024-10-18"), ("next Tuesday", "2024-10-29"), ("this week", "2024-10"),
    ("last week", "2024-10"), ("last month", "2024-09"), ("this month", "2024-10"), ("next month", "2024-11"),
    ("earlier this month", "2024-10"), ("in June", "2024-06"), ("last June", "2024-06"), ("next June", "2025-06"),
    ("June 21", "2024-06-21"), ("yesterday", "2024-10-24"), ("today", "2024-10-25"), ("tomorrow", "2024-10-26"),
    ("last year", "2023"), ("this year", "2024"), ("next year", "2025"), ("earlier this year", "2024"),
    ("two years ago", "2022"), ("five days ago", "2024-10-20"), ("a month ago", "2024-09"),
    ("three weeks ago", "2024-10"), ("early December", "2024-12"), ("in May", "2024-05"),
])
def test_resolve_with_publication_date(expression, expected):
    assert resolve_date(expression, PUBLISHED) == expected


@pytest.mark.parametrize("expression", [
    "on Friday", "this week", "last month", "in June", "yesterday", "last year", "earlier this month",
    "next Tuesday", "two years ago", "June 21",
])
def test_relative_without_reference_stays_unresolved(expression):
    assert resolve_date(expression, None) is None


@pytest.mark.parametrize("expression,reference,expected", [
    ("last month", "2025-01-10", "2024-12"),        # crosses a year
    ("next month", "2024-12-02", "2025-01"),
    ("in December", "2025-01-15", "2024-12"),       # nearest December is the one just gone
    ("in February", "2024-11-20", "2025-02"),       # ... and here the coming one
    ("last year", "2024", "2023"),                  # a year-only reference is enough for years
    ("on Friday", "2024-10", None),                 # but not for a weekday
    ("yesterday", "2024-03-01", "2024-02-29"),      # leap day
])
def test_resolve_edges(expression, reference, expected):
    assert resolve_date(expression, reference) == expected


def test_prefer_decides_ambiguous_weekday_and_month():
    assert resolve_date("on Monday", PUBLISHED, prefer="past") == "2024-10-21"
    assert resolve_date("on Monday", PUBLISHED, prefer="future") == "2024-10-28"
    assert resolve_date("in March", PUBLISHED, prefer="past") == "2024-03"
    assert resolve_date("in March", PUBLISHED, prefer="future") == "2025-03"


@pytest.mark.parametrize("expression", ["soldiers", "we", "may", "", "10x20", "third year", "four months"])
def test_not_dates(expression):
    assert resolve_date(expression, PUBLISHED) is None


def _doc(text, published=PUBLISHED):
    return Document(id="doc_t", source="t", title=None, author=None, site=None, published=published,
                    language="en", text=text)


def _times(nlp, text, published=PUBLISHED):
    return extract_times(_doc(text, published), nlp(text), Options())


@pytest.mark.parametrize("text,expected", [
    ("The minister arrived in Seoul on Friday.", [("Friday", "2024-10-25")]),
    ("The ministers will meet again on Monday.", [("Monday", "2024-10-28")]),
    ("Talks collapsed on Monday.", [("Monday", "2024-10-21")]),
    ("The treaty was signed in June 2024 and ratified this week.", [("June 2024", "2024-06"), ("this week", "2024-10")]),
    ("Prices rose last month and will rise again next year.", [("last month", "2024-09"), ("next year", "2025")]),
    ("Shelling resumed yesterday after a lull earlier this month.", [("yesterday", "2024-10-24"), ("earlier this month", "2024-10")]),
    ("The two armies clashed in 1950 and again on 3 March 2022.", [("1950", "1950"), ("3 March 2022", "2022-03-03")]),
    ("We may see more troops, officials say.", []),
    ("The war is in its third year and lasted four months longer than planned.", []),
    ("A total of 2000 soldiers were sent.", []),
    ("The delegation will travel next Tuesday.", [("next Tuesday", "2024-10-29")]),
    ("Last year the exports doubled.", [("Last year", "2023")]),
])
def test_extract_times(nlp, text, expected):
    got = _times(nlp, text)
    assert [(t.text, t.value) for t in got] == expected
    for t in got:
        assert text[t.start:t.end] == t.text


def test_relative_times_recorded_without_publication_date(nlp):
    text = "Troops moved on Friday, a week after the June 2024 treaty."
    got = _times(nlp, text, published=None)
    assert [(t.text, t.value, t.relative) for t in got] == [("Friday", None, True), ("June 2024", "2024-06", False)]


def _t(start, end, value):
    return TimeExpression(id=f"t{start}", doc="d", text="x", value=value, start=start, end=end)


def test_date_for_span_prefers_inside_then_before_then_after():
    text = "In 2022 the war began. On 5 May 2023 a drone hit the depot. Ships sailed, said officials in June 2024."
    span = lambda words: (text.index(words), text.index(words) + len(words))  # noqa: E731
    times = (_t(*span("2022"), "2022"), _t(*span("5 May 2023"), "2023-05-05"), _t(*span("June 2024"), "2024-06"))
    depot = text.index("a drone hit")
    assert date_for_span(times, depot, depot + 20, text) == "2023-05-05"       # before, same sentence
    assert date_for_span(times, 0, len(text), text) == "2022"                    # inside wins
    ships = text.index("Ships sailed")
    assert date_for_span(times, ships, ships + 12, text) == "2024-06"           # after, same sentence
    assert date_for_span((_t(3, 7, "2022"),), depot, depot + 5, text) is None   # other sentence
    assert date_for_span((_t(3, 7, None),), 0, 20, text) is None                # unresolved never returned


@pytest.mark.parametrize("text,expected", [
    ("Under Resolution 1718 the North may not test missiles.", []),
    ("See page 2011 of the record, published in 2011.", [("2011", "2011")]),
    ("The armistice was signed in July 1953; the war began in 1950.", [("July 1953", "1953-07"), ("1950", "1950")]),
    ("Sources at https://example.org/2024/06/story said so.", []),
])
def test_labels_and_urls_are_not_years(nlp, text, expected):
    assert [(t.text, t.value) for t in _times(nlp, text)] == expected


@pytest.mark.parametrize("text", [
    "Police searched a garage behind 2134 Caldwell Place on Monday night.",
    "The laptop ships with a GTX 1660 graphics card.",
])
def test_addresses_and_codes_are_not_years(nlp, text):
    assert not [t for t in _times(nlp, text) if re.fullmatch(r"\d{4}", t.text)]


@pytest.mark.parametrize("text,expected", [
    # published 2024-10-25: a past-tense clause takes the last such month, a future one the next
    ("The treaty was signed in March.", [("March", "2024-03")]),
    ("The parliament will vote on it in March.", [("March", "2025-03")]),
    ("The general, who retires in January, has ordered a review.", [("January", "2025-01")]),
])
def test_tense_of_the_clause_decides_month_without_year(nlp, text, expected):
    assert [(t.text, t.value) for t in _times(nlp, text)] == expected


# -- look-ups by position give what a scan of every time expression gives -------------------------------
# (the events stage asks per event mention; the scans made a long text cost the square of its length)

def _scan_date_for_span(times, start, end, text):
    """date_for_span as a scan of every expression (the definition the sorted look-ups must match)."""
    from newsweave.sentences import Sentences

    same = Sentences(text).same
    resolved = [t for t in times if t.value]
    inside = [t for t in resolved if start <= t.start and t.end <= end]
    if inside:
        return inside[0].value
    before = [t for t in resolved if t.end <= start]
    after = [t for t in resolved if t.start >= end]
    if before:
        t = max(before, key=lambda t: t.end)  # the first given among equals
        if same(t.end, start):
            return t.value
    if after:
        t = min(after, key=lambda t: t.start)
        if same(end, t.start):
            return t.value
    return None


def _scan_dated(times, start, end, text, published):
    value = _scan_date_for_span(times, start, end, text)
    if value:
        near = sorted((t for t in times if t.value == value), key=lambda t: min(abs(t.start - start), abs(t.start - end)))
        return value, "relative" if near and near[0].relative else "explicit"
    return (published, "reported") if published else (None, None)


_SENTENCES = st.lists(st.sampled_from(["Troops moved", "in June", "on Friday", "and", "the depot burned",
                                        "officials said", "2024", "."]), min_size=5, max_size=80).map(" ".join)
_TIMES = st.lists(st.tuples(st.integers(0, 400), st.integers(0, 12), st.sampled_from([None, "2024", "2024-06", "2023"]),
                            st.booleans()), max_size=40)


@settings(derandomize=True, database=None, deadline=None, max_examples=300)
@given(_SENTENCES, _TIMES, st.lists(st.tuples(st.integers(0, 420), st.integers(0, 60)), min_size=1, max_size=15))
def test_date_for_span_and_dated_over_many_times_match_a_scan_of_them_all(text, raw, spans):
    from newsweave.extract.events.dates import dated
    from newsweave.extract.time import DatedTimes

    # in no particular order, with equal starts and ends, so "the first given among equals" is tested
    times = tuple(TimeExpression(id=f"t{n}", doc="d", text="x", value=v, start=s, end=s + w, relative=rel)
                  for n, (s, w, v, rel) in enumerate(raw))
    index = DatedTimes(times)
    for s, w in spans:
        expected = _scan_date_for_span(times, s, s + w, text)
        assert date_for_span(times, s, s + w, text) == expected
        assert date_for_span(index, s, s + w, text) == expected
        assert dated(index, s, s + w, text, "2024-10-25") == _scan_dated(times, s, s + w, text, "2024-10-25")
        assert dated(times, s, s + w, text, None) == _scan_dated(times, s, s + w, text, None)


def test_the_expression_nearest_the_span_gives_the_basis_and_the_first_given_breaks_ties():
    from newsweave.extract.events.dates import dated

    text = "x" * 200

    def june(start, relative):
        return TimeExpression(id=f"t{start}", doc="d", text="June", value="2024-06", start=start, end=start + 4,
                              relative=relative)

    # the span 70-80 holds no time; the June ending at 64 dates it (same sentence); the basis comes
    # from the June whose start is nearest either end of the span: 60 (10 before 70) over 95 (15 after 80)
    assert dated((june(50, False), june(60, True), june(95, False)), 70, 80, text, None) == ("2024-06", "relative")
    # 60 and 90 both 10 away: the one given first
    assert dated((june(90, False), june(60, True)), 70, 80, text, None) == ("2024-06", "explicit")
    assert dated((june(60, True), june(90, False)), 70, 80, text, None) == ("2024-06", "relative")


_DATE_WORDS = st.lists(st.sampled_from(["on", "Friday", "June", "2024", "last", "month", "in", "May", "5", "March",
                                        "2023", "the", "war", ".", "next", "week", "yesterday", "mid-2024", "until",
                                        "since", "early", "December", "two", "years", "ago", "21"]),
                       max_size=120).map(" ".join)


@settings(derandomize=True, database=None, deadline=None, max_examples=300)
@given(_DATE_WORDS)
def test_date_patterns_keep_the_first_of_overlapping_matches_as_a_scan_does(text):
    from newsweave.extract import time as tm

    taken = []
    for kind, rx in tm._COMPILED:
        for m in rx.finditer(text):
            s, e = m.span()
            if kind in ("rel_weekday", "rel_month"):
                lead = tm._STRIP_LEAD.match(m.group(0))
                if lead and lead.group(0).strip().lower() in ("on", "in", "since", "by", "until", "from", "during"):
                    s += lead.end()
            if not any(s < te and ts < e for ts, te, _ in taken):
                taken.append((s, e, kind))
    assert tm._find_spans(text) == sorted(taken)
