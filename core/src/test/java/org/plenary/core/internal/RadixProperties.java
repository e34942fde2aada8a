package org.plenary.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The planner's radix sort gives what {@link Arrays#sort} gives, whatever the keys' width. */
class RadixProperties {

  /** Keys of {@code bits} bits that share their low {@code sameDigits} digits, so that passes are skipped below others. */
  private static Arbitrary<long[]> keys(int minSize, int maxSize) {
    return Combinators.combine(Arbitraries.integers().between(1, 63), Arbitraries.integers().between(0, 3),
        Arbitraries.longs().greaterOrEqual(0), Arbitraries.longs().list().ofMinSize(minSize).ofMaxSize(maxSize))
        .as((bits, sameDigits, shared, drawn) -> {
          long low = (1L << (11 * sameDigits)) - 1;
          long width = -1L >>> (64 - bits);
          return drawn.stream().mapToLong(k -> (k & ~low | shared & low) & width).toArray();
        });
  }

  @Provide
  Arbitrary<long[]> shortLists() {
    return keys(0, Radix.SMALL);
  }

  @Provide
  Arbitrary<long[]> longLists() {
    return keys(Radix.SMALL, 3 * Radix.SMALL);
  }

  @Property(tries = 200)
  void sortsAShortListLikeArraysSort(@ForAll("shortLists") long[] keys) {
    assertSortsLikeArraysSort(keys);
  }

  @Property(tries = 100)
  void sortsALongListByItsDigitsLikeArraysSort(@ForAll("longLists") long[] keys) {
    assertSortsLikeArraysSort(keys);
  }

  private static void assertSortsLikeArraysSort(long[] keys) {
    int bits = 64 - Long.numberOfLeadingZeros(Arrays.stream(keys).max().orElse(0));
    long[] expected = keys.clone();
    Arrays.sort(expected);
    Radix.sort(keys, Math.max(bits, 1));
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
