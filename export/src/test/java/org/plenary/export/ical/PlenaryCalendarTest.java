package org.plenary.export.ical;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.plenary.core.plan.Timetable;
import org.plenary.export.ExportOptions;
import org.plenary.export.Fixtures;

class PlenaryCalendarTest {

  static Calendar parse(byte[] ics) throws Exception {
    return new CalendarBuilder().build(Fixtures.in(ics));
  }

  @Test
  void parsesBackWithIcal4jAndPassesItsValidator() throws Exception {
    Timetable t = Fixtures.sample(6);
    byte[] ics = new PlenaryCalendar().toBytes(t, ExportOptions.english().withInterventionEvents(true));
    Calendar cal = parse(ics);
    assertThat(cal.validate().hasErrors()).as(cal.validate().toString()).isFalse();
    List<VEvent> events = cal.getComponents(Component.VEVENT);
    assertThat(events).hasSize(t.segments().size() + t.plan().slots().size());
    VEvent first = events.get(0);
    assertThat(first.getUid().orElseThrow().getValue())
        .isEqualTo("sample-sitting.20210303.segment.opening@plenary");
    assertThat(first.getDateTimeStamp().getDate()).isEqualTo(Instant.parse("2021-03-01T09:00:00Z"));
    assertThat(first.getDateTimeStart().getDate().toString()).startsWith("2021-03-03T15:00+01:00");
    assertThat(cal.getComponents(Component.VTIMEZONE)).hasSize(1);
  }

  @Test
  void aSeriesIsOneCalendarAcrossDaysAndTheEndOfSummerTime() throws Exception {
    List<Timetable> meetings = Fixtures.timetables(Fixtures.series(60, 7));
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    PlenaryCalendar.write(meetings, ExportOptions.in(java.util.Locale.FRENCH), out);
    Calendar cal = parse(out.toByteArray());
    assertThat(cal.validate().hasErrors()).as(cal.validate().toString()).isFalse();
    List<VEvent> events = cal.getComponents(Component.VEVENT);
    assertThat(events).hasSize(meetings.stream().mapToInt(t -> t.segments().size()).sum());
    assertThat(events).extracting(e -> e.getUid().orElseThrow().getValue()).doesNotHaveDuplicates()
        .contains("sample-sitting.20191026.1000.segment.opening@plenary",
            "sample-sitting.20191026.1500.segment.opening@plenary",
            "sample-sitting.20191028.segment.opening@plenary");
    assertThat(events.get(0).getDateTimeStart().getDate().toString()).startsWith("2019-10-26T10:00+02:00");
    assertThat(events.get(events.size() - 1).getDateTimeStart().getDate().toString())
        .startsWith("2019-10-28T10:30+01:00");
    assertThat(cal.getComponents(Component.VTIMEZONE)).hasSize(1);
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text).contains("BEGIN:DAYLIGHT").contains("BEGIN:STANDARD").contains("DTSTART:20191027T030000");
  }

  @Test
  void oneEventPerSegmentUnlessAskedForMore() throws Exception {
    Timetable t = Fixtures.sample(6);
    Calendar cal = parse(new PlenaryCalendar().toBytes(t, ExportOptions.english()));
    assertThat(cal.getComponents(Component.VEVENT)).hasSize(t.segments().size());
  }

  @Test
  void endsLinesWithCrlfAndFoldsAt75OctetsWithoutSplittingACharacter() {
    String long1 = "SUMMARY:" + "é".repeat(50) + "😀".repeat(30) + "x".repeat(90);
    String folded = PlenaryCalendar.fold(long1 + "\r\n");
    for (String line : folded.split("\r\n")) {
      assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
      assertThat(line).doesNotContain("\ufffd");
    }
    assertThat(folded.replace("\r\n ", "")).isEqualTo(long1 + "\r\n");
    byte[] ics = new PlenaryCalendar().toBytes(Fixtures.hostile("日本語の名前とمرحبا".repeat(9)), ExportOptions.english());
    String text = new String(ics, StandardCharsets.UTF_8);
    assertThat(text.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
    for (String line : text.split("\r\n")) {
      assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
    }
  }

  @Test
  void escapesTextValues() throws Exception {
    String nasty = "a,b;c\\d\ne";
    Calendar cal = parse(new PlenaryCalendar().toBytes(Fixtures.hostile(nasty), ExportOptions.english()));
    VEvent floor = cal.<VEvent>getComponents(Component.VEVENT).get(2);
    assertThat(floor.getSummary().getValue()).isEqualTo("a,b;c\\d e");
  }

  @Test
  void theTimeZoneCoversTheChangeOfClockDuringTheSitting() {
    var vtz = PlenaryCalendar.timeZone(ZoneId.of("Europe/Amsterdam"),
        Instant.parse("2021-03-28T00:30:00Z"), Instant.parse("2021-03-28T02:00:00Z"));
    String text = vtz.toString();
    assertThat(text).contains("TZID:Europe/Amsterdam").contains("BEGIN:DAYLIGHT").contains("DTSTART:20210328T020000");
    assertThat(PlenaryCalendar.timeZone(ZoneId.of("UTC"), Instant.EPOCH, Instant.EPOCH).toString())
        .contains("TZOFFSETFROM:+0000");
  }
}
