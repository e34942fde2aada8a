package org.plenary.core.internal.text;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Locale;
import org.plenary.core.text.LocalizedText;

/**
 * Durations as a reader writes them in each language, from the core's words: {@code 3 min},
 * {@code 1 h 30 min}, {@code 2 мин 30 с}, {@code 1小时30分钟}; and a signed form for differences
 * ({@code +4 min}, {@code −1 min 30 s}).
 */
public final class Durations {

  private Durations() {}

  /** {@code d} in English: hours, minutes and seconds, leaving out the zero parts; {@code 0 min} for zero. */
  public static String format(Duration d) {
    return format(d, Locale.ENGLISH);
  }

  /** {@code d} in {@code locale}'s language, leaving out the zero parts. */
  public static String format(Duration d, Locale locale) {
    requireNonNull(d, "duration");
    requireNonNull(locale, "locale");
    if (d.isNegative()) {
      return "\u2212" + format(d.negated(), locale);
    }
    long seconds = d.getSeconds();
    String out = null;
    out = part(out, seconds / 3600, "duration.h", locale);
    out = part(out, (seconds % 3600) / 60, "duration.min", locale);
    out = part(out, seconds % 60, "duration.s", locale);
    return out == null ? Languages.WORDS.format(locale, "duration.min", 0) : out;
  }

  private static String part(String before, long n, String key, Locale locale) {
    if (n == 0) {
      return before;
    }
    String part = Languages.WORDS.format(locale, key, n);
    return before == null ? part : Languages.WORDS.format(locale, "duration.join", before, part);
  }

  /** {@code d} in every language, each written when first read. */
  public static LocalizedText text(Duration d) {
    requireNonNull(d, "duration");
    return LocalizedText.written(language -> format(d, language));
  }

  /** {@code d} in English with its sign always shown: {@code +4 min}, {@code −30 s}, {@code 0 min}. */
  public static String signed(Duration d) {
    return signed(d, Locale.ENGLISH);
  }

  /** {@code d} in {@code locale}'s language with its sign always shown. */
  public static String signed(Duration d, Locale locale) {
    requireNonNull(d, "duration");
    return d.isNegative() || d.isZero() ? format(d, locale) : "+" + format(d, locale);
  }

  /** {@code d} as {@code H:MM} (hours may exceed 23), as timetables and the frab format write it. */
  public static String clock(Duration d) {
    requireNonNull(d, "duration");
    long minutes = d.toMinutes();
    return String.format(Locale.ROOT, "%d:%02d", minutes / 60, minutes % 60);
  }
}
