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

Body paragraphs are the ground truth's lines; a paragraph counts as kept when it appears whole
(whitespace-normalised) in the cleaned text. Some ground-truth "body" lines are chrome themselves
(affiliate buttons, vote counters, "___" separators, trailing tweets): 100% is not the goal.
"""
from __future__ import annotations

import argparse
import json
import random
import time
from pathlib import Path

from newsweave.documents.textclean import clean_text

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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the article-extraction-benchmark folder")
    ap.add_argument("--show", type=int, default=0, help="list this many dropped body paragraphs")
    args = ap.parse_args()
    pages = wrapped_pages(args.data)
    kept = total = chrome_left = chrome_total = titles = 0
    dropped: list[str] = []
    start = time.process_time()
    results = [clean_text(page) for page, *_ in pages]
    seconds = time.process_time() - start
    for (page, title, paragraphs, chrome), cleaned in zip(pages, results):
        text = _norm(cleaned.text)
        for p in paragraphs:
            total += 1
            if _norm(p) in text:
                kept += 1
            else:
                dropped.append(p)
        chrome_total += len(chrome)
        chrome_left += sum(1 for line in chrome if _norm(line) in text)
        titles += cleaned.title == title
    mb = sum(len(page.encode("utf-8")) for page, *_ in pages) / 1e6
    print(f"{len(pages)} pages, {mb:.2f} MB, cleaned in {seconds:.2f} CPU s")
    print(f"body paragraphs kept  {kept}/{total} = {kept / total:.4f}")
    print(f"chrome lines left     {chrome_left}/{chrome_total}")
    print(f"titles recovered      {titles}/{len(pages)}")
    for p in dropped[:args.show]:
        print("  dropped:", p[:120])


if __name__ == "__main__":
    main()
