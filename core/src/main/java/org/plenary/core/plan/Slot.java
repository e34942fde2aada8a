package org.plenary.core.plan;

import com.google.common.collect.ImmutableList;
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

  /** A slot of the programme or of the list of speakers that no rule decided on. */
  public static Slot of(String segment, Intervention intervention, Duration allotted,
      Optional<? extends RequestToSpeak> request) {
    return ImmutableSlot.of(segment, intervention, allotted, request, ImmutableList.of());
  }

  /** A slot with the decisions that put it there. */
  public static Slot of(String segment, Intervention intervention, Duration allotted,
      Optional<RequestToSpeak> request, List<Decision> decisions) {
    return ImmutableSlot.of(segment, intervention, allotted, request, decisions);
  }

  /** The intervention's id. */
  public final String id() {
    return intervention().id();
  }

  /** Whether a rule admitted it late, to speak after those on time. */
  public final boolean late() {
    for (Decision d : decisions()) {
      if (d.kind() == Decision.Kind.ADMITTED_LATE) {
        return true;
      }
    }
    return false;
  }

  /** How much shorter the allotment is than the time asked or programmed; zero if not shorter. */
  public final Duration shortenedBy() {
    Duration d = intervention().duration().minus(allotted());
    return d.isNegative() ? Duration.ZERO : d;
  }

  /** This slot with another allotment. */
  public abstract Slot withAllotted(Duration allotted);

  /** This slot with other decisions. */
  public abstract Slot withDecisions(Iterable<? extends Decision> decisions);

  /** This slot with {@code decision} after those it has. */
  public final Slot withDecision(Decision decision) {
    return withDecisions(ImmutableList.<Decision>builder().addAll(decisions()).add(decision).build());
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
