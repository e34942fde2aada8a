package org.plenary.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.planner.Planner;
import org.plenary.core.rule.RuleSet;
import org.plenary.fixtures.Plenaries;
import org.plenary.fixtures.Plenaries.Listed;

/**
 * A plan laid out in time, whatever the plenary, its day (a change of clock among them), its start
 * and its gaps: slots follow each other, gaps only where declared, and the sums add up.
 */
class TimetableProperties {

  @Provide
  Arbitrary<Listed> listed() {
    return Plenaries.listed(60);
  }

  private static Timetable timetable(Listed listed) {
    return Planner.of(RuleSet.of()).plan(listed.plenary(), listed.requests()).timetable();
  }

  /** The gaps declared before the segments after {@code from} up to {@code to}, that one included. */
  private static Duration gaps(Plenary p, int from, int to) {
    Duration sum = Duration.ZERO;
    for (int i = from + 1; i <= to; i++) {
      sum = sum.plus(p.segments().get(i).gapBefore());
    }
    return sum;
  }

  @Property
  void itemsNeverOverlapAndFollowWithoutGapsButTheDeclaredOnes(@ForAll("listed") Listed listed) {
    Timetable t = timetable(listed);
    Plenary p = listed.plenary();
    List<String> ids = p.segmentIds();
    List<Slot> entries = t.plan().slots();
    if (entries.isEmpty()) {
      return;
    }
    assertThat(entries.get(0).start())
        .contains(t.start().plus(gaps(p, -1, ids.indexOf(entries.get(0).segment()))));
    for (int i = 1; i < entries.size(); i++) {
      Slot before = entries.get(i - 1);
      Slot now = entries.get(i);
      Duration between = Duration.between(before.end().orElseThrow(), now.start().orElseThrow());
      assertThat(between).as("%s to %s", before.id(), now.id())
          .isEqualTo(gaps(p, ids.indexOf(before.segment()), ids.indexOf(now.segment())));
    }
  }

  @Property
  void durationsAndGapsSumToTheTotal(@ForAll("listed") Listed listed) {
    Timetable t = timetable(listed);
    Duration gaps = gaps(listed.plenary(), -1, listed.plenary().segments().size() - 1);
    Duration sum = gaps;
    for (Slot e : t.plan().slots()) {
      assertThat(Duration.between(e.start().orElseThrow(), e.end().orElseThrow())).isEqualTo(e.allotted());
      assertThat(e.start().orElseThrow().getZone()).isEqualTo(listed.plenary().venue().zone());
      sum = sum.plus(e.allotted());
    }
    assertThat(t.total()).isEqualTo(sum).isEqualTo(t.plan().total());
    Duration segments = gaps;
    for (Timetable.SegmentTimes s : t.segments()) {
      segments = segments.plus(s.subtotal());
    }
    assertThat(segments).isEqualTo(t.total());
    assertThat(t.slack().plus(t.total())).isEqualTo(t.plan().plenary().budget());
    assertThat(Duration.between(t.start(), t.end())).isEqualTo(t.total());
    assertThat(Duration.between(t.start(), t.hardEnd())).as("the hard end, whatever the clock does")
        .isEqualTo(t.plan().plenary().budget());
    assertThat(!t.end().isAfter(t.hardEnd())).isEqualTo(!t.slack().isNegative());
  }

  @Property
  void eachSegmentRunsFromItsFirstSlotsStartToItsLastSlotsEnd(@ForAll("listed") Listed listed) {
    Timetable t = timetable(listed);
    assertThat(t.segments()).extracting(Timetable.SegmentTimes::segment)
        .containsExactlyElementsOf(listed.plenary().segments());
    for (Timetable.SegmentTimes s : t.segments()) {
      List<Slot> in = t.plan().slots(s.segment().id());
      if (!in.isEmpty()) {
        assertThat(in.get(0).start()).contains(s.start());
        assertThat(in.get(in.size() - 1).end()).contains(s.end());
      }
    }
  }

  @Property
  void everyRequestIsPlannedOrWaitingWithoutRules(@ForAll("listed") Listed listed) {
    Plan plan = timetable(listed).plan();
    long planned = plan.slots().stream().filter(s -> s.request().isPresent()).count();
    assertThat(planned + plan.waitingList().size()).isEqualTo(listed.requests().size());
    assertThat(plan.slots().size() - planned).isEqualTo(listed.plenary().segments().stream()
        .mapToInt(s -> s.interventions().size()).sum());
  }
}
