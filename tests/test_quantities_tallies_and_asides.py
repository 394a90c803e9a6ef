"""Quantities: running tallies and crowd counts (sentences of our own): long runs of space-grouped digits in a
text that also uses commas, a bracket that opens an aside after a label word or a month, cases of a disease,
people counted by their stance or recovery, a bare amount after a colon that counts the clause's subject, a
bare scaled amount that is money in the currency before it, and full stops the page ran together."""
from __future__ import annotations

import pytest

from quantity_reading import read as _read, read_pairs as _pairs


@pytest.mark.parametrize("text, value, unit", [
    ("Some 3 118 402 voters were registered, and 14,200 ballots were spoilt.", 3118402, "person"),
    ("The agency shipped 1 250 000 rounds last spring; 2,000 more are due.", 1250000, "munition"),
])
def test_a_long_run_of_space_grouped_digits_is_one_number_in_a_text_with_commas(nlp, text, value, unit):
    assert (value, unit) in _pairs(nlp, text)


@pytest.mark.parametrize("text, absent", [
    ("On June 5 200 people marched, and 1,300 more joined later.", 5200),   # one space group after a month
    ("For details call +44 207 946 095 or write to the office.", 207946095),  # a dialled number
])
def test_short_or_dialled_digit_runs_stay_apart(nlp, text, absent):
    assert all(v != absent for v, _ in _pairs(nlp, text))


@pytest.mark.parametrize("text, value", [
    ("After a calm third round (45,000 marchers across the country), turnout rose again.", 45000),
    ("The rally in May (12,000 marchers by the police count) was the largest of the year.", 12000),
])
def test_a_bracket_after_a_label_word_or_a_month_opens_an_aside(nlp, text, value):
    assert (value, "person") in _pairs(nlp, text)


@pytest.mark.parametrize("text, value", [
    ("The talks went into round 4 on Tuesday.", 4),
    ("The storm strengthened overnight (category 2) before landfall.", 2),  # the bracket opens before the word
    ("Portsmouth, Sep 8 (Agency) Crews cleared the line.", 8),  # a dateline's day, a bracket after it
])
def test_a_label_word_or_month_right_before_its_number_still_labels_it(nlp, text, value):
    assert all(v != value for v, _ in _pairs(nlp, text))


@pytest.mark.parametrize("text, value", [
    ("The cholera outbreak has spread. In total, the province registered 5,210 cases and 88 deaths.", 5210),
    ("Clinics logged 4,400 measles cases by the end of the month.", 4400),
    ("The outbreak grew fast: there were 900 cases of dengue in a week.", 900),
])
def test_cases_of_a_disease_are_people(nlp, text, value):
    got = _read(nlp, text)
    assert (value, "person") in [(v, u) for v, u, _ in got]
    assert any(rule.startswith("disease-cases") for v, _u, rule in got if v == value)
    assert (value, "count") in _pairs(nlp, text, {"unit_disease_cases"})


@pytest.mark.parametrize("text, value", [
    ("The brewery handed out 3,000 cases of beer after the flood.", 3000),
    ("The court heard 300 cases last year.", 300),
    ("During the outbreak, 500 cases of tinned food were donated.", 500),
])
def test_cases_of_goods_or_in_a_text_without_a_disease_stay_a_count(nlp, text, value):
    assert (value, "count") in _pairs(nlp, text)


@pytest.mark.parametrize("text, value", [
    ("The union counted 640,000 opponents of the new law in the capital.", 640000),
    ("The ward reported 1,900 recoveries over the week.", 1900),
])
def test_opponents_and_recoveries_count_people(nlp, text, value):
    assert (value, "person") in _pairs(nlp, text)


@pytest.mark.parametrize("text, value", [
    ("Marchers were more numerous than last week: nearly 90,000 by the organisers' count.", 90000),
    ("Refugees kept arriving all night: 4,000 by dawn, aid workers said.", 4000),
])
def test_a_bare_number_after_a_colon_counts_the_subject_before_it(nlp, text, value):
    got = _read(nlp, text)
    assert (value, "person") in [(v, u) for v, u, _ in got]
    assert any(rule.startswith("colon-subject") for v, _u, rule in got if v == value)
    assert (value, "count") in _pairs(nlp, text, {"colon_subject"})


def test_a_bare_number_after_a_colon_with_an_uncounted_subject_stays_a_count(nlp):
    assert (2000000000, "count") in _pairs(nlp, "The bill is large: 2 billion by the end of the decade.")


def test_elliptical_figures_after_the_colon_follow_the_first(nlp):
    text = ("Opponents of the plan were out in force in every region: 2.1 million by the union's figures "
            "(including 400,000 in the capital) and 900,000 by the ministry's.")
    got = _pairs(nlp, text)
    assert (2100000, "person") in got and (400000, "person") in got and (900000, "person") in got


@pytest.mark.parametrize("text, value, unit", [
    ("The new levy will raise 12 billion rand ($700 million) next year, well short of the 30 billion the ministry "
     "wanted.", 30000000000, "ZAR"),
    ("The state spent 2 billion euros on roads, against the 5 billion it had promised.", 5000000000, "EUR"),
])
def test_a_bare_scaled_amount_is_money_in_the_currency_before_it(nlp, text, value, unit):
    got = _read(nlp, text)
    assert (value, unit) in [(v, u) for v, u, _ in got]
    assert any(rule.startswith("elliptical-money") for v, _u, rule in got if v == value)
    assert (value, "count") in _pairs(nlp, text, {"elliptical_money"})


@pytest.mark.parametrize("text, value", [
    ("The fund spent 4 billion euros on roads, and the country has 1.2 million cars.", 1200000),  # its own noun
    ("The state spent 2 billion rand. The province then counted 3 million.", 3000000),  # another sentence
    ("The club paid 40 million euros and 300 fans came to see the signing.", 300),  # no scale word
])
def test_money_is_not_lent_across_sentences_nouns_or_unscaled_numbers(nlp, text, value):
    assert all(u not in ("EUR", "ZAR") for v, u in _pairs(nlp, text) if v == value)


def test_a_full_stop_the_page_ran_together_after_digits_still_ends_the_sentence(nlp):
    doc = nlp("The number of deaths has now passed 450.With nine more overnight, the count kept rising.")
    words = [t.text for t in doc]
    assert "450" in words and "With" in words and doc[words.index("With")].is_sent_start
    assert (450, "person") in _pairs(nlp, doc.text)


def test_a_full_stop_the_page_ran_together_after_an_acronym_splits_the_tokens(nlp):
    doc = nlp("Most were treated at home, according to the WHO.Of the new patients, 982 were admitted.")
    words = [t.text for t in doc]
    assert "WHO" in words and "Of" in words and doc[words.index("Of")].is_sent_start


def test_dotted_abbreviations_dotted_dates_and_decimals_stay_whole(nlp):
    doc = nlp("He flew to the U.S.The trip on (4.Dec.2021) cost 3.5 million dollars.")
    words = [t.text for t in doc]
    assert "U.S.The" in words and "3.5" in words and "Dec" not in words


@pytest.mark.parametrize("cues", [("measles", "cholera", "cholera outbreak"), ("cholera outbreak", "cholera", "measles")])
def test_the_disease_cited_is_the_one_the_text_names_first_whatever_the_table_order(cues):
    # the cues are a set: the cue (and the table row cited) must not depend on the order it is walked in
    from types import SimpleNamespace
    from newsweave.extract.quantities.reading import _names_a_disease
    r = SimpleNamespace(tables=SimpleNamespace(context={"disease_context": cues}))
    assert _names_a_disease(r, "A cholera outbreak followed the measles wave.") == "cholera outbreak"
    assert _names_a_disease(r, "Measles spread before cholera did.") == "measles"
    assert _names_a_disease(r, "Flooding closed the clinics.") is None
