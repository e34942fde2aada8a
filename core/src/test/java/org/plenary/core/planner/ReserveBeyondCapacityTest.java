package org.plenary.core.planner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.plenary.core.agenda.Constituency;
import org.plenary.core.agenda.ProtocolRank;
import org.plenary.core.agenda.Speaker;
import org.plenary.core.plan.Finding;
import org.plenary.core.plan.Finding.Severity;
import org.plenary.core.plan.Plan;
import org.plenary.core.plan.Slot;
import org.plenary.core.request.RequestToSpeak;
import org.plenary.core.rule.Declarations.Fit;
import org.plenary.core.rule.Rule;
import org.plenary.core.rule.RuleSet;
import org.plenary.core.rule.Selector;
import org.plenary.core.testing.Sample;
import org.plenary.core.text.LocalizedText;

/**
 * A reserve that holds more than its capacity leaves: it holds all the capacity for its group, who
 * come first while they have time, and the planner and a check of its plan agree on it.
 */
class ReserveBeyondCapacityTest {

  private static final Instant AT = Sample.DEADLINE.atStartOfDay(Sample.ZONE).toInstant();
  private static final Selector FLOOR = Selector.segments("floor");
  private static final Selector OTHERS = Selector.constituencies(Constituency.OBSERVER_STATE,
      Constituency.INTERNATIONAL_ORGANISATION, Constituency.CIVIL_SOCIETY);

  private static Rule rule(String id, java.util.function.Consumer<org.plenary.core.rule.Declarations> declare) {
    return Rule.of(id, LocalizedText.of("rule " + id), LocalizedText.of("test"), declare);
  }

  private static RequestToSpeak request(int i, String delegation, Constituency c, int seconds) {
    return RequestToSpeak.builder().id("r" + i)
        .speaker(Speaker.builder().delegation(Sample.delegation(delegation, c)).rank(ProtocolRank.HEAD_OF_STATE).build())
        .received(AT).duration(Duration.ofSeconds(seconds)).segment("floor").build();
  }

  static List<Fit> fits() {
    return List.of(Fit.waitList(), Fit.shortenThenWaitList(Duration.ofMinutes(2)), Fit.shorten(Duration.ofMinutes(2)),
        Fit.shortenThenWaitList(Duration.ofSeconds(90)).inSteps(Duration.ofSeconds(30)));
  }

  @ParameterizedTest
  @MethodSource("fits")
  void theGroupComesFirstWhileTheTimeHeldForItLasts(Fit fit) {
    List<RequestToSpeak> requests = new ArrayList<>(List.of(
        request(0, "st0", Constituency.STATE_PARTY, 60),
        request(1, "st0", Constituency.STATE_PARTY, 75),
        request(2, "st0", Constituency.STATE_PARTY, 90),
        request(3, "ob0", Constituency.OBSERVER_STATE, 135),
        request(4, "ci0", Constituency.CIVIL_SOCIETY, 60),
        request(5, "ci0", Constituency.CIVIL_SOCIETY, 480),
        request(6, "ob0", Constituency.OBSERVER_STATE, 60),
        request(7, "ob0", Constituency.OBSERVER_STATE, 60)));
    RuleSet rules = RuleSet.of(
        rule("capacity.floor", d -> d.capacity(FLOOR, Duration.ofMinutes(8), fit)),
        rule("capacity.ngos", d -> d.capacity(FLOOR.and(Selector.constituencies(Constituency.CIVIL_SOCIETY)), 1)),
        rule("reserve.others", d -> d.reserve(FLOOR.and(OTHERS), Duration.ofMinutes(12))));
    Planner planner = Planner.of(rules);

    Plan plan = planner.plan(Sample.plenary(), requests);

    assertThat(plan.slots("floor")).extracting(Slot::id).contains("r3", "r4", "r6", "r7");
    if (fit.equals(Fit.waitList())) {
      // r5 waits for the one place of civil society, so nothing is held for it: the states take
      // what the others leave, 2 min 45 s, which r0 and r1 fit in and r2 does not.
      assertThat(plan.slots("floor")).extracting(Slot::id).containsExactly("r0", "r1", "r3", "r4", "r6", "r7");
      assertThat(plan.waitingList()).extracting(w -> w.id() + " " + w.decidedBy().ruleId())
          .containsExactly("r2 reserve.others", "r5 capacity.ngos");
    }
    List<Finding> problems = planner.check(plan).findings().stream()
        .filter(f -> f.severity() != Severity.INFO).toList();
    assertThat(plan.findings()).containsAll(problems);
  }
}
