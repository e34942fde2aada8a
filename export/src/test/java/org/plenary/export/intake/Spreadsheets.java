package org.plenary.export.intake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes one list of rows in the forms a Secretariat's spreadsheet takes: an Excel workbook written
 * by Apache POI, with date cells, numbers and wrapped multi-line text, and CSV as Excel saves it
 * (CR LF line ends, fields quoted only when they must be), encoded with the JDK's encoders. A
 * {@code null} row is an empty row; a {@link LocalDateTime} cell is a date cell in a workbook and
 * Excel's displayed text in CSV; a {@link Number} is a numeric cell.
 */
final class Spreadsheets {

  /** The forms. */
  enum Form {
    /** An {@code .xlsx} workbook. */
    XLSX(null, ',', false, "requests.xlsx"),
    /** "CSV UTF-8" as Excel for Microsoft 365 saves it: a byte order mark, commas. */
    UTF_8_BOM(StandardCharsets.UTF_8, ',', true, "requests.csv"),
    /** UTF-8 without a byte order mark, as other programs write it, with semicolons. */
    UTF_8(StandardCharsets.UTF_8, ';', false, "requests.csv"),
    /** Excel's "Unicode text": UTF-16 little-endian with a byte order mark, separated by tabs. */
    UTF_16(StandardCharsets.UTF_16LE, '\t', true, "requests.txt"),
    /** Excel's "CSV (séparateur : point-virgule)" under French Windows: windows-1252, semicolons. */
    WINDOWS_1252(Charset.forName("windows-1252"), ';', false, "requests.csv");

    final Charset charset;
    final char delimiter;
    final boolean bom;
    final String file;

    Form(Charset charset, char delimiter, boolean bom, String file) {
      this.charset = charset;
      this.delimiter = delimiter;
      this.bom = bom;
      this.file = file;
    }

    /** Whether this form can hold every character of {@code rows}, as windows-1252 cannot hold Arabic. */
    boolean holds(List<List<Object>> rows) {
      if (charset == null) {
        return true;
      }
      CharsetEncoder e = charset.newEncoder();
      return rows.stream().filter(r -> r != null).flatMap(List::stream).filter(c -> c != null)
          .allMatch(c -> e.canEncode(String.valueOf(c)));
    }
  }

  /** How Excel under French Windows shows a date cell, and so writes it in CSV. */
  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm:ss", Locale.ROOT);

  private Spreadsheets() {}

  /** {@code rows} (the header first) in {@code form}. */
  static byte[] write(Form form, List<List<Object>> rows) {
    try {
      return form == Form.XLSX ? xlsx(rows) : csv(form, rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] xlsx(List<List<Object>> rows) throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = book.createSheet("Orateurs");
      CellStyle date = book.createCellStyle();
      date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy hh:mm:ss"));
      CellStyle wrap = book.createCellStyle();
      wrap.setWrapText(true);
      for (int i = 0; i < rows.size(); i++) {
        if (rows.get(i) == null) {
          continue; // Excel writes no <row> for an empty one
        }
        Row row = sheet.createRow(i);
        List<Object> cells = rows.get(i);
        for (int j = 0; j < cells.size(); j++) {
          Object v = cells.get(j);
          if (v == null) {
            continue;
          }
          Cell cell = row.createCell(j);
          if (v instanceof LocalDateTime t) {
            cell.setCellValue(t);
            cell.setCellStyle(date);
          } else if (v instanceof Number n) {
            cell.setCellValue(n.doubleValue());
          } else {
            String s = v.toString();
            cell.setCellValue(s);
            if (s.contains("\n")) {
              cell.setCellStyle(wrap);
            }
          }
        }
      }
      book.write(out);
      return out.toByteArray();
    }
  }

  private static byte[] csv(Form form, List<List<Object>> rows) throws IOException {
    StringBuilder text = new StringBuilder();
    CSVFormat excel = CSVFormat.EXCEL.builder().setDelimiter(form.delimiter).get();
    try (CSVPrinter p = new CSVPrinter(text, excel)) {
      int width = rows.stream().mapToInt(r -> r == null ? 0 : r.size()).max().orElse(0);
      for (List<Object> row : rows) {
        List<String> cells = new ArrayList<>();
        for (int j = 0; j < width; j++) {
          Object v = row == null || j >= row.size() ? null : row.get(j);
          cells.add(v == null ? "" : v instanceof LocalDateTime t ? SHOWN.format(t)
              : v instanceof Number n ? number(n) : v.toString());
        }
        p.printRecord(cells); // an empty row is a line of separators, as Excel writes it
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (form.bom) {
      out.write(form.charset == StandardCharsets.UTF_8 ? new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}
          : new byte[] {(byte) 0xFF, (byte) 0xFE});
    }
    write(out, text.toString(), form.charset);
    return out.toByteArray();
  }

  private static String number(Number n) {
    double d = n.doubleValue();
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }

  /** Encodes strictly: a character the charset lacks is an error here, not a silent '?'. */
  private static void write(OutputStream out, String text, Charset charset) throws IOException {
    CharsetEncoder e = charset.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      ByteBuffer b = e.encode(CharBuffer.wrap(text));
      out.write(b.array(), b.arrayOffset(), b.limit());
    } catch (CharacterCodingException x) {
      throw new IllegalArgumentException("not in " + charset + ": " + text, x);
    }
  }
}
