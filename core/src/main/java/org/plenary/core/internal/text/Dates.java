package org.plenary.core.internal.text;

import static java.util.Objects.requireNonNull;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.plenary.core.text.LocalizedText;

/**
 * Dates and clock times in a given language, from CLDR's patterns for that language and never from
 * the JVM's default locale: "Thursday, 5 December 2019", "jeudi 5 décembre 2019", "2019年12月5日星期四",
 * "الخميس، 5 ديسمبر 2019". Clock times are {@code HH:mm} in every language.
 */
public final class Dates {

  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
  /** CLDR's skeleton for a day in full: weekday, day, month name and year. */
  private static final String DAY = "yMMMMEEEEd";
  private static final ConcurrentMap<ULocale, DateFormat> DAYS = new ConcurrentHashMap<>();

  private Dates() {}

  /** The day in full in {@code locale}'s language, by CLDR's pattern for that language. */
  public static String day(LocalDate date, Locale locale) {
    requireNonNull(date, "date");
    ULocale conventions = Languages.conventions(requireNonNull(locale, "locale"));
    DateFormat format = DAYS.computeIfAbsent(conventions, l -> {
      DateFormat f = DateFormat.getInstanceForSkeleton(DAY, l);
      f.setTimeZone(TimeZone.GMT_ZONE);
      return f;
    });
    GregorianCalendar calendar = new GregorianCalendar(TimeZone.GMT_ZONE, ULocale.ROOT);
    calendar.clear();
    calendar.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
    synchronized (format) {
      return format.format(calendar.getTime());
    }
  }

  /** The day in full in every language, each written when first read. */
  public static LocalizedText day(LocalDate date) {
    requireNonNull(date, "date");
    return LocalizedText.written(language -> day(date, language));
  }

  /** The clock time as {@code HH:mm}, the same in every language. */
  public static String clock(TemporalAccessor time) {
    return CLOCK.format(requireNonNull(time, "time"));
  }

  /**
   * The day and clock time in every language, with the time they are read in, named as people name
   * it: "Tuesday, 3 December 2019 at 00:00 (The Hague time)", "mardi 3 décembre 2019 à 00:00 (heure
   * de La Haye)". {@code time} is such a name, as {@link #localTime(LocalizedText)} gives it; a zone
   * id is no name for a reader.
   */
  public static LocalizedText moment(ZonedDateTime at, LocalizedText time) {
    requireNonNull(at, "at");
    requireNonNull(time, "time");
    return LocalizedText.written(language -> Languages.WORDS.format(language, "date.moment",
        day(at.toLocalDate(), language), clock(at), time.in(language)));
  }

  /**
   * The time of a place, as people name it in each language: "The Hague time", « heure de La
   * Haye », "hora de La Haya", "海牙时间", from {@code place}'s name in that language.
   */
  public static LocalizedText localTime(LocalizedText place) {
    requireNonNull(place, "place");
    return LocalizedText.written(language -> {
      String name = place.in(language);
      String[] form = form(name);
      return Languages.WORDS.format(language, "date.local-time", name, form[0], form[1]);
    });
  }

  /**
   * How a place's name begins, for languages whose "of" joins it (French « heure d'Amsterdam », « du
   * Caire », « des Abymes », « de La Haye »): {@code vowel}, {@code le}, {@code les} or {@code other},
   * and the name without the article it contracts.
   */
  private static String[] form(String name) {
    if (name.startsWith("Le ") && name.length() > 3) {
      return new String[] {"le", name.substring(3)};
    }
    if (name.startsWith("Les ") && name.length() > 4) {
      return new String[] {"les", name.substring(4)};
    }
    String bare = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD);
    boolean vowel = !bare.isEmpty() && "AEIOUaeiou".indexOf(bare.charAt(0)) >= 0;
    return new String[] {vowel ? "vowel" : "other", name};
  }
}
