package org.plenary.core.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.apiguardian.api.API;

/**
 * A clock for tests that moves only when told. It may be read and moved from several threads, as a
 * server's are.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class TestClock extends Clock {

  private final AtomicReference<Instant> now;

  private TestClock(Instant now) {
    this.now = new AtomicReference<>(java.util.Objects.requireNonNull(now, "now"));
  }

  /** A clock standing at {@code now}. */
  public static TestClock at(Instant now) {
    return new TestClock(now);
  }

  /** Moves the clock on by {@code d}; returns it. */
  public TestClock advance(Duration d) {
    java.util.Objects.requireNonNull(d, "d");
    now.updateAndGet(i -> i.plus(d));
    return this;
  }

  @Override
  public Instant instant() {
    return now.get();
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
