package org.plenary.core.internal;

/**
 * Sorts keys that are not negative and hold few bits, as the packed sort keys of a long list are: a
 * byte at a time, least significant first, each pass a count and a stable scatter, a pass skipped
 * where every key has the same byte: a few passes over the keys where a sort by comparisons makes
 * some twenty for each key of a long list.
 */
public final class Radix {

  private Radix() {}

  /** Sorts {@code keys}, each from 0 to {@code 2^bits - 1}, in ascending order. */
  public static void sort(long[] keys, int bits) {
    int n = keys.length;
    int passes = (bits + 7) / 8;
    if (n < 2 || passes == 0) {
      return;
    }
    int[][] counts = new int[passes][257];
    for (long key : keys) {
      for (int p = 0; p < passes; p++) {
        counts[p][(int) (key >>> (8 * p) & 0xFF) + 1]++;
      }
    }
    long[] from = keys;
    long[] to = new long[n];
    for (int p = 0; p < passes; p++) {
      int shift = 8 * p;
      int[] at = counts[p];
      if (at[(int) (from[0] >>> shift & 0xFF) + 1] == n) {
        continue;
      }
      for (int b = 0; b < 256; b++) {
        at[b + 1] += at[b];
      }
      for (long key : from) {
        to[at[(int) (key >>> shift & 0xFF)]++] = key;
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
