package org.plenary.core.planner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.plan.Plan;
import org.plenary.core.plan.Slot;
import org.plenary.core.rule.RuleSet;
import org.plenary.fixtures.Plenaries;
import org.plenary.fixtures.Plenaries.Listed;

/**
 * What one resolution guarantees whatever the plenary, the list and the rules drawn for them: the
 * rules' order does not matter, nobody is lost, the budget is kept, and the planner's plan breaks
 * none of its own rules.
 */
class ResolutionProperties {

  /** A drawn plenary and list, rules drawn for it, and the same rules in a drawn order. */
  record Case(Listed listed, DrawnRules.Drawn rules, DrawnRules.Drawn shuffled) {}

  @Provide
  Arbitrary<Case> cases() {
    return Combinators.combine(Plenaries.listed(80), DrawnRules.drafts()).as((l, d) -> {
      DrawnRules.Drawn drawn = DrawnRules.rules(l.plenary(), d, false);
      return new Case(l, drawn, DrawnRules.shuffled(drawn, d));
    });
  }

  @Provide
  Arbitrary<Case> budgeted() {
    return Combinators.combine(Plenaries.listed(120), DrawnRules.drafts()).as((l, d) -> {
      DrawnRules.Drawn drawn = DrawnRules.rules(l.plenary(), d, true);
      return new Case(l, drawn, drawn);
    });
  }

  @Property
  void anyOrderOfTheRulesGivesTheSamePlan(@ForAll("cases") Case c) {
    Plenary plenary = c.listed().plenary();
    Plan reference = Planner.of(RuleSet.of(c.rules().rules())).plan(plenary, c.listed().requests());
    Plan shuffled = Planner.of(RuleSet.of(c.shuffled().rules())).plan(plenary, c.listed().requests());
    assertThat(shuffled).isEqualTo(reference);
    assertThat(shuffled.findings()).isEqualTo(reference.findings());
  }

  @Property
  void nobodyIsLostTheBudgetIsKeptAndNoRuleIsBroken(@ForAll("budgeted") Case c) {
    Plenary plenary = c.listed().plenary();
    DrawnRules.Drawn drawn = c.rules();
    Plan plan = Planner.of(RuleSet.of(drawn.rules())).plan(plenary, c.listed().requests());
    Set<String> seen = new HashSet<>();
    for (Slot s : plan.slots()) {
      assertThat(seen.add(s.id())).isTrue();
    }
    plan.waitingList().forEach(w -> assertThat(seen.add(w.id())).isTrue());
    assertThat(seen).hasSize(c.listed().requests().size()
        + plenary.segments().stream().mapToInt(s -> s.interventions().size()).sum());
    assertThat(plan.timetable().total()).isLessThanOrEqualTo(plenary.budget());
    assertThat(plan.errors()).isEmpty();
    drawn.pinned().ifPresent(id -> {
      String segment = plenary.segments().stream().filter(s -> s.interventions().stream()
          .anyMatch(i -> i.id().equals(id))).findFirst().orElseThrow().id();
      assertThat(plan.slots(segment).get(0).id()).isEqualTo(id);
    });
    drawn.limited().ifPresent(segment -> assertThat(plan.slots(segment))
        .filteredOn(s -> s.request().isPresent()).allSatisfy(s -> {
          assertThat(s.allotted()).isLessThanOrEqualTo(drawn.limit());
          assertThat(s.allotted().toMillis() % 15_000 == 0 || s.allotted().equals(s.intervention().duration())
              || s.allotted().equals(drawn.limit()) || s.allotted().equals(Duration.ofMinutes(2))).isTrue();
        }));
    assertThat(Planner.of(RuleSet.of(drawn.rules())).check(plan).findings()).isEqualTo(plan.findings());
  }
}
