package org.plenary.export.intake;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/** Opens the CSV files a spreadsheet writes: UTF-8 with or without a byte order mark, ',' or ';'. */
final class Sheets {

  private static final int BOM = '\uFEFF';

  private Sheets() {}

  /**
   * A parser of {@code in} whose first record is the header; the separator is {@code delimiter} if
   * given, else the one the header line uses most, ';' or ','.
   */
  static CSVParser open(InputStream in, Optional<Character> delimiter) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
    reader.mark(1);
    if (reader.read() != BOM) {
      reader.reset();
    }
    char separator = delimiter.orElseGet(() -> guess(reader));
    return CSVFormat.RFC4180.builder().setDelimiter(separator).setHeader().setSkipHeaderRecord(true)
        .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).setTrim(true).get().parse(reader);
  }

  private static char guess(BufferedReader reader) {
    try {
      reader.mark(1 << 16);
      String header = reader.readLine();
      reader.reset();
      if (header == null) {
        return ',';
      }
      long semicolons = header.chars().filter(c -> c == ';').count();
      long commas = header.chars().filter(c -> c == ',').count();
      return semicolons > commas ? ';' : ',';
    } catch (IOException e) {
      return ',';
    }
  }

  /** Whether {@code e} says the file is not UTF-8. */
  static boolean notUtf8(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof CharacterCodingException) {
        return true;
      }
    }
    return false;
  }

  /** Closes quietly what was opened for a read that failed. */
  static void closeQuietly(Reader r) {
    try {
      r.close();
    } catch (IOException ignored) {
      // the read already failed; its own error is the one to report
    }
  }
}
