package org.plenary.export.intake;

import java.io.IOException;
import java.util.Optional;
import java.util.function.Consumer;
import org.plenary.core.text.LocalizedText;

/** A spreadsheet opened for reading: CSV text ({@link CsvTable}) or a workbook ({@link WorkbookTable}). */
interface Table {

  /**
   * Gives each row that is not blank to {@code rows}, in order, reading the file once; what
   * {@code rows} throws stops the read and comes out as it was thrown.
   *
   * @throws IOException if the file cannot be read, or its text is not in its charset
   */
  void read(Consumer<SheetRow> rows) throws IOException;

  /** Whether a row shorter than the header lacks cells (CSV), rather than ending in blank ones. */
  boolean ragged();

  /** What a person should know of how the file was read: a charset other than UTF-8, say. */
  Optional<LocalizedText> note();
}
