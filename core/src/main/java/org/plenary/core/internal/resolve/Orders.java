package org.plenary.core.internal.resolve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.plenary.core.internal.Radix;
import org.plenary.core.rule.Declarations;

/**
 * The composed order of the requests of one segment: lateness first, then every rule's key by
 * priority, alternations computed from the order of the keys weaker than theirs, then the position
 * given. One sort when no alternation is declared; the keys are packed into one {@code long} a
 * request when their ranges allow, so that a long list sorts as primitives.
 */
final class Orders {

  private Orders() {}

  /**
   * One component of the composed order: a rule's key with its values, or an alternation whose
   * values this class computes. {@code rank} orders components of equal priority.
   */
  static final class Component {
    final Decl decl;
    final int priority;
    final int rank;
    long[] values;
    final String[] groups;
    final List<String> turns;
    /** Which requests the declaration's scope selects; null when it selects them all. */
    boolean[] selected;

    private Component(Decl decl, int priority, int rank, long[] values, String[] groups,
        List<String> turns) {
      this.decl = decl;
      this.priority = priority;
      this.rank = rank;
      this.values = values;
      this.groups = groups;
      this.turns = turns;
    }

    /** A key with its values, one a request. */
    static Component key(Decl decl, int priority, int rank, long[] values) {
      return new Component(decl, priority, rank, values, null, null);
    }

    /** An alternation of {@code turns}, with each request's group. */
    static Component alternation(Decl decl, int priority, int rank, String[] groups,
        List<String> turns) {
      return new Component(decl, priority, rank, null, groups, turns);
    }

    boolean isAlternation() {
      return groups != null;
    }

    /** Whether the declaration selects request {@code k}. */
    boolean selects(int k) {
      return selected == null || selected[k];
    }
  }

  /** Components in the order they decide: priority, then rank. */
  static final Comparator<Component> DECIDING =
      Comparator.<Component>comparingInt(c -> c.priority).thenComparingInt(c -> c.rank);

  /**
   * The order of {@code n} requests under {@code components}, which must be sorted by
   * {@link #DECIDING}; alternations get their values. Ties keep the given order.
   */
  static int[] sort(int n, List<Component> components) {
    int[] order = sortBy(n, known(components));
    List<Component> alternations = new ArrayList<>();
    for (Component c : components) {
      if (c.isAlternation()) {
        alternations.add(c);
      }
    }
    for (int a = alternations.size() - 1; a >= 0; a--) {
      Component alt = alternations.get(a);
      List<Component> stronger = new ArrayList<>();
      for (Component c : components) {
        if (c == alt) {
          break;
        }
        if (c.values != null && !c.isAlternation()) {
          stronger.add(c);
        }
      }
      alt.values = turns(n, order, stronger, alt);
      order = sortBy(n, known(components));
    }
    return order;
  }

  private static List<Component> known(List<Component> components) {
    List<Component> out = new ArrayList<>();
    for (Component c : components) {
      if (c.values != null) {
        out.add(c);
      }
    }
    return out;
  }

  /** The turn of each request in its block of equal stronger keys, as {@code alt} lists them. */
  private static long[] turns(int n, int[] order, List<Component> stronger, Component alt) {
    long[] values = new long[n];
    int m = alt.turns.size();
    Map<String, int[]> places = new HashMap<>();
    for (int k = 0; k < m; k++) {
      int[] before = places.get(alt.turns.get(k));
      int[] now = before == null ? new int[1] : Arrays.copyOf(before, before.length + 1);
      now[now.length - 1] = k;
      places.put(alt.turns.get(k), now);
    }
    long unlisted = (long) (n + 1) * m;
    int start = 0;
    while (start < n) {
      int end = start + 1;
      while (end < n && same(stronger, order[start], order[end])) {
        end++;
      }
      Map<String, Integer> counts = new HashMap<>();
      int others = 0;
      for (int k = start; k < end; k++) {
        int i = order[k];
        int[] at = places.get(alt.groups[i]);
        if (at == null) {
          values[i] = unlisted + others++;
        } else {
          int c = counts.merge(alt.groups[i], 1, Integer::sum) - 1;
          values[i] = (long) (c / at.length) * m + at[c % at.length];
        }
      }
      start = end;
    }
    return values;
  }

  private static boolean same(List<Component> components, int a, int b) {
    for (Component c : components) {
      if (c.values[a] != c.values[b]) {
        return false;
      }
    }
    return true;
  }

  /** Sorts by the components' values, then by position; packed into longs when they fit. */
  private static int[] sortBy(int n, List<Component> components) {
    int k = components.size();
    long[] min = new long[k];
    long[] scale = new long[k];
    int[] bits = new int[k];
    long[] max = new long[k];
    int total = bits(n);
    for (int c = 0; c < k; c++) {
      long[] v = components.get(c).values;
      long lo = Long.MAX_VALUE;
      long hi = Long.MIN_VALUE;
      for (int i = 0; i < n; i++) {
        lo = Math.min(lo, v[i]);
        hi = Math.max(hi, v[i]);
      }
      min[c] = lo;
      max[c] = hi;
      scale[c] = 1;
      bits[c] = rangeBits(n, lo, hi, 1);
      total += bits[c];
    }
    // Values are divided by their common step only when they would not fit otherwise: the order is the same.
    if (total > 63) {
      total = bits(n);
      for (int c = 0; c < k; c++) {
        long[] v = components.get(c).values;
        long g = 0;
        for (int i = 0; i < n && g != 1; i++) {
          g = gcd(g, v[i] - min[c]);
        }
        scale[c] = Math.max(g, 1);
        bits[c] = rangeBits(n, min[c], max[c], scale[c]);
        total += bits[c];
      }
    }
    int[] order = new int[n];
    if (total <= 63) {
      int indexBits = bits(n);
      long[] keys = new long[n];
      for (int i = 0; i < n; i++) {
        long key = 0;
        for (int c = 0; c < k; c++) {
          long delta = components.get(c).values[i] - min[c];
          key = (key << bits[c]) | (scale[c] == 1 ? delta : delta / scale[c]);
        }
        keys[i] = (key << indexBits) | i;
      }
      Radix.sort(keys, total);
      long mask = indexBits == 0 ? 0 : (1L << indexBits) - 1;
      for (int i = 0; i < n; i++) {
        order[i] = (int) (keys[i] & mask);
      }
      return order;
    }
    Integer[] boxed = new Integer[n];
    for (int i = 0; i < n; i++) {
      boxed[i] = i;
    }
    Arrays.sort(boxed, (a, b) -> {
      for (Component c : components) {
        int r = Long.compare(c.values[a], c.values[b]);
        if (r != 0) {
          return r;
        }
      }
      return Integer.compare(a, b);
    });
    for (int i = 0; i < n; i++) {
      order[i] = boxed[i];
    }
    return order;
  }

  /** The bits that hold the values from {@code lo} to {@code hi} in steps of {@code scale}. */
  private static int rangeBits(int n, long lo, long hi, long scale) {
    long range = n == 0 ? 0 : (hi - lo) / scale;
    // A range of Long.MAX_VALUE takes 63 bits; range + 1 would overflow.
    return range < 0 ? 64 : 64 - Long.numberOfLeadingZeros(range);
  }

  private static long gcd(long a, long b) {
    a = Math.abs(a);
    b = Math.abs(b);
    while (b != 0) {
      long t = a % b;
      a = b;
      b = t;
    }
    return a;
  }

  /** How many bits hold the values 0 to {@code values - 1}. */
  private static int bits(long values) {
    return values <= 1 ? 0 : 64 - Long.numberOfLeadingZeros(values - 1);
  }

  /** A pinned item, by its number, and the declaration that pins it. */
  record Pinned(int item, Pin pin) {}

  /** Two pins that asked for the same place: the first keeps it, the second follows. */
  record Collision(Pinned first, Pinned second) {}

  /**
   * {@code others} with the pinned items at their places, by place (last ones last), then by rule
   * id: a place beyond the end is the end; a second pin on a place taken goes right after it and is
   * reported to {@code collisions}.
   */
  static int[] pin(int[] others, List<Pinned> pinned, List<Collision> collisions) {
    if (pinned.isEmpty()) {
      return others;
    }
    List<Pinned> sorted = new ArrayList<>(pinned);
    sorted.sort(Comparator.<Pinned>comparingInt(p -> order(p.pin().place()))
        .thenComparing(p -> p.pin().rule().id()).thenComparingInt(p -> p.pin().seq()));
    int size = others.length;
    int[] out = new int[size + sorted.size()];
    boolean[] taken = new boolean[out.length];
    int last = -1;
    Pinned previous = null;
    for (Pinned p : sorted) {
      int place = p.pin().place();
      int at = place == Declarations.LAST ? size : Math.min(place - 1, size);
      if (previous != null) {
        if (previous.pin().place() == place) {
          collisions.add(new Collision(previous, p));
        }
        at = Math.max(at, last + 1);
      }
      out[at] = p.item();
      taken[at] = true;
      last = at;
      previous = p;
      size++;
    }
    int k = 0;
    for (int i = 0; i < out.length; i++) {
      if (!taken[i]) {
        out[i] = others[k++];
      }
    }
    return out;
  }

  private static int order(int place) {
    return place == Declarations.LAST ? Integer.MAX_VALUE : place;
  }
}
