"""The plain-text chrome cleaner on real article bodies wrapped in invented page chrome.

The extraction benchmark's ground truth gives 181 real article bodies (many languages, many
layouts: lists, tables, sports results, recipes). Each is wrapped in a head (site name, navigation,
a title, a byline or date-ish line) and a tail (footers, a teaser list, share rows) drawn at random
from invented chrome lines, then cleaned as a copied ``.txt`` page would be. The chrome lines are
invented here and overlap with the cue table, so "chrome left" is a smoke test; the telling
figures are the body paragraphs kept (the cleaner must not eat article text it has never seen) and
the titles found.

    .venv/bin/python benchmarks/textclean.py              # ../shared/data/article-extraction-benchmark
    .venv/bin/python benchmarks/textclean.py --show 20    # also list body paragraphs that were dropped
    .venv/bin/python benchmarks/textclean.py --rank 10    # rank the rules (and cue rows) that dropped them

Each dropped paragraph is attributed to what dropped it: the innermost cleaning function that marked
its unit dropped, the first of ``LINE_RULES``/``HEAD_RULES`` that held for a line, and the cue row
(kind: pattern) the unit matched; "altered" when its unit stayed but its text changed.

Body paragraphs are the ground truth's lines; a paragraph counts as kept when it appears whole
(whitespace-normalised) in the cleaned text. Some ground-truth "body" lines are chrome themselves
(affiliate buttons, vote counters, "___" separators, trailing tweets): 100% is not the goal.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter
from pathlib import Path

from newsweave.documents.textclean import all_cues, body, clean, clean_text, head
from newsweave.documents.textclean.units import cue_text_of

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "article-extraction-benchmark"

SITES = ["The Lakeside Gazette", "NORTHERN LIGHTS DAILY", "Policy Review Online", "Fjord Business Weekly"]
NAVIGATION = ["Home | News | Sport | Culture | Opinion", "World > Europe > Nordics", "Menu\nSearch\nSign in",
              "Topics | Reports | Events | About | Donate"]
UNDER_TITLE = ["By Hanna Lund", "by staffwriter9", "Lakeside Gazette staff", "Posted 3 hours ago",
               "Published 12 March 2024", "Issue #12 · 7 min read", "Updated 20 mins ago"]
TAIL = ["Share this: Facebook | X | Email", "Sign up for our daily newsletter", "Leave a comment | Share | Like",
        "About the author: Hanna Lund writes about regional economics and energy for the paper.",
        "Our Standards: The Gazette Editorial Principles.", "© 2024 Lakeside Media. All rights reserved.",
        "Most read\n1. Ten lakes to visit this summer\n2. Why the ferry is late again\n3. Council votes on budget",
        "The Lakeside Letter is reader-funded. Forward this email to a colleague | Unsubscribe",
        "Tags: economy, energy, region", "Newsletter: Get the Morning Brief, free, every weekday."]
TITLE_WORDS = "harbour council budget energy prices rise lake region ferry winter plan vote schools".split()
TAIL_LINES_PER_PAGE = 3


def _norm(text: str) -> str:
    return " ".join(text.split())


def wrapped_pages(data: Path, seed: int = 7) -> list[tuple[str, str, list[str], list[str]]]:
    """(page, title, body paragraphs, chrome lines) for every ground-truth article."""
    truth = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
    rng = random.Random(seed)
    pages = []
    for key in sorted(truth):
        paragraphs = [p.strip() for p in truth[key]["articleBody"].split("\n") if p.strip()]
        title = " ".join(rng.sample(TITLE_WORDS, 6)).capitalize() + rng.choice(["", "."])
        head = [rng.choice(SITES), rng.choice(NAVIGATION), title, rng.choice(UNDER_TITLE)]
        tail = rng.sample(TAIL, TAIL_LINES_PER_PAGE)
        page = "\n".join(head) + "\n\n" + "\n\n".join(paragraphs) + "\n\n" + "\n".join(tail)
        chrome = [ln for block in head[:2] + head[3:] + tail for ln in block.split("\n")]
        pages.append((page, title, paragraphs, chrome))
    return pages


# -- attribution: which rule dropped a unit ----------------------------------------------------------

_TEXTCLEAN_DIR = str(Path(clean.__file__).parent)
_DISPATCHERS = {"drop_body_lines": body.LINE_RULES, "read_head_lines": head.HEAD_RULES}


class _TracedDrops(list):
    """``Page.drop`` that notes, for each unit marked dropped, the cleaning function that marked it."""

    def __init__(self, values, page):
        super().__init__(values)
        self.page, self.why, self.busy = page, {}, False

    def __setitem__(self, i, value):
        if value and not self[i] and not self.busy:
            self.why[i] = self._dropper(i)
        super().__setitem__(i, value)

    def _dropper(self, i: int) -> str:
        frame = sys._getframe(2)
        while frame is not None and not frame.f_code.co_filename.startswith(_TEXTCLEAN_DIR):
            frame = frame.f_back
        name = frame.f_code.co_name if frame is not None else "?"
        if name in _DISPATCHERS:  # the rule returned before the dispatcher dropped: ask the rules again
            self.busy = True
            try:
                name = next((r.__name__ for r in _DISPATCHERS[name] if self.page.on(r) and r(self.page, i)), name)
            finally:
                self.busy = False
        return name


_PAGES: list = []
_read_page = clean.read_page


def _traced_read_page(*args, **kwargs):
    page = _read_page(*args, **kwargs)
    page.drop = _TracedDrops(page.drop, page)
    _PAGES.append(page)
    return page


def cue_row(text: str) -> str:
    """The first cue row (kind: pattern) the line matches, or ''."""
    cue = cue_text_of(text)
    for c in all_cues():
        m = {"line": c.pattern.fullmatch, "start": c.pattern.match}.get(c.scope, c.pattern.search)(cue)
        if m:
            return f"{c.kind}: {c.pattern.pattern[:50]}"
    return ""


def attribute(page, paragraph: str) -> str:
    """What dropped ``paragraph``: the rule that dropped a unit overlapping it, with its cue row."""
    norm = _norm(paragraph)
    for i, u in enumerate(page.units):
        t = _norm(u.text)
        if t and (t in norm or norm in t) and page.drop[i]:
            rule = page.drop.why.get(i, "?")
            row = cue_row(u.text)
            return f"{rule} [{row}]" if row else rule
    return "altered"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the article-extraction-benchmark folder")
    ap.add_argument("--show", type=int, default=0, help="list this many dropped body paragraphs")
    ap.add_argument("--rank", type=int, default=0, help="rank this many rules by the body paragraphs they dropped")
    args = ap.parse_args()
    pages = wrapped_pages(args.data)
    kept = total = chrome_left = chrome_total = titles = 0
    dropped: list[tuple[str, str]] = []
    start = time.process_time()
    results = [clean_text(page) for page, *_ in pages]
    seconds = time.process_time() - start
    traced = []
    if args.show or args.rank:  # clean again, tracing which rule drops each unit
        clean.read_page = _traced_read_page
        try:
            for page, *_ in pages:
                clean_text(page)
        finally:
            clean.read_page = _read_page
        traced = list(_PAGES)
    for n, ((page, title, paragraphs, chrome), cleaned) in enumerate(zip(pages, results)):
        text = _norm(cleaned.text)
        for p in paragraphs:
            total += 1
            if _norm(p) in text:
                kept += 1
            else:
                dropped.append((p, attribute(traced[n], p) if traced else ""))
        chrome_total += len(chrome)
        chrome_left += sum(1 for line in chrome if _norm(line) in text)
        titles += cleaned.title == title
    mb = sum(len(page.encode("utf-8")) for page, *_ in pages) / 1e6
    print(f"{len(pages)} pages, {mb:.2f} MB, cleaned in {seconds:.2f} CPU s")
    print(f"body paragraphs kept  {kept}/{total} = {kept / total:.4f}")
    print(f"chrome lines left     {chrome_left}/{chrome_total}")
    print(f"titles recovered      {titles}/{len(pages)}")
    # the learned line classifier (the line_classifier setting, on by default for copied text) on top of the rules
    with_model = [clean_text(page, line_classifier=True) for page, *_ in pages]
    kept_model = sum(_norm(p) in _norm(c.text) for (page, title, paragraphs, chrome), c in zip(pages, with_model)
                     for p in paragraphs)
    left_model = sum(_norm(line) in _norm(c.text) for (page, title, paragraphs, chrome), c in zip(pages, with_model)
                     for line in chrome)
    print(f"with the line classifier: body paragraphs kept {kept_model}/{total} = {kept_model / total:.4f}, "
          f"chrome lines left {left_model}/{chrome_total}")
    for p, why in dropped[:args.show]:
        print(f"  dropped by {why}: {p[:120]}")
    if args.rank:
        print("rules by body paragraphs dropped:")
        for why, count in Counter(why for _, why in dropped).most_common(args.rank):
            print(f"  {count:4d}  {why}")


if __name__ == "__main__":
    main()
