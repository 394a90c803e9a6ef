"""Remove page chrome from plain text copied from web pages, and recover the title and site.

A page copied as text keeps its chrome: menu words, the site name and tagline, the title
(often twice), a byline handle, a date line, teaser blocks for other articles, image credits,
subscription pleas, reference lists. Nothing here knows any particular page; it works from

- line features: length, end punctuation, capitalisation, whether the line reads as prose;
- position: a *head zone* (before the first prose paragraph) and a *tail zone* (trailing lines
  peeled off from the end while they look like chrome);
- repetition: a headline-like line seen twice in the head is the title; a short line repeated a
  few lines later in the body is a teaser card; a short line closing every entry (three times or
  more, each time after prose) is a widget;
- rows: a line of separated items ("Issue #47 · 9 min read", "Print | Share") is chrome when every
  item is; a name line directly above a navigation row is the site, not the title;
- link statistics: URL-only and link-dominated lines;
- captions told by their photo credit ("... REUTERS/Jane Roe", "(Agency Photo)"), read case-sensitively,
  and a caption without credit above the lede told by its wording; a text credit closing a paragraph
  ("(Outlet/Agency)") cut off it (``captions``);
- cue patterns kept as data (``data/cleaning/chrome_cues.tsv``, with a source column; users add
  their own tables through ``Options.cleaning_cue_files``).

Steps, in order (``clean.CLEANING_STEPS``; the numbers match its comments):

0. decode HTML character references and their debris ("&39;", "&#8217", "&amp;#39;") (``charrefs``); paragraph
   tags left in the text ("<p>", "<br/>") and live-blog entry stamps glued into it ("... sentence. 10:12 PM BST
   Next heading ...", cue kind ``post_stamp``) become paragraph breaks (``stamps``)
1. split into paragraph units (unwrapping hard-wrapped blocks; light Markdown handling) (``units``); a header
   flattened onto one line loses its glued chrome and gives its headline and standfirst as two units, and a byline
   glued in front of the lede ("By Jane Roe PORT ASKE (Agency) -The council ...") is split off it (``glued``)
2. find the body's first prose unit: everything before it is the head zone; a section page's blurb above a
   headline and the page's only byline moves it past the byline (``head.blurb_over_bylined_headline``)
3. head: title (markdown heading, repeated line, line above a byline/date, first headline),
   site (first line of the site header above the title; a section name is a menu word, no site), byline, date;
   never a caption closing on a bare agency credit, nor an over-long line chosen by place alone, nor a dateline left
   on its own line ("Port Aske -", ``head_titles.dangling_dateline``), nor the outlet its own staff byline names
   (``head_titles.byline_names_line``), nor bare writers' names beside a headline (``head_titles.writers_beside_headline``; they are the
   author, ``head.names_beside_title``); a form's "Title:" label is cut (cue kind ``title_field``); with no title found, a
   headline glued after a byline's names ("By Jane Roe Harbour reopens ...") is the title (``head.byline_glued_title``);
   drop the rest of the header
   (a live-blog marker such as "● LIVE" or "LIVE:" is stripped from the headline first; a genre label
   "Analysis:", a section label "Politics | " and a site after a bar or a dash are cut from the title,
   ``head.split_title``) (``head``, ``HEAD_RULES``; names and sites in ``bylines``: "By ...", "Name | Role",
   "Name in Place" above the date)
4. tail: a newsletter's sign-off ("See you next week," over a name) goes and names the author (``tail.signed_valediction``),
   and so does a writer's credit closing the story with no byline above ("-*Writing by Jane Roe", ``tail.closing_writer_credit``);
   a pagination line ("Continued on the next page") ends the story, with the short teaser lines under it
   (``tail.cut_at_page_break``); peel trailing chrome (labelled footers such as "About the author: ...", teaser lists under
   their heading, including "> item" bullets; a bio of the byline's author, or with no byline a
   "NAME is a contributing editor ..." bio among the last two prose units) and cut trailing sections
   ("About the author", "References"; a widget line repeated under every entry is no section heading)
   (``tail``, ``TAIL_RULES``); lines after the story's last sentence go by their shape whatever they say
   (``tail.trailing_fragment_run``: a bracketed note closing on its stop, a label closed by a colon, tag items, a run
   of Title Case teaser lines, a run of embedded posts)
5. body: a caption told by its credit's place (``standalone.caption_by_credit``), a banner echoing the title and a
   bracketed script marker go; drop widget/credit/plea lines, URL-only lines, teaser blocks, repeated lines, short byline
   lines ("Posted by NAME" above each live-blog entry) and a fact-box label above a bulleted list
   (``body``, ``LINE_RULES``, ``BLOCK_RULES``)
6. the learned line classifier (``lineclass``), only with ``line_classifier=True`` (the setting, off by default): a line the rules kept goes when a logistic model of its shape and
   its neighbours' (trained on the real dev corpus by ``scripts/train_line_classifier.py``, weights in
   ``data/cleaning/line_model.tsv`` with their provenance) is confident it is chrome and it is not long prose; it
   is noted as ``chrome:classifier p=0.93`` (``PageText.removed``, the document's rule)
7. the body is never lost whole: when no prose unit is left standing, the longest prose unit dropped stays
   (``clean.keep_longest_prose``; switched off by its name like a rule)

The cue table is read in ``cues``. A rule of any ``*_RULES`` tuple is switched off by its function name
with ``clean_text(..., rules_off=...)`` (``drop_by_classifier`` switches the classifier off); a new kind of layout line is a rule function added to one of them.
"""
from __future__ import annotations

from .clean import CLEANING_STEPS, clean_text, strip_chrome_lines
from .cues import CUE_SCOPES, CUES_FILE, Cue, all_cues, load_cues
from .tail import UNSIGNED_BIO_MAX_UNITS
from .units import Unit, split_units

__all__ = ["clean_text", "strip_chrome_lines", "CLEANING_STEPS", "load_cues", "all_cues", "Cue",
           "CUES_FILE", "CUE_SCOPES", "Unit", "split_units", "UNSIGNED_BIO_MAX_UNITS"]
