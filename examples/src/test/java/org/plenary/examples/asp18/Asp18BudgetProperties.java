package org.plenary.examples.asp18;

import static org.plenary.core.testing.PlenaryAssertions.assertThat;

import java.time.LocalTime;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.plenary.core.plan.Plan;
import org.plenary.core.planner.Planner;
import org.plenary.core.request.RequestToSpeak;
import org.plenary.fixtures.Plenaries;

/** Whatever the list of speakers, the planned ASP18 plenary ends within its two hours. */
class Asp18BudgetProperties {

  /**
   * Up to 200 requests of every constituency and rank for the high-level segment and the floor,
   * received around the ASP18 deadline.
   */
  @Provide
  Arbitrary<List<RequestToSpeak>> requests() {
    return Plenaries.requests(Asp18.plenary(), 200);
  }

  @Property(tries = 200)
  void endsNoLaterThanTwoHoursAfterItsStart(@ForAll("requests") List<RequestToSpeak> requests) {
    Plan plan = Planner.of(Asp18.rules()).plan(Asp18.plenary(), requests);
    assertThat(plan).keepsItsBudget().endsBy(LocalTime.NOON).hasNoErrors();
  }
}
