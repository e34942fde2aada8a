package org.plenary.core.internal;

/**
 * Sorts keys that are not negative and hold few bits, as the packed sort keys of a long list are:
 * eleven bits at a time, least significant first, each pass a count and a stable scatter, a pass
 * skipped where every key has the same bits there. A few passes over the keys, where a sort by
 * comparisons makes some twenty for each key of a long list.
 */
public final class Radix {

  /** The bits sorted in each pass: a long list's keys of some fifty bits take five. */
  private static final int DIGIT = 11;
  private static final int BUCKETS = 1 << DIGIT;
  private static final int MASK = BUCKETS - 1;
  /** Below this many keys, the counts of a pass cost more than the keys: they are sorted by comparisons. */
  static final int SMALL = 1 << DIGIT;

  private Radix() {}

  /** Sorts {@code keys}, each from 0 to {@code 2^bits - 1}, in ascending order. */
  public static void sort(long[] keys, int bits) {
    int n = keys.length;
    int passes = (bits + DIGIT - 1) / DIGIT;
    if (n < 2 || passes == 0) {
      return;
    }
    if (n < SMALL) {
      java.util.Arrays.sort(keys);
      return;
    }
    int[][] counts = new int[passes][BUCKETS + 1];
    for (long key : keys) {
      for (int p = 0; p < passes; p++) {
        counts[p][(int) (key >>> (DIGIT * p) & MASK) + 1]++;
      }
    }
    long[] from = keys;
    long[] to = new long[n];
    for (int p = 0; p < passes; p++) {
      int shift = DIGIT * p;
      int[] at = counts[p];
      if (at[(int) (from[0] >>> shift & MASK) + 1] == n) {
        continue;
      }
      for (int b = 0; b < BUCKETS; b++) {
        at[b + 1] += at[b];
      }
      for (long key : from) {
        to[at[(int) (key >>> shift & MASK)]++] = key;
      }
      long[] t = from;
      from = to;
      to = t;
    }
    if (from != keys) {
      System.arraycopy(from, 0, keys, 0, n);
    }
  }
}
