package org.plenary.core.plan;

import java.time.Duration;
import java.util.Optional;
import org.immutables.value.Value;
import org.plenary.core.agenda.Intervention;
import org.plenary.core.internal.Checks;
import org.plenary.core.request.RequestToSpeak;
import org.plenary.core.text.Durations;

/**
 * A place in a plan: an intervention in a segment with the time allotted to it, and the request to
 * speak it came from, if any. The intervention's own duration is what was asked or planned; the
 * allotment may be shorter. Immutable and thread-safe.
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

  /** Whether a deadline rule admitted it late, after those on time. */
  @Value.Parameter
  public abstract boolean late();

  /** A slot of the programme or of the list of speakers, admitted on time. */
  public static Slot of(String segment, Intervention intervention, Duration allotted,
      Optional<? extends RequestToSpeak> request) {
    return ImmutableSlot.of(segment, intervention, allotted, request, false);
  }

  /** A slot, admitted {@code late} or not. */
  public static Slot of(String segment, Intervention intervention, Duration allotted,
      Optional<? extends RequestToSpeak> request, boolean late) {
    return ImmutableSlot.of(segment, intervention, allotted, request, late);
  }

  /** The intervention's id. */
  public final String id() {
    return intervention().id();
  }

  /** How much shorter the allotment is than the time asked or programmed; zero if not shorter. */
  public final Duration shortenedBy() {
    Duration d = intervention().duration().minus(allotted());
    return d.isNegative() ? Duration.ZERO : d;
  }

  /** This slot with another allotment. */
  public abstract Slot withAllotted(Duration allotted);

  @Value.Check
  void check() {
    Checks.positive("allotted time of", id(), allotted());
  }

  @Override
  public String toString() {
    return segment() + "/" + id() + " " + intervention().speaker() + " "
        + Durations.format(allotted()) + (late() ? " late" : "");
  }
}
