package org.plenary.export.intake;

import com.google.common.io.ByteSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorkbookPr;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.WorkbookDocument;
import org.plenary.core.text.LocalizedText;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The first worksheet of an Excel workbook ({@code .xlsx}), streamed with Apache POI's event reader
 * so that a large sheet is never held whole. Cells read as Excel means them: a number as Excel's
 * General format writes it ({@code 3}, {@code 0.1}), a cell formatted as a date as an ISO date-time
 * in the sheet's own clock ({@code 2019-11-25T10:15}, or {@code 2019-11-25} for a whole day in a
 * format that shows no time), with
 * the workbook's 1900 or 1904 date system; a formula by the value Excel last computed (POI computes
 * nothing). Rows are numbered as Excel shows them; empty rows are skipped.
 */
final class WorkbookTable implements Table {

  private final Optional<Path> file;
  private final ByteSource bytes;
  private final String name;

  WorkbookTable(Optional<Path> file, ByteSource bytes, String name) {
    this.file = file;
    this.bytes = bytes;
    this.name = name;
  }

  @Override
  public void read(Consumer<SheetRow> rows) throws IOException {
    OPCPackage workbook = open();
    try {
      XSSFReader reader = new XSSFReader(workbook);
      reader.setUseReadOnlySharedStringsTable(true);
      boolean date1904 = date1904(reader);
      SharedStrings strings = reader.getSharedStringsTable();
      StylesTable styles = reader.getStylesTable();
      Iterator<InputStream> sheets = reader.getSheetsData();
      if (!sheets.hasNext()) {
        return;
      }
      try (InputStream sheet = sheets.next()) {
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, new Rows(rows), new Cells(date1904),
            false));
        xml.parse(new InputSource(sheet));
      }
    } catch (SAXException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw refused(e);
    } catch (OpenXML4JException | OpenXML4JRuntimeException | ParserConfigurationException | XmlException
        | org.apache.poi.ooxml.POIXMLException | IllegalArgumentException e) {
      if (e instanceof IntakeException ie) {
        throw ie;
      }
      throw refused(e);
    } finally {
      workbook.revert(); // opened to read: closing would try to save it
    }
  }

  private OPCPackage open() throws IOException {
    try {
      if (file.isPresent()) {
        return OPCPackage.open(file.get().toFile(), PackageAccess.READ);
      }
      try (InputStream in = bytes.openStream()) {
        return OPCPackage.open(in);
      }
    } catch (IOException | OpenXML4JException | OpenXML4JRuntimeException | IllegalArgumentException e) {
      throw refused(e);
    }
  }

  private IntakeException refused(Exception e) {
    return new IntakeException(name + ": not an Excel workbook (.xlsx) that can be read: " + e.getMessage(), e);
  }

  private static boolean date1904(XSSFReader reader) throws IOException, OpenXML4JException, XmlException {
    try (InputStream in = reader.getWorkbookData()) {
      CTWorkbookPr pr = WorkbookDocument.Factory.parse(in, POIXMLTypeLoader.DEFAULT_XML_OPTIONS).getWorkbook()
          .getWorkbookPr();
      return pr != null && pr.isSetDate1904() && pr.getDate1904();
    }
  }

  @Override
  public boolean ragged() {
    return false;
  }

  @Override
  public Optional<LocalizedText> note() {
    return Optional.empty();
  }

  @Override
  public String toString() {
    return "WorkbookTable[" + name + "]";
  }

  /** Collects each row's cells, by their column, and hands on the rows that are not blank. */
  private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
    private final Consumer<SheetRow> rows;
    private final List<String> cells = new ArrayList<>();

    Rows(Consumer<SheetRow> rows) {
      this.rows = rows;
    }

    @Override
    public void startRow(int row) {
      cells.clear();
    }

    @Override
    public void endRow(int row) {
      SheetRow r = new SheetRow(row + 1L, cells);
      if (!r.blank()) {
        rows.accept(r);
      }
    }

    @Override
    public void cell(String reference, String value, XSSFComment comment) {
      int column = reference == null ? cells.size() : new CellReference(reference).getCol();
      while (cells.size() < column) {
        cells.add("");
      }
      if (column == cells.size()) {
        cells.add(value == null ? "" : value);
      }
    }
  }

  /**
   * Writes numbers as Excel's General format does, and dates as ISO text, whatever the machine's
   * locale: a date-time, or a date alone when the cell holds a whole day in a format that shows no
   * time (as a person typing "25/11/2019" makes it), or a time alone below one day.
   */
  private static final class Cells extends DataFormatter {
    private static final double DAY = 1000;
    private static final double NOON_AND_A_MINUTE = 0.5 + 61 / 86_400.0;
    private final boolean date1904;
    private final Map<String, Boolean> showsTime = new HashMap<>();

    Cells(boolean date1904) {
      super(Locale.ROOT);
      this.date1904 = date1904;
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
      if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
        LocalDateTime t = DateUtil.getLocalDateTime(value, date1904, true);
        if (value < 1) {
          return t.toLocalTime().toString();
        }
        boolean whole = value == Math.floor(value);
        return whole && !showsTime(formatIndex, formatString) ? t.toLocalDate().toString() : t.toString();
      }
      return NumberToTextConverter.toText(value);
    }

    /** Whether the format shows a time of day: then noon and a minute reads otherwise than midnight. */
    private boolean showsTime(int formatIndex, String formatString) {
      return showsTime.computeIfAbsent(formatIndex + ":" + formatString, k ->
          !super.formatRawCellContents(DAY, formatIndex, formatString)
              .equals(super.formatRawCellContents(DAY + NOON_AND_A_MINUTE, formatIndex, formatString)));
    }
  }
}
