package org.plenary.core.testing;

import org.apiguardian.api.API;

import static java.util.Objects.requireNonNull;

/**
 * Where a plan places a delegation's first slot within its segment:
 * {@code assertThat(plan).places("BRA").first()}. Each method checks through the assertion it came
 * from (so soft assertions collect its failure) and returns that assertion.
 *
 * @param <A> the assertion it came from
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class PlaceAssertion<A> {

  private final A origin;
  private final Subject subject;
  private final String delegation;

  PlaceAssertion(A origin, Subject subject, String delegation) {
    this.origin = origin;
    this.subject = subject;
    this.delegation = requireNonNull(delegation, "delegation");
  }

  /** First in its segment. */
  public A first() {
    return at(1);
  }

  /** At place {@code place} of its segment, counted from 1. */
  public A at(int place) {
    subject.check(p -> Expectations.placed(p, delegation, place));
    return origin;
  }

  /** Before delegation {@code other}'s first slot, in the plan's order. */
  public A before(String other) {
    requireNonNull(other, "other");
    subject.check(p -> Expectations.before(p, delegation, other));
    return origin;
  }

  @Override
  public String toString() {
    return "places " + delegation;
  }
}
