package org.plenary.rules.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.plenary.core.plan.Plan;
import org.plenary.core.plan.Planner;
import org.plenary.core.plan.Slot;
import org.plenary.core.plan.WaitingEntry;
import org.plenary.core.rule.RuleSet;
import org.plenary.core.rule.Severity;
import org.plenary.core.testing.Sample;
import org.plenary.core.text.LocalizedText;

class FixedPositionTest {

  @Test
  void movesAnInterventionToItsPlace() {
    Plan plan = Planner.of(RuleSet.of(FixedPosition.none().and("case", 1)))
        .plan(Sample.plenary(), List.of());
    assertThat(plan.slots("briefing")).extracting(Slot::id).containsExactly("case", "brief");
    assertThat(plan.findings()).singleElement().satisfies(f ->
        assertThat(f.message().english()).isEqualTo("One intervention with a fixed place checked: it is in place."));
  }

  @Test
  void placesLastAndBeyondTheEndAtTheEnd() {
    Plan plan = Planner.of(RuleSet.of(FixedPosition.none().and("brief", FixedPosition.LAST)))
        .plan(Sample.plenary(), List.of());
    assertThat(plan.slots("briefing")).extracting(Slot::id).containsExactly("case", "brief");
    Plan far = Planner.of(RuleSet.of(FixedPosition.none().and("brief", 9))).plan(Sample.plenary(), List.of());
    assertThat(far.slots("briefing")).extracting(Slot::id).containsExactly("case", "brief");
    assertThat(far.hasErrors()).isFalse();
  }

  @Test
  void reportsAnInterventionOutOfPlace() {
    RuleSet rules = RuleSet.of(FixedPosition.first("brief"));
    Plan plan = Planner.of(RuleSet.of(FixedPosition.first("case"))).plan(Sample.plenary(), List.of())
        .checkedBy(rules);
    assertThat(plan.errors()).singleElement().satisfies(f -> assertThat(f.message().english())
        .isEqualTo("'brief' should be number 1 in segment 'briefing' but is number 2."));
  }

  @Test
  void reportsAFixedInterventionOnTheWaitingListAndAnUnknownOne() {
    Plan plan = Planner.of(RuleSet.of()).plan(Sample.plenary(), List.of());
    WaitingEntry out = WaitingEntry.builder().segment("briefing")
        .intervention(plan.slot("brief").orElseThrow().intervention()).ruleId("chair")
        .reason(LocalizedText.of("delayed")).status(WaitingEntry.Status.WAITING).build();
    Plan checked = plan.withoutSlot(out).checkedBy(RuleSet.of(FixedPosition.first("brief").and("ghost", 1)));
    assertThat(checked.findings()).extracting(f -> f.severity() + " " + f.subject())
        .containsExactly("ERROR brief", "WARNING ghost");
  }

  @Test
  void refusesAPlaceOfZero() {
    assertThatThrownBy(() -> FixedPosition.none().and("x", 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("place of 'x' (0) must be 1 or more, or LAST (-1)");
    assertThat(Planner.of(RuleSet.of(FixedPosition.none())).plan(Sample.plenary(), List.of())
        .findings().get(0).severity()).isEqualTo(Severity.INFO);
  }
}
