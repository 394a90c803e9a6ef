"""The briefing's pictures: which actors the network draws, how wide its lines are, and that its text never overlaps."""
from __future__ import annotations

import pytest

pytest.importorskip("matplotlib")

from matplotlib.transforms import Bbox  # noqa: E402

from newsweave.model import Entity, Mention  # noqa: E402
from newsweave.outputs.charts import (MIN_NETWORK_MENTIONS, NODE_FONT, _network, network_figure,  # noqa: E402
                                      network_png)
from newsweave.outputs.view import EventGroup, View  # noqa: E402


def _group(gid: str, etype: str, actor: str, recipient: str, stories: tuple[str, ...]) -> EventGroup:
    return EventGroup(gid, etype, (actor,), (recipient,), "2025-01", None, (f"evt_{gid}",), stories, stories,
                      len(stories), "2025-01-02")


def _view(mentions: dict[str, int], groups: list[EventGroup], names: dict[str, str] | None = None) -> View:
    v = View()
    for eid, n in mentions.items():
        v.entities[eid] = Entity(eid, (names or {}).get(eid, eid.replace("ent_", "").title()), "country")
        v.mentions += [Mention(f"doc_{i}", eid, 0, 1) for i in range(n)]
    v.groups = groups
    return v


def test_network_keeps_actors_above_the_mention_threshold_and_counts_stories_once():
    rare = MIN_NETWORK_MENTIONS - 1
    v = _view({"ent_velmar": 9, "ent_ostia": 6, "ent_stray": rare},
              [_group("g1", "ASSAULT", "ent_velmar", "ent_ostia", ("s1", "s2")),
               _group("g2", "ASSAULT", "ent_velmar", "ent_ostia", ("s2", "s3")),  # s2 reported both: one story
               _group("g3", "ACCUSE", "ent_ostia", "ent_velmar", ("s4",)),
               _group("g4", "AID", "ent_stray", "ent_ostia", ("s5",))])
    g = _network(v)
    assert set(g) == {"ent_velmar", "ent_ostia"} and g.graph["left_out"] == 1
    assert g.edges["ent_velmar", "ent_ostia"]["stories"] == {"s1", "s2", "s3"}  # the line's width: 3, not 4
    assert g.edges["ent_velmar", "ent_ostia"]["types"] == {"ASSAULT"}
    assert network_png(v).startswith("data:image/png;base64,")


def _overlap(a, b) -> bool:
    return a.x0 < b.x1 - 0.5 and b.x0 < a.x1 - 0.5 and a.y0 < b.y1 - 0.5 and b.y0 < a.y1 - 0.5


def test_network_labels_cover_no_other_label_and_no_dot():
    """A crowded star (one hub, fourteen actors with long names, two rings of them) keeps every name apart."""
    spokes = {f"ent_s{i}": 3 + i for i in range(14)}
    names = {e: f"Ministry of Long Names Number {i}" for i, e in enumerate(spokes)}
    groups = [_group(f"g{i}", "CONSULT", "ent_hub", e, (f"s{i}",)) for i, e in enumerate(spokes)]
    groups += [_group(f"h{i}", "AID", e, "ent_s0", (f"t{i}",)) for i, e in enumerate(list(spokes)[1:4])]
    fig = network_figure(_view({"ent_hub": 40, **spokes}, groups, names))
    renderer = fig.canvas.get_renderer()
    ax = fig.axes[0]
    labels = [t for t in ax.texts if t.get_fontsize() == NODE_FONT and t.get_text()]
    assert {t.get_text() for t in labels} == {"Hub", *names.values()}
    boxes = [t.get_window_extent(renderer) for t in labels]
    for i, a in enumerate(boxes):
        for j in range(i + 1, len(boxes)):
            assert not _overlap(a, boxes[j]), (labels[i].get_text(), labels[j].get_text())
    dots = ax.collections[0]
    radii = (dots.get_sizes() ** 0.5) / 2 * fig.dpi / 72  # sizes are areas in points squared
    for (x, y), r in zip(ax.transData.transform(dots.get_offsets()), radii):
        dot = Bbox([[x - r * 0.9, y - r * 0.9], [x + r * 0.9, y + r * 0.9]])
        assert not any(_overlap(dot, box) for box in boxes)
    for text, box in zip(labels, boxes):  # every name inside the picture
        assert box.x0 >= 0 and box.x1 <= fig.bbox.width and box.y0 >= 0 and box.y1 <= fig.bbox.height, text.get_text()
