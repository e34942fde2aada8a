package org.plenary.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.plenary.core.plan.Plan;
import org.plenary.core.plan.Planner;
import org.plenary.core.plan.Slot;
import org.plenary.core.plan.WaitingEntry;
import org.plenary.core.request.RequestToSpeak;
import org.plenary.core.rule.RuleSet;
import org.plenary.core.testing.Sample;
import org.plenary.rules.deadline.LatePolicy;
import org.plenary.rules.deadline.RegistrationDeadline;
import org.plenary.rules.order.FixedPosition;
import org.plenary.rules.order.OnePerDelegation;
import org.plenary.rules.order.Precedence;
import org.plenary.rules.time.SegmentAllotment;
import org.plenary.rules.time.SpeakingTimeLimit;
import org.plenary.rules.time.TimeBudget;

class StandardRulesProperties {

  private static RuleSet rules(LatePolicy late, boolean shorten) {
    return RuleSet.of(
        RegistrationDeadline.standard().late(late),
        OnePerDelegation.inListSegments(),
        Precedence.standard(),
        FixedPosition.first("brief"),
        SpeakingTimeLimit.inSegment("floor", Duration.ofMinutes(3)),
        SegmentAllotment.declared(),
        shorten ? TimeBudget.shortening(Duration.ofMinutes(2)) : TimeBudget.waitListing());
  }

  @Property(tries = 300)
  void aPlanShapedByTheStandardRulesKeepsItsBudgetAndBreaksNoRule(
      @ForAll @IntRange(max = 400) int n, @ForAll long seed, @ForAll LatePolicy late,
      @ForAll boolean shorten) {
    Plan plan = Planner.of(rules(late, shorten)).plan(Sample.plenary(), Sample.requests(n, seed));
    assertThat(plan.total()).isLessThanOrEqualTo(plan.plenary().budget());
    assertThat(plan.timetable().fits()).isTrue();
    assertThat(plan.errors()).isEmpty();
    assertThat(plan.slots("briefing").get(0).id()).isEqualTo("brief");
  }

  @Property(tries = 300)
  void nothingIsLost(@ForAll @IntRange(max = 400) int n, @ForAll long seed, @ForAll LatePolicy late,
      @ForAll boolean shorten) {
    List<RequestToSpeak> requests = Sample.requests(n, seed);
    Plan plan = Planner.of(rules(late, shorten)).plan(Sample.plenary(), requests);
    Set<String> out = new HashSet<>();
    plan.slots().stream().filter(s -> s.request().isPresent()).forEach(s -> out.add(s.id()));
    plan.waitingList().forEach(w -> assertThat(out.add(w.id())).isTrue());
    Set<String> in = new HashSet<>();
    requests.forEach(r -> in.add(r.id()));
    assertThat(out).isEqualTo(in);
    assertThat(plan.slots().size() + plan.waitingList().size()).isEqualTo(n + 3);
  }

  @Property(tries = 300)
  void underTheRefusePolicyNoLateRequestIsAdmitted(@ForAll @IntRange(max = 400) int n,
      @ForAll long seed) {
    RegistrationDeadline deadline = RegistrationDeadline.standard().late(LatePolicy.REFUSE);
    Plan plan = Planner.of(rules(LatePolicy.REFUSE, false)).plan(Sample.plenary(), Sample.requests(n, seed));
    for (Slot s : plan.slots()) {
      s.request().ifPresent(r -> assertThat(deadline.isLate(plan.plenary(), r)).isFalse());
    }
    for (WaitingEntry w : plan.waitingList()) {
      if (deadline.isLate(plan.plenary(), w.request().orElseThrow())) {
        assertThat(w.status()).isEqualTo(WaitingEntry.Status.REFUSED);
      }
    }
  }

  @Property(tries = 300)
  void keepsPrecedenceOnTheFloor(@ForAll @IntRange(max = 400) int n, @ForAll long seed) {
    Plan plan = Planner.of(rules(LatePolicy.WAIT_LIST, true)).plan(Sample.plenary(), Sample.requests(n, seed));
    List<Slot> floor = plan.slots("floor");
    for (int i = 1; i < floor.size(); i++) {
      int before = group(floor.get(i - 1));
      int now = group(floor.get(i));
      assertThat(before).isLessThanOrEqualTo(now);
      if (before == now) {
        assertThat(floor.get(i - 1).intervention().speaker().rank())
            .isLessThanOrEqualTo(floor.get(i).intervention().speaker().rank());
      }
    }
  }

  private static int group(Slot s) {
    return Precedence.DEFAULT_ORDER.indexOf(s.intervention().constituency());
  }
}
