package org.plenary.core.testing;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.CheckReturnValue;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Optional;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;
import org.plenary.core.plan.Timetable;

/**
 * AssertJ assertions on a {@link Timetable}, in the plenary's terms; from
 * {@link PlenaryAssertions#assertThat(Timetable)} or, soft, from {@link PlenarySoftAssertions}.
 *
 * <pre>{@code
 * assertThat(plan.timetable()).hasNoErrors().keepsItsBudget().endsBy(LocalTime.NOON)
 *     .gives("CICC").theFloor()
 *     .waits("NER").because(RegistrationDeadline.ID)
 *     .places("BRA").first();
 * }</pre>
 *
 * <p>A failure says what was expected, what the timetable does instead and where to look, in English,
 * naming delegations and segments by the plan's own texts.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class TimetableAssert extends AbstractAssert<TimetableAssert, Timetable> {

  /** Assertions on {@code actual}. */
  public TimetableAssert(Timetable actual) {
    super(actual, TimetableAssert.class);
  }

  private TimetableAssert expect(Optional<String> failure) {
    isNotNull();
    failure.ifPresent(m -> failWithMessage("%s", m));
    return myself;
  }

  private Subject subject() {
    return new Subject(this::isNotNull, () -> actual == null ? null : actual.plan(), "the plan",
        m -> failWithMessage("%s", m));
  }

  /** No finding of the timetable's plan is an error. */
  public TimetableAssert hasNoErrors() {
    isNotNull();
    return expect(Expectations.noErrors(actual.plan(), "the plan"));
  }

  /** The timetable ends within the plenary's budget: by its hard end. */
  public TimetableAssert keepsItsBudget() {
    isNotNull();
    return expect(Expectations.keepsItsBudget(actual.plan()));
  }

  /** The timetable ends by {@code time} on the venue's clock, on the plenary's day. */
  public TimetableAssert endsBy(LocalTime time) {
    requireNonNull(time, "time");
    isNotNull();
    return expect(Expectations.endsBy(actual.plan(), time));
  }

  /** The timetable starts at {@code time} on the venue's clock. */
  public TimetableAssert startsAt(LocalTime time) {
    requireNonNull(time, "time");
    isNotNull();
    return expect(Expectations.startsAt(actual.plan(), time));
  }

  /** The timetable leaves at least {@code slack} of the budget unused. */
  public TimetableAssert leavesAtLeast(Duration slack) {
    requireNonNull(slack, "slack");
    isNotNull();
    return expect(Expectations.leavesAtLeast(actual.plan(), slack));
  }

  /** What the timetable's plan gives delegation {@code delegation} (its id): follow with {@code theFloor()}. */
  @CheckReturnValue
  public FloorAssertion<TimetableAssert> gives(String delegation) {
    return new FloorAssertion<>(myself, subject(), delegation);
  }

  /** Why delegation {@code delegation} waits: follow with {@code because(ruleId)}. */
  @CheckReturnValue
  public WaitingAssertion<TimetableAssert> waits(String delegation) {
    return new WaitingAssertion<>(myself, subject(), delegation);
  }

  /** Where delegation {@code delegation} speaks: follow with {@code first()}, {@code at(n)}. */
  @CheckReturnValue
  public PlaceAssertion<TimetableAssert> places(String delegation) {
    return new PlaceAssertion<>(myself, subject(), delegation);
  }
}
