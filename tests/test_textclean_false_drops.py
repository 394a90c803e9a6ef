"""Body text the cleaner must keep: prose that happens to contain a chrome cue's words or a caption's shape
(all text written for these tests). Found with ``benchmarks/textclean.py --rank``."""
from __future__ import annotations

from newsweave.documents.textclean import clean_text
from newsweave.documents.textclean.captions import uncredited_caption

HEAD = "The Valley Ledger\n\nFerry timetable changes leave commuters waiting\n\nBy Tove Aasen\n\n"
LEDE = ("The county ferry company published its winter timetable on Monday, cutting two morning crossings "
        "and moving the last evening boat forward by forty minutes.")
CLOSE = "The company said the timetable would be reviewed in the spring after a public meeting in the town hall."


def _kept(body: list[str]) -> str:
    return clean_text(HEAD + "\n\n".join(body) + "\n\nShare | Print | Email").text


def test_a_call_to_action_cue_needs_whole_words():
    prose = ("Ridership fell sharply after the storm hit following a dry summer, and the company lost "
             "nearly a fifth of its passengers on the northern route before the autumn.")
    text = _kept([LEDE, prose, "Hit the subscribe button", CLOSE])
    assert prose in text
    assert "Hit the subscribe button" not in text


def test_a_clause_after_a_colon_is_no_caption():
    prose = "Ferry operators hold a strong card in the timetable talks: They will cut evening crossings"
    assert not uncredited_caption(prose)
    assert prose in _kept([prose + ".", LEDE, CLOSE])
    # one clause showing people doing something, above the lede, is still a caption
    caption = "Commuters wait for the ferry at the northern pier in the rain."
    assert uncredited_caption(caption)
    assert caption not in _kept([caption, LEDE, CLOSE])


def test_a_button_under_every_entry_is_no_teaser_card():
    entries = []
    for item, summary in (("Folding kayak for $300", "The folding kayak packs into a rucksack and takes ten minutes to "
                                                      "assemble on the shore, which suits paddlers without a roof rack."),
                          ("Trail lantern for $45", "The lantern runs for two nights on one charge and doubles as a "
                                                    "power bank when the phone dies halfway up the ridge."),
                          ("Wool blanket for $80", "The blanket is woven in a mill up the valley and survived a whole "
                                                   "winter of testing in a cold cabin without losing its shape.")):
        entries += [item, "Buy it now: Shop", summary]
    text = _kept([LEDE] + entries + [CLOSE])
    assert "The lantern runs for two nights" in text
    assert "The blanket is woven in a mill" in text


def test_cue_wording_in_reported_speech_is_article_text():
    reported = ("The culture minister urged listeners to support independent media after two regional "
                "stations lost their licences in the autumn.")
    notice = "Copyright lawyers for the ferry company said the new logo had been copied from a rival."
    service = "Subscribe to the text alerts at the harbour office, the ferry company said on Friday."
    plea = "If you value our reporting, please support independent journalism with a small monthly gift."
    text = _kept([LEDE, reported, notice, service, CLOSE, plea, "Copyright 2025 Valley Ledger"])
    assert reported in text and notice in text and service in text
    assert plea not in text and "Copyright 2025" not in text


def test_a_sentence_opening_on_by_is_no_byline():
    for opening in ("By Thursday evening, more than 300 travellers had been turned away from the northern pier.",
                    "By the end of the winter, the company expects to run a second boat on the island route."):
        text = _kept([LEDE, opening, CLOSE])
        assert opening in text
    cleaned = clean_text(HEAD + "\n\n".join([LEDE, CLOSE]))
    assert cleaned.author == "Tove Aasen"
    notice = clean_text(HEAD + "By staying on this site you agree to the use of cookies for the ferry timetable.\n\n"
                        + "\n\n".join([LEDE, CLOSE]))
    assert "you agree" not in notice.text


def test_a_present_tense_lede_with_a_second_clause_or_a_source_is_no_caption():
    for first in ("Islanders gather at the ferry office every morning, and many now wait two hours for a crossing.",
                  "Hundreds of commuters gather at the pier to protest against the cuts on Saturday, organisers say.",
                  "It was not immediately clear how many crossings would be cut in the spring."):
        assert not uncredited_caption(first)
        assert first in _kept([first, LEDE, CLOSE])
    # a caption's one clause, with the picture's place, still goes
    assert uncredited_caption("Deckhands carry crates of fish off the evening boat at the northern pier.")


def test_a_numbered_step_is_no_inline_teaser():
    step = "2. Keep every receipt for the crossings you pay for this winter"
    text = _kept([LEDE, "Passengers can claim part of the fare back when a crossing is cancelled at short notice.",
                  step, "Why it matters", "The company pays refunds only against a receipt, its rules say.", CLOSE])
    assert step in text


def test_a_web_address_is_not_two_glued_sentences():
    from newsweave.documents.textclean.spacing import respace_glued_sentences
    # an outlet named by its domain, a capitalised top-level domain, and a www address keep their dots
    assert respace_glued_sentences("The harbour board met on Friday, Ferrynews.Kz reported.") \
        == "The harbour board met on Friday, Ferrynews.Kz reported."
    assert respace_glued_sentences("Timetables are posted at www.ValleyFerries.com each month.") \
        == "Timetables are posted at www.ValleyFerries.com each month."
    # real glued sentences still get their space, also when the next word is a domain that is a word
    assert respace_glued_sentences("The pier burnt.The ferry stopped.") == "The pier burnt. The ferry stopped."
    assert respace_glued_sentences("The pier burnt.It was rebuilt.") == "The pier burnt. It was rebuilt."
    assert respace_glued_sentences("See Ferries.com.Then book.") == "See Ferries.com. Then book."


def test_a_paragraph_naming_a_domain_outlet_is_kept_whole():
    prose = "Two crossings were cancelled after the storm, Lakeport.Az reported citing the harbour office."
    assert prose in _kept([LEDE, prose, CLOSE])


def test_a_share_row_copied_mid_article_does_not_cut_the_story_below_it():
    story = ["The council's transport committee will discuss the timetable at its next meeting, a spokesperson "
             "said on Tuesday.",
             "“We will listen to every commuter before anything is final,” the committee chair told reporters."]
    for widget in ("Share this article", "Comments"):
        text = _kept([LEDE, "Commuters on the northern route said the changes would add an hour to their day.",
                      widget, *story])
        assert all(p in text for p in story), widget
        assert f"\n{widget}\n" not in f"\n{text}\n"


def test_a_comment_thread_under_its_heading_still_goes():
    comments = ["I take this boat every morning and it has never once left on time.",
                "Bring back the old timetable please, it worked for everyone on the island."]
    text = _kept([LEDE, "Commuters on the northern route said the changes would add an hour to their day.",
                  CLOSE, "Comments", *comments])
    assert CLOSE in text
    assert not any(c in text for c in comments)


def test_a_request_reported_under_way_is_article_text_and_the_pages_own_plea_is_not():
    news = ("The island council opened a collection on Monday, asking residents to donate to help the families "
            "whose boats sank in the storm.")
    plea = "We are asking readers to donate to help keep the Ledger free for everyone on the island."
    text = _kept([LEDE, news, plea, CLOSE])
    assert news in text
    assert plea not in text


def test_a_caption_verb_used_as_a_noun_makes_no_caption():
    # "march" and "wait" after a determiner are nouns: a headline-like first paragraph, not a picture's caption
    assert not uncredited_caption("The valley council bans the Harvest Fair march for the first time.")
    assert not uncredited_caption("Islanders protest the wait for the new ferry.")
    # the same verbs after their subject still make a caption, also when the subject is a name after "The"
    assert uncredited_caption("Farmers march through the valley town on Saturday")
    assert uncredited_caption("The Harbour Master waits on the quay as the ferry docks")
    first = "The valley council bans the Harvest Fair march for the first time."
    assert first in _kept([first, LEDE, CLOSE])


def test_a_datelined_or_today_anchored_present_tense_lede_is_no_caption():
    from newsweave.documents.textclean.captions import reads_as_lede
    for first in ("HARBOURTON, Norland (Coastwire) — Dock workers walk off the job over a cut to night-shift pay.",
                  "SKEIDVIK: Fishermen gather at the quay to protest the new catch limits.",
                  "Dock workers walk off the job today over a cut to night-shift pay.",
                  "Hundreds of teachers march to the town hall this morning to demand smaller classes."):
        assert reads_as_lede(first)
        assert not uncredited_caption(first)
        assert first in _kept([first, LEDE, CLOSE])
    # a scene with a weekday and no dateline still reads as a caption
    assert not reads_as_lede("Dock workers wait at the gate of the container terminal on Friday.")
    assert uncredited_caption("Dock workers wait at the gate of the container terminal on Friday.")


def test_a_present_tense_first_line_the_next_paragraph_goes_on_from_is_the_lede():
    first = "Dock workers at the container terminal walk off the job over a cut to night-shift pay."
    goes_on = "They say the cut would take a fifth off the wages of the youngest crews, who work most nights."
    text = _kept([first, goes_on, CLOSE])
    assert first in text and goes_on in text
    # the same line above a lede that opens afresh is a caption
    assert first not in _kept([first, LEDE, CLOSE])


def test_plea_words_inside_a_sentence_about_someone_else_are_news():
    news = "The island trust will support independent journalism on the three ferry routes for five more years."
    text = _kept([LEDE, news, CLOSE, "Support independent journalism: give what you can to the Ledger."])
    assert news in text
    assert "give what you can" not in text
    # the same words opening the sentence, or in the page's voice, are its plea
    for plea in ("Support independent journalism on the islands with a monthly gift.",
                 "Paid members keep the Ledger independent and free to read.",
                 "We need our readers to support independent journalism on the islands."):
        assert plea not in _kept([LEDE, CLOSE, plea])


def test_a_section_label_copied_mid_article_does_not_cut_the_reporting_under_it():
    story = ["The harbour master said the new pier would be finished before the summer timetable starts.",
             "Two contractors bid for the work, the council's records show."]
    for label in ("Topics", "About the author"):
        text = _kept([LEDE, "Commuters on the northern route said the changes would add an hour to their day.",
                      label, *story])
        assert all(s in text for s in story), label
    # under a real closing section nobody is reported saying anything: it still goes
    bio = "Tove Aasen writes about transport and the islands for the Ledger."
    text = _kept([LEDE, "Commuters on the northern route said the changes would add an hour to their day.",
                  CLOSE, "About the author", bio])
    assert bio not in text and CLOSE in text


def test_a_section_label_copied_mid_article_goes_alone():
    story = "The harbour master said the new pier would be finished before the summer timetable starts."
    text = _kept([LEDE, "Commuters on the northern route said the changes would add an hour to their day.",
                  "Topics", story, CLOSE])
    assert story in text and "\nTopics\n" not in f"\n{text}\n"
