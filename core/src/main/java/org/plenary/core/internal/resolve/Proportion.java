package org.plenary.core.internal.resolve;

import java.math.BigInteger;

/**
 * Shortening in proportion: each statement gives up a share of the excess in proportion to how far
 * it stands above the minimum, rounded down to a step a chair can keep, and never drops below the
 * minimum (or its own length, if shorter).
 */
final class Proportion {

  private static final long MS = 1_000_000L;

  private Proportion() {}

  /**
   * The new allotments, in nanoseconds, of statements of {@code allotted} nanoseconds that must give
   * up {@code excess} between them, each keeping at least {@code minimum}, each a multiple of
   * {@code step} unless that is below its floor. If they cannot give up that much, each is cut to
   * its floor.
   */
  static long[] shorten(long[] allotted, long minimum, long step, long excess) {
    long[] out = allotted.clone();
    long give = 0;
    for (long a : allotted) {
      give += (a - Math.min(a, minimum)) / MS;
    }
    if (excess <= 0 || give == 0) {
      return out;
    }
    long cut = Math.min(ceilDiv(excess, MS), give);
    for (int i = 0; i < allotted.length; i++) {
      long a = allotted[i];
      long floor = Math.min(a, minimum);
      long share = ceilMulDiv((a - floor) / MS, cut, give) * MS;
      long b = Math.max(a - share, floor);
      long stepped = b / step * step;
      out[i] = b == a ? a : Math.max(stepped, floor);
    }
    return out;
  }

  private static long ceilDiv(long a, long b) {
    return a / b + (a % b == 0 ? 0 : 1);
  }

  /** {@code ceil(a * b / c)} for non-negative values, exact even where {@code a * b} overflows. */
  static long ceilMulDiv(long a, long b, long c) {
    long high = Math.multiplyHigh(a, b);
    if (high == 0 && a * b >= 0) {
      long product = a * b;
      return product / c + (product % c == 0 ? 0 : 1);
    }
    BigInteger[] qr = BigInteger.valueOf(a).multiply(BigInteger.valueOf(b))
        .divideAndRemainder(BigInteger.valueOf(c));
    return qr[0].longValueExact() + (qr[1].signum() == 0 ? 0 : 1);
  }
}
