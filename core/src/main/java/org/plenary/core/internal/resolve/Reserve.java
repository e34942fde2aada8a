package org.plenary.core.internal.resolve;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.agenda.Segment;
import org.plenary.core.internal.scope.Scope;
import org.plenary.core.plan.Decision;
import org.plenary.core.plan.Slot;
import org.plenary.core.plan.WaitingEntry;
import org.plenary.core.rule.Rule;
import org.plenary.core.text.LocalizedText;

/**
 * {@link org.plenary.core.rule.Declarations#reserve}: of the time of the segments {@code scope}
 * covers, {@code size} is held for the requests it selects (nanoseconds, or the time of that many
 * places), as long as they ask for it. The planner keeps what it holds out of reach of the others in
 * every capacity of time the reserve lies inside, and holds nothing for a member that a capacity it
 * does not lie inside keeps out (a cap of places on part of its group, say); a check finds one of its
 * group waiting while it still has room. A reserve larger than such a capacity leaves is a warning
 * naming both rules.
 */
record Reserve(Rule rule, int seq, Scope scope, long size, boolean places) implements Decl {

  /** Its line: what it holds, and how much of it its group uses. */
  LocalizedText note(Plenary plenary, long time, int count) {
    LocalizedText who = scope.describe(plenary);
    return places ? Words.text("check.reserve.places-ok", who, (int) size, count)
        : Words.text("check.reserve.ok", who, Words.time(size), Words.time(time));
  }

  /** A warning for each capacity of time around it that leaves less room than it holds. */
  void tooBig(Report report, List<Capacity> capacities, Plenary plenary) {
    if (places) {
      return;
    }
    for (Capacity c : capacities) {
      if (!c.holdsAllOf(this, plenary)) {
        continue;
      }
      long room = c.max() - c.fixed(plenary);
      if (size > room) {
        report.conflict(rule, c.rule(), scope.subject(plenary), Words.text("check.reserve.too-big",
            rule.name(), Words.time(size), scope.describe(plenary), c.rule().name(),
            Words.time(Math.max(room, 0))));
      }
    }
  }

  /**
   * A reserve as the fit works on it: what it has left to hold, the movable speeches it holds for,
   * in plan order, the capacities of time it lies inside, what it holds ahead in each, and what its
   * group took. It holds, in order, for each member whose time fits in what is left (one place each,
   * for a reserve of places); a member too long for what is left is passed over, not waited for.
   * Not thread-safe.
   */
  static final class Hold {
    final Reserve decl;
    /** What is left to hold: nanoseconds, or places. */
    long left;
    final List<Capacity.Pool> pools = new ArrayList<>();
    /** The movable speeches it holds for, in plan order, with their allotments. */
    private int[] members;
    private long[] allotted;
    /** What each member needs in each pool. */
    private long[][] need;
    /** The next member to be decided. */
    private int next;
    /** For places: the needs of the members before each, in each pool. */
    private long[][] needPrefix;
    /** For time: the members it holds for, from the next on, and what they need in each pool. */
    private Ahead ahead;
    boolean heldBack;
    private Decision kept;
    private Decision held;
    /** What the requests of its group took once fitted, and how many they are. */
    long time;
    int count;
    /**
     * The speeches of its group it no longer holds for, barred: a capacity it does not lie inside
     * kept them out. Null while there are none.
     */
    private boolean[] barred;
    /** Which speeches are its members, for the fit under way. */
    private boolean[] isMember;

    Hold(Reserve decl, long left) {
      this.decl = decl;
      this.left = left;
    }

    /** Whether speech {@code i} is of its group but barred, so that it holds nothing for it. */
    boolean barred(int i) {
      return barred != null && barred[i];
    }

    /** Whether speech {@code i} is one of the members it holds for in the fit under way. */
    boolean isMember(int i) {
      return isMember[i];
    }

    /**
     * Bars the members that a pool it does not lie inside kept out, as {@code by} names the pool
     * that kept each speech out: they could never take the time it held for them. Returns whether
     * there were any, for the fit is then made again.
     */
    boolean barMembersKeptOut(Capacity.Pool[] by) {
      boolean any = false;
      for (int i : members) {
        if (by[i] != null && !pools.contains(by[i])) {
          if (barred == null) {
            barred = new boolean[by.length];
          }
          barred[i] = true;
          any = true;
        }
      }
      return any;
    }

    /** Back to what it was before the fit, with {@code left} to hold; who is barred stays so. */
    void reset(long left) {
      this.left = left;
      pools.clear();
      members = null;
      isMember = null;
      allotted = null;
      need = null;
      needPrefix = null;
      ahead = null;
      next = 0;
      heldBack = false;
      time = 0;
      count = 0;
    }

    boolean places() {
      return decl.places;
    }

    /** Sets its members, of those allotments, and the pools it lies inside. */
    void prepare(int[] members, long[] allotted, List<Capacity.Pool> inside, int n) {
      this.members = members;
      this.isMember = new boolean[n];
      for (int i : members) {
        isMember[i] = true;
      }
      this.allotted = allotted;
      pools.addAll(inside);
      need = new long[pools.size()][members.length];
      for (int p = 0; p < pools.size(); p++) {
        for (int k = 0; k < members.length; k++) {
          need[p][k] = pools.get(p).need(allotted[k]);
        }
      }
      if (places()) {
        needPrefix = new long[pools.size()][members.length + 1];
        for (int p = 0; p < pools.size(); p++) {
          for (int k = 0; k < members.length; k++) {
            needPrefix[p][k + 1] = needPrefix[p][k] + need[p][k];
          }
        }
      } else {
        ahead = new Ahead(allotted, need);
        ahead.from(0, left);
      }
    }

    /** Whether {@code i} is the next member and it holds for it: a capacity closed to others stays open to it. */
    boolean holdsFor(int i) {
      return isNext(i) && takes(left, allotted[next]) > 0;
    }

    private boolean isNext(int i) {
      return next < members.length && members[next] == i;
    }

    /** What it holds in its pool {@code p} for the members after speech {@code i}, if {@code i} is kept. */
    long held(int p, int i) {
      if (places()) {
        int start = next;
        long l = left;
        if (isNext(i)) {
          start++;
          l -= takes(l, allotted[next]);
        }
        int k = (int) Math.min(l, members.length - start);
        return needPrefix[p][start + k] - needPrefix[p][start];
      }
      return ahead.need(p) - (isNext(i) && ahead.first() == next ? need[p][next] : 0);
    }

    /**
     * Speech {@code i} is decided, {@code kept} or not: if it is the next member, what it took of
     * what is left, all it asks or one place or nothing, and what it holds ahead follows.
     */
    long decided(int i, boolean kept) {
      if (!isNext(i)) {
        return 0;
      }
      int k = next++;
      long t = kept ? takes(left, allotted[k]) : 0;
      left -= t;
      if (ahead != null) {
        if (t > 0) {
          ahead.dropFirst();
        } else if (ahead.first() == k) {
          ahead.from(next, left);
        }
      }
      return t;
    }

    /** What a member of {@code allotted} takes of {@code left}: all it asks, one place, or nothing. */
    private long takes(long left, long allotted) {
      if (places()) {
        return left > 0 ? 1 : 0;
      }
      return allotted <= left ? allotted : 0;
    }

    /** "Wait-listed by {rule}: the time left is held for {whom}": one decision for all it keeps out. */
    Decision heldFor(Plenary plenary) {
      if (held == null) {
        held = Words.decision(Decision.Kind.WAIT_LISTED, decl.rule, "decision.held", decl.scope.describe(plenary));
      }
      return held;
    }

    /** "Kept by {rule}: time is held for {whom}": one decision for all it keeps. */
    Decision kept(Plenary plenary) {
      if (kept == null) {
        kept = Words.decision(Decision.Kind.KEPT, decl.rule, "decision.kept", decl.scope.describe(plenary));
      }
      return kept;
    }
  }

  /**
   * The members a reserve of time holds for, from some member on with some time left: each in turn
   * whose allotment fits in what remains, found through a tree of the smallest allotment of each
   * range, so that a long list of members too long to fit is passed over in a few steps. Kept from
   * one member to the next: the first goes when it takes its time; it is found anew only when a
   * member it held for is kept out for other reasons.
   */
  private static final class Ahead {
    private final long[] allotted;
    private final long[][] need;
    private final int leaves;
    /** The smallest allotment of each node's range, leaves from {@code leaves} on. */
    private final long[] smallest;
    private int[] held = new int[8];
    private int head;
    private int size;
    private final long[] sums;

    Ahead(long[] allotted, long[][] need) {
      this.allotted = allotted;
      this.need = need;
      int m = 1;
      while (m < Math.max(1, allotted.length)) {
        m <<= 1;
      }
      this.leaves = m;
      this.smallest = new long[2 * m];
      java.util.Arrays.fill(smallest, Long.MAX_VALUE);
      for (int k = 0; k < allotted.length; k++) {
        smallest[m + k] = allotted[k];
      }
      for (int n = m - 1; n >= 1; n--) {
        smallest[n] = Math.min(smallest[2 * n], smallest[2 * n + 1]);
      }
      this.sums = new long[need.length];
    }

    /** Holds anew for the members from {@code start} on, with {@code left} to hold. */
    void from(int start, long left) {
      head = 0;
      size = 0;
      java.util.Arrays.fill(sums, 0);
      int at = start;
      while (at < allotted.length) {
        int k = firstWithin(1, 0, leaves, at, left);
        if (k < 0) {
          break;
        }
        if (size == held.length) {
          held = java.util.Arrays.copyOf(held, size * 2);
        }
        held[size++] = k;
        for (int p = 0; p < sums.length; p++) {
          sums[p] += need[p][k];
        }
        left -= allotted[k];
        at = k + 1;
      }
    }

    /** The first member from {@code at} on, in node {@code n} of range [lo, hi), of at most {@code most}; -1 if none. */
    private int firstWithin(int n, int lo, int hi, int at, long most) {
      if (hi <= at || smallest[n] > most) {
        return -1;
      }
      if (hi - lo == 1) {
        return lo;
      }
      int mid = (lo + hi) >>> 1;
      int found = firstWithin(2 * n, lo, mid, at, most);
      return found >= 0 ? found : firstWithin(2 * n + 1, mid, hi, at, most);
    }

    /** The first member held for, or -1. */
    int first() {
      return head < size ? held[head] : -1;
    }

    void dropFirst() {
      int k = held[head++];
      for (int p = 0; p < sums.length; p++) {
        sums[p] -= need[p][k];
      }
    }

    /** What the members held for need in pool {@code p}. */
    long need(int p) {
      return sums[p];
    }
  }

  /** The planner's line of each reserve, from what the fit recorded, and the reserves too big. */
  static void record(List<Hold> holds, Plenary plenary, Report report, Records records) {
    List<Capacity> capacities = report.live(report.book().capacities);
    for (Hold h : holds) {
      Reserve r = h.decl;
      records.add(r, 1, () -> r.note(plenary, h.time, h.count));
      r.tooBig(report, capacities, plenary);
    }
  }

  /**
   * Checks {@code plan}: a request of its group waiting for lack of room while the reserve still
   * has room for it, and the others took time it could have had, is an error. What the group takes
   * of the reserve, and what a waiting request would, is the time asked, cut to the limits: as the
   * planner counts it, before capacities shorten anyone.
   */
  static void check(Given plan, Report report, Records records) {
    Plenary plenary = plan.plenary();
    List<Capacity> capacities = report.live(report.book().capacities);
    List<Limit> limits = report.live(report.book().limits);
    Map<Decision, Boolean> forRoom = new IdentityHashMap<>();
    for (Reserve r : report.live(report.book().reserves)) {
      long group = 0;
      long asked = 0;
      int groupCount = 0;
      long others = 0;
      for (Slot s : plan.slots()) {
        Segment segment = plan.segment(s.segment());
        if (s.request().isEmpty() || !r.scope.covers(segment)) {
          continue;
        }
        if (r.scope.test(s.intervention())) {
          group += s.allotted().toNanos();
          asked += Limit.cut(segment, s.intervention(), limits);
          groupCount++;
        } else {
          others += s.allotted().toNanos();
        }
      }
      boolean usedUp = r.places ? groupCount >= r.size : asked >= r.size;
      for (WaitingEntry w : usedUp || others == 0 ? List.<WaitingEntry>of() : plan.waitingList()) {
        if (w.request().isEmpty() || !forRoom.computeIfAbsent(w.decidedBy(), d -> waitsForRoom(d, report.book()))
            || !r.scope.matches(plan.segment(w.segment()), w.speech())) {
          continue;
        }
        long need = Limit.cut(plan.segment(w.segment()), w.speech(), limits);
        boolean room = r.places ? groupCount < r.size : need <= r.size - asked;
        if (room && others >= need) {
          report.error(r.rule, w.id(), Words.text("check.reserve.error", Words.who(w.speech()),
              r.scope.describe(plenary), r.places ? Long.toString(r.size - groupCount)
                  : Words.time(r.size - asked)), "check.reserve.fix");
          break;
        }
      }
      long time = group;
      int count = groupCount;
      records.add(r, 1, () -> r.note(plenary, time, count));
      r.tooBig(report, capacities, plenary);
    }
  }

  /**
   * Whether {@code w} waits for lack of room in whole segments or the sitting: kept out by a
   * capacity of such or by a reserve, not by an admission or a cap on a group.
   */
  private static boolean waitsForRoom(Decision d, Book book) {
    Rule rule = d.kind() == Decision.Kind.WAIT_LISTED ? book.rule(d.ruleId()) : null;
    if (rule == null) {
      return false;
    }
    for (Decl any : book.of(rule)) {
      if (any instanceof Reserve || any instanceof Capacity c && c.scope().wholeSegments()) {
        return true;
      }
    }
    return false;
  }
}
