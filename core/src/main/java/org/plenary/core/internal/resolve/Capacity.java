package org.plenary.core.internal.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.agenda.Segment;
import org.plenary.core.internal.scope.Fitting;
import org.plenary.core.internal.scope.Scope;
import org.plenary.core.plan.Decision;
import org.plenary.core.plan.Slot;
import org.plenary.core.plan.WaitingEntry;
import org.plenary.core.rule.Declarations.Fit;
import org.plenary.core.rule.Rule;
import org.plenary.core.text.LocalizedText;

/**
 * {@link org.plenary.core.rule.Declarations#capacity}: the speeches {@code scope} selects take at
 * most {@code max} together, nanoseconds of time or a count of places, fitted as {@code fit} says.
 * A capacity of whole segments counts their gaps too. The planner keeps each request that fits, in
 * plan order, and closes a capacity that kept one out to those after it; a check finds a capacity
 * overrun. Both count who waits for it.
 */
record Capacity(Rule rule, int seq, Scope scope, long max, boolean places, Fit fit) implements Decl {

  /** Whether it shortens statements before, or rather than, wait-listing. */
  static boolean shortens(Fit fit) {
    return Fitting.of(fit).shortens();
  }

  /** Whether it moves speakers to the waiting list. */
  static boolean waitLists(Fit fit) {
    return Fitting.of(fit).waitLists();
  }

  /**
   * The gaps a capacity of {@code scope} counts in {@code plenary}: those before the segments it
   * covers, when it counts the time of whole segments, but for the segments {@code behind}.
   */
  static long gaps(Scope scope, boolean places, Plenary plenary, Set<String> behind) {
    if (places || !scope.wholeSegments()) {
      return 0;
    }
    long gaps = 0;
    for (Segment s : plenary.segments()) {
      if (scope.covers(s) && !behind.contains(s.id())) {
        gaps += s.gapBefore().toNanos();
      }
    }
    return gaps;
  }

  /** Whether reserve {@code r} lies inside it: it holds the time of all of {@code r}'s segments. */
  boolean holdsAllOf(Reserve r, Plenary plenary) {
    return around(scope, places, r.scope(), plenary);
  }

  /**
   * Whether a reserve of {@code reserve} lies inside a capacity of {@code scope}: the capacity holds
   * the time of whole segments, all those the reserve covers.
   */
  static boolean around(Scope scope, boolean places, Scope reserve, Plenary plenary) {
    return !places && scope.wholeSegments() && scope.coversAllOf(reserve, plenary);
  }

  /** The time of the programme it holds, and its gaps: what no request can take from it. */
  long fixed(Plenary plenary) {
    long fixed = gaps(scope, places, plenary, Set.of());
    for (Segment s : plenary.segments()) {
      if (scope.covers(s)) {
        for (var i : s.interventions()) {
          if (scope.test(i)) {
            fixed += i.duration().toNanos();
          }
        }
      }
    }
    return fixed;
  }

  /**
   * Whether {@code w}, waiting in {@code segment}, waits for this capacity: wait-listed by its rule,
   * and a speech it holds.
   */
  boolean keepsOut(WaitingEntry w, Segment segment) {
    Decision d = w.decidedBy();
    return d.kind() == Decision.Kind.WAIT_LISTED && d.ruleId().equals(rule.id()) && scope.matches(segment, w.speech());
  }

  /** Its line: what it holds of what it has, and how many wait for it. */
  LocalizedText note(Plenary plenary, long used, int waiting) {
    LocalizedText who = scope.describe(plenary);
    return places ? Words.text("check.capacity.places-ok", who, used, max, waiting)
        : Words.text("check.capacity.ok", who, Words.time(used), Words.time(max), waiting);
  }

  /** An error where it holds more than it has. */
  void overrun(Report report, Plenary plenary, long used) {
    if (used <= max) {
      return;
    }
    LocalizedText who = scope.describe(plenary);
    report.error(rule, scope.subject(plenary), places
        ? Words.text("check.capacity.places-error", who, used, used - max, max)
        : Words.text("check.capacity.error", who, Words.time(used), Words.time(used - max), Words.time(max)),
        "check.capacity.fix");
  }

  /**
   * A capacity as the fit works on it: whose it is, whom it holds, how much (nanoseconds, or places),
   * how it fits, what it holds as the fit goes, and what it kept out. Also the time left in a
   * sitting, which no rule declared. Not thread-safe.
   */
  static final class Pool {
    /** The declaration, or null for the time left in a sitting. */
    final Capacity decl;
    final String ownerId;
    final LocalizedText ownerName;
    final Scope scope;
    final long max;
    final boolean places;
    final Fit fit;
    /** The fit as the planner reads it, read once: a long list asks it for every speech. */
    private final Fitting fitting;
    private final boolean shortens;
    private final boolean waitLists;
    /** What it holds so far; at first, its gaps and what was done before. */
    long used;
    boolean closed;
    private Decision waiting;
    /** How many movable speeches it kept out. */
    int blocked;
    /** What it holds once fitted: time or places, and how many speeches. */
    long held;
    int count;

    Pool(Capacity decl, String ownerId, LocalizedText ownerName, Scope scope, long max, boolean places, Fit fit) {
      this.decl = decl;
      this.ownerId = ownerId;
      this.ownerName = ownerName;
      this.scope = scope;
      this.max = max;
      this.places = places;
      this.fit = fit;
      this.fitting = Fitting.of(fit);
      this.shortens = fitting.shortens();
      this.waitLists = fitting.waitLists();
    }

    /** Back to what it was before a fit: holding {@code used}, open, nobody kept out. */
    void reset(long used) {
      this.used = used;
      closed = false;
      blocked = 0;
      held = 0;
      count = 0;
    }

    /** The pool of {@code c}, holding its gaps but for the segments {@code behind}. */
    static Pool of(Capacity c, Plenary plenary, Set<String> behind) {
      Pool p = new Pool(c, c.rule.id(), c.rule.name(), c.scope, c.max, c.places, c.fit);
      p.used = gaps(c.scope, c.places, plenary, behind);
      return p;
    }

    /** The pools of {@code live}, narrowest first: a group within segments, then segments, then the sitting. */
    static List<Pool> of(List<Capacity> live, Plenary plenary) {
      List<Pool> pools = new ArrayList<>(live.size());
      for (Capacity c : live) {
        pools.add(of(c, plenary, Set.of()));
      }
      pools.sort(Comparator.comparingInt((Pool p) -> p.breadth(plenary)));
      return pools;
    }

    private int breadth(Plenary plenary) {
      if (!scope.wholeSegments()) {
        return 0;
      }
      return scope.everything() ? Integer.MAX_VALUE : scope.segmentsIn(plenary).size();
    }

    boolean shortens() {
      return shortens;
    }

    boolean waitLists() {
      return waitLists;
    }

    /** What {@code allotted} nanoseconds weigh in it: a place, or the time it cannot do without. */
    long need(long allotted) {
      if (places) {
        return 1;
      }
      return shortens ? Math.min(allotted, fitting.minimum().toNanos()) : allotted;
    }

    /** "Wait-listed by {rule}: not enough time left in {whom} ({max})": one decision for all it keeps out. */
    Decision waiting(Plenary plenary) {
      if (waiting == null) {
        waiting = Words.decision(Decision.Kind.WAIT_LISTED, ownerId, ownerName,
            places ? "decision.no-place" : "decision.no-time", scope.describe(plenary),
            places ? (Object) max : Words.time(max));
      }
      return waiting;
    }

    /** "Shortened from {before} to {after} by {rule}." */
    Decision shortened(long before, long after) {
      return Words.decision(Decision.Kind.SHORTENED, ownerId, ownerName, "decision.shortened",
          Words.time(before), Words.time(after));
    }

    @Override
    public String toString() {
      return ownerId + " " + scope + " " + (places ? max + " places" : java.time.Duration.ofNanos(max))
          + " used " + used + (closed ? " closed" : "");
    }
  }

  /** The planner's line of each capacity, from what the fit recorded, and an error where one is overrun. */
  static void record(List<Pool> pools, Plenary plenary, Report report, Records records) {
    for (Pool p : pools) {
      if (p.decl != null) {
        p.decl.overrun(report, plenary, p.held);
      }
    }
    for (Pool p : pools) {
      if (p.decl != null) {
        records.add(p.decl, 1, () -> p.decl.note(plenary, p.held, p.blocked));
      }
    }
  }

  /**
   * Checks {@code plan}: a capacity holding more than it has is an error. Its line counts who waits
   * for it: wait-listed by its rule, and held by it.
   */
  static void check(Given plan, Report report, Records records) {
    Plenary plenary = plan.plenary();
    List<Capacity> live = report.live(report.book().capacities);
    long[] used = new long[live.size()];
    for (int c = 0; c < used.length; c++) {
      Capacity cap = live.get(c);
      used[c] = gaps(cap.scope, cap.places, plenary, Set.of());
      for (Slot s : plan.slots()) {
        if (cap.scope.matches(plan.segment(s.segment()), s.intervention())) {
          used[c] += cap.places ? 1 : s.allotted().toNanos();
        }
      }
      cap.overrun(report, plenary, used[c]);
    }
    for (int c = 0; c < used.length; c++) {
      Capacity cap = live.get(c);
      int waiting = 0;
      for (WaitingEntry w : plan.waitingList()) {
        if (cap.keepsOut(w, plan.segment(w.segment()))) {
          waiting++;
        }
      }
      int n = waiting;
      long u = used[c];
      records.add(cap, 1, () -> cap.note(plenary, u, n));
    }
  }
}
