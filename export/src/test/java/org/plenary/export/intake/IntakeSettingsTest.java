package org.plenary.export.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.plenary.export.intake.IntakeSettings.Column;
import org.plenary.export.intake.IntakeSettings.Field;

class IntakeSettingsTest {

  @Test
  void theDefaultsReadEnglishAndFrenchMail() {
    IntakeSettings s = IntakeSettings.defaults();
    assertThat(s.cancelWords()).contains("cancel", "annul");
    assertThat(s.replaceWords()).contains("replace", "remplace");
    assertThat(s.labels(Field.SPEAKER)).contains("speaker", "orateur");
    assertThat(s.replacement()).isEqualTo(ReplacementPolicy.KEEP_FIRST_RECEIPT);
    assertThat(s.defaultSegment()).isEmpty();
    assertThat(s.duration("floor")).isEqualTo(Duration.ofMinutes(3));
    assertThat(s.idPattern("floor")).isEqualTo("{segment}-{n}");
    assertThat(s.column(Column.DELEGATION)).isEqualTo("delegation");
    assertThat(s.limits()).isEqualTo(IntakeSettings.Limits.standard());
    assertThat(s.toString()).startsWith("IntakeSettings[replacement keep-first-receipt, default segment none");
  }

  @Test
  void aFileSetsEachKey() {
    IntakeSettings s = Intakes.settings("""
        words.cancel = Retiro, baja
        replacement = go-to-end
        segment.default = floor
        duration.default = PT4M
        duration.high-level = PT5M
        id.high-level = hl-{delegation}
        sheet.column.received = Reçu le
        sheet.delimiter = ;
        sheet.zone = Europe/Amsterdam
        limit.depth = 4
        template.speaker = Orador, Speaker
        """);
    assertThat(s.cancelWords()).containsExactly("retiro", "baja");
    assertThat(s.replacement()).isEqualTo(ReplacementPolicy.GO_TO_END);
    assertThat(s.defaultSegment()).contains("floor");
    assertThat(s.duration("floor")).isEqualTo(Duration.ofMinutes(4));
    assertThat(s.duration("high-level")).isEqualTo(Duration.ofMinutes(5));
    assertThat(s.idPattern("high-level")).isEqualTo("hl-{delegation}");
    assertThat(s.column(Column.RECEIVED)).isEqualTo("Reçu le");
    assertThat(s.delimiter()).contains(';');
    assertThat(s.sheetZone()).contains(ZoneId.of("Europe/Amsterdam"));
    assertThat(s.limits().depth()).isEqualTo(4);
    assertThat(s.labels(Field.SPEAKER)).containsExactly("orador", "speaker");
  }

  @Test
  void propertiesInMemoryToo() {
    Properties p = new Properties();
    p.setProperty("replacement", "go-to-end");
    assertThat(IntakeSettings.of(p).replacement()).isEqualTo(ReplacementPolicy.GO_TO_END);
  }

  @Test
  void aBadSettingNamesTheKeyAndTheValue() {
    assertThatThrownBy(() -> Intakes.settings("replacement = last")).isInstanceOf(IntakeException.class)
        .hasMessage("intake.properties: replacement 'last' must be keep-first-receipt or go-to-end");
    assertThatThrownBy(() -> Intakes.settings("duration.floor = 3 minutes"))
        .hasMessage("intake.properties: duration.floor '3 minutes' must be an ISO-8601 duration such as PT3M");
    assertThatThrownBy(() -> Intakes.settings("duration.floor = PT0S"))
        .hasMessage("intake.properties: duration.floor 'PT0S' must be positive");
    assertThatThrownBy(() -> Intakes.settings("id.floor = floor"))
        .hasMessage("intake.properties: id.floor 'floor' must contain {n} or {delegation}, so that ids differ");
    assertThatThrownBy(() -> Intakes.settings("id.floor = floor #{n}"))
        .hasMessage("intake.properties: id.floor 'floor #{n}' must give ids of letters, digits, '.', '_' or '-'");
    assertThatThrownBy(() -> Intakes.settings("sheet.zone = Mars/Olympus"))
        .hasMessage("intake.properties: sheet.zone 'Mars/Olympus' must be a time zone such as Europe/Amsterdam");
    for (String limit : java.util.List.of("message-bytes", "header-count", "header-bytes", "line-bytes", "body-chars",
        "depth")) {
      assertThatThrownBy(() -> Intakes.settings("limit." + limit + " = 0"))
          .hasMessage("limit." + limit + " (0) must be positive");
    }
    assertThatThrownBy(() -> Intakes.settings("limit.depth = deep"))
        .hasMessage("intake.properties: limit.depth 'deep' must be a whole number");
    assertThatThrownBy(() -> Intakes.settings("words.cancle = cancel"))
        .hasMessage("intake.properties: words.cancle 'cancel' is not an intake setting");
    assertThatThrownBy(() -> Intakes.settings("sheet.column.when = Date"))
        .hasMessageStartingWith("intake.properties: sheet.column.when 'Date' names no column");
    assertThatThrownBy(() -> Intakes.settings("sheet.delimiter = |"))
        .hasMessage("intake.properties: sheet.delimiter '|' must be ',', ';' or \\t");
    assertThatThrownBy(() -> Intakes.settings("segment.default = the floor"))
        .hasMessage("intake.properties: segment.default 'the floor' must be a segment id");
    assertThatThrownBy(() -> Intakes.settings("words.cancel = ,"))
        .hasMessage("intake.properties: words.cancel ',' must list at least one word");
  }
}
