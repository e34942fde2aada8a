package org.plenary.rules.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.plan.Decision;
import org.plenary.core.plan.Finding.Severity;
import org.plenary.core.plan.Plan;
import org.plenary.core.plan.Slot;
import org.plenary.core.plan.WaitingEntry;
import org.plenary.core.planner.Planner;
import org.plenary.core.request.RequestToSpeak;
import org.plenary.core.rule.RuleSet;
import org.plenary.core.testing.Sample;
import org.plenary.rules.deadline.RegistrationDeadline;

class TimeBudgetTest {

  /** 30 minutes of programme, so a budget of 30 + n minutes leaves n for the floor. */
  private static Plenary plenary(int minutesForTheFloor) {
    return Sample.plenary(LocalDate.of(2021, 3, 3), LocalTime.of(15, 0),
        Duration.ofMinutes(30 + minutesForTheFloor));
  }

  private static List<RequestToSpeak> requests(int n, Duration each) {
    List<RequestToSpeak> out = new ArrayList<>();
    for (RequestToSpeak r : Sample.requests(n, 9)) {
      out.add(RequestToSpeak.builder().from(r).duration(each).build());
    }
    return out;
  }

  @Test
  void theLastInOrderGoToTheWaitingList() {
    Plan plan = Planner.of(RuleSet.of(TimeBudget.waitListing()))
        .plan(plenary(10), requests(5, Duration.ofMinutes(3)));
    assertThat(plan.slots("floor")).extracting(Slot::id).containsExactly("r0", "r1", "r2");
    assertThat(plan.waitingList()).extracting(WaitingEntry::id).containsExactly("r3", "r4");
    assertThat(plan.waitingList()).allSatisfy(w -> {
      assertThat(w.status()).isEqualTo(Decision.Kind.WAIT_LISTED);
      assertThat(w.decidedBy().ruleId()).isEqualTo(TimeBudget.ID);
      assertThat(w.decidedBy().message().english()).isEqualTo(
          "Wait-listed by the time budget: not enough time left in the sitting (40 min).");
    });
    assertThat(plan.timetable().total()).isEqualTo(Duration.ofMinutes(39));
    assertThat(plan.findings()).extracting(f -> f.message().english()).containsExactly(
        "Time taken in the sitting: 39 min of 40 min; 2 speakers wait for lack of time.");
  }

  @Test
  void aListThatFillsTheBudgetExactlyIsKeptWhole() {
    Plan plan = Planner.of(RuleSet.of(TimeBudget.waitListing()))
        .plan(plenary(9), requests(3, Duration.ofMinutes(3)));
    assertThat(plan.waitingList()).isEmpty();
    assertThat(plan.timetable().slack()).isZero();
  }

  @Test
  void shortensInProportionDownToTheMinimumBeforeAnyoneWaits() {
    Plan plan = Planner.of(RuleSet.of(TimeBudget.shortening(Duration.ofMinutes(2))))
        .plan(plenary(10), requests(4, Duration.ofMinutes(3)));
    assertThat(plan.waitingList()).isEmpty();
    assertThat(plan.slots("floor")).extracting(Slot::allotted).containsOnly(Duration.ofSeconds(150));
    assertThat(plan.timetable().total()).isLessThanOrEqualTo(plan.plenary().budget());
    assertThat(plan.slots("floor").get(0).decisions()).singleElement().satisfies(d ->
        assertThat(d.message().in(java.util.Locale.FRENCH))
            .isEqualTo("Temps de parole réduit de 3 min à 2 min 30 s par la durée prévue."));
  }

  @Test
  void waitListsOnlyThoseWhoDoNotFitEvenShortened() {
    Plan plan = Planner.of(RuleSet.of(TimeBudget.shortening(Duration.ofMinutes(2))))
        .plan(plenary(10), requests(7, Duration.ofMinutes(3)));
    assertThat(plan.slots("floor")).extracting(Slot::id).containsExactly("r0", "r1", "r2", "r3", "r4");
    assertThat(plan.slots("floor")).extracting(Slot::allotted).containsOnly(Duration.ofMinutes(2));
    assertThat(plan.waitingList()).extracting(WaitingEntry::id).containsExactly("r5", "r6");
  }

  @Test
  void neverCutsTheProgrammeAndReportsItsOverrun() {
    Plenary tight = Sample.plenary(LocalDate.of(2021, 3, 3), LocalTime.of(15, 0), Duration.ofMinutes(25));
    Plan plan = Planner.of(RuleSet.of(TimeBudget.waitListing())).plan(tight, requests(2, Duration.ofMinutes(3)));
    assertThat(plan.slots()).extracting(Slot::id).containsExactly("open", "brief", "case");
    assertThat(plan.waitingList()).hasSize(2);
    assertThat(plan.errors()).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.message().english()).isEqualTo("Time taken in the sitting: 30 min, 5 min over the 25 min it has.");
      assertThat(f.message().in(java.util.Locale.FRENCH))
          .isEqualTo("Temps occupé dans la séance : 30 min, soit 5 min de plus que les 25 min prévues.");
    });
  }

  /** The note on the waiting list counts the requests the budget moved, not those another rule did. */
  @Test
  void countsOnlyTheRequestsItMovedItself() {
    RuleSet rules = RuleSet.of(RegistrationDeadline.standard(), TimeBudget.waitListing());
    Plan plan = Planner.of(rules).plan(Sample.plenary(), Sample.requests(40, 7));
    long byBudget = plan.waitingList().stream().filter(w -> w.decidedBy().ruleId().equals(TimeBudget.ID)).count();
    long byDeadline = plan.waitingList().stream()
        .filter(w -> w.decidedBy().ruleId().equals(RegistrationDeadline.ID)).count();
    assertThat(byBudget).isGreaterThan(1);
    assertThat(byDeadline).isPositive();
    assertThat(plan.findings()).filteredOn(f -> f.ruleId().equals(TimeBudget.ID)).singleElement()
        .satisfies(f -> assertThat(f.message().english())
            .endsWith("; " + byBudget + " speakers wait for lack of time."));
  }
}
