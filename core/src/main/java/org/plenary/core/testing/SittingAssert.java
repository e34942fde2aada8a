package org.plenary.core.testing;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.CheckReturnValue;
import java.time.LocalTime;
import java.util.Optional;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;
import org.plenary.core.sitting.Sitting;

/**
 * AssertJ assertions on a {@link Sitting} in progress, at the instant of its clock, in the
 * plenary's terms; from {@link PlenaryAssertions#assertThat(Sitting)} or, soft, from
 * {@link PlenarySoftAssertions}. The end is the projected end ({@code sitting.now()}); who speaks
 * and waits is read from the sitting's plan as it stands.
 *
 * <pre>{@code
 * assertThat(sitting).keepsItsBudget().endsBy(LocalTime.NOON).hasNoErrors()
 *     .gives("CICC").theFloor();
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class SittingAssert extends AbstractAssert<SittingAssert, Sitting> {

  /** Assertions on {@code actual}. */
  public SittingAssert(Sitting actual) {
    super(actual, SittingAssert.class);
  }

  private SittingAssert expect(Optional<String> failure) {
    isNotNull();
    failure.ifPresent(m -> failWithMessage("%s", m));
    return myself;
  }

  private Subject subject() {
    return new Subject(this::isNotNull, () -> actual == null ? null : actual.plan(), "the sitting",
        m -> failWithMessage("%s", m));
  }

  /** No finding of the sitting's plan, re-plans included, is an error. */
  public SittingAssert hasNoErrors() {
    isNotNull();
    return expect(Expectations.noErrors(actual.plan(), "the sitting"));
  }

  /** The sitting is projected to end by its hard end: its planned start plus the budget. */
  public SittingAssert keepsItsBudget() {
    isNotNull();
    return expect(Expectations.sittingKeepsItsBudget(actual));
  }

  /** The sitting is projected to end by {@code time} on the venue's clock, on the plenary's day. */
  public SittingAssert endsBy(LocalTime time) {
    requireNonNull(time, "time");
    isNotNull();
    return expect(Expectations.sittingEndsBy(actual, time));
  }

  /** What the sitting gives delegation {@code delegation} (its id): follow with {@code theFloor()}. */
  @CheckReturnValue
  public FloorAssertion<SittingAssert> gives(String delegation) {
    return new FloorAssertion<>(myself, subject(), delegation);
  }

  /** Why delegation {@code delegation} waits: follow with {@code because(ruleId)}. */
  @CheckReturnValue
  public WaitingAssertion<SittingAssert> waits(String delegation) {
    return new WaitingAssertion<>(myself, subject(), delegation);
  }

  /** Where delegation {@code delegation} speaks: follow with {@code first()}, {@code at(n)}. */
  @CheckReturnValue
  public PlaceAssertion<SittingAssert> places(String delegation) {
    return new PlaceAssertion<>(myself, subject(), delegation);
  }
}
