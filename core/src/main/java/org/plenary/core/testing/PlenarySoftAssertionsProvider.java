package org.plenary.core.testing;

import org.apiguardian.api.API;
import org.assertj.core.api.SoftAssertionsProvider;
import org.plenary.core.plan.Plan;
import org.plenary.core.plan.Timetable;
import org.plenary.core.sitting.Sitting;

/**
 * The soft assertions on plans, timetables and sittings, to mix into one's own soft assertions:
 * {@code class MySoftly extends SoftAssertions implements PlenarySoftAssertionsProvider {}} gives
 * AssertJ's and these in one object; each failure is collected, and {@code assertAll()} reports them
 * all.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface PlenarySoftAssertionsProvider extends SoftAssertionsProvider {

  /** Soft assertions on {@code actual}. */
  default PlanAssert assertThat(Plan actual) {
    return proxy(PlanAssert.class, Plan.class, actual);
  }

  /** Soft assertions on {@code actual}. */
  default TimetableAssert assertThat(Timetable actual) {
    return proxy(TimetableAssert.class, Timetable.class, actual);
  }

  /** Soft assertions on {@code actual}, at the instant of its clock. */
  default SittingAssert assertThat(Sitting actual) {
    return proxy(SittingAssert.class, Sitting.class, actual);
  }
}
