package org.plenary.core.testing;

import org.apiguardian.api.API;
import org.plenary.core.plan.Plan;
import org.plenary.core.plan.Timetable;
import org.plenary.core.sitting.Sitting;

/**
 * The entry point of the AssertJ assertions on plans, timetables and sittings, beside AssertJ's own
 * {@code Assertions.assertThat}. They need AssertJ on the test class path, which the library does
 * not bring: it is an optional dependency.
 *
 * <pre>{@code
 * import static org.plenary.core.testing.PlenaryAssertions.assertThat;
 *
 * assertThat(plan).hasNoErrors().keepsItsBudget().endsBy(LocalTime.of(12, 0))
 *     .gives("CICC").theFloor()
 *     .waits("NER").because(RegistrationDeadline.ID)
 *     .places("BRA").first();
 * }</pre>
 *
 * <p>Soft: {@link PlenarySoftAssertions}, or {@link PlenarySoftAssertionsProvider} mixed into one's
 * own soft assertions.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class PlenaryAssertions {

  private PlenaryAssertions() {}

  /** Assertions on {@code actual}. */
  public static PlanAssert assertThat(Plan actual) {
    return new PlanAssert(actual);
  }

  /** Assertions on {@code actual}. */
  public static TimetableAssert assertThat(Timetable actual) {
    return new TimetableAssert(actual);
  }

  /** Assertions on {@code actual}, at the instant of its clock. */
  public static SittingAssert assertThat(Sitting actual) {
    return new SittingAssert(actual);
  }
}
