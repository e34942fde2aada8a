package org.plenary.examples.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.plenary.core.agenda.Constituency;
import org.plenary.core.agenda.Delegation;
import org.plenary.core.plan.Decision;
import org.plenary.core.plan.Plan;
import org.plenary.core.plan.Slot;
import org.plenary.core.planner.Planner;
import org.plenary.core.request.RequestToSpeak;
import org.plenary.core.rule.Rule;
import org.plenary.core.rule.RuleProvider;
import org.plenary.core.rule.RuleSet;
import org.plenary.core.testing.Trial;
import org.plenary.examples.asp18.Asp18;
import org.plenary.rules.order.OnePerDelegation;
import org.plenary.rules.order.Precedence;
import org.plenary.rules.time.SpeakingTimeLimit;
import org.plenary.rules.time.TimeBudget;

/** Three rules of a facilitation's own, each composed with the standard rules. */
class ThirdPartyRulesTest {

  private static final Delegation AFRICAN_GROUP = Delegation.of("AFG", "African Group", Constituency.STATE_PARTY);

  @Test
  void aGroupStatementOpensTheFloorBeforeThePrecedenceOfTheOthers() {
    Trial trial = Trial.sample().request("FRA", Constituency.STATE_PARTY)
        .request("NGO", Constituency.CIVIL_SOCIETY).request("BRA", Constituency.STATE_PARTY);
    RequestToSpeak group = RequestToSpeak.builder().from(trial.request("KEN", Constituency.STATE_PARTY)
        .requests().get(3)).onBehalfOf(AFRICAN_GROUP).build();
    Plan plan = trial.request(group).plan(Precedence.standard(), GroupStatementsFirst.inListSegments(),
        OnePerDelegation.inListSegments(), SpeakingTimeLimit.inSegment("floor", Duration.ofMinutes(3)));
    assertThat(Trial.order(plan, "floor")).containsExactly("KEN", "FRA", "BRA", "NGO");
    assertThat(plan.errors()).isEmpty();
    assertThat(Trial.decisions(plan, "KEN")).extracting(Decision::ruleId)
        .containsExactly(GroupStatementsFirst.ID, Precedence.ID);
    assertThat(plan.findings()).filteredOn(f -> f.ruleId().equals(GroupStatementsFirst.ID)).singleElement()
        .satisfies(f -> assertThat(f.message().english()).isEqualTo("4 speakers from the list checked: all in order."));
  }

  /** ASP18 with States Parties and the others in turn: every voice early, still by noon, no error. */
  @Test
  void statesPartiesAndOthersTakeTurnsUnderTheAsp18Rules() {
    RuleSet rules = Asp18.rules().and(AlternateStatesAndOthers.oneForOne());
    Plan plan = Planner.of(rules).plan(Asp18.plenary(), Asp18.requests());
    List<Slot> floor = plan.slots("floor");
    for (int i = 0; i < 6; i++) {
      assertThat(floor.get(i).intervention().constituency().equals(Constituency.STATE_PARTY))
          .as("turn %s", i).isEqualTo(i % 2 == 0);
    }
    assertThat(plan.errors()).isEmpty();
    assertThat(!plan.timetable().slack().isNegative()).isTrue();
    assertThat(Trial.order(Planner.of(Asp18.rules().and(AlternateStatesAndOthers.statesForOne(2)))
        .plan(Asp18.plenary(), Asp18.requests()), "floor")).startsWith("DEU", "FRA", "CICC", "BRA", "UGA", "EU");
  }

  /** The ASP18 rules with the turns of States Parties and others, in a drawn order. */
  @Provide
  Arbitrary<List<Rule>> turnsInAnyOrder() {
    return Arbitraries.shuffle(Asp18.rules().and(AlternateStatesAndOthers.oneForOne()).rules());
  }

  /** Rules of one's own resolve with the standard ones whatever the order they are listed in. */
  @Property(tries = 30)
  void anyOrderOfTheRulesWithTurnsGivesTheSamePlan(@ForAll("turnsInAnyOrder") List<Rule> order) {
    Plan plan = Planner.of(Asp18.rules().and(AlternateStatesAndOthers.oneForOne()))
        .plan(Asp18.plenary(), Asp18.requests());
    assertThat(Planner.of(RuleSet.of(order)).plan(Asp18.plenary(), Asp18.requests())).isEqualTo(plan);
  }

  @Test
  void theRegionsTakeTurnsWithinEachTierAsTheFileSays() throws IOException {
    RuleSet rules = load("""
        rules = order.precedence, order.regional-balance, time-limit.budget
        order.regional-balance.region.africa = NGA, KEN, SEN
        order.regional-balance.region.latin-america = BRA, MEX
        order.regional-balance.turns = africa, latin-america
        """);
    Trial trial = Trial.sample().request("BRA", Constituency.STATE_PARTY).request("MEX", Constituency.STATE_PARTY)
        .request("NGA", Constituency.STATE_PARTY).request("KEN", Constituency.STATE_PARTY)
        .request("FRA", Constituency.STATE_PARTY).request("NGO", Constituency.CIVIL_SOCIETY);
    Plan plan = trial.plan(rules);
    assertThat(Trial.order(plan, "floor")).containsExactly("NGA", "BRA", "KEN", "MEX", "FRA", "NGO");
    assertThat(plan.errors()).isEmpty();
    assertThat(plan.rules()).extracting(r -> r.description().english())
        .contains("The regional groups take turns: africa, latin-america");
    assertThat(RuleSet.providers()).extracting(RuleProvider::id)
        .contains(RegionalBalance.ID, GroupStatementsFirst.ID, AlternateStatesAndOthers.ID);
  }

  @Test
  void aRegionalBalanceMisconfiguredIsRefusedNamingTheKey() {
    assertThatThrownBy(() -> load("""
        rules = order.regional-balance
        order.regional-balance.region.africa = NGA
        order.regional-balance.turns = africa, europe
        """)).isInstanceOf(IllegalArgumentException.class).hasMessage("regions.properties: "
            + "order.regional-balance.turns = 'africa, europe' names region 'europe', which no region.europe "
            + "key lists");
    assertThatThrownBy(() -> load("""
        rules = order.regional-balance
        order.regional-balance.region.africa = NGA
        order.regional-balance.region.asia = JPN
        order.regional-balance.turns = africa
        """)).hasMessage("regions.properties: order.regional-balance.region.asia = 'JPN' is a region with "
            + "no turn in [africa]");
    assertThatThrownBy(() -> RegionalBalance.of(Map.of("a", List.of("X"), "b", List.of("X"))))
        .hasMessageContaining("delegation 'X' is in regions");
    assertThatThrownBy(() -> AlternateStatesAndOthers.statesForOne(0))
        .hasMessage("states (0) must be 1 or more");
  }

  private static RuleSet load(String text) throws IOException {
    Properties p = new Properties();
    p.load(new StringReader(text));
    return RuleSet.load(p, "regions.properties", Constituency.standardValues());
  }

  @Test
  void eachRuleSaysWhoItIsInBothLanguages() {
    for (Rule r : List.of(GroupStatementsFirst.inListSegments(), AlternateStatesAndOthers.oneForOne(),
        RegionalBalance.of(Map.of("africa", List.of("NGA"))))) {
      assertThat(r.name().english()).isNotEqualTo(r.name().in(java.util.Locale.FRENCH));
      assertThat(r.reason().english()).isNotEqualTo(r.reason().in(java.util.Locale.FRENCH));
      assertThat(RuleSet.of(r, TimeBudget.waitListing()).rules()).extracting(Rule::id).contains(r.id());
    }
  }
}
