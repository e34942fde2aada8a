package org.plenary.core.testing;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What a plan gives a delegation: {@code assertThat(plan).gives("CICC").theFloor()}. Each method
 * checks, through the assertion it came from (so soft assertions collect its failure), and returns
 * that assertion for more.
 *
 * @param <A> the assertion it came from
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class FloorAssertion<A> {

  private final A origin;
  private final Subject subject;
  private final String delegation;

  FloorAssertion(A origin, Subject subject, String delegation) {
    this.origin = origin;
    this.subject = subject;
    this.delegation = requireNonNull(delegation, "delegation");
  }

  /** The delegation speaks, in any segment. */
  public A theFloor() {
    subject.check(p -> Expectations.speaks(p, subject.noun(), delegation, Optional.empty()));
    return origin;
  }

  /** The delegation speaks in segment {@code segment} (its id). */
  public A theFloorIn(String segment) {
    requireNonNull(segment, "segment");
    subject.check(p -> Expectations.speaks(p, subject.noun(), delegation, Optional.of(segment)));
    return origin;
  }

  /** The delegation speaks, and its first slot has at least {@code time}. */
  public A atLeast(Duration time) {
    requireNonNull(time, "time");
    subject.check(p -> Expectations.speaksAtLeast(p, subject.noun(), delegation, time));
    return origin;
  }

  @Override
  public String toString() {
    return "gives " + delegation;
  }
}
