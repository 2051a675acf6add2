"""The one splitter of a Markdown table's line into cells (redaction/detect/table_cells.py)."""

from redaction.detect.table_cells import Cell, table_cells


def test_when_a_line_is_split_then_each_cell_keeps_its_column_and_where_its_text_stands() -> None:
    text = "前文\n| 2/9 葛西 |　楠　| |\n"
    line_start = text.index("|")
    line = text[line_start : text.index("\n", line_start)]
    cells = table_cells(line, line_start)
    assert cells == [Cell(0, line_start + 2, "2/9 葛西"), Cell(1, line_start + 11, "楠"), Cell(2, line_start + 14, "")]
    assert [text[cell.start : cell.end] for cell in cells] == ["2/9 葛西", "楠", ""]


def test_when_a_line_has_words_before_its_first_bar_then_they_are_no_cell() -> None:
    assert [cell.text for cell in table_cells("見出し | A | B |", 0)] == ["A", "B"]
    assert table_cells("no bars here", 0) == []
