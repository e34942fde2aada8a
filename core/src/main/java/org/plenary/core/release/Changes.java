package org.plenary.core.release;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What changed for each speaker from one release to a later one: added, withdrawn, moved, speaking
 * time changed, moved to or from the waiting list, each with the decision behind it where a rule made
 * it. A speaker who was on a list and is on none now is always reported: nothing changes silently.
 *
 * <p>Changes compose: the changes from release 1 to 2 {@linkplain #then followed by} those from 2 to
 * 3 are the changes from 1 to 3. The cost of a comparison grows linearly with the number of speakers.
 * Immutable and thread-safe.
 */
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

  /** The changes of {@code kind}, among others perhaps. */
  public List<Change> of(Change.Kind kind) {
    requireNonNull(kind, "kind");
    return changes.stream().filter(c -> c.is(kind)).toList();
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

  /** Whether nothing changed. */
  public boolean isEmpty() {
    return changes.isEmpty();
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
}
