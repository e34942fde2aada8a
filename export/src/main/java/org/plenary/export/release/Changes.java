package org.plenary.export.release;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.plenary.core.plan.Decision;
import org.plenary.export.release.Release.Placement;
import org.plenary.core.text.LocalizedText;

/**
 * What changed for each speaker from one release to a later one: added, withdrawn, moved, speaking
 * time changed, moved to or from the waiting list, each with the decision behind it where a rule made
 * it. A speaker who was on a list and is on none now is always reported: nothing changes silently.
 *
 * <p>Changes compose: the changes from release 1 to 2 {@linkplain #then followed by} those from 2 to
 * 3 are the changes from 1 to 3. The cost of a comparison grows linearly with the number of speakers.
 * Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Changes {

  /** New and changed places first, in the later release's order; then the withdrawn, in the earlier's. */
  private static final Comparator<Change> ORDER = Comparator
      .comparing((Change c) -> c.after().isPresent() ? 0 : 1)
      .thenComparingInt(c -> c.after().or(c::before).orElseThrow().order());

  private final int from;
  private final Instant fromPublished;
  private final int to;
  private final Instant toPublished;
  private final List<Change> changes;

  private Changes(int from, Instant fromPublished, int to, Instant toPublished, List<Change> changes) {
    this.from = from;
    this.fromPublished = fromPublished;
    this.to = to;
    this.toPublished = toPublished;
    this.changes = changes;
  }

  /** The changes from release {@code older} to release {@code newer}. */
  public static Changes between(Release older, Release newer) {
    requireNonNull(older, "older");
    requireNonNull(newer, "newer");
    checkArgument(older.number() < newer.number(),
        "release %s is not earlier than release %s; changes run from an earlier release to a later one",
        older.number(), newer.number());
    Map<String, Release.Standing> before = older.standings();
    Map<String, Release.Standing> after = newer.standings();
    List<Change> out = new ArrayList<>();
    for (Release.Standing a : after.values()) {
      Release.Standing b = before.get(a.id());
      Change.between(a.id(), a.speaker(), Optional.ofNullable(b).map(Release.Standing::placement),
          Optional.of(a.placement())).ifPresent(out::add);
    }
    for (Release.Standing b : before.values()) {
      if (!after.containsKey(b.id())) {
        out.add(new Change(b.id(), b.speaker(), Optional.of(b.placement()), Optional.empty()));
      }
    }
    // Already in ORDER: the later release's standings in its order, then the withdrawn in the earlier's.
    return new Changes(older.number(), older.published(), newer.number(), newer.published(),
        List.copyOf(out));
  }

  /**
   * Changes read back from a file: from release {@code from} to release {@code to}, each speaker
   * once, put in the usual order.
   *
   * @throws IllegalArgumentException if {@code from} is not before {@code to} or a speaker is named twice
   */
  public static Changes of(int from, Instant fromPublished, int to, Instant toPublished, List<Change> changes) {
    requireNonNull(fromPublished, "fromPublished");
    requireNonNull(toPublished, "toPublished");
    checkArgument(from >= 1 && from < to, "changes run from an earlier release to a later one, not from %s to %s",
        from, to);
    Set<String> seen = new HashSet<>();
    for (Change c : changes) {
      checkArgument(seen.add(c.id()), "speaker '%s' is named twice in the changes from release %s to %s",
          c.id(), from, to);
    }
    List<Change> sorted = new ArrayList<>(changes);
    sorted.sort(ORDER);
    return new Changes(from, fromPublished, to, toPublished, List.copyOf(sorted));
  }

  /** The earlier release's number. */
  public int from() {
    return from;
  }

  /** When the earlier release was published. */
  public Instant fromPublished() {
    return fromPublished;
  }

  /** The later release's number. */
  public int to() {
    return to;
  }

  /** When the later release was published. */
  public Instant toPublished() {
    return toPublished;
  }

  /** Every change, one per speaker: the later release's order, then the withdrawn. */
  public List<Change> changes() {
    return changes;
  }

  /**
   * The changes that concern meeting {@code meeting} (counted from 0): of those who spoke or speak in
   * it, before or now. What the agenda of that meeting shows.
   */
  public Changes concerning(int meeting) {
    List<Change> out = changes.stream().filter(c -> speaksIn(c.before(), meeting) || speaksIn(c.after(), meeting))
        .toList();
    return new Changes(from, fromPublished, to, toPublished, out);
  }

  private static boolean speaksIn(Optional<Placement> at, int meeting) {
    return at.isPresent() && at.get().speaking() && at.get().meeting() == meeting;
  }

  /**
   * The net changes of these followed by {@code next}: from this {@link #from} to {@code next}'s
   * {@link #to}, as {@link #between} would give them for those two releases.
   *
   * @throws IllegalArgumentException if {@code next} does not start where these end
   */
  public Changes then(Changes next) {
    requireNonNull(next, "next");
    checkArgument(next.from == to, "changes to release %s cannot be followed by changes from release %s",
        to, next.from);
    Map<String, Change> first = new LinkedHashMap<>();
    for (Change c : changes) {
      first.put(c.id(), c);
    }
    List<Change> out = new ArrayList<>();
    for (Change c : next.changes) {
      Change earlier = first.remove(c.id());
      Optional<Placement> before = earlier == null ? c.before() : earlier.before();
      Change.between(c.id(), c.speaker(), before, c.after()).ifPresent(out::add);
    }
    // Those that changed first and not since stand where the first changes put them.
    out.addAll(first.values());
    out.sort(ORDER);
    return new Changes(from, fromPublished, next.to, next.toPublished, List.copyOf(out));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Changes c && from == c.from && to == c.to && fromPublished.equals(c.fromPublished)
        && toPublished.equals(c.toPublished) && changes.equals(c.changes);
  }

  @Override
  public int hashCode() {
    return ((from * 31 + to) * 31 + fromPublished.hashCode()) * 31 + changes.hashCode();
  }

  @Override
  public String toString() {
    Map<Change.Kind, Integer> counts = new EnumMap<>(Change.Kind.class);
    for (Change c : changes) {
      for (Change.Kind k : c.kinds()) {
        counts.merge(k, 1, Integer::sum);
      }
    }
    List<String> parts = new ArrayList<>();
    counts.forEach((k, n) -> parts.add(n + " " + k.name().toLowerCase(Locale.ROOT).replace('_', ' ')));
    return "Changes from release " + from + " to " + to + ": "
        + (parts.isEmpty() ? "none" : String.join(", ", parts));
  }

  /**
   * What changed for one speaker from one release to the next: where they stood before and where they
   * stand now, the {@linkplain #kinds kinds} of change that makes, and the {@linkplain #decision
   * decision} behind it where a rule made it.
   *
   * @param id the intervention's id
   * @param speaker who speaks, as readers know them
   * @param before where they stood in the earlier release; empty if they were on no list
   * @param after where they stand in the later release; empty if they are on no list
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public record Change(String id, LocalizedText speaker, Optional<Placement> before, Optional<Placement> after) {

    /** A kind of change. */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public enum Kind {
      /** On no list before, on one now. */
      ADDED,
      /** On a list before, on none now. */
      WITHDRAWN,
      /** Speaking before and now, in another meeting, segment, place or time; or at another place off the list. */
      MOVED,
      /** Speaking before and now, for another time. */
      TIME_CHANGED,
      /** Speaking before, waiting or refused now. */
      TO_WAITING_LIST,
      /** Waiting or refused before, speaking now. */
      FROM_WAITING_LIST
    }

    /** Checks that something changed. */
    public Change {
      requireNonNull(id, "id");
      requireNonNull(speaker, "speaker");
      requireNonNull(before, "before");
      requireNonNull(after, "after");
      checkArgument(!kindsOf(before, after).isEmpty(), "speaker '%s' stands where they stood (%s): no change",
          id, before.map(Placement::toString).orElse("on no list"));
    }

    /** The change, or empty when {@code before} and {@code after} are the same place and time. */
    static Optional<Change> between(String id, LocalizedText speaker, Optional<Placement> before,
        Optional<Placement> after) {
      return kindsOf(before, after).isEmpty() ? Optional.empty()
          : Optional.of(new Change(id, speaker, before, after));
    }

    /** The kinds of change, in the order of {@link Kind}; never empty. */
    public Set<Kind> kinds() {
      return kindsOf(before, after);
    }

    /**
     * The decision behind the change, where a rule made it: what keeps the speaker off the list, what
     * admitted them late, what cut or shortened their time, what carried them to a later meeting.
     */
    public Optional<Decision> decision() {
      if (after.isEmpty()) {
        return Optional.empty();
      }
      Placement now = after.get();
      List<Decision> ds = now.decisions();
      if (!now.speaking()) {
        return last(ds, EnumSet.of(Decision.Kind.WAIT_LISTED, Decision.Kind.REFUSED));
      }
      Set<Kind> kinds = kinds();
      if (kinds.contains(Kind.MOVED) && before.isPresent() && before.get().meeting() < now.meeting()) {
        Optional<Decision> carried = last(ds, EnumSet.of(Decision.Kind.CARRIED_OVER));
        if (carried.isPresent()) {
          return carried;
        }
      }
      if (kinds.contains(Kind.TIME_CHANGED)) {
        Optional<Decision> time = last(ds, EnumSet.of(Decision.Kind.CUT, Decision.Kind.SHORTENED));
        if (time.isPresent()) {
          return time;
        }
      }
      return last(ds, EnumSet.of(Decision.Kind.ADMITTED_LATE));
    }

    private static Optional<Decision> last(List<Decision> ds, Set<Decision.Kind> kinds) {
      for (int i = ds.size() - 1; i >= 0; i--) {
        if (kinds.contains(ds.get(i).kind())) {
          return Optional.of(ds.get(i));
        }
      }
      return Optional.empty();
    }

    static Set<Kind> kindsOf(Optional<Placement> before, Optional<Placement> after) {
      EnumSet<Kind> out = EnumSet.noneOf(Kind.class);
      if (before.isEmpty() && after.isEmpty()) {
        return out;
      }
      if (before.isEmpty()) {
        out.add(Kind.ADDED);
      } else if (after.isEmpty()) {
        out.add(Kind.WITHDRAWN);
      } else {
        Placement b = before.get();
        Placement a = after.get();
        if (b.speaking() && !a.speaking()) {
          out.add(Kind.TO_WAITING_LIST);
        } else if (!b.speaking() && a.speaking()) {
          out.add(Kind.FROM_WAITING_LIST);
        } else if (!b.samePlace(a)) {
          out.add(Kind.MOVED);
        }
        if (b.speaking() && a.speaking() && !b.allotted().equals(a.allotted())) {
          out.add(Kind.TIME_CHANGED);
        }
      }
      return out;
    }

    @Override
    public String toString() {
      StringBuilder s = new StringBuilder(id).append(' ').append(speaker.english()).append(' ')
          .append(kinds().toString().toLowerCase(Locale.ROOT)).append(": ")
          .append(before.map(Placement::toString).orElse("-")).append(" -> ")
          .append(after.map(Placement::toString).orElse("-"));
      decision().ifPresent(d -> s.append(" (").append(d.ruleId()).append(')'));
      return s.toString();
    }
  }
}
