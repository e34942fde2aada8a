package org.plenary.export.intake;

import java.util.List;

/**
 * One row of a spreadsheet as text: its number as a person finds it (the line where a CSV record
 * begins, the row a workbook shows, both from 1) and its cells from the first column on.
 */
record SheetRow(long number, List<String> cells) {

  SheetRow {
    cells = List.copyOf(cells);
  }

  /** The cell in {@code column} (from 0), or an empty one past the row's end. */
  String cell(int column) {
    return column < cells.size() ? cells.get(column) : "";
  }

  /** Whether every cell is blank, as a spreadsheet's empty row (or a CSV line of ";;;") is. */
  boolean blank() {
    return cells.stream().allMatch(String::isBlank);
  }
}
