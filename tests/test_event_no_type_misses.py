"""Existing triggers whose rows were too narrow for a kind of object (issue 13, dev no-type miss review r65).

Read by the PLOVER manual: SANCTION is any reduction of existing, routine or cooperative relations (PETRARCH2's
CAMEO 160 codes a sacking so); suspending, dismissing or firing an office holder, or placing one on leave, reduces
the relation of the one who does it with that official.  The lexicon rows whose source names the review are taken
out for the "off" reading; each changed sentence loses its event without them, each kept contrast reads the same.
Sentences written for these tests.
"""
from __future__ import annotations

import pytest

from event_pipeline import coded
from newsweave.extract.plover import LEXICON_FILE

TAG = "dev no-type miss review (r65)"


def _without_rows(options, tmp_path):
    """The options with the shipped lexicon minus this review's rows (given as the user's file in its place)."""
    lines = LEXICON_FILE.read_text(encoding="utf-8").splitlines(keepends=True)
    kept = [ln for ln in lines if TAG not in ln]
    assert len(kept) < len(lines)
    own = tmp_path / "lexicon_without_r65.tsv"
    own.write_text("".join(kept), encoding="utf-8")
    return options.replace(event_lexicon_files=(str(own),),
                           event_sources=tuple(s for s in options.event_sources if s != "lexicon"))


def _events(nlp, options, text):
    return [(t, a, r) for t, a, r, _why in coded(nlp, options, text)]


CHANGED = [
    # (text, the event these rows code)
    ("President Ramos placed Finance Minister Ana Costa on leave with immediate effect.",
     ("SANCTION", ["Ramos"], ["Ana Costa"])),
    ("Governor Marta Rocha put Police Commissioner Jorge Salas on special leave on Friday.",
     ("SANCTION", ["Marta Rocha"], ["Jorge Salas"])),
    ("Prime Minister Ortega fired Defence Minister Luis Vera on Sunday.",
     ("SANCTION", ["Ortega"], ["Luis Vera"])),
    ("President Lula dismissed Justice Minister Pedro Alves after the escape.",
     ("SANCTION", ["Lula"], ["Pedro Alves"])),
    ("Premier Kato suspended Trade Secretary Emi Sato over the leaked memo.",
     ("SANCTION", ["Kato"], ["Emi Sato"])),
]

KEPT = [
    # the same verbs on other objects: a proposal dismissed, a fleet put on alert, shots fired, talks suspended
    ("President Lula dismissed the union's proposal on Monday.", "REJECT"),
    ("Premier Kato dismissed the official explanation of the crash.", "REJECT"),
    ("The Chilean navy put its fleet on high alert.", "MOBILIZE"),
    ("Chilean troops fired on Peruvian soldiers at the border.", "ASSAULT"),
    ("Peru suspended peace talks with Chile.", "REJECT"),
]


@pytest.mark.parametrize("text, event", CHANGED, ids=[c[0][:40] for c in CHANGED])
def test_an_office_holder_suspended_or_dismissed_is_a_sanction(nlp, options, tmp_path, text, event):
    found = _events(nlp, options, text)
    assert event in found, found
    off = _events(nlp, _without_rows(options, tmp_path), text)
    assert event not in off, off


@pytest.mark.parametrize("text, kind", KEPT, ids=[k[0][:40] for k in KEPT])
def test_the_same_verbs_on_other_objects_stay(nlp, options, tmp_path, text, kind):
    found = _events(nlp, options, text)
    assert kind in [t for t, _a, _r in found], found
    assert "SANCTION" not in [t for t, _a, _r in found], found
    assert found == _events(nlp, _without_rows(options, tmp_path), text)
