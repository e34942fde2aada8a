package org.plenary.core.internal.resolve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.agenda.Segment;
import org.plenary.core.agenda.Speech;
import org.plenary.core.plan.Decision;

/**
 * Fits speeches, in plan order, into capacities and reserves: one pass keeps each movable speech
 * that fits every capacity holding it while leaving room for what the reserves hold, then the
 * capacities that shorten share out their overrun. Used when planning and when re-planning a
 * sitting. Not thread-safe: one fit.
 */
final class Fitter {

  /** The speeches to fit, in plan order. */
  static final class Items {
    final int n;
    final Segment[] segment;
    final Speech[] speech;
    final long[] allotted;
    final boolean[] movable;

    Items(int n) {
      this.n = n;
      this.segment = new Segment[n];
      this.speech = new Speech[n];
      this.allotted = new long[n];
      this.movable = new boolean[n];
    }
  }

  /** What the fit decided: who waits and why, new allotments, and what kept or shortened whom. */
  static final class Result {
    final Decision[] blocked;
    final long[] allotted;
    private final java.util.Map<Integer, List<Decision>> notes = new java.util.HashMap<>();

    Result(Decision[] blocked, long[] allotted) {
      this.blocked = blocked;
      this.allotted = allotted;
    }

    void note(int i, Decision d) {
      notes.computeIfAbsent(i, k -> new ArrayList<>(2)).add(d);
    }

    /** What kept or shortened speech {@code i}, or null. */
    List<Decision> notes(int i) {
      return notes.get(i);
    }
  }

  /** A reserve as the fit works on it. */
  static final class Hold {
    final Decl.Reserve decl;
    /** What is left to hold: nanoseconds, or places. */
    long left;
    /** The movable speeches it holds for, in plan order. */
    int[] members;
    long[] allottedPrefix;
    long[][] needPrefix;
    List<Pool> pools = new ArrayList<>();
    int next;
    boolean heldBack;
    Decision kept;
    Decision blocks;

    Hold(Decl.Reserve decl, long left) {
      this.decl = decl;
      this.left = left;
    }

    boolean places() {
      return decl.holdsPlaces();
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

    /** What it holds in pool {@code p} once speech {@code i} is decided, if {@code i} is kept. */
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
  }

  private final Plenary plenary;
  private final Words words;

  Fitter(Plenary plenary, Words words) {
    this.plenary = plenary;
    this.words = words;
  }

  /**
   * Fits {@code items} into {@code pools}, which hold what comes before the items already, while
   * {@code holds} keep their time; pools are checked in the order given.
   */
  Result fit(Items items, List<Pool> pools, List<Hold> holds) {
    int n = items.n;
    int pc = pools.size();
    Result result = new Result(new Decision[n], items.allotted.clone());
    boolean[][] in = new boolean[pc][];
    for (int p = 0; p < pc; p++) {
      Pool pool = pools.get(p);
      boolean[] holdsIt = new boolean[n];
      Segment last = null;
      boolean covered = false;
      for (int i = 0; i < n; i++) {
        if (items.segment[i] != last) {
          last = items.segment[i];
          covered = pool.who.covers(last);
        }
        holdsIt[i] = covered && (pool.who.wholeSegments() || pool.who.test(items.speech[i]));
        if (holdsIt[i] && !items.movable[i]) {
          pool.used += pool.places ? 1 : items.allotted[i];
        }
      }
      in[p] = holdsIt;
    }
    for (Hold h : holds) {
      prepare(h, items, pools, in);
    }
    Decision[] blockedBy = new Decision[pc];
    for (int i = 0; i < n; i++) {
      if (!items.movable[i]) {
        continue;
      }
      long a = items.allotted[i];
      Decision block = null;
      for (int p = 0; p < pc && block == null; p++) {
        if (in[p][i] && pools.get(p).closed && !held(i, pools.get(p), holds)) {
          block = blockedBy[p];
        }
      }
      for (int p = 0; p < pc && block == null; p++) {
        Pool pool = pools.get(p);
        if (in[p][i] && pool.fit.waitLists() && pool.used + pool.need(a) > pool.max) {
          pool.closed = true;
          blockedBy[p] = waiting(pool);
          block = blockedBy[p];
        }
      }
      for (int p = 0; p < pc && block == null; p++) {
        Pool pool = pools.get(p);
        if (!in[p][i] || !pool.fit.waitLists()) {
          continue;
        }
        long held = 0;
        Hold by = null;
        for (Hold h : holds) {
          int at = h.pools.indexOf(pool);
          if (at >= 0) {
            long x = h.held(at, i, a);
            if (x > 0 && by == null) {
              by = h;
            }
            held += x;
          }
        }
        if (pool.used + pool.need(a) + held > pool.max) {
          by.heldBack = true;
          block = heldFor(by);
        }
      }
      for (Hold h : holds) {
        if (h.next < h.members.length && h.members[h.next] == i) {
          h.next++;
          if (block == null) {
            long t = h.takes(h.left, a);
            h.left -= t;
            if (t > 0 && h.heldBack) {
              result.note(i, kept(h));
            }
          }
        }
      }
      if (block != null) {
        result.blocked[i] = block;
        continue;
      }
      for (int p = 0; p < pc; p++) {
        if (in[p][i]) {
          pools.get(p).used += pools.get(p).need(a);
        }
      }
    }
    for (int p = 0; p < pc; p++) {
      Pool pool = pools.get(p);
      if (pool.fit.shortens() && !pool.places) {
        shorten(pool, in[p], items, result);
      }
    }
    return result;
  }

  /**
   * Whether speech {@code i} is one that a reserve holds time for in {@code pool}: a capacity closed
   * to the others stays open to it.
   */
  private static boolean held(int i, Pool pool, List<Hold> holds) {
    for (Hold h : holds) {
      if (h.next < h.members.length && h.members[h.next] == i && h.pools.contains(pool)
          && h.count(h.next, h.left) > 0) {
        return true;
      }
    }
    return false;
  }

  private void prepare(Hold h, Items items, List<Pool> pools, boolean[][] in) {
    int count = 0;
    int[] members = new int[items.n];
    Segment last = null;
    boolean covered = false;
    for (int i = 0; i < items.n; i++) {
      if (items.segment[i] != last) {
        last = items.segment[i];
        covered = h.decl.who().covers(last);
      }
      if (covered && items.movable[i] && h.decl.who().test(items.speech[i])) {
        members[count++] = i;
      }
    }
    h.members = Arrays.copyOf(members, count);
    h.allottedPrefix = new long[count + 1];
    for (int k = 0; k < count; k++) {
      h.allottedPrefix[k + 1] = h.allottedPrefix[k] + items.allotted[h.members[k]];
    }
    List<Segment> segments = h.decl.who().segmentsIn(plenary);
    for (Pool pool : pools) {
      boolean holdsAll = !pool.places && pool.who.wholeSegments() && !segments.isEmpty();
      for (Segment s : segments) {
        holdsAll &= pool.who.covers(s);
      }
      if (holdsAll) {
        h.pools.add(pool);
      }
    }
    h.needPrefix = new long[h.pools.size()][count + 1];
    for (int p = 0; p < h.pools.size(); p++) {
      Pool pool = h.pools.get(p);
      for (int k = 0; k < count; k++) {
        h.needPrefix[p][k + 1] = h.needPrefix[p][k] + pool.need(items.allotted[h.members[k]]);
      }
    }
  }

  /** Shares out the overrun of {@code pool} among the movable speeches it keeps, in proportion. */
  private void shorten(Pool pool, boolean[] in, Items items, Result result) {
    long total = pool.used;
    List<Integer> kept = new ArrayList<>();
    for (int i = 0; i < items.n; i++) {
      if (in[i] && items.movable[i] && result.blocked[i] == null) {
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
    long[] after = Proportion.shorten(now, pool.fit.minimum().toNanos(), pool.fit.step().toNanos(), excess);
    for (int k = 0; k < now.length; k++) {
      if (after[k] < now[k]) {
        int i = kept.get(k);
        result.allotted[i] = after[k];
        result.note(i, words.decision(Decision.Kind.SHORTENED, pool.ownerId, pool.ownerName,
            "decision.shortened", words.timeOnce(now[k]), words.timeOnce(after[k])));
      }
    }
  }

  private Decision waiting(Pool pool) {
    return words.decision(Decision.Kind.WAIT_LISTED, pool.ownerId, pool.ownerName,
        pool.places ? "decision.no-place" : "decision.no-time", pool.who.describe(plenary),
        pool.places ? (Object) pool.max : Words.time(pool.max));
  }

  private Decision heldFor(Hold h) {
    if (h.blocks == null) {
      h.blocks = words.decision(Decision.Kind.WAIT_LISTED, h.decl.rule().id(), h.decl.rule().name(),
          "decision.held", h.decl.who().describe(plenary));
    }
    return h.blocks;
  }

  private Decision kept(Hold h) {
    if (h.kept == null) {
      h.kept = words.decision(Decision.Kind.KEPT, h.decl.rule().id(), h.decl.rule().name(),
          "decision.kept", h.decl.who().describe(plenary));
    }
    return h.kept;
  }
}
