package org.plenary.core.sitting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.core.planner.Floors.FLOOR;
import static org.plenary.core.planner.Floors.OTHERS;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.plenary.core.plan.Decision;
import org.plenary.core.plan.Plan;
import org.plenary.core.plan.Slot;
import org.plenary.core.plan.WaitingEntry;
import org.plenary.core.planner.Floors;
import org.plenary.core.rule.Declarations.Fit;
import org.plenary.core.rule.Rule;
import org.plenary.core.rule.RuleSet;
import org.plenary.core.testing.Sample;
import org.plenary.core.testing.TestClock;
import org.plenary.core.text.LocalizedText;

/** A live re-plan resolves the rules again for what remains, counting what has been spoken. */
class SittingRulesTest {

  private static final Rule SIX = Rule.of("capacity.six", LocalizedText.of("six places"), LocalizedText.of("test"),
      d -> d.capacity(FLOOR, 6));
  private static final Rule RESERVE = Rule.of("reserve.others", LocalizedText.of("the reserve"),
      LocalizedText.of("test"), d -> d.reserve(FLOOR.and(OTHERS), 3));
  private static final RuleSet RULES = RuleSet.of(SIX, RESERVE);

  /** The floor of {@link Floors#mixed()}, planned under {@code rules}. */
  private static Plan planned(RuleSet rules) {
    return Floors.mixed().plan(rules);
  }

  /** The sitting run late, so that with r2 speaking from 16:20 the four to come need 12 min and 7 are left. */
  private static Sitting lateSitting(Plan plan, RuleSet rules) {
    TestClock clock = TestClock.at(Sample.plenary().startInstant().plus(Duration.ofMinutes(20)));
    Sitting s = Sitting.start(plan, rules, clock);
    s.began("open");
    clock.advance(Duration.ofMinutes(5));
    s.began("brief");
    clock.advance(Duration.ofMinutes(15));
    s.began("case");
    clock.advance(Duration.ofMinutes(10));
    s.began("r1");
    clock.advance(Duration.ofMinutes(30));
    s.began("r2");
    return s;
  }

  @Test
  void theReserveHeldForWhoRemainsSurvivesTheReplanAndTheStatesGiveWay() {
    Plan plan = planned(RULES);
    assertThat(plan.slots("floor")).extracting(Slot::id).containsExactly("r1", "r2", "r3", "r4", "r5", "r6");

    Plan replanned = lateSitting(plan, RULES).replan(Fit.waitList());

    assertThat(replanned.slots("floor")).extracting(Slot::id).containsExactly("r1", "r2", "r4", "r6");
    assertThat(replanned.waitingList()).extracting(WaitingEntry::id).containsExactly("r7", "r3", "r5");
    assertThat(replanned.slot("r6").orElseThrow().decisions()).extracting(Decision::kind, Decision::ruleId)
        .contains(org.assertj.core.groups.Tuple.tuple(Decision.Kind.KEPT, "reserve.others"));
    assertThat(replanned.findings()).extracting(f -> f.ruleId()).contains("capacity.six", "reserve.others");
  }

  @Test
  void withoutTheReserveTheLastInOrderGiveWay() {
    RuleSet six = RuleSet.of(SIX);

    Plan replanned = lateSitting(planned(six), six).replan(Fit.waitList());

    assertThat(replanned.slots("floor")).extracting(Slot::id).containsExactly("r1", "r2", "r3", "r4");
    assertThat(replanned.waitingList()).extracting(WaitingEntry::id).containsExactly("r7", "r5", "r6");
    assertThat(replanned.slots("floor")).allSatisfy(s -> assertThat(s.decisions())
        .noneMatch(d -> d.kind() == Decision.Kind.KEPT));
  }

  @Test
  void replayingTheLogKeepsWhatTheReserveKept() {
    Plan plan = planned(RULES);
    Sitting s = lateSitting(plan, RULES);
    Plan replanned = s.replan(Fit.waitList());

    Sitting again = Sitting.replay(plan, RULES, s.log(), TestClock.at(s.now().at().toInstant()));

    assertThat(again.plan().slots()).isEqualTo(replanned.slots());
    assertThat(again.plan().waitingList()).isEqualTo(replanned.waitingList());
  }
}
