package org.plenary.core.text;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * Dates and clock times as the concept note writes them, in a given language and never in the JVM's
 * default locale: "Thursday 5 December 2019", "jeudi 5 décembre 2019", "10:00".
 */
public final class Dates {

  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

  private Dates() {}

  /** The day in full: "Thursday 5 December 2019" in English, "jeudi 5 décembre 2019" in French. */
  public static String day(LocalDate date, Locale locale) {
    requireNonNull(date, "date");
    return DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", language(locale)).format(date);
  }

  /** The day in full in every language, each written when first read. */
  public static LocalizedText day(LocalDate date) {
    requireNonNull(date, "date");
    return new DeferredText(language -> day(date, language));
  }

  /** The clock time as {@code HH:mm}, the same in every language. */
  public static String clock(TemporalAccessor time) {
    return CLOCK.format(requireNonNull(time, "time"));
  }

  /**
   * The day and clock time in every language, with the zone: "Tuesday 3 December 2019 at 00:00
   * (Europe/Amsterdam)", "mardi 3 décembre 2019 à 00:00 (Europe/Amsterdam)".
   */
  public static LocalizedText moment(ZonedDateTime at) {
    requireNonNull(at, "at");
    String zone = " (" + at.getZone().getId() + ")";
    return new DeferredText(language -> day(at.toLocalDate(), language)
        + (language.getLanguage().equals("fr") ? " à " : " at ") + clock(at) + zone);
  }

  private static Locale language(Locale locale) {
    return Locale.forLanguageTag(requireNonNull(locale, "locale").getLanguage());
  }
}
