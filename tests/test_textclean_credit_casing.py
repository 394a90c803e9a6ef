"""Credits read where and as they are written: an agency's sign-off after a paragraph's last sentence is cut, the
paragraph stays; a bracketed agency credit is read in its own casing; a copyright notice is its own sentence (all
text written for these tests)."""
from __future__ import annotations

from newsweave.documents.textclean import clean_text
from newsweave.documents.textclean.captions import credit_suffix, is_caption, signoff_suffix
from newsweave.documents.textclean.units import Unit

HEAD = "The Fjordside Post\n\nHome | News | Sport\n\nFerry crews vote to strike over overtime cuts\n\nBy Ola Brekke\n\n"
LEDE = ("The union representing ferry crews on the northern route voted on Sunday to strike for three days "
        "after the company announced cuts to overtime pay.")
MIDDLE = "Managers said they hoped to reach a deal before the first crossing of the week was cancelled."


def _clean(body: list[str]) -> str:
    return clean_text(HEAD + "\n\n".join(body) + "\n\nShare | Print | Email").text


def test_an_agency_sign_off_is_cut_and_its_paragraph_kept():
    for signoff in (" — AP", " —Reuters", " – AFP", " -- Reuters", " - AFP"):
        last = "The company did not answer calls asking whether the evening boats would still sail."
        text = _clean([LEDE, MIDDLE, last + signoff])
        assert last in text, signoff
        assert signoff.strip() not in text, signoff
    # a dash inside a sentence and a short credit line are no sign-off of a paragraph
    assert signoff_suffix("Crews walked out — AP") is None
    assert signoff_suffix("The skipper said the route would close early next year — a blow to the island.") is None


def test_a_bracketed_agency_is_a_credit_only_as_an_agency_writes_it():
    assert is_caption("Crews picket the ferry terminal gate at dawn (EPA)")
    assert is_caption("Crews picket the ferry terminal gate at dawn (REUTERS)")
    # the same letters in another casing are an abbreviation of the sentence's own words
    abbreviation = "Das neue Register heißt elektronische Patientenablage (ePA)"
    assert not is_caption(abbreviation)
    assert "credit" not in Unit(abbreviation, 0).kinds
    assert abbreviation in _clean([LEDE, abbreviation, MIDDLE])
    # after the last sentence it is a text credit, cut off its paragraph
    assert credit_suffix(MIDDLE + " (EPA)") == len(MIDDLE) + 1


def test_all_rights_reserved_inside_a_sentence_is_no_copyright_notice():
    prose = "The court found the studio still had all rights reserved for the island film."
    text = _clean([LEDE, prose, MIDDLE, "© 2025 Fjordside Media. All rights reserved."])
    assert prose in text
    assert "All rights reserved" not in text
    assert "copyright" in Unit("Fjordside Media 2025 - All rights reserved", 0).kinds


def test_an_agency_sign_off_with_its_desk_initials_is_cut():
    last = "The harbour office asked skippers to keep clear of the northern channel until the repairs were done."
    assert signoff_suffix(last + " PTI ABC KL KL") == len(last)
    text = _clean([LEDE, MIDDLE, last + " PTI ABC KL KL"])
    assert last in text and "ABC KL" not in text
    # capitals that are no agency stay: an acronym closing a sentence's own words
    assert signoff_suffix("The ferry will sail under a new licence from the harbour board. NB OK") is None


def test_an_app_prompt_line_is_interface_text():
    for prompt in ("Open in App", "Read in the Post app", "Download the app"):
        assert prompt not in _clean([LEDE, prompt, MIDDLE]), prompt
    prose = "Passengers can open the timetable in the app and book a seat up to an hour before the crossing."
    assert prose in _clean([LEDE, prose, MIDDLE])


def test_a_sign_up_prompt_naming_the_list_is_a_plea_and_a_sentence_about_one_is_not():
    prompt = "Join the Fjordside.net mailing list |"
    text = _clean([LEDE, MIDDLE, "NEWSLETTER", "|", prompt, "|"])
    assert "mailing list" not in text and "NEWSLETTER" not in text
    assert MIDDLE in text
    reported = "Islanders were told to join the harbour office mailing list to hear of cancelled crossings, the council said."
    assert reported in _clean([LEDE, reported, MIDDLE])


def test_a_byline_label_on_its_own_line_takes_the_name_beside_it():
    for pair in (["Signe Hovda", "Published by"], ["Written by", "Signe Hovda"]):
        cleaned = clean_text(HEAD.replace("By Ola Brekke\n\n", "") + "\n\n".join([LEDE, *pair, MIDDLE]))
        assert "Signe Hovda" not in cleaned.text and "Published by" not in cleaned.text
        assert cleaned.author == "Signe Hovda"
        assert LEDE in cleaned.text and MIDDLE in cleaned.text
    # a label beside a line that is no name stays where it is
    assert "Published by" in _clean([LEDE, "Published by", "the harbour board, in the spring.", MIDDLE])


def test_a_picture_label_with_its_agency_glued_on_is_a_caption():
    assert is_caption("The island's harbour master, at the quay (File)AFP.")
    assert is_caption("The island's harbour master, at the quay (File) Reuters")
    assert not is_caption("The harbour master signed the file (Reuters).")


def test_the_word_copyright_opening_a_sentence_is_no_notice():
    prose = "Copyright claims by the island's radio station forced the council to take its ferry videos down."
    text = _clean([LEDE, prose, MIDDLE, "Copyright Fjordside Media Ltd"])
    assert prose in text
    assert "Fjordside Media Ltd" not in text
    for notice in ("Copyright 2025 Fjordside Media", "Copyright © Fjordside", "© Fjordside Media"):
        assert "copyright" in Unit(notice, 0).kinds, notice


def test_photographer_credits_with_by_or_a_label_alone_are_captions():
    assert is_caption("Crew members wait at the gate on Sunday. Photo by Signe Hovda for The Fjordside Post")
    assert is_caption("Photograph: Signe Hovda/The Fjordside Post")
    assert is_caption("Picture by SIGNE HOVDA")
    assert not is_caption("The pictures by Signe Hovda won the regional prize.")
    assert not is_caption("Photo: the council put a drawing of the new pier on its website.")


def test_wire_credits_ad_slot_labels_and_comment_forms_go():
    chrome = ["(Reporting by Signe Hovda; Editing by Ola Brekke)", "Story continues below advertisement",
              "Scroll to continue with content", "Read more: Ferry fares to rise in the summer",
              "Your email address will not be published. Required fields are marked *", "Cancel reply"]
    for line in chrome:
        text = _clean([LEDE, line, MIDDLE, "The company said the talks would resume on Tuesday at the town hall."])
        assert line not in text, line
        assert LEDE in text and MIDDLE in text
    prose = "The story continues a long dispute between the crews and the company over night shifts."
    assert prose in _clean([LEDE, prose, MIDDLE])


def test_the_byline_authors_bio_with_the_outlets_name_or_a_beat_goes_at_the_end():
    for bio in ("Ola Brekke is the Post's transport correspondent.", "Ola Brekke covers the islands for the Post."):
        text = _clean([LEDE, MIDDLE, bio])
        assert bio not in text and MIDDLE in text, bio
    # someone else's role at the end is the story's
    other = "Signe Hovda is the union's chief negotiator and has led three strikes."
    assert other in _clean([LEDE, MIDDLE, other])


def test_a_line_telling_where_someone_stands_in_the_picture_is_a_caption():
    from newsweave.documents.textclean.captions import position_marked_caption
    caption = "Signe Hovda (right) has told the ferry company that the crews will not accept the cut"
    assert position_marked_caption(caption)
    assert caption not in _clean([caption, LEDE, MIDDLE])
    # a sentence of the story pointing at a picture ends in a full stop, and stays
    sentence = "Signe Hovda (left) and Ola Brekke met at the quay on Sunday to agree the strike dates."
    assert not position_marked_caption(sentence)
    assert sentence in _clean([LEDE, sentence, MIDDLE])
