"""What copy detection (:mod:`newsweave.consolidate.copies`) proposes and accepts: its thresholds, each with
what it was calibrated on, in one table a reader tuning the stage reads without the code around it.

The near-duplicate bar itself is a user setting (``copy_threshold`` in ``data/settings.toml``); the
fact-sequence bars sit with their one function in :mod:`newsweave.consolidate.factseq`. Changing any of
these changes what is stored: run ``newsweave consolidate --full`` afterwards.
"""

# -- candidates: the LSH indexes ---------------------------------------------------------------------
# LSH recall thresholds: below the acceptance thresholds, so pairs near the bar are still
# proposed and then judged on their own estimate (calibrated on tests/corpus/copies)
NEAR_LSH_THRESHOLD = 0.3
# anchor index: 32 bands of 4 rows. A pair sharing half its anchors is proposed with p = 0.87,
# 0.65 (the least of our rewrites) with p = 0.99; 0.15 (texts on the same topic) with p = 0.016.
# A lower threshold multiplies false candidates as the corpus grows (benchmarks/copies.py)
ANCHOR_LSH_BANDS = (32, 4)
# the (bands, rows) datasketch chooses for NEAR_LSH_THRESHOLD with equal weights, written out: it works
# them out by integrating its error curves for every choice, a twentieth of a second per index built
# (tests/test_copies.py checks they are still its choice)
NEAR_LSH_BANDS = (37, 3)

# -- near-duplicates: confirmed outside the quotes ---------------------------------------------------
# A near-duplicate candidate (word-shingle containment >= copy_threshold) is a copy only when the shorter
# text's narrative (word 5-shingles outside quoted passages, :mod:`.narrative`) lies mostly in the other's:
# an independent brief made of one official's quotes reaches the containment bar on the quotes alone
# (issue 14). Calibrated below on tests/corpus/copies and the real sets (benchmarks/copies_real.py).
NEAR_NARRATIVE_MIN = 0.5
# fewer narrative shingles than this cannot be read; such a text (quotes and their attributions) joins
# only when nearly all of it is inside the other. A candidate that nearly all is (estimate >= 0.9) joins
# with no text read: quotes that dominate it would leave it too little narrative to read anyway, and
# profiling every verbatim repost cost benchmarks/copies.py ~7 KB a document
NEAR_NARRATIVE_MIN_SHINGLES = 8
NEAR_VERBATIM_MIN = 0.9

# -- rewrites: anchor sentences aligned in order ----------------------------------------------------
# a rewrite: share of each text's anchor sentences aligned in order with the other. In
# tests/corpus/copies spun and hand-rewritten copies align >= 0.62 of the shorter and >= 0.57 of
# the longer text; independent reports of the same briefing align up to 0.75 of the shorter but
# at most 0.43 of the longer one. Spun excerpts are let through on their skeleton instead:
# synonym-swapped sentences keep >= 0.88 of their function words, other pairs <= 0.83.
REWRITE_MIN_SHORT = 0.6
REWRITE_MIN_LONG = 0.5
SPUN_MIN_SKELETON = 0.88
# ...and both the aligned sentences' skeletons and the two texts' whole anchor sets must agree this
# much: hand rewrites keep >= 0.61 / >= 0.55, independent same-event reports pass one bar, never both
# (0.15 skeleton for a pair aligning 0.6/0.6; 0.32 anchor Jaccard for a pair aligning 0.6/0.5)
REWRITE_MIN_SKELETON = 0.5
REWRITE_MIN_ANCHOR_JACCARD = 0.5
REWRITE_MIN_SENTENCES = 3
# ...and an alignment of no more sentences than this is thin: three sentences stating an event's generic facts
# (who, where, the year; the campaign; the next court date) line up in a story's natural order in any two reports
# of it, and means over so few sentences pass the bars above by chance. A thin alignment joins on the human path
# only when its aligned sentences are worded like a rewrite's, at the least skeleton of tests/corpus/copies' hand
# rewrites (0.61): an AP verdict story and an independent US report aligned 3 sentences on the defendant, the city
# and the sentencing date at skeleton 0.52 (calibration c74~c78, issue 14, copy58); the one thin human-path rewrite
# of dev, an AP election story and its rewrite, keeps 0.85
REWRITE_THIN_SENTENCES = 3
REWRITE_MIN_SKELETON_THIN = 0.6
# two sentences align when their anchor sets overlap this much (Jaccard)
SENTENCE_MIN_OVERLAP = 0.5
# rewrite candidates go to sentence alignment only when their anchor sets agree this much
# (estimated Jaccard): rewrites in tests/corpus/copies and the holdout spun pair share >= 0.5 of
# their anchors. LSH proposes pairs below its threshold too; frequent names (North Korea,
# Russia) would make those grow with the square of the corpus, each costing an alignment.
ANCHOR_MIN_JACCARD = 0.4
SENTENCE_MIN_ANCHORS = 2

# -- containment: condensed copies and fact-sequence rewrites --------------------------------------
# Containment candidates (condensed copies, fact-sequence rewrites). A short text inside a long one
# has a low Jaccard similarity, so a banded index that proposes it also proposes most pairs of texts on
# one topic: datasketch's MinHashLSHEnsemble (containment 0.3, 8 partitions) used single-row bands and
# proposed 29 million anchor pairs among 10,000 synthetic documents (0.58 of all pairs; 81 s, 5.2 GB).
# Here two documents are candidates when their word-shingle or anchor signatures take the same value
# in one slot (they share the element minimising that permutation: what a single-row band proposes,
# so a superset of the ensemble's candidates), unless more than SLOT_MAX_SHARED documents take that
# value: a frequent element (a country's name, a round number, page chrome) says nothing of copying.
# Our corpora have <= 61 texts, so there the cap never applies. With planted excerpts (benchmarks/copies.py
# --excerpts) every excerpt missed at 50,000 documents had been proposed; at 100,000 about 6 in 900 spun
# excerpts are lost to the cap; 128 would keep most of them but doubles this step's cost. Candidates
# are kept when the containment estimated from their signatures (Jaccard and set sizes) reaches
# CONTAINED_MIN_ESTIMATE (words) or ANCHORS_MIN_ESTIMATE (anchors), before any text is read.
SLOT_MAX_SHARED = 64
CONTAINED_MIN_ESTIMATE = 0.5
# rewrites on dev keep >= 0.49 of the shorter text's anchors in the other (estimated with noise)
ANCHORS_MIN_ESTIMATE = 0.4
# condensed: share of the shorter text's sentences (of at least SENTENCE_KEY_MIN_WORDS words) found
# word for word in the longer one, and at least CONDENSED_MIN_SENTENCES of them
CONDENSED_MIN_SHARE = 0.6
CONDENSED_MIN_SENTENCES = 3
SENTENCE_KEY_MIN_WORDS = 6
