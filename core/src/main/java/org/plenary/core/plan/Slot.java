package org.plenary.core.plan;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.plenary.core.agenda.Intervention;
import org.plenary.core.internal.Checks;
import org.plenary.core.internal.text.Durations;
import org.plenary.core.request.RequestToSpeak;

/**
 * A place in a plan: an intervention in a segment with the time allotted to it, the request to
 * speak it came from, if any, and the decisions that put it there. The intervention's own duration
 * is what was asked or planned; the allotment may be shorter. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Slot {

  Slot() {}

  /** The id of the segment the slot is in. */
  @Value.Parameter
  public abstract String segment();

  /** Who speaks, and for how long they asked or were programmed. */
  @Value.Parameter
  public abstract Intervention intervention();

  /** The speaking time allotted. */
  @Value.Parameter
  public abstract Duration allotted();

  /** The request to speak the slot comes from; empty for the programme. */
  @Value.Parameter
  public abstract Optional<RequestToSpeak> request();

  /** The decisions that put the slot where it is and gave it its time, in the order taken. */
  @Value.Parameter
  public abstract List<Decision> decisions();

  /** A slot of segment {@code segment}, with the decisions that put it there (none for the programme). */
  public static Slot of(String segment, Intervention intervention, Duration allotted,
      Optional<RequestToSpeak> request, List<Decision> decisions) {
    return ImmutableSlot.of(segment, intervention, allotted, request, decisions);
  }

  /** The intervention's id. */
  public final String id() {
    return intervention().id();
  }

  @Value.Check
  void check() {
    Checks.positive("allotted time of", id(), allotted());
  }

  @Override
  public String toString() {
    return segment() + "/" + id() + " " + intervention().speaker() + " "
        + Durations.format(allotted()) + (decisions().isEmpty() ? "" : " " + decisions());
  }
}
