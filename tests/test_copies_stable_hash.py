"""Copy detection's hashed word n-grams are the same in every process (issue 14, copy34).

Python's ``hash()`` of a str is salted per process (PYTHONHASHSEED), so a profile's 3-gram and 5-shingle sets
built with it differ between runs: only their intersections within one process meant anything, and which
3-grams collide (and so count as shared) changed from run to run. Each measure is computed here in two
subprocesses with different seeds and must come out equal.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import newsweave

SRC = str(Path(newsweave.__file__).resolve().parent.parent)

# our own words: a short report with a quote, names and figures
TEXT = ("Firefighters in the hill town of Varnholt spent the night pumping water from the flooded market hall, "
        "where 14 stalls were lost. \"We have never seen the river climb this fast,\" said Mayor Ilse Brandauer, "
        "who asked residents on the lower streets to leave before dawn. The regional office counted 230 homes "
        "without power on Thursday morning, and engineers were checking the old stone bridge for cracks.")

PROBE = """
import json, sys
from newsweave.consolidate.copies import profile, sign
from newsweave.consolidate.narrative import narrative_shingles
from newsweave.consolidate.wording import wording_sets
text = sys.stdin.read()
p = profile(text)
own, plain, order = wording_sets(text)
print(json.dumps({"trigrams": sorted(p.trigrams), "own": sorted(own), "plain": sorted(plain),
                  "order": order.hex(), "narrative": narrative_shingles(text).hex(),
                  "signature": sign("d", text).minhash, "anchors": sign("d", text).anchor_minhash}))
"""


def _measures(seed: str) -> dict:
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": SRC}
    out = subprocess.run([sys.executable, "-c", PROBE], input=TEXT, capture_output=True, text=True, env=env,
                         check=True)
    return json.loads(out.stdout)


def test_profiles_and_signatures_do_not_depend_on_the_hash_seed():
    first, second = _measures("1"), _measures("2")
    assert first["trigrams"] and first["own"] and first["plain"] and first["narrative"]
    for key in first:
        assert first[key] == second[key], key
