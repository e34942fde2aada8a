package org.plenary.core.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock for tests that moves only when told. */
public final class TestClock extends Clock {

  private Instant now;

  private TestClock(Instant now) {
    this.now = now;
  }

  /** A clock standing at {@code now}. */
  public static TestClock at(Instant now) {
    return new TestClock(now);
  }

  /** Moves the clock on by {@code d}; returns it. */
  public TestClock advance(Duration d) {
    now = now.plus(d);
    return this;
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}
