package org.plenary.core.internal.resolve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.agenda.Segment;
import org.plenary.core.agenda.Speech;
import org.plenary.core.internal.scope.Fitting;
import org.plenary.core.internal.scope.Scope;
import org.plenary.core.plan.Decision;
import org.plenary.core.request.RequestToSpeak;

/**
 * Fits speeches, in plan order, into capacities and reserves: one pass keeps each movable speech
 * that fits every capacity holding it while leaving room for what the reserves hold, then the
 * capacities that shorten share out their overrun. A reserve holds only for members that may use
 * its time: when a capacity it does not lie inside (a cap of places on part of its group, say) keeps
 * a member out, the fit is made again without holding for it, so that nobody else waits for time
 * held for a speaker who could never take it. Each pool and hold records what it kept out and what
 * it holds once fitted, for its rule's line. Used when planning and when re-planning a sitting.
 * Not thread-safe: one fit.
 */
final class Fitter {

  /** The speeches to fit, in plan order. */
  static final class Items {
    final int n;
    final Segment[] segment;
    /** The speeches, where the items hold them; else null, and {@link #speeches} gives them. */
    final Speech[] speech;
    private final IntFunction<Speech> speeches;
    final long[] allotted;
    final boolean[] movable;
    /**
     * The order in which to read the speeches themselves, when it is not plan order: where they lie
     * in memory as they came, so that a long list is read in one sweep. Null: plan order.
     */
    int[] reading;
    /** Whether a scope selects speech {@code i}, asked through the planner's own storage; null: of the speech. */
    Selects selects;

    /** Items that hold their speeches, {@link #speech} to fill. */
    Items(int n) {
      this(n, new Speech[n], null);
    }

    /** Items whose speeches {@code speeches} gives: the planner's own storage, no array of them. */
    Items(int n, IntFunction<Speech> speeches) {
      this(n, null, speeches);
    }

    private Items(int n, Speech[] speech, IntFunction<Speech> speeches) {
      this.n = n;
      this.segment = new Segment[n];
      this.speech = speech;
      this.speeches = speeches;
      this.allotted = new long[n];
      this.movable = new boolean[n];
    }

    /** The speech of item {@code i}. */
    Speech speech(int i) {
      return speech == null ? speeches.apply(i) : speech[i];
    }
  }

  /** Whether a scope selects item {@code i}. */
  interface Selects {
    boolean test(Scope scope, int i);
  }

  /** What the fit decided: who waits and why, new allotments, and what kept or shortened whom. */
  static final class Result {
    final Decision[] blocked;
    final long[] allotted;
    private final Decision[][] notes;

    Result(int n, long[] allotted) {
      this.blocked = new Decision[n];
      this.allotted = allotted;
      this.notes = new Decision[n][];
    }

    void note(int i, Decision d) {
      Decision[] before = notes[i];
      if (before == null) {
        notes[i] = new Decision[] {d};
      } else {
        Decision[] now = Arrays.copyOf(before, before.length + 1);
        now[before.length] = d;
        notes[i] = now;
      }
    }

    /** What kept or shortened speech {@code i}, in order, or null. */
    Decision[] notes(int i) {
      return notes[i];
    }
  }

  private final Plenary plenary;

  Fitter(Plenary plenary) {
    this.plenary = plenary;
  }

  /**
   * Fits {@code items} into {@code pools}, which hold what comes before the items already, while
   * {@code holds} keep their time; pools are checked in the order given.
   */
  Result fit(Items items, List<Capacity.Pool> pools, List<Reserve.Hold> holds) {
    int pc = pools.size();
    long[] used = new long[pc];
    for (int p = 0; p < pc; p++) {
      used[p] = pools.get(p).used;
    }
    long[] left = new long[holds.size()];
    for (int h = 0; h < left.length; h++) {
      left[h] = holds.get(h).left;
    }
    Runs runs = new Runs(items);
    Holding[] in = new Holding[pc];
    for (int p = 0; p < pc; p++) {
      in[p] = new Holding(pools.get(p).scope, items, runs);
    }
    Holding[] members = new Holding[holds.size()];
    for (int h = 0; h < members.length; h++) {
      members[h] = new Holding(holds.get(h).decl.scope(), items, runs);
    }
    // Each fit made again passes over at least one more member, so there are at most as many as
    // there are speeches, and one more.
    for (int round = 0; round <= items.n; round++) {
      Capacity.Pool[] by = new Capacity.Pool[items.n];
      Result result = attempt(items, pools, holds, in, members, by);
      boolean again = false;
      for (Reserve.Hold h : holds) {
        again |= h.barMembersKeptOut(by);
      }
      if (!again) {
        return result;
      }
      for (int p = 0; p < pc; p++) {
        pools.get(p).reset(used[p]);
      }
      for (int h = 0; h < left.length; h++) {
        holds.get(h).reset(left[h]);
      }
    }
    throw new IllegalStateException("the fit of " + items.n + " speeches did not settle: " + holds.size()
        + " reserves kept passing over members");
  }

  /** One fit, noting in {@code blocker} the pool that kept each speech out, if a pool did. */
  private Result attempt(Items items, List<Capacity.Pool> pools, List<Reserve.Hold> holds, Holding[] in,
      Holding[] members, Capacity.Pool[] blocker) {
    int n = items.n;
    int pc = pools.size();
    Result result = new Result(n, items.allotted.clone());
    long[] base = new long[pc];
    for (int p = 0; p < pc; p++) {
      Capacity.Pool pool = pools.get(p);
      base[p] = pool.used;
      for (int i = 0; i < n; i++) {
        if (!items.movable[i] && in[p].holds(i)) {
          pool.used += pool.places ? 1 : items.allotted[i];
        }
      }
    }
    for (int h = 0; h < members.length; h++) {
      prepare(holds.get(h), members[h], items, pools);
    }
    Decision[] blockedBy = new Decision[pc];
    for (int i = 0; i < n; i++) {
      if (!items.movable[i]) {
        continue;
      }
      long a = items.allotted[i];
      Capacity.Pool by = null;
      Decision block = null;
      for (int p = 0; p < pc && block == null; p++) {
        if (in[p].holds(i) && pools.get(p).closed && !held(i, pools.get(p), holds)) {
          block = blockedBy[p];
          by = pools.get(p);
        }
      }
      for (int p = 0; p < pc && block == null; p++) {
        Capacity.Pool pool = pools.get(p);
        if (in[p].holds(i) && pool.waitLists() && pool.used + pool.need(a) > pool.max) {
          pool.closed = true;
          blockedBy[p] = pool.waiting(plenary);
          block = blockedBy[p];
          by = pool;
        }
      }
      for (int p = 0; p < pc && block == null; p++) {
        Capacity.Pool pool = pools.get(p);
        if (!in[p].holds(i) || !pool.waitLists()) {
          continue;
        }
        long held = 0;
        Reserve.Hold holder = null;
        for (Reserve.Hold h : holds) {
          int at = h.pools.indexOf(pool);
          // A reserve that holds for this speech holds for the rest of its group after it, never against it.
          if (at >= 0 && !h.holdsFor(i)) {
            long x = h.held(at, i);
            if (x > 0 && holder == null) {
              holder = h;
            }
            held += x;
          }
        }
        if (pool.used + pool.need(a) + held > pool.max) {
          holder.heldBack = true;
          block = holder.heldFor(plenary);
        }
      }
      if (by != null) {
        by.blocked++;
        blocker[i] = by;
      }
      for (Reserve.Hold h : holds) {
        if (h.decided(i, block == null) > 0 && h.heldBack) {
          result.note(i, h.kept(plenary));
        }
      }
      if (block != null) {
        result.blocked[i] = block;
        continue;
      }
      for (int p = 0; p < pc; p++) {
        if (in[p].holds(i)) {
          pools.get(p).used += pools.get(p).need(a);
        }
      }
    }
    for (int p = 0; p < pc; p++) {
      Capacity.Pool pool = pools.get(p);
      if (pool.shortens() && !pool.places) {
        shorten(pool, in[p], items, result);
      }
    }
    for (int p = 0; p < pc; p++) {
      Capacity.Pool pool = pools.get(p);
      pool.held = base[p];
      for (int i = 0; i < n; i++) {
        if (result.blocked[i] == null && in[p].holds(i)) {
          pool.held += pool.places ? 1 : result.allotted[i];
          pool.count++;
        }
      }
    }
    for (Reserve.Hold h : holds) {
      for (int i = 0; i < n; i++) {
        if ((h.isMember(i) || h.barred(i)) && result.blocked[i] == null
            && items.speech(i) instanceof RequestToSpeak) {
          h.time += result.allotted[i];
          h.count++;
        }
      }
    }
    return result;
  }

  /** The runs of items of one segment each, items being in plan order. */
  private static final class Runs {
    final int[] of;
    final List<Segment> segments = new ArrayList<>();

    Runs(Items items) {
      of = new int[items.n];
      Segment last = null;
      for (int i = 0; i < items.n; i++) {
        if (items.segment[i] != last) {
          last = items.segment[i];
          segments.add(last);
        }
        of[i] = segments.size() - 1;
      }
    }
  }

  /**
   * Which items a scope holds: those of the segments it covers, and of those, when it does not take
   * whole segments, the speeches it selects.
   */
  private static final class Holding {
    private final Runs runs;
    private final boolean[] covered;
    /** Which items it selects, where it does not take whole segments; else null. */
    private final boolean[] selected;

    Holding(Scope scope, Items items, Runs runs) {
      this.runs = runs;
      this.covered = new boolean[runs.segments.size()];
      for (int k = 0; k < covered.length; k++) {
        covered[k] = scope.covers(runs.segments.get(k));
      }
      if (scope.wholeSegments()) {
        selected = null;
      } else {
        selected = new boolean[items.n];
        for (int k = 0; k < items.n; k++) {
          int i = items.reading == null ? k : items.reading[k];
          selected[i] = covered[runs.of[i]]
              && (items.selects == null ? scope.test(items.speech(i)) : items.selects.test(scope, i));
        }
      }
    }

    boolean holds(int i) {
      return selected == null ? covered[runs.of[i]] : selected[i];
    }
  }

  /**
   * Whether speech {@code i} is one that a reserve holds time for in {@code pool}: a capacity closed
   * to the others stays open to it.
   */
  private static boolean held(int i, Capacity.Pool pool, List<Reserve.Hold> holds) {
    for (Reserve.Hold h : holds) {
      if (h.holdsFor(i) && h.pools.contains(pool)) {
        return true;
      }
    }
    return false;
  }

  private void prepare(Reserve.Hold h, Holding member, Items items, List<Capacity.Pool> pools) {
    int count = 0;
    for (int i = 0; i < items.n; i++) {
      count += items.movable[i] && member.holds(i) && !h.barred(i) ? 1 : 0;
    }
    int[] members = new int[count];
    for (int i = 0, k = 0; i < items.n; i++) {
      if (items.movable[i] && member.holds(i) && !h.barred(i)) {
        members[k++] = i;
      }
    }
    long[] allotted = new long[count];
    for (int k = 0; k < count; k++) {
      allotted[k] = items.allotted[members[k]];
    }
    List<Capacity.Pool> inside = new ArrayList<>();
    for (Capacity.Pool pool : pools) {
      if (Capacity.around(pool.scope, pool.places, h.decl.scope(), plenary)) {
        inside.add(pool);
      }
    }
    h.prepare(members, allotted, inside, items.n);
  }

  /** Shares out the overrun of {@code pool} among the movable speeches it keeps, in proportion. */
  private static void shorten(Capacity.Pool pool, Holding in, Items items, Result result) {
    long total = pool.used;
    List<Integer> kept = new ArrayList<>();
    for (int i = 0; i < items.n; i++) {
      if (in.holds(i) && items.movable[i] && result.blocked[i] == null) {
        kept.add(i);
        total += result.allotted[i] - pool.need(items.allotted[i]);
      }
    }
    long excess = total - pool.max;
    if (excess <= 0 || kept.isEmpty()) {
      return;
    }
    long[] now = new long[kept.size()];
    for (int k = 0; k < now.length; k++) {
      now[k] = result.allotted[kept.get(k)];
    }
    Fitting fitting = Fitting.of(pool.fit);
    long[] after = Proportion.shorten(now, fitting.minimum().toNanos(), fitting.step().toNanos(), excess);
    Map<Cut, Decision> made = new HashMap<>();
    for (int k = 0; k < now.length; k++) {
      if (after[k] < now[k]) {
        int i = kept.get(k);
        result.allotted[i] = after[k];
        result.note(i, made.computeIfAbsent(new Cut(now[k], after[k]), c -> pool.shortened(c.from(), c.to())));
      }
    }
  }

  /** A shortening from one length to another: a long list repeats a few. */
  private record Cut(long from, long to) {}
}
