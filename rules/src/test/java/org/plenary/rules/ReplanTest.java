package org.plenary.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plenary.core.agenda.Constituency;
import org.plenary.core.plan.Decision;
import org.plenary.core.plan.Finding;
import org.plenary.core.plan.Finding.Severity;
import org.plenary.core.plan.Plan;
import org.plenary.core.plan.Slot;
import org.plenary.core.plan.WaitingEntry;
import org.plenary.core.planner.Planner;
import org.plenary.core.rule.Declarations.Fit;
import org.plenary.core.rule.RuleSet;
import org.plenary.core.sitting.Sitting;
import org.plenary.core.testing.Sample;
import org.plenary.core.testing.TestClock;
import org.plenary.core.testing.Trial;
import org.plenary.rules.time.Reserve;

class ReplanTest {

  /** 30 minutes of programme and 20 requests of 3 minutes in a 90-minute plenary: exactly full. */
  private final Plan plan = Planner.of(RuleSet.of()).plan(Sample.plenary(), threeMinutes(20));

  static List<org.plenary.core.request.RequestToSpeak> threeMinutes(int n) {
    return Sample.requests(n, 5).stream().map(r -> org.plenary.core.request.RequestToSpeak.builder().from(r)
        .duration(Duration.ofMinutes(3)).build()).toList();
  }

  private Sitting lateBy(int minutes) {
    return Sitting.start(plan, RuleSet.of(),
        TestClock.at(plan.plenary().startInstant().plusSeconds(60L * minutes)));
  }

  @Test
  void shorteningSharesTheDelayInProportionAndLeavesFixedItemsAlone() {
    Sitting s = lateBy(10);
    Plan after = s.replan(Fit.shorten(Duration.ofMinutes(2)));
    assertThat(after.slots("floor")).extracting(Slot::allotted).containsOnly(Duration.ofMinutes(2).plusSeconds(30));
    assertThat(after.slot("brief").orElseThrow().allotted()).isEqualTo(Duration.ofMinutes(15));
    assertThat(s.now().onTime()).isTrue();
    assertThat(after.findings()).filteredOn(f -> f.ruleId().equals("replan.shorten")).hasSize(21);
    assertThat(after.slot("r0").orElseThrow().decisions()).last().satisfies(d -> {
      assertThat(d.kind()).isEqualTo(Decision.Kind.SHORTENED);
      assertThat(d.message().english()).isEqualTo("Shortened from 3 min to 2 min 30 s by the re-plan to end on time.");
    });
  }

  /** A statement is shortened to a time a chair can keep: whole steps of 15 seconds, not 2 min 5 s. */
  @Test
  void shortenedStatementsKeepToTheStepAndTheMinimum() {
    Sitting s = lateBy(11);
    Plan after = s.replan(Fit.shorten(Duration.ofMinutes(2)));
    assertThat(after.slots("floor")).allSatisfy(x -> {
      assertThat(x.allotted().toSeconds() % 15).isZero();
      assertThat(x.allotted()).isBetween(Duration.ofMinutes(2), Duration.ofMinutes(3));
    });
    assertThat(s.now().onTime()).isTrue();
    Plan coarse = lateBy(11).replan(Fit.shorten(Duration.ofMinutes(2))
        .inSteps(Duration.ofMinutes(1)));
    assertThat(coarse.slots("floor")).extracting(Slot::allotted).containsOnly(Duration.ofMinutes(2));
  }

  @Test
  void waitListingMovesTheLastInOrder() {
    Sitting s = lateBy(6);
    Plan after = s.replan(Fit.waitList());
    assertThat(after.waitingList()).extracting(WaitingEntry::id).containsExactly("r18", "r19");
    assertThat(s.now().onTime()).isTrue();
    assertThat(after.findings()).filteredOn(f -> f.ruleId().equals("replan.wait-list")
            && f.severity() == Severity.WARNING)
        .extracting(Finding::subject).containsExactly("r18", "r19");
  }

  @Test
  void theStandardReplanWaitListsOnlyThoseWhoCannotFitEvenShortened() {
    Sitting s = lateBy(25);
    Plan after = s.replan(Fit.shortenThenWaitList(Duration.ofMinutes(2)));
    assertThat(s.now().onTime()).isTrue();
    assertThat(after.waitingList()).hasSize(3);
    assertThat(after.slots("floor")).hasSize(17)
        .allSatisfy(x -> assertThat(x.allotted()).isGreaterThanOrEqualTo(Duration.ofMinutes(2)));
    assertThat(after.findings()).filteredOn(f -> f.severity() == Severity.WARNING).extracting(Finding::subject)
        .containsExactlyElementsOf(after.waitingList().stream().map(WaitingEntry::id).toList());
  }

  @Test
  void nothingToDoWhenOnTime() {
    Sitting s = lateBy(0);
    Plan after = s.replan(Fit.shortenThenWaitList(Duration.ofMinutes(2)));
    assertThat(after.findings()).singleElement().satisfies(f -> {
      assertThat(f.subject()).isEqualTo("sitting");
      assertThat(f.ruleId()).isEqualTo("replan.shorten-then-wait-list");
    });
    assertThat(after.slots()).isEqualTo(plan.slots());
  }

  /**
   * A reserve holds in a live sitting: when it runs late, the re-plan wait-lists the last States
   * Parties rather than the civil society the reserve keeps, and the rules' findings stay beside the
   * re-plan's.
   */
  @Test
  void theReserveSurvivesALiveReplan(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws java.io.IOException {
    java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("rules.properties"), String.join("\n",
        "rules = time-limit.reserve, time-limit.budget",
        "time-limit.reserve.floor.constituencies = civil-society",
        "time-limit.reserve.floor.places = 2"), java.nio.charset.StandardCharsets.UTF_8);
    RuleSet rules = RuleSet.load(file);
    assertThat(rules.rule(Reserve.ID, Reserve.class)).hasValueSatisfying(r -> assertThat(r)
        .isEqualTo(Reserve.places("floor", 2, Constituency.CIVIL_SOCIETY)));
    Trial trial = Trial.sample();
    for (int i = 1; i <= 18; i++) {
      trial = trial.request("SP" + i, Constituency.STATE_PARTY);
    }
    trial = trial.request("NGO1", Constituency.CIVIL_SOCIETY).request("NGO2", Constituency.CIVIL_SOCIETY);
    Plan planned = Planner.of(rules).plan(trial.plenary(), trial.requests());
    assertThat(Trial.order(planned, "floor")).hasSize(20).endsWith("NGO1", "NGO2");
    Sitting s = Sitting.start(planned, rules, TestClock.at(planned.plenary().startInstant().plusSeconds(360)));
    Plan after = s.replan(Fit.waitList());
    assertThat(Trial.order(after, "floor")).endsWith("NGO1", "NGO2").doesNotContain("SP17", "SP18");
    assertThat(Trial.waiting(after)).containsExactly("SP17", "SP18");
    assertThat(Trial.decisions(after, "SP17")).last().satisfies(d -> {
      assertThat(d.ruleId()).isEqualTo(Reserve.ID);
      assertThat(d.kind()).isEqualTo(Decision.Kind.WAIT_LISTED);
    });
    assertThat(after.findings()).extracting(Finding::ruleId)
        .contains(Reserve.ID, "time-limit.budget", "replan.wait-list");
    assertThat(s.now().onTime()).isTrue();
  }
}
