package org.plenary.core.planner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
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
import org.plenary.core.plan.Plan;
import org.plenary.core.plan.Slot;
import org.plenary.core.request.RequestToSpeak;
import org.plenary.core.rule.Declarations;
import org.plenary.core.rule.Declarations.Fit;
import org.plenary.core.rule.Declarations.Verdict;
import org.plenary.core.rule.Place;
import org.plenary.core.rule.Rule;
import org.plenary.core.rule.RuleSet;
import org.plenary.core.rule.Selector;
import org.plenary.core.testing.Sample;
import org.plenary.core.text.LocalizedText;

/**
 * What one resolution guarantees whatever the list: the rules' order does not matter, nobody is lost,
 * the budget is kept, and the planner's plan breaks none of its own rules.
 */
class ResolutionProperties {

  private static final Instant CUT_OFF = Sample.DEADLINE.atStartOfDay(Sample.ZONE).toInstant();
  private static final Selector OTHERS = Selector.constituencies(Constituency.OBSERVER_STATE,
      Constituency.INTERNATIONAL_ORGANISATION, Constituency.CIVIL_SOCIETY);

  private static final Place GROUP = Place.named("order.group");

  private static Rule rule(String id, java.util.function.Consumer<Declarations> declare) {
    return Rule.of(id, LocalizedText.of(id), LocalizedText.of("test"), declare);
  }

  /** A rule set that uses every kind of declaration, with or without shortening and alternation. */
  private static List<Rule> rules(boolean shorten, boolean alternate) {
    List<Rule> rules = new ArrayList<>(List.of(
        rule("admit.late", d -> d.admit(Selector.listSegments(), r -> r.received().isBefore(CUT_OFF)
            ? Verdict.admit() : Verdict.admitLate(LocalizedText.of("late")))),
        rule("admit.once", d -> d.onePer(Selector.listSegments(), s -> s.voice())),
        rule("order.group", d -> d.order(Selector.listSegments(), GROUP,
            r -> r.constituency().equals(Constituency.STATE_PARTY) ? 0 : 1)),
        rule("order.receipt", d -> d.order(Selector.listSegments(), Place.after(GROUP),
            r -> r.received().toEpochMilli())),
        rule("pin.case", d -> d.pin("case", 1)),
        rule("limit.floor", d -> d.limit(Selector.segments("floor"), Duration.ofMinutes(4))),
        rule("reserve.others", d -> d.reserve(Selector.segments("floor").and(OTHERS), 3)),
        rule("cap.ngos", d -> d.capacity(Selector.segments("floor")
            .and(Selector.constituencies(Constituency.CIVIL_SOCIETY)), 2)),
        rule("budget", d -> d.capacity(Selector.everywhere(), d.plenary().budget(),
            shorten ? Fit.shortenThenWaitList(Duration.ofMinutes(2)) : Fit.waitList()))));
    if (alternate) {
      rules.add(rule("order.turns", d -> d.alternate(Selector.listSegments(), Place.before(GROUP),
          r -> r.constituency().equals(Constituency.STATE_PARTY) ? "sp" : "other", List.of("sp", "other"))));
    }
    return rules;
  }

  @Property(tries = 150)
  void anyOrderOfTheRulesGivesTheSamePlan(@ForAll @IntRange(max = 150) int n, @ForAll long seed,
      @ForAll boolean shorten, @ForAll boolean alternate, @ForAll long shuffle) {
    List<RequestToSpeak> requests = Sample.requests(n, seed);
    List<Rule> rules = rules(shorten, alternate);
    Plan reference = Planner.of(RuleSet.of(rules)).plan(Sample.plenary(), requests);
    Collections.shuffle(rules, new Random(shuffle));
    Plan shuffled = Planner.of(RuleSet.of(rules)).plan(Sample.plenary(), requests);
    assertThat(shuffled).isEqualTo(reference);
  }

  @Property(tries = 150)
  void nobodyIsLostTheBudgetIsKeptAndNoRuleIsBroken(@ForAll @IntRange(max = 300) int n,
      @ForAll long seed, @ForAll boolean shorten, @ForAll boolean alternate) {
    List<RequestToSpeak> requests = Sample.requests(n, seed);
    Plan plan = Planner.of(RuleSet.of(rules(shorten, alternate))).plan(Sample.plenary(), requests);
    Set<String> seen = new HashSet<>();
    for (Slot s : plan.slots()) {
      assertThat(seen.add(s.id())).isTrue();
    }
    plan.waitingList().forEach(w -> assertThat(seen.add(w.id())).isTrue());
    assertThat(seen).hasSize(n + plan.plenary().segments().stream().mapToInt(s -> s.interventions().size()).sum());
    assertThat(plan.total()).isLessThanOrEqualTo(plan.plenary().budget());
    assertThat(plan.errors()).isEmpty();
    assertThat(plan.slots("briefing").get(0).id()).isEqualTo("case");
    assertThat(plan.slots("floor")).allSatisfy(s -> {
      assertThat(s.allotted()).isLessThanOrEqualTo(Duration.ofMinutes(4));
      assertThat(s.allotted().toMillis() % 15_000 == 0 || s.allotted().equals(s.intervention().duration())
          || s.allotted().equals(Duration.ofMinutes(4)) || s.allotted().equals(Duration.ofMinutes(2))).isTrue();
    });
    assertThat(Planner.of(RuleSet.of(rules(shorten, alternate))).check(plan).findings())
        .isEqualTo(plan.findings());
  }
}
