package org.plenary.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.Lists;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.plenary.core.agenda.Constituency;
import org.plenary.core.agenda.Intervention;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.agenda.Segment;
import org.plenary.core.agenda.Speaker;
import org.plenary.core.request.RequestToSpeak;
import org.plenary.core.rule.Finding;
import org.plenary.core.rule.Rule;
import org.plenary.core.rule.RuleSet;
import org.plenary.core.rule.Severity;
import org.plenary.core.rule.Step;
import org.plenary.core.testing.Sample;
import org.plenary.core.testing.ShapingRule;
import org.plenary.core.text.LocalizedText;

class PlannerTest {

  /** A rule of a facilitation's own: at most {@code max} requests, the rest wait. */
  record AtMost(int max) implements Rule {
    @Override
    public String id() {
      return "test.at-most";
    }

    @Override
    public LocalizedText description() {
      return LocalizedText.of("At most " + max + " requests", "Au plus " + max + " demandes");
    }

    @Override
    public LocalizedText reason() {
      return LocalizedText.of("the test", "le test");
    }

    @Override
    public Optional<Step> step() {
      return Optional.of(Step.FIT);
    }

    @Override
    public void shape(Draft draft) {
      List<Candidate> floor = new ArrayList<>(draft.candidates("floor"));
      for (Candidate c : floor.subList(Math.min(max, floor.size()), floor.size())) {
        draft.moveToWaitingList(c, id(), LocalizedText.of("no room", "pas de place"),
            WaitingEntry.Status.WAITING);
      }
    }

    @Override
    public List<Finding> check(Plan plan) {
      int n = plan.slots("floor").size();
      return List.of(finding(n > max ? Severity.ERROR : Severity.INFO, "floor",
          LocalizedText.of(n + " on the floor", n + " au débat")).build());
    }
  }

  private final Plenary plenary = Sample.plenary();

  @Test
  void withoutRulesEveryRequestIsPlannedInTheOrderGiven() {
    List<RequestToSpeak> requests = Sample.requests(5, 7);
    Plan plan = Planner.of(RuleSet.of()).plan(plenary, requests);
    assertThat(plan.slots()).extracting(Slot::id)
        .containsExactly("open", "brief", "case", "r0", "r1", "r2", "r3", "r4");
    assertThat(plan.waitingList()).isEmpty();
    assertThat(plan.findings()).isEmpty();
    assertThat(plan.slots("floor")).allSatisfy(s -> assertThat(s.allotted()).isEqualTo(s.intervention().duration()));
  }

  @Test
  void aRuleOfOnesOwnShapesAndChecksThePlan() {
    Plan plan = Planner.of(RuleSet.of(new AtMost(2))).plan(plenary, Sample.requests(5, 7));
    assertThat(plan.slots("floor")).extracting(Slot::id).containsExactly("r0", "r1");
    assertThat(plan.waitingList()).extracting(WaitingEntry::id).containsExactly("r2", "r3", "r4");
    assertThat(plan.waitingList().get(0).reason().in(Locale.FRENCH)).isEqualTo("pas de place");
    assertThat(plan.findings()).singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    assertThat(plan.rules()).extracting(r -> r.id()).containsExactly("test.at-most");
  }

  @Test
  void aHandEditedPlanIsCheckedAgain() {
    RuleSet rules = RuleSet.of(new AtMost(2));
    Plan plan = Planner.of(RuleSet.of()).plan(plenary, Sample.requests(3, 7)).checkedBy(rules);
    assertThat(plan.hasErrors()).isTrue();
    assertThat(plan.errors()).singleElement()
        .satisfies(f -> assertThat(f.message().english()).isEqualTo("3 on the floor"));
    assertThat(plan.report(Locale.FRENCH))
        .startsWith("Constats d'une règle\n1 erreur, aucun avertissement, aucune information\n")
        .contains("- erreur [test.at-most] floor: 3 au débat (motif : le test)");
  }

  @Test
  void refusesARequestForASegmentThatDoesNotExist() {
    RequestToSpeak r = Sample.requests(1, 1).get(0).withSegment("flor");
    assertThatThrownBy(() -> Planner.of(RuleSet.of()).plan(plenary, List.of(r)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("segment 'flor' does not exist; the segments are [opening, briefing, floor]");
  }

  @Test
  void refusesARequestForASegmentThatTakesNone() {
    RequestToSpeak r = Sample.requests(1, 1).get(0).withSegment("opening");
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
    Plan shorter = plan.withAllotted("r0", Duration.ofMinutes(1));
    assertThat(shorter.slot("r0").orElseThrow().allotted()).isEqualTo(Duration.ofMinutes(1));
    assertThat(plan.slot("r0").orElseThrow().allotted()).isNotEqualTo(Duration.ofMinutes(1));
    assertThatThrownBy(() -> plan.withAllotted("r0", Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("allotted time of 'r0' (PT0S) must be positive");
    assertThatThrownBy(() -> plan.withAllotted("zz", Duration.ofMinutes(1)))
        .hasMessage("intervention 'zz' is not in the plan");
    WaitingEntry out = WaitingEntry.builder().segment("floor")
        .intervention(plan.slot("r1").orElseThrow().intervention()).ruleId("chair")
        .reason(LocalizedText.of("withdrawn", "retirée")).status(WaitingEntry.Status.REFUSED).build();
    assertThat(plan.withoutSlot(out).waitingList()).containsExactly(out);
    assertThat(plan.toString()).startsWith("Plan of \"Sample sitting\": 5 slots, ");
  }

  @Test
  void refusesAPlanWhoseSegmentsRunOutOfOrder() {
    Plan plan = Planner.of(RuleSet.of()).plan(plenary, Sample.requests(1, 3));
    List<Slot> reversed = new ArrayList<>(plan.slots());
    java.util.Collections.reverse(reversed);
    assertThatThrownBy(() -> plan.withSlots(reversed))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("slot 'case' of segment 'briefing' comes after segment 'floor'; segments run in "
            + "the order [opening, briefing, floor]");
  }

  @Test
  void aDraftRefusesAReorderThatLosesOrAddsCandidates() {
    RuleSet rules = RuleSet.of(reordering(draft -> {
      List<Candidate> floor = draft.candidates("floor");
      return List.of(floor.get(0), floor.get(0));
    }));
    assertThatThrownBy(() -> Planner.of(rules).plan(plenary, Sample.requests(2, 3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("new order of segment 'floor' holds 'r0' twice or from elsewhere");
  }

  @Test
  void aDraftRefusesAReorderWithACandidateOfAnotherSegment() {
    RuleSet rules = RuleSet.of(reordering(draft ->
        List.of(draft.candidates("floor").get(0), draft.candidates("opening").get(0))));
    assertThatThrownBy(() -> Planner.of(rules).plan(plenary, Sample.requests(2, 3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("new order of segment 'floor' holds 'open' twice or from elsewhere");
  }

  @Test
  void aDraftTakesAnyOrderOfTheSameCandidates() {
    RuleSet rules = RuleSet.of(reordering(draft -> Lists.reverse(draft.candidates("floor"))));
    List<RequestToSpeak> requests = Sample.requests(3, 3);
    Plan plan = Planner.of(rules).plan(plenary, requests);
    assertThat(plan.slots("floor")).extracting(Slot::id).containsExactly("r2", "r1", "r0");
  }

  /**
   * A segment of programme and requests, reordered: the draft must tell every one of them apart
   * whether the requests are fewer than the programme items, as many, or more.
   */
  @Test
  void aDraftReordersASegmentOfProgrammeAndRequests() {
    Segment floor = Segment.builder().from(plenary.segments().get(2))
        .addInterventions(Intervention.of("intro", Speaker.of(Sample.delegation("chair2", Constituency.CHAIR)),
            Duration.ofMinutes(2)))
        .build();
    Plenary mixed = Plenary.builder().from(plenary)
        .segments(List.of(plenary.segments().get(0), plenary.segments().get(1), floor)).build();
    RuleSet rules = RuleSet.of(reordering(draft -> Lists.reverse(draft.candidates("floor"))));
    for (int n : new int[] {2, 3, 8}) {
      Plan plan = Planner.of(rules).plan(mixed, Sample.requests(n, 3));
      List<String> expected = new ArrayList<>();
      for (int i = n - 1; i >= 0; i--) {
        expected.add("r" + i);
      }
      expected.add("intro");
      assertThat(plan.slots("floor")).extracting(Slot::id).as("%s requests", n)
          .containsExactlyElementsOf(expected);
    }
  }

  /** The draft's total, as a rule reads it, and the plan's count the gaps between segments. */
  @Test
  void aDraftsTotalCountsTheGapsBeforeSegments() {
    Segment floor = Segment.builder().from(plenary.segments().get(2)).gapBefore(Duration.ofMinutes(10))
        .build();
    Plenary withGap = Plenary.builder().from(plenary)
        .segments(List.of(plenary.segments().get(0), plenary.segments().get(1), floor)).build();
    List<Duration> seen = new ArrayList<>();
    RuleSet rules = RuleSet.of(ShapingRule.of("test.total", Step.FIT, draft -> seen.add(draft.total())));
    List<RequestToSpeak> requests = Sample.requests(2, 3);
    Plan plan = Planner.of(rules).plan(withGap, requests);
    Duration expected = Duration.ofMinutes(5 + 15 + 10 + 10).plus(requests.get(0).duration())
        .plus(requests.get(1).duration());
    assertThat(seen).containsExactly(expected);
    assertThat(plan.total()).isEqualTo(expected);
  }

  @Test
  void refusesAPlenaryWithMoreSegmentsThanADraftCanNumber() {
    Plenary.Builder many = Plenary.builder().from(plenary).segments(List.of());
    for (int i = 0; i <= Short.MAX_VALUE; i++) {
      many.addSegments(Segment.builder().id("s" + i).title(LocalizedText.of("Segment " + i)).build());
    }
    Plenary huge = many.build();
    assertThatThrownBy(() -> Planner.of(RuleSet.of()).plan(huge, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("plenary '" + huge.code() + "' has 32768 segments; at most 32767 can be planned");
  }

  /** A rule that puts the floor in the order {@code order} makes of the draft. */
  private static Rule reordering(Function<Draft, List<Candidate>> order) {
    return ShapingRule.of("test.reorder", Step.ORDER, draft -> draft.reorder("floor", order.apply(draft)));
  }
}
