"""Issue 14 (copy41): an organisation's "about us" paragraph pasted without quote marks is its wording, not a
reporter's, so it does not make two independent reports one story.

``wording.release_paragraphs`` leaves out of the own-wording, text and narrative measures every paragraph holding two
forms of ``data/crossdoc/release_forms.tsv`` (founded in, employs N people, a leading maker of, for more information
...). All texts below are our own words about invented events. The contrasts: a news paragraph with one such form is
reporting and stays; a copy of a report (which carries the boilerplate too) still joins it.
"""
from __future__ import annotations

import pytest

from newsweave.consolidate import copies, wording
from test_copies_pasted_block import _joined

RELEASE = ("Corrin Instruments was established in 1987 in a garage in Welby and is now one of the country's leading "
           "makers of laboratory scales and balances. The privately held firm employs 640 people at plants in Welby "
           "and Harrowgate and sells to universities and hospitals in 40 countries. For more information, visit "
           "www.corrin-instruments.example.")
REPORT_A = f"""Welby scale maker hit by cyber attack
Corrin Instruments has shut down its ordering system after criminals broke into its computer network over the weekend, the company said on Monday.
Staff arriving for the morning shift found a ransom note on every screen in the dispatch office and were sent home before lunch.
The company said no customer payment details were held on the affected servers, but it could not yet say when orders would be taken again.
Detectives from the regional cyber crime unit visited the Welby plant on Monday afternoon and took away two of the servers.
A spokesperson for the workers' union said members were worried about their wages being paid on time at the end of the month.
{RELEASE}
"""
REPORT_B = f"""Hospitals warned of delays after supplier's systems locked
Hospital laboratories across the region have been told to expect late deliveries of spare parts after a hacking attack on one of their main suppliers.
Corrin Instruments, whose weighing equipment is used in most hospital pharmacies, confirmed that its systems had been locked by ransomware.
A laboratory manager at the county hospital said her team had enough spare parts for about a fortnight and had started to ration repairs.
Security researchers said the same gang had targeted at least three other small manufacturers in the past month.
The attackers have demanded payment in cryptocurrency, according to a person who has seen the note.
{RELEASE}
Corrin said it expected to restore its ordering system by the end of the week.
"""
# the first report on another site, lightly edited (it keeps the pasted paragraph): a copy
REPORT_A_EDIT = (REPORT_A.replace("has shut down its ordering system", "has switched off its ordering system")
                 .replace("were sent home before lunch", "were sent home before midday")
                 .replace("took away two of the servers", "removed two servers"))
TEXTS = {"report_a": REPORT_A, "report_b": REPORT_B, "report_a_edit": REPORT_A_EDIT}


@pytest.mark.parametrize("paragraph,is_release", [
    (RELEASE, True),
    ("Dunmore Ales was founded in 1911 and employs 85 people at its brewery on the quay.", True),
    ("Halvard Mining is headquartered in Perth and is a wholly owned subsidiary of Brant Resources.", True),
    ("Kestrel Air is listed on the Oslo exchange. For further information, contact the press office.", True),
    # one form is reporting, not a release: a newsroom's own background sentence, or a bare founding year
    ("The company, which was founded in 1962, told staff on Tuesday that the plant would close.", False),
    ("The family-owned bakery has been on the same street for three generations, neighbours said.", False),
    ("Police said the man, who employs 12 people at a garage in the town, had been released on bail.", False),
])
def test_release_paragraphs_leave_out_an_organisations_self_description(paragraph, is_release):
    text = f"A first paragraph of reporting about the closure of the works.\n{paragraph}\nA last paragraph of reporting."
    left = wording.release_paragraphs(text)
    assert (paragraph not in left) is is_release
    assert "A first paragraph of reporting" in left and "A last paragraph of reporting" in left


def test_two_reports_sharing_only_the_pasted_boilerplate_stay_apart_and_the_copy_joins():
    joined = _joined(TEXTS)
    assert frozenset(("report_a", "report_a_edit")) in joined
    assert frozenset(("report_a", "report_b")) not in joined
    assert frozenset(("report_b", "report_a_edit")) not in joined


def test_without_the_rule_the_boilerplate_alone_joins_them(monkeypatch):
    """The negative is a real one: with the rule off (no paragraph has enough forms) the pasted paragraph joins the
    two reports, and without the paragraph nothing does. copy42's pasted-block veto (one shared paragraph and nothing
    else) keeps them apart too; it is switched off here to see this rule alone."""
    monkeypatch.setattr(wording, "RELEASE_MIN_FORMS", 99)
    monkeypatch.setattr(copies, "shares_a_pasted_block", lambda a, b: False)
    assert frozenset(("report_a", "report_b")) in _joined(TEXTS)
    bare = {"report_a": REPORT_A, "report_b": REPORT_B.replace(RELEASE + "\n", "")}
    assert frozenset(("report_a", "report_b")) not in _joined(bare)
