"""The one knowledge-table reader: header, source column, file and line in every complaint."""
from __future__ import annotations

import pytest

from newsweave.errors import ConfigError
from newsweave.tables import read_table


def _write(tmp_path, text):
    path = tmp_path / "t.tsv"
    path.write_text(text, encoding="utf-8")
    return path


def test_rows_keep_their_line_numbers_and_skip_comments(tmp_path):
    path = _write(tmp_path, "# a comment\nword\tkind\tsource\n\nrain\tweather\town\n# note\nsnow\tweather\town\n")
    rows = read_table(path, ("word", "kind"))
    assert [(r["word"], r["_line"]) for r in rows] == [("rain", 4), ("snow", 6)]


def test_missing_source_column_names_the_file_and_header_line(tmp_path):
    path = _write(tmp_path, "# c\nword\tkind\nrain\tweather\n")
    with pytest.raises(ConfigError, match=r"t\.tsv:2: .*lacks column\(s\) source"):
        read_table(path, ("word",))


def test_a_row_with_too_many_cells_names_its_line(tmp_path):
    path = _write(tmp_path, "word\tkind\tsource\nrain\tweather\town\nsnow\tweather\town\textra\n")
    with pytest.raises(ConfigError, match=r"t\.tsv:3: expected 3 tab-separated columns"):
        read_table(path, ("word",))


def test_an_empty_required_cell_names_its_line(tmp_path):
    path = _write(tmp_path, "word\tkind\tsource\n\tweather\town\n")
    with pytest.raises(ConfigError, match=r"t\.tsv:2: empty word"):
        read_table(path, ("word",))


def test_trailing_optional_cells_may_be_left_out(tmp_path):
    path = _write(tmp_path, "word\tsource\tnote\nrain\town\n")
    assert read_table(path, ("word",))[0]["note"] == ""


def test_unreadable_file_is_one_config_error(tmp_path):
    with pytest.raises(ConfigError, match="cannot read"):
        read_table(tmp_path / "none.tsv")
    path = tmp_path / "bad.tsv"
    path.write_bytes(b"word\tsource\n\xff\xfe\n")
    with pytest.raises(ConfigError, match="cannot read"):
        read_table(path)


@pytest.mark.parametrize("setting,header", [
    ("gazetteer_files", "id\tname\tkind\tcountry\twikidata\taliases\tsource\n"),
    ("outlet_files", "domain\tname\tcountry\tkind\taliases\tsource\n"),
    ("spin_files", "spun\tfixed\tkind\tweight\tsource\n"),
    ("event_lexicon_files", "lemma\tpos\tcue\troles\tcategory\tmode\tcontext\texample\tsource\n"),
    ("unit_files", "surface\tunit\tsource\n"),
    ("cleaning_cue_files", "kind\tscope\tpattern\tsource\n"),
    ("claim_cue_files", "cue\trole\tsource\n"),
])
def test_a_broken_user_table_stops_the_run_at_start_with_file_and_line(tmp_path, options, setting, header):
    from newsweave.pipeline import run
    from newsweave.store import Store

    bad = tmp_path / "mine.tsv"
    bad.write_text(header + "a\tb\tc\td\te\tf\tg\th\ti\tj\tk\n", encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("Chile and Peru signed a fishing accord on Monday, officials said.\n", encoding="utf-8")
    with Store(":memory:") as store, pytest.raises(ConfigError, match=r"mine\.tsv:2"):
        run([str(article)], store, options.replace(**{setting: (str(bad),)}))
