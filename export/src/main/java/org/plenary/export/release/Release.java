package org.plenary.export.release;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.plenary.core.agenda.Series;
import org.plenary.core.plan.Decision;
import org.plenary.core.plan.Plan;
import org.plenary.core.plan.SeriesPlan;
import org.plenary.core.plan.Slot;
import org.plenary.core.plan.Timetable;
import org.plenary.core.plan.WaitingEntry;
import org.plenary.core.text.LocalizedText;

/**
 * A published plan: its release number, the instant it was published, and the plan of its meetings.
 * A Secretariat publishes a list, then publishes it again as requests arrive, are withdrawn or move;
 * {@link Changes#between} says what changed for each speaker from one release to another.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * Release first = Release.of(1, clock.instant(), planner.plan(debate, requests));
 * Release second = Release.of(2, clock.instant(), planner.plan(debate, moreRequests));
 * Changes.between(first, second).changes();
 * }</pre>
 */
@Value.Immutable
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public abstract class Release {

  Release() {}

  /** The release number, from 1. */
  @Value.Parameter
  public abstract int number();

  /** When it was published. */
  @Value.Parameter
  public abstract Instant published();

  /** What it publishes: the plan of every meeting. */
  @Value.Parameter
  public abstract SeriesPlan plan();

  /** Release {@code number} of {@code plan}, published at {@code published}. */
  public static Release of(int number, Instant published, SeriesPlan plan) {
    return ImmutableRelease.of(number, published, plan);
  }

  /** Release {@code number} of the plan of a single plenary. */
  public static Release of(int number, Instant published, Plan plan) {
    return of(number, published, SeriesPlan.of(Series.of(List.of(plan.plenary())), List.of(plan)));
  }

  /** A speaker of the list and where they stand. */
  record Standing(String id, LocalizedText speaker, Placement placement) {}

  /**
   * Where each request to speak stands, by id, in the release's order: the meetings' slots meeting
   * after meeting, then the waiting list.
   */
  @Value.Lazy
  @Value.Auxiliary
  Map<String, Standing> standings() {
    List<Plan> meetings = plan().meetings();
    Map<String, List<Decision>> carried = new HashMap<>();
    Map<String, Standing> out = new LinkedHashMap<>();
    for (int m = 0; m < meetings.size(); m++) {
      Plan p = meetings.get(m);
      Timetable t = p.timetable();
      String segment = null;
      int place = 0;
      for (Slot e : t.plan().slots()) {
        Slot s = e;
        if (!s.segment().equals(segment)) {
          segment = s.segment();
          place = 0;
        }
        place++;
        if (s.request().isEmpty()) {
          continue;
        }
        List<Decision> ds = s.decisions();
        List<Decision> before = carried.remove(s.id());
        if (before != null) {
          before.addAll(ds);
          ds = before;
        }
        out.put(s.id(), new Standing(s.id(), s.request().get().speaker().delegation().name(),
            new Placement(m, s.segment(), Placement.Standing.SPEAKING, place, Optional.of(e.start().orElseThrow()),
                Optional.of(s.allotted()), ds, out.size())));
      }
      for (WaitingEntry w : p.waitingList()) {
        if (w.request().isPresent() && w.status() == Decision.Kind.CARRIED_OVER) {
          carried.computeIfAbsent(w.id(), k -> new ArrayList<>()).add(w.decidedBy());
        }
      }
    }
    int place = 0;
    for (int m = 0; m < meetings.size(); m++) {
      for (WaitingEntry w : meetings.get(m).waitingList()) {
        if (w.request().isEmpty() || w.status() == Decision.Kind.CARRIED_OVER) {
          continue;
        }
        List<Decision> ds = carried.get(w.id());
        if (ds == null) {
          ds = w.decisions();
        } else {
          ds.addAll(w.decisions());
        }
        out.put(w.id(), new Standing(w.id(), w.speech().speaker().delegation().name(),
            new Placement(m, w.segment(), w.status() == Decision.Kind.REFUSED
                ? Placement.Standing.REFUSED : Placement.Standing.WAITING, ++place, Optional.empty(),
                Optional.empty(), ds, out.size())));
      }
    }
    return Collections.unmodifiableMap(out);
  }

  /** Where request {@code id} stands in this release; empty if it is on no list. */
  public final Optional<Placement> placement(String id) {
    Standing s = standings().get(requireNonNull(id, "id"));
    return s == null ? Optional.empty() : Optional.of(s.placement());
  }

  @Value.Check
  void check() {
    checkArgument(number() >= 1, "release number (%s) must be 1 or more", number());
  }

  @Override
  public String toString() {
    return "Release " + number() + " of " + published() + ": " + plan();
  }

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
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public record Placement(int meeting, String segment, Standing standing, int place,
      Optional<ZonedDateTime> start, Optional<Duration> allotted, List<Decision> decisions, int order) {

    /** Where a speaker stands. */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
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
}
