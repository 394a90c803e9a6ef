#!/usr/bin/env python3
"""Derive the word 3-grams common to unrelated news texts, which the copy channels' wording measures do not count as
shared (issue 14, copy37; ``newsweave.consolidate.wording.common_trigrams``).

Two independent reports of one event share many 3-grams that any two news texts share ("the end of", "on social
media", "in the coming", "declined to comment"): sharing them says nothing about one copying the other. Which ones are
common is a document frequency, read here from a reference corpus of **unrelated** news pages, never from the real
corpus's dev or blind texts (its pairs are what the measures are calibrated and scored on):

- the ground-truth article bodies (``articleBody``) of the 181 pages of Scrapinghub's article-extraction-benchmark
  (``../shared/data/article-extraction-benchmark/ground-truth.json``, MIT licence, copyright (c) 2020 Scrapinghub;
  news and magazine pages of 2019-2020 from 126 sites, one story each).

A 3-gram is tokenised as the wording measures tokenise it (``wording.WORD`` over NFKC text, casefolded, quotes
included: the wording measure counts them), holds a word outside spaCy's stop list and is not a news-writing
formula of ``stock_phrases.tsv`` (those are left out already). It is kept when it occurs in the bodies of at least
``--min-sites`` different sites (registered host of the page's URL): one site's own boilerplate, or two pages of one
site on one story, does not make a phrase common.

    PYTHONPATH=src .venv/bin/python scripts/derive_common_trigrams.py            # writes the data file
    PYTHONPATH=src .venv/bin/python scripts/derive_common_trigrams.py --min-sites 2 --out /tmp/x.tsv
"""
from __future__ import annotations

import argparse
import json
import unicodedata
from collections import defaultdict
from pathlib import Path
from urllib.parse import urlparse

from newsweave.consolidate.stopwords import stock_trigrams, stop_words
from newsweave.consolidate.wording import WORD

ROOT = Path(__file__).resolve().parent.parent
SOURCE = "article-extraction-benchmark ground truth (Scrapinghub, MIT)"


def trigrams(text: str) -> set[tuple[str, str, str]]:
    stop, stock = stop_words(), stock_trigrams()
    words = [w.casefold() for w in WORD.findall(unicodedata.normalize("NFKC", text.replace("’", "'")))]
    return {g for g in zip(words, words[1:], words[2:]) if g not in stock and not all(w in stop for w in g)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path,
                    default=ROOT.parent / "shared" / "data" / "article-extraction-benchmark" / "ground-truth.json")
    ap.add_argument("--min-sites", type=int, default=2)
    ap.add_argument("--out", type=Path, default=ROOT / "src" / "newsweave" / "data" / "crossdoc" / "common_trigrams.tsv")
    args = ap.parse_args()
    pages = json.loads(args.corpus.read_text(encoding="utf-8"))
    docs, sites = defaultdict(int), defaultdict(set)
    hosts = set()
    for page in pages.values():
        host = urlparse(page["url"]).netloc.casefold().removeprefix("www.")
        hosts.add(host)
        for g in trigrams(page["articleBody"]):
            docs[g] += 1
            sites[g].add(host)
    kept = sorted((g for g in docs if len(sites[g]) >= args.min_sites), key=lambda g: (-len(sites[g]), -docs[g], g))
    lines = [
        "# Word 3-grams common to unrelated news texts: the copy channels' wording measures (wording, own, text) do not",
        "# count them as shared (newsweave.consolidate.wording.common_trigrams, issue 14, copy37). Derived by",
        "# scripts/derive_common_trigrams.py from the article bodies of the 181 ground-truth pages of Scrapinghub's",
        "# article-extraction-benchmark (MIT licence, (c) 2020 Scrapinghub; " + f"{len(pages)} pages, {len(hosts)} sites),",
        f"# kept when found on at least {args.min_sites} different sites. Do not edit by hand: rerun the script.",
        "# trigram\tdocuments\tsites\tsource",
    ]
    lines += [f"{' '.join(g)}\t{docs[g]}\t{len(sites[g])}\t{SOURCE}" for g in kept]
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(kept)} 3-grams on >= {args.min_sites} of {len(hosts)} sites -> {args.out}")


if __name__ == "__main__":
    main()
