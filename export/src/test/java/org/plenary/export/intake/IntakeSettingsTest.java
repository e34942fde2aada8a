package org.plenary.export.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.plenary.core.text.LocalizedText;
import org.plenary.export.intake.IntakeSettings.Column;
import org.plenary.export.intake.IntakeSettings.Field;

class IntakeSettingsTest {

  @Test
  void theDefaultsReadMailInTheSixLanguages() {
    IntakeSettings s = IntakeSettings.defaults();
    assertThat(s.cancelWords()).contains("cancel", "annul", "retir", "отмен", "取消", "سحب");
    assertThat(s.replaceWords()).contains("replace", "remplac", "sustitu", "замен", "更换", "استبدال");
    for (IntakeSettings.Words list : IntakeSettings.Words.values()) {
      assertThat(s.words(list).keySet()).as(list.name()).containsExactly(LocalizedText.OFFICIAL_LANGUAGES.toArray(Locale[]::new));
    }
    assertThat(s.words(IntakeSettings.Words.REQUEST).get(Locale.FRENCH)).contains("prendr la parole");
    assertThat(s.words(IntakeSettings.Words.REQUEST).get(Locale.forLanguageTag("ar"))).contains("طلب الكلمة");
    assertThat(s.labels(Field.SPEAKER)).contains("speaker", "orateur", "orador", "выступающий", "发言人", "المتحدث");
    assertThat(s.labels(Field.FUNCTION)).contains("función");
    assertThat(s.segmentWords()).isEmpty();
    assertThat(s.replacement()).isEqualTo(ReplacementPolicy.KEEP_FIRST_RECEIPT);
    assertThat(s.defaultSegment()).isEmpty();
    assertThat(s.duration("floor")).isEqualTo(Duration.ofMinutes(3));
    assertThat(s.idPattern("floor")).isEqualTo("{segment}-{n}");
    assertThat(s.column(Column.DELEGATION)).isEqualTo("delegation");
    assertThat(s.limits()).isEqualTo(IntakeSettings.Limits.standard());
    assertThat(s.toString()).isEqualTo("IntakeSettings[replacement keep-first-receipt, default segment none, "
        + "words in [ar, zh, en, fr, ru, es]]");
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
        words.cancel.en = call off
        words.request.pt = pedido de palavra
        segment.words.high-level = high-level, haut niveau
        words.reply = re:
        """);
    assertThat(s.words(IntakeSettings.Words.CANCEL).get(Locale.ENGLISH)).containsExactly("call off");
    assertThat(s.words(IntakeSettings.Words.CANCEL).get(Locale.ROOT)).containsExactly("retiro", "baja");
    assertThat(s.cancelWords()).contains("call off", "retiro", "baja", "annul").doesNotContain("withdraw");
    assertThat(s.words(IntakeSettings.Words.REQUEST).get(Locale.forLanguageTag("pt"))).containsExactly("pedido de palavra");
    assertThat(s.words(IntakeSettings.Words.REQUEST).keySet()).endsWith(Locale.forLanguageTag("pt"));
    assertThat(s.segmentWords()).containsOnly(java.util.Map.entry("high-level", java.util.List.of("high-level",
        "haut niveau")));
    assertThat(s.replySubjects()).containsExactly("re:");
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
    assertThatThrownBy(() -> Intakes.settings("words.request.fr = ,"))
        .hasMessage("intake.properties: words.request.fr ',' must list at least one word");
    assertThatThrownBy(() -> Intakes.settings("words.request.fr_CA = prendre la parole"))
        .hasMessage("intake.properties: words.request.fr_CA 'prendre la parole' names no language: 'fr_CA' is not a "
            + "BCP 47 language tag such as fr or pt-BR");
    assertThatThrownBy(() -> Intakes.settings("segment.words.the/floor = floor"))
        .hasMessage("intake.properties: segment.words.the/floor 'the/floor' must be a segment id");
  }
}
