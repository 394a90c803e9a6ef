"""Photo captions and text credits told by their credit, read case-sensitively on the line as written
(the cue table sees lower-cased text, where "REUTERS/Jane Roe" and "a Reuters/Ipsos poll" look alike).

A **photo credit** closes a caption: an agency and a photographer joined by a slash ("REUTERS/Jane Roe",
"AP Photo/Jane Roe", "Jane Roe/Agency", "Jane Roe/AFP via Getty Images"), an agency's photo in
brackets ("(Agency Photo)", "[Getty]", "(Photo by Jane Roe/Agency)"), a labelled credit after the last
sentence ("Picture: Jane Roe/Agency"), or a line that is only such a credit. A line ending in one is a caption however long its description (kind ``caption``).

A **text credit** closes a report's last paragraph: outlets in parentheses ("(Outlet/Agency)"), or
"(with newswires)", "(with Agency)". It is cut off the paragraph, which stays (``credit_suffix``).

A caption printed **without its credit** is told by its wording: one sentence showing people doing
something in the present tense, quoting no one (``uncredited_caption``, verbs in
``data/cleaning/caption_verbs.tsv``); only the line just above the lede is read that way.

Agencies are the wire and state-media names of the outlet table (``data/outlets.tsv``, and the user's
``outlet_files``), plus an all-capitals word (a photo agency's or outlet's short name).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ...config import DATA_DIR
from ...tables import read_table
from ..layout import DATELINE
from ..outlets import load_outlets
from ..pubdate import find_text_date

# A caption (a line ending in a photo credit) has at most this many words: longer is a paragraph.
CAPTION_MAX_WORDS = 70
# a photographer's or outlet's name: one to four capitalised words
_NAME = r"[A-Z][\w.'’&-]*(?:\s+(?:[A-Z][\w.'’&-]*|de|da|van|von|al|el|bin))*"
_PHOTO_WORDS = r"(?:Photo|Photos|PHOTO|Pictures?|Images?|Handout|File|Archive|ARCHIVE)"
# a credit follows the caption's last sentence ("... on Friday. REUTERS/Jane Roe"), never a word of it
_AFTER_SENTENCE = r"(?<=[.!?”\"’])\s+|(?<=[.!?”\"’]\s)\s*"
# a person's name (two or three capitalised words), a slash and a paper's title-case name, at the line's end
_PERSON_SLASH_OUTLET = (r"[A-Z][\w'’-]+(?:\s+[A-Z][\w.'’-]*){1,2}\s*/\s*[A-Z][\w.'’&-]*(?:\s+(?:[A-Z][\w.'’&-]*|of|the))"
                        r"{0,4}(?<!\.)\s*$")
_WIRE_NEWSWIRES = r"(?:newswires|news wires|wires|agencies|wire services|agency reports)"


PHOTO_AGENCIES_FILE = DATA_DIR / "cleaning" / "photo_agencies.tsv"


@lru_cache(maxsize=1)
def _photo_agencies() -> tuple[str, ...]:
    return tuple(row["name"] for row in read_table(PHOTO_AGENCIES_FILE, ("name",), what="photo agency table"))


@lru_cache(maxsize=8)
def _agency(files: tuple[str, ...], generic: bool = True) -> str:
    """Agency names of the outlet table and the photo agency table (as written or in capitals); with
    ``generic``, any all-capitals word of three letters or more."""
    table = load_outlets(files)
    names = [a for a, o in table.aliases.items() if o.kind in ("wire", "state_media") and len(a) > 1]
    names = set(names) | set(_photo_agencies())
    # as written, or in capitals ("(REUTERS)"): a credit's casing, never a lower-case abbreviation's ("(ePA)")
    names = sorted(names | {n.upper() for n in names}, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(n) for n in names) + (r"|[A-Z]{3,})" if generic else ")")


@lru_cache(maxsize=8)
def _photo_credit(files: tuple[str, ...]):
    a, known = _agency(files), _agency(files, generic=False)
    return re.compile(
        # "REUTERS/Jane Roe", "AP Photo/Jane Roe", "AFP/Getty Images"; ...
        # ... also after a chain of agencies: "AGENCY/AGENCY/Jane Roe"
        rf"(?:^|{_AFTER_SENTENCE}|[(\[])(?:{a})(?:\s*/\s*(?:{a}))*(?:\s+{_PHOTO_WORDS})?\s*/\s*{_NAME}[)\]]?\s*\.?$"
        # "Jane Roe/Agency", "/Jane Roe/Agency", "Jane Roe/AFP via Getty Images"
        # ... "Jane Roe/Agency Photo"; a source's handout passed on by an agency: "Channel TV/Handout via AGENCY";
        # a photographer's own outlet's picture passed on by one: "Jane Roe/Daily Courier/Network via AGENCY"
        rf"|(?:^|{_AFTER_SENTENCE}|/)(?:{_NAME}\s*/\s*)+(?:(?:{_PHOTO_WORDS}|{_NAME})\s+via\s+)?(?:{a})"
        rf"(?:\s+via\s+Getty Images|\s+{_PHOTO_WORDS})?[)\]]?\s*\.?$"
        # "(Agency Photo)", "[Getty]", "(AFP via Getty Images)", "(Photo by Jane Roe/Agency)", "(Photo: Jane Roe)"
        # a bare agency in brackets after a description, not after a sentence: "... (Agency)" closing a
        # paragraph is a text credit, "according to the Agency (AG)." a name's abbreviation
        rf"|(?<![.!?”\"’])(?<![.!?”\"’]\s)[(\[]{known}(?:\s+via\s+Getty Images)?[)\]]\s*$"
        rf"|[(\[](?:{a})\s+{_PHOTO_WORDS}[)\]]\s*\.?$"
        # a picture's label in brackets with its agency glued after it: "... former president (File)AGENCY."
        rf"|[(\[](?:{_PHOTO_WORDS}|Supplied)[)\]]\s*(?:{known})\s*\.?$"
        rf"|\((?:{_PHOTO_WORDS}|Credit)s?\s*(?:by|:|credit:?)\s*[^()]{{1,80}}\)\s*\.?$"
        # a labelled credit after the caption's last sentence, or alone: "... on Monday. Picture: Jane Roe/Agency (AG)"
        rf"|(?:^|{_AFTER_SENTENCE})(?:{_PHOTO_WORDS}|Photograph|Credit)s?\s*(?:credit)?\s*:\s*{_NAME}"
        rf"(?:\s*/\s*{_NAME})?(?:\s*\([A-Z]{{2,}}\))?\s*\.?$"
        # ... or one naming its kind of picture in lower case before the outlet's slash: "... on Monday. Photo:
        # screengrab/Outlet", "Photo: handout/Agency" (a sentence never ends on a label, a colon and a slash)
        rf"|(?:{_AFTER_SENTENCE})(?:{_PHOTO_WORDS}|Credit)s?\s*:\s*[a-z][\w'’-]*\s*/\s*{_NAME}\s*\.?$"
        # a photographer named with "by": "... on Monday. Photo by Jane Roe for The Paper", "Picture by JANE ROE"
        rf"|(?:^|{_AFTER_SENTENCE})(?:{_PHOTO_WORDS}|Photograph)s?\s+by\s+{_NAME}(?:\s*(?:/|\bfor\b|\bvia\b)\s*{_NAME})?\s*\.?$"
        # ... or one naming an agency after a slash: "... Picture: Jane Roe/Agency Name (AN)"
        rf"|(?:{_AFTER_SENTENCE})(?:{_PHOTO_WORDS}|Credit|Photo credit)\s*:\s*{_NAME}(?:\s*/\s*[^.!?/\n]{{1,60}})?\s*$"
        # a photographer and the paper that printed the picture, unlabelled, closing the caption with no full stop:
        # "... on Wednesday night. Jane Roe/Daily Courier" (two or three capitalised words, a slash, a title-case name)
        rf"|(?:{_AFTER_SENTENCE}){_PERSON_SLASH_OUTLET}")


@lru_cache(maxsize=8)
def _text_credit(files: tuple[str, ...]):
    return re.compile(rf"[.!?”\"’]\s*(\((?:[Ww]ith\s+(?:the\s+)?(?:{_WIRE_NEWSWIRES}|{_agency(files)})"
                      rf"|[^()\n]{{1,60}}/[^()\n]{{1,60}}|{_agency(files, generic=False)})\))\s*$")


# A photo agency's caption field copied with the picture: "... (Photo by Jane Roe / Agency) *** Local Caption *** 4711"
# (the IPTC description's local-caption marker some agencies append, then the picture's number)
_LOCAL_CAPTION = re.compile(r"\s*\*{2,3}\s*local caption\s*\*{2,3}[^*]{0,40}$", re.I)
# the photographer named in brackets with "by": the agency's own credit, "(Photo by Jane Roe / Agency)"
_BRACKETED_BY = re.compile(r"\((?:Photo|Picture|Image)s?\s+by\s+[^()]{1,80}\)\s*\.?$")
# An agency's caption in its own words may run to this many words: its description tells the whole story.
AGENCY_CAPTION_MAX_WORDS = 120


def agency_caption(text: str) -> bool:
    """A photo agency's caption: its local-caption marker ("*** Local Caption ***"), or a description ending in
    the agency's bracketed credit "(Photo by Jane Roe / Agency)", up to ``AGENCY_CAPTION_MAX_WORDS`` words."""
    if len(text.split()) > AGENCY_CAPTION_MAX_WORDS:
        return False
    return bool(_LOCAL_CAPTION.search(text)) or bool(_BRACKETED_BY.search(text))


# Every branch of ``_photo_credit`` needs a slash, a bracket or a colon, or (the "Photo by Jane Roe" branch) one
# of the picture words: a line with none of them cannot match, and the long pattern is not searched on it.
_PHOTO_CREDIT_MARKS = ("/", "(", "[", ":", "Photo", "PHOTO", "Picture", "Image", "Handout", "File", "Archive",
                       "ARCHIVE")


def may_hold_photo_credit(text: str) -> bool:
    """False only when ``_photo_credit`` cannot match ``text`` (see ``_PHOTO_CREDIT_MARKS``)."""
    return any(m in text for m in _PHOTO_CREDIT_MARKS)


# A caption field's credit in brackets, a slash between capitalised names inside ("(Agency Photo/Jane Roe,
# Archive)", whatever the language of its words), with the photographer's name glued right after the bracket, as a
# picture's credit and byline fields run together when a page is copied; a sentence never closes on such a seam.
_GLUED_NAME_CREDIT = re.compile(r"[(\[][A-Z][^()\[\]/]{0,40}/\s*[A-Z][^()\[\]]{0,60}[)\]]"
                                r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*$")


def is_caption(text: str, files: tuple[str, ...] = ()) -> bool:
    """A line that ends in a photo credit (or is one) and is not paragraph-long; an agency's own caption may be
    longer (``agency_caption``)."""
    return (len(text.split()) <= CAPTION_MAX_WORDS and may_hold_photo_credit(text)
            and (bool(_photo_credit(files).search(text)) or bool(_GLUED_NAME_CREDIT.search(text)))) \
        or agency_caption(text)


# A caption closing on a bare agency name ("... in the capital on Tuesday. dpa", "... outside parliament /
# Reuters") has at most this many words: a story's last paragraph may close on its agency the same way.
BARE_CREDIT_MAX_WORDS = 35


@lru_cache(maxsize=8)
def _bare_credit(files: tuple[str, ...]):
    known = _agency(files, generic=False)
    return re.compile(rf"(?:[.!?][”\"’)]*\s+|\s+/\s*)(?:{known})\s*$")


def bare_credit_caption(text: str, files: tuple[str, ...] = ()) -> bool:
    """A short line closing on an agency's name, as written, after its last sentence or a slash ("... on
    Tuesday. dpa", "... outside parliament / Reuters"): a photo's caption and credit, never a headline (the
    agencies are the outlet table's wire and state-media names, read case-sensitively)."""
    return len(text.split()) <= BARE_CREDIT_MAX_WORDS and bool(_bare_credit(files).search(text.rstrip()))


@lru_cache(maxsize=1)
def _library_credit() -> re.Pattern:
    libraries = "|".join(re.escape(n) for n in sorted(_photo_agencies(), key=len, reverse=True))
    # after the caption's last sentence, a bar or a slash: at most a few capitalised names (or "via"), then the library
    return re.compile(rf"(?:[.!?][”\"’)]*\s+|\s+[|/]\s*)(?:(?:[A-Z][\w.'’&-]*|via)\s+){{0,4}}(?:{libraries})\s*\.?$")


def library_credit_caption(text: str) -> bool:
    """A line closing on a picture library's name as written (``photo_agencies.tsv``: Getty Images, Alamy,
    Shutterstock ...) after its last sentence, a bar or a slash ("... in the park. Alamy", "... on Monday |
    AFP via Getty Images"): a caption with its credit. A wire's name closes a story's paragraph too; a
    picture library's never does, so the line may be caption-long."""
    return len(text.split()) <= CAPTION_MAX_WORDS and bool(_library_credit().search(text.rstrip()))


@lru_cache(maxsize=8)
def _text_credit_line(files: tuple[str, ...]) -> re.Pattern:
    # compiled once per table set: left to re's own cache, this long alternation was evicted by the
    # hundreds of other patterns and compiled again for most lines
    return re.compile(rf"\(\s*[Ww]ith\s+(?:the\s+)?(?:{_WIRE_NEWSWIRES}|{_agency(files)})"
                      rf"(?:\s*(?:,|and)\s*{_NAME})*\s*\)\.?")


def is_text_credit_line(text: str, files: tuple[str, ...] = ()) -> bool:
    """A line that is only a text credit: "(with newswires)", "(with Agency)", or only agencies and picture libraries
    as a credit prints them ("Agency via Getty Images", "— Agencies", ``bare_agency_credit``)."""
    return bool(_text_credit_line(files).fullmatch(text.strip())) or bare_agency_credit(text, files)


def bare_agency_credit(text: str, files: tuple[str, ...] = ()) -> bool:
    """A line naming only agencies or picture libraries, as written, joined by "via", "/" or "&", maybe after a
    dash ("Agency via Getty Images", "EPA-EFE / Shutterstock", "— Agencies"): a picture's or a story's credit, never
    a sentence."""
    return bool(_bare_agency_line(files).fullmatch(text.strip()))


@lru_cache(maxsize=8)
def _bare_agency_line(files: tuple[str, ...]) -> re.Pattern:
    item = rf"(?:{_agency(files, generic=False)}|{_WIRES_SIGNOFF})"
    return re.compile(rf"(?:[—–]|-{{1,2}})?\s*{item}(?:\s*(?:\bvia\b|/|&|\band\b)\s*{item}){{0,3}}\s*\.?")


# the wires named as a group in a sign-off after a dash ("... last sentence. — Agencies"), with a sign-off's capital
_WIRES_SIGNOFF = r"(?:(?:News\s+)?Agencies|AGENCIES|Wires|WIRES|Newswires|Agency\s+[Rr]eports|Wire\s+[Ss]ervices)"
# A sign-off is cut only from a paragraph of at least this many words before it (a shorter line is a caption
# or a credit line, left to the cue table).
SIGNOFF_MIN_WORDS = 8


@lru_cache(maxsize=8)
def _signoff(files: tuple[str, ...]):
    # "... last sentence. — Agency", "... sentence. -- Agency/Name": a dash after the sentence, then an agency as
    # written; or, without a dash, the agency and its desk's initials ("... last sentence. AGENCY ABC XY"), or the
    # agency alone in capitals ("... last sentence. AGENCY": a credit's casing, not a sentence's first word)
    known = _agency(files, generic=False)
    dash = r"(?:[—–]|-{1,2})"
    return re.compile(rf"(?<=[.!?”\"’])\s*(?:{dash}\s*(?:(?:{known})(?:\s*/\s*{_NAME})?|{_WIRES_SIGNOFF})|(?:{known})(?:\s+[A-Z]{{2,4}}){{1,5}}"
                      rf"|(?=[A-Z][A-Z&-]+\s*\.?\s*$)(?:{known}))"
                      rf"\s*\.?\s*$")


def signoff_suffix(text: str, files: tuple[str, ...] = ()) -> int | None:
    """Where an agency's sign-off closing a paragraph starts ("... on Tuesday. — Agency", "... on Tuesday.
    AGENCY ABC XY" with the desk's initials), or None: the paragraph is the story's, only the sign-off is credit."""
    m = _signoff(files).search(text)
    return m.start() if m and len(text[:m.start()].split()) >= SIGNOFF_MIN_WORDS else None


def credit_suffix(text: str, files: tuple[str, ...] = ()) -> int | None:
    """Where a text credit closing a paragraph starts ("... last sentence. (Outlet/Agency)", "... last
    sentence. — Agency"), or None."""
    m = _text_credit(files).search(text)
    if not m:
        return signoff_suffix(text, files)
    inner = m.group(1)[1:-1]
    if "/" in inner and not all(re.fullmatch(_NAME, p.strip()) for p in inner.split("/")):
        return None
    return m.start(1)


# -- a caption without its credit -------------------------------------------------------------------

UNCREDITED_VERBS_FILE = DATA_DIR / "cleaning" / "caption_verbs.tsv"
# An uncredited caption is one sentence of at most this many words, its verb within the first
# UNCREDITED_VERB_WITHIN words (after the people or things pictured).
UNCREDITED_MAX_WORDS = 45
UNCREDITED_VERB_WITHIN = 15
_NOT_FINITE = ("to", "will", "would", "can", "could", "may", "might", "must", "should", "did", "do", "does",
               "not", "never", "still")
# a form of "be" or "have" among the few words before the verb makes it no caption's present tense
# ("It was not immediately clear ..."); how many words back it is looked for
_AUXILIARY = ("is", "was", "were", "are", "be", "been", "being", "has", "have", "had")
# a determiner before a caption verb's form makes it a noun ("the march", "a wave")
_DETERMINERS = ("the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "whose")
AUXILIARY_WITHIN = 3
_SPEECH = re.compile(r"[\"“”]|\b(?:said|says|say|told|tells|according to|reported|reports|announced|claimed|stated|"
                     r"found|finds|showed|shows)\b")
# a second clause joined on after a comma (", and many now wait", ", which will close"): a sentence of the story
_SECOND_CLAUSE = re.compile(r",\s+(?:and|but|which|while|whereas|although|though)\s")


@lru_cache(maxsize=1)
def _caption_verb() -> re.Pattern:
    forms = [f for row in read_table(UNCREDITED_VERBS_FILE, ("verb",), what="caption verb table")
             for f in row["verb"].split("|")]
    return re.compile(r"\b(?:" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)) + r")\b")


@lru_cache(maxsize=1)
def _plural_forms() -> frozenset[str]:
    """The caption verbs' forms for a plural subject (each row's second form: "holds|hold" gives "hold")."""
    rows = read_table(UNCREDITED_VERBS_FILE, ("verb",), what="caption verb table")
    return frozenset(forms[1] for forms in (row["verb"].split("|") for row in rows) if len(forms) > 1)


# a subject opened by one of these is singular: the verb's plural form after it is a noun ("A protest march ...")
_SINGULAR_OPENERS = ("a", "an", "this", "that", "each", "every")


def _disagrees(before: list[str], form: str) -> bool:
    """The plural form after a singular subject with no "and" in it ("A protest march", "This stand"): a
    compound noun, not the caption's verb ("A man walks", "A man and a boy walk" are captions)."""
    return (form in _plural_forms() and before[0].lower() in _SINGULAR_OPENERS
            and not any(w.lower() in ("and", "&") for w in before))


LEDE_TIME_FILE = DATA_DIR / "cleaning" / "lede_time_words.tsv"


@lru_cache(maxsize=1)
def _lede_time() -> re.Pattern:
    forms = [f for row in read_table(LEDE_TIME_FILE, ("words",), what="lede time word table")
             for f in row["words"].split("|")]
    return re.compile(r"\b(?:" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)) + r")\b")


def reads_as_lede(text: str) -> bool:
    """A first paragraph that opens on a wire dateline ("PORTMILL, Norland (Agency) — ...") or anchors its
    news to the reader's day ("... today", "... this week", ``LEDE_TIME_FILE``): the story's lede, never a
    photo's caption, whatever its verb."""
    return bool(DATELINE.match(text)) or bool(_lede_time().search(text.lower()))


def uncredited_caption(text: str) -> bool:
    """One sentence showing people doing something in the present tense ("Rescuers carry a man from the
    rubble in the old town"), quoting no one: a caption's wording (callers limit it to the line above the
    lede, where a picture sits); a line reading as a lede (``reads_as_lede``) is none."""
    words = text.split()
    # two sentences, or a clause opening after a colon or semicolon ("...: They will ..."): prose, no caption
    if len(words) > UNCREDITED_MAX_WORDS or _SPEECH.search(text) or re.search(r"[.!?:;]\s+[A-Z\"“]", text) \
            or _SECOND_CLAUSE.search(text) or reads_as_lede(text):
        return False
    head = " ".join(words[:UNCREDITED_VERB_WITHIN])
    for m in _caption_verb().finditer(head):
        before = head[:m.start()].split()
        if before and before[-1].lower() not in _NOT_FINITE and before[0][:1].isupper() \
                and not any(w.lower() in _AUXILIARY for w in before[-AUXILIARY_WITHIN:]) and not _noun_use(before) \
                and not _disagrees(before, m.group()):
            return True
    return False


def _noun_use(before: list[str]) -> bool:
    """The verb's form stands as a noun: a determiner inside the sentence opens its phrase, with only names
    between ("ban the march", "ban the Valley Pride march"); one opening the line opens the subject ("The
    Harbour Master waits ...")."""
    k = len(before) - 1
    while k > 0 and before[k][:1].isupper():
        k -= 1
    return k > 0 and before[k].lower() in _DETERMINERS


DESCRIBED_SCENE_FILE = DATA_DIR / "cleaning" / "caption_openings.tsv"


@lru_cache(maxsize=1)
def _scene_opening() -> re.Pattern:
    rows = [row["pattern"] for row in read_table(DESCRIBED_SCENE_FILE, ("pattern",), what="caption opening table")]
    return re.compile("|".join(f"(?:{r})" for r in rows), re.I)


def described_scene(text: str) -> bool:
    """A line opening as a picture's description of the scene ("The scene in Harbour Street after ...",
    "Firefighters at the scene of the blaze", ``DESCRIBED_SCENE_FILE``), quoting no one: the words of an image's
    alt text (callers read it only right above a credited caption)."""
    return len(text.split()) <= UNCREDITED_MAX_WORDS and not _SPEECH.search(text) and bool(_scene_opening().match(text))


def place_date_stamp(text: str) -> bool:
    """A line closing on a photo's place-and-date stamp with no full stop ("..., in Port Aske, Norland, May 2,
    2024"): how agency captions end; a sentence of the story ends in a full stop."""
    text = text.rstrip()
    if not text or text[-1] in ".!?\"”’)":
        return False
    found = find_text_date(text)
    return found is not None and found[2] == len(text) and text[:found[1]].rstrip().endswith(",")


# where someone stands in the picture, in brackets after the name: "Jane Roe (right)", "(second left)", "(L)"
_POSITION_MARKER = re.compile(r"[A-Z][\w.'’-]*\s+\((?:(?:second |third |far |top |bottom |back |front )?(?:left|right)|"
                              r"centre|center|middle|front|back|top|bottom|L|R|C|pictured|in (?:red|blue|white|black))"
                              r"(?:\s+(?:to|and)\s+(?:left|right))?\)")


def position_marked_caption(text: str) -> bool:
    """A line naming where someone stands in the picture ("Jane Roe (right) meets ...") with no sentence end:
    a caption (callers limit it to the head and the line above the lede; a sentence of the story referring to a
    picture ends in a full stop)."""
    text = text.rstrip()
    return (len(text.split()) <= UNCREDITED_MAX_WORDS and bool(text) and text[-1] not in ".!?\"”’"
            and bool(_POSITION_MARKER.search(text)))
