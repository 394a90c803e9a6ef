"""Publication dates from metadata, HTML, URL and text, normalised to YYYY[-MM[-DD]]."""
from __future__ import annotations

import pytest

from newsweave.config import load_options
from newsweave.documents import build_document
from newsweave.documents.pubdate import choose_published, published_with_source, date_from_text, date_from_url, date_line, normalise_date
from newsweave.model import RawArticle


@pytest.mark.parametrize("value, expected", [
    ("2024-10-24", "2024-10-24"),
    ("2024-10-24T14:05:00+00:00", "2024-10-24"),
    ("2024-10-24T14:05:00Z", "2024-10-24"),
    ("Fri, 25 Oct 2024 10:00:00 GMT", "2024-10-25"),
    ("October 25, 2024", "2024-10-25"),
    ("25 Oct. 2024", "2024-10-25"),
    ("2024-03", "2024-03"),
    ("2024", "2024"),
    (2024, "2024"),
    ("March 2024", "2024-03"),
    ("2024-02-30", None),       # no such day
    ("1066-10-14", None),       # outside the plausible window
    ("soon", None),
    ("", None),
    (None, None),
])
def test_normalise_date(value, expected):
    assert normalise_date(value) == expected


@pytest.mark.parametrize("url, expected", [
    ("https://example.org/2024/12/05/a-story", "2024-12-05"),
    ("https://example.org/world/2024/12/a-story", "2024-12"),
    ("https://example.org/news/2024-03-28-ceasefire-talks", "2024-03-28"),
    ("https://example.org/story/20241205-talks", "2024-12-05"),
    ("https://example.org/2024/13/40/bad", None),
    ("https://example.org/item/123456789", None),
    ("https://example.org/about", None),
    (None, None),
])
def test_date_from_url(url, expected):
    assert date_from_url(url) == expected


@pytest.mark.parametrize("line, expected", [
    ("Published October 18, 2024", ("2024-10-18", "published")),
    ("Published March 9,2022", ("2022-03-09", "published")),  # no space after the comma
    ("Updated 14 June,2020 08:00", ("2020-06-14", "updated")),
    ("March 9,20221", None),  # five digits are no year
    ("Posted on March 3rd, 2023 at 10:05 am", ("2023-03-03", "published")),
    ("Updated: 2024-10-25 14:05 GMT", ("2024-10-25", "updated")),
    ("Friday, 25 October 2024", ("2024-10-25", "date")),
    ("25/10/2024", ("2024-10-25", "date")),
    ("05/06/2024", None),  # day and month cannot be told apart
    ("05.06.2024", ("2024-06-05", "date")),  # dots part a day-first date
    ("4. 11. 2019 14:40", ("2019-11-04", "date")),  # spaced dots, a clock time after
    ("7-7-2016", ("2016-07-07", "date")),  # dashes: same day and month number
    ("31-01-2016", ("2016-01-31", "date")),
    ("05-06-2024", None),
    ("The summit took place on October 25, 2024 in Seoul, officials said.", None),
    ("A headline without any date", None),
])
def test_date_line(line, expected):
    assert date_line(line) == expected


@pytest.mark.parametrize("text, expected", [
    ("A headline\nPublished 14 January 2025\n\nThe body of the story follows here with several words.", "2025-01-14"),
    ("A headline\nBy Jane Roe | Jan. 9, 2025\n\nThe body of the story follows here with several words.", "2025-01-09"),
    ("A headline\nUpdated 2 February 2025\n\nThe body of the story follows here with several words.", "2025-02-02"),
    ("November 5, 2024 — The ministry said on Tuesday that it had completed the review of the programme.", "2024-11-05"),
    ("The ministry said that the review of the programme, begun on November 5, 2024, was complete.", None),
    # a year-first dotted date line with a time and zone; a photo caption's date under it is no date line
    ("Science\n2024.03.18 09:12 GMT+8\n\nA headline of the story\n\nThe harbour at dawn, March 17, 2024. /Agency Photo\n\n"
     "The body of the story follows here with several words.", "2024-03-18"),
    ("A headline of the story\n\nThe harbour at dawn, March 17, 2024. /Agency Photo\n\n"
     "The body of the story follows here with several words and more of them to read.", None),
    ("A headline of the story\n\nThe body of the story follows here with several words.\n\nCopyright 2019 Harbour Weekly", None),
])
def test_date_from_text(text, expected):
    assert date_from_text(text) == expected


def test_sources_in_order_of_trust():
    url = "https://example.org/2023/01/02/story"
    text = "Published 3 March 2023\nThe body of the story follows here with several words."
    assert choose_published(metadata="2023-01-01", html_date="2023-01-05", url=url, text=text) == "2023-01-01"
    assert choose_published(metadata=None, html_date="2023-01-05", url=url, text=text) == "2023-01-05"
    assert choose_published(metadata="not a date", html_date=None, url=url, text=text) == "2023-01-02"
    assert choose_published(url="https://example.org/story", text=text) == "2023-03-03"
    assert choose_published(url=None, text="No date anywhere in this short text.") is None


BODY = ("<p>Officials in the capital said on Monday that the new bridge would open to traffic next month, "
        "two years later than planned, after engineers finished testing its cables.</p>"
        "<p>The delay was caused by a shortage of steel and by a dispute with the contractor.</p>")


@pytest.mark.parametrize("raw, expected", [
    (RawArticle(source="a.html", html=f'<html><head><meta property="article:published_time" '
                                     f'content="2024-06-19T08:00:00Z"></head><body><article>{BODY}</article></body></html>'),
     "2024-06-19"),
    (RawArticle(source="b.jsonl#1", url="https://example.org/2024/06/20/bridge", text="Bridge opening delayed\n\n"
                + BODY.replace("<p>", "").replace("</p>", "\n\n")), "2024-06-20"),
    (RawArticle(source="c.jsonl#2", published="2024-06-21T09:30:00+02:00", text=BODY.replace("<p>", "").replace("</p>", "\n\n")),
     "2024-06-21"),
    (RawArticle(source="d.txt", text="Bridge opening delayed\nPublished June 22, 2024\n\n"
                + BODY.replace("<p>", "").replace("</p>", "\n\n")), "2024-06-22"),
])
def test_documents_carry_their_date(raw, expected):
    assert build_document(raw, load_options()).published == expected


# own HTML snippets: which page dates become the publication date (documents/html.py)
_PAGE_BODY = ("<p>Engineers in the harbour town said on Monday that the repaired pier would reopen to ferries next "
              "month, a year later than planned, after divers finished checking its piles.</p>"
              "<p>The work was slowed by storms and by a quarrel over who would pay for the new railings.</p>")


@pytest.mark.parametrize("page, expected", [
    # kept contrast: a photo's path and caption date, a copyright year are never the publication date
    (f'<html><body><article><h1>Pier reopening</h1><figure><img src="https://cdn.example.net/img/2016/04/05/pier.jpg">'
     f'<figcaption>The pier after the storm on April 5, 2016.</figcaption></figure>{_PAGE_BODY}</article></body></html>',
     None),
    (f'<html><body><article><h1>Pier reopening</h1>{_PAGE_BODY}</article>'
     f'<footer>Copyright 2019 Harbour Weekly. All rights reserved.</footer></body></html>', None),
    # a visible "Published ..." line, structured dates and a dateline do give it
    (f'<html><body><article><h1>Pier reopening</h1><div class="meta">Published 9:15 AM EST Oct 8, 2020</div>'
     f'{_PAGE_BODY}</article></body></html>', "2020-10-08"),
    (f'<html><body><article><h1>Pier reopening</h1><time datetime="2021-02-11T07:00:00Z">Feb 11, 2021</time>'
     f'{_PAGE_BODY}</article></body></html>', "2021-02-11"),
    ('<html><head><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2022-08-14T06:00:00Z"}'
     f'</script></head><body><article><h1>Pier reopening</h1>{_PAGE_BODY}</article></body></html>', "2022-08-14"),
])
def test_page_dates(options, page, expected):
    assert build_document(RawArticle(source="page.html", html=page), options).published == expected


@pytest.mark.parametrize("kwargs, expected", [
    ({"metadata": "2023-01-01", "html_date": "2023-01-05"}, ("2023-01-01", "metadata")),
    ({"html_date": "2023-01-05", "url": "https://example.org/2023/01/02/x"}, ("2023-01-05", "html")),
    ({"url": "https://example.org/2023/01/02/x"}, ("2023-01-02", "url")),
    ({"text_date": "March 3, 2023"}, ("2023-03-03", "text line")),
    ({"text": "Published 4 March 2023\nThe body of the story follows here with several words."}, ("2023-03-04", "text")),
    ({"text": "No date anywhere in this short text."}, (None, None)),
])
def test_published_with_source(kwargs, expected):
    assert published_with_source(**kwargs) == expected
