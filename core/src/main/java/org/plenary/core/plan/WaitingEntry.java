package org.plenary.core.plan;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.plenary.core.agenda.Intervention;
import org.plenary.core.agenda.Speech;
import org.plenary.core.internal.Messages;
import org.plenary.core.request.RequestToSpeak;

/**
 * A speech that is not in the plan, with the decisions that kept it out: waiting (it may be called
 * if time allows) or refused. Immutable and thread-safe.
 */
@Value.Immutable
@API(status = API.Status.STABLE, since = "0.1")
public abstract class WaitingEntry {

  WaitingEntry() {}

  /** The id of the segment it was for. */
  @Value.Parameter
  public abstract String segment();

  /**
   * The intervention as given, kept only when it is not what the request asks for: a programme
   * item, an addition from the floor, or an intervention changed after the request.
   */
  @Value.Parameter
  abstract Optional<Intervention> given();

  /** The request to speak it came from; empty for the programme and additions from the floor. */
  @Value.Parameter
  public abstract Optional<RequestToSpeak> request();

  /** The decisions taken about it, in order; at least one keeps it out of the plan. */
  @Value.Parameter
  public abstract List<Decision> decisions();

  /** The speech kept out: the request, or else the intervention given. */
  public final Speech speech() {
    Optional<RequestToSpeak> request = request();
    return request.isPresent() ? request.get() : given().orElseThrow();
  }

  /**
   * The intervention that was asked for or programmed: the one given, or else the one the request
   * asks for, made when first asked for.
   */
  @Value.Lazy
  public Intervention intervention() {
    return given().orElseGet(() -> request().orElseThrow().toIntervention());
  }

  /** The intervention's id. */
  public final String id() {
    return speech().id();
  }

  /**
   * The decision that keeps it out of the plan: a carry-over to a later meeting if there is one, for
   * that is where the speaker goes, or else the first that keeps it out.
   */
  public final Decision decidedBy() {
    List<Decision> decisions = decisions();
    for (int i = 0; i < decisions.size(); i++) {
      if (decisions.get(i).kind() == Decision.Kind.CARRIED_OVER) {
        return decisions.get(i);
      }
    }
    for (int i = 0; i < decisions.size(); i++) {
      if (decisions.get(i).keepsOut()) {
        return decisions.get(i);
      }
    }
    throw new IllegalStateException("waiting entry '" + id() + "' has no decision that keeps it out");
  }

  /**
   * Whether it waits, is refused or is carried over, as the decision that keeps it out says: {@link
   * Decision.Kind#WAIT_LISTED} (it may be called if time allows, in waiting-list order), {@link
   * Decision.Kind#REFUSED} (it will not be called) or {@link Decision.Kind#CARRIED_OVER} (it goes to
   * a later meeting of the series).
   */
  public final Decision.Kind status() {
    return switch (decidedBy().kind()) {
      case REFUSED -> Decision.Kind.REFUSED;
      case CARRIED_OVER -> Decision.Kind.CARRIED_OVER;
      default -> Decision.Kind.WAIT_LISTED;
    };
  }

  /** Its status in {@code locale}'s language: waiting, refused or carried over. */
  String statusLabel(Locale locale) {
    return Messages.CORE.format(locale, "status." + statusKey());
  }

  private String statusKey() {
    return switch (status()) {
      case REFUSED -> "REFUSED";
      case CARRIED_OVER -> "CARRIED_OVER";
      default -> "WAITING";
    };
  }

  /**
   * Whether it may still take the floor: from the waiting list if time allows, or at a later meeting
   * of the series; {@code false} when it is refused (a delegation's second request, say), which a
   * published waiting list leaves out.
   */
  public final boolean mayStillSpeak() {
    return status() != Decision.Kind.REFUSED;
  }

  /** An entry for {@code speech} of segment {@code segment}, kept out as {@code decisions} say. */
  public static WaitingEntry of(String segment, Speech speech, List<Decision> decisions) {
    requireNonNull(speech, "speech");
    return speech instanceof RequestToSpeak r
        ? ImmutableWaitingEntry.of(segment, Optional.empty(), Optional.of(r), decisions)
        : ImmutableWaitingEntry.of(segment, Optional.of((Intervention) speech), Optional.empty(), decisions);
  }

  /** A builder; the segment, the intervention or the request, and the decisions are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link WaitingEntry}. */
  @API(status = API.Status.STABLE, since = "0.1")
  public static final class Builder extends ImmutableWaitingEntry.Builder {
    Builder() {}

    /** The intervention that was asked for or programmed; without it, the request's. */
    public Builder intervention(Intervention intervention) {
      given(requireNonNull(intervention, "intervention"));
      return this;
    }
  }

  /**
   * Requires an intervention or a request and a decision that keeps it out, and keeps the given
   * intervention only when it differs from the request's, so that equal entries are equal however
   * they were made.
   */
  @Value.Check
  WaitingEntry normalize() {
    if (given().isEmpty() && request().isEmpty()) {
      throw new IllegalStateException("waiting entry of segment '" + segment()
          + "' names no intervention and no request");
    }
    decidedBy();
    if (given().isPresent() && request().isPresent()
        && given().get().equals(request().get().toIntervention())) {
      return builder().from(this).given(Optional.empty()).build();
    }
    return this;
  }

  /**
   * Its segment and id, who would have spoken, whether it waits, and why, in English:
   * {@code floor/r41 Niger, waiting: Wait-listed by the registration deadline: ...}.
   */
  @Override
  public String toString() {
    return segment() + "/" + id() + " " + speech().speaker() + ", "
        + statusKey().toLowerCase(Locale.ROOT).replace('_', ' ') + ": " + decidedBy().message().in(Locale.ENGLISH);
  }
}
