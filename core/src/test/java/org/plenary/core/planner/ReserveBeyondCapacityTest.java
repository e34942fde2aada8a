package org.plenary.core.planner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
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
import org.plenary.core.rule.Declarations;
import org.plenary.core.rule.Declarations.Fit;
import org.plenary.core.rule.Rule;
import org.plenary.core.rule.RuleSet;
import org.plenary.core.rule.Selector;
import org.plenary.core.testing.Sample;
import org.plenary.core.text.LocalizedText;

/**
 * A reserve holds nothing for a member that a cap it does not lie inside keeps out. Here civil
 * society has one place on the floor, so its second request (r5, 8 min) waits whatever the reserve
 * does; before, the reserve still held time for r5, which left too little held for the rest of the
 * group: states took the floor and a member waited while the reserve had room, which a check of the
 * plan reported as an error. The reserve holds more than the floor's 8 min (a warning says so), so
 * the floor goes to the group first, as long as its members ask for it.
 */
class ReserveBeyondCapacityTest {

  private static final Instant AT = Sample.DEADLINE.atStartOfDay(Sample.ZONE).toInstant();
  private static final Selector FLOOR = Selector.segments("floor");
  private static final Selector OTHERS = Selector.constituencies(Constituency.OBSERVER_STATE,
      Constituency.INTERNATIONAL_ORGANISATION, Constituency.CIVIL_SOCIETY);

  /** Three statements of one State Party (1 min, 1 min 15 s, 1 min 30 s), then the others'. */
  private static final List<RequestToSpeak> REQUESTS = List.of(
      request(0, "st0", Constituency.STATE_PARTY, 60),
      request(1, "st0", Constituency.STATE_PARTY, 75),
      request(2, "st0", Constituency.STATE_PARTY, 90),
      request(3, "ob0", Constituency.OBSERVER_STATE, 135),
      request(4, "ci0", Constituency.CIVIL_SOCIETY, 60),
      request(5, "ci0", Constituency.CIVIL_SOCIETY, 480),
      request(6, "ob0", Constituency.OBSERVER_STATE, 60),
      request(7, "ob0", Constituency.OBSERVER_STATE, 60));

  private static Rule rule(String id, Consumer<Declarations> declare) {
    return Rule.of(id, LocalizedText.of("rule " + id), LocalizedText.of("test"), declare);
  }

  private static RequestToSpeak request(int i, String delegation, Constituency c, int seconds) {
    Speaker speaker = Speaker.builder().delegation(Sample.delegation(delegation, c))
        .rank(ProtocolRank.HEAD_OF_STATE).build();
    return RequestToSpeak.builder().id("r" + i).speaker(speaker).received(AT)
        .duration(Duration.ofSeconds(seconds)).segment("floor").build();
  }

  private static RuleSet rules(Fit fit, Consumer<Declarations> reserve) {
    return RuleSet.of(
        rule("capacity.floor", d -> d.capacity(FLOOR, Duration.ofMinutes(8), fit)),
        rule("capacity.ngos", d -> d.capacity(FLOOR.and(Selector.constituencies(Constituency.CIVIL_SOCIETY)), 1)),
        rule("reserve.others", reserve));
  }

  /** The plan, once a check of it is known to find nothing the planner did not report. */
  private static Plan planned(RuleSet rules) {
    Planner planner = Planner.of(rules);
    Plan plan = planner.plan(Sample.plenary(), REQUESTS);
    List<Finding> problems = planner.check(plan).findings().stream()
        .filter(f -> f.severity() != Severity.INFO).toList();
    assertThat(plan.findings()).containsAll(problems);
    return plan;
  }

  static List<Fit> waitingFits() {
    return List.of(Fit.waitList(), Fit.shortenThenWaitList(Duration.ofSeconds(90)).inSteps(Duration.ofSeconds(30)));
  }

  @ParameterizedTest
  @MethodSource("waitingFits")
  void theStatesTakeWhatTheGroupLeavesOnceNothingIsHeldForASpeakerWhoCannotSpeak(Fit fit) {
    Plan plan = planned(rules(fit, d -> d.reserve(FLOOR.and(OTHERS), Duration.ofMinutes(12))));

    // The group asks for 5 min 15 s but r5; the states have the 2 min 45 s left, which r0 and r1 fit in.
    assertThat(plan.slots("floor")).extracting(Slot::id).containsExactly("r0", "r1", "r3", "r4", "r6", "r7");
    assertThat(plan.slots("floor")).extracting(Slot::allotted).containsExactly(Duration.ofSeconds(60),
        Duration.ofSeconds(75), Duration.ofSeconds(135), Duration.ofSeconds(60), Duration.ofSeconds(60),
        Duration.ofSeconds(60));
    assertThat(plan.waitingList()).extracting(w -> w.id() + " " + w.decidedBy().ruleId())
        .containsExactly("r2 reserve.others", "r5 capacity.ngos");
  }

  @Test
  void aReserveOfPlacesHoldsItsPlacesForTheMembersWhoMaySpeak() {
    Plan plan = planned(rules(Fit.waitList(), d -> d.reserve(FLOOR.and(OTHERS), 4)));

    // Four places are held: r3, r4, r6 and r7, not r5, who waits for civil society's one place.
    assertThat(plan.slots("floor")).extracting(Slot::id).containsExactly("r0", "r1", "r3", "r4", "r6", "r7");
    assertThat(plan.waitingList()).extracting(w -> w.id() + " " + w.decidedBy().ruleId())
        .containsExactly("r2 reserve.others", "r5 capacity.ngos");
    assertThat(plan.findings()).filteredOn(f -> f.ruleId().equals("reserve.others"))
        .extracting(f -> f.message().english()).contains("Of the 4 places held for observer States, international"
            + " organisations and civil society in “Floor”, 4 are used.");
  }
}
