package org.plenary.rules.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.plenary.core.agenda.Constituency;
import org.plenary.core.plan.Decision;
import org.plenary.core.plan.Finding;
import org.plenary.core.plan.Finding.Severity;
import org.plenary.core.plan.Plan;
import org.plenary.core.plan.Slot;
import org.plenary.core.plan.WaitingEntry;
import org.plenary.core.planner.Planner;
import org.plenary.core.rule.RuleSet;
import org.plenary.core.testing.Sample;
import org.plenary.core.testing.Trial;
import org.plenary.core.text.LocalizedText;

class FixedPositionTest {

  @Test
  void movesAnInterventionToItsPlaceAndSaysSo() {
    Plan plan = Planner.of(RuleSet.of(FixedPosition.none().and("case", 1)))
        .plan(Sample.plenary(), List.of());
    assertThat(plan.slots("briefing")).extracting(Slot::id).containsExactly("case", "brief");
    assertThat(plan.findings()).singleElement().satisfies(f ->
        assertThat(f.message().english()).isEqualTo("One fixed place checked: it is kept."));
    assertThat(plan.slot("case").orElseThrow().decisions()).singleElement().satisfies(d -> {
      assertThat(d.kind()).isEqualTo(Decision.Kind.PINNED);
      assertThat(d.ruleId()).isEqualTo(FixedPosition.ID);
      assertThat(d.message().in(Locale.FRENCH)).isEqualTo("Placée en premier par les places fixes du programme.");
    });
  }

  @Test
  void placesLastAndBeyondTheEndAtTheEnd() {
    Plan plan = Planner.of(RuleSet.of(FixedPosition.none().and("brief", FixedPosition.LAST)))
        .plan(Sample.plenary(), List.of());
    assertThat(plan.slots("briefing")).extracting(Slot::id).containsExactly("case", "brief");
    assertThat(plan.slot("brief").orElseThrow().decisions().get(0).message().english())
        .isEqualTo("Placed last by the fixed places of the programme.");
    Plan far = Planner.of(RuleSet.of(FixedPosition.none().and("brief", 9))).plan(Sample.plenary(), List.of());
    assertThat(far.slots("briefing")).extracting(Slot::id).containsExactly("case", "brief");
    assertThat(far.errors()).isEmpty();
  }

  @Test
  void reportsAnInterventionOutOfPlace() {
    RuleSet rules = RuleSet.of(FixedPosition.first("brief"));
    Plan plan = Planner.of(rules).check(
        Planner.of(RuleSet.of(FixedPosition.first("case"))).plan(Sample.plenary(), List.of()));
    assertThat(plan.errors()).singleElement().satisfies(f -> {
      assertThat(f.subject()).isEqualTo("brief");
      assertThat(f.message().english())
          .isEqualTo("Delegation body should speak 1st in “Briefing”, but speaks 2nd.");
    });
  }

  /** The customary first speakers of a general debate: pinned requests, with precedence, are no error. */
  @Test
  void pinnedRequestsAndPrecedenceGiveNoError() {
    Trial trial = Trial.sample().request("NGO", Constituency.CIVIL_SOCIETY)
        .request("FRA", Constituency.STATE_PARTY).request("OBS", Constituency.OBSERVER_STATE)
        .request("BRA", Constituency.STATE_PARTY);
    Plan plan = trial.plan(Precedence.standard(), FixedPosition.first("r3")
        .and("r1", 2, LocalizedText.of("the civil society statement")));
    assertThat(Trial.order(plan, "floor")).containsExactly("OBS", "NGO", "FRA", "BRA");
    assertThat(plan.findings()).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    assertThat(Trial.decisions(plan, "OBS")).extracting(Decision::kind)
        .containsExactly(Decision.Kind.ORDERED, Decision.Kind.PINNED);
    assertThat(Planner.of(RuleSet.of(Precedence.standard())).check(plan).errors())
        .as("precedence alone, unaware of the pins, would call it an error").isNotEmpty();
  }

  @Test
  void twoPinsOnOnePlaceAreAWarningNamingBothRules() {
    Plan plan = Trial.sample().request("A", Constituency.STATE_PARTY).request("B", Constituency.STATE_PARTY)
        .request("C", Constituency.STATE_PARTY)
        .plan(FixedPosition.first("r3"), org.plenary.core.rule.Rule.of("test.first",
            LocalizedText.of("the test's first place"), LocalizedText.of("test"), d -> d.pin("r2", 1)));
    assertThat(Trial.order(plan, "floor")).containsExactly("C", "B", "A");
    assertThat(plan.findings()).filteredOn(f -> f.severity() == Severity.WARNING).singleElement()
        .satisfies(f -> {
          assertThat(f.ruleId()).isEqualTo(FixedPosition.ID);
          assertThat(f.related()).containsExactly("test.first");
          assertThat(f.message().english()).isEqualTo("the fixed places of the programme and the test's "
              + "first place both give place 1 in “Floor”: Delegation C takes it, Delegation B follows.");
        });
  }

  @Test
  void aPinOnARequestAnotherRuleKeptOutIsAWarningNamingBoth() {
    Plan plan = Trial.sample().request("A", Constituency.STATE_PARTY).request("B", Constituency.STATE_PARTY)
        .plan(FixedPosition.first("r2"), OnePerDelegation.inListSegments(),
            org.plenary.core.rule.Rule.of("test.only-a", LocalizedText.of("only A"), LocalizedText.of("test"),
                d -> d.capacity(org.plenary.core.rule.Selector.segments("floor"), 1)));
    assertThat(Trial.order(plan, "floor")).containsExactly("B");
    assertThat(Trial.waiting(plan)).containsExactly("A");
    Plan refused = Trial.sample().request("A", Constituency.STATE_PARTY)
        .request(org.plenary.core.request.RequestToSpeak.builder().from(Trial.sample()
            .request("A", Constituency.STATE_PARTY).requests().get(0)).id("again")
            .received(Trial.sample().nextReceived().plusSeconds(3600)).build())
        .plan(FixedPosition.first("again"), OnePerDelegation.inListSegments());
    assertThat(refused.findings()).filteredOn(f -> f.severity() == Severity.WARNING).singleElement()
        .satisfies(f -> {
          assertThat(f.related()).containsExactly(OnePerDelegation.ID);
          assertThat(f.message().english()).isEqualTo("The fixed place set by the fixed places of the "
              + "programme for Delegation A cannot hold: the rule of one statement per delegation keeps it off "
              + "the list.");
        });
  }

  @Test
  void reportsAFixedInterventionOnTheWaitingListAndAnUnknownOne() {
    Plan plan = Planner.of(RuleSet.of()).plan(Sample.plenary(), List.of());
    Slot brief = plan.slot("brief").orElseThrow();
    WaitingEntry out = WaitingEntry.of("briefing", brief.intervention(), List.of(
        Decision.of(Decision.Kind.WAIT_LISTED, "chair", LocalizedText.of("Delayed."))));
    List<Slot> slots = new java.util.ArrayList<>(plan.slots());
    slots.remove(brief);
    Plan checked = Planner.of(RuleSet.of(FixedPosition.first("brief").and("ghost", 1)))
        .check(Plan.builder().from(plan).slots(slots).addWaitingList(out).build());
    assertThat(checked.findings()).extracting(f -> f.severity() + " " + f.subject())
        .containsExactly("WARNING brief", "WARNING ghost");
    assertThat(checked.findings()).extracting(Finding::message).extracting(LocalizedText::english)
        .containsExactly("The fixed place set by the fixed places of the programme for Delegation body "
            + "cannot hold: chair keeps it off the list.", "'ghost' has a fixed place, but is neither in the "
            + "plan nor on the waiting list.");
  }

  @Test
  void refusesAPlaceOfZeroAndSaysSoWhenThereIsNone() {
    assertThatThrownBy(() -> FixedPosition.none().and("x", 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("place of 'x' (0) must be 1 or more, or LAST (-1)");
    assertThat(Planner.of(RuleSet.of(FixedPosition.none())).plan(Sample.plenary(), List.of()).findings())
        .singleElement().satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.INFO);
          assertThat(f.message().english()).isEqualTo("Nothing to check: the rule asks nothing of this plenary.");
        });
  }
}
