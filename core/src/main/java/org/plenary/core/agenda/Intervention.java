package org.plenary.core.agenda;

import java.time.Duration;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.plenary.core.internal.Checks;
import org.plenary.core.internal.text.Durations;
import org.plenary.core.text.LocalizedText;

/**
 * One speaker taking the floor once: who, on behalf of whom, for how long, in which language and on
 * which theme.
 *
 * <p>A {@linkplain #fixed() fixed} intervention is part of the programme that re-planning never
 * moves, shortens or drops, such as the Court's briefing. Immutable and thread-safe.
 *
 * <pre>{@code
 * Intervention.builder().id("court").speaker(Speaker.of(court)).duration(Duration.ofMinutes(15))
 *     .title(LocalizedText.of("The Court's priorities", "Les priorités de la Cour")).fixed(true).build()
 * }</pre>
 */
@Value.Immutable
@API(status = API.Status.STABLE, since = "0.1")
public abstract class Intervention implements Speech {

  Intervention() {}

  /** A title, for presentations and briefings. */
  public abstract Optional<LocalizedText> title();

  /** Whether the intervention is a fixed part of the programme. */
  @Value.Default
  public boolean fixed() {
    return false;
  }

  /** A builder; {@code id}, {@code speaker} and {@code duration} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** An intervention of {@code speaker} for {@code duration}. */
  public static Intervention of(String id, Speaker speaker, Duration duration) {
    return builder().id(id).speaker(speaker).duration(duration).build();
  }

  /** Builds an {@link Intervention}. */
  @API(status = API.Status.STABLE, since = "0.1")
  public static final class Builder extends ImmutableIntervention.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("intervention id", id());
    Checks.positive("duration of intervention", id(), duration());
    Checks.atMost("duration of intervention", id(), duration(), Checks.MAX_DURATION);
  }

  @Override
  public String toString() {
    return id() + ": " + speaker() + ", " + Durations.format(duration()) + (fixed() ? ", fixed" : "");
  }
}
