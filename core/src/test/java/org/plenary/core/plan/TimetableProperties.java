package org.plenary.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.agenda.Segment;
import org.plenary.core.planner.Planner;
import org.plenary.core.rule.RuleSet;
import org.plenary.core.testing.Sample;

class TimetableProperties {

  private static Timetable timetable(int requests, long seed, int dayOfYear, int startMinute, int gap) {
    Plenary base = Sample.plenary(LocalDate.ofYearDay(2021, dayOfYear),
        LocalTime.MIN.plusMinutes(startMinute), Duration.ofHours(3));
    Segment floor = Segment.builder().from(base.requiredSegment("floor"))
        .gapBefore(Duration.ofMinutes(gap)).build();
    Plenary p = Plenary.builder().from(base)
        .segments(List.of(base.segments().get(0), base.segments().get(1), floor)).build();
    return Planner.of(RuleSet.of()).plan(p, Sample.requests(requests, seed)).timetable();
  }

  @Property
  void itemsNeverOverlapAndFollowWithoutGapsButTheDeclaredOnes(
      @ForAll @IntRange(max = 60) int requests, @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 365) int day, @ForAll @IntRange(max = 1439) int start,
      @ForAll @IntRange(max = 30) int gap) {
    Timetable t = timetable(requests, seed, day, start, gap);
    List<Slot> entries = t.plan().slots();
    assertThat(entries.get(0).start()).contains(t.start());
    for (int i = 1; i < entries.size(); i++) {
      Slot before = entries.get(i - 1);
      Slot now = entries.get(i);
      Duration between = Duration.between(before.end().orElseThrow(), now.start().orElseThrow());
      boolean gapHere = !before.segment().equals(now.segment()) && now.segment().equals("floor");
      assertThat(between).isEqualTo(gapHere ? Duration.ofMinutes(gap) : Duration.ZERO);
    }
  }

  @Property
  void durationsAndGapsSumToTheTotal(@ForAll @IntRange(max = 60) int requests, @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 365) int day, @ForAll @IntRange(max = 1439) int start,
      @ForAll @IntRange(max = 30) int gap) {
    Timetable t = timetable(requests, seed, day, start, gap);
    Duration sum = Duration.ofMinutes(gap);
    for (Slot e : t.plan().slots()) {
      assertThat(Duration.between(e.start().orElseThrow(), e.end().orElseThrow())).isEqualTo(e.allotted());
      sum = sum.plus(e.allotted());
    }
    assertThat(t.total()).isEqualTo(sum).isEqualTo(t.plan().total());
    Duration segments = Duration.ofMinutes(gap);
    for (Timetable.SegmentTimes s : t.segments()) {
      segments = segments.plus(s.subtotal());
    }
    assertThat(segments).isEqualTo(t.total());
    assertThat(t.slack().plus(t.total())).isEqualTo(t.plan().plenary().budget());
  }

  @Property
  void eachSegmentRunsFromItsFirstSlotsStartToItsLastSlotsEnd(@ForAll @IntRange(max = 60) int requests, @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 365) int day, @ForAll @IntRange(max = 1439) int start,
      @ForAll @IntRange(max = 30) int gap) {
    Timetable t = timetable(requests, seed, day, start, gap);
    for (Timetable.SegmentTimes s : t.segments()) {
      List<Slot> in = t.plan().slots(s.segment().id());
      if (!in.isEmpty()) {
        assertThat(in.get(0).start()).contains(s.start());
        assertThat(in.get(in.size() - 1).end()).contains(s.end());
      }
    }
  }

  @Property
  void everyRequestIsPlannedOrWaitingWithoutRules(@ForAll @IntRange(max = 200) int requests,
      @ForAll @LongRange(min = 0, max = 1000) long seed) {
    Plan plan = timetable(requests, seed, 100, 600, 0).plan();
    assertThat(plan.slots("floor").size() + plan.waitingList().size()).isEqualTo(requests);
  }
}
