package org.plenary.core.sitting;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.plenary.core.agenda.Intervention;
import org.plenary.core.plan.Decision;

/**
 * One thing that happened in a sitting, at an instant: the log of these events rebuilds the sitting
 * exactly with {@link Sitting#replay}. Immutable and thread-safe.
 */
@Value.Immutable
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public abstract class SittingEvent {

  /** What happened. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public enum Kind {
    /** The chair opened the sitting. */
    STARTED,
    /** A speaker took the floor; the subject is the intervention id. */
    BEGAN,
    /** A speaker finished. */
    ENDED,
    /** A speaker was called but not there, or withdrew. */
    SKIPPED,
    /** A speaker was added from the floor; the event carries the intervention and its segment. */
    ADDED,
    /** A point of order was raised; it is dealt with next. */
    POINT_OF_ORDER,
    /** A right of reply was granted, at the end of its segment. */
    RIGHT_OF_REPLY,
    /**
     * A re-plan changed the subject, as the event's {@linkplain SittingEvent#decision() decision}
     * says: shortened to the event's duration, moved to the waiting list, kept in time a reserve
     * holds for its group, or carried over to the next meeting of the series.
     */
    REPLANNED,
    /** The chair paused the sitting: the current speaker's time stands still. */
    PAUSED,
    /** The chair resumed the sitting after a pause. */
    RESUMED,
    /** The chair gave the subject, who is speaking, the event's duration more. */
    TIME_ADDED,
    /** The subject was called but not there, and goes to the end of the list of its segment. */
    MOVED_TO_END
  }

  SittingEvent() {}

  /** What happened. */
  public abstract Kind kind();

  /** When. */
  public abstract Instant at();

  /** The intervention concerned, by id, if any. */
  public abstract Optional<String> subject();

  /** The intervention added, for {@link Kind#ADDED}, points of order and rights of reply. */
  public abstract Optional<Intervention> intervention();

  /** The segment of an added intervention. */
  public abstract Optional<String> segment();

  /** The new allotment, for a re-plan that shortened; the time added, for {@link Kind#TIME_ADDED}. */
  public abstract Optional<Duration> duration();

  /**
   * What a re-plan decided about the subject, for {@link Kind#REPLANNED}: {@code SHORTENED},
   * {@code WAIT_LISTED}, {@code KEPT} or {@code CARRIED_OVER}, by which re-plan and why.
   */
  public abstract Optional<Decision> decision();

  /** A builder; kind and instant are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SittingEvent}. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public static final class Builder extends ImmutableSittingEvent.Builder {
    Builder() {}
  }

  /** A re-plan's event carries what it decided, and only a re-plan's does. */
  @Value.Check
  void check() {
    if (kind() == Kind.REPLANNED) {
      Decision d = decision().orElseThrow(() -> new IllegalStateException(
          "a replanned event of " + subject().orElse("no subject") + " at " + at() + " carries no decision"));
      if (!REPLAN_KINDS.contains(d.kind())) {
        throw new IllegalStateException("a replanned event's decision is " + d.kind() + ", not one of " + REPLAN_KINDS);
      }
    } else if (decision().isPresent()) {
      throw new IllegalStateException("a " + kind() + " event carries a decision (" + decision().get()
          + "); only a replanned event does");
    }
  }

  /** What a re-plan decides about a speech. */
  private static final java.util.Set<Decision.Kind> REPLAN_KINDS = java.util.EnumSet.of(Decision.Kind.SHORTENED,
      Decision.Kind.WAIT_LISTED, Decision.Kind.KEPT, Decision.Kind.CARRIED_OVER);

  /** What happened, in a word: the kind, or for a re-plan what it decided ({@code shortened}, ...). */
  String word() {
    return (kind() == Kind.REPLANNED ? decision().orElseThrow().kind().name() : kind().name()).toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return at() + " " + word() + subject().map(s -> " " + s).orElse("")
        + duration().map(d -> " " + d).orElse("");
  }
}
