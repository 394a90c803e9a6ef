"""Glue seams (documents/textclean/seams.py, data/cleaning/glue_seams.tsv): chrome run into a paragraph is cut off
before the line classifier reads the pieces. Every seam on sentences written here: without its row the unit stays
whole, and prose of the same look is not cut."""
from __future__ import annotations

import pytest

from newsweave.documents.textclean import clean_text
from newsweave.documents.textclean.seams import SEAMS_FILE, load_seams, seam_pieces, split_at_seams
from test_line_classifier import P1, P2, P3, TITLE

SEAMS = load_seams()

# (kind, glued text, the chrome piece the seam must cut off, a contrast of the same look that must stay whole)
CASES = [
    ("credit", "Rescuers search a collapsed barn near the ridge on Monday. (Photo by Tam Orrin / Valley Wire)",
     "(Photo by Tam Orrin / Valley Wire)", "Rescuers search a barn (by the ridge) on Monday, the council said."),
    ("credit", "A volunteer stacks sandbags outside the mill in Harlow. Tam Orrin/Valley Wire via Getty Images",
     "Tam Orrin/Valley Wire via Getty Images", "A volunteer stacks sandbags outside the mill, Tam Orrin/Valley Wire said."),
    ("credit", "The pier reopened after the storm on 6 May 2024. VALLEYWIRE/TAM ORRIN",
     "VALLEYWIRE/TAM ORRIN", "The pier reopened after the storm, the VALLEYWIRE/TAM desk said on Monday."),
    ("credit", "Families queue for water at the depot in Harlow | Valley Press via Getty Images",
     "| Valley Press via Getty Images", "Families queue for water at the depot in Harlow, officials said."),
    ("agency", "\u201cThe engine failed twice,\u201d the captain said. HARLOW (Reuters)",
     "HARLOW (Reuters)", "The captain told Reuters that the engine failed twice near Harlow."),
    ("dateline", "4-2-2025 (HARLOW) Floods cut the road to three villages on Sunday.",
     "4-2-2025 (HARLOW)", "On 4-2-2025 floods cut the road to three villages (Harlow and two others)."),
    ("timestamp", "The count closed before midnight. 10:15 AM GMT Ministers meet at the harbour The talks began.",
     "10:15 AM GMT", "The count closed at 10:15 AM GMT. Ministers met at the harbour."),
    ("timestamp", "Storm due to reach the coast tonightpublished at 10:15 GMT 6 May",
     "published at 10:15 GMT 6 May", "The storm reached the coast tonight, officials published at once."),
    ("credit", "The strike will halt trains across the region. Source: Valley Wire Monday, May 6, 2024 | 10:15 Share",
     "Source: Valley Wire Monday, May 6, 2024 | 10:15 Share", "The strike will halt trains. The source said so on Monday."),
    ("credit", "Screenshot 2024-05-06 at 10.15.22 Most warnings have now been lifted in the valley.",
     "Screenshot 2024-05-06 at 10.15.22", "A screenshot taken at 10.15 shows most warnings lifted in the valley."),
    ("dateline", "Harlow, 6-5-2024 — /valleywire.example/ — Volunteers thanked the rescue crews on Sunday.",
     "— /valleywire.example/ —", "Harlow, 6-5-2024 — volunteers thanked the rescue crews on Sunday."),
    ("read_more", "The court will rule next month. More here.",
     "More here.", "The court will rule next month. More hearings follow."),
    ("ui", "CLOSE Floods cut the road to three villages on Sunday.",
     "CLOSE", "Close to three villages lost their road on Sunday."),
    ("credit", "Ferry crews tie down the cargo at the quay on Tuesday. Photograph: Tam Orrin/Valley Wire",
     "Photograph: Tam Orrin/Valley Wire", "Ferry crews tie down the cargo. Photographs from the quay show it on Tuesday."),
    ("credit", "Two barges wait outside the lock in spring. Picture: VALLEY WIRE.",
     "Picture: VALLEY WIRE.", "Two barges wait outside the lock. Pictures of them: none were taken."),
    ("credit", "A map of the valley before and after the flood. (Source: Valley Wire)",
     "(Source: Valley Wire)", "The valley flooded twice (sources say three times) before the dam was built."),
]


def without(kind: str):
    return tuple(s for s in SEAMS if s[0] != kind)


@pytest.mark.parametrize("kind,text,chrome,contrast", CASES)
def test_each_seam_cuts_its_chrome_off_and_leaves_prose_of_the_same_look_whole(kind, text, chrome, contrast):
    assert chrome in split_at_seams(text)
    assert chrome not in split_at_seams(text, without(kind))  # the seam's own rows make the cut
    assert split_at_seams(contrast) == [contrast]


def test_every_seam_row_names_its_source_and_a_dropped_unit_stays_whole():
    rows = [ln for ln in SEAMS_FILE.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    assert rows[0].split("\t") == ["kind", "cut", "pattern", "source"]
    assert all(len(r.split("\t")) == 4 and r.split("\t")[3].strip() for r in rows[1:])
    glued = CASES[0][1]
    assert seam_pieces([glued], [True]) == [(0, glued)]
    assert [p for _, p in seam_pieces([glued], [False])] == split_at_seams(glued)


def test_the_classifier_drops_a_glued_photo_credit_and_keeps_the_prose_around_it():
    credit = "(Photo by Tam Orrin / Valley Wire)"
    glued = f"The ferries stayed in port all day. {credit} " + P2
    text = "\n\n".join([TITLE, P1, glued, P3]) + "\n"
    assert credit in clean_text(text).text  # the rules alone keep it
    cleaned = clean_text(text, line_classifier=True)
    assert credit not in cleaned.text
    assert (credit, ) == tuple(t for t, r in cleaned.removed if r.endswith("(glued)"))
    for kept in (P1, P3, "The ferries stayed in port all day.", P2):
        assert kept in cleaned.text


def test_the_classifier_drops_a_bracketed_source_glued_after_a_caption():
    credit = "(Source: Valley Wire)"
    caption = "Ferry crews tie down the cargo at the quay on Tuesday."
    text = "\n\n".join([TITLE, P1, f"{caption} {credit}", P2, P3]) + "\n"
    assert credit in clean_text(text).text  # the rules alone keep it
    cleaned = clean_text(text, line_classifier=True)
    assert credit not in cleaned.text
    assert credit in [t for t, r in cleaned.removed if r.endswith("(glued)")]
    for kept in (P1, P2, P3):
        assert kept in cleaned.text


def test_a_piece_knows_it_was_cut_from_its_neighbour():
    from newsweave.documents.textclean.lineclass import line_features
    pieces = seam_pieces([TITLE, "The ferries stayed in port all day. (Photo by Tam Orrin / Valley Wire)", P3])
    feats = line_features([p for _, p in pieces], [i for i, _ in pieces])
    assert [(f["glued_prev"], f["glued_next"]) for f in feats] == [(0, 0), (0, 1), (1, 0), (0, 0)]
    assert all(f["glued_prev"] == f["glued_next"] == 0 for f in line_features([p for _, p in pieces]))


def test_only_a_piece_cut_from_its_units_closing_piece_reads_as_a_caption_before_its_credit():
    from newsweave.documents.textclean.lineclass import line_features
    caption = "Ferry crews tie down the cargo at the quay on Tuesday. Photograph: Tam Orrin/Valley Wire"
    middle = "The ferries stayed in port all day. (Photo by Tam Orrin / Valley Wire) " + P2
    pieces = seam_pieces([caption, middle])
    feats = line_features([p for _, p in pieces], [i for i, _ in pieces])
    assert [(f["glued_next"], f["glued_tail"]) for f in feats] == [(1, 1), (0, 0), (1, 0), (1, 1), (0, 0)]


def test_a_dateline_and_wire_tag_cut_from_the_front_still_date_the_page():
    text = "\n\n".join([TITLE, "Harlow, 16-5-2024 \u2014 /valleywire.example/ \u2014 " + P1, P2, P3]) + "\n"
    cleaned = clean_text(text, line_classifier=True)
    assert "/valleywire.example/" not in cleaned.text and P1 in cleaned.text
    assert cleaned.published == "2024-05-16"
