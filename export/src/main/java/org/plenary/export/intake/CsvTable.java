package org.plenary.export.intake;

import com.google.common.io.ByteSource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.plenary.core.text.LocalizedText;

/**
 * A spreadsheet saved as CSV, read with Commons CSV in the charset {@link TextDecoding} tells,
 * separated by the delimiter given or else by the one its first line uses most (a tab, ';' or ',').
 * Each row is numbered by the line where it begins, so that a cell holding line breaks does not
 * shift the rows after it; empty lines, and lines of separators only, are empty rows and skipped.
 */
final class CsvTable implements Table {

  private static final int GUESS_CHARS = 1 << 16;

  private final ByteSource bytes;
  private final String name;
  private final TextDecoding decoding;
  private final Optional<Character> delimiter;

  CsvTable(ByteSource bytes, String name, TextDecoding decoding, Optional<Character> delimiter) {
    this.bytes = bytes;
    this.name = name;
    this.decoding = decoding;
    this.delimiter = delimiter;
  }

  @Override
  public void read(Consumer<SheetRow> rows) throws IOException {
    try (InputStream in = bytes.openStream()) {
      LineCounter lines = new LineCounter(decoding.reader(in));
      BufferedReader text = new BufferedReader(lines, GUESS_CHARS);
      char separator = delimiter.isPresent() ? delimiter.get() : guess(text);
      CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator).setIgnoreSurroundingSpaces(true)
          .setIgnoreEmptyLines(false).setTrim(true).get();
      try (CSVParser csv = format.parse(text)) {
        for (CSVRecord record : csv) {
          SheetRow row = new SheetRow(lines.lineAt(record.getCharacterPosition()), record.toList());
          if (!row.blank()) {
            rows.accept(row);
          }
        }
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    } catch (CharacterCodingException e) {
      throw new IntakeException(name + ": the file is not valid " + decoding.charset().name()
          + (decoding.fellBack() ? ", nor UTF-8" : ""), e);
    }
  }

  /** The delimiter the first non-blank line uses most: a tab, then ';', then ','; ',' for none. */
  private static char guess(BufferedReader text) throws IOException {
    text.mark(GUESS_CHARS);
    int tabs = 0;
    int semicolons = 0;
    int commas = 0;
    boolean content = false;
    for (int i = 0; i < GUESS_CHARS - 1; i++) {
      int c = text.read();
      if (c < 0 || ((c == '\n' || c == '\r') && content)) {
        break;
      }
      tabs += c == '\t' ? 1 : 0;
      semicolons += c == ';' ? 1 : 0;
      commas += c == ',' ? 1 : 0;
      content |= !Character.isWhitespace(c) && c != ';' && c != ',';
    }
    text.reset();
    if (tabs > 0 && tabs >= semicolons && tabs >= commas) {
      return '\t';
    }
    return semicolons > commas ? ';' : ',';
  }

  @Override
  public boolean ragged() {
    return true;
  }

  @Override
  public Optional<LocalizedText> note() {
    if (!decoding.fellBack()) {
      return Optional.empty();
    }
    return Optional.of(Wording.BUNDLE.text("note.sheet-charset", name, decoding.notUtf8At().getAsLong(),
        decoding.charset().name()));
  }

  @Override
  public String toString() {
    return "CsvTable[" + name + ", " + decoding.charset().name() + delimiter.map(d -> ", '" + d + "'").orElse("") + "]";
  }
}
