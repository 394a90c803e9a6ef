"""Chrome of live blogs, reader-funding drives, clickbait mirrors and blog templates (textdraw11 round).
Every page here is invented; the rules are the ones named in each test."""
from __future__ import annotations

from newsweave.documents.textclean import clean_text
from newsweave.documents.textclean.captions import library_credit_caption
from newsweave.documents.textclean.stamps import cut_entry_stamps

LEDE = ("The harbour board in Port Aske voted on Thursday to close the old ferry pier for repairs, "
        "a decision that will reroute about 900 commuters a day for most of the spring.")
SECOND = ("Board chair Mira Tolland said the timber piles had rotted faster than the engineers expected "
          "and that the work could not wait for the summer season.")


def test_entry_stamp_glued_after_a_sentence_is_cut_and_splits_the_entries():
    # stamps.cut_entry_stamps: a clock stamp with a zone after a sentence end, before a capital
    text = cut_entry_stamps("The count went on past midnight. 09:14 PM GMT Turnout tops forecast The figures show more.")
    assert "09:14" not in text
    assert text.split("\n\n") == ["The count went on past midnight.", "Turnout tops forecast The figures show more."]


def test_labelled_entry_stamp_glued_to_a_heading_is_cut():
    text = cut_entry_stamps("Ferries halted at dawnposted at 06:02 UTC 3 March\n\nThe operator said no boat would sail.")
    assert "06:02" not in text and "posted at" not in text
    assert text.startswith("Ferries halted at dawn")


def test_clock_time_inside_a_sentence_is_kept():
    text = "The tremor struck at 04:40 GMT on Sunday. Nobody was hurt."
    assert cut_entry_stamps(text) == text
    page = clean_text("Tremor shakes Port Aske\n\n" + text + "\n\n" + LEDE)
    assert "at 04:40 GMT on Sunday" in page.text


def test_live_blog_sign_off_and_recap_lines_go():
    # cue rows: live-blog sign-off (support) and recap lead-in (ui), once the stamps are cut
    page = clean_text("Pier vote live\n\n" + LEDE + " 11:05 AM BST Live coverage closes Thank you for following "
                      "our live updates today. This live blog has now ended.\n\n"
                      "Here is a recap of the key events:\n\n" + SECOND)
    assert LEDE in page.text and SECOND in page.text
    assert "Thank you for following" not in page.text and "recap of the key events" not in page.text


def test_reader_funding_drive_goes_and_is_not_the_title():
    # cue rows: reader-funding pleas ("readers like you", "value in our reporting", "give what you can")
    page = clean_text("Sponsored\n\nWe need your support today\n\n"
                      "Help from people like you keeps the Harbour Gazette printing.\n\n"
                      "If you have found value in our coverage, please give what you can so we can keep going.\n\n"
                      "Pier to close for spring repairs\n\n" + LEDE + "\n\n" + SECOND)
    assert page.title == "Pier to close for spring repairs"
    assert "people like you" not in page.text and "give what you can" not in page.text
    assert "We need your support" not in page.text
    assert LEDE in page.text and SECOND in page.text


def test_picture_library_credit_closes_a_caption():
    # captions.library_credit_caption and body rule library_caption
    assert library_credit_caption("Crews lift a fallen oak off the coast road near the lighthouse. Shutterstock")
    assert library_credit_caption("Commuters wait at the closed pier on Friday morning | Jo Baines via Getty Images")
    assert not library_credit_caption("The council blamed the delay on the EPA")
    page = clean_text("Pier to close\n\n" + LEDE + "\n\nA crane beside the rotten piles on the north side. Alamy\n\n" + SECOND)
    assert "Alamy" not in page.text and SECOND in page.text


def test_screenshot_file_name_caption_goes():
    page = clean_text("Pier to close\n\n" + LEDE + "\n\nScreenshot 2024-02-11 at 09.15.40 The board's notice "
                      "about the closure\n\n" + SECOND)
    assert "Screenshot" not in page.text and SECOND in page.text


def test_pagination_line_and_clickbait_titles_under_it_go():
    # tail.cut_at_page_break with the page_break cue rows
    teasers = ["She Laughed at My Old Car - a Week Later She Needed a Ride", "Ten Soups That Warm You Up Fast",
               "Why Your Houseplants Keep Dying and How to Stop It"]
    page = clean_text(LEDE + "\n\n" + SECOND + "\n\nCONTINUE READING ON THE NEXT PAGE\n\n" + "\n\n".join(teasers))
    assert LEDE in page.text and SECOND in page.text
    assert "NEXT PAGE" not in page.text and not any(t in page.text for t in teasers)


def test_pagination_line_with_paragraphs_under_it_goes_alone():
    page = clean_text(LEDE + "\n\nClick next to continue\n\n" + SECOND)
    assert LEDE in page.text and SECOND in page.text and "Click next" not in page.text


def test_blog_template_meta_bullets_give_the_author():
    # head rule meta_list_under_title
    page = clean_text("Pier to close for spring repairs\n- Odile Varga\n- Mar 4\n- 3 min read\n\n" + LEDE + "\n\n" + SECOND)
    assert page.author == "Odile Varga"
    assert "Odile Varga" not in page.text and "Mar 4" not in page.text
    assert page.text.startswith(LEDE[:40])


def test_bbc_template_rows_and_entry_signature_go():
    # cue rows for "Author, ..." / "Role, ..." rows, "Image source, ..." glued to a caption; rule name_over_outlet
    page = clean_text("Pier to close\n\n- Author, Desk staff\n- Role, BBC News\n\n" + LEDE + "\n\nOdile Varga\nBBC News\n\n"
                      "Workers at the pier on FridayImage source, Harbour Board\n\n" + SECOND)
    for gone in ("Author, Desk staff", "Role, BBC News", "Odile Varga", "Image source"):
        assert gone not in page.text
    assert LEDE in page.text and SECOND in page.text


def test_update_label_with_day_and_month_and_paragraph_tags():
    page = clean_text("Pier to close\n\nLAST UPDATE | 4 Mar\n\n<p>" + LEDE + "</p><p>" + SECOND + "</p>")
    assert "LAST UPDATE" not in page.text and "<p>" not in page.text
    assert LEDE in page.text and SECOND in page.text


def test_section_label_and_list_widget_text_go():
    page = clean_text("Pier to close\nPublished in Local News\n\n" + LEDE + "\n\nlist of 4 itemsend of list\n\n" + SECOND)
    assert "Published in" not in page.text and "list of 4 items" not in page.text
    assert LEDE in page.text and SECOND in page.text
