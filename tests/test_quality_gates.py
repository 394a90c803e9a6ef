"""Quality gates: every in-repo evaluation corpus scored with the in-repo contract scorer.

Each corpus is run through ``newsweave extract`` once per session and scored by ``contract_scorer``
(the record contract's matching rules, kept in the repository), so these gates pass or fail in CI
whether or not ``../shared`` is present: none of them skips.

Floors sit 0.02 below the figure measured on the date noted beside them, for every row the corpus
scores, and events also have a precision floor. When a change raises a figure, raise its floor in the
same commit (measure with ``python tests/contract_scorer.py --gold DIR --pred OUT.jsonl``).
"""
from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner

from newsweave.cli import app

from conftest import ROOT
from contract_scorer import Prediction, run_gold

CORPUS = ROOT / "tests" / "corpus"

# Floors 0.02 below the figures measured on 2026-12-04 at 687cc20 (after the issue 12-19 merges).
# holdout (F1): text 1.000, metadata 1.000, entities 0.997, claims 0.984, quantities 1.000,
# events 0.677 (P 0.776), copies 1.000; events 0.682 (P 0.815) after the 2026-12-05 morning events pass;
# events 0.683 (P 0.843) at bdb579a (2026-12-05, seventh round)
HOLDOUT = {"text": 0.98, "metadata": 0.98, "entities": 0.977, "claims": 0.964, "quantities": 0.98,
           "events": 0.663, "events_precision": 0.823, "copies": 0.98}
# own blind: text 1.000, metadata 1.000, entities 1.000, claims 0.921, quantities 0.907, events 0.649 (P 0.740),
# copies 1.000; events 0.655 (P 0.755) after the party rules (wt-ev); events 0.667 (P 0.787) after the
# 2026-12-05 events work (wt-events); events 0.673 (P 0.804) after the morning's events pass; events 0.691
# (P 0.826) at bdb579a (seventh round); quantities 0.940 after the fourteenth round's quantity pass (wt-qty19d)
OWN_BLIND = {"text": 0.98, "metadata": 0.98, "entities": 0.98, "claims": 0.901, "quantities": 0.920,
             "events": 0.671, "events_precision": 0.806, "copies": 0.98}
# real dev (66 texts after the fourth rotation, 2026-12-05 night): text 1.000, metadata 0.992, entities 0.926,
# claims 0.957, quantities 0.929, events 0.559 (P 0.644), copies 1.000. 2026-12-05 morning: 17 newly drawn
# texts (r10d_*, r11d_*), the morning's merges and two rotations of 5 blind texts each: 93 texts, text 0.998,
# metadata 0.988, entities 0.933, claims 0.961, quantities 0.938, events 0.554 (P 0.661), copies 1.000
# Seventh round (bdb579a): 19 newly drawn dev texts (r12c_*, r12d_*), the round's merges and the rotation of the
# Tajik-Afghan group and r10_06 from blind: 117 texts, text 0.991, metadata 0.971, entities 0.919, claims 0.964,
# quantities 0.950, events 0.572 (P 0.645), copies 0.929 (the rotated group's rewrite, missed, now on dev)
# Eighth round (1d3fc1a): 8 more drawn dev texts (r13d_*), the round's merges and three blind singletons rotated in:
# 128 texts, text 0.990, metadata 0.969, entities 0.913, claims 0.955, quantities 0.949, events 0.567 (P 0.624),
# copies 0.929
# Ninth to thirteenth rounds: drawn dev texts (r14d_*, r16d_*, r17d_*, r18d_*), the Madagascar group and 19 blind
# texts rotated in, and story groups that never join conflicting agency credits: 176 texts, text 0.980, metadata
# 0.985, entities 0.894, claims 0.947, quantities 0.963, events 0.561 (P 0.603), copies 0.941
# Fourteenth round (39b0c17 + rotation): 21 newly drawn dev texts (r19d_*, r20d_*, r21d_*), the round's merges and
# the oldest blind group (r3_11-13) rotated in: 197 texts, text 0.994, metadata 0.980, entities 0.888, claims 0.933,
# quantities 0.973, events 0.560 (P 0.589), copies 0.954
# Fifteenth round (ba8328f + rotation): 11 more drawn dev texts (r22d_*, r23d_*), the round's merges and the
# Botswana group (r19_01-03) rotated in: 211 texts, text 0.995, metadata 0.979, entities 0.885, claims 0.931,
# quantities 0.987, events 0.566 (P 0.597), copies 0.928 (Botswana's two false joins, now on dev); 0.955 once
# credits are read from relay datelines (wt-copy14e)
# Sixteenth round (bd750cc): 20 more drawn dev texts (r24d_*, r25d_*, r26d_*: sites in Asia-Pacific, Africa and the
# Middle East) and the round's merges: 231 texts, text 0.995, metadata 0.983, entities 0.883, claims 0.929,
# quantities 0.984, events 0.565 (P 0.582), copies 0.957; then the Haiti pair (r4_01-02) rotated in and its false join
# with the RFI pair fixed (portal "Read more on" credits): 233 texts, text 0.995, metadata 0.983, entities 0.883,
# claims 0.927, quantities 0.982, events 0.564 (P 0.579), copies 0.958
# Seventeenth round (7654888): 18 more drawn dev texts (r27d_*, r28d_*, r29d_*: every region; an independent-reports
# group) and the round's merges: 251 texts, text 0.995, metadata 0.987, entities 0.879, claims 0.928, quantities
# 0.979, events 0.552 (P 0.557), copies 0.959; then the oldest blind group (r5_10-12, a wire story, its digest and a
# loose rewrite) rotated in: 254 texts, text 0.995, metadata 0.987, entities 0.880, claims 0.928, quantities 0.979,
# events 0.551 (P 0.556), copies 0.935 (the loose rewrite, missed)
# Eighteenth round (9ba481f): the three oldest blind groups (r6_*, r7_*, r8_*, 10 texts) rotated in and the round's
# merges: 264 texts, text 0.999, metadata 0.987, entities 0.883, claims 0.931, quantities 0.983, events 0.546
# (P 0.552), copies 0.943
# Nineteenth round (52b8d48): the event rules of wt-ev22: 264 texts, events 0.551 (P 0.559), the rest as above;
# then the role rules of wt-ev23 (355a577): events 0.552 (P 0.563); then pronoun gender agreement (f87de61):
# events 0.554 (P 0.564)
# Twentieth round (7435646): the oldest blind groups (r9_*, r11_*, r12_*, 15 texts) rotated in, 6 drawn hard
# negatives (r30d_*: independent reports of two elections) and the round's merges: 285 texts, text 0.999, metadata
# 0.988, entities 0.884, claims 0.927, quantities 0.980, events 0.565 (P 0.578), copies 0.933
# Twenty-first round (c6120ee): 5 drawn chrome-heavy dev pages (r31d_*) and the round's merges: 290 texts, text 0.999,
# metadata 0.989, entities 0.887, claims 0.928, quantities 0.979, events 0.568 (P 0.580), copies 0.933
# Twenty-second round (e9a0cec): the blind groups r13 and r14 (10 texts) rotated in and the round's merges: 300 texts,
# text 0.999, metadata 0.989, entities 0.888, claims 0.929, quantities 0.979, events 0.553 (P 0.569), copies 0.935
# copy24: 9 drawn hard negatives (r34d_*: independent reports of the Itaewon crush and the Abe shooting): 316 texts at
# 4d5b5c1 text 0.998, metadata 0.988, entities 0.890, claims 0.930, quantities 0.975, events 0.537 (P 0.550), copies
# 0.938; cited agencies no longer read as credits and the condensed-rewrite fact tier: copies 0.948, the rest as before
# Events precision (wt-ev28): 307 texts after the r15 rotation, events 0.543 (P 0.559) -> 0.555 (P 0.586, R 0.527)
# Twenty-third round (77af392): r15 (7 texts) rotated in, 29 drawn (r32d chrome-heavy 2025 pages, r33d number-rich
# 2023 pages, r34d hard negatives) and the round's merges: 336 texts, text 0.996, metadata 0.987, entities 0.883,
# claims 0.927, quantities 0.979, events 0.551 (P 0.576), copies 0.948; text, metadata, entities and claims floors
# fall with the set (the new texts' first runs: text 0.83-0.93, entities 0.74-0.75)
# wt-ev30 (non-agents, labour strikes, standings, appeals to the public, searches): events 0.551 -> 0.557 (P 0.588)
# Twenty-fourth round (0fd287a): r16 (4 texts) rotated in, 10 drawn (r35d, chrome-heavy 2025 pages) and the round's
# merges: 350 texts, text 0.996, metadata 0.982, entities 0.884, claims 0.925, quantities 0.978, events 0.554
# (P 0.583), copies 0.948; the metadata and claims floors fall with the set (r35d first run: metadata 0.762, claims 0.789)
# wt-ev31: 8 fresh 2023 texts (r36d) drawn and coded before their first run: 362 texts at 30bd813's code, events 0.553
# (P 0.582, with the r36d gold corrections); after one sense per discourse for strikes, house arrest, leaving an
# agreement, participle-phrase, raised-passive and passive-relative roles, and "they" for a nameless speaker:
# events 0.557 (P 0.587, R 0.530), the other rows unchanged (entities 0.884 with the r36d alias correction)
# Twenty-fifth round (42928b4): r17 (4 texts) rotated in, r36d (8) and r37d (6) drawn; 368 texts after the round's
# merges (quantity classes, issuers of figures, the line classifier on by default): text 0.995, metadata 0.983,
# entities 0.884, claims 0.924, quantities 0.978, events 0.555 (P 0.585, R 0.528), copies 0.948
# Twenty-sixth round (b6fbab3): r18 (3 texts) rotated in, r38d (6 hard negatives) drawn; 377 texts: text 0.993,
# metadata 0.980, entities 0.877, claims 0.926, quantities 0.974, events 0.556 (P 0.585, R 0.529), copies 0.949
# wt-ev33 (382 texts after the r19 rotation): events 0.553 (P 0.583) -> 0.559 (P 0.590, R 0.531): threats and
# accusations addressed to no one, "accused the group of", PETRARCH armed groups, "the Ministry of X of <State>";
# on the strict subset (benchmarks/strict_events.py, 273 texts) 0.477 (P 0.471) -> 0.484 (P 0.479)
# Twenty-seventh round (1974951): r19 (5 texts) rotated in, r39d (10) drawn, and the dev gold audited for recipients
# (wt-evgoldA/B: 205 recipients added to the 229 required events that named none, so dev matches blind's convention:
# the scorer checks a recipient only where gold names one). At 382 texts and one code (f8917e9) the audit alone moves
# events 0.553 (P 0.583) -> 0.441 (P 0.478): the events floors move with the gold, not with the code. 392 texts after
# the round's merges: text 0.993, metadata 0.979, entities 0.876, claims 0.929, quantities 0.974, events 0.444
# (P 0.482, R 0.412), copies 0.949
# wt-ev34 (69d3fa6): whom a COERCE act is done to, named by a common noun ("police detained a man": recipient
# "man", entities.groups.coerced_people): events 0.444 (P 0.482, R 0.412) -> 0.457 (P 0.492, R 0.427)
# Twenty-eighth round (28bfaa6): r40d (8 number-rich texts) drawn, coerced people as recipients (wt-ev34), reader-
# address features of the line classifier (wt-text31), decimal commas, numbers in parts, local dollars (wt-qty28);
# 400 texts: text 0.994, metadata 0.978, entities 0.877, claims 0.929, quantities 0.971, events 0.458 (P 0.492,
# R 0.428), copies 0.949
# Twenty-ninth round (wt-ev35: a state organ addressed by its noun, the winner told of a concession): events 0.462
# (P 0.496, R 0.432), the other rows unchanged
# Thirtieth round (377aa8b): r20 (8) rotated in, r41d (6) and r42d (8) drawn; 422 texts: text 0.993, metadata 0.979,
# entities 0.873, claims 0.924, quantities 0.969, events 0.462 (P 0.492, R 0.436), copies 0.951
# copy31 (r21_* rotated in, 432 texts): copies 0.929 (P 0.929, R 0.929: three Kut-fire reports joined on a run of 4
# shared facts) -> 0.954 with the fact-sequence run bar for uncredited pairs; the other rows unchanged
# wt-ev39 (432 texts; meetings.py, armed_forces.py, takeovers.py): events 0.458 (P 0.488, R 0.432) -> 0.467 (P 0.494,
# R 0.442), the other rows unchanged
# wt-ev40 (432 texts, on 4d4b68d): a seizure of power aimed at the ruler its sentence names (seizures.py): events
# 0.458 (P 0.488, R 0.432) -> 0.463 (P 0.492, R 0.437), the other rows unchanged
# wt-ent31 (organisations read as persons and back): entities 0.873 -> 0.880. Thirty-first round at f03cf86 (432
# texts, the round's merges and the lede credit): text 0.994, metadata 0.979, entities 0.880, claims 0.923,
# quantities 0.968, events 0.469 (P 0.496, R 0.444), copies 0.954
# wt-ev41 (442 texts, on f1d3393; inquiries.py, accidents.py): events 0.468 (P 0.492, R 0.445) -> 0.470 (P 0.497,
# R 0.445), the other rows unchanged
# Thirty-second round at d2f0960 (448 texts: r22 rotated in, r43d drawn): text 0.993, metadata 0.980, entities 0.879,
# claims 0.925, quantities 0.968, events 0.470 (P 0.497, R 0.446), copies 0.957
# wt-ent32 (448 texts, on 8af4cf9; body-typed names that speak as persons, parties.tsv): entities 0.879 -> 0.889
# (R 0.886 -> 0.903), events 0.470 (P 0.497) -> 0.468 (P 0.492: event-coder extras on newly named parties), the
# other rows unchanged
# wt-ev44 (448 texts, on 8af4cf9; mirrors.py, mutual_actors.py: a mutual act in both directions): events 0.470
# (P 0.497, R 0.446) -> 0.474 (P 0.500, R 0.451), the other rows unchanged
# Thirty-third round at 0d647b4 (wt-ev43, wt-ev44, wt-ent32 together): entities 0.889, events 0.473 (P 0.499, R 0.451),
# the other rows as in the thirty-second
# wt-ev46 (on e11d3fd; pronoun_reach.py): events 0.473 (P 0.499, R 0.451) -> 0.475 (P 0.500, R 0.452), the rest unchanged
# Thirty-fifth round at 54abe06 (461 texts: r23 rotated in, r44d drawn; wt-ev47, ev48, ev49, qty31, copy33, perf23):
# text 0.993, metadata 0.979, entities 0.888, claims 0.926, quantities 0.966, events 0.477 (P 0.502, R 0.454),
# copies 0.957
# Thirty-sixth round at ff565ff (wt-ev50, ev51, det36, qty32, text35; perf24's order fix): text 0.994, metadata 0.980,
# entities 0.888, claims 0.928, quantities 0.967, events 0.478 (P 0.505, R 0.454), copies 0.957
# Thirty-seventh round at 626f74d (474 texts: r24 rotated in, r45d drawn; wt-qty33, claims34, ev52, ev53, copy34):
# text 0.994, metadata 0.980, entities 0.884 (the 13 new texts' names), claims 0.929, quantities 0.967, events 0.479
# (P 0.505, R 0.455), copies 0.958
# wt-copy35 (r17d_01~02 labelled same-story; names with their apposed roles no shared wording): copies 0.958 -> 0.967,
# the other rows unchanged
# Thirty-eighth round at ceb0693 (wt-ev54, ev55, ev56, copy35): metadata 0.982, events 0.483 (P 0.509, R 0.460), copies
# 0.967 (r17d_01~02 labelled same-story), the other rows as in the thirty-seventh
# Thirty-ninth round at 9a1e955 (484 texts: r25 rotated in; wt-qty34, ev57, ev58, ev59, copy36): text 0.994, metadata
# 0.980, entities 0.884, claims 0.930, quantities 0.969, events 0.484 (P 0.509, R 0.461), copies 0.968
# Fortieth round at a359725 (wt-ev60, ev61, ent33, claims35, copy37, perf28): entities 0.887, claims 0.934, events
# 0.487 (P 0.511, R 0.465), the other rows as in the thirty-ninth
# wt-ev62 (494 texts, on fbd018c: r26 rotated in; people placed by a town, the state a demand is about):
# events 0.484 (P 0.506, R 0.464) -> 0.488 (P 0.510, R 0.468), the other rows unchanged
# Forty-first round at fc20d1a (494 texts; wt-ev62, ev63, claims36, copy38, perf29, perf30): text 0.992, metadata
# 0.980, entities 0.887, claims 0.933, quantities 0.967, events 0.490 (P 0.511, R 0.470), copies 0.969
# wt-ent34 (titles read as names dropped, titled bodies read as persons): entities 0.887 -> 0.892 (P 0.879, R 0.905),
# the other rows unchanged
# Forty-second round at 9f56f46 (wt-ev64, ev65, ent34, claims37, perf31): entities 0.892 (0.891 once the "candidate"
# role row was taken out again), claims 0.934 (P 0.948),
# events 0.495 (P 0.515, R 0.477), the other rows as in the forty-first
# wt-ent35 (504 texts at 8b56a4f: private nationals are no state, names cut at a quoted nickname): entities 0.891 ->
# 0.896 (P 0.877 -> 0.887, R 0.905 -> 0.904), events 0.491 -> 0.492 (P 0.512, R 0.474), the other rows unchanged;
# the entities floor rises to 0.02 below
# wt-ev70 (504 texts, on 514374c: prior_targets reads the lead): events 0.492 (P 0.513, R 0.474) -> 0.497 (P 0.518,
# R 0.478), the other rows unchanged
# Forty-third round at 82ef1fa (504 texts: r27 rotated in; wt-ev66, ev68, ev69, ev70, ent35, copy39, copy40, perf32-34;
# wt-ev67's two rules reverted at integration): text 0.992, metadata 0.979, entities 0.896, claims 0.935, quantities
# 0.967, events 0.500 (P 0.521, R 0.481), copies 0.969
# wt-ev71 (attack_noun_aimed_at_no_one narrowed and back): events 0.500 -> 0.502 (P 0.524, R 0.481); floors 0.02 below
# Forty-fifth round: r28 and r29 (18 texts) rotated in, the line classifier retrained (522 texts at 0029ea5): text
# 0.988, metadata 0.978, entities 0.896, claims 0.935, quantities 0.966, events 0.494 (P 0.514, R 0.476), copies 0.971
# (P 1.000, R 0.943); r48d (8 texts, drawn as same-event independent reports) at their first run at 12b41f2: text
# 1.000, metadata 1.000, entities 0.991, claims 0.889, quantities 0.947, events 0.431, 1 of 1 pair and none of 6
# independent pairs joined; 530 texts at f1f87dc (wt-ev73-78, copy41, perf36, clause_targets): text 0.988, metadata
# 0.979, entities 0.898, claims 0.935, quantities 0.966, events 0.506 (P 0.532, R 0.481), copies 0.971. Floors 0.02
# below; text and quantities lower than before because the 26 texts moved in read lower (text 0.992 -> 0.988,
# quantities 0.967 -> 0.966 on 504 -> 530 texts), not because code changed
# Forty-sixth round: r30 and r31 (16 texts) rotated in and the line classifier retrained (546 texts at dfe9c86): text
# 0.988, metadata 0.978, entities 0.899, claims 0.935, quantities 0.964, events 0.492 (P 0.518, R 0.468), copies 0.972;
# r49d (8 texts: one statement quoted by independent outlets, one same-story pair) at their first run (1fc29a1):
# text 0.949, metadata 0.947, entities 0.964, claims 0.941, quantities 1.000, events 0.196, 1 of 1 pair and none of
# 27 independent pairs joined; 554 texts at c1002d1 (wt-ev80-87, copy42, copy43, perf37): text 0.987, metadata 0.978,
# entities 0.899, claims 0.935, quantities 0.964, events 0.503 (P 0.532, R 0.477), copies 0.972. Entities and copies
# floors 0.02 below; the events floors stay (0.02 below is under them: the 24 texts moved in read lower)
# Forty-seventh round: r32 (10 texts) rotated in, the line classifier retrained (564 texts at 0c4ef1a): text 0.987,
# metadata 0.977, entities 0.900, claims 0.934, quantities 0.964, events 0.501 (P 0.533, R 0.473), copies 0.960 (two
# of r32's independent reports joined); wt-copy44 (a quotation over sentences, one match per sentence): copies P
# 1.000, floor 0.953; r50d (8 texts: one event by two agencies' stories, reposts, a paper weaving both) at their first
# run (0c4ef1a + corpus): events 0.385, 2 of 4 pairs and none of 23 independent pairs joined, one unlabelled pair
# joined; 572 texts at aec8a3f (wt-ev91-97, copy44, perf38): text 0.987, metadata 0.976, entities 0.900, claims
# 0.934, quantities 0.964, events 0.507 (P 0.540, R 0.478), copies 0.955. Events floors 0.02 below. wt-copy45 (a
# text weaving two wire stories joins the story it reuses most): copies 0.955 -> 0.974, the other rows unchanged;
# copies floor 0.02 below. At b404c1f (copy45, wt-ev99's categories, wt-ent36's organs of other states and known
# persons' states): events 0.511 (P 0.545, R 0.481), copies 0.974; events floors 0.02 below
# Forty-eighth round: r33 (8 texts) rotated in, the line classifier retrained; the last stop's code a212d74 on the
# 580 texts: text 0.986, metadata 0.976, entities 0.901, claims 0.933, quantities 0.964, events 0.509 (P 0.542, R
# 0.479), copies 0.975; at 75a7b3a (wt-ev100-104, ent37, perf39): entities 0.903, events 0.516 (P 0.553, R 0.483);
# at acc34b5 (wt-ev106, ev107, ent38): text 0.987, entities 0.905, events 0.521 (P 0.557, R 0.489), the other rows
# as at 75a7b3a. Entities, events and copies floors 0.02 below. At d82a309 (wt-ev108, ev110): events 0.523 (P 0.558,
# R 0.491); events floors 0.02 below. wt-ev120 (counter-acts): events 0.525 (P 0.558, R 0.495), events floor 0.02 below
# Forty-ninth round: r34 (12 texts) rotated in and 8 drawn (r51d_*, hard cases for copies); the last stop's code with
# them (ea78a7d): 600 texts, text 0.986, metadata 0.974, entities 0.901, claims 0.932, quantities 0.963,
# events 0.518 (P 0.552, R 0.489), copies 0.965 (two false pairs among r51d); at a2b9895 (the round's final code):
# metadata 0.975, events 0.531 (P 0.566, R 0.501), copies 0.976. Events and copies floors 0.02 below
# Fiftieth round: r35 (8 texts) rotated in; the round's base with them (042856d): 608 texts, events 0.530 (P 0.564,
# R 0.500); at fb6b82b (the round's final code): text 0.986, metadata 0.974, entities 0.900, claims 0.931, quantities
# 0.963, events 0.542 (P 0.575, R 0.512), copies 0.977. Events and copies floors 0.02 below; at 294779f (the second
# batch: wt-ev136, ev135, ent43, the copies speed-up): events 0.543 (P 0.577, R 0.512), the other rows the same
# Fifty-first round: r36 (8 texts) and r37 (6) rotated in; the round's base with them (206ec1a): 622 texts, text
# 0.986, metadata 0.972, entities 0.900, claims 0.931, quantities 0.960, events 0.538 (P 0.575, R 0.506), copies
# 0.977; at b943307 (three batches): entities 0.901, events 0.556 (P 0.597, R 0.520), the other rows the same; at
# 41f2244 (the round's final code, wt-ev152's extension reverted for own blind): events 0.555 (P 0.593, R 0.520).
# Events floors 0.02 below
# Fifty-second round: r38 (6 texts) and r39 (7) rotated in; the round's base with them (fa0bca3): 635 texts, text
# 0.986, metadata 0.972, entities 0.901, claims 0.930, quantities 0.959, events 0.545 (P 0.583, R 0.512), copies
# 0.967 (r39_01~03 a false join); at 711b39e (the round's final code): entities 0.905, quantities 0.964, events 0.552
# (P 0.591, R 0.518), copies 0.972, the other rows the same. Every figure less 0.02 is at or below its floor: floors stay
# Fifty-third round: r40 (7 texts) and r41 (7) rotated in; the round's base with them (0827e94): 649 texts, text
# 0.986, metadata 0.972, entities 0.903, claims 0.929, quantities 0.962, events 0.545 (P 0.580, R 0.514), copies
# 0.973; at 4179f9e (the round's final code, and the dev gold's event categories made to follow the PLOVER manual by
# wt-gold53): metadata 0.986, entities 0.905, claims 0.933, events 0.552 (P 0.587, R 0.521), the other rows the same;
# at 3f3ebe7 (wt-ev164's stance rows reverted: the round-52 decision keeps recipient-less condemnations): events 0.550
# (P 0.582, R 0.521).
# Metadata floor 0.02 below the final figure; the others stay
# Fifty-fourth round: r42 and r43 (14 texts) and r76_01-03 (a Reuters copy that cleaned to nothing, its copy and an
# independent report) moved to dev, 666 texts; at 77c4393 (the base, 663 texts): events 0.546 (P 0.580, R 0.515);
# at 304d8a7 and a3190cd (wt-copy57 reverted, the round's final code): text 0.985, metadata 0.990, entities 0.910, claims 0.936, quantities 0.965,
# events 0.550 (P 0.586, R 0.517), copies 0.968 (the new r76_01~02 pair missed). Metadata, entities and claims floors
# 0.02 below the final figure; the others stay
REAL_DEV = {"text": 0.968, "metadata": 0.970, "entities": 0.890, "claims": 0.916, "quantities": 0.946,
            "events": 0.535, "events_precision": 0.573, "copies": 0.957}
# real blind: 42 texts at their first run after the morning's second round (8 new, r11_*): text 0.929,
# metadata 0.862, entities 0.914, claims 0.886 (P 0.896), quantities 0.905, events 0.425 (P 0.500), copies 0.895
# (P 1.000, R 0.810); then 5 moved to dev, and the 37 left measure text 0.929, metadata 0.871, entities 0.919,
# claims 0.899 (P 0.907), quantities 0.900, events 0.444 (P 0.533), copies 0.895
# Seventh round: 45 texts at their first run (8 new, r12_*) at a8035b7: text 0.930, metadata 0.909, entities 0.918,
# claims 0.908 (P 0.920), quantities 0.906, events 0.506 (P 0.578), copies 0.900 (P 1.000, R 0.818); then 5 moved
# to dev, and the 40 left measure text 0.925, metadata 0.917, entities 0.917, claims 0.903, quantities 0.903,
# events 0.516 (P 0.584), copies 0.944
# Eighth round: 46 texts at their first run (6 new, r13_*) at 8528bd6: text 0.927, metadata 0.925, entities 0.917,
# claims 0.910 (P 0.918), quantities 0.911, events 0.471 (P 0.528), copies 0.923 (P 1.000, R 0.857, with the two
# same-story pairs the gold had left out added); then 3 moved to dev, and the 43 left measure text 0.932, metadata
# 0.917, entities 0.917, claims 0.908, quantities 0.909, events 0.467 (P 0.518), copies 0.923
# Ninth round: 52 texts at their first run (9 new, r14_*) at f914756: text 0.923, metadata 0.930, entities 0.912,
# claims 0.903 (P 0.917), quantities 0.898, events 0.427 (P 0.468), copies 0.927 (P 1.000, R 0.864); then the
# Madagascar group r10_01-04 (its situation also in dev) moved to dev, and the 48 left measure text 0.920, metadata
# 0.923, entities 0.912, claims 0.901, quantities 0.897, events 0.444 (P 0.467), copies 0.897
# Tenth round: 56 texts at their first run (8 new, r15_*) at 34b16c3: text 0.915, metadata 0.911, entities 0.903,
# claims 0.904 (P 0.917), quantities 0.900, events 0.423 (P 0.450), copies 0.903 (P 1.000, R 0.824); then six moved
# to dev, and the 50 left measure text 0.937, metadata 0.923, entities 0.911, claims 0.913, quantities 0.908,
# events 0.440 (P 0.467), copies 0.897
# Eleventh round: 58 texts at their first run (8 new, r16_*) at 9572f98: text 0.945, metadata 0.932, entities 0.906,
# claims 0.913 (P 0.916), quantities 0.904, events 0.437 (P 0.455), copies 0.903; then four moved to dev (54 left).
# Twelfth round: 62 texts at their first run (8 new, r17_*) at 6a050c2: text 0.942, metadata 0.936, entities 0.894,
# claims 0.916 (P 0.927), quantities 0.887, events 0.432 (P 0.461), copies 0.903; then four moved to dev, and the
# 58 left measure text 0.942, metadata 0.941, entities 0.909, claims 0.914, quantities 0.888, events 0.445
# (P 0.468), copies 0.897
# Thirteenth round: 66 texts at their first run (8 new, r18_*) at c424b0b: text 0.899, metadata 0.932, entities
# 0.897, claims 0.920 (P 0.928), quantities 0.893, events 0.430 (P 0.449), copies 0.848 (P 0.875, R 0.824); then
# five moved to dev (the Ghana group, whose false join was then fixed in dev, the Kuwait repost, the live blog), and
# the 61 left measure text 0.935, metadata 0.936, entities 0.902, claims 0.917, quantities 0.898, events 0.443
# (P 0.463), copies 0.897
# Fourteenth round: 69 texts at their first run (8 new, r19_*) at 39b0c17: text 0.940, metadata 0.930, entities
# 0.908, claims 0.923 (P 0.933), quantities 0.904, events 0.427 (P 0.444), copies 0.848 (P 0.875, R 0.824); then
# the oldest blind group (r3_11-13) moved to dev, and the 66 left measure text 0.946, metadata 0.935, entities
# 0.907, claims 0.924, quantities 0.908, events 0.413 (P 0.426), copies 0.815
# Fifteenth round: 74 texts at their first run (8 new, r20_*) at ba8328f: text 0.944, metadata 0.940, entities
# 0.898, claims 0.916 (P 0.933), quantities 0.905, events 0.394 (P 0.404), copies 0.774 (P 0.750, R 0.800); then
# the Botswana group (r19_01-03, two false joins) moved to dev, and the 71 left measure text 0.946, metadata 0.938,
# entities 0.896, claims 0.915, quantities 0.902, events 0.397 (P 0.408), copies 0.815
# Sixteenth round: 81 texts at their first run (10 new, r21_*) at bd750cc: text 0.927, metadata 0.947, entities
# 0.890, claims 0.909 (P 0.931), quantities 0.898, events 0.383 (P 0.386), copies 0.778 (P 0.737, R 0.824); then
# the oldest blind group, the Haiti pair (r4_01-02), moved to dev, and the 79 left measure text 0.926, metadata 0.947,
# entities 0.890, claims 0.914, quantities 0.897, events 0.384 (P 0.389), copies 0.765
# Seventeenth round: 89 texts at their first run (10 new, r22_*) at 7654888: text 0.932, metadata 0.951, entities
# 0.885, claims 0.918 (P 0.939), quantities 0.904, events 0.387 (P 0.385), copies 0.800 (P 0.762, R 0.842); then
# the oldest blind group (r5_10-12) moved to dev, and the 86 left measure text 0.930, metadata 0.949, entities
# 0.881, claims 0.919, quantities 0.901, events 0.381 (P 0.379), copies 0.833
# Eighteenth round: after r6-r8 moved to dev, 90 texts at their first run (14 new, r23_*, r24_*) at 9ba481f: text
# 0.928, metadata 0.960, entities 0.857, claims 0.904 (P 0.935), quantities 0.888, events 0.353 (P 0.354), copies
# 0.800 (P 0.706, R 0.923); the 76 run before measure what they measured in round 17 but for one spurious event
# Nineteenth round: 100 texts at their first run (10 new, r25_*) at 52b8d48: text 0.930, metadata 0.953, entities
# 0.860, claims 0.905 (P 0.933), quantities 0.887, events 0.364 (P 0.368), copies 0.824 (P 0.737, R 0.933)
# Twentieth round: after r9, r11 and r12 (15 texts) moved to dev, 95 texts at their first run (10 new, r26_*) at
# 7435646: text 0.919, metadata 0.962, entities 0.858, claims 0.901 (P 0.934), quantities 0.885, events 0.280
# (P 0.280), copies 0.857 (P 0.750, R 1.000); the 85 run before measure what they measured at a9be903 but for
# events 0.282 -> 0.284 (P 0.288 -> 0.292) and quantities 0.889 -> 0.888. The floors fall with the set: the
# rotated texts had events 0.566 against 0.282 for those left
# Twenty-first round: 105 texts at their first run (10 new, r27_*) at c6120ee: text 0.928, metadata 0.955, entities
# 0.863, claims 0.906 (P 0.935), quantities 0.888, events 0.267 (P 0.268), copies 0.865 (P 0.762, R 1.000)
# Twenty-second round: after r13 and r14 (10 texts) moved to dev, 103 texts at their first run (8 new, r28_*) at
# e9a0cec: text 0.923, metadata 0.950, entities 0.852, claims 0.908 (P 0.939), quantities 0.883, events 0.275
# (P 0.275), copies 0.865 (P 0.762, R 1.000); the 95 run before measure exactly what they measured at fb4dba2
# Twenty-third round: after r15 (7 texts) moved to dev, 114 texts at their first run (18 new, r29_*, r30_*) at
# 77af392: text 0.899, metadata 0.952, entities 0.863, claims 0.915 (P 0.936), quantities 0.884, events 0.243
# (P 0.240), copies 0.878 (P 0.783, R 1.000); the 96 run before against 8e3de2e: claims 0.908 -> 0.911, entities
# 0.847 -> 0.848, events 0.274 -> 0.277, quantities 0.883 -> 0.877, the rest identical; the new texts: text 0.825
# Twenty-fourth round: after r16 (4 texts) moved to dev, 118 texts at their first run (8 new, r31_*) at 0fd287a:
# text 0.897, metadata 0.954, entities 0.862, claims 0.914 (P 0.936), quantities 0.884, events 0.231 (P 0.231), copies
# 0.884 (P 0.792, R 1.000); the 110 run before against 77af392: events 0.220 -> 0.214 (one right event lost), the rest
# identical
# Twenty-fifth round: after r17 (4 texts) moved to dev, 124 texts at their first run (10 new, r32_*) at 42928b4:
# text 0.925, metadata 0.953, entities 0.866, claims 0.917 (P 0.937), quantities 0.902, events 0.247 (P 0.260), copies
# 0.875 (P 0.778, R 1.000); the 114 run before against 0fd287a: text 0.896 -> 0.922 (the line classifier), quantities
# 0.889 -> 0.899, claims 0.916 -> 0.917, events 0.228 -> 0.231, copies 5 -> 4 false pairs; the new: 2 of 2 pairs, 2 false
# Twenty-sixth round: after r18 (3 texts) moved to dev, 129 texts at their first run (8 new, r33_*) at b6fbab3:
# text 0.928, metadata 0.959, entities 0.874, claims 0.911 (P 0.933), quantities 0.900, events 0.244 (P 0.259), copies
# 0.880 (P 0.786, R 1.000); the 121 run before against 42928b4: text 0.928 -> 0.930, claims 0.916 -> 0.915, events
# 0.246 -> 0.247, the rest identical; the new: text 0.906, claims 0.853, quantities 0.847, events 0.200, 1 of 1 pair
# Twenty-seventh round: after r19 (5 texts) moved to dev, 136 texts at their first run (12 new, r34_*) at c5220a1:
# text 0.933, metadata 0.958, entities 0.861, claims 0.911 (P 0.929), quantities 0.900 (494 of 549 both ways:
# 0.8998), events 0.252 (P 0.262), copies 0.893 (P 0.806, R 1.000); the 124 run before against b6fbab3: text
# 0.929 -> 0.930, events 0.240 -> 0.241, the rest identical; the new: text 0.960, metadata 0.909, entities 0.770,
# claims 0.943, quantities 0.918, events 0.400 (P 0.333), 3 of 3 pairs and none of 3 independent ones
# Twenty-eighth round: no texts moved or drawn; the same 136 texts, the first run after the round's merges at 28bfaa6:
# text 0.943, metadata 0.958, entities 0.863, claims 0.911 (P 0.929), quantities 0.904 (P 0.901, R 0.907), events
# 0.274 (P 0.280), copies 0.893 (P 0.806)
# Thirtieth round: after r20 (8 texts) moved to dev, 144 texts at their first run (16 new, r35_*, r36_*) at 377aa8b:
# text 0.953, metadata 0.954, entities 0.867, claims 0.913 (P 0.925), quantities 0.913, events 0.298 (P 0.308),
# copies 0.912 (P 0.839, R 1.000); the 128 run before against 28bfaa6: text 0.944 -> 0.951, quantities 0.906 ->
# 0.914, events 0.283 -> 0.283, copies 0.889 -> 0.906; the new: text 0.971, claims 0.894, quantities 0.909, events
# 0.370 (P 0.395), 2 of 2 pairs
# Thirty-first round: after r21 (10 texts) moved to dev, 146 texts at their first run (12 new, r37_*, r38_*) at
# f03cf86: text 0.956, metadata 0.946, entities 0.870, claims 0.915 (P 0.924), quantities 0.902 (P 0.897, R 0.908),
# events 0.286 (P 0.299), copies 0.962 (P 0.926, R 1.000); the 134 run before against 377aa8b: text 0.952 -> 0.952,
# quantities 0.914 -> 0.912, events 0.307 -> 0.305, copies 0.958 -> 0.958; the new: text 0.990, claims 0.895,
# quantities 0.775, events 0.164 (P 0.194), 2 of 2 pairs
# Thirty-second round: after r22 (10 texts) moved to dev, 150 texts at their first run (14 new, r39_*, r40_*) at
# 988f2f0: text 0.957, metadata 0.943, entities 0.875, claims 0.906 (P 0.915), quantities 0.897 (P 0.888, R 0.906),
# events 0.294 (P 0.310), copies 0.920 (P 0.885, R 0.958); the 136 run before against 0a076eb: text 0.954 -> 0.955,
# quantities 0.898 -> 0.900, events 0.281 -> 0.283, claims and copies identical (0.911; 0.957, P 0.917); the new:
# text 0.971, claims 0.857, quantities 0.853, events 0.357 (P 0.357), copies 1 of 2 pairs and 1 false pair. The copies
# floor falls with the set (0.942 -> 0.900): the 136 texts kept measure what they measured, the 14 new ones less
# Thirty-third round: no texts moved or drawn; the same 150 texts, the first run after the round's merges at 0d647b4:
# entities 0.875 -> 0.881, events 0.294 -> 0.293 (P 0.310 -> 0.308), the other rows identical
# Thirty-fourth round: the same 150 texts, the first run after wt-ev46's merge at b6fb5a5: events 0.293 -> 0.292
# (P 0.308 -> 0.307: one more false event), the other rows identical
# Thirty-fifth round: after r23 (7 texts) moved to dev, 157 texts at their first run (14 new, r41_*, r42_*) at
# 54abe06: text 0.961, metadata 0.946, entities 0.880, claims 0.909 (P 0.918), quantities 0.899 (P 0.892, R 0.907),
# events 0.277 (P 0.291), copies 0.923 (P 0.889, R 0.960); the 143 run before against b6fb5a5: text 0.958 -> 0.958,
# quantities 0.895 -> 0.895, claims 0.907 -> 0.908, events 0.283 (P 0.296) -> 0.280 (P 0.289: six more false events,
# the same 79 right), copies identical; the new: text 0.991, claims 0.914, quantities 0.934, events 0.250 (P 0.304),
# 2 of 2 pairs. The events floor falls with the set and the round (0.278 -> 0.257, P 0.290 -> 0.271): 0.02 under the
# first run, as every floor; the fall of the 143 kept texts is reported, not hidden
# Thirty-sixth round: the same 157 texts, the first run after the round's merges at a96a56a: text 0.961 -> 0.960 (one
# check fewer), claims 0.909 -> 0.908 (one claim fewer), events 0.277 (P 0.291) -> 0.278 (P 0.292: one false event
# fewer), the other rows identical
# Thirty-seventh round: after r24 (7 texts) moved to dev, 162 texts at their first run (12 new, r43_*, r46_*) at
# 626f74d: text 0.962, metadata 0.946, entities 0.892, claims 0.915 (P 0.921), quantities 0.905 (P 0.902, R 0.908),
# events 0.290 (P 0.300), copies 0.926 (P 0.893, R 0.962); the 150 run before at a998d71: text 0.959 -> 0.960,
# entities 0.888 -> 0.888, claims 0.912 -> 0.913, quantities 0.901 -> 0.903, events 0.282 (P 0.297) -> 0.292
# (P 0.304), copies identical; the new: text 0.988, claims 0.940, quantities 0.923, events 0.222 (P 0.200), 2 of 2 pairs
# Thirty-eighth round: the same 162 texts, the first run after the round's merges at ceb0693: events 0.290 (P 0.300)
# -> 0.292 (P 0.301: one right event more, two false more), the other rows identical
# Thirty-ninth round: r25 (10) moved to dev; the 152 kept at 04bff85 ("was"): text 0.960, metadata 0.949, entities
# 0.892, claims 0.914 (P 0.920), quantities 0.910, events 0.290 (P 0.298), copies 0.920 (P 0.885, R 0.958); 166 texts
# at their first run (14 new, r47_*, r49_*) at 9a1e955: text 0.960, metadata 0.947, entities 0.887, claims 0.909
# (P 0.916), quantities 0.915 (P 0.916, R 0.915), events 0.295 (P 0.300), copies 0.926 (P 0.893, R 0.962); the 152
# kept: quantities 0.910 -> 0.916, events 0.290 -> 0.293 (P 0.301), the rest identical; the 14 new: text 0.962,
# entities 0.838, claims 0.844, quantities 0.915, events 0.375 (P 0.273), 2 of 2 pairs
# Fortieth round: the same 166 texts, the first run after the round's merges at a359725: entities 0.887 -> 0.886
# (P 0.866, R 0.907), events 0.295 (P 0.300) -> 0.297 (P 0.299), the other rows identical
# Forty-first round: r26 (10) moved to dev; the 156 kept at a359725 ("was"): text 0.961, metadata 0.944, entities
# 0.884, claims 0.913 (P 0.916), quantities 0.916, events 0.298 (P 0.305), copies 0.920 (P 0.885, R 0.958); 170 texts
# at their first run (14 new, r50_*, r51_*) at fc20d1a: text 0.962, metadata 0.949, entities 0.889, claims 0.913
# (P 0.917), quantities 0.921, events 0.300 (P 0.305), copies 0.926 (P 0.893, R 0.962); the 156 kept: identical to
# "was" but claims P 0.917, events P 0.304; the 14 new: text 0.970, metadata 1.000, entities 0.944, claims 0.907,
# quantities 0.966, events 0.400 (P 0.375), 2 of 2 pairs
# Forty-second round: the same 170 texts, the first run after the round's merges at 9f56f46: entities 0.889 -> 0.891
# (P 0.873, R 0.911), events 0.300 (P 0.305) -> 0.309 (P 0.313, R 0.304: three right events more, one false fewer),
# the other rows identical
# Forty-third round: r27 (10) moved to dev; the 160 kept at c6e7d66 ("was"): text 0.960, metadata 0.952, entities
# 0.892, claims 0.910 (P 0.914), quantities 0.921, events 0.316 (P 0.320), copies 0.923 (P 0.889, R 0.960); 174 texts
# at their first run (14 new, r52_*, r53_*) at aa19886: text 0.961, metadata 0.954, entities 0.893, claims 0.904
# (P 0.907), quantities 0.924, events 0.345 (P 0.357), copies 0.929 (P 0.897, R 0.963); the 160 kept: events 0.320
# (P 0.329), the other rows as "was"; the 14 new: text 0.964, metadata 0.971, entities 0.903, claims 0.852,
# quantities 0.987, events 0.495 (P 0.532), 2 of 2 pairs
# then at 82ef1fa (wt-ev67's two rules reverted at integration, wt-ev69, ev70, ent35 merged; the second run of the
# round): entities 0.892, events 0.342 (P 0.350, R 0.334), the other rows as at aa19886
# Forty-fourth round: the same 174 texts, the first run after the round's merges at 6230e64 (wt-ev71, ev72, perf35):
# events 0.342 (P 0.350) -> 0.344 (P 0.353, R 0.334), the other rows identical
# Forty-fifth round: r28 and r29 (18 texts) moved to dev; the 156 kept at 4ec7ea8 ("was"): text 0.973, metadata
# 0.953, entities 0.890, claims 0.899 (P 0.901), quantities 0.923, events 0.352 (P 0.366), copies 0.920 (P 0.885,
# R 0.958); 177 texts with 21 new (r54_*, r55_*, r56_*) on the same code: text 0.971, metadata 0.940, entities 0.894,
# claims 0.900 (P 0.900), quantities 0.927, events 0.350 (P 0.368), copies 0.871 (P 0.844, R 0.900: two of the new
# texts' independent reports joined); the first run after the round's first merges at b9b1935 (wt-ev73-76, copy41,
# perf36): events 0.353 (P 0.374, R 0.334), the other rows as "was" (text 0.972); the second at 12b41f2
# (clause_targets): events 0.360 (P 0.384); the third at f1f87dc (wt-ev77, ev78, r48d in dev): events 0.361 (P 0.386,
# R 0.339), entities 0.894, the other rows as at b9b1935; the 21 new: text 0.962, metadata 0.842, entities 0.923,
# claims 0.906, quantities 0.980, events 0.341 (P 0.400), copies 2 of 4 pairs with 2 false. Floors 0.02 below;
# metadata, claims and copies lower than before because of the texts drawn, not of code (the "was" run)
# Forty-sixth round: r30 and r31 (16 texts) moved to dev; 25 new (r57_*-r60_*); 186 texts on the last stop's code
# 0976c9b ("was"): text 0.971, metadata 0.945, entities 0.901, claims 0.889 (P 0.886), quantities 0.929, events 0.369
# (P 0.393, R 0.347), copies 0.870 (P 0.857, R 0.882); the 25 new: events 0.328, copies 1 pair of 6 missed, none
# false. First run after the round's first merges at 272bc5f: events 0.369 (P 0.394), claims 0.888, the other rows as
# "was"; second at 1089538 (wt-ev84-86, copy43): events 0.378 (P 0.406, R 0.354); third at c1002d1 (wt-ev87): events
# 0.379 (P 0.408, R 0.354), the other rows as at 272bc5f. Floors 0.02 below where that is higher
# Forty-seventh round: r32 (10 texts) moved to dev; 16 new (r61_*, r62_*); 192 texts on the last stop's code b0e8d52
# ("was"): text 0.967, metadata 0.941, entities 0.896, claims 0.888 (P 0.887), quantities 0.924, events 0.373 (P
# 0.400, R 0.350), copies 0.883 (P 0.872, R 0.895); the 16 new: text 0.911, events 0.365, copies 6 of 6 pairs with 2
# false. First run after the round's first merges at 1bad0fa (copy44, wt-ev92-94): copies 0.907 (P 0.919), the other
# rows as "was"; at aec8a3f (final code): events 0.374 (P 0.401, R 0.350). Copies floor 0.02 below
# Forty-eighth round: r33 (8 texts) moved to dev; 16 new (r63_*, r64_*); 200 texts on the last stop's code a212d74
# ("was"): text 0.966, metadata 0.941, entities 0.889, claims 0.890 (P 0.890), quantities 0.915, events 0.360 (P
# 0.389, R 0.335), copies 0.918 (P 0.929, R 0.907); the 16 new: events 0.113, quantities 0.841, copies 6 of 6 pairs,
# none false. First run after the round's first merges at 6dde367 (ent37, wt-ev101, ev102, perf39): text 0.965,
# entities 0.891, events 0.361 (P 0.390), the other rows as "was"; at 75a7b3a: events 0.362 (P 0.392); at acc34b5:
# entities 0.890, events 0.363 (P 0.393, R 0.337); at d82a309 (wt-ev108, ev110): events 0.361 (P 0.389, R 0.337).
# Copies floor 0.02 below
# Forty-ninth round: r34 (12 texts) moved to dev; 16 new (r65_*, r66_*); 204 texts on the last stop's code bab6e1c
# ("was"): text 0.963, metadata 0.948, entities 0.898, claims 0.887 (P 0.890), quantities 0.915, events 0.363 (P
# 0.392, R 0.337), copies 0.886 (P 0.929, R 0.848); the 16 new: events 0.379, copies 3 of 6 pairs, none false.
# Copies floor 0.02 below "was": lower because of the texts drawn, not of code. First run after the round's first
# merges at 5498135 (wt-ev112, ev115, a metadata fix): every row as "was"; at b06353c (wt-ev113, ev114, ent39,
# copy47): entities 0.899; at cb42365 (wt-ev116, ev117, ev119): events 0.363 (P 0.394, R 0.337); at a2b9895 (the
# round's final code) the same
# Fiftieth round: r35 (8 texts) moved to dev; 16 new (r67_*, r68_*); 212 texts on the last stop's code 67fc6b5
# ("was"): text 0.964, metadata 0.950, entities 0.905, claims 0.883 (P 0.886), quantities 0.916, events 0.357 (P
# 0.390, R 0.329), copies 0.863 (P 0.880, R 0.846); the 16 new: events 0.261, copies 6 of 7 pairs and 3 false.
# Events and copies floors lowered to 0.02 below the round's figures: lower because of the texts drawn, not of code.
# First run after the round's first merges at e9b11eb (wt-ev125, ev128, ev129, credits): every row as "was"; at
# 1a40f49 (wt-ev126, ev127, ev130): events 0.357 (P 0.389); at fb6b82b (the round's final code, wt-ent42, ev133,
# ev134): events 0.360 (P 0.392, R 0.333), the other rows as "was"; at 294779f (the second batch): entities 0.904,
# events 0.360 (P 0.392, R 0.333)
# Fifty-first round: r36 (8 texts) and r37 (6) moved to dev; 16 new (r69_*, r70_*); 214 texts on the last stop's
# code edbaf74 ("was"): text 0.963, metadata 0.954, entities 0.905, claims 0.883 (P 0.888), quantities 0.924, events
# 0.349 (P 0.371, R 0.329), copies 0.847 (P 0.887, R 0.810); the 16 new: events 0.297 (P 0.275), copies 5 of 8 pairs,
# none false. Events precision floor lowered to 0.02 below "was": lower because of the texts drawn, not of code.
# First run after the round's first merges at 1b98c5c (wt-ent44, ev138, ev143, ev141): every row as "was"; at
# 1638441 (wt-ev140, copy51): copies 0.826 (P 0.882, R 0.776), copy51's role discount, reverted at 3c3e8da (copies
# as "was"); at 55d4769 (wt-ev142, ev147, ent45, ev146): events 0.352 (P 0.373, R 0.333); at 9b0eb59 (the round's
# last merges): events 0.352 (P 0.372, R 0.333), the other rows as "was"; at 41f2244 (the round's final code,
# wt-ev152's extension reverted for own blind): events 0.351 (P 0.371, R 0.333)
# Fifty-second round: r38 (6 texts) and r39 (7) moved to dev; 16 new (r71_*, r72_*); 217 texts on the base code
# fa0bca3 ("was"): text 0.963, metadata 0.951, entities 0.904, claims 0.885 (P 0.892), quantities 0.927, events 0.351
# (P 0.371, R 0.333), copies 0.852 (P 0.907, R 0.803); the 16 new: events 0.282, copies 3 of 5 pairs, none false.
# First run after the round's first merges at 6ef4975 (wt-ev154, ev157, copy53): events 0.352 (P 0.373); at
# 355dd74 (+ wt-ev155, perf48, ev156, ent47, ev158, copy54): events 0.352 (P 0.375, R 0.331); at c693dd5 (wt-ev156
# reverted; + wt-qty52, ev159, ent48, ev160): entities 0.903, quantities 0.928, events 0.353 (P 0.373, R 0.335); at
# 711b39e (the round's final code, + wt-ev162, ent49, qty53): entities 0.903, quantities 0.929, events 0.353 (P 0.372,
# R 0.335), the other rows as "was". Events precision floor 0.02 below the final figure
# Fifty-third round: r40 (7 texts) and r41 (7) moved to dev; 16 new (r73_*, r74_*; r74_02 a teaser that cleans to
# 19 characters and is skipped); 219 texts on the base code 0827e94 ("was"): text 0.959, metadata 0.939, entities
# 0.907, claims 0.881 (P 0.886), quantities 0.928, events 0.352 (P 0.380, R 0.328), copies 0.826 (P 0.877, R 0.781;
# the 16 new: 3 of 5 pairs, 2 false). First run after the first merges at 301dbf6 (wt-ev166, perf49): every row as
# "was"; at a712c01 (+ wt-ev163, ev164, claims53, meta53): claims 0.883, events 0.349 (P 0.378, R 0.324); at 4179f9e
# (the round's final code, + wt-copy56, ent50, ev168, meta54, ev169): metadata 0.941, claims 0.883 (P 0.887), events
# 0.351 (P 0.379, R 0.326), copies 0.826, the other rows as "was"; at 3f3ebe7 (wt-ev164 reverted, the round's final
# code): events 0.353 (P 0.380, R 0.330). Copies floor lowered to 0.02 below the measured
# figure (the new draws' two false joins and two missed pairs, the old texts unchanged); entities and events
# precision floors raised to 0.02 below
# Fifty-fourth round: r42, r43 (14 texts) moved to dev; 18 new (r75_*, r76_*) on the base code ("was", 223 texts):
# text 0.958, metadata 0.939, entities 0.906, claims 0.882 (P 0.885), quantities 0.924, events 0.360 (P 0.386,
# R 0.337), copies 0.815 (P 0.855, R 0.779); r76_01 cleaned to nothing and was refused, so r76_01-03 moved to dev and
# 4 new (r77_*) came in. First run after the first merges at 6a3a8bf (+ wt-claims54, ev170, text54; 224 texts): text
# 0.960, metadata 0.944, entities 0.907, claims 0.882 (P 0.886), quantities 0.924, events 0.367 (P 0.394, R 0.344),
# copies 0.824 (P 0.857, R 0.794; the 19 new: 6 of 6 pairs, 2 false); at 02c7218 (+ ent51, copy57, ev173, ev172,
# meta55, calib54, ent52, ev175, ev174, qty54, claims55): metadata 0.949, quantities 0.928, events 0.370 (P 0.398,
# R 0.346); at 304d8a7 (+ copy58, ent53, qty55, claims56) and a3190cd (wt-copy57 reverted, the round's final code): the
# same rows. Metadata and events
# floors raised to 0.02 below the final figure; the others stay
REAL_BLIND = {"text": 0.952, "metadata": 0.929, "entities": 0.887, "claims": 0.880, "quantities": 0.909,
              "events": 0.350, "events_precision": 0.378, "copies": 0.806}

GATES = {
    "holdout": (CORPUS / "holdout", HOLDOUT),
    "own-blind": (CORPUS / "blind", OWN_BLIND),
    "real-dev": (CORPUS / "real" / "dev", REAL_DEV),
    "real-blind": (CORPUS / "real" / "blind", REAL_BLIND),
}


@pytest.fixture(scope="session")
def scored(tmp_path_factory):
    """name -> scorer result, each corpus extracted once per session."""
    cache: dict[str, dict] = {}

    def score(name: str) -> dict:
        if name not in cache:
            folder = GATES[name][0]
            out = tmp_path_factory.mktemp("gates") / f"{name}.jsonl"
            run = CliRunner().invoke(app, ["extract", str(folder), "-o", str(out), "-q"])
            # a skipped input (one line naming it, the run going on; exit code 1) scores as a miss, not a crash
            skipped_only = isinstance(run.exception, SystemExit) and "skipped" in run.output
            assert run.exit_code == 0 or skipped_only, run.output
            cache[name] = run_gold(folder, Prediction.from_jsonl(out))
            cache[name]["skipped"] = int(re.search(r"; (\d+) skipped", run.output).group(1))
        return cache[name]

    return score


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(GATES))
def test_corpus_scores_stay_above_their_floors(name, scored, capsys):
    folder, floors = GATES[name]
    assert floors, f"{name} has no floors"
    result = scored(name)
    scores = result["scores"]
    with capsys.disabled():
        print()
        shown = {} if name == "real-blind" else scores  # blind: pass or fail only, the integrator reads its figures
        for row, s in shown.items():
            print(f"{name} {row:11s} P={s['precision']:.3f} R={s['recall']:.3f} F1={s['f1']:.3f} "
                  f"(tp={s['tp']} fp={s['fp']} fn={s['fn']})")
    missing = sum(not d["found"] for d in result["documents"].values())
    # real blind is drawn, not written: a text the pipeline refuses with one line (r74_02, a headline teaser
    # whose body cleans to 19 characters) scores as misses; every other corpus must give every text a document
    allowed = result["skipped"] if name == "real-blind" else 0
    assert missing <= allowed, f"a {name} text produced no document"
    got = {row: scores[row]["f1"] for row in scores}
    got["events_precision"] = scores["events"]["precision"]
    assert set(floors) == set(got), f"{name}: every scored row needs a floor: {sorted(set(got) ^ set(floors))}"
    below = {row: got[row] for row, floor in floors.items() if got[row] < floor}
    if name == "real-blind" and below:  # names the rows only (pytest would print the dict): blind figures stay
        pytest.fail(f"{name} below its floors in: {sorted(below)}", pytrace=False)  # with the integrator
    assert not below, f"{name} below its floors {floors}: {below}"
