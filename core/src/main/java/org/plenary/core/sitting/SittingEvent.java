package org.plenary.core.sitting;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.plenary.core.agenda.Intervention;
import org.plenary.core.text.LocalizedText;

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
    /** A re-plan shortened the subject's time to the event's duration. */
    SHORTENED,
    /** A re-plan moved the subject to the waiting list. */
    WAIT_LISTED,
    /** A re-plan kept the subject on the list, in time held for its group by a reserve. */
    KEPT,
    /** A re-plan carried the subject over to the next meeting of the series. */
    CARRIED_OVER,
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

  /** The new allotment, for {@link Kind#SHORTENED}; the time added, for {@link Kind#TIME_ADDED}. */
  public abstract Optional<Duration> duration();

  /** The id of the strategy that decided, for re-plans. */
  public abstract Optional<String> by();

  /** Why, for re-plans. */
  public abstract Optional<LocalizedText> reason();

  /** A builder; kind and instant are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SittingEvent}. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public static final class Builder extends ImmutableSittingEvent.Builder {
    Builder() {}
  }

  @Override
  public String toString() {
    return at() + " " + kind().name().toLowerCase(Locale.ROOT) + subject().map(s -> " " + s).orElse("")
        + duration().map(d -> " " + d).orElse("");
  }
}
