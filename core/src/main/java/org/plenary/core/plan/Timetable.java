package org.plenary.core.plan;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.agenda.Segment;
import org.plenary.core.internal.text.Durations;

/**
 * A plan laid on the clock of its venue: the start and end of every slot and segment as
 * {@link ZonedDateTime} in the plenary's zone, segment subtotals, the total, and the slack or overrun
 * against the budget.
 *
 * <p>Times are computed on the time line, not on the wall clock: a sitting that crosses a change of
 * daylight-saving time lasts what its slots add up to, and its clock times jump as the venue's clocks
 * do. Slots follow each other without gaps except the gaps declared before segments. Immutable and
 * thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class Timetable {

  private final Plan plan;
  private final ImmutableList<SegmentTimes> segments;
  private final ZonedDateTime start;
  private final ZonedDateTime end;

  /** The timetable of {@code plan}: {@link Plan#timetable()} makes it once. */
  Timetable(Plan plan) {
    this.plan = plan;
    Plenary plenary = plan.plenary();
    ZoneId zone = plenary.venue().zone();
    Instant at = plenary.startInstant();
    this.start = at.atZone(zone);
    ImmutableList.Builder<SegmentTimes> segments = ImmutableList.builder();
    List<Slot> slots = plan.slots();
    int next = 0;
    for (Segment segment : plenary.segments()) {
      at = at.plus(segment.gapBefore());
      Instant segmentStart = at;
      int first = next;
      while (next < slots.size() && slots.get(next).segment().equals(segment.id())) {
        Slot slot = slots.get(next);
        Instant slotEnd = at.plus(slot.allotted());
        at = slotEnd;
        next++;
      }
      segments.add(new SegmentTimes(segment, segmentStart.atZone(zone), at.atZone(zone), next - first));
    }
    this.segments = segments.build();
    this.end = at.atZone(zone);
  }

  /** The plan laid out. */
  public Plan plan() {
    return plan;
  }

  /** Each segment's start, end and subtotal, in order. */
  public List<SegmentTimes> segments() {
    return segments;
  }

  /** When the sitting starts. */
  public ZonedDateTime start() {
    return start;
  }

  /** When the last slot ends. */
  public ZonedDateTime end() {
    return end;
  }

  /** The start plus the budget: when the sitting must end. */
  public ZonedDateTime hardEnd() {
    return plan.plenary().hardEnd().atZone(plan.plenary().venue().zone());
  }

  /** The time from start to end, gaps included. */
  public Duration total() {
    return Duration.between(start, end);
  }

  /** The budget less the total: positive when time is left, negative when the plan overruns. */
  public Duration slack() {
    return plan.plenary().budget().minus(total());
  }

  @Override
  public String toString() {
    return "Timetable " + start.toLocalDate() + " " + start.toLocalTime() + "–" + end.toLocalTime()
        + " " + start.getZone() + ", " + plan.slots().size() + " slots, total " + Durations.format(total())
        + (slack().isNegative() ? ", overrun " + Durations.format(slack().negated())
            : ", slack " + Durations.format(slack()));
  }

  /** A segment on the clock, with its subtotal. Immutable and thread-safe. */
  @API(status = API.Status.STABLE, since = "0.1")
  public static final class SegmentTimes {
    private final Segment segment;
    private final ZonedDateTime start;
    private final ZonedDateTime end;
    private final int slots;

    SegmentTimes(Segment segment, ZonedDateTime start, ZonedDateTime end, int slots) {
      this.segment = segment;
      this.start = start;
      this.end = end;
      this.slots = slots;
    }

    /** The segment. */
    public Segment segment() {
      return segment;
    }

    /** When its first slot starts (after its gap). */
    public ZonedDateTime start() {
      return start;
    }

    /** When its last slot ends. */
    public ZonedDateTime end() {
      return end;
    }

    /** The time its slots take. */
    public Duration subtotal() {
      return Duration.between(start, end);
    }

    /** The segment's allotment less its subtotal, if it has an allotment: negative when it runs over. */
    public Optional<Duration> slack() {
      return segment.allotment().map(a -> a.minus(subtotal()));
    }

    @Override
    public String toString() {
      return segment.id() + " " + start.toLocalTime() + "–" + end.toLocalTime() + " ("
          + Durations.format(subtotal()) + ", " + slots + " slots)";
    }
  }
}
