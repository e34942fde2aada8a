package org.plenary.core.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.plenary.core.planner.Floors.STATES_FIRST;
import static org.plenary.core.planner.Floors.mixed;
import static org.plenary.core.planner.Floors.rule;
import static org.plenary.core.planner.Floors.statesFirst;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.plenary.core.agenda.Constituency;
import org.plenary.core.plan.Finding;
import org.plenary.core.plan.Plan;
import org.plenary.core.plan.Finding.Severity;
import org.plenary.core.rule.Place;
import org.plenary.core.rule.Rule;
import org.plenary.core.rule.Selector;
import org.plenary.core.testing.Trial;

/** An order's place among the others is named relative to them, and the plan says where none is. */
class PlacesTest {

  /** NGO2 first, by a rule of one's own. */
  private static Rule ngo2First(String id, Place place) {
    return rule(id, d -> d.order(Selector.listSegments(), place, r -> r.voice().id().equals("NGO2") ? 0 : 1));
  }

  /** The latest received first. */
  private static Rule latestFirst(Place place) {
    return rule("order.latest-first", d -> d.order(Selector.listSegments(), place, r -> -r.received().toEpochMilli()));
  }

  private static List<Finding> warnings(Plan plan) {
    return plan.findings().stream().filter(f -> f.severity() == Severity.WARNING).toList();
  }

  @Test
  void anOrderJustBeforeAPlaceDecidesFirstAndOneJustAfterItDecidesAmongThoseItLeavesLevel() {
    Plan plan = mixed().plan(latestFirst(Place.after(STATES_FIRST)), ngo2First("order.ngo2", Place.before(STATES_FIRST)),
        statesFirst());

    assertThat(Trial.order(plan, "floor")).containsExactly("NGO2", "SP4", "SP3", "SP2", "SP1", "OBS1", "NGO1");
    assertThat(warnings(plan)).isEmpty();
  }

  @Test
  void twoRulesJustBeforeOnePlaceApplyByRuleIdAndTheFindingNamesBoth() {
    Plan plan = mixed().plan(statesFirst(), ngo2First("order.b-ngo2", Place.before(STATES_FIRST)),
        latestFirst(Place.before(STATES_FIRST)));

    assertThat(Trial.order(plan, "floor")).as("order.b-ngo2 applies first: its id comes first")
        .containsExactly("NGO2", "SP4", "SP3", "OBS1", "SP2", "SP1", "NGO1");
    assertThat(warnings(plan)).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("order.b-ngo2");
      assertThat(f.related()).containsExactly("order.latest-first");
      assertThat(f.subject()).isEqualTo("floor");
      assertThat(f.message().english()).isEqualTo("rule order.b-ngo2 and rule order.latest-first both order the "
          + "speakers of “Floor”, and no place says which comes first: rule order.b-ngo2 applies first.");
    });
  }

  @Test
  void anOrderBesideAPlaceNoRuleHasStandsOnItsOwn() {
    Place nowhere = Place.named("order.nowhere");
    Plan alone = mixed().plan(ngo2First("order.ngo2", Place.before(nowhere)));
    assertThat(Trial.order(alone, "floor")).startsWith("NGO2");
    assertThat(warnings(alone)).isEmpty();

    Plan beside = mixed().plan(ngo2First("order.ngo2", Place.before(nowhere)), statesFirst());
    assertThat(warnings(beside)).singleElement().satisfies(f -> assertThat(f.related())
        .containsExactly("order.states-first"));
  }

  @Test
  void aRulesOwnPlacesFollowOneAnotherAsItDeclaresThem() {
    Rule twoKeys = rule("order.two-keys", d -> {
      d.order(Selector.listSegments(), Place.named("order.two-keys.others"),
          r -> r.constituency().equals(Constituency.STATE_PARTY) ? 1 : 0);
      d.order(Selector.listSegments(), Place.named("order.two-keys.latest"), r -> -r.received().toEpochMilli());
    });
    Plan plan = mixed().plan(twoKeys);

    assertThat(Trial.order(plan, "floor")).containsExactly("NGO2", "OBS1", "NGO1", "SP4", "SP3", "SP2", "SP1");
    assertThat(warnings(plan)).isEmpty();
  }

  @Test
  void aPlaceIsNamedByLowerCaseWordsAndAnOrderStandsBesideANamedPlaceOnly() {
    assertThatThrownBy(() -> Place.named("New Voices")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("place name 'New Voices' must be lower-case words joined by dots or hyphens, such as "
            + "'order.precedence.rank'");
    assertThatThrownBy(() -> Place.before(Place.after(STATES_FIRST))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("place (after order.states-first) has no name of its own: an order stands before a named place only");
    assertThatThrownBy(() -> Place.named(null)).isInstanceOf(NullPointerException.class).hasMessage("name");
    assertThatThrownBy(() -> Place.after(null)).isInstanceOf(NullPointerException.class).hasMessage("place");
  }

  @Test
  void placesAreValuesThatSayWhereTheyStand() {
    assertThat(Place.before(STATES_FIRST)).isEqualTo(Place.before(Place.named("order.states-first")))
        .hasSameHashCodeAs(Place.before(Place.named("order.states-first")))
        .isNotEqualTo(Place.after(STATES_FIRST)).isNotEqualTo(STATES_FIRST)
        .hasToString("before order.states-first");
    assertThat(STATES_FIRST).hasToString("order.states-first");
    assertThat(Place.after(STATES_FIRST)).hasToString("after order.states-first");
  }
}
