package org.plenary.export.intake;

import com.google.common.io.ByteSource;
import com.google.common.io.ByteStreams;
import com.google.common.io.MoreFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Opens a spreadsheet as a Secretariat saves it, telling the form by its first bytes: an Excel
 * workbook ({@code .xlsx}, a ZIP package), or CSV text in UTF-8 (with or without a byte order
 * mark), UTF-16 with a byte order mark (Excel's "Unicode text", tab-separated) or, when not valid
 * UTF-8, the fallback charset.
 */
final class Sheets {

  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
      (byte) 0xE1};
  private static final List<String> SHEET_EXTENSIONS = List.of(".csv", ".tsv", ".txt", ".xlsx", ".xlsm", ".xls");

  private Sheets() {}

  /** Opens {@code file}, named {@code name} in messages. */
  static Table open(Path file, String name, Optional<Character> delimiter, Charset fallback) throws IOException {
    return open(MoreFiles.asByteSource(file), Optional.of(file), name, delimiter, fallback);
  }

  /** Opens the spreadsheet {@code bytes}, named {@code name} in messages. */
  static Table open(ByteSource bytes, String name, Optional<Character> delimiter, Charset fallback)
      throws IOException {
    return open(bytes, Optional.empty(), name, delimiter, fallback);
  }

  private static Table open(ByteSource bytes, Optional<Path> file, String name, Optional<Character> delimiter,
      Charset fallback) throws IOException {
    byte[] head = head(bytes, OLE2.length);
    if (startsWith(head, ZIP)) {
      return new WorkbookTable(file, bytes, name);
    }
    if (startsWith(head, OLE2)) {
      throw new IntakeException(name + ": an Excel 97-2003 workbook (.xls) or a workbook protected by a password, "
          + "which the intake does not read: save it as an Excel workbook (.xlsx) or as CSV");
    }
    return new CsvTable(bytes, name, TextDecoding.of(bytes, fallback), delimiter);
  }

  /**
   * Whether {@code source} is a spreadsheet rather than mail: a file whose name ends in
   * {@code .csv}, {@code .tsv}, {@code .txt}, {@code .xlsx}, {@code .xlsm} or {@code .xls}, or whose
   * first bytes are a workbook's or a UTF-16 byte order mark (no mail is UTF-16).
   */
  static boolean isSheet(Path source) throws IOException {
    if (!Files.isRegularFile(source)) {
      return false;
    }
    String file = source.getFileName().toString().toLowerCase(Locale.ROOT);
    if (SHEET_EXTENSIONS.stream().anyMatch(file::endsWith)) {
      return true;
    }
    byte[] head = head(MoreFiles.asByteSource(source), OLE2.length);
    return startsWith(head, ZIP) || startsWith(head, OLE2) || startsWith(head, new byte[] {(byte) 0xFF, (byte) 0xFE})
        || startsWith(head, new byte[] {(byte) 0xFE, (byte) 0xFF});
  }

  private static byte[] head(ByteSource bytes, int n) throws IOException {
    try (InputStream in = bytes.openStream()) {
      return ByteStreams.toByteArray(ByteStreams.limit(in, n));
    }
  }

  private static boolean startsWith(byte[] head, byte[] prefix) {
    return head.length >= prefix.length && Arrays.equals(head, 0, prefix.length, prefix, 0, prefix.length);
  }
}
