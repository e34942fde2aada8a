package org.plenary.rules.internal;

/**
 * Shortening in proportion: each statement gives up a share of the excess in proportion to how far
 * it stands above the minimum, in whole seconds, and never drops below the minimum. Used by the
 * budget rules when planning and by the re-planning strategies during a sitting.
 */
public final class Proportion {

  private Proportion() {}

  /**
   * The new allotments, in milliseconds, of statements of {@code allotted} milliseconds that must
   * give up {@code excess} between them, each keeping at least {@code minimum} (or its own length
   * if shorter). If they cannot give up that much, each is cut to its floor.
   */
  public static long[] shorten(long[] allotted, long minimum, long excess) {
    long give = 0;
    for (long a : allotted) {
      give += a - Math.min(a, minimum);
    }
    long[] out = allotted.clone();
    if (excess <= 0 || give == 0) {
      return out;
    }
    long cutTotal = Math.min(excess, give);
    for (int i = 0; i < allotted.length; i++) {
      long a = allotted[i];
      long floor = Math.min(a, minimum);
      long cut = ceilMulDiv(a - floor, cutTotal, give);
      out[i] = Math.max((a - cut) / 1000 * 1000, floor);
    }
    return out;
  }

  /** {@code ceil(a * b / c)} for non-negative values, exact even where {@code a * b} overflows. */
  public static long ceilMulDiv(long a, long b, long c) {
    try {
      long product = Math.multiplyExact(a, b);
      return product / c + (product % c == 0 ? 0 : 1);
    } catch (ArithmeticException overflow) {
      java.math.BigInteger[] qr = java.math.BigInteger.valueOf(a).multiply(java.math.BigInteger.valueOf(b))
          .divideAndRemainder(java.math.BigInteger.valueOf(c));
      return qr[0].longValueExact() + (qr[1].signum() == 0 ? 0 : 1);
    }
  }
}
