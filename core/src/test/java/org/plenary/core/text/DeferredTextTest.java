package org.plenary.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A deferred text writes each language once, and only when that language is read. */
class DeferredTextTest {

  @Test
  void writesOnlyTheLanguagesRead() {
    List<String> asked = new ArrayList<>();
    LocalizedText t = new DeferredText(l -> {
      asked.add(l.getLanguage());
      return "w-" + l.getLanguage();
    });
    assertThat(t.in(Locale.ENGLISH)).isEqualTo("w-en");
    assertThat(t.english()).isEqualTo("w-en");
    assertThat(asked).containsExactly("en");
    assertThat(t.in(Locale.GERMAN)).isEqualTo("w-de");
    assertThat(t.in(Locale.CANADA_FRENCH)).isEqualTo("w-fr");
    assertThat(asked).containsExactly("en", "de", "fr");
    assertThat(t.byLanguage()).containsExactly(entry("ar", "w-ar"), entry("en", "w-en"), entry("es", "w-es"),
        entry("fr", "w-fr"), entry("ru", "w-ru"), entry("zh", "w-zh"));
    assertThat(asked).containsExactly("en", "de", "fr", "ar", "zh", "fr", "ru", "es");
    assertThat(t).isEqualTo(LocalizedText.of(t.byLanguage()));
    assertThat(t.lacks(List.of(Locale.GERMAN))).isEmpty();
  }

  @Test
  void refusesABlankWordingWhenItIsRead() {
    LocalizedText t = new DeferredText(l -> l.getLanguage().equals("fr") ? " " : "fine");
    assertThat(t.english()).isEqualTo("fine");
    assertThatThrownBy(() -> t.in(Locale.FRENCH)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("text in 'fr' (' ') must not be blank");
  }

  @Test
  void theFrenchTimeOfAPlaceJoinsItsNameAsFrenchDoes() {
    java.util.function.Function<String, String> fr = place -> Dates.localTime(LocalizedText.of("x", place))
        .in(Locale.FRENCH);
    assertThat(fr.apply("La Haye")).isEqualTo("heure de La Haye");
    assertThat(fr.apply("Amsterdam")).isEqualTo("heure d'Amsterdam");
    assertThat(fr.apply("Édimbourg")).isEqualTo("heure d'Édimbourg");
    assertThat(fr.apply("Le Caire")).isEqualTo("heure du Caire");
    assertThat(fr.apply("Les Abymes")).isEqualTo("heure des Abymes");
    assertThat(fr.apply("New York")).isEqualTo("heure de New York");
    assertThat(fr.apply("Lesotho")).isEqualTo("heure de Lesotho");
    assertThat(Dates.localTime(LocalizedText.of("Cairo", "Le Caire")).english()).isEqualTo("Cairo time");
  }

  @Test
  void datesAreWrittenInTheLanguageAsked() {
    ZonedDateTime at = ZonedDateTime.of(2019, 12, 3, 0, 0, 0, 0, ZoneId.of("Europe/Amsterdam"));
    LocalizedText hague = LocalizedText.of(java.util.Map.of("en", "The Hague", "fr", "La Haye", "zh", "海牙",
        "es", "La Haya", "ar", "لاهاي", "ru", "Гаага"));
    LocalizedText moment = Dates.moment(at, Dates.localTime(hague));
    assertThat(moment.in(Locale.FRENCH)).isEqualTo("mardi 3 décembre 2019 à 00:00 (heure de La Haye)");
    assertThat(moment.english()).isEqualTo("Tuesday, 3 December 2019 at 00:00 (The Hague time)");
    assertThat(moment.in(Locale.CHINESE)).isEqualTo("2019年12月3日星期二 00:00（海牙时间）");
    assertThat(Dates.localTime(hague).byLanguage()).containsExactly(entry("ar", "بتوقيت لاهاي"),
        entry("en", "The Hague time"), entry("es", "hora de La Haya"), entry("fr", "heure de La Haye"),
        entry("ru", "Гаага, местное время"), entry("zh", "海牙时间"));
    assertThat(Dates.day(at.toLocalDate()).byLanguage()).containsExactly(entry("ar", "الثلاثاء، 3 ديسمبر 2019"),
        entry("en", "Tuesday, 3 December 2019"), entry("es", "martes, 3 de diciembre de 2019"),
        entry("fr", "mardi 3 décembre 2019"), entry("ru", "вторник, 3 декабря 2019\u202Fг."),
        entry("zh", "2019年12月3日星期二"));
  }
}
