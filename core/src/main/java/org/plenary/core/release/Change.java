package org.plenary.core.release;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.plenary.core.plan.Decision;
import org.plenary.core.text.LocalizedText;

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
public record Change(String id, LocalizedText speaker, Optional<Placement> before, Optional<Placement> after) {

  /** A kind of change. */
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

  /** Whether the change is of {@code kind}, among others perhaps. */
  public boolean is(Kind kind) {
    return kinds().contains(kind);
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
