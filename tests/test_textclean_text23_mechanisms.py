"""Chrome kinds of chrome-heavy real pages drawn in text23 (issue 19): a browser-support banner, a broadcaster's note
on its own coverage in a live blog's key points, a reader-feedback box, a paywall renewal box with its greeting, a
template's caption label and scroll prompt, and a caption closing on an unlabelled "Name/Paper" credit. Each with
prose that must survive. All lines are invented."""
from __future__ import annotations

from newsweave.documents.textclean import clean_text
from newsweave.documents.textclean.captions import is_caption

from harbour_page import LAST, LEDE, SECOND, TITLE
from harbour_page import page as _page


def test_a_browser_support_banner_goes_but_a_sentence_about_browsers_stays():
    sentence = "The council said its old booking website was not supported by the port's ticket machines."
    page = clean_text(_page("Safari 9 is not supported. For the best experience, please use another browser.",
                            TITLE, LEDE, sentence, SECOND))
    assert "Safari" not in page.text and "best experience" not in page.text
    assert sentence in page.text and LEDE in page.text
    assert page.title == TITLE


def test_a_broadcasters_note_on_its_own_coverage_goes_but_rescue_teams_on_the_ground_stay():
    rescue = "Rescue teams are on the ground in the lower town and are clearing the roads."
    page = clean_text(_page(TITLE, LEDE, "  • Harbour TV News crews are on the ground and reporting from the quay.",
                            rescue, SECOND))
    assert "Harbour TV News" not in page.text
    assert rescue in page.text and SECOND in page.text


def test_a_reader_feedback_box_goes_but_people_sharing_their_views_stay():
    kept = "Fishermen were invited to share their experiences with the inquiry into the breakwater's collapse."
    page = clean_text(_page(TITLE, LEDE, kept, SECOND, LAST,
                            "Tell us what you think: share your thoughts with us on the Harbour Courier. We are here to listen.",
                            "Thank you for your feedback. We appreciate your input."))
    assert "share your thoughts" not in page.text and "appreciate your input" not in page.text
    assert kept in page.text and LAST in page.text


def test_a_paywall_renewal_box_and_its_greeting_go_but_renewal_in_a_story_stays():
    story = "The harbour authority said it would renew the ferry operator's licence for another ten years."
    page = clean_text(_page("Hi there", "Your digital subscription has expired. Renew today to unlock premium stories.",
                            "Restore your full access. Click here to reactivate.",
                            TITLE, LEDE, story, SECOND))
    assert "subscription has expired" not in page.text and "Restore your full access" not in page.text
    assert "Hi there" not in page.text
    assert story in page.text and LEDE in page.text
    assert page.title == TITLE


def test_a_caption_label_and_a_scroll_prompt_go_but_prose_about_captions_stays():
    kept = "The museum's caption for the old harbour photograph was rewritten after complaints from families."
    page = clean_text(_page(TITLE, "Caption for the portrait image:", "Scroll down to read the full story",
                            LEDE, kept, SECOND))
    assert "Caption for the portrait image" not in page.text and "Scroll down" not in page.text
    assert kept in page.text and LEDE in page.text


def test_a_caption_closing_on_a_photographer_and_paper_without_a_label_goes():
    caption = "Dock workers clear the quay on Tuesday morning in Port Aske. Jane Roe/Harbour Courier"
    assert is_caption(caption)
    page = clean_text(_page(TITLE, LEDE, SECOND, caption, LAST))
    assert "Jane Roe" not in page.text and "clear the quay" not in page.text
    assert LAST in page.text


def test_slashes_in_prose_are_no_photo_credit():
    for line in ("The motion passed on a simple yes/no vote.", "Talks moved between two capitals. The Hague/Brussels.",
                 "The ferry runs on the Port Aske/Lowtown route twice a day."):
        assert not is_caption(line), line


def test_a_picture_label_over_a_caption_label_is_no_title():
    headline = "Port Aske counts the cost of a week of storms on its northern quay"
    page = clean_text(_page("Harbour Board", "Caption for the wide image:", headline, "A view of the quay in Port Aske.",
                            LEDE, SECOND, LAST))
    assert page.title == headline
    assert "Harbour Board" not in page.text and LEDE in page.text


def test_a_summary_above_a_headline_printed_twice_is_a_teaser():
    summary = "As crews clear the quay, early counts show two boats sunk and a dozen damaged, with more storms due."
    dek = "Crews work through the night as the port counts its losses."
    page = clean_text("\n".join([summary, TITLE, "", TITLE, dek, LEDE, SECOND, LAST]) + "\n")
    assert page.title == TITLE
    assert summary not in page.text and LEDE in page.text and LAST in page.text


def test_a_standfirst_repeated_by_the_lede_goes_but_a_lede_and_a_different_second_paragraph_stay():
    standfirst = "Fishing crews reopened the northern harbour after the storm, a move the council calls overdue."
    lede = ("Two boats sank and a dozen were damaged in the worst storm to hit the coast in a decade. Fishing crews "
            "reopened the northern harbour on Monday after the storm had closed it for a week, a move the council has "
            "called overdue and long promised.")
    page = clean_text(_page(standfirst, lede, SECOND, LAST))
    assert standfirst not in page.text and lede in page.text
    kept = clean_text(_page(LEDE, SECOND, LAST))
    assert LEDE in kept.text and SECOND in kept.text
