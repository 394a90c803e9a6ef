"""The learned line classifier (documents/textclean/lineclass.py): its model file, and what it drops and keeps on
pages written here (no corpus text)."""
from __future__ import annotations

from newsweave.config import Options
from newsweave.documents.build import build_document
from newsweave.documents.textclean import clean_text
from newsweave.documents.textclean.lineclass import (MODEL_FILE, chrome_probabilities, line_features, load_model,
                                                     announced_lists, reads_english, summary_bullets)
from newsweave.model import RawArticle

TITLE = "Harbour towns brace for a second storm"
P1 = ("The coastal authority said on Thursday that ferries between the two islands would stay in port until the "
      "winds ease, after a first storm tore roofs from several warehouses on the northern quay.")
P2 = ("Fishermen hauled their boats onto the slipway by hand as the tide rose, and the harbour master told reporters "
      "that the breakwater had held but that the outer moorings were no longer safe for small craft.")
P3 = ("Schools in three villages will stay closed on Friday, the regional council said, and volunteers have opened "
      "the town hall to families whose homes lost power during the night.")


def page(middle: str = "", end: str = "") -> str:
    parts = [TITLE, P1, P2] + ([middle] if middle else []) + [P3] + ([end] if end else [])
    return "\n\n".join(parts) + "\n"


def test_the_model_file_loads_with_its_provenance_and_every_feature_it_weighs_is_computed():
    model = load_model()
    assert "scripts/train_line_classifier.py" in model["source"] and "tests/corpus/real/dev" in model["source"]
    assert 0.0 < model["drop_at"] < 1.0
    computed = set(line_features([TITLE, P1])[0])
    assert model["features"] and set(model["features"]) <= computed
    assert all(line.count("\t") == 2 for line in MODEL_FILE.read_text(encoding="utf-8").splitlines()
               if line and not line.startswith("#"))


def test_chrome_shaped_lines_the_rules_keep_are_dropped_and_named():
    for text, middle, end in ((page(middle="[Harbour Authority/Handout]"), "[Harbour Authority/Handout]", None),
                              (page(middle="@maravell_news"), "@maravell_news", None),
                              (page(end="Mara Vell | Coastal Desk"), None, "Mara Vell | Coastal Desk")):
        line = middle or end
        assert line in clean_text(text).text  # the rules alone keep it
        cleaned = clean_text(text, line_classifier=True)
        assert line not in cleaned.text
        assert [t for t, _ in cleaned.removed] == [line]
        assert cleaned.removed[0][1].startswith("chrome:classifier p=")
        assert all(p in cleaned.text for p in (P1, P2, P3))


def test_a_short_prose_line_and_long_paragraphs_stay():
    short = "Volunteers sort donated blankets in the town hall on Wednesday."
    for text in (page(middle=short), page(end=short)):
        cleaned = clean_text(text, line_classifier=True)
        assert short in cleaned.text and not cleaned.removed
    probs = chrome_probabilities([TITLE, P1, P2, short, P3])
    assert max(probs[1:]) < load_model()["drop_at"] <= probs[0]  # the headline line is shaped like chrome


def test_clean_text_alone_leaves_it_off_and_it_abstains_on_a_page_that_does_not_read_as_english():
    text = page(middle="@maravell_news")
    assert "@maravell_news" in clean_text(text).text
    foreign = ("Die Küstenbehörde teilte am Donnerstag mit, dass die Fähren zwischen beiden Inseln im Hafen bleiben, "
               "bis der Wind nachlässt, nachdem ein erster Sturm Dächer von mehreren Lagerhallen gerissen hatte.")
    assert reads_english([P1, P2]) and not reads_english([foreign])
    german = "\n\n".join([foreign, "@maravell_news", foreign.replace("Donnerstag", "Freitag")]) + "\n"
    assert not clean_text(german, line_classifier=True).removed


def test_the_setting_reaches_the_document_and_its_rule_names_the_classifier():
    raw = RawArticle(source="storm.txt", text=page(middle="@maravell_news"))
    assert Options().line_classifier  # on by default (data/settings.toml)
    off = build_document(raw, Options(line_classifier=False))
    on = build_document(raw, Options(line_classifier=True))
    assert "@maravell_news" in off.text and off.rule == "documents:plain text"
    assert "@maravell_news" not in on.text and on.rule.startswith("documents:plain text; chrome:classifier p=")


KEY_POINTS = ["- Ferries stay in port until the winds ease", "- Three village schools closed on Friday"]


def test_key_points_under_the_title_stay_while_the_same_run_under_the_story_goes():
    label = "Main points"
    top = "\n\n".join([TITLE, label, *KEY_POINTS, P1, P2, P3]) + "\n"
    cleaned = clean_text(top, line_classifier=True)
    assert all(k in cleaned.text for k in KEY_POINTS)
    assert summary_bullets([TITLE, label, *KEY_POINTS, P1, P2, P3]) == {2, 3}
    # the same bullets under the story are a teaser run: not protected
    assert summary_bullets([TITLE, P1, P2, P3, label, *KEY_POINTS]) == set()
    # one bullet alone, or menu items of a word or two, are no key points
    assert summary_bullets([TITLE, KEY_POINTS[0], P1]) == set()
    assert summary_bullets([TITLE, "- World", "- Sport", P1]) == set()


LIST_LEAD = "The ferry operator listed the crossings that will run on Saturday:"
LIST_ITEMS = ["Northport to Gullsand", "Gullsand to Ember Key", "Ember Key to Northport"]


def test_a_list_the_body_announces_with_a_colon_stays_though_its_lines_are_short():
    texts = [TITLE, P1, P2, LIST_LEAD, *LIST_ITEMS, P3]
    model = load_model()
    probs = chrome_probabilities(texts, model)
    assert max(probs[3:7]) >= model["drop_at"]  # the model alone reads some of these lines as chrome
    assert announced_lists(texts) == {3, 4, 5, 6}
    cleaned = clean_text("\n\n".join(texts) + "\n", line_classifier=True)
    assert all(line in cleaned.text for line in (LIST_LEAD, *LIST_ITEMS)) and not cleaned.removed


def test_no_announced_list_outside_the_body_or_without_a_lead_sentence():
    # a colon line above the first long paragraph (a menu heading) or a two-word label is not a list's lead
    assert announced_lists(["Sections:", "Weather", "Ferries", P1, P2]) == set()
    assert announced_lists([P1, "Read more:", "Storm warnings for the coast", P2]) == set()
    # with no long prose below it, nothing after the lead is inside the body
    assert announced_lists([P1, LIST_LEAD, *LIST_ITEMS]) == set()



def test_a_lead_that_opens_on_a_dateline_stays_however_short():
    from newsweave.documents.textclean.lineclass import classifier_drops, dateline_leads
    lead = "HARLOW, May 6, 2024 \u2014 Ferries stayed in port on Monday, the coastal authority said."
    texts = [TITLE, lead, P1, P2]
    assert dateline_leads(texts) == {1}
    assert 1 not in classifier_drops(texts, [0.99] * len(texts), 0.5)  # kept even when the model is sure
    assert 1 in classifier_drops([TITLE, "Ferries stayed in port on Monday, the coastal authority said.", P1, P2],
                                 [0.99] * 4, 0.5)
    assert not dateline_leads(["The ferries left HARLOW \u2014 on Monday, officials said.", "HARLOW \u2014 Share"])


def test_a_caption_names_a_place_then_a_full_date_in_its_first_sentence():
    from newsweave.documents.textclean.lineclass import caption_place_date
    assert caption_place_date("Volunteers stack sandbags along the river bank in Eastford, Marland, on June 3, 2023.")
    assert caption_place_date("A crane lifts a container at the port of Westhaven, 14 October 2022. Jo Bloggs/Agency")
    assert caption_place_date("Riders wait at a closed crossing near Kelby, Marland, Tue., April 2, 2024")
    # a date without its year, a date before the place, or a place and date only in a later sentence: no caption close
    assert not caption_place_date("Volunteers stacked sandbags in Eastford, Marland, on Monday as the river rose.")
    assert not caption_place_date("On June 3, 2023, the council met in Eastford to vote on the flood budget.")
    assert not caption_place_date("The council voted on the budget. It met in Eastford, Marland, on June 3, 2023.")


def test_a_long_caption_is_not_shielded_as_long_prose_but_a_long_paragraph_is():
    from newsweave.documents.textclean.lineclass import classifier_drops
    caption = ("Firefighters in protective suits walk past the burnt shell of a warehouse on the northern quay after a "
               "blaze that burned through the night, in Westhaven, Marland, on June 3, 2023.")
    texts = [TITLE, P1, caption, P2, P3]
    drops = classifier_drops(texts, [0.1, 0.1, 0.9, 0.9, 0.9], 0.5)
    assert 2 in drops  # the model is sure and the line reads as a caption
    assert 3 not in drops and 4 not in drops  # long prose the model is as sure of stays
    assert 2 not in classifier_drops(texts, [0.1, 0.1, 0.3, 0.1, 0.1], 0.5)  # the model still decides
