package org.plenary.examples.asp18;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.core.testing.PlenaryAssertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.plenary.core.agenda.Constituency;
import org.plenary.core.plan.Finding.Severity;
import org.plenary.core.plan.Plan;
import org.plenary.core.sitting.Sitting;
import org.plenary.core.sitting.SittingEvent;
import org.plenary.export.json.SittingLogJson;

/** The ASP18 plenary starts ten minutes late and its high-level speakers overrun; it still ends at noon. */
class Asp18SittingTest {

  @Test
  void afterReplanningItStillEndsByNoon() {
    List<String> views = new ArrayList<>();
    Sitting sitting = Asp18Sitting.simulate(Duration.ofMinutes(10), Duration.ofMinutes(2), views, Locale.ENGLISH);
    assertThat(views.get(1)).contains("Projected to end 20 min after the hard end: re-plan.");
    assertThat(views.get(2)).contains("projected end 11:59, hard end 12:00.").contains("On time.");
    assertThat(sitting).keepsItsBudget().endsBy(java.time.LocalTime.NOON).hasNoErrors()
        .gives("CICC").theFloor().places("ICC").first();
    Plan plan = sitting.plan();
    assertThat(plan.findings()).anyMatch(f -> f.ruleId().equals("replan.shorten-then-wait-list")
        && f.message().english().equals("Germany: Shortened from 3 min to 2 min by the re-plan to end on time."));
    // The reserve holds in the live re-plan: the last States Parties wait, not observers or civil society.
    assertThat(plan.findings()).filteredOn(f -> f.severity() == Severity.WARNING).hasSize(3)
        .extracting(f -> f.message().english()).allMatch(m -> m.contains("Wait-listed by the reserve"));
    assertThat(plan.slots("floor")).extracting(s -> s.intervention().constituency())
        .contains(Constituency.CIVIL_SOCIETY, Constituency.INTERNATIONAL_ORGANISATION);
    assertThat(plan.findings()).extracting(f -> f.ruleId()).contains("order.precedence", "time-limit.reserve");
    assertThat(plan.slot("court-briefing")).isPresent();
    assertThat(plan.slots("floor")).allSatisfy(s ->
        assertThat(s.allotted()).isGreaterThanOrEqualTo(Asp18Sitting.MINIMUM));
  }

  @Test
  void whenNothingMovableIsLeftTheFindingsSayWhy() {
    List<String> views = new ArrayList<>();
    Sitting sitting = Asp18Sitting.simulate(Duration.ofMinutes(70), Duration.ofMinutes(2), views, Locale.FRENCH);
    assertThat(sitting.plan().errors()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("replan.shorten-then-wait-list");
      assertThat(f.subject()).isEqualTo("sitting");
      assertThat(f.message().english()).contains("after its hard end at 12:00");
      assertThat(f.message().in(Locale.FRENCH)).startsWith("Même après réaménagement, la séance devrait se terminer à");
    });
    assertThat(sitting.plan().slots("floor")).isEmpty();
    assertThat(sitting.plan().slot("court-briefing")).isPresent();
    assertThat(views.get(2)).contains("Fin prévue").contains("replanifier");
  }

  @Test
  void itsLogExportsToJsonAndReplaysExactly() throws Exception {
    Sitting sitting = Asp18Sitting.simulate(Duration.ofMinutes(10), Duration.ofMinutes(2), new ArrayList<>(),
        Locale.ENGLISH);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SittingLogJson.write(sitting.log(), out);
    List<SittingEvent> back = SittingLogJson.read(new ByteArrayInputStream(out.toByteArray()));
    assertThat(back).isEqualTo(sitting.log());
    Sitting again = Sitting.replay(Asp18Main.plan(), Asp18.rules(), back, Clock.fixed(sitting.now().at().toInstant(), Asp18.ZONE));
    assertThat(again.plan().slots()).isEqualTo(sitting.plan().slots());
    assertThat(again.plan().waitingList()).isEqualTo(sitting.plan().waitingList());
    assertThat(again.now().toString()).isEqualTo(sitting.now().toString());
  }
}
