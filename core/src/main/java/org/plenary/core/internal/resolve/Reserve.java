package org.plenary.core.internal.resolve;

import java.util.ArrayList;
import java.util.List;
import org.plenary.core.agenda.Plenary;
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
 * every capacity of time the reserve lies inside; a check finds one of its group waiting while it
 * still has room. A reserve larger than such a capacity leaves is a warning naming both rules.
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
   * in plan order, the capacities it lies inside, and what its group took. Not thread-safe.
   */
  static final class Hold {
    final Reserve decl;
    /** What is left to hold: nanoseconds, or places. */
    long left;
    /** The movable speeches it holds for, in plan order. */
    int[] members;
    long[] allottedPrefix;
    long[][] needPrefix;
    final List<Capacity.Pool> pools = new ArrayList<>();
    int next;
    boolean heldBack;
    private Decision kept;
    private Decision held;
    /** What the requests of its group took once fitted, and how many they are. */
    long time;
    int count;

    Hold(Reserve decl, long left) {
      this.decl = decl;
      this.left = left;
    }

    boolean places() {
      return decl.places;
    }

    /** How many of its members from {@code start} on it holds, with {@code left} to hold. */
    int count(int start, long left) {
      int pending = members.length - start;
      if (places()) {
        return (int) Math.min(left, pending);
      }
      int lo = 0;
      int hi = pending;
      while (lo < hi) {
        int mid = (lo + hi + 1) >>> 1;
        if (allottedPrefix[start + mid] - allottedPrefix[start] <= left) {
          lo = mid;
        } else {
          hi = mid - 1;
        }
      }
      return lo;
    }

    /** What it holds in its pool {@code p} once speech {@code i} is decided, if {@code i} is kept. */
    long held(int p, int i, long allottedOfI) {
      int start = next;
      long l = left;
      if (start < members.length && members[start] == i) {
        start++;
        l -= takes(l, allottedOfI);
      }
      int k = count(start, l);
      return needPrefix[p][start + k] - needPrefix[p][start];
    }

    /** What a member of {@code allotted} takes of {@code left}: all it asks, one place, or nothing. */
    long takes(long left, long allotted) {
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
   * has room for it, and the others took time it could have had, is an error.
   */
  static void check(Given plan, Report report, Records records) {
    Plenary plenary = plan.plenary();
    List<Capacity> capacities = report.live(report.book().capacities);
    for (Reserve r : report.live(report.book().reserves)) {
      long group = 0;
      int groupCount = 0;
      long others = 0;
      for (Slot s : plan.slots()) {
        if (s.request().isEmpty() || !r.scope.covers(plan.segment(s.segment()))) {
          continue;
        }
        if (r.scope.test(s.intervention())) {
          group += s.allotted().toNanos();
          groupCount++;
        } else {
          others += s.allotted().toNanos();
        }
      }
      boolean usedUp = r.places ? groupCount >= r.size : group >= r.size;
      for (WaitingEntry w : usedUp || others == 0 ? List.<WaitingEntry>of() : plan.waitingList()) {
        if (w.request().isEmpty() || !waitsForRoom(w, report.book())
            || !r.scope.matches(plan.segment(w.segment()), w.speech())) {
          continue;
        }
        long need = w.speech().duration().toNanos();
        boolean room = r.places ? groupCount < r.size : need <= r.size - group;
        if (room && others >= need) {
          report.error(r.rule, w.id(), Words.text("check.reserve.error", Words.who(w.speech()),
              r.scope.describe(plenary), r.places ? Long.toString(r.size - groupCount)
                  : Words.time(r.size - group)), "check.reserve.fix");
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
  private static boolean waitsForRoom(WaitingEntry w, Book book) {
    Decision d = w.decidedBy();
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
