package org.plenary.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plenary.core.plan.Plan;
import org.plenary.core.plan.Planner;
import org.plenary.core.plan.Slot;
import org.plenary.core.rule.Finding;
import org.plenary.core.rule.RuleSet;
import org.plenary.core.rule.Severity;
import org.plenary.core.sitting.Sitting;
import org.plenary.core.testing.Sample;
import org.plenary.core.testing.TestClock;
import org.plenary.rules.replan.Replans;
import org.plenary.rules.replan.ShortenInProportion;
import org.plenary.rules.replan.WaitListLast;

class ReplanTest {

  /** 30 minutes of programme and 20 requests of 3 minutes in a 90-minute plenary: exactly full. */
  private final Plan plan = Planner.of(RuleSet.of()).plan(Sample.plenary(), threeMinutes(20));

  static List<org.plenary.core.request.RequestToSpeak> threeMinutes(int n) {
    return Sample.requests(n, 5).stream().map(r -> org.plenary.core.request.RequestToSpeak.builder().from(r)
        .duration(Duration.ofMinutes(3)).build()).toList();
  }

  private Sitting lateBy(int minutes) {
    return Sitting.start(plan, TestClock.at(plan.plenary().startInstant().plusSeconds(60L * minutes)));
  }

  @Test
  void shorteningSharesTheDelayInProportionAndLeavesFixedItemsAlone() {
    Sitting s = lateBy(10);
    Plan after = s.replan(ShortenInProportion.downTo(Duration.ofMinutes(2)));
    assertThat(after.slots("floor")).extracting(Slot::allotted).containsOnly(Duration.ofMinutes(2).plusSeconds(30));
    assertThat(after.slot("brief").orElseThrow().allotted()).isEqualTo(Duration.ofMinutes(15));
    assertThat(s.now().onTime()).isTrue();
    assertThat(after.findings()).filteredOn(f -> f.ruleId().equals(ShortenInProportion.ID)).hasSize(20);
  }

  @Test
  void waitListingMovesTheLastInOrder() {
    Sitting s = lateBy(6);
    Plan after = s.replan(WaitListLast.create());
    assertThat(after.waitingList()).extracting(w -> w.id()).containsExactly("r19", "r18");
    assertThat(s.now().onTime()).isTrue();
    assertThat(after.findings()).filteredOn(f -> f.ruleId().equals(WaitListLast.ID))
        .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING))
        .extracting(Finding::subject).containsExactlyInAnyOrder("r19", "r18");
  }

  @Test
  void theStandardReplanWaitListsOnlyThoseWhoCannotFitEvenShortened() {
    Sitting s = lateBy(25);
    Plan after = s.replan(Replans.standard(Duration.ofMinutes(2)));
    assertThat(s.now().onTime()).isTrue();
    assertThat(after.waitingList()).hasSize(3);
    assertThat(after.slots("floor")).hasSize(17)
        .allSatisfy(x -> assertThat(x.allotted()).isGreaterThanOrEqualTo(Duration.ofMinutes(2)));
    // Each speaker moved and each one shortened is reported, by the strategy that did it.
    assertThat(after.findings()).filteredOn(f -> f.ruleId().equals(WaitListLast.ID))
        .extracting(Finding::subject)
        .containsExactlyInAnyOrderElementsOf(after.waitingList().stream().map(w -> w.id()).toList());
    assertThat(after.findings()).filteredOn(f -> f.ruleId().equals(ShortenInProportion.ID)).hasSize(17);
  }

  @Test
  void nothingToDoWhenOnTime() {
    Sitting s = lateBy(0);
    Plan after = s.replan(Replans.standard(Duration.ofMinutes(2)));
    assertThat(after.findings()).singleElement().satisfies(f -> assertThat(f.ruleId()).isEqualTo("sitting"));
    assertThat(after.slots()).isEqualTo(plan.slots());
  }
}
