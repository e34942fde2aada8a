package org.plenary.core.agenda;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.plenary.core.internal.Checks;
import org.plenary.core.internal.text.Durations;
import org.plenary.core.text.LocalizedText;

/**
 * An ordered part of a plenary: an opening, high-level statements, a panel, a briefing, the floor, a
 * closing.
 *
 * <p>A segment holds the interventions of its programme in order. A segment that {@linkplain
 * #takesRequests() takes requests} also receives the planned requests from the list of speakers,
 * after its programme. A gap (a pause, a change of panel) may be declared before it. Immutable and
 * thread-safe.
 */
@Value.Immutable
@API(status = API.Status.STABLE, since = "0.1")
public abstract class Segment {

  Segment() {}

  /** An id unique within the plenary, such as {@code floor}. */
  public abstract String id();

  /** The title, in each language. */
  public abstract LocalizedText title();

  /** What the segment is for, in each language, if stated. */
  public abstract Optional<LocalizedText> objective();

  /** The time allotted to the whole segment, if any. */
  public abstract Optional<Duration> allotment();

  /** Whether requests to speak from the list of speakers are planned into this segment. */
  @Value.Default
  public boolean takesRequests() {
    return false;
  }

  /** A declared pause before the segment starts; zero unless stated. */
  @Value.Default
  public Duration gapBefore() {
    return Duration.ZERO;
  }

  /** The interventions of the programme, in order. */
  public abstract List<Intervention> interventions();

  /** A builder; {@code id} and {@code title} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Segment}. */
  @API(status = API.Status.STABLE, since = "0.1")
  public static final class Builder extends ImmutableSegment.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("segment id", id());
    allotment().ifPresent(a -> Checks.positive("allotment of segment", id(), a));
    Checks.notNegative("gap before segment", id(), gapBefore());
    Checks.uniqueIds("intervention id", interventions(), Intervention::id);
  }

  @Override
  public String toString() {
    return id() + " \"" + title().english() + "\" (" + interventions().size() + " interventions"
        + (takesRequests() ? ", takes requests" : "")
        + allotment().map(a -> ", " + Durations.format(a)).orElse("") + ")";
  }
}
