"""The one month table: English month names and their abbreviations, lower case, to the month's number.

Read by dates in text (``extract/time.py``), publication dates (``documents/pubdate.py``), the quantity
rules that tell a day from an amount, and the spin phrases' ``<month>`` slot.
"""
from __future__ import annotations

import calendar

# full names, capitalised as written: "January" ... "December"
MONTH_NAMES: tuple[str, ...] = tuple(calendar.month_name[1:])
MONTHS: dict[str, int] = {name.lower(): i for i, name in enumerate(MONTH_NAMES, 1)} | {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
