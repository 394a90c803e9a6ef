"""The page-chrome cleaner on whole invented pages of real-world layouts (every line written for these
tests; the outlets, people and places are made up): photo captions with agency and photographer
credits, author lines and bios, subscription and membership pleas, paywall and "exclusive" labels,
tag and share rows, skip links, a glued date label, interface labels, related-article teasers,
read-time and timestamp lines. Each page says which body phrases must stay and which chrome must go."""
from __future__ import annotations

import pytest

from newsweave.documents.textclean import clean_text

REGIONAL = """\
Skip to main content
Lakeshore Tribune
News | Sport | Opinion | Weather
EXCLUSIVE
Council approves new flood barrier for the old harbour district
By Marta Quill, Environment Reporter
Published 12 March 2024, 09:14
4 min read
Workers inspect a section of the harbour wall on Monday. (Photo: Dan Ferris/Lakeshore Tribune)
The city council voted on Tuesday to fund a new flood barrier along the old harbour, ending two years of dispute over who should pay for it.
The barrier will cost an estimated 40 million, with the regional government covering half, the council's finance office said.
Residents of the harbour district have complained of repeated flooding since the storms of last winter, when water reached the ground floors of dozens of homes.
"We have waited long enough," said Ines Barra, who chairs the residents' association.
Related: Harbour residents demand answers after winter floods
Construction is due to start in the autumn and take about eighteen months, the council said.
Marta Quill is a reporter covering the environment and local government for the Lakeshore Tribune.
Tags: flooding, council, harbour
Share on Facebook | Share on X | Email
Support local journalism. Subscribe today for just 1 a week.
© 2024 Lakeshore Tribune. All rights reserved.
"""

WIRE_REPOST = """\
 date 2024-11-02 Storm damage forces closure of mountain pass

A truck drives past fallen trees near the pass on Friday. REUTERS/Anna Lindqvist

GENEVA, Nov 2 (Reuters) - Authorities closed a major mountain pass on Saturday after overnight storms brought down trees and power lines, police said.

About 300 travellers spent the night in a school gym in the valley town below, the local mayor told reporters.

Engineers expect the road to reopen by Tuesday if the weather holds, the canton's roads office said in a statement.

Reporting by Anna Lindqvist; Editing by Peter Holm

Our Standards: The Thomson Reuters Trust Principles.
"""

NEWSLETTER = """\
The Quiet Ledger
Why grain prices are rising again
A weekly look at the food markets that move the world
Jun Park
May 3, 2024
∙ Paid
12
Share
Wheat futures rose for a third straight week as dry weather in the southern plains cut expectations for the harvest.
Thanks for reading The Quiet Ledger! Subscribe for free to receive new posts and support my work.
Traders now watch the export figures due next month, which will show how much grain has already left the ports.
Join 48,000 readers who get The Quiet Ledger in their inbox every Friday.
Until then, expect prices to stay high and volatile, with the next crop report the main thing to watch.
This post is public so feel free to share it.
Leave a comment
"""

BROADCASTER = """\
Image source, Getty Images
Image caption, Commuters queue for buses outside the central station during the strike
Rail strike halts trains across the north
Published 3 hours ago
Share
Listen to this article
Trains across the north of the country stopped running on Thursday as drivers began a two-day strike over pay.
The rail operator said it had cancelled nine in ten services and urged passengers to travel only if they had to.
Advertisement
The drivers' union said talks had broken down after the operator refused to improve its offer.
Watch: Passengers stranded as rail strike begins. Video duration 02:14
Another strike is planned for the end of the month unless an agreement is reached, the union added.
Related Topics
Rail travel
Strikes
More on this story
Drivers vote for strike action in pay row
What the rail strike means for your journey
"""

THINK_TANK = """\
Institute for Coastal Policy
Research | Programmes | Events | About
Analysis
The quiet race for the northern sea routes
Lena Ortiz
Senior Fellow, Maritime Security Programme
17 January 2024
Download PDF
Print
Cite this
Shipping through the northern routes has doubled in five years, and the states along them are starting to compete for control of the ports.
The shorter routes cut the journey between the two oceans by about ten days, which matters for bulk carriers.
Governments in the region will have to decide whether to share the costs of ice breakers and rescue services or to build them alone.
Dr Lena Ortiz is a senior fellow in the Maritime Security Programme at the Institute for Coastal Policy. She previously worked as a naval analyst.
Topics: Shipping, Arctic, Security
The views expressed are those of the author.
"""

PAYWALL = """\
Northfield Courier
Premium
Hospital waiting lists grow for a fourth month
Hospital waiting lists in the region grew again in May, with more than 12,000 patients waiting longer than a year for treatment, figures show.
Doctors blame a shortage of nurses and the closure of two wards at the general hospital.
This article is for subscribers only
Already a subscriber? Log in
Our journalism depends on readers like you. Become a member today and get unlimited access.
The health board said it would open a new surgical unit in the autumn to shorten the lists.
You may also like
Nurses to vote on new pay offer
Second ward closes at general hospital
"""

LIVE_BLOG = """\
Skip to content
Election night: live results as counting continues
Key events
Show key events only
Please turn on JavaScript to use this feature
22:41 CET
Turnout reached 61 percent by the time polls closed, the electoral commission said, up from 54 percent four years ago.
Share
22:15 CET
The governing party's candidate conceded in the capital shortly after the first results came in, according to the party's spokesman.
Share
21:58 CET
Counting began in all 14 districts at nine o'clock, the commission said in a statement.
Share
"""

AGENCY_CAPTIONS = """\
Flooding forces thousands from homes in river valley
Rescue workers carry an elderly woman through a flooded street in the valley on Sunday. (AFP Photo)
Heavy rain over the weekend forced thousands of people from their homes in the river valley, the regional civil protection agency said on Sunday.
Soldiers helped evacuate two villages where the water rose to the first floor of houses.
Volunteers fill sandbags at a sports ground in the town centre [Getty]
The agency said river levels would keep rising until Tuesday and warned people not to return yet.
AP Photo/Carla Mendes
About 40 roads remain closed and rail services in the valley have been suspended.
(with newswires)
Read more on Valley Radio English
"""

CONTENT_FARM = """\
Home » World » Asia
Written by Ravi Menon | Edited by Sara Quint | Updated: Mar 5, 2024, 10:14 IST
Floods cut off hill villages as rivers burst their banks
Follow us on Google News
Rescue teams reached three hill villages on Tuesday after two days of heavy rain cut the only road into the valley, district officials said.
Representative image. (Photo: File)
Also Read: Monsoon arrives early in the southern states
The district administration has opened four relief camps in schools and asked people living near the river to move to higher ground.
Join our WhatsApp channel for the latest updates
Officials said the water level had started to fall by Tuesday evening, but more rain is forecast for the weekend.
Disclaimer: This story has been published from a wire agency feed without modifications to the text.
"""

MAGAZINE = """\
Gift this article
Listen | 6 min
The long road back for the valley's orchards
After two failed harvests, fruit growers are betting on new varieties that flower later in the spring.
By Ines Varga
March 18, 2024
Apple growers in the upper valley lost most of their crop two years running when late frosts killed the blossom, the regional farmers' union says.
Several farms have now planted varieties that flower two weeks later, a change that takes five years to pay off.
Most Popular
Inside the race to save the last glacier farms
Why bakers are paying more for flour this year
"I have never seen the weather change this fast," said one grower, who has farmed the same slopes for forty years.
Comment
Save
"""

PAGES = [
    # (page, title, author, published, body phrases kept, chrome phrases dropped)
    (REGIONAL, "Council approves new flood barrier for the old harbour district", "Marta Quill", "2024-03-12",
     ["The city council voted on Tuesday", "Ines Barra, who chairs", "take about eighteen months"],
     ["Skip to main content", "EXCLUSIVE", "Environment Reporter", "4 min read", "Workers inspect a section",
      "Related: Harbour residents", "is a reporter covering", "Tags:", "Share on Facebook", "Subscribe today",
      "All rights reserved"]),
    (WIRE_REPOST, "Storm damage forces closure of mountain pass", None, "2024-11-02",
     ["Authorities closed a major mountain pass", "About 300 travellers", "Engineers expect the road to reopen"],
     ["date 2024-11-02", "A truck drives past fallen trees", "REUTERS/Anna Lindqvist", "Editing by Peter Holm",
      "Trust Principles"]),
    (NEWSLETTER, "Why grain prices are rising again", "Jun Park", "2024-05-03",
     ["Wheat futures rose for a third straight week", "Traders now watch the export figures",
      "the next crop report the main thing to watch"],
     ["Thanks for reading", "Join 48,000 readers", "feel free to share it", "Leave a comment", "∙ Paid"]),
    (BROADCASTER, "Rail strike halts trains across the north", None, None,
     ["Trains across the north of the country stopped running", "The drivers' union said talks had broken down",
      "Another strike is planned for the end of the month"],
     ["Image source", "Commuters queue for buses", "Published 3 hours ago", "Listen to this article",
      "Advertisement", "Video duration", "Related Topics", "Drivers vote for strike action",
      "What the rail strike means"]),
    (THINK_TANK, "The quiet race for the northern sea routes", "Lena Ortiz", "2024-01-17",
     ["Shipping through the northern routes has doubled", "or to build them alone"],
     ["Research | Programmes", "Senior Fellow, Maritime Security Programme", "Download PDF", "Cite this",
      "is a senior fellow in the Maritime Security Programme", "Topics:", "The views expressed"]),
    (PAYWALL, "Hospital waiting lists grow for a fourth month", None, None,
     ["Hospital waiting lists in the region grew again in May", "shortage of nurses",
      "open a new surgical unit in the autumn"],
     ["Premium", "for subscribers only", "Already a subscriber", "Become a member today", "You may also like",
      "Nurses to vote on new pay offer"]),
    (LIVE_BLOG, "Election night: live results as counting continues", None, None,
     ["Turnout reached 61 percent", "conceded in the capital", "Counting began in all 14 districts"],
     ["Skip to content", "Key events", "Show key events only", "turn on JavaScript", "22:41 CET"]),
    (AGENCY_CAPTIONS, "Flooding forces thousands from homes in river valley", None, None,
     ["Heavy rain over the weekend forced thousands", "Soldiers helped evacuate two villages",
      "The agency said river levels would keep rising", "About 40 roads remain closed"],
     ["Rescue workers carry an elderly woman", "(AFP Photo)", "Volunteers fill sandbags", "[Getty]",
      "AP Photo/Carla Mendes", "(with newswires)", "Read more on Valley Radio"]),
    (CONTENT_FARM, "Floods cut off hill villages as rivers burst their banks", "Ravi Menon", "2024-03-05",
     ["Rescue teams reached three hill villages", "opened four relief camps", "more rain is forecast for the weekend"],
     ["Home » World", "Edited by Sara Quint", "Follow us on Google News", "Representative image", "Also Read",
      "WhatsApp channel", "Disclaimer"]),
    (MAGAZINE, "The long road back for the valley's orchards", "Ines Varga", "2024-03-18",
     ["Apple growers in the upper valley", "a change that takes five years", "who has farmed the same slopes"],
     ["Gift this article", "Listen | 6 min", "Most Popular", "Inside the race to save", "Why bakers are paying",
      "Comment", "Save"]),
]


@pytest.mark.parametrize("page, title, author, published, keep, drop", PAGES,
                         ids=["regional", "wire-repost", "newsletter", "broadcaster", "think-tank", "paywall",
                              "live-blog", "agency-captions", "content-farm", "magazine"])
def test_real_layout_chrome_goes_and_body_stays(page, title, author, published, keep, drop):
    r = clean_text(page)
    assert [k for k in keep if k not in r.text] == []
    assert [d for d in drop if d in r.text] == []
    assert (r.title, r.author, r.published) == (title, author, published)


@pytest.mark.parametrize("line, caption", [
    ("A ferry leaves the north quay at dawn on Friday. REUTERS/Ola Brandt", True),
    ("Harbour pilots at work in the channel. AP Photo/Mira Osei", True),
    ("AP Photo/Mira Osei", True),
    ("Dock workers unload grain at the east pier on Monday. (AFP Photo)", True),
    ("Dock workers unload grain at the east pier [Getty]", True),
    ("The mayor opens the new bridge in the old town. /Ola Brandt/Reuters", True),
    ("A pilot boat near the harbour mouth (Photo by Ola Brandt/Xinhua)", True),
    ("Ola Brandt/AFP via Getty Images", True),
    # prose that happens to end in an agency's name or a slash
    ("Support for the plan has grown, according to a Reuters/Ipsos poll.", False),
    ("The survey was run by AP/NORC.", False),
    ("The port is run by the harbour authority (HPA).", False),
    ("The figures were published by the Associated Press (AP).", False),
    ("The ministry confirmed the figures on Friday. (Reuters)", False),
])
def test_a_line_ending_in_a_photo_credit_is_a_caption(line, caption):
    from newsweave.documents.textclean.captions import is_caption
    assert is_caption(line) is caption


@pytest.mark.parametrize("paragraph, kept", [
    ("The new ferry will enter service in May, the operator said. (Harbour Post/AP)",
     "The new ferry will enter service in May, the operator said."),
    ("The new ferry will enter service in May, the operator said. (with newswires)",
     "The new ferry will enter service in May, the operator said."),
    ("The new ferry will enter service in May, the operator said. (Reuters)",
     "The new ferry will enter service in May, the operator said."),
    ("The new ferry will enter service in May, the operator said (in a statement).",
     "The new ferry will enter service in May, the operator said (in a statement)."),
])
def test_a_text_credit_closing_a_paragraph_is_cut_and_the_paragraph_stays(paragraph, kept):
    page = ("Harbour operator orders a new ferry\n\n"
            "The harbour operator has ordered a new ferry for the island route, its chief executive said on Monday.\n\n"
            + paragraph)
    assert clean_text(page).text.endswith(kept)


LEDE = "The island council agreed on Monday to rebuild the ferry pier that the winter storms destroyed, its chair said."
MIDDLE = "Work is due to begin in the spring, and a temporary landing stage will serve the ferry until then."


@pytest.mark.parametrize("last", ["Tomas Lindgren, a harbour eng", "“We will not wait ano"])
def test_the_last_line_cut_off_mid_sentence_is_kept(last):
    r = clean_text(f"Island council to rebuild ferry pier\n\n{LEDE}\n\n{MIDDLE}\n\n{last}")
    assert r.text.endswith(last)


@pytest.mark.parametrize("last", ["Tags", "Share this", "NOTICE: Comments, rules"])
def test_a_closing_label_is_not_taken_for_a_cut_off_sentence(last):
    r = clean_text(f"Island council to rebuild ferry pier\n\n{LEDE}\n\n{MIDDLE}\n\n{last}")
    assert last not in r.text


def test_letters_spaced_out_one_by_one_are_a_styled_element():
    r = clean_text(f"Island council to rebuild ferry pier\n\n{LEDE}\n\n{MIDDLE}\n\nt h o u s a n d s of islanders, the council")
    assert "t h o u s" not in r.text and MIDDLE in r.text


def test_a_teaser_headline_above_a_sub_heading_goes_and_the_sub_heading_stays():
    page = (f"Island council to rebuild ferry pier\n\n{LEDE}\n\n"
            "Storm season leaves coastal villages counting the cost of repairs\n\nWhat happens next\n\n" + MIDDLE)
    r = clean_text(page)
    assert "counting the cost" not in r.text and "What happens next" in r.text and MIDDLE in r.text


def test_a_long_sub_heading_between_paragraphs_stays():
    page = f"Island council to rebuild ferry pier\n\n{LEDE}\n\nWhat the islanders will pay for the new pier\n\n{MIDDLE}"
    assert "What the islanders will pay" in clean_text(page).text


@pytest.mark.parametrize("row, author", [
    ("3 hours ago • Tomas Lindgren, Aino Berg", "Tomas Lindgren, Aino Berg"),
    ("12 May 2024 | Aino Berg", "Aino Berg"),
    ("Aino Berg · 5 min read", "Aino Berg"),
])
def test_a_row_of_a_date_and_names_is_a_byline(row, author):
    r = clean_text(f"Island council to rebuild ferry pier\n\n{row}\n\n{LEDE}\n\n{MIDDLE}")
    assert r.author == author and row not in r.text


def test_a_row_of_sections_is_no_byline():
    r = clean_text(f"Island council to rebuild ferry pier\n\nNews | Islands\n\n{LEDE}\n\n{MIDDLE}")
    assert r.author is None


@pytest.mark.parametrize("first, caption", [
    ("Fishermen carry a damaged net along the sea wall after the storm in the old harbour.", True),
    ("The island's mayor speaks to reporters outside the council building in the main town.", True),
    ("Residents queue for drinking water at a school turned into a relief centre.", True),
    # ledes: past tense, a reporting verb, or a verb after "to"
    ("The island council agreed on Monday to rebuild the ferry pier that the winter storms destroyed.", False),
    ("Fishermen say they will carry on working from the damaged harbour until the new pier opens.", False),
    ("Crews worked through the night to secure the sea wall before the second storm arrived.", False),
])
def test_a_caption_without_credit_above_the_lede_goes(first, caption):
    r = clean_text(f"Island council to rebuild ferry pier\n\n{first}\n\n{LEDE}\n\n{MIDDLE}")
    assert (first not in r.text) is caption
    assert LEDE in r.text and MIDDLE in r.text


def test_a_caption_shaped_sentence_further_down_is_article_text():
    line = "Fishermen carry a damaged net along the sea wall after the storm in the old harbour."
    r = clean_text(f"Island council to rebuild ferry pier\n\n{LEDE}\n\n{line}\n\n{MIDDLE}")
    assert line in r.text


def test_text_extracted_from_html_loses_its_captions():
    from newsweave.documents.textclean import strip_chrome_lines
    text = (f"{LEDE}\nFishermen mend nets on the quay at dawn on Friday. REUTERS/Ola Brandt\n{MIDDLE}")
    assert strip_chrome_lines(text) == f"{LEDE}\n{MIDDLE}"


@pytest.mark.parametrize("last", ["The return of the", "A second ferry for"])
def test_a_last_line_opening_like_a_sentence_and_cut_off_is_kept(last):
    r = clean_text(f"Island council to rebuild ferry pier\n\n{LEDE}\n\n{MIDDLE}\n\n{last}")
    assert r.text.endswith(last)


@pytest.mark.parametrize("line, caption", [
    ("Ferry passengers wait on the quay on Monday. Picture: Ola Brandt/Harbour Photo Service (HPS)", True),
    ("The old pier after the storm. Photo credit: Mira Osei", True),
    # prose with a colon after a sentence
    ("Prices went up again. Picture: what this means for the islanders", False),
])
def test_a_labelled_credit_after_the_last_sentence_makes_a_caption(line, caption):
    from newsweave.documents.textclean.captions import is_caption
    assert is_caption(line) is caption


def test_a_caption_block_goes_with_its_first_line():
    caption = ("Islanders watch the old pier being pulled down.\n"
               "The council will pay for the new pier from its reserves. Picture: Ola Brandt/Harbour Photo Service (HPS)")
    r = clean_text(f"Island council to rebuild ferry pier\n\n{LEDE}\n\n{caption}\n\n{MIDDLE}")
    assert "Islanders watch" not in r.text and "from its reserves" not in r.text
    assert LEDE in r.text and MIDDLE in r.text


def test_a_paragraph_sharing_a_block_with_a_caption_on_a_page_without_blank_lines_stays():
    caption = "Islanders watch the old pier being pulled down. Picture: Ola Brandt/Harbour Photo Service (HPS)"
    r = clean_text(f"Island council to rebuild ferry pier\n{LEDE}\n{MIDDLE}\n{caption}")
    assert LEDE in r.text and MIDDLE in r.text and "Islanders watch" not in r.text


@pytest.mark.parametrize("token", ["9f2c41d07be3a85510c6e2f4ab77d013", "3f2a9c10-7b4e-4d21-9a0c-5e6f7a8b9c0d"])
def test_an_opaque_identifier_alone_on_a_line_goes(token):
    r = clean_text(f"Island council to rebuild ferry pier\n\n{token}\n\n{LEDE}\n\n{MIDDLE}")
    assert token not in r.text and LEDE in r.text


@pytest.mark.parametrize("plea", ["Support The Harbour Courier!", "Gifts from The Harbour Courier"])
def test_a_plea_or_shop_line_above_the_headline_is_neither_title_nor_text(plea):
    r = clean_text(f"{plea}\n\nIsland council to rebuild ferry pier\n\n{LEDE}\n\n{MIDDLE}")
    assert r.title == "Island council to rebuild ferry pier"
    assert plea not in r.text and LEDE in r.text and MIDDLE in r.text


def test_a_headline_about_support_stays_a_headline():
    r = clean_text(f"Support for the ferry pier grows on the island\n\n{LEDE}\n\n{MIDDLE}")
    assert r.title == "Support for the ferry pier grows on the island"


@pytest.mark.parametrize("byline, author", [
    ("By TOMAS LINDGREN, Associated Press", "TOMAS LINDGREN"),
    ("By Aino Berg, Reuters", "Aino Berg"),
    ("By Aino Berg, Tomas Lindgren", "Aino Berg, Tomas Lindgren"),
])
def test_the_outlet_after_a_byline_name_is_no_second_writer(byline, author):
    r = clean_text(f"Island council to rebuild ferry pier\n\n{byline}\n\n{LEDE}\n\n{MIDDLE}")
    assert r.author == author and byline not in r.text


def test_a_run_of_dated_teasers_closing_the_page_goes():
    teasers = ("- Ferry fares to rise in the spring - March 3, 2025\n"
               "- Island school gets a new roof - March 2, 2025\n"
               "- Harbour master retires after 30 years - March 1, 2025")
    r = clean_text(f"Island council to rebuild ferry pier\n{LEDE}\n{MIDDLE}\n{teasers}\n\n\n")
    assert LEDE in r.text and MIDDLE in r.text
    assert "Ferry fares" not in r.text and "new roof" not in r.text and "retires" not in r.text


def test_a_closing_list_without_dates_stays():
    items = "- Ferry fares rise in the spring\n- The island school gets a new roof"
    r = clean_text(f"Island council to rebuild ferry pier\n{LEDE}\n{MIDDLE}\n{items}")
    assert "Ferry fares rise" in r.text and "new roof" in r.text


def test_a_first_line_closing_on_a_place_and_date_stamp_is_a_caption():
    caption = "Pupils cheer as the new ferry docks at the rebuilt pier in Port Aske, Norland, May 2, 2024"
    r = clean_text(f"Island council to rebuild ferry pier\n\n{caption}\n\n{LEDE}\n\n{MIDDLE}")
    assert "Pupils cheer" not in r.text and LEDE in r.text and MIDDLE in r.text


def test_a_first_paragraph_ending_in_a_date_and_a_full_stop_stays():
    first = "The ferry pier in Port Aske will close for repairs from Monday, May 6, 2024."
    r = clean_text(f"Island council to rebuild ferry pier\n\n{first}\n\n{LEDE}\n\n{MIDDLE}")
    assert first in r.text


def test_a_placed_photo_label_under_the_headline_is_a_credit():
    page = ("Ferry crossings resume after the winter storm\n\n"
            "header Photo: Press Office of the Valley Harbour Authority\n\n"
            "The county ferry resumed its northern crossings on Monday after a week of storms kept the boats "
            "in port, the harbour office said.\n\n"
            "Passengers were asked to book ahead because the first boats would run at half capacity.")
    r = clean_text(page)
    assert r.title == "Ferry crossings resume after the winter storm"
    assert "Press Office of the Valley Harbour Authority" not in r.text
    assert r.text.startswith("The county ferry resumed its northern crossings")


@pytest.mark.parametrize("label", ["Reuters\n–", "Reuters", "Reuters —"])
def test_an_outlet_label_opening_a_rewrite_goes_and_the_lede_stays(label):
    lede = ("The county ferry resumed its northern crossings on Monday after a week of storms kept the boats "
            "in port, the harbour office said.")
    r = clean_text(f"{label}\n{lede}\nPassengers were asked to book ahead for the first week.")
    assert r.text.startswith(lede)
    assert "Passengers were asked to book ahead for the first week." in r.text
