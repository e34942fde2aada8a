package org.plenary.core.internal;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;

/** Structural checks shared by the model's values, each naming the field and the bad value. */
public final class Checks {

  /** The longest a plenary's budget, an intervention or a request may be. */
  public static final Duration MAX_DURATION = Duration.ofHours(24);

  private Checks() {}

  /** Requires {@code value} to be a non-blank text. */
  public static void notBlank(String field, String value) {
    checkArgument(!value.isBlank(), "%s ('%s') must not be blank", field, value);
  }

  /** Requires {@code value} to be a short identifier: letters, digits, '.', '_' and '-'. */
  public static void id(String field, String value) {
    checkArgument(isId(value),
        "%s '%s' must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit",
        field, value);
  }

  /** Whether {@code value} is a short identifier; the same as the pattern, without a regex engine. */
  static boolean isId(String value) {
    int n = value.length();
    if (n == 0 || n > 64 || !letterOrDigit(value.charAt(0))) {
      return false;
    }
    for (int i = 1; i < n; i++) {
      char c = value.charAt(i);
      if (!letterOrDigit(c) && c != '.' && c != '_' && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static boolean letterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  /** Requires {@code value}, the {@code what} of {@code owner}, to be a short identifier. */
  public static void id(String what, String owner, String value) {
    if (!isId(value)) {
      id(what + " '" + owner + "'", value);
    }
  }

  /** Requires {@code value}, the {@code what} of {@code owner}, to be longer than zero. */
  public static void positive(String what, String owner, Duration value) {
    checkArgument(!value.isNegative() && !value.isZero(), "%s '%s' (%s) must be positive", what, owner, value);
  }

  /** Requires {@code value}, the {@code what} of {@code owner}, to be at most {@code max}. */
  public static void atMost(String what, String owner, Duration value, Duration max) {
    if (value.compareTo(max) > 0) {
      atMost(what + " '" + owner + "'", value, max);
    }
  }

  /** Requires {@code value}, the {@code what} of {@code owner}, not to be negative. */
  public static void notNegative(String what, String owner, Duration value) {
    checkArgument(!value.isNegative(), "%s '%s' (%s) must not be negative", what, owner, value);
  }

  /** Requires {@code value} to be longer than zero. */
  public static void positive(String field, Duration value) {
    checkArgument(!value.isNegative() && !value.isZero(), "%s (%s) must be positive", field, value);
  }

  /** Requires {@code value} to be at most {@code max}. */
  public static void atMost(String field, Duration value, Duration max) {
    checkArgument(value.compareTo(max) <= 0, "%s (%s) must be at most %s", field, value, max);
  }

  /**
   * Whether the {@code n} texts {@code text} gives are all different. Each hash is sorted beside the
   * text's index: equal texts have equal hashes, so they lie side by side, and only texts of one hash
   * are compared. Each text is read once, and the check makes no object for it.
   */
  public static boolean distinct(int n, IntFunction<String> text) {
    int indexBits = 32 - Integer.numberOfLeadingZeros(Math.max(n - 1, 0));
    long[] keys = new long[n];
    for (int i = 0; i < n; i++) {
      keys[i] = (Integer.toUnsignedLong(text.apply(i).hashCode()) << indexBits) | i;
    }
    Radix.sort(keys, 32 + indexBits);
    int start = 0;
    for (int i = 1; i <= n; i++) {
      if (i == n || keys[i] >>> indexBits != keys[start] >>> indexBits) {
        if (i - start > 1 && !allDifferent(keys, start, i, indexBits, text)) {
          return false;
        }
        start = i;
      }
    }
    return true;
  }

  /** Whether the texts of {@code keys[from..to)}, all of one hash, are all different. */
  private static boolean allDifferent(long[] keys, int from, int to, int indexBits, IntFunction<String> text) {
    long mask = (1L << indexBits) - 1;
    for (int a = from; a < to; a++) {
      String x = text.apply((int) (keys[a] & mask));
      for (int b = a + 1; b < to; b++) {
        if (x.equals(text.apply((int) (keys[b] & mask)))) {
          return false;
        }
      }
    }
    return true;
  }

  /** Requires the ids of {@code items} to be unique, naming the first that is used twice. */
  public static <T> void uniqueIds(String what, Iterable<T> items, Function<T, String> id) {
    Set<String> seen = new HashSet<>();
    for (T item : items) {
      String key = id.apply(item);
      checkArgument(seen.add(key), "%s '%s' is used twice", what, key);
    }
  }
}
