package org.plenary.core.internal.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The composed order against a plain comparator: the packed sort and the boxed one give the stable
 * lexicographic order of the keys, whatever their ranges, offsets and common factors.
 */
class OrdersProperties {

  /**
   * Keys of one to four components over a few requests, narrow, scaled or spanning all longs (the
   * extremes drawn often, so that wide keys tie and the fall-back's last resort, position, decides).
   */
  @Provide
  Arbitrary<long[][]> keys() {
    Arbitrary<Integer> sizes = Arbitraries.integers().between(0, 40);
    Arbitrary<Integer> widths = Arbitraries.integers().between(1, 4);
    Arbitrary<Long> offsets = Arbitraries.longs().between(-1_000_000_000_000L, 1_000_000_000_000L);
    Arbitrary<Long> scales = Arbitraries.of(1L, 3L, 1000L, 1L << 40);
    Arbitrary<Integer> spreads = Arbitraries.of(1, 2, 5, 1000);
    return Combinators.combine(sizes, widths, offsets, scales, spreads, Arbitraries.of(false, true))
        .flatAs((n, k, offset, scale, spread, wide) -> {
          Arbitrary<Long> narrow = Arbitraries.integers().between(0, spread - 1).map(v -> offset + scale * v);
          Arbitrary<Long> first = wide
              ? Arbitraries.oneOf(Arbitraries.longs(), Arbitraries.of(Long.MIN_VALUE, Long.MAX_VALUE, 0L))
              : narrow;
          Arbitrary<long[]> firstColumn = first.list().ofSize(n).map(OrdersProperties::column);
          Arbitrary<long[]> column = narrow.list().ofSize(n).map(OrdersProperties::column);
          return Combinators.combine(firstColumn, column.list().ofSize(k - 1)).as((f, others) -> {
            long[][] values = new long[k][];
            values[0] = f;
            for (int c = 1; c < k; c++) {
              values[c] = others.get(c - 1);
            }
            return values;
          });
        });
  }

  private static long[] column(List<Long> values) {
    return values.stream().mapToLong(Long::longValue).toArray();
  }

  @Property
  void sortsLikeAStableComparator(@ForAll("keys") long[][] values) {
    int n = values[0].length;
    List<Orders.Component> components = new ArrayList<>();
    for (int c = 0; c < values.length; c++) {
      components.add(Orders.Component.key(null, c, 0, values[c]));
    }

    int[] order = Orders.sort(n, components);

    Comparator<Integer> lexicographic = (a, b) -> {
      for (long[] v : values) {
        int r = Long.compare(v[a], v[b]);
        if (r != 0) {
          return r;
        }
      }
      return 0;
    };
    int[] expected = IntStream.range(0, n).boxed().sorted(lexicographic).mapToInt(i -> i).toArray();
    assertThat(order).containsExactly(expected);
  }

  @Test
  void keysTooWideToPackStillSortByEveryComponentThenPosition() {
    long[] first = {Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE};
    long[] second = {2, 9, 1, 9};
    List<Orders.Component> components = List.of(Orders.Component.key(null, 0, 0, first),
        Orders.Component.key(null, 1, 0, second));

    assertThat(Orders.sort(4, components)).containsExactly(1, 3, 2, 0);
  }

  @Test
  void keysSpanningAllTheNonNegativeLongsStillSort() {
    long[] spanning = {-1, -2, Long.MIN_VALUE};
    long[] zeroOrMost = {Long.MAX_VALUE, 0, Long.MAX_VALUE, 0};

    assertThat(Orders.sort(3, List.of(Orders.Component.key(null, 0, 0, spanning)))).containsExactly(2, 1, 0);
    assertThat(Orders.sort(4, List.of(Orders.Component.key(null, 0, 0, zeroOrMost)))).containsExactly(1, 3, 0, 2);
  }

  @Test
  void keysWithACommonFactorPackAsTheirQuotients() {
    long[] seconds = {3_000, 1_000, 2_000, 1_000};
    long[] tie = {0, 1, 0, 0};

    int[] order = Orders.sort(4, List.of(Orders.Component.key(null, 0, 0, seconds),
        Orders.Component.key(null, 1, 0, tie)));

    assertThat(order).containsExactly(3, 1, 2, 0);
  }

  @Test
  void noRequestsGiveAnEmptyOrder() {
    assertThat(Orders.sort(0, List.of(Orders.Component.key(null, 0, 0, new long[0])))).isEmpty();
    assertThat(Arrays.stream(Orders.sort(3, List.of())).boxed()).containsExactly(0, 1, 2);
  }
}
