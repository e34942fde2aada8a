package org.plenary.core.release;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.plenary.core.plan.Decision;

/**
 * Where one speaker stands in a release: speaking in a meeting, at a place in a segment, at a time,
 * for a time; or waiting, or refused, at a place on the waiting list. The decisions are those that put
 * the speaker there, with any carry-over from an earlier meeting first.
 *
 * @param meeting the meeting, counted from 0; for the waiting list, the meeting the entry was last in
 * @param segment the id of the segment
 * @param standing speaking, waiting or refused
 * @param place the place in the segment when speaking, else on the waiting list, from 1
 * @param start when the speaker is called; empty off the list
 * @param allotted the speaking time allotted; empty off the list
 * @param decisions why the speaker is there
 * @param order the place in the whole release, from 0: meetings, then the waiting list; it sorts
 *     changes, and placements that differ only in it are equal
 */
public record Placement(int meeting, String segment, Standing standing, int place,
    Optional<ZonedDateTime> start, Optional<Duration> allotted, List<Decision> decisions, int order) {

  /** Where a speaker stands. */
  public enum Standing {
    /** On the list, with a place and a time. */
    SPEAKING,
    /** On the waiting list: may be called if time allows. */
    WAITING,
    /** Kept off the list for good. */
    REFUSED
  }

  /** Checks the parts: a speaker on the list has a time, one off it has none. */
  public Placement {
    requireNonNull(segment, "segment");
    requireNonNull(standing, "standing");
    requireNonNull(start, "start");
    requireNonNull(allotted, "allotted");
    decisions = ImmutableList.copyOf(decisions);
    checkArgument(meeting >= 0, "meeting (%s) must not be negative", meeting);
    checkArgument(place >= 1, "place (%s) must be 1 or more", place);
    checkArgument(order >= 0, "order (%s) must not be negative", order);
    boolean speaking = standing == Standing.SPEAKING;
    checkArgument(start.isPresent() == speaking && allotted.isPresent() == speaking,
        "a placement %s has a start and an allotment only when speaking; start %s, allotted %s",
        standing, start, allotted);
  }

  /** Whether the speaker is on the list. */
  public boolean speaking() {
    return standing == Standing.SPEAKING;
  }

  /** Whether the speaker is at the same place and time as in {@code other}, whatever the reasons. */
  boolean samePlace(Placement other) {
    return meeting == other.meeting && segment.equals(other.segment) && standing == other.standing
        && place == other.place && start.equals(other.start);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Placement p && samePlace(p) && allotted.equals(p.allotted)
        && decisions.equals(p.decisions);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(meeting, segment, standing, place, start, allotted, decisions);
  }

  @Override
  public String toString() {
    return speaking()
        ? "meeting " + (meeting + 1) + " " + segment + " #" + place + " " + start.orElseThrow().toLocalDateTime()
            + " " + allotted.orElseThrow()
        : standing.name().toLowerCase(java.util.Locale.ROOT) + " #" + place;
  }
}
