package org.plenary.examples.asp18;

import static org.plenary.core.testing.PlenaryAssertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.plenary.core.agenda.Constituency;
import org.plenary.core.agenda.Delegation;
import org.plenary.core.agenda.ProtocolRank;
import org.plenary.core.agenda.Speaker;
import org.plenary.core.plan.Plan;
import org.plenary.core.planner.Planner;
import org.plenary.core.request.RequestToSpeak;

/** Whatever the list of speakers, the planned ASP18 plenary ends within its two hours. */
class Asp18BudgetProperties {

  static List<RequestToSpeak> requests(int n, long seed) {
    Random random = new Random(seed);
    List<Constituency> cs = List.of(Constituency.STATE_PARTY, Constituency.OBSERVER_STATE,
        Constituency.INTERNATIONAL_ORGANISATION, Constituency.CIVIL_SOCIETY);
    Instant from = Instant.parse("2019-11-15T08:00:00Z");
    List<RequestToSpeak> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      boolean highLevel = random.nextInt(8) == 0;
      Constituency c = highLevel ? Constituency.STATE_PARTY : cs.get(random.nextInt(cs.size()));
      out.add(RequestToSpeak.builder().id("p" + i)
          .speaker(Speaker.builder().delegation(Delegation.of("X" + random.nextInt(n + 1), "X", c))
              .rank(ProtocolRank.values()[random.nextInt(7)]).build())
          .received(from.plusSeconds(random.nextInt(25 * 24 * 3600)))
          .duration(Duration.ofSeconds(30 + random.nextInt(15 * 60)))
          .segment(highLevel ? "high-level" : "floor").build());
    }
    return out;
  }

  @Property(tries = 200)
  void endsNoLaterThanTwoHoursAfterItsStart(@ForAll @IntRange(max = 200) int n, @ForAll long seed) {
    Plan plan = Planner.of(Asp18.rules()).plan(Asp18.plenary(), requests(n, seed));
    assertThat(plan).keepsItsBudget().endsBy(LocalTime.NOON).hasNoErrors();
  }
}
