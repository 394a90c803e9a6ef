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


# -- text25 round: reposted pages with teaser lists, alt text, stamp pairs, embeds and aggregator headers ----------

THIRD = ("Engineers from the county council will inspect the remaining piers next month, the board said, "
         "and a report on their state is due before the autumn timetable is set.")


def test_teaser_heading_on_its_own_line_takes_its_whole_list():
    # stamps.cut_glued_teasers reads a cue glued on a paragraph's own line only; body.drop_body_lines then runs
    # the related-articles block (teaser_block) even though "READ MORE" is also a widget's words
    page = clean_text("Pier closes for repairs\n\n" + LEDE + "\n\nREAD MORE\nFarmers count losses after late frost\n"
                      "Rail union calls off weekend strike\nCouncil approves new cycle lanes downtown\n"
                      "Museum reopens its maritime gallery after repairs\n" + SECOND)
    for teaser in ("Farmers count losses", "Rail union calls off", "new cycle lanes", "maritime gallery"):
        assert teaser not in page.text
    assert LEDE in page.text and SECOND in page.text


def test_glued_teaser_cue_in_running_text_is_still_cut():
    page = clean_text("Pier closes\n\n" + LEDE + " Read more: Ferry fares to rise in spring\n\n" + SECOND)
    assert "Ferry fares to rise" not in page.text and LEDE in page.text


def test_scene_description_above_a_credited_caption_is_alt_text():
    # standalone.alt_text_over_caption with captions.described_scene (data/cleaning/caption_openings.tsv)
    page = clean_text("Pier closes for repairs\n\n" + LEDE + "\n\nDivers at the scene of the pier collapse near the "
                      "old ferry terminal\n\nThe pier was fenced off on Thursday(Image: Jane Roe/Harbour Courier)\n\n"
                      + SECOND + "\n\nThe scene on Quay Road after the pier was closed to the public on Thursday.\n\n"
                      "Crews at work on the piles(Image: Ali Khan/Getty Images)\n\n" + THIRD)
    assert "Divers at the scene" not in page.text and "The scene on Quay Road" not in page.text
    assert LEDE in page.text and SECOND in page.text and THIRD in page.text


def test_scene_opening_without_a_caption_below_is_kept():
    line = "The scene at the harbour was calm on Friday as crews began the work, the board said."
    page = clean_text("Pier closes\n\n" + LEDE + "\n\n" + line + "\n\n" + SECOND)
    assert line in page.text


def test_date_and_update_stamp_on_one_line_go_and_give_the_date():
    # standalone.stamp_pair: "HH:MM, D Month YYYY" twice, the second labelled "Updated" (glued to the year or not)
    for stamps in ("07:12, 3 March 2025Updated 07:40, 3 March 2025", "07:12, 3 March 2025 Updated 07:40, 3 March 2025"):
        page = clean_text("Pier closes for repairs\n\n" + SECOND + "\n\n" + stamps + "\n\n" + LEDE + "\n\n" + THIRD)
        assert "07:40" not in page.text and "07:12" not in page.text
        assert page.published == "2025-03-03"
        assert LEDE in page.text and SECOND in page.text


def test_lower_case_picture_kind_before_the_outlets_slash_is_a_credit():
    from newsweave.documents.textclean.captions import is_caption
    assert is_caption("Police officers stand by a van near the station on March 2, 2025. Photo: screengrab/Harbour TV")
    assert is_caption("Rescuers search the rubble in the old town. Photo: handout/Harbour Courier")
    assert not is_caption("He said the pictures showed nothing new. Photo: what/happened")


def test_outlet_name_line_is_the_site_and_the_names_under_it_the_author():
    # bylines.outlet_brand (read by head.choose_title): a line naming an outlet of data/outlets.tsv (perhaps with its edition) is never the title
    page = clean_text("Get the app.\nStart reading\nThe Independent UK\nThe Independent UK\nJane Roe and Ali Khan\n\n"
                      "Harbour board shuts the old ferry pier\n\n" + LEDE + "\n\n" + SECOND)
    assert page.title == "Harbour board shuts the old ferry pier"
    assert page.site == "The Independent UK"
    assert page.author == "Jane Roe and Ali Khan"
    assert "Jane Roe" not in page.text and LEDE in page.text


def test_unknown_brand_line_does_not_hide_the_title():
    from newsweave.documents.textclean.bylines import outlet_brand
    from newsweave.documents.textclean.units import Unit
    assert outlet_brand(Unit("The Independent", 0)) and outlet_brand(Unit("The Independent UK", 0))
    assert not outlet_brand(Unit("Harbour board shuts the old pier", 0))


def test_clock_stamp_and_writer_line_of_a_live_entry_goes():
    # standalone.entry_byline: "HH:MM , Name" above a live entry
    page = clean_text("Pier closures live\n\n" + LEDE + "\n\nDivers begin inspection\n\n09:40 , Jane Roe\n\n" + SECOND)
    assert "09:40" not in page.text and "Jane Roe" not in page.text.replace("Mira Tolland", "")
    assert "Divers begin inspection" in page.text and SECOND in page.text


def test_clock_time_opening_a_sentence_is_no_entry_byline():
    line = "09:40, and the first divers went down to look at the piles."
    page = clean_text("Pier closes\n\n" + LEDE + "\n\n" + line + "\n\n" + SECOND)
    assert line in page.text


def test_title_case_headline_glued_after_the_last_sentence_is_cut():
    # stamps.cut_glued_headlines: two or more function words capitalised (data/cleaning/headline_case_words.tsv)
    page = clean_text("Pier closes\n\n" + LEDE + " Ferry Operator Says Fares Will Rise For Commuters From The Spring."
                      "\n\n" + SECOND)
    assert "Ferry Operator Says" not in page.text
    assert LEDE in page.text and SECOND in page.text


def test_sentence_naming_organisations_in_title_case_is_kept():
    from newsweave.documents.textclean.stamps import cut_glued_headlines
    text = LEDE + " The Port Aske Harbour Board met the Regional Transport Authority on Monday."
    assert cut_glued_headlines(text) == text


def test_posts_embedded_with_glued_signatures_and_their_labels_go():
    # standalone.embedded_post: the post's text with "— Name (@handle) Month D, YYYY" glued at its end; a short label
    # printed between two such posts goes with them
    page = clean_text("Pier closes\n\n" + LEDE + "\n\n" + SECOND + "\n\nBREAKING | The old pier is shut from today "
                      "pic.twitter.com/AbC123 — Harbour Courier (@harbourcourier) March 3, 2025\n\nCrowds at the pier\n\n"
                      "Long queues for the bus to the new terminal this morning — Jane Roe (@janeroe) March 3, 2025")
    assert "@harbourcourier" not in page.text and "@janeroe" not in page.text
    assert "Crowds at the pier" not in page.text
    assert LEDE in page.text and SECOND in page.text


def test_title_case_headline_under_the_lede_of_an_untitled_page_is_the_title():
    # standalone.headline_under_lede
    lede = ("Three commuters were hurt when a gangway gave way at the Port Aske ferry pier on Monday morning, "
            "the harbour board said, as crowds waited for the first boat.")
    page = clean_text("date 2025-03-03 " + lede + "\n\nThree Commuters Hurt As Gangway Gives Way At Ferry Pier\n\n" + SECOND)
    assert page.title == "Three Commuters Hurt As Gangway Gives Way At Ferry Pier"
    assert "Gangway Gives Way" not in page.text and lede in page.text


def test_sentence_case_subheading_under_the_lede_stays():
    lede = ("Three commuters were hurt when a gangway gave way at the Port Aske ferry pier on Monday morning, "
            "the harbour board said, as crowds waited for the first boat.")
    page = clean_text("date 2025-03-03 " + lede + "\n\nWhy the gangway gave way at the ferry pier\n\n" + SECOND)
    assert "Why the gangway gave way" in page.text


def test_ad_slot_with_its_close_button_goes_and_the_paragraph_under_it_stays():
    # cue row: "Advertisement Hide Ad" (ui); printed twice it is no teaser card taking the next paragraph
    after = "She also said the ferry would run from the new terminal until the summer."
    page = clean_text("Pier closes\n\n" + LEDE + "\n\nAdvertisement Hide Ad\n\nAdvertisement Hide Ad\n\n" + after + "\n\n" + SECOND)
    assert "Hide Ad" not in page.text
    assert after in page.text and SECOND in page.text


def test_paragraph_opening_on_a_pronoun_is_no_teaser_cards_summary():
    # body.drop_card_summary: a headline printed twice is a card, but "They ..." goes on from the story
    after = "They said the ferry would run from the new terminal until the summer."
    page = clean_text("Pier closes\n\n" + LEDE + "\n\nBoard picks new contractor\n\nBoard picks new contractor\n\n" + after
                      + "\n\n" + SECOND)
    assert after in page.text and SECOND in page.text
