package org.plenary.core.internal.resolve;

import java.util.ArrayList;
import java.util.List;
import org.plenary.core.agenda.Segment;
import org.plenary.core.request.RequestToSpeak;

/**
 * The components of the composed order of one segment's requests: their lateness, then every key
 * and alternation declared for the segment, evaluated on the requests. A declaration whose function
 * throws is recorded as failed in the book and left out.
 */
final class Keys {

  private Keys() {}

  /** The orders and alternations of {@code book} that have not failed, in the order they apply. */
  static List<Decl.Any> deciding(Book book) {
    List<Decl.Any> out = new ArrayList<>();
    out.addAll(book.live(book.orders));
    out.addAll(book.live(book.alternates));
    out.sort(Decl.ORDER);
    return out;
  }

  /** Whether {@code d}, an order or an alternation, applies in {@code segment}. */
  static boolean covers(Decl.Any d, Segment segment) {
    return d instanceof Decl.Order o ? o.scope().covers(segment)
        : ((Decl.Alternate) d).scope().covers(segment);
  }

  /**
   * The components for {@code requests} of {@code segment}, lateness ({@code late}, owned by no
   * declaration) first, sorted as they decide.
   */
  static List<Orders.Component> of(Book book, Segment segment, List<RequestToSpeak> requests,
      long[] late, List<Decl.Any> deciding) {
    List<Orders.Component> components = new ArrayList<>();
    components.add(Orders.Component.key(null, Integer.MIN_VALUE, 0, late));
    int rank = 0;
    for (Decl.Any d : deciding) {
      rank++;
      if (book.failed(d) || !covers(d, segment)) {
        continue;
      }
      String at = segment.id();
      try {
        if (d instanceof Decl.Order o) {
          long[] values = new long[requests.size()];
          boolean[] unmatched = new boolean[values.length];
          long max = Long.MIN_VALUE;
          for (int k = 0; k < values.length; k++) {
            RequestToSpeak r = requests.get(k);
            at = r.id();
            if (o.scope().test(r)) {
              values[k] = o.key().applyAsLong(r);
              max = Math.max(max, values[k]);
            } else {
              unmatched[k] = true;
            }
          }
          long after = max == Long.MIN_VALUE ? 0 : max == Long.MAX_VALUE ? max : max + 1;
          for (int k = 0; k < values.length; k++) {
            if (unmatched[k]) {
              values[k] = after;
            }
          }
          components.add(Orders.Component.key(o, o.priority(), rank, values));
        } else {
          Decl.Alternate a = (Decl.Alternate) d;
          String[] groups = new String[requests.size()];
          for (int k = 0; k < groups.length; k++) {
            at = requests.get(k).id();
            groups[k] = String.valueOf(a.group().apply(requests.get(k)));
          }
          components.add(Orders.Component.alternation(a, a.priority(), rank, groups, a.turns()));
        }
      } catch (RuntimeException e) {
        book.fail(d, at, e);
      }
    }
    components.sort(Orders.DECIDING);
    return components;
  }
}
