package org.plenary.core.plan;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.plenary.core.agenda.Intervention;
import org.plenary.core.internal.Checks;
import org.plenary.core.internal.text.Durations;
import org.plenary.core.request.RequestToSpeak;

/**
 * A place in a plan: an intervention in a segment with the time allotted to it, the request to
 * speak it came from, if any, and the decisions that put it there. The intervention's own duration
 * is what was asked or planned; the allotment may be shorter.
 *
 * <p>A slot of a plan knows when it starts on the venue's clock ({@link #start()}): the plan lays its
 * slots out as its {@link Timetable} does, whenever it is made or changed. A slot made on its own has
 * no time until a plan holds it. The time is not part of the value: slots that differ only in it are
 * equal. Immutable and thread-safe.
 */
@Value.Immutable
@API(status = API.Status.STABLE, since = "0.1")
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

  /** When the slot starts, as the plan holding it lays it out; not part of the value. */
  @Value.Auxiliary
  abstract Optional<Instant> startsAt();

  /** The venue's zone, given with {@link #startsAt()}; not part of the value. */
  @Value.Auxiliary
  abstract Optional<ZoneId> zone();

  /** This slot laid out at {@code at} in {@code zone}: what a plan gives the slots it holds. */
  final Slot placed(Instant at, ZoneId zone) {
    return ImmutableSlot.builder().from(this).startsAt(at).zone(zone).build();
  }

  /** A slot of segment {@code segment}, with the decisions that put it there (none for the programme). */
  public static Slot of(String segment, Intervention intervention, Duration allotted,
      Optional<RequestToSpeak> request, List<Decision> decisions) {
    return ImmutableSlot.of(segment, intervention, allotted, request, decisions);
  }

  /** The intervention's id. */
  public final String id() {
    return intervention().id();
  }

  /**
   * When the slot starts on the venue's clock, if a plan holds it; empty for a slot made on its own.
   * A plan's {@link Timetable} gives the same time.
   */
  public final Optional<ZonedDateTime> start() {
    return startsAt().map(at -> at.atZone(zone().orElseThrow()));
  }

  /** When the slot ends on the venue's clock, its allotment after its {@linkplain #start() start}. */
  public final Optional<ZonedDateTime> end() {
    return startsAt().map(at -> at.plus(allotted()).atZone(zone().orElseThrow()));
  }

  @Value.Check
  void check() {
    Checks.positive("allotted time of", id(), allotted());
  }

  /**
   * Its time on the venue's clock where a plan laid it out, its segment and id, who speaks and for how
   * long, in English: {@code 10:45 floor/r3 Brazil, 3 min (asked 5 min)}. The decisions are left to
   * {@link Plan#explain}.
   */
  @Override
  public String toString() {
    return start().map(t -> t.toLocalTime() + " ").orElse("") + label();
  }

  /** What {@link #toString()} says after the time. */
  String label() {
    boolean shorter = intervention().duration().compareTo(allotted()) > 0;
    return segment() + "/" + id() + " " + intervention().speaker() + ", " + Durations.format(allotted())
        + (shorter ? " (asked " + Durations.format(intervention().duration()) + ")" : "");
  }
}
