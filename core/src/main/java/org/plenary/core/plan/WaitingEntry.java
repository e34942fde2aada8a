package org.plenary.core.plan;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;
import org.plenary.core.agenda.Intervention;
import org.plenary.core.agenda.Speaker;
import org.plenary.core.internal.Messages;
import org.plenary.core.internal.Nullable;
import org.plenary.core.request.RequestToSpeak;
import org.plenary.core.text.LocalizedText;

/**
 * An intervention that is not in the plan, with the rule and the reason that kept it out: waiting (it
 * may be called if time allows) or refused. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class WaitingEntry {

  /** Whether a waiting entry may still be called. */
  public enum Status {
    /** It may be called if time allows, in waiting-list order. */
    WAITING,
    /** It will not be called. */
    REFUSED;

    /** The status in {@code locale}'s language. */
    public String label(Locale locale) {
      return Messages.CORE.format(locale, "status." + name());
    }
  }

  private Intervention built;

  WaitingEntry() {}

  /** The id of the segment it was for. */
  @Value.Parameter
  public abstract String segment();

  /**
   * The intervention as given, kept only when it is not what the request asks for: a programme item,
   * or an intervention changed after the request. Null when {@link #intervention()} is the request's.
   */
  @Value.Parameter
  @Nullable
  abstract Intervention given();

  /** The request to speak it came from, or null for the programme. */
  @Value.Parameter
  @Nullable
  abstract RequestToSpeak requested();

  /** The request to speak it came from; empty for the programme. */
  public final Optional<RequestToSpeak> request() {
    return Optional.ofNullable(requested());
  }

  /**
   * The intervention that was asked for or programmed. For a request it is built from the request when
   * first asked for: a plan of a million requests keeps a million entries, not a million interventions.
   */
  public final Intervention intervention() {
    if (given() != null) {
      return given();
    }
    // Not an Immutables @Value.Lazy: its bit map and field made each entry 8 bytes larger. An
    // intervention is immutable with final fields, so a thread that sees another's is safe, and two
    // threads that both build it get equal ones.
    Intervention made = built;
    if (made == null) {
      made = requested().toIntervention();
      built = made;
    }
    return made;
  }

  /** The id of the rule that kept it out. */
  @Value.Parameter
  public abstract String ruleId();

  /** Why it was kept out, in each language. */
  @Value.Parameter
  public abstract LocalizedText reason();

  /** Whether it waits or is refused. */
  @Value.Parameter
  public abstract Status status();

  /** The intervention's id. */
  public final String id() {
    return given() != null ? given().id() : requested().id();
  }

  /** Whether it comes from a request to speak, read without an {@link Optional}: for long lists. */
  public final boolean isRequest() {
    return requested() != null;
  }

  /**
   * When its request was received, read without wrapping the request in an {@link Optional}: for
   * checks that pass over long waiting lists.
   *
   * @throws IllegalStateException if it is a programme item, which was never requested
   */
  public final Instant received() {
    if (requested() == null) {
      throw new IllegalStateException(
          "'" + id() + "' is a programme item, not a request: it has no time received");
    }
    return requested().received();
  }

  /** Who would have spoken. */
  public final Speaker speaker() {
    return given() != null ? given().speaker() : requested().speaker();
  }

  /** An entry for {@code intervention} of segment {@code segment}, kept out by {@code ruleId}. */
  public static WaitingEntry of(String segment, Intervention intervention,
      Optional<? extends RequestToSpeak> request, String ruleId, LocalizedText reason, Status status) {
    return ImmutableWaitingEntry.of(segment, requireNonNull(intervention, "intervention"),
        request.orElse(null), ruleId, reason, status);
  }

  /** An entry for {@code request}, whose intervention is what it asks for. */
  static WaitingEntry of(String segment, RequestToSpeak request, String ruleId, LocalizedText reason,
      Status status) {
    return ImmutableWaitingEntry.of(segment, null, request, ruleId, reason, status);
  }

  /** A builder; the intervention or the request, and every other attribute, are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link WaitingEntry}. */
  public static final class Builder extends ImmutableWaitingEntry.Builder {
    Builder() {}

    /** The intervention that was asked for or programmed; without it, the request's. */
    public Builder intervention(Intervention intervention) {
      given(requireNonNull(intervention, "intervention"));
      return this;
    }

    /** The request to speak it came from. */
    public Builder request(RequestToSpeak request) {
      requested(requireNonNull(request, "request"));
      return this;
    }

    /** The request to speak it came from, if any. */
    public Builder request(Optional<? extends RequestToSpeak> request) {
      requested(request.orElse(null));
      return this;
    }
  }

  /**
   * Requires an intervention or a request, and keeps the given intervention only when it differs from
   * the request's, so that equal entries are equal however they were made.
   */
  @Value.Check
  WaitingEntry normalize() {
    if (given() != null) {
      return withoutRedundantIntervention();
    }
    if (requested() == null) {
      throw new IllegalStateException("waiting entry of segment '" + segment()
          + "' names no intervention and no request");
    }
    return this;
  }

  private WaitingEntry withoutRedundantIntervention() {
    if (requested() != null && given().equals(requested().toIntervention())) {
      return ImmutableWaitingEntry.of(segment(), null, requested(), ruleId(), reason(), status());
    }
    return this;
  }

  @Override
  public String toString() {
    return id() + " " + speaker() + " " + status().name().toLowerCase(Locale.ROOT)
        + " [" + ruleId() + "]: " + reason().english();
  }
}
