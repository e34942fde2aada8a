package org.plenary.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** The planner's radix sort gives what {@link Arrays#sort} gives, whatever the keys' width. */
class RadixProperties {

  @Property(tries = 300)
  void sortsLikeArraysSort(@ForAll @IntRange(min = 0, max = 2000) int n, @ForAll @IntRange(min = 1, max = 63) int bits,
      @ForAll @IntRange(min = 0, max = 3) int sameDigits, @ForAll @LongRange(min = 0) long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    // Keys share their low digits at times, so that passes are skipped below others that are not.
    long low = (1L << (11 * sameDigits)) - 1;
    long shared = random.nextLong() & low;
    long[] keys = new long[n];
    for (int i = 0; i < n; i++) {
      keys[i] = (random.nextLong() >>> (64 - bits) & ~low | shared) & (-1L >>> (64 - bits));
    }
    long[] expected = keys.clone();
    Arrays.sort(expected);
    Radix.sort(keys, bits);
    assertThat(keys).containsExactly(expected);
  }

  @Example
  void sortsKeysOfOneDigitAndOfTheWidestAndLeavesShortListsAlone() {
    long[] one = {5, 3, 255, 0, 3};
    Radix.sort(one, 8);
    assertThat(one).containsExactly(0, 3, 3, 5, 255);
    long[] wide = {Long.MAX_VALUE, 1L << 62, 0, (1L << 62) - 1, 1L << 8};
    Radix.sort(wide, 63);
    assertThat(wide).containsExactly(0, 1L << 8, (1L << 62) - 1, 1L << 62, Long.MAX_VALUE);
    long[] high = {1L << 40, 0, 3L << 40};
    Radix.sort(high, 42);
    assertThat(high).containsExactly(0, 1L << 40, 3L << 40);
    long[] single = {7};
    Radix.sort(single, 3);
    assertThat(single).containsExactly(7);
    long[] zero = {0, 0};
    Radix.sort(zero, 0);
    assertThat(zero).containsExactly(0, 0);
  }
}
