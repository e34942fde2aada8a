package org.plenary.examples.room;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The sitting's clock for {@link RoomMain}: it reads {@code origin} when made, then runs
 * {@code speed} times as fast as the machine's monotonic clock. Immutable and thread-safe.
 */
final class RoomClock extends Clock {

  private final Instant origin;
  private final long start;
  private final double speed;
  private final ZoneId zone;

  RoomClock(Instant origin, double speed, ZoneId zone) {
    this(origin, System.nanoTime(), speed, zone);
  }

  private RoomClock(Instant origin, long start, double speed, ZoneId zone) {
    this.origin = requireNonNull(origin, "origin");
    this.start = start;
    this.speed = speed;
    this.zone = requireNonNull(zone, "zone");
  }

  @Override
  public Instant instant() {
    return origin.plusNanos((long) ((System.nanoTime() - start) * speed));
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return zone.equals(this.zone) ? this : new RoomClock(origin, start, speed, zone);
  }

  @Override
  public String toString() {
    return "RoomClock[from " + origin + ", ×" + speed + "]";
  }
}
