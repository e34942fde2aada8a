package org.plenary.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.plan.Decision;
import org.plenary.core.plan.Plan;
import org.plenary.core.plan.Slot;
import org.plenary.core.plan.WaitingEntry;
import org.plenary.core.planner.Planner;
import org.plenary.core.rule.Rule;
import org.plenary.core.rule.RuleSet;
import org.plenary.fixtures.Plenaries;
import org.plenary.fixtures.Plenaries.Listed;
import org.plenary.rules.deadline.LatePolicy;
import org.plenary.rules.deadline.RegistrationDeadline;
import org.plenary.rules.order.Precedence;
import org.plenary.rules.time.TimeBudget;

/**
 * What the standard rules guarantee together, whatever the plenary, the list and the subset of rules
 * drawn for them, with their parameters and in any order.
 */
class StandardRulesProperties {

  /** A drawn plenary and list, standard rules drawn for it, and the same rules in a drawn order. */
  record Case(Listed listed, StandardRuleSets.Drawn rules, StandardRuleSets.Drawn shuffled) {

    Plan plan() {
      return Planner.of(RuleSet.of(rules.rules())).plan(listed.plenary(), listed.requests());
    }
  }

  private static Arbitrary<Case> cases(int max, Set<String> required, Arbitrary<LatePolicy> lates) {
    return Combinators.combine(Plenaries.listed(max), StandardRuleSets.drafts(lates)).as((l, d) -> {
      StandardRuleSets.Drawn drawn = StandardRuleSets.rules(l.plenary(), d, required);
      return new Case(l, drawn, StandardRuleSets.shuffled(drawn, d));
    });
  }

  @Provide
  Arbitrary<Case> any() {
    return cases(80, Set.of(), Arbitraries.of(LatePolicy.class));
  }

  @Provide
  Arbitrary<Case> budgeted() {
    return cases(120, Set.of(TimeBudget.ID), Arbitraries.of(LatePolicy.class));
  }

  @Provide
  Arbitrary<Case> refusing() {
    return cases(120, Set.of(RegistrationDeadline.ID), Arbitraries.just(LatePolicy.REFUSE));
  }

  @Provide
  Arbitrary<Case> precedence() {
    return cases(120, Set.of(Precedence.ID), Arbitraries.of(LatePolicy.class));
  }

  /** The plan does not depend on the order in which the rules are listed: any permutation gives it. */
  @Property
  void anyOrderOfTheRulesGivesTheSamePlan(@ForAll("any") Case c) {
    Plan reference = c.plan();
    Plan shuffled = Planner.of(RuleSet.of(c.shuffled().rules())).plan(c.listed().plenary(), c.listed().requests());
    assertThat(shuffled).isEqualTo(reference);
    assertThat(shuffled.findings()).isEqualTo(reference.findings());
  }

  /** Every decision in a plan names a rule of its set, and every waiting entry one that keeps it out. */
  @Property
  void everyDecisionNamesARuleOfTheSet(@ForAll("any") Case c) {
    RuleSet rules = RuleSet.of(c.rules().rules());
    Plan plan = c.plan();
    plan.slots().forEach(s -> s.decisions().forEach(d ->
        assertThat(rules.rules()).extracting(Rule::id).contains(d.ruleId())));
    plan.waitingList().forEach(w -> assertThat(rules.rules()).extracting(Rule::id).contains(w.decidedBy().ruleId()));
    plan.slots().stream().filter(s -> s.allotted().compareTo(s.intervention().duration()) < 0)
        .forEach(s -> assertThat(s.decisions()).extracting(d -> d.kind())
            .containsAnyOf(Decision.Kind.CUT, Decision.Kind.SHORTENED));
  }

  @Property
  void aPlanShapedByTheStandardRulesKeepsItsBudgetAndBreaksNoRule(@ForAll("budgeted") Case c) {
    Plan plan = c.plan();
    assertThat(plan.timetable().total()).isLessThanOrEqualTo(plan.plenary().budget());
    assertThat(plan.errors()).isEmpty();
    c.rules().pinned().ifPresent(id -> assertThat(plan.slots(segmentOf(plan.plenary(), id)).get(0).id())
        .isEqualTo(id));
  }

  @Property
  void nothingIsLost(@ForAll("any") Case c) {
    Plan plan = c.plan();
    Set<String> out = new HashSet<>();
    plan.slots().stream().filter(s -> s.request().isPresent()).forEach(s -> out.add(s.id()));
    plan.waitingList().forEach(w -> assertThat(out.add(w.id())).isTrue());
    Set<String> in = new HashSet<>();
    c.listed().requests().forEach(r -> in.add(r.id()));
    assertThat(out).isEqualTo(in);
    int programme = plan.plenary().segments().stream().mapToInt(s -> s.interventions().size()).sum();
    assertThat(plan.slots().size() + plan.waitingList().size()).isEqualTo(in.size() + programme);
  }

  @Property
  void underTheRefusePolicyNoLateRequestIsAdmitted(@ForAll("refusing") Case c) {
    RegistrationDeadline deadline = (RegistrationDeadline) c.rules().rules().stream()
        .filter(r -> r.id().equals(RegistrationDeadline.ID)).findFirst().orElseThrow();
    Plan plan = c.plan();
    for (Slot s : plan.slots()) {
      s.request().ifPresent(r -> assertThat(deadline.isLate(plan.plenary(), r)).as("%s", r).isFalse());
    }
    for (WaitingEntry w : plan.waitingList()) {
      if (deadline.isLate(plan.plenary(), w.request().orElseThrow())) {
        assertThat(w.status()).isEqualTo(Decision.Kind.REFUSED);
      }
    }
  }

  /**
   * In every segment, the requests planned keep the order of precedence (those admitted late after
   * the others), but for any the fixed item or the reserve moves.
   */
  @Property
  void keepsPrecedenceInEverySegment(@ForAll("precedence") Case c) {
    Plan plan = c.plan();
    RegistrationDeadline deadline = c.rules().has(RegistrationDeadline.ID)
        ? (RegistrationDeadline) c.rules().rules().stream().filter(r -> r.id().equals(RegistrationDeadline.ID))
            .findFirst().orElseThrow() : null;
    boolean lateAfter = deadline != null && c.rules().late() == LatePolicy.ADMIT_AFTER;
    Comparator<Slot> precedence = Comparator.<Slot, Boolean>comparing(s -> lateAfter
            && deadline.isLate(plan.plenary(), s.request().orElseThrow()))
        .thenComparingInt(StandardRulesProperties::group)
        .thenComparing(s -> s.intervention().speaker().rank());
    for (String segment : c.listed().listSegments()) {
      List<Slot> requested = plan.slots(segment).stream().filter(s -> s.request().isPresent()).toList();
      if (c.rules().has(org.plenary.rules.time.Reserve.ID)) {
        continue;
      }
      assertThat(requested).as("requests in %s", segment).isSortedAccordingTo(precedence);
    }
  }

  private static String segmentOf(Plenary p, String item) {
    return p.segments().stream().filter(s -> s.interventions().stream().anyMatch(i -> i.id().equals(item)))
        .findFirst().orElseThrow().id();
  }

  private static int group(Slot s) {
    int at = Precedence.DEFAULT_ORDER.indexOf(s.intervention().constituency());
    return at < 0 ? Precedence.DEFAULT_ORDER.size() : at;
  }
}
