package org.plenary.core.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.plenary.core.agenda.Constituency;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.agenda.Segment;
import org.plenary.core.plan.Decision;
import org.plenary.core.plan.Finding;
import org.plenary.core.plan.Finding.Severity;
import org.plenary.core.plan.Plan;
import org.plenary.core.plan.Slot;
import org.plenary.core.plan.WaitingEntry;
import org.plenary.core.request.RequestToSpeak;
import org.plenary.core.rule.Declarations.Fit;
import org.plenary.core.rule.Rule;
import org.plenary.core.rule.RuleSet;
import org.plenary.core.rule.Selector;
import org.plenary.core.testing.Sample;
import org.plenary.core.testing.Trial;
import org.plenary.core.text.LocalizedText;

class PlannerTest {

  private final Plenary plenary = Sample.plenary();

  /** At most {@code max} speakers on the floor, the rest wait: a rule of one's own in a line. */
  static Rule atMost(int max) {
    return Rule.of("test.at-most", LocalizedText.of("the cap of the test", "le plafond de l'essai"),
        LocalizedText.of("the test", "l'essai"), d -> d.capacity(Selector.segments("floor"), max));
  }

  /** An order of one's own may key with any long: the largest, for "after everyone", too. */
  @Test
  void ordersByAKeyOfZeroOrTheLargestLong() {
    Rule ngosLast = Floors.rule("order.ngos-last", d -> d.order(Selector.listSegments(),
        org.plenary.core.rule.Place.named("order.ngos-last"),
        r -> r.constituency().equals(Constituency.CIVIL_SOCIETY) ? Long.MAX_VALUE
            : r.constituency().equals(Constituency.OBSERVER_STATE) ? 1 : 0));

    Plan plan = Trial.sample().request("NGO1", Constituency.CIVIL_SOCIETY).request("OBS1", Constituency.OBSERVER_STATE)
        .request("SP1", Constituency.STATE_PARTY).request("NGO2", Constituency.CIVIL_SOCIETY)
        .request("SP2", Constituency.STATE_PARTY).plan(RuleSet.of(ngosLast));

    assertThat(plan.slots("floor")).extracting(s -> s.intervention().speaker().delegation().id())
        .containsExactly("SP1", "SP2", "OBS1", "NGO1", "NGO2");
  }

  @Test
  void withoutRulesEveryRequestIsPlannedInTheOrderGiven() {
    List<RequestToSpeak> requests = Sample.requests(5, 7);
    Plan plan = Planner.of(RuleSet.of()).plan(plenary, requests);
    assertThat(plan.slots()).extracting(Slot::id)
        .containsExactly("open", "brief", "case", "r0", "r1", "r2", "r3", "r4");
    assertThat(plan.waitingList()).isEmpty();
    assertThat(plan.findings()).isEmpty();
    assertThat(plan.slots()).allSatisfy(s -> {
      assertThat(s.allotted()).isEqualTo(s.intervention().duration());
      assertThat(s.decisions()).isEmpty();
    });
  }

  @Test
  void aRuleOfOnesOwnDecidesAndIsCheckedWithoutWritingACheck() {
    Plan plan = Planner.of(RuleSet.of(atMost(2))).plan(plenary, Sample.requests(5, 7));
    assertThat(plan.slots("floor")).extracting(Slot::id).containsExactly("r0", "r1");
    assertThat(plan.waitingList()).extracting(WaitingEntry::id).containsExactly("r2", "r3", "r4");
    WaitingEntry first = plan.waitingList().get(0);
    assertThat(first.decidedBy().ruleId()).isEqualTo("test.at-most");
    assertThat(first.decidedBy().kind()).isEqualTo(Decision.Kind.WAIT_LISTED);
    assertThat(first.decidedBy().message().in(Locale.FRENCH))
        .isEqualTo("Mise en attente par le plafond de l'essai : plus de place dans « Débat » (2 places).");
    assertThat(plan.findings()).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f.message().english())
          .isEqualTo("Places taken in “Floor”: 2 of 2; 3 speakers wait for lack of a place.");
    });
    assertThat(plan.rules()).extracting(r -> r.id()).containsExactly("test.at-most");
  }

  @Test
  void aPlanMadeElsewhereIsCheckedAgainstTheRules() {
    Plan unchecked = Planner.of(RuleSet.of()).plan(plenary, Sample.requests(3, 7));
    Plan plan = Planner.of(RuleSet.of(atMost(2))).check(unchecked);
    assertThat(plan.errors()).isNotEmpty();
    assertThat(plan.errors()).singleElement().satisfies(f -> {
      assertThat(f.subject()).isEqualTo("floor");
      assertThat(f.message().english())
          .isEqualTo("Places taken in “Floor”: 3, 1 more than the 2 it has.");
    });
  }

  @Test
  void theReportNamesTheRuleAsReadersKnowItAndNoId() {
    Plan unchecked = Planner.of(RuleSet.of()).plan(plenary, Sample.requests(3, 7));
    Plan planned = Planner.of(RuleSet.of(atMost(2))).plan(plenary, Sample.requests(3, 7));
    Plan edited = Plan.builder().from(planned).slots(unchecked.slots()).waitingList(List.of()).build();
    String report = Planner.of(RuleSet.of(atMost(2))).check(edited).report(Locale.FRENCH);
    assertThat(report)
        .startsWith("Constats d'une règle\n1 erreur, aucun avertissement, aucune information\n")
        .contains("- erreur, le plafond de l'essai : Places occupées dans « Débat » : 3, soit 1 de plus "
            + "que les 2 prévues. (motif : l'essai)")
        .doesNotContain("test.at-most").doesNotContain("[");
  }

  @Test
  void refusesARequestForASegmentThatDoesNotExist() {
    RequestToSpeak r = RequestToSpeak.builder().from(Sample.requests(1, 1).get(0)).segment("flor").build();
    assertThatThrownBy(() -> Planner.of(RuleSet.of()).plan(plenary, List.of(r)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("segment 'flor' does not exist; the segments are [opening, briefing, floor]");
  }

  @Test
  void refusesARequestForASegmentThatTakesNone() {
    RequestToSpeak r = RequestToSpeak.builder().from(Sample.requests(1, 1).get(0)).segment("opening").build();
    assertThatThrownBy(() -> Planner.of(RuleSet.of()).plan(plenary, List.of(r)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("request 'r0' asks for segment 'opening', which does not take requests");
  }

  @Test
  void refusesARequestIdUsedTwiceOrByTheProgramme() {
    RequestToSpeak r = Sample.requests(1, 1).get(0);
    assertThatThrownBy(() -> Planner.of(RuleSet.of()).plan(plenary, List.of(r, r)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("request id 'r0' is used twice, or by the programme");
    RequestToSpeak clash = RequestToSpeak.builder().from(r).id("brief").build();
    assertThatThrownBy(() -> Planner.of(RuleSet.of()).plan(plenary, List.of(clash)))
        .hasMessage("request id 'brief' is used twice, or by the programme");
  }

  @Test
  void planEditsReturnNewPlansAndKeepTheOldOnes() {
    Plan plan = Planner.of(RuleSet.of()).plan(plenary, Sample.requests(2, 3));
    Slot r0 = plan.slot("r0").orElseThrow();
    List<Slot> slots = new ArrayList<>(plan.slots());
    slots.set(slots.indexOf(r0), Slot.of(r0.segment(), r0.intervention(), Duration.ofMinutes(1), r0.request(),
        r0.decisions()));
    Plan shorter = Plan.builder().from(plan).slots(slots).build();
    assertThat(shorter.slot("r0").orElseThrow().allotted()).isEqualTo(Duration.ofMinutes(1));
    assertThat(plan.slot("r0").orElseThrow().allotted()).isNotEqualTo(Duration.ofMinutes(1));
    assertThatThrownBy(() -> Slot.of(r0.segment(), r0.intervention(), Duration.ZERO, r0.request(), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("allotted time of 'r0' (PT0S) must be positive");
    assertThatThrownBy(() -> plan.explain("zz", Locale.ENGLISH))
        .hasMessage("intervention 'zz' is neither in the plan nor waiting");
    Slot r1 = plan.slot("r1").orElseThrow();
    WaitingEntry out = WaitingEntry.of("floor", r1.request().orElseThrow(), List.of(Decision.of(
        Decision.Kind.REFUSED, "chair", LocalizedText.of("Withdrawn.", "Retirée."))));
    List<Slot> without = new ArrayList<>(plan.slots());
    without.remove(r1);
    assertThat(Plan.builder().from(plan).slots(without).addWaitingList(out).build().waitingList())
        .containsExactly(out);
    assertThat(out.status()).isEqualTo(Decision.Kind.REFUSED);
    assertThat(plan.toString()).startsWith("Plan of \"Sample sitting\": 5 slots, ");
  }

  @Test
  void refusesAPlanWhoseSegmentsRunOutOfOrder() {
    Plan plan = Planner.of(RuleSet.of()).plan(plenary, Sample.requests(1, 3));
    List<Slot> reversed = new ArrayList<>(plan.slots());
    java.util.Collections.reverse(reversed);
    assertThatThrownBy(() -> Plan.builder().from(plan).slots(reversed).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("slot 'case' of segment 'briefing' comes after segment 'floor'; segments run in "
            + "the order [opening, briefing, floor]");
  }

  /** A capacity over the whole sitting counts the declared gaps before segments, as the plan's total does. */
  @Test
  void aCapacityOverTheSittingCountsTheGapsBeforeSegments() {
    Segment floor = Segment.builder().from(plenary.segments().get(2)).gapBefore(Duration.ofMinutes(10))
        .build();
    Plenary withGap = Plenary.builder().from(plenary)
        .segments(List.of(plenary.segments().get(0), plenary.segments().get(1), floor)).build();
    Rule budget = Rule.of("test.budget", LocalizedText.of("the budget"), LocalizedText.of("test"),
        d -> d.capacity(Selector.everywhere(), Duration.ofMinutes(46), Fit.waitList()));
    Trial trial = Trial.of(withGap).request("A", Constituency.STATE_PARTY)
        .request("B", Constituency.STATE_PARTY).request("C", Constituency.STATE_PARTY);
    Plan plan = trial.plan(budget);
    assertThat(Trial.order(plan, "floor")).containsExactly("A", "B");
    assertThat(Trial.waiting(plan)).containsExactly("C");
    assertThat(plan.timetable().total()).isEqualTo(Duration.ofMinutes(5 + 15 + 10 + 10 + 6));
  }

  /** Findings come errors first, then in plan order: r2 before r10, not as strings sort. */
  @Test
  void findingsComeInPlanOrderNotByTheirSubjectsSpelling() {
    Rule minute = Rule.of("test.limit", LocalizedText.of("a minute"), LocalizedText.of("test"),
        d -> d.limit(Selector.segments("floor"), Duration.ofMinutes(1)));
    Trial trial = Trial.sample();
    for (int i = 0; i < 12; i++) {
      trial = trial.request("D" + i, Constituency.STATE_PARTY, Duration.ofMinutes(2));
    }
    Plan plan = Planner.of(RuleSet.of(minute)).check(trial.plan(RuleSet.of()));
    assertThat(plan.errors()).extracting(Finding::subject)
        .containsExactly("r1", "r2", "r3", "r4", "r5", "r6", "r7", "r8", "r9", "r10", "r11", "r12");
  }

  @Test
  void aPlannerShowsItsRules() {
    assertThat(Planner.of(RuleSet.of(atMost(1))).toString()).isEqualTo("Planner[test.at-most]");
  }
}
