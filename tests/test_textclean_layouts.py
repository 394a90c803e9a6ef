"""The page-chrome cleaner on a second set of whole invented pages (every line written for these tests; the
outlets, people and places are made up), covering chrome kinds the first set (test_textclean_pages.py) does
not, or only narrowly: "Related:"/"Also read"/"Recommended" lines inside the body, inline newsletter boxes,
follow prompts, "Updated HH:MM GMT" lines, author bios at the end, tag rows, image alt text, "Listen to
this article", wire credit lines, breadcrumbs, ad slots, language switchers, donation pleas, copyright and
translation notes, live-blog timestamps, multi-line captions; titles with a section label or the site's name
glued to them, dates in several formats and bylines in several forms. Each page says which body phrases
must stay, which chrome must go, and the title, author and date read from it."""
from __future__ import annotations

import pytest

from newsweave.documents.textclean import clean_text

WIRE_US = """\
Harbor pilots strike shuts two Gulf ports
By Dana Whitcomb and Luis Orellana
Mar. 3, 2025 10:02 a.m. ET
Updated 11:40 GMT
Listen to this article
Two of the busiest ports on the Gulf coast stopped handling container ships on Monday after harbor pilots walked out over new rules on rest hours, port officials said.
About 40 vessels were waiting at anchor by the afternoon, according to the port authority, which said it had no pilots of its own to bring them in.
Related: Shipping rates climb as port delays spread
The pilots' association said its members would return to work once the rules were suspended for talks.
Reporting by Dana Whitcomb in Corvell; editing by Priya Nandakumar
© 2025 Meridian Wire. All rights reserved.
"""

SECTION_TITLE = """\
Politics | Coalition talks collapse over budget rules
Written by Hanne Solberg
14/03/2025
Follow us on Telegram for breaking news
The three parties trying to form a government in Vessmark broke off talks on Thursday after failing to agree on how much the state may borrow.
The liberal leader told reporters that the gap on spending was too wide to close this month.
Advertisement
A new round of talks is not expected before the regional elections in May, party officials said.
Topics: Vessmark, coalition, budget
Hanne Solberg is a senior correspondent covering Nordic politics. She has reported from the region for twelve years.
"""

SITE_IN_TITLE = """\
Dam repairs to keep river closed to barges until June - Valley Ledger
Home / Business / Transport
Published 3 March 2025
Tomas Ferrante | Transport Reporter
Barge traffic on the upper river will stay suspended until June while engineers repair a damaged lock gate, the waterways agency said on Monday.
Sign up for the Morning Manifest
Our free daily briefing on trade and transport, straight to your inbox.
Enter your email address
Sign up
Shippers have moved some cargo to rail, but rail capacity is limited and costs are higher, the regional chamber of commerce said.
Also read: Rail freight firms add trains as river traffic stops
The agency said the repairs would cost about 12 million.
"""

LIVE = """\
Floods in the lowlands: live updates
Last updated 16:05 GMT
Meltwater and two days of rain have pushed rivers across the lowlands over their banks. Follow our coverage below.
16:05 GMT
The army has sent 300 soldiers to help build flood walls around the old town of Brekkel, the defence ministry said.
15:32 GMT
Rail services between Brekkel and the coast have been suspended until at least Wednesday, the rail operator said.
14:50 GMT
Share
Forecasters expect the river at Brekkel to peak on Tuesday night, two metres above its usual level.
"""

MULTILINGUAL = """\
English | Français | Español | Deutsch
Home > World > Africa
Farmers in the north receive drought aid after months of delay
The first shipments of seed and animal feed reached farming districts in the north of Lanzaro on Friday, the agriculture ministry said.
The aid was promised in January, but disputes over transport contracts held it up for more than two months.
Farmers' groups said the seed had arrived too late for the early planting season.
This article was translated from the Spanish original.
Copyright © 2025 Lanzaro Press Agency
"""

NONPROFIT = """\
The Civic Lantern
Investigations | Data | Opinion
School meal funding cut in four districts
Marisol Quenby, Education Correspondent
March 18, 2025
Four school districts in Ardent County will stop serving free breakfast next term after the county cut their meal grants, district records show.
Children eat breakfast in the cafeteria of a primary school in Ardent County.
Pupils queue for food at the start of the school day. (Photo: Ken Abara/The Civic Lantern)
The county's budget office said the grants had been paid from a fund that runs out in June.
We are a nonprofit newsroom and rely on readers like you. Independent journalism needs your support. Donate now to keep our reporting free for everyone.
Parents' groups plan to ask the county board to restore the grants at its next meeting.
"""

ANALYSIS = """\
Analysis: Why the central bank is in no hurry to cut rates
Listen to this article · 5 min
By Oskar Lindqvist
March 21, 2025
The central bank held its main rate on Thursday, and its statement gave little sign that a cut is near.
Recommended
How the housing market shrugged off high rates
Savers enjoy a rare good year
Inflation in services has stayed stubbornly above four percent, which the bank's governor called the main worry.
Most economists polled by the Halberd Financial Review expect the first cut in the autumn at the earliest.
Tags: Economy, Central bank, Interest rates
"""

CONTENT_FARM = """\
Coast guard rescues 14 from sinking fishing boat | Daily Briefly
Image: coast guard boat near a fishing vessel at sea
Written by Staff Writer Updated: Mar 7, 2025
The coast guard rescued 14 crew members from a fishing boat that began to sink off the Serrat peninsula early on Friday, the maritime agency said.
All 14 were taken to hospital in Porto Serrat for checks and none was seriously hurt, the agency said.
Also Read | Storm warnings issued for the northern coast this weekend
Follow us on X and Facebook for more updates
The cause of the leak is under investigation.
Share this: Facebook X WhatsApp
"""

MAGAZINE_BIO = """\
The slow return of the river otter
Conservationists say cleaner water has brought the animal back to streams it left decades ago
Words by Ailsa Grieve
Photography by Tom Hadley
Otters have been seen on eleven streams in the upper valley this year, up from two a decade ago, according to the regional wildlife trust.
The trust credits better sewage treatment and the removal of old weirs, which let fish move upstream.
"They follow the fish," said Orla Mey, who leads the trust's survey work.
Farmers along the lower valley have been asked to keep fencing back from the banks.
Ailsa Grieve is a writer and photographer based in the western highlands.
This article first appeared in the spring issue of Fieldnotes Quarterly.
"""

BROADCAST_TITLE = """\
Ferry fares to rise by a fifth from April | Channel Nine News
By Ruth Okafor, Political Correspondent
Published: 22.03.2025
Ferry fares on the island routes will rise by about a fifth from April, the transport department said on Saturday.
Islanders' groups said the rise would hit workers who cross to the mainland every day.
Image caption,
A ferry leaves the harbour at Port Aske on a winter morning
The department said the extra money would pay for two new vessels.
Copyright 2025 Channel Nine. All rights reserved.
"""

LIVE_SHORT_ENTRIES = """\
● LIVE Storm Idris: ferries cancelled as gales hit the islands

By Kasia Wren and Tomas Beale

Sat 8 Mar 2025 06.00 GMT

Key events

09:40 GMT

All ferry crossings to the outer islands are cancelled for the rest of the day, the operator said.

09:15 GMT

Winds of up to 120km/h were recorded on the west coast overnight, the weather service said.

Share

08:50 GMT

About 2,000 homes on the main island are without power, the grid company said.
"""

DONATION_BOX = """\
EN | FR | AR

Home › Environment › Oceans

Fishing fleets told to cut catches as cod stocks fall

Helena Ruiz in Port Aske

Tue 11 Mar 2025 14.20 GMT

Fisheries ministers agreed on Tuesday to cut the cod catch in the northern sea by a third next year, after scientists warned that stocks were close to collapse.

A trawler unloads at the harbour in Port Aske.

Fishing crews say the cuts will cost jobs. Photograph: Lena Dahl/Northsea Images

The cut is the deepest in more than a decade, and fishing groups said it would force some boats out of business.

Advertisement

Scientists at the regional marine institute said the stock needed at least five years of lower catches to recover.

Before you go

We have no paywall because we believe everyone deserves reliable news. If you can, please support our reporting with a donation today.

Support us

Explore more on these topics

Fishing

Oceans
"""

PAGES = [
    # (page, title, author, published, body phrases kept, chrome phrases dropped)
    (WIRE_US, "Harbor pilots strike shuts two Gulf ports", "Dana Whitcomb and Luis Orellana", "2025-03-03",
     ["Two of the busiest ports on the Gulf coast", "About 40 vessels were waiting",
      "would return to work once the rules"],
     ["Dana Whitcomb and Luis", "10:02 a.m.", "Updated 11:40", "Listen to this article", "Related: Shipping rates",
      "editing by Priya", "All rights reserved"]),
    (SECTION_TITLE, "Coalition talks collapse over budget rules", "Hanne Solberg", "2025-03-14",
     ["The three parties trying to form a government", "the gap on spending was too wide",
      "A new round of talks is not expected"],
     ["Politics |", "Written by", "14/03/2025", "Follow us on Telegram", "Advertisement", "Topics:",
      "is a senior correspondent", "reported from the region for twelve years"]),
    (SITE_IN_TITLE, "Dam repairs to keep river closed to barges until June", "Tomas Ferrante", "2025-03-03",
     ["Barge traffic on the upper river will stay suspended", "Shippers have moved some cargo to rail",
      "would cost about 12 million"],
     ["Valley Ledger", "Home / Business", "Published 3 March", "Transport Reporter", "Morning Manifest",
      "straight to your inbox", "Enter your email", "Sign up", "Also read:"]),
    (LIVE, "Floods in the lowlands: live updates", None, None,
     ["The army has sent 300 soldiers", "Rail services between Brekkel and the coast",
      "Forecasters expect the river at Brekkel to peak"],
     ["Last updated 16:05", "16:05 GMT", "15:32 GMT", "14:50 GMT", "Share"]),
    (MULTILINGUAL, "Farmers in the north receive drought aid after months of delay", None, None,
     ["The first shipments of seed and animal feed", "disputes over transport contracts",
      "arrived too late for the early planting season"],
     ["Français", "Home > World", "translated from the Spanish", "Copyright"]),
    (NONPROFIT, "School meal funding cut in four districts", "Marisol Quenby", "2025-03-18",
     ["Four school districts in Ardent County", "runs out in June", "restore the grants at its next meeting"],
     ["The Civic Lantern", "Investigations | Data", "Education Correspondent", "Children eat breakfast",
      "Pupils queue for food", "nonprofit newsroom", "Donate now"]),
    (ANALYSIS, "Analysis: Why the central bank is in no hurry to cut rates", "Oskar Lindqvist", "2025-03-21",
     ["The central bank held its main rate on Thursday", "Inflation in services has stayed",
      "expect the first cut in the autumn"],
     ["Analysis:", "Listen to this article", "Recommended", "How the housing market shrugged",
      "Savers enjoy a rare good year", "Tags:"]),
    (CONTENT_FARM, "Coast guard rescues 14 from sinking fishing boat", None, "2025-03-07",
     ["The coast guard rescued 14 crew members", "none was seriously hurt", "The cause of the leak"],
     ["Daily Briefly", "Image: coast guard boat", "Staff Writer", "Also Read |", "Follow us on X",
      "Share this:"]),
    (MAGAZINE_BIO, "The slow return of the river otter", "Ailsa Grieve", None,
     ["Otters have been seen on eleven streams", "They follow the fish", "keep fencing back from the banks"],
     ["Words by", "Photography by", "is a writer and photographer", "first appeared in the spring issue"]),
    (BROADCAST_TITLE, "Ferry fares to rise by a fifth from April", "Ruth Okafor", "2025-03-22",
     ["Ferry fares on the island routes will rise", "hit workers who cross to the mainland",
      "pay for two new vessels"],
     ["Channel Nine News", "Political Correspondent", "Published: 22.03", "Image caption",
      "A ferry leaves the harbour at Port Aske", "All rights reserved"]),
    (LIVE_SHORT_ENTRIES, "Storm Idris: ferries cancelled as gales hit the islands", "Kasia Wren and Tomas Beale",
     "2025-03-08",
     ["All ferry crossings to the outer islands", "Winds of up to 120km/h", "About 2,000 homes on the main island"],
     ["LIVE", "Kasia Wren", "06.00 GMT", "Key events", "09:40 GMT", "09:15 GMT", "Share", "08:50 GMT"]),
    (DONATION_BOX, "Fishing fleets told to cut catches as cod stocks fall", "Helena Ruiz", "2025-03-11",
     ["Fisheries ministers agreed on Tuesday", "The cut is the deepest in more than a decade",
      "needed at least five years of lower catches"],
     ["EN | FR", "Home ›", "Helena Ruiz in Port Aske", "14.20 GMT", "A trawler unloads", "Fishing crews say",
      "Lena Dahl", "Advertisement", "Before you go", "no paywall", "Support us", "Explore more"]),
]

IDS = ["wire-us", "section-title", "site-in-title", "live", "multilingual", "nonprofit", "analysis", "content-farm",
       "magazine-bio", "broadcast-title", "live-short-entries", "donation-box"]


@pytest.mark.parametrize("page, title, author, published, keep, drop", PAGES, ids=IDS)
def test_body_stays(page, title, author, published, keep, drop):
    r = clean_text(page)
    assert [k for k in keep if k not in r.text] == []


@pytest.mark.parametrize("page, title, author, published, keep, drop", PAGES, ids=IDS)
def test_chrome_goes(page, title, author, published, keep, drop):
    r = clean_text(page)
    assert [d for d in drop if d in r.text] == []


@pytest.mark.parametrize("page, title, author, published, keep, drop", PAGES, ids=IDS)
def test_title_author_date(page, title, author, published, keep, drop):
    r = clean_text(page)
    assert (r.title, r.author, r.published) == (title, author, published)


# -- the rules one by one, on lines of their own ----------------------------------------------------------

LEDE = "The island council agreed on Monday to rebuild the ferry pier that the winter storms destroyed, its chair said."
MIDDLE = "Work is due to begin in the spring, and a temporary landing stage will serve the ferry until then."


@pytest.mark.parametrize("line, title, site", [
    # a genre label before a colon is printed as part of the headline; before a bar it is the page's section
    ("Analysis: Ferry pier plan splits the island council", "Analysis: Ferry pier plan splits the island council", None),
    ("Factbox: What the new ferry pier will cost", "Factbox: What the new ferry pier will cost", None),
    ("Opinion | The island needs a new pier, not another study", "The island needs a new pier, not another study", None),
    ("Islands | Council to rebuild the ferry pier by spring", "Council to rebuild the ferry pier by spring", None),
    ("Council to rebuild the ferry pier by spring - Harbour Gazette", "Council to rebuild the ferry pier by spring",
     "Harbour Gazette"),
    # who a headline quotes, and a Title Case headline, keep what follows the dash
    ("Ferry pier will be ready by spring - Island Council", "Ferry pier will be ready by spring - Island Council", None),
    ("Ferry Pier Will Be Ready By Spring - Harbour Gazette", "Ferry Pier Will Be Ready By Spring - Harbour Gazette", None),
    ("Election night: islanders vote on the pier", "Election night: islanders vote on the pier", None),
])
def test_a_title_loses_a_glued_label_or_site(line, title, site):
    r = clean_text(f"{line}\n\n{LEDE}\n\n{MIDDLE}")
    assert (r.title, r.site) == (title, site)


@pytest.mark.parametrize("line, author", [
    ("Aino Berg | Islands Reporter", "Aino Berg"),
    ("Aino Berg, Transport Correspondent", "Aino Berg"),
    ("By Staff Writer", None),
    ("Written by Aino Berg Updated: May 2, 2024", "Aino Berg"),
])
def test_a_byline_with_a_role_and_no_by(line, author):
    r = clean_text(f"Island council to rebuild ferry pier\n\n{line}\n\n{LEDE}\n\n{MIDDLE}")
    assert r.author == author and line not in r.text and LEDE in r.text


@pytest.mark.parametrize("line", ["Updated 11:40 GMT", "Last updated 16:05", "9:15 a.m. ET",
                                  "Sign up for the Harbour Letter", "Enter your email address",
                                  "This interview was translated from the Finnish original.",
                                  "This story first appeared in the Harbour Gazette.",
                                  "Also Read | Island ferry fares to rise", "Photography by Aino Berg"])
def test_more_chrome_lines_go_in_the_body(line):
    r = clean_text(f"Island council to rebuild ferry pier\n\n{LEDE}\n\n{line}\n\n{MIDDLE}\n\nThe pier will cost 3 million.")
    assert line not in r.text and MIDDLE in r.text


def test_a_caption_under_its_label_line_goes():
    r = clean_text(f"Island council to rebuild ferry pier\n\n{LEDE}\n\nImage caption,\n\n"
                   f"Islanders wait for the last ferry of the day\n\n{MIDDLE}")
    assert "Islanders wait" not in r.text and MIDDLE in r.text


def test_a_button_beside_a_sign_up_box_goes_and_a_lone_menu_word_elsewhere_is_left_to_the_head_and_tail():
    box = "Our weekly letter on island life, straight to your inbox.\n\nSubscribe"
    r = clean_text(f"Island council to rebuild ferry pier\n\n{LEDE}\n\n{box}\n\n{MIDDLE}\n\nThe pier will cost 3 million.")
    assert "Subscribe" not in r.text and "straight to your inbox" not in r.text and MIDDLE in r.text


def test_a_teaser_list_loses_its_last_short_headline_too_and_a_question_sub_heading_stays():
    teasers = "Recommended\n\nFerry fares to rise in April\n\nIslanders back new pier"
    r = clean_text(f"Island council to rebuild ferry pier\n\n{LEDE}\n\n{teasers}\n\n{MIDDLE}")
    assert "Islanders back new pier" not in r.text and MIDDLE in r.text
    r = clean_text(f"Island council to rebuild ferry pier\n\n{LEDE}\n\nRecommended\n\nFerry fares to rise in April\n\n"
                   f"What will the pier cost?\n\n{MIDDLE}")
    assert "What will the pier cost?" in r.text


def test_a_share_widget_under_a_live_entry_time_is_no_tail_section():
    entry = "The ferry company said on Tuesday that its boats would stay in port until the wind drops, and that it would " \
            "refund every ticket bought for the crossings it had to cancel."
    page = f"Storm on the islands: live\n{LEDE} {MIDDLE}\n10:05 GMT\n{MIDDLE} {LEDE}\n09:40 GMT\nShare\n{entry}"
    r = clean_text(page)
    assert r.text.endswith(entry) and "Share" not in r.text


def test_a_name_with_where_the_writer_files_from_above_the_date_is_the_author():
    r = clean_text(f"Island council to rebuild ferry pier\n\nAino Berg in Port Aske\n\n12 May 2024\n\n{LEDE}\n\n{MIDDLE}")
    assert r.author == "Aino Berg" and "Port Aske" not in r.text


def test_a_plea_box_goes_with_its_heading_and_a_sub_heading_above_prose_stays():
    plea = "Before you read on\n\nWe keep our news free for everyone. Please support our reporting with a donation today."
    r = clean_text(f"Island council to rebuild ferry pier\n\n{LEDE}\n\n{plea}\n\nWhat happens next\n\n{MIDDLE}")
    assert "Before you read on" not in r.text and "donation" not in r.text
    assert "What happens next" in r.text and MIDDLE in r.text


def test_a_caption_worded_like_one_above_its_credited_line_goes_across_blocks():
    r = clean_text(f"Island council to rebuild ferry pier\n\n{LEDE}\n\nIslanders wait on the quay at dawn.\n\n"
                   f"The old pier was built in 1950. Photograph: Ola Brandt/Harbour Images\n\n{MIDDLE}")
    assert "Islanders wait" not in r.text and "built in 1950" not in r.text and MIDDLE in r.text


def test_topic_links_at_the_foot_go():
    r = clean_text(f"Island council to rebuild ferry pier\n\n{LEDE}\n\n{MIDDLE}\n\nExplore more on these topics\n\nFerries\n\nIslands")
    assert r.text.endswith(MIDDLE)
