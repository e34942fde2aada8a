package org.plenary.core.internal.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.agenda.Segment;
import org.plenary.core.internal.scope.Anchor;
import org.plenary.core.internal.scope.Scope;
import org.plenary.core.plan.Decision;
import org.plenary.core.plan.Slot;
import org.plenary.core.request.RequestToSpeak;
import org.plenary.core.rule.Rule;
import org.plenary.core.text.LocalizedText;

/**
 * {@link org.plenary.core.rule.Declarations#order} and {@link
 * org.plenary.core.rule.Declarations#alternate}: the requests of a segment sorted by every rule's
 * keys, in the sequence their places give, alternations giving groups turns within the order of the
 * keys after them. The planner sorts once a segment, and once more among those who fit where an
 * alternation applies; a check finds a speaker out of place and the rule whose order it breaks.
 */
final class Ordering {

  private Ordering() {}

  /** An order by {@code key}, smallest first; those {@code scope} does not select come after. */
  record Key(Rule rule, int seq, Scope scope, Anchor place, ToLongFunction<? super RequestToSpeak> key)
      implements Decl {}

  /** Turns between the groups {@code group} gives, as {@code turns} lists them. */
  record Alternation(Rule rule, int seq, Scope scope, Anchor place,
      Function<? super RequestToSpeak, String> group, List<String> turns) implements Decl {}

  private static Anchor place(Decl d) {
    return d instanceof Key k ? k.place() : ((Alternation) d).place();
  }

  /**
   * The orders of a book in the sequence they apply: each named place where it comes by rule id (a
   * rule's own as it declares them), with the orders placed just before and just after it, by rule id;
   * an order placed relative to a name no order has stands on its own. Where no place says which of
   * two rules' orders comes first, that is a warning.
   */
  static final class Sequence {

    private final List<Decl> inOrder;
    private final Map<Decl, Integer> position = new IdentityHashMap<>();
    /** Pairs of orders of two rules that no place relates: the first applies first. */
    private final List<Decl[]> unrelated;

    private Sequence(List<Decl> inOrder, List<Decl[]> unrelated) {
      this.inOrder = inOrder;
      this.unrelated = unrelated;
      for (int i = 0; i < inOrder.size(); i++) {
        position.put(inOrder.get(i), i);
      }
    }

    static Sequence of(Plenary plenary, List<Decl> orders) {
      List<Decl> sorted = new ArrayList<>(orders);
      sorted.sort(Decl.ORDER);
      Map<String, Decl> named = new HashMap<>();
      for (Decl d : sorted) {
        if (place(d).side() == Anchor.Side.AT) {
          named.putIfAbsent(place(d).name(), d);
        }
      }
      Map<Decl, List<Decl>> before = new IdentityHashMap<>();
      Map<Decl, List<Decl>> after = new IdentityHashMap<>();
      List<Decl> anchors = new ArrayList<>();
      for (Decl d : sorted) {
        Anchor a = place(d);
        Decl at = a.side() == Anchor.Side.AT ? null : named.get(a.name());
        if (at == null) {
          anchors.add(d);
        } else {
          (a.side() == Anchor.Side.BEFORE ? before : after).computeIfAbsent(at, x -> new ArrayList<>()).add(d);
        }
      }
      List<Decl> inOrder = new ArrayList<>(sorted.size());
      List<Decl[]> unrelated = new ArrayList<>();
      for (int i = 0; i < anchors.size(); i++) {
        Decl anchor = anchors.get(i);
        List<Decl> first = before.getOrDefault(anchor, List.of());
        List<Decl> then = after.getOrDefault(anchor, List.of());
        inOrder.addAll(first);
        inOrder.add(anchor);
        inOrder.addAll(then);
        pairs(first, unrelated);
        pairs(then, unrelated);
        for (int j = i + 1; j < anchors.size(); j++) {
          if (anchors.get(j).rule() != anchor.rule()) {
            unrelated.add(new Decl[] {anchor, anchors.get(j)});
          }
        }
      }
      return new Sequence(List.copyOf(inOrder), unrelated);
    }

    private static void pairs(List<Decl> side, List<Decl[]> out) {
      for (int i = 0; i < side.size(); i++) {
        for (int j = i + 1; j < side.size(); j++) {
          if (side.get(i).rule() != side.get(j).rule()) {
            out.add(new Decl[] {side.get(i), side.get(j)});
          }
        }
      }
    }

    /** The orders, in the sequence they apply. */
    List<Decl> inOrder() {
      return inOrder;
    }

    /** Where {@code d} stands in the sequence. */
    int position(Decl d) {
      return position.get(d);
    }

    /**
     * Warns, once for each pair of rules, of orders no place relates that apply in a segment both
     * cover: which applies first is then only a matter of rule id.
     */
    void warn(Report report, Plenary plenary) {
      Set<String> told = new HashSet<>();
      for (Decl[] pair : unrelated) {
        Decl a = pair[0];
        Decl b = pair[1];
        if (report.failed(a) || report.failed(b)) {
          continue;
        }
        for (Segment s : plenary.segments()) {
          if (a.scope().covers(s) && b.scope().covers(s) && told.add(a.rule().id() + " " + b.rule().id())) {
            report.conflict(a.rule(), b.rule(), s.id(), Words.text("check.same-priority", a.rule().name(),
                b.rule().name(), Words.segment(s)));
          }
        }
      }
    }
  }

  /**
   * The components of the composed order of {@code requests} of {@code segment}: their lateness
   * ({@code late}, owned by no declaration) first, then every order of the sequence that covers the
   * segment, evaluated on the requests. An order whose function throws is recorded as failed in
   * {@code report} and left out.
   */
  static List<Orders.Component> components(Book book, Report report, Segment segment,
      List<RequestToSpeak> requests, long[] late) {
    Reading reading = new Reading(book, report, segment, requests.size());
    for (int k = 0; k < requests.size(); k++) {
      reading.read(k, requests.get(k));
    }
    return reading.components(late);
  }

  /**
   * The keys and groups of the orders that cover one segment, read one request at a time: every
   * order's of one request together, request after request in the order given, so that a long list
   * is read in one sweep. An order whose function throws reads no further; it is recorded as failed
   * at its first failure when the components are made, in the sequence of the orders.
   */
  static final class Reading {
    private final Book book;
    private final Report report;
    private final Decl[] decls;
    private final boolean[] everyone;
    private final boolean[][] selected;
    private final long[][] values;
    private final long[] max;
    private final String[][] groups;
    private final RuntimeException[] failure;
    private final String[] failedAt;
    private final int n;

    /** A reading of {@code n} requests of {@code segment} by the orders that have not failed. */
    Reading(Book book, Report report, Segment segment, int n) {
      this.book = book;
      this.report = report;
      this.n = n;
      List<Decl> here = new ArrayList<>();
      for (Decl d : book.sequence.inOrder()) {
        if (!report.failed(d) && d.scope().covers(segment)) {
          here.add(d);
        }
      }
      int m = here.size();
      decls = here.toArray(new Decl[0]);
      everyone = new boolean[m];
      selected = new boolean[m][];
      values = new long[m][];
      max = new long[m];
      groups = new String[m][];
      failure = new RuntimeException[m];
      failedAt = new String[m];
      for (int j = 0; j < m; j++) {
        everyone[j] = decls[j].scope().wholeSegments();
        selected[j] = everyone[j] ? null : new boolean[n];
        if (decls[j] instanceof Key) {
          values[j] = new long[n];
          max[j] = Long.MIN_VALUE;
        } else {
          groups[j] = new String[n];
        }
      }
    }

    /** Reads every order's key or group of {@code r}, the {@code k}th request. */
    void read(int k, RequestToSpeak r) {
      for (int j = 0; j < decls.length; j++) {
        if (failure[j] != null) {
          continue;
        }
        try {
          if (decls[j] instanceof Key o) {
            if (everyone[j] || (selected[j][k] = o.scope().test(r))) {
              long v = o.key().applyAsLong(r);
              values[j][k] = v;
              max[j] = Math.max(max[j], v);
            }
          } else {
            Alternation a = (Alternation) decls[j];
            groups[j][k] = String.valueOf(a.group().apply(r));
            if (!everyone[j]) {
              selected[j][k] = a.scope().test(r);
            }
          }
        } catch (RuntimeException e) {
          failure[j] = e;
          failedAt[j] = r.id();
        }
      }
    }

    /**
     * The components, once every request is read: their lateness ({@code late}, owned by no
     * declaration) first, then the orders that neither threw nor failed before, by priority.
     */
    List<Orders.Component> components(long[] late) {
      List<Orders.Component> components = new ArrayList<>(decls.length + 1);
      components.add(Orders.Component.key(null, Integer.MIN_VALUE, 0, late));
      for (int j = 0; j < decls.length; j++) {
        Decl d = decls[j];
        if (report.failed(d)) {
          continue;
        }
        if (failure[j] != null) {
          report.fail(d, failedAt[j], failure[j]);
          continue;
        }
        int position = book.sequence.position(d);
        Orders.Component c;
        if (d instanceof Key o) {
          if (!everyone[j]) {
            long behind = max[j] == Long.MIN_VALUE ? 0 : max[j] == Long.MAX_VALUE ? max[j] : max[j] + 1;
            for (int k = 0; k < n; k++) {
              if (!selected[j][k]) {
                values[j][k] = behind;
              }
            }
          }
          c = Orders.Component.key(o, position, 0, values[j]);
        } else {
          Alternation a = (Alternation) d;
          c = Orders.Component.alternation(a, position, 0, groups[j], a.turns());
        }
        c.selected = selected[j];
        components.add(c);
      }
      components.sort(Orders.DECIDING);
      return components;
    }
  }

  /** Whether an alternation that has not failed applies in {@code segment}. */
  static boolean alternates(Book book, Report report, Segment segment) {
    for (Decl d : book.sequence.inOrder()) {
      if (d instanceof Alternation && !report.failed(d) && d.scope().covers(segment)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The rules whose orders placed the requests {@code ks} of {@code components}, for each of them:
   * the rules with an order that selects it, by rule id. An order of some speakers places them, not
   * the others, who only come after.
   */
  static List<List<Rule>> placers(List<Orders.Component> components, int[] ks) {
    List<Orders.Component> telling = new ArrayList<>();
    for (Orders.Component c : components) {
      if (c.decl != null) {
        telling.add(c);
      }
    }
    telling.sort((x, y) -> Decl.ORDER.compare(x.decl, y.decl));
    List<List<Rule>> out = new ArrayList<>(ks.length);
    for (int k : ks) {
      List<Rule> rules = new ArrayList<>(2);
      for (Orders.Component c : telling) {
        if (c.selects(k) && !rules.contains(c.decl.rule())) {
          rules.add(c.decl.rule());
        }
      }
      out.add(rules);
    }
    return out;
  }

  /** "Placed by {rule}." */
  static Decision placed(Rule rule) {
    return Words.decision(Decision.Kind.ORDERED, rule, "decision.ordered");
  }

  private static LocalizedText note(int n) {
    return Words.text("check.order.ok", n);
  }

  /** The count of each rule's line: the requests of a segment its orders applied to, summed over segments. */
  static final class Count {
    private final Map<Rule, int[]> byRule = new IdentityHashMap<>();

    /** The {@code n} requests of a segment that {@code components} ordered. */
    void add(List<Orders.Component> components, int n) {
      Set<Rule> here = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
      for (Orders.Component c : components) {
        if (c.decl != null && here.add(c.decl.rule())) {
          byRule.computeIfAbsent(c.decl.rule(), r -> new int[1])[0] += n;
        }
      }
    }

    void into(Records records) {
      byRule.forEach((rule, n) -> records.add(Records.Kind.ORDER, rule, 0, n[0], () -> note(n[0])));
    }
  }

  /**
   * Checks {@code plan}: in each segment, the requests listed (fixed places aside) must follow the
   * composed order; the first speaker out of place against each rule is an error that counts them.
   */
  static void check(Given plan, Report report, Records records) {
    Book book = report.book();
    Set<String> pinned = new HashSet<>();
    for (Pin p : report.live(book.pins)) {
      pinned.add(p.id());
    }
    List<Admission> admissions = report.live(book.admissions);
    Count count = new Count();
    for (Segment segment : plan.plenary().segments()) {
      List<Slot> q = new ArrayList<>();
      for (Slot s : plan.slots(segment.id())) {
        if (s.request().isPresent() && !pinned.contains(s.id())) {
          q.add(s);
        }
      }
      int n = q.size();
      long[] late = new long[n];
      Rule[] lateBy = new Rule[n];
      List<RequestToSpeak> requests = new ArrayList<>(n);
      for (int k = 0; k < n; k++) {
        RequestToSpeak r = q.get(k).request().orElseThrow();
        requests.add(r);
        for (Admission a : admissions) {
          if (lateBy[k] == null && !report.failed(a)) {
            try {
              if (a.admitsLate(segment, r)) {
                late[k] = 1;
                lateBy[k] = a.rule();
              }
            } catch (RuntimeException e) {
              report.fail(a, r.id(), e);
            }
          }
        }
      }
      List<Orders.Component> components = components(book, report, segment, requests, late);
      Orders.sort(n, components);
      Map<Rule, int[]> broken = new IdentityHashMap<>();
      List<Rule> breaking = new ArrayList<>();
      for (int k = 1; k < n; k++) {
        for (Orders.Component c : components) {
          long a = c.values[k - 1];
          long b = c.values[k];
          if (a == b) {
            continue;
          }
          if (a > b) {
            Rule rule = c.decl == null ? lateBy[k - 1] : c.decl.rule();
            int at = k;
            broken.computeIfAbsent(rule, r -> {
              breaking.add(r);
              return new int[] {at, 0};
            })[1]++;
          }
          break;
        }
      }
      for (Rule rule : breaking) {
        int[] at = broken.get(rule);
        Slot a = q.get(at[0] - 1);
        Slot b = q.get(at[0]);
        report.error(rule, b.id(), Words.text("check.order.error", Words.who(a.intervention()),
            Words.who(b.intervention()), Words.segment(segment), rule.name(), at[1]), "check.order.fix");
      }
      count.add(components, n);
    }
    count.into(records);
    book.sequence.warn(report, plan.plenary());
  }
}
