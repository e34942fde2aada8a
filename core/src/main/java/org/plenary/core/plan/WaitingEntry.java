package org.plenary.core.plan;

import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;
import org.plenary.core.agenda.Intervention;
import org.plenary.core.internal.Messages;
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

  WaitingEntry() {}

  /** The id of the segment it was for. */
  @Value.Parameter
  public abstract String segment();

  /** The intervention that was asked for or programmed. */
  @Value.Parameter
  public abstract Intervention intervention();

  /** The request to speak it came from; empty for the programme. */
  @Value.Parameter
  public abstract Optional<RequestToSpeak> request();

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
    return intervention().id();
  }

  /** An entry for {@code intervention} of segment {@code segment}, kept out by {@code ruleId}. */
  public static WaitingEntry of(String segment, Intervention intervention,
      Optional<? extends RequestToSpeak> request, String ruleId, LocalizedText reason, Status status) {
    return ImmutableWaitingEntry.of(segment, intervention, request, ruleId, reason, status);
  }

  /** A builder; every attribute but the request is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link WaitingEntry}. */
  public static final class Builder extends ImmutableWaitingEntry.Builder {
    Builder() {}
  }

  @Override
  public String toString() {
    return id() + " " + intervention().speaker() + " " + status().name().toLowerCase(Locale.ROOT)
        + " [" + ruleId() + "]: " + reason().english();
  }
}
