package org.plenary.core.testing;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Why a delegation is on a plan's waiting list (waiting, refused or carried over):
 * {@code assertThat(plan).waits("NER").because(RegistrationDeadline.ID)}. Each method checks through
 * the assertion it came from (so soft assertions collect its failure) and returns that assertion.
 *
 * @param <A> the assertion it came from
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class WaitingAssertion<A> {

  private final A origin;
  private final Subject subject;
  private final String delegation;

  WaitingAssertion(A origin, Subject subject, String delegation) {
    this.origin = origin;
    this.subject = subject;
    this.delegation = requireNonNull(delegation, "delegation");
  }

  /** The delegation's first entry on the waiting list was kept out by rule {@code ruleId}. */
  public A because(String ruleId) {
    requireNonNull(ruleId, "ruleId");
    subject.check(p -> Expectations.waits(p, subject.noun(), delegation, Optional.of(ruleId)));
    return origin;
  }

  /** The delegation is on the waiting list, whatever kept it out. */
  public A forAnyReason() {
    subject.check(p -> Expectations.waits(p, subject.noun(), delegation, Optional.empty()));
    return origin;
  }

  @Override
  public String toString() {
    return "waits " + delegation;
  }
}
