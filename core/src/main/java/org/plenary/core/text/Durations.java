package org.plenary.core.text;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * Durations as a reader writes them: {@code 3 min}, {@code 1 h 30 min}, {@code 2 min 30 s}, and a
 * signed form for differences ({@code +4 min}, {@code −1 min 30 s}). The same in English and French.
 */
public final class Durations {

  private Durations() {}

  /** {@code d} in hours, minutes and seconds, leaving out the zero parts; {@code 0 min} for zero. */
  public static String format(Duration d) {
    requireNonNull(d, "duration");
    if (d.isNegative()) {
      return "\u2212" + format(d.negated());
    }
    long seconds = d.getSeconds();
    long h = seconds / 3600;
    long m = (seconds % 3600) / 60;
    long s = seconds % 60;
    StringBuilder out = new StringBuilder();
    if (h > 0) {
      out.append(h).append(" h");
    }
    if (m > 0) {
      out.append(out.length() > 0 ? " " : "").append(m).append(" min");
    }
    if (s > 0) {
      out.append(out.length() > 0 ? " " : "").append(s).append(" s");
    }
    return out.length() == 0 ? "0 min" : out.toString();
  }

  /** {@code d} with its sign always shown: {@code +4 min}, {@code −30 s}, {@code 0 min}. */
  public static String signed(Duration d) {
    requireNonNull(d, "duration");
    return d.isNegative() || d.isZero() ? format(d) : "+" + format(d);
  }

  /** {@code d} as {@code H:MM} (hours may exceed 23), as timetables and the frab format write it. */
  public static String clock(Duration d) {
    requireNonNull(d, "duration");
    long minutes = d.toMinutes();
    return String.format(java.util.Locale.ROOT, "%d:%02d", minutes / 60, minutes % 60);
  }
}
