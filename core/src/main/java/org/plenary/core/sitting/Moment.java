package org.plenary.core.sitting;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.plenary.core.internal.text.Dates;
import org.plenary.core.internal.text.Durations;
import org.plenary.core.plan.Slot;

/**
 * A sitting at one instant: what is done (with actual times), who speaks now and for how much
 * longer, what comes next, and the projected end against the hard end. Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Moment {

  /** An intervention that took place, with its actual times. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public static final class Done {
    private final Slot slot;
    private final ZonedDateTime began;
    private final ZonedDateTime ended;

    Done(Slot slot, ZonedDateTime began, ZonedDateTime ended) {
      this.slot = slot;
      this.began = began;
      this.ended = ended;
    }

    /** The slot of the plan it took place in. */
    public Slot slot() {
      return slot;
    }

    /** When the speaker took the floor. */
    public ZonedDateTime began() {
      return began;
    }

    /** When the speaker left it. */
    public ZonedDateTime ended() {
      return ended;
    }

    /** How long it actually lasted. */
    public Duration actual() {
      return Duration.between(began, ended);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Done d && slot.equals(d.slot) && began.equals(d.began) && ended.equals(d.ended);
    }

    @Override
    public int hashCode() {
      return (slot.hashCode() * 31 + began.hashCode()) * 31 + ended.hashCode();
    }

    /** Its id and actual times: {@code floor/r3 10:45–10:48 (3 min)}. */
    @Override
    public String toString() {
      return slot.id() + " " + Dates.clock(began) + "\u2013" + Dates.clock(ended) + " ("
          + Durations.format(actual()) + ")";
    }
  }

  private final ZonedDateTime at;
  private final List<Done> done;
  private final Optional<Slot> current;
  private final Optional<ZonedDateTime> currentBegan;
  private final Optional<Duration> timeLeft;
  private final Optional<ZonedDateTime> pausedSince;
  private final List<Slot> remaining;
  private final ZonedDateTime projectedEnd;
  private final ZonedDateTime hardEnd;

  Moment(ZonedDateTime at, List<Done> done, Optional<Slot> current, Optional<ZonedDateTime> currentBegan,
      Optional<Duration> timeLeft, Optional<ZonedDateTime> pausedSince, List<Slot> remaining,
      ZonedDateTime projectedEnd, ZonedDateTime hardEnd) {
    this.at = at;
    this.done = List.copyOf(done);
    this.current = current;
    this.currentBegan = currentBegan;
    this.timeLeft = timeLeft;
    this.pausedSince = pausedSince;
    this.remaining = List.copyOf(remaining);
    this.projectedEnd = projectedEnd;
    this.hardEnd = hardEnd;
  }

  /** The instant, on the venue's clock. */
  public ZonedDateTime at() {
    return at;
  }

  /** The interventions done, in the order they took place. */
  public List<Done> done() {
    return done;
  }

  /** Who speaks now, if anyone. */
  public Optional<Slot> current() {
    return current;
  }

  /** When the current speaker began. */
  public Optional<ZonedDateTime> currentBegan() {
    return currentBegan;
  }

  /**
   * The current speaker's time left: their allotment and the time added, less the time spoken, pauses
   * not counted; negative when they run over.
   */
  public Optional<Duration> timeLeft() {
    return timeLeft;
  }

  /** Since when the sitting is paused, if it is: the current speaker's time stands still. */
  public Optional<ZonedDateTime> pausedSince() {
    return pausedSince;
  }

  /** Those still to speak, in order. */
  public List<Slot> remaining() {
    return remaining;
  }

  /** Who speaks next, if anyone. */
  public Optional<Slot> next() {
    return remaining.isEmpty() ? Optional.empty() : Optional.of(remaining.get(0));
  }

  /** When the sitting is projected to end if everyone keeps to their time from now on. */
  public ZonedDateTime projectedEnd() {
    return projectedEnd;
  }

  /** When it must end: the planned start plus the budget. */
  public ZonedDateTime hardEnd() {
    return hardEnd;
  }

  /** How far the projected end runs past the hard end; zero if it does not. */
  public Duration overrun() {
    Duration d = Duration.between(hardEnd, projectedEnd);
    return d.isNegative() ? Duration.ZERO : d;
  }

  /** Whether the sitting is projected to end by its hard end. */
  public boolean onTime() {
    return !projectedEnd.isAfter(hardEnd);
  }

  @Override
  public String toString() {
    return Dates.clock(at) + ": " + done.size() + " done, "
        + pausedSince.map(p -> "paused since " + Dates.clock(p) + ", ").orElse("")
        + current.map(s -> "now " + s.id() + " (" + Durations.format(timeLeft().orElseThrow()) + " left), ")
            .orElse("")
        + next().map(s -> "next " + s.id() + ", ").orElse("")
        + "projected end " + Dates.clock(projectedEnd)
        + (onTime() ? "" : ", " + Durations.format(overrun()) + " over");
  }
}
