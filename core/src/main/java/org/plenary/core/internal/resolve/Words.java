package org.plenary.core.internal.resolve;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.plenary.core.agenda.Segment;
import org.plenary.core.internal.Messages;
import org.plenary.core.internal.text.Durations;
import org.plenary.core.plan.Decision;
import org.plenary.core.text.LocalizedText;

/**
 * The words of decisions and of the planner's findings, from the core's bundle. Decisions are made
 * once for each distinct wording, so that a long list shares them. Not thread-safe: one a plan.
 */
final class Words {

  private final Map<List<Object>, Decision> made = new HashMap<>();

  /** The decision of {@code kind} by {@code owner} (id, name) with the message {@code key}. */
  Decision decision(Decision.Kind kind, String ownerId, LocalizedText ownerName, String key,
      Object... args) {
    List<Object> identity = List.of(kind, ownerId, key, List.of(args));
    Decision d = made.get(identity);
    if (d == null) {
      Object[] all = new Object[args.length + 1];
      all[0] = ownerName;
      System.arraycopy(args, 0, all, 1, args.length);
      d = Decision.of(kind, ownerId, Messages.CORE.text(key, all));
      made.put(identity, d);
    }
    return d;
  }

  /** The list of one decision, the same list for the same decision. */
  List<Decision> list(Decision d) {
    if (d != lastSingle) {
      lastSingleList = single.computeIfAbsent(d, ImmutableList::of);
      lastSingle = d;
    }
    return lastSingleList;
  }

  private Decision lastSingle;
  private List<Decision> lastSingleList;

  private final Map<Decision, List<Decision>> single = new java.util.IdentityHashMap<>();

  /** The decisions {@code ds} as a list, the same list for the same decisions. */
  List<Decision> list(List<Decision> ds) {
    if (ds.isEmpty()) {
      return List.of();
    }
    return lists.computeIfAbsent(new Same(ds.toArray(new Decision[0])), k -> ImmutableList.copyOf(k.ds));
  }

  /** Decisions compared by identity: those made here are shared, and equal wordings are the same object. */
  private record Same(Decision[] ds) {
    @Override
    public boolean equals(Object o) {
      if (!(o instanceof Same other) || other.ds.length != ds.length) {
        return false;
      }
      for (int i = 0; i < ds.length; i++) {
        if (ds[i] != other.ds[i]) {
          return false;
        }
      }
      return true;
    }

    @Override
    public int hashCode() {
      int h = 1;
      for (Decision d : ds) {
        h = 31 * h + System.identityHashCode(d);
      }
      return h;
    }
  }

  private final Map<Same, List<Decision>> lists = new HashMap<>();

  /** "«The floor»". */
  static LocalizedText segment(Segment s) {
    return Messages.CORE.text("selector.segment", s.title());
  }

  /** A duration as readers write it in each language. */
  static LocalizedText time(Duration d) {
    return Durations.text(d);
  }

  /** A duration in nanoseconds as readers write it in each language. */
  static LocalizedText time(long nanos) {
    return Durations.text(Duration.ofNanos(nanos));
  }

  private final Map<Long, LocalizedText> times = new HashMap<>();

  /** {@link #time(long)}, written once for each length: a shortened list repeats a few. */
  LocalizedText timeOnce(long nanos) {
    return times.computeIfAbsent(nanos, Words::time);
  }
}
