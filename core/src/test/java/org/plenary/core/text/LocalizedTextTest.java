package org.plenary.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    assertThat(court.languageIn(Locale.CHINESE)).isEqualTo(Locale.forLanguageTag("es"));
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
  void equalTextsShareAHashAndDifferentOnesDoNot() {
    LocalizedText a = LocalizedText.of("Court", "Cour");
    assertThat(a).hasSameHashCodeAs(LocalizedText.of(java.util.Map.of("fr", "Cour", "en", "Court")));
    assertThat(a.hashCode()).isNotEqualTo(LocalizedText.of("Court").hashCode())
        .isNotEqualTo(LocalizedText.of("Cour", "Court").hashCode());
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
