package org.plenary.examples.asp18;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.core.testing.PlenaryAssertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plenary.core.agenda.Constituency;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.plan.Plan;
import org.plenary.core.plan.Slot;
import org.plenary.core.plan.Timetable;
import org.plenary.core.plan.WaitingEntry;
import org.plenary.core.testing.PlenarySoftAssertions;
import org.plenary.rules.deadline.RegistrationDeadline;
import org.plenary.rules.order.OnePerDelegation;
import org.plenary.rules.time.SegmentAllotment;

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
    assertThat(timetable).startsAt(LocalTime.of(10, 0)).keepsItsBudget().endsBy(LocalTime.NOON);
    assertThat(timetable.start().getZone()).isEqualTo(ZoneId.of("Europe/Amsterdam"));
    assertThat(timetable.segments()).extracting(s -> s.segment().id())
        .containsExactly("opening", "high-level", "segment-1", "segment-2", "floor", "closing");
    assertThat(timetable.plan().slot("court-briefing").orElseThrow().start().orElseThrow().toLocalTime()).isEqualTo(LocalTime.of(10, 45));
  }

  @Test
  void noFindingIsAnError() {
    assertThat(plan).hasNoErrors();
    assertThat(plan.findings()).isNotEmpty();
  }

  /** What the note asks of the list of speakers, as a team's budget test checks it. */
  @Test
  void theListKeepsToTheNote() {
    PlenarySoftAssertions.assertSoftly(softly -> softly.assertThat(plan)
        .gives("CICC").theFloorIn("floor")
        .gives("FIN").theFloorIn("high-level")
        .places("DEU").first()
        .places("TUN").before("CICC")
        .waits("KEN").because(RegistrationDeadline.ID)
        .waits("FRA").because(OnePerDelegation.ID)
        .waits("JPN").because(SegmentAllotment.ID)
        .places("ICC").first());
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
    assertThat(plan.waitingList()).extracting(w -> w.decidedBy().ruleId())
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
    assertThat(plan.waitingList()).filteredOn(w -> w.decidedBy().ruleId().equals("time-limit.reserve"))
        .isNotEmpty().allSatisfy(w -> assertThat(w.intervention().constituency()).isEqualTo(Constituency.STATE_PARTY));
  }

  /** A budget test's failure, as a team reads it: where the delegation speaks, after whom, and why. */
  @Test
  void aPlaceThatIsNotKeptSaysWhereAndWhy() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> assertThat(plan).places("CICC").first())
        .hasMessage("expected Coalition for the International Criminal Court (CICC) to speak 1st in “The floor” but "
            + "it speaks 13th, after Germany, France, Brazil and 9 more; Placed by the order of precedence. Kept by "
            + "the reserve: held for observer States, international organisations and civil society in “The "
            + "floor: States Parties, observers and civil society”.");
  }

  @Test
  void theCourtOpensSegmentTwo() {
    assertThat(plan).places("ICC").first().gives("ICC").theFloorIn("segment-2");
    assertThat(plan.slots("segment-2").get(0).id()).isEqualTo("court-briefing");
  }
}
