"""The line classifier's shape of a line (``textclean.lineclass``; docs/performance.md "Text corpus,
twenty-eighth round"): computed once per line text, and each pattern searched only on lines holding a character all
its matches hold: the same features and probabilities as searching every pattern on every line, on invented lines."""
import pytest

from newsweave.documents.textclean import lineclass as lc

LINES = [
    "Photo: Jane Roe / Harbour Wire",
    "The council voted on Tuesday to close the old ferry pier, which it said had become unsafe after the storm.",
    "Posted 10:45 am, May 6",
    "Follow us @harbourdesk or write to desk@harbour.example.org",
    "Read more at www.harbour-news.com/ferries",
    "https://example.net/a/b",
    "© 2024 Harbour Media | All rights reserved",
    "(Reuters/Jane Roe)",
    "HARBOUR/Ferry talks resume",
    "2024-05-06",
    "Tuesday 6 May",
    "A quiet line with no digits, no at sign and no slash",
    "Weather ١٢:٣٠ بعد الظهر",  # Arabic-Indic digits are digits too
    "Price 12pm",
    "",
    "   ",
    "- a bullet line",
    "Courtesy photos | file",
]


def _searched(t):
    """The features whose patterns the shape now guards, searched on every line."""
    t = t.strip()
    return {"time_shape": float(bool(lc._TIME.search(t))), "date_shape": float(bool(lc._DATE.search(t))),
            "credit_shape": float(bool(lc._CREDIT_SHAPE.search(t))), "has_email": float(bool(lc._EMAIL.search(t))),
            "has_handle": float(bool(lc._HANDLE.search(t))),
            "link_share": sum(len(m.group()) for m in lc._URL.finditer(t)) / max(1, len(t.replace(" ", ""))),
            "digit_share": sum(c.isdigit() for c in t) / max(1, len(t.replace(" ", "")))}


@pytest.mark.parametrize("line", LINES)
def test_guarded_features_are_those_of_the_plain_search(line):
    shape = lc._line_shape(line)
    for name, value in _searched(line).items():
        assert shape[name] == value, name


def test_the_features_find_what_the_lines_hold():
    assert lc._line_shape(LINES[0])["credit_shape"] == 1.0
    assert lc._line_shape(LINES[2])["time_shape"] == 1.0 and lc._line_shape(LINES[2])["date_shape"] == 1.0
    assert lc._line_shape(LINES[3])["has_email"] == 1.0 and lc._line_shape(LINES[3])["has_handle"] == 1.0
    assert lc._line_shape(LINES[4])["link_share"] > 0.5
    assert lc._line_shape(LINES[11])["credit_shape"] == lc._line_shape(LINES[11])["time_shape"] == 0.0


def test_a_line_shape_is_computed_once_and_is_the_same_shape():
    lc._SHAPES.clear()
    first = lc._shape(LINES[1])
    assert lc._shape(LINES[1]) is first and first == lc._line_shape(LINES[1])
    lc._SHAPES.clear()
    assert lc._shape(LINES[1]) == first


def test_probabilities_and_drops_do_not_depend_on_what_was_seen_before(monkeypatch):
    texts = LINES + LINES[:5]  # repeated lines on one page
    pieces = list(range(len(texts)))
    lc._SHAPES.clear()
    warm_before = lc.chrome_probabilities(texts, unit_of=pieces)
    warm = lc.chrome_probabilities(texts, unit_of=pieces)
    drops = lc.classifier_drops(texts, warm, 0.5)
    monkeypatch.setattr(lc, "_SHAPES_MAX", 1)  # the cache emptied before every line
    cold = lc.chrome_probabilities(texts, unit_of=pieces)
    assert cold == warm == warm_before
    assert lc.classifier_drops(texts, cold, 0.5) == drops
