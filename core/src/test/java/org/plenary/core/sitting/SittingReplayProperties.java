package org.plenary.core.sitting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import org.plenary.core.plan.Plan;
import org.plenary.core.plan.Slot;
import org.plenary.core.plan.WaitingEntry;
import org.plenary.core.planner.Planner;
import org.plenary.core.rule.RuleSet;
import org.plenary.core.testing.Sample;
import org.plenary.core.testing.TestClock;
import org.plenary.fixtures.ChairScripts;
import org.plenary.fixtures.ChairScripts.Step;

/** Whatever a chair does, the log rebuilds the same sitting, a refused step changes nothing, nobody is lost. */
class SittingReplayProperties {

  private static final Plan PLAN = Planner.of(RuleSet.of()).plan(Sample.plenary(), SittingTest.requests(8));

  @Provide
  Arbitrary<List<Step>> scripts() {
    return ChairScripts.scripts(40);
  }

  private static Sitting run(List<Step> script, TestClock clock) {
    Sitting s = Sitting.start(PLAN, RuleSet.of(), clock);
    for (Step step : script) {
      List<SittingEvent> before = s.log();
      Plan plan = s.plan();
      String now = s.now().toString();
      if (!step.apply(s, clock)) {
        assertThat(s.log()).as("the log after refusing %s", step).isEqualTo(before);
        assertThat(s.plan()).as("the plan after refusing %s", step).isEqualTo(plan);
        assertThat(s.now().toString()).isEqualTo(now);
      }
    }
    return s;
  }

  /**
   * The coverage checks need enough tries to be stable: over 2 000 tries a pause is in 44 % of the
   * scripts, a move to the end in 43 % and added time in 25 %, so 500 tries keep each threshold more
   * than seven standard deviations away, whatever default a run such as PIT's sets.
   */
  @Property(tries = 500)
  @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
  void replayingTheLogGivesTheSameSitting(@ForAll("scripts") List<Step> script) {
    TestClock clock = TestClock.at(PLAN.plenary().startInstant());
    Sitting s = run(script, clock);
    Sitting back = Sitting.replay(PLAN, RuleSet.of(), s.log(), Clock.fixed(clock.instant(), clock.getZone()));
    Moment m = s.now();
    Moment b = back.now();
    assertThat(back.log()).isEqualTo(s.log());
    assertThat(back.plan().slots()).isEqualTo(s.plan().slots());
    assertThat(back.plan().waitingList()).isEqualTo(s.plan().waitingList());
    assertThat(b.toString()).isEqualTo(m.toString());
    assertThat(b.timeLeft()).isEqualTo(m.timeLeft());
    assertThat(b.pausedSince()).isEqualTo(m.pausedSince());
    assertThat(b.projectedEnd()).isEqualTo(m.projectedEnd());
    assertThat(b.done()).isEqualTo(m.done());
    for (SittingEvent.Kind kind : List.of(SittingEvent.Kind.PAUSED, SittingEvent.Kind.RESUMED,
        SittingEvent.Kind.TIME_ADDED, SittingEvent.Kind.MOVED_TO_END, SittingEvent.Kind.BEGAN)) {
      Statistics.label(kind.name()).collect(s.log().stream().anyMatch(e -> e.kind() == kind));
    }
    Statistics.label(SittingEvent.Kind.TIME_ADDED.name()).coverage(c -> c.check(true).percentage(p -> p > 10));
    Statistics.label(SittingEvent.Kind.PAUSED.name()).coverage(c -> c.check(true).percentage(p -> p > 20));
    Statistics.label(SittingEvent.Kind.MOVED_TO_END.name()).coverage(c -> c.check(true).percentage(p -> p > 20));
  }

  @Property
  void nobodyIsLostAndNobodyIsTwice(@ForAll("scripts") List<Step> script) {
    TestClock clock = TestClock.at(PLAN.plenary().startInstant());
    Sitting s = run(script, clock);
    Moment m = s.now();
    List<String> all = new java.util.ArrayList<>();
    m.done().forEach(d -> all.add(d.slot().id()));
    m.current().ifPresent(c -> all.add(c.id()));
    m.remaining().forEach(r -> all.add(r.id()));
    s.plan().waitingList().forEach(w -> all.add(w.id()));
    Set<String> planned = new HashSet<>();
    PLAN.slots().forEach(p -> planned.add(p.id()));
    PLAN.waitingList().forEach(w -> planned.add(w.id()));
    assertThat(all).doesNotHaveDuplicates().containsAll(planned);
    Set<String> waiting = new HashSet<>(s.plan().waitingList().stream().map(WaitingEntry::id).toList());
    assertThat(m.remaining()).extracting(Slot::id).noneMatch(waiting::contains);
  }
}
