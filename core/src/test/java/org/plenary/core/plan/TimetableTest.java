package org.plenary.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.agenda.Segment;
import org.plenary.core.planner.Planner;
import org.plenary.core.rule.RuleSet;
import org.plenary.core.testing.Sample;
import org.plenary.core.text.LocalizedText;

class TimetableTest {

  @Test
  void laysThePlanOnTheVenuesClock() {
    Plan plan = Planner.of(RuleSet.of()).plan(Sample.plenary(), Sample.requests(2, 5));
    Timetable t = plan.timetable();
    assertThat(t.start().toLocalTime()).isEqualTo(LocalTime.of(15, 0));
    assertThat(t.start().getOffset()).isEqualTo(ZoneOffset.ofHours(1));
    assertThat(t.plan().slots().get(0).end().orElseThrow().toLocalTime()).isEqualTo(LocalTime.of(15, 5));
    assertThat(t.plan().slot("brief").orElseThrow().start().orElseThrow().toLocalTime()).isEqualTo(LocalTime.of(15, 5));
    assertThat(t.plan().slot("case").orElseThrow().end().orElseThrow().toLocalTime()).isEqualTo(LocalTime.of(15, 30));
    assertThat(t.segments().get(1).subtotal()).isEqualTo(Duration.ofMinutes(25));
    assertThat(t.segments().get(1)).hasToString("briefing 15:05–15:30 (25 min, 2 slots)");
    Duration floor = plan.slots("floor").stream().map(Slot::allotted).reduce(Duration.ZERO, Duration::plus);
    assertThat(t.total()).isEqualTo(Duration.ofMinutes(30).plus(floor));
    assertThat(t.slack()).isEqualTo(Duration.ofMinutes(90).minus(t.total()));
    assertThat(t.slack()).isPositive();
    assertThat(t.hardEnd().toLocalTime()).isEqualTo(LocalTime.of(16, 30));
  }

  @Test
  void reportsAnOverrunAgainstTheBudget() {
    Plenary p = Sample.plenary(LocalDate.of(2021, 3, 3), LocalTime.of(15, 0), Duration.ofMinutes(20));
    Timetable t = Planner.of(RuleSet.of()).plan(p, List.of()).timetable();
    assertThat(t.total()).isEqualTo(Duration.ofMinutes(30));
    assertThat(t.slack()).isEqualTo(Duration.ofMinutes(-10));
    assertThat(t.slack()).isEqualTo(Duration.ofMinutes(-10));
    assertThat(t.toString()).endsWith("overrun 10 min");
  }

  @Test
  void keepsWallClockTimesRightAcrossTheSpringChange() {
    // On 28 March 2021 the clocks of Europe/Amsterdam went from 02:00 CET to 03:00 CEST.
    Plenary p = Sample.plenary(LocalDate.of(2021, 3, 28), LocalTime.of(1, 30), Duration.ofMinutes(90));
    Timetable t = Planner.of(RuleSet.of()).plan(p, List.of()).timetable();
    assertThat(t.plan().slot("open").orElseThrow().end().orElseThrow().toLocalTime()).isEqualTo(LocalTime.of(1, 35));
    assertThat(t.plan().slot("case").orElseThrow().start().orElseThrow().toLocalTime()).isEqualTo(LocalTime.of(1, 50));
    assertThat(t.plan().slot("case").orElseThrow().end().orElseThrow().toLocalTime()).isEqualTo(LocalTime.of(3, 0));
    assertThat(t.plan().slot("case").orElseThrow().end().orElseThrow().getOffset()).isEqualTo(ZoneOffset.ofHours(2));
    Slot c = t.plan().slot("case").orElseThrow();
    assertThat(Duration.between(c.start().orElseThrow(), c.end().orElseThrow())).isEqualTo(Duration.ofMinutes(10));
    assertThat(t.total()).isEqualTo(Duration.ofMinutes(30));
    assertThat(t.hardEnd().toLocalTime()).isEqualTo(LocalTime.of(4, 0));
  }

  @Test
  void keepsWallClockTimesRightAcrossTheAutumnChange() {
    // On 31 October 2021 the clocks went back from 03:00 CEST to 02:00 CET: 02:xx happens twice.
    Plenary p = Sample.plenary(LocalDate.of(2021, 10, 31), LocalTime.of(2, 30), Duration.ofMinutes(90));
    Timetable t = Planner.of(RuleSet.of()).plan(p, List.of()).timetable();
    assertThat(t.start().getOffset()).isEqualTo(ZoneOffset.ofHours(2));
    assertThat(t.plan().slot("case").orElseThrow().end().orElseThrow().toLocalTime()).isEqualTo(LocalTime.of(2, 0));
    assertThat(t.plan().slot("case").orElseThrow().end().orElseThrow().getOffset()).isEqualTo(ZoneOffset.ofHours(1));
    assertThat(t.hardEnd().toLocalTime()).isEqualTo(LocalTime.of(3, 0));
  }

  @Test
  void countsTheGapDeclaredBeforeASegment() {
    Plenary base = Sample.plenary();
    Segment floor = Segment.builder().from(base.requiredSegment("floor")).gapBefore(Duration.ofMinutes(5))
        .build();
    Plenary p = Plenary.builder().from(base).segments(List.of(base.segments().get(0),
        base.segments().get(1), floor)).build();
    Plan plan = Planner.of(RuleSet.of()).plan(p, Sample.requests(1, 2));
    Timetable t = plan.timetable();
    assertThat(t.plan().slot("r0").orElseThrow().start().orElseThrow()).isEqualTo(t.plan().slot("case").orElseThrow().end().orElseThrow()
        .plusMinutes(5));
    assertThat(t.total()).isEqualTo(plan.total());
    assertThat(Segment.builder().id("x").title(LocalizedText.of("x")).build().gapBefore()).isZero();
  }
}
