package org.plenary.core.request;

import java.time.Duration;
import java.time.Instant;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.plenary.core.agenda.Intervention;
import org.plenary.core.agenda.Speaker;
import org.plenary.core.agenda.Speech;
import org.plenary.core.internal.Checks;
import org.plenary.core.internal.text.Durations;

/**
 * An entry on the list of speakers: who asks for the floor, when the request was received, through
 * which channel, for how long and in which segment.
 *
 * <p>Whether it is on time, where it goes in the order and how long it gets are decided by rules when
 * the plenary is planned. Immutable and thread-safe.
 *
 * <pre>{@code
 * RequestToSpeak.builder().id("r1").speaker(Speaker.of(kenya)).segment("floor")
 *     .received(Instant.parse("2019-11-28T10:15:00Z")).duration(Duration.ofMinutes(3)).build()
 * }</pre>
 */
@Value.Immutable
@API(status = API.Status.STABLE, since = "0.1")
public abstract class RequestToSpeak implements Speech {

  RequestToSpeak() {}

  /** When the Secretariat received the request. */
  public abstract Instant received();

  /** How it was received; e-mail unless stated. */
  @Value.Default
  public Channel channel() {
    return Channel.EMAIL;
  }

  /** The id of the segment the speaker asks to speak in. */
  public abstract String segment();

  /** The intervention this request becomes once admitted, for the time asked. */
  public final Intervention toIntervention() {
    return Intervention.builder().id(id()).speaker(speaker()).onBehalfOf(onBehalfOf())
        .duration(duration()).theme(theme()).language(language()).build();
  }

  /** A builder; id, speaker, received, duration and segment are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RequestToSpeak}. */
  @API(status = API.Status.STABLE, since = "0.1")
  public static final class Builder extends ImmutableRequestToSpeak.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("request id", id());
    Checks.positive("duration of request", id(), duration());
    Checks.atMost("duration of request", id(), duration(), Checks.MAX_DURATION);
    Checks.id("segment of request", id(), segment());
  }

  @Override
  public String toString() {
    return id() + ": " + speaker() + " -> " + segment() + ", " + Durations.format(duration())
        + ", received " + received();
  }

  /** How a request to speak reached the Secretariat. */
  @API(status = API.Status.STABLE, since = "0.1")
  public enum Channel {
    /** By e-mail, as the ASP18 note asks. */
    EMAIL,
    /** Through an online form. */
    ONLINE,
    /** In person at the Secretariat's desk. */
    IN_PERSON,
    /** From the floor during the sitting. */
    FLOOR
  }
}
