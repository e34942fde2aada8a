package org.plenary.core.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.plenary.core.text.LocalizedText;

/** Durations, dates and lists as each language writes them. */
class LanguagesTest {

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
  void aListReadsAsASentenceInEachLanguage() {
    LocalizedText three = Languages.list(java.util.List.of(LocalizedText.of("States", "les États"),
        LocalizedText.of("observers", "les observateurs"), LocalizedText.of("civil society", "la société civile")));

    assertThat(three.english()).isEqualTo("States, observers and civil society");
    assertThat(three.in(Locale.FRENCH)).isEqualTo("les États, les observateurs et la société civile");
    assertThat(Languages.list(java.util.List.of()).in(Locale.FRENCH)).isEqualTo("aucun");
    assertThat(Languages.list(java.util.List.of(LocalizedText.of("States"))).english()).isEqualTo("States");
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
