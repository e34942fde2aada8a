package org.plenary.examples.debate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plenary.core.agenda.ProtocolRank;
import org.plenary.core.plan.Decision;
import org.plenary.core.plan.Finding.Severity;
import org.plenary.core.plan.Plan;
import org.plenary.core.plan.Slot;
import org.plenary.core.rule.Rule;
import org.plenary.rules.deadline.LatePolicy;
import org.plenary.rules.deadline.RegistrationDeadline;
import org.plenary.rules.time.SpeakingTimeLimit;

/** A second facilitation, configured from a file, reuses the same rules with other limits. */
class GeneralDebateTest {

  private final Plan plan = GeneralDebate.plan();

  @Test
  void itsRulesComeFromItsFile() {
    assertThat(GeneralDebate.rules().rules()).extracting(Rule::id).containsExactly("deadline.registration",
        "order.one-per-delegation", "order.precedence", "time-limit.speaking", "time-limit.budget");
    assertThat(GeneralDebate.rules().rule("deadline.registration", RegistrationDeadline.class).orElseThrow().policy())
        .isEqualTo(LatePolicy.ADMIT_AFTER);
    assertThat(GeneralDebate.rules().rule("time-limit.speaking").orElseThrow().reason().english())
        .isEqualTo("the bureau's decision: five minutes a statement");
  }

  @Test
  void fitsThreeHoursWithFiveMinutesAtMostAndNoError() {
    assertThat(GeneralDebate.requests()).hasSize(150);
    assertThat(plan.timetable().total()).isLessThanOrEqualTo(Duration.ofHours(3));
    assertThat(plan.findings()).noneMatch(f -> f.severity() == Severity.ERROR);
    assertThat(plan.slots("debate")).allSatisfy(s ->
        assertThat(s.allotted()).isLessThanOrEqualTo(Duration.ofMinutes(5)).isGreaterThanOrEqualTo(Duration.ofMinutes(4)));
    SpeakingTimeLimit limit = GeneralDebate.rules().rule("time-limit.speaking", SpeakingTimeLimit.class)
        .orElseThrow();
    assertThat(limit.limit("debate", plan.slots("debate").get(0).intervention().constituency()))
        .contains(Duration.ofMinutes(5));
  }

  @Test
  void headsOfStateSpeakFirstAndLateRequestsComeAfterTheOthers() {
    List<Slot> debate = plan.slots("debate");
    assertThat(debate.get(0).intervention().speaker().rank()).isEqualTo(ProtocolRank.HEAD_OF_STATE);
    RegistrationDeadline deadline = GeneralDebate.rules()
        .rule("deadline.registration", RegistrationDeadline.class).orElseThrow();
    long late = GeneralDebate.requests().stream().filter(r -> deadline.isLate(plan.plenary(), r)).count();
    assertThat(late).isPositive();
    int firstLate = debate.size();
    for (int i = 0; i < debate.size(); i++) {
      if (debate.get(i).decisions().stream().anyMatch(d -> d.kind() == Decision.Kind.ADMITTED_LATE)) {
        firstLate = Math.min(firstLate, i);
      } else {
        assertThat(i).as("an on-time request after a late one").isLessThan(firstLate);
      }
    }
    assertThat(plan.slots().size() - 2 + plan.waitingList().size()).isEqualTo(150);
    assertThat(plan.waitingList()).isNotEmpty();
  }
}
