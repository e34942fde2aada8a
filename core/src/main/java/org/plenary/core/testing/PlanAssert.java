package org.plenary.core.testing;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.CheckReturnValue;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Optional;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;
import org.plenary.core.plan.Plan;

/**
 * AssertJ assertions on a {@link Plan}, in the plenary's terms; from
 * {@link PlenaryAssertions#assertThat(Plan)} or, soft, from {@link PlenarySoftAssertions}.
 *
 * <pre>{@code
 * assertThat(plan).hasNoErrors().keepsItsBudget().endsBy(LocalTime.NOON)
 *     .gives("CICC").theFloor()
 *     .waits("NER").because(RegistrationDeadline.ID)
 *     .places("BRA").first();
 * }</pre>
 *
 * <p>A failure says what was expected, what the plan does instead and where to look, in English,
 * naming delegations and segments by the plan's own texts.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class PlanAssert extends AbstractAssert<PlanAssert, Plan> {

  /** Assertions on {@code actual}. */
  public PlanAssert(Plan actual) {
    super(actual, PlanAssert.class);
  }

  private PlanAssert expect(Optional<String> failure) {
    isNotNull();
    failure.ifPresent(m -> failWithMessage("%s", m));
    return myself;
  }

  private Subject subject() {
    return new Subject(this::isNotNull, () -> actual, "the plan", m -> failWithMessage("%s", m));
  }

  /** No finding of the plan is an error. */
  public PlanAssert hasNoErrors() {
    isNotNull();
    return expect(Expectations.noErrors(actual, "the plan"));
  }

  /** The plan ends within the plenary's budget: by its hard end. */
  public PlanAssert keepsItsBudget() {
    isNotNull();
    return expect(Expectations.keepsItsBudget(actual));
  }

  /** The plan ends by {@code time} on the venue's clock, on the plenary's day. */
  public PlanAssert endsBy(LocalTime time) {
    requireNonNull(time, "time");
    isNotNull();
    return expect(Expectations.endsBy(actual, time));
  }

  /** The plan starts at {@code time} on the venue's clock. */
  public PlanAssert startsAt(LocalTime time) {
    requireNonNull(time, "time");
    isNotNull();
    return expect(Expectations.startsAt(actual, time));
  }

  /** The plan leaves at least {@code slack} of the budget unused. */
  public PlanAssert leavesAtLeast(Duration slack) {
    requireNonNull(slack, "slack");
    isNotNull();
    return expect(Expectations.leavesAtLeast(actual, slack));
  }

  /** What the plan gives delegation {@code delegation} (its id): follow with {@code theFloor()}. */
  @CheckReturnValue
  public FloorAssertion<PlanAssert> gives(String delegation) {
    return new FloorAssertion<>(myself, subject(), delegation);
  }

  /** Why delegation {@code delegation} waits: follow with {@code because(ruleId)}. */
  @CheckReturnValue
  public WaitingAssertion<PlanAssert> waits(String delegation) {
    return new WaitingAssertion<>(myself, subject(), delegation);
  }

  /** Where delegation {@code delegation} speaks: follow with {@code first()}, {@code at(n)}. */
  @CheckReturnValue
  public PlaceAssertion<PlanAssert> places(String delegation) {
    return new PlaceAssertion<>(myself, subject(), delegation);
  }
}
