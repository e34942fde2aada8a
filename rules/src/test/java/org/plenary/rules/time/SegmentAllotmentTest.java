package org.plenary.rules.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.agenda.Segment;
import org.plenary.core.plan.Finding.Severity;
import org.plenary.core.plan.Plan;
import org.plenary.core.plan.Slot;
import org.plenary.core.plan.WaitingEntry;
import org.plenary.core.planner.Planner;
import org.plenary.core.request.RequestToSpeak;
import org.plenary.core.rule.Declarations.Fit;
import org.plenary.core.rule.RuleSet;
import org.plenary.core.testing.Sample;

class SegmentAllotmentTest {

  private static List<RequestToSpeak> threeMinutes(int n) {
    return Sample.requests(n, 4).stream().map(r -> RequestToSpeak.builder().from(r).duration(Duration.ofMinutes(3)).build())
        .toList();
  }

  private static Plenary withFloorAllotment(Duration d) {
    Plenary base = Sample.plenary();
    Segment floor = Segment.builder().from(base.requiredSegment("floor")).allotment(d).build();
    return Plenary.builder().from(base).segments(List.of(base.segments().get(0), base.segments().get(1), floor)).build();
  }

  @Test
  void theLastInASegmentOverItsAllotmentWait() {
    Plan plan = Planner.of(RuleSet.of(SegmentAllotment.declared())).plan(withFloorAllotment(Duration.ofMinutes(10)),
        threeMinutes(5));
    assertThat(plan.slots("floor")).extracting(Slot::id).containsExactly("r0", "r1", "r2");
    assertThat(plan.waitingList()).extracting(WaitingEntry::id).containsExactly("r3", "r4");
    assertThat(plan.waitingList().get(0).decidedBy().message().in(Locale.FRENCH))
        .isEqualTo("Mise en attente par le temps imparti aux segments : plus assez de temps dans « Débat » (10 min).");
    assertThat(plan.findings()).singleElement().satisfies(f -> assertThat(f.message().english())
        .isEqualTo("Time taken in “Floor”: 9 min of 10 min; 2 speakers wait for lack of time."));
  }

  @Test
  void anAllotmentSetHereWinsAndCanBeFittedByShortening() {
    SegmentAllotment rule = SegmentAllotment.declared().and("floor", Duration.ofMinutes(12))
        .fitting(Fit.shortenThenWaitList(Duration.ofMinutes(2)));
    Plan plan = Planner.of(RuleSet.of(rule)).plan(withFloorAllotment(Duration.ofMinutes(30)), threeMinutes(5));
    assertThat(plan.waitingList()).isEmpty();
    // 15 minutes asked of 12: each of the five gives 36 s, rounded down to a step of 15 s.
    assertThat(plan.slots("floor")).extracting(Slot::allotted).containsOnly(Duration.ofSeconds(135));
    assertThat(plan.slots("floor").get(0).decisions()).last().satisfies(d -> assertThat(d.message().english())
        .isEqualTo("Shortened from 3 min to 2 min 15 s by the segments' allotments."));
    assertThat(rule.allotment(plan.plenary().requiredSegment("floor"))).contains(Duration.ofMinutes(12));
    assertThat(rule.describe(plan.plenary()).english())
        .isEqualTo("Each segment keeps to its allotment: 12 min for “Floor”");
    assertThat(rule).hasToString("time-limit.segment {floor=PT12M} (shorten to 2 min in steps of 15 s, then "
        + "wait-list)");
    SegmentAllotment stepped = rule.fitting(Fit.shortenThenWaitList(Duration.ofMinutes(2))
        .inSteps(Duration.ofSeconds(30)));
    Plan halves = Planner.of(RuleSet.of(stepped)).plan(withFloorAllotment(Duration.ofMinutes(30)), threeMinutes(5));
    assertThat(halves.slots("floor")).extracting(Slot::allotted).containsOnly(Duration.ofMinutes(2));
  }

  @Test
  void reportsASegmentOverItsAllotmentWithTheAmount() {
    Plan plan = Planner.of(RuleSet.of(SegmentAllotment.declared().and("floor", Duration.ofMinutes(10))
        .and("attic", Duration.ofMinutes(1)))).check(Planner.of(RuleSet.of()).plan(Sample.plenary(), threeMinutes(4)));
    assertThat(plan.findings()).extracting(f -> f.severity() + " " + f.subject() + " " + f.message().english())
        .containsExactly("ERROR floor Time taken in “Floor”: 12 min, 2 min over the 10 min it has.",
            "WARNING attic The rule names segment 'attic', which the plenary does not have (its segments: "
                + "opening, briefing, floor).");
  }

  @Test
  void saysSoWhenNoSegmentHasAnAllotmentAndRefusesNonPositiveOnes() {
    Plan plan = Planner.of(RuleSet.of(SegmentAllotment.declared())).plan(Sample.plenary(), threeMinutes(2));
    assertThat(plan.findings()).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f.message().english()).isEqualTo("Nothing to check: the rule asks nothing of this plenary.");
    });
    assertThatThrownBy(() -> SegmentAllotment.declared().and("floor", Duration.ZERO))
        .hasMessage("allotment of segment 'floor' (PT0S) must be positive");
    assertThat(SegmentAllotment.declared().describe(Sample.plenary()).in(Locale.FRENCH))
        .isEqualTo("Chaque segment tient dans le temps qui lui est imparti");
  }
}
