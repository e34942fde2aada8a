package org.plenary.export.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.plenary.core.agenda.Constituency;
import org.plenary.core.agenda.Intervention;
import org.plenary.core.agenda.Speaker;
import org.plenary.core.plan.Timetable;
import org.plenary.core.sitting.Sitting;
import org.plenary.core.sitting.SittingEvent;
import org.plenary.core.testing.Sample;
import org.plenary.core.testing.TestClock;
import org.plenary.core.text.LocalizedText;
import org.plenary.export.ExportOptions;
import org.plenary.export.Fixtures;
import org.plenary.export.runsheet.RunSheet;

class SittingLogJsonTest {

  private static byte[] write(List<SittingEvent> log) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SittingLogJson.write(log, out);
    return out.toByteArray();
  }

  private Sitting sitting() {
    Timetable t = Fixtures.sample(4);
    TestClock clock = TestClock.at(t.plan().plenary().startInstant().plusSeconds(120));
    Sitting s = Sitting.start(t.plan(), org.plenary.core.rule.RuleSet.of(), clock);
    s.began("open");
    clock.advance(Duration.ofMinutes(6));
    Constituency funder = Constituency.of("funder", LocalizedText.of("Funder", "Bailleur de fonds"));
    s.addFromTheFloor(Intervention.of("extra", Speaker.of(Sample.delegation("F", funder)), Duration.ofMinutes(2)),
        "floor");
    s.pointOfOrder(Speaker.of(Sample.delegation("P", Constituency.STATE_PARTY)), Duration.ofMinutes(1));
    return s;
  }

  @Test
  void aLogRoundTripsWithCustomConstituencies() throws Exception {
    Sitting s = sitting();
    byte[] json = write(s.log());
    List<SittingEvent> back = SittingLogJson.read(Fixtures.in(json));
    assertThat(back).isEqualTo(s.log());
    assertThat(write(back)).isEqualTo(json);
    assertThat(new String(json, StandardCharsets.UTF_8)).contains("\"kind\" : \"point_of_order\"")
        .contains("\"label\" : {\n        \"en\" : \"Funder\"");
  }

  @Test
  void aCarryOverToTheNextMeetingRoundTripsAndReplays() throws Exception {
    org.plenary.core.plan.SeriesPlan series = Fixtures.series(40, 7);
    org.plenary.core.plan.Plan planned = series.meeting(0);
    TestClock clock = TestClock.at(planned.plenary().startInstant().plus(Duration.ofMinutes(20)));
    Sitting s = Sitting.start(planned, Fixtures.seriesRules(), clock);
    s.carryOver(series.series().name(1));
    assertThat(s.log().stream().flatMap(e -> e.decision().stream()).map(d -> d.kind()))
        .contains(org.plenary.core.plan.Decision.Kind.CARRIED_OVER);
    byte[] json = write(s.log());
    assertThat(new String(json, StandardCharsets.UTF_8)).contains("\"kind\" : \"carried_over\"");
    List<SittingEvent> back = SittingLogJson.read(Fixtures.in(json));
    assertThat(back).isEqualTo(s.log());
    assertThat(Sitting.replay(planned, Fixtures.seriesRules(), back, clock).plan().waitingList())
        .isEqualTo(s.plan().waitingList());
  }

  @Test
  void aCorruptLogNamesWhere() throws Exception {
    String json = new String(write(sitting().log()), StandardCharsets.UTF_8);
    assertThatThrownBy(() -> SittingLogJson.read(Fixtures.in(json.replace("\"began\"", "\"begun\"").getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(PlanImportException.class)
        .hasMessage("/events/1/kind: 'begun' is not one of [started, began, ended, skipped, added, point_of_order,"
            + " right_of_reply, shortened, wait_listed, kept, carried_over, paused, resumed, time_added, moved_to_end]");
    assertThatThrownBy(() -> SittingLogJson.read(Fixtures.in(json.replace("\"began\"", "\"replanned\"")
        .getBytes(StandardCharsets.UTF_8)))).isInstanceOf(PlanImportException.class)
        .hasMessageStartingWith("/events/1/kind: 'replanned' is not one of [started,");
    assertThatThrownBy(() -> SittingLogJson.read(Fixtures.in("{\"format\": \"plenary-sitting-log\",".getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(PlanImportException.class).hasMessageStartingWith("line 1, column 34: Unexpected end-of-input");
  }

  @Test
  void theRunSheetShowsTheSittingNow() {
    String now = RunSheet.now(sitting(), ExportOptions.in(Locale.FRENCH));
    assertThat(now).startsWith("Conducteur à 15:08 — Séance d'essai\n")
        .contains("À la parole : Delegation chair, 1 min au-delà du temps imparti")
        .contains("Ensuite : Delegation P (1 min)");
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.MethodSource("org.plenary.export.LanguagesTest#languages")
  void theNowViewSpeaksEveryOfficialLanguage(Locale language) {
    String now = RunSheet.now(sitting(), ExportOptions.in(language));
    String expected = switch (language.getLanguage()) {
      case "ar" -> "يتكلم الآن: \u2068Delegation chair\u2069، بتجاوز 1 د للوقت المخصص";
      case "zh" -> "正在发言：Delegation chair，超出分配时间1分钟";
      case "ru" -> "Выступает: Delegation chair, сверх отведённого времени 1 мин";
      case "es" -> "En el uso de la palabra: Delegation chair, 1 min por encima del tiempo asignado";
      case "fr" -> "À la parole : Delegation chair, 1 min au-delà du temps imparti";
      default -> "Now speaking: Delegation chair, 1 min over the time allotted";
    };
    assertThat(now).contains(expected).doesNotContain("{");
    if (language.getLanguage().equals("ar")) {
      assertThat(now.lines().filter(l -> !l.isEmpty())).allMatch(l -> l.startsWith("\u200F"));
    }
  }

  @Test
  void thePauseTheTimeAddedAndTheAbsentSpeakerAreWrittenAndReadBack() throws Exception {
    Timetable t = Fixtures.sample(4);
    TestClock clock = TestClock.at(t.plan().plenary().startInstant());
    Sitting s = Sitting.start(t.plan(), org.plenary.core.rule.RuleSet.of(), clock);
    s.began("open");
    clock.advance(Duration.ofSeconds(75));
    s.paused();
    clock.advance(Duration.ofSeconds(40));
    s.resumed();
    s.timeAdded("open", Duration.ofSeconds(45));
    String later = t.plan().slots("floor").get(0).id();
    s.movedToEnd(later);
    byte[] json = write(s.log());
    String text = new String(json, StandardCharsets.UTF_8);
    assertThat(text).contains("\"kind\" : \"paused\"").contains("\"kind\" : \"resumed\"")
        .contains("\"kind\" : \"time_added\",\n      \"at\" : \"" + clock.instant() + "\",\n      \"subject\" : \"open\",\n"
            + "      \"duration\" : \"PT45S\"")
        .contains("\"kind\" : \"moved_to_end\"");
    List<SittingEvent> back = SittingLogJson.read(Fixtures.in(json));
    assertThat(back).isEqualTo(s.log());
    Sitting again = Sitting.replay(t.plan(), org.plenary.core.rule.RuleSet.of(), back, clock);
    assertThat(again.now().timeLeft()).isEqualTo(s.now().timeLeft());
    assertThat(again.plan().slots("floor")).last().extracting(org.plenary.core.plan.Slot::id).isEqualTo(later);
  }
}
