"""Copy detection at scale: synthetic corpora of 10k, 50k and 100k documents.

Each size runs in its own process (so peak RSS is that size's own), through the same code as
``newsweave.consolidate``: sign every document, query then insert it in the LSH indexes,
verify candidates, group the pairs into stories. Reports wall time, time per 1,000 documents
relative to the smallest run (1.0 = perfectly linear), peak RSS, and the pair precision and
recall against the planted copies.

    .venv/bin/python benchmarks/copies.py                 # 10000 50000 100000
    .venv/bin/python benchmarks/copies.py --sizes 2000 4000
    .venv/bin/python benchmarks/copies.py --sizes 50000 --excerpts   # recall of the containment channels

Synthetic documents: 12-18 sentences of 10-20 words drawn from a Zipf-shaped vocabulary, with
two or three names (from a Zipf-shaped pool of 20,000) and a number per sentence, so both the
word-shingle and the anchor indexes see realistic frequent tokens. 10% of the documents are
planted copies of earlier ones: exact reposts, chrome-wrapped reposts, light edits (a
sentence dropped and one added) and spun rewrites (40% of ordinary words swapped). With
``--excerpts``, about one document in 50 more is an excerpt of an original: 3-4 of its sentences
word for word, or 4-6 with half their ordinary words swapped (what the ``condensed`` and
``fact-sequence`` channels are for); their recall is reported per kind.
"""
from __future__ import annotations

import argparse
import itertools
import json
import random
import resource
import subprocess
import sys
import time

VOCABULARY = 30_000
NAMES = 20_000
COPY_SHARE = 0.10


def _zipf_weights(n: int) -> list[float]:
    return [1.0 / (i + 1) for i in range(n)]


def _letters(i: int) -> str:
    """A made-up lower-case word for index i (no digits, so numbers stay the only numbers)."""
    out = ""
    i += 26 * 27  # at least three letters
    while i:
        i, r = divmod(i, 26)
        out += "bcdfghjklmnpqrstvwxzaeiouy"[r]
    return out


def synthetic_corpus(n: int, seed: int = 7) -> tuple[list[tuple[str, str, str]], dict[str, str]]:
    """(doc id, text, published) for n documents, and the planted copy -> source map."""
    rng = random.Random(seed)
    words = [_letters(i) for i in range(VOCABULARY)]
    names = [_letters(i).capitalize() + "ov" for i in range(NAMES)]
    w_cum = list(itertools.accumulate(_zipf_weights(VOCABULARY)))
    n_cum = list(itertools.accumulate(_zipf_weights(NAMES)))

    def sentence() -> list[str]:
        body = rng.choices(words, cum_weights=w_cum, k=rng.randint(10, 20))
        for name in rng.choices(names, cum_weights=n_cum, k=rng.randint(2, 3)):
            body.insert(rng.randrange(1, len(body)), name)
        if rng.random() < 0.5:
            body.insert(rng.randrange(1, len(body)), f"{rng.randint(2, 99) * 100:,}")
        return ["The"] + body

    def spin(s: list[str]) -> list[str]:
        return [rng.choice(words) if t.islower() and rng.random() < 0.4 else t for t in s]

    docs: list[tuple[str, str, str]] = []
    sentences_of: list[list[list[str]]] = []
    planted: dict[str, str] = {}
    for i in range(n):
        doc_id = f"doc{i:07d}"
        published = f"2024-{1 + i * 12 // n:02d}-{1 + i % 28:02d}"
        if i > 10 and rng.random() < COPY_SHARE:
            j = rng.randrange(i)
            src = sentences_of[j]
            kind = rng.choice(("exact", "chrome", "light", "spun"))
            if kind == "exact":
                sents = src
            elif kind == "chrome":
                sents = [["Home", "World", "Business", "Share"]] + src + [["Related", "stories", "Subscribe", "now"]]
            elif kind == "light":
                drop = rng.randrange(len(src))
                sents = src[:drop] + src[drop + 1:] + [sentence()]
            else:
                sents = [spin(s) for s in src]
            planted[doc_id] = docs[j][0]
        else:
            sents = [sentence() for _ in range(rng.randint(12, 18))]
        sentences_of.append(sents)
        docs.append((doc_id, " ".join(" ".join(s) + "." for s in sents), published))
    return docs, planted


def plant_excerpts(docs: list[tuple[str, str, str]], planted: dict[str, str], seed: int = 11) -> dict[str, str]:
    """Append excerpts of originals to ``docs`` (and ``planted``); returns excerpt id -> kind."""
    rng = random.Random(seed)
    vocabulary = sorted({w for _d, t, _p in docs[:200] for w in t.split() if w.islower()})
    kinds = {}
    for k in range(max(20, len(docs) // 50)):
        j = rng.randrange(len(docs))
        if docs[j][0] in planted:
            continue
        sents = [s.rstrip(".") for s in docs[j][1].split(". ")]
        kind = rng.choice(("excerpt", "spun-excerpt"))
        size = rng.randint(3, 4) if kind == "excerpt" else rng.randint(4, 6)
        if len(sents) <= size + 1:
            continue
        i = rng.randrange(0, len(sents) - size)
        part = [s.split() for s in sents[i:i + size]]
        if kind == "spun-excerpt":
            part = [[rng.choice(vocabulary) if t.islower() and rng.random() < 0.5 else t for t in s] for s in part]
        doc_id = f"x{k:06d}"
        docs.append((doc_id, " ".join(" ".join(s) + "." for s in part), "2025-01-01"))
        planted[doc_id] = docs[j][0]
        kinds[doc_id] = kind
    return kinds


def run_size(n: int, excerpts: bool = False) -> dict:
    from newsweave.consolidate.copies import CopyIndex, detect, profile, sign
    from newsweave.consolidate.stories import group

    docs, planted = synthetic_corpus(n)
    kinds = plant_excerpts(docs, planted) if excerpts else {}
    texts = {d: t for d, t, _p in docs}
    t0 = time.perf_counter()
    sigs = {}
    for doc_id, text, published in docs:
        sigs[doc_id] = sign(doc_id, text, published)
    t_sign = time.perf_counter() - t0
    cache: dict[str, list] = {}

    def sentences_of(doc_id: str) -> list:
        if doc_id not in cache:
            if len(cache) > 20_000:
                cache.clear()
            cache[doc_id] = profile(texts[doc_id])
        return cache[doc_id]

    pairs = detect(sigs.values(), CopyIndex(), sentences_of)
    stories, copies = group(sigs, pairs, profile_of=sentences_of)  # weak bridges checked as the store does
    elapsed = time.perf_counter() - t0
    # pairs of documents in one story, against pairs of documents sharing a planted source chain
    def root(d):
        while d in planted:
            d = planted[d]
        return d
    gold_groups: dict[str, list[str]] = {}
    for d in texts:
        gold_groups.setdefault(root(d), []).append(d)
    gold = {frozenset(p) for g in gold_groups.values() for p in itertools.combinations(sorted(g), 2)}
    found_groups: dict[str, list[str]] = {}
    for s in stories:
        found_groups.setdefault(s.story, []).append(s.doc)
    found = {frozenset(p) for g in found_groups.values() for p in itertools.combinations(sorted(g), 2)}
    tp = len(found & gold)
    story = {s.doc: s.story for s in stories}
    excerpt_recall = {kind: f"{sum(1 for d, k in kinds.items() if k == kind and story[d] == story[planted[d]])}"
                            f" / {sum(1 for k in kinds.values() if k == kind)}" for kind in sorted(set(kinds.values()))}
    return {"documents": n, "seconds": round(elapsed, 1), "sign_seconds": round(t_sign, 1),
            "copy_pairs": len(pairs), "copies": len(copies),
            "precision": round(tp / max(1, len(found)), 4), "recall": round(tp / max(1, len(gold)), 4),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
            **({"excerpts_found": excerpt_recall} if excerpts else {})}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 50_000, 100_000])
    parser.add_argument("--excerpts", action="store_true", help="also plant excerpts (about 1 in 50 documents)")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_size(args.one, args.excerpts)))
        return
    results = []
    for n in args.sizes:
        out = subprocess.run([sys.executable, __file__, "--one", str(n)] + (["--excerpts"] if args.excerpts else []),
                             capture_output=True, text=True, check=True)
        results.append(json.loads(out.stdout.strip().splitlines()[-1]))
    base = results[0]["seconds"] / results[0]["documents"]
    print(f"{'documents':>10} {'seconds':>8} {'sign s':>7} {'vs linear':>9} {'peak RSS MB':>11} {'P':>6} {'R':>6}")
    for r in results:
        r["per_doc_vs_smallest"] = round(r["seconds"] / r["documents"] / base, 2)
        print(f"{r['documents']:>10} {r['seconds']:>8} {r['sign_seconds']:>7} {r['per_doc_vs_smallest']:>9} "
              f"{r['peak_rss_mb']:>11} {r['precision']:>6} {r['recall']:>6}"
              + (f"  excerpts found: {r['excerpts_found']}" if args.excerpts else ""))
    print(json.dumps(results), file=sys.stderr)


if __name__ == "__main__":
    main()
