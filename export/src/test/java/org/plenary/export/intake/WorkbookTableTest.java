package org.plenary.export.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.io.ByteSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Cells of workbooks written by Apache POI, read as Excel means them, whatever the machine's locale. */
class WorkbookTableTest {

  private static List<SheetRow> rows(XSSFWorkbook book) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    book.write(out);
    book.close();
    List<SheetRow> rows = new ArrayList<>();
    Sheets.open(ByteSource.wrap(out.toByteArray()), "book.xlsx", Optional.empty(), StandardCharsets.UTF_8)
        .read(rows::add);
    return rows;
  }

  private static CellStyle format(XSSFWorkbook book, String pattern) {
    CellStyle s = book.createCellStyle();
    s.setDataFormat(book.getCreationHelper().createDataFormat().getFormat(pattern));
    return s;
  }

  @Test
  void numbersDatesTextAndFormulasReadAsExcelShowsThemAndEmptyRowsAreSkipped() throws IOException {
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    Locale.setDefault(Locale.GERMANY); // a decimal comma, were the machine's locale to leak in
    TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
    try {
      XSSFWorkbook book = new XSSFWorkbook();
      Sheet sheet = book.createSheet("Orateurs");
      book.createSheet("Second").createRow(0).createCell(0).setCellValue("not read");
      Row r = sheet.createRow(0);
      r.createCell(0).setCellValue(3);
      r.createCell(1).setCellValue(0.1);
      r.createCell(2).setCellValue(1234567.891);
      r.createCell(3).setCellValue(-42);
      r.createCell(4).setCellValue(true);
      r.createCell(6).setCellValue("after a gap");
      Row dates = sheet.createRow(2); // row 2 (the second) is left empty, row 4 holds only blanks
      dates.createCell(0).setCellValue(LocalDateTime.of(2019, 11, 25, 10, 15));
      dates.getCell(0).setCellStyle(format(book, "dd/mm/yyyy hh:mm"));
      dates.createCell(1).setCellValue(LocalDate.of(2019, 12, 5));
      dates.getCell(1).setCellStyle(format(book, "[$-40C]d mmmm yyyy"));
      dates.createCell(2).setCellValue(LocalDateTime.of(2019, 11, 25, 9, 40, 30));
      dates.getCell(2).setCellStyle(format(book, "yyyy-mm-dd hh:mm:ss"));
      dates.createCell(3).setCellValue(LocalTime.of(10, 15).toSecondOfDay() / 86400.0);
      dates.getCell(3).setCellStyle(format(book, "h:mm"));
      dates.createCell(4).setCellValue(43794.4375);
      dates.createCell(5).setCellValue(LocalDateTime.of(2019, 11, 25, 0, 0));
      dates.getCell(5).setCellStyle(format(book, "dd/mm/yyyy hh:mm"));
      dates.createCell(6).setCellValue(LocalDateTime.of(2019, 11, 25, 17, 45));
      dates.getCell(6).setCellStyle(format(book, "dd/mm/yyyy"));
      Row blank = sheet.createRow(3);
      blank.createCell(0).setCellValue("  ");
      blank.createCell(1).setBlank();
      Row formulas = sheet.createRow(4);
      formulas.createCell(0).setCellValue(2);
      formulas.createCell(1).setCellFormula("A5*21");
      formulas.createCell(2).setCellFormula("\"Côte d'\"&\"Ivoire\"");
      formulas.createCell(3).setCellValue("Ligne un\nligne deux ‏مرحبا");
      book.getCreationHelper().createFormulaEvaluator().evaluateAll(); // Excel stores the value it computed
      assertThat(rows(book)).containsExactly(
          new SheetRow(1, List.of("3", "0.1", "1234567.891", "-42", "TRUE", "", "after a gap")),
          new SheetRow(3, List.of("2019-11-25T10:15", "2019-12-05", "2019-11-25T09:40:30", "10:15", "43794.4375",
              "2019-11-25T00:00", "2019-11-25T17:45")),
          new SheetRow(5, List.of("2", "42", "Côte d'Ivoire", "Ligne un\nligne deux ‏مرحبا")));
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
  }

  @Test
  void aWorkbookInThe1904DateSystemGivesTheSameDates() throws IOException {
    XSSFWorkbook book = new XSSFWorkbook();
    var ct = book.getCTWorkbook();
    (ct.isSetWorkbookPr() ? ct.getWorkbookPr() : ct.addNewWorkbookPr()).setDate1904(true);
    Row r = book.createSheet().createRow(0);
    r.createCell(0).setCellValue(LocalDateTime.of(2019, 11, 25, 10, 15));
    r.getCell(0).setCellStyle(format(book, "dd/mm/yyyy hh:mm"));
    assertThat(book.isDate1904()).isTrue();
    assertThat(r.getCell(0).getNumericCellValue()).isCloseTo(43794 - 1462 + 10.25 / 24, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(rows(book)).containsExactly(new SheetRow(1, List.of("2019-11-25T10:15")));
  }

  @Test
  void aWorkbookWithNoSheetOrNoRowsGivesNoRows() throws IOException {
    assertThat(rows(new XSSFWorkbook())).isEmpty();
    XSSFWorkbook empty = new XSSFWorkbook();
    empty.createSheet("Vide");
    assertThat(rows(empty)).isEmpty();
  }
}
