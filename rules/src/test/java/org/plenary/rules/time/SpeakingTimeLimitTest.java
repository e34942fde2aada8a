package org.plenary.rules.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.plenary.core.agenda.Constituency;
import org.plenary.core.plan.Finding;
import org.plenary.core.plan.Finding.Severity;
import org.plenary.core.plan.Plan;
import org.plenary.core.plan.Slot;
import org.plenary.core.planner.Planner;
import org.plenary.core.request.RequestToSpeak;
import org.plenary.core.rule.RuleSet;
import org.plenary.core.testing.Sample;

class SpeakingTimeLimitTest {

  private static final Duration THREE = Duration.ofMinutes(3);

  private static RequestToSpeak asking(RequestToSpeak r, Duration d) {
    return RequestToSpeak.builder().from(r).duration(d).build();
  }

  @Test
  void cutsEveryStatementOnTheFloorToTheLimit() {
    List<RequestToSpeak> rs = Sample.requests(20, 11);
    Plan plan = Planner.of(RuleSet.of(SpeakingTimeLimit.inSegment("floor", THREE)))
        .plan(Sample.plenary(), rs);
    assertThat(plan.slots("floor")).hasSize(20).allSatisfy(s -> assertThat(s.allotted())
        .isEqualTo(s.intervention().duration().compareTo(THREE) > 0 ? THREE : s.intervention().duration()));
    assertThat(plan.slot("brief").orElseThrow().allotted()).isEqualTo(Duration.ofMinutes(15));
    assertThat(plan.findings()).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f.message().english()).startsWith("20 speeches checked against the limit: all are within it (");
    });
    Slot cut = plan.slots("floor").stream().filter(s -> s.intervention().duration().compareTo(THREE) > 0)
        .findFirst().orElseThrow();
    assertThat(cut.decisions()).singleElement().satisfies(d -> {
      assertThat(d.kind()).isEqualTo(org.plenary.core.plan.Decision.Kind.CUT);
      assertThat(d.message().in(Locale.FRENCH)).isEqualTo("Temps de parole ramené de "
          + org.plenary.core.internal.text.Durations.format(cut.intervention().duration())
          + " à 3 min par la limite du temps de parole.");
    });
  }

  @Test
  void aStatementExactlyAtTheLimitIsNeitherCutNorReported() {
    RequestToSpeak r = asking(Sample.requests(1, 1).get(0), THREE);
    Plan plan = Planner.of(RuleSet.of(SpeakingTimeLimit.inSegment("floor", THREE)))
        .plan(Sample.plenary(), List.of(r));
    Slot slot = plan.slot("r0").orElseThrow();
    assertThat(slot.allotted()).isEqualTo(THREE);
    assertThat(slot.allotted()).isEqualTo(slot.intervention().duration());
    assertThat(plan.errors()).isEmpty();
    assertThat(plan.findings().get(0).message().english()).isEqualTo("One speech checked against the limit: it is within it.");
    assertThat(slot.decisions()).isEmpty();
  }

  /** The limit is read to the nanosecond: half a millisecond over is cut, half a millisecond under is not. */
  @Test
  void aStatementLessThanAMillisecondOverTheLimitIsCut() {
    Duration halfMs = Duration.ofNanos(500_000);
    List<RequestToSpeak> rs = Sample.requests(2, 1);
    Plan plan = Planner.of(RuleSet.of(SpeakingTimeLimit.inSegment("floor", THREE))).plan(Sample.plenary(),
        List.of(asking(rs.get(0), THREE.plus(halfMs)), asking(rs.get(1), THREE.minus(halfMs))));
    assertThat(plan.slot("r0").orElseThrow().allotted()).isEqualTo(THREE);
    assertThat(plan.slot("r1").orElseThrow().allotted()).isEqualTo(THREE.minus(halfMs));
    assertThat(plan.errors()).isEmpty();
  }

  @Test
  void reportsAnOverrunWithItsAmount() {
    SpeakingTimeLimit rule = SpeakingTimeLimit.inSegment("floor", THREE);
    Plan planned = Planner.of(RuleSet.of(rule)).plan(Sample.plenary(), Sample.requests(3, 4));
    List<Slot> slots = new java.util.ArrayList<>();
    for (Slot s : planned.slots()) {
      slots.add(s.id().equals("r1")
          ? Slot.of(s.segment(), s.intervention(), Duration.ofSeconds(250), s.request(), s.decisions()) : s);
    }
    Plan plan = Planner.of(RuleSet.of(rule)).check(Plan.builder().from(planned).slots(slots).build());
    Finding f = plan.errors().get(0);
    assertThat(plan.errors()).hasSize(1);
    assertThat(f.subject()).isEqualTo("r1");
    assertThat(f.message().in(Locale.ENGLISH)).endsWith("is allotted 4 min 10 s, 1 min 10 s over the limit of 3 min.");
    assertThat(f.message().in(Locale.FRENCH)).endsWith("dispose de 4 min 10 s, soit 1 min 10 s de plus que la limite de 3 min.");
    assertThat(f.suggestion()).isPresent();
  }

  @Test
  void theShortestApplicableLimitHolds() {
    SpeakingTimeLimit rule = SpeakingTimeLimit.inSegment("floor", THREE)
        .andFor(Constituency.CIVIL_SOCIETY, Duration.ofMinutes(2)).andByDefault(Duration.ofMinutes(20));
    assertThat(rule.limit("floor", Constituency.CIVIL_SOCIETY)).contains(Duration.ofMinutes(2));
    assertThat(rule.limit("floor", Constituency.STATE_PARTY)).contains(THREE);
    assertThat(rule.limit("briefing", Constituency.CIVIL_SOCIETY)).contains(Duration.ofMinutes(2));
    assertThat(rule.limit("briefing", Constituency.COURT)).contains(Duration.ofMinutes(20));
    assertThat(SpeakingTimeLimit.none().limit("floor", Constituency.COURT)).isEmpty();
    Plan plan = org.plenary.core.testing.Trial.sample()
        .request("SP", Constituency.STATE_PARTY, Duration.ofMinutes(5))
        .request("NGO", Constituency.CIVIL_SOCIETY, Duration.ofMinutes(5)).plan(rule);
    assertThat(plan.slots("floor")).extracting(Slot::allotted).containsExactly(THREE, Duration.ofMinutes(2));
    assertThat(plan.slot("case").orElseThrow().allotted()).isEqualTo(Duration.ofMinutes(10));
    Plan elsewhere = Planner.of(RuleSet.of(SpeakingTimeLimit.none().andByDefault(Duration.ofMinutes(8))))
        .plan(Sample.plenary(), List.of());
    assertThat(elsewhere.slot("case").orElseThrow().allotted()).isEqualTo(Duration.ofMinutes(8));
  }

  @Test
  void saysSoWhenNothingFallsUnderALimit() {
    Plan plan = Planner.of(RuleSet.of(SpeakingTimeLimit.inSegment("floor", THREE)))
        .plan(Sample.plenary(), List.of());
    assertThat(plan.findings()).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f.message().english()).startsWith("Nothing to check");
    });
  }
}
