"""The fixed words and thresholds of the quantity rules (the growing vocabulary is in ``data/``: see
:mod:`.tables`); each threshold has a note on how it was set."""
from __future__ import annotations

from ...months import MONTHS  # noqa: F401  (the one month table; the rules test membership)
WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()
# parts of a day: "5 in the morning" is a clock time, however a list around it reads
DAY_PARTS = frozenset({"morning", "afternoon", "evening", "night"})
TIME_UNITS = {"second", "minute", "hour", "day", "night", "week", "month", "year", "decade", "century", "fortnight"}
# "N <unit> ago" with a unit shorter than a day is a page's timestamp ("posted 3 hours ago"), not a reported span;
# from a day up ("met six years ago") the span is a duration as written (the real corpus's gold convention)
TIMESTAMP_UNITS = {"second", "minute", "hour"}
# a bare integer in this range, with no comma, currency or unit, reads as a year ("in 1953", "(2011)")
YEAR_RANGE = (1000, 2199)
# number words up to this value after "the/these/both ..." refer back to things already named
# ("the two Koreas", "both three"), they do not report an amount
ANAPHORIC_MAX = 10
# "the two Koreas", "the two sides", "both leaders": a pair after a determiner points back whatever it names; from
# three up, people (a person-class row of units.tsv) described in the phrase itself ("the six missing people",
# "all five crew members", "the three people who were detained") are counted there, unless the text gave the
# same figure before (see reading.repeated_figure)
ANAPHORIC_PAIR_MAX = 2
# counted heads that stand for the noun of an earlier amount ("12 soldiers and 3 others")
ANAPHORIC_HEADS = {"others", "other", "more"}
ANAPHORIC_DETERMINERS = {"the", "these", "those", "both", "its", "their", "our", "his", "her", "my", "your", "all"}
# "Kim Yo Jong, 37, said": a small number set off by commas right after a name is an age
MAX_AGE = 120
# nouns that stay singular after a number ("11,000 personnel", "270 aircraft"); any other
# singular noun after a number > 1 marks a model or a label ("737 Max jet", "the 777 program")
MASS_NOUNS = {"personnel", "staff", "police", "infantry", "cavalry", "militia", "manpower", "crew", "ammunition",
              "artillery", "equipment", "aircraft", "materiel", "livestock", "cattle", "sheep", "fish"}
# a number before a place name enumerates places ("two Koreas", "both Germanys"), not an amount
PLACE_ENTITY_LABELS = ("GPE", "LOC", "FAC")
# "a 10,000-strong force", "a 40-man unit": the hyphenated word makes the number count people
HYPHEN_PERSON_WORDS = {"strong", "man", "member", "person", "soldier", "troop"}
# roles of quantity_cues.tsv that tell what a bare number counts (see .counted.context_unit)
CONTEXT_ROLES = {"people_total", "people_relative", "people_verb", "people_place", "people_group", "page_counter", "state_body", "tally", "tally_ballots", "people_subject_verb",
                 # "60 were missing", "the injured stood at 742", "of those injured, 12": a state only people are in
                 "people_state",
                 # "rose to 57 overnight", "climbed by two to 86 on Tuesday": lemmas of verbs that change a figure; the
                 # number after their "to" or "by" is its new level or the change, never a date or a time
                 "change_verb",
                 # "at 5, 1%": a word leading a value, before which a comma and a space can split one decimal
                 "split_decimal_lead",
                 # a hyphenated number before an item noun counts it only when the item is a measure
                 # ("a 900-mile border") or the phrase names a group of those items ("a 40-tank column");
                 # "a two-round system", "a three-ship rule" name a property, not a count
                 "hyphen_measure", "hyphen_group",
                 # "the 15-member council", "the ten-year average", "the 9.11 attacks": a size, a span or a name
                 "fixed_body", "span_statistic", "date_event",
                 # "the 329-seat parliament", "a six-member bloc": a legislature or bloc sized in seats or member states
                 "seated_body",
                 # "terms ranged from two to eight years": a verb of spread whose "from ... to" is a range, not a change
                 "range_from",
                 # "5,210 cases" in a text naming a disease or an outbreak: people infected
                 "disease_context",
                 # "by three points", "a six-point fall": points of a share (point_share cues in the sentence),
                 # the "-point" form only before a change noun (point_change)
                 "point_share", "point_change",
                 # "the KDP 31 seats", "the PUK 18 seats and SNP nine out of 57 seats": a number after a party name or acronym
                 # that counts one of these nouns is the party's tally, not a code or a title
                 "tally_noun",
                 # "the index stood at 150.6 points": a verb of level before the number makes the points an index
                 # level, never percentage points, whatever share words the sentence holds
                 "point_level",
                 # "donors pledged 3 million pounds": words that make a currency name that is also a measure
                 # (currencies.tsv suffix_money) money in their sentence
                 "money_context", "weight_context",
                 # "a 30km stretch", "50 to 80mm of rain", "rose 4pc": a unit abbreviation written on the digits; the
                 # number reader, which reads no digits glued to letters, reads the number before a listed one
                 "glued_unit"}
# A bare number ("up to 4,500 altogether") takes the counted noun of an earlier amount at most this many
# sentences back in its paragraph. Set from our hand-written test sentences (tests/data/quantities.tsv):
# an elliptical total follows its first mention in the same or the next sentence; further back,
# other amounts and topics intervene.
ANTECEDENT_MAX_SENTENCES = 1
# units an elliptical amount may inherit: things counted by a noun, not money, shares or spans of time
COUNTED_UNITS = {"person", "munition", "missile", "military_unit", "vehicle", "aircraft", "count"}
# A total noun ("the death toll", "casualties") names what a bare number counts only this close before it
# (tokens). Set from our test sentences: "put the death toll as high as N" spans 5; further back the
# noun usually belongs to another clause.
TOTAL_NOUN_WINDOW = 8
# "50 units of howitzers", "200 pieces of artillery": the count is of what follows "of"
CONTAINER_NOUNS = {"unit", "piece", "set", "batch", "pair", "item", "lot", "type", "kind", "variant"}
# how far a counted noun phrase may run after the number (tokens); longer runs are parse noise
MAX_COUNTED_TOKENS = 8
# "the number of North Korean troops at about 10,000": nouns naming a total of what follows "of"
TOTAL_NOUNS = {"number", "total", "count", "tally", "toll", "strength", "size"}
# "at about 10,000 last week": a date follows the number, not a counted noun
TIME_DEICTICS = {"last", "next", "this", "past", "earlier", "later", "ago", "yesterday", "today", "tomorrow"}
# "four or five more aftershocks" is one range when the second number is at most this many times the first: "10 or 15"
# and "two or three" are estimates, "1 or 100" two figures (set from our own sentences in tests/data/quantities.tsv)
OR_RANGE_STEP = 2
# "rose by two to 86" is a change and the level it reached, "cut by 10 to 20" one range: after "by", two bare numbers
# (or two written alike with their unit) are a range only when the second is at most this many times the first, as
# the ends of an estimate are (set from our own sentences in tests/test_quantities_changes.py)
BY_RANGE_STEP = 3
# a phone number has at least this many digits (shorter digit groups are scores, ranges, dates)
MIN_PHONE_DIGITS = 7
# suffixes that make a number a percentage
PERCENT_AFTER = ("%", "percent", "per cent", "pct", "percentage points", "percentage point")
# percent abbreviations that make a percentage only written on the digits ("rose 4pc"; "40 pc boards" are circuit boards)
PERCENT_GLUED_ONLY = ("pc",)
# "opened one year late", "one week later": words after "one" + a time unit that make it a span of time
# measured from another time (as "two years early" is), not "one day" as an article
TIME_OFFSET_AFTER = frozenset({"early", "earlier", "late", "later", "ahead", "sooner"})
# "200 of the 300 members", "two of its ships": the determiners of the whole a counted part is taken from
PARTITIVE_DETERMINERS = frozenset({"the", "its", "their", "these", "those", "his", "her", "our"})
