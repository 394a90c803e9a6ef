"""A record's JSON object (``model.to_dict``) and its store row (``store.duck._to_row``) read plain fields without
a dataclass test and evidence spans without ``dataclasses.asdict``'s deep copy (docs/performance.md, "Text corpus,
twenty-seventh round"): both stay what the general conversion gives, on the records of invented articles and on
records holding every kind of field (nested spans, a location, an outlet, spin, tuples of text, empty tuples)."""
import dataclasses
import json

from newsweave import model
from newsweave.pipeline import process
from newsweave.store.duck import _as_dict, _to_row

ARTICLES = [
    "Harbour board fines ferry firm\n\nBy Ann Lee\n\nThe harbour board fined the Northway ferry company 40,000 "
    "euros on Tuesday, its chair told reporters in Portmere. \"We warned them twice,\" she said. The company "
    "said it would appeal and accused the board of bias. Police arrested two dockers after a protest.",
    "Flood talks stall\n\nTalks between the river authority and three farming unions broke down on 3 May 2025, "
    "a spokesman for the authority said, adding that about 1,200 hectares had been under water for a week. "
    "The unions demanded compensation of 5 million dollars.",
]


def _general_dict(record):
    """The contract's object as the general conversion builds it: ``dataclasses.asdict`` of every nested record."""
    out = {"type": model.RECORD_TYPES[type(record)]}
    for f in dataclasses.fields(record):
        v = getattr(record, f.name)
        if isinstance(v, tuple):
            v = [dataclasses.asdict(x) if dataclasses.is_dataclass(x) else x for x in v]
        elif dataclasses.is_dataclass(v):
            v = dataclasses.asdict(v)
        out[f.name] = v
    return out


def _general_row(record):
    row = []
    for f in dataclasses.fields(record):
        v = getattr(record, f.name)
        if isinstance(v, tuple) and v and dataclasses.is_dataclass(v[0]):
            v = json.dumps([dataclasses.asdict(x) for x in v])
        elif isinstance(v, tuple):
            v = list(v)
        elif isinstance(v, dict):
            v = json.dumps(v)
        elif dataclasses.is_dataclass(v):
            v = json.dumps(dataclasses.asdict(v))
        row.append(v)
    return row


def _records(options, tmp_path):
    for i, text in enumerate(ARTICLES):
        (tmp_path / f"a{i}.txt").write_text(text, encoding="utf-8")
    out = []
    for dr in process([str(tmp_path)], options):
        assert isinstance(dr, model.DocumentRecords)
        out += [dr.document, *dr.entities, *dr.mentions, *dr.claims, *dr.quantities, *dr.times, *dr.events,
                *dr.magnitudes, *dr.sentences]
    return out


def test_objects_and_rows_equal_the_general_conversion_on_extracted_records(options, tmp_path):
    records = _records(options, tmp_path)
    assert {type(r).__name__ for r in records} >= {"Document", "Mention", "Claim", "Quantity"}
    for r in records:
        assert _to_row(r) == _general_row(r)
        if type(r) in model.RECORD_TYPES:
            got = model.to_dict(r)
            assert got == _general_dict(r) and list(got) == list(_general_dict(r))
            assert json.dumps(got) == json.dumps(_general_dict(r))


def test_nested_values_are_converted_as_before():
    spans = (model.Evidence(doc="d1", start=3, end=9), model.Evidence(doc="d1", start=20, end=24))
    records = _records_with_every_kind_of_field(spans)
    assert any(getattr(r, "evidence", None) == spans for r in records)
    assert any(getattr(r, "location", None) is not None for r in records)
    for record in records:
        assert model.to_dict(record) == _general_dict(record)
        assert _to_row(record) == _general_row(record)
    # a nested record holding a tuple (not a plain value) is copied deeply, as asdict does
    spin = model.Spin(score=0.5, evidence=("Head Minister", "to beryllium"))
    assert model._plain_asdict(spin) == dataclasses.asdict(spin)
    assert _as_dict(spin) == dataclasses.asdict(spin)


def _records_with_every_kind_of_field(spans):
    out = []
    for cls in model.RECORD_TYPES:
        values = {}
        for f in dataclasses.fields(cls):
            if f.default is not dataclasses.MISSING or f.default_factory is not dataclasses.MISSING:
                continue
            values[f.name] = spans if f.name == "evidence" else "x"
        try:
            base = cls(**values)
        except TypeError:
            continue
        out.append(base)
        changes = {}
        names = {f.name for f in dataclasses.fields(cls)}
        if "evidence" in names:
            changes["evidence"] = spans
        if "location" in names:
            changes["location"] = model.Location(**{f.name: ("Portmere" if f.type in ("str", "str | None") else None)
                                                      for f in dataclasses.fields(model.Location)})
        if "outlet" in names:
            changes["outlet"] = model.UNKNOWN_OUTLET
        if "spun" in names:
            changes["spun"] = model.Spin(score=0.25, evidence=("Head Minister",))
        if changes:
            try:
                out.append(dataclasses.replace(base, **changes))
            except TypeError:
                pass
    return out
