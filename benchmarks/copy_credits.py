"""What a credit could add to copy detection: labelled pairs by how their texts credit origins (issue 14, copy49).

For each labelled pair of real dev and the copy-calibration set (``copies_real.labelled_pairs``) the pair's credits
(``Profile.credits``, from ``Document.credit``) put it in one class: ``both`` (one origin credited by both, or one
crediting the other's outlet), ``one`` (only one text credits anything), ``none``, ``diff`` (both credit, no origin in
common). Per class: the same-story and independent pairs, and those the fact channel would accept *if the pair were
read as credited* (``FactMatch.is_copy`` with ``credited`` set and ``conflicting`` cleared) that it does not accept
today, with their measures. A credit-backed rule can only gain the same-story pairs of its class, and brings in its
independent ones.

    PYTHONPATH=src .venv/bin/python benchmarks/copy_credits.py
"""
from __future__ import annotations

from dataclasses import replace

from copies_real import labelled_pairs
from newsweave.consolidate.factseq import fact_match


def credit_class(a, b, match) -> str:
    if match.credited:
        return "both"
    if bool(a.credits) != bool(b.credits):
        return "one"
    return "diff" if a.credits else "none"


def main() -> None:
    rows = []
    for _name, x, y, same, _dx, _dy, px, py in labelled_pairs():
        m = fact_match(px, py)
        if m is not None:
            as_credited = replace(m, credited=True, conflicting=False).is_copy
            rows.append((credit_class(px, py, m), same, m.is_copy, as_credited, x, y, m, sorted(px.credits | py.credits)))
    for kind in ("both", "one", "none", "diff"):
        rs = [r for r in rows if r[0] == kind]
        gained = [r for r in rs if r[3] and not r[2]]
        print(f"{kind:<5} same-story {sum(r[1] for r in rs):>3}  independent {sum(not r[1] for r in rs):>3}  "
              f"accepted only as credited: same-story {sum(r[1] for r in gained)}, independent {sum(not r[1] for r in gained)}")
        for r in rs if kind == "both" else gained:
            m = r[6]
            print(f"    {'same' if r[1] else 'INDEP'} {r[4]} ~ {r[5]} ({', '.join(r[7])}): copy today {m.is_copy}; "
                  f"facts {m.facts:.2f} contain {m.containment:.2f} text {m.text:.3f} over {m.text_shared} "
                  f"own {m.own:.2f} wording {m.wording:.2f} run {m.run}")


if __name__ == "__main__":
    main()
