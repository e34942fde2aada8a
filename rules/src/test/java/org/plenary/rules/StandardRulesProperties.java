package org.plenary.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.plenary.core.agenda.Constituency;
import org.plenary.core.plan.Decision;
import org.plenary.core.plan.Plan;
import org.plenary.core.planner.Planner;
import org.plenary.core.plan.Slot;
import org.plenary.core.plan.WaitingEntry;
import org.plenary.core.request.RequestToSpeak;
import org.plenary.core.rule.Rule;
import org.plenary.core.rule.RuleSet;
import org.plenary.core.testing.Sample;
import org.plenary.rules.deadline.LatePolicy;
import org.plenary.rules.deadline.RegistrationDeadline;
import org.plenary.rules.order.FixedPosition;
import org.plenary.rules.order.OnePerDelegation;
import org.plenary.rules.order.Precedence;
import org.plenary.rules.time.Cap;
import org.plenary.rules.time.Reserve;
import org.plenary.rules.time.SegmentAllotment;
import org.plenary.rules.time.SpeakingTimeLimit;
import org.plenary.rules.time.TimeBudget;

class StandardRulesProperties {

  private static RuleSet rules(LatePolicy late, boolean shorten) {
    return RuleSet.of(all(late, shorten));
  }

  /** Every standard rule, the reserve and the cap among them. */
  private static List<Rule> all(LatePolicy late, boolean shorten) {
    return List.of(
        RegistrationDeadline.standard().late(late),
        OnePerDelegation.inListSegments(),
        Precedence.standard(),
        FixedPosition.first("brief"),
        SpeakingTimeLimit.inSegment("floor", Duration.ofMinutes(3)),
        SegmentAllotment.declared(),
        Reserve.places("floor", 3, Constituency.OBSERVER_STATE, Constituency.INTERNATIONAL_ORGANISATION,
            Constituency.CIVIL_SOCIETY),
        Cap.places("floor", 2, Constituency.CIVIL_SOCIETY),
        shorten ? TimeBudget.shortening(Duration.ofMinutes(2)) : TimeBudget.waitListing());
  }

  /** The plan does not depend on the order in which the rules are listed: any permutation gives it. */
  @Property(tries = 200)
  void anyOrderOfTheRulesGivesTheSamePlan(@ForAll @IntRange(max = 200) int n, @ForAll long seed,
      @ForAll LatePolicy late, @ForAll boolean shorten, @ForAll long shuffle) {
    List<RequestToSpeak> requests = Sample.requests(n, seed);
    List<Rule> rules = new ArrayList<>(all(late, shorten));
    Plan reference = Planner.of(RuleSet.of(rules)).plan(Sample.plenary(), requests);
    Collections.shuffle(rules, new Random(shuffle));
    Plan shuffled = Planner.of(RuleSet.of(rules)).plan(Sample.plenary(), requests);
    assertThat(shuffled).isEqualTo(reference);
    assertThat(shuffled.findings()).isEqualTo(reference.findings());
  }

  /** Every decision in a plan names a rule of its set, and every waiting entry one that keeps it out. */
  @Property(tries = 100)
  void everyDecisionNamesARuleOfTheSet(@ForAll @IntRange(max = 200) int n, @ForAll long seed,
      @ForAll LatePolicy late, @ForAll boolean shorten) {
    RuleSet rules = rules(late, shorten);
    Plan plan = Planner.of(rules).plan(Sample.plenary(), Sample.requests(n, seed));
    plan.slots().forEach(s -> s.decisions().forEach(d -> assertThat(rules.ids()).contains(d.ruleId())));
    plan.waitingList().forEach(w -> assertThat(rules.ids()).contains(w.ruleId()));
    plan.slots().stream().filter(s -> s.allotted().compareTo(s.intervention().duration()) < 0)
        .forEach(s -> assertThat(s.decisions()).extracting(d -> d.kind())
            .containsAnyOf(Decision.Kind.CUT, Decision.Kind.SHORTENED));
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
    int at = Precedence.DEFAULT_ORDER.indexOf(s.intervention().constituency());
    return at < 0 ? Precedence.DEFAULT_ORDER.size() : at;
  }
}
