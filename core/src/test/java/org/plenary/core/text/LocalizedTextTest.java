package org.plenary.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
  void refusesTextWithoutEnglish() {
    assertThatThrownBy(() -> LocalizedText.of(Map.of("fr", "Cour")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("has no English (en) wording");
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
  }

  @Test
  void writesDatesInEachLanguageWhateverTheDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(new Locale("tr", "TR"));
      assertThat(Dates.day(LocalDate.of(2019, 12, 3), Locale.ENGLISH)).isEqualTo("Tuesday 3 December 2019");
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
  void aLanguageIsTwoOrThreeLowerCaseLetters() {
    assertThat(LocalizedText.of(Map.of("en", "Court", "ast", "Corte")).in(Locale.forLanguageTag("ast")))
        .isEqualTo("Corte");
    for (String bad : new String[] {"e", "engl", "En", "e1", "`a", "a{"}) {
      assertThatThrownBy(() -> LocalizedText.of(Map.of("en", "Court", bad, "x")))
          .as(bad).hasMessage("language '" + bad + "' is not a lower-case ISO 639 code such as 'en' or 'fr'");
    }
  }
}
