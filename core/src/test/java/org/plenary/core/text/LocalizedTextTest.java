package org.plenary.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalizedTextTest {

  @Test
  void givesTheTextInTheReadersLanguageAndFallsBackToEnglish() {
    LocalizedText t = LocalizedText.of("The Court", "La Cour");
    assertThat(t.in(Locale.FRENCH)).isEqualTo("La Cour");
    assertThat(t.in(Locale.CANADA_FRENCH)).isEqualTo("La Cour");
    assertThat(t.in(Locale.ENGLISH)).isEqualTo("The Court");
    assertThat(t.in(Locale.GERMAN)).isEqualTo("The Court");
    assertThat(t.has(Locale.GERMAN)).isFalse();
    assertThat(t).hasToString("The Court [fr: La Cour]");
  }

  @Test
  void addsALanguageAsACopy() {
    LocalizedText t = LocalizedText.of("Kenya");
    LocalizedText es = t.with(new Locale("es"), "Kenia");
    assertThat(t.byLanguage()).containsOnlyKeys("en");
    assertThat(es.in(new Locale("es"))).isEqualTo("Kenia");
  }

  @Test
  void refusesBlankTextNamingTheLanguage() {
    assertThatThrownBy(() -> LocalizedText.of("Court", " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("text in 'fr' (' ') must not be blank");
  }

  @Test
  void aTextWithoutEnglishFallsBackToItsFirstWordingAndSaysWhatItLacks() {
    LocalizedText court = LocalizedText.of(Map.of("fr", "Cour", "es", "Corte"));
    assertThat(court.english()).isEqualTo("Corte");
    assertThat(court.in(Locale.FRENCH)).isEqualTo("Cour");
    assertThat(court.in(Locale.forLanguageTag("es-AR"))).isEqualTo("Corte");
    assertThat(court.lacks(Languages.OFFICIAL)).extracting(Locale::toLanguageTag).containsExactly("ar", "zh", "en", "ru");
    assertThat(court).hasToString("Corte [fr: Cour]");
    assertThatThrownBy(() -> LocalizedText.of(Map.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a text needs a wording in at least one language");
  }

  @Test
  void saysWhichLanguageItsWordingIsIn() {
    LocalizedText court = LocalizedText.of("Court", "Cour");
    assertThat(court.languageIn(Locale.CANADA_FRENCH)).isEqualTo(Locale.FRENCH);
    assertThat(court.with(Locale.CANADA_FRENCH, "Cour (CA)").languageIn(Locale.CANADA_FRENCH))
        .isEqualTo(Locale.CANADA_FRENCH);
    assertThat(court.languageIn(Locale.CHINESE)).isEqualTo(Locale.ENGLISH);
    assertThat(LocalizedText.of(Map.of("fr", "Cour", "es", "Corte")).languageIn(Locale.CHINESE))
        .isEqualTo(Locale.forLanguageTag("es"));
  }

  @Test
  void aScriptOrRegionFindsItsOwnWordingThenItsLanguage() {
    LocalizedText court = LocalizedText.of(Map.of("en", "Court", "zh", "法院", "zh-Hant", "法院（繁）"));
    assertThat(court.in(Locale.forLanguageTag("zh-Hant-TW"))).isEqualTo("法院（繁）");
    assertThat(court.in(Locale.forLanguageTag("zh-CN"))).isEqualTo("法院");
    assertThat(court.in(Locale.forLanguageTag("ar"))).isEqualTo("Court");
    assertThat(court.has(Locale.forLanguageTag("zh-Hans"))).isTrue();
    assertThat(court.has(Locale.forLanguageTag("ar"))).isFalse();
  }

  @Test
  void refusesNullNamingTheParameter() {
    assertThatThrownBy(() -> LocalizedText.of(null, "Cour"))
        .isInstanceOf(NullPointerException.class).hasMessage("english");
  }

  @Test
  void formatsDurationsAsAReaderWritesThem() {
    assertThat(Durations.format(Duration.ofMinutes(3))).isEqualTo("3 min");
    assertThat(Durations.format(Duration.ofMinutes(90))).isEqualTo("1 h 30 min");
    assertThat(Durations.format(Duration.ofSeconds(150))).isEqualTo("2 min 30 s");
    assertThat(Durations.format(Duration.ZERO)).isEqualTo("0 min");
    assertThat(Durations.signed(Duration.ofMinutes(-4))).isEqualTo("\u22124 min");
    assertThat(Durations.signed(Duration.ofMinutes(4))).isEqualTo("+4 min");
    assertThat(Durations.clock(Duration.ofMinutes(125))).isEqualTo("2:05");
    Duration d = Duration.ofSeconds(5430);
    assertThat(Durations.text(d).byLanguage()).containsExactly(entry("ar", "1 س و30 د و30 ث"),
        entry("en", "1 h 30 min 30 s"), entry("es", "1 h 30 min 30 s"), entry("fr", "1 h 30 min 30 s"),
        entry("ru", "1 ч 30 мин 30 с"), entry("zh", "1小时30分钟30秒"));
    assertThat(Durations.signed(Duration.ofMinutes(-3), Locale.CHINESE)).isEqualTo("\u22123分钟");
  }

  @Test
  void writesDatesInEachLanguageWhateverTheDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(new Locale("tr", "TR"));
      assertThat(Dates.day(LocalDate.of(2019, 12, 3), Locale.ENGLISH)).isEqualTo("Tuesday, 3 December 2019");
      assertThat(Dates.day(LocalDate.of(2019, 12, 3), Locale.FRENCH)).isEqualTo("mardi 3 décembre 2019");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void equalTextsShareAHashAndDifferentOnesDoNot() {
    LocalizedText a = LocalizedText.of("Court", "Cour");
    assertThat(a).hasSameHashCodeAs(LocalizedText.of(java.util.Map.of("fr", "Cour", "en", "Court")));
    assertThat(a.hashCode()).isNotEqualTo(LocalizedText.of("Court").hashCode())
        .isNotEqualTo(LocalizedText.of("Cour", "Court").hashCode());
  }

  @Test
  void aListReadsAsASentenceInEachLanguage() {
    LocalizedText three = LocalizedText.list(java.util.List.of(LocalizedText.of("States", "les États"),
        LocalizedText.of("observers", "les observateurs"), LocalizedText.of("civil society", "la société civile")));

    assertThat(three.english()).isEqualTo("States, observers and civil society");
    assertThat(three.in(Locale.FRENCH)).isEqualTo("les États, les observateurs et la société civile");
    assertThat(LocalizedText.list(java.util.List.of()).in(Locale.FRENCH)).isEqualTo("aucun");
    assertThat(LocalizedText.list(java.util.List.of(LocalizedText.of("States"))).english()).isEqualTo("States");
  }

  @Test
  void aLanguageIsABcp47TagInItsUsualForm() {
    assertThat(LocalizedText.of(Map.of("en", "Court", "ast", "Corte")).in(Locale.forLanguageTag("ast")))
        .isEqualTo("Corte");
    assertThat(LocalizedText.of(Map.of("sr-Latn", "Sud")).in(Locale.forLanguageTag("sr-Latn-RS"))).isEqualTo("Sud");
    for (String bad : new String[] {"e", "En", "e1", "`a", "a{", "zh_Hant", "und", "en-gb"}) {
      assertThatThrownBy(() -> LocalizedText.of(Map.of("en", "Court", bad, "x")))
          .as(bad).hasMessage("language '" + bad
              + "' is not a BCP 47 language tag in its usual form, such as 'en', 'zh' or 'zh-Hant'");
    }
  }
}
