package org.plenary.examples.asp18;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plenary.core.agenda.Constituency;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.plan.Finding.Severity;
import org.plenary.core.plan.Plan;
import org.plenary.core.plan.Slot;
import org.plenary.core.plan.Timetable;
import org.plenary.core.plan.WaitingEntry;

/** The ASP18 plenary as its concept note describes it, and its plan, checked the way a team would. */
class Asp18Test {

  private final Plan plan = Asp18Main.plan();
  private final Timetable timetable = plan.timetable();

  @Test
  void thePlenaryIsTheOneOfTheNote() {
    Plenary p = Asp18.plenary();
    assertThat(p.date()).isEqualTo(LocalDate.of(2019, 12, 5));
    assertThat(p.venue().zone()).isEqualTo(ZoneId.of("Europe/Amsterdam"));
    assertThat(p.budget()).isEqualTo(Duration.ofHours(2));
    assertThat(p.segmentIds()).containsExactly("opening", "high-level", "segment-1", "segment-2", "floor", "closing");
    assertThat(p.requiredSegment("segment-1").interventions()).hasSize(2);
    assertThat(p.requiredSegment("segment-2").interventions().get(0).constituency()).isEqualTo(Constituency.COURT);
    assertThat(p.registration().orElseThrow().deadline()).isEqualTo(LocalDate.of(2019, 12, 3));
    assertThat(p.themes()).extracting(t -> t.id()).containsExactly("arrests", "paris-declaration", "voluntary-agreements");
    assertThat(p.acknowledgements().get(0).in(java.util.Locale.FRENCH)).contains("Commission européenne");
  }

  @Test
  void itsTimetableStartsAtTenAndEndsByNoonInTheHague() {
    assertThat(timetable.start().toLocalTime()).isEqualTo(LocalTime.of(10, 0));
    assertThat(timetable.start().getZone()).isEqualTo(ZoneId.of("Europe/Amsterdam"));
    assertThat(timetable.total()).isLessThanOrEqualTo(Duration.ofHours(2));
    assertThat(timetable.end()).isBeforeOrEqualTo(timetable.hardEnd());
    assertThat(timetable.segments()).extracting(s -> s.segment().id())
        .containsExactly("opening", "high-level", "segment-1", "segment-2", "floor", "closing");
    assertThat(timetable.entry("court-briefing").orElseThrow().start().toLocalTime()).isEqualTo(LocalTime.of(10, 45));
  }

  @Test
  void noFindingIsAnError() {
    assertThat(plan.findings()).isNotEmpty().noneMatch(f -> f.severity() == Severity.ERROR);
  }

  @Test
  void theFloorKeepsToThreeMinutesAndStatesPartiesComeFirst() {
    List<Slot> floor = plan.slots("floor");
    assertThat(floor).isNotEmpty().allSatisfy(s -> assertThat(s.allotted()).isLessThanOrEqualTo(Duration.ofMinutes(3)));
    int lastStateParty = -1;
    int firstOther = Integer.MAX_VALUE;
    for (int i = 0; i < floor.size(); i++) {
      if (floor.get(i).intervention().constituency().equals(Constituency.STATE_PARTY)) {
        lastStateParty = i;
      } else {
        firstOther = Math.min(firstOther, i);
      }
    }
    assertThat(lastStateParty).isLessThan(firstOther);
  }

  @Test
  void theRestWaitsWithReasons() {
    assertThat(plan.waitingList()).isNotEmpty().allSatisfy(w -> {
      assertThat(w.decidedBy().message().english()).isNotBlank();
      assertThat(w.decidedBy().message().in(java.util.Locale.FRENCH)).isNotEqualTo(w.decidedBy().message().english());
    });
    assertThat(plan.waitingList()).extracting(WaitingEntry::ruleId)
        .contains("deadline.registration", "order.one-per-delegation", "time-limit.segment", "time-limit.budget");
    assertThat(plan.waitingList()).anyMatch(w -> w.intervention().constituency().equals(Constituency.CIVIL_SOCIETY));
    assertThat(plan.slots().size() - plan.plenary().segments().stream().mapToInt(s -> s.interventions().size()).sum() + plan.waitingList().size())
        .isEqualTo(Asp18.requests().size());
  }

  /**
   * The concept note says observers and civil society may also take the floor: the reserve gives them
   * a share while the plenary still ends by noon.
   */
  @Test
  void observersAndCivilSocietySpeakOnTheFloorThanksToTheReserve() {
    List<Slot> floor = plan.slots("floor");
    assertThat(floor).extracting(s -> s.intervention().constituency())
        .contains(Constituency.CIVIL_SOCIETY)
        .containsAnyOf(Constituency.OBSERVER_STATE, Constituency.INTERNATIONAL_ORGANISATION);
    assertThat(floor).filteredOn(s -> !s.intervention().constituency().equals(Constituency.STATE_PARTY))
        .allSatisfy(s -> assertThat(s.decisions()).anyMatch(d -> d.ruleId().equals("time-limit.reserve")));
    assertThat(timetable.end().toLocalTime()).isBeforeOrEqualTo(LocalTime.NOON);
    assertThat(plan.waitingList()).filteredOn(w -> w.ruleId().equals("time-limit.reserve"))
        .isNotEmpty().allSatisfy(w -> assertThat(w.intervention().constituency()).isEqualTo(Constituency.STATE_PARTY));
  }

  @Test
  void theCourtOpensSegmentTwo() {
    assertThat(plan.slots("segment-2").get(0).id()).isEqualTo("court-briefing");
  }
}
