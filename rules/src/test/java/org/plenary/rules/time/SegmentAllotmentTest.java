package org.plenary.rules.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.agenda.Segment;
import org.plenary.core.plan.Plan;
import org.plenary.core.plan.Planner;
import org.plenary.core.plan.Slot;
import org.plenary.core.plan.WaitingEntry;
import org.plenary.core.request.RequestToSpeak;
import org.plenary.core.rule.RuleSet;
import org.plenary.core.rule.Severity;
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
    assertThat(plan.waitingList().get(0).reason().in(Locale.FRENCH))
        .isEqualTo("Plus assez de temps dans le segment « Débat » (10 min) ; pourra prendre la parole si le temps le permet.");
    assertThat(plan.findings()).singleElement().satisfies(f -> assertThat(f.message().english())
        .isEqualTo("One segment with an allotment checked: it keeps to it."));
  }

  @Test
  void anAllotmentSetHereWinsAndCanBeFittedByShortening() {
    SegmentAllotment rule = SegmentAllotment.declared().and("floor", Duration.ofMinutes(12))
        .fitting(FitPolicy.SHORTEN_THEN_WAIT_LIST, Duration.ofMinutes(2));
    Plan plan = Planner.of(RuleSet.of(rule)).plan(withFloorAllotment(Duration.ofMinutes(30)), threeMinutes(5));
    assertThat(plan.waitingList()).isEmpty();
    assertThat(plan.slots("floor")).extracting(Slot::allotted).containsOnly(Duration.ofSeconds(144));
    assertThat(rule.allotment(plan.plenary().requiredSegment("floor"))).contains(Duration.ofMinutes(12));
    assertThat(rule.description().english()).isEqualTo("Each segment keeps to its allotment (floor: 12 min)");
    assertThat(rule).hasToString("time-limit.segment (Each segment keeps to its allotment (floor: 12 min))");
  }

  @Test
  void reportsASegmentOverItsAllotmentWithTheAmount() {
    Plan plan = Planner.of(RuleSet.of()).plan(Sample.plenary(), threeMinutes(4))
        .checkedBy(RuleSet.of(SegmentAllotment.declared().and("floor", Duration.ofMinutes(10)).and("attic", Duration.ofMinutes(1))));
    assertThat(plan.findings()).extracting(f -> f.severity() + " " + f.subject() + " " + f.message().english())
        .containsExactly("ERROR floor The segment \"Floor\" takes 12 min, 2 min over its allotment of 10 min.",
            "WARNING attic The rule names segment 'attic', which the plenary does not have (its segments: "
                + "[opening, briefing, floor]).");
  }

  @Test
  void saysSoWhenNoSegmentHasAnAllotmentAndRefusesNonPositiveOnes() {
    Plan plan = Planner.of(RuleSet.of(SegmentAllotment.declared())).plan(Sample.plenary(), threeMinutes(2));
    assertThat(plan.findings()).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f.message().english()).isEqualTo("Nothing to check: no segment has an allotment.");
    });
    assertThatThrownBy(() -> SegmentAllotment.declared().and("floor", Duration.ZERO))
        .hasMessage("allotment of segment 'floor' (PT0S) must be positive");
    assertThat(SegmentAllotment.declared().description().in(Locale.FRENCH))
        .isEqualTo("Chaque segment tient dans le temps qui lui est imparti");
  }
}
