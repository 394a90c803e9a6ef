"""Title choice on real page layouts (issue 19): every page below is invented for these tests (outlets, people and
places made up). A headline differs from an ad slot's call to action, a site line naming its web domain, a teaser
for another story, and a caption or summary printed above it."""
from __future__ import annotations

from newsweave.documents.textclean import clean_text

LEDE = ("PORT ASKE — Mayor Lena Okafor opened the rebuilt harbour bridge on Monday, two years after a storm "
        "tore away its middle span, the council said.")
MORE = "Engineers said the new span would carry twice the traffic of the old one and last at least fifty years."


def test_ad_slot_with_phone_number_is_no_title():
    page = "\n".join([
        "Monday June 2, 2031",
        "Put your ad here.",
        "Call us now on +99 555 0101",
        "Put your ad here.",
        "Call us now on +99 555 0101",
        "",
        "Mayor Okafor Opens Rebuilt Harbour Bridge After Storm",
        "",
        "By Tomas Reyes",
        "",
        LEDE, "", MORE])
    out = clean_text(page)
    assert out.title == "Mayor Okafor Opens Rebuilt Harbour Bridge After Storm"
    assert "Call us now" not in out.text


def test_site_line_ending_in_web_domain_is_no_title():
    page = "\n\n".join(["Coastline Daily News Online coastline.example", "Mayor Okafor opens rebuilt harbour bridge", LEDE, MORE])
    assert clean_text(page).title == "Mayor Okafor opens rebuilt harbour bridge"


def test_headline_naming_a_web_site_is_still_a_title():
    page = "\n\n".join(["Harbour council moves its records to archive.example after long delay", LEDE, MORE])
    assert clean_text(page).title == "Harbour council moves its records to archive.example after long delay"


def test_teaser_whose_words_miss_the_lede_yields_to_the_echoed_headline():
    page = "\n".join([
        "Fishermen protest new quota rules",
        "Trawler crews want a meeting with ministers",
        "",
        "Okafor reopens bridge the storm broke",
        "",
        LEDE, "", MORE])
    assert clean_text(page).title == "Okafor reopens bridge the storm broke"


def test_first_headline_echoed_in_the_lede_stays_the_title():
    page = "\n".join([
        "Harbour bridge reopens after storm",
        "Okafor cuts the ribbon",
        "",
        LEDE, "", MORE])
    assert clean_text(page).title == "Harbour bridge reopens after storm"


def test_verbless_caption_above_the_headline_goes_and_the_headline_is_the_title():
    page = "\n\n".join([
        "Mayor Lena Okafor standing on the rebuilt bridge with engineers, in Port Aske.",
        "Port Aske reopens its harbour bridge",
        LEDE, MORE])
    out = clean_text(page)
    assert out.title == "Port Aske reopens its harbour bridge"
    assert "standing on the rebuilt bridge" not in out.text
    assert out.text.startswith("PORT ASKE")


def test_summary_sentence_above_the_headline_stays_in_the_body():
    summary = "Meanwhile, traffic on the harbour road has returned to normal and two ferries were withdrawn."
    page = "\n\n".join([summary, "Port Aske reopens its harbour bridge", LEDE, MORE])
    out = clean_text(page)
    assert out.title == "Port Aske reopens its harbour bridge"
    assert out.text.startswith(summary)
    assert "reopens its harbour bridge" not in out.text


def test_short_section_heading_after_a_lede_is_no_title():
    page = "\n\n".join([LEDE, "Next steps", MORE, "The council will meet again in the autumn to review costs."])
    out = clean_text(page)
    assert out.title is None
    assert "Next steps" in out.text


def test_published_by_byline_with_a_date_the_reader_does_not_know():
    from newsweave.documents.textclean.bylines import byline_author
    from newsweave.documents.textclean.units import Unit
    assert byline_author(Unit("Published by Marta Quispe 14 de mayo, 2031", 0)) == "Marta Quispe"
    assert byline_author(Unit("By Tomas Reyes 12 juin 2031", 0)) == "Tomas Reyes"
    # a sentence opening on "By" and a year names no writer
    assert byline_author(Unit("By 2040 the ferry fleet will be electric", 0)) is None


def test_live_page_byline_with_shift_marks():
    from newsweave.documents.textclean.bylines import byline_author
    from newsweave.documents.textclean.units import Unit
    assert byline_author(Unit("Ines Marlow (now) with Piet Andersen (earlier)", 0)) == "Ines Marlow with Piet Andersen"
    assert byline_author(Unit("Ines Marlow(now) and Piet Andersen(earlier)", 0)) == "Ines Marlow and Piet Andersen"
    # a headline with the same marks names no writers
    assert byline_author(Unit("Floods rise (now) with rain (earlier)", 0)) is None


def test_site_line_with_edition_code_is_no_title():
    page = "\n".join([
        "Coastline Daily - AU",
        "Coastline Daily - AU",
        "Ines Marlow (now) with Piet Andersen (earlier)",
        "",
        "Thousands walk to the harbour to mark the bridge reopening – as it happened",
        "",
        LEDE, "", MORE])
    out = clean_text(page)
    assert out.title == "Thousands walk to the harbour to mark the bridge reopening – as it happened"
    assert out.author == "Ines Marlow with Piet Andersen"
