package org.plenary.export.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.plenary.core.plan.Timetable;
import org.plenary.export.ExportOptions;
import org.plenary.export.Fixtures;

class SpeakersCsvTest {

  static List<CSVRecord> parse(byte[] bytes) throws Exception {
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertThat(text).startsWith("\ufeff");
    return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(text.substring(1))).getRecords();
  }

  @Test
  void writesAHeaderAndARowPerSlotThenPerWaitingEntry() throws Exception {
    Timetable t = Fixtures.sample(4);
    byte[] bytes = new SpeakersCsv().toBytes(t, ExportOptions.english());
    assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\r\n")
        .startsWith("\ufefforder,segment,segment title,status,start,end,speaker,delegation,constituency,rank,"
            + "function,statement,requested,time requested,allotted,time allotted,received,reason\r\n");
    List<CSVRecord> rows = parse(bytes);
    assertThat(rows).hasSize(t.plan().slots().size() + t.plan().waitingList().size());
    assertThat(t.plan().waitingList()).hasSize(2);
    assertThat(rows.get(0).get("start")).isEqualTo("2021-03-03T15:00:00+01:00");
    assertThat(rows.get(0).get("allotted")).isEqualTo("PT5M");
    assertThat(rows.get(0).get("time allotted")).isEqualTo("5 min");
    assertThat(rows.get(0).get("segment")).isEqualTo("opening");
    assertThat(rows.get(0).get("segment title")).isEqualTo("Opening");
    // a plain representative has no rank, and a rank is no speaker's name
    assertThat(rows.get(0).get("rank")).isEmpty();
    assertThat(rows.get(4).get("rank")).isEqualTo("Minister");
    assertThat(rows.get(4).get("speaker")).isEmpty();
    assertThat(rows.get(6).get("time requested")).isEqualTo("3 min 29 s");
    assertThat(rows.get(6).get("time allotted")).isEmpty();
    assertThat(rows.get(3).get("received")).isNotEmpty();
    assertThat(rows.get(5).get("status")).isEqualTo("waiting");
    assertThat(rows.get(5).get("reason"))
        .isEqualTo("Wait-listed by the floor's places: no place left in “Floor” (2 places).");
  }

  @Test
  void headersAreInTheReadersLanguage() throws Exception {
    byte[] bytes = new SpeakersCsv().toBytes(Fixtures.sample(1), ExportOptions.in(Locale.FRENCH));
    assertThat(new String(bytes, StandardCharsets.UTF_8)).startsWith("\ufeffordre,segment,titre du segment,statut,début,fin,");
  }

  @Test
  void neutralisesFormulasAndKeepsQuotesCommasAndNewlines() throws Exception {
    byte[] bytes = new SpeakersCsv().toBytes(Fixtures.hostile("=HYPERLINK(\"x\",\"a,b\")"), ExportOptions.english());
    CSVRecord row = parse(bytes).get(3);
    assertThat(row.get("delegation")).isEqualTo("'=HYPERLINK(\"x\",\"a,b\")");
    assertThat(SpeakersCsv.neutralise("+1")).isEqualTo("'+1");
    assertThat(SpeakersCsv.neutralise("-1")).isEqualTo("'-1");
    assertThat(SpeakersCsv.neutralise("@SUM")).isEqualTo("'@SUM");
    assertThat(SpeakersCsv.neutralise("\tx")).isEqualTo("'\tx");
    assertThat(SpeakersCsv.neutralise("Kenya")).isEqualTo("Kenya");
    assertThat(SpeakersCsv.neutralise("")).isEmpty();
  }
}
