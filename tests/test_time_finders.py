"""The time patterns tried only where their finders allow a match to start (``time._find_spans``) find exactly
what searching each pattern over the whole text finds (the code before), on invented text."""
import bisect
import re
import sys

from newsweave.extract import time as T
from newsweave.fold import fold


def _scan_spans(text):
    """The search it replaces: every runnable pattern's ``finditer`` over the whole text."""
    taken, starts, reach = [], [], 0
    for kind, rx in T._runnable(text):
        for m in rx.finditer(text):
            s, e = m.span()
            if kind in ("rel_weekday", "rel_month"):
                lead = T._STRIP_LEAD.match(m.group(0))
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


SENTENCES = [
    "The council met on Tuesday, March 4, 2025 and again on 5 March 2025; its report is due in early April.",
    "By the end of June the mill had closed. Three weeks ago the owners said next month would decide it.",
    "ON\n\nFRIDAY the ferry left; last  night it came back. Since   September the fares rose 12%.",
    "A bulletin dated 2024-11-03 cites the 1999 flood, resolution 1718 and 2000 volunteers from the valley.",
    "She remarked that the decision in Decatur came a year ago, not in mid-2023 or late 2022.",
    "Yesterday, today and tomorrow; this morning and this evening; earlier this week and later this year.",
    "the beginning of February 2021 and the middle of Oct. 2020, on 3rd of Nov, 2019, and Sept. 30.",
    "Price: x-2020, a1999, 2021-style, $1900 and 1,999 units by Monday; coming Sunday or last Wed.",
    "Un ſeptember night the Kelvin-sign \u212aiosk and the dotless \u0131 in Frıday, İn June, ſunday.",
    "Numbers in other scripts: \u0663 days ago, \u0661\u0669\u0669\u0669 and 12 december 2018 in the Africa report.",
    "from january until march, during May, in july of 2016, by Aug 2015, until next decade.",
    "",
    "2025",
    "on Friday",
]


def test_the_finders_find_what_the_whole_text_search_finds():
    texts = []
    for s in SENTENCES:
        texts += [s, s.upper(), s.lower(), s.swapcase(), s.replace(" ", "\n"), " ".join(SENTENCES)]
    for t in texts:
        assert T._find_spans(t) == _scan_spans(t), t


def test_the_folded_text_keeps_every_position_a_pattern_letter_space_or_digit_can_match():
    """Over every code point: a character an ASCII letter matches under re.IGNORECASE folds to that letter and is
    a word character (so a finder's hit never hides a word start); white space and digits fold to themselves."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    assert len(fold(every)) == len(every)
    for letter in letters:
        for ch in re.findall(letter, every, re.IGNORECASE):
            assert fold(ch) == letter and re.fullmatch(r"\w", ch), (letter, ch)
    for ch in re.findall(r"[\s\d]", every):
        assert fold(ch) == ch
    # and nothing else folds to an ASCII letter without being a word character
    for ch, low in zip(every, fold(every)):
        if low in letters:
            assert re.fullmatch(r"\w", ch), ch
